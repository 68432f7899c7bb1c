"""Project files: what is saved comes back, paths follow a moved project, damage is a clear error."""

import json
from pathlib import Path

import pytest

from briefing.library import (
    DocumentChoice,
    Project,
    autosave_path,
    clear_autosave,
    read_autosave,
    read_project,
    write_autosave,
    write_project,
)
from briefing.model import Brief, BriefingError, Citation, Section, Source, Statement


def small_brief() -> Brief:
    statement = Statement("The port reopens in March.", [Citation("S1", 2, 40, 66)], edited=True)
    return Brief("Port talks", sources=[Source("S1", "Port deal", "/x/a.txt")],
                 sections=[Section("summary", "Bottom line", statements=[statement])])


def test_saved_project_reads_back_with_choices_template_options_and_edited_brief(tmp_path):
    (tmp_path / "docs").mkdir()
    doc = tmp_path / "docs" / "a.txt"
    doc.write_text("x", encoding="utf-8")
    project = Project([DocumentChoice(str(doc), False, ["Fishing Quotas"])], "mine", "name: mine\n",
                      {"title": "Port talks", "marking": "OFFICIAL"}, small_brief())
    back = read_project(write_project(project, tmp_path / "p.briefing"))
    assert back == project
    assert back.brief.sections[0].statements[0].edited


def test_project_moved_with_its_documents_finds_them_in_the_new_place(tmp_path):
    old = tmp_path / "old"
    (old / "docs").mkdir(parents=True)
    (old / "docs" / "a.txt").write_text("x", encoding="utf-8")
    write_project(Project([DocumentChoice(str(old / "docs" / "a.txt"))]), old / "p.briefing")
    new = tmp_path / "new"
    old.rename(new)
    assert read_project(new / "p.briefing").documents[0].path == str((new / "docs" / "a.txt").resolve())


@pytest.mark.parametrize("text, words", [("{not json", "bad JSON"),
                                          (json.dumps({"format": "other"}), "not a briefing project"),
                                          (json.dumps({"format": "briefing-project/1", "brief": {"format": "x"}}),
                                           "damaged project")])
def test_damaged_project_is_a_one_line_error_naming_the_file(tmp_path, text, words):
    path = tmp_path / "bad.briefing"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BriefingError) as err:
        read_project(path)
    assert str(path) in str(err.value) and words in str(err.value) and "\n" not in str(err.value)


def test_failed_save_leaves_the_existing_project_intact(tmp_path, monkeypatch):
    path = write_project(Project(options={"title": "First"}), tmp_path / "p.briefing")
    real_write = Path.write_text

    def write_half_then_fail(self, text, *args, **kwargs):
        real_write(self, text[:10], *args, **kwargs)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", write_half_then_fail)
    with pytest.raises(BriefingError, match="No space left"):
        write_project(Project(options={"title": "Second"}), path)
    assert read_project(path).options["title"] == "First"
    assert [p.name for p in tmp_path.iterdir()] == ["p.briefing"]


def test_autosave_lives_in_the_user_data_folder_and_clears(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path))
    assert read_autosave() is None
    write_autosave(Project(options={"title": "Draft"}))
    assert autosave_path().is_relative_to(tmp_path)
    assert read_autosave().options == {"title": "Draft"}
    clear_autosave()
    assert read_autosave() is None
