"""DOCX: paragraphs, heading styles and core properties, read from the OOXML without python-docx."""

import datetime as dt
import zipfile

import docx
import pytest

from briefing.ingest import read_document
from briefing.model import BriefingError


def make_docx(path, *, core_title="Quarterly trade note", created=dt.datetime(2025, 5, 3, 9, 0)):
    document = docx.Document()
    document.core_properties.title = core_title
    document.core_properties.author = "Desk Officer"
    document.core_properties.created = created
    document.add_heading("Trade Talks Resume", 0)
    document.add_paragraph("The minister said on Monday that the talks would resume in Geneva. "
                           "Officials were cautious.")
    document.add_heading("Background", 1)
    paragraph = document.add_paragraph("Talks collapsed in 2019 over ")
    paragraph.add_run("steel tariffs").bold = True
    paragraph.add_run(".")
    document.add_heading("Details", 2)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Border checks were the second sticking point."
    table.cell(0, 1).text = "Both sides agreed on quotas."
    document.add_heading("Outlook", 1)
    document.add_paragraph("Ministers will meet again in May, the statement said.")
    document.save(path)
    return path


def test_heading_styles_become_sections_and_the_title_style_the_title(tmp_path):
    doc = read_document(make_docx(tmp_path / "note.docx"))
    assert doc.title == "Trade Talks Resume"
    assert [(h.title, h.level) for h in doc.headings] == [("Background", 1), ("Details", 2), ("Outlook", 1)]
    for h in doc.headings:
        assert doc.text[h.start:h.end] == h.title
    assert doc.heading_of(doc.sentences[-1]).title == "Outlook"


def test_runs_and_table_cells_give_whole_sentences(tmp_path):
    doc = read_document(make_docx(tmp_path / "note.docx"))
    texts = [s.text for s in doc.sentences]
    assert texts[:2] == ["The minister said on Monday that the talks would resume in Geneva.", "Officials were cautious."]
    assert "Talks collapsed in 2019 over steel tariffs." in texts
    assert "Border checks were the second sticking point." in texts
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text


def test_core_properties_give_the_date_and_a_title_when_no_title_style(tmp_path):
    path = tmp_path / "plain.docx"
    document = docx.Document()
    document.core_properties.title = "Notes on the talks"
    document.core_properties.created = dt.datetime(2024, 2, 29, 12, 0)
    document.add_paragraph("The minister said on Monday that the talks would resume in Geneva.")
    document.save(path)
    doc = read_document(path)
    assert doc.title == "Notes on the talks" and doc.published == "2024-02-29"


def test_custom_style_based_on_a_heading_is_a_heading(tmp_path):
    path = tmp_path / "custom.docx"
    document = docx.Document()
    style = document.styles.add_style("Annex Heading", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Heading 2"]
    document.add_paragraph("The minister said on Monday that the talks would resume.")
    document.add_paragraph("Annex on Quotas", style="Annex Heading")
    document.add_paragraph("Quotas were agreed for steel and aluminium.")
    document.save(path)
    doc = read_document(path)
    assert [(h.title, h.level) for h in doc.headings] == [("Annex on Quotas", 2)]


def test_corrupt_docx_is_a_one_line_message(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 word/ this is not a zip archive at all" + bytes(200))
    with pytest.raises(BriefingError) as caught:
        read_document(path)
    assert "DOCX" in str(caught.value) and "\n" not in str(caught.value)


def test_docx_with_broken_xml_is_a_one_line_message(tmp_path):
    path = make_docx(tmp_path / "note.docx")
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    with pytest.raises(BriefingError, match="damaged DOCX"):
        read_document(broken)


def test_zip_that_is_not_a_word_document_is_refused(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(BriefingError, match="not a Word document"):
        read_document(path)


def test_caption_paragraphs_are_left_out(tmp_path):
    path = tmp_path / "captioned.docx"
    document = docx.Document()
    document.add_paragraph("The minister said on Monday that the talks would resume.")
    document.add_paragraph("Figure 1. Ministers shake hands in Geneva. Reuters", style="Caption")
    document.add_paragraph("Quotas were agreed for steel and aluminium.")
    document.save(path)
    doc = read_document(path)
    assert "shake hands" not in doc.text
    assert [s.text for s in doc.sentences] == ["The minister said on Monday that the talks would resume.",
                                               "Quotas were agreed for steel and aluminium."]


def test_the_blank_template_date_of_python_docx_is_no_publication_date(tmp_path):
    path = tmp_path / "undated.docx"
    document = docx.Document()          # never given its own date
    document.add_paragraph("The minister said on Monday that the talks would resume.")
    document.save(path)
    assert read_document(path).published is None


def _spoiled_entry(path, how):
    """The Word file at `path` with its document part's zip entry spoiled: its packed data, its
    compression method or its encryption flag (the entry's local header and directory record)."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    local = info.header_offset
    data = local + 30 + len(info.filename.encode()) + len(info.extra)
    central = raw.find(b"word/document.xml", raw.find(b"PK\x01\x02")) - 46
    if how == "packed data":
        raw[data + 10:data + 40] = bytes(30)
    elif how == "compression method":
        for at in (local + 8, central + 10):
            raw[at:at + 2] = (99).to_bytes(2, "little")
    else:
        for at in (local + 6, central + 8):
            raw[at] |= 1
    path.write_bytes(bytes(raw))
    return path


@pytest.mark.parametrize("how", ["packed data", "compression method", "encryption flag"])
def test_a_damaged_zip_entry_is_a_one_line_damaged_docx(tmp_path, how):
    path = _spoiled_entry(make_docx(tmp_path / "note.docx"), how)
    with pytest.raises(BriefingError) as caught:
        read_document(path)
    assert str(caught.value).startswith("damaged DOCX (word/document.xml cannot be unpacked")


@pytest.mark.parametrize("encoding", ["TTF-8", "rot13", "undefined", "shift_jis", "utf-16"])
def test_a_part_declaring_an_encoding_expat_cannot_use_is_a_one_line_damaged_docx(tmp_path, encoding):
    path = make_docx(tmp_path / "note.docx")
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    xml = parts["word/document.xml"]
    parts["word/document.xml"] = b'<?xml version="1.0" encoding="%s"?>' % encoding.encode() + xml[xml.index(b"?>") + 2:]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(BriefingError) as caught:
        read_document(path)
    assert str(caught.value).startswith("damaged DOCX (broken XML")
