"""DOCX export, read back with python-docx and converted by LibreOffice as a reader would."""

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

import export_samples as samples
from briefing.export import write_brief
from briefing.export.docx_writer import render_docx
from briefing.export.style import resolve_style
from briefing.model import (
    Brief,
    BriefingError,
)


def sample_brief(**overrides) -> Brief:
    return samples.sample_brief(**{"marking": "OFFICIAL-SENSITIVE", **overrides})


STATEMENTS = ["Park Byeong-seug met Chinese Foreign Minister Wang Yi in Beijing.",
              "President 이재명 plans a state visit in January.",
              "Seoul protested the platforms in the Yellow Sea.",
              "Leaders meet at the APEC summit in Gyeongju.",
              "China is willing to work with South Korea.",
              "The visit is set for early January.", "The visit may slip to the spring."]


@pytest.fixture
def docx_path(tmp_path) -> Path:
    path = tmp_path / "brief.docx"
    render_docx(sample_brief(), path, {"cover": "full"})    # short: it would get the compact cover
    return path


def paragraphs_in(document) -> list:
    cells = [p for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    return list(document.paragraphs) + cells


def test_sections_are_word_headings_and_empty_ones_are_skipped(docx_path):
    document = docx.Document(docx_path)
    by_style = {}
    for p in document.paragraphs:
        by_style.setdefault(p.style.name, []).append(p.text)
    assert by_style["Title"] == ["Séoul–Beijing relations"]
    assert by_style["Subtitle"] == ["Briefing pack"]
    assert by_style["Heading 1"] == ["Bottom line up front", "Key actors", "Open issues", "Timeline",
                                     "Key quotes", "Conflicting reports", "Sources"]
    assert by_style["TOC Heading"] == ["Contents"]        # a heading outside the outline's hierarchy
    assert by_style["Heading 2"] == ["Steel structures in the West Sea", "Visit date"]
    assert any(t.startswith("Park Byeong-seug met") for t in by_style["List Bullet"])
    assert by_style["Quote"] == ["“China is willing to work with South Korea.”"]


def test_every_statement_is_in_the_document_with_bracketed_citations(docx_path):
    text = "\n".join(p.text for p in paragraphs_in(docx.Document(docx_path)))
    for statement in STATEMENTS:
        assert statement in text
    assert "Park Byeong-seug met Chinese Foreign Minister Wang Yi in Beijing. [1,\u00a02]" in text
    assert "— Wang Yi [1]" in text


def test_actors_and_timeline_are_styled_tables_with_a_repeating_header(docx_path):
    actors, timeline = docx.Document(docx_path).tables
    assert [c.text for c in actors.rows[0].cells] == ["Actor", "Role", "Sources"]
    assert actors.rows[1].cells[0].text.startswith("习近平")
    assert "President of China, China" not in actors.rows[1].cells[1].text    # affiliation said once
    assert actors.rows[1].cells[2].text == "[1, 2]"
    assert [c.text for c in timeline.rows[0].cells] == ["Date", "Event"]
    assert timeline.rows[1].cells[0].text == "31 Oct 2025"
    for table in (actors, timeline):
        assert table.style is not None and table.style.name == "Brief Table"
        assert table.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None


def test_citations_link_to_bookmarks_in_the_numbered_source_list(docx_path):
    body = docx.Document(docx_path).element.body
    anchors = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))]
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    citation_anchors = [a for a in anchors if a.startswith("source_")]
    assert len(citation_anchors) >= 12
    assert set(citation_anchors) == {"source_1", "source_2"} and set(anchors) <= bookmarks


def test_source_list_is_numbered_and_shows_flags(docx_path):
    entries = [p.text for p in docx.Document(docx_path).paragraphs if p.style.name == "Source Entry"]
    assert entries[0].startswith("[1]\tKorea Herald — Envoy visits Beijing — 24 August 2025 (dateline)")
    assert "docs/" not in entries[0] and "machine paraphrase" in entries[0]
    assert entries[1].startswith("[2]\tSummit plans — 25 August 2025 (PDF properties)") and "⚑" not in entries[1]


def test_header_and_footer_carry_the_marking_and_page_x_of_y_fields(docx_path):
    document = docx.Document(docx_path)
    section = document.sections[0]
    for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
        assert "OFFICIAL-SENSITIVE" in [p.text for p in part.paragraphs]
    for footer in (section.footer, section.first_page_footer):
        fields = [t.text.strip() for t in footer._element.iter(qn("w:instrText"))]
        assert fields == ["PAGE", "NUMPAGES"]
        assert "Page 1 of 1" in "".join(p.text for p in footer.paragraphs)
    assert "Séoul–Beijing relations" in section.header.paragraphs[1].text


def test_contents_is_a_toc_field_whose_lines_are_written_so_word_asks_nothing_on_open(docx_path):
    document = docx.Document(docx_path)
    codes = [t.text.strip() for t in document.element.body.iter(qn("w:instrText"))]
    toc = next(code for code in codes if code.startswith("TOC "))
    assert "\\n" in toc.split()                 # no page numbers: the written lines are the whole result
    assert document.settings.element.find(qn("w:updateFields")) is None
    lines = [p.text for p in document.paragraphs if p.style.name == "toc 1"]
    assert lines == ["Bottom line up front", "Key actors", "Open issues", "Timeline", "Key quotes",
                     "Conflicting reports", "Sources"]


def test_page_size_metadata_and_edited_marker(tmp_path):
    path = tmp_path / "letter.docx"
    render_docx(sample_brief(), path, {"page": {"size": "Letter"}, "edited_marker": "*"})
    document = docx.Document(path)
    assert (round(document.sections[0].page_width.mm), round(document.sections[0].page_height.mm)) == (216, 279)
    props = document.core_properties
    assert (props.title, props.author, props.subject) == ("Séoul–Beijing relations", "Zoë Müller", "Briefing pack")
    edited = next(p for p in document.paragraphs if p.text.startswith("President 이재명"))
    assert edited.runs[-1].text == "*" and edited.runs[-1].font.superscript


def test_reference_docx_supplies_styles_headers_and_page_setup(tmp_path):
    reference = docx.Document()
    reference.styles["Normal"].font.name = "Arial Narrow"
    reference.styles["Heading 1"].font.name = "Impact"
    reference.sections[0].header.paragraphs[0].text = "ACME Policy Unit"
    reference.sections[0].left_margin = docx.shared.Mm(40)
    reference.add_paragraph("Sample text that must not appear")
    reference.save(tmp_path / "reference.docx")
    path = tmp_path / "brief.docx"
    render_docx(sample_brief(), path, {"docx": {"reference": str(tmp_path / "reference.docx")}})
    document = docx.Document(path)
    assert document.styles["Normal"].font.name == "Arial Narrow"
    assert document.styles["Heading 1"].font.name == "Impact"
    assert document.sections[0].header.paragraphs[0].text == "ACME Policy Unit"
    assert round(document.sections[0].left_margin.mm) == 40
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Sample text" not in text and STATEMENTS[0] in text


def test_compact_cover_has_no_contents_and_no_page_break(tmp_path):
    path = tmp_path / "compact.docx"
    render_docx(sample_brief(), path, {"cover": "compact"})
    document = docx.Document(path)
    assert not [t for t in document.element.body.iter(qn("w:instrText")) if "TOC" in t.text]
    assert not [b for b in document.element.body.iter(qn("w:br")) if b.get(qn("w:type")) == "page"]
    assert document.paragraphs[1].text == ("Briefing pack · Zoë Müller · Compiled 23 November 2026 · "
                                           "Information as of 25 August 2025")


def test_missing_reference_is_a_clear_error_and_leaves_the_old_file(tmp_path):
    path = tmp_path / "brief.docx"
    path.write_bytes(b"old")
    with pytest.raises(BriefingError, match="reference .docx .*nowhere.docx not found"):
        write_brief(sample_brief(), path, style={"docx": {"reference": str(tmp_path / "nowhere.docx")}})
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.docx"]


def test_export_into_a_missing_folder_names_the_folder(tmp_path):
    with pytest.raises(BriefingError, match="does not exist"):
        write_brief(sample_brief(), tmp_path / "nowhere" / "brief.docx")


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) or pdftotext not installed")
def test_libreoffice_opens_the_docx_and_keeps_its_text(docx_path, tmp_path):
    out = tmp_path / "lo"
    result = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                             "--convert-to", "pdf", "--outdir", str(out), str(docx_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out / "brief.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    text = " ".join(text.split())
    for statement in STATEMENTS:
        assert statement in text
    assert "OFFICIAL-SENSITIVE" in text and "Page 1 of" in text


def test_logo_from_the_style_is_placed_on_the_cover(tmp_path):
    from PIL import Image
    logo = tmp_path / "logo.png"
    Image.new("RGB", (160, 60), "#1f3a5f").save(logo)
    path = tmp_path / "logo.docx"
    render_docx(sample_brief(), path, {"logo": str(logo), "logo_height_mm": 12})
    document = docx.Document(path)
    assert len(document.inline_shapes) == 1
    assert round(document.inline_shapes[0].height.mm) == 12
    assert document.paragraphs[1].style.name == "Title"      # the logo comes first


def test_document_properties_carry_the_brief_creation_time(docx_path):
    properties = docx.Document(str(docx_path)).core_properties
    assert properties.created.isoformat().startswith("2026-11-23T13:40:00")
    assert properties.title == sample_brief().title


def test_table_headers_print_light_on_their_fill_and_line_up_with_the_rows_below(docx_path):
    """The header's colour is on its runs (the Normal style's dark text would outrank the table
    style's), and its cells are as wide as the columns (Word lays out each row by its own cells)."""
    header_text = resolve_style(None)["colours"]["table_header_text"].lstrip("#").upper()
    for table in docx.Document(docx_path).tables:
        for cell in table.rows[0].cells:
            assert all(str(run.font.color.rgb) == header_text for run in cell.paragraphs[0].runs)
        assert [c.width for c in table.rows[0].cells] == [c.width for c in table.rows[1].cells]


def test_table_labels_are_in_the_headings_family_as_in_the_pdf(docx_path):
    headings = resolve_style(None)["fonts"]["headings"]
    actors, timeline = docx.Document(docx_path).tables
    labels = [*actors.rows[0].cells, *timeline.rows[0].cells, actors.rows[1].cells[0], timeline.rows[1].cells[0]]
    for cell in labels:
        assert {run.font.name for p in cell.paragraphs for run in p.runs} == {headings}, cell.text


def test_a_long_title_in_the_running_header_is_cut_to_one_line_as_in_the_pdf(tmp_path):
    title = ("What the harbour closure, the ferry strike and the insurers' estimates mean for the islands, "
             "their schools and their hospitals over the coming year")
    document = docx.Document(write_brief(samples.sample_brief(title=title), tmp_path / "b.docx"))
    running = next(p for p in document.sections[0].header.paragraphs if "November 2026" in p.text)
    left = running.text.split("\t")[0]
    assert left.endswith(" …") and title.startswith(left[:-2]) and len(left) < 90
