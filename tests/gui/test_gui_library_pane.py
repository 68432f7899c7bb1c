"""The Library pane driven through the real window: search as you type, filters, add to the brief
(button and drag), the brief's documents marked, indexing a folder with progress and Cancel."""

import os
import sqlite3
import sys
import threading
from pathlib import Path

import pytest
from gui_helpers import run_job
from PySide6.QtCore import QDate, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton

from briefing.gui import names
from briefing.gui.settings import GuiSettings
from briefing.library import SearchQuery, open_library
from briefing.library.sqlite_library import SQLiteLibrary
from briefing.model import run_to_end
from briefing.services import add_to_library

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from library_helpers import write_article, write_corpus  # noqa: E402


@pytest.fixture
def library_docs(tmp_path):
    """A library of 12 invented stories and one about a ferry strike, at $BRIEFING_LIBRARY."""
    folder = tmp_path / "docs"
    write_corpus(folder, 12)
    write_article(folder, "ferry.md", "Ferry strike ends", "Ferry crews in Oldcastle ended their strike on "
                  "Sunday. Sailings resume on Monday, the operator said.", "2024-07-07", "Coast Bulletin")
    run_to_end(add_to_library([folder]))
    return folder


def pane_of(window):
    return window.library


def button(window, name) -> QToolButton:
    found = window.findChild(QToolButton, name)
    assert found is not None, name
    return found


def search(qtbot, window, text):
    pane = pane_of(window)
    pane.search_box.clear()
    qtbot.keyClicks(pane.search_box, text)
    qtbot.waitUntil(lambda: pane.last_page is not None and pane.last_page.entries is not None
                    and pane.search_box.text() == text and not pane._timer.isActive()
                    and pane._requested and _settled(pane), timeout=10000)
    return pane


def _settled(pane):
    return pane.results.topLevelItemCount() == len(pane.last_page.entries) if pane.last_page else False


def rows(pane):
    out = []
    for i in range(pane.results.topLevelItemCount()):
        item = pane.results.topLevelItem(i)
        out.append([item.text(c) for c in range(pane.results.columnCount())])
    return out


def test_typing_a_query_shows_ranked_hits_with_passage_date_and_outlet(qtbot, make_window, library_docs):
    window = make_window()
    pane = pane_of(window)
    assert window.library_dock.isVisible()
    search(qtbot, window, "ferry strike")
    qtbot.waitUntil(lambda: rows(pane) and rows(pane)[0][0] == "Ferry strike ends", timeout=10000)
    title, date, outlet, _, passage = rows(pane)[0]
    assert (date, outlet) == ("2024-07-07", "Coast Bulletin")
    assert "strike" in passage.lower()
    assert pane.results.topLevelItem(0).data(4, Qt.ItemDataRole.UserRole + 1).count("<b>") >= 1
    assert pane.count_label.text().startswith("1 found")


def test_the_search_runs_off_the_windows_thread(qtbot, make_window, library_docs, monkeypatch):
    seen = []
    real = SQLiteLibrary.search
    monkeypatch.setattr(SQLiteLibrary, "search", lambda self, q: (seen.append(threading.get_ident()), real(self, q))[1])
    window = make_window()
    search(qtbot, window, "levy")
    qtbot.waitUntil(lambda: bool(rows(pane_of(window))), timeout=10000)
    assert seen and threading.get_ident() not in seen


def test_date_range_and_outlet_filters_narrow_the_hits(qtbot, make_window, library_docs):
    window = make_window()
    pane = search(qtbot, window, "levy")
    qtbot.waitUntil(lambda: len(rows(pane)) == 12, timeout=10000)
    pane.since.setDate(QDate(2024, 3, 1))
    pane.until.setDate(QDate(2024, 6, 30))
    qtbot.waitUntil(lambda: len(rows(pane)) == 4, timeout=10000)
    assert all("2024-03-01" <= row[1] <= "2024-06-30" for row in rows(pane))
    pane.outlet.setCurrentIndex(pane.outlet.findText("Valley Ledger"))
    qtbot.waitUntil(lambda: rows(pane) and all(row[2] == "Valley Ledger" for row in rows(pane)), timeout=10000)
    assert 0 < len(rows(pane)) < 4


def test_add_to_brief_adds_the_selected_hits_and_marks_them_then_they_compose(qtbot, make_window, library_docs):
    window = make_window()
    pane = search(qtbot, window, "levy")
    qtbot.waitUntil(lambda: len(rows(pane)) == 12, timeout=10000)
    for i in (0, 2, 3):
        pane.results.topLevelItem(i).setSelected(True)
    chosen = {pane.results.topLevelItem(i).text(0) for i in (0, 2, 3)}
    qtbot.mouseClick(button(window, names.LIBRARY_ADD_TO_BRIEF_BUTTON), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.documents.documents()) == 3, timeout=10000)
    assert {d.title for d in window.documents.documents()} == chosen
    marked = {pane.entry(i).title for i in pane.marked_ids()}
    assert marked == chosen
    assert run_job(qtbot, window, window.compose) == "succeeded"
    assert {s.title for s in window.review.brief.sources} == chosen


def test_hits_dragged_onto_the_documents_list_are_added_from_the_library(qtbot, make_window, library_docs):
    window = make_window()
    pane = search(qtbot, window, "ferry")
    qtbot.waitUntil(lambda: len(rows(pane)) == 1, timeout=10000)
    data = pane.results.mimeData([pane.results.topLevelItem(0)])
    assert data.urls() and data.urls()[0].toLocalFile() == str(library_docs / "ferry.md")
    viewport = window.documents.tree.viewport()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    # offscreen Qt delivers no drop outside a real drag: the documents list's drop filter is handed
    # the event as Qt would hand it (before the list itself, which would read the files again)
    (catcher,) = [child for child in window.documents.tree.children() if type(child).__name__ == "_DropFromLibrary"]
    assert catcher.eventFilter(viewport, drop) and drop.isAccepted()
    qtbot.waitUntil(lambda: [d.title for d in window.documents.documents()] == ["Ferry strike ends"], timeout=10000)
    assert not window.is_busy()                 # added as stored, not read from the file again


def test_add_folder_to_library_indexes_it_with_progress_then_finds_it(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    pane = pane_of(window)
    qtbot.waitUntil(lambda: "No library yet" in pane.count_label.text(), timeout=10000)
    assert not window.library_dock.isVisible()                # no library yet: the pane waits in the menu
    folder = tmp_path / "new"
    write_corpus(folder, 30)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    (add_folder,) = [a for a in window.findChild(QMenu, names.LIBRARY_MENU).actions()
                     if a.objectName() == names.ACTION_LIBRARY_ADD_FOLDER]
    with qtbot.waitSignal(pane.indexing_finished, timeout=60000) as finished:
        add_folder.trigger()
        assert window.library_dock.isVisible() and pane.progress.isVisible() and pane.cancel_button.isVisible()
    assert "30 new" in finished.args[0]
    assert not pane.progress.isVisible()
    search(qtbot, window, "Westhaven")
    qtbot.waitUntil(lambda: len(rows(pane)) > 0, timeout=10000)
    assert pane.outlet.count() == 4                        # "Any outlet" and the three outlets


def test_cancel_stops_indexing_and_keeps_what_was_indexed(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    pane = pane_of(window)
    folder = tmp_path / "many"
    write_corpus(folder, 800)
    db = pane.location()
    with qtbot.waitSignal(pane.indexing_finished, timeout=60000) as finished:
        pane.add_folders([str(folder)])
        qtbot.waitUntil(lambda: os.path.exists(db) and _count(db) >= 20, timeout=30000)
        qtbot.mouseClick(pane.cancel_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in finished.args[0].lower()
    with open_library(db) as library:
        assert run_to_end(library.check()).sound
        assert 20 <= library.stats().documents < 800


def _count(db):
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_another_library_file_can_be_chosen_and_is_remembered(qtbot, make_window, library_docs, tmp_path,
                                                              monkeypatch):
    window = make_window()
    pane = search(qtbot, window, "levy")
    qtbot.waitUntil(lambda: len(rows(pane)) == 12, timeout=10000)
    other = tmp_path / "other.sqlite"
    with open_library(other, create=True) as library:
        run_to_end(library.add([str(library_docs / "ferry.md")]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    qtbot.mouseClick(button(window, names.LIBRARY_CHOOSE_BUTTON), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.location() == str(other) and pane.last_page is not None
                    and pane.last_page.total == 0 and _settled(pane), timeout=10000)
    assert os.environ["BRIEFING_LIBRARY"] == str(other)            # the window's jobs use it too
    assert GuiSettings().library_path() == str(other)
    assert pane.path_label.text() == "Library: other.sqlite"
    with open_library(other) as library:
        assert library.search(SearchQuery("ferry")).total == 1
