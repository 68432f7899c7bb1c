"""Write a template as `briefing-template/1` YAML that a person can read and edit by hand.

Values equal to the defaults are left out, so a saved template says only what it chooses;
loading the text again gives an equal `Template`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from briefing.templates.model import TEMPLATE_FORMAT, FigureSpec, SectionSpec, Template, WatchIssue
from briefing.templates.style_files import map_style_files
from briefing.templates.validate import FIGURE_SECTIONS

HEADER = """\
# A briefing template (briefing-template/1). Check it with `briefing template validate FILE`.
# sections: in order. kind: summary, background, actors, issues, outlook, timeline, quotes,
#   contradictions or sources; optional title, max_items, max_words (per statement),
#   min_sources (sources that must agree), options, enabled (false leaves it out).
# watchlist: issues listed first under Open issues, each a name and the terms that find it.
# figures: timeline, actor-issues or sources; optional section (the kind it goes in), place
#   (start or end of that section) and title (the caption's words).
# defaults: title, subtitle, author, marking. style: changes to the bundled default style.
"""


def template_to_yaml(template: Template, relative_to: Path | None = None) -> str:
    """YAML for `template`; style file names inside `relative_to` are written relative to it."""
    head: dict[str, Any] = {"format": TEMPLATE_FORMAT, "name": template.name}
    if template.description:
        head["description"] = template.description
    head["version"] = template.version
    parts = [HEADER, _block(head)]
    if template.defaults:
        parts.append(_block({"defaults": template.defaults}))
    parts.append("sections:\n" + "".join(f"  - {_flow(_section(s))}\n" for s in template.sections))
    if template.watchlist:
        parts.append("watchlist:\n" + "".join(f"  - {_flow(_watch(w))}\n" for w in template.watchlist))
    if template.figures:
        parts.append("figures:\n" + "".join(f"  - {_flow(_figure(f))}\n" for f in template.figures))
    if template.style:
        style = _relative_style_paths(template.style, relative_to) if relative_to else template.style
        parts.append(_block({"style": style}))
    return "".join(parts)


def _section(spec: SectionSpec) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": spec.kind, "title": spec.title}
    if spec.max_items is not None:
        out["max_items"] = spec.max_items
    if spec.max_words is not None:
        out["max_words"] = spec.max_words
    if spec.min_sources != 1:
        out["min_sources"] = spec.min_sources
    if spec.options:
        out["options"] = dict(spec.options)
    if not spec.enabled:
        out["enabled"] = False
    return out


def _figure(figure: FigureSpec) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": figure.kind}
    if figure.section != FIGURE_SECTIONS[figure.kind]:
        out["section"] = figure.section
    if figure.place != "start":
        out["place"] = figure.place
    if figure.title:
        out["title"] = figure.title
    return out


def _watch(issue: WatchIssue) -> dict[str, Any]:
    return {"name": issue.name, "terms": list(issue.terms)}


def _block(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)


def _flow(data: dict[str, Any]) -> str:
    # One line per section or issue reads like a table of contents; width keeps it on one line.
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=True,
                          width=10_000).strip()


def _relative_style_paths(style: dict[str, Any], folder: Path) -> dict[str, Any]:
    """A copy of `style` whose file names inside `folder` are relative, so the folder can be shared."""
    folder_abs = os.path.abspath(folder)

    def relative(name: str) -> str:
        if not os.path.isabs(name):
            return name
        try:
            inside = os.path.commonpath([folder_abs, os.path.abspath(name)]) == folder_abs
        except ValueError:   # another drive on Windows
            inside = False
        return Path(os.path.relpath(name, folder_abs)).as_posix() if inside else name

    return map_style_files(style, relative)
