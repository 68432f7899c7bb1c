"""Plain text (.txt): the text as decoded; headings are detected from title-like lines."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.dateline import find_dateline
from briefing.ingest.structure import Extracted
from briefing.ingest.textcodec import decode


def read_plaintext(path: Path, raw: bytes) -> Extracted:
    text = decode(raw, path.name)
    published, outlet = find_dateline(text)
    return Extracted(text=text, published=published, outlet=outlet)
