"""The program version a stored document records: the release, and a digest of the code that made it.

A stored document is what the readers and the per-document analysis made of a file. The release
number alone would not do: between releases (and for anyone running a checkout) the readers and
the analysis change while the number stays, and a cache kept across such a change would give
another brief than the files. So the version also digests the source of the packages whose output
is stored (`ingest`, `analysis`, `model`, their data files and the modules they share) and the versions of the
libraries the readers use; any change there makes every entry stale, to be rebuilt.
"""

from __future__ import annotations

import hashlib
import sys
from functools import cache
from importlib import metadata
from pathlib import Path

import briefing

# What a stored document is made by: these packages of ours, these top-level modules, these libraries.
PACKAGES = ("ingest", "analysis", "model")
MODULES = ("word_frequency.py", "atomic.py", "resources.py")
LIBRARIES = ("charset-normalizer", "selectolax", "pypdf", "trafilatura", "htmldate", "wordfreq",
             "msgpack", "rapidfuzz", "PyYAML")
# The stored form itself (see codec.py); raised when it changes.
STORED_FORM = 2


def source_files(root: Path) -> list[Path]:
    """The files under `root` (the package) that make a stored document: the code and the data it
    reads (analysis/first_names.txt), either of which changes what is stored."""
    files = sorted(p for package in PACKAGES for pattern in ("*.py", "*.txt") for p in (root / package).rglob(pattern))
    return files + [root / name for name in MODULES if (root / name).is_file()]


@cache
def program_version() -> str:
    """`0.1.0+<12 hex digits>`: the release and the digest of what makes a stored document."""
    root = Path(briefing.__file__).resolve().parent
    digest = hashlib.sha256(f"{STORED_FORM}|{sys.version_info[:2]}".encode())
    for path in source_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    for name in LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    return f"{briefing.__version__}+{digest.hexdigest()[:12]}"
