"""The brief's figures drawn as vector graphics (reportlab.graphics), and as PNG for DOCX and Markdown.

What a figure shows comes from `briefing.model.figures`; this module only lays it out: axes,
markers, labels that never overlap (each label takes the lowest free lane above its mark, and
marks too close for any lane share one label), links from the matrix's issues to their headings.
Sizes and colours come from the resolved style. PNGs are the same drawing rasterised (pdfium),
so the pictures in Word and Markdown look exactly like the PDF's.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefing.export.fonts import FontFamily, font_coverage, font_family
from briefing.export.printed import MONTHS
from briefing.model.figures import (
    ActorIssueMatrix,
    AxisSegment,
    Day,
    FigureData,
    SourceOverview,
    TimelineChart,
    day_text,
)

MAX_LANES = 6                # label rows above a date axis before neighbouring marks share a label
YEAR_SLOT = 30.0             # points per broken-out year
SEGMENT_GAP = 16.0           # between axis segments, where the break mark is drawn
LABEL_PAD = 4.0              # least room between two labels, points
MAX_ACTOR_LABEL = 26         # characters of an actor's name above a matrix column
MAX_ISSUE_LINES = 2


@dataclass
class Link:
    """A rectangle of the drawing (points, origin bottom left) that links to a named destination."""

    rect: tuple[float, float, float, float]
    anchor: str


@dataclass
class DrawnFigure:
    drawing: Drawing
    links: list[Link] = field(default_factory=list)
    alt: str = ""                 # what the figure shows, in words (DOCX alt text, Markdown)


@dataclass
class _Pen:
    """Fonts, sizes and colours of figures, from the resolved style."""

    style: dict[str, Any]
    regular: FontFamily
    fallbacks: list[str]

    @property
    def size(self) -> float:
        return self.style["figures"]["label_size"]

    def colour(self, name: str) -> colors.Color:
        return colors.HexColor(self.style["colours"][name])

    def font(self, text: str, bold: bool = False) -> str:
        """The figure font, or the first fallback family that has every character of `text`."""
        own = self.regular.bold if bold else self.regular.regular
        if text.isascii() or all(ord(ch) in font_coverage(own) or ch.isspace() for ch in text):
            return own
        for family in self.fallbacks:
            face = font_family(family).regular
            if all(ord(ch) in font_coverage(face) or ch.isspace() for ch in text):
                return face
        return own

    def width(self, text: str, size: float | None = None, bold: bool = False) -> float:
        return stringWidth(text, self.font(text, bold), size or self.size)

    def text(self, x: float, y: float, text: str, anchor: str = "start", size: float | None = None,
             colour: str = "text", bold: bool = False) -> String:
        return String(x, y, text, fontName=self.font(text, bold), fontSize=size or self.size,
                      fillColor=self.colour(colour), textAnchor=anchor)

    def fit(self, text: str, width: float, size: float | None = None, bold: bool = False) -> str:
        if self.width(text, size, bold) <= width:
            return text
        while text and self.width(text + "…", size, bold) > width:
            text = text[:-1]
        return text.rstrip() + "…"


def pen_for(style: dict[str, Any]) -> _Pen:
    return _Pen(style, font_family(style["fonts"]["headings"]), list(style["fonts"]["fallbacks"]))


def _drawing(width: float, height: float, pen: _Pen) -> Drawing:
    """A drawing that starts in the figure font: reportlab's default, Helvetica, would otherwise
    be named in every page's fonts without being embedded (no text is drawn in it)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = pen.regular.regular
    return drawing


# --- date axes -------------------------------------------------------------------------------

@dataclass
class _Axis:
    """Date axis segments laid out over [left, right]: day ordinals to x."""

    segments: list[AxisSegment]
    spans: list[tuple[float, float]]            # x range of each segment
    pads: list[tuple[int, int]]                 # padded ordinal range of linear segments

    def x(self, day: Day) -> float:
        for segment, (x0, x1), (d0, d1) in zip(self.segments, self.spans, self.pads, strict=True):
            if segment.linear and d0 <= day.ordinal <= d1:
                return x0 + (x1 - x0) * (day.ordinal - d0) / max(d1 - d0, 1)
            if not segment.linear and day.year in segment.years:
                slot = (x1 - x0) / len(segment.years)
                return x0 + slot * (segment.years.index(day.year) + 0.5)
        return self.spans[-1][1]

    def linear_range(self) -> tuple[float, float, int, int] | None:
        for segment, (x0, x1), (d0, d1) in zip(self.segments, self.spans, self.pads, strict=True):
            if segment.linear:
                return x0, x1, d0, d1
        return None


def _axis(segments: list[AxisSegment], left: float, right: float) -> _Axis:
    fixed = sum(YEAR_SLOT * len(s.years) for s in segments if not s.linear) + SEGMENT_GAP * (len(segments) - 1)
    linear_width = max(right - left - fixed, YEAR_SLOT * 2)
    spans, pads, x = [], [], left
    for segment in segments:
        width = linear_width if segment.linear else YEAR_SLOT * len(segment.years)
        spans.append((x, x + width))
        if segment.linear:
            span = segment.end - segment.start
            pad = max(2, round(span * 0.04)) if span else 4
            pads.append((segment.start - pad, segment.end + pad))
        else:
            pads.append((0, 0))
        x += width + SEGMENT_GAP
    return _Axis(segments, spans, pads)


def _month_steps(d0: int, d1: int, months: int) -> list[int]:
    first = date.fromordinal(d0)
    y, m = first.year, first.month
    if first.day > 1:
        m += 1
    m = ((m - 1 + months - 1) // months) * months + 1 if months > 1 else m
    out = []
    while True:
        y += (m - 1) // 12
        m = (m - 1) % 12 + 1
        day = date(y, m, 1).toordinal()
        if day > d1:
            return out
        out.append(day)
        m += months


def _ticks(d0: int, d1: int, width: float, pen: _Pen) -> list[tuple[int, str]]:
    """Tick days and labels over the linear stretch [d0, d1], as dense as their labels allow."""
    span = max(d1 - d0, 1)
    candidates: list[list[tuple[int, str]]] = []
    for step in (1, 2, 7, 14):
        start = d0 + (-d0) % step if step < 7 else d0 + (7 - date.fromordinal(d0).weekday()) % 7
        days = list(range(start, d1 + 1, step))
        candidates.append([(d, _day_label(d, i == 0)) for i, d in enumerate(days)])
    for months in (1, 2, 3, 6):
        days = _month_steps(d0, d1, months)
        candidates.append([(d, _month_label(d, i == 0)) for i, d in enumerate(days)])
    for years in (1, 2, 5, 10, 25, 50):
        y0 = date.fromordinal(d0).year + 1
        days = [date(y, 1, 1).toordinal() for y in range(y0 + (-y0) % years, date.fromordinal(d1).year + 1, years)]
        candidates.append([(d, str(date.fromordinal(d).year)) for d in days])
    for ticks in candidates:
        if len(ticks) < 2 and ticks is not candidates[-1]:
            continue
        widest = max((pen.width(label) for _, label in ticks), default=0)
        if len(ticks) <= 1 or width * (ticks[1][0] - ticks[0][0]) / span >= widest + LABEL_PAD * 2:
            return ticks
    return []


def _day_label(ordinal: int, first: bool) -> str:
    d = date.fromordinal(ordinal)
    return f"{d.day} {MONTHS[d.month - 1][:3]}" + (f" {d.year}" if first or (d.month == 1 and d.day <= 7) else "")


def _month_label(ordinal: int, first: bool) -> str:
    d = date.fromordinal(ordinal)
    return MONTHS[d.month - 1][:3] + (f" {d.year}" if first or d.month == 1 else "")


def _draw_axis(group: Group, axis: _Axis, y: float, pen: _Pen) -> float:
    """The axis line, ticks, tick labels and break marks at height `y`; returns the labels' bottom."""
    rule, muted = pen.colour("muted"), pen.colour("muted")
    label_y = y - pen.size * 1.6
    for n, (segment, (x0, x1)) in enumerate(zip(axis.segments, axis.spans, strict=True)):
        group.add(Line(x0, y, x1, y, strokeColor=rule, strokeWidth=0.8))
        if n:
            gap_mid = x0 - SEGMENT_GAP / 2
            for dx in (-2.5, 1.5):       # the break mark: two short slanted strokes
                group.add(Line(gap_mid + dx - 1.5, y - 3.5, gap_mid + dx + 1.5, y + 3.5, strokeColor=rule,
                               strokeWidth=0.8))
        if segment.linear:
            d0, d1 = axis.pads[n]
            for day, label in _ticks(d0, d1, x1 - x0, pen):
                x = x0 + (x1 - x0) * (day - d0) / max(d1 - d0, 1)
                group.add(Line(x, y, x, y - 2.5, strokeColor=rule, strokeWidth=0.6))
                group.add(pen.text(x, label_y, label, "middle", colour="muted"))
        else:
            slot = (x1 - x0) / len(segment.years)
            for k, year in enumerate(segment.years):
                x = x0 + slot * (k + 0.5)
                group.add(Line(x, y, x, y - 2.5, strokeColor=muted, strokeWidth=0.6))
                group.add(pen.text(x, label_y, str(year), "middle", colour="muted"))
    return label_y - pen.size * 0.4


# --- labels in lanes -------------------------------------------------------------------------

@dataclass
class _Label:
    x: float                     # the mark it belongs to
    text: str
    width: float
    left: float = 0.0
    lane: int = -1


def place_labels(labels: list[_Label], left: float, right: float, lanes: int = MAX_LANES) -> bool:
    """Give every label (sorted by x) the lowest lane where it overlaps no label and no leader line
    of a higher label: centred over its mark, or ending or starting at it, preferring a place that
    covers no other mark (whose leader line would then be blocked). False when one finds no lane."""
    taken: list[list[tuple[float, float]]] = [[] for _ in range(lanes)]
    marks = [label.x for label in labels]
    for label in labels:
        others = [x for x in marks if x != label.x]
        starts = [label.x - label.width / 2, label.x + 2 - label.width, label.x - 2]
        starts = [min(max(x, left), right - label.width) for x in starts]
        options = [(lane, start) for lane in range(lanes) for start in starts]
        clear = [o for o in options if not any(o[1] - LABEL_PAD / 2 <= x <= o[1] + label.width + LABEL_PAD / 2
                                               for x in others)]
        for lane, start in clear + options:
            box = (start - LABEL_PAD / 2, start + label.width + LABEL_PAD / 2)
            if any(a < box[1] and box[0] < b for a, b in taken[lane]):
                continue
            if any(a <= label.x <= b for below in taken[:lane] for a, b in below):
                continue          # its leader line would cross a lower label
            label.lane, label.left = lane, start
            taken[lane].append(box)
            for below in taken[:lane]:
                below.append((label.x - 0.5, label.x + 0.5))
            break
        else:
            return False
    return True


def _grouped_labels(xs: list[float], texts: list[list[str]], join, pen: _Pen, left: float, right: float,
                    lanes: int = MAX_LANES) -> tuple[list[_Label], list[list[int]]]:
    """Labels for marks at `xs`; where they cannot all have a lane, the nearest neighbours share one
    (their texts joined by `join`), until every label has a lane."""
    groups = [[i] for i in range(len(xs))]
    while True:
        labels = []
        for group in groups:
            text = join([t for i in group for t in texts[i]])
            centre = (xs[group[0]] + xs[group[-1]]) / 2
            labels.append(_Label(centre, text, pen.width(text)))
        if place_labels(labels, left, right, lanes) or len(groups) == 1:
            return labels, groups
        gaps = [xs[groups[k + 1][0]] - xs[groups[k][-1]] for k in range(len(groups) - 1)]
        k = gaps.index(min(gaps))
        groups[k:k + 2] = [groups[k] + groups[k + 1]]


# --- the timeline chart ----------------------------------------------------------------------

def _short_day(day: Day) -> str:
    d = date.fromordinal(day.ordinal)
    if day.precision == "year":
        return str(d.year)
    if day.precision == "month":
        return f"{MONTHS[d.month - 1][:3]} {d.year}"
    return f"{d.day} {MONTHS[d.month - 1][:3]}"


def _join_days(texts: list[tuple[str, int]]) -> str:
    """'4 Dec ×3'; marks sharing a label: '3 Dec – 8 Dec ×12'."""
    count = sum(n for _, n in texts)
    when = texts[0][0] if len(texts) == 1 else f"{texts[0][0]} – {texts[-1][0]}"
    return when + (f" ×{count}" if count > 1 else "")


def _open_stretches(low: float, high: float, blocked: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The parts of [low, high] outside the `blocked` ranges."""
    out, at = [], low
    for y0, y1 in sorted(blocked):
        if y0 > at:
            out.append((at, min(y0, high)))
        at = max(at, y1)
    if at < high:
        out.append((at, high))
    return [(a, b) for a, b in out if b > a]


def timeline_figure(chart: TimelineChart, width: float, pen: _Pen) -> DrawnFigure:
    left, right = 6.0, width - 6.0
    axis = _axis(chart.axis, left, right)
    xs = [axis.x(p.day) for p in chart.points]
    texts = [[(_short_day(p.day), len(p.events))] for p in chart.points]
    labels, groups = _grouped_labels(xs, texts, _join_days, pen, left, right)
    lane_height = pen.size * 1.9
    legend_h = pen.size * 2.2
    axis_y = legend_h + pen.size * 2.4
    lanes = max(label.lane for label in labels) + 1
    height = axis_y + 10 + lanes * lane_height + pen.size * 0.5
    drawing = _drawing(width, height, pen)
    group = Group()
    accent, white = pen.colour("accent"), colors.white
    span = axis.linear_range()
    if chart.as_of and span and span[2] <= chart.as_of.ordinal <= span[3]:
        x = axis.x(chart.as_of)
        crossed = [(axis_y + 10 + label.lane * lane_height - pen.size * 0.3,
                    axis_y + 10 + label.lane * lane_height + pen.size * 0.9)
                   for label in labels if label.left - LABEL_PAD / 2 <= x <= label.left + label.width + LABEL_PAD / 2]
        for y0, y1 in _open_stretches(axis_y - 3, height - 2, crossed):   # never through a label
            group.add(Line(x, y0, x, y1, strokeColor=pen.colour("muted"), strokeWidth=0.6, strokeDashArray=[2, 2]))
    _draw_axis(group, axis, axis_y, pen)
    for label, members in zip(labels, groups, strict=True):
        base = axis_y + 10 + label.lane * lane_height
        for i in members:
            group.add(Line(xs[i], axis_y + 3, label.x if len(members) > 1 else xs[i], base - 2,
                           strokeColor=pen.colour("rule"), strokeWidth=0.5))
        group.add(pen.text(label.left, base, label.text))
    for point, x in zip(chart.points, xs, strict=True):
        radius = min(2.6 + 0.7 * (len(point.events) - 1), 5)
        group.add(Circle(x, axis_y, radius, fillColor=white if point.planned else accent, strokeColor=accent,
                         strokeWidth=1))
    _legend(group, pen, [("filled", "reported"), ("hollow", "planned or expected"),
                         *([("dashed", f"latest source, {day_text(chart.as_of)}")]
                           if chart.as_of and span and span[2] <= chart.as_of.ordinal <= span[3] else [])],
            left, pen.size * 0.6)
    drawing.add(group)
    return DrawnFigure(drawing, alt=_timeline_alt(chart))


def _legend(group: Group, pen: _Pen, items: list[tuple[str, str]], x: float, y: float) -> None:
    accent = pen.colour("accent")
    for mark, text in items:
        cy = y + pen.size * 0.35
        if mark in ("filled", "hollow"):
            group.add(Circle(x + 3, cy, 2.6, fillColor=accent if mark == "filled" else colors.white,
                             strokeColor=accent, strokeWidth=1))
        elif mark == "dashed":
            group.add(Line(x + 3, cy - 4, x + 3, cy + 5, strokeColor=pen.colour("muted"), strokeWidth=0.6,
                           strokeDashArray=[2, 2]))
        elif mark == "diamond":
            group.add(_diamond(x + 3, cy, 3.2, pen.colour("flag"), colors.white))
        elif mark.startswith("dot"):
            radius = float(mark[3:])
            group.add(Circle(x + radius, cy, radius, fillColor=accent, strokeColor=accent, strokeWidth=0))
            x += max(radius * 2 - 6, 0)
        group.add(pen.text(x + 9, y, text, colour="muted"))
        x += 9 + pen.width(text) + 12


def _timeline_alt(chart: TimelineChart) -> str:
    events = sum(len(p.events) for p in chart.points)
    planned = sum(len(p.events) for p in chart.points if p.planned)
    first, last = chart.points[0].day, chart.points[-1].day
    broken = [str(y) for s in chart.axis if not s.linear for y in s.years]
    text = (f"Timeline chart of {events} dated events from {day_text(first)} to {day_text(last)}"
            f"{f', {planned} of them planned or expected' if planned else ''}.")
    if broken:
        text += f" Years outside the main stretch are shown one slot each: {', '.join(broken)}."
    busiest = max(chart.points, key=lambda p: len(p.events))
    if len(busiest.events) > 1:
        text += f" The busiest date is {day_text(busiest.day)} with {len(busiest.events)} events."
    return text


# --- the actor × issue matrix ----------------------------------------------------------------

def _wrap(pen: _Pen, text: str, width: float, lines: int, bold: bool = False) -> list[str]:
    words, out, line = text.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if pen.width(trial, bold=bold) <= width or not line:
            line = trial
        else:
            out.append(line)
            line = word
    out.append(line)
    if len(out) > lines:
        out = out[:lines - 1] + [pen.fit(" ".join(out[lines - 1:]), width, bold=bold)]
    return [pen.fit(x, width, bold=bold) for x in out]


def matrix_figure(matrix: ActorIssueMatrix, width: float, pen: _Pen, anchors: list[str | None]) -> DrawnFigure:
    """Issues as rows (each linking to its heading where `anchors` names one), actors as columns."""
    size = pen.size
    names = [pen.fit(n, pen.width("M") * MAX_ACTOR_LABEL) for n in matrix.actors]
    longest = max(pen.width(n) for n in names)
    diagonal = math.sqrt(0.5)
    label_width = min(width * 0.4, max(pen.width(i) for i in matrix.issues) + 8)
    column = min(26.0, max(12.0, (width - label_width - longest * diagonal) / len(names)))
    overhang = longest * diagonal
    columns_width = column * len(names)
    if label_width + columns_width + overhang > width:
        label_width = max(width - columns_width - overhang, width * 0.25)
    rows = [_wrap(pen, issue, label_width - 6, MAX_ISSUE_LINES) for issue in matrix.issues]
    line = size * 1.25
    row_heights = [max(len(r) * line + size * 0.7, column * 0.8) for r in rows]
    legend_h = size * 2.4
    grid_h = sum(row_heights)
    height = legend_h + grid_h + overhang + size
    drawing = _drawing(width, height, pen)
    group = Group()
    top = legend_h + grid_h
    x0 = label_width
    stripe, rule = pen.colour("rule"), pen.colour("rule")
    links: list[Link] = []
    y = top
    row_tops = []
    for n, (lines, h) in enumerate(zip(rows, row_heights, strict=True)):
        row_tops.append(y)
        if n % 2 == 1:
            group.add(Rect(0, y - h, x0 + columns_width, h, fillColor=colors.HexColor(pen.style["colours"]["table_stripe"]),
                           strokeColor=None))
        text_y = y - (h - len(lines) * line) / 2 - size
        for k, text in enumerate(lines):
            group.add(pen.text(2, text_y - k * line, text, colour="heading"))
        if anchors[n]:
            links.append(Link((0, y - h, x0 - 2, y), anchors[n]))
        y -= h
        group.add(Line(0, y, x0 + columns_width, y, strokeColor=stripe, strokeWidth=0.4))
    for k in range(len(names) + 1):
        x = x0 + k * column
        group.add(Line(x, legend_h, x, top, strokeColor=rule, strokeWidth=0.4))
    for k, name in enumerate(names):
        cx = x0 + (k + 0.5) * column
        label = pen.text(0, 0, name)
        rotated = Group(label)
        rotated.translate(cx - size * 0.3, top + 4)
        rotated.rotate(45)
        group.add(rotated)
    accent = pen.colour("accent")
    for mark in matrix.marks:
        cx = x0 + (mark.actor + 0.5) * column
        cy = row_tops[mark.issue] - row_heights[mark.issue] / 2
        radius = (2.2, 3.2, 4.2)[min(mark.statements, 3) - 1]
        group.add(Circle(cx, cy, radius, fillColor=accent, strokeColor=accent, strokeWidth=0))
    _legend(group, pen, [("dot2.2", "named in 1 statement"), ("dot3.2", "2"), ("dot4.2", "3 or more")],
            0, size * 0.6)
    drawing.add(group)
    return DrawnFigure(drawing, links, _matrix_alt(matrix))


def _matrix_alt(matrix: ActorIssueMatrix) -> str:
    parts = []
    for row, actor in enumerate(matrix.actors):
        issues = [matrix.issues[m.issue] for m in sorted(matrix.marks, key=lambda m: m.issue) if m.actor == row]
        parts.append(f"{actor}: {'; '.join(issues)}")
    return (f"Matrix of {len(matrix.actors)} key actors against {len(matrix.issues)} open issues, marking "
            f"where an issue's statements name the actor. " + ". ".join(parts) + ".")


# --- the source overview ---------------------------------------------------------------------

def _diamond(x: float, y: float, r: float, stroke: colors.Color, fill: colors.Color) -> Polygon:
    return Polygon([x, y + r, x + r, y, x, y - r, x - r, y], fillColor=fill, strokeColor=stroke, strokeWidth=1)


def sources_figure(overview: SourceOverview, width: float, pen: _Pen) -> DrawnFigure:
    size = pen.size
    label_width = min(width * 0.28, max(pen.width(o) for o in overview.outlets) + 8)
    undated_w = YEAR_SLOT * 1.6 if overview.undated else 0
    left = label_width + 8
    right = width - 6 - undated_w - (SEGMENT_GAP if overview.undated else 0)
    axis = _axis(overview.axis, left, right) if overview.axis else None
    lane_height = size * 1.7
    row_layouts = []
    for outlet in overview.outlets:
        points = sorted(overview.rows[outlet], key=lambda p: (p.day is None, p.day.ordinal if p.day else 0, p.number))
        xs = [axis.x(p.day) if p.day and axis else width - 6 - undated_w / 2 for p in points]
        texts = [[str(p.number)] for p in points]
        labels, groups = _grouped_labels(xs, texts, lambda t: ",".join(t), pen, left, width - 6, lanes=4)
        lanes = max(label.lane for label in labels) + 1
        row_layouts.append((outlet, points, xs, labels, groups, lanes * lane_height + size * 1.6))
    legend_h = size * 2.2
    axis_y = legend_h + size * 2.6
    height = axis_y + sum(r[-1] for r in row_layouts) + 4
    drawing = _drawing(width, height, pen)
    group = Group()
    if axis:
        _draw_axis(group, axis, axis_y, pen)
    if overview.undated:
        x = width - 6 - undated_w / 2
        group.add(pen.text(x, axis_y - size * 1.6, "undated", "middle", colour="muted"))
    y = height - 2
    accent, flag = pen.colour("accent"), pen.colour("flag")
    for n, (outlet, points, xs, labels, groups, row_h) in enumerate(row_layouts):
        bottom = y - row_h
        if n % 2 == 0:
            group.add(Rect(0, bottom, width, row_h, fillColor=colors.HexColor(pen.style["colours"]["table_stripe"]),
                           strokeColor=None))
        mark_y = bottom + size * 0.9
        group.add(pen.text(2, mark_y - size * 0.35, pen.fit(outlet, label_width - 4), colour="heading"))
        for label, members in zip(labels, groups, strict=True):
            base = mark_y + 5 + label.lane * lane_height
            for i in members:
                if label.lane:
                    group.add(Line(xs[i], mark_y + 3, label.x, base - 1.5, strokeColor=pen.colour("rule"),
                                   strokeWidth=0.5))
            group.add(pen.text(label.left, base, label.text, colour="text"))
        for point, x in zip(points, xs, strict=True):
            if point.source.flags:
                group.add(_diamond(x, mark_y, 3.4, flag, colors.white))
            else:
                group.add(Circle(x, mark_y, 2.6, fillColor=accent, strokeColor=accent, strokeWidth=0))
        y = bottom
    group.add(Line(left, axis_y, left, axis_y, strokeColor=accent))
    items = [("dot2.6", "source (its number in the list)")]
    if any(p.source.flags for points in overview.rows.values() for p in points):
        items.append(("diamond", "flagged (see the list)"))
    _legend(group, pen, items, 0, size * 0.6)
    drawing.add(group)
    return DrawnFigure(drawing, alt=_sources_alt(overview))


def _sources_alt(overview: SourceOverview) -> str:
    rows = "; ".join(f"{o} {len(overview.rows[o])}" for o in overview.outlets)
    flagged = [p.number for points in overview.rows.values() for p in points if p.source.flags]
    dated = sorted((p.day for points in overview.rows.values() for p in points if p.day), key=lambda d: d.ordinal)
    text = f"Dot chart of {sum(len(v) for v in overview.rows.values())} sources by outlet ({rows})"
    if dated:
        text += f", dated from {day_text(dated[0])} to {day_text(dated[-1])}"
    text += f"{f', {overview.undated} undated' if overview.undated else ''}."
    if flagged:
        text += f" Flagged: {', '.join(map(str, flagged))}."
    return text


# --- any figure ------------------------------------------------------------------------------

def draw_figure(figure: FigureData, width: float, style: dict[str, Any],
                anchors: list[str | None] | None = None) -> DrawnFigure:
    """The drawing of `figure`, `width` points wide; `anchors` are the matrix rows' link targets."""
    pen = pen_for(style)
    if figure.kind == "timeline":
        return timeline_figure(figure.data, width, pen)
    if figure.kind == "actor-issues":
        return matrix_figure(figure.data, width, pen, anchors or [None] * len(figure.data.issues))
    return sources_figure(figure.data, width, pen)


def figure_png(drawn: DrawnFigure, dpi: float) -> bytes:
    """The drawing as a PNG at `dpi`, rasterised from its own vector PDF."""
    import pypdfium2 as pdfium

    pdf = renderPDF.drawToString(drawn.drawing)
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))     # optimize=True: 5x the time for 1 % smaller
    return out.getvalue()
