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
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from briefing.ingest.dateline import find_dateline, parse_date
from briefing.ingest.metadata import DATELINE, PDF_INFO, PDF_XMP, find_byline, first_date, pdf_date
from briefing.ingest.structure import BlockText, Extracted
from briefing.model import BriefingError

log = logging.getLogger(__name__)
# pypdf reports every repair it makes to a damaged file as a warning; the user gets our one line
# instead (or the document, when pypdf could repair it), so its chatter stays out of the console.
logging.getLogger("pypdf").setLevel(logging.ERROR)

# Tuning, chosen on reportlab and word-processor PDFs: a line at least this share of the page's
# typical line length was wrapped by the layout (its paragraph goes on); a shorter line ends one.
FULL_LINE_SHARE = 0.75
MIN_TEXT_CHARS = 20            # fewer visible characters in the whole file: no text layer
RUNNING_EDGE_LINES = 3         # lines at the top and at the bottom of a page where running heads sit
REPEATED_LINE_SHARE = 0.6      # a short line on 60% of the pages (3 or more) is a running head
PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$",
                         re.IGNORECASE)
TOC_ENTRY = re.compile(r"(?:\.\s*){5,}\d{1,4}$")      # "Background . . . . . 3": a contents line
HYPHENATED = re.compile(r"[A-Za-zÀ-ÿ]-$")
BULLET = re.compile(r"^\s*(?:[•▪◦●‣∙·*-]|\d{1,3}[.)])\s")
# what PDF makers write when no person is known (reportlab writes "(anonymous)")
PLACEHOLDER_AUTHORS = frozenset({"author", "user", "admin", "administrator", "unknown", "anonymous", "(anonymous)",
                                 "microsoft office user", "windows user"})
PLACEHOLDER_TITLES = re.compile(r"^(?:untitled|\(anonymous\)|anonymous$|microsoft word\b|document\d*$|\S+\.(?:docx?|pdf|txt|indd)$)",
                                re.IGNORECASE)


def _open(raw: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
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
    pages = []
    for number, page in enumerate(reader.pages, 1):
        try:
            text = page.extract_text() or ""
        except FileNotDecryptedError:
            raise BriefingError("the PDF is password-protected; save an unprotected copy and add that") from None
        except Exception:        # one bad page should not lose the others
            log.debug("page %d unreadable", number, exc_info=True)
            text = ""
        pages.append([" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")])
    return pages


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


class _Writer(BlockText):
    def __init__(self) -> None:
        super().__init__()
        self.paragraph = ""

    def add_line(self, line: str) -> None:
        if not self.paragraph:
            self.paragraph = line
        elif HYPHENATED.search(self.paragraph) and line[:1].islower():
            self.paragraph = self.paragraph[:-1] + line          # "negoti-" + "ations"
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
    running = _running_lines(pages, width)
    by_page: dict[int, list[tuple[str, int]]] = {}
    for title, level, page in _outline(reader):
        by_page.setdefault(page, []).append((title, level))

    out = _Writer()
    for index, lines in enumerate(pages):
        pending = list(by_page.get(index, []))
        for line in lines:
            if not line:
                out.end_paragraph()
                continue
            match = next((p for p in pending if _fold(p[0]) == _fold(line)), None)
            if match:                           # the outline says so, whatever else it looks like
                pending.remove(match)
                out.heading(line, match[1])
                continue
            if PAGE_NUMBER.match(line) or TOC_ENTRY.search(line) or line in running \
                    or re.sub(r"\d+", "#", line) in running:
                continue
            if out.paragraph and BULLET.match(line):
                out.end_paragraph()
            out.add_line(line)
            if len(line) < FULL_LINE_SHARE * width:
                out.end_paragraph()               # a short line ends its paragraph
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
