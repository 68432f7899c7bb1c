"""The finish a reader who must act on a brief expects: how current it is, sources as a reader
cites them, one look across PDF and DOCX, markings to their standard, accessibility basics,
comfortable lines and no near-empty pages. Read back with pypdf, pdftotext, pdfium, python-docx."""

import shutil
import statistics
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from briefing.export import write_brief
from briefing.export.printed import estimated_pages, settle_cover, source_entry
from briefing.export.style import marking_background, marking_colour, resolve_style
from briefing.model import Actor, Citation, Section, Source, Statement, run_to_end
from briefing.resources import asset
from export_samples import sample_brief

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "dev"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def pdf_pages(path: Path, layout: bool = False) -> list[str]:
    count = len(PdfReader(path).pages)
    return [subprocess.run(["pdftotext", *(["-layout"] if layout else []), "-f", str(n), "-l", str(n), str(path), "-"],
                           capture_output=True, text=True, check=True).stdout for n in range(1, count + 1)]


# --- cover and title -------------------------------------------------------------------------

@needs_poppler
def test_cover_says_when_it_was_compiled_and_how_current_its_information_is(tmp_path):
    pdf = write_brief(sample_brief(), tmp_path / "b.pdf")
    first = " ".join(pdf_pages(pdf)[0].split())
    assert "Compiled 23 November 2026" in first and "Information as of 25 August 2025" in first
    document = docx.Document(write_brief(sample_brief(), tmp_path / "b.docx"))
    assert "Information as of 25 August 2025" in "\n".join(p.text for p in document.paragraphs[:4])


def test_a_short_brief_gets_the_compact_cover_and_a_long_one_the_title_page(tmp_path):
    style = resolve_style(None)
    short = sample_brief()
    assert settle_cover(style, short)["cover"] == "compact" and settle_cover(style, short)["toc"] is False
    text = "The harbour council said the ferry timetable would change again next month after talks. " * 2
    long = sample_brief(sections=[Section("background", "Background", statements=[
        Statement(text, [Citation("S1", 0, 0, 5)]) for _ in range(220)])])
    assert estimated_pages(long, style) >= 10
    settled = settle_cover(style, long)
    assert settled["cover"] == "full" and settled["toc"] is True
    assert settle_cover(resolve_style({"cover": "full"}), short)["cover"] == "full"    # the template's word
    pdf = write_brief(short, tmp_path / "short.pdf")
    assert "Bottom line up front" in PdfReader(pdf).pages[0].extract_text()     # content starts on page 1


def test_page_estimate_is_close_to_the_pdf_for_briefs_of_every_length(tmp_path):
    text = "The harbour council said the ferry timetable would change again next month after talks."
    for count in (10, 60, 150):
        brief = sample_brief(sections=[Section("background", "Background", statements=[
            Statement(text, [Citation("S1", 0, 0, 5)]) for _ in range(count)])])
        pdf = write_brief(brief, tmp_path / f"{count}.pdf", style={"cover": "compact"})
        real = len(PdfReader(pdf).pages)
        assert abs(estimated_pages(brief, resolve_style(None)) - real) <= max(1.5, real * 0.25)


# --- sources ---------------------------------------------------------------------------------

def test_a_source_is_listed_by_outlet_headline_date_address_and_flags_without_its_folders():
    source = Source("S1", "Ferries held at anchor", "/home/someone/private/cases/ferry.html", "Coast Post",
                    "2025-03-05", flags=["machine-paraphrase"], date_source="html-meta",
                    url="https://coastpost.example/ferries")
    entry = source_entry(source, 1)
    assert entry.plain() == ("Coast Post — Ferries held at anchor — 5 March 2025 (page metadata) — "
                             "https://coastpost.example/ferries ⚑ machine paraphrase")
    assert "private" not in entry.plain() and "ferry.html" not in entry.plain()
    assert "/home/someone/private/cases/ferry.html" in source_entry(source, 1, show_path=True).plain()


def test_a_source_that_states_only_its_month_or_year_is_dated_in_words():
    month = Source("S1", "Quay reopens", "a.txt", "Coast Post", "2024-08", date_source="dateline")
    year = Source("S2", "Quay history", "b.txt", "Coast Post", "2019", date_source="dateline")
    assert source_entry(month, 1).date == "August 2024 (dateline)"
    assert source_entry(year, 2).date == "2019 (dateline)"


def test_the_docx_properties_say_nothing_of_the_library_that_wrote_it(tmp_path):
    properties = docx.Document(write_brief(sample_brief(), tmp_path / "b.docx")).core_properties
    assert "python-docx" not in properties.comments


def test_a_generated_label_is_marked_and_the_file_name_helps_find_the_document():
    source = Source("S2", "The council voted on Monday to close the quay for a …", "/data/in/notes-0412.txt",
                    title_generated=True)
    entry = source_entry(source, 2)
    assert entry.plain() == "Untitled; opens “The council voted on Monday to close the quay for a …” — notes-0412.txt"
    bare = source_entry(Source("S3", "notes-0413", "/data/in/notes-0413.txt", title_generated=True), 3)
    assert bare.plain() == "notes-0413.txt"          # the file name only as the last resort


def test_exports_show_no_folder_path_unless_the_template_asks(tmp_path):
    brief = sample_brief(sources=[Source("S1", "Envoy visits Beijing", "/home/someone/secret/one.txt",
                                         "Korea Herald", "2025-08-24"),
                                  Source("S2", "Summit plans", "/home/someone/secret/two.pdf", None, "2025-08-25")])
    for fmt in ("pdf", "docx", "md"):
        path = write_brief(brief, tmp_path / f"b.{fmt}")
        text = (" ".join(p.extract_text() for p in PdfReader(path).pages) if fmt == "pdf" else
                "\n".join(p.text for p in docx.Document(path).paragraphs) if fmt == "docx" else
                path.read_text(encoding="utf-8"))
        assert "secret" not in text, fmt
        assert "two.pdf" in text, fmt                    # no outlet, no address: its file name
    pdf = write_brief(brief, tmp_path / "paths.pdf", style={"source_paths": True})
    assert "/home/someone/secret/one.txt" in " ".join(p.extract_text() for p in PdfReader(pdf).pages)


# --- markings --------------------------------------------------------------------------------

def _luminance(hex_colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("marking, colour", [("TLP:RED", "#ff2b2b"), ("TLP:AMBER", "#ffc000"),
                                             ("TLP:AMBER+STRICT", "#ffc000"), ("TLP:GREEN", "#33ff00"),
                                             ("TLP:CLEAR", "#ffffff")])
def test_tlp_markings_are_the_first_colours_on_black_and_legible_in_grey(marking, colour):
    style = resolve_style(None)
    assert marking_colour(style, marking) == colour and marking_background(style, marking) == "#000000"
    assert _contrast(colour, "#000000") >= 4.5
    grey = round(_luminance(colour) ** (1 / 2.2) * 255)           # as black-and-white print shows it
    assert _contrast(f"#{grey:02x}{grey:02x}{grey:02x}", "#000000") >= 4.5


def test_other_markings_are_legible_on_white_in_grey():
    style = resolve_style(None)
    for marking in ("SECRET", "CONFIDENTIAL", "OFFICIAL-SENSITIVE", "UNCLASSIFIED"):
        assert marking_background(style, marking) is None
        assert _contrast(marking_colour(style, marking), "#ffffff") >= 4.5


def test_pdf_prints_tlp_amber_as_amber_on_a_black_box(tmp_path):
    import pypdfium2 as pdfium
    pdf = write_brief(sample_brief(marking="TLP:AMBER"), tmp_path / "b.pdf")
    page = pdfium.PdfDocument(str(pdf))[0]
    image = page.render(scale=2).to_pil().convert("RGB")
    width, _ = image.size
    strip = image.crop((int(width * 0.4), 0, int(width * 0.6), 40))      # the top marking, centred
    colours = {strip.getpixel((x, y)) for x in range(strip.width) for y in range(strip.height)}
    assert (0, 0, 0) in colours
    assert any(r > 230 and 170 < g < 210 and b < 40 for r, g, b in colours)      # amber glyphs


def test_the_marking_is_in_the_document_properties(tmp_path):
    brief = sample_brief(marking="TLP:AMBER")
    reader = PdfReader(write_brief(brief, tmp_path / "b.pdf"))
    assert reader.metadata["/Keywords"] == "TLP:AMBER"
    document = docx.Document(write_brief(brief, tmp_path / "b.docx"))
    assert document.core_properties.keywords == "TLP:AMBER" == document.core_properties.category
    custom = next(p for p in document.part.package.iter_parts() if str(p.partname) == "/docProps/custom.xml")
    assert b'name="Marking"' in custom.blob and b"TLP:AMBER" in custom.blob


# --- accessibility and one look --------------------------------------------------------------

def test_pdf_states_its_language_and_shows_its_title_as_the_window_title(tmp_path):
    root = PdfReader(write_brief(sample_brief(), tmp_path / "b.pdf")).trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] is True or \
        str(root["/ViewerPreferences"]["/DisplayDocTitle"]).lower() == "true"


def test_docx_names_the_pdfs_fonts_with_fallbacks_and_its_table_and_quote_look(tmp_path):
    document = docx.Document(write_brief(sample_brief(), tmp_path / "b.docx"))
    style = resolve_style(None)
    assert document.styles["Normal"].font.name == style["fonts"]["body"]
    assert document.styles["Heading 1"].font.name == style["fonts"]["headings"]
    font_table = next(p for p in document.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml")
    assert b'w:name="DejaVu Serif"' in font_table.blob and b'w:val="Cambria"' in font_table.blob
    table_style = document.styles["Brief Table"].element
    fills = {s.get(qn("w:fill")) for s in table_style.iter(qn("w:shd"))}
    assert fills == {style["colours"]["table_header_fill"].lstrip("#").upper()[:0] + "1f3a5f",
                     style["colours"]["table_stripe"].lstrip("#")}
    bar = document.styles["Quote"].element.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:left')}")
    assert bar is not None and bar.get(qn("w:color")) == style["colours"]["accent"].lstrip("#")
    lang = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "en-GB"


def test_bundled_templates_validate_and_standard_and_situation_report_place_figures():
    from briefing.templates import load_template
    for name in ("standard", "situation-report"):
        assert {f.kind for f in load_template(name).figures} == {"timeline", "actor-issues", "sources"}
    assert sorted(p.stem for p in asset("templates").glob("*.yaml")) == \
        ["korea-china", "one-pager", "situation-report", "standard"]


# --- pages of real briefs --------------------------------------------------------------------

SETS = [ROOT / "seeds", EVAL / "korea-martial-law" / "docs", EVAL / "cop29-climate-finance" / "docs"]


@pytest.fixture(scope="module")
def real_pdfs(tmp_path_factory):
    if not all(s.is_dir() for s in SETS):
        pytest.skip("the labelled sets (../shared/eval) are not here")
    from briefing.services import build, export
    out = tmp_path_factory.mktemp("real")
    made = []
    for folder in SETS:
        for template in ("standard", "situation-report"):
            brief = run_to_end(build([folder], template)).brief
            made.append(export(brief, out / f"{folder.parent.name}-{template}.pdf", template=template))
    return made


def _content_lines(page: str) -> list[str]:
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return [line for line in lines if not line.startswith("Page ") and line not in ("UNCLASSIFIED",)][1:]


@needs_poppler
def test_body_text_runs_60_to_80_characters_a_line(real_pdfs):
    for pdf in real_pdfs:
        lengths = [len(line) for page in pdf_pages(pdf) for line in page.splitlines()
                   if len(line) > 40 and not line.startswith(("•", "[")) and "—" not in line]
        full = sorted(lengths)[len(lengths) // 2:]         # the full lines of paragraphs, not their ends
        assert 60 <= statistics.median(full) <= 80, (pdf.name, statistics.median(full))


@needs_poppler
def test_no_page_holds_fewer_than_five_lines_and_the_pack_ends_on_a_full_enough_page(real_pdfs):
    for pdf in real_pdfs:
        for number, page in enumerate(pdf_pages(pdf), 1):
            assert len(_content_lines(page)) >= 5, f"{pdf.name} page {number}: {_content_lines(page)}"


@needs_poppler
def test_every_figure_of_a_real_brief_has_a_numbered_caption_citing_its_sources(real_pdfs):
    for pdf in real_pdfs:
        text = " ".join(" ".join(pdf_pages(pdf)).split())
        import re
        numbers = [int(n) for n in re.findall(r"Figure (\d+):", text)]
        assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 2, pdf.name
        assert re.search(r"Figure 1: [^\[]+\[\d", text), pdf.name


def test_an_actor_named_in_hundreds_of_sources_lists_a_dozen_and_says_how_many_more(tmp_path):
    sources = [Source(f"S{n}", f"Report {n}", f"r{n}.txt", "The Courier", "2025-03-01") for n in range(1, 151)]
    actor = Actor("Mara Quell", "person", "harbour master", sources=[s.id for s in sources][::-1],
                  citations=[Citation("S1", 0, 0, 5)])
    brief = sample_brief(sources=sources, sections=[Section("actors", "Key actors", actors=[actor]),
                                                    Section("sources", "Sources")])
    limit = resolve_style(None)["tables"]["actor_sources_max"]
    pdf = write_brief(brief, tmp_path / "b.pdf")
    first = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert f"[1–{limit}] and {150 - limit} more" in first
    table = docx.Document(write_brief(brief, tmp_path / "b.docx")).tables[0]
    assert table.rows[1].cells[2].text == f"[1–{limit}] and {150 - limit} more"
