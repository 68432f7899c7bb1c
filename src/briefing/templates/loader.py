"""Load a template by bundled name or path (minimal; validation comes with the template issue)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from briefing.model import BriefingError
from briefing.resources import asset
from briefing.templates.model import SectionSpec, Template, WatchIssue


def bundled_dir() -> Path:
    return asset("templates")


def load_template(name_or_path: str | Path) -> Template:
    path = Path(name_or_path)
    if not path.suffix:
        path = bundled_dir() / f"{name_or_path}.yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BriefingError(f"{path}: cannot read template ({exc.strerror or exc})") from None
    return parse_template(text, str(path))


def parse_template(text: str, where: str = "<template>") -> Template:
    try:
        raw: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise BriefingError(f"{where}: not valid YAML: {' '.join(str(exc).split())}") from None
    if not isinstance(raw, dict):
        raise BriefingError(f"{where}: a template is a mapping with `format`, `name` and `sections`")
    sections = [SectionSpec(kind=s["kind"], title=s.get("title", s["kind"].title()),
                            max_items=s.get("max_items"), max_words=s.get("max_words"),
                            min_sources=s.get("min_sources", 1), options=s.get("options") or {},
                            enabled=s.get("enabled", True))
                for s in raw.get("sections") or []]
    watch = [WatchIssue(w["name"], list(w.get("terms") or [])) for w in raw.get("watchlist") or []]
    return Template(name=str(raw.get("name", Path(where).stem)), description=raw.get("description", ""),
                    version=int(raw.get("version", 1)), sections=sections, watchlist=watch,
                    defaults=dict(raw.get("defaults") or {}), style=dict(raw.get("style") or {}),
                    path=where)
