"""Real editing through the real window: dates, actors, speakers, issue names, and the statement
editor that shows the source sentence with its neighbours."""

import pytest
from gui_helpers import SEEDS, run_job
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QTextBrowser, QWidget

from briefing.gui import names
from briefing.gui.review_panel import EDITED_MARK
from briefing.services.editing import element


@pytest.fixture
def composed(qtbot, window):
    assert run_job(qtbot, window, lambda: window.add_paths([str(SEEDS)])) == "succeeded"
    assert run_job(qtbot, window, window.actions["compose"].trigger) == "succeeded"
    return window


def first_path(brief, kind, attr):
    s = next(i for i, section in enumerate(brief.sections) if section.kind == kind and getattr(section, attr))
    return (s, attr, 0)


def open_editor(qtbot, window, path) -> QDialog:
    row = window.review.item_at(path)
    tree = window.review.tree
    tree.setCurrentItem(row)

    def in_view():
        tree.scrollToItem(row)
        return tree.viewport().rect().contains(tree.visualItemRect(row).center())
    qtbot.waitUntil(in_view)
    where = tree.visualItemRect(row).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)      # a double-click's first press
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    dialog = window.findChild(QDialog, names.EDITOR_DIALOG)
    assert dialog is not None and dialog.isVisible()
    return dialog


def retype(qtbot, dialog, name, text):
    field = dialog.findChild(QLineEdit, name)
    field.selectAll()
    qtbot.keyClicks(field, text)


def save(qtbot, dialog):
    qtbot.keyClick(dialog.findChild(QLineEdit), Qt.Key.Key_Return)


@pytest.mark.parametrize("kind, attr, fields, check", [
    ("timeline", "events", {names.EDITOR_DATE: "2024-02-29"}, lambda e: e.date == "2024-02-29" and not e.date_text),
    ("actors", "actors", {names.EDITOR_NAME: "Dana Example", names.EDITOR_ROLE: "trade envoy",
                          names.EDITOR_AFFILIATION: "Ministry of Examples"},
     lambda a: (a.name, a.role, a.affiliation) == ("Dana Example", "trade envoy", "Ministry of Examples")),
    ("quotes", "quotes", {names.EDITOR_SPEAKER: "A spokesperson"}, lambda q: q.speaker == "A spokesperson"),
    ("issues", "issues", {names.EDITOR_NAME: "Fishing rights"}, lambda i: i.name == "Fishing rights"),
])
def test_each_kind_of_item_is_edited_marked_and_undone(qtbot, composed, kind, attr, fields, check):
    window = composed
    path = first_path(window.review.brief, kind, attr)
    before = element(window.review.brief, path)
    dialog = open_editor(qtbot, window, path)
    for name, text in fields.items():
        retype(qtbot, dialog, name, text)
    save(qtbot, dialog)
    moved = window.review.current_path()          # a re-dated event moves to its place in date order
    after = element(window.review.brief, moved)
    assert check(after) and after.edited
    assert after.citations == before.citations if hasattr(before, "citations") else True
    if kind == "timeline":
        dates = [e.date for e in window.review.brief.sections[path[0]].events]
        assert moved != path and dates == sorted(dates)
    row = window.review.item_at(moved)
    assert row.text(0).endswith(EDITED_MARK) and row.font(0).italic()
    assert "Edited by you" in row.toolTip(0)
    assert after.to_dict()["edited"] is True              # saved with the project and the JSON export
    window.actions["undo"].trigger()
    assert element(window.review.brief, path) == before
    assert not window.review.item_at(path).text(0).endswith(EDITED_MARK)


def test_a_renamed_actor_keeps_the_sources_name_as_an_alias(qtbot, composed):
    window = composed
    path = first_path(window.review.brief, "actors", "actors")
    old = element(window.review.brief, path).name
    dialog = open_editor(qtbot, window, path)
    retype(qtbot, dialog, names.EDITOR_NAME, "Dana Example")
    save(qtbot, dialog)
    assert old in element(window.review.brief, path).aliases


def test_a_date_that_is_not_one_is_refused_and_the_editor_says_how_to_write_it(qtbot, composed):
    window = composed
    path = first_path(window.review.brief, "timeline", "events")
    before = element(window.review.brief, path)
    dialog = open_editor(qtbot, window, path)
    retype(qtbot, dialog, names.EDITOR_DATE, "2025-02-30")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "2025-10-31" in dialog.findChild(QWidget, names.EDITOR_ERROR).text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert element(window.review.brief, path) == before and not window.undo_stack.canUndo()


def test_the_statement_editor_has_several_lines_and_shows_the_sentence_with_its_neighbours(qtbot, composed):
    window = composed
    brief = window.review.brief
    path = first_path(brief, "background", "statements")
    statement = element(brief, path)
    citation = statement.citations[0]
    source = brief.source(citation.source)
    document = window.documents.document_for_source(source.path, source.sha256)
    dialog = open_editor(qtbot, window, path)
    text = dialog.findChild(QPlainTextEdit, names.EDITOR_TEXT)
    assert text.height() >= 3 * text.fontMetrics().lineSpacing()
    context = dialog.findChild(QTextBrowser, names.EDITOR_CONTEXT).toPlainText()
    assert document.sentences[citation.sentence].text in context
    neighbours = [document.sentences[i].text for i in (citation.sentence - 1, citation.sentence + 1)
                  if 0 <= i < len(document.sentences)]
    assert neighbours and all(n in context for n in neighbours)
    # Return starts a new line (joined to one on saving); Ctrl+Return saves
    text.selectAll()
    qtbot.keyClicks(text, "First half,")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClicks(text, "second half.")
    assert dialog.isVisible()
    qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert element(window.review.brief, path).text == "First half, second half."


def _tree_texts(tree):
    def walk(item):
        return [(item.text(0), item.text(1), item.toolTip(0))] + [t for i in range(item.childCount())
                                                                  for t in walk(item.child(i))]
    return [walk(tree.topLevelItem(i)) for i in range(tree.topLevelItemCount())]


def test_an_edit_redraws_only_its_section_and_the_tree_reads_as_if_drawn_anew(qtbot, composed):
    """Redrawing every section on each edit stalled a 400-source brief's window for 50 ms."""
    review = composed.review
    path = first_path(review.brief, "summary", "statements")
    kept = [review.tree.topLevelItem(i) for i in range(review.tree.topLevelItemCount()) if i != path[0]]
    assert review.set_statement_text(path, "The quay reopened after repairs.")
    assert [review.tree.topLevelItem(i) for i in range(review.tree.topLevelItemCount()) if i != path[0]] == kept
    assert review.item_at(path).text(0).startswith("The quay reopened after repairs.")
    assert review.tree.currentItem() is review.item_at(path)
    incremental = _tree_texts(review.tree)
    review.show_brief(review.brief, path)                           # drawn anew from the brief
    assert _tree_texts(review.tree) == incremental
    composed.actions["undo"].trigger()
    assert not review.item_at(path).text(0).startswith("The quay reopened")
    assert all(review.tree.topLevelItem(i).isExpanded() for i in range(review.tree.topLevelItemCount()))
