"""Where the library is: `--db PATH` (or the window's setting), else $BRIEFING_LIBRARY, else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from briefing.templates.store import user_data_dir

LIBRARY_VARIABLE = "BRIEFING_LIBRARY"
LIBRARY_FILE = "library.sqlite"


def library_path(given: str | Path | None = None) -> Path:
    """The library file to use: `given` if any, else $BRIEFING_LIBRARY, else the default one."""
    if given:
        return Path(given).expanduser()
    override = os.environ.get(LIBRARY_VARIABLE)
    if override:
        return Path(override).expanduser()
    return user_data_dir() / LIBRARY_FILE
