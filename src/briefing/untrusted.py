"""Read YAML and JSON that anyone may have written (templates, projects, front matter) within limits.

A file from elsewhere can be made to cost far more than its size: YAML aliases that expand
exponentially ("billion laughs"), an alias inside its own anchor (a loop), nesting deep enough
to exhaust the stack, one scalar of many megabytes, tags that construct objects. Each is refused
here, before anything is built, with a one-line message `FILE:LINE: what is wrong`, in time
proportional to the text (libyaml where installed). Only plain data comes back: text, numbers,
true/false, null, dates, lists and mappings.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from typing import Any

import yaml

from briefing.model import BriefingError, display_path

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)     # libyaml: ten times faster
# YAML also breaks lines at NEL, LS and PS, which editors (and grep -n) show inside a line: a line
# number YAML gives is turned into the one an editor shows (editor_line) before a message names it.
YAML_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
EDITOR_LINE_BREAKS = ("\r\n", "\r", "\n")
PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{kind}" for kind in
                       ("str", "int", "float", "bool", "null", "seq", "map", "timestamp"))


@dataclass(frozen=True)
class Limits:
    """How much of each thing a file may hold. `what` names the kind of file in messages."""

    what: str
    max_bytes: int
    max_depth: int = 32          # lists and mappings inside each other
    max_scalar: int = 64 * 1024  # characters in one value
    max_values: int = 100_000    # values in all, counting each alias as the values it repeats


# A template of the bundled kind is 1-5 KB, 8 levels deep; a watch list of a thousand issues
# with ten terms each is about 200 KB.
TEMPLATE_LIMITS = Limits("a template", max_bytes=256 * 1024)
# Front matter is a few lines of fields at the head of a Markdown file.
FRONT_MATTER_LIMITS = Limits("front matter", max_bytes=64 * 1024, max_depth=8, max_scalar=16 * 1024,
                             max_values=2_000)
# A project holds the edited brief: the 2,095-article BBC corpus makes one of about 3 MB.
PROJECT_LIMITS = Limits("a project", max_bytes=64 * 2**20, max_depth=32, max_scalar=2 * 2**20,
                        max_values=5_000_000)


class Refused(BriefingError):
    """Untrusted input over a limit or not plain data; `line` is 1-based (None: the whole file)."""

    def __init__(self, where: str, line: int | None, reason: str):
        super().__init__(f"{where}:{line}: {reason}" if line else f"{where}: {reason}")
        self.where, self.line, self.reason = where, line, reason


def read_limited(path: str | os.PathLike, limits: Limits) -> bytes:
    """The bytes of `path`, or Refused naming the line where the size limit is passed."""
    shown = display_path(path)
    with open(path, "rb") as fh:
        raw = fh.read(limits.max_bytes + 1)
        size = os.fstat(fh.fileno()).st_size
    if len(raw) > limits.max_bytes:
        raise Refused(shown, raw.count(b"\n", 0, limits.max_bytes) + 1,
                      f"file too large for {limits.what} ({_size(size)}; the limit is {_size(limits.max_bytes)})")
    return raw


def check_text_size(text: str, where: str, limits: Limits) -> None:
    if len(text) > limits.max_bytes:
        raise Refused(where, text.count("\n", 0, limits.max_bytes) + 1,
                      f"too large for {limits.what} ({_size(len(text))}; the limit is {_size(limits.max_bytes)})")


def _size(count: int) -> str:
    return f"{count / 2**20:.1f} MB" if count >= 2**20 else f"{count / 1024:.0f} KB"


# --- YAML ---------------------------------------------------------------------------------------

def editor_line(text: str, yaml_line: int | None) -> int | None:
    """The 1-based line an editor shows where YAML counts line `yaml_line` (1-based) of `text`."""
    if yaml_line is None or not any(ch in text for ch in "\x85\u2028\u2029"):
        return yaml_line
    line = 1
    for n, found in enumerate(YAML_LINE_BREAK.finditer(text), start=1):
        if n >= yaml_line:
            break
        line += found.group() in EDITOR_LINE_BREAKS
    return line


def check_yaml(text: str, where: str, limits: Limits) -> None:
    """Refuse YAML over `limits` or with other than plain tags, from its events (nothing is built).

    Each value counts once, an alias as many values as its anchor holds, so that expansion is
    measured before it happens. Syntax errors are left to the loader, which names their line.
    """
    check_text_size(text, where, limits)
    values = 0
    depth = 0
    open_anchors: list[tuple[str | None, int]] = []      # collections being read: (anchor, values before)
    sizes: dict[str, int] = {}
    try:
        for event in yaml.parse(text, Loader=SafeLoader):
            line = event.start_mark.line + 1 if event.start_mark else None
            if isinstance(event, yaml.AliasEvent):
                if any(anchor == event.anchor for anchor, _ in open_anchors):
                    raise Refused(where, line, f"alias *{event.anchor} is inside its own anchor (a loop); "
                                               f"write the value out")
                values += sizes.get(event.anchor, 0)
                if values > limits.max_values:
                    raise Refused(where, line, f"aliases expand to more than {limits.max_values:,} values "
                                               f"(an alias bomb?); write the values out instead of *{event.anchor}")
                continue
            if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
                tag = event.tag
                if tag is not None and tag != "!" and tag not in PLAIN_TAGS:
                    shown = tag.replace("tag:yaml.org,2002:", "!!")
                    raise Refused(where, line, f"tag {shown} is not allowed; {limits.what} holds only plain "
                                               f"values (text, numbers, true/false, lists, mappings)")
                values += 1
                if values > limits.max_values:
                    raise Refused(where, line, f"more than {limits.max_values:,} values; too large for {limits.what}")
            if isinstance(event, yaml.ScalarEvent):
                if len(event.value) > limits.max_scalar:
                    raise Refused(where, line, f"a value of {len(event.value):,} characters; "
                                               f"{limits.what} allows {limits.max_scalar:,}")
                if event.anchor is not None:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > limits.max_depth:
                    raise Refused(where, line, f"nested more than {limits.max_depth} levels deep; "
                                               f"too deep for {limits.what}")
                open_anchors.append((event.anchor, values - 1))
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
                anchor, before = open_anchors.pop()
                if anchor is not None:
                    sizes[anchor] = values - before
    except yaml.YAMLError:
        return      # malformed: the loader reports it with its line
    except Refused as exc:
        raise Refused(where, editor_line(text, exc.line), exc.reason) from None


class _PlainDataLoader(SafeLoader):
    """SafeLoader that keeps as text a value written like a number, a date or true/false that is
    none (`0x_`, `2024-02-30`, `0000-01-01`, `25:00` o'clock, `!!timestamp soon`, `!!bool maybe`),
    where SafeLoader's ValueError, AttributeError or KeyError would stop the whole file."""


def _value_or_text(construct):
    def construct_or_keep(loader: _PlainDataLoader, node: yaml.ScalarNode) -> Any:
        try:
            return construct(loader, node)
        except (ValueError, ArithmeticError, LookupError, AttributeError, TypeError):
            return loader.construct_scalar(node)
    return construct_or_keep


for _kind, _construct in (("int", SafeLoader.construct_yaml_int), ("float", SafeLoader.construct_yaml_float),
                          ("bool", SafeLoader.construct_yaml_bool),
                          ("timestamp", SafeLoader.construct_yaml_timestamp)):
    _PlainDataLoader.add_constructor(f"tag:yaml.org,2002:{_kind}", _value_or_text(_construct))


def load_yaml(text: str, where: str, limits: Limits) -> tuple[Any, yaml.Node | None]:
    """The data in `text` and its node tree (for line numbers), after `check_yaml`.

    Raises Refused for text over the limits, yaml.MarkedYAMLError for text that is not YAML.
    """
    check_yaml(text, where, limits)
    loader = _PlainDataLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return data, node


# --- JSON ---------------------------------------------------------------------------------------

def load_json(text: str, where: str, limits: Limits) -> Any:
    """The data in JSON `text`, or Refused (not JSON, too large, too deep, a value too long)."""
    check_text_size(text, where, limits)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Refused(where, exc.lineno, f"bad JSON: {exc.msg}") from None
    except RecursionError:
        raise Refused(where, _json_depth_line(text, limits.max_depth),
                      f"nested more than {limits.max_depth} levels deep; too deep for {limits.what}") from None
    _check_json_data(data, text, where, limits)
    return data


def _check_json_data(data: Any, text: str, where: str, limits: Limits) -> None:
    stack: list[tuple[Any, int]] = [(data, 1)]
    values = 0
    while stack:
        value, depth = stack.pop()
        values += 1
        if values > limits.max_values:
            raise Refused(where, None, f"more than {limits.max_values:,} values; too large for {limits.what}")
        if isinstance(value, (dict, list)):
            if depth > limits.max_depth:
                raise Refused(where, _json_depth_line(text, limits.max_depth),
                              f"nested more than {limits.max_depth} levels deep; too deep for {limits.what}")
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, inner in items:
                if isinstance(key, str) and len(key) > limits.max_scalar:
                    value = key
                    break
                stack.append((inner, depth + 1))
            else:
                continue
        if isinstance(value, str) and len(value) > limits.max_scalar:
            at = text.find(json.dumps(value[:200], ensure_ascii=False)[:-1])
            raise Refused(where, text.count("\n", 0, at) + 1 if at >= 0 else None,
                          f"a value of {len(value):,} characters; {limits.what} allows {limits.max_scalar:,}")


def _json_depth_line(text: str, max_depth: int) -> int | None:
    """The line where JSON `text` first opens its (max_depth + 1)th level, strings skipped."""
    depth = 0
    in_string = escaped = False
    line = 1
    for ch in text:
        if ch == "\n":
            line += 1
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > max_depth:
                return line
        elif ch in "]}":
            depth -= 1
    return None
