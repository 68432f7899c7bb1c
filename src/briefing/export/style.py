"""The export style: a template's `style:` block merged over the bundled `assets/styles/default.yaml`.

Writers read every size, colour, font and margin from the resolved dict; they hold no numbers of
their own. Nested blocks merge key by key, so a template names only what it changes.
"""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

from briefing.model import UsageError, display_path
from briefing.resources import asset
from briefing.untrusted import TEMPLATE_LIMITS, load_yaml

PAGE_SIZES = ("A4", "Letter")


class StyleError(UsageError):
    """A style value a writer cannot use (a template's `style:` block); `services.export` names the
    template in front of the message."""


COVERS = ("full", "compact", "auto")
TABLE_COLUMNS = {"actors_columns": 3, "timeline_columns": 2}


@cache
def _default_style() -> dict[str, Any]:
    path = asset("styles", "default.yaml")
    data, _ = load_yaml(path.read_text(encoding="utf-8"), display_path(path), TEMPLATE_LIMITS)
    return data


def merge_style(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """`override` over `base`: dicts merge recursively, anything else replaces."""
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge_style(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _page_size(value: Any) -> str:
    for name in PAGE_SIZES:
        if str(value).strip().lower() == name.lower():
            return name
    raise StyleError(f"style: page size {value!r} is not one of {', '.join(PAGE_SIZES)}")


def resolve_style(style: dict[str, Any] | None) -> dict[str, Any]:
    """The complete style for a writer: `style` (a template's block, may be None) over the default."""
    if style is not None and not isinstance(style, dict):
        raise StyleError(f"style: expected a mapping of settings, got {type(style).__name__}")
    resolved = merge_style(_default_style(), style or {})
    resolved["page"]["size"] = _page_size(resolved["page"]["size"])
    if resolved["cover"] not in COVERS:
        raise StyleError(f"style: cover {resolved['cover']!r} is not one of {', '.join(COVERS)}")
    if resolved["toc"] == "auto" and resolved["cover"] != "auto":
        resolved["toc"] = resolved["cover"] == "full"     # with cover: auto, printed.settle_cover decides
    for block in ("sizes", "spacing", "page", "lines", "furniture", "figures"):
        _check_numbers(resolved, block)
    for key, value in (("max_pages", resolved.get("max_pages")),
                       ("compact_below_pages", resolved.get("compact_below_pages")),
                       ("tables.actor_sources_max", resolved["tables"]["actor_sources_max"])):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise StyleError(f"style: {key} must be a whole number of at least 1{' or null' if key != 'compact_below_pages' else ''}, "
                                f"got {value!r}")
    for key, allowed in (("source_list", ("full", "compact")),):
        if resolved[key] not in allowed:
            raise StyleError(f"style: {key} {resolved[key]!r} is not one of {', '.join(allowed)}")
    fallbacks = resolved["fonts"]["fallbacks"]
    resolved["fonts"]["fallbacks"] = [fallbacks] if isinstance(fallbacks, str) else list(fallbacks or [])
    for key, columns in TABLE_COLUMNS.items():
        _check_shares(resolved["tables"], key, columns)
    return resolved


def _check_shares(tables: dict[str, Any], key: str, columns: int) -> None:
    shares = tables[key]
    if (not isinstance(shares, list) or len(shares) != columns
            or not all(isinstance(x, (int, float)) and x > 0 for x in shares)):
        raise StyleError(f"style: tables.{key} must list {columns} positive shares of the text width, "
                            f"got {shares!r}")
    total = sum(shares)
    tables[key] = [x / total for x in shares]    # shares need not add up to exactly 1


def _check_numbers(style: dict[str, Any], block: str) -> None:
    values = style[block] if block != "page" else style["page"]["margins_mm"]
    for key, value in values.items():
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
            raise StyleError(f"style: {block}.{key} must be a number of at least 0, got {value!r}")


def marking_colour(style: dict[str, Any], marking: str) -> str:
    """The colour a marking is printed in: TLP:AMBER amber, SECRET red, others the default."""
    upper = marking.strip().upper()
    for prefix in sorted(style["marking"]["colours"], key=len, reverse=True):
        if upper.startswith(prefix.upper()):
            return style["marking"]["colours"][prefix]
    return style["marking"]["default_colour"]


def marking_background(style: dict[str, Any], marking: str) -> str | None:
    """The fill behind a marking where its standard sets one (TLP: black), else None."""
    upper = marking.strip().upper()
    backgrounds = style["marking"].get("backgrounds") or {}
    for prefix in sorted(backgrounds, key=len, reverse=True):
        if upper.startswith(prefix.upper()):
            return backgrounds[prefix]
    return None


def style_path(value: str | None, what: str) -> Path | None:
    """A file the style names (logo, reference .docx), checked to exist."""
    if not value:
        return None
    path = Path(str(value)).expanduser()
    if not path.is_file():
        raise StyleError(f"style: {what} {display_path(path)} not found; put it there or change the template")
    return path
