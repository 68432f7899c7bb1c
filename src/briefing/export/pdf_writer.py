"""The brief as a print-ready PDF (reportlab platypus): cover, contents, outline, linked citations.

Fonts are embedded TrueType (see `fonts.py`); every size, colour and margin comes from the
resolved style (`style.py`). Running header and footer carry the marking and "Page X of Y".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

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
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.tableofcontents import TableOfContents

from briefing.atomic import write_atomically
from briefing.export.fonts import FallbackMarkup, FontFamily, font_family
from briefing.export.printed import (
    ACTOR_KIND_LABELS,
    actor_role,
    cited_numbers,
    cover_meta,
    event_when,
    has_edited_statements,
    long_date,
    quotation,
    section_anchor,
    source_anchor,
    source_entry,
    source_numbers,
    visible_sections,
)
from briefing.export.style import StyleError, marking_colour, resolve_style, style_path
from briefing.model import Brief, Citation, Section, Statement, display_path

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
SHORT_CITATION_LIST = 3     # up to this many numbers a citation never breaks across lines


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
                                 leftIndent=space["list_indent"] * 2, bulletIndent=0,
                                 spaceAfter=space["paragraph_after"] / 2),
        "note": ParagraphStyle("note", base, **small, spaceBefore=space["heading2_before"]),
        "toc_title": ParagraphStyle("toc_title", base, **head, fontSize=size["heading2"],
                                    leading=size["heading2"] * size["heading_leading"],
                                    spaceBefore=space["heading1_before"],
                                    spaceAfter=space["heading2_after"]),
        "toc0": ParagraphStyle("toc0", base, fontName=headings.regular, fontSize=size["toc"],
                               leading=size["toc"] * size["toc_leading"], spaceAfter=0),
    }


def _heading(ctx: _Context, title: str, level: int, key: str) -> list[Flowable]:
    """A heading that starts a new page unless some lines of what follows fit under it.

    (keepWithNext would move a heading and a long table to the next page whole, leaving a gap.)
    """
    heading = ctx.paragraph(title, "h1" if level == 0 else "h2")
    heading.outline_entry = (level, title, key)   # read by _BriefDoc.afterFlowable
    return [CondPageBreak(ctx.style["spacing"]["heading_keep_mm"] * mm), heading]


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
        role = ctx.text(actor_role(actor), "cell") + ctx.cites(actor.citations)
        sources = ctx.cites([Citation(s, 0, 0, 0) for s in actor.sources]).strip()
        rows.append([[_Para(name, ctx.para["cell_name"]), _Para(kind, ctx.para["cell_small"])],
                     _Para(role or "—", ctx.para["cell"]), _Para(sources, ctx.para["cell"])])
    return [_table(ctx, ["Actor", "Role", "Sources"], rows, ctx.style["tables"]["actors_columns"])]


def _timeline(ctx: _Context, section: Section) -> list[Flowable]:
    rows = [[ctx.paragraph(event_when(e), "cell_name"),
             _Para(ctx.text(e.text, "cell") + ctx.cites(e.citations), ctx.para["cell"])]
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


def _sources(ctx: _Context) -> list[Flowable]:
    out: list[Flowable] = []
    mono, flag = ctx.mono.regular, ctx.colour("flag")
    for source in ctx.brief.sources:
        entry = source_entry(source, ctx.numbers[source.id])
        # the anchor after the title: before it, it would stop a long first word from wrapping
        parts = [f'<b>{ctx.text(entry.title, "source")}</b><a name="{source_anchor(entry.number)}"/>']
        if entry.details:
            parts.append(" — " + ctx.text(entry.details, "source"))
        parts.append(f'<br/><font face="{mono}" size="{ctx.style["sizes"]["small"]}" '
                     f'color="{ctx.colour("muted")}">{ctx.fallback.apply(escape(entry.path), mono)}</font>')
        if entry.flags:
            parts.append(f'&nbsp;&nbsp;<font face="{ctx.headings.regular}" size="{ctx.style["sizes"]["small"]}" '
                         f'color="{flag}">⚑&nbsp;{escape(entry.flags)}</font>')
        out.append(_Para("".join(parts), ctx.para["source"], bulletText=f"[{entry.number}]"))
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


def _cover(ctx: _Context) -> list[Flowable]:
    brief, style = ctx.brief, ctx.style
    marking = (f'<font color="{marking_colour(style, brief.marking)}">{ctx.text(brief.marking, "marking")}</font>'
               if brief.marking else "")
    sources = f"Compiled from {len(brief.sources)} source{'s' if len(brief.sources) != 1 else ''}"
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
    out += [ctx.paragraph(line, "meta") for line in (*cover_meta(brief), sources)]
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

    def afterFlowable(self, flowable: Flowable) -> None:
        entry = getattr(flowable, "outline_entry", None)
        if entry is None:
            return
        level, text, key = entry
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        if level == 0:
            self.notify("TOCEntry", (level, escape(text), self.page, key))


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
    left, right = margins["left"], page_width - margins["right"]
    at = style["furniture"]
    header_y = page_height - margins["top"] * at["header"]
    footer_y = margins["bottom"] * at["footer"]
    regular, bold = ctx.headings.regular, ctx.headings.bold
    gap = size["small"] * 2
    header_left = _fit(header_left, regular, size["small"],
                       right - left - stringWidth(header_right, regular, size["small"]) - gap)
    # the footer text shares its line with the centred marking
    footer_left = _fit(style["footer_text"] or "", regular, size["small"],
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
            canvas.setFillColor(marking_fill)
            canvas.setFont(bold, size["marking"])
            for y in (page_height - margins["top"] * at["marking"], footer_y):
                canvas.drawCentredString(page_width / 2, y, brief.marking)
        canvas.restoreState()

    return draw


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text`, cut at a word and ended with an ellipsis if it is wider than `width`."""
    if stringWidth(text, font, size) <= width:
        return text
    words = text.split()
    while words and stringWidth(" ".join(words) + " …", font, size) > width:
        words.pop()
    return " ".join(words) + " …" if words else ""


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


def build_pdf(brief: Brief, target: Path, style: dict[str, Any]) -> None:
    """Lay out and write the PDF to `target` (not atomic; `render_pdf` wraps it)."""
    page_width, page_height = PAGE_SIZES[style["page"]["size"]]
    margins = {k: v * mm for k, v in style["page"]["margins_mm"].items()}
    frame = Frame(margins["left"], margins["bottom"], page_width - margins["left"] - margins["right"],
                  page_height - margins["top"] - margins["bottom"], id="text", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    ctx = _context(brief, style, frame._width)
    story = _cover(ctx)
    for index, section in enumerate(visible_sections(brief)):
        story += [*_heading(ctx, section.title, 0, section_anchor(index)), *_section_body(ctx, section, index)]
    doc = _BriefDoc(str(target), pagesize=(page_width, page_height), pageTemplates=[
        PageTemplate("page", frames=[frame], onPage=_furniture(ctx, page_width, page_height))], title=brief.title, author=brief.author,
        subject=" · ".join(x for x in (brief.subtitle, brief.marking) if x), creator="briefing",
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


def render_pdf(brief: Brief, path: Path, style: dict[str, Any] | None = None) -> None:
    """Write `brief` as PDF to `path` atomically, styled by a template's `style` block."""
    resolved = resolve_style(style)
    write_atomically(Path(path), lambda tmp: build_pdf(brief, tmp, resolved))
