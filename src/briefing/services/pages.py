"""The brief as it will print: the PDF export's pages as images, and the page each item lands on.

The window's Pages view and File › Print show these; they come from the very PDF that Export
writes (same writer, template and style), so what the user sees is what prints. Pages are drawn
by PDFium (pypdfium2); which page an item lands on is read from the PDF itself: the section
bookmarks the writer sets, then each item's opening words in the pages' text.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from briefing.export import write_brief
from briefing.export.printed import visible_sections
from briefing.model import Brief, BriefingError, CancelFlag, Progress
from briefing.model.progress import Job
from briefing.templates import Template

ItemPath = tuple          # as the review tree's: (section, list, index[, "statements", index]); (section,) alone
LISTS = {"summary": "statements", "background": "statements", "outlook": "statements",
         "actors": "actors", "issues": "issues", "timeline": "events", "quotes": "quotes",
         "contradictions": "items"}
# An item is found by this many of its first letters and digits (enough to tell items apart, few
# enough not to run across a page break); a shorter needle is the fall-back for a long first line.
NEEDLE_CHARS = 40
SHORT_NEEDLE_CHARS = 14
MIN_DPI, MAX_DPI = 24, 600


@dataclass
class PageImage:
    """One page drawn as 24-bit RGB rows (`stride` bytes each)."""

    width: int
    height: int
    stride: int
    rgb: bytes


@dataclass
class PrintedPages:
    """The brief's printed pages, drawn, and the page each item starts on."""

    pages: list[PageImage]
    dpi: float
    item_pages: dict[ItemPath, int] = field(default_factory=dict)     # 0-based page of each item

    def page_of(self, path: ItemPath | None) -> int | None:
        """The page an item starts on; for an item not found, its section's page."""
        if path is None:
            return None
        found = self.item_pages.get(tuple(path))
        return found if found is not None else self.item_pages.get(tuple(path[:1]))


def squeezed(text: str) -> str:
    """Letters and digits only, lower case: PDF text has its own line breaks, hyphens and quotes."""
    return re.sub(r"[\W_]+", "", text).lower()


def item_texts(brief: Brief) -> list[tuple[ItemPath, str]]:
    """Each printed item's path and the words it starts with in print, in print order."""
    visible = {id(s) for s in visible_sections(brief)}
    out: list[tuple[ItemPath, str]] = []
    for s, section in enumerate(brief.sections):
        if id(section) not in visible:
            continue
        out.append(((s,), section.title))
        attr = LISTS.get(section.kind)
        if not attr:
            continue
        for i, value in enumerate(getattr(section, attr)):
            if attr == "actors":
                text = value.name
            elif attr == "issues":
                text = value.name
            elif attr == "items":
                text = value.topic
            elif attr == "events":
                text = value.text
            else:
                text = value.text
            out.append(((s, attr, i), text))
            for j, statement in enumerate(getattr(value, "statements", []) if attr in ("issues", "items") else []):
                out.append(((s, attr, i, "statements", j), statement.text))
    return out


def locate_items(brief: Brief, page_texts: list[str], section_pages: list[int]) -> dict[ItemPath, int]:
    """The page each item starts on: sections from the bookmarks (in print order), items by their
    opening words, searched forward from the previous item's page (print order is brief order)."""
    pages = [squeezed(t) for t in page_texts]
    found: dict[ItemPath, int] = {}
    sections = iter(section_pages)
    page = 0
    for path, text in item_texts(brief):
        if len(path) == 1:
            page = next(sections, page)
            found[path] = page
            continue
        needle = squeezed(text)
        for size in (NEEDLE_CHARS, SHORT_NEEDLE_CHARS):
            hit = next((p for p in range(page, len(pages)) if needle[:size] and needle[:size] in pages[p]), None)
            if hit is not None:
                page = hit
                found[path] = hit
                break
    return found


def render_pages(brief: Brief, template: Template | None, dpi: float,
                 cancel: CancelFlag | None = None) -> Job[PrintedPages]:
    """Export `brief` to PDF as Export would, and draw its pages at `dpi`."""
    import pypdfium2 as pdfium

    cancel = cancel or CancelFlag()
    dpi = min(max(float(dpi), MIN_DPI), MAX_DPI)
    yield Progress(0, 1, "Laying out the pages")
    handle, name = tempfile.mkstemp(prefix="briefing-pages-", suffix=".pdf")
    os.close(handle)
    try:
        write_brief(brief, Path(name), "pdf", template.style if template else None)
        cancel.check()
        try:
            pdf = pdfium.PdfDocument(name)
        except pdfium.PdfiumError as exc:
            raise BriefingError(f"the pages could not be drawn ({exc})") from None
        try:
            total = len(pdf)
            images, texts = [], []
            for index in range(total):
                cancel.check()
                yield Progress(index, total, f"Drawing page {index + 1} of {total}")
                page = pdf[index]
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True)     # RGB, as Qt's RGB888
                images.append(PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)))
                texts.append(page.get_textpage().get_text_range())
            section_pages = [item.get_dest().get_index() for item in pdf.get_toc()
                             if item.level == 0 and item.get_dest() is not None]
        finally:
            pdf.close()
    finally:
        Path(name).unlink(missing_ok=True)
    yield Progress(total, total, f"{total} pages")
    return PrintedPages(images, dpi, locate_items(brief, texts, section_pages))
