"""The one API the CLI and the GUI share: read documents, compose a brief, export it, edit it; the library.

Long work is a generator (`Job`) that yields `Progress` and honours a `CancelFlag`; drain it with
`briefing.model.run_to_end`. Results are plain data from `briefing.model`.

The pipeline's names load on first use: the window imports `services.editing` (light) at start
and must not pay for the analysis it runs in a child process.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing.services.library import (
        add_to_library,
        check_library,
        compose_from_library,
        use_library_analysis,
    )
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

__all__ = ["BuildResult", "IngestResult", "Selection", "add_to_library", "build", "check_export", "check_library",
           "compose", "compose_from_library", "export", "ingest", "use_library_analysis"]
_LIBRARY = frozenset({"add_to_library", "check_library", "compose_from_library", "use_library_analysis"})


def __getattr__(name: str) -> Any:
    if name in __all__:
        module = "briefing.services.library" if name in _LIBRARY else "briefing.services.pipeline"
        return getattr(import_module(module), name)
    raise AttributeError(f"module 'briefing.services' has no attribute {name!r}")
