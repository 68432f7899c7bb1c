"""Where templates live (bundled with the program, saved by the user) and finding one by name.

A NAME is looked up among the user's templates first, then the bundled ones, so a user can
keep an edited `standard`. Anything with a suffix or a folder separator is a file path.
"""

from __future__ import annotations

import copy
import dataclasses
import filecmp
import os
import re
import shutil
from pathlib import Path
from typing import Any

import platformdirs

from briefing.atomic import write_atomically, write_text_atomically
from briefing.model import BriefingError, UsageError, display_path
from briefing.resources import asset
from briefing.templates.loader import load_template_file, read_template, read_template_text, style_roots
from briefing.templates.model import Template, TemplateInfo
from briefing.templates.style_files import style_file_slots, value_at
from briefing.templates.validate import TemplateError
from briefing.templates.writer import template_to_yaml

DATA_DIR_VARIABLE = "BRIEFING_DATA_DIR"   # overrides the user data folder (tests, portable installs)
TEMPLATE_SUFFIXES = (".yaml", ".yml")
DEFAULT_TEMPLATE = "standard"
# A name must be a plain file name on every platform: letters, digits, '-' and '_'.
_TEMPLATE_NAME = re.compile(r"\w[\w-]*")


def user_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_VARIABLE)
    return Path(override) if override else Path(platformdirs.user_data_dir("briefing", appauthor=False))


def user_templates_dir() -> Path:
    return user_data_dir() / "templates"


def bundled_templates_dir() -> Path:
    return asset("templates")


def is_template_file(name_or_path: str | Path) -> bool:
    """A Path, or text with a suffix or a folder separator, names a file; other text is a NAME."""
    if isinstance(name_or_path, Path):
        return True
    separators = {"/", os.sep} | ({os.altsep} if os.altsep else set())
    return any(s in name_or_path for s in separators) or bool(Path(name_or_path).suffix)


def check_template_name(name: str) -> str:
    if not _TEMPLATE_NAME.fullmatch(name):
        raise UsageError(f"'{display_path(name)}' cannot be a template name; use letters, digits, '-' and '_' "
                            f"(e.g. my-brief)")
    return name


def _named_file(folder: Path, name: str) -> Path | None:
    for suffix in TEMPLATE_SUFFIXES:
        if (folder / f"{name}{suffix}").is_file():
            return folder / f"{name}{suffix}"
    return None


def find_template(name_or_path: str | Path) -> Path:
    """The file a template NAME or path stands for; a BriefingError listing the names if none."""
    if is_template_file(name_or_path):
        return Path(name_or_path)
    for folder in (user_templates_dir(), bundled_templates_dir()):
        found = _named_file(folder, str(name_or_path))
        if found:
            return found
    names = ", ".join(info.name for info in list_templates())
    raise UsageError(f"no template named '{display_path(name_or_path)}'; available: {names} (or give a template file)")


def load_template(name_or_path: str | Path) -> Template:
    """The template with this NAME (user's, then bundled) or in this file, validated."""
    return load_template_file(find_template(name_or_path))


def _template_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.suffix in TEMPLATE_SUFFIXES and not p.name.startswith(".") and p.is_file())


def list_templates() -> list[TemplateInfo]:
    """Every template a NAME reaches: bundled ones (standard first), then the user's.

    A user template hides a bundled one of the same name. A file that does not load is still
    listed, with its first problem, so the user can find and fix it.
    """
    user: dict[str, Path] = {}
    for p in _template_files(user_templates_dir()):
        user.setdefault(p.stem, p)   # `x.yaml` before `x.yml`, as find_template does
    infos: list[TemplateInfo] = []
    bundled = sorted(_template_files(bundled_templates_dir()), key=lambda p: (p.stem != DEFAULT_TEMPLATE, p.stem))
    for origin, files in (("bundled", [p for p in bundled if p.stem not in user]), ("user", user.values())):
        for path in files:
            infos.append(_info(path, origin))
    return infos


def _info(path: Path, origin: str) -> TemplateInfo:
    try:
        text = read_template_text(path)
    except BriefingError as exc:
        return TemplateInfo(path.stem, "", origin, str(path), str(exc))
    template, problems = read_template(text, display_path(path), path.parent)
    return TemplateInfo(path.stem, template.description, origin, str(path), problems[0] if problems else None)


def save_template(template: Template, path: str | Path | None = None) -> Path:
    """Write `template` as YAML, atomically, to `path` or (None) to the user's templates folder.

    The text is checked by loading it back before anything is written, so a template that would
    not load again is refused with the problem instead of being saved.
    """
    if path is None:
        folder = user_templates_dir()
        target = folder / f"{check_template_name(template.name)}.yaml"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BriefingError(f"{folder}: cannot create the templates folder ({exc.strerror or exc})") from None
    else:
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".yaml")
    folder_abs = Path(os.path.abspath(target)).parent
    if template.style:
        template = dataclasses.replace(template, style=_bring_style_files(template.style, folder_abs, target))
    text = template_to_yaml(template, relative_to=folder_abs)
    _, problems = read_template(text, display_path(target), folder_abs)
    if problems:
        raise TemplateError(problems)
    return write_text_atomically(target, text)


MAX_STYLE_FILE_BYTES = 64 * 2**20     # a CJK font is about 20 MB; a logo or reference .docx far less


def _bring_style_files(style: dict[str, Any], folder: Path, target: Path) -> dict[str, Any]:
    """`style` with each file it names outside `folder` (and the folders any template may use)
    copied into `folder`, so that the saved template loads again and can be shared as a folder."""
    roots = [os.path.realpath(r) for r in (folder, *style_roots())]
    out = copy.deepcopy(style)
    for slot in style_file_slots(style):
        name = value_at(style, slot)
        real = os.path.realpath(os.path.expanduser(name))
        if any(os.path.commonpath([real, root]) == root for root in roots if _same_drive(real, root)):
            continue
        if not os.path.isfile(real) or os.path.getsize(real) > MAX_STYLE_FILE_BYTES:
            raise BriefingError(f"{display_path(target)}: style file {display_path(name)} is not there (or is over "
                                f"{MAX_STYLE_FILE_BYTES // 2**20} MB), so it cannot be saved beside the template; "
                                f"choose another or leave it out")
        copied = _free_name(folder, Path(real))
        if not copied.exists():
            write_atomically(copied, lambda tmp, source=real: shutil.copyfile(source, tmp))
        parent = out
        for step in slot[:-1]:
            parent = parent[step]
        parent[slot[-1]] = str(copied)
    return out


def _same_drive(a: str, b: str) -> bool:
    return os.path.splitdrive(a)[0].lower() == os.path.splitdrive(b)[0].lower()


def _free_name(folder: Path, source: Path) -> Path:
    """`folder/NAME`, or `NAME-2`… when a different file already has that name (the same file is reused)."""
    for n in range(1, 1000):
        candidate = folder / (source.name if n == 1 else f"{source.stem}-{n}{source.suffix}")
        if not candidate.exists() or filecmp.cmp(candidate, source, shallow=False):
            return candidate
    raise BriefingError(f"{display_path(folder)}: too many files named like {display_path(source.name)}")
