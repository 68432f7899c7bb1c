"""The actors section: who matters, in what role, with the sentences that establish it."""

from __future__ import annotations

import re

from briefing.analysis.actor_ranking import MIN_KEY_LIKELIHOOD, MIN_SALIENCE
from briefing.analysis.actors import ORGANIZATION_ROLE, is_news_outlet
from briefing.compose.context import ComposeContext
from briefing.compose.quotes import quote_citation, speaker_quotes
from briefing.model import Actor, ActorFact, Corpus, Quote, Section
from briefing.templates import SectionSpec

DEFAULT_MAX_ACTORS = 20
# What the role cell says of an actor none of whose reports says what it is: a reader should not
# take an empty cell for a gap in the brief (no title, apposition or description found).
NO_ROLE = "role not stated in the sources"


def headlines(corpus: Corpus) -> str:
    """The documents' headlines, a line each."""
    return "\n".join(d.title or "" for d in corpus.documents)


def reports_only(corpus: Corpus, fact: ActorFact, titles: str | None = None) -> bool:
    """A news outlet that only reports the story: no headline names it (one that does is in the
    story: "Harwick Times to cut 200 jobs"). `titles`: the corpus's `headlines`, where the caller
    asks of many actors (joined each time, 0.1 s on the BBC corpus)."""
    if not is_news_outlet(fact):
        return False
    names = [n for n in [fact.name, *fact.aliases] if n]
    if not names:
        return True
    named = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    if any("\n" in n for n in names):
        return not any(named.search(d.title or "") for d in corpus.documents)
    # one search over all the headlines, a line each, which a name without a line break cannot
    # run across: asking each headline in turn took 0.36 s on the BBC corpus; and only where they
    # hold one of the names as written (a match holds one), which Python finds far faster than the
    # pattern, tried at every character (62 outlets of the BBC corpus: 0.3-0.4 s)
    titles = headlines(corpus) if titles is None else titles
    return not any(n in titles for n in names) or named.search(titles) is None


def actors_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    limit = spec.max_items or DEFAULT_MAX_ACTORS
    found = speaker_quotes(ctx)          # each actor shows the quotation the quotes section would lead with
    quotes_by_speaker: dict[str, Quote] = {}
    for speaker, indices in found.ordered.items():
        fact = found.quotes[indices[0]]
        quotes_by_speaker[speaker] = Quote(speaker, fact.text, [quote_citation(ctx, fact)])
    actors = []
    # the ranking's likelihood that a name is an actor of the story at all leaves out places,
    # slogans and page furniture that read like names
    titles = headlines(ctx.corpus)
    listed = [fact for fact in ctx.facts.actors if fact.salience >= MIN_SALIENCE
              and fact.key_likelihood >= MIN_KEY_LIKELIHOOD and not reports_only(ctx.corpus, fact, titles)]
    for fact in listed[:limit]:
        refs = fact.role_refs or fact.mention_refs[:1]
        actors.append(Actor(name=fact.name, kind=fact.kind, role=shown_role(fact), affiliation=fact.affiliation,
                            aliases=list(fact.aliases), mentions=fact.mentions,
                            sources=[ctx.source_id(d) for d in fact.docs],
                            citations=[ctx.citation(r) for r in refs],
                            quote=quotes_by_speaker.get(fact.name)))
    return Section(spec.kind, spec.title, actors=actors)


def shown_role(fact: ActorFact) -> str:
    """What the role cell says: the role the reports give, else that they give none. The analysis's
    last resort for a body none of its reports describes ("organization") would say the kind
    column's word again and cite a sentence that does not say it."""
    if not fact.role or fact.kind == "organization" and fact.role == ORGANIZATION_ROLE:
        return NO_ROLE
    return fact.role
