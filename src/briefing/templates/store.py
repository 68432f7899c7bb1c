"""Where templates live (bundled with the program, saved by the user) and finding one by name.

A NAME is looked up among the user's templates first, then the bundled ones, so a user can
keep an edited `standard`. Anything with a suffix or a folder separator is a file path.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

from briefing.atomic import write_text_atomically
from briefing.model import BriefingError
from briefing.resources import asset
from briefing.templates.loader import load_template_file, read_template
from briefing.templates.model import Template, TemplateInfo
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
        raise BriefingError(f"'{name}' cannot be a template name; use letters, digits, '-' and '_' "
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
    raise BriefingError(f"no template named '{name_or_path}'; available: {names} (or give a template file)")


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
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return TemplateInfo(path.stem, "", origin, str(path), f"{path}: cannot read ({exc})")
    template, problems = read_template(text, str(path), path.parent)
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
    text = template_to_yaml(template, relative_to=folder_abs)
    _, problems = read_template(text, str(target), folder_abs)
    if problems:
        raise TemplateError(problems)
    return write_text_atomically(target, text)
