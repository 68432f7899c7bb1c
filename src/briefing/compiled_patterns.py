"""Regular expressions compiled once and kept in the user's cache folder for the next runs.

Python compiles a pattern in Python code: the some 540 that the command line's modules compile
as they are imported took 0.09 s of CPU in every build, a third of it on one core before the
files are read, a quarter of all the importing. What compiling makes (the matcher's code, the
groups) is kept here, as Python keeps its modules' bytecode, and read back in a few ms; a pattern
so made is the one compiled (they compare equal). Only the patterns a module or a class compiles
as it runs its own body are kept (`NAME = re.compile(...)` at the top level, in a comprehension
there, or in a function or class of the same module that the body calls, as it makes a constant
object): those are the same in every run, where one compiled by code another module calls, as the
build runs, may be made from the texts. A pattern missing from the
cache, or one it cannot make, is compiled as usual, and `save` writes it for the next run. The
file is named by Python's version, its matcher's and its Unicode data's, so another Python never
reads it.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import unicodedata
from array import array
from inspect import CO_NEWLOCALS
from pathlib import Path
from typing import Any

try:                                      # the regular-expression compiler's own parts (3.11+)
    import _sre
    from re import _compiler, _parser
except ImportError:                       # another Python: patterns are compiled as usual
    _sre = None

# the form of the cached file; raised when it changes, or to set aside what older files hold (2: three
# of the package's patterns were joined from sets in the hash seed's order until then, a new text in
# every run, so that a file of form 1 holds hundreds of copies of them, read at every start, and every
# build rewrote it: with MAX_KEPT patterns, 6.8 MB, 0.02 s of CPU to read and 0.05-0.09 s to write)
FORM = 2
# patterns the file keeps at most: past that, only those of the run that writes it. All of the
# package's modules compile some 700; a pattern made from a set's items would otherwise pile up,
# its text changing with the set's order, that is with the hash seed, in every run.
MAX_KEPT = 2000
ORIGINAL_COMPILE = re.compile
PACKAGE = str(Path(__file__).parent) + os.sep   # this package's files (as Python names them): its own patterns
# what compiling a pattern makes: its flags (with those set inside it), its code (as the bytes of
# an array), its number of groups and their names both ways
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str, int]                     # the pattern and the flags it is compiled with


def can_cache() -> bool:
    """Whether this Python's compiler has the parts the cache reads and makes patterns with."""
    return _sre is not None and hasattr(_compiler, "_code") and hasattr(_parser, "parse") \
        and any(array(t).itemsize == getattr(_sre, "CODESIZE", 0) for t in "IL")


def cache_file(folder: Path) -> Path:
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{unicodedata.unidata_version}"
    return folder / f"patterns-{tag}.bin"


class PatternCache:
    """The compiled patterns of one file: those read from it, those compiled since, and which of
    them this run asked for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.known: dict[Key, Entry] = {}
        self.new: dict[Key, Entry] = {}
        self.used: set[Key] = set()
        self.own_new = False              # whether a pattern of this package's is among the new
        self.code_type = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
        try:
            form, known = marshal.loads(path.read_bytes())
            if form == FORM and isinstance(known, dict):
                self.known = known
        except (OSError, ValueError, EOFError, TypeError):
            pass                          # none yet, or not one this code wrote: compiled as usual

    def compile(self, pattern: str, flags: int | re.RegexFlag = 0, own: bool = True) -> re.Pattern:
        """`re.compile(pattern, flags)`, made from the cache where it holds the pattern (and
        compiled once where not, as re.compile does it, kept for `save`); `own`: compiled by this
        package's code, not a library's."""
        flags = int(flags)
        if flags & (_parser.SRE_FLAG_DEBUG | _parser.SRE_FLAG_TEMPLATE):
            return ORIGINAL_COMPILE(pattern, flags)       # printed or warned about as it is compiled
        key = (pattern, flags)
        entry = self.known.get(key)
        if entry is not None:
            try:
                compiled = self._made(pattern, entry)
            except Exception:             # damaged, or not what this matcher takes
                del self.known[key]
            else:
                self.used.add(key)
                return compiled
        try:
            entry = self._entry(pattern, flags)
            compiled = self._made(pattern, entry)
        except Exception:                 # an error in the pattern is raised by re.compile
            return ORIGINAL_COMPILE(pattern, flags)
        self.new[key] = entry
        self.own_new = self.own_new or own
        return compiled

    def _made(self, pattern: str, entry: Entry) -> re.Pattern:
        flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(pattern, flags, array(self.code_type, code).tolist(), groups, groupindex, indexgroup)

    def _entry(self, pattern: str, flags: int) -> Entry:
        """What re.compile makes of the pattern (as re._compiler.compile does)."""
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        return (int(flags | parsed.state.flags), array(self.code_type, code).tobytes(),
                parsed.state.groups - 1, groupindex, tuple(indexgroup))

    def save(self) -> None:
        """Add the patterns this run had to compile to the file, if any (past MAX_KEPT, write only
        those this run compiled or read). Nothing if the file cannot be written: the next run
        compiles them again. Nor where the file holds patterns already and only libraries' are new:
        some join a pattern from a set in the hash seed's order (babel's, which the web page
        reader imports; reportlab's for the PDF), a new text in every run, which would rewrite the
        whole file at the end of every such build; a library's steady patterns are written with
        the package's next new ones (the first run's, or after an upgrade)."""
        if not self.new or self.known and not self.own_new:
            return
        from briefing.atomic import write_atomically

        kept = {**self.known, **self.new}
        if len(kept) > MAX_KEPT:
            kept = {key: self.known[key] for key in self.used if key in self.known}
            kept.update(self.new)
        self.known.update(self.new)
        self.used.update(self.new)
        self.new = {}
        self.own_new = False
        try:
            raw = marshal.dumps((FORM, kept))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, lambda temporary: temporary.write_bytes(raw))
        except (OSError, ValueError):
            pass


_installed: PatternCache | None = None


def install(folder: Path) -> None:
    """From now on, a pattern compiled by a module's or a class's body comes from the cache in `folder`
    where it holds it. Once per process; nothing where this Python's compiler is not as expected."""
    global _installed
    if _installed is None and can_cache():
        _installed = PatternCache(cache_file(folder))
        re.compile = compile


def compile(pattern: Any, flags: int | re.RegexFlag = 0) -> re.Pattern:    # noqa: A001 (it stands for re.compile)
    """`re.compile`, through the installed cache for a text pattern compiled by the body of a
    module or a class (code that has no local variables of its own, unlike a function's), or by
    the functions of the same file that body calls (a comprehension, a constant's constructor)."""
    if _installed is None or type(pattern) is not str:
        return ORIGINAL_COMPILE(pattern, flags)
    caller = sys._getframe(1)
    home = caller.f_code.co_filename
    while caller.f_code.co_flags & CO_NEWLOCALS and caller.f_back is not None \
            and caller.f_back.f_code.co_filename == home:
        caller = caller.f_back            # `[re.compile(p) for p in ...]`, `Cue(...)` in the body
    if caller.f_code.co_flags & CO_NEWLOCALS:
        return ORIGINAL_COMPILE(pattern, flags)
    return _installed.compile(pattern, flags, own=home.startswith(PACKAGE))


def save() -> None:
    """Write the patterns the installed cache lacked, if any (PatternCache.save)."""
    if _installed is not None:
        _installed.save()
