"""File names as the file system has them, shown readably and stored losslessly.

A POSIX file name is any bytes but `/` and NUL: bytes that are not UTF-8 (a Latin-1 name from an
old archive), newlines, terminal escapes, direction overrides. In memory a path is the `str`
Python gives (`os.fsdecode`: undecodable bytes as lone surrogates, U+DC80..U+DCFF), which opens
the file again but cannot be encoded as UTF-8. So:

- `display_path` is how a path is *shown* (CLI, window, Markdown, DOCX, PDF, messages): one line
  of valid text where each byte that is not UTF-8 reads `\\xNN`, each control character `\\n`,
  `\\t`, `\\x1b`, `\\u2028`… and each bidirectional override `\\u202e`, so a name can neither
  break a line nor disguise itself;
- `store_path` / `stored_path` is how a path is *kept* in JSON (briefs, projects): the key holds
  the name as text (undecodable bytes as U+FFFD) and, only when that text is not the name
  exactly, the key with `_bytes` holds the name's bytes percent-encoded (RFC 3986 style: every
  byte outside printable ASCII, and `%`, as `%XX`), from which the exact name comes back.
"""

from __future__ import annotations

import os
import unicodedata
from typing import Any
from urllib.parse import unquote_to_bytes

PathLike = str | bytes | os.PathLike
BYTES_SUFFIX = "_bytes"
REPLACEMENT = "\ufffd"
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Characters that reorder the text around them (Unicode bidi embeddings, overrides and isolates,
# and the two marks): shown escaped, so that `txt.exe` cannot pose as `exe.txt`.
_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _shown(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:                # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if ch in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[ch]
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs", "Zl", "Zp") or ch in _BIDI_CONTROLS:
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return ch


def display_path(path: PathLike | None) -> str:
    """The path as one line of readable, valid text (see the module docstring); '' for None."""
    if path is None:
        return ""
    text = os.fsdecode(path)
    if text.isprintable() and text.isascii():
        return text
    return "".join(_shown(ch) if not ch.isprintable() or ch in _BIDI_CONTROLS else ch for ch in text)


def display_name(path: PathLike) -> str:
    """The last part of a path (its file or folder name), shown as by `display_path`."""
    return display_path(os.path.basename(os.fsdecode(path).rstrip("/" + os.sep)) or os.fsdecode(path))


def _percent_encoded(raw: bytes) -> str:
    return "".join(chr(b) if 0x20 <= b < 0x7F and b != 0x25 else f"%{b:02X}" for b in raw)


def is_text_safe(path: str) -> bool:
    """True when the path encodes as UTF-8 as it is (no undecodable bytes in it)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def store_path(path: PathLike, key: str = "path") -> dict[str, str]:
    """`{key: text}` for JSON, with `{key}_bytes` added when the text alone would lose bytes."""
    name = os.fsdecode(path)
    if is_text_safe(name):
        return {key: name}
    raw = os.fsencode(name)
    return {key: raw.decode("utf-8", "replace"), key + BYTES_SUFFIX: _percent_encoded(raw)}


def stored_path(data: dict[str, Any], key: str = "path") -> str:
    """The exact path `store_path` kept under `key` ('' when there is none)."""
    encoded = data.get(key + BYTES_SUFFIX)
    if isinstance(encoded, str) and encoded:
        return os.fsdecode(unquote_to_bytes(encoded))
    value = data.get(key)
    return value if isinstance(value, str) else ""
