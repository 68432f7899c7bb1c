"""`python -m briefing` runs the command line (which opens the window when given no arguments)."""

from briefing.cli import run

run()
