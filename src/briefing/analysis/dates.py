"""Dates as written in a sentence, absolute ("Oct. 31", "August 2019", "the 1990s") or relative
("Monday", "next month", "the first quarter"), resolved to ISO against a publication date.

A date that needs a year nobody states stays partial (`iso` is "") and is marked approximate:
we never invent a year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.ingest.dateline import MONTHS

WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "final": 4, "last": 4}
COUNTS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "several": 0, "few": 0}

MAY_AS_VERB = [[w] for w in "be have not also well never still only soon become seem".split()]
# "May" is also a verb, so a bare month needs a preposition or a day to count as a date
_MONTH = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|"
          r"Jul(?:y|\.)?|Aug(?:ust|\.)?|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
          r"Dec(?:ember|\.)?)")
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PART = r"(?P<part>early|mid|late|the end of|the start of|the beginning of|the middle of)[\s-]+"
_REL = r"(?P<rel>last|next|this|coming|past|previous|following)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(p)) for name, p in [
    ("day_month_year", rf"\b{_DAY}\s+{_MONTH}\b\.?,?\s+{_YEAR}\b"),
    ("month_day_year", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ("month_year", rf"\b(?:{_PART})?{_MONTH}\b\.?,?\s+(?:of\s+)?{_YEAR}\b"),
    ("month_rel_year", rf"\b(?:{_PART})?{_MONTH}\b\.?\s+(?:of\s+)?{_REL}\s+year\b"),
    ("quarter", rf"(?i:\bthe\s+(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter"
                rf"(?:\s+of\s+(?:{_YEAR}|(?P<qrel>last|next|this)\s+year))?)"),
    ("day_month", rf"\b{_DAY}\s+{_MONTH}\b(?!\s*\d)"),
    ("month_day", rf"\b{_MONTH}\s+{_DAY}\b(?![\d,]*\s*\d{{4}})(?!\s*(?:%|per|bn|m\b|million|billion))"),
    ("part_month", rf"(?i:\b{_PART}){_MONTH}\b"),
    ("month", rf"(?i:\b(?:in|since|by|until|till|from|before|after|during|through)\s+){_MONTH}\b"
              rf"(?!\s+\d)"),
    ("part_year", rf"(?i:\b(?P<part>early|mid|late)[\s-]+){_YEAR}\b"),
    ("decade", r"\b(?:the\s+)?(?:(?P<early>early|mid|late)[\s-]+)?(?P<decade>1[6-9]\d0|20[0-9]0)s\b"),
    ("year", r"(?<![\d$£€.,/-])(?<!No\. )(?P<year>1[6-9]\d\d|20\d\d)(?![\d%])(?!,\d)(?!\.\d)(?!s\b)"
             r"(?!\s*(?:bn|m\b|million|billion|people|workers|jobs|troops|times|votes|seats|points|"
             r"metres|miles|feet|km|kg|tonnes|pounds|dollars))"),
    ("weekday", r"(?i:\b(?:(?P<wrel>last|next|this|on|coming|past)\s+)?)(?P<weekday>Monday|Tuesday|Wednesday|"
                r"Thursday|Friday|Saturday|Sunday)\b"),
    ("relative_unit", r"(?i:\b(?P<rel>last|next|this|coming|past|previous)\s+(?P<unit>week|month|year|"
                      r"decade|weekend|summer|winter|spring|autumn)\b)"),
    ("later_earlier", r"(?i:\b(?P<when>earlier|later)\s+this\s+(?P<unit>week|month|year)\b)"),
    ("ago", r"(?i:\b(?P<count>one|a|an|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
            r"(?P<unit>day|week|month|year|decade)s?\s+ago\b)"),
    ("deictic", r"(?i:\b(?P<deictic>yesterday|today|tomorrow|tonight)\b)"),
]]


# What each form needs in the text before its (slower) pattern is tried.
YEAR_DIGITS = re.compile(r"\d\d\d\d")
NEEDS: dict[str, set[str]] = {
    "day_month_year": {"month", "year"}, "month_day_year": {"month", "year"}, "month_year": {"month", "year"},
    "month_rel_year": {"month", "unit"}, "quarter": {"unit"}, "day_month": {"month"},
    "month_day": {"month"}, "part_month": {"month"}, "month": {"month"}, "part_year": {"year"},
    "decade": {"year"}, "year": {"year"}, "weekday": {"weekday"}, "relative_unit": {"unit"},
    "later_earlier": {"unit"}, "ago": {"ago"}, "deictic": {"deictic"},
}


@dataclass(frozen=True)
class DateMention:
    start: int                 # offsets in the text searched
    end: int
    text: str                  # as written
    iso: str                   # ISO date, possibly partial ("2019", "2019-12"); "" when unresolved
    approximate: bool = False  # relative, or a part of a month/decade/quarter
    relative: bool = False     # needs a reference date ("Monday", "next month")
    kind: str = ""             # which form: "year", "month_year", "decade", "weekday", ...


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3]]


def parse_iso(value: str | None) -> dt.date | None:
    """A reference date from Document.published ("2025-10-31"), or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _valid_day(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return _ym(year, month)


def _nearest_year(reference: dt.date, month: int, day: int | None, future: bool) -> int:
    """The year that puts month/day nearest the reference in the direction the sentence faces."""
    probe = (month, day or 15)
    if future:
        return reference.year if probe >= (reference.month, reference.day) else reference.year + 1
    return reference.year if probe <= (reference.month, reference.day) else reference.year - 1


def _relative(rel: str, future: bool) -> int:
    rel = rel.lower()
    if rel in ("last", "past", "previous"):
        return -1
    if rel in ("next", "coming", "following"):
        return 1
    return 0


def resolve(kind: str, m: re.Match[str], reference: dt.date | None, future: bool) -> tuple[str, bool, bool]:
    """(iso, approximate, relative) for one match."""
    g = m.groupdict()
    part = bool(g.get("part"))
    if kind == "day_month_year" or kind == "month_day_year":
        return _valid_day(int(g["year"]), month_number(g["month"]), int(g["day"])), False, False
    if kind == "month_year":
        return _ym(int(g["year"]), month_number(g["month"])), part, False
    if kind == "year" or kind == "part_year":
        return g["year"], part, False
    if kind == "decade":
        return g["decade"], True, False
    if kind == "quarter":
        month = (ORDINALS[g["q"].lower()] - 1) * 3 + 1
        if g.get("year"):
            return _ym(int(g["year"]), month), True, False
        if reference is None:
            return "", True, True
        year = reference.year + (_relative(g["qrel"], future) if g.get("qrel") else 0)
        if not g.get("qrel") and future and month + 2 < reference.month:
            year += 1
        return _ym(year, month), True, True
    if kind == "month_rel_year":
        if reference is None:
            return "", True, True
        return _ym(reference.year + _relative(g["rel"], future), month_number(g["month"])), part, True
    if reference is None:
        return "", True, True
    if kind in ("day_month", "month_day"):
        month, day = month_number(g["month"]), int(g["day"])
        if not 1 <= day <= 31:
            return "", True, True
        return _valid_day(_nearest_year(reference, month, day, future), month, day), False, True
    if kind in ("part_month", "month"):
        month = month_number(g["month"])
        return _ym(_nearest_year(reference, month, None, future), month), True, True
    if kind == "weekday":
        wanted = WEEKDAYS[g["weekday"].lower()]
        rel = (g.get("wrel") or "").lower()
        ahead = rel in ("next", "coming") or (future and rel not in ("last", "past"))
        delta = (wanted - reference.weekday()) % 7
        if ahead:
            day = reference + dt.timedelta(days=delta or 7)
        else:
            day = reference - dt.timedelta(days=(reference.weekday() - wanted) % 7 or (0 if rel == "on" else 7))
        return day.isoformat(), False, True
    if kind in ("relative_unit", "later_earlier"):
        unit = g["unit"].lower()
        step = _relative(g["rel"], future) if kind == "relative_unit" else 0
        if unit in ("week", "weekend"):
            return (reference + dt.timedelta(weeks=step)).isoformat()[:7], True, True
        if unit == "month":
            return _ym(*_shift_month(reference.year, reference.month, step)), True, True
        if unit == "decade":
            return str(reference.year // 10 * 10 + 10 * step), True, True
        return str(reference.year + step), True, True
    if kind == "ago":
        count = g["count"].lower()
        n = int(count) if count.isdigit() else COUNTS.get(count, 1)
        unit = g["unit"].lower()
        if unit == "day":
            return (reference - dt.timedelta(days=n)).isoformat(), True, True
        if unit == "week":
            return (reference - dt.timedelta(weeks=n)).isoformat()[:7], True, True
        if unit == "month":
            return _ym(*_shift_month(reference.year, reference.month, -n)), True, True
        return str(reference.year - n * (10 if unit == "decade" else 1)), True, True
    if kind == "deictic":
        offset = {"yesterday": -1, "tomorrow": 1}.get(g["deictic"].lower(), 0)
        return (reference + dt.timedelta(days=offset)).isoformat(), False, True
    return "", True, True


# Every date form holds a digit or one of these words; sentences with neither are skipped fast.
LOWER_WORD = re.compile(r"[a-z]+")
DIGIT = re.compile(r"\d")
UNIT_WORDS = frozenset("week weeks weekend month months year years decade decades quarter summer winter "
                       "spring autumn".split())
DEICTIC_WORDS = frozenset("yesterday today tomorrow tonight".split())
MONTH_WORDS = frozenset(MONTHS)
WEEKDAY_WORDS = frozenset(WEEKDAYS)
DATE_WORDS = UNIT_WORDS | DEICTIC_WORDS | MONTH_WORDS | WEEKDAY_WORDS | {"ago"}


def find_dates(text: str, published: str | None = None, future: bool = False) -> list[DateMention]:
    """Date mentions in `text`, in order, longest form first where forms overlap.

    `published` is the reference for relative dates; `future` says the sentence looks ahead,
    so that "Monday" or "early January" resolve forwards rather than backwards.
    """
    words = set(LOWER_WORD.findall(text.lower()))
    if not (words & DATE_WORDS or DIGIT.search(text)):
        return []
    return list(_find_dates(text, published, future))


@lru_cache(maxsize=65536)
def _find_dates(text: str, published: str | None, future: bool) -> tuple[DateMention, ...]:
    reference = parse_iso(published)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    words = set(LOWER_WORD.findall(text.lower()))
    present = {name for name, found in (
        ("month", words & MONTH_WORDS), ("year", YEAR_DIGITS.search(text)), ("digit", DIGIT.search(text)),
        ("weekday", words & WEEKDAY_WORDS), ("unit", words & UNIT_WORDS), ("ago", "ago" in words),
        ("deictic", words & DEICTIC_WORDS)) if found}
    for kind, pattern in PATTERNS:
        if not NEEDS[kind] <= present:
            continue
        for m in pattern.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            if kind == "month" and m.group("month") == "May" and \
                    text[b:].split(maxsplit=1)[:1] in MAY_AS_VERB:
                continue        # "in May be" is not a date
            iso, approximate, relative = resolve(kind, m, reference, future)
            taken.append((a, b))
            found.append(DateMention(a, b, m.group(0), iso, approximate, relative, kind))
    found.sort(key=lambda d: d.start)
    return tuple(found)
