"""Dates as written in a sentence, absolute ("Oct. 31", "August 2019", "the 1990s") or relative
("Monday", "next month", "the first quarter"), resolved to ISO against a reference date: the
document's dateline, which may state only a month ("2024-08") or a year.

Each relative date is resolved one way, as HeidelTime does against the document creation time:
a weekday is the dateline's own day when it names it, else the nearest one in the direction its
own clause faces ("said Tuesday" looks back, "could begin Friday" ahead; "said it would vote
Sunday", either way, the nearer), and the day after the dateline even when told as past (a
dateline lags events in other time zones); a day and month without a year takes the dateline's
year unless its clause faces the other way by more than a week. A date also says what it is to
its sentence (`role`): a deadline, the start of a span, an attribute of a thing, a condition.
A date that needs a year nobody states stays partial (`iso` is ""): we never invent a year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.analysis.words import has_digit, lower_words
from briefing.ingest.dateline import MONTHS

WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "final": 4, "last": 4}
COUNTS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "several": 0, "few": 0}

# A day and month stated in a clause that faces the other way from the dateline moves to the
# year before or after only when it is more than this many days beyond the dateline: a dateline
# often lags the local date of the events it reports (time zones, pages updated overnight).
YEAR_SHIFT_SLACK_DAYS = 7

MAY_AS_VERB = [[w] for w in "be have not also well never still only soon become seem".split()]
# "May" is also a verb, so a bare month needs a preposition or a day to count as a date
_MONTH = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|"
          r"Jul(?:y|\.)?|Aug(?:ust|\.)?|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
          r"Dec(?:ember|\.)?)")
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PART = r"(?P<part>early|mid|late|the end of|the start of|the beginning of|the middle of)[\s-]+"
_YEAR_PART = (r"(?P<part>early|mid|late|end|the end of|the start of|the beginning of|the middle of|"
              r"the first half of|the second half of)[\s-]+")
_REL = r"(?P<rel>last|next|this|coming|past|previous|following)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(p)) for name, p in [
    ("day_month_year", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b\.?,?\s+{_YEAR}\b"),
    ("month_day_year", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ("month_year", rf"\b(?:{_PART})?{_MONTH}\b\.?,?\s+(?:of\s+)?{_YEAR}\b"),
    ("month_rel_year", rf"\b(?:{_PART})?{_MONTH}\b\.?\s+(?:of\s+)?{_REL}\s+year\b"),
    ("quarter", rf"(?i:\bthe\s+(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter"
                rf"(?:\s+of\s+(?:{_YEAR}|(?P<qrel>last|next|this)\s+year))?)"),
    ("day_month", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!\s*\d)"),
    ("month_day", rf"\b{_MONTH}\s+{_DAY}\b(?![\d,]*\s*\d{{4}})(?!\s*(?:%|per|bn|m\b|million|billion))"),
    ("part_month", rf"(?i:\b{_PART}){_MONTH}\b"),
    ("month", rf"(?i:\b(?:in|since|by|until|till|from|before|after|during|through)\s+){_MONTH}\b"
              rf"(?!\s+\d)"),
    ("part_year", rf"(?i:\b{_YEAR_PART}){_YEAR}\b"),
    ("decade", r"\b(?:the\s+)?(?:(?P<early>early|mid|late)[\s-]+)?(?P<decade>1[6-9]\d0|20[0-9]0)s\b"),
    # not a figure ("2000 workers") nor a clock time on the 24-hour clock ("at 1830 GMT", "1800hrs")
    ("year", r"(?<![\d$£€.,/-])(?<!No\. )(?P<year>1[6-9]\d\d|20\d\d)(?![\d%])(?!,\d)(?!\.\d)(?!s\b)"
             r"(?!\s*(?:bn|m\b|million|billion|people|workers|jobs|troops|times|votes|seats|points|"
             r"metres|miles|feet|km|kg|tonnes|pounds|dollars))"
             r"(?!\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|hrs\b|hours\b|local\s+time))"),
    # "on the 8th": a day of the dateline's month, as reports from some regions write it
    ("day_of_month", r"(?i:\b(?:on|by|until|till|from|since|before|after)\s+the\s+)"
                     r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of|century|anniversary|floor|time|"
                     r"round|day|week|month|year|place|minute)\b)"),
    ("weekday", r"(?i:\b(?:(?P<wrel>last|next|this|on|coming|past)\s+)?)(?P<weekday>Monday|Tuesday|Wednesday|"
                r"Thursday|Friday|Saturday|Sunday)\b"),
    ("weekend", r"(?i:\b(?:(?P<wrel>last|next|this|coming|past)|over\s+the|at\s+the|during\s+the|on\s+the)"
                r"\s+weekend\b)"),
    # not "for the past month", "in the next year": a span up to or from now, not a date
    ("relative_unit", r"(?i:(?<!the )\b(?P<rel>last|next|this|coming|past|previous)\s+(?P<unit>week|month|year|"
                      r"decade|summer|winter|spring|autumn)\b)"),
    ("later_earlier", r"(?i:\b(?P<when>earlier|later)\s+this\s+(?P<unit>week|month|year)\b)"),
    ("ago", r"(?i:\b(?P<count>one|a|an|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
            r"(?P<unit>day|week|month|year|decade)s?\s+ago\b)"),
    ("deictic", r"(?i:\b(?P<deictic>yesterday|today|tomorrow|tonight)\b)"),
    # "a day earlier", "two days later": counted from the report's own day
    ("days_later", r"(?i:\b(?P<count>a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?P<when>earlier|later)\b)"),
]]


# What each form needs in the text before its (slower) pattern is tried.
YEAR_DIGITS = re.compile(r"\d\d\d\d")
NEEDS: dict[str, set[str]] = {
    "day_month_year": {"month", "year"}, "month_day_year": {"month", "year"}, "month_year": {"month", "year"},
    "month_rel_year": {"month", "unit"}, "quarter": {"unit"}, "day_month": {"month"},
    "month_day": {"month"}, "part_month": {"month"}, "month": {"month"}, "part_year": {"year"},
    "decade": {"year"}, "year": {"year"}, "day_of_month": {"digit", "ordinal"}, "weekday": {"weekday"},
    "weekend": {"weekend"}, "relative_unit": {"unit", "relative"}, "later_earlier": {"unit", "earlier_later"},
    "ago": {"ago"}, "deictic": {"deictic"}, "days_later": {"unit", "earlier_later"},
}
# How plainly a form states its date: one that states its year beats one that needs the
# dateline's year, which beats a weekday or "yesterday", which beats "last week" or a decade.
STATED_YEAR = frozenset("day_month_year month_day_year month_year part_year year".split())
CALENDAR = frozenset("day_month month_day part_month month day_of_month month_rel_year".split())
DAY_WORDS = frozenset("weekday deictic ago weekend days_later".split())

# The word before a date that makes it the end of a span or a deadline ("by 2035", "until
# April 22"), or the start of a span ("since 2019"): not the date the sentence happens on.
TARGET_WORDS = frozenset("by until till through to before".split())
SPAN_START_WORDS = frozenset(["since"])
UNTIL_WORDS = frozenset("until till".split())      # reach over a few words: "until the next talks in 2025"
UNTIL_REACH = 5
HYPOTHETICAL_WORDS = frozenset("whether if unless".split())   # a date in a question or a condition
# a date in the figure a figure is measured against ("profit was $4m, compared with $9m in 2003";
# "rose to 12% from 9% in 2003"): when the baseline stood, not when the news happened. After the
# cue only words of the same clause (a comma inside a number does not end it), and no "to" (the
# figure it rose to: "from $4 in 2003 to $6 in 2004").
BASELINE_BEFORE = re.compile(
    r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.?|from\s+(?:[£$€]|\d[\d.,]*\s*(?:%|per\s?cent\b|m\b|bn\b"
    r"|million\b|billion\b|trillion\b)|\d{1,3}(?:,\d{3})+\b))(?![^,;:()—–]*\bto\b)(?:[^,;:()—–]|(?<=\d),(?=\d))*$")
BASELINE_REACH = 80     # characters before a date searched for the cue
POSSESSIVE = re.compile(r"^[’']s\b")
POSSESSOR = re.compile(r"\w[’']s$|\ws[’']$")     # a word with a possessive ending
# an author-year reference: the year closes a bracket that opened on authors or on the year itself
CITATION = re.compile(r"[a-z]?\)")
CITATION_OPEN = re.compile(r"\((?:[^()]*(?:et al\.?|&|\band\b)[^()]*,\s*|[A-Z][\w’'-]+,?\s+|)$")
DETERMINERS = frozenset("the a an this that his her its their our your".split())
ATTRIBUTIVE = re.compile(r"^\s+[A-Za-z]")
# a dated thing inside a phrase of time ("killed in the 2015 earthquake", "during Friday's
# storm", "overthrew it in a 2021 coup") dates the clause, not only the thing
TIME_PREPOSITIONS = frozenset("in during amid".split())
# "the events of December 3", "the crash of 2008": a thing dated by "of"; but "the summer of
# 2019", "the end of March", "as of May" are times (a closed class: time nouns, and "as")
TIMES_BEFORE_OF = frozenset("""as end start beginning middle half part day days week weeks weekend month months year
years summer winter spring autumn fall morning afternoon evening night quarter season course period""".split())
# "three months after the July 19 outage": a date counted from another one
OFFSET = re.compile(r"(?i)\b(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                    r"(?P<unit>day|week|month|year)s?\s+(?P<way>after|before)\s+(?:the\s+)?$")


@dataclass(frozen=True, repr=False)
class DateMention:
    """A time expression of a text, normalised to an ISO date where it can be."""

    start: int                 # offsets in the text searched
    end: int
    text: str                  # as written
    iso: str                   # ISO date, possibly partial ("2019", "2019-12"); "" when unresolved
    approximate: bool = False  # a part of a month/decade/quarter, or a period ("last week")
    relative: bool = False     # needs a reference date ("Monday", "next month")
    kind: str = ""             # which form: "year", "month_year", "decade", "weekday", ...
    role: str = ""             # "target" ("by 2035"), "since" ("since 2019"), "attribute" ("Friday's"),
                               # "hypothetical" ("asked whether it would fail next year"),
                               # "baseline" ("compared with $9m in 2003")
    direction: int = 0         # which way its clause faces: -1 back, 1 ahead, 2 either, 0 not said

    @property
    def level(self) -> int:
        """0 states its year, 1 is a calendar date without one, 2 a day named relatively, 3 a period."""
        if self.kind in STATED_YEAR or self.kind == "quarter" and not self.relative:
            return 0
        if self.kind in CALENDAR:
            return 1
        return 2 if self.kind in DAY_WORDS else 3


@dataclass(frozen=True, repr=False)
class Reference:
    """The date relative dates are resolved against, as precisely as the document states it."""
    day: dt.date             # the date, or the first day of its month or year
    precision: str           # "day", "month" or "year"

    @property
    def iso(self) -> str:
        return self.day.isoformat()[:{"day": 10, "month": 7, "year": 4}[self.precision]]


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3]]


def parse_iso(value: str | None) -> dt.date | None:
    """A full date from Document.published ("2025-10-31"), or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_reference(value: str | None) -> Reference | None:
    """A reference from an ISO date, full ("2025-10-31"), a month ("2025-10") or a year ("2025")."""
    if not value:
        return None
    day = parse_iso(value)
    if day is not None:
        return Reference(day, "day")
    m = re.match(r"^(\d{4})(?:-(\d{2}))?$", value.strip())
    if not m or not 1 <= int(m.group(2) or 1) <= 12:
        return None
    return Reference(dt.date(int(m.group(1)), int(m.group(2) or 1), 1), "month" if m.group(2) else "year")


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


def _calendar_year(ref: Reference, month: int, day: int | None, direction: int) -> int:
    """The year of a month (and day) stated without one: the dateline's, unless the clause
    faces the other way and the date lies more than the slack beyond the dateline."""
    if ref.precision == "year":
        return ref.day.year
    year = ref.day.year
    if direction == NEAREST:
        probe = (month, day or 15)
        options = [(abs((y - year) * 12 * 31 + (probe[0] - ref.day.month) * 31 + probe[1] - ref.day.day), -y, y)
                   for y in (year - 1, year, year + 1)]
        return min(options)[2]
    if ref.precision == "month" or day is None:
        gap_months = month - ref.day.month
        if direction > 0 and gap_months < 0:
            return year + 1
        if direction <= 0 and gap_months > 0:
            return year - 1
        return year
    try:
        probe = dt.date(year, month, day)
    except ValueError:
        probe = dt.date(year, month, 1)
    slack = dt.timedelta(days=YEAR_SHIFT_SLACK_DAYS)
    if direction > 0 and probe < ref.day - slack:
        return year + 1
    if direction <= 0 and probe > ref.day + slack:
        return year - 1
    return year


def _relative(rel: str) -> int:
    rel = rel.lower()
    if rel in ("last", "past", "previous"):
        return -1
    if rel in ("next", "coming", "following"):
        return 1
    return 0


def _weekday(ref: dt.date, wanted: int, rel: str, direction: int) -> dt.date:
    """The day a weekday names, seen from the dateline `ref`."""
    if rel in ("last", "past"):
        return ref - dt.timedelta(days=(ref.weekday() - wanted) % 7 or 7)
    if rel in ("next", "coming"):
        return ref + dt.timedelta(days=(wanted - ref.weekday()) % 7 or 7)
    ahead = (wanted - ref.weekday()) % 7
    if ahead == 0:
        return ref                      # the dateline's own day
    if direction == NEAREST:
        return ref + dt.timedelta(days=ahead) if ahead < 7 - ahead else ref - dt.timedelta(days=7 - ahead)
    if ahead == 1 or direction > 0:
        # the day after the dateline even in a past clause: the dateline lags the events'
        # local date (time zones, a page updated overnight) far more often than a report
        # calls a day six days back by its bare name
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=7 - ahead)


def resolve(kind: str, m: re.Match[str], ref: Reference | None, direction: int) -> tuple[str, bool, bool]:
    """(iso, approximate, relative) for one match; `direction` is which way its clause faces."""
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
        if ref is None:
            return "", True, True
        year = ref.day.year + (_relative(g["qrel"]) if g.get("qrel") else 0)
        if not g.get("qrel") and direction > 0 and ref.precision != "year" and month + 2 < ref.day.month:
            year += 1
        return _ym(year, month), True, True
    if ref is None:
        return "", True, True
    if kind == "month_rel_year":
        return _ym(ref.day.year + _relative(g["rel"]), month_number(g["month"])), part, True
    if kind in ("day_month", "month_day"):
        month, day = month_number(g["month"]), int(g["day"])
        if not 1 <= day <= 31:
            return "", True, True
        return _valid_day(_calendar_year(ref, month, day, direction), month, day), False, True
    if kind in ("part_month", "month"):
        month = month_number(g["month"])
        return _ym(_calendar_year(ref, month, None, direction), month), part, True
    if kind == "day_of_month":
        if ref.precision == "year":
            return "", True, True
        year, month = ref.day.year, ref.day.month
        day = int(g["day"])
        if ref.precision == "day":
            slack = YEAR_SHIFT_SLACK_DAYS
            if direction == NEAREST:
                pass
            elif direction > 0 and day < ref.day.day - slack:
                year, month = _shift_month(year, month, 1)
            elif direction <= 0 and day > ref.day.day + slack:
                year, month = _shift_month(year, month, -1)
        return _valid_day(year, month, day), False, True
    return _resolve_by_days(kind, g, ref, direction)


def _resolve_by_days(kind: str, g: dict, ref: Reference, direction: int) -> tuple[str, bool, bool]:
    """Forms counted in days, weeks or months from the reference: to the day where the
    reference gives the day, else to its month (or year) and marked approximate."""
    if kind == "weekday":
        if ref.precision != "day":
            return (ref.iso, True, True) if ref.precision == "month" else ("", True, True)
        rel = (g.get("wrel") or "").lower()
        return _weekday(ref.day, WEEKDAYS[g["weekday"].lower()], rel, direction).isoformat(), False, True
    if kind == "weekend":
        if ref.precision != "day":
            return (ref.iso, True, True) if ref.precision == "month" else ("", True, True)
        step = _relative(g.get("wrel") or "") or (1 if direction > 0 else -1)
        weekday = ref.day.weekday()
        if step > 0:
            saturday = ref.day + dt.timedelta(days=(5 - weekday) % 7 or 7)
        elif weekday >= 5:
            saturday = ref.day - dt.timedelta(days=weekday - 5)        # the weekend it is
        else:
            saturday = ref.day - dt.timedelta(days=weekday + 2)
        return saturday.isoformat()[:7], True, True
    if kind in ("relative_unit", "later_earlier"):
        unit = g["unit"].lower()
        step = _relative(g["rel"]) if kind == "relative_unit" else 0
        if unit == "week":
            if ref.precision == "year":
                return "", True, True
            return ((ref.day + dt.timedelta(weeks=step)).isoformat()[:7] if ref.precision == "day"
                    else ref.iso), True, True
        # "last month", "next year" name the whole month or year; "earlier this year", a part
        part = kind == "later_earlier"
        if unit == "month":
            if ref.precision == "year":
                return "", True, True
            return _ym(*_shift_month(ref.day.year, ref.day.month, step)), part, True
        if unit == "decade":
            return str(ref.day.year // 10 * 10 + 10 * step), True, True
        if unit == "year":
            return str(ref.day.year + step), part, True
        return str(ref.day.year + step), True, True      # a season: some part of that year
    if kind == "ago":
        count = g["count"].lower()
        n = int(count) if count.isdigit() else COUNTS.get(count, 1)
        unit = g["unit"].lower()
        if unit in ("day", "week"):
            if ref.precision == "year":
                return "", True, True
            if ref.precision == "month":
                return ref.iso, True, True
            back = ref.day - dt.timedelta(days=n if unit == "day" else 7 * n)
            return (back.isoformat(), True, True) if unit == "day" else (back.isoformat()[:7], True, True)
        if unit == "month":
            if ref.precision == "year":
                return "", True, True
            return _ym(*_shift_month(ref.day.year, ref.day.month, -n)), True, True
        return str(ref.day.year - n * (10 if unit == "decade" else 1)), True, True
    if kind == "days_later":
        if ref.precision != "day":
            return (ref.iso, True, True) if ref.precision == "month" else ("", True, True)
        count = g["count"].lower()
        n = int(count) if count.isdigit() else COUNTS.get(count, 1)
        sign = -1 if g["when"].lower() == "earlier" else 1
        return (ref.day + dt.timedelta(days=sign * n)).isoformat(), True, True
    if kind == "deictic":
        if ref.precision != "day":
            return (ref.iso, True, True) if ref.precision == "month" else ("", True, True)
        offset = {"yesterday": -1, "tomorrow": 1}.get(g["deictic"].lower(), 0)
        return (ref.day + dt.timedelta(days=offset)).isoformat(), False, True
    return "", True, True


# --- which way a date's clause faces -------------------------------------------------------
# Closed classes of English: modal and future auxiliaries and the words of plans and schedules
# (ahead); the past tense of the common irregular verbs, past auxiliaries and "-ed" forms (back).
NEAREST = 2     # a clause in the future of the past ("said it would vote on Sunday"): either way
FUTURE_OF_PAST = frozenset("would could".split())
FUTURE_WORDS = frozenset("""will shall can may might should must won’t won't wont ’ll 'll
expected scheduled slated poised planned planning plans plan aims aiming intends intending upcoming
forthcoming soon""".split())
FUTURE_BEFORE_TO = frozenset("set going about likely bound".split())      # "set to", "going to"
PAST_WORDS = frozenset("""said told was were had did ago earlier previously already began came went took
made gave held met rose fell won lost left struck spoke saw sent broke ran wrote led paid sold bought
brought thought found kept became chose drew drove flew grew knew shook stood threw fought sought caught
felt heard meant sat spent built got quit""".split())
BE_WORDS = frozenset("is are was were be been ’s 's".split())       # "is due to", "are due on"
NOT_PAST_ED = frozenset("need speed seed feed indeed hundred united bed red shed".split())
WORD = re.compile(r"[A-Za-z’']+")
CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–“”\"]|\s-\s")


def _cue(word: str, previous: str, following: str) -> int:
    """+1 for a word that looks ahead, -1 for one that looks back, 0 for neither."""
    if not word.islower():
        return 0
    if word in ("has", "have", "had"):
        return 1 if following == "to" else -1
    if word in FUTURE_WORDS or word.endswith(("’ll", "'ll")):
        return 1
    if word in FUTURE_OF_PAST:
        return NEAREST
    if word in FUTURE_BEFORE_TO and following == "to" or word == "due" and previous in BE_WORDS:
        return 1
    if word in PAST_WORDS:
        return -1
    if len(word) > 3 and word.endswith("ed") and word not in NOT_PAST_ED:
        return -1
    return 0


def clause_direction(text: str, start: int, end: int) -> int:
    """Which way the clause around text[start:end] faces: the nearest tense cue before the
    date in its clause, else the nearest after it; where the clause has none (a date set off
    by commas: "On Wednesday, two men were pulled out"), the nearest in the sentence; else 0."""
    left = _clause_start(text, start)
    stop = CLAUSE_BREAK.search(text, end)
    right = stop.start() if stop else len(text)
    cue = _nearest_cue(text, left, start, end, right) or _nearest_cue(text, 0, start, end, len(text))
    if cue == NEAREST and not tells_past(text[:start]):
        return 1        # "could begin on Monday" with no "said" before it: a plain modal, ahead
    return cue


def _clause_start(text: str, start: int) -> int:
    left = 0
    for m in CLAUSE_BREAK.finditer(text, 0, start):
        left = m.end()
    return left


def _nearest_cue(text: str, left: int, start: int, end: int, right: int) -> int:
    before = WORD.findall(text[left:start])
    after = WORD.findall(text[end:right])
    for i in range(len(before) - 1, -1, -1):
        following = before[i + 1] if i + 1 < len(before) else (after[0] if after else "")
        cue = _cue(before[i], before[i - 1].lower() if i else "", following.lower())
        if cue:
            return cue
    for i, word in enumerate(after):
        cue = _cue(word, after[i - 1].lower() if i else "", after[i + 1].lower() if i + 1 < len(after) else "")
        if cue:
            return cue
    return 0


def tells_past(text: str) -> bool:
    """Whether `text` has a verb in the past tense or the present perfect ("struck", "has said")."""
    tokens = WORD.findall(text)
    return any(_cue(w, tokens[i - 1].lower() if i else "", tokens[i + 1].lower() if i + 1 < len(tokens) else "") < 0
               for i, w in enumerate(tokens) if w not in ("ago", "earlier", "previously", "already"))


def past_verbs(text: str) -> set[str]:
    """The words of `text` that tell it in the past tense or the present perfect, lower-case."""
    tokens = WORD.findall(text)
    return {w.lower() for i, w in enumerate(tokens) if w not in ("ago", "earlier", "previously", "already") and
            _cue(w, tokens[i - 1].lower() if i else "", tokens[i + 1].lower() if i + 1 < len(tokens) else "") < 0}


def determines(word: str) -> bool:
    """A determiner or a possessive ("the", "its", "Harwick's", "the players'"), which makes a
    year after it an attribute of the noun that follows ("Harwick's 2030 bid")."""
    return word in DETERMINERS or bool(POSSESSOR.search(word))


def names_a_thing(date: DateMention, text: str) -> bool:
    """A year before the noun it names a thing by ("the 2028 Games", "Harwick's 2030 bid"): it
    says which thing, not when the sentence's news happened, and the thing may lie ahead."""
    if date.role != "attribute" or not ATTRIBUTIVE.match(text[date.end:]):
        return False
    before = WORD.findall(text[max(0, date.start - 30):date.start])
    return bool(before) and determines(before[-1].lower())


def _role(text: str, start: int, end: int) -> str:
    """What the date is to its sentence: the end of a span or a deadline, the start of a span,
    an attribute of a noun ("Friday's quake", "the July 19 outage"), or "" for the time
    something happens."""
    before = WORD.findall(text[_clause_start(text, start):start])      # the clause's words before the date
    prev = before[-1].lower() if before else ""
    first = WORD.match(text, start)
    cues = {prev, first.group(0).lower() if first else ""}
    if cues & TARGET_WORDS or UNTIL_WORDS & {w.lower() for w in before[-UNTIL_REACH:]}:
        return "target"         # "by 2035", "until the next talks in 2025"
    if cues & SPAN_START_WORDS:
        return "since"
    if any(w.lower() in HYPOTHETICAL_WORDS for w in before):
        return "hypothetical"   # "asked whether it would suffer next year": nothing happens then
    if BASELINE_BEFORE.search(text, max(0, start - BASELINE_REACH), start):
        return "baseline"       # "compared with $9m in 2003": when the figure compared with stood
    if POSSESSIVE.match(text[end:end + 3]) or determines(prev) and ATTRIBUTIVE.match(text[end:]):
        governing = before[-2].lower() if determines(prev) and len(before) > 1 else prev
        return "" if governing in TIME_PREPOSITIONS else "attribute"
    if prev == "of" and len(before) > 1 and before[-2].lower() not in TIMES_BEFORE_OF and before[-2].islower():
        return "attribute"
    return ""


def shift(iso: str, offset: re.Match[str]) -> str:
    """`iso` moved by "three months after" / "a week before", to the precision that keeps."""
    count = offset.group("count").lower()
    n = (int(count) if count.isdigit() else COUNTS.get(count, 1)) * (1 if offset.group("way").lower() == "after" else -1)
    unit = offset.group("unit").lower()
    year, month = int(iso[:4]), int(iso[5:7]) if len(iso) >= 7 else 0
    if unit == "year":
        return f"{year + n:04d}{iso[4:7]}"
    if not month:
        return iso
    if unit == "month":
        return _ym(*_shift_month(year, month, n))
    if len(iso) < 10:
        return iso
    moved = dt.date.fromisoformat(iso) + dt.timedelta(days=n * (7 if unit == "week" else 1))
    return moved.isoformat() if unit == "day" else moved.isoformat()[:7]


# Every date form holds a digit or one of these words; sentences with neither are skipped fast.
UNIT_WORDS = frozenset("day days week weeks weekend month months year years decade decades quarter summer "
                       "winter spring autumn".split())
DEICTIC_WORDS = frozenset("yesterday today tomorrow tonight".split())
MONTH_WORDS = frozenset(MONTHS)
WEEKDAY_WORDS = frozenset(WEEKDAYS)
DATE_WORDS = UNIT_WORDS | DEICTIC_WORDS | MONTH_WORDS | WEEKDAY_WORDS | {"ago"}
# words of the forms that need more than a unit or a digit: "last week", "a day later", "on the
# 8th" (the ordinal's ending read as a word of its own after the digit)
RELATIVE_WORDS = frozenset("last next this coming past previous".split())
EARLIER_LATER_WORDS = frozenset("earlier later".split())
ORDINAL_ENDINGS = frozenset("st nd rd th".split())


_PATTERN_OF = dict(PATTERNS)


def day_and_month(mention: DateMention) -> tuple[int, int] | None:
    """(month, day) of a day of a month written without its year ("14 December", "Feb. 16"), else None."""
    if mention.kind not in ("day_month", "month_day"):
        return None
    m = _PATTERN_OF[mention.kind].match(mention.text)
    return (month_number(m.group("month")), int(m.group("day"))) if m else None


def writes_later_year(text: str, year: int) -> bool:
    """Whether `text` writes a four-digit number above `year`: a year read from a text is written
    in it with four digits, so a text whose four-digit numbers are all at most the latest year
    found cannot raise it."""
    return max(map(int, YEAR_DIGITS.findall(text)), default=0) > year


def find_dates(text: str, published: str | None = None, future: bool = False,
               words: set[str] | None = None) -> list[DateMention]:
    """Date mentions in `text`, in order, longest form first where forms overlap.

    `published` is the reference for relative dates (an ISO date, month or year); `future` says
    the sentence as a whole looks ahead, for dates whose own clause has no tense cue; `words` may
    give the text's lower_words, worked out already.
    """
    # a digit settles it without reading the words (a sixth of news sentences hold one)
    if not (has_digit(text) or not DATE_WORDS.isdisjoint(lower_words(text) if words is None else words)):
        return []
    return list(_find_dates(text, published, future))


@lru_cache(maxsize=65536)
def _find_dates(text: str, published: str | None, future: bool) -> tuple[DateMention, ...]:
    reference = parse_reference(published)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    words = lower_words(text)
    present = {name for name, found in (
        ("month", words & MONTH_WORDS), ("year", YEAR_DIGITS.search(text)), ("digit", has_digit(text)),
        ("weekday", words & WEEKDAY_WORDS), ("unit", words & UNIT_WORDS), ("ago", "ago" in words),
        ("deictic", words & DEICTIC_WORDS), ("weekend", "weekend" in words), ("relative", words & RELATIVE_WORDS),
        ("earlier_later", words & EARLIER_LATER_WORDS), ("ordinal", words & ORDINAL_ENDINGS)) if found}
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
            if kind == "year" and CITATION.match(text, b) and CITATION_OPEN.search(text, max(0, a - 80), a):
                continue        # "(Tin et al., 2022)", "(2019)": a work cited, not a date
            role = _role(text, a, b)
            # a deadline with no tense of its own lies ahead: "contingent on a vote by Friday"
            direction = clause_direction(text, a, b) or (1 if future or role == "target" else 0)
            iso, approximate, relative = resolve(kind, m, reference, direction)
            offset = OFFSET.search(text, max(0, a - 40), a) if iso else None
            if offset:
                iso, a = shift(iso, offset), offset.start()
                approximate, relative = approximate or offset.group("unit").lower() != "day", True
            taken.append((a, b))
            found.append(DateMention(a, b, text[a:b], iso, approximate, relative, kind,
                                     _role(text, a, b) if offset else role, direction))
    found.sort(key=lambda d: d.start)
    return tuple(found)
