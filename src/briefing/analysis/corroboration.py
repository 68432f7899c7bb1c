"""Near-duplicate sentences across sources, so that a statement carries every source saying it."""

from __future__ import annotations

from briefing.model import Corpus, SentenceRef


def group_near_duplicates(corpus: Corpus) -> list[list[SentenceRef]]:
    return []
