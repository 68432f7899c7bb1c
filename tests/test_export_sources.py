"""Every export's source list names each source's outlet, date and where the date came from."""

import json

from briefing.export import write_brief
from export_samples import sample_brief


def test_markdown_source_list_shows_outlet_date_and_its_origin(tmp_path):
    text = write_brief(sample_brief(), tmp_path / "brief.md", "md").read_text(encoding="utf-8")
    assert "1. Korea Herald — **Envoy visits Beijing** — 24 August 2025 (dateline) — *machine paraphrase*" in text
    assert "2. **Summit plans** — 25 August 2025 (PDF properties) — `two.pdf`" in text     # no folders


def test_json_sources_carry_the_date_origin(tmp_path):
    data = json.loads(write_brief(sample_brief(), tmp_path / "brief.json", "json").read_text(encoding="utf-8"))
    assert [s["date_source"] for s in data["sources"]] == ["dateline", "pdf-info"]
