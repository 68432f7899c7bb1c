"""Who says a sentence ("X said", "according to X")."""

from __future__ import annotations

from briefing.model import ActorFact, Corpus, SentenceRef


def find_attributions(corpus: Corpus, actors: list[ActorFact]) -> dict[SentenceRef, str]:
    return {}
