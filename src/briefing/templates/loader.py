"""Read a template from YAML text or a file: parse, bring old formats up to date, validate."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from briefing.model import UsageError, display_path
from briefing.resources import asset, assets_dir
from briefing.templates.locate import Locator, duplicate_keys
from briefing.templates.migrate import OLD_SPELLINGS, migrate
from briefing.templates.model import Template
from briefing.templates.validate import TemplateError, TemplateProblem, check_template
from briefing.untrusted import TEMPLATE_LIMITS, YAML_LINE_BREAK, Refused, editor_line, load_yaml, read_limited


def read_template(text: str, where: str = "<template>", base_dir: Path | None = None,
                  fallback_name: str | None = None) -> tuple[Template, list[str]]:
    """The template in `text` and every problem in it, each as `where:line: message`.

    `base_dir` is the folder relative style paths are resolved against (the template's own);
    style files may lie there, in the user's templates folder or among the bundled assets.
    Malformed YAML, or YAML over the limits of `TEMPLATE_LIMITS` (size, nesting, alias
    expansion, one huge value, tags), gives a single problem and an empty template.
    """
    fallback_name = fallback_name or Path(where).stem or "template"
    try:
        data, root = load_yaml(text, where, TEMPLATE_LIMITS)
    except Refused as exc:
        return Template(fallback_name), [str(exc)]
    except yaml.MarkedYAMLError as exc:
        return Template(fallback_name), [_yaml_problem(exc, text).located(where)]
    except yaml.YAMLError as exc:
        return Template(fallback_name), [f"{where}: not valid YAML: {' '.join(str(exc).split())}"]
    locate = Locator(root, OLD_SPELLINGS)
    problems = [TemplateProblem(line, f"key '{key}' appears twice (first on line {editor_line(text, first)}); "
                                      "only one is kept")
                for line, key, first in duplicate_keys(root)]
    template, found = check_template(migrate(data) if isinstance(data, dict) else data, locate,
                                     fallback_name, base_dir, default_style(), style_roots())
    problems += found
    return template, [TemplateProblem(editor_line(text, p.line), p.message).located(where)
                      for p in sorted(problems, key=lambda p: p.line or 0)]


def style_roots() -> list[Path]:
    """Folders any template may take style files from, besides its own: the user's templates
    folder (where "Save template as" puts a template's logo) and the bundled assets."""
    from briefing.templates.store import user_templates_dir  # store imports this module
    return [user_templates_dir(), assets_dir()]


def parse_template(text: str, where: str = "<template>", base_dir: Path | None = None) -> Template:
    """The template in `text`; a `TemplateError` naming `where` and the line if anything is wrong."""
    template, problems = read_template(text, where, base_dir)
    if problems:
        raise TemplateError(problems)
    return template


def read_template_text(path: str | Path) -> str:
    """A template file's text, within the size limit; a one-line BriefingError naming the file if not."""
    shown = display_path(path)
    try:
        return read_limited(path, TEMPLATE_LIMITS).decode("utf-8")
    except FileNotFoundError:
        raise UsageError(f"{shown}: no such template file; `briefing template list` shows the names") from None
    except IsADirectoryError:
        raise UsageError(f"{shown}: is a folder, not a template file") from None
    except UnicodeDecodeError:
        raise UsageError(f"{shown}: not a text file (a template is UTF-8 YAML)") from None
    except Refused as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"{shown}: cannot read template ({exc.strerror or exc})") from None


def load_template_file(path: str | Path) -> Template:
    path = Path(path)
    text = read_template_text(path)
    template = parse_template(text, display_path(path), Path(os.path.abspath(path)).parent)
    template.path = str(path)
    return template


def default_style() -> dict[str, Any] | None:
    """The bundled default style, whose keys a template's `style` may override.

    Read here as plain YAML (export owns its meaning). None when that file is missing or
    unreadable: then any style key is accepted and export reports what it cannot use.
    """
    try:
        data, _ = load_yaml(asset("styles", "default.yaml").read_text(encoding="utf-8"), "default.yaml",
                            TEMPLATE_LIMITS)
    except (OSError, yaml.YAMLError, Refused):
        return None
    return data if isinstance(data, dict) else None


def _yaml_problem(exc: yaml.MarkedYAMLError, text: str) -> TemplateProblem:
    mark = exc.problem_mark or exc.context_mark
    what = " ".join(str(exc.problem or exc.context or "cannot parse").split())
    lines = YAML_LINE_BREAK.split(text)           # as YAML counts them
    line = lines[mark.line] if mark and 0 <= mark.line < len(lines) else ""
    if "'\\t'" in what or "\t" in line[:len(line) - len(line.lstrip())]:
        what += " (indent with spaces, not tabs)"
    return TemplateProblem(editor_line(text, mark.line + 1) if mark else None, f"not valid YAML: {what}")
