"""What briefing keeps: `.briefing` project files, and the searchable document library.

A project keeps documents, choices, template, options and the edited brief. The library keeps
every document added to it once per content, with its text, layout and per-document analysis,
searchable (`DocumentLibrary`; `open_library` gives the SQLite one).
"""

from __future__ import annotations

from pathlib import Path

from briefing.library.autosave import autosave_path, clear_autosave, read_autosave, write_autosave
from briefing.library.interface import (
    AddReport,
    CheckReport,
    DocumentLibrary,
    Highlighted,
    LibraryBusy,
    LibraryDamaged,
    LibraryEntry,
    LibraryError,
    LibraryMissing,
    LibraryStats,
    LoadResult,
    SearchPage,
    SearchQuery,
)
from briefing.library.location import LIBRARY_VARIABLE, library_path
from briefing.library.project import (
    PROJECT_FORMAT,
    PROJECT_SUFFIX,
    DocumentChoice,
    Project,
    document_problem,
    missing_documents,
    project_from_json,
    project_to_json,
    read_project,
    relocate_documents,
    write_project,
)


def open_library(path: str | Path | None = None, create: bool = False) -> DocumentLibrary:
    """The library at `path` (else $BRIEFING_LIBRARY, else the user data folder's); `create`
    makes it where there is none, else that is a LibraryMissing error."""
    from briefing.library.sqlite_library import SQLiteLibrary
    return SQLiteLibrary(library_path(path), create=create)


__all__ = [
    "LIBRARY_VARIABLE", "PROJECT_FORMAT", "PROJECT_SUFFIX", "AddReport", "CheckReport", "DocumentChoice",
    "DocumentLibrary", "Highlighted", "LibraryBusy", "LibraryDamaged", "LibraryEntry", "LibraryError",
    "LibraryMissing", "LibraryStats", "LoadResult", "Project", "SearchPage", "SearchQuery", "autosave_path",
    "clear_autosave", "document_problem", "library_path", "missing_documents", "open_library", "project_from_json",
    "project_to_json", "read_autosave", "read_project", "relocate_documents", "write_autosave", "write_project",
]
