"""Crash safety: the current project is copied to the user data folder now and then.

A clean exit removes the copy; finding one at start means the last session did not end
cleanly, and the window offers to restore it.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from briefing.library.project import Project, read_project, write_project

AUTOSAVE_NAME = "autosave.briefing"


def autosave_path() -> Path:
    """Where the autosave lives (platformdirs' user data dir; XDG_DATA_HOME on Linux)."""
    return Path(platformdirs.user_data_dir("briefing", appauthor=False)) / AUTOSAVE_NAME


def write_autosave(project: Project) -> Path:
    path = autosave_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_project(project, path)


def read_autosave() -> Project | None:
    """The autosaved project, or None when there is none (a damaged one raises BriefingError)."""
    path = autosave_path()
    return read_project(path) if path.is_file() else None


def clear_autosave() -> None:
    autosave_path().unlink(missing_ok=True)
