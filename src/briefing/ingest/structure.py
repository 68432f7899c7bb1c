"""From extracted text to a Document: title, headings, furniture, sentences, flags."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from briefing.ingest.furniture import furniture_kind
from briefing.ingest.sentences import continues_line, split_paragraph
from briefing.model import Document, Heading, Sentence

TERMINAL = re.compile(r"[.!?…][”\"’')\]]*$|[”\"]$")
WORD = re.compile(r"[\w’'-]+")
SMALL_WORDS = frozenset("a an the and or but of in on at to for with by from as vs via nor is are its "
                        "de la le du der den von van y e".split())
MAX_HEADING_WORDS = 16
KICKER = re.compile(r"^[A-Z][A-Z&'’-]{2,19}:?$")      # one capitalised word: "ANALYSIS", "EXCLUSIVE"
AGGREGATOR_MIN_FURNITURE = 3       # navigation/counter lines from which a page is an aggregator
BIO_TAIL_LINES = 3                 # an author's bio is furniture among the last lines only
CUT_OFF_MIN_WORDS = 15             # a lone final line this long without a full stop was cut off


@dataclass
class KnownHeading:
    """A heading a structured reader found (Markdown #, HTML h1-h6, DOCX style, PDF outline)."""

    title: str
    level: int
    start: int
    end: int


class BlockText:
    """Text built from blocks separated by blank lines, remembering where each block and
    heading sits, for readers that lay out text themselves (Markdown, PDF)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.headings: list[KnownHeading] = []

    def add_block(self, text: str) -> tuple[int, int]:
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def add_heading(self, title: str, level: int) -> None:
        start, end = self.add_block(title)
        self.headings.append(KnownHeading(title, level, start, end))


@dataclass
class Extracted:
    """What a reader hands over: the text and whatever metadata the format states."""

    text: str
    title: str | None = None
    headings: list[KnownHeading] | None = None    # None: detect title-like lines
    published: str | None = None
    outlet: str | None = None
    flags: list[str] = field(default_factory=list)
    date_source: str | None = None     # where `published` came from (see ingest.metadata)
    author: str | None = None
    url: str | None = None


def is_title_like(line: str) -> bool:
    """A short line without closing punctuation whose words are mostly capitalised."""
    text = line.strip()
    if not text or len(text) > 120 or TERMINAL.search(text) or text.endswith((",", ";", ":")):
        return False
    words = WORD.findall(text)
    if not words or len(words) > MAX_HEADING_WORDS or not (text[0].isupper() or text[0].isdigit()):
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    capitalised = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    # figures and times ("27,595", "2000 GMT") are table cells, not section titles
    lettered = [w for w in words if w[0].isalpha()]
    if not lettered or len(lettered) < 2 and (len(lettered[0]) < 4 or len(lettered) < len(words)):
        return False
    return bool(content) and capitalised / len(content) >= 0.6


def is_headline(line: str) -> bool:
    """The first line of an article: short and without a closing full stop (sentence case too)."""
    text = line.strip()
    return (bool(text) and len(WORD.findall(text)) <= 20 and not TERMINAL.search(text)
            and not text.endswith((",", ";")))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, end excluding the newline and trailing spaces."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        if stripped.strip():
            spans.append((pos + lead, pos + len(stripped)))
        pos += len(line)
    return spans


def _section_ends(headings: list[tuple[str, int, int, int]], length: int) -> list[Heading]:
    """Headings with the end of the section each opens: the next heading of the same or higher rank."""
    ends = [length] * len(headings)
    open_sections: list[int] = []          # indices whose section is still running, by rank
    for i, (_, level, start, _) in enumerate(headings):
        while open_sections and headings[open_sections[-1]][1] >= level:
            ends[open_sections.pop()] = start
        open_sections.append(i)
    return [Heading(title, level, start, end, ends[i]) for i, (title, level, start, end) in enumerate(headings)]


def build_document(path: Path, raw: bytes, extracted: Extracted) -> Document:
    """Lay out the document: headings, furniture and sentences over `extracted.text`."""
    text = extracted.text
    lines = _lines(text)
    flags = list(extracted.flags)
    furniture: list[tuple[int, int]] = []
    heading_spans: list[tuple[str, int, int, int]] = []
    title = extracted.title
    body: list[tuple[int, int]] = []

    known = extracted.headings
    known_starts = {h.start: h for h in known} if known is not None else {}
    navigation = 0
    content_lines = 0
    last_end = -1
    bios_from = lines[-BIO_TAIL_LINES][0] if len(lines) > BIO_TAIL_LINES else 0
    for start, end in lines:
        line = text[start:end]
        line_before, last_end = last_end, end     # end of the line just above this one
        if start in known_starts:
            h = known_starts[start]
            if title is None and not body and not heading_spans:
                title = h.title          # the document opens with it: its headline
            heading_spans.append((h.title, h.level, h.start, h.end))
            continue
        kind = furniture_kind(line)
        if kind == "bio" and start < bios_from:
            kind = None                # "X is the editor of Y" in the body is news about X
        if kind:
            furniture.append((start, end))
            navigation += kind == "navigation"
            continue
        if known is None and not content_lines and title is None and KICKER.match(line.strip()):
            furniture.append((start, end))       # "ANALYSIS" over the headline: a label, not the title
            continue
        content_lines += 1
        if known is None:
            if content_lines == 1 and title is None and is_headline(line):
                title = line.strip()
                heading_spans.append((title, 1, start, end))
                continue
            if is_title_like(line) and end < lines[-1][1]:
                heading_spans.append((line.strip(), 2, start, end))
                continue
        if body and body[-1][1] == line_before and text.count("\n", line_before, start) == 1 \
                and continues_line(text[body[-1][0]:body[-1][1]], line):
            body[-1] = (body[-1][0], end)          # a wrapped line: same paragraph
        else:
            body.append((start, end))

    sentences: list[Sentence] = []
    heads = _section_ends(heading_spans, len(text))
    for start, end in body:
        for a, b in split_paragraph(text[start:end], start):
            sentences.append(Sentence(len(sentences), a, b, text[a:b]))
    if sentences and _cut_off(sentences, body, lines):
        furniture.append((sentences[-1].start, sentences[-1].end))
        sentences.pop()
        flags.append("truncated")
    if navigation >= AGGREGATOR_MIN_FURNITURE:
        flags.append("aggregator-page")

    if not title:
        title = _fallback_title(sentences, path)
    # the document's own sections are the headings below its title (the headline is not one)
    opening = heads[0] if heads and _same_title(heads[0].title, title) and \
        not any(start < heads[0].start for start, _ in body) else None
    own = [h for h in heads if h is not opening]
    own_sentences = _with_headings(sentences, own)
    digest = hashlib.sha256(raw).hexdigest()
    return Document(
        id=digest[:16], path=str(path), title=title, text=text, headings=own,
        sentences=own_sentences, published=extracted.published, outlet=extracted.outlet,
        date_source=extracted.date_source if extracted.published else None, author=extracted.author,
        url=extracted.url,
        words=len(WORD.findall(text)), sha256=digest, flags=sorted(set(flags)), furniture=furniture)


def _same_title(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _cut_off(sentences: list[Sentence], body: list[tuple[int, int]], lines: list[tuple[int, int]]) -> bool:
    """The text ends mid-sentence: its last paragraph stops without closing punctuation.

    A lone short line without a full stop (a list item, a sign-off) is not a cut; a paragraph
    of several sentences, or one long sentence, that stops without one is.
    """
    last = sentences[-1]
    if TERMINAL.search(last.text) or not body or last.end < lines[-1][1]:
        return False
    paragraph_start = body[-1][0]
    return last.start > paragraph_start or len(WORD.findall(last.text)) >= CUT_OFF_MIN_WORDS


def _with_headings(sentences: list[Sentence], headings: list[Heading]) -> list[Sentence]:
    """Each sentence with the innermost section it is in.

    That is the last heading before it: an earlier, deeper heading's section ends where that one
    starts, so the last heading is always the deepest one still open.
    """
    ends = [h.end for h in headings]
    out = []
    for s in sentences:
        i = bisect_right(ends, s.start) - 1
        inner = i if i >= 0 and s.start < headings[i].section_end else None
        out.append(Sentence(s.index, s.start, s.end, s.text, inner))
    return out


def _fallback_title(sentences: list[Sentence], path: Path) -> str:
    if sentences:
        words = sentences[0].text.split()
        return " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    return path.stem
