"""A template saved, edited and loaded again composes the same brief as the one in memory."""

import dataclasses

import pytest

from briefing.model import run_to_end
from briefing.services import build
from briefing.templates import (
    SectionSpec,
    WatchIssue,
    load_template,
    save_template,
)

DOCS = {
    "ports.txt": "Harbour talks resume\n\nOfficials from both countries met in Busan on Monday to discuss the "
                 "new port fees. The port authority said the fees would rise by ten percent next year. "
                 "Shipping firms warned that the harbour fees could drive cargo to other ports. "
                 "Talks are expected to continue in March.\n",
    "fees.txt": "Port fees rise\n\nThe port authority confirmed on Tuesday that the fees would rise by ten "
                "percent next year. Shipping firms said the increase would hurt exporters. "
                "The trade minister said the government would review the fees in the spring.\n",
    "tariffs.txt": "Tariff dispute\n\nThe trade minister met shipping firms in Seoul on Wednesday. "
                   "He said the tariff on steel would stay in place until June. "
                   "Exporters said the tariff and the port fees together would cost them dearly.\n",
}


@pytest.fixture(autouse=True)
def reproducible(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")


@pytest.fixture
def documents(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def brief_dict(folder, template) -> dict:
    return run_to_end(build([folder], template)).brief.to_dict()


def edited_standard():
    """What a user does in the window before saving: reorder, retitle, limit, switch off, watch."""
    base = load_template("standard")
    sections = [dataclasses.replace(s, title="Key points", max_items=3) if s.kind == "summary" else s
                for s in base.sections]
    sections.insert(0, sections.pop([s.kind for s in sections].index("issues")))
    sections = [dataclasses.replace(s, enabled=False) if s.kind == "quotes" else s for s in sections]
    return dataclasses.replace(base, name="ports-watch", version=2, sections=sections,
                               watchlist=[WatchIssue("Port fees", ["port fees", "harbour fees"])],
                               defaults={"title": "Port fees", "marking": "OFFICIAL"},
                               style={"cover": "compact", "page": {"size": "Letter"}})


def test_saved_template_loaded_by_name_is_equal_and_composes_the_same_brief(documents):
    template = edited_standard()
    in_memory = brief_dict(documents, template)
    save_template(template)
    loaded = load_template("ports-watch")
    assert loaded == template
    assert brief_dict(documents, "ports-watch") == in_memory
    assert in_memory["template"] == {"name": "ports-watch", "version": 2}
    assert [s["title"] for s in in_memory["sections"]][:2] == ["Open issues", "Key points"]
    assert "quotes" not in [s["kind"] for s in in_memory["sections"]]


def test_saving_a_loaded_template_again_changes_nothing(tmp_path):
    first = save_template(edited_standard(), tmp_path / "a.yaml")
    second = save_template(load_template(str(first)), tmp_path / "b.yaml")
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_an_edit_made_by_hand_in_the_saved_file_reaches_the_brief(documents):
    path = save_template(edited_standard())
    text = path.read_text(encoding="utf-8")
    assert "title: Key points" in text
    path.write_text(text.replace("title: Key points", "title: The gist"), encoding="utf-8")
    titles = [s["title"] for s in brief_dict(documents, "ports-watch")["sections"]]
    assert "The gist" in titles and "Key points" not in titles


def test_same_brief_from_a_template_file_given_by_path(documents, tmp_path):
    template = dataclasses.replace(load_template("one-pager"), name="copy",
                                   sections=[SectionSpec("summary", "Gist", max_items=2), SectionSpec("sources", "Sources")])
    (tmp_path / "elsewhere").mkdir()
    path = save_template(template, tmp_path / "elsewhere" / "copy.yaml")
    from_file = brief_dict(documents, str(path))
    assert from_file == brief_dict(documents, template)
    assert [s["title"] for s in from_file["sections"]] == ["Gist", "Sources"]
