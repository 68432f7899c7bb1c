"""People, organizations and countries, with roles, affiliations and aliases."""

from __future__ import annotations

from briefing.model import ActorFact, CancelFlag, Corpus


def find_actors(corpus: Corpus, cancel: CancelFlag | None = None) -> list[ActorFact]:
    """Actors ranked by importance (most important first)."""
    return []
