"""The Pages view and printing, through the real window: the brief as it will print, following edits."""

import re

import pypdf
from gui_helpers import SEEDS, run_job
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QWidget

from briefing.gui import names


def squeezed(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def composed_with_pages(qtbot, window):
    assert run_job(qtbot, window, lambda: window.add_paths([str(SEEDS)])) == "succeeded"
    with qtbot.waitSignal(window.pages_finished, timeout=60000) as drawn:
        assert run_job(qtbot, window, window.actions["compose"].trigger) == "succeeded"
    assert drawn.args == ["succeeded"]
    return window.review.brief


def exported_pdf(qtbot, window, tmp_path):
    target = tmp_path / "exported.pdf"
    assert run_job(qtbot, window, lambda: window.export_to(target, ask_to_open=False)) == "succeeded"
    return pypdf.PdfReader(str(target))


def test_pages_view_shows_every_page_of_the_pdf_export(qtbot, window, tmp_path):
    composed_with_pages(qtbot, window)
    view = window.findChild(QWidget, names.PAGES_VIEW)
    assert view is window.pages and view.isVisible()
    exported = exported_pdf(qtbot, window, tmp_path)
    assert window.pages.page_count() == len(exported.pages) > 1
    first = window.pages.canvas.images[0]
    width, height = exported.pages[0].mediabox.width, exported.pages[0].mediabox.height
    assert abs(first.width() / first.height() - float(width / height)) < 0.01     # the page's own shape
    assert f"{len(exported.pages)} pages" in window.pages.status.text()
    # the pages are drawn, not blank: the cover has dark text on it
    image = window.pages.canvas.grab().toImage()
    assert any(image.pixelColor(x, y).lightness() < 100 for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3))


def test_selecting_an_item_in_the_brief_shows_the_page_it_prints_on(qtbot, window, tmp_path):
    brief = composed_with_pages(qtbot, window)
    exported = exported_pdf(qtbot, window, tmp_path)
    texts = [squeezed(page.extract_text()) for page in exported.pages]
    s = next(i for i, section in enumerate(brief.sections) if section.kind == "timeline")
    last = len(brief.sections[s].events) - 1
    path = (s, "events", last)
    window.review.tree.setCurrentItem(window.review.item_at(path))
    shown = window.pages.canvas.marked
    assert shown is not None and shown > 0
    assert squeezed(brief.sections[s].events[last].text)[:30] in texts[shown]
    assert window.pages.in_view(shown) and not window.pages.in_view(0)     # scrolled to it
    # a section's own row shows the page its heading prints on
    window.review.tree.setCurrentItem(window.review.tree.topLevelItem(0))
    assert squeezed(brief.sections[0].title) in texts[window.pages.canvas.marked]


def test_pages_follow_an_edit_after_a_pause(qtbot, window):
    brief = composed_with_pages(qtbot, window)
    before = [image.copy() for image in window.pages.canvas.images]
    s = next(i for i, section in enumerate(brief.sections) if section.kind == "summary")
    window.review.tree.setCurrentItem(window.review.item_at((s, "statements", 0)))
    window.review.tree.setFocus()
    qtbot.keyClick(window.review.tree, Qt.Key.Key_F2)
    editor = window.findChild(QPlainTextEdit, names.EDITOR_TEXT)
    editor.selectAll()
    qtbot.keyClicks(editor, "A short statement.")
    with qtbot.waitSignal(window.pages_finished, timeout=60000):
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    after = window.pages.canvas.images
    assert [image.copy() for image in after] != before
    assert window.pages.canvas.marked is not None       # still showing the edited item's page


def test_file_print_sends_every_page_to_the_printer(qtbot, window, monkeypatch, tmp_path):
    composed_with_pages(qtbot, window)
    out = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QPrintDialog, "exec", accept)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions["print"] in file_menu.actions()
    window.activateWindow()
    window.review.tree.setFocus()
    assert run_job(qtbot, window, lambda: qtbot.keyClick(window.review.tree, Qt.Key.Key_P,
                                                         Qt.KeyboardModifier.ControlModifier)) == "succeeded"
    printed = pypdf.PdfReader(str(out))
    assert len(printed.pages) == window.pages.page_count()
    page = printed.pages[0]
    assert abs(float(page.mediabox.width) / float(page.mediabox.height)
               - window.pages.canvas.images[0].width() / window.pages.canvas.images[0].height()) < 0.01


def test_a_cancelled_print_dialog_prints_nothing(qtbot, window, monkeypatch):
    composed_with_pages(qtbot, window)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert window.print_brief() is False and not window.is_busy()
