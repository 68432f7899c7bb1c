"""The timeline section: dated events in date order, one per happening, the story's own first.

Events are picked one at a time for what they add (as maximal marginal relevance picks
sentences). An event scores its sentence's centrality, plus a bonus where the sentence states
its own date to a day, month or year, less where it is dated only by its report's dateline or
only to a period ("last week", "by 2035"), plus a bonus for a month the story is about, i.e.
one that several documents report events in (a passing "since 2019" has one document). Each
event already chosen on a date lowers the others of that date, so the list spans the story
rather than repeat its busiest day; a happening reported twice (the same day and the same
figure, or mostly the same words) is listed once.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections import Counter
from math import log

from briefing.analysis.words import content_words, near_identical
from briefing.compose.context import ComposeContext
from briefing.model import Event, EventFact, Section, SentenceRef
from briefing.templates import SectionSpec

# Weights set by hand over all eight labelled sets (benchmarks/bench_quality.py): each of the
# bonuses and penalties from 0.15 to 0.5 gives the same worst timeline coverage but one set.
EXACT_BONUS = 0.3          # the sentence states its date in its own words
INFERRED_PENALTY = 0.3     # the sentence is dated only by its report's dateline
APPROXIMATE_PENALTY = 0.3  # the date is a period ("last week", "the 1990s", "by 2035")
STORY_WEIGHT = 0.3         # per doubling of the documents reporting events in the event's month
SAME_DATE_PENALTY = 0.3    # taken off an event's score for each event already chosen on its date
MAX_INFERRED_PER_DOCUMENT = 2   # a report's own-day events: its news, not every sentence of it
DEFAULT_MAX_EVENTS = 25
SAME_EVENT = 0.6           # word overlap from which two dated sentences report the same thing
SAME_DAY_EVENT = 0.5       # share of the shorter's content words from which two events of one day
                           # are one happening
DAY = len("2024-01-01")     # an ISO day; shorter dates are a month or a year
# a figure, not a clock time's minutes ("2:40") nor part of a longer number
FIGURE = re.compile(r"(?<![\d:.,])\d(?:[\d,.]*\d)?(?![\d:])")


def story_support(events: list[EventFact]) -> Counter[str]:
    """How many documents report events in each month (or year, for a year alone)."""
    docs: dict[str, set[int]] = {}
    for e in events:
        if e.inferred or e.approximate:
            continue
        docs.setdefault(e.date[:7], set()).add(e.ref.doc)
    return Counter({period: len(d) for period, d in docs.items()})


def rank(ctx: ComposeContext, event: EventFact, support: Counter[str]) -> float:
    exact = EXACT_BONUS if not (event.inferred or event.approximate) else \
        -INFERRED_PENALTY * event.inferred - APPROXIMATE_PENALTY * event.approximate
    # a weekday of an undated report is dated by the story's own month: that month's support
    # is no evidence for it
    guessed = event.inferred and bool(event.date_text)
    story = 0.0 if guessed else STORY_WEIGHT * log(support[event.date[:7]] or 1)
    return ctx.centrality.get(event.ref, 0.0) + exact + story


def same_happening(ctx: ComposeContext, a: EventFact, b: EventFact,
                   words: dict[SentenceRef, set[str]]) -> bool:
    if near_identical(ctx.text(a.ref), ctx.text(b.ref), SAME_EVENT):
        return True
    # one day, one figure ("a magnitude 7.7 quake"): one happening told twice, also a day apart,
    # where reports in other time zones date it by their own day
    if (a.date == b.date or days_apart(a.date, b.date) <= 1) and figures(ctx.text(a.ref)) & figures(ctx.text(b.ref)):
        return True
    # a year or month holds many happenings, a day few: words are compared where one event is
    # dated to a day and the other to that day or to the month or year it is in
    day, other = (a.date, b.date) if len(a.date) >= len(b.date) else (b.date, a.date)
    if len(day) < DAY or not day.startswith(other):
        return False
    wa, wb = words[a.ref], words[b.ref]
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= SAME_DAY_EVENT


def days_apart(a: str, b: str) -> int:
    """Days between two ISO days; a large number where either is not a day."""
    if len(a) < DAY or len(b) < DAY:
        return 1 << 20
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return 1 << 20


def figures(text: str) -> set[str]:
    """The figures a sentence states, leaving out what may be a day of the month or a year."""
    return {f for f in FIGURE.findall(text) if not (f.isdigit() and (int(f) <= 31 or 1600 <= int(f) <= 2099))}


def timeline_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    """Events picked one at a time for what they add: each event already chosen on a date
    lowers the others of that date, so the list spans the story rather than repeat its day."""
    limit = spec.max_items or DEFAULT_MAX_EVENTS
    allowed = ctx.words.keys()
    events = [e for e in ctx.facts.events if e.ref in allowed and e.date and
              ctx.usable(e.ref, spec.max_words or 90)]
    support = story_support(events)
    # a heap of (-score, tie-breaks), its scores brought up to date lazily: the penalties only
    # grow, so an event whose updated score still tops the heap is the best one
    base = [rank(ctx, e, support) for e in events]
    heap = [(-score, e.ref, i) for i, (score, e) in enumerate(zip(base, events, strict=True))]
    heapq.heapify(heap)
    chosen: list[EventFact] = []
    covered: set[SentenceRef] = set()
    words: dict[SentenceRef, set[str]] = {}
    per_date: Counter[str] = Counter()
    inferred: Counter[int] = Counter()
    while heap and len(chosen) < limit:
        stale, ref, i = heapq.heappop(heap)
        best = events[i]
        current = base[i] - SAME_DATE_PENALTY * per_date[best.date]
        if heap and current < -heap[0][0] and -stale > current:
            heapq.heappush(heap, (-current, ref, i))
            continue
        if best.ref in covered or best.inferred and inferred[best.ref.doc] >= MAX_INFERRED_PER_DOCUMENT:
            continue
        words[best.ref] = set(content_words(ctx.text(best.ref)))
        if any(same_happening(ctx, best, c, words) for c in chosen):
            continue
        chosen.append(best)
        per_date[best.date] += 1
        inferred[best.ref.doc] += best.inferred
        covered.update(ctx.group_of.get(best.ref, [best.ref]))
    chosen.sort(key=lambda e: (e.date, e.ref))
    out = []
    for e in chosen:
        statement = ctx.corroborated(e.ref)
        out.append(Event(e.date, e.date_text, statement.text, statement.citations, planned=e.future))
    return Section(spec.kind, spec.title, events=out)
