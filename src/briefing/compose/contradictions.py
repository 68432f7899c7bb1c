"""The conflicting-reports section: sentence pairs from different sources that disagree."""

from __future__ import annotations

from briefing.compose.context import ComposeContext
from briefing.model import Contradiction, Section
from briefing.templates import SectionSpec


def contradictions_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    limit = spec.max_items or 5
    allowed = set(ctx.corpus.refs())
    items = []
    for fact in ctx.facts.contradictions:
        refs = [r for r in fact.refs if r in allowed]
        if len({r.doc for r in refs}) < 2:
            continue
        items.append(Contradiction(fact.topic, [ctx.statement(r) for r in refs]))
        if len(items) >= limit:
            break
    return Section(spec.kind, spec.title, items=items)
