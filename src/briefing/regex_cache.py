"""The regular expressions our modules compile at import, kept between runs of the command line.

Compiling the patterns the modules define at their top level is 0.06 s of the 0.15 s `briefing
build` takes to start, in every run, before any file is read. Python compiles a pattern in two
steps: it parses it and writes the matcher's code, in Python (the slow part), then makes the
pattern from that code, in C. Installed (the command line does so before it imports the rest),
this keeps the code of each pattern compiled while a module is imported in the user cache folder, per
Python version, and makes the next run's patterns straight from it. A pattern's code is kept only
where the pattern made from it is equal to Python's own (same flags, groups and code), so a Python
whose compiler works otherwise keeps nothing; a run compiles only what it does not find.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
except ImportError:        # another Python: patterns are compiled as usual
    _sre = None

# the form of the kept file; raised when it changes
FORM = 1
# at most this many patterns are kept: past it, only those the last run used
MAX_PATTERNS = 4000
IMPORT_MACHINERY = "<frozen importlib._bootstrap"

_kept: dict[tuple[str | bytes, int], tuple] = {}
_used: set[tuple[str | bytes, int]] = set()
_added: list[tuple[str | bytes, int]] = []
_python_compile = None


def _code_of(pattern: str | bytes, flags: int) -> tuple:
    """What re._compiler.compile gives _sre.compile after the pattern itself."""
    parsed = _parser.parse(pattern, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]     # opcodes are an int subclass
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _importing() -> bool:
    """Whether the pattern being compiled is asked for while a module is being imported (by its
    top-level code, a class body or a function these call: a constant, the same every run), not
    by the work a run does afterwards (which may build patterns from the texts)."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.startswith(IMPORT_MACHINERY):
            return True
        frame = frame.f_back
    return False


def _compile(pattern, flags=0):
    if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
        return _python_compile(pattern, flags)
    key = (pattern, int(flags))
    parts = _kept.get(key)
    if parts is not None:
        _used.add(key)
        return _sre.compile(pattern, *parts)
    compiled = _python_compile(pattern, flags)
    if _importing():
        try:
            parts = _code_of(pattern, flags)
            if _sre.compile(pattern, *parts) == compiled:
                _kept[key] = parts
                _used.add(key)
                _added.append(key)
        except Exception:         # a compiler unlike the one this was written for: keep nothing
            pass
    return compiled


def kept_file(folder: Path) -> Path:
    version = hashlib.sha256(f"{sys.version}|{getattr(_sre, 'MAGIC', '')}".encode()).hexdigest()[:16]
    return folder / f"regex-{FORM}-{version}.bin"


def install(folder: Path) -> None:
    """Compile patterns through the kept ones from now on, and keep the new ones when this
    process ends (not a forked child: only the process that installed it writes)."""
    global _python_compile
    if _sre is None or _python_compile is not None:
        return
    path = kept_file(folder)
    try:
        form, version, kept = marshal.loads(path.read_bytes())
        if form == FORM and version == sys.version and isinstance(kept, dict):
            _kept.update(kept)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    _python_compile = _compiler.compile
    _compiler.compile = _compile
    atexit.register(_save, path, os.getpid())


def _save(path: Path, pid: int) -> None:
    if os.getpid() != pid or not _added:
        return
    kept = _kept if len(_kept) <= MAX_PATTERNS else {key: _kept[key] for key in _used}
    try:
        from briefing.atomic import write_atomically

        raw = marshal.dumps((FORM, sys.version, kept))
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, lambda temporary: temporary.write_bytes(raw))
    except (OSError, ValueError):   # unwritable, or a pattern marshal cannot write
        pass                        # nothing kept: the next run compiles them again
