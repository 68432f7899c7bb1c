"""The brief as `briefing/1` JSON, exactly the contract of spec/brief-json.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefing.atomic import write_text_atomically
from briefing.model import Brief


def brief_json(brief: Brief) -> str:
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\n"


def render_json(brief: Brief, path: Path, style: dict[str, Any] | None = None) -> None:
    write_text_atomically(path, brief_json(brief))
