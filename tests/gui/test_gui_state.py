"""State the user can trust: template switches, out-of-date briefs, citations, recovery, empty edits,
enabled states and flags, through the real window."""

from gui_helpers import SEEDS, run_job
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from briefing.gui import names
from briefing.gui.documents_panel import FLAGS_COLUMN
from briefing.library import DocumentChoice, Project, write_autosave, write_project
from briefing.services.editing import element


def compose(qtbot, window):
    assert run_job(qtbot, window, window.actions["compose"].trigger) == "succeeded", window.last_error
    return window.review.brief


def seeds_composed(qtbot, window):
    assert run_job(qtbot, window, lambda: window.add_paths([str(SEEDS)])) == "succeeded"
    return compose(qtbot, window)


def choose_template(window, name):
    chooser = window.findChild(QComboBox, names.TEMPLATE_CHOOSER)
    chooser.setCurrentIndex(chooser.findText(name))


def set_limit(qtbot, window, row, value):
    window.setup.sections.setCurrentRow(row)
    window.setup.limit.selectAll()
    qtbot.keyClicks(window.setup.limit, str(value))


def edit_statement(qtbot, window, path, text):
    window.review.tree.setCurrentItem(window.review.item_at(path))
    window.review.tree.setFocus()
    qtbot.keyClick(window.review.tree, Qt.Key.Key_F2)
    editor = window.findChild(QPlainTextEdit, names.EDITOR_TEXT)
    editor.selectAll()
    if text:
        qtbot.keyClicks(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return window.findChild(QDialog, names.EDITOR_DIALOG)


def test_switching_template_asks_before_dropping_the_users_limits_and_watch_list(qtbot, window, dialogs):
    set_limit(qtbot, window, 0, 3)
    window.setup.watchlist.setPlainText("Fishing quotas: quota, catch limits")
    dialogs.answer = QMessageBox.StandardButton.Yes            # keep them
    choose_template(window, "one-pager")
    assert dialogs.messages[-1][0] == "Keep your section limits and watch list?"
    shown = window.setup.template()
    assert shown.name == "one-pager"
    assert shown.sections[0].kind == "summary" and shown.sections[0].max_items == 3
    assert [w.name for w in shown.watchlist] == ["Fishing quotas"]

    # undo brings back the template before, with the user's limit and watch list
    window.actions["undo"].trigger()
    back = window.setup.template()
    assert back.name == "standard" and back.sections[0].max_items == 3
    assert window.setup.watchlist.toPlainText() == "Fishing quotas: quota, catch limits"
    assert window.findChild(QComboBox, names.TEMPLATE_CHOOSER).currentText() == "standard"
    window.actions["redo"].trigger()
    assert window.setup.template().name == "one-pager"
    window.actions["undo"].trigger()

    # No takes the new template as it is; Cancel stays where the user was
    dialogs.answer = QMessageBox.StandardButton.No
    choose_template(window, "situation-report")
    assert window.setup.template().sections[0].max_items == 4 and not window.setup.template().watchlist
    window.actions["undo"].trigger()
    dialogs.answer = QMessageBox.StandardButton.Cancel
    choose_template(window, "one-pager")
    assert window.setup.template().name == "standard" and window.setup.template().sections[0].max_items == 3
    assert window.findChild(QComboBox, names.TEMPLATE_CHOOSER).currentText() == "standard"


def test_a_brief_whose_inputs_changed_says_so_and_recomposes_keeping_the_edits(qtbot, window):
    brief = seeds_composed(qtbot, window)
    banner = window.findChild(QWidget, names.OUT_OF_DATE_BANNER)
    assert banner.isHidden()
    path = (0, "statements", 0)
    kept_citations = brief.sections[0].statements[0].citations
    edit_statement(qtbot, window, path, "The talks resume next week.")
    assert window.review.brief.sections[0].statements[0].edited

    # leave out a document the edited statement does not cite: the brief is out of date
    cited = {brief.source(c.source).sha256 for c in kept_citations}
    other = next(d for d in window.documents.documents() if d.sha256 not in cited)
    window.documents.item(other.id).setCheckState(0, Qt.CheckState.Unchecked)
    assert banner.isVisible() and "documents" in window.review.banner_text.text()
    assert "out of date" in window.pages.status.text()
    window.documents.item(other.id).setCheckState(0, Qt.CheckState.Checked)
    assert banner.isHidden()                                   # back as composed
    set_limit(qtbot, window, 1, 2)
    assert banner.isVisible() and "template" in window.review.banner_text.text()
    window.documents.item(other.id).setCheckState(0, Qt.CheckState.Unchecked)

    recompose = window.findChild(QPushButton, names.RECOMPOSE_BUTTON)
    assert run_job(qtbot, window, lambda: qtbot.mouseClick(recompose, Qt.MouseButton.LeftButton)) == "succeeded"
    new = window.review.brief
    assert banner.isHidden()
    assert other.sha256 not in {s.sha256 for s in new.sources}
    assert len(new.sections[1].statements) <= 2
    survivors = [s for s in new.sections[0].statements if s.edited]
    assert [s.text for s in survivors] == ["The talks resume next week."]
    assert {(new.source(c.source).sha256, c.sentence) for c in survivors[0].citations} == \
        {(brief.source(c.source).sha256, c.sentence) for c in kept_citations}
    assert "kept 1 of your 1 edits" in window.statusBar().currentMessage()


def test_undo_after_composing_again_brings_back_the_brief_before_and_then_the_template(qtbot, window):
    before = seeds_composed(qtbot, window)
    edit_statement(qtbot, window, (0, "statements", 0), "The talks resume next week.")
    edited = window.review.brief
    choose_template(window, "one-pager")
    one_pager = compose(qtbot, window)
    assert [s.kind for s in one_pager.sections] != [s.kind for s in before.sections]
    banner = window.findChild(QWidget, names.OUT_OF_DATE_BANNER)
    assert banner.isHidden()

    window.actions["undo"].trigger()            # the compose: the brief before, edit and all
    assert window.review.brief == edited
    assert window.review.brief.sections[0].statements[0].text == "The talks resume next week."
    assert banner.isVisible() and "template" in window.review.banner_text.text()
    assert window.setup.template().name == "one-pager"
    window.actions["undo"].trigger()            # then the template switch: current again
    assert window.setup.template().name == "standard" and banner.isHidden()
    window.actions["undo"].trigger()            # then the edit
    assert window.review.brief == before

    for _ in range(3):
        window.actions["redo"].trigger()
    assert window.review.brief == one_pager and window.setup.template().name == "one-pager"
    assert banner.isHidden()


def test_every_citation_view_is_cleared_with_a_new_brief(qtbot, window):
    brief = seeds_composed(qtbot, window)
    window.review.tree.setCurrentItem(window.review.item_at((0, "statements", 0)))
    entry = window.review.citations.item(0)
    rect = window.review.citations.visualItemRect(entry)
    qtbot.mouseClick(window.review.citations.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.preview.highlighted_text()
    compose(qtbot, window)
    assert window.review.citations.count() == 0
    assert window.preview.highlighted_text() == "" and window.preview.highlighted is None
    assert window.review.brief is not brief


def test_crash_recovery_puts_the_work_back_under_its_own_project_file(qtbot, make_window, dialogs, tmp_path):
    project_file = tmp_path / "desk.briefing"
    write_project(Project([DocumentChoice(str(p)) for p in sorted(SEEDS.iterdir())[:2]]), project_file)
    write_autosave(Project([DocumentChoice(str(p)) for p in sorted(SEEDS.iterdir())[:3]],
                           options={"title": "Unsaved draft"}), project_file)
    window = make_window()
    dialogs.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(window.job_finished, timeout=30000):
        assert window.offer_restore()
    assert window.windowTitle().startswith("desk.briefing") and window.isWindowModified()
    assert window.project_path == project_file
    window.activateWindow()
    window.documents.tree.setFocus()
    qtbot.keyClick(window.documents.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)   # no dialog
    assert not window.isWindowModified()
    assert '"Unsaved draft"' in project_file.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".briefing"] == ["desk.briefing"]


def test_an_emptied_statement_is_refused_on_screen_and_in_the_brief(qtbot, window):
    brief = seeds_composed(qtbot, window)
    original = brief.sections[0].statements[0].text
    dialog = edit_statement(qtbot, window, (0, "statements", 0), "")
    assert dialog is not None and dialog.isVisible()           # refused: the editor stays open and says why
    error = dialog.findChild(QWidget, names.EDITOR_ERROR)
    assert error.isVisible() and "empty" in error.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.review.brief.sections[0].statements[0].text == original
    assert window.review.item_at((0, "statements", 0)).text(0) == original
    assert not window.undo_stack.canUndo()


def test_enabled_states_follow_the_selection(qtbot, window):
    seeds_composed(qtbot, window)
    tree = window.documents.tree
    tree.clearSelection()
    tree.setCurrentItem(None)
    assert not window.actions["remove"].isEnabled()
    item = window.documents.item(window.documents.documents()[2].id)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    assert window.actions["remove"].isEnabled() and window.actions["preview"].isEnabled()
    tree.clearSelection()
    assert not window.actions["remove"].isEnabled()

    review = window.review.tree
    review.clearSelection()
    assert not window.actions["edit"].isEnabled() and not window.actions["delete"].isEnabled()
    row = window.review.item_at((0, "statements", 1))
    qtbot.mouseClick(review.viewport(), Qt.MouseButton.LeftButton, pos=review.visualItemRect(row).center())
    assert window.actions["edit"].isEnabled() and window.actions["delete"].isEnabled()
    assert window.actions["move_up"].isEnabled()


def test_the_documents_list_shows_the_flags_the_brief_lists(qtbot, window):
    brief = seeds_composed(qtbot, window)
    assert any(source.flags for source in brief.sources)
    for source in brief.sources:
        document = next(d for d in window.documents.documents() if d.sha256 == source.sha256)
        assert window.documents.item(document.id).text(FLAGS_COLUMN) == ", ".join(source.flags)


def test_unchecked_documents_are_greyed_and_all_can_be_checked_at_once(qtbot, window):
    assert run_job(qtbot, window, lambda: window.add_paths([str(SEEDS)])) == "succeeded"
    qtbot.mouseClick(window.findChild(QWidget, names.UNCHECK_ALL_BUTTON), Qt.MouseButton.LeftButton)
    assert window.documents.count_label.text() == "0 of 5 used"
    item = window.documents.item(window.documents.documents()[0].id)
    assert item.foreground(0).color() == window.documents.palette().placeholderText().color()
    qtbot.mouseClick(window.findChild(QWidget, names.CHECK_ALL_BUTTON), Qt.MouseButton.LeftButton)
    assert window.documents.count_label.text() == "5 of 5 used"
    assert item.foreground(0).color() == window.documents.palette().text().color()


def test_a_template_loads_from_a_file_anywhere(qtbot, window, monkeypatch, tmp_path):
    shared = tmp_path / "shared-desk.yaml"
    shared.write_text("name: shared-desk\nsections:\n  - {kind: summary, title: Gist, max_items: 2}\n"
                      "  - {kind: sources, title: Sources}\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(shared), ""))
    window.actions["open_template"].trigger()
    assert window.findChild(QComboBox, names.TEMPLATE_CHOOSER).currentText() == "shared-desk (file)"
    assert [s.title for s in window.setup.template().sections] == ["Gist", "Sources"]


def test_actions_on_an_item_path_are_the_services_functions(qtbot, window):
    brief = seeds_composed(qtbot, window)
    window.review.tree.setCurrentItem(window.review.item_at((0, "statements", 1)))
    window.actions["delete"].trigger()
    assert element(window.review.brief, (0, "statements", 1)) == brief.sections[0].statements[2]
