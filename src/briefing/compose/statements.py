"""Statement sections: bottom line up front (summary), background, outlook.

Each section ranks the sentences by its fitted model (compose/statement_ranking.py: how
central a sentence is, where it stands, its tense and dates), then picks the best ones that
each add something to what the brief already says (maximal marginal relevance). A sentence
used in one prose section is not used again in another, nor a near-duplicate of it.
"""

from __future__ import annotations

import re

from briefing.analysis.words import near_identical
from briefing.compose.context import ComposeContext
from briefing.compose.statement_ranking import SECTIONS
from briefing.model import Section, SentenceRef
from briefing.templates import SectionSpec

SUMMARY_DEFAULT = 5       # statements in a summary whose template sets no limit
SECTION_DEFAULT = 8       # statements in a background or outlook whose template sets no limit
POOL_FACTOR = 6           # the picks come from the best limit x 6 candidates
REPEAT_SIMILARITY = 0.6   # word overlap (Jaccard) from which a sentence repeats one already shown
CONTINUATION_GAP = 5      # "The talks ..." goes on about talks named at most this many sentences before
# a definite noun phrase opening a sentence, which may refer back to a noun just named
BACK_REFERENCE = re.compile(r"(?:The|This|These|Those|Such)\s+([a-z]+)\b")
# Weight of a candidate's likeness (0..1) to a sentence already shown, against its model score
# (log-odds). Best on the held-out scores of the eight labelled sets: 2-6 score alike, 1 and 8
# lower (too little: one event fills a section; too much: the sections lose their focus).
REDUNDANCY = 4.0
# A sentence whose log-odds for another prose section exceed this section's by more than this
# is left to that section (a plan is not news, a ten-year-old event is not an outlook); 1-3
# score alike on the labelled sets, 0 lower; it matters most in small corpora.
MARGIN = 1.0
# A bottom line is short beside what it sums up: at most this share of the sentences (it
# matters only in small corpora; the labelled sets have 100 to 250 sentences).
SUMMARY_SHARE = 0.25


def section_scores(ctx: ComposeContext, kind: str) -> dict[SentenceRef, float]:
    """Every sentence's log-odds of belonging in the section `kind`."""
    weights = ctx.ranking.section(kind)
    return {ref: weights.score(x) for ref, x in ctx.features.items()}


def fresh(ctx: ComposeContext, ref: SentenceRef) -> bool:
    """Not used by another section, nor one of the sentences saying the same as a used one."""
    return ref not in ctx.used and not any(r in ctx.used for r in ctx.group_of.get(ref, []))


def likeness(ctx: ComposeContext, a: SentenceRef, b: SentenceRef) -> float:
    """Cosine of the two sentences' content words, each weighted by its rarity (idf)."""
    idf = ctx.idf
    shared = sum(idf[w] ** 2 for w in ctx.words[a] & ctx.words[b])
    if not shared:
        return 0.0
    return shared / (ctx.idf_norm[a] * ctx.idf_norm[b])


def continues(ctx: ComposeContext, first: SentenceRef, then: SentenceRef) -> bool:
    """`then` follows `first` closely in one document and opens on one of its nouns ("... will
    hold talks. ... The talks are expected to ..."): it says more about the same matter."""
    if first.doc != then.doc or not 0 < then.sentence - first.sentence <= CONTINUATION_GAP:
        return False
    m = BACK_REFERENCE.match(ctx.text(then))
    return bool(m) and m.group(1).lower() in ctx.words[first]


def pick_diverse(ctx: ComposeContext, pool: list[SentenceRef], limit: int,
                 scores: dict[SentenceRef, float]) -> list[SentenceRef]:
    """Maximal marginal relevance: each next sentence of `pool` for its score less its likeness
    to the sentences already shown (in this section or an earlier prose one); none
    near-identical to one of them, none going on about what a picked one just named."""
    pool = list(pool)
    shown = sorted(ctx.used)
    shown_texts = [ctx.text(r) for r in shown]
    chosen: list[SentenceRef] = []

    def gain(r: SentenceRef) -> float:
        return scores[r] - REDUNDANCY * max((likeness(ctx, r, c) for c in (*shown, *chosen)), default=0.0)

    while pool and len(chosen) < limit:
        best = max(pool, key=lambda r: (gain(r), -r.doc, -r.sentence))
        pool.remove(best)
        text = ctx.text(best)
        if any(near_identical(text, t, REPEAT_SIMILARITY) for t in shown_texts) or \
                any(continues(ctx, c, best) or continues(ctx, best, c) for c in chosen):
            continue
        chosen.append(best)
        shown_texts.append(text)
    return chosen


def ranked_section(ctx: ComposeContext, spec: SectionSpec, kind: str, default: int) -> Section:
    """The section's best `limit` x POOL_FACTOR candidates, best first, then picked for what
    each adds. A candidate can stand as a statement, is not used yet, has the sources the
    template asks for, and does not read far more as another prose section's."""
    limit = spec.max_items or default
    scores = section_scores(ctx, kind)
    if kind == "summary":
        limit = min(limit, max(1, round(SUMMARY_SHARE * len(scores))))
    others = [ctx.ranking.section(k) for k in SECTIONS if k != kind]
    pool: list[SentenceRef] = []
    for r in sorted(scores, key=lambda r: (-scores[r], r)):
        if len(pool) >= limit * POOL_FACTOR:
            break
        if ctx.candidate(r, spec.max_words) and fresh(ctx, r) and ctx.sources_of(r) >= (spec.min_sources or 1) \
                and all(scores[r] + MARGIN >= other.score(ctx.features[r]) for other in others):
            pool.append(r)
    refs = pick_diverse(ctx, pool, limit, scores)
    ctx.used.update(refs)
    if kind == "summary":
        ctx.in_summary.update(refs)
    return Section(spec.kind, spec.title, statements=[ctx.corroborated(r) for r in refs])


def summary_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    """The story's main news: central sentences, from the leads, that headlines echo."""
    return ranked_section(ctx, spec, "summary", SUMMARY_DEFAULT)


def background_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    """What happened before the story's events and the standing facts that explain it."""
    return ranked_section(ctx, spec, "background", SECTION_DEFAULT)


def outlook_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    """What is expected, planned, threatened, due or still unresolved."""
    return ranked_section(ctx, spec, "outlook", SECTION_DEFAULT)
