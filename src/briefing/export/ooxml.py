"""Raw WordprocessingML that python-docx has no API for: fields, bookmarks, internal links, borders.

Kept in one module so the DOCX writer reads as python-docx calls. Element order follows the
ECMA-376 schema (Word refuses out-of-order children where LibreOffice forgives).
"""

from __future__ import annotations

from itertools import count
from typing import Any

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.styles.style import BaseStyle
from docx.table import _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

_bookmark_ids = count(1)
# Children the schema puts after a paragraph's borders (pBdr comes after keepNext..pageBreakBefore)
AFTER_BORDERS = frozenset(qn(t) for t in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind",
                                           "w:jc", "w:rPr"))
# Settings the schema puts after updateFields; Word rejects it after them
AFTER_UPDATE_FIELDS = frozenset(qn(f"w:{t}") for t in (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema",
    "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
    "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
    "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"))


def _insert_before(parent: Any, child: Any, followers: frozenset[str]) -> None:
    """Put `child` in `parent` before its first child whose tag is one of `followers`, else last:
    Word refuses children out of the schema's order."""
    follower = next((c for c in parent if c.tag in followers), None)
    if follower is not None:
        follower.addprevious(child)
    else:
        parent.append(child)


def _run(text: str, style_id: str | None = None) -> OxmlElement:
    run = OxmlElement("w:r")
    if style_id:
        props = OxmlElement("w:rPr")
        run_style = OxmlElement("w:rStyle")
        run_style.set(qn("w:val"), style_id)
        props.append(run_style)
        run.append(props)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    return run


def _field_char(kind: str) -> OxmlElement:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def _instruction(code: str) -> OxmlElement:
    run = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {code} "
    run.append(text)
    return run


def set_paragraph_style(paragraph: Paragraph, style_id: str) -> None:
    """Style a paragraph by id; python-docx's by-name setter scans every style on every call."""
    paragraph._p.get_or_add_pPr().style = style_id


def add_run(paragraph: Paragraph, text: str, style_id: str | None = None) -> Run:
    """Append a run (tabs and line breaks as Word's), styled by id for the same reason."""
    r = paragraph._p.add_r()
    if style_id:
        r.style = style_id
    r.text = text
    return Run(r, paragraph)


def add_field(paragraph: Paragraph, code: str, shown: str = "") -> None:
    """Append a field (e.g. `PAGE`, `NUMPAGES`) whose last computed value reads `shown`."""
    begin_field(paragraph, code)
    paragraph._p.append(_run(shown))
    end_field(paragraph)


def begin_field(paragraph: Paragraph, code: str) -> None:
    """Open a field whose result spans paragraphs (a table of contents); close with `end_field`."""
    p = paragraph._p
    p.append(_field_char("begin"))
    p.append(_instruction(code))
    p.append(_field_char("separate"))


def end_field(paragraph: Paragraph) -> None:
    paragraph._p.append(_field_char("end"))


def add_bookmark(paragraph: Paragraph, name: str) -> None:
    """Make the whole paragraph the target of bookmark `name` (internal links jump here)."""
    bookmark_id = str(next(_bookmark_ids))
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), bookmark_id)
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), bookmark_id)
    p = paragraph._p
    properties = p.pPr
    if properties is not None:
        properties.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def add_internal_link(paragraph: Paragraph, text: str, anchor: str, style_id: str | None = None) -> None:
    """Append `text` as a hyperlink to bookmark `anchor` in the same document."""
    _append_link(paragraph, text, style_id, "w:anchor", anchor)


def _append_link(paragraph: Paragraph, text: str, style_id: str | None, target: str, value: str) -> None:
    """Append `text` as a hyperlink whose `target` attribute (an anchor, a relationship) is `value`."""
    link = OxmlElement("w:hyperlink")
    link.set(qn(target), value)
    link.set(qn("w:history"), "1")
    link.append(_run(text, style_id))
    paragraph._p.append(link)


def set_alt_text(inline: Any, description: str, title: str = "") -> None:
    """Alt text of a picture (what screen readers say; Word's "Alt Text" pane shows it)."""
    properties = inline._inline.docPr
    properties.set("descr", description)
    if title:
        properties.set("title", title)


def shade_run(run: Run, fill: str) -> None:
    """A background fill behind a run (`fill` as RRGGBB), e.g. black behind a TLP marking."""
    props = run._r.get_or_add_rPr()
    shading = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shading.set(qn(key), value)
    props.append(shading)


def add_external_link(paragraph: Paragraph, text: str, url: str, style_id: str | None = None) -> None:
    """Append `text` as a hyperlink to the web address `url`."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    _append_link(paragraph, text, style_id, "r:id", relation)


def repeat_as_header(row: _Row) -> None:
    """Repeat `row` at the top of every page the table runs onto."""
    props = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    props.append(header)


def keep_row_together(row: _Row) -> None:
    props = row._tr.get_or_add_trPr()
    props.insert(0, OxmlElement("w:cantSplit"))


def bottom_border(paragraph: Paragraph, colour: str, eighths_of_point: int) -> None:
    """A rule under the paragraph (`colour` as RRGGBB)."""
    props = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", str(eighths_of_point)), ("w:space", "4"),
                       ("w:color", colour)):
        bottom.set(qn(key), value)
    borders.append(bottom)
    _insert_before(props, borders, AFTER_BORDERS)


def set_style_font(style: BaseStyle, name: str, east_asia: str | None = None) -> None:
    """Set a style's font for every script, dropping theme fonts that would override it."""
    style.font.name = name
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)
    fonts.set(qn("w:cs"), name)
    if east_asia:
        fonts.set(qn("w:eastAsia"), east_asia)


def update_fields_on_open(document: Document) -> None:
    """Ask Word to refresh fields (the table of contents, page counts) when the file opens."""
    settings = document.settings.element
    flag = settings.find(qn("w:updateFields"))
    if flag is None:
        flag = OxmlElement("w:updateFields")
        _insert_before(settings, flag, AFTER_UPDATE_FIELDS)
    flag.set(qn("w:val"), "true")


def _el(tag: str, **attributes: str) -> OxmlElement:
    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(f"w:{key}"), value)
    return element


def left_border(style: BaseStyle, colour: str, eighths_of_point: int, space_points: int) -> None:
    """A bar left of every paragraph of `style` (a quotation's, as the PDF draws it)."""
    props = style.element.get_or_add_pPr()
    borders = props.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        _insert_before(props, borders, AFTER_BORDERS)
    borders.append(_el("w:left", val="single", sz=str(eighths_of_point), space=str(space_points), color=colour))


def brief_table_style(style: BaseStyle, *, header_fill: str, header_text: str, stripe: str, rule: str,
                      rule_eighths: int, padding_twips: int, size_half_points: int) -> None:
    """Fill a new table style with the PDF's table look: a filled header row in bold, every other
    row striped, a thin rule under each row, the cells' padding and text size."""
    element = style.element
    p_pr = OxmlElement("w:pPr")
    p_pr.append(_el("w:spacing", before="0", after="0", line="240", lineRule="auto"))
    r_pr = OxmlElement("w:rPr")
    r_pr.append(_el("w:sz", val=str(size_half_points)))
    r_pr.append(_el("w:szCs", val=str(size_half_points)))
    tbl_pr = OxmlElement("w:tblPr")
    tbl_pr.append(_el("w:tblStyleRowBandSize", val="1"))
    borders = OxmlElement("w:tblBorders")
    for side in ("bottom", "insideH"):
        borders.append(_el(f"w:{side}", val="single", sz=str(rule_eighths), space="0", color=rule))
    tbl_pr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        share = 0.75 if side in ("top", "bottom") else 1
        margins.append(_el(f"w:{side}", w=str(round(padding_twips * share)), type="dxa"))
    tbl_pr.append(margins)
    for child in (p_pr, r_pr, tbl_pr):
        element.append(child)
    header = _el("w:tblStylePr", type="firstRow")
    header_r = OxmlElement("w:rPr")
    header_r.append(OxmlElement("w:b"))
    header_r.append(_el("w:color", val=header_text))
    header_tc = OxmlElement("w:tcPr")
    header_tc.append(_el("w:shd", val="clear", color="auto", fill=header_fill))
    header.append(header_r)
    header.append(header_tc)
    band = _el("w:tblStylePr", type="band2Horz")
    band_tc = OxmlElement("w:tcPr")
    band_tc.append(_el("w:shd", val="clear", color="auto", fill=stripe))
    band.append(band_tc)
    element.append(header)
    element.append(band)


def set_language(document: Document, language: str) -> None:
    """The document's language (spelling, hyphenation, what a screen reader speaks)."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    r_pr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if r_pr is None:
        return
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), language)


def declare_fonts(document: Document, fonts: list[tuple[str, str | None]]) -> None:
    """Describe fonts in the font table, each with the font Word should use where it is missing
    (`altName`) and its kind (serif, sans, mono), so a reader without it gets a close match."""
    from lxml import etree

    part = next((p for p in document.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml"), None)
    if part is None:
        return
    root = etree.fromstring(part.blob)
    known = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for name, alternative in fonts:
        if name in known:
            continue
        known.add(name)
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        if alternative:
            etree.SubElement(font, qn("w:altName")).set(qn("w:val"), alternative)
        lowered = name.lower()
        family = "modern" if "mono" in lowered else ("roman" if "serif" in lowered and "sans" not in lowered
                                                       else "swiss")
        etree.SubElement(font, qn("w:family")).set(qn("w:val"), family)
        etree.SubElement(font, qn("w:pitch")).set(qn("w:val"), "fixed" if family == "modern" else "variable")
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


CUSTOM_PROPERTIES = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"


def set_custom_property(document: Document, name: str, value: str) -> None:
    """A text property in docProps/custom.xml (File › Properties › Custom in Word)."""
    from xml.sax.saxutils import escape

    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">'
           f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="{escape(name)}">'
           f'<vt:lpwstr>{escape(value)}</vt:lpwstr></property></Properties>')
    package = document.part.package
    part = Part(PackURI("/docProps/custom.xml"), CUSTOM_PROPERTIES, xml.encode("utf-8"), package)
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)
