"""Layout and conventions: a laptop screen, 200 % scaling, columns, each action once, Help."""

import json
import os
import subprocess
import sys
import textwrap

from gui_helpers import SEEDS, run_job
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTextBrowser, QToolBar, QToolButton

from briefing.gui.documents_panel import COLUMNS, DATE_COLUMN, TITLE_COLUMN

LAPTOP = (1024, 700)


def test_the_window_fits_a_1024_by_700_screen_and_scrolls_what_does_not_fit(qtbot, window):
    hint = window.minimumSizeHint()
    assert hint.width() <= LAPTOP[0] and hint.height() <= LAPTOP[1]
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == LAPTOP)
    scroll = window.setup_scroll
    # never squeezed below what its parts need: where its room is shorter, it scrolls
    assert scroll.widget().height() >= scroll.widget().minimumSizeHint().height()
    window.resize(LAPTOP[0], 520)
    qtbot.waitUntil(lambda: scroll.viewport().height() < scroll.widget().minimumSizeHint().height())
    assert scroll.widget().height() >= scroll.widget().minimumSizeHint().height()
    assert scroll.verticalScrollBar().maximum() > 0
    window.resize(*LAPTOP)
    for widget in (window.documents, window.review, window.pages, window.setup_scroll):
        assert widget.width() >= widget.minimumSizeHint().width() > 0


def test_document_columns_are_resizable_with_the_title_first_and_in_full_on_hover(qtbot, window):
    window.resize(*LAPTOP)
    assert run_job(qtbot, window, lambda: window.add_paths([str(SEEDS)])) == "succeeded"
    header = window.documents.tree.header()
    assert header.logicalIndex(0) == TITLE_COLUMN and COLUMNS[TITLE_COLUMN] == "Title"
    for column in range(len(COLUMNS) - 1):
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive
    assert header.sectionSize(TITLE_COLUMN) == max(header.sectionSize(c) for c in range(len(COLUMNS) - 1))
    header.resizeSection(TITLE_COLUMN, 400)                  # what dragging the divider does
    assert header.sectionSize(TITLE_COLUMN) == 400
    for document in window.documents.documents():
        assert window.documents.item(document.id).toolTip(TITLE_COLUMN).splitlines()[0] == document.title


def test_the_setup_pane_is_not_cut_off_at_the_side_on_a_laptop_screen(qtbot, window):
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == LAPTOP)
    content = window.setup_scroll.widget()
    assert content.width() >= content.minimumSizeHint().width()
    for label in content.findChildren(QLabel):
        if label.isVisible():
            assert label.width() >= label.minimumSizeHint().width(), label.text()


def test_document_dates_show_whole_on_a_laptop_screen(qtbot, window, tmp_path):
    window.resize(*LAPTOP)
    dated = tmp_path / "dated"
    dated.mkdir()
    for day in range(1, 4):        # the widest digits a date can have
        (dated / f"d{day}.md").write_text(f"---\ntitle: Quay report {day}\ndate: 2008-08-2{day}\n---\n\n"
                                          f"The quay reopened on day {day}, the harbour office said.\n")
    assert run_job(qtbot, window, lambda: window.add_paths([str(dated)])) == "succeeded"
    tree = window.documents.tree
    assert tree.topLevelItem(0).text(DATE_COLUMN).startswith("2008-08-2")
    assert tree.header().sectionSize(DATE_COLUMN) >= tree.sizeHintForColumn(DATE_COLUMN)


def test_the_setup_pane_collapses_once_a_brief_exists(qtbot, window):
    window.resize(*LAPTOP)
    toggle = window.actions["toggle_setup"]
    assert run_job(qtbot, window, lambda: window.add_paths([str(SEEDS)])) == "succeeded"
    assert run_job(qtbot, window, window.actions["compose"].trigger) == "succeeded"
    before = window.review.width() + window.pages.width()
    assert toggle.isEnabled()
    toggle.trigger()
    qtbot.waitUntil(lambda: window.setup_scroll.isHidden())
    qtbot.waitUntil(lambda: window.review.width() + window.pages.width() > before)
    toggle.trigger()
    assert window.setup_scroll.isVisible()


def test_each_action_is_on_screen_once(window):
    toolbar_actions = [a for bar in window.findChildren(QToolBar) for a in bar.actions()]
    buttons = [b.defaultAction() for b in window.findChildren(QToolButton) if b.defaultAction() is not None
               and b.parent() is not None and not b.parent().inherits("QToolBar")]
    for key, action in window.actions.items():
        shown = toolbar_actions.count(action) + buttons.count(action)
        assert shown <= 1, key


def test_help_has_a_guide_and_the_shortcut_list(qtbot, window):
    help_menu = window.menuBar().actions()[-1].menu()
    texts = [a.text().replace("&", "") for a in help_menu.actions() if a.text()]
    assert texts[:2] == ["Quick guide", "Keyboard shortcuts"] and "About briefing" in texts
    window.actions["shortcuts"].trigger()
    page = window.help_dialog.findChild(QTextBrowser).toPlainText()
    for keys in ("Ctrl+P", "Ctrl+O", "Ctrl+Return", "F2", "Ctrl+Z", "Ctrl+E"):
        assert keys in page
    window.help_dialog.close()
    window.actions["guide"].trigger()
    assert "Compose" in window.help_dialog.findChild(QTextBrowser).toPlainText()
    assert isinstance(window.help_dialog, QDialog)


def test_progress_messages_are_plain_words(qtbot, window):
    seen = []
    window.progress_label.setText = lambda text, original=window.progress_label.setText: (seen.append(text),
                                                                                          original(text))
    assert run_job(qtbot, window, lambda: window.add_paths([str(SEEDS)])) == "succeeded"
    assert run_job(qtbot, window, window.actions["compose"].trigger) == "succeeded"
    assert seen
    for message in seen:
        words = message.split(": ")[0] if not message.startswith("Reading ") else "Reading"
        assert message[0].isupper() and not any(c in words for c in "_()[]{}<>=") and "rror" not in message, \
            message


SCRIPT_200 = textwrap.dedent("""
    import json, sys
    from briefing.gui import create_main_window
    from PySide6.QtWidgets import QApplication
    window = create_main_window()
    window.resize(1024, 700)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    hint = window.minimumSizeHint()
    print(json.dumps({"ratio": window.devicePixelRatioF(), "min": [hint.width(), hint.height()],
                      "size": [window.width(), window.height()],
                      "setup_scrolls": window.setup_scroll.verticalScrollBar().maximum() > 0}))
""")


def test_at_200_percent_the_window_still_fits_a_laptop_screen(tmp_path):
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "hidpi", "x": 0, "y": 0, "width": 2048, "height": 1400,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR="2",
               BRIEFING_CONFIG_DIR=str(tmp_path / "config"), BRIEFING_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", SCRIPT_200], env=env, capture_output=True, text=True, timeout=120)
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["ratio"] == 2
    assert shown["min"][0] <= 1024 and shown["min"][1] <= 700 and shown["size"] == [1024, 700]
    assert shown["setup_scrolls"]


def test_double_click_and_enter_read_a_document(qtbot, window):
    assert run_job(qtbot, window, lambda: window.add_paths([str(SEEDS)])) == "succeeded"
    document = window.documents.documents()[1]
    tree = window.documents.tree
    tree.setCurrentItem(window.documents.item(document.id))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.preview.text.toPlainText() == document.text
