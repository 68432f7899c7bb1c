"""The one API the CLI and the GUI share: read documents, compose a brief, export it.

Long work is a generator (`Job`) that yields `Progress` and honours a `CancelFlag`; drain it with
`briefing.model.run_to_end`. Results are plain data from `briefing.model`.
"""

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
