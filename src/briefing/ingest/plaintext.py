"""Plain text (.txt): the text as decoded, hard wrapping undone; headings are found from title-like lines."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.dateline import find_dateline
from briefing.ingest.metadata import DATELINE, find_byline
from briefing.ingest.structure import Extracted
from briefing.ingest.textcodec import decode
from briefing.ingest.wrapping import unwrap


def read_plaintext(path: Path, raw: bytes) -> Extracted:
    text = unwrap(decode(raw, path.name))
    published, outlet = find_dateline(text)
    return Extracted(text=text, published=published, outlet=outlet, date_source=DATELINE,
                     author=find_byline(text))
