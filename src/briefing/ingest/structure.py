"""From extracted text to a Document: title, headings, furniture, sentences, flags."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefing.ingest.furniture import (
    CAPTION_MAX_WORDS,
    GLUED_BYLINE,
    folded_words,
    furniture_kind,
    inline_furniture,
    is_reference_heading,
    list_marker_length,
    opens_caption,
    repeats_title,
    run_in_headline_length,
    wire_dateline_length,
)
from briefing.ingest.sentences import continues_line, split_paragraph
from briefing.model import BriefingError, Document, Heading, Sentence, display_path

TERMINAL = re.compile(r"[.!?…][”\"’')\]]*$|[”\"]$")
WORD = re.compile(r"[\w’'-]+")
# Every ASCII character WORD does not take, as a space: in a text of ASCII alone (most English news)
# WORD's runs are then the words str.split finds, counted without the regex engine's list of them
# (200 BBC politics articles' whole texts: 6.7 against 12.8 ms)
NOT_WORD_CHARACTERS = str.maketrans({chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) in "_'-")})
SMALL_WORDS = frozenset("a an the and or but of in on at to for with by from as vs via nor is are its "
                        "de la le du der den von van y e".split())
MAX_HEADING_WORDS = 16
KICKER = re.compile(r"^[A-Z][A-Z&'’-]{2,19}:?$")      # one capitalised word: "ANALYSIS", "EXCLUSIVE"
AGGREGATOR_MIN_FURNITURE = 3       # navigation/counter lines from which a page is an aggregator
BIO_TAIL_LINES = 3                 # an author's bio is furniture among the last lines only
CUT_OFF_MIN_WORDS = 15             # a lone final line this long without a full stop was cut off
GLUED_BYLINE_CHARS = 60            # "…it.By Jane Roe" at most this long
BYLINE_NAME_WORDS = 4              # "Jane Roe", "and", "Example Agency" under a bare "By"
CAPTION_TITLE_WORDS = 20           # a caption's own title line ("Crowds in the square") over it
MIN_TRAILING_LINKS = 2             # unpunctuated lines after the last paragraph that make a link list
MAX_SUBHEADING_WORDS = 14          # a sentence-case section title between paragraphs
MAX_QUESTION_HEADING_WORDS = 4     # "What happens next?" alone on its line is a section title
# A teaser cut short to fit a link: "… rates in the capital, R ..", "… more …"; a match ends the
# line (or its final line break) and is at most four characters long: only the line's end is searched
CUT_TEASER = re.compile(r"\s\.{2,3}$|\w(?:\.\.|…)$")
CUT_TEASER_REACH = 5
INNER_SENTENCE_END = re.compile(r"\w[.!?][”\"’')\]]*\s+[A-Z“\"]")
LIST_ITEM = re.compile(r"^(?:[-*•–—]\s|\d{1,3}[.)]\s)")


# The analysis of one document grows faster than its length (a 1 MB text composes in about 11 s,
# 2 MB in 34 s, 4.7 MB in 106 s on the shared two-core machine): a document with more text than
# this (about 600 pages) is refused with a message, where a longer one would hold up the build.
MAX_TEXT_CHARS = 2_000_000


def check_length(characters: int) -> None:
    """A BriefingError when a document's text is longer than MAX_TEXT_CHARS."""
    if characters > MAX_TEXT_CHARS:
        raise BriefingError(f"too long to analyse ({characters / 1e6:.1f} million characters of text; the limit "
                            f"is {MAX_TEXT_CHARS / 1e6:g} million); split it into parts and add those")


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
        self.separator = "\n\n"       # a blank line; a reader whose source shows no gaps may use "\n"

    def add_block(self, text: str) -> tuple[int, int]:
        if self.parts:
            self.parts.append(self.separator)
            self.length += len(self.separator)
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def add_heading(self, title: str, level: int) -> None:
        start, end = self.add_block(title)
        self.headings.append(KnownHeading(title, level, start, end))


# Hyphens and non-breaking hyphens are one mark to a reader; the analysis reads "-". Same length,
# so every offset stays; converters (a PDF of the text) often write them as "-" anyway.
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def plain_hyphens(text: str) -> str:
    """`text` with its Unicode hyphens written "-". Most texts hold none, and translate looks up
    every character (18 ms over the 200 BBC politics articles): it runs only where one is."""
    return text.translate(HYPHENS) if "\u2010" in text or "\u2011" in text else text


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


def word_count(text: str) -> int:
    """How many words WORD finds in the text."""
    return len(text.translate(NOT_WORD_CHARACTERS).split()) if text.isascii() else len(WORD.findall(text))


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
    return (bool(text) and word_count(text) <= 20 and not TERMINAL.search(text)
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


def _line_kinds(text: str, lines: list[tuple[int, int]], known_starts: dict[int, KnownHeading]) -> list[str | None]:
    """The furniture kind of each line (None for body text and headings), judged on the line
    itself and then on its neighbours: the lines around a caption, a byline's name lines, and
    the link lists after the article's last paragraph."""
    kinds: list[str | None] = []
    bios_from = lines[-BIO_TAIL_LINES][0] if len(lines) > BIO_TAIL_LINES else 0
    for start, end in lines:
        kind = None if start in known_starts else furniture_kind(text[start:end])
        if kind == "bio" and start < bios_from:
            kind = None                # "X is the editor of Y" in the body is news about X
        kinds.append(kind)
    for i, (start, end) in enumerate(lines):
        if kinds[i] or start in known_starts:
            continue
        line = text[start:end].strip()
        words = len(line.split())
        if i and kinds[i - 1] == "byline" and words <= BYLINE_NAME_WORDS and not TERMINAL.search(line):
            kinds[i] = "byline"        # "By" / "Jane Roe" / "and" / "Agency" on lines of their own
    for i in range(len(lines) - 2, -1, -1):     # backwards: a caption's title line may come in twos
        start, end = lines[i]
        if kinds[i] or start in known_starts or kinds[i + 1] != "caption":
            continue
        line = text[start:end].strip()
        words = len(line.split())
        attached = text.count("\n", end, lines[i + 1][0]) == 1 and \
            not opens_caption(text[lines[i + 1][0]:lines[i + 1][1]].strip())
        after_furniture = i == 0 or kinds[i - 1] is not None
        if (words <= CAPTION_TITLE_WORDS and not TERMINAL.search(line)) or \
                (attached and after_furniture and words <= CAPTION_MAX_WORDS):
            kinds[i] = "caption"       # the caption's title or alt text, just above it
    for i in _trailing_links(text, lines, kinds, known_starts):
        kinds[i] = "links"
    return kinds


def _trailing_links(text: str, lines: list[tuple[int, int]], kinds: list[str | None],
                    known_starts: dict[int, KnownHeading]) -> list[int]:
    """Lines after the article's last paragraph that close on no full stop: related headlines,
    topic tags, "more stories" links. A list the text introduces ("… as follows:") is content."""
    run: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if kinds[i]:
            continue
        start, end = lines[i]
        line = text[start:end].strip()
        if line.endswith(":") or LIST_ITEM.match(line):
            return []                # a list the text introduces, or a bulleted one: content
        if (TERMINAL.search(line) and not CUT_TEASER.search(line, max(0, len(line) - CUT_TEASER_REACH))) or \
                INNER_SENTENCE_END.search(line):
            return run if len(run) >= MIN_TRAILING_LINKS else []
        if start not in known_starts:
            run.append(i)
    return []                        # no paragraph at all: nothing to trail


def _next_content(kinds: list[str | None], i: int) -> int | None:
    return next((j for j in range(i + 1, len(kinds)) if not kinds[j]), None)


def _subheading(text: str, lines: list[tuple[int, int]], kinds: list[str | None], i: int, previous_body: str) -> bool:
    """A short line without a full stop between two paragraphs: a section title in sentence case."""
    line = text[lines[i][0]:lines[i][1]].strip()
    if len(line.split()) > MAX_SUBHEADING_WORDS or line.endswith((",", ";", ":")):
        return False
    words = WORD.findall(line)
    question = line.endswith("?") and len(words) <= MAX_QUESTION_HEADING_WORDS    # "What happens next?"
    if not (question or 2 <= len(words) and not TERMINAL.search(line)):
        return False
    if sum(w[0].isalpha() for w in words) < 2:
        return False                 # "2000 GMT", "3-1": times and scores, not titles
    if not (line[0].isupper() or line[0].isdigit()) or not TERMINAL.search(previous_body.rstrip()):
        return False
    j = _next_content(kinds, i)
    if j is None:
        return False
    following = text[lines[j][0]:lines[j][1]].strip()
    return bool(TERMINAL.search(following)) and len(following.split()) > MAX_SUBHEADING_WORDS and \
        not following[0].islower()     # a paragraph going on in lower case continues the line above


def build_document(path: Path, raw: bytes, extracted: Extracted) -> Document:
    """Lay out the document: headings, furniture and sentences over `extracted.text`."""
    text = plain_hyphens(extracted.text)
    lines = _lines(text)
    flags = list(extracted.flags)
    furniture: list[tuple[int, int]] = []
    heading_spans: list[tuple[str, int, int, int]] = []
    title = plain_hyphens(extracted.title) if extracted.title else extracted.title
    body: list[tuple[int, int]] = []

    known = extracted.headings
    if known is not None:
        known = [replace(h, title=plain_hyphens(h.title)) for h in known]
    known_starts = {h.start: h for h in known} if known is not None else {}
    kinds = _line_kinds(text, lines, known_starts)
    navigation = 0
    content_lines = 0
    last_end = -1
    in_reference_list = False
    title_words: dict[str, list[str]] = {}
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        line_before, last_end = last_end, end     # end of the line just above this one
        if start in known_starts:
            h = known_starts[start]
            if title is None and not body and not heading_spans:
                title = h.title          # the document opens with it: its headline
            heading_spans.append((h.title, h.level, h.start, h.end))
            in_reference_list = is_reference_heading(h.title)
            continue
        kind = kinds[i]
        if not kind and in_reference_list:
            kind = "reference"
        if not kind and title is not None and content_lines and \
                repeats_title(line, title, title_words.get(title) or title_words.setdefault(title, folded_words(title))):
            kind = "headline"            # the headline again, or a caption opening on it
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
            if end < lines[-1][1] and (is_title_like(line) or
                                       body and _subheading(text, lines, kinds, i, text[body[-1][0]:body[-1][1]])):
                heading_spans.append((line.strip(), 2, start, end))
                in_reference_list = is_reference_heading(line)
                continue
        if body and body[-1][1] == line_before and text.count("\n", line_before, start) == 1 \
                and continues_line(text[body[-1][0]:body[-1][1]], line):
            body[-1] = (body[-1][0], end)          # a wrapped line: same paragraph
        else:
            body.append((start, end))

    sentences: list[Sentence] = []
    heads = _section_ends(heading_spans, len(text))
    labels = inline_furniture(text, 0)          # link labels anywhere: look closer sentence by sentence
    for start, end in body:
        start, end = _trim_paragraph(text, start, end, furniture)
        for a, b in split_paragraph(text[start:end], start):
            for c, d in _around_inline_furniture(text, a, b, furniture) if labels else [(a, b)]:
                sentences.append(Sentence(len(sentences), c, d, text[c:d]))
    if sentences and _cut_off(sentences, body, lines):
        furniture.append((sentences[-1].start, sentences[-1].end))
        sentences.pop()
        flags.append("truncated")
    if navigation >= AGGREGATOR_MIN_FURNITURE:
        flags.append("aggregator-page")

    title_generated = not title
    if title_generated:
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
        url=extracted.url, title_generated=title_generated,
        words=word_count(text), sha256=digest, flags=sorted(set(flags)), furniture=sorted(furniture))


def _around_inline_furniture(text: str, start: int, end: int,
                              furniture: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence `text[start:end]`, or the pieces of it around a link label inside it ("Example
    Corp (opens in a new window) said …"): the label goes to `furniture`, and no piece holds it."""
    labels = inline_furniture(text[start:end], start)
    if not labels:
        return [(start, end)]
    furniture.extend(labels)
    pieces, at = [], start
    for a, b in labels + [(end, end)]:
        piece = (at, a)
        while piece[0] < piece[1] and text[piece[0]].isspace():
            piece = (piece[0] + 1, piece[1])
        while piece[1] > piece[0] and text[piece[1] - 1].isspace():
            piece = (piece[0], piece[1] - 1)
        if piece[0] < piece[1]:
            pieces.append(piece)
        at = b
    return pieces


def _trim_paragraph(text: str, start: int, end: int, furniture: list[tuple[int, int]]) -> tuple[int, int]:
    """The paragraph without a run-in headline before its first sentence and without a byline
    glued after its last; what is cut goes to `furniture`.

    A wire dateline ("SEOUL, Dec. 7 (Agency) — ") stays in the first sentence, whose date and
    place it gives, and goes to `furniture` too: a span that opens a sentence, which a statement
    quoting the sentence leaves out. So does a list item's bullet ("- ", "• ").
    """
    paragraph = text[start:end]
    dateline = wire_dateline_length(paragraph) or list_marker_length(paragraph)
    if dateline:
        furniture.append((start, start + dateline))
        return start, end
    lead = run_in_headline_length(paragraph)
    if lead:
        furniture.append((start, start + lead))
        start += lead
        while start < end and text[start].isspace():
            start += 1
    glued = GLUED_BYLINE.search(text, max(start, end - GLUED_BYLINE_CHARS), end) if "By" in text[end - GLUED_BYLINE_CHARS:end] else None
    if glued and glued.start(1) > start:
        furniture.append((glued.start(1), end))
        end = glued.start(1)
    return start, end


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
    return last.start > paragraph_start or word_count(last.text) >= CUT_OFF_MIN_WORDS


def _with_headings(sentences: list[Sentence], headings: list[Heading]) -> list[Sentence]:
    """Each sentence with the innermost section it is in.

    That is the last heading before it: an earlier, deeper heading's section ends where that one
    starts, so the last heading is always the deepest one still open.
    """
    if not headings:
        return sentences             # each is in no section already (most texts have no headings)
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
    return display_path(path.stem)     # a title is text: no undecodable bytes or line breaks in it
