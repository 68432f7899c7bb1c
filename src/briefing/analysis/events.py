"""Events: sentences that report a dated happening, with an ISO (possibly partial) date.

Every date is resolved against its own document's dateline (`analysis.dates`). A document
without one falls back on the date the other documents' datelines agree on, to the month at
most: it dates weekdays only to that month, and takes only the year for "23 October". A corpus
with no datelines at all dates only what states its year, what a report's calendar dates (below),
or a day of a month that a report of the corpus states with one year ("27 February" where another
says "27 February 2005"; inferred, so that the sentence writing the year tells that day first):
"Monday" there stays out rather than get an invented year. A sentence of a dated report that names no date of its own, and tells of
something that happened rather than what went before or what is expected, happened on the
report's day (`inferred`); so do the entries of a list headed by clock times, a night that
crosses midnight rolling back a day. Where no report has a date, one naming a weekday beside a
day of a month ("Sunday, 27 February") is dated in the year the calendar gives that day near the
year the story is told in. Events after the dateline, or said to lie ahead, are
planned (`future`); where no report has a date, a year before the one the story is told in
(`told_year`) is not, however its sentence looks ahead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from briefing.analysis.dates import (
    WEEKDAYS,
    YEAR_SHIFT_SLACK_DAYS,
    DateMention,
    Reference,
    day_and_month,
    find_dates,
    month_number,
    parse_reference,
    tells_past,
    writes_later_year,
)
from briefing.analysis.tense import FUTURE, PAST_MARKERS, PAST_PERFECT, narration
from briefing.analysis.words import at_word_start, has_digit, lower_words
from briefing.ingest.dateline import wire_date
from briefing.model import Corpus, Document, EventFact, Sentence, SentenceRef

# a sentence opening on a word that points back ("It struck...", "They said...") cannot stand
# alone as a timeline entry, which has no sentence before it
POINTS_BACK = re.compile(r"(?:he|she|it|they|this|these|those|that|his|her|its|their|such)\b",
                         re.IGNORECASE)
# the page speaking of itself ("A version of this story appeared in ...", "This article was
# originally published by ..."): how the report came about, not what it reports
ABOUT_THE_PAGE = re.compile(r"(?i)\b(?:this|the)\s+(?:story|article|report|piece|page|newsletter)\s+"
                            r"(?:was|is|has|appeared|first|originally)\b|\bversion of this\b")
REPORTED = re.compile(r"(?i)\b(?:said|told|added|announced|stated|reported|claimed|insisted|warned)\b")
# A weekday beside a day of a month without a year ("Sunday, 27 February", "on Tuesday 9 November"):
# the calendar gives its year. A day and month fall on one weekday every 5, 6 or 11 years, so in
# any five years running at most one year fits. Read over each report's whole text: the weekday opens
# the pattern as plain letters (at_word_start), which the regex engine skips ahead to.
WEEKDAY_DAY = re.compile(r"(?P<weekday>" + at_word_start("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                         "Saturday", "Sunday") + r"),?\s+"
                         r"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>January|February|"
                         r"March|April|May|June|July|August|September|October|November|December)\b(?!,?[ \t]*\d)")
CALENDAR_REACH = 2
AFTER = re.compile(r"(?i)\bafter\s+$")
MIN_EVENT_WORDS = 5      # shorter "sentences" are captions or headings, not reports
# A month (or else a year) is the corpus's agreed date when most of its dated documents fall in
# it: a story told over a few days is dated to its month, one told over months only to its year.
AGREEMENT_SHARE = 2 / 3
WIRE_DATELINE_SENTENCES = 3          # a wire dateline opens one of a report's first sentences
# "this year's summit", "this week": the period the dateline is in says no more than the dateline
CURRENT_PERIOD = re.compile(r"(?i)^this\s+(?:week|month|year)")
# A line that is only a clock time, as live reports and timelines head their entries:
# "10:23 p.m.", "From 1:10 a.m. onward", "Around midnight"
CLOCK_LINE = re.compile(r"(?i)^(?:(?:around|about|at|from|by|shortly\s+(?:after|before)|just\s+(?:after|before)|"
                        r"after|before)\s+)?(?:(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?\s?m\.?"
                        r"|(?P<word>midnight|noon))(?:\s+onwards?)?\.?$")


@dataclass(frozen=True, repr=False)
class DocumentDate:
    """A document's reference date and how it knows it."""
    value: str | None        # ISO, possibly partial: "2024-12-07", "2024-12", "2024"
    stated: bool             # the document states it (a dateline), rather than the corpus


def agreed_date(stated: list[str]) -> str | None:
    """The month most dated documents fall in, else the year most fall in, else None."""
    if not stated:
        return None
    for width in (7, 4):
        counts = Counter(p[:width] for p in stated if len(p) >= width)
        agreed = [prefix for prefix, n in counts.items() if n >= AGREEMENT_SHARE * len(stated)]
        if agreed:
            return max(agreed)
    return None


def wire_dated(doc: Document, sentences: list[Sentence], year: int | None) -> str | None:
    """The date of a wire dateline ("SEOUL, Dec. 7 (UPI) -") opening one of the first sentences."""
    if year is None:
        return None
    for s in sentences[:WIRE_DATELINE_SENTENCES]:
        found = wire_date(s.text)
        if found:
            month, day = found
            reference = parse_reference(f"{year:04d}-{month:02d}-{day:02d}")
            return reference.iso if reference else None
    return None


def document_dates(corpus: Corpus) -> list[DocumentDate]:
    """Each document's reference date: its dateline; else a wire dateline's month and day with
    the year its partial dateline or the corpus gives; else the corpus's agreed date."""
    own = [parse_reference(d.published) for d in corpus.documents]
    agreed = agreed_date([r.iso for r in own if r is not None])
    out = []
    for doc, sentences, ref in zip(corpus.documents, corpus.sentences, own, strict=True):
        if ref is not None and ref.precision == "day":
            out.append(DocumentDate(ref.iso, True))
            continue
        year = ref.day.year if ref is not None else int(agreed[:4]) if agreed else None
        wire = wire_dated(doc, sentences, year)
        if wire:
            out.append(DocumentDate(wire, True))
        elif ref is not None:
            out.append(DocumentDate(ref.iso, True))
        else:
            out.append(DocumentDate(agreed, False))
    return out


def event_date(mentions: list[DateMention]) -> DateMention | None:
    """The date a sentence is about: one that is not a deadline ("by 2035"), the start of a span
    ("since 2019"), an attribute ("Friday's quake") or the baseline of a figure ("compared with $9m
    in 2003") where there is such a one; of those, the most plainly stated (its year stated, then
    a calendar date, then a weekday, then a period such as "last week" or a decade), the first of
    equals."""
    dated = [d for d in mentions if d.iso]
    if not dated:
        return None
    penalty = {"": 0, "attribute": 1, "since": 1, "target": 2, "baseline": 3}
    dated = [d for d in dated if d.role in penalty]
    return min(dated, key=lambda d: (penalty[d.role], d.level, d.start)) if dated else None


def is_future(date: DateMention, reference: Reference | None, looks_ahead: bool) -> bool:
    """Planned or expected: after the reference date, unless its own clause tells it as past (a
    dateline that lags the events); in the reference's own month or year, or with no reference,
    where its clause (or else the sentence) looks ahead. The start of a span ("since 2019") is
    never ahead."""
    if date.role == "since":
        return False
    forward = date.direction == 1 or date.direction == 0 and looks_ahead
    if reference is None:
        return forward
    n = min(len(date.iso), len(reference.iso))
    if date.iso[:n] < reference.iso[:n]:
        return False
    if date.iso[:n] == reference.iso[:n]:
        return forward and n < len("2024-01-01")    # on the dateline's own day: the news
    # told as past, a day just after the dateline is a lagging dateline's; a later one is not
    lag = len(date.iso) == len("2024-01-01") and reference.precision == "day" and \
        (dt.date.fromisoformat(date.iso) - reference.day).days <= YEAR_SHIFT_SLACK_DAYS
    return date.direction >= 0 or not lag


def reporting_day(sentences: list[Sentence], reference: Reference) -> str:
    """The day a report tells its news on: its dateline, or the day after where it tells of that
    day in the past tense ("the deal was approved on Sunday" under a Saturday dateline), as a
    page updated overnight or dated in a time zone behind the events does."""
    if reference.precision != "day":
        return reference.iso
    next_day = (reference.day + dt.timedelta(days=1)).isoformat()
    for s in sentences:
        if any(m.kind == "weekday" and m.iso == next_day and m.direction < 0
               for m in find_dates(s.text, reference.iso)):
            return next_day
    return reference.iso


def clock_dates(doc: Document, sentences: list[Sentence], reference: Reference) -> dict[int, tuple[str, str]]:
    """Sentence index -> (date, clock line) for the entries of a list headed by clock times.

    The list runs up to its report's dateline, so its last entry is on the dateline's day; going
    back up the list, each time the clock goes forward again (11:14 p.m. above 12:27 a.m.) the
    entries are a day earlier.
    """
    marks: list[tuple[int, int, str]] = []     # (offset, minutes after midnight, as written)
    for s in sentences:
        minutes = clock_minutes(s.text)
        if minutes is not None:
            marks.append((s.start, minutes, s.text))
    for h in doc.headings:
        minutes = clock_minutes(h.title)
        if minutes is not None:
            marks.append((h.start, minutes, h.title))
    if len(marks) < 2:
        return {}
    marks.sort()
    day = reference.day
    dates: list[str] = [""] * len(marks)
    for i in range(len(marks) - 1, -1, -1):
        if i < len(marks) - 1 and marks[i][1] > marks[i + 1][1]:
            day = day.fromordinal(day.toordinal() - 1)
        dates[i] = day.isoformat()
    out: dict[int, tuple[str, str]] = {}
    for s in sentences:
        before = [i for i, m in enumerate(marks) if m[0] <= s.start]
        if before and clock_minutes(s.text) is None:
            out[s.index] = (dates[before[-1]], marks[before[-1]][2])
    return out


def clock_minutes(text: str) -> int | None:
    m = CLOCK_LINE.match(text.strip())
    if not m:
        return None
    if m.group("word"):
        return 0 if m.group("word").lower() == "midnight" else 12 * 60
    hour = int(m.group("hour"))
    if hour > 12:
        return None
    hour = hour % 12 + (12 if m.group("half").lower() == "p" else 0)
    return hour * 60 + int(m.group("minute") or 0)


def find_events(corpus: Corpus) -> list[EventFact]:
    events: list[EventFact] = []
    dates = document_dates(corpus)
    days = stated_days(corpus)
    for i, (doc, sentences, date_of) in enumerate(zip(corpus.documents, corpus.sentences, dates, strict=True)):
        events.extend(document_events(i, doc, sentences, date_of, days))
    # with no date for any report, a year before the one the story is told in is not ahead,
    # however its sentence looks ahead
    now = told_year(corpus, events) if not any(d.value for d in dates) else None
    if now is not None:
        events = calendar_dated(corpus, events, now)
        events = [replace(e, future=False) if e.future and int(e.date[:4]) < now else e for e in events]
    return events


# Measured on BBC piles (no report dated) and left out: a day or month without a year ("on 14
# December", "in March") dated in the year the story is told in (told_year): 35 read at random, 6 of
# the right year (a story told in 2004 tells January 2005; a pile's year came out 2009 or 2001); in
# the year the same report states that month with ("in March 2003"): 12 fired over 82 piles, 8
# right (an old month stated beside the news's: "since September 1995", "December 1979"); in the
# year any report of the pile states it with: 22, 10 right. A date after "since" that follows a
# record ("the first win there since 1997", "its lowest level since 2001") as the record's baseline,
# not an event: 24 fired on the piles, all such records, but the labelled sets take the record's
# last time as an event of that year ("the first such visit since 2014": a visit in 2014), and two
# of their timelines fell (1.00 -> .86, .88 -> .82). No event for a sentence dated only by a "since"
# or an attribute's year where its own clause names a day no year is known for ("a director since
# 1984, he agreed to buy the stake on Tuesday"): 16 fired on the piles, 10 right ("will start his
# 2005 campaign on 12 January" was dated right).
def calendar_dated(corpus: Corpus, events: list[EventFact], now: int) -> list[EventFact]:
    """`events` with those of each report that names a weekday beside a day of a month ("on Sunday,
    27 February") dated again against the year the calendar gives that day within CALENDAR_REACH of
    the year the story is told in (`now`): its days and months without a year ("on 14 December",
    "in March") and "last year" then have one.

    Measured and left out: the year sought near the report's own latest year (an old one where it
    tells only history: "the original won acclaim in 2001") or near the latest year any report
    tells (one misread year, "2049", moves it), each of which dated BBC reports of 2004 wrongly; and
    the month of the earliest such day as the reference, rather than its year, which put future
    events told in the passive ("will be held on 20 and 21 August") a year back."""
    years = range(now - CALENDAR_REACH, now + CALENDAR_REACH + 1)
    by_doc: dict[int, list[EventFact]] = {}
    for e in events:
        by_doc.setdefault(e.ref.doc, []).append(e)
    out = []
    for i, (doc, sentences) in enumerate(zip(corpus.documents, corpus.sentences, strict=True)):
        own = by_doc.get(i, [])
        year = calendar_year(doc.text, years)
        if year is not None:
            # an event its sentence's stated year dates stays as it was: only what the year
            # alone did not date is added (a game titled "Harwick 2005" in a report of 2004 is
            # not planned for 2005)
            dated = {e.ref for e in own}
            own += [e for e in document_events(i, doc, sentences, DocumentDate(f"{year:04d}", False))
                    if e.ref not in dated]
            own.sort(key=lambda e: e.ref.sentence)
        out.extend(own)
    return out


def calendar_year(text: str, years: range) -> int | None:
    """The one year of `years` in which every weekday a report's text names beside a day of a month
    (in its prose or on a line of its own) falls on that day, or None."""
    fits = set(years)
    named = False
    for m in WEEKDAY_DAY.finditer(text):
        month, day = month_number(m.group("month")), int(m.group("day"))
        weekday = WEEKDAYS[m.group("weekday").lower()]
        fits &= {y for y in years if _weekday_of(y, month, day) == weekday}
        named = True
    return next(iter(fits)) if named and len(fits) == 1 else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def told_year(corpus: Corpus, events: list[EventFact]) -> int | None:
    """The year a story without datelines is told in: the one most of its reports end on, each
    report's latest year it states as the time of something told in the past (a report from 2005
    may still tell a passing "savings from 2008 were a driver"), the later of equals. Only the
    sentences of its `events` (document_events, in order) are read: a sentence plainly stating a
    year dates an event, unless it is too short to be a report (a heading: "What happened in 1986?")."""
    latest: dict[int, int] = {}
    for e in events:
        text = corpus.sentence(e.ref).text
        so_far = latest.get(e.ref.doc, 0)
        if not writes_later_year(text, so_far) or FUTURE.search(text):
            continue
        published = corpus.documents[e.ref.doc].published
        latest[e.ref.doc] = max([so_far] + [int(d.iso[:4]) for d in find_dates(text, published)
                                            if not d.role and d.level == 0 and not d.approximate])
    ends = Counter(year for year in latest.values() if year)
    return max(ends, key=lambda y: (ends[y], y)) if ends else None


# Measured on 252 BBC piles (files sharing a headline word, no report dated): a day and month
# without a year that a report of the pile states with one year (stated_days) fired 16 times, all
# of the right year ("on 27 February" / "27 February 2005", "after 11 September" / "11 September
# 2001", "his advice of 7 March" / "7 March 2003"). Left out for a month alone ("in November" /
# "November 2003"): a month recurs every year, and a pile states last year's beside this year's.
# Measured with it and left out (the held-back topics, scored as rows, lost items): a sentence
# whose own day has no knowable year not dated by a span's end, start or baseline beside it
# ("signed on Tuesday, until 2008"; 21 fired on 252 piles, 19 right) and a year after "than" as a
# comparison's baseline (12 rows, 11 rightly gone): four topics' timelines each lost an event dated
# so (a reader puts a record's "first since 1998" on it); a participle after "be" read as the passive,
# not the past ("will be held on 27 February"; 25 events planned, all right) cost a topic a fact.
def stated_days(corpus: Corpus) -> dict[tuple[int, int], str]:
    """(month, day) -> year for each day of a month the corpus's reports state with a year
    ("14 December 2004"), where all that state it give it one year."""
    years: dict[tuple[int, int], set[str]] = {}
    for sentences in corpus.sentences:
        for s in sentences:
            if not has_digit(s.text):
                continue
            for m in find_dates(s.text):
                if m.kind in ("day_month_year", "month_day_year") and len(m.iso) == len("2024-01-01"):
                    years.setdefault((int(m.iso[5:7]), int(m.iso[8:10])), set()).add(m.iso[:4])
    return {day: next(iter(ys)) for day, ys in years.items() if len(ys) == 1}


def document_events(i: int, doc: Document, sentences: list[Sentence], date_of: DocumentDate,
                    days: dict[tuple[int, int], str] | None = None) -> list[EventFact]:
    """The events of one document, dated against its reference date; where it has none, a day
    of a month written without a year takes the year the corpus states that day with (`days`)."""
    reference = parse_reference(date_of.value)
    published = reference.iso if reference else None
    stated = date_of.stated and reference is not None
    listed = clock_dates(doc, sentences, reference) if stated and reference.precision == "day" else {}
    own_date = reporting_day(sentences, reference) if stated else None
    # the corpus's date: a month for "Monday", only its year for "23 October"
    year_only = reference.iso[:4] if reference is not None and not date_of.stated else None
    events = []
    for s in sentences:
        if len(s.text.split()) < MIN_EVENT_WORDS or reference is None and not has_digit(s.text):
            continue   # without a reference date only stated years (digits) can date it
        words = lower_words(s.text)
        looks_ahead = bool(FUTURE.search(s.text, words))
        mentions = find_dates(s.text, published, looks_ahead, words)
        borrowed: set[int] = set()
        if year_only:
            mentions = [m if m.level != 1 else _with_year(m, s.text, year_only, looks_ahead) for m in mentions]
        elif reference is None and days:
            # not a day that only names a thing ("the 14 December attacks") or that what is told
            # came after ("brought in after 14 December"): what the sentence tells happened later
            read = [_with_year(m, s.text, days[day], looks_ahead)
                    if not m.iso and m.role != "attribute" and not AFTER.search(s.text, 0, m.start)
                    and (day := day_and_month(m)) in days else m for m in mentions]
            borrowed = {again.start for again, m in zip(read, mentions, strict=True) if again is not m}
            mentions = read
        # "this year's talks" says no more than the dateline; "Friday's quake" dates the quake,
        # not what the sentence tells of it, unless the sentence looks ahead to the thing dated
        # ("is set to host next year's summit")
        mentions = [m for m in mentions if not (m.role == "attribute" and m.level >= 2 and not looks_ahead)
                    and not (date_of.stated and CURRENT_PERIOD.match(m.text))]
        date = event_date(mentions)
        # a sentence that dates only a thing it names ("the July 19 outage") may still report
        # what happened on its dateline
        own_day = stated and (date is None or date.role == "attribute") and reports(s.text) and news(s.text)
        ref = SentenceRef(i, s.index)
        if date is not None and not own_day:
            # a weekday counted from the corpus's guess at an undated report's date is a guess too
            guessed = date.level >= 2 and not date_of.stated
            # a day whose year another report states is dated by that report: a sentence writing
            # its own year tells the day better
            events.append(EventFact(date.iso, date.text, ref, inferred=guessed or date.start in borrowed,
                                    approximate=date.approximate or date.role == "target" or guessed,
                                    future=is_future(date, reference, looks_ahead),
                                    compared=date.role == "baseline"))
        elif s.index in listed:
            day, clock = listed[s.index]
            events.append(EventFact(day, clock, ref))
        elif own_day:
            events.append(EventFact(own_date, "", ref, approximate=reference.precision != "day", inferred=True))
    return events


def reports(text: str) -> bool:
    """The writer tells of something that happened here (a verb in the past tense or the present
    perfect), not only a speaker, nor what generally is: a quotation alone is no event."""
    own = narration(text)
    return tells_past(own) and not POINTS_BACK.match(text) and not ABOUT_THE_PAGE.search(own)


def news(text: str) -> bool:
    """Neither what is expected nor what went before ("previously", "in the past", "had
    agreed" when the writer, not a speaker reported as saying it, looks back)."""
    own = narration(text)
    if FUTURE.search(own) or PAST_MARKERS.search(own):
        return False
    perfect = PAST_PERFECT.search(own)
    # "had hoped" is news after "said", and so is "had barely ended when the vote came"
    return not perfect or bool(REPORTED.search(own[:perfect.start()])) or \
        tells_past(own[:perfect.start()] + " " + own[perfect.end():])


def _with_year(mention: DateMention, text: str, year: str, looks_ahead: bool) -> DateMention:
    """A calendar date without a year, read again against a year alone."""
    [again] = [m for m in find_dates(text, year, looks_ahead) if m.start == mention.start] or [mention]
    return again
