"""GUI tests: Qt offscreen, settings and user data in a temporary folder, no dialog ever blocks."""

import json
import os
import tempfile

# A laptop-sized offscreen screen (the plugin's default is 800x600, smaller than the window's minimum)
SCREEN = {"screens": [{"name": "test", "x": 0, "y": 0, "width": 1920, "height": 1200,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
_screen_file = os.path.join(tempfile.mkdtemp(prefix="briefing-qt-"), "screen.json")
with open(_screen_file, "w", encoding="utf-8") as out:
    json.dump(SCREEN, out)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_file}"
if os.path.isdir("/usr/share/fonts/truetype/dejavu"):
    os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype/dejavu")

from briefing.gui.none_guard import keep_none_alive  # noqa: E402

keep_none_alive()

import pytest  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from briefing.gui import create_main_window  # noqa: E402

EPOCH = "1767225600"          # 2026-01-01: briefs composed twice compare equal


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setenv("BRIEFING_LIBRARY", str(tmp_path / "library.sqlite"))


class Dialogs:
    """Stands in for the message boxes: records what was said, answers as told."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.No

    def question(self, parent, title, text, *args, **kwargs):
        self.messages.append((title, text))
        return self.answer

    def warning(self, parent, title, text, *args, **kwargs):
        self.messages.append((title, text))
        return QMessageBox.StandardButton.Ok


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    fake = Dialogs()
    monkeypatch.setattr(QMessageBox, "question", fake.question)
    monkeypatch.setattr(QMessageBox, "warning", fake.warning)
    monkeypatch.setattr(QMessageBox, "about", fake.warning)
    return fake


@pytest.fixture
def make_window(qtbot, dialogs):
    """Opens real main windows (as `briefing gui` does) and closes them without prompts at the end."""
    made = []

    def make(paths=None):
        window = create_main_window(paths)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window
    yield make
    dialogs.answer = QMessageBox.StandardButton.Discard
    for window in made:
        if window.is_busy():
            window.cancel_job()
            qtbot.waitUntil(lambda w=window: not w.is_busy(), timeout=30000)
        window.close()


@pytest.fixture
def window(make_window):
    return make_window()
