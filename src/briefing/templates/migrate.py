"""Bring templates written for older versions of briefing up to `briefing-template/1`.

Files from before the `format` key (`briefing-template/0`) spelled some keys differently; they
keep loading. A file that says `format: briefing-template/1` must use today's spellings, so a
typo there is reported instead of silently renamed.
"""

from __future__ import annotations

from typing import Any

from briefing.templates.model import TEMPLATE_FORMAT

LEGACY_FORMAT = "briefing-template/0"   # what a file without `format` is taken to be

# old spelling -> today's spelling
TOP_LEVEL_RENAMES = {"watch_list": "watchlist", "title_defaults": "defaults"}
SECTION_RENAMES = {"type": "kind", "heading": "title", "max_statements": "max_items"}

# today's spelling -> old spelling, so that a problem in a migrated key still finds its line
OLD_SPELLINGS = {new: old for old, new in (TOP_LEVEL_RENAMES | SECTION_RENAMES).items()}


def template_format(data: dict[str, Any]) -> Any:
    return data.get("format", LEGACY_FORMAT)


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of `data` in today's format; formats we do not know are left for validation to report."""
    if template_format(data) != LEGACY_FORMAT:
        return data
    migrated = _renamed(data, TOP_LEVEL_RENAMES)
    sections = migrated.get("sections")
    if isinstance(sections, list):
        migrated["sections"] = [_renamed(s, SECTION_RENAMES) if isinstance(s, dict) else s for s in sections]
    migrated["format"] = TEMPLATE_FORMAT
    return migrated


def _renamed(mapping: dict[str, Any], renames: dict[str, str]) -> dict[str, Any]:
    """Rename old keys, unless the file also has the new one (then the new one wins, old is kept
    and reported as unknown)."""
    out: dict[str, Any] = {}
    for key, value in mapping.items():
        new = renames.get(key)
        out[new if new and new not in mapping else key] = value
    return out
