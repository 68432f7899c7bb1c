"""Word (.docx): paragraphs, Title and Heading 1–6 styles, and the core properties, from the OOXML.

Read straight from the zip (only `export` may use python-docx): word/document.xml for the text,
word/styles.xml for style names and outline levels, docProps/core.xml for title and dates.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from briefing.ingest.dateline import find_dateline, parse_date
from briefing.ingest.metadata import DATELINE, DOCX_CORE, find_byline, first_date
from briefing.ingest.structure import Extracted, KnownHeading, check_length
from briefing.model import BriefingError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CORE = {"dc": "http://purl.org/dc/elements/1.1/", "dcterms": "http://purl.org/dc/terms/"}
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
MAX_PART_BYTES = 200 * 2**20       # uncompressed; a larger part is a zip bomb, not a document
HEADING_STYLE = re.compile(r"^heading\s*([1-6])$")
# Contents entries, captions, running heads and footers: not body text, left out of the text
FURNITURE_STYLE = re.compile(r"^(toc\s*\d|toc heading|table of figures|caption|header|footer|index\s*\d)")
SKIPPED = -1
# Runs of text inside a paragraph: what each element contributes.
CHARACTERS = {W + "tab": " ", W + "br": " ", W + "cr": " ", W + "noBreakHyphen": "\u2011", W + "softHyphen": ""}
# python-docx's blank template carries this date; a file made with it and never given its own
# date does not date the document
TEMPLATE_DATE = "2013-12-23T23:15:00Z"
PLACEHOLDER_TITLES = frozenset({"", "document", "untitled", "title", "word document"})
# creators that programs and templates write when no person is known (python-docx writes "python-docx")
PLACEHOLDER_AUTHORS = frozenset({"python-docx", "author", "user", "admin", "administrator", "unknown",
                                 "microsoft office user", "windows user"})


def _part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise BriefingError(f"{name} inside the DOCX is too large ({info.file_size / 2**20:.0f} MB unpacked)")
    try:
        return archive.read(info)
    except MemoryError:
        raise
    except Exception as exc:     # zipfile, zlib, bz2 or lzma on damaged data, an encrypted or odd entry
        raise BriefingError(f"damaged DOCX ({name} cannot be unpacked: {type(exc).__name__})") from None


def _main_part_name(archive: zipfile.ZipFile) -> str:
    rels = _part(archive, "_rels/.rels")
    if rels:
        for rel in ET.fromstring(rels).iter(REL + "Relationship"):
            if rel.get("Type") == OFFICE_DOCUMENT and rel.get("Target"):
                return rel.get("Target", "").lstrip("/")
    return "word/document.xml"


def _styles(archive: zipfile.ZipFile) -> dict[str, int]:
    """Paragraph style id -> heading level (0 for Title, SKIPPED for furniture styles)."""
    raw = _part(archive, "word/styles.xml")
    if not raw:
        return {}
    levels: dict[str, int] = {}
    based_on: dict[str, str] = {}
    for style in ET.fromstring(raw).iter(W + "style"):
        if style.get(W + "type") not in (None, "paragraph"):
            continue
        style_id = style.get(W + "styleId") or ""
        name_el = style.find(W + "name")
        name = (name_el.get(W + "val") or "").strip().lower() if name_el is not None else ""
        heading = HEADING_STYLE.match(name)
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        if FURNITURE_STYLE.match(name):
            levels[style_id] = SKIPPED
        elif name == "title":
            levels[style_id] = 0
        elif heading:
            levels[style_id] = int(heading.group(1))
        elif outline is not None and (outline.get(W + "val") or "9").isdigit() and int(outline.get(W + "val")) < 6:
            levels[style_id] = int(outline.get(W + "val")) + 1
        parent = style.find(W + "basedOn")
        if parent is not None and parent.get(W + "val"):
            based_on[style_id] = parent.get(W + "val", "")
    for style_id, parent in based_on.items():     # "My Heading" based on Heading 2 is a heading 2
        seen = {style_id}
        while style_id not in levels and parent in based_on and parent not in seen and parent not in levels:
            seen.add(parent)
            parent = based_on[parent]
        if style_id not in levels and parent in levels:
            levels[style_id] = levels[parent]
    return levels


def _paragraph_text(paragraph: ET.Element) -> str:
    """The visible text of a paragraph; text boxes and fallback copies are read on their own."""
    pieces: list[str] = []
    stack = [paragraph]
    while stack:
        element = stack.pop()
        tag = element.tag
        if tag == W + "t":
            pieces.append(element.text or "")
        elif tag in CHARACTERS:
            pieces.append(CHARACTERS[tag])
        if tag in (W + "txbxContent", MC_FALLBACK, W + "del") or (tag == W + "p" and element is not paragraph):
            continue
        stack.extend(reversed(list(element)))
    return " ".join("".join(pieces).split())


def _paragraphs(body: ET.Element) -> list[ET.Element]:
    """Every paragraph in reading order, including those in tables and text boxes."""
    found: list[ET.Element] = []
    stack = [body]
    while stack:
        element = stack.pop()
        if element.tag == W + "p":
            found.append(element)
        if element.tag in (MC_FALLBACK, W + "del"):
            continue
        stack.extend(reversed(list(element)))
    return found


def _level(paragraph: ET.Element, styles: dict[str, int]) -> int | None:
    props = paragraph.find(W + "pPr")
    if props is None:
        return None
    style = props.find(W + "pStyle")
    if style is not None and style.get(W + "val") in styles:
        return styles[style.get(W + "val", "")]
    outline = props.find(W + "outlineLvl")
    value = outline.get(W + "val") if outline is not None else None
    return int(value) + 1 if value and value.isdigit() and int(value) < 6 else None


def _core(archive: zipfile.ZipFile) -> dict[str, str]:
    raw = _part(archive, "docProps/core.xml")
    if not raw:
        return {}
    root = ET.fromstring(raw)
    out = {}
    for key, path in (("title", "dc:title"), ("creator", "dc:creator"), ("created", "dcterms:created"),
                      ("modified", "dcterms:modified")):
        element = root.find(path, CORE)
        if element is not None and element.text and element.text.strip():
            out[key] = " ".join(element.text.split())
    return out


def read_docx(path: Path, raw: bytes) -> Extracted:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except MemoryError:
        raise
    except Exception:            # BadZipFile, or whatever else a damaged directory makes zipfile raise
        raise BriefingError("not a valid DOCX (the file is damaged or not a Word document)") from None
    with archive:
        try:
            document = _part(archive, _main_part_name(archive)) or _part(archive, "word/document.xml")
            if document is None:
                raise BriefingError("not a Word document (the DOCX has no word/document.xml)")
            root = ET.fromstring(document)
            styles = _styles(archive)
            core = _core(archive)
        except ET.ParseError as exc:
            raise BriefingError(f"damaged DOCX (broken XML: {exc})") from None
        except (LookupError, ValueError) as exc:      # an XML declaration naming an encoding expat cannot use
            raise BriefingError(f"damaged DOCX (broken XML: {' '.join(str(exc).split())[:100]})") from None
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            raise BriefingError(f"damaged DOCX ({' '.join(str(exc).split())[:100]})") from None
    body = root.find(W + "body")
    if body is None:
        raise BriefingError("not a Word document (no document body)")

    parts: list[str] = []
    length = 0
    headings: list[KnownHeading] = []
    visible_title = None
    for paragraph in _paragraphs(body):
        level = _level(paragraph, styles)
        text = _paragraph_text(paragraph)
        if not text or level == SKIPPED:
            continue
        if parts:
            parts.append("\n\n")
            length += 2
        start = length
        parts.append(text)
        length += len(text)
        check_length(length)        # a longer text is refused: no need to read every paragraph
        if level is not None:
            if level == 0 and visible_title is None and not headings and start == 0:
                visible_title = text
            headings.append(KnownHeading(text, max(level, 1), start, length))
    text = "".join(parts) + "\n" if parts else ""

    stated_title = core.get("title", "")
    title = visible_title or (stated_title if stated_title.casefold() not in PLACEHOLDER_TITLES else None)
    stated, outlet = find_dateline(text)
    # a date the text states beats the file's: created and modified say when the file was made
    made = [core.get(k, "") for k in ("created", "modified") if core.get(k, "") != TEMPLATE_DATE]
    published, date_source = first_date((stated, DATELINE),
                                        (next((d for d in map(parse_date, made) if d), None), DOCX_CORE))
    author = find_byline(text) or _usable_author(core.get("creator"))
    # a document without heading styles is a plain text in Word: its headline and title-like
    # lines are found from the text, as the plain-text reader finds them
    return Extracted(text=text, title=title, headings=headings or None, published=published, outlet=outlet,
                     date_source=date_source, author=author)


def _usable_author(creator: str | None) -> str | None:
    """The core properties' creator, unless it is a program's or a template's placeholder."""
    if not creator or creator.casefold() in PLACEHOLDER_AUTHORS:
        return None
    return creator
