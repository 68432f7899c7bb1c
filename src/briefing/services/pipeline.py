"""Read → analyse → compose → export, as jobs the CLI and the GUI both run."""

from __future__ import annotations

import contextlib
import pkgutil
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

from briefing.analysis.collector import collector_paused
from briefing.analysis.corroboration import document_words, remember_words
from briefing.analysis.names import DocumentNames, document_names, remember_names
from briefing.atomic import check_writable
from briefing.export.registry import format_for
from briefing.ingest import collect_paths
from briefing.ingest.batch import Outcome, read_documents, read_some
from briefing.model import (
    Brief,
    BriefingError,
    CancelFlag,
    Corpus,
    Document,
    InputProblem,
    NothingUsable,
    Progress,
    display_name,
    display_path,
)
from briefing.model.progress import Job
from briefing.templates import Template, load_template
from briefing.word_frequency import preload_word_list


@dataclass
class IngestResult:
    """The documents read, and the problems of those that could not be."""

    documents: list[Document]
    problems: list[InputProblem]

    def usable(self) -> list[Document]:
        """The documents read, or a BriefingError saying that none could be."""
        if not self.documents:
            raise NothingUsable("no usable documents" + (f" ({len(self.problems)} could not be read; "
                                                          f"each is listed above)" if self.problems else ""))
        return self.documents


@dataclass
class Selection:
    """What the user left out: whole documents (by id) and sections (heading titles).

    `excluded_headings` maps a document id to the titles of its own headings to leave out;
    `excluded_heading_titles` leaves out headings with these titles in every document (the
    CLI's --exclude-heading).
    """

    excluded_documents: set[str] = field(default_factory=set)
    excluded_headings: dict[str, set[str]] = field(default_factory=dict)
    excluded_heading_titles: set[str] = field(default_factory=set)

    def headings_out(self, document: Document) -> set[str]:
        titles = {h.title for h in document.headings}
        return (self.excluded_headings.get(document.id, set()) | self.excluded_heading_titles) & titles

    def corpus(self, documents: list[Document]) -> Corpus:
        used = [d for d in documents if d.id not in self.excluded_documents]
        return Corpus(used, [d.sentences_outside(self.headings_out(d)) for d in used])


@dataclass
class BuildResult:
    """A brief built, with the documents it was built from and the problems met."""

    brief: Brief
    documents: list[Document]
    problems: list[InputProblem]


def ingest(paths: list[str | Path], cancel: CancelFlag | None = None,
           names: bool = False) -> Job[IngestResult]:
    """Read every file under `paths`; unreadable files become problems, never exceptions.

    With `names`, the processes that read the files also find each document's names and its
    sentences' content words, which the analysis then takes instead of finding them after the
    reading: for a caller that composes in this process (`build`, the CLI; the window reads in
    one process and composes in another).
    """
    cancel = cancel or CancelFlag()
    files, problems = collect_paths(paths)
    documents: list[Document] = []
    seen: set[str] = set()
    if names:
        preload_word_list()       # the names need it: read once, before the workers fork
    to_import = deque(modules_of("briefing.analysis", "briefing.compose") if names else ())
    # many files are read on every core, ahead of the one reported; in the given order all the same
    outcomes = read_documents(files, work=read_with_names if names else read_some)
    # the documents received are kept to the end: the collector's passes over them, more with
    # every document, would free nothing (on the whole BBC corpus, two full passes of 0.3-0.5 s)
    with collector_paused():
        try:
            for done, path in enumerate(files):
                cancel.check()
                yield Progress(done, len(files), f"Reading {display_name(path)}")
                _, outcome = next(outcomes)
                if to_import:
                    # the processes reading the files have started: the analysis and the composing
                    # are imported while they read, one module for each document received, so that
                    # this process goes on taking the readers' answers and handing them files (all at
                    # once, 0.1 s, they had waited for it); analyse imports what is left, if any
                    import_module(to_import.popleft())
                if isinstance(outcome, tuple):
                    outcome, found, words = outcome
                    remember_names(outcome, found)
                    remember_words(outcome, words)
                if isinstance(outcome, BriefingError):
                    problems.append(InputProblem(str(path), str(outcome)))
                    continue
                if outcome.sha256 in seen:
                    problems.append(InputProblem(str(path), "same content as another file; used once"))
                    continue
                seen.add(outcome.sha256)
                documents.append(outcome)
        finally:
            outcomes.close()          # cancelled: the workers stop after the files they are reading
    yield Progress(len(files), len(files), f"Read {len(documents)} documents")
    return IngestResult(documents, problems)


def modules_of(*packages: str) -> list[str]:
    """The modules of these packages, by name, found without importing them."""
    return [f"{package}.{module.name}" for package in packages
            for module in pkgutil.iter_modules(find_spec(package).submodule_search_locations)]


def read_with_names(paths: list[Path]) -> list[Outcome | tuple[Document, DocumentNames, list[frozenset[str]]]]:
    """`read_some`, each document with its names and its sentences' content words beside it (the
    work of `ingest` with names)."""
    out: list[Outcome | tuple[Document, DocumentNames, list[frozenset[str]]]] = []
    for outcome in read_some(paths):
        if isinstance(outcome, Document):
            try:
                outcome = (outcome, document_names(outcome), document_words(outcome))
            except Exception:     # a bug: the analysis finds them again and fails there, as before
                pass
        out.append(outcome)
    return out


def compose(documents: list[Document], template: Template | str | None = None,
            selection: Selection | None = None, options: dict[str, str] | None = None,
            cancel: CancelFlag | None = None) -> Job[Brief]:
    """Compose a brief from the documents the selection leaves in, under a template.

    `options` overrides the template's defaults: title, subtitle, author, marking.
    """
    cancel = cancel or CancelFlag()
    if not isinstance(template, Template):
        template = load_template(template or "standard")
    selection = selection or Selection()
    corpus = selection.corpus(documents)
    if not corpus.documents:
        raise NothingUsable("no documents to compose from (all were excluded or unreadable)")
    excluded = {d.id: sorted(selection.headings_out(d)) for d in corpus.documents}
    from briefing.compose import compose_brief

    brief = yield from compose_brief(corpus, template, options or {}, excluded, cancel)
    return brief


def build(paths: list[str | Path], template: Template | str | None = None,
          selection: Selection | None = None, options: dict[str, str] | None = None,
          cancel: CancelFlag | None = None) -> Job[BuildResult]:
    """Ingest and compose in one job (the CLI's `briefing build`)."""
    read = yield from ingest(paths, cancel, names=True)
    brief = yield from compose(read.usable(), template, selection, options, cancel)
    return BuildResult(brief, read.documents, read.problems)


def export(brief: Brief, path: str | Path, fmt: str | None = None,
           template: Template | str | None = None) -> Path:
    """Write the brief to `path` atomically; the format comes from `fmt` or the extension."""
    from briefing.export import write_brief

    if template is not None and not isinstance(template, Template):
        template = load_template(template)
    with _naming_the_template(template):
        return write_brief(brief, Path(path), fmt, template.style if template else None)


def check_export(path: str | Path, fmt: str | None = None, template: Template | None = None) -> str:
    """Check before any work that the brief could be written to `path`: the format (returned), the
    folder, and the template's style for DOCX and PDF. A UsageError or WriteError if not."""
    fmt = format_for(Path(path), fmt)
    check_writable(Path(path))
    if template is not None and fmt in ("docx", "pdf"):
        from briefing.export.style import resolve_style

        with _naming_the_template(template):
            resolve_style(template.style)
    return fmt


@contextlib.contextmanager
def _naming_the_template(template: Template | None) -> Iterator[None]:
    """A style error is the template's: say which template, so the user knows what to fix."""
    from briefing.export.style import StyleError

    try:
        yield
    except StyleError as exc:
        if template is None:
            raise
        where = display_path(template.path) if template.path else f"template {template.name}"
        raise StyleError(f"{where}: {exc}") from None
