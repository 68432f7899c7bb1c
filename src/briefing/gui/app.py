"""Start the window: the factory tests use, and `run_app` for `briefing gui` / `briefing` / `python -m briefing`."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from briefing.gui.main_window import MainWindow
from briefing.gui.settings import GuiSettings
from briefing.resources import asset

# The bundled font with Chinese, Japanese and Korean glyphs, the one the PDF export embeds: a
# machine without such a font would otherwise show the names of a Korea story as empty boxes.
FALLBACK_FONT = "DroidSansFallback.ttf"


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("briefing")
    app.setOrganizationName("briefing")
    app.setApplicationDisplayName("briefing")
    add_bundled_fonts()
    return app


def add_bundled_fonts() -> None:
    """Make the bundled CJK font one Qt falls back on for glyphs the user's fonts lack (once)."""
    if "Droid Sans Fallback" not in QFontDatabase.families():
        QFontDatabase.addApplicationFont(str(asset("fonts", FALLBACK_FONT)))


def create_main_window(paths: list[str] | None = None, settings: GuiSettings | None = None) -> MainWindow:
    """The main window, not yet shown; `paths` are read into the documents panel at once."""
    application()
    window = MainWindow(settings or GuiSettings())
    if paths:
        window.add_paths([str(p) for p in paths])
    return window


def run_app(paths: list[str] | None = None) -> int:
    app = application()
    window = create_main_window(paths)
    window.show()
    QTimer.singleShot(0, window.offer_restore)
    return app.exec()
