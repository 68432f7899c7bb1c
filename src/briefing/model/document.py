"""A document as read by an ingest reader: text, its own sections, sentences with spans."""

from __future__ import annotations

from dataclasses import dataclass, field

# Where a document's date came from (Document.date_source, set by the readers) and how the window
# and the exported source list say it. A file's own properties date the file, not the story.
DATE_SOURCE_LABELS = {
    "dateline": "dateline", "front-matter": "front matter", "html-meta": "page metadata",
    "url": "page address", "page-text": "page text", "pdf-info": "PDF properties",
    "pdf-xmp": "PDF properties", "docx-core": "Word properties",
}
FILE_DATE_SOURCES = frozenset({"pdf-info", "pdf-xmp", "docx-core"})


def date_source_label(source: str | None) -> str:
    """'html-meta' -> 'page metadata'; an origin not listed reads as given, none as ''."""
    return DATE_SOURCE_LABELS.get(source or "", source or "")


@dataclass(frozen=True)
class Heading:
    """One of the document's own section titles.

    `start`/`end` span the heading line in `Document.text`; the section it opens runs to
    `section_end` (the next heading of the same or a higher level, or the end of the text).
    """

    title: str
    level: int
    start: int
    end: int
    section_end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence of body text; `text == document.text[start:end]` always holds."""

    index: int
    start: int
    end: int
    text: str
    heading: int | None = None  # index into Document.headings of the innermost section


@dataclass
class Document:
    """One input file as the rest of the pipeline sees it.

    `id` is stable for the same content (derived from sha256); brief source ids (S1, S2, …)
    are given later, in the order documents are used.
    """

    id: str
    path: str
    title: str
    text: str
    headings: list[Heading] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    published: str | None = None  # ISO date as the document states it
    outlet: str | None = None
    # where `published` came from: "dateline" (the text states it), "html-meta", "url", "page-text",
    # "pdf-info", "pdf-xmp", "docx-core", "front-matter"; None when there is no date
    date_source: str | None = None
    author: str | None = None
    url: str | None = None       # the page's own address (canonical URL), where it states one
    title_generated: bool = False  # no headline stated: `title` is made from the opening words or file name
    words: int = 0
    sha256: str = ""
    flags: list[str] = field(default_factory=list)
    furniture: list[tuple[int, int]] = field(default_factory=list)  # spans kept out of sentences

    def heading_of(self, sentence: Sentence) -> Heading | None:
        return None if sentence.heading is None else self.headings[sentence.heading]

    def sentences_outside(self, excluded_headings: set[str]) -> list[Sentence]:
        """Sentences not under any heading whose title is in `excluded_headings`."""
        if not excluded_headings:
            return list(self.sentences)
        spans = [(h.start, h.section_end) for h in self.headings if h.title in excluded_headings]
        return [s for s in self.sentences if not any(a <= s.start < b for a, b in spans)]
