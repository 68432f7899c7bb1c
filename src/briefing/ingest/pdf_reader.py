"""PDF (text layer only): pages joined into paragraphs, line-end hyphens undone, outline as headings.

Running heads, footers and page numbers that repeat across pages are dropped. Encrypted and
image-only PDFs are refused with a message saying what to do.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import warnings
from collections import Counter
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PdfReadError

from briefing.ingest.dateline import find_dateline, parse_date
from briefing.ingest.furniture import DATE_LINE
from briefing.ingest.metadata import DATELINE, PDF_INFO, PDF_XMP, find_byline, first_date, pdf_date
from briefing.ingest.sentences import _is_abbreviation_end
from briefing.ingest.structure import BlockText, Extracted, check_length
from briefing.model import BriefingError
from briefing.word_frequency import PLAIN_WORD, zipf

log = logging.getLogger(__name__)
# pypdf reports every repair it makes to a damaged file as a warning; the user gets our one line
# instead (or the document, when pypdf could repair it), so its chatter stays out of the console.
logging.getLogger("pypdf").setLevel(logging.ERROR)

# Tuning, chosen on reportlab and word-processor PDFs: a line at least this share of the page's
# typical line length was wrapped by the layout (its paragraph goes on); a shorter line ends one.
FULL_LINE_SHARE = 0.75
# A step down between lines this many times the page's usual line spacing is a gap between paragraphs
# (word processors and LaTeX put 0.5-1 line of space after a paragraph, a blank line is a whole one).
PARAGRAPH_GAP = 1.4
MIN_WRAPS_SEEN = 5             # wrapped lines needed before line lengths tell an early end (_wrap_room)
DATE_LINE_MAX_WORDS = 12
BRACKETED_LINE = re.compile(r"\[[^\[\]]+\]|\([^()]+\)")
MONTH_YEAR_LINE = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}$",
                             re.IGNORECASE)
MIN_TEXT_CHARS = 20            # fewer visible characters in the whole file: no text layer
RUNNING_EDGE_LINES = 3         # lines at the top and at the bottom of a page where running heads sit
REPEATED_LINE_SHARE = 0.6      # a short line on 60% of the pages (3 or more) is a running head
PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$",
                         re.IGNORECASE)
TOC_ENTRY = re.compile(r"(?:\.\s*){5,}\d{1,4}$")      # "Background . . . . . 3": a contents line
HYPHENATED = re.compile(r"[A-Za-zÀ-ÿ]-$")
SENTENCE_END = re.compile(r"\w[.!?][\"”’)\]]*$")
LAST_WORD = re.compile(r"[^\W\d_]+$")
FIRST_WORD = re.compile(r"[^\W\d_]+")
BULLET = re.compile(r"^\s*(?:[•▪◦●‣∙·*-]|\d{1,3}[.)])\s")
# what PDF makers write when no person is known (reportlab writes "(anonymous)")
PLACEHOLDER_AUTHORS = frozenset({"author", "user", "admin", "administrator", "unknown", "anonymous", "(anonymous)",
                                 "microsoft office user", "windows user"})
PLACEHOLDER_TITLES = re.compile(r"^(?:untitled|\(anonymous\)|anonymous$|microsoft word\b|document\d*$|\S+\.(?:docx?|pdf|txt|indd)$)",
                                re.IGNORECASE)


def _past_limit(exc: LimitReachedError) -> BriefingError:
    """pypdf stops where a file goes past a limit that guards against hostile files (a stream that
    unpacks to over 75 MB, outlines or forms nested without end): such a file is refused whole."""
    reason = " ".join(str(exc).split())[:80]
    return BriefingError(f"the PDF goes past a limit that guards against hostile files ({reason}); "
                         "a decompression bomb or a damaged file")


def _open(raw: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
    except LimitReachedError as exc:
        raise _past_limit(exc) from None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise BriefingError(f"not a valid PDF (damaged or incomplete: {' '.join(str(exc).split())[:80]})") from None
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")           # an owner password alone still allows reading
        except (DependencyError, NotImplementedError):
            opened = 0
        if not opened:
            raise BriefingError("the PDF is password-protected; save an unprotected copy and add that")
    return reader


def _page_lines(reader: PdfReader) -> list[list[str]]:
    """Each page's lines, whitespace collapsed; an empty line where the page leaves a gap between
    paragraphs (a blank line of the source, space after a paragraph or a heading)."""
    pages = []
    characters = 0
    for number, page in enumerate(reader.pages, 1):
        pieces: list[tuple[str, float]] = []
        try:
            text = page.extract_text(visitor_text=partial(_record, pieces)) or ""
        except FileNotDecryptedError:
            raise BriefingError("the PDF is password-protected; save an unprotected copy and add that") from None
        except LimitReachedError as exc:
            raise _past_limit(exc) from None
        except Exception:        # one bad page should not lose the others
            log.debug("page %d unreadable", number, exc_info=True)
            text, pieces = "", []
        if "".join(t for t, _ in pieces) != text:
            pieces = [(text, 0.0)]       # positions that do not add up to the text: no gaps known
        pages.append(_with_gaps(pieces))
        characters += len(text)
        check_length(characters)          # a longer text is refused: no need to read every page
    return pages


def _record(pieces: list[tuple[str, float]], text: str, cm: list, tm: list, font: object, size: float) -> None:
    """pypdf's text visitor: each piece of text with the height of its baseline on the page."""
    pieces.append((text, tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))


def _with_gaps(pieces: list[tuple[str, float]]) -> list[str]:
    """The lines of a page's text pieces (text, baseline height), with an empty line inserted where
    the step down to a line is clearly larger than the page's usual line spacing."""
    lines: list[str] = []
    heights: list[float | None] = []
    current, height = "", None
    for text, y in pieces:
        parts = text.replace("\r", "\n").split("\n")
        for i, part in enumerate(parts):
            if i:
                lines.append(current)
                heights.append(height)
                current, height = "", None
            if part.strip() and height is None:
                height = y
            current += part
    lines.append(current)
    heights.append(height)
    steps = [a - b for a, b in zip(heights, heights[1:], strict=False) if a is not None and b is not None and a > b]
    usual = sorted(steps)[len(steps) // 2] if steps else 0.0
    out: list[str] = []
    last: float | None = None
    for line, y in zip(lines, heights, strict=True):
        if usual and y is not None and last is not None and last - y > PARAGRAPH_GAP * usual and out and out[-1]:
            out.append("")
        out.append(" ".join(line.split()))
        if y is not None:
            last = y
    return out


def _running_lines(pages: list[list[str]], width: int) -> set[str]:
    """Short lines (digits ignored) found on most pages: running heads, footers, markings."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        filled = [line for line in lines if line and len(line) < FULL_LINE_SHARE * width]
        # the same words anywhere on the page (extraction order puts heads and footers in odd
        # places); with changing numbers ("Report 2024 | 7") only at the page's top or bottom
        edges = filled[:RUNNING_EDGE_LINES] + filled[-RUNNING_EDGE_LINES:]
        counts.update(set(filled) | {re.sub(r"\d+", "#", line) for line in edges})
    return {key for key, n in counts.items() if n >= max(3, REPEATED_LINE_SHARE * len(pages))}


def _outline(reader: PdfReader) -> list[tuple[str, int, int]]:
    """(title, level, page index) of each outline entry, in order."""
    found: list[tuple[str, int, int]] = []
    try:
        outline = reader.outline
    except Exception:
        return found
    order: list[tuple[object, int]] = []
    _flatten(outline, 1, order)
    for item, level in order:
        try:
            page = reader.get_destination_page_number(item)
            title = " ".join(str(item.title).split())
        except Exception:
            continue
        if title and page is not None and page >= 0:
            found.append((title, min(level, 6), page))
    return found


def _flatten(items: list, level: int, out: list[tuple[object, int]]) -> None:
    for item in items:
        if isinstance(item, list):
            if level < 6:
                _flatten(item, level + 1, out)
        else:
            out.append((item, level))


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _english_zipf(word: str) -> float:
    """How common `word` is in English (wordfreq's Zipf scale); 0 for words outside its plain list."""
    low = word.lower()
    return zipf(low) if PLAIN_WORD.fullmatch(low) else 0.0


class _Writer(BlockText):
    def __init__(self) -> None:
        super().__init__()
        self.paragraph = ""
        self.item = False            # the paragraph opened with a bullet
        self.gap = False             # the page left a gap since the last block

    def add_block(self, text: str) -> tuple[int, int]:
        # a paragraph the page sets off with a gap follows a blank line; one it ends only by a
        # short line follows a line break, as the lines of a plain text do
        self.separator = "\n\n" if self.gap else "\n"
        self.gap = False
        return super().add_block(text)

    def add_line(self, line: str) -> None:
        if not self.paragraph:
            self.paragraph = line
        elif HYPHENATED.search(self.paragraph) and line[:1].islower():
            # "negoti-" + "ations" was hyphenated by the layout; "short-" + "lived" is a compound
            # that happened to break at its own hyphen: the commoner spelling decides
            head = LAST_WORD.search(self.paragraph[:-1])
            tail = FIRST_WORD.match(line)
            left, right = (head.group(0) if head else ""), (tail.group(0) if tail else "")
            # a compound is as common as its rarer half; text in other languages counts as unknown
            # words, whose line-end hyphens are the layout's
            if _english_zipf(left + right) >= min(_english_zipf(left), _english_zipf(right)):
                self.paragraph = self.paragraph[:-1] + line
            else:
                self.paragraph += line
        elif HYPHENATED.search(self.paragraph) and line[:1].isupper():
            self.paragraph += line                                # "mid-" + "January", "Korea-" + "China"
        else:
            self.paragraph += " " + line

    def end_paragraph(self) -> None:
        if self.paragraph:
            self.add_block(self.paragraph)
            self.paragraph = ""

    def heading(self, title: str, level: int) -> None:
        self.end_paragraph()
        self.add_heading(title, level)


def _typical_width(pages: list[list[str]]) -> int:
    lengths = sorted(len(line) for lines in pages for line in lines if line)
    return lengths[int(len(lengths) * 0.8)] if lengths else 0


def _first_word(line: str) -> str:
    return line.split(" ", 1)[0]


def _wrap_room(pages: list[list[str]], width: int) -> int | None:
    """How many characters (a line, a space and the next line's first word) surely fit on a line:
    fewer than the layout refused where it certainly wrapped (the next line goes on in lower case),
    and no more than the longest line it set. A line that could have taken its next word ended on
    purpose. None when too few wrapped lines were seen to tell."""
    overflows = [len(a) + 1 + len(_first_word(b)) for lines in pages for a, b in zip(lines, lines[1:], strict=False)
                 if a and b and b[0].islower() and not a.endswith("-") and len(a) >= FULL_LINE_SHARE * width]
    if len(overflows) < MIN_WRAPS_SEEN:
        return None
    return min(min(overflows) - 1, max(len(line) for lines in pages for line in lines))


def _ends_early(line: str, following: list[str], room: int | None) -> bool:
    """The next line's first word would have fitted on this one: the line ended on purpose (a
    headline over its dateline), where the next line opens like a new paragraph."""
    after = next((f for f in following if f), "")
    if room is None or not after or not (after[0].isupper() or after[0].isdigit()) or line.endswith("-"):
        return False
    return len(line) + 1 + len(_first_word(after)) <= room


def _ends_sentence(line: str, following: list[str]) -> bool:
    """The line ends a sentence (not an abbreviation) and the next line opens with a capital."""
    after = next((f for f in following if f), "")
    return bool(after) and (after[0].isupper() or after[0] in "\"“‘(") and SENTENCE_END.search(line) is not None \
        and not _is_abbreviation_end(line, after)


def _stands_alone(line: str) -> bool:
    """A line that is only a date ("Friday, 8 March 2024", "April 2025") or one note in brackets:
    never part of a paragraph."""
    if BRACKETED_LINE.fullmatch(line):
        return True           # "[Related: …]", "(Reporting by …)": a note of its own
    return len(line.split()) <= DATE_LINE_MAX_WORDS and not line.endswith(".") and \
        (DATE_LINE.match(line) is not None or MONTH_YEAR_LINE.match(line) is not None)


def read_pdf(path: Path, raw: bytes) -> Extracted:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _read(raw)


def _read(raw: bytes) -> Extracted:
    reader = _open(raw)
    pages = _page_lines(reader)
    if sum(len(line) for lines in pages for line in lines) < MIN_TEXT_CHARS:
        raise BriefingError("the PDF has no text layer (scanned or image-only); run it through OCR first")
    width = _typical_width(pages)
    room = _wrap_room(pages, width)
    # Where the layout leaves no gaps between paragraphs, a full line that ends a sentence may end
    # its paragraph too: it is ended there (the sentences are the same either way, and a caption
    # or a list of headlines keeps its own lines).
    gaps = any(not line for lines in pages for line in "\n".join(lines).strip("\n").split("\n"))
    running = _running_lines(pages, width)
    by_page: dict[int, list[tuple[str, int]]] = {}
    for title, level, page in _outline(reader):
        by_page.setdefault(page, []).append((title, level))

    out = _Writer()
    previous = ""
    for index, lines in enumerate(pages):
        pending = list(by_page.get(index, []))
        for number, line in enumerate(lines):
            if not line:
                out.end_paragraph()
                out.gap = True
                continue
            match = next((p for p in pending if _fold(p[0]) == _fold(line)), None)
            if match:                           # the outline says so, whatever else it looks like
                pending.remove(match)
                out.heading(line, match[1])
                continue
            if PAGE_NUMBER.match(line) or TOC_ENTRY.search(line) or line in running \
                    or re.sub(r"\d+", "#", line) in running:
                continue
            # a bullet opens a new item, unless a full line runs into it: then it is a dash in prose
            if out.paragraph and (BULLET.match(line) and (out.item or len(previous) < FULL_LINE_SHARE * width)
                                  or _stands_alone(line)):
                out.end_paragraph()
            if not out.paragraph:
                out.item = BULLET.match(line) is not None
            out.add_line(line)
            previous = line
            following = lines[number + 1:]
            if len(line) < FULL_LINE_SHARE * width or _stands_alone(line) or _ends_early(line, following, room) \
                    or not gaps and _ends_sentence(line, following):
                out.end_paragraph()               # a short line, or one that ends early, ends its paragraph
        # a paragraph runs on to the next page only when it stops mid-sentence
        if out.paragraph and out.paragraph.rstrip()[-1:] in ".!?:\"”’)":
            out.end_paragraph()
    out.end_paragraph()
    text = "".join(out.parts) + "\n"

    properties = _properties(reader)
    stated, outlet = find_dateline(text)
    # a date the text states beats the file's: the creation date says when the PDF was made
    published, date_source = first_date((stated, DATELINE), (properties.created, PDF_INFO),
                                        (properties.xmp_created, PDF_XMP))
    return Extracted(text=text, title=properties.title, headings=out.headings or None,
                     published=published, outlet=outlet, date_source=date_source,
                     author=find_byline(text) or properties.author)


@dataclass
class _Properties:
    title: str | None = None
    author: str | None = None
    created: str | None = None        # document information CreationDate
    xmp_created: str | None = None    # XMP xmp:CreateDate or dc:date


def _properties(reader: PdfReader) -> _Properties:
    """Title, author and creation date from the document information, then from XMP."""
    found = _Properties()
    try:
        info = reader.metadata or {}
        found.title = _usable_title(str(info.get("/Title") or ""))
        found.author = _usable_author(str(info.get("/Author") or ""))
        found.created = pdf_date(str(info.get("/CreationDate") or ""))
    except Exception:
        log.debug("unreadable document information", exc_info=True)
    try:
        xmp = reader.xmp_metadata
    except Exception:
        log.debug("unreadable XMP metadata", exc_info=True)
        xmp = None
    if xmp is not None:
        found.title = found.title or _usable_title(_xmp_text(xmp, "dc_title"))
        found.author = found.author or _usable_author(_xmp_text(xmp, "dc_creator"))
        for name in ("xmp_create_date", "dc_date"):
            value = _xmp_value(xmp, name)
            if isinstance(value, list):
                value = value[0] if value else None
            if isinstance(value, (dt.date, dt.datetime)):
                found.xmp_created = value.strftime("%Y-%m-%d")
            elif isinstance(value, str):
                found.xmp_created = parse_date(value)
            if found.xmp_created:
                break
    return found


def _xmp_value(xmp: object, name: str) -> object:
    try:
        return getattr(xmp, name)
    except Exception:             # a damaged XMP packet: the other properties still count
        return None


def _xmp_text(xmp: object, name: str) -> str:
    value = _xmp_value(xmp, name)
    if isinstance(value, dict):      # language alternatives: {"x-default": "…"}
        value = value.get("x-default") or next(iter(value.values()), "")
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value[:5])
    return " ".join(str(value or "").split())


def _usable_title(title: str) -> str | None:
    title = " ".join(title.split())
    return title if title and not PLACEHOLDER_TITLES.match(title) else None


def _usable_author(author: str) -> str | None:
    author = " ".join(author.split())
    return author if author and author.casefold() not in PLACEHOLDER_AUTHORS else None
