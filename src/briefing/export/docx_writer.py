"""The brief as a Word document (python-docx) built on real styles, so readers can restyle it.

Cover, a table-of-contents field, header and footer with the marking and "Page X of Y",
citations linked to bookmarks in the numbered source list. A reference .docx named by the
style supplies styles, headers and page setup; raw OOXML lives in `ooxml.py`.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from briefing.atomic import write_atomically
from briefing.export import ooxml
from briefing.export.figures import draw_figure, figure_png
from briefing.export.fit import DOCX_PAGE_SHARE, fit_to_pages
from briefing.export.fonts import fit_text, text_width
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
    one_line,
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
from briefing.model import Brief, Citation, Section, Statement, display_path

PAGE_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}
# Our own named styles, created when the base document lacks them, so a reader can restyle them.
CITATION = "Citation"
DETAILS = "Brief Details"
MARKING = "Brief Marking"
ATTRIBUTION = "Quote Attribution"
SOURCE_ENTRY = "Source Entry"
TOC_ENTRY = "toc 1"              # Word's built-in name for first-level contents lines
TOC_HEADING = "TOC Heading"      # Word's style for a contents list's heading (outside the outline)
TABLE_STYLE = "Brief Table"      # the PDF's tables: header fill, stripes, rules (style file colours)
FALLBACK_TABLE_STYLE = "Table Grid"
SHORT_CITATION_LIST = 3     # up to this many numbers a citation never breaks across lines


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


@dataclass
class _Writer:
    """The document being written and what every section needs."""

    doc: Document
    brief: Brief
    style: dict[str, Any]
    numbers: dict[str, int]
    table_style: str | None
    linked: bool                 # citations link to the source list (only if it is printed)
    style_ids: dict[str, str]    # style name -> id, looked up once (python-docx scans per call)
    figures: dict[tuple[int, str], list[PlacedFigure]] = field(default_factory=dict)
    fonts: dict[str, str] = field(default_factory=dict)     # role -> the family Word is told to use

    def paragraph(self, text: str = "", style: str | None = None, container: Any = None) -> Paragraph:
        paragraph = (container or self.doc).add_paragraph()
        if style:
            ooxml.set_paragraph_style(paragraph, self.style_ids[style])
        if text:
            ooxml.add_run(paragraph, text)
        return paragraph

    def run(self, paragraph: Paragraph, text: str, style: str | None = None) -> Any:
        return ooxml.add_run(paragraph, text, self.style_ids[style] if style else None)

    def colour(self, name: str) -> RGBColor:
        return _rgb(self.style["colours"][name])

    def cites(self, paragraph: Paragraph, citations: list[Citation], lead: str = " ") -> None:
        """Append ' [1, 3]', each number an internal link to its source-list entry."""
        numbers = cited_numbers(citations, self.numbers)
        if not numbers:
            return
        style_id = self.style_ids[CITATION]
        self.run(paragraph, lead + "[", CITATION)
        for i, n in enumerate(numbers):
            if i:
                # short lists stay on one line; long ones may wrap after a comma
                self.run(paragraph, ",\u00a0" if len(numbers) <= SHORT_CITATION_LIST else ", ", CITATION)
            if self.linked:
                ooxml.add_internal_link(paragraph, str(n), source_anchor(n), style_id)
            else:
                self.run(paragraph, str(n), CITATION)
        self.run(paragraph, "]", CITATION)

    def cite_ranges(self, paragraph: Paragraph, citations: list[Citation], lead: str = " ") -> None:
        """' [1–4, 7]' for a figure's caption; each printed number a link."""
        numbers = cited_numbers(citations, self.numbers)
        if not numbers:
            return
        style_id = self.style_ids[CITATION]

        def number(n: int) -> None:
            if self.linked:
                ooxml.add_internal_link(paragraph, str(n), source_anchor(n), style_id)
            else:
                self.run(paragraph, str(n), CITATION)

        self.run(paragraph, lead + "[", CITATION)
        for i, (a, b) in enumerate(number_ranges(numbers)):
            if i:
                self.run(paragraph, ", ", CITATION)
            number(a)
            if b != a:
                self.run(paragraph, "–", CITATION)
                number(b)
        self.run(paragraph, "]", CITATION)

    def statement(self, paragraph: Paragraph, statement: Statement) -> None:
        self.run(paragraph, one_line(statement.text))
        self.cites(paragraph, statement.citations)
        marker = self.style["edited_marker"]
        if statement.edited and marker:
            run = self.run(paragraph, marker)
            run.font.superscript = True
            run.font.color.rgb = self.colour("muted")


def _base_document(style: dict[str, Any]) -> tuple[Document, bool]:
    """The reference .docx emptied of its text (styles, headers, page setup kept), or python-docx's."""
    reference = style_path(style["docx"]["reference"], "reference .docx")
    if reference is None:
        return docx.Document(), False
    try:
        doc = docx.Document(str(reference))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise StyleError(f"style: reference {display_path(reference)} is not a readable .docx ({exc})") from None
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc, True


def docx_fonts(style: dict[str, Any]) -> dict[str, str]:
    """The families the DOCX names: the PDF's own (a font file by its name), unless `docx.fonts`
    says otherwise for a role."""
    chosen = style["docx"]["fonts"]
    out = {}
    for role in ("body", "headings", "mono"):
        family = str(style["fonts"][role])
        if family.lower().endswith((".ttf", ".ttc", ".otf")):
            family = Path(family).stem
        out[role] = chosen.get(role) or family
    return out


def _house_styles(doc: Document, style: dict[str, Any]) -> None:
    """Fonts, sizes, colours and spacing of the built-in styles, from the resolved style."""
    size, space, colour = style["sizes"], style["spacing"], style["colours"]
    fonts = {**docx_fonts(style), "east_asia": style["docx"]["fonts"].get("east_asia")}
    normal = doc.styles["Normal"]
    ooxml.set_style_font(normal, fonts["body"], fonts.get("east_asia"))
    normal.font.size = Pt(size["body"])
    normal.font.color.rgb = _rgb(colour["text"])
    normal.paragraph_format.space_after = Pt(space["paragraph_after"])
    # the PDF's leading, as a minimum so that taller CJK fallback glyphs are not clipped
    normal.paragraph_format.line_spacing = Pt(size["body"] * size["leading"])
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    for name, key, before, after in (("Heading 1", "heading1", "heading1_before", "heading1_after"),
                                     ("Heading 2", "heading2", "heading2_before", "heading2_after")):
        heading = doc.styles[name]
        ooxml.set_style_font(heading, fonts["headings"])
        heading.font.size = Pt(size[key])
        heading.font.bold = True
        heading.font.color.rgb = _rgb(colour["heading"])
        heading.paragraph_format.space_before = Pt(space[before])
        heading.paragraph_format.space_after = Pt(space[after])
    title = doc.styles["Title"]
    ooxml.set_style_font(title, fonts["headings"])
    title.font.size = Pt(size["title"])
    title.font.bold = True
    title.font.color.rgb = _rgb(colour["heading"])
    subtitle = doc.styles["Subtitle"]
    ooxml.set_style_font(subtitle, fonts["headings"])
    subtitle.font.size = Pt(size["subtitle"])
    subtitle.font.italic = False
    subtitle.font.color.rgb = _rgb(colour["muted"])
    for name in ("Header", "Footer"):
        running = doc.styles[name]
        ooxml.set_style_font(running, fonts["headings"])
        running.font.size = Pt(size["small"])
        running.font.color.rgb = _rgb(colour["muted"])
    quote = doc.styles["Quote"]
    quote.font.italic = True
    quote.font.size = Pt(size["quote"])
    quote.font.color.rgb = _rgb(colour["text"])
    quote.paragraph_format.left_indent = Pt(space["quote_indent"])
    quote.paragraph_format.space_after = Pt(0)
    # the PDF's bar beside a quotation: a left border in the accent colour
    ooxml.left_border(quote, colour["accent"].lstrip("#"), round(style["lines"]["quote_bar"] * 8),
                      round(space["quote_indent"] * 0.75))
    caption = doc.styles["Caption"]
    ooxml.set_style_font(caption, fonts["headings"])
    caption.font.size = Pt(size["small"] + 0.5)
    caption.font.bold = False
    caption.font.italic = False
    caption.font.color.rgb = _rgb(colour["muted"])


def _own_styles(doc: Document, style: dict[str, Any]) -> None:
    """Add the styles this writer names (and a reference may lack), leaving existing ones alone."""
    size, colour, fonts = style["sizes"], style["colours"], docx_fonts(style)
    names = {s.name for s in doc.styles}

    def add(name: str, kind: WD_STYLE_TYPE, base: str | None) -> Any:
        new = doc.styles.add_style(name, kind)
        if base and base in names:
            new.base_style = doc.styles[base]
        names.add(name)
        return new

    for name, base in (("List Bullet", "Normal"), ("Quote", "Normal"), ("Title", "Normal"),
                       ("Subtitle", "Normal"), ("Heading 1", "Normal"), ("Heading 2", "Normal")):
        if name not in names:
            add(name, WD_STYLE_TYPE.PARAGRAPH, base)
    if CITATION not in names:
        add(CITATION, WD_STYLE_TYPE.CHARACTER, None).font.color.rgb = _rgb(colour["accent"])
    if DETAILS not in names:
        details = add(DETAILS, WD_STYLE_TYPE.PARAGRAPH, "Normal")
        details.font.color.rgb = _rgb(colour["muted"])
        ooxml.set_style_font(details, fonts["headings"])
        details.paragraph_format.space_after = Pt(style["spacing"]["small_after"] / 2)
    if MARKING not in names:
        marking = add(MARKING, WD_STYLE_TYPE.PARAGRAPH, "Normal")
        ooxml.set_style_font(marking, fonts["headings"])
        marking.font.bold = True
        marking.font.size = Pt(size["marking"])
        marking.paragraph_format.space_after = Pt(0)
    if ATTRIBUTION not in names:
        attribution = add(ATTRIBUTION, WD_STYLE_TYPE.PARAGRAPH, "Quote")
        attribution.font.italic = False
        attribution.font.size = Pt(size["table"])
        attribution.font.color.rgb = _rgb(colour["muted"])
        attribution.paragraph_format.space_after = Pt(style["spacing"]["paragraph_after"] * 2)
    if SOURCE_ENTRY not in names:
        entry = add(SOURCE_ENTRY, WD_STYLE_TYPE.PARAGRAPH, "Normal")
        entry.font.size = Pt(size["table"])
        entry.paragraph_format.left_indent = Pt(style["spacing"]["list_indent"] * 2)
        entry.paragraph_format.first_line_indent = -Pt(style["spacing"]["list_indent"] * 2)
    if TOC_ENTRY not in names:
        add(TOC_ENTRY, WD_STYLE_TYPE.PARAGRAPH, "Normal")
    if TOC_HEADING not in names:
        add(TOC_HEADING, WD_STYLE_TYPE.PARAGRAPH, "Normal")
    if "Caption" not in names:
        add("Caption", WD_STYLE_TYPE.PARAGRAPH, "Normal")
    if TABLE_STYLE not in names:
        table = add(TABLE_STYLE, WD_STYLE_TYPE.TABLE, None)
        ooxml.brief_table_style(table, header_fill=colour["table_header_fill"].lstrip("#"),
                                header_text=colour["table_header_text"].lstrip("#"),
                                stripe=colour["table_stripe"].lstrip("#"), rule=colour["rule"].lstrip("#"),
                                rule_eighths=max(2, round(style["lines"]["table_rule"] * 8)),
                                padding_twips=round(style["spacing"]["cell_padding"] * 20),
                                size_half_points=round(size["table"] * 2))


def _page_setup(doc: Document, style: dict[str, Any]) -> None:
    section = doc.sections[0]
    width, height = PAGE_MM[style["page"]["size"]]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    margins = style["page"]["margins_mm"]
    section.top_margin, section.bottom_margin = Mm(margins["top"]), Mm(margins["bottom"])
    section.left_margin, section.right_margin = Mm(margins["left"]), Mm(margins["right"])
    section.header_distance = Mm(margins["top"] * style["furniture"]["docx_distance"])
    section.footer_distance = Mm(margins["bottom"] * style["furniture"]["docx_distance"])


def _text_width(doc: Document) -> int:
    section = doc.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def _marking_run(w: _Writer, paragraph: Paragraph) -> None:
    """The marking in its colour, on its background where the standard sets one (TLP: black)."""
    background = marking_background(w.style, w.brief.marking)
    run = paragraph.add_run(f"\u00a0{w.brief.marking}\u00a0" if background else w.brief.marking)
    run.bold = True
    run.font.color.rgb = _rgb(marking_colour(w.style, w.brief.marking))
    if background:
        ooxml.shade_run(run, background.lstrip("#"))


def _marking_line(w: _Writer, paragraph: Paragraph) -> None:
    paragraph.style = w.doc.styles[MARKING]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _marking_run(w, paragraph)


def _running_line(w: _Writer, paragraph: Paragraph, left: str) -> None:
    """'left <tab> right' with a right tab stop at the text edge; the caller adds the right part."""
    tabs = paragraph.paragraph_format.tab_stops
    for inherited in paragraph.style.paragraph_format.tab_stops:   # Word's Header/Footer centre tab
        tabs.add_tab_stop(inherited.position, WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(_text_width(w.doc), WD_TAB_ALIGNMENT.RIGHT)
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(left)
    run.font.name = w.fonts["headings"]
    run.font.size = Pt(w.style["sizes"]["small"])
    run.font.color.rgb = w.colour("muted")
    paragraph.add_run("\t")


def _header_footer(w: _Writer) -> None:
    """Marking top and bottom centre on every page; title and date above, Page X of Y below."""
    section = w.doc.sections[0]
    full_cover = w.style["cover"] == "full"
    section.different_first_page_header_footer = full_cover
    header_text = w.style["header_text"] if w.style["header_text"] is not None else w.brief.title
    small = Pt(w.style["sizes"]["small"])
    # on one line beside the date, cut at a word as the PDF's header is (a long title wrapped)
    created = long_date(w.brief.created) if w.brief.created else ""
    headings, size = w.style["fonts"]["headings"], w.style["sizes"]["small"]
    header_text = fit_text(header_text, headings, size,
                           Emu(_text_width(w.doc)).pt - text_width(created, headings, size) - size * 2)
    parts = [(section.header, section.footer, True)]
    if full_cover:
        parts.append((section.first_page_header, section.first_page_footer, False))
    for header, footer, running in parts:
        header.is_linked_to_previous = False
        footer.is_linked_to_previous = False
        top = header.paragraphs[0]
        if w.brief.marking:
            _marking_line(w, top)
            top = header.add_paragraph() if running else None
        if running and top is not None:
            _running_line(w, top, header_text)
            date = top.add_run(created)
            date.font.size, date.font.color.rgb = small, w.colour("muted")
            date.font.name = w.fonts["headings"]
            ooxml.bottom_border(top, w.style["colours"]["rule"].lstrip("#"), 4)
        bottom = footer.paragraphs[0]
        _running_line(w, bottom, w.style["footer_text"] or "")
        for text, code in (("Page ", "PAGE"), (" of ", "NUMPAGES")):
            bottom.add_run(text).font.size = small
            ooxml.add_field(bottom, code, "1")
        for run in bottom.runs:
            run.font.size, run.font.color.rgb = small, w.colour("muted")
            run.font.name = w.fonts["headings"]
        if w.brief.marking:
            _marking_line(w, footer.add_paragraph())


def _cover(w: _Writer) -> None:
    brief, style, doc = w.brief, w.style, w.doc
    logo = style_path(style["logo"], "logo")
    compact = style["cover"] == "compact"
    if logo is not None:
        try:
            doc.add_picture(str(logo), height=Mm(style["logo_height_mm"]))
        except Exception as exc:  # python-docx raises its own and PIL-like errors on bad images
            raise StyleError(f"style: logo {display_path(logo)} is not a readable image ({exc})") from None
    title = doc.add_paragraph(brief.title, "Title")
    if compact:
        for run in title.runs:
            run.font.size = Pt(style["sizes"]["title_compact"])
        title.paragraph_format.space_after = Pt(style["spacing"]["small_after"])
        meta = " · ".join(x for x in (brief.subtitle, *cover_meta(brief)) if x)
        if meta:
            doc.add_paragraph(meta, DETAILS)
        return
    title.paragraph_format.space_before = Mm(style["cover_space_mm"])
    if brief.subtitle:
        doc.add_paragraph(brief.subtitle, "Subtitle")
    count = f"from {len(brief.sources)} source{'s' if len(brief.sources) != 1 else ''}"
    for line in cover_meta(brief):
        doc.add_paragraph(f"{line} {count}" if line.startswith("Compiled") else line, DETAILS)
    if brief.marking:
        marking = doc.add_paragraph()
        marking.paragraph_format.space_before = Pt(style["spacing"]["marking_before"])
        _marking_run(w, marking)
    if style["toc"]:
        _contents(w)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _contents(w: _Writer) -> None:
    """A TOC field over headings 1–2; its cached lines (section titles, linked) show until updated."""
    heading = w.doc.add_paragraph("Contents", TOC_HEADING)
    heading.paragraph_format.space_before = Mm(w.style["cover_space_mm"] * 0.5)
    heading.paragraph_format.space_after = Pt(w.style["spacing"]["heading2_after"])
    ooxml.set_style_font(heading.style, w.fonts["headings"])
    heading.style.font.size = Pt(w.style["sizes"]["heading2"])
    heading.style.font.bold = True
    heading.style.font.color.rgb = w.colour("heading")
    sections = visible_sections(w.brief)
    lines = [w.doc.add_paragraph(style=TOC_ENTRY) for _ in sections] or [w.doc.add_paragraph(style=TOC_ENTRY)]
    # \\n: no page numbers, so that the lines written here are all the field shows and Word has
    # nothing to update (and no reason to ask) when the file opens
    ooxml.begin_field(lines[0], 'TOC \\o "1-1" \\h \\z \\u \\n')
    # one spare line when there are no sections, hence not strict
    for index, (line, section) in enumerate(zip(lines, sections, strict=False)):
        ooxml.add_internal_link(line, section.title, section_anchor(index))
    ooxml.end_field(lines[-1])


def _heading(w: _Writer, title: str, level: int, anchor: str | None = None) -> None:
    paragraph = w.paragraph(title, f"Heading {level}")
    if anchor:
        ooxml.add_bookmark(paragraph, anchor)


def _bullets(w: _Writer, statements: list[Statement]) -> None:
    for statement in statements:
        w.statement(w.paragraph(style="List Bullet"), statement)


def _table(w: _Writer, header: list[str], shares: list[float]) -> Any:
    table = w.doc.add_table(rows=1, cols=len(header))
    if w.table_style:
        table.style = w.doc.styles[w.table_style]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    width = _text_width(w.doc)
    for column, share in zip(table.columns, shares, strict=True):
        column.width = int(width * share)
    for cell, text, share in zip(table.rows[0].cells, header, shares, strict=True):
        cell.width = int(width * share)       # as the rows below: Word lays out each row by its cells
        run = cell.paragraphs[0].add_run(text)
        # the header colour said on the run: the Normal style's text colour outranks the table
        # style's, so in Word and LibreOffice the header would print dark on its dark fill
        run.bold, run.font.color.rgb = True, w.colour("table_header_text")
        run.font.name = w.fonts["headings"]      # the PDF's table labels: header, names, kinds, dates
    ooxml.repeat_as_header(table.rows[0])
    return table


def _row(table: Any, shares: list[float], width: int) -> list[Any]:
    row = table.add_row()
    ooxml.keep_row_together(row)
    cells = row.cells
    for cell, share in zip(cells, shares, strict=True):
        cell.width = int(width * share)       # Word reads cell widths, LibreOffice the grid
    return cells


def _actors(w: _Writer, section: Section) -> None:
    shares = w.style["tables"]["actors_columns"]
    table, width = _table(w, ["Actor", "Role", "Sources"], shares), _text_width(w.doc)
    small = Pt(w.style["sizes"]["small"])
    for actor in section.actors:
        name, role, sources = _row(table, shares, width)
        label = w.run(name.paragraphs[0], actor.name)
        label.bold, label.font.name = True, w.fonts["headings"]
        kind = w.run(w.paragraph(container=name), ACTOR_KIND_LABELS.get(actor.kind, actor.kind))
        kind.font.size, kind.font.color.rgb, kind.font.name = small, w.colour("muted"), w.fonts["headings"]
        w.run(role.paragraphs[0], actor_role(actor) or "—")
        w.cites(role.paragraphs[0], actor.citations)
        listed, more = actor_sources(actor, w.numbers, w.style["tables"]["actor_sources_max"])
        w.cite_ranges(sources.paragraphs[0], listed, lead="")
        if more:
            w.run(sources.paragraphs[0], more_sources(more))
    w.doc.add_paragraph()


def _timeline(w: _Writer, section: Section) -> None:
    shares = w.style["tables"]["timeline_columns"]
    table, width = _table(w, ["Date", "Event"], shares), _text_width(w.doc)
    for event in section.events:
        when, what = _row(table, shares, width)
        date = w.run(when.paragraphs[0], event_when(event))
        date.bold, date.font.name = True, w.fonts["headings"]
        w.run(what.paragraphs[0], one_line(event.text))
        w.cites(what.paragraphs[0], event.citations)
    w.doc.add_paragraph()


def _quotes(w: _Writer, section: Section) -> None:
    for quote in section.quotes:
        w.paragraph(quotation(quote.text), "Quote")
        attribution = w.paragraph(f"— {quote.speaker}", ATTRIBUTION)
        w.cites(attribution, quote.citations)


def _source_runs(w: _Writer, paragraph: Paragraph, entry: SourceEntry) -> None:
    """Outlet — headline (or the marked label) — date — address — file, then the flags."""
    small = Pt(w.style["sizes"]["small"])
    parts = [p for p in ("outlet", "title", "date", "address", "file") if getattr(entry, p)]
    for n, part in enumerate(parts):
        if n:
            w.run(paragraph, " — ")
        if part == "title" and entry.generated:
            label = w.run(paragraph, GENERATED_LABEL + " ")
            label.italic, label.font.color.rgb = True, w.colour("muted")
            w.run(paragraph, quotation(entry.title))
        elif part == "title":
            w.run(paragraph, entry.title).bold = True
        elif part == "address":
            ooxml.add_external_link(paragraph, entry.address, entry.address, w.style_ids[CITATION])
        elif part == "file":
            run = w.run(paragraph, entry.file)
            run.font.name, run.font.size, run.font.color.rgb = w.fonts["mono"], small, w.colour("muted")
        else:
            w.run(paragraph, getattr(entry, part))
    if entry.flags:
        flags = w.run(paragraph, f"  ⚑\u00a0{entry.flags}")
        flags.font.size, flags.font.color.rgb = small, w.colour("flag")


def _sources(w: _Writer) -> None:
    compact = w.style["source_list"] == "compact"
    paragraphs = []
    for source in w.brief.sources:
        entry = source_entry(source, w.numbers[source.id], w.style["source_paths"])
        paragraph = w.paragraph(style=SOURCE_ENTRY)
        w.run(paragraph, f"[{entry.number}]\t")
        if compact:
            line = fit_text(entry.plain(), w.style["fonts"]["body"], w.style["sizes"]["small"],
                            Emu(_text_width(w.doc)).pt - w.style["spacing"]["list_indent"] * 2)
            w.run(paragraph, line).font.size = Pt(w.style["sizes"]["small"])
            paragraph.paragraph_format.space_after = Pt(0)
        else:
            _source_runs(w, paragraph, entry)
        ooxml.add_bookmark(paragraph, source_anchor(entry.number))
        paragraphs.append(paragraph)
    # the list's end stays together, so that no page holds a lone source
    for paragraph in paragraphs[-(w.style["spacing"]["keep_last_lines"] // 2 + 1):-1]:
        paragraph.paragraph_format.keep_with_next = True
    marker = w.style["edited_marker"]
    if marker and has_edited_statements(w.brief):
        note = w.doc.add_paragraph(f"{marker} Edited in review; the citation points to the source sentence "
                                   "it was based on.", DETAILS)
        note.paragraph_format.space_before = Pt(w.style["spacing"]["heading2_before"])


def _figure(w: _Writer, placed: PlacedFigure) -> None:
    """The figure as a picture with alt text, kept with its numbered caption (a SEQ field)."""
    width = _text_width(w.doc)
    drawn = draw_figure(placed.data, Emu(width).pt, w.style)
    png = figure_png(drawn, w.style["figures"]["png_dpi"])
    picture = w.doc.add_picture(io.BytesIO(png), width=Emu(width))
    ooxml.set_alt_text(picture, drawn.alt, f"Figure {placed.number}")
    holder = w.doc.paragraphs[-1]
    holder.paragraph_format.keep_with_next = True
    holder.paragraph_format.space_before = Mm(w.style["figures"]["space_mm"])
    caption = w.paragraph(style="Caption")
    caption.paragraph_format.space_after = Mm(w.style["figures"]["space_mm"])
    w.run(caption, "Figure ").bold = True
    ooxml.add_field(caption, "SEQ Figure \\* ARABIC", str(placed.number))
    for run in caption.runs:
        run.bold = True
    w.run(caption, ": ").bold = True
    w.run(caption, placed.caption)
    w.cite_ranges(caption, placed.data.citations)


def _section(w: _Writer, section: Section, index: int) -> None:
    _heading(w, section.title, 1, section_anchor(index))
    for placed in w.figures.get((index, "start"), []):
        _figure(w, placed)
    if section.kind == "actors":
        _actors(w, section)
    elif section.kind == "timeline":
        _timeline(w, section)
    elif section.kind == "quotes":
        _quotes(w, section)
    elif section.kind == "sources":
        _sources(w)
    else:
        _bullets(w, section.statements)
        for name, statements in ([(i.name, i.statements) for i in section.issues]
                                 + [(c.topic, c.statements) for c in section.items]):
            if statements:
                _heading(w, name, 2)
                _bullets(w, statements)
    for placed in w.figures.get((index, "end"), []):
        _figure(w, placed)


def _table_style(doc: Document, wanted: str | None) -> str | None:
    names = {s.name for s in doc.styles if s.type == WD_STYLE_TYPE.TABLE}
    return next((n for n in (wanted, TABLE_STYLE, FALLBACK_TABLE_STYLE) if n and n in names), None)


def build_docx(brief: Brief, target: Path, style: dict[str, Any]) -> None:
    """Lay out and save the document to `target` (not atomic; `render_docx` wraps it)."""
    style = settle_cover(style, brief)
    brief = fit_to_pages(brief, style, DOCX_PAGE_SHARE)
    doc, from_reference = _base_document(style)
    if not from_reference:
        _page_setup(doc, style)
        _house_styles(doc, style)
    _own_styles(doc, style)
    ooxml.set_language(doc, style["language"])
    w = _Writer(doc, brief, style, source_numbers(brief), _table_style(doc, style["docx"]["table_style"]),
                any(s.kind == "sources" for s in visible_sections(brief)), {s.name: s.style_id for s in doc.styles},
                placed_figures(brief), docx_fonts(style))
    properties = doc.core_properties
    properties.title, properties.author, properties.subject = brief.title, brief.author, brief.subtitle
    properties.keywords = brief.marking
    properties.category = brief.marking
    properties.comments = ""               # python-docx's template says "generated by python-docx"
    properties.language = style["language"]
    if brief.marking:
        ooxml.set_custom_property(doc, "Marking", brief.marking)
    ooxml.declare_fonts(doc, [(name, style["docx"]["font_fallbacks"].get(name)) for name in docx_fonts(style).values()])
    # python-docx's template carries a 2013 creation date; the brief's own time is the truth
    created = _created_datetime(brief.created)
    properties.created = properties.modified = created
    properties.last_modified_by = brief.author
    reference_has_header = from_reference and any(p.text.strip() for p in doc.sections[0].header.paragraphs)
    if not reference_has_header:
        _header_footer(w)
    _cover(w)
    for index, section in enumerate(visible_sections(brief)):
        _section(w, section, index)
    doc.save(str(target))


def _created_datetime(created: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(created)
    except ValueError:
        return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def render_docx(brief: Brief, path: Path, style: dict[str, Any] | None = None) -> None:
    """Write `brief` as DOCX to `path` atomically, styled by a template's `style` block."""
    resolved = resolve_style(style)
    write_atomically(Path(path), lambda tmp: build_docx(brief, tmp, resolved))
