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
    p = paragraph._p
    p.append(_field_char("begin"))
    p.append(_instruction(code))
    p.append(_field_char("separate"))
    p.append(_run(shown))
    p.append(_field_char("end"))


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
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    link.append(_run(text, style_id))
    paragraph._p.append(link)


def set_alt_text(inline: Any, description: str, title: str = "") -> None:
    """Alt text of a picture (what screen readers say; Word's "Alt Text" pane shows it)."""
    properties = inline._inline.docPr
    properties.set("descr", description)
    if title:
        properties.set("title", title)


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
    # pBdr comes after keepNext..pageBreakBefore and before shd/tabs/spacing/ind/jc
    follower = next((child for child in props if child.tag in {qn(t) for t in (
        "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:rPr")}), None)
    if follower is not None:
        follower.addprevious(borders)
    else:
        props.append(borders)


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
        # the schema puts updateFields before these; Word rejects it after them
        later = {qn(f"w:{t}") for t in ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars",
                                         "rsids", "mathPr", "attachedSchema", "themeFontLang",
                                         "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                                         "doNotAutoCompressPictures", "forceUpgrade", "captions",
                                         "readModeInkLockDown", "smartTagType", "schemaLibrary",
                                         "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
                                         "listSeparator")}
        follower = next((child for child in settings if child.tag in later), None)
        if follower is not None:
            follower.addprevious(flag)
        else:
            settings.append(flag)
    flag.set(qn("w:val"), "true")
