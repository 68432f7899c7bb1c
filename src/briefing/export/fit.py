"""Fit a brief to a number of printed pages by leaving out its lowest-ranked items.

A template's `max_pages` (the one-pager's 1) is a promise for any input, so the printed brief is
measured, not guessed: the PDF layout counts the pages, and the items each section ranks last go
first until it fits. DOCX is laid out by the reader's word processor, so it is fitted against a
slightly shorter page (`DOCX_PAGE_SHARE`) to leave room for that program's own line breaking.
"""

from __future__ import annotations

import copy
import io
from typing import Any

from briefing.export.printed import cited_numbers, source_numbers, visible_sections
from briefing.model import Brief, Citation

# The share of the page's text height a DOCX is fitted into: LibreOffice sets the same fonts a
# little looser than reportlab (5-7 % longer on the labelled sets' one-pagers), Word in between.
DOCX_PAGE_SHARE = 0.9


def _citations(brief: Brief) -> list[Citation]:
    out: list[Citation] = []
    for section in visible_sections(brief):
        out += [c for s in section.statements for c in s.citations]
        out += [c for i in section.issues for s in i.statements for c in s.citations]
        out += [c for x in section.items for s in x.statements for c in s.citations]
        out += [c for e in section.events for c in e.citations]
        out += [c for q in section.quotes for c in q.citations]
        out += [c for a in section.actors for c in a.citations]
        out += [Citation(s, 0, 0, 0) for a in section.actors for s in a.sources]
    return out


def drop_uncited_sources(brief: Brief) -> bool:
    """Leave out of the source list what nothing printed cites; False when all are cited."""
    cited = set(cited_numbers(_citations(brief), source_numbers(brief)))
    kept = [s for n, s in enumerate(brief.sources, 1) if n in cited]
    if len(kept) == len(brief.sources):
        return False
    brief.sources = kept
    return True


def _items(section) -> list:
    for name in ("statements", "events", "actors", "quotes", "items"):
        if getattr(section, name):
            return getattr(section, name)
    return []


def drop_lowest_item(brief: Brief) -> bool:
    """Leave out one lowest-ranked item: the last of the section holding the most (the later
    section on a tie), where an issue first loses its last statement and goes when it has one left.
    False when nothing is left to drop."""
    best, best_count = None, 0
    for section in brief.sections:
        count = sum(len(i.statements) for i in section.issues) if section.issues else len(_items(section))
        if count and count >= best_count:
            best, best_count = section, count
    if best is None:
        return False
    if best.issues:
        issue = max(reversed(best.issues), key=lambda i: len(i.statements))
        if len(issue.statements) > 1:
            issue.statements.pop()
        else:
            best.issues.pop()
        best.issues = [i for i in best.issues if i.statements]
    else:
        _items(best).pop()
    return True


def trimmed(brief: Brief, steps: int) -> Brief:
    """`brief` with its first `steps` leavings-out done: the uncited sources, then items one by one."""
    out = copy.deepcopy(brief)
    if steps > 0:
        drop_uncited_sources(out)
    for _ in range(steps - 1):
        if not drop_lowest_item(out):
            break
        drop_uncited_sources(out)
    return out


def fit_to_pages(brief: Brief, style: dict[str, Any], page_share: float = 1.0) -> Brief:
    """The longest trimming of `brief` that prints on `style['max_pages']` pages (at `page_share`
    of the text height); `brief` itself when it fits or no page limit is set."""
    limit = style.get("max_pages")
    if not limit:
        return brief
    measured = _shorter_page(style, page_share)

    def fits(candidate: Brief) -> bool:
        return printed_pages(candidate, measured) <= limit

    if fits(brief):
        return brief
    total = 1 + _item_count(brief)
    low, high = 0, total            # low does not fit; find the fewest steps that do
    if not fits(trimmed(brief, high)):
        return trimmed(brief, high)
    while high - low > 1:
        middle = (low + high) // 2
        if fits(trimmed(brief, middle)):
            high = middle
        else:
            low = middle
    return trimmed(brief, high)


def _item_count(brief: Brief) -> int:
    return sum(sum(len(i.statements) for i in s.issues) if s.issues else len(_items(s)) for s in brief.sections)


def _shorter_page(style: dict[str, Any], share: float) -> dict[str, Any]:
    if share >= 1:
        return style
    margins = dict(style["page"]["margins_mm"])
    height = {"A4": 297, "Letter": 279.4}[style["page"]["size"]] - margins["top"] - margins["bottom"]
    margins["bottom"] += height * (1 - share)
    return {**style, "page": {**style["page"], "margins_mm": margins}}


def printed_pages(brief: Brief, style: dict[str, Any]) -> int:
    """How many pages the PDF of `brief` under `style` has."""
    from briefing.export.pdf_writer import build_pdf

    buffer = io.BytesIO()
    return build_pdf(brief, buffer, {**style, "max_pages": None})
