"""Publication date and outlet stated near the top of a plain text ("Published: 3 May 2025"),
and the month and day of a wire dateline that opens a report ("SEOUL, Dec. 7 (UPI) -")."""

from __future__ import annotations

import datetime as dt
import re

from briefing.ingest.furniture import DATE_LINE

MONTH_NAMES = "january february march april may june july august september october november december".split()
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
PUBLISHED = re.compile(r"^(?:(?:first|last)\s+)?(?:published|posted|updated|date|dated)\s*(?:on)?\s*[:\-]?\s*(.+)$",
                       re.IGNORECASE | re.MULTILINE)
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")   # also "2025-10-31T09:00Z"
DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
# a line that is only a month: "August 2024" (pages that give no day)
MONTH_YEAR_LINE = re.compile(r"^([A-Za-z]{3,9})\.?,?\s+(\d{4})$")
# parts of a line joined by a dash, bar or bullet: "- The Daily Example - Monday, 3 May 2025"
LINE_PARTS = re.compile(r"\s+[-–—|·•]\s+|^[-–—|·•]\s+|\s+[-–—|·•]$")
# "SEOUL, Dec. 7 (UPI) -", "New Delhi, Mar 29:", "May 19 (Reuters) -": a place, a month and day,
# an agency in brackets, then a dash or colon, at the start of a report's first paragraph
WIRE_DATE = re.compile(r"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+)?(?:[A-Z][a-z]+,\s+)?"
                       r"(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
                       r"(?:\s*\([^()\n]{1,40}\)\s*(?:--|—|–|-|:)?|\s*(?:--|—|–|-|:))")
# "SEOUL, Oct. 31 (Yonhap) --" : the outlet in brackets after a place and date
WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,30}(?:,\s+[^()\n]{3,30})?\s*\((?P<outlet>[A-Z][\w .&-]{1,30})\)\s*(--|—|–|-)")
# "© 2025 The Example Times. All rights reserved." / "Copyright 2024 Example News Ltd"
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


def parse_month(text: str) -> str | None:
    """A line that is only a month and year ("August 2024") as a partial ISO date ("2024-08")."""
    m = MONTH_YEAR_LINE.match(text.strip())
    month = MONTHS.get(m.group(1).lower()) if m else None
    return f"{int(m.group(2)):04d}-{month:02d}" if month else None


def date_line(line: str) -> str | None:
    """The date of a short top line that holds only a date, or a date beside the outlet's name
    between dashes or bars ("- The Daily Example - Monday, 3 May 2025"), else None."""
    line = line.strip()
    if not line or len(line.split()) > DATE_LINE_MAX_WORDS:
        return None
    for part in [line, *LINE_PARTS.split(line)]:
        part = part.strip()
        if part and DATE_LINE.match(part):
            found = parse_date(part)
            if found:
                return found
    return parse_month(line)


def wire_date(sentence: str) -> tuple[int, int] | None:
    """(month, day) of a wire dateline opening `sentence` ("SEOUL, Dec. 7 (UPI) - ..."), or None."""
    m = WIRE_DATE.match(sentence)
    if not m:
        return None
    month = MONTHS.get(m.group("month").lower())
    day = int(m.group("day"))
    return (month, day) if month and 1 <= day <= 31 else None


def find_dateline(text: str) -> tuple[str | None, str | None]:
    """Publication date and outlet a plain text states at its top (or in a closing copyright line).

    The date is ISO; a page that states only a month gives a partial one ("2024-08")."""
    head = text[:HEAD_CHARS]
    published = None
    m = PUBLISHED.search(head)
    if m:
        published = parse_date(m.group(1))
    top = head.splitlines()[:8]
    if published is None:      # a line that is only a date, near the top: "Monday, 3 May 2025"
        published = next((found for line in top if (found := date_line(line))), None)
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
