"""The file names inside a template's style (logo, reference .docx, font files), found and rewritten."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

# Style values that name a file (keys of assets/styles/default.yaml); a relative name is taken
# relative to the template's folder, so a template can be shared together with its logo.
STYLE_FILE_KEYS = (("logo",), ("docx", "reference"))
FONT_FILE_SUFFIXES = (".ttf", ".otf", ".ttc")   # `fonts:` entries may be a family or a font file


def style_file_slots(style: dict[str, Any]) -> list[tuple[str, ...]]:
    """Where in `style` a file name is given: the logo, the reference .docx, font files."""
    slots = [slot for slot in STYLE_FILE_KEYS if isinstance(_at(style, slot), str) and _at(style, slot).strip()]
    fonts = style.get("fonts")
    if isinstance(fonts, dict):
        slots += [("fonts", role) for role, font in fonts.items()
                  if isinstance(role, str) and isinstance(font, str) and font.lower().endswith(FONT_FILE_SUFFIXES)]
    return slots


def style_files(style: dict[str, Any]) -> list[str]:
    return [_at(style, slot) for slot in style_file_slots(style)]


def map_style_files(style: dict[str, Any], change: Callable[[str], str]) -> dict[str, Any]:
    """A copy of `style` with `change` applied to every file name in it."""
    out = copy.deepcopy(style)
    for slot in style_file_slots(style):
        parent = out
        for step in slot[:-1]:
            parent = parent[step]
        parent[slot[-1]] = change(parent[slot[-1]])
    return out


def _at(style: dict[str, Any], slot: tuple[str, ...]) -> Any:
    value: Any = style
    for step in slot:
        if not isinstance(value, dict):
            return None
        value = value.get(step)
    return value
