"""Paths that come from Qt (file dialogs, drops) back to the names the file system has.

Qt holds a file name as a QString: bytes that are not UTF-8 (a Latin-1 name from an old archive)
come back as U+FFFD, a name no file has. Such a path is looked up part by part among the names
its folder really holds; where exactly one matches, that is the file.
"""

from __future__ import annotations

import os

REPLACEMENT = "\ufffd"


def _as_qt_shows(name: bytes) -> str:
    return name.decode("utf-8", "replace")


def real_path(path: str) -> str:
    """`path` as the file system names it: itself when it exists or has no U+FFFD, else the one file
    whose undecodable bytes Qt turned into U+FFFD (or `path` unchanged when none or several match)."""
    if REPLACEMENT not in path or os.path.lexists(path):
        return path
    head, parts = path, []
    while True:
        head, tail = os.path.split(head)
        if not tail:
            break
        parts.append(tail)
        if REPLACEMENT not in head:
            break
    found = head
    for part in reversed(parts):
        candidate = os.path.join(found, part)
        if REPLACEMENT not in part or os.path.lexists(candidate):
            found = candidate
            continue
        try:
            names = os.listdir(os.fsencode(found or "."))
        except OSError:
            return path
        matches = [n for n in names if _as_qt_shows(n) == part]
        if len(matches) != 1:
            return path
        found = os.path.join(found, os.fsdecode(matches[0]))
    return found
