"""The desktop window (Qt Widgets) over the same services the CLI uses; the only package that imports Qt."""

from briefing.gui.none_guard import keep_none_alive

keep_none_alive()

from briefing.gui.app import create_main_window, run_app  # noqa: E402  (after the guard above)

__all__ = ["create_main_window", "run_app"]
