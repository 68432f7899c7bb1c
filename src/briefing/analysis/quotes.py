"""Direct quotations and who said them."""

from __future__ import annotations

from briefing.model import ActorFact, Corpus, QuoteFact


def find_quotes(corpus: Corpus, actors: list[ActorFact]) -> list[QuoteFact]:
    return []
