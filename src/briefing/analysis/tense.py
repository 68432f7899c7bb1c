"""Sentence time roles: background (past), current, outlook (future, plans, expectations)."""

from __future__ import annotations

from briefing.model import Corpus, SentenceRef


def time_roles(corpus: Corpus) -> dict[SentenceRef, str]:
    return {}
