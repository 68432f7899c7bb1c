"""The file names inside a template's style (logo, reference .docx, font files), found and rewritten."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

# Style values that name a file (keys of assets/styles/default.yaml); a relative name is taken
# relative to the template's folder, so a template can be shared together with its logo.
STYLE_FILE_KEYS = (("logo",), ("docx", "reference"))
FONT_FILE_SUFFIXES = (".ttf", ".otf", ".ttc")   # `fonts:` entries may be a family or a font file

Slot = tuple[str | int, ...]


def is_font_file(font: str) -> bool:
    """A `fonts:` value that names a file rather than a family: a font suffix, or a folder in it."""
    return font.lower().endswith(FONT_FILE_SUFFIXES) or "/" in font or "\\" in font or font.startswith("~")


def style_file_slots(style: dict[str, Any]) -> list[Slot]:
    """Where in `style` a file name is given: the logo, the reference .docx, font files (also
    among the fallbacks)."""
    slots: list[Slot] = [slot for slot in STYLE_FILE_KEYS
                         if isinstance(value_at(style, slot), str) and value_at(style, slot).strip()]
    fonts = style.get("fonts")
    if isinstance(fonts, dict):
        for role, font in fonts.items():
            if isinstance(role, str) and isinstance(font, str) and is_font_file(font):
                slots.append(("fonts", role))
            elif role == "fallbacks" and isinstance(font, list):
                slots += [("fonts", role, i) for i, f in enumerate(font) if isinstance(f, str) and is_font_file(f)]
    return slots


def style_files(style: dict[str, Any]) -> list[str]:
    return [value_at(style, slot) for slot in style_file_slots(style)]


def map_style_files(style: dict[str, Any], change: Callable[[str], str]) -> dict[str, Any]:
    """A copy of `style` with `change` applied to every file name in it."""
    out = copy.deepcopy(style)
    for slot in style_file_slots(style):
        parent = out
        for step in slot[:-1]:
            parent = parent[step]
        parent[slot[-1]] = change(parent[slot[-1]])
    return out


def without_style_files(style: dict[str, Any], slots: list[Slot]) -> dict[str, Any]:
    """A copy of `style` with the files at `slots` taken out (the default style's value applies)."""
    out = copy.deepcopy(style)
    # list items from the last, so that taking one out does not move the others
    for slot in sorted(slots, key=lambda s: (tuple(map(str, s[:-1])), -s[-1] if isinstance(s[-1], int) else 0)):
        parent = out
        for step in slot[:-1]:
            parent = parent[step]
        if isinstance(parent, list):
            del parent[slot[-1]]
        else:
            parent.pop(slot[-1], None)
    return out


def value_at(style: dict[str, Any], slot: Slot) -> Any:
    value: Any = style
    for step in slot:
        if isinstance(value, dict):
            value = value.get(step)
        elif isinstance(value, list) and isinstance(step, int) and 0 <= step < len(value):
            value = value[step]
        else:
            return None
    return value
