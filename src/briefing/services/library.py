"""The library's long work as jobs, and composing a brief from it, for the CLI and the window alike.

Composing from the library gives the brief `build` gives from the same files: the documents are
taken in the order `build` reads them (by path), and the per-document analysis stored with them
is the one `build` would compute, so it is handed to the analysis instead of computed again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from briefing.library import AddReport, CheckReport, SearchQuery, library_path, open_library
from briefing.model import BriefingError, CancelFlag, Document, Progress
from briefing.model.progress import Job
from briefing.services.pipeline import BuildResult, Selection, compose
from briefing.templates import Template

log = logging.getLogger(__name__)


def add_to_library(paths: list[str | Path], db: str | Path | None = None,
                   cancel: CancelFlag | None = None) -> Job[AddReport]:
    """Index files and folders into the library (created where there is none)."""
    with open_library(db, create=True) as library:
        return (yield from library.add([str(p) for p in paths], cancel))


def check_library(db: str | Path | None = None, cancel: CancelFlag | None = None) -> Job[CheckReport]:
    with open_library(db) as library:
        return (yield from library.check(cancel))


def use_stored_analysis(documents: list[Document], analysis: dict[str, object]) -> int:
    """Hand the stored per-document analysis (by sha256) to the analysis; returns how many."""
    from briefing.analysis.names import remember_names
    used = 0
    for document in documents:
        found = analysis.get(document.sha256)
        if found is not None:
            remember_names(document, found)
            used += 1
    return used


def use_library_analysis(documents: list[Document], db: str | Path | None = None) -> int:
    """Where the library holds some of these documents in the current stored form, their stored
    analysis is used rather than computed again. A missing or unusable library changes nothing."""
    path = library_path(db)
    if not documents or not path.is_file():
        return 0
    try:
        with open_library(path) as library:
            found = library.stored_analysis(sorted({d.sha256 for d in documents if d.sha256}))
    except BriefingError as exc:
        log.info("library not used for this brief: %s", exc)
        return 0
    return use_stored_analysis(documents, found)


def describe(query: SearchQuery) -> str:
    parts = [f"“{query.text}”" if query.text.strip() else "any words"]
    parts += [f"{label} {value}" for label, value in (("since", query.since), ("until", query.until),
                                                        ("from", query.outlet), ("of type", query.kind)) if value]
    return ", ".join(parts)


def compose_from_library(query: SearchQuery, template: Template | str | None = None,
                         selection: Selection | None = None, options: dict[str, str] | None = None,
                         db: str | Path | None = None, cancel: CancelFlag | None = None) -> Job[BuildResult]:
    """Compose a brief from the library's top `query.limit` documents for `query`."""
    cancel = cancel or CancelFlag()
    yield Progress(0, 0, "Searching the library")
    with open_library(db) as library:
        page = library.search(query)
        if not page.entries:
            raise BriefingError(f"{library.location}: no document in the library matches {describe(query)}")
        cancel.check()
        yield Progress(0, len(page.entries), f"Loading {len(page.entries)} documents from the library")
        loaded = library.load([entry.id for entry in page.entries])
    use_stored_analysis(loaded.documents, loaded.analysis)
    documents = sorted(loaded.documents, key=lambda d: Path(d.path))     # the order `build` reads them in
    brief = yield from compose(documents, template, selection, options, cancel)
    return BuildResult(brief, documents, loaded.problems)
