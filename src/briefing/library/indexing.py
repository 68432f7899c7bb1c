"""Indexing's share of the work that needs no database: finding files, reading and analysing them.

`index_some` is what a worker process does with a chunk of files (via `ingest.batch`, on every
core): read each file, find its names (the per-document analysis), and encode it in the stored
form, so that the process writing the database only writes. A file whose content the library
already holds (a copy, or a file touched but not changed) is only hashed.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing.library.codec import StoredDocument, encode_document
from briefing.model import BriefingError

# Contents (sha256) the library holds in the current stored form: set before the workers start,
# which inherit it where processes fork (elsewhere it is empty, and such files are read in full).
known_contents: frozenset[str] = frozenset()


@dataclass
class Indexed:
    size: int
    mtime_ns: int
    stored: StoredDocument


@dataclass
class SameContent:
    size: int
    mtime_ns: int
    sha256: str


@dataclass
class Unreadable:
    size: int
    mtime_ns: int
    message: str


Outcome = Indexed | SameContent | Unreadable


def index_one(path: Path) -> Outcome:
    from briefing.analysis.names import document_names
    from briefing.ingest import read_document
    try:
        st = os.stat(path)
    except OSError as exc:
        return Unreadable(0, 0, f"cannot read ({exc.strerror or exc})")
    if known_contents:
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            return Unreadable(st.st_size, st.st_mtime_ns, f"cannot read ({exc.strerror or exc})")
        if digest in known_contents:
            return SameContent(st.st_size, st.st_mtime_ns, digest)
    try:
        document = read_document(path)
    except BriefingError as exc:
        return Unreadable(st.st_size, st.st_mtime_ns, str(exc))
    return Indexed(st.st_size, st.st_mtime_ns, encode_document(document, st.st_size, document_names(document)))


def index_some(paths: list[Path]) -> list[Outcome]:
    """`index_one` for each path: what one worker does with one chunk."""
    return [index_one(path) for path in paths]


def scan_folder(folder: str) -> Iterator[tuple[str, int, int]]:
    """(path, size, mtime in ns) of every file under `folder` that `briefing build` would read
    there (`ingest.document_entries`: hidden files left out, linked folders not entered)."""
    from briefing.ingest import document_entries
    for entry, _ in document_entries(folder):
        try:
            st = entry.stat()
        except OSError:
            continue
        yield entry.path, st.st_size, st.st_mtime_ns
