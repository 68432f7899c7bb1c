"""Statement sections: bottom line up front (summary), background, outlook.

Background and outlook come from the sentence time roles; the summary takes the most central
sentences that together cover different ground (each adds words the others lack).
"""

from __future__ import annotations

import re

from briefing.analysis.tense import FUTURE, FUTURE_VERB, PLANS, narration
from briefing.compose.context import ComposeContext
from briefing.model import Section, SentenceRef
from briefing.templates import SectionSpec

# Ranking bonuses, set by hand on the seeds and the dev sets.
ROLE_CORROBORATION = 0.2  # background and outlook: what is said matters more than how often
SUMMARY_LEAD = 1.0        # the summary leans on the documents' opening sentences
DATED_BONUS = 0.3        # background/outlook sentences that state when
WEAK_FUTURE_BONUS = 0.2  # "upcoming", "next week": an event ahead mentioned in passing
FIRM_FUTURE_BONUS = 1.0  # outlook sentences with "will", "is set to", a plan (not just "could")
SCHEDULED_BONUS = 1.0    # outlook sentences saying when: a month, a weekday, "early next year"
CONTINUATION_GAP = 5     # "The talks ..." refers back to talks named at most this many sentences before
SUMMARY_DEFAULT = 5      # statements in a summary whose template sets no limit
SUMMARY_NOVELTY = 0.5    # weight of the words a summary statement adds to those already picked
PURPOSE = re.compile(r"(?i:\b(?:aims?|goals?|mission|purpose|objectives?|task|idea|job|role|priority|"
                     r"challenge)\b[^.]{0,30}\bis to\b)")
YEAR = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)\b|\b\d+ years ago\b")
PAST_TENSE = re.compile(r"\b(?:was|were|had|did|\w{3,}ed|held|met|told|took|made|went|came|gave|sent|began|"
                        r"won|lost|left|led|saw|rose|fell|hit|put|got|built|spent|paid|sold|brought|"
                        r"found|became|ran|wrote|spoke|broke|chose|drove|grew|knew|stood|struck|"
                        r"sought|taught|thought|fought|caught|meant|kept|felt|dealt|bought)\b")
PAST_TENSE_BONUS = 0.6    # a past-tense "current" sentence ends up 0.4 below a background one
WHEN = re.compile(r"\b(?:(?:this|next|last)\s+(?:week|month|year)|january|february|march|april|may|june|july|"
                  r"august|september|october|november|december|monday|tuesday|wednesday|thursday|"
                  r"friday|saturday|sunday|quarter|(?:1[6-9]|20)\d\d)\b")
# a time a plan is set for: a month or weekday by name, or a period counted from now ("next
# year", "early in the following year" abbreviated "yr", "mid-March", "this quarter"); case
# matters, "may" is a modal
SCHEDULED = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
                       r"(?i:\b(?:next|coming|upcoming|subsequent|following|this|early|mid|late|later)[\s-]+"
                       r"(?:this\s+|next\s+)?(?:week|month|year|yr|quarter|spring|summer|autumn|fall|winter)\b)")
BACK_REFERENCE = re.compile(r"(?:The|This|These|Those|Such)\s+([a-z]+)\b")
YEAR_OR_MONTH = re.compile(r"\b(?:1[6-9]\d\d|20\d\d|January|February|March|April|June|July|August|"
                           r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday|week|month|year|quarter)\b")


def firm_future(text: str) -> bool:
    """The sentence's verb looks ahead; "the aim is to …" states a purpose, not a plan."""
    text = narration(text)
    m = FUTURE_VERB.search(text)
    return bool(m) and not PURPOSE.search(text[max(0, m.start() - 40):m.start() + 6])


def continues(ctx: ComposeContext, first: SentenceRef, then: SentenceRef) -> bool:
    """`then` follows `first` closely and opens on one of its nouns ("... will hold talks. ...
    The talks are expected to ..."): it says more about the same thing."""
    if first.doc != then.doc or not 0 < then.sentence - first.sentence <= CONTINUATION_GAP:
        return False
    m = BACK_REFERENCE.match(ctx.text(then))
    return bool(m) and m.group(1).lower() in ctx.words[first]


def same_plan(ctx: ComposeContext, a: SentenceRef, b: SentenceRef) -> bool:
    """Two outlook sentences naming the same time and a rare word or person ("Later this week
    ... the manifesto", "the mayor ... in March") report one plan; so does a sentence continuing
    the one before."""
    if continues(ctx, a, b) or continues(ctx, b, a):
        return True
    when_a, when_b = set(WHEN.findall(ctx.text(a).lower())), set(WHEN.findall(ctx.text(b).lower()))
    if not when_a & when_b:
        return False
    people = ctx.people_in.get(a, frozenset()) & ctx.people_in.get(b, frozenset())
    return bool(people) or bool(ctx.rare_words(a) & ctx.rare_words(b))


def with_role(ctx: ComposeContext, *roles: str) -> list[SentenceRef]:
    return [r for r in ctx.corpus.refs() if ctx.facts.time_roles.get(r) in roles and r not in ctx.used]


def role_section(ctx: ComposeContext, spec: SectionSpec, role: str, bonus) -> Section:
    limit = spec.max_items or 8
    # background also draws on "current" sentences told in the past tense, ranked below the rest;
    # outlook gives each document its share (plans are scattered), background ranks freely (the
    # history sits in a few documents)
    roles = (role, "current") if role == "background" else (role,)
    refs = ctx.pick(with_role(ctx, *roles), spec, limit, spread=role == "outlook",
                    same=(lambda a, b: same_plan(ctx, a, b)) if role == "outlook" else None,
                    key=lambda r: ctx.rank(r, corroboration=ROLE_CORROBORATION, lead=0.0) + bonus(r))
    ctx.used.update(refs)
    return Section(spec.kind, spec.title, statements=[ctx.corroborated(r) for r in refs])


def background_bonus(ctx: ComposeContext, ref: SentenceRef) -> float:
    text = ctx.text(ref)
    if ctx.facts.time_roles.get(ref) != "background":
        return PAST_TENSE_BONUS - 1.0 if PAST_TENSE.search(narration(text)) else -2.0
    return (DATED_BONUS if YEAR.search(text) else 0.0) + (DATED_BONUS / 2 if YEAR_OR_MONTH.search(text) else 0.0)


def background_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    return role_section(ctx, spec, "background", lambda r: background_bonus(ctx, r))


def outlook_bonus(text: str) -> float:
    """Sentences whose own verb looks ahead first, then those naming an event ahead."""
    ahead = FIRM_FUTURE_BONUS if firm_future(text) else \
        WEAK_FUTURE_BONUS if FUTURE.search(text) or PLANS.search(narration(text)) else 0.0
    # a date counts as a schedule only beside a plan or a future verb ("A meeting on Monday saw
    # MPs warn that it could ..." is the news, not a plan)
    scheduled = ahead and SCHEDULED.search(narration(text))
    when = SCHEDULED_BONUS if scheduled else DATED_BONUS / 2 if YEAR_OR_MONTH.search(text) else 0.0
    return ahead + when


def outlook_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    return role_section(ctx, spec, "outlook", lambda r: outlook_bonus(ctx.text(r)))


def summary_gain(ctx: ComposeContext, ref: SentenceRef, seen_words: set[str]) -> float:
    """Centrality, discounted for words the summary already has."""
    bag = ctx.words[ref]
    new = len(bag - seen_words) / max(1, len(bag))
    return ctx.rank(ref, lead=SUMMARY_LEAD) * (1 - SUMMARY_NOVELTY + SUMMARY_NOVELTY * new)


def summary_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    """The most central sentences, each chosen for what it adds to those before it."""
    limit = spec.max_items or SUMMARY_DEFAULT
    pool = ctx.pick([r for r in ctx.corpus.refs() if r not in ctx.used], spec, limit * 6,
                    key=lambda r: ctx.rank(r, lead=SUMMARY_LEAD))
    chosen: list[SentenceRef] = []
    seen_words: set[str] = set()
    while pool and len(chosen) < limit:
        best = max(pool, key=lambda r: (summary_gain(ctx, r, seen_words), -r.doc, -r.sentence))
        pool.remove(best)
        chosen.append(best)
        seen_words |= ctx.words[best]
    ctx.used.update(chosen)
    ctx.in_summary.update(chosen)
    return Section(spec.kind, spec.title, statements=[ctx.corroborated(r) for r in chosen])
