"""Corpus analysis: actors, quotes, dates and events, sentence roles, corroboration, conflicts.

Rule- and statistics-based, topic-free: nothing here may know any corpus's people or issues.
`analyse` is a job (generator) that yields progress and returns `CorpusFacts`.
"""

from __future__ import annotations

from briefing.analysis.actors import find_actors
from briefing.analysis.attribution import find_attributions
from briefing.analysis.contradictions import find_contradictions
from briefing.analysis.corroboration import group_near_duplicates
from briefing.analysis.events import find_events
from briefing.analysis.quality import quality_flags
from briefing.analysis.quotes import find_quotes
from briefing.analysis.tense import time_roles
from briefing.model import CancelFlag, Corpus, CorpusFacts, Progress
from briefing.model.progress import Job


def analyse(corpus: Corpus, cancel: CancelFlag | None = None) -> Job[CorpusFacts]:
    cancel = cancel or CancelFlag()
    facts = CorpusFacts(corpus)
    steps = [
        ("Checking source quality", lambda: facts.doc_flags.update(quality_flags(corpus))),
        ("Finding actors", lambda: facts.actors.extend(find_actors(corpus, cancel))),
        ("Finding quotes", lambda: facts.quotes.extend(find_quotes(corpus, facts.actors))),
        ("Attributing statements", lambda: facts.attributions.update(find_attributions(corpus, facts.actors))),
        ("Dating events", lambda: facts.events.extend(find_events(corpus))),
        ("Reading tense", lambda: facts.time_roles.update(time_roles(corpus))),
        ("Grouping corroborated sentences", lambda: facts.groups.extend(group_near_duplicates(corpus))),
        ("Finding conflicting reports", lambda: facts.contradictions.extend(find_contradictions(corpus, facts))),
    ]
    for done, (message, step) in enumerate(steps):
        cancel.check()
        yield Progress(done, len(steps), message)
        step()
    yield Progress(len(steps), len(steps), "Analysed")
    return facts
