"""Corpus analysis: actors, quotes, dates and events, sentence roles, corroboration, conflicts.

Rule- and statistics-based, topic-free: nothing here may know any corpus's people or issues.
`analyse` is a job (generator) that yields progress and returns `CorpusFacts`.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any

from briefing.analysis.beside import Ahead, Beside
from briefing.analysis.collector import collector_paused
from briefing.analysis.corroboration import sentence_words
from briefing.model import CancelFlag, Corpus, CorpusFacts, Document, Progress
from briefing.model.progress import Job
from briefing.word_frequency import preload_word_list

if TYPE_CHECKING:
    from briefing.analysis.names import DocumentNames

# The analysis's modules are imported by `analyse`, not with the package: the processes that read
# the documents import the package for the names and the sentences' words alone, and are started
# before the rest is imported (services.ingest), so that it is imported while they read.

# Below this many sentences a second process costs more than it saves (55 BBC articles, 1,100
# sentences: 1.13 -> 1.06 s a whole build; 200, 3,989 sentences: 2.05 -> 1.76 s).
FORK_MIN_SENTENCES = 1000
# The share of the documents' text whose names the caller reads itself, the child reading the
# rest before it turns to the facts that need no actors; set so that both are done about together.
NAMES_HERE = 0.5
# With `ahead` work for the child after the facts that need no actors, the caller reads all the
# names: the child has more to do than the caller even so (CPU seconds after the fork, the
# standard template: BBC corpus, child 5.6 against the caller's 3.9 up to the bottom line; 200
# politics articles 0.75 against 0.59). Where the reading found the names (`briefing build`:
# services.ingest with names), they are known already and neither process reads them.
NAMES_HERE_WITH_AHEAD = 1.0


def sentence_fact_finders() -> tuple[Callable, Callable, Callable, Callable]:
    from briefing.analysis.corroboration import group_near_duplicates
    from briefing.analysis.events import find_events
    from briefing.analysis.quality import quality_flags
    from briefing.analysis.tense import time_roles

    return quality_flags, find_events, time_roles, group_near_duplicates


def import_analysis() -> None:
    """Import every module `analyse` uses. It does so itself; a caller may do it earlier, while
    other processes work (services.ingest, while the documents are read)."""
    import_module("briefing.analysis.actors")
    import_module("briefing.analysis.contradictions")
    import_module("briefing.analysis.quotes")
    sentence_fact_finders()


def sentence_facts(corpus: Corpus) -> tuple[dict, list, dict, list]:
    """What needs no actors: source quality flags, dated events, time roles, corroboration."""
    quality_flags, find_events, time_roles, group_near_duplicates = sentence_fact_finders()
    return quality_flags(corpus), find_events(corpus), time_roles(corpus), group_near_duplicates(corpus)


def split_documents(corpus: Corpus, share: float) -> int:
    """How many of the first documents hold `share` of the corpus's text."""
    total = sum(len(d.text) for d in corpus.documents)
    seen = 0
    for i, document in enumerate(corpus.documents):
        if seen >= share * total:
            return i
        seen += len(document.text)
    return len(corpus.documents)


def names_of(documents: list[Document]) -> list[DocumentNames]:
    from briefing.analysis.names import document_names

    return [document_names(d) for d in documents]


def add_actor_free(facts: CorpusFacts, found: tuple[dict, list, dict, list]) -> CorpusFacts:
    """`facts` with the facts that need no actors (sentence_facts) added."""
    flags, events, roles, groups = found
    facts.doc_flags.update(flags)
    facts.events.extend(events)
    facts.time_roles.update(roles)
    facts.groups.extend(groups)
    return facts


def analyse(corpus: Corpus, cancel: CancelFlag | None = None, ahead: Ahead | None = None) -> Job[CorpusFacts]:
    """Actors, then what depends on them (quotes, conflicts). On a large corpus a second process
    reads the names of part of the documents, then finds the facts that need no actors, then
    does the caller's `ahead` work on those facts, beside the caller; once the actors are known,
    a third finds the conflicting reports while the caller finds the quotes and does the `ahead`
    work meant for it, then the work waiting for them (given every other fact), then shares what
    is left of them (the readings the third has not come to, Beside.results). `ahead` may still
    be running when this returns (its `result()` waits).
    Who says each sentence (`find_attributions`) is not worked out: no section uses it."""
    import_analysis()             # before any fork, so that no process imports them again
    from briefing.analysis.actors import find_actors
    from briefing.analysis.conflicts import read_sentences
    from briefing.analysis.contradictions import FINDERS, chosen_contradictions, find_contradictions
    from briefing.analysis.names import remember_names
    from briefing.analysis.quotes import find_quotes

    cancel = cancel or CancelFlag()
    facts = CorpusFacts(corpus)
    large = sum(map(len, corpus.sentences)) >= FORK_MIN_SENTENCES
    share = NAMES_HERE if ahead is None else NAMES_HERE_WITH_AHEAD
    split = split_documents(corpus, share) if large else len(corpus.documents)
    here, there = corpus.documents[:split], corpus.documents[split:]
    # the actor-free facts, where the `ahead` work finds them; the sentences the conflicts are read in
    kept: dict[str, Any] = {}

    def actor_free_facts() -> tuple[dict, list, dict, list]:
        kept["found"] = sentence_facts(corpus)
        return kept["found"]

    def free_facts() -> CorpusFacts:
        """The facts that need no actors, once, for every part of the `ahead` work."""
        if "free" not in kept:
            found = kept["found"] if "found" in kept else beside.result(1)
            kept["free"] = add_actor_free(CorpusFacts(corpus), found)
        return kept["free"]

    parts = [lambda work=work: work(free_facts()) for _, work in (ahead.parts if ahead else [])]
    if large:
        preload_word_list()       # once, before the fork, rather than in each process that needs it
        sentence_words(corpus)    # the same: every process reads the sentences' content words
    beside = Beside(lambda: names_of(there), actor_free_facts, *parts, fork=large)
    if ahead is not None:
        ahead.started(lambda i: beside.result(2 + i), beside.cancel, free_facts)
    steps = [
        ("Finding names", lambda: find_names()),
        ("Finding actors", lambda: find_actors_then_conflicts()),
        ("Finding quotes", lambda: find_quotes_here()),
        ("Weighing sentences", lambda: work_here()),
        ("Dating events, reading tense, grouping corroborated sentences",
         lambda: add_actor_free(facts, beside.result(1))),
        ("Finding conflicting reports", lambda: find_conflicts()),
    ]

    def find_names() -> None:
        names_of(here)                           # while the child reads the others'
        for document, found in zip(there, beside.result(0), strict=True):
            remember_names(document, found)

    after_actors: list[Beside] = []

    def find_actors_then_conflicts() -> None:
        facts.actors.extend(find_actors(corpus, cancel))
        # the conflicts need the actors only
        if large:
            # their readings, one task each, for a third process, the caller sharing them when it
            # comes to need them (Beside.results) rather than wait: the third had a third of them
            # left when the caller had done the rest of its work (200 politics articles)
            sents = kept["sentences"] = read_sentences(corpus, facts)
            after_actors.append(Beside(*(lambda finder=finder: finder(sents) for finder in FINDERS)))
        else:
            after_actors.append(Beside(lambda: find_contradictions(corpus, facts), fork=False))

    def find_quotes_here() -> None:
        if ahead is not None:
            ahead.work_first()                    # needs no facts: while the second process finds them
        facts.quotes.extend(find_quotes(corpus, facts.actors))

    def work_here() -> None:
        if ahead is not None:
            ahead.work_here()                     # while the third process finds the conflicts

    conflicts_added = False

    def add_conflicts() -> None:
        """The conflicting reports added to the facts, once, waiting for the third process."""
        nonlocal conflicts_added
        if not conflicts_added:
            conflicts_added = True
            if "sentences" in kept:
                found = chosen_contradictions(kept["sentences"], after_actors[0].results())
            else:
                found = after_actors[0].result(0)
            facts.contradictions.extend(found)

    def find_conflicts() -> None:
        if ahead is not None:
            ahead.work_waiting(facts, add_conflicts)    # every fact but these: while they are found
        add_conflicts()

    try:
        with collector_paused():
            for done, (message, step) in enumerate(steps):
                cancel.check()
                yield Progress(done, len(steps), message)
                step()
    except BaseException:
        beside.cancel()
        raise
    finally:
        for child in after_actors:
            child.cancel()
    yield Progress(len(steps), len(steps), "Analysed")
    return facts
