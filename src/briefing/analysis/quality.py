"""Source quality: machine-paraphrased text, aggregator pages, boilerplate."""

from __future__ import annotations

from briefing.model import Corpus


def quality_flags(corpus: Corpus) -> dict[int, list[str]]:
    """Flags found per document index (added to what the ingester flagged)."""
    return {}
