"""Project files: a `.briefing` project keeps documents, choices, template, options and the edited brief."""

from briefing.library.autosave import autosave_path, clear_autosave, read_autosave, write_autosave
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

__all__ = [
    "PROJECT_FORMAT", "PROJECT_SUFFIX", "DocumentChoice", "Project", "autosave_path", "clear_autosave",
    "document_problem", "missing_documents", "project_from_json", "project_to_json", "read_autosave",
    "read_project", "relocate_documents", "write_autosave", "write_project",
]
