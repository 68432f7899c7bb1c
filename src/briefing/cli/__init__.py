"""The command line: `briefing build`, `briefing template`, `briefing library`, `briefing gui`."""

from briefing.cli.main import main

__all__ = ["main"]
