"""Hard-wrapped plain text (lines cut at ~70 characters) joined back into one line per paragraph.

The join replaces each wrapping newline by a space, so the text keeps its length and every
offset into it stays valid against the file as read.
"""

from __future__ import annotations

import re

# A text counts as hard-wrapped when most of its non-blank lines are followed by another
# non-blank line and nearly all lines are no longer than this (editors and mailers wrap at 60-80).
MAX_WRAP_WIDTH = 100
MIN_WRAPPED_SHARE = 0.5
MIN_LINES = 3
# In a text of 10 lines or more, one line in twenty (at least one) may be longer than the wrap;
# a short text of long one-line paragraphs is no wrapped text.
LONG_LINE_SHARE = 0.05
MIN_LINES_FOR_EXCEPTIONS = 10
# A line whose length plus the next line's first word would have passed the wrap width was
# cut by the wrapper; the slack allows for ragged wrappers and trailing spaces.
WRAP_SLACK = 12
LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*•–—])\s")


def _first_word(line: str) -> str:
    stripped = line.lstrip()
    return stripped.split(" ", 1)[0] if stripped else ""


def _starts_block(line: str) -> bool:
    return LIST_ITEM.match(line) is not None


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was wrapped at, or None when it is not hard-wrapped."""
    filled = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(filled) < MIN_LINES:
        return None
    # a long URL or table row here and there does not make the text unwrapped
    fitting = [n for n in filled if n <= MAX_WRAP_WIDTH]
    allowed_long = max(1, int(LONG_LINE_SHARE * len(filled))) if len(filled) >= MIN_LINES_FOR_EXCEPTIONS else 0
    if len(filled) - len(fitting) > allowed_long:
        return None
    width = fitting[-1]
    followed = sum(1 for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip())
    if followed < MIN_WRAPPED_SHARE * len(filled):
        return None
    return width


def unwrap(text: str) -> str:
    """`text` with wrapping newlines inside paragraphs turned into spaces (same length)."""
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i + 1 == len(lines):
            break
        following = lines[i + 1]
        wrapped = (line.strip() and following.strip() and not _starts_block(following)
                   and len(line.rstrip()) + 1 + len(_first_word(following)) > width - WRAP_SLACK)
        out.append(" " if wrapped else "\n")
    return "".join(out)
