"""Errors a user can cause, with messages a user can act on."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.model.paths import display_path


class BriefingError(Exception):
    """A problem the user can fix (bad file, bad template, unwritable target).

    The message is one line, names the file and says what is wrong; the CLI and the GUI show
    it as it is, the log keeps the traceback. Paths in it are shown with `display_path`.
    """


class UsageError(BriefingError):
    """The command or a setting asks for something that cannot be done as asked (a bad option,
    an unknown or broken template): nothing was read or written. The CLI exits with 2."""


class NothingUsable(BriefingError):
    """No document could be used, so there is nothing to compose. The CLI exits with 1."""


class WriteError(BriefingError):
    """A file could not be written (no folder, read-only, disk full); an older file of that name
    is left as it was. The CLI exits with 3."""


@dataclass(frozen=True)
class InputProblem:
    """One input file that could not be used, and why (shown to the user as one line).

    `path` is the file's name as the file system has it; `str()` shows it readably.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{display_path(self.path)}: {self.message}"
