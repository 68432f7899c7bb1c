"""The window with moved documents and file names that are not UTF-8: listed, relocated, shown readably."""

import json
import os
import sys

import pytest
from gui_helpers import run_job
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from briefing.gui import names
from briefing.gui.documents_panel import FLAGS_COLUMN, TITLE_COLUMN
from briefing.gui.qt_paths import real_path
from briefing.library import read_project

needs_bytes_names = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                       reason="only POSIX file systems without a name encoding take any bytes")


def _prose(n: int) -> str:
    return (f"The ferry company of Brenholt{n} cut its winter timetable on Monday, its chief executive said.\n\n"
            f"Chief executive Mara Linde{n} said {n + 4} sailings a week would be dropped until April.\n\n"
            f"Island traders in Brenholt{n} said the cuts would leave shops without fresh stock.\n")


def _folder(tmp_path, name="docs", count=3):
    folder = tmp_path / name
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"report-{n}.txt").write_text(_prose(n), encoding="utf-8")
    return folder


def _missing_rows(window):
    tree = window.documents.tree
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
            if tree.topLevelItem(i).text(FLAGS_COLUMN) == "missing"]


def test_a_project_whose_documents_moved_opens_lists_them_and_relocates_them(qtbot, make_window, tmp_path,
                                                                              monkeypatch, dialogs):
    folder = _folder(tmp_path)
    first = make_window()
    assert run_job(qtbot, first, lambda: first.add_paths([str(folder)])) == "succeeded"
    one = first.documents.document_at_path(str(folder / "report-1.txt"))
    first.documents.set_document_included(one.id, False)
    assert run_job(qtbot, first, first.actions["compose"].trigger) == "succeeded"
    project_path = tmp_path / "ferries.briefing"
    first.project_path = project_path
    assert first.save_project()
    first.close()

    moved = tmp_path / "archive" / "2025"
    moved.parent.mkdir()
    folder.rename(moved)
    window = make_window()
    assert window.open_project(project_path)          # opens although no document is where it was
    rows = _missing_rows(window)
    assert sorted(r.text(TITLE_COLUMN) for r in rows) == ["report-0.txt", "report-1.txt", "report-2.txt"]
    assert window.documents.count_label.text() == "No documents, 3 missing"
    assert window.problems.count() == 3 and "missing: not found where the project says" in window.problems.item(0).text()
    assert window.actions["relocate"].isEnabled() and window.review.brief is not None

    # the user double-clicks the first missing row and picks its file where it is now
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(moved / "report-0.txt"), ""))
    tree = window.documents.tree
    tree.scrollToItem(rows[0])
    where = tree.visualItemRect(rows[0]).center()

    def double_click() -> None:      # as a mouse does it: press and release, then the double click
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert run_job(qtbot, window, double_click) == "succeeded"
    # the others of that folder are found with it, and keep their choices
    assert _missing_rows(window) == [] and len(window.documents.documents()) == 3
    assert window.documents.count_label.text() == "2 of 3 used"
    assert not window.actions["relocate"].isEnabled()
    assert {s.path for s in window.review.brief.sources} <= {str(moved / f"report-{n}.txt") for n in range(3)}
    assert window.save_project()
    saved = read_project(project_path)
    assert sorted(d.path for d in saved.documents) == [str(moved / f"report-{n}.txt") for n in range(3)]
    assert [d.included for d in saved.documents if d.path.endswith("report-1.txt")] == [False]


def test_a_missing_document_stays_in_the_project_when_saved_again(qtbot, make_window, tmp_path):
    folder = _folder(tmp_path, count=2)
    first = make_window()
    assert run_job(qtbot, first, lambda: first.add_paths([str(folder)])) == "succeeded"
    first.project_path = tmp_path / "p.briefing"
    assert first.save_project()
    first.close()
    (folder / "report-0.txt").unlink()
    window = make_window()
    with qtbot.waitSignal(window.job_finished, timeout=30000):
        window.open_project(tmp_path / "p.briefing")
    assert len(window.documents.documents()) == 1 and len(_missing_rows(window)) == 1
    assert window.save_project()
    assert len(read_project(tmp_path / "p.briefing").documents) == 2      # not silently dropped


@needs_bytes_names
def test_a_file_name_that_is_not_utf8_reads_and_shows_escaped_in_the_window(qtbot, window, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.path.join(os.fsencode(folder), b"caf\xe9 notes.txt")
    with open(raw, "w", encoding="utf-8") as out:
        out.write(_prose(7))
    (folder / "other.txt").write_text(_prose(8), encoding="utf-8")
    assert run_job(qtbot, window, lambda: window.add_paths([str(folder)])) == "succeeded"
    document = window.documents.document_at_path(os.fsdecode(raw))
    assert document is not None and document.path == os.fsdecode(raw)       # kept exactly
    item = window.documents.item(document.id)
    assert f"{folder}/caf\\xe9 notes.txt" in item.toolTip(TITLE_COLUMN)
    window.preview_document(document.id)
    assert "caf\\xe9 notes.txt" in window.preview.title.text()
    assert run_job(qtbot, window, window.actions["compose"].trigger) == "succeeded"
    export = tmp_path / "brief.json"
    assert run_job(qtbot, window, lambda: window.export_to(export, ask_to_open=False)) == "succeeded"
    paths = [s.get("path_bytes") for s in json.loads(export.read_text(encoding="utf-8"))["sources"]]
    assert f"{folder}/caf%E9 notes.txt" in paths


@needs_bytes_names
def test_a_name_qt_could_not_decode_is_found_on_disk(tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9", b"r\xe9sum\xe9.txt")
    os.makedirs(os.path.dirname(raw))
    open(raw, "w").close()
    # a file dialog hands back U+FFFD for each byte that is not UTF-8
    assert real_path(f"{tmp_path}/caf\ufffd/r\ufffdsum\ufffd.txt") == os.fsdecode(raw)
    assert real_path(f"{tmp_path}/nothing\ufffd.txt") == f"{tmp_path}/nothing\ufffd.txt"


def test_relocate_action_has_a_name_and_lives_in_the_documents_menu(window):
    action = window.findChild(type(window.actions["relocate"]), names.ACTION_RELOCATE_DOCUMENT)
    assert action is window.actions["relocate"] and not action.isEnabled()
