"""The window around the flow: names, settings, recent projects, unsaved-changes prompt, autosave, filter, drops."""

from gui_helpers import SEEDS, run_job
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox, QTabBar, QWidget

from briefing.gui import names
from briefing.gui.documents_panel import FLAGS_COLUMN
from briefing.gui.settings import GuiSettings, settings_path
from briefing.library import DocumentChoice, Project, autosave_path, write_autosave, write_project


def test_every_named_widget_and_action_exists_once(window):
    for constant, value in vars(names).items():
        if constant.startswith(("_", "EDITOR_")) or constant in ("MAIN_WINDOW",):
            continue          # the item editor's widgets exist only while it is open
        kind = QAction if constant.startswith("ACTION_") else QWidget
        assert len(window.findChildren(kind, value)) == 1, constant
    assert window.objectName() == names.MAIN_WINDOW


def test_actions_carry_the_documented_shortcuts(window):
    shortcut = {key: window.actions[key].shortcut().toString() for key in window.actions}
    assert shortcut["open"] == "Ctrl+O" and shortcut["print"] == "Ctrl+P"
    assert shortcut["add_files"] == "Ctrl+Shift+O" and shortcut["compose"] == "Ctrl+Return"
    assert shortcut["export"] == "Ctrl+E" and shortcut["save"] == "Ctrl+S"
    assert shortcut["undo"] == "Ctrl+Z" and shortcut["redo"] == "Ctrl+Shift+Z"
    assert all(window.actions[key].toolTip() for key in window.actions)


def test_paths_from_the_command_line_are_read_at_start(qtbot, make_window):
    window = make_window([str(SEEDS)])
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=30000)
    assert len(window.documents.documents()) == 5


def test_files_dropped_on_the_documents_are_added(qtbot, window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in sorted(SEEDS.iterdir())[:2]])
    tree = window.documents.tree
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.job_finished, timeout=30000):
        tree.dropEvent(drop)
    assert len(window.documents.documents()) == 2


def test_filter_hides_documents_that_do_not_match(qtbot, window):
    assert run_job(qtbot, window, lambda: window.add_paths([str(SEEDS)])) == "succeeded"
    qtbot.keyClicks(window.documents.filter, "aggregator")
    shown = [window.documents.item(d.id) for d in window.documents.documents()
             if not window.documents.item(d.id).isHidden()]
    assert len(shown) == 1 and "aggregator-page" in shown[0].text(FLAGS_COLUMN)
    window.documents.filter.clear()
    assert not any(window.documents.item(d.id).isHidden() for d in window.documents.documents())


def test_double_clicking_a_document_previews_its_text(qtbot, window):
    assert run_job(qtbot, window, lambda: window.add_paths([str(SEEDS)])) == "succeeded"
    document = window.documents.documents()[0]
    item = window.documents.item(document.id)
    rect = window.documents.tree.visualItemRect(item)
    qtbot.mouseClick(window.documents.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.documents.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.preview.text.toPlainText() == document.text
    assert document.title in window.preview.title.text()


def test_geometry_and_last_folders_are_remembered_between_sessions(qtbot, make_window, monkeypatch, tmp_path,
                                                                  dialogs):
    first = make_window()
    first.resize(1000, 700)
    first.splitter.setSizes([500, 150, 350])
    splits = first.splitter.sizes()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(SEEDS))
    assert run_job(qtbot, first, first.actions["add_folder"].trigger) == "succeeded"
    dialogs.answer = QMessageBox.StandardButton.Discard
    first.close()
    assert not first.isVisible()
    assert settings_path().is_relative_to(tmp_path)
    assert GuiSettings().geometry() == first.saveGeometry()
    second = make_window()
    assert (second.width(), second.height()) == (1000, 700)
    assert second.splitter.sizes() == splits
    assert GuiSettings().folder("documents") == str(SEEDS.parent)


def test_the_problems_pane_left_open_opens_again_only_with_problems_of_this_session(qtbot, make_window, tmp_path,
                                                                                   dialogs):
    first = make_window()
    assert run_job(qtbot, first, lambda: first.add_paths([str(tmp_path / "missing-folder")])) == "succeeded"
    assert first.problems_dock.isVisible() and first.problems.count() == 1
    dialogs.answer = QMessageBox.StandardButton.Discard
    first.close()
    second = make_window()
    assert second.problems.count() == 0 and not second.problems_dock.isVisible()
    assert run_job(qtbot, second, lambda: second.add_paths([str(tmp_path / "missing-too")])) == "succeeded"
    assert second.problems_dock.isVisible()


def test_the_bottom_panes_reopen_as_tabs_with_no_tab_left_over_the_menu_bar(qtbot, make_window, dialogs):
    first = make_window()
    dialogs.answer = QMessageBox.StandardButton.Discard
    first.close()
    second = make_window()          # the saved layout restored
    assert not [bar for bar in second.findChildren(QTabBar) if bar.isVisible() and bar.count()]
    library = second.findChild(QDockWidget, names.LIBRARY_DOCK)
    second.problems_dock.show()
    library.show()
    assert second.tabifiedDockWidgets(second.problems_dock) == [library]


def test_saved_projects_appear_in_the_recent_menu_and_open_from_it(qtbot, window, monkeypatch, tmp_path):
    project_file = write_project(Project([DocumentChoice(str(p)) for p in sorted(SEEDS.iterdir())[:2]]),
                                 tmp_path / "recent.briefing")
    assert run_job(qtbot, window, lambda: window.open_project(project_file)) == "succeeded"
    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if a.text() == "recent.briefing"]
    assert len(entries) == 1
    window.new_project()
    assert window.documents.documents() == []
    assert run_job(qtbot, window, entries[0].trigger) == "succeeded"
    assert len(window.documents.documents()) == 2


def test_unsaved_changes_are_not_lost_without_asking(qtbot, window, dialogs, tmp_path):
    assert run_job(qtbot, window, lambda: window.add_paths([str(SEEDS)])) == "succeeded"
    assert window.isWindowModified()
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.new_project()
    assert dialogs.messages[-1][0] == "Unsaved changes"
    assert len(window.documents.documents()) == 5          # the user cancelled: nothing dropped
    window.close()
    assert window.isVisible()                              # closing asked too, and was cancelled
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.new_project()
    assert window.documents.documents() == [] and not window.isWindowModified()


def test_work_left_by_a_crash_is_offered_back(qtbot, make_window, dialogs):
    write_autosave(Project([DocumentChoice(str(p)) for p in sorted(SEEDS.iterdir())[:3]],
                           options={"title": "Unsaved draft"}))
    window = make_window()
    dialogs.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(window.job_finished, timeout=30000):
        assert window.offer_restore()
    assert dialogs.messages[-1][0] == "Restore unsaved work?"
    assert len(window.documents.documents()) == 3
    assert window.setup.fields["title"].text() == "Unsaved draft" and window.isWindowModified()
    window.autosave_now()
    assert autosave_path().is_file()
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.close()
    assert not autosave_path().exists()                    # a clean exit leaves no autosave


def test_about_box_names_the_version(window, dialogs):
    window.actions["about"].trigger()
    assert dialogs.messages[-1][0] == "About briefing" and "briefing" in dialogs.messages[-1][1]



def test_removing_selected_documents_takes_them_out_of_the_project(qtbot, window):
    assert run_job(qtbot, window, lambda: window.add_paths([str(SEEDS)])) == "succeeded"
    doomed = window.documents.documents()[1]
    window.documents.tree.setCurrentItem(window.documents.item(doomed.id))
    qtbot.mouseClick(window.findChild(QWidget, names.REMOVE_DOCUMENTS_BUTTON), Qt.MouseButton.LeftButton)
    assert doomed.id not in {d.id for d in window.documents.documents()}
    assert len(window.documents.documents()) == 4 and window.documents.count_label.text() == "4 of 4 used"


def test_sections_dragged_into_a_new_order_compose_in_that_order(qtbot, window):
    sections = window.setup.sections
    last = sections.count() - 1
    moved = sections.item(last).text()
    # what a drag and drop in the list does to its model: move the last row to the top
    assert sections.model().moveRow(QModelIndex(), last, QModelIndex(), 0)
    assert sections.item(0).text() == moved
    assert window.setup.template().sections[0].title == moved.split("  (")[0]
    assert run_job(qtbot, window, lambda: window.add_paths([str(SEEDS)])) == "succeeded"
    assert run_job(qtbot, window, window.actions["compose"].trigger) == "succeeded"
    assert window.review.brief.sections[0].title == moved.split("  (")[0]


def test_korean_and_chinese_names_are_drawn_not_as_empty_boxes(qtbot, window):
    from PySide6.QtWidgets import QLabel

    def drawn(text):
        label = QLabel(text)
        qtbot.addWidget(label)
        label.setFont(window.font())
        label.resize(200, 40)
        return label.grab().toImage()
    # drawn as empty boxes, two characters look the same in either order
    assert drawn("국회") != drawn("회국")
    assert drawn("中国") != drawn("国中")
