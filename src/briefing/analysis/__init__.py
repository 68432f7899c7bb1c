"""Corpus analysis: actors, quotes, dates and events, sentence roles, corroboration, conflicts.

Rule- and statistics-based, topic-free: nothing here may know any corpus's people or issues.
`analyse` is a job (generator) that yields progress and returns `CorpusFacts`.
"""

from __future__ import annotations

from briefing.analysis.actors import find_actors
from briefing.analysis.attribution import find_attributions
from briefing.analysis.beside import Beside
from briefing.analysis.contradictions import find_contradictions
from briefing.analysis.corroboration import group_near_duplicates
from briefing.analysis.events import find_events
from briefing.analysis.quality import quality_flags
from briefing.analysis.quotes import find_quotes
from briefing.analysis.tense import time_roles
from briefing.model import CancelFlag, Corpus, CorpusFacts, Progress
from briefing.model.progress import Job

# Below this many sentences a second process costs more than it saves.
FORK_MIN_SENTENCES = 5000


def sentence_facts(corpus: Corpus) -> tuple[dict, list, dict, list]:
    """What needs no actors: source quality flags, dated events, time roles, corroboration."""
    return quality_flags(corpus), find_events(corpus), time_roles(corpus), group_near_duplicates(corpus)


def analyse(corpus: Corpus, cancel: CancelFlag | None = None) -> Job[CorpusFacts]:
    """Actors, then what depends on them (quotes, attributions, conflicts), while the facts that
    need no actors are found beside them in a second process on a large corpus."""
    cancel = cancel or CancelFlag()
    facts = CorpusFacts(corpus)
    large = sum(map(len, corpus.sentences)) >= FORK_MIN_SENTENCES
    beside = Beside(lambda: sentence_facts(corpus), fork=large)
    steps = [
        ("Finding actors", lambda: facts.actors.extend(find_actors(corpus, cancel))),
        ("Finding quotes", lambda: facts.quotes.extend(find_quotes(corpus, facts.actors))),
        ("Attributing statements", lambda: facts.attributions.update(find_attributions(corpus, facts.actors))),
        ("Finding conflicting reports", lambda: facts.contradictions.extend(find_contradictions(corpus, facts))),
        ("Dating events, reading tense, grouping corroborated sentences", lambda: take(beside.result())),
    ]

    def take(found: tuple[dict, list, dict, list]) -> None:
        flags, events, roles, groups = found
        facts.doc_flags.update(flags)
        facts.events.extend(events)
        facts.time_roles.update(roles)
        facts.groups.extend(groups)

    try:
        for done, (message, step) in enumerate(steps):
            cancel.check()
            yield Progress(done, len(steps), message)
            step()
    finally:
        beside.cancel()
    yield Progress(len(steps), len(steps), "Analysed")
    return facts
