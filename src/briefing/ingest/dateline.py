"""Publication date and outlet stated near the top of a plain text ("Published: 3 May 2025")."""

from __future__ import annotations

import datetime as dt
import re

from briefing.ingest.furniture import DATE_LINE

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
PUBLISHED = re.compile(r"^(?:(?:first|last)\s+)?(?:published|posted|updated|date|dated)\s*(?:on)?\s*[:\-]?\s*(.+)$",
                       re.IGNORECASE | re.MULTILINE)
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")   # also "2025-10-31T09:00Z"
DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
# "SEOUL, Oct. 31 (Yonhap) --" : the outlet in brackets after a place and date
WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,30}(?:,\s+[^()\n]{3,30})?\s*\((?P<outlet>[A-Z][\w .&-]{1,30})\)\s*(--|—|–|-)")
# "© 2025 The Korea Times. All rights reserved." / "Copyright 2024 Example News Ltd"
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\s*(?=©|\(c\)|\d{4}))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?"
                       r"(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5})", re.IGNORECASE)
TAIL_CHARS = 1500
HEAD_CHARS = 1500
DATE_LINE_MAX_WORDS = 12


def parse_date(text: str) -> str | None:
    """The first full date in `text` as ISO, or None."""
    for pattern, order in ((ISO, "ymd"), (DAY_MONTH_YEAR, "dmy"), (MONTH_DAY_YEAR, "mdy")):
        m = pattern.search(text)
        if not m:
            continue
        parts = dict(zip(order, m.groups(), strict=True))
        month = parts["m"]
        month_no = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
        if not month_no:
            continue
        try:
            return dt.date(int(parts["y"]), month_no, int(parts["d"])).isoformat()
        except ValueError:
            continue
    return None


def find_dateline(text: str) -> tuple[str | None, str | None]:
    """Publication date and outlet a plain text states at its top (or in a closing copyright line)."""
    head = text[:HEAD_CHARS]
    published = None
    m = PUBLISHED.search(head)
    if m:
        published = parse_date(m.group(1))
    top = head.splitlines()[:8]
    if published is None:      # a line that is only a date, near the top: "Monday, 3 May 2025"
        published = next((parse_date(line) for line in top if DATE_LINE.match(line.strip()) and
                          len(line.split()) <= DATE_LINE_MAX_WORDS and parse_date(line)), None)
    outlet = None
    for line in top:
        wire = WIRE_DATELINE.match(line.strip())
        if wire:
            outlet = wire.group("outlet").strip()
            break
    if outlet is None:
        for line in reversed(text[-TAIL_CHARS:].splitlines()[-8:]):
            notice = COPYRIGHT.match(line.strip())
            if notice and not notice.group("outlet").lower().startswith("all rights"):
                outlet = re.split(r"\.(?:\s|$)", notice.group("outlet"))[0].strip()
                break
    return published, outlet
