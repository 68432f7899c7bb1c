"""The whole flow through the real window: add, choose, compose, edit, undo, export, save, reopen."""

import json
import re

import docx
import pypdf
from gui_helpers import SEEDS, all_citations, all_texts, run_job
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
)

from briefing.gui import names
from briefing.model import Statement


def button(window, name) -> QToolButton:
    found = window.findChild(QToolButton, name)
    assert found is not None, name
    return found


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def add_seeds(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(SEEDS))
    assert run_job(qtbot, window, lambda: click(qtbot, button(window, names.ADD_FOLDER_BUTTON))) == "succeeded"


def compose(qtbot, window):
    assert run_job(qtbot, window, lambda: click(qtbot, button(window, names.COMPOSE_BUTTON))) == "succeeded"
    return window.review.brief


def first_statement_path(brief):
    for s, section in enumerate(brief.sections):
        if section.statements:
            return (s, "statements", 0)
    raise AssertionError("the brief has no statements")


def choose_exclusions(brief, documents):
    """A cited document to leave out, and a heading (of another document) whose sentences are cited."""
    cited = {}
    for citation in all_citations(brief.to_dict()):
        source = brief.source(citation["source"])
        cited.setdefault(source.sha256, set()).add(citation["sentence"])
    by_sha = {d.sha256: d for d in documents}
    for doc in documents:
        for heading in doc.headings:
            inside = {s.index for s in doc.sentences if heading.start <= s.start < heading.section_end}
            if inside & cited.get(doc.sha256, set()):
                others = [by_sha[sha] for sha in cited if sha != doc.sha256 and sha in by_sha]
                return others[0], doc, heading, inside
    raise AssertionError("no cited sentence lies under a heading")


def test_whole_flow_from_seeds_to_exported_and_reopened_brief(qtbot, make_window, monkeypatch, tmp_path, dialogs):
    window = make_window()
    add_seeds(qtbot, window, monkeypatch)
    documents = window.documents.documents()
    assert len(documents) == 5
    first = compose(qtbot, window)

    # leave out one document, and one section of another, both of which the first brief cited
    dropped, trimmed, heading, trimmed_sentences = choose_exclusions(first, documents)
    window.documents.item(dropped.id).setCheckState(0, Qt.CheckState.Unchecked)
    window.documents.set_heading_included(trimmed.id, heading.title, False)
    assert window.documents.count_label.text() == "4 of 5 used"
    # and set the brief up: an author, no quotes section, three summary statements
    qtbot.keyClicks(window.findChild(QLineEdit, names.AUTHOR_FIELD), "Desk officer")
    sections = window.findChild(QListWidget, names.SECTION_LIST)
    quotes = next(sections.item(i) for i in range(sections.count()) if "quotes" in sections.item(i).text().lower())
    quotes.setCheckState(Qt.CheckState.Unchecked)
    sections.setCurrentRow(0)
    limit = window.findChild(QSpinBox, names.SECTION_LIMIT)
    limit.selectAll()
    qtbot.keyClicks(limit, "3")
    brief = compose(qtbot, window)

    data = brief.to_dict()
    assert dropped.sha256 not in {s.sha256 for s in brief.sources}
    trimmed_id = next(s.id for s in brief.sources if s.sha256 == trimmed.sha256)
    assert next(s for s in brief.sources if s.id == trimmed_id).excluded_headings == [heading.title]
    for citation in all_citations(data):
        assert not (citation["source"] == trimmed_id and citation["sentence"] in trimmed_sentences)
    left_out = {dropped.sentences[i].text for i in range(len(dropped.sentences))} \
        | {trimmed.sentences[i].text for i in trimmed_sentences}
    assert not left_out & set(all_texts(data))
    assert brief.author == "Desk officer"
    assert "quotes" not in [section.kind for section in brief.sections]
    assert len(brief.sections[0].statements) == 3

    # edit a statement in place, undo it with Ctrl+Z, redo it with Ctrl+Shift+Z
    tree = window.review.tree
    path = first_statement_path(brief)
    original = window.review.brief.sections[path[0]].statements[0]
    tree.setCurrentItem(window.review.item_at(path))
    click(qtbot, button(window, names.EDIT_STATEMENT_BUTTON))
    editor = window.findChild(QPlainTextEdit, names.EDITOR_TEXT)
    assert editor is not None and editor.window().focusWidget() is editor     # typing goes there
    editor.selectAll()
    qtbot.keyClicks(editor, "The talks will resume in March.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.review.brief.sections[path[0]].statements[0].text
                    == "The talks will resume in March.")
    edited = window.review.brief.sections[path[0]].statements[0]
    assert edited.edited and edited.citations == original.citations
    assert window.isWindowModified()

    window.activateWindow()
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.review.brief.sections[path[0]].statements[0] == original
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.review.brief.sections[path[0]].statements[0] == edited
    edited_brief = json.loads(json.dumps(window.review.brief.to_dict()))

    # export DOCX and PDF through the save dialog, and read them back
    for suffix in (".docx", ".pdf"):
        target = tmp_path / f"brief{suffix}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        assert run_job(qtbot, window, lambda: click(qtbot, button(window, names.EXPORT_BUTTON))) == "succeeded", \
            window.last_error
        assert dialogs.messages[-1][0] == "Exported"      # offered to open it
    document = docx.Document(str(tmp_path / "brief.docx"))
    docx_text = " ".join([p.text for p in document.paragraphs]
                         + [c.text for t in document.tables for row in t.rows for c in row.cells])
    pdf_text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(tmp_path / "brief.pdf")).pages)
    second = next(s for s in window.review.brief.sections if len(s.statements) > 1).statements[1]
    for text in ("The talks will resume in March.", second.text):
        assert words(text) in words(docx_text)
        assert words(text)[:60] in words(pdf_text)

    # save the setup as a template, and the project
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("desk-setup", True))
    click(qtbot, button(window, names.SAVE_TEMPLATE_BUTTON))
    chooser = window.findChild(QComboBox, names.TEMPLATE_CHOOSER)
    assert chooser.currentText() == "desk-setup (yours)"
    project_file = tmp_path / "desk.briefing"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(project_file), ""))
    qtbot.keyClick(tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert project_file.is_file() and not window.isWindowModified()

    # a fresh window opens the project: same documents, choices and edited brief
    again = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(project_file), ""))
    assert run_job(qtbot, again, again.actions["open"].trigger) == "succeeded"
    assert again.review.brief.to_dict() == edited_brief
    assert again.documents.selection() == window.documents.selection()
    assert again.windowTitle().startswith("desk.briefing")

    # and the saved template, chosen in a new window, composes the same brief as before the edit
    third = make_window()
    add_seeds(qtbot, third, monkeypatch)
    third.documents.item(dropped.id).setCheckState(0, Qt.CheckState.Unchecked)
    third.documents.set_heading_included(trimmed.id, heading.title, False)
    third_chooser = third.findChild(QComboBox, names.TEMPLATE_CHOOSER)
    third_chooser.setCurrentIndex(third_chooser.findText("desk-setup (yours)"))
    assert third.setup.fields["author"].text() == "Desk officer"
    recomposed = compose(qtbot, third).to_dict()
    assert recomposed.pop("template") == {"name": "desk-setup", "version": 1}
    assert recomposed == {k: v for k, v in data.items() if k != "template"}


def test_hovering_and_clicking_a_citation_shows_the_source_sentence(qtbot, window, monkeypatch):
    add_seeds(qtbot, window, monkeypatch)
    brief = compose(qtbot, window)
    path = first_statement_path(brief)
    statement: Statement = brief.sections[path[0]].statements[0]
    item = window.review.item_at(path)
    assert statement.text in item.toolTip(1)            # the tooltip quotes the cited sentence
    window.review.tree.setCurrentItem(item)
    entry = window.review.citations.item(0)
    rect = window.review.citations.visualItemRect(entry)
    qtbot.mouseClick(window.review.citations.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.preview.highlighted_text() == statement.text
    assert window.preview.highlighted == statement.citations[0].sentence


def test_deleting_and_moving_statements_are_undoable(qtbot, window, monkeypatch):
    add_seeds(qtbot, window, monkeypatch)
    brief = compose(qtbot, window)
    s, attr, _ = first_statement_path(brief)
    texts = [st.text for st in brief.sections[s].statements]
    window.review.tree.setCurrentItem(window.review.item_at((s, attr, 0)))
    click(qtbot, button(window, names.MOVE_DOWN_BUTTON))
    assert [st.text for st in window.review.brief.sections[s].statements][:2] == [texts[1], texts[0]]
    click(qtbot, button(window, names.DELETE_STATEMENT_BUTTON))
    assert texts[0] not in [st.text for st in window.review.brief.sections[s].statements]
    window.actions["undo"].trigger()
    window.actions["undo"].trigger()
    assert [st.text for st in window.review.brief.sections[s].statements] == texts


def test_a_citation_of_two_sentences_shows_both(qtbot, window, monkeypatch, tmp_path):
    (tmp_path / "a.txt").write_text("The harbour board approved a new ferry terminal in 2024.\n\n"
                                    "Ann Vale is the harbour board's longest-serving member. "
                                    "She became its chair in 2009 after a vote of the island's councillors.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("The old pier was closed after a storm damaged it in 2019.\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    assert run_job(qtbot, window, lambda: click(qtbot, button(window, names.ADD_FOLDER_BUTTON))) == "succeeded"
    brief = compose(qtbot, window)
    s = next(i for i, section in enumerate(brief.sections) if section.kind == "timeline")
    k = next(i for i, e in enumerate(brief.sections[s].events) if e.date == "2009")
    window.review.tree.setCurrentItem(window.review.item_at((s, "events", k)))
    shown = window.review.citations.item(0).text()
    assert "Ann Vale is the harbour board's longest-serving member. She became its chair in 2009" in shown
