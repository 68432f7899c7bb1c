"""Statement sections: bottom line up front (summary), background, outlook."""

from __future__ import annotations

import re
from collections import Counter
from math import log

from briefing.compose.context import ComposeContext
from briefing.model import Section, SentenceRef
from briefing.templates import SectionSpec

WORD = re.compile(r"[^\W\d_]{3,}")


def central_sentences(ctx: ComposeContext, limit: int) -> list[SentenceRef]:
    """The sentences whose words recur most across documents (a first ranking)."""
    corpus = ctx.corpus
    doc_freq: Counter[str] = Counter()
    for sentences in corpus.sentences:
        doc_freq.update({w.lower() for s in sentences for w in WORD.findall(s.text)})
    n = len(corpus.documents)
    scored = []
    for ref in corpus.refs():
        words = {w.lower() for w in WORD.findall(corpus.sentence(ref).text)}
        if len(words) < 6 or ref in ctx.used:
            continue
        score = sum(log(1 + doc_freq[w]) for w in words if doc_freq[w] > 1 or n == 1) / (len(words) ** 0.5)
        scored.append((-score, ref))
    scored.sort()
    return [ref for _, ref in scored[:limit]]


def summary_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    refs = central_sentences(ctx, spec.max_items or 5)
    ctx.used.update(refs)
    return Section(spec.kind, spec.title, statements=[ctx.statement(r) for r in refs])


def background_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    return Section(spec.kind, spec.title)


def outlook_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    return Section(spec.kind, spec.title)
