"""Crash safety: the current project is copied to the user data folder now and then.

A clean exit removes the copy; finding one at start means the last session did not end
cleanly, and the window offers to restore it, under the project file it belongs to
(`Project.saved_as`). The copy is written atomically like every file, so a crash while
autosaving leaves the previous copy.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefing.atomic import remove_stale_temporaries
from briefing.library.project import Project, read_project, write_project
from briefing.templates.store import user_data_dir

AUTOSAVE_NAME = "autosave.briefing"


def autosave_path() -> Path:
    """Where the autosave lives: the user data folder, beside the user's templates."""
    return user_data_dir() / AUTOSAVE_NAME


def write_autosave(project: Project, saved_as: str | Path | None = None) -> Path:
    """Keep a copy of unsaved work; `saved_as` is the project file it belongs to, where it has one,
    so that restoring it after a crash puts it back under that file."""
    path = autosave_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if saved_as is not None:
        project = replace(project, saved_as=str(saved_as))
    return write_project(project, path)


def read_autosave() -> Project | None:
    """The autosaved project, or None when there is none (a damaged one raises BriefingError)."""
    path = autosave_path()
    return read_project(path) if path.is_file() else None


def clear_autosave() -> None:
    """Remove the autosave, and what a window killed while autosaving left beside it."""
    autosave_path().unlink(missing_ok=True)
    remove_stale_temporaries(autosave_path())
