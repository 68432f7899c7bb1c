"""Where a document's date comes from, and which of several stated dates wins.

Every reader records the origin of `Document.published` as one of the names below (the model
says how each reads: model.document.DATE_SOURCE_LABELS), so that the
window and the source list can say whether a date was stated by the text itself or only by the
file's properties. The rule for all formats: a date the text states (its dateline) beats a
date the file's properties give (creation or modification time), which says when the file was
made, not when the story was published. Metadata written for the purpose of dating the story
(a page's `article:published_time`, Markdown front matter) counts as stated.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.ingest.furniture import BYLINE

DATELINE = "dateline"            # the text states it: "Published 3 May 2025", a wire dateline
FRONT_MATTER = "front-matter"    # Markdown YAML front matter: `date: 2025-05-03`
HTML_META = "html-meta"          # page markup meant to date it: meta tags, JSON-LD, <time>
URL = "url"                      # the page's own address: /2025/05/03/...
PAGE_TEXT = "page-text"          # a date written elsewhere on the page (next to the headline, in a footer)
PDF_INFO = "pdf-info"            # the PDF's document information dictionary (CreationDate)
PDF_XMP = "pdf-xmp"              # the PDF's XMP metadata (xmp:CreateDate, dc:date)
DOCX_CORE = "docx-core"          # the DOCX core properties (dcterms:created, dcterms:modified)

# A date in an address: /2025/05/03/, /2025-05-03-, /20250503/ (year 1990-2099 keeps ids out).
URL_DATE = re.compile(r"[/_.-]((?:19|20)\d\d)[/_.-]?(0[1-9]|1[0-2])[/_.-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)")
BYLINE_WORDS = re.compile(r"^(?:by|written by|reporting by|edited by)\s+", re.IGNORECASE)
BYLINE_LINES = 10          # a byline sits under the headline, among the first lines
PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def first_date(*candidates: tuple[str | None, str]) -> tuple[str | None, str | None]:
    """The first (iso date, origin) whose date is set, or (None, None)."""
    for iso, origin in candidates:
        if iso:
            return iso, origin
    return None, None


def valid_iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def date_in_url(url: str | None) -> str | None:
    """The publication date an address carries in its path (news sites and blogs put it there)."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    for m in URL_DATE.finditer(path):
        found = valid_iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if found:
            return found
    return None


def pdf_date(value: str) -> str | None:
    """'D:20250503091500+02'00'' -> '2025-05-03'; a year alone is no date."""
    m = PDF_DATE.match(value.strip())
    if not m or not m.group(2) or not m.group(3):
        return None
    return valid_iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def find_byline(text: str, lines: int = BYLINE_LINES) -> str | None:
    """The author a 'By Jane Doe' line near the top of the text names."""
    for line in text.splitlines()[:lines]:
        m = BYLINE.match(line.strip())
        if m:
            return BYLINE_WORDS.sub("", line.strip()).strip() or None
    return None
