"""The user cache folder: what a run works out that the next may read instead (deletable at will)."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_DIR_VARIABLE = "BRIEFING_CACHE_DIR"   # overrides the user cache folder (tests, portable installs)


def cache_dir() -> Path:
    override = os.environ.get(CACHE_DIR_VARIABLE)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("briefing", appauthor=False))
