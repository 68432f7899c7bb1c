"""PDF export, read back with pypdf, pdftotext, pdffonts and qpdf as a reader's tools would."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.export import write_brief
from briefing.export.pdf_writer import render_pdf
from briefing.model import (
    Brief,
    BriefingError,
    Event,
    Issue,
    Section,
    Statement,
)
from briefing.resources import asset
from export_samples import cite, sample_brief

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                                   reason="poppler-utils not installed")


def all_statement_texts(brief: Brief) -> list[str]:
    texts = []
    for section in brief.sections:
        texts += [s.text for s in section.statements]
        texts += [s.text for i in section.issues for s in i.statements]
        texts += [s.text for c in section.items for s in c.statements]
        texts += [e.text for e in section.events] + [q.text for q in section.quotes]
    return texts


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


FULL_COVER = {"cover": "full"}       # the sample is short: left to itself it gets the compact cover


@pytest.fixture
def pdf(tmp_path) -> Path:
    path = tmp_path / "brief.pdf"
    render_pdf(sample_brief(), path, FULL_COVER)
    return path


@needs_poppler
def test_pdftotext_finds_every_statement_and_the_cjk_names(pdf):
    text = pdf_text(pdf)
    for statement in all_statement_texts(sample_brief()):
        assert statement in text
    for name in ("이재명", "习近平", "高市早苗", "Zoë Müller", "Séoul–Beijing relations"):
        assert name in text


@needs_poppler
def test_every_font_in_the_pdf_is_embedded(pdf):
    rows = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    fonts = rows.splitlines()[2:]
    assert fonts, "no fonts listed"
    for row in fonts:
        embedded = row.split()[-5]        # columns: name type encoding emb sub uni id gen
        assert embedded == "yes", row
    assert any("DroidSansFallback" in row for row in fonts)   # the CJK names needed the fallback


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf not installed")
def test_pdf_passes_qpdf_check(pdf):
    result = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_outline_has_one_top_level_entry_per_printed_section(pdf):
    outline = PdfReader(pdf).outline
    top = [entry.title for entry in outline if not isinstance(entry, list)]
    assert top == ["Bottom line up front", "Key actors", "Open issues", "Timeline", "Key quotes",
                   "Conflicting reports", "Sources"]       # the empty Background is skipped
    nested = [e.title for entry in outline if isinstance(entry, list) for e in entry]
    assert nested == ["Steel structures in the West Sea", "Visit date"]


def test_metadata_names_title_author_and_subject(pdf):
    meta = PdfReader(pdf).metadata
    assert meta.title == "Séoul–Beijing relations"
    assert meta.author == "Zoë Müller"
    assert "Briefing pack" in meta.subject and "TLP:AMBER" in meta.subject


@needs_poppler
def test_every_page_carries_the_marking_and_page_x_of_y(pdf):
    reader = PdfReader(pdf)
    total = len(reader.pages)
    assert total >= 2
    assert reader.page_labels == [str(n) for n in range(1, total + 1)]
    for number in range(1, total + 1):
        page = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert page.count("TLP:AMBER") >= 2, f"page {number} lacks the marking top and bottom"
        assert f"Page {number} of {total}" in page


def test_citations_are_links_to_the_numbered_source_list(pdf):
    reader = PdfReader(pdf)
    sources_page = next(n for n, page in enumerate(reader.pages) if "Envoy visits Beijing" in page.extract_text())
    links = [annot.get_object()["/Dest"] for page in reader.pages for annot in page.get("/Annots", [])
             if annot.get_object()["/Subtype"] == "/Link"]
    citation_links = [dest for dest in links if dest[1] == "/XYZ"]     # contents lines use /Fit
    assert len(citation_links) >= 12                                     # every bracketed number
    for target_page, *_ in citation_links:
        assert reader.get_page_number(target_page.get_object()) == sources_page


@needs_poppler
def test_contents_lists_the_sections_with_page_numbers(pdf):
    first_page = subprocess.run(["pdftotext", "-layout", "-l", "1", str(pdf), "-"], capture_output=True,
                                text=True, check=True).stdout
    assert re.search(r"Key actors[ .]+\d+", first_page)
    assert "Background" not in first_page


@needs_poppler
def test_long_table_splits_across_pages_and_repeats_its_header(tmp_path):
    events = [Event(f"2025-01-{day:02d}", "", f"Event number {day} happened in the capital today.", cite())
              for day in range(1, 29)] * 4
    brief = sample_brief(sections=[Section("timeline", "Timeline", events=events)])
    path = tmp_path / "long.pdf"
    render_pdf(brief, path, {"cover": "compact"})
    pages = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"], capture_output=True,
                            text=True, check=True).stdout for n in range(1, len(PdfReader(path).pages) + 1)]
    assert len(pages) >= 3
    for page in pages:
        assert re.search(r"^Date\s*$", page, re.M) and re.search(r"^Event\s*$", page, re.M)


def test_a_section_heading_never_ends_a_page_whose_room_its_tables_first_row_does_not_fit(tmp_path):
    """Wherever the text before it ends, the Timeline heading goes on the page of the table's
    first row (reportlab moves a table whose header and first row do not fit to the next page)."""
    long_event = " ".join(["The coastal council met the port authority and the union again today."] * 12)
    events = [Event("2025-01-02", "", long_event, cite()), Event("2025-01-03", "", "It rained.", cite())]
    line = "The ferry timetable changes next month, the harbour council said today."
    stranded = []
    for filler in range(20, 34):
        brief = sample_brief(sections=[Section("background", "Background", statements=[
            Statement(line, cite()) for _ in range(filler)]), Section("timeline", "Timeline", events=events)])
        path = tmp_path / f"b{filler}.pdf"
        render_pdf(brief, path, {"cover": "compact"})
        for page in PdfReader(path).pages:
            lines = [x.strip() for x in page.extract_text().splitlines() if x.strip()]
            body = [x for x in lines if x != "TLP:AMBER" and not x.startswith("Page ")]
            if body and body[-1] == "Timeline":
                stranded.append(filler)
    assert stranded == []


def test_letter_and_a4_page_sizes_come_from_the_style(tmp_path):
    sizes = {}
    for name in ("A4", "Letter"):
        path = tmp_path / f"{name}.pdf"
        render_pdf(sample_brief(), path, {"page": {"size": name}})
        box = PdfReader(path).pages[0].mediabox
        sizes[name] = (round(float(box.width)), round(float(box.height)))
    assert sizes == {"A4": (595, 842), "Letter": (612, 792)}


def test_compact_cover_keeps_a_short_brief_on_one_page(tmp_path):
    brief = sample_brief(sections=[
        Section("summary", "Summary", statements=[Statement(f"Point {n} was made by the minister.", cite())
                                                  for n in range(5)]),
        Section("issues", "Issues", issues=[Issue(f"Issue {n}", statements=[
            Statement("Officials disagree about the next step.", cite())]) for n in range(3)]),
        Section("outlook", "Outlook", statements=[Statement("Talks resume in March.", cite("S2"))] * 3)])
    path = tmp_path / "one.pdf"
    render_pdf(brief, path, {"cover": "compact"})
    assert len(PdfReader(path).pages) == 1


def test_logo_from_the_style_is_drawn_on_the_cover(tmp_path):
    from PIL import Image
    logo = tmp_path / "logo.png"
    Image.new("RGB", (160, 60), "#1f3a5f").save(logo)
    path = tmp_path / "logo.pdf"
    render_pdf(sample_brief(), path, {"logo": str(logo)})
    assert PdfReader(path).pages[0].images


def test_missing_logo_is_a_clear_error_and_leaves_the_old_file(tmp_path):
    path = tmp_path / "brief.pdf"
    path.write_bytes(b"old")
    with pytest.raises(BriefingError, match="logo .*nowhere.png not found"):
        render_pdf(sample_brief(), path, {"logo": str(tmp_path / "nowhere.png")})
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]     # no temporary left behind


def test_read_only_target_gives_a_clear_message(tmp_path):
    path = tmp_path / "brief.pdf"
    path.write_bytes(b"old")
    path.chmod(0o444)
    try:
        with pytest.raises(BriefingError, match="read-only"):
            write_brief(sample_brief(), path)
        assert path.read_bytes() == b"old"
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize("style, message", [
    ({"page": {"size": "A5"}}, "page size"),
    ({"tables": {"timeline_columns": [1]}}, "timeline_columns"),
    ({"sizes": {"body": "big"}}, "sizes.body"),
    ({"fonts": {"body": "No Such Font"}}, "neither a bundled family"),
])
def test_bad_style_values_are_reported_by_name(tmp_path, style, message):
    with pytest.raises(BriefingError, match=message):
        render_pdf(sample_brief(), tmp_path / "x.pdf", style)


SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BUNDLED_TEMPLATES = sorted(p.stem for p in asset("templates").glob("*.yaml"))


@needs_poppler
@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seeds are not here")
@pytest.mark.parametrize("template", BUNDLED_TEMPLATES)
def test_every_bundled_template_exports_the_seeds_to_pdf_and_docx(template, tmp_path, monkeypatch):
    import docx

    from briefing.export.printed import visible_sections
    from briefing.model import run_to_end
    from briefing.services import build, export

    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    brief = run_to_end(build([SEEDS], template)).brief
    sections = [s.title for s in visible_sections(brief)]
    pdf = export(brief, tmp_path / "brief.pdf", template=template)
    outline = [e.title for e in PdfReader(pdf).outline if not isinstance(e, list)]
    assert outline == sections
    text = pdf_text(pdf)
    first = next(s for s in brief.sections if s.statements).statements[0]
    assert " ".join(first.text.split()) in text
    document = docx.Document(export(brief, tmp_path / "brief.docx", template=template))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == sections


def test_template_style_overrides_the_default_key_by_key():
    from briefing.export.style import marking_colour, resolve_style
    style = resolve_style({"page": {"margins_mm": {"left": 30}}, "colours": {"accent": "#ff0000"},
                           "cover": "compact"})
    assert style["page"]["margins_mm"]["left"] == 30
    assert style["page"]["margins_mm"]["right"] == resolve_style(None)["page"]["margins_mm"]["right"]
    assert style["colours"]["accent"] == "#ff0000" and style["colours"]["heading"]
    assert style["toc"] is False                      # auto: no contents under a compact title block
    assert marking_colour(style, "TLP:AMBER+STRICT") == style["marking"]["colours"]["TLP:AMBER"]
    assert marking_colour(style, "whatever") == style["marking"]["default_colour"]


def test_same_brief_gives_a_byte_identical_pdf_under_source_date_epoch(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    render_pdf(sample_brief(), first)
    render_pdf(sample_brief(), second)
    assert first.read_bytes() == second.read_bytes()


@needs_poppler
def test_source_list_shows_outlet_date_and_where_the_date_came_from(pdf):
    text = " ".join(pdf_text(pdf).split())
    assert "Korea Herald — Envoy visits Beijing — 24 August 2025 (dateline)" in text
    assert "Summit plans — 25 August 2025 (PDF properties)" in text
