"""The document library as the rest of the program sees it: one interface, whatever stores it.

`services`, the CLI and the window call only what `DocumentLibrary` declares, with the plain data
below; `SQLiteLibrary` is the store built today (one file on the user's machine). A store on a
server (a team's shared library on PostgreSQL full-text search, say) would implement the same
calls.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from briefing.model import BriefingError, CancelFlag, Document, InputProblem
from briefing.model.progress import Job


class LibraryError(BriefingError):
    """A problem with the library itself (not with one document), said in one line."""


class LibraryMissing(LibraryError):
    """Searching or listing a library that was never created."""


class LibraryBusy(LibraryError):
    """Another program held the library for writing longer than we waited."""


class LibraryDamaged(LibraryError):
    """The library file is damaged, foreign or from a newer program; the message says the way out."""


@dataclass(frozen=True)
class SearchQuery:
    """What to look for: words (empty: every document the filters leave), dates, outlet, type.

    `text` is what the user typed: words must all occur (in any form of the word: "elections"
    finds "election"), "quoted words" as a phrase, a trailing `*` makes a prefix; `prefix_last`
    treats the last word as the start of a word (search as you type).
    """

    text: str = ""
    since: str | None = None        # ISO date, inclusive; documents without a date are left out
    until: str | None = None        # ISO date, inclusive
    outlet: str | None = None       # exact, case-insensitive
    kind: str | None = None         # "txt", "md", "html", "docx", "pdf"
    limit: int = 20
    offset: int = 0
    prefix_last: bool = False
    missing: bool = False           # only documents none of whose files is on disk any more


@dataclass(frozen=True)
class Highlighted:
    """A snippet of text and the spans in it that matched the query."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def marked(self, before: str, after: str) -> str:
        """The text with `before`/`after` around each matching span."""
        out, at = [], 0
        for start, end in self.spans:
            out += [self.text[at:start], before, self.text[start:end], after]
            at = end
        out.append(self.text[at:])
        return "".join(out)


@dataclass(frozen=True)
class LibraryEntry:
    """One stored document (one content), with where it is on disk and what the reader found."""

    id: int                          # the library's own key for the document
    sha256: str
    title: str
    published: str | None
    outlet: str | None
    kind: str
    words: int
    flags: tuple[str, ...]
    paths: tuple[str, ...]           # every file with this content, present ones first
    missing: bool                    # none of its files is on disk any more
    score: float = 0.0               # relevance (higher is better); 0 when listing
    snippet: Highlighted | None = None

    @property
    def path(self) -> str:
        return self.paths[0] if self.paths else ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "sha256": self.sha256, "title": self.title, "published": self.published,
                "outlet": self.outlet, "type": self.kind, "words": self.words, "flags": list(self.flags),
                "paths": list(self.paths), "missing": self.missing, "score": round(self.score, 4),
                "snippet": self.snippet.text if self.snippet else None,
                "highlights": [list(s) for s in self.snippet.spans] if self.snippet else []}


@dataclass(frozen=True)
class SearchPage:
    entries: list[LibraryEntry]
    total: int                       # documents matching in all, beyond this page too
    seconds: float = 0.0


@dataclass
class AddReport:
    """What `add` did. `problems` are files that could not be read (kept, retried when changed)."""

    found: int = 0                   # files under the paths given, of the types we read
    new: int = 0                     # files indexed for the first time
    changed: int = 0                 # files re-indexed because they changed (or the program did)
    unchanged: int = 0               # skipped: same size and time, indexed by this program
    same_content: int = 0            # read, but their content was already stored: one document, more paths
    missing: int = 0                 # files indexed before and now gone from disk: marked missing, kept
    back: int = 0                    # files marked missing before and found again
    problems: list[InputProblem] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def indexed(self) -> int:
        return self.new + self.changed


@dataclass
class LibraryStats:
    path: str
    documents: int
    files: int
    missing_files: int
    unreadable_files: int
    folders: list[str]
    outlets: list[tuple[str, int]]           # most documents first
    kinds: list[tuple[str, int]]
    first_date: str | None
    last_date: str | None
    words: int
    bytes_on_disk: int                       # the database with its write-ahead log
    schema_version: int
    stale_entries: int                       # made by another program version; rebuilt by the next add
    program_version: str

    def to_dict(self) -> dict[str, Any]:
        return {k: (list(map(list, v)) if k in ("outlets", "kinds") else v) for k, v in self.__dict__.items()}


@dataclass
class CheckReport:
    """`check`: the database's own integrity, and the index compared with the files on disk."""

    integrity: list[str] = field(default_factory=list)    # empty: the database is sound
    changed: list[str] = field(default_factory=list)      # files whose size or time differ from the index
    missing: list[str] = field(default_factory=list)      # indexed files no longer on disk
    unindexed: list[str] = field(default_factory=list)    # files in the indexed folders not in the library
    stale_entries: int = 0
    checked_files: int = 0
    # a damaged database: what is wrong, where it was kept, how to rebuild (one line)
    damage: str | None = None

    @property
    def sound(self) -> bool:
        return not self.integrity

    @property
    def up_to_date(self) -> bool:
        return not (self.changed or self.missing or self.unindexed or self.stale_entries)


@dataclass
class LoadResult:
    """Documents ready to compose, their stored per-document analysis, and what to tell the user.

    `analysis` maps a document's sha256 to its stored names (`analysis.names.DocumentNames`),
    for documents whose stored form is current and whose file is unchanged or gone.
    """

    documents: list[Document]
    analysis: dict[str, Any] = field(default_factory=dict)
    problems: list[InputProblem] = field(default_factory=list)
    reread: int = 0                  # documents read from their files afresh (changed, or stored by another version)


class DocumentLibrary(ABC):
    """A searchable store of documents, each kept once per content with its paths and analysis."""

    location: str

    @abstractmethod
    def add(self, paths: list[str], cancel: CancelFlag | None = None) -> Job[AddReport]:
        """Index files and folders (recursively), incrementally; a job yielding progress."""

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchPage:
        """Ranked documents (best first) with a snippet; without words, newest first."""

    @abstractmethod
    def entries(self, ids: list[int]) -> list[LibraryEntry]:
        """The entries with these ids, in the order given (ids not stored are left out)."""

    @abstractmethod
    def remove(self, paths: list[str], missing: bool = False) -> int:
        """Forget files (a folder: every file under it), or every missing file; returns how many."""

    @abstractmethod
    def stats(self) -> LibraryStats:
        ...

    @abstractmethod
    def outlets(self) -> list[str]:
        """Every outlet stored, for filter choices."""

    @abstractmethod
    def check(self, cancel: CancelFlag | None = None) -> Job[CheckReport]:
        """The store's integrity and the index against the files; a job."""

    @abstractmethod
    def load(self, ids: list[int], analysis: bool = True) -> LoadResult:
        """Documents to compose from, in the order given, without reading unchanged files again."""

    @abstractmethod
    def stored_analysis(self, sha256s: list[str]) -> dict[str, Any]:
        """The stored, current per-document analysis of these contents, where the library has it."""

    @abstractmethod
    def close(self) -> None:
        ...

    def __enter__(self) -> DocumentLibrary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
