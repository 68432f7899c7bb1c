"""The desktop window (Qt Widgets) over the same services the CLI uses; the only package that imports Qt.

Importing the package loads no Qt, so that a job's child process can import `briefing.gui.job_process`
without loading the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.gui.none_guard import keep_none_alive

if TYPE_CHECKING:
    from briefing.gui.main_window import MainWindow
    from briefing.gui.settings import GuiSettings

keep_none_alive()


def create_main_window(paths: list[str] | None = None, settings: GuiSettings | None = None) -> MainWindow:
    """The main window, not yet shown; `paths` are read into the documents panel at once."""
    from briefing.gui.app import create_main_window as create
    return create(paths, settings)


def run_app(paths: list[str] | None = None) -> int:
    """Open the window and run until it closes (`briefing gui`, `briefing`, `python -m briefing`)."""
    from briefing.gui.app import run_app as run
    return run(paths)


__all__ = ["create_main_window", "run_app"]
