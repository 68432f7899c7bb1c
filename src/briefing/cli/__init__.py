"""The command line: `briefing build`, `briefing template`, `briefing library`, `briefing gui`."""

import gc

from briefing import compiled_patterns
from briefing.user_cache import cache_dir

# The command line's modules (for `briefing build`, most of the reading's and the analysis's) are
# imported with the collector held off, then frozen, as briefing.analysis.collector does around an
# analysis: their objects live as long as the process, and the collector's passes over them as they
# were made freed nothing (46 passes, 7 ms of a build's start, on one core before the readers start);
# frozen, they are not walked by the readers' passes either.
# Their regular expressions are read from the user's cache folder where an earlier run kept them
# (briefing.compiled_patterns; `main` saves those it had to compile).
_collecting = gc.isenabled()
gc.disable()
try:
    compiled_patterns.install(cache_dir())
    from briefing.cli.main import main
finally:
    if _collecting:
        gc.freeze()
        gc.enable()

__all__ = ["main"]
