"""A `.briefing` project as JSON: documents (paths), choices, template, options, the edited brief.

Paths are stored relative to the project file where they lie below its folder, so that a project
moved together with its documents still opens; absolute paths are kept as well as a fallback.
Each is kept exactly (`model.paths.store_path`: a name that is not UTF-8 gets a `_bytes` twin).

A project file may come from anyone, so it is read as untrusted input: within the limits of
`untrusted.PROJECT_LIMITS`, and a document it names is read only when it is a regular file of a
kind briefing reads (never a device, a pipe or, say, `~/.ssh/id_rsa`). A document that is not
where the project says is kept in the project as missing, for the user to relocate.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import reprlib
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.atomic import write_text_atomically
from briefing.ingest import READERS
from briefing.model import Brief, BriefingError, display_path, store_path, stored_path
from briefing.untrusted import PROJECT_LIMITS, Refused, load_json, read_limited

PROJECT_FORMAT = "briefing-project/1"
PROJECT_SUFFIX = ".briefing"
OPTION_KEYS = ("title", "subtitle", "author", "marking")
_TEMPLATE_NAME = re.compile(r"\w[\w-]*")          # as templates.store: a name, never a path
MAX_RELOCATE_FILES = 200_000                       # files looked at when searching a folder for moved documents


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
    saved_as: str | None = None            # in an autosave: the project file the work belongs to


def _stored_path(path: str, folder: Path | None) -> dict[str, str]:
    absolute = os.path.abspath(path)
    out = store_path(absolute, "path")
    if folder is not None:
        try:
            out.update(store_path(Path(os.path.relpath(absolute, folder)).as_posix(), "relative"))
        except ValueError:      # another drive on Windows
            pass
    return out


def _resolved_path(raw: dict[str, Any], folder: Path | None) -> str:
    relative = stored_path(raw, "relative")
    if relative and folder is not None:
        candidate = folder / relative
        if candidate.exists():
            return str(candidate.resolve())
    return stored_path(raw, "path")


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
        data.update(store_path(os.path.abspath(project.saved_as), "saved_as"))
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _line_of(text: str, value: str) -> int | None:
    """The line of `text` where the JSON string `value` first appears, for a message."""
    at = text.find(json.dumps(value, ensure_ascii=False))
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def _quoted(value: object, limit: int = 80) -> str:
    """A value from the file as a message shows it: one line, escaped, cut to `limit` characters."""
    shown = display_path(" ".join((value if isinstance(value, str) else repr(value)).split()))
    return shown if len(shown) <= limit else shown[:limit] + "…"


def project_from_json(text: str, folder: Path | None = None, where: str = "<project>") -> Project:
    """Parse project JSON; anything malformed or over the limits is a BriefingError naming `where`."""
    try:
        data = load_json(text, where, PROJECT_LIMITS)
    except Refused as exc:
        if exc.reason.startswith("bad JSON"):
            raise BriefingError(f"{where}:{exc.line}: not a briefing project ({exc.reason})") from None
        raise
    if not isinstance(data, dict) or data.get("format") != PROJECT_FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise BriefingError(f"{where}: not a briefing project (format is {_quoted(reprlib.repr(found))}, "
                            f"expected {PROJECT_FORMAT!r})")
    try:
        documents = [DocumentChoice(_resolved_path(d, folder), bool(d.get("included", True)),
                                    [str(h) for h in d.get("excluded_headings") or []])
                     for d in data.get("documents") or []]
        template = data.get("template") or {}
        name = str(template.get("name") or "standard")
        yaml_text = template.get("yaml")
        if yaml_text is not None and not isinstance(yaml_text, str):
            raise TypeError("the template's yaml is not text")
        options = {k: str(v) for k, v in (data.get("options") or {}).items() if k in OPTION_KEYS and v}
        brief = Brief.from_dict(data["brief"]) if data.get("brief") else None
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise BriefingError(f"{where}: damaged project ({type(exc).__name__}: {_quoted(str(exc))}); "
                            f"open a copy saved earlier or start a new project") from None
    if not _TEMPLATE_NAME.fullmatch(name):
        # a name only: a path here would read a file the user never chose as a template
        raise BriefingError(f"{where}:{_line_of(text, name)}: template name '{display_path(name)}' is not a "
                            f"template name (letters, digits, '-' and '_')")
    return Project(documents, name, yaml_text, options, brief,
                   stored_path(data, "saved_as") or None)


def write_project(project: Project, path: str | Path) -> Path:
    """Write the project atomically; an existing file is replaced only when the write succeeded."""
    path = Path(path)
    return write_text_atomically(path, project_to_json(project, path.resolve().parent))


def read_project(path: str | Path) -> Project:
    path = Path(path)
    shown = display_path(path)
    try:
        text = read_limited(path, PROJECT_LIMITS).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BriefingError(f"{shown}: not a briefing project (not UTF-8 text at byte {exc.start})") from None
    except IsADirectoryError:
        raise BriefingError(f"{shown}: is a folder, not a project file") from None
    except OSError as exc:
        raise BriefingError(f"{shown}: cannot read project ({exc.strerror or exc})") from None
    return project_from_json(text, path.resolve().parent, shown)


# --- documents that are not where the project says --------------------------------------------

def document_problem(path: str) -> str | None:
    """Why a document a project names cannot be read where it says (one line), or None when it can."""
    if Path(path).suffix.lower() not in READERS:
        return (f"not a kind of document briefing reads ({', '.join(sorted(READERS))}); "
                f"left out (the project names it, but it may be any file)")
    try:
        info = os.stat(path)
    except OSError:
        return "missing: not found where the project says; say where it is now (Documents → Locate missing document…)"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file; left out"
    return None


def missing_documents(project: Project) -> list[DocumentChoice]:
    """The documents of `project` that cannot be read where it says."""
    return [d for d in project.documents if document_problem(d.path) is not None]


def _sha256(path: str) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _candidates(folder: Path, names: set[str]) -> dict[str, list[str]]:
    """Files under `folder` (hidden folders skipped, at most MAX_RELOCATE_FILES looked at) by name."""
    found: dict[str, list[str]] = {}
    seen = 0
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            seen += 1
            if name in names:
                found.setdefault(name, []).append(os.path.join(root, name))
        if seen > MAX_RELOCATE_FILES:
            break
    return found


def _shared_tail(path: str, old: str) -> int:
    """How many trailing parts (file name, folders) two paths share."""
    a, b = Path(path).parts, Path(old).parts
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def relocate_documents(project: Project, folder: str | Path) -> dict[str, str]:
    """Find the project's missing documents under `folder` and point the project at them.

    A document is found by its file name; where several files have it, the one with the content
    the brief cited (same sha256) wins, else the one whose path ends most like the old one.
    The brief's sources follow. Returns {old path: new path} for each document found.
    """
    missing = [d for d in project.documents if document_problem(d.path) is not None
               and Path(d.path).suffix.lower() in READERS]
    found = _candidates(Path(folder), {os.path.basename(d.path) for d in missing})
    digests = {s.path: s.sha256 for s in project.brief.sources} if project.brief else {}
    moved: dict[str, str] = {}
    for choice in missing:
        options = [p for p in found.get(os.path.basename(choice.path), []) if document_problem(p) is None]
        if not options:
            continue
        wanted = digests.get(choice.path)
        same = [p for p in options if wanted and _sha256(p) == wanted]
        best = max(same or options, key=lambda p, old=choice.path: _shared_tail(p, old))
        moved[choice.path] = os.path.abspath(best)
    for choice in project.documents:
        choice.path = moved.get(choice.path, choice.path)
    if project.brief:
        for source in project.brief.sources:
            source.path = moved.get(source.path, source.path)
    return moved
