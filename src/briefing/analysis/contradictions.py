"""Statements about the same actor or event whose figures, dates or agents disagree."""

from __future__ import annotations

from briefing.model import ContradictionFact, Corpus, CorpusFacts


def find_contradictions(corpus: Corpus, facts: CorpusFacts) -> list[ContradictionFact]:
    return []
