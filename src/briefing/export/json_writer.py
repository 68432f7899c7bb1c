"""The brief as `briefing/1` JSON, exactly the contract of spec/brief-json.md."""

from __future__ import annotations

from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from briefing.atomic import write_text_atomically
from briefing.model import Brief

INDENT = "  "
LITERALS = {True: "true", False: "false", None: "null"}


def brief_json(brief: Brief) -> str:
    return indented_json(brief.to_dict()) + "\n"


def render_json(brief: Brief, path: Path, style: dict[str, Any] | None = None) -> None:
    write_text_atomically(path, brief_json(brief))


def indented_json(value: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, the same text, twice as fast: with an
    indent, the json module encodes in Python through nested generators (its C encoder cannot
    indent before Python 3.13), some 4-5 ms of a brief of 200 articles at the very end of the
    build; this writes each container in one loop, its strings by the json module's own C
    function."""
    parts: list[str] = []
    append = parts.append

    def write(o: Any, newline: str) -> None:
        if isinstance(o, str):
            append(encode_basestring(o))
        elif o is None or o is True or o is False or isinstance(o, int):
            append(scalar_text(o))
        elif isinstance(o, dict):
            if not o:
                append("{}")
                return
            inner, opener = newline + INDENT, "{"
            for key, item in o.items():
                append(f"{opener}{inner}{encode_basestring(key if isinstance(key, str) else key_text(key))}: ")
                write(item, inner)
                opener = ","
            append(newline + "}")
        elif isinstance(o, (list, tuple)):
            if not o:
                append("[]")
                return
            inner, opener = newline + INDENT, "["
            for item in o:
                append(opener + inner)
                write(item, inner)
                opener = ","
            append(newline + "]")
        else:
            append(scalar_text(o))

    write(value, "\n")
    return "".join(parts)


def scalar_text(o: Any) -> str:
    """A number or literal as the json module writes it."""
    if o is None or o is True or o is False:
        return LITERALS[o]
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        if o != o:
            return "NaN"
        if o in (float("inf"), float("-inf")):
            return "Infinity" if o > 0 else "-Infinity"
        return float.__repr__(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def key_text(key: Any) -> str:
    """A dictionary key that is no string as the json module writes it: a number or literal's text."""
    if key is None or isinstance(key, (bool, int, float)):
        return scalar_text(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
