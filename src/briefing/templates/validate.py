"""Check loaded template data against `briefing-template/1` and turn it into a `Template`.

Every problem names the line it is on and what would be allowed there, so that a user who
edits a template by hand can fix it from the message alone.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.model import UsageError, display_path
from briefing.model.brief import FIGURE_KINDS, FIGURE_PLACES, SECTION_KINDS
from briefing.templates.locate import DataPath, Locator
from briefing.templates.migrate import LEGACY_FORMAT
from briefing.templates.model import TEMPLATE_FORMAT, FigureSpec, SectionSpec, Template, WatchIssue
from briefing.templates.style_files import map_style_files, style_file_slots, value_at, without_style_files

TOP_LEVEL_KEYS = ("format", "name", "description", "version", "defaults", "sections", "watchlist", "figures",
                  "style")
SECTION_KEYS = ("kind", "title", "max_items", "max_words", "min_sources", "options", "enabled")
WATCH_KEYS = ("name", "terms")
FIGURE_KEYS = ("kind", "section", "place", "title")
# The section a figure goes in when the template does not say.
FIGURE_SECTIONS = {"timeline": "timeline", "actor-issues": "issues", "sources": "sources"}
DEFAULT_KEYS = ("title", "subtitle", "author", "marking")

# What a section is called when the template gives no title.
SECTION_TITLES = {
    "summary": "Bottom line up front", "background": "Background", "actors": "Key actors",
    "issues": "Open issues", "outlook": "Outlook", "timeline": "Timeline", "quotes": "Key quotes",
    "contradictions": "Conflicting reports", "sources": "Sources",
}

_FORMAT_PATTERN = re.compile(r"briefing-template/(\d+)")


@dataclass(frozen=True)
class TemplateProblem:
    """A mistake in a template file, at its line where known."""

    line: int | None
    message: str

    def located(self, where: str) -> str:
        # the message may quote the file's own text: shown as display_path shows a name, on one line
        message = display_path(self.message)
        return f"{where}:{self.line}: {message}" if self.line else f"{where}: {message}"


class TemplateError(UsageError):
    """A template that does not load; the message is the first problem, `problems` has them all."""

    def __init__(self, problems: list[str]):
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(problems[0] + more)
        self.problems = problems


@dataclass
class _Reader:
    """Reads typed values out of plain data, noting a problem (with its line) for each bad one."""
    locate: Locator
    problems: list[TemplateProblem] = field(default_factory=list)

    def problem(self, path: DataPath, message: str, key: bool = False) -> None:
        self.problems.append(TemplateProblem(self.locate.line(path, key), message))

    def known_keys(self, mapping: dict[Any, Any], path: DataPath, allowed: Collection[str], what: str) -> None:
        for key in mapping:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), list(allowed), n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.problem((*path, key), f"unknown key '{key}' in {what}{hint}; allowed: {', '.join(allowed)}",
                             key=True)

    def mapping(self, value: Any, path: DataPath, what: str) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problem(path, f"{what} should be a mapping (key: value lines), not {_kind_of(value)}")
            return {}
        return value

    def sequence(self, value: Any, path: DataPath, what: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(path, f"{what} should be a list (lines starting with '- '), not {_kind_of(value)}")
            return []
        return value

    def text(self, value: Any, path: DataPath, what: str, default: str = "") -> str:
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.problem(path, f"{what} should be text, not {_kind_of(value)} (put it in quotes)")
            return default
        return str(value)

    def whole(self, value: Any, path: DataPath, what: str, default: int | None, minimum: int = 1) -> int | None:
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(path, f"{what} should be a whole number, not {_kind_of(value)}")
            return default
        if value < minimum:
            self.problem(path, f"{what} should be at least {minimum}, not {value}")
            return default
        return value

    def flag(self, value: Any, path: DataPath, what: str, default: bool) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            self.problem(path, f"{what} should be true or false, not {_kind_of(value)}")
            return default
        return value


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"text ('{value}')" if len(value) <= 40 else "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def check_template(data: Any, locate: Locator, fallback_name: str, base_dir: Path | None = None,
                   default_style: dict[str, Any] | None = None,
                   style_roots: list[Path] | None = None) -> tuple[Template, list[TemplateProblem]]:
    """The template `data` describes, and the problems found on the way (empty when it is valid).

    `base_dir` is the template's folder (relative style paths are resolved against it);
    `default_style` is the bundled style that `style` overrides, when it is known;
    `style_roots` are the folders besides `base_dir` that style files may lie in (None: any).
    """
    read = _Reader(locate)
    if data is None:
        read.problem((), "the file is empty; a template needs at least `sections`")
        return Template(fallback_name), read.problems
    if not isinstance(data, dict):
        read.problem((), f"a template is a mapping with `format`, `name` and `sections`, not {_kind_of(data)}")
        return Template(fallback_name), read.problems
    read.known_keys(data, (), TOP_LEVEL_KEYS, "the template")
    _check_format(read, data.get("format", LEGACY_FORMAT))
    sections = _sections(read, data)
    template = Template(
        name=read.text(data.get("name"), ("name",), "name", fallback_name) or fallback_name,
        description=read.text(data.get("description"), ("description",), "description"),
        version=read.whole(data.get("version"), ("version",), "version", 1) or 1,
        sections=sections,
        watchlist=_watchlist(read, data.get("watchlist")),
        figures=_figures(read, data.get("figures"), sections),
        defaults=_defaults(read, data.get("defaults")),
        style=_style(read, data.get("style"), base_dir, default_style, style_roots),
    )
    return template, read.problems


def _check_format(read: _Reader, fmt: Any) -> None:
    if fmt in (TEMPLATE_FORMAT, LEGACY_FORMAT):
        return
    match = _FORMAT_PATTERN.fullmatch(str(fmt))
    if match and int(match.group(1)) > 1:
        read.problem(("format",), f"format '{fmt}' is from a newer briefing; this version reads "
                                  f"{TEMPLATE_FORMAT} and older")
    else:
        read.problem(("format",), f"unknown format '{fmt}'; allowed: {TEMPLATE_FORMAT}")


def _sections(read: _Reader, data: dict[str, Any]) -> list[SectionSpec]:
    if "sections" not in data:
        # a misspelt `sections` has been reported as an unknown key already; once is enough
        if all(key in TOP_LEVEL_KEYS for key in data):
            read.problem((), f"a template needs `sections`, a list of sections with a `kind` "
                             f"({', '.join(SECTION_KINDS)})")
        return []
    items = read.sequence(data["sections"], ("sections",), "sections")
    if not items and (data["sections"] is None or isinstance(data["sections"], list)):
        read.problem(("sections",), "`sections` is empty; a template needs at least one section")
    specs = []
    for i, raw in enumerate(items):
        path: DataPath = ("sections", i)
        if isinstance(raw, str):   # `- summary` is a section of that kind with its usual title
            raw = {"kind": raw}
        section = read.mapping(raw, path, f"section {i + 1}")
        if not section:
            if raw is None or raw == {}:    # `-` alone: as `sections: []` is, an empty one is reported
                read.problem(path, f"section {i + 1} is empty; it needs a `kind` ({', '.join(SECTION_KINDS)})")
            continue
        kind = section.get("kind")
        what = f"the {kind} section" if kind in SECTION_KINDS else f"section {i + 1}"
        read.known_keys(section, path, SECTION_KEYS, what)
        if kind is None:
            read.problem(path, f"section {i + 1} needs a `kind`; allowed: {', '.join(SECTION_KINDS)}")
            continue
        if kind not in SECTION_KINDS:
            close = difflib.get_close_matches(str(kind), SECTION_KINDS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            read.problem((*path, "kind"), f"unknown section kind '{kind}'{hint}; allowed: {', '.join(SECTION_KINDS)}")
            continue
        specs.append(SectionSpec(
            kind=kind,
            title=read.text(section.get("title"), (*path, "title"), "title", SECTION_TITLES[kind]),
            max_items=read.whole(section.get("max_items"), (*path, "max_items"), "max_items", None),
            max_words=read.whole(section.get("max_words"), (*path, "max_words"), "max_words", None),
            min_sources=read.whole(section.get("min_sources"), (*path, "min_sources"), "min_sources", 1) or 1,
            options=_options(read, section.get("options"), (*path, "options")),
            enabled=read.flag(section.get("enabled"), (*path, "enabled"), "enabled", True),
        ))
    return specs


def _options(read: _Reader, value: Any, path: DataPath) -> dict[str, Any]:
    # Options are kind-specific settings that the composer reads; their names are its business,
    # so only the shape is checked here.
    options = read.mapping(value, path, "options")
    for key, option in options.items():
        if not isinstance(key, str):
            read.problem((*path, key), f"option names are text, not {_kind_of(key)}", key=True)
        elif isinstance(option, dict):
            read.problem((*path, key), f"option '{key}' should be a single value or a list, not a mapping")
    return dict(options)


def _watchlist(read: _Reader, value: Any) -> list[WatchIssue]:
    # Written either as a list of {name, terms} or, shorter, as a mapping name: [terms].
    if isinstance(value, dict):
        entries = [((("watchlist", name)), {"name": name, "terms": terms}) for name, terms in value.items()]
    else:
        entries = [(("watchlist", i), raw) for i, raw in enumerate(read.sequence(value, ("watchlist",), "watchlist"))]
    issues: list[WatchIssue] = []
    seen: set[str] = set()
    for path, raw in entries:
        entry = read.mapping(raw, path, "a watch-list issue")
        if not entry:
            continue
        read.known_keys(entry, path, WATCH_KEYS, "a watch-list issue")
        name = read.text(entry.get("name"), (*path, "name"), "issue name").strip()
        if not name:
            read.problem(path, "a watch-list issue needs a `name`")
            continue
        if name.casefold() in seen:
            read.problem(path, f"issue '{name}' is on the watch list twice")
            continue
        seen.add(name.casefold())
        terms_value = entry.get("terms")
        if isinstance(terms_value, str):   # one term needs no list
            terms_value = [terms_value]
        terms = [read.text(t, (*path, "terms", j), "a term").strip()
                 for j, t in enumerate(read.sequence(terms_value, (*path, "terms"), "terms"))]
        issues.append(WatchIssue(name, [t for t in terms if t] or [name]))
    return issues


def _figures(read: _Reader, value: Any, sections: list[SectionSpec]) -> list[FigureSpec]:
    """`figures:` a list of {kind, section, place, title}, or of kinds alone (`- timeline`)."""
    figures: list[FigureSpec] = []
    kinds_present = {s.kind for s in sections}
    for i, raw in enumerate(read.sequence(value, ("figures",), "figures")):
        path: DataPath = ("figures", i)
        if isinstance(raw, str):
            raw = {"kind": raw}
        entry = read.mapping(raw, path, f"figure {i + 1}")
        if not entry:
            continue
        read.known_keys(entry, path, FIGURE_KEYS, "a figure")
        kind = entry.get("kind")
        if kind not in FIGURE_KINDS:
            close = difflib.get_close_matches(str(kind), FIGURE_KINDS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            what = f"unknown figure kind '{kind}'{hint}" if kind is not None else f"figure {i + 1} needs a `kind`"
            read.problem((*path, "kind") if kind is not None else path, f"{what}; allowed: {', '.join(FIGURE_KINDS)}")
            continue
        section = read.text(entry.get("section"), (*path, "section"), "section", FIGURE_SECTIONS[kind])
        if section not in SECTION_KINDS:
            read.problem((*path, "section"), f"figure '{kind}' is placed in '{section}', which is no section "
                                             f"kind; allowed: {', '.join(SECTION_KINDS)}")
            continue
        if section not in kinds_present:
            read.problem((*path, "section") if "section" in entry else path,
                         f"figure '{kind}' goes in the {section} section, which this template does not have; "
                         f"name one of its sections with `section:`")
            continue
        place = read.text(entry.get("place"), (*path, "place"), "place", "start")
        if place not in FIGURE_PLACES:
            read.problem((*path, "place"), f"place '{place}' is not one of {', '.join(FIGURE_PLACES)}")
            continue
        if any(f.kind == kind for f in figures):
            read.problem(path, f"figure '{kind}' is listed twice")
            continue
        figures.append(FigureSpec(kind, section, place, read.text(entry.get("title"), (*path, "title"), "title")))
    return figures


def _defaults(read: _Reader, value: Any) -> dict[str, str]:
    defaults = read.mapping(value, ("defaults",), "defaults")
    read.known_keys(defaults, ("defaults",), DEFAULT_KEYS, "defaults")
    return {key: read.text(v, ("defaults", key), key) for key, v in defaults.items() if key in DEFAULT_KEYS}


def _style(read: _Reader, value: Any, base_dir: Path | None, default: dict[str, Any] | None,
           roots: list[Path] | None) -> dict[str, Any]:
    style = read.mapping(value, ("style",), "style")
    if default is not None:
        _check_style_shape(read, style, default)
    if roots is not None:
        style = _confined_style_files(read, style, base_dir, roots)
    if base_dir is None:
        return dict(style)
    return map_style_files(style, lambda name: os.path.normpath(base_dir / Path(name).expanduser()))


def _confined_style_files(read: _Reader, style: dict[str, Any], base_dir: Path | None,
                          roots: list[Path]) -> dict[str, Any]:
    """`style` without the files that lie outside the template's folder and `roots`, each one a problem.

    A template is shared and opened by others: a logo, reference .docx or font it names is read
    and put into the exported brief, so it must not reach files the user did not place there
    (`../../`, an absolute path, a link that leads out).
    """
    allowed = [os.path.realpath(r) for r in ([base_dir] if base_dir is not None else []) + list(roots)]
    outside = []
    for slot in style_file_slots(style):
        name = value_at(style, slot)
        where = os.path.realpath(os.path.join(base_dir or os.getcwd(), os.path.expanduser(name)))
        if not any(_inside(where, root) for root in allowed):
            outside.append(slot)
            what = "font" if slot[0] == "fonts" else "logo" if slot == ("logo",) else "reference .docx"
            home = "the template's folder" if base_dir is not None else "your templates folder"
            read.problem(("style", *slot), f"style {what} '{display_path(name)}' lies outside {home}; "
                                           f"put the file in {home} (or below it) and name it relative to it")
    return without_style_files(style, outside) if outside else style


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:           # another drive on Windows
        return False


def _check_style_shape(read: _Reader, style: dict[str, Any], default: dict[str, Any]) -> None:
    """Keys the default style knows, and a block where the default has a block (two levels deep:
    below that are open tables such as the colour per marking, which export checks)."""
    read.known_keys(style, ("style",), sorted(default), "style")
    for key, value in style.items():
        if key not in default or value is None:
            continue
        path: DataPath = ("style", key)
        if isinstance(default[key], dict):
            if not isinstance(value, dict):
                read.problem(path, f"style {key} should be a mapping of {', '.join(default[key])}, not {_kind_of(value)}")
            elif default[key]:
                read.known_keys(value, path, list(default[key]), f"style {key}")
        elif isinstance(value, dict):
            read.problem(path, f"style {key} should be a single value, not a mapping")
