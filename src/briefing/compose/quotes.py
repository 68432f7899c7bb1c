"""The quotes section: the words of the most important speakers, each quotation once."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.compose.context import ComposeContext
from briefing.model import Citation, Quote, QuoteFact, Section
from briefing.templates import SectionSpec

DEFAULT_MAX_QUOTES = 12
MIN_WORDS = 3            # a key quote says something; "juvenile" does not
MAX_WORDS = 120          # longer runs are speeches, better read in the source
SAME_WORDS = 0.8         # share of words above which two quotations are the same one
STATEMENT_WORDS = 5      # quotations this long are statements; shorter ones are phrases picked out
SPLIT_HEAD = re.compile(r"[\"”]\s*[^\"“”.]{1,100}?,\s*[\"“]")     # '…," he said, "…'
QUOTE_WEIGHT = 2.0       # a speaker's importance grows by this per quotation
SHARE = 0.5              # 0 gives every speaker a turn in rank order, 1 gives turns in proportion
                         # to how much each is quoted; between suits both dev sets and the seeds
WORD = re.compile(r"\w+")


def quote_citation(ctx: ComposeContext, fact: QuoteFact) -> Citation:
    """A citation spanning the quoted words (not the whole sentence) in the first sentence's source."""
    return Citation(ctx.source_id(fact.ref.doc), fact.ref.sentence, fact.start, fact.end)


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def _same(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) >= SAME_WORDS * min(len(a), len(b))


def _fragment(fact: QuoteFact, source: str) -> bool:
    """Words picked out of a sentence ("diverted or distracted") rather than a whole statement,
    or the head of a quotation split by its attribution ('"At that point," he said, "I knew …"')."""
    if len(fact.text.split()) < STATEMENT_WORDS or not fact.text[:1].isupper():
        return True
    return bool(SPLIT_HEAD.match(source, fact.end, fact.end + 120))


@dataclass
class SpeakerQuotes:
    """Each speaker's usable quotations, best first, as indices into `quotes`."""

    quotes: list[QuoteFact]
    words: list[set[str]]
    ordered: dict[str, list[int]]
    fragment: dict[int, bool]


def speaker_quotes(ctx: ComposeContext) -> SpeakerQuotes:
    """A speaker's quotations: whole statements before fragments, the most repeated across
    documents (reports repeat the key words), then the earliest placed (news puts them early)."""
    rank = {a.name: i for i, a in enumerate(ctx.facts.actors)}
    quotes = ctx.facts.quotes
    words_of = [_words(f.text) for f in quotes]
    by_speaker: dict[str, list[int]] = {}
    for i, fact in enumerate(quotes):
        if fact.speaker in rank and MIN_WORDS <= len(fact.text.split()) <= MAX_WORDS:
            by_speaker.setdefault(fact.speaker, []).append(i)
    lead: dict[int, int] = {}
    repeats: dict[int, int] = {}
    for indices in by_speaker.values():
        for i in indices:
            same = [j for j in indices if _same(words_of[i], words_of[j])]
            lead[i] = min(quotes[j].ref.sentence for j in same)
            repeats[i] = len({quotes[j].ref.doc for j in same})
    fragment = {i: _fragment(quotes[i], ctx.corpus.documents[quotes[i].ref.doc].text)
                for ix in by_speaker.values() for i in ix}
    ordered = {s: sorted(ix, key=lambda i: (fragment[i], -repeats[i], lead[i], i)) for s, ix in by_speaker.items()}
    return SpeakerQuotes(quotes, words_of, ordered, fragment)


def quotes_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    limit = spec.max_items or DEFAULT_MAX_QUOTES
    rank = {a.name: i for i, a in enumerate(ctx.facts.actors)}
    found = speaker_quotes(ctx)
    quotes, words_of, ordered, fragment = found.quotes, found.words, found.ordered, found.fragment
    # Speakers by importance and by how much they are quoted; each one's best quotation first
    # (statements before fragments), then further ones, more for those quoted most (the k-th of
    # n sits at k / n ** SHARE).
    weight = {s: ctx.facts.actors[rank[s]].score + QUOTE_WEIGHT * len(ix) for s, ix in ordered.items()}
    order = sorted((k / len(ix) ** SHARE, fragment[i], -weight[speaker], rank[speaker], k, i)
                   for speaker, ix in ordered.items() for k, i in enumerate(ix))
    picked: list[tuple[QuoteFact, list[QuoteFact]]] = []
    seen: list[set[str]] = []
    for *_, i in order:
        fact = quotes[i]
        if len(picked) >= limit:
            break
        words = words_of[i]
        if any(_same(words, w) for w in seen):
            continue
        seen.append(words)
        also = [f for j, f in enumerate(quotes) if j != i and _same(words, words_of[j])]
        picked.append((fact, also))
    section_quotes = [Quote(fact.speaker, fact.text, [quote_citation(ctx, fact)]
                            + [quote_citation(ctx, f) for f in also if f.ref.doc != fact.ref.doc][:3])
                      for fact, also in picked]
    return Section(spec.kind, spec.title, quotes=section_quotes)
