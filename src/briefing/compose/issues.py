"""The open-issues section: the template's watch list first, then the matters the documents
are about, found as key phrases.

A discovered issue is a noun phrase the texts repeat (`analysis.keyphrases`), weighted by TF-IDF
over the pile with its documents as the classes: a phrase that several sentences of some
documents (or their headlines) use, and that is rare in English, is a matter; what nearly every
document uses is the pile's subject, not a matter within it. Names are not issues: people,
organisations and what describes them ("haulage firm") are key actors. An issue is headed by the
fullest form the texts use for its matter ("fishing quota" for "quota"), and issues are kept
distinct: a phrase with a word of an earlier issue's heading, in any inflection ("quarrels",
"quarrelling"), is that matter again. An issue's statements are the sentences that use its
phrase (and a sentence going on about them), most corroborated first, leaving out the bottom
line and, where the pile allows, what the other sections already show.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from math import log

from briefing.analysis.keyphrases import (
    SPECIFIC_ZIPF,
    Keyphrase,
    find_keyphrases,
    heads_a_noun_phrase,
    names_a_thing,
    singular,
)
from briefing.analysis.lexicon import ORG_HEADS, ROLE_HEADS
from briefing.analysis.words import commonness, fold
from briefing.compose.context import ComposeContext
from briefing.model import Issue, Section, SentenceRef
from briefing.templates import SectionSpec

# How a phrase is weighed: TF-IDF and specificity are the method, these numbers only scale its
# parts. Chosen over all eight labelled sets, where within TITLE_USES 1-4, MULTIWORD_BONUS
# 0.25-1, RARE_ZIPF 2-3.5, AMOUNT_SPECIFIC 1.5-2.5, FLAGGED_USES 0.5-1 and SUBJECT_DOCS 0.8-0.9
# the issue coverage, naming and precision summed over the sets move by 0.2 at most (SUBJECT_DOCS
# 0.7 halves one set's naming; none at all lets the subject in as an issue).
TITLE_USES = 2            # a headline names its story's matter: it counts as this many sentences
MULTIWORD_BONUS = 0.5     # a collocation ("night curfew") is more specific than its rarest word
RARE_ZIPF = 3.0           # rarer than once per million words, a word is as specific as words get:
                          # rarer still marks names and jargon, not a bigger matter
AMOUNT_SPECIFIC = 2.0     # a sum ("$40bn") counts as specific as a word of Zipf 4 ("treasurer")
SUBJECT_DOCS = 0.8        # a word this share of the documents use (of three or more) is the subject
FLAGGED_USES = 0.85       # a use in a flagged source (paraphrased, aggregated) counts this much,
                          # as the ranking counts their sentences (compose.context.FLAGGED_FACTOR)
# How issues are told apart and filled.
MIN_USES = 2              # sentences (near-duplicates counting once) a phrase needs to be a matter
MIN_STATEMENTS = 2        # sentences using its phrase an issue must be able to show
SAME_STEM = 5             # letters two forms of one word share at least ("quarrel-")
INFLECTION = 3            # letters an English inflection changes at most (-s, -ed, -ing, -ling)
# Nouns that head a description of a person or an organisation ("chief inspector", "haulage
# firm", "transport ministry"): what they head is an actor, listed under Key actors.
ACTOR_HEADS = ROLE_HEADS | ORG_HEADS
# Heads of the names of waters and territories, which news stories contest ("Red Sea", "Bering
# Strait"): such a name may be a matter, where other names are actors, titles or addresses.
CONTESTED_PLACES = frozenset("sea ocean strait gulf bay peninsula island islands coast border strip".split())
# Pronouns and determiners that point back to something said before ("He", "This move"): a
# closed class of English.
BACK_POINTERS = frozenset("he she they it this these those that his her their its such".split())
FIRST_WORD = re.compile(r"[A-Za-z']+")


@dataclass
class Candidate:
    phrase: Keyphrase
    weight: float
    fuller: Keyphrase | None = None      # the most used longer candidate ending in its words

    @property
    def name(self) -> str:
        form = (self.fuller or self.phrase).form
        return form[0].upper() + form[1:]


def capped_specificity(words: list[str]) -> float:
    """Powers of ten the phrase's rarest word is rarer than an everyday word, counting no word
    as rarer than RARE_ZIPF."""
    return max(0.0, max(SPECIFIC_ZIPF - max(commonness(w), commonness(singular(w)), RARE_ZIPF) for w in words))


def is_name(phrase: Keyphrase) -> bool:
    """Written as a name of two words or more, every word capitalised ("Morning Digest")."""
    form = phrase.form.split()
    return len(form) > 1 and all(w[0].isupper() for w in form)


def phrase_weight(ctx: ComposeContext, phrase: Keyphrase) -> float:
    """TF-IDF over the pile with its documents as the classes: the phrase's uses (near-duplicate
    sentences once, a headline as TITLE_USES, a flagged document's at FLAGGED_USES) times
    log((D + 1) / df), times how specific its words are in English (a name names one thing,
    however ordinary its words: "Red Sea"). A phrase every document uses weighs little."""
    documents = len(ctx.corpus.documents)
    per_doc: dict[int, float] = {}
    for ref in independent(ctx, phrase.refs):
        per_doc[ref.doc] = per_doc.get(ref.doc, 0.0) + 1
    for doc in phrase.titles:
        per_doc[doc] = per_doc.get(doc, 0.0) + TITLE_USES
    uses = sum(n * (FLAGGED_USES if d in ctx.flagged_docs else 1.0) for d, n in per_doc.items())
    rarity = log((documents + 1) / len(per_doc))
    specific = SPECIFIC_ZIPF - RARE_ZIPF if is_name(phrase) else AMOUNT_SPECIFIC if phrase.key[0] in "$%#" \
        else capped_specificity(phrase.words)
    return uses * rarity * (specific + MULTIWORD_BONUS * (len(phrase.words) - 1))


def actor_names(ctx: ComposeContext) -> set[str]:
    """Every actor's name and alias, folded: an actor is listed under Key actors, not an issue."""
    return {fold(n) for a in ctx.facts.actors for n in [a.name, *a.aliases]}


def person_words(ctx: ComposeContext) -> set[str]:
    names: set[str] = set()
    for actor in ctx.facts.actors:
        if actor.kind == "person":
            for n in [actor.name, *actor.aliases]:
                names.update(fold(w) for w in n.split())
    return names


def independent(ctx: ComposeContext, refs: set[SentenceRef]) -> set[SentenceRef]:
    """One sentence per group of near-duplicates: a wire sentence five outlets carry is one use."""
    first = group_firsts(ctx)
    return {first.get(r, r) for r in refs}


def group_firsts(ctx: ComposeContext) -> dict[SentenceRef, SentenceRef]:
    """Each grouped sentence's group, as the group's first sentence (worked out once per pile)."""
    cached = getattr(ctx, "_group_firsts", None)
    if cached is None:
        cached = {r: min(g) for r, g in ctx.group_of.items()}
        ctx._group_firsts = cached
    return cached


def candidates(ctx: ComposeContext) -> list[Candidate]:
    """Noun phrases that can name a matter, weighted, best first."""
    index = find_keyphrases(ctx.corpus, min_sentences=MIN_USES)
    actors = actor_names(ctx)
    people = person_words(ctx)
    documents = len(ctx.corpus.documents)
    recurring = [p for p in index.phrases.values() if len(p.sentences) >= MIN_USES]
    subject = {p.key for p in recurring if " " not in p.key and documents >= 3
               and len({r.doc for r in p.sentences}) >= SUBJECT_DOCS * documents}
    out = []
    for phrase in recurring:
        words = phrase.words
        if words[-1] in ACTOR_HEADS or any(w in people for w in words):
            continue           # "chief inspector", "haulage firm": an actor described
        form = phrase.form.split()
        if words[-1] in subject and all(w[0].isupper() for w in form[:-1]) \
                or any(w[0].isupper() and k in subject for w, k in zip(form, words, strict=False)):
            continue           # "outage", "Bolderco outage" in a pile on Bolderco's outage: its subject
        if is_name(phrase) and words[-1] not in CONTESTED_PLACES:
            continue           # a name ("Morning Digest", "Park Lane"): an actor, title or address
        if fold(phrase.form) in actors or not heads_a_noun_phrase(phrase, index) or names_a_thing(phrase, index):
            continue
        if len(independent(ctx, phrase.refs)) < MIN_USES:
            continue
        out.append(Candidate(phrase, phrase_weight(ctx, phrase)))
    out.sort(key=lambda c: (-c.weight, c.phrase.key))
    # a heading names the matter in the fullest form the texts use for it ("fishing quota"
    # for "quota"): the candidate ending in its words that most sentences use
    by_head: dict[str, list[Keyphrase]] = {}
    for cand in out:
        words = cand.phrase.words
        for k in range(1, len(words)):
            by_head.setdefault(" ".join(words[k:]), []).append(cand.phrase)
    for cand in out:
        longer = by_head.get(cand.phrase.key)
        if longer:
            cand.fuller = max(longer, key=lambda q: (len(q.sentences), -len(q.words), q.key))
    return out


def name_words(name: str) -> set[str]:
    """The words of an issue's name, hyphenated ones apart, folded and in the singular."""
    return {singular(fold(w)) for w in re.split(r"[\s-]+", name) if w}


def same_word(a: str, b: str) -> bool:
    """One word in two forms ("quarrels", "quarrelling"): they differ only in their last
    INFLECTION letters or fewer and share at least SAME_STEM."""
    common = len(os.path.commonprefix([a, b]))
    return a == b or common >= SAME_STEM and common >= min(len(a), len(b)) - INFLECTION


def same_matter(a: set[str], b: set[str]) -> bool:
    return any(same_word(x, y) for x in a for y in b)


def points_back(text: str) -> bool:
    first = FIRST_WORD.search(text)
    return bool(first) and first.group(0).lower() in BACK_POINTERS


def ranked_statements(ctx: ComposeContext, spec: SectionSpec, refs: set[SentenceRef], limit: int,
                      taken: set[SentenceRef], relevance=None) -> list[SentenceRef]:
    """The issue's best sentences: most corroborated first, then most central. A sentence that
    opens by pointing back ("He said...", "This move...") is left out: shown alone, it does not
    say who or what."""
    # a sentence another issue has, in its own words or another source's, is that issue's
    fresh = [r for r in refs if r not in taken and not taken.intersection(ctx.group_of.get(r, ()))
             and not points_back(ctx.text(r))]
    relevance = relevance or (lambda r: 0.0)
    return ctx.pick(fresh, spec, limit,
                    key=lambda r: relevance(r) + ctx.sources_of(r) + ctx.centrality.get(r, 0.0) / 10)


def followers(ctx: ComposeContext, refs: set[SentenceRef]) -> set[SentenceRef]:
    """The sentence after each of `refs` in its document, where the two share a rare word: news
    writing tells one matter over a paragraph and names it once."""
    out = set()
    for ref in refs:
        sentences = ctx.corpus.sentences[ref.doc]
        at = next((k for k, s in enumerate(sentences) if s.index == ref.sentence), None)
        if at is not None and at + 1 < len(sentences):
            after = SentenceRef(ref.doc, sentences[at + 1].index)
            if ctx.rare_words(after) & ctx.rare_words(ref):
                out.add(after)
    return out - refs


def term_pattern(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(fold(term)).replace(r"\ ", r"[\s-]+"))


def watch_issues(ctx: ComposeContext, spec: SectionSpec, per_issue: int,
                 taken: set[SentenceRef]) -> list[tuple[Issue, set[SentenceRef]]]:
    out = []
    for watch in ctx.template.watchlist:
        patterns = [term_pattern(t) for t in watch.terms or [watch.name]]
        hits: dict[SentenceRef, int] = {}
        for ref in ctx.corpus.refs():
            text = fold(ctx.text(ref))
            n = sum(1 for p in patterns if p.search(text))
            if n:
                hits[ref] = n
        refs = ranked_statements(ctx, spec, set(hits), per_issue, taken, relevance=lambda r, h=hits: h[r])
        taken.update(refs)
        out.append((Issue(watch.name, "template", list(watch.terms),
                          [ctx.corroborated(r) for r in refs]), set(hits)))
    return out


@dataclass
class Selection:
    """The issues chosen so far, and what keeps the next one distinct from them."""
    ctx: ComposeContext
    spec: SectionSpec
    per_issue: int
    taken: set[SentenceRef]                  # the bottom line's sentences and the issues'
    issues: list[Issue] = field(default_factory=list)
    refs: list[set[SentenceRef]] = field(default_factory=list)        # each issue's sentences
    names: list[set[str]] = field(default_factory=list)              # each issue's name words
    shown: list[list[SentenceRef]] = field(default_factory=list)      # each issue's statements

    def append(self, issue: Issue, refs: set[SentenceRef], shown: list[SentenceRef]) -> None:
        self.issues.append(issue)
        self.refs.append(refs)
        self.names.append(set().union(*(name_words(t) for t in [issue.name, *issue.terms])))
        self.shown.append(shown)
        self.taken.update(shown)

    def add(self, cand: Candidate, shown_too: bool = False) -> bool:
        """Add the candidate's issue unless it is one already chosen, or it has too few
        statements that no other section shows (or, `shown_too`, that are not in the bottom line)."""
        words = name_words(cand.phrase.form) | name_words(cand.name)
        if any(same_matter(words, n) for n in self.names):
            return False
        refs = cand.phrase.refs
        avoid = self.taken if shown_too else self.taken | self.ctx.used
        picked = ranked_statements(self.ctx, self.spec, refs | followers(self.ctx, refs), self.per_issue, avoid,
                                   relevance=lambda r: 1.0 if r in refs else 0.0)
        if len(picked) < min(MIN_STATEMENTS, self.per_issue) or not any(r in refs for r in picked):
            return False
        self.append(Issue(cand.name, "discovered", [cand.phrase.form], [self.ctx.corroborated(r) for r in picked]),
                    set(refs), picked)
        return True


def issues_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    limit = spec.max_items or 10
    per_issue = int(spec.options.get("statements_per_issue", 4))
    chosen = Selection(ctx, spec, per_issue, set(ctx.in_summary))
    for issue, refs in watch_issues(ctx, spec, per_issue, chosen.taken):
        chosen.append(issue, refs, [])
    pool = candidates(ctx)
    # sentences no other section shows first; where that leaves places empty (a short pile whose
    # sentences the other sections have mostly used), a matter is still an issue in their words
    for shown_too in (False, True):
        for cand in pool:
            if len(chosen.issues) >= limit:
                break
            chosen.add(cand, shown_too)
    return Section(spec.kind, spec.title, issues=chosen.issues[:limit])
