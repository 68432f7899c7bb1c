"""The brief as a print-ready PDF (reportlab platypus): cover, contents, outline, linked citations.

Fonts are embedded TrueType (see `fonts.py`); every size, colour and margin comes from the
resolved style (`style.py`). Running header and footer carry the marking and "Page X of Y".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.tableofcontents import TableOfContents

from briefing.atomic import write_atomically
from briefing.export.figures import DrawnFigure, draw_figure
from briefing.export.fit import fit_to_pages
from briefing.export.fonts import FallbackMarkup, FontFamily, fit_line, font_family
from briefing.export.printed import (
    ACTOR_KIND_LABELS,
    GENERATED_LABEL,
    PlacedFigure,
    SourceEntry,
    actor_role,
    actor_sources,
    cited_numbers,
    cover_meta,
    event_when,
    has_edited_statements,
    long_date,
    more_sources,
    number_ranges,
    placed_figures,
    quotation,
    section_anchor,
    settle_cover,
    source_anchor,
    source_entry,
    source_numbers,
    visible_sections,
)
from briefing.export.style import StyleError, marking_background, marking_colour, resolve_style, style_path
from briefing.model import Brief, Citation, Section, Statement, WriteError, display_path

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
SHORT_CITATION_LIST = 3     # up to this many numbers a citation never breaks across lines
# A table row cannot break across pages, so a cell's citations are cut past this many numbers,
# as runs (1–40) and with how many more there are: one actor named in 600 reports made a row
# taller than the page, and the whole export stopped (reportlab's LayoutError).
MAX_CELL_CITATIONS = 24


class _DrawnOnFinalPass:
    """Measured on every pass, drawn only when the canvas is not layout-only (see _BriefDoc)."""

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        if not getattr(canvas, "layout_only", False):
            super().drawOn(canvas, x, y, _sW)


class _Para(_DrawnOnFinalPass, Paragraph):
    pass


class _Table(_DrawnOnFinalPass, Table):
    pass


@dataclass
class _Context:
    """What every flowable builder needs: the brief, the style, fonts, paragraph styles, numbers."""

    brief: Brief
    style: dict[str, Any]
    body: FontFamily
    headings: FontFamily
    mono: FontFamily
    fallback: FallbackMarkup
    para: dict[str, ParagraphStyle]
    numbers: dict[str, int]
    width: float                 # of the text frame, points
    linked: bool                 # citations link to the source list (only if it is printed)

    def colour(self, name: str) -> str:
        return self.style["colours"][name]

    def text(self, text: str, style_name: str) -> str:
        """Plain text as Paragraph markup in `style_name`'s font, CJK switched to the fallback font."""
        return self.fallback.apply(escape(text), self.para[style_name].fontName)

    def paragraph(self, text: str, style_name: str) -> Paragraph:
        return _Para(self.text(text, style_name), self.para[style_name])

    def cites(self, citations: list[Citation]) -> str:
        """' [1, 3]' with each number a link to its source-list entry."""
        numbers = cited_numbers(citations, self.numbers)
        if not numbers:
            return ""
        # short lists stay on one line; long ones may wrap after a comma rather than leave a gap
        links = (",&nbsp;" if len(numbers) <= SHORT_CITATION_LIST else ", ").join(f'<a href="#{source_anchor(n)}">{n}</a>' if self.linked else str(n) for n in numbers)
        return f' <font color="{self.colour("accent")}">[{links}]</font>'

    def cell_cites(self, citations: list[Citation]) -> str:
        """`cites` for a table cell: as it is up to MAX_CELL_CITATIONS numbers, else as runs, cut there."""
        numbers = cited_numbers(citations, self.numbers)
        if len(numbers) <= MAX_CELL_CITATIONS:
            return self.cites(citations)
        runs = number_ranges(numbers)[:MAX_CELL_CITATIONS]
        left = len(numbers) - sum(b - a + 1 for a, b in runs)

        def link(n: int) -> str:
            return f'<a href="#{source_anchor(n)}">{n}</a>' if self.linked else str(n)
        shown = ", ".join(link(a) if a == b else f"{link(a)}–{link(b)}" for a, b in runs)
        more = f", … {left} more" if left else ""
        return f' <font color="{self.colour("accent")}">[{shown}{more}]</font>'

    def cite_ranges(self, citations: list[Citation]) -> str:
        """' [1–4, 7]' for a figure's caption, which may rest on many sources; each end a link."""
        numbers = cited_numbers(citations, self.numbers)
        if not numbers:
            return ""

        def link(n: int) -> str:
            return f'<a href="#{source_anchor(n)}">{n}</a>' if self.linked else str(n)

        runs = ", ".join(link(a) if a == b else f"{link(a)}–{link(b)}" for a, b in number_ranges(numbers))
        return f' <font color="{self.colour("accent")}">[{runs}]</font>'

    def statement(self, statement: Statement, style_name: str) -> str:
        marker = self.style["edited_marker"]
        edited = (f'<font color="{self.colour("muted")}"><super>{escape(marker)}</super></font>'
                  if statement.edited and marker else "")
        return self.text(statement.text, style_name) + self.cites(statement.citations) + edited


def _paragraph_styles(style: dict[str, Any], body: FontFamily, headings: FontFamily,
                      mono: FontFamily) -> dict[str, ParagraphStyle]:
    size, space, colour = style["sizes"], style["spacing"], style["colours"]
    lead = size["leading"]
    base = ParagraphStyle("body", fontName=body.regular, fontSize=size["body"],
                          leading=size["body"] * lead, textColor=colour["text"],
                          spaceAfter=space["paragraph_after"], bulletFontName=body.regular)
    head = dict(fontName=headings.bold, textColor=colour["heading"])
    small = dict(fontName=headings.regular, fontSize=size["small"], leading=size["small"] * lead,
                 textColor=colour["muted"])
    return {
        "body": base,
        "bullet": ParagraphStyle("bullet", base, leftIndent=space["list_indent"], bulletIndent=0),
        "title": ParagraphStyle("title", base, **head, fontSize=size["title"],
                                leading=size["title"] * size["heading_leading"], spaceAfter=space["title_after"]),
        "title_compact": ParagraphStyle("title_compact", base, **head, fontSize=size["title_compact"],
                                        leading=size["title_compact"] * size["heading_leading"],
                                        spaceAfter=space["small_after"]),
        "subtitle": ParagraphStyle("subtitle", base, fontName=headings.regular, fontSize=size["subtitle"],
                                   leading=size["subtitle"] * lead, textColor=colour["muted"]),
        "meta": ParagraphStyle("meta", base, fontName=headings.regular, textColor=colour["muted"],
                               spaceAfter=space["small_after"] / 2),
        "marking": ParagraphStyle("marking", base, fontName=headings.bold, fontSize=size["marking"],
                                  leading=size["marking"] * lead),
        "h1": ParagraphStyle("h1", base, **head, fontSize=size["heading1"], leading=size["heading1"] * size["heading_leading"],
                             spaceBefore=space["heading1_before"], spaceAfter=space["heading1_after"]),
        "h2": ParagraphStyle("h2", base, **head, fontSize=size["heading2"], leading=size["heading2"] * size["heading_leading"],
                             spaceBefore=space["heading2_before"], spaceAfter=space["heading2_after"]),
        "cell": ParagraphStyle("cell", base, fontSize=size["table"], leading=size["table"] * lead,
                               spaceAfter=0),
        "cell_name": ParagraphStyle("cell_name", base, fontName=headings.bold, fontSize=size["table"],
                                    leading=size["table"] * lead, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", base, fontName=headings.bold, fontSize=size["table"],
                                    leading=size["table"] * lead, spaceAfter=0,
                                    textColor=colour["table_header_text"]),
        "cell_small": ParagraphStyle("cell_small", base, **small, spaceAfter=0),
        "quote": ParagraphStyle("quote", base, fontName=body.italic, fontSize=size["quote"],
                                leading=size["quote"] * lead, spaceAfter=space["small_after"]),
        "speaker": ParagraphStyle("speaker", base, fontName=headings.regular, fontSize=size["table"],
                                  leading=size["table"] * lead, textColor=colour["muted"], spaceAfter=0),
        "source": ParagraphStyle("source", base, fontSize=size["table"], leading=size["table"] * lead,
                                 leftIndent=space["list_indent"] * 2, bulletIndent=0, bulletFontSize=size["table"],
                                 spaceAfter=space["paragraph_after"] / 2),
        "note": ParagraphStyle("note", base, **small, spaceBefore=space["heading2_before"]),
        "source_compact": ParagraphStyle("source_compact", base, fontSize=size["small"], leading=size["small"] * lead,
                                         leftIndent=space["list_indent"] * 2, bulletIndent=0, spaceAfter=0,
                                         bulletFontSize=size["small"]),
        "caption": ParagraphStyle("caption", base, fontName=headings.regular, fontSize=size["small"] + 0.5,
                                  leading=(size["small"] + 0.5) * lead, textColor=colour["muted"],
                                  spaceBefore=2, spaceAfter=style["figures"]["space_mm"] * mm),
        "toc_title": ParagraphStyle("toc_title", base, **head, fontSize=size["heading2"],
                                    leading=size["heading2"] * size["heading_leading"],
                                    spaceBefore=space["heading1_before"],
                                    spaceAfter=space["heading2_after"]),
        "toc0": ParagraphStyle("toc0", base, fontName=headings.regular, fontSize=size["toc"],
                               leading=size["toc"] * size["toc_leading"], spaceAfter=0),
    }


class _RoomFor(CondPageBreak):
    """A page break unless `minimum` points are left, and the heading with the least of what must
    follow it on the same page (any one of `alternatives`) fits in what is left."""

    def __init__(self, minimum: float, heading: Flowable, alternatives: list[Flowable]):
        super().__init__(minimum)
        self.minimum, self.heading, self.alternatives = minimum, heading, alternatives

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        def height(f: Flowable) -> float:
            return f.wrapOn(self.canv, availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter()

        need = height(self.heading) + min((height(f) for f in self.alternatives), default=0)
        self.height = max(self.minimum, need)
        return super().wrap(availWidth, availHeight)


def _unsplittable_start(flowable: Flowable) -> Flowable | None:
    """What of `flowable` cannot go on a page without the rest: a table's header with its first
    row (reportlab moves a table whole when they do not fit), a one-row table (a quotation) whole."""
    if not isinstance(flowable, Table):
        return None
    rows = flowable._cellvalues[:flowable.repeatRows + 1]     # the cells' padding comes with their styles
    return Table(rows, colWidths=flowable._argW, cellStyles=flowable._cellStyles[:len(rows)])


def _heading(ctx: _Context, title: str, level: int, key: str,
             following: list[Flowable] | None = None) -> list[Flowable]:
    """A heading that starts a new page unless some lines of what follows fit under it, and where
    a table follows, its header and first row (else the heading is left alone at the foot of the
    page and the table starts on the next). A figure that opens the section fits, or floats past
    the item after it (_BriefDoc.filterFlowables), which must fit then.

    (keepWithNext would move a heading and a long table to the next page whole, leaving a gap.)
    """
    heading = ctx.paragraph(title, "h1" if level == 0 else "h2")
    heading.outline_entry = (level, title, key)   # read by _BriefDoc.afterFlowable
    following = following or []
    first = following[:2] if following and isinstance(following[0], _Float) else following[:1]
    starts = [(f if isinstance(f, _Float) else _unsplittable_start(f)) for f in first]
    alternatives = [] if None in starts else starts
    return [_RoomFor(ctx.style["spacing"]["heading_keep_mm"] * mm, heading, alternatives), heading]


def _bullets(ctx: _Context, statements: list[Statement]) -> list[Flowable]:
    return [_Para(ctx.statement(s, "bullet"), ctx.para["bullet"], bulletText="•") for s in statements]


def _cell_font(ctx: _Context) -> list[tuple[Any, ...]]:
    """A table's own font; reportlab sets it before each cell and would otherwise use Helvetica."""
    return [("FONT", (0, 0), (-1, -1), ctx.body.regular, ctx.style["sizes"]["table"])]


def _table(ctx: _Context, header: list[str], rows: list[list[Any]], shares: list[float]) -> Table:
    space, colour = ctx.style["spacing"], ctx.style["colours"]
    data = [[ctx.paragraph(h, "cell_head") for h in header], *rows]
    table = _Table(data, colWidths=[share * ctx.width for share in shares], repeatRows=1, hAlign="LEFT")
    pad = space["cell_padding"]
    table.setStyle(TableStyle([
        *_cell_font(ctx),
        ("BACKGROUND", (0, 0), (-1, 0), colour["table_header_fill"]),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colour["table_stripe"]]),
        ("LINEBELOW", (0, 1), (-1, -1), ctx.style["lines"]["table_rule"], colour["rule"]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.75),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.75),
    ]))
    table.spaceAfter = space["paragraph_after"] * 2
    return table


def _actors(ctx: _Context, section: Section) -> list[Flowable]:
    rows = []
    for actor in section.actors:
        name = ctx.text(actor.name, "cell_name")
        kind = ctx.text(ACTOR_KIND_LABELS.get(actor.kind, actor.kind), "cell_small")
        role = ctx.text(actor_role(actor), "cell") + ctx.cell_cites(actor.citations)
        listed, more = actor_sources(actor, ctx.numbers, ctx.style["tables"]["actor_sources_max"])
        sources = (ctx.cite_ranges(listed) + ctx.text(more_sources(more), "cell")).strip()
        rows.append([[_Para(name, ctx.para["cell_name"]), _Para(kind, ctx.para["cell_small"])],
                     _Para(role or "—", ctx.para["cell"]), _Para(sources, ctx.para["cell"])])
    return [_table(ctx, ["Actor", "Role", "Sources"], rows, ctx.style["tables"]["actors_columns"])]


def _timeline(ctx: _Context, section: Section) -> list[Flowable]:
    rows = [[ctx.paragraph(event_when(e), "cell_name"),
             _Para(ctx.text(e.text, "cell") + ctx.cell_cites(e.citations), ctx.para["cell"])]
            for e in section.events]
    return [_table(ctx, ["Date", "Event"], rows, ctx.style["tables"]["timeline_columns"])]


def _quotes(ctx: _Context, section: Section) -> list[Flowable]:
    space = ctx.style["spacing"]
    out: list[Flowable] = []
    for quote in section.quotes:
        said = _Para(ctx.text(quotation(quote.text), "quote"), ctx.para["quote"])
        who = _Para("— " + ctx.text(quote.speaker, "speaker") + ctx.cites(quote.citations),
                        ctx.para["speaker"])
        block = _Table([[[said, who]]], colWidths=[ctx.width - space["quote_indent"]], hAlign="RIGHT")
        block.setStyle(TableStyle([
            *_cell_font(ctx),
            ("LINEBEFORE", (0, 0), (0, 0), ctx.style["lines"]["quote_bar"], ctx.colour("accent")),
            ("LEFTPADDING", (0, 0), (0, 0), space["quote_indent"] * 0.75),
            ("TOPPADDING", (0, 0), (0, 0), 1),
            ("BOTTOMPADDING", (0, 0), (0, 0), 1),
        ]))
        block.spaceAfter = space["paragraph_after"] * 2
        out.append(block)
    return out


class _FigureFlowable(_DrawnOnFinalPass, Flowable):
    """A figure's vector drawing, with its links (the matrix's issues) as link rectangles."""

    def __init__(self, drawn: DrawnFigure):
        super().__init__()
        self.drawn = drawn
        self.width, self.height = drawn.drawing.width, drawn.drawing.height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        renderPDF.draw(self.drawn.drawing, self.canv, 0, 0)
        for link in self.drawn.links:
            self.canv.linkRect("", link.anchor, link.rect, relative=1, thickness=0)


def _figure(ctx: _Context, placed: PlacedFigure, anchors: dict[tuple[int, int], str]) -> list[Flowable]:
    data = placed.data
    rows = None
    if data.kind == "actor-issues":
        rows = [anchors.get(place) for place in data.data.issue_places]
    drawn = draw_figure(data, ctx.width, ctx.style, rows)
    caption = (f"<b>Figure {placed.number}:</b> " + ctx.text(placed.caption, "caption")
               + ctx.cite_ranges(data.citations))
    space = ctx.style["figures"]["space_mm"] * mm
    return [_Float([Spacer(1, space), _FigureFlowable(drawn), _Para(caption, ctx.para["caption"])])]


class _Float(KeepTogether):
    """A figure with its caption: where it does not fit under what precedes it, the section's
    next items go first and it tops the next page (_BriefDoc.filterFlowables), as figures float
    in a book, instead of leaving the rest of the page empty."""


def _source_markup(ctx: _Context, entry: SourceEntry, style_name: str) -> str:
    """Outlet — headline (or the marked label) — date — address — file, then the flags."""
    small, muted = ctx.style["sizes"]["small"], ctx.colour("muted")
    parts = []
    if entry.outlet:
        parts.append(ctx.text(entry.outlet, style_name))
    if entry.title and entry.generated:
        parts.append(f'<font color="{muted}"><i>{escape(GENERATED_LABEL)}</i></font> '
                     + ctx.text(quotation(entry.title), style_name))
    elif entry.title:
        parts.append(f"<b>{ctx.text(entry.title, style_name)}</b>")
    if entry.date:
        parts.append(ctx.text(entry.date, style_name))
    if entry.address:
        parts.append(f'<a href="{escape(entry.address, {chr(34): "&quot;"})}" color="{ctx.colour("accent")}">'
                     f'{ctx.text(entry.address, style_name)}</a>')
    if entry.file:
        parts.append(f'<font face="{ctx.mono.regular}" size="{small}" color="{muted}">'
                     f'{ctx.text(entry.file, style_name)}</font>')
    markup = " — ".join(parts)
    if entry.flags:
        markup += (f'&nbsp;&nbsp;<font face="{ctx.headings.regular}" size="{small}" '
                   f'color="{ctx.colour("flag")}">⚑&nbsp;{escape(entry.flags)}</font>')
    return markup


def _sources(ctx: _Context) -> list[Flowable]:
    out: list[Flowable] = []
    compact = ctx.style["source_list"] == "compact"
    for source in ctx.brief.sources:
        entry = source_entry(source, ctx.numbers[source.id], ctx.style["source_paths"])
        anchor = f'<a name="{source_anchor(entry.number)}"/>'
        if compact:
            text = fit_line(entry.plain(), ctx.body.regular, ctx.style["sizes"]["small"],
                            ctx.width - ctx.style["spacing"]["list_indent"] * 2)
            out.append(_Para(anchor + ctx.text(text, "source_compact"), ctx.para["source_compact"],
                             bulletText=f"[{entry.number}]"))
            continue
        # the anchor after the first word: before it, it would stop a long first word from wrapping
        out.append(_Para(_source_markup(ctx, entry, "source") + anchor, ctx.para["source"],
                         bulletText=f"[{entry.number}]"))
    # the list's end stays together, so that no page holds a lone source
    if len(out) > 1:
        tail = min(len(out), ctx.style["spacing"]["keep_last_lines"] // 2 + 1)
        out[-tail:] = [KeepTogether(out[-tail:])]
    marker = ctx.style["edited_marker"]
    if marker and has_edited_statements(ctx.brief):
        out.append(ctx.paragraph(f"{marker} Edited in review; the citation points to the source sentence "
                                 "it was based on.", "note"))
    return out


def _section_body(ctx: _Context, section: Section, index: int) -> list[Flowable]:
    if section.kind == "actors":
        return _actors(ctx, section)
    if section.kind == "timeline":
        return _timeline(ctx, section)
    if section.kind == "quotes":
        return _quotes(ctx, section)
    if section.kind == "sources":
        return _sources(ctx)
    out: list[Flowable] = _bullets(ctx, section.statements)
    groups = [(i.name, i.statements) for i in section.issues] + [(c.topic, c.statements) for c in section.items]
    for n, (name, statements) in enumerate(groups):
        if statements:
            heading = _heading(ctx, name, 1, f"{section_anchor(index)}_{n}")
            if n == 0 and not out:
                heading = heading[1:]      # the section heading's page break already made room
            out += [*heading, *_bullets(ctx, statements)]
    return out


def _logo(ctx: _Context) -> list[Flowable]:
    path = style_path(ctx.style["logo"], "logo")
    if path is None:
        return []
    try:
        width_px, height_px = ImageReader(str(path)).getSize()
    except Exception as exc:  # PIL and reportlab raise many kinds on a bad image
        raise StyleError(f"style: logo {display_path(path)} is not a readable image ({exc})") from None
    height = ctx.style["logo_height_mm"] * mm
    logo = Image(str(path), width=height * width_px / height_px, height=height, hAlign="LEFT")
    return [logo, Spacer(1, height * 0.5)]


def _marking_markup(ctx: _Context) -> str:
    """The marking in its colour, on the background its standard sets (TLP: black)."""
    marking = ctx.brief.marking
    if not marking:
        return ""
    colour, background = marking_colour(ctx.style, marking), marking_background(ctx.style, marking)
    text = ctx.text(marking, "marking")
    if background:
        return f'<span backColor="{background}" color="{colour}">&nbsp;{text}&nbsp;</span>'
    return f'<font color="{colour}">{text}</font>'


def _cover(ctx: _Context) -> list[Flowable]:
    brief, style = ctx.brief, ctx.style
    marking = _marking_markup(ctx)
    meta_lines = cover_meta(brief)
    count = f"from {len(brief.sources)} source{'s' if len(brief.sources) != 1 else ''}"
    meta_lines = [f"{line} {count}" if line.startswith("Compiled") else line for line in meta_lines]
    if style["cover"] == "compact":
        meta = " · ".join(x for x in (brief.subtitle, *cover_meta(brief)) if x)
        out: list[Flowable] = [*_logo(ctx), ctx.paragraph(brief.title, "title_compact")]
        if meta:
            out.append(ctx.paragraph(meta, "meta"))
        return out + [HRFlowable(width="100%", thickness=style["lines"]["compact_rule"], color=ctx.colour("accent"),
                                 spaceBefore=style["spacing"]["small_after"],
                                 spaceAfter=ctx.style["spacing"]["heading2_before"])]
    out = [Spacer(1, style["cover_space_mm"] * mm), *_logo(ctx), ctx.paragraph(brief.title, "title")]
    if brief.subtitle:
        out.append(ctx.paragraph(brief.subtitle, "subtitle"))
    out.append(HRFlowable(width="100%", thickness=style["lines"]["cover_rule"], color=ctx.colour("accent"),
                          spaceBefore=style["spacing"]["cover_rule"], spaceAfter=style["spacing"]["cover_rule"]))
    out += [ctx.paragraph(line, "meta") for line in meta_lines]
    if marking:
        out += [Spacer(1, style["spacing"]["marking_before"]), _Para(marking, ctx.para["marking"])]
    if style["toc"]:
        toc = TableOfContents(levelStyles=[ctx.para["toc0"]], dotsMinLevel=0,
                              tableStyle=TableStyle([*_cell_font(ctx), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        out += [Spacer(1, style["cover_space_mm"] * mm * 0.5), ctx.paragraph("Contents", "toc_title"), toc]
    return out + [PageBreak()]


class _BriefDoc(BaseDocTemplate):
    """Headings with an `outline_entry` become PDF bookmarks and table-of-contents lines.

    With a table of contents the story is laid out twice; the first pass only collects the
    headings' pages, so paragraphs skip drawing then (a third of the time on a 40-page brief).
    """

    passes = 0

    def handle_documentBegin(self) -> None:  # noqa: N802 (reportlab's name)
        self.passes += 1
        self.canv.layout_only = self.layout_first_pass and self.passes == 1
        super().handle_documentBegin()

    def filterFlowables(self, flowables: list[Flowable]) -> None:  # noqa: N802 (reportlab's name)
        """A figure that does not fit the rest of the page lets the next item of its section go
        first (never a section heading), until it fits or tops a page."""
        while len(flowables) > 1 and isinstance(flowables[0], _Float) and _movable_past(flowables):
            frame = self.frame
            room = frame._y - frame._y1p
            at_top = frame._y >= frame._y2 - frame._topPadding - 1
            if at_top or flowables[0].wrapOn(self.canv, frame._aW, room)[1] <= room:
                return
            # one place later; it is looked at again when it comes first (a long table it moves
            # past is split over the page break by then, and the figure follows the table)
            flowables[0], flowables[1] = flowables[1], flowables[0]

    def afterFlowable(self, flowable: Flowable) -> None:
        entry = getattr(flowable, "outline_entry", None)
        if entry is None:
            return
        level, text, key = entry
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        if level == 0:
            self.notify("TOCEntry", (level, escape(text), self.page, key))


def _movable_past(flowables: list[Flowable]) -> bool:
    """Whether a figure may move after flowables[1]: not past the next section's heading."""
    following = flowables[2] if len(flowables) > 2 and isinstance(flowables[1], CondPageBreak) else flowables[1]
    entry = getattr(following, "outline_entry", None)
    return not isinstance(following, _Float) and not (entry and entry[0] == 0) and \
        not isinstance(following, PageBreak)


class _PageOfCanvas(Canvas):
    """Prints "Page X of Y" in one pass: each page shows a form that is filled in once Y is known.

    (Holding pages back until the end instead would point every link and bookmark at page 1.)
    """

    def __init__(self, *args: Any, font: str, size: float, colour: str, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._page_of_font = (font, size, colour)

    def draw_page_of(self, right: float, y: float) -> None:
        """'Page X of Y' ending at `right` on baseline `y` of the current page."""
        self.saveState()
        self.translate(right, y)
        self.doForm(f"page_of_{self.getPageNumber()}")
        self.restoreState()

    def save(self) -> None:
        total = self.getPageNumber() - 1           # the last showPage already started a next page
        font, size, colour = self._page_of_font
        width = self.stringWidth(f"Page {total} of {total}", font, size)
        for page in range(1, total + 1):
            self.beginForm(f"page_of_{page}", lowerx=-width - size, lowery=-size, upperx=0, uppery=size * 2)
            self.setFont(font, size)
            self.setFillColor(colour)
            self.drawRightString(0, 0, f"Page {page} of {total}")
            self.endForm()
        self.addPageLabel(0, style="D", start=1)   # viewers show the number printed in the footer
        super().save()


def _furniture(ctx: _Context, page_width: float, page_height: float) -> Any:
    """Draws header and footer: title and date, marking top and bottom centre, Page X of Y."""
    style, brief = ctx.style, ctx.brief
    margins = {k: v * mm for k, v in style["page"]["margins_mm"].items()}
    size, colour = style["sizes"], style["colours"]
    header_left = style["header_text"] if style["header_text"] is not None else brief.title
    header_right = long_date(brief.created) if brief.created else ""
    marking_fill = marking_colour(style, brief.marking)
    marking_back = marking_background(style, brief.marking)
    marking_width = stringWidth(brief.marking, ctx.headings.bold, size["marking"])
    left, right = margins["left"], page_width - margins["right"]
    at = style["furniture"]
    header_y = page_height - margins["top"] * at["header"]
    footer_y = margins["bottom"] * at["footer"]
    regular, bold = ctx.headings.regular, ctx.headings.bold
    gap = size["small"] * 2
    header_left = fit_line(header_left, regular, size["small"],
                           right - left - stringWidth(header_right, regular, size["small"]) - gap)
    # the footer text shares its line with the centred marking
    footer_left = fit_line(style["footer_text"] or "", regular, size["small"],
                           (right - left) / 2 - stringWidth(brief.marking, bold, size["marking"]) / 2 - gap)

    def draw(canvas: _PageOfCanvas, doc: BaseDocTemplate) -> None:
        page = canvas.getPageNumber()
        canvas.saveState()
        canvas.setFillColor(colour["muted"])
        canvas.setFont(regular, size["small"])
        if page > 1 or style["cover"] == "compact":
            _draw_text(canvas, ctx, header_left, left, header_y, regular, size["small"])
            canvas.drawRightString(right, header_y, header_right)
            canvas.setStrokeColor(colour["rule"])
            canvas.setLineWidth(style["lines"]["header_rule"])
            canvas.line(left, header_y - size["small"] * 0.6, right, header_y - size["small"] * 0.6)
        if footer_left:
            _draw_text(canvas, ctx, footer_left, left, footer_y, regular, size["small"])
        canvas.draw_page_of(right, footer_y)
        if brief.marking:
            canvas.setFont(bold, size["marking"])
            for y in (page_height - margins["top"] * at["marking"], footer_y):
                if marking_back:
                    pad = size["marking"] * 0.35
                    canvas.setFillColor(marking_back)
                    canvas.rect(page_width / 2 - marking_width / 2 - pad, y - size["marking"] * 0.3,
                                marking_width + 2 * pad, size["marking"] * 1.25, stroke=0, fill=1)
                canvas.setFillColor(marking_fill)
                canvas.drawCentredString(page_width / 2, y, brief.marking)
        canvas.restoreState()

    return draw


def _draw_text(canvas: Canvas, ctx: _Context, text: str, x: float, y: float, font: str, size: float) -> None:
    """One line of running text; a Paragraph only when it needs the CJK fallback font."""
    markup = ctx.fallback.apply(escape(text), font)
    if markup == escape(text):
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        return
    style = ParagraphStyle("running", fontName=font, fontSize=size, leading=size,
                           textColor=ctx.colour("muted"))
    paragraph = _Para(markup, style)
    paragraph.wrapOn(canvas, ctx.width / 2, size * 2)
    paragraph.drawOn(canvas, x, y - size * 0.2)


def _context(brief: Brief, style: dict[str, Any], width: float) -> _Context:
    fonts = style["fonts"]
    body, headings, mono = font_family(fonts["body"]), font_family(fonts["headings"]), font_family(fonts["mono"])
    return _Context(brief, style, body, headings, mono, FallbackMarkup(fonts["fallbacks"]),
                    _paragraph_styles(style, body, headings, mono), source_numbers(brief), width,
                    any(s.kind == "sources" for s in visible_sections(brief)))


def _issue_anchors(brief: Brief, sections: list[Section]) -> dict[tuple[int, int], str]:
    """(index in brief.sections, index of the issue) -> the bookmark of its printed heading."""
    printed = {id(s): i for i, s in enumerate(sections)}
    return {(i, j): f"{section_anchor(printed[id(s)])}_{j}" for i, s in enumerate(brief.sections)
            if id(s) in printed for j, issue in enumerate(s.issues) if issue.statements}


def build_pdf(brief: Brief, target: Path | BinaryIO, style: dict[str, Any]) -> int:
    """Lay out and write the PDF to `target` (not atomic; `render_pdf` wraps it); the page count."""
    style = settle_cover(style, brief)
    brief = fit_to_pages(brief, style)
    page_width, page_height = PAGE_SIZES[style["page"]["size"]]
    margins = {k: v * mm for k, v in style["page"]["margins_mm"].items()}
    frame = Frame(margins["left"], margins["bottom"], page_width - margins["left"] - margins["right"],
                  page_height - margins["top"] - margins["bottom"], id="text", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    ctx = _context(brief, style, frame._width)
    story = _cover(ctx)
    sections = visible_sections(brief)
    figures = placed_figures(brief, sections)
    anchors = _issue_anchors(brief, sections)
    for index, section in enumerate(sections):
        starting = [f for placed in figures.get((index, "start"), []) for f in _figure(ctx, placed, anchors)]
        body = _section_body(ctx, section, index)
        story += _heading(ctx, section.title, 0, section_anchor(index), starting + body)
        story += starting + body
        for placed in figures.get((index, "end"), []):
            story += _figure(ctx, placed, anchors)
    doc = _BriefDoc(target if hasattr(target, "write") else str(target), pagesize=(page_width, page_height), pageTemplates=[
        PageTemplate("page", frames=[frame], onPage=_furniture(ctx, page_width, page_height))], title=brief.title, author=brief.author,
        subject=" · ".join(x for x in (brief.subtitle, brief.marking) if x), creator="briefing",
        keywords=brief.marking, lang=style["language"], displayDocTitle=True,
        initialFontName=ctx.body.regular,
        leftMargin=margins["left"], rightMargin=margins["right"], topMargin=margins["top"],
        bottomMargin=margins["bottom"])
    canvasmaker = partial(_PageOfCanvas, font=ctx.headings.regular, size=style["sizes"]["small"],
                          colour=style["colours"]["muted"])
    doc.layout_first_pass = bool(style["toc"] and style["cover"] == "full")
    if doc.layout_first_pass:
        doc.multiBuild(story, canvasmaker=canvasmaker)
    else:
        doc.build(story, canvasmaker=canvasmaker)
    return doc.page


def render_pdf(brief: Brief, path: Path, style: dict[str, Any] | None = None) -> None:
    """Write `brief` as PDF to `path` atomically, styled by a template's `style` block."""
    resolved = resolve_style(style)
    try:
        write_atomically(Path(path), lambda tmp: build_pdf(brief, tmp, resolved))
    except LayoutError:
        raise WriteError(f"{display_path(path)}: the PDF cannot be laid out (a table row or a picture is "
                            f"taller than a page); export DOCX or Markdown instead") from None
