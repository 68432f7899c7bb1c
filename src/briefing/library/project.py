"""A `.briefing` project as JSON: documents (paths), choices, template, options, the edited brief.

Paths are stored relative to the project file where they lie below its folder, so that a project
moved together with its documents still opens; absolute paths are kept as well as a fallback.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.atomic import write_text_atomically
from briefing.model import Brief, BriefingError

PROJECT_FORMAT = "briefing-project/1"
PROJECT_SUFFIX = ".briefing"
OPTION_KEYS = ("title", "subtitle", "author", "marking")


@dataclass
class DocumentChoice:
    """One document the user added, whether it is used, and which of its headings are left out."""

    path: str
    included: bool = True
    excluded_headings: list[str] = field(default_factory=list)


@dataclass
class Project:
    documents: list[DocumentChoice] = field(default_factory=list)
    template_name: str = "standard"
    template_yaml: str | None = None       # the template as set up in the window, embedded
    options: dict[str, str] = field(default_factory=dict)   # title, subtitle, author, marking
    brief: Brief | None = None             # the brief as edited, None before the first compose
    saved_as: str | None = None            # autosave only: the project file this work belongs to


def _stored_path(path: str, folder: Path | None) -> dict[str, str]:
    absolute = os.path.abspath(path)
    out = {"path": absolute}
    if folder is not None:
        try:
            out["relative"] = Path(os.path.relpath(absolute, folder)).as_posix()
        except ValueError:      # another drive on Windows
            pass
    return out


def _resolved_path(raw: dict[str, Any], folder: Path | None) -> str:
    relative = raw.get("relative")
    if relative and folder is not None:
        candidate = folder / relative
        if candidate.exists():
            return str(candidate.resolve())
    return str(raw.get("path", ""))


def project_to_json(project: Project, folder: Path | None = None) -> str:
    """The project as JSON text; paths relative to `folder` (the project file's folder) where given."""
    data = {
        "format": PROJECT_FORMAT,
        "documents": [{**_stored_path(d.path, folder), "included": d.included,
                       "excluded_headings": list(d.excluded_headings)} for d in project.documents],
        "template": {"name": project.template_name, "yaml": project.template_yaml},
        "options": {k: project.options.get(k, "") for k in OPTION_KEYS},
        "brief": project.brief.to_dict() if project.brief else None,
    }
    if project.saved_as:
        data["saved_as"] = os.path.abspath(project.saved_as)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def project_from_json(text: str, folder: Path | None = None, where: str = "<project>") -> Project:
    """Parse project JSON; anything malformed is a BriefingError naming `where`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BriefingError(f"{where}: not a briefing project (bad JSON at line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != PROJECT_FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise BriefingError(f"{where}: not a briefing project (format is {found!r}, expected {PROJECT_FORMAT!r})")
    try:
        documents = [DocumentChoice(_resolved_path(d, folder), bool(d.get("included", True)),
                                    [str(h) for h in d.get("excluded_headings") or []])
                     for d in data.get("documents") or []]
        template = data.get("template") or {}
        options = {k: str(v) for k, v in (data.get("options") or {}).items() if k in OPTION_KEYS and v}
        brief = Brief.from_dict(data["brief"]) if data.get("brief") else None
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise BriefingError(f"{where}: damaged project ({type(exc).__name__}: {exc})") from None
    saved_as = data.get("saved_as")
    return Project(documents, str(template.get("name") or "standard"), template.get("yaml"), options, brief,
                   str(saved_as) if saved_as else None)


def write_project(project: Project, path: str | Path) -> Path:
    """Write the project atomically; an existing file is replaced only when the write succeeded."""
    path = Path(path)
    return write_text_atomically(path, project_to_json(project, path.resolve().parent))


def read_project(path: str | Path) -> Project:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefingError(f"{path}: cannot read project ({getattr(exc, 'strerror', None) or exc})") from None
    return project_from_json(text, path.resolve().parent, str(path))
