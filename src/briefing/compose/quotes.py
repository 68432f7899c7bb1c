"""The quotes section: the words of the most important speakers, each quotation once."""

from __future__ import annotations

import re

from briefing.compose.context import ComposeContext
from briefing.model import Citation, Quote, QuoteFact, Section
from briefing.templates import SectionSpec

DEFAULT_MAX_QUOTES = 12
MIN_WORDS = 3            # a key quote says something; "juvenile" does not
MAX_WORDS = 120          # longer runs are speeches, better read in the source
SAME_WORDS = 0.8         # share of words above which two quotations are the same one
WORD = re.compile(r"\w+")


def quote_citation(ctx: ComposeContext, fact: QuoteFact) -> Citation:
    """A citation spanning the quoted words (not the whole sentence) in the first sentence's source."""
    return Citation(ctx.source_id(fact.ref.doc), fact.ref.sentence, fact.start, fact.end)


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def _same(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) >= SAME_WORDS * min(len(a), len(b))


def quotes_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    limit = spec.max_items or DEFAULT_MAX_QUOTES
    rank = {a.name: i for i, a in enumerate(ctx.facts.actors)}
    by_speaker: dict[str, list[QuoteFact]] = {}
    for fact in ctx.facts.quotes:
        if fact.speaker in rank and MIN_WORDS <= len(fact.text.split()) <= MAX_WORDS:
            by_speaker.setdefault(fact.speaker, []).append(fact)
    # Each speaker's quotations interleaved in proportion to how much they are quoted (the k-th
    # of n sits at (k + 0.5) / n), so that every voice is heard and the most quoted most often.
    order = sorted(((k + 0.5) / len(facts), rank[speaker], k, fact)
                   for speaker, facts in by_speaker.items() for k, fact in enumerate(facts))
    picked: list[tuple[QuoteFact, list[QuoteFact]]] = []
    seen: list[set[str]] = []
    for _, _, _, fact in order:
        if len(picked) >= limit:
            break
        words = _words(fact.text)
        if any(_same(words, w) for w in seen):
            continue
        seen.append(words)
        also = [f for f in ctx.facts.quotes if f is not fact and _same(words, _words(f.text))]
        picked.append((fact, also))
    quotes = [Quote(fact.speaker, fact.text, [quote_citation(ctx, fact)]
                    + [quote_citation(ctx, f) for f in also if f.ref.doc != fact.ref.doc][:3])
              for fact, also in picked]
    return Section(spec.kind, spec.title, quotes=quotes)
