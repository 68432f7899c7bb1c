"""The timeline section: dated events in date order, one per happening, most central kept."""

from __future__ import annotations

from briefing.analysis.words import near_identical
from briefing.compose.context import ComposeContext
from briefing.model import Event, EventFact, Section
from briefing.templates import SectionSpec

EXACT_BONUS = 0.3        # an event dated by the text itself beats one resolved from "Monday"
DEFAULT_MAX_EVENTS = 25
SAME_EVENT = 0.6         # word overlap from which two dated sentences report the same thing


def rank(ctx: ComposeContext, event: EventFact) -> float:
    return ctx.centrality.get(event.ref, 0.0) + (0.0 if event.approximate else EXACT_BONUS)


def timeline_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    limit = spec.max_items or DEFAULT_MAX_EVENTS
    allowed = set(ctx.corpus.refs())
    events = [e for e in ctx.facts.events if e.ref in allowed and e.date]
    events.sort(key=lambda e: (-rank(ctx, e), e.ref))
    chosen: list[EventFact] = []
    covered = set()
    for event in events:
        if len(chosen) >= limit:
            break
        if event.ref in covered or not ctx.usable(event.ref, spec.max_words or 90):
            continue
        text = ctx.text(event.ref)
        if any(near_identical(text, ctx.text(c.ref), SAME_EVENT) for c in chosen):
            continue
        chosen.append(event)
        covered.update(ctx.group_of.get(event.ref, [event.ref]))
    chosen.sort(key=lambda e: (e.date, e.ref))
    out = []
    for e in chosen:
        statement = ctx.corroborated(e.ref)
        out.append(Event(e.date, e.date_text, statement.text, statement.citations))
    return Section(spec.kind, spec.title, events=out)
