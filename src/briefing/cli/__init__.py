"""The command line: `briefing build`, `briefing template`, `briefing library`, `briefing gui`."""

from briefing.cli.main import main, run

__all__ = ["main", "run"]
