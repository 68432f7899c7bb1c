"""Where the bundled assets (templates, fonts, icons) are, installed or in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def assets_dir() -> Path:
    """`briefing/assets` inside an installed wheel, else the checkout's top-level `assets/`."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "assets", here.parent.parent / "assets"):
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError(f"bundled assets not found next to {here}")


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)
