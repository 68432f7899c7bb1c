"""The one-pager template keeps its promise: the brief prints on one page (read back with pypdf)."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.model import run_to_end
from briefing.services import build, export

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT / "seeds", ROOT.parent / "shared" / "eval" / "dev" / "blair-brown-rift" / "docs"]


@pytest.mark.parametrize("folder", SETS, ids=[p.parent.name if p.name == "docs" else p.name for p in SETS])
def test_one_pager_brief_prints_on_a_single_page(folder, tmp_path, monkeypatch):
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    result = run_to_end(build([folder], "one-pager"))
    pdf = export(result.brief, tmp_path / "brief.pdf", template="one-pager")
    pages = PdfReader(pdf).pages
    assert len(pages) == 1
    text = pages[0].extract_text()
    assert "Bottom line" in text and "Open issues" in text and "Outlook" in text
