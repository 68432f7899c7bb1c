"""Errors a user can cause, with messages a user can act on."""

from __future__ import annotations

from dataclasses import dataclass


class BriefingError(Exception):
    """A problem the user can fix (bad file, bad template, unwritable target).

    The message is one line, names the file and says what is wrong; the CLI and the GUI show
    it as it is, the log keeps the traceback.
    """


@dataclass(frozen=True)
class InputProblem:
    """One input file that could not be used, and why (shown to the user as one line)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"
