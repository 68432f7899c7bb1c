"""The one API the CLI and the GUI share: read documents, compose a brief, export it, edit it.

Long work is a generator (`Job`) that yields `Progress` and honours a `CancelFlag`; drain it with
`briefing.model.run_to_end`. Results are plain data from `briefing.model`.

The pipeline's names load on first use: the window imports `services.editing` (light) at start
and must not pay for the analysis it runs in a child process.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing.services.pipeline import (
        BuildResult,
        IngestResult,
        Selection,
        build,
        check_export,
        compose,
        export,
        ingest,
    )

__all__ = ["BuildResult", "IngestResult", "Selection", "build", "check_export", "compose", "export", "ingest"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(import_module("briefing.services.pipeline"), name)
    raise AttributeError(f"module 'briefing.services' has no attribute {name!r}")
