"""The one API the CLI and the GUI share: read documents, compose a brief, export it; the library.

Long work is a generator (`Job`) that yields `Progress` and honours a `CancelFlag`; drain it with
`briefing.model.run_to_end`. Results are plain data from `briefing.model`.
"""

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
    compose,
    export,
    ingest,
)

__all__ = ["BuildResult", "IngestResult", "Selection", "add_to_library", "build", "check_library", "compose",
           "compose_from_library", "export", "ingest", "use_library_analysis"]
