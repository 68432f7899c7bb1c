"""What a brief's figures show, derived from the brief's own items (no new facts): the timeline
chart's dated points and its broken date axis, the actor × issue marks, the sources by date and
outlet. Pure data, so the writers draw it and the window or a script can reuse it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from briefing.model.brief import Brief, Citation, Event, Source

# A date axis breaks where nothing happens for this long, and for this share of the whole span
# at least: the cluster holding the most points keeps a linear scale, points before or after it
# stand in year slots (so a 1997 precedent does not squeeze the last three weeks into a sliver).
# Half a year and a quarter of the span: on the eight labelled sets this breaks out exactly the
# background years (e.g. 2003 and 2019 beside weeks of 2024) and never splits a running story.
AXIS_BREAK_MIN_DAYS = 183
AXIS_BREAK_SHARE = 0.25
MATRIX_MAX_ACTORS = 12     # key actors shown, in the brief's ranking order
MATRIX_MAX_ISSUES = 10
MIN_ALIAS_CHARS = 3        # shorter aliases ("EU" aside, caught as an acronym) match too much
OUTLET_UNKNOWN = "Outlet not stated"
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")

_WORD_EDGE = r"(?<![\w’'-]){}(?![\w-])"


@dataclass(frozen=True)
class Day:
    """A date as the brief states it: the day it stands for, and how precise it is."""

    ordinal: int               # date.toordinal() of the day (mid-month or mid-year when partial)
    precision: str             # "day", "month" or "year"
    iso: str

    @property
    def year(self) -> int:
        return date.fromordinal(self.ordinal).year


def parse_day(iso: str | None) -> Day | None:
    """'2025-10-31' / '2025-10' / '2025' (or a timestamp) as a Day; None when it is no date."""
    if not iso:
        return None
    text = iso.strip()
    match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        if day:
            return Day(date(int(year), int(month), int(day)).toordinal(), "day", match.group(0))
        if month:
            return Day(date(int(year), int(month), 15).toordinal(), "month", match.group(0))
        return Day(date(int(year), 7, 1).toordinal(), "year", match.group(0))
    except ValueError:
        return None


@dataclass(frozen=True)
class AxisSegment:
    """A stretch of a date axis: `linear` from `start` to `end` (ordinals), or else one slot per
    year in `years` (the years broken out before or after the main stretch)."""

    linear: bool
    start: int = 0
    end: int = 0
    years: tuple[int, ...] = ()


def _clusters(points: list[int]) -> list[list[int]]:
    """`points` (sorted ordinals) split where a gap is long both in days and against their span."""
    span = points[-1] - points[0]
    clusters: list[list[int]] = [[points[0]]]
    for before, after in zip(points, points[1:], strict=False):
        gap = after - before
        if gap >= AXIS_BREAK_MIN_DAYS and gap >= AXIS_BREAK_SHARE * span:
            clusters.append([after])
        else:
            clusters[-1].append(after)
    return clusters


def date_axis(days: list[int]) -> list[AxisSegment]:
    """The segments of an axis over `days` (ordinals, one per item): the cluster holding the most
    items on a linear scale, found again inside itself until it has no long gap; the rest as years."""
    if not days:
        return []
    weight = {d: days.count(d) for d in set(days)}
    main = sorted(weight)
    while True:
        clusters = _clusters(main)
        if len(clusters) == 1:
            break
        main = max(clusters, key=lambda c: (sum(weight[d] for d in c), c[-1]))
    before = sorted({date.fromordinal(d).year for d in weight if d < main[0]})
    after = sorted({date.fromordinal(d).year for d in weight if d > main[-1]})
    segments: list[AxisSegment] = []
    if before:
        segments.append(AxisSegment(False, years=tuple(before)))
    segments.append(AxisSegment(True, main[0], main[-1]))
    if after:
        segments.append(AxisSegment(False, years=tuple(after)))
    return segments


def day_text(day: Day) -> str:
    """'31 October 2025', 'October 2025' or '2025', as precise as the brief states it."""
    d = date.fromordinal(day.ordinal)
    if day.precision == "year":
        return str(d.year)
    month = MONTH_NAMES[d.month - 1]
    return f"{month} {d.year}" if day.precision == "month" else f"{d.day} {month} {d.year}"


@dataclass(frozen=True)
class TimelinePoint:
    """One dated mark on the timeline chart: the events of one date, past or planned."""

    day: Day
    planned: bool
    events: tuple[int, ...]        # 1-based numbers of the events in the brief's timeline order
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class TimelineChart:
    """The timeline figure: the events placed on a date axis."""

    points: list[TimelinePoint]
    axis: list[AxisSegment]
    as_of: Day | None              # the latest source date: the line between reported and ahead
    citations: list[Citation]


def timeline_events(brief: Brief) -> list[Event]:
    return [e for s in brief.sections if s.kind == "timeline" for e in s.events]


def timeline_chart(brief: Brief) -> TimelineChart | None:
    """The timeline sections' dated events as points on a date axis; None without two dated events."""
    grouped: dict[tuple[str, bool], list[tuple[int, Event]]] = {}
    days: dict[str, Day] = {}
    for number, event in enumerate(timeline_events(brief), 1):
        day = parse_day(event.date)
        if day is None:
            continue
        days[day.iso] = day
        grouped.setdefault((day.iso, event.planned), []).append((number, event))
    if not grouped:
        return None
    points = [TimelinePoint(days[iso], planned, tuple(n for n, _ in items),
                            tuple(c for _, e in items for c in e.citations))
              for (iso, planned), items in grouped.items()]
    points.sort(key=lambda p: (p.day.ordinal, p.planned, p.events))
    axis_days = [p.day.ordinal for p in points for _ in p.events]
    as_of = latest_source_day(brief)
    return TimelineChart(points, date_axis(axis_days), as_of, _distinct(c for p in points for c in p.citations))


@dataclass(frozen=True)
class MatrixMark:
    """A cell of the actor x issue matrix: an actor named in an issue's statements."""

    actor: int                     # row in `actors`
    issue: int                     # column in `issues`
    statements: int                # how many of the issue's statements name the actor
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class ActorIssueMatrix:
    """The actor x issue figure: who is named in which open issue."""

    actors: list[str]
    issues: list[str]
    issue_places: list[tuple[int, int]]    # (index in brief.sections, index in its issues)
    marks: list[MatrixMark]
    citations: list[Citation]


def _name_pattern(names: list[str]) -> re.Pattern[str]:
    forms = sorted({n for n in names if len(n) >= MIN_ALIAS_CHARS or (len(n) >= 2 and n.isupper())},
                   key=len, reverse=True)
    return re.compile("|".join(_WORD_EDGE.format(re.escape(f)) for f in forms)) if forms else re.compile(r"(?!)")


def actor_issue_matrix(brief: Brief) -> ActorIssueMatrix | None:
    """Key actors against open issues: a mark where an actor (by name or alias) is named in an
    issue's statements. Actors and issues with no mark are left out; None when nothing is marked."""
    actor_section = next((s for s in brief.sections if s.kind == "actors" and s.actors), None)
    issue_places = [(i, j) for i, s in enumerate(brief.sections) if s.kind == "issues"
                    for j, issue in enumerate(s.issues) if issue.statements][:MATRIX_MAX_ISSUES]
    if actor_section is None or not issue_places:
        return None
    actors = actor_section.actors[:MATRIX_MAX_ACTORS]
    patterns = [_name_pattern([a.name, *a.aliases]) for a in actors]
    found: list[tuple[int, int, int, tuple[Citation, ...]]] = []
    for column, (i, j) in enumerate(issue_places):
        statements = brief.sections[i].issues[j].statements
        for row, pattern in enumerate(patterns):
            naming = [s for s in statements if pattern.search(s.text)]
            if naming:
                found.append((row, column, len(naming), tuple(c for s in naming for c in s.citations)))
    if not found:
        return None
    rows = sorted({r for r, *_ in found})
    columns = sorted({c for _, c, *_ in found})
    row_of, column_of = {r: n for n, r in enumerate(rows)}, {c: n for n, c in enumerate(columns)}
    marks = [MatrixMark(row_of[r], column_of[c], n, cites) for r, c, n, cites in found]
    return ActorIssueMatrix([actors[r].name for r in rows],
                            [brief.sections[issue_places[c][0]].issues[issue_places[c][1]].name for c in columns],
                            [issue_places[c] for c in columns], marks,
                            _distinct(c for m in marks for c in m.citations))


@dataclass(frozen=True)
class SourcePoint:
    """A source placed on the source overview by its date."""

    number: int                    # the source's number in the source list
    source: Source
    day: Day | None                # None: the source states no date


@dataclass(frozen=True)
class SourceOverview:
    """The source overview figure: the sources by outlet and date."""

    outlets: list[str]             # rows, most sources first
    rows: dict[str, list[SourcePoint]]
    axis: list[AxisSegment]
    undated: int


def outlet_of(source: Source) -> str:
    return (source.outlet or "").strip() or OUTLET_UNKNOWN


def source_overview(brief: Brief) -> SourceOverview | None:
    """The sources by date (x) and outlet (rows), with their flags; None without sources."""
    if not brief.sources:
        return None
    rows: dict[str, list[SourcePoint]] = {}
    for number, source in enumerate(brief.sources, 1):
        rows.setdefault(outlet_of(source), []).append(SourcePoint(number, source, parse_day(source.published)))
    outlets = sorted(rows, key=lambda o: (o == OUTLET_UNKNOWN, -len(rows[o]), o.casefold()))
    days = [p.day.ordinal for points in rows.values() for p in points if p.day]
    undated = sum(1 for points in rows.values() for p in points if p.day is None)
    return SourceOverview(outlets, rows, date_axis(days), undated)


def latest_source_day(brief: Brief) -> Day | None:
    """The latest date any source states: how current the brief's information is."""
    days = [d for d in (parse_day(s.published) for s in brief.sources) if d]
    return max(days, key=lambda d: d.ordinal) if days else None


def _distinct(citations) -> list[Citation]:
    out: list[Citation] = []
    seen: set[str] = set()
    for c in citations:
        if c.source not in seen:
            seen.add(c.source)
            out.append(c)
    return out


@dataclass
class FigureData:
    """A figure with what it shows; `data` is one of the dataclasses above."""

    kind: str
    data: object
    citations: list[Citation] = field(default_factory=list)


def figure_data(brief: Brief, kind: str) -> FigureData | None:
    """What a figure of `kind` shows for `brief`, or None when the brief has nothing to show."""
    if kind == "timeline":
        chart = timeline_chart(brief)
        return FigureData(kind, chart, chart.citations) if chart and len(chart.points) >= 2 else None
    if kind == "actor-issues":
        matrix = actor_issue_matrix(brief)
        return FigureData(kind, matrix, matrix.citations) if matrix else None
    if kind == "sources":
        overview = source_overview(brief)
        dated = len(brief.sources) - overview.undated if overview else 0
        # with fewer than two dated sources there is no spread in time to show
        return FigureData(kind, overview, [Citation(s.id, 0, 0, 0) for s in brief.sources]) \
            if overview and dated >= 2 else None
    return None
