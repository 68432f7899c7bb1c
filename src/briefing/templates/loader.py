"""Read a template from YAML text or a file: parse, bring old formats up to date, validate."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from briefing.model import BriefingError
from briefing.resources import asset
from briefing.templates.locate import Locator, duplicate_keys
from briefing.templates.migrate import OLD_SPELLINGS, migrate
from briefing.templates.model import Template
from briefing.templates.validate import TemplateError, TemplateProblem, check_template


def read_template(text: str, where: str = "<template>", base_dir: Path | None = None,
                  fallback_name: str | None = None) -> tuple[Template, list[str]]:
    """The template in `text` and every problem in it, each as `where:line: message`.

    `base_dir` is the folder relative style paths are resolved against (the template's own).
    Malformed YAML gives a single problem and an empty template.
    """
    fallback_name = fallback_name or Path(where).stem or "template"
    try:
        data: Any = yaml.safe_load(text)
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        return Template(fallback_name), [_yaml_problem(exc).located(where)]
    except yaml.YAMLError as exc:
        return Template(fallback_name), [f"{where}: not valid YAML: {' '.join(str(exc).split())}"]
    locate = Locator(root, OLD_SPELLINGS)
    problems = [TemplateProblem(line, f"key '{key}' appears twice (first on line {first}); only one is kept")
                for line, key, first in duplicate_keys(root)]
    template, found = check_template(migrate(data) if isinstance(data, dict) else data, locate,
                                     fallback_name, base_dir, default_style())
    problems += found
    return template, [p.located(where) for p in sorted(problems, key=lambda p: p.line or 0)]


def parse_template(text: str, where: str = "<template>", base_dir: Path | None = None) -> Template:
    """The template in `text`; a `TemplateError` naming `where` and the line if anything is wrong."""
    template, problems = read_template(text, where, base_dir)
    if problems:
        raise TemplateError(problems)
    return template


def load_template_file(path: str | Path) -> Template:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BriefingError(f"{path}: no such template file") from None
    except UnicodeDecodeError:
        raise BriefingError(f"{path}: not a text file (a template is UTF-8 YAML)") from None
    except OSError as exc:
        raise BriefingError(f"{path}: cannot read template ({exc.strerror or exc})") from None
    template = parse_template(text, str(path), Path(os.path.abspath(path)).parent)
    template.path = str(path)
    return template


def default_style() -> dict[str, Any] | None:
    """The bundled default style, whose keys a template's `style` may override.

    Read here as plain YAML (export owns its meaning). None when that file is missing or
    unreadable: then any style key is accepted and export reports what it cannot use.
    """
    try:
        data = yaml.safe_load(asset("styles", "default.yaml").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None
    return data if isinstance(data, dict) else None


def _yaml_problem(exc: yaml.MarkedYAMLError) -> TemplateProblem:
    mark = exc.problem_mark or exc.context_mark
    what = " ".join(str(exc.problem or exc.context or "cannot parse").split())
    if "'\\t'" in what:
        what += " (indent with spaces, not tabs)"
    return TemplateProblem(mark.line + 1 if mark else None, f"not valid YAML: {what}")
