"""The one-pager template keeps its promise for any input: the brief prints on one page, in PDF
(read back with pypdf) and in DOCX (laid out by LibreOffice where it is installed), for every
labelled set under ../shared/eval."""

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.export.fit import drop_lowest_item, trimmed
from briefing.model import Brief, Citation, Issue, Section, Source, Statement, run_to_end
from briefing.services import build, export

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SETS = [ROOT / "seeds", *sorted(p / "docs" for p in (EVAL / "dev").glob("*") if (p / "docs").is_dir())]
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _name(folder: Path) -> str:
    return folder.parent.name if folder.name == "docs" else folder.name


@pytest.fixture(scope="module")
def one_pagers(tmp_path_factory):
    """{set: (PDF, DOCX)} of the one-pager of every labelled set."""
    if len(SETS) < 2:
        pytest.skip("the labelled sets (../shared/eval) are not here")
    out = tmp_path_factory.mktemp("one-pagers")
    made = {}
    for folder in SETS:
        brief = run_to_end(build([folder], "one-pager")).brief
        made[_name(folder)] = (export(brief, out / f"{_name(folder)}.pdf", template="one-pager"),
                               export(brief, out / f"{_name(folder)}.docx", template="one-pager"))
    return made


@pytest.mark.parametrize("name", [_name(f) for f in SETS])
def test_one_pager_pdf_is_one_page_with_its_sections(one_pagers, name, monkeypatch):
    pages = PdfReader(one_pagers[name][0]).pages
    assert len(pages) == 1
    text = pages[0].extract_text()
    assert "Bottom line" in text and "Open issues" in text and "Sources" in text


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_one_pager_docx_is_one_page_as_libreoffice_lays_it_out(one_pagers, tmp_path):
    files = [str(docx) for _, docx in one_pagers.values()]
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), *files],
                   check=True, capture_output=True, timeout=300)
    pages = {name: len(PdfReader(tmp_path / f"{name}.pdf").pages) for name in one_pagers}
    assert pages == {name: 1 for name in one_pagers}


def _long_brief(statements: int) -> Brief:
    words = "The harbour council said the ferry timetable would change again next month after talks."
    return Brief("Harbour", sources=[Source(f"S{n}", f"Report {n}", f"r{n}.txt", "Coast Post", f"2025-03-0{n % 9 + 1}")
                                     for n in range(1, 40)],
                 sections=[Section("summary", "Bottom line", statements=[
                     Statement(f"{words} ({n})", [Citation(f"S{n % 39 + 1}", 0, 0, 5)]) for n in range(statements)]),
                     Section("issues", "Open issues", issues=[Issue(f"Matter {k}", statements=[
                         Statement(f"{words} [{k}.{j}]", [Citation("S1", 0, 0, 5)]) for j in range(4)])
                         for k in range(6)]),
                     Section("sources", "Sources")])


def test_a_brief_far_too_long_for_one_page_is_cut_to_one_keeping_its_best_items(tmp_path):
    brief = _long_brief(60)
    pdf = export(brief, tmp_path / "long.pdf", template="one-pager")
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "(0)" in text and "(59)" not in text          # the first-ranked stays, the last goes
    assert "[0.0]" in text                               # the first issue keeps its first statement


def test_items_are_dropped_lowest_ranked_first_from_the_fullest_section():
    brief = _long_brief(3)
    drop_lowest_item(brief)        # the issues hold 24 statements: the last issue loses its last
    assert [len(i.statements) for i in brief.sections[1].issues] == [4, 4, 4, 4, 4, 3]
    cut = trimmed(_long_brief(3), 1)
    assert len(cut.sources) < 39 and cut.sections[0].statements   # first the sources nothing cites
