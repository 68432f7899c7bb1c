"""The open-issues section: the template's watch list first, then the matters the documents
are about, found as key phrases and told apart by the sentences around them.

A candidate matter is a noun phrase the texts repeat (`analysis.keyphrases`), weighted by TF-IDF
over the pile with its documents as the classes: a phrase that several sentences of some
documents (or their headlines) use, and that is rare in English, is a matter; what nearly every
document uses is the pile's subject, not a matter within it. Names are not matters on their own:
people, organisations and what describes them ("haulage firm") are key actors. Where one actor
is what a matter's sentences are about, the heading says so ("Ferrow's pay offer", "Harbour
Board levy"), in the words the texts use for both.

The candidates are ranked by how likely a reader would call them an issue (a logistic model over
signals of the texts, `analysis.issue_ranking`), and picked by maximal marginal relevance: the
next issue is the likeliest whose sentences, with their neighbours, share least with those of
the issues already chosen, so that one matter told in several words ("probe", "investigation")
is one issue. The issues chosen are listed likeliest first. An issue's statements are the
sentences that use its phrase (and the sentences next to them going on about them), leaving out
the bottom line, the conflicting reports and, unless the pile leaves no issue otherwise, what the
other sections already show.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from math import log, log1p

from briefing.analysis.actor_ranking import MIN_SALIENCE
from briefing.analysis.issue_ranking import IssueSignals, likelihood
from briefing.analysis.keyphrases import (
    SPECIFIC_ZIPF,
    Keyphrase,
    PhraseIndex,
    find_keyphrases,
    heads_a_noun_phrase,
    names_a_thing,
    singular,
)
from briefing.analysis.lexicon import ORG_HEADS, ROLE_HEADS
from briefing.analysis.words import commonness, fold
from briefing.compose.context import ComposeContext
from briefing.model import ActorFact, Issue, Section, SentenceRef
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
IDF_SMOOTHING = 0.5       # log(0.5 + (D + 1) / df): a matter many reports repeat (a possible
                          # sentence, a vote) keeps some weight; 0-1 give the same scores within 0.2
# How much of the pile is looked at: the whole of a pile of news reports on one story, the most
# central sentences of a large collection (a matter of the pile is told in its central sentences).
MAX_SENTENCES = 2000
MAX_CANDIDATES = 60       # the heaviest candidates considered for issues (40-120 give the same
                          # scores over the eight sets; fewer leave places empty)
# How issues are told apart and filled.
NOVELTY = 0.7             # maximal marginal relevance: the weight of likelihood against the
                          # overlap with the issues already chosen (best over the eight sets
                          # within 0.6-0.8; at 1.0 one matter comes back under other words)
MIN_USES = 2              # sentences (near-duplicates counting once) a phrase needs to be a matter
MIN_STATEMENTS = 2        # sentences using its phrase an issue must be able to show
SAME_STEM = 5             # letters two forms of one word share at least ("quarrel-")
INFLECTION = 3            # letters an English inflection changes at most (-s, -ed, -ing, -ling)
NEIGHBOUR_SHARE = 0.5     # a sentence's neighbours count this much in the words around a matter
# An actor is what a matter is about where it is named in at least ACTOR_SHARE of the matter's
# sentences, and ACTOR_LIFT times as often as in the pile's sentences (the pile's subject, named
# everywhere, is about every matter and so about none in particular).
ACTOR_SHARE = 0.5
ACTOR_LIFT = 1.5
MAX_HEADING_WORDS = 5     # a heading longer than this is a sentence, not a name
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
POSSESSIVE_ALIAS = re.compile(r"[’']s?$")


@dataclass
class Candidate:
    phrase: Keyphrase
    weight: float                            # TF-IDF over the pile
    refs: frozenset[SentenceRef]             # the sentences using it, near-duplicates once
    fuller: Keyphrase | None = None          # the most used longer candidate ending in its words
    actor: ActorFact | None = None           # the actor its sentences are about, if one is
    likelihood: float = 0.0                  # that a reader would call it an issue

    @property
    def form(self) -> str:
        """The matter in the fullest form the texts use for it."""
        return (self.fuller or self.phrase).form


class Pile:
    """What the issues section works out once per brief: the sentences looked at, their key
    phrases, who is named where, and the words around each sentence."""

    def __init__(self, ctx: ComposeContext) -> None:
        self.ctx = ctx
        refs = list(ctx.words)            # every sentence, in document order
        if len(refs) > MAX_SENTENCES:
            refs = sorted(sorted(refs, key=lambda r: (-ctx.centrality.get(r, 0.0), r))[:MAX_SENTENCES])
        self.refs = refs
        self.index: PhraseIndex = find_keyphrases(ctx.corpus, refs=refs, min_sentences=MIN_USES)
        self.first = {r: min(g) for r, g in ctx.group_of.items()}
        self.places: dict[int, dict[int, int]] = {}      # per document: sentence index -> position

    def independent(self, refs) -> frozenset[SentenceRef]:
        """One sentence per group of near-duplicates: a wire sentence five outlets carry is one use."""
        return frozenset(self.first.get(r, r) for r in refs)

    @cached_property
    def sentences(self) -> int:
        return len(self.independent(self.refs))

    @cached_property
    def actors(self) -> list[tuple[ActorFact, frozenset[SentenceRef]]]:
        """The actors (not mere mentions: likely actors of the story) with the sentences naming them."""
        return [(a, refs) for a in self.ctx.facts.actors if a.salience >= MIN_SALIENCE
                and len(refs := self.independent(a.mention_refs)) >= MIN_USES]

    @cached_property
    def actors_in(self) -> dict[SentenceRef, list[int]]:
        """The actors each sentence names, as indices into `actors`."""
        out: dict[SentenceRef, list[int]] = {}
        for k, (_, refs) in enumerate(self.actors):
            for r in refs:
                out.setdefault(r, []).append(k)
        return out

    def neighbours(self, ref: SentenceRef) -> tuple[SentenceRef | None, SentenceRef | None]:
        """The sentences before and after `ref` in its document."""
        at = self.places.get(ref.doc)
        if at is None:
            at = self.places[ref.doc] = {s.index: k for k, s in enumerate(self.ctx.corpus.sentences[ref.doc])}
        sentences = self.ctx.corpus.sentences[ref.doc]
        k = at.get(ref.sentence)
        if k is None:
            return None, None
        return (SentenceRef(ref.doc, sentences[k - 1].index) if k else None,
                SentenceRef(ref.doc, sentences[k + 1].index) if k + 1 < len(sentences) else None)

    def words_around(self, refs) -> Around:
        """The words of the sentences and (at NEIGHBOUR_SHARE) of their neighbours, each weighted by
        how few sentences use it; words no other sentence shares say nothing about sameness."""
        ctx, n = self.ctx, len(self.ctx.words)
        out: Counter[str] = Counter()
        for ref in refs:
            before, after = self.neighbours(ref)
            for r, share in ((ref, 1.0), (before, NEIGHBOUR_SHARE), (after, NEIGHBOUR_SHARE)):
                for w in ctx.words.get(r, ()) if r is not None else ():
                    if ctx.sentence_share[w] >= MIN_USES:
                        out[w] += share * log(n / ctx.sentence_share[w])
        return Around(out)


@dataclass
class Around:
    """Weighted words around a matter, with their norm, for cosines."""
    words: Counter[str]

    @cached_property
    def norm(self) -> float:
        return sum(v * v for v in self.words.values()) ** 0.5

    def cosine(self, other: Around) -> float:
        a, b = (self.words, other.words) if len(self.words) <= len(other.words) else (other.words, self.words)
        dot = sum(v * b[k] for k, v in a.items() if k in b)
        return dot / (self.norm * other.norm) if dot else 0.0


def capped_specificity(words: list[str]) -> float:
    """Powers of ten the phrase's rarest word is rarer than an everyday word, counting no word
    as rarer than RARE_ZIPF."""
    return max(0.0, max(SPECIFIC_ZIPF - max(commonness(w), commonness(singular(w)), RARE_ZIPF) for w in words))


def is_name(phrase: Keyphrase) -> bool:
    """Written as a name of two words or more, every word capitalised ("Morning Digest")."""
    form = phrase.form.split()
    return len(form) > 1 and all(w[0].isupper() for w in form)


def phrase_weight(ctx: ComposeContext, phrase: Keyphrase, refs: frozenset[SentenceRef]) -> float:
    """TF-IDF over the pile with its documents as the classes: the phrase's uses (near-duplicate
    sentences once, a headline as TITLE_USES, a flagged document's at FLAGGED_USES) times
    log(IDF_SMOOTHING + (D + 1) / df), times how specific its words are in English (a name names
    one thing, however ordinary its words: "Red Sea"). A phrase every document uses weighs little."""
    documents = len(ctx.corpus.documents)
    per_doc: Counter[int] = Counter(r.doc for r in refs)
    for doc in phrase.titles:
        per_doc[doc] += TITLE_USES
    uses = sum(n * (FLAGGED_USES if d in ctx.flagged_docs else 1.0) for d, n in per_doc.items())
    rarity = log(IDF_SMOOTHING + (documents + 1) / len(per_doc))
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


def name_parts(ctx: ComposeContext) -> set[str]:
    """The words of every name of two words or more ("Aerospace" in "Association of Machinists and
    Aerospace Workers"): written with its capital, such a word is that name cut short."""
    return {fold(w) for a in ctx.facts.actors for n in [a.name, *a.aliases] if " " in n for w in n.split()}


def candidates(pile: Pile) -> list[Candidate]:
    """Noun phrases that can name a matter, with their TF-IDF weight, heaviest first."""
    ctx, index = pile.ctx, pile.index
    actors = actor_names(ctx)
    people = person_words(ctx)
    parts = name_parts(ctx)
    documents = len(ctx.corpus.documents)
    recurring = [p for p in index.phrases.values() if len(p.sentences) >= MIN_USES]
    subject = {p.key for p in recurring if (" " not in p.key or p.key[0] in "$%#") and documents >= 3
               and len({r.doc for r in p.sentences}) >= SUBJECT_DOCS * documents}
    out = []
    for phrase in recurring:
        words = phrase.words
        if words[-1] in ACTOR_HEADS or any(w in people for w in words):
            continue           # "chief inspector", "haulage firm": an actor described
        form = phrase.form.split()
        if phrase.key in subject or words[-1] in subject and all(w[0].isupper() for w in form[:-1]) \
                or any(w[0].isupper() and k in subject for w, k in zip(form, words, strict=False)):
            continue           # "outage", "Bolderco outage" in a pile on Bolderco's outage: its subject
        if len(form) == 1 and form[0][0].isupper() and words[0] in parts:
            continue           # "Aerospace" of "Aerospace Workers": a name cut short
        if is_name(phrase) and words[-1] not in CONTESTED_PLACES:
            continue           # a name ("Morning Digest", "Park Lane"): an actor, title or address
        if fold(phrase.form) in actors or not heads_a_noun_phrase(phrase, index) or names_a_thing(phrase, index):
            continue
        refs = pile.independent(phrase.refs)
        if len(refs) < MIN_USES:
            continue
        out.append(Candidate(phrase, phrase_weight(ctx, phrase, refs), refs))
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


# --- Whom a matter is about, and its heading ------------------------------------------------

def actor_of(pile: Pile, refs: frozenset[SentenceRef]) -> ActorFact | None:
    """The actor named in at least ACTOR_SHARE of the sentences, and ACTOR_LIFT times as often
    as in the pile; of several, the one most concentrated there."""
    named = Counter(k for r in refs for k in pile.actors_in.get(r, ()))
    best, best_score = None, 0.0
    for k, count in sorted(named.items()):
        actor, everywhere = pile.actors[k]
        share = count / len(refs)
        lift = share * pile.sentences / len(everywhere)
        if share >= ACTOR_SHARE and lift >= ACTOR_LIFT and count >= MIN_USES:
            score = share * log(lift)
            if score > best_score:
                best, best_score = actor, score
    return best


def actor_form(pile: Pile, actor: ActorFact, refs: frozenset[SentenceRef]) -> str:
    """The actor as the matter's sentences name it most often: a person by the one word the texts
    use for them alone ("Ferrow") unless another person shares it, else by the full name; an
    organisation by its name or the alias the texts prefer ("IAM"); a country by its name (not
    by its capital, which the texts may also use for its government)."""
    forms = [actor.name]
    if actor.kind == "person":
        others = {fold(w) for a, _ in pile.actors if a is not actor and a.kind == "person"
                  for n in [a.name, *a.aliases] for w in n.split()}
        forms += [a for a in actor.aliases if " " not in a and a in actor.name.split() and fold(a) not in others]
    elif actor.kind != "country":
        forms += [a for a in actor.aliases if not POSSESSIVE_ALIAS.search(a)]
    text = " ".join(pile.ctx.text(r) for r in refs)
    return max(forms, key=lambda f: (len(re.findall(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text)), -len(f), f))


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def heading(pile: Pile, cand: Candidate) -> str:
    """The matter as the texts name it, with the actor it is about: a person's as a possessive
    ("Ferrow's pay offer"); an organisation's or a country's as a possessive where the texts write
    it so, else as a modifier, as headlines do ("Harbour Board levy"); not where the phrase already
    names the actor, opens on a name of its own, or the heading would run too long."""
    form = cand.form
    words = form.split()
    actor = cand.actor
    if actor is not None and not pile.index.proper(words[0]):
        name = actor_form(pile, actor, cand.refs)
        own = {fold(w) for n in [actor.name, *actor.aliases] for w in n.split()}
        if not own & {fold(w) for w in words} and len(name.split()) + len(words) <= MAX_HEADING_WORDS:
            matter = form[0].lower() + form[1:]
            said = re.compile(r"(?<!\w)" + re.escape(name) + r"[’']s?\s+(?:\w+\s+)?" + re.escape(words[0]),
                              re.IGNORECASE)
            if actor.kind == "person" or any(said.search(pile.ctx.text(r)) for r in cand.phrase.refs):
                return f"{possessive(name)} {matter}"
            return f"{name} {matter}"
    return form[0].upper() + form[1:]


# --- How likely a candidate is an issue ------------------------------------------------------

def signals(cand: Candidate) -> IssueSignals:
    return IssueSignals(weight=log1p(cand.weight), actor=float(cand.actor is not None),
                        words=min(2, len(cand.phrase.words) - 1))


def ranked_candidates(pile: Pile, weights: list[float] | None = None) -> list[Candidate]:
    """The MAX_CANDIDATES heaviest candidates, with the actor each is about, likeliest first."""
    pool = candidates(pile)[:MAX_CANDIDATES]
    for cand in pool:
        cand.actor = actor_of(pile, cand.refs)
        cand.likelihood = likelihood(signals(cand), weights)
    return sorted(pool, key=lambda c: (-c.likelihood, c.phrase.key))


# --- Statements ------------------------------------------------------------------------------

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


def neighbours(pile: Pile, refs: set[SentenceRef]) -> set[SentenceRef]:
    """The sentences before and after each of `refs` in its document, where the two share a rare
    word: news writing tells one matter over a paragraph and names it once."""
    ctx = pile.ctx
    out = set()
    for ref in refs:
        for other in pile.neighbours(ref):
            if other is not None and ctx.rare_words(other) & ctx.rare_words(ref):
                out.add(other)
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


# --- Choosing the issues ---------------------------------------------------------------------

@dataclass
class Selection:
    """The issues chosen so far, and what keeps the next one distinct from them."""
    pile: Pile
    spec: SectionSpec
    per_issue: int
    taken: set[SentenceRef]                  # the bottom line's, the conflicting reports' and the issues' sentences
    issues: list[Issue] = field(default_factory=list)
    names: list[set[str]] = field(default_factory=list)              # each issue's name words
    around: list[Around] = field(default_factory=list)               # the words around each issue
    likelihoods: list[float] = field(default_factory=list)           # each discovered issue's

    def append(self, issue: Issue, refs: set[SentenceRef], shown: list[SentenceRef],
               words: set[str] | None = None) -> None:
        self.issues.append(issue)
        self.names.append(words if words is not None else set().union(*(name_words(t) for t in [issue.name, *issue.terms])))
        self.taken.update(shown)
        self.around.append(self.pile.words_around(self.pile.independent(refs)))

    def overlap(self, around: Around) -> float:
        """How much a matter's words share with those of the closest issue chosen (cosine)."""
        return max((around.cosine(other) for other in self.around), default=0.0)

    def add(self, cand: Candidate, shown_too: bool = False) -> bool:
        """Add the candidate's issue unless it is one already chosen, or it has too few
        statements that no other section shows (or, `shown_too`, that are not in the bottom line)."""
        ctx = self.pile.ctx
        name = heading(self.pile, cand)
        words = name_words(cand.phrase.form) | name_words(cand.form)
        if any(same_matter(words, n) for n in self.names):
            return False
        refs = cand.phrase.refs
        avoid = self.taken if shown_too else self.taken | ctx.used
        picked = ranked_statements(ctx, self.spec, refs | neighbours(self.pile, refs), self.per_issue, avoid,
                                   relevance=lambda r: 1.0 if r in refs else 0.0)
        if len(picked) < min(MIN_STATEMENTS, self.per_issue) or not any(r in refs for r in picked):
            return False
        # the matter's words, not its actor's: one actor may be what several matters are about
        self.append(Issue(name, "discovered", [cand.phrase.form], [ctx.corroborated(r) for r in picked]),
                    set(refs), picked, words)
        self.likelihoods.append(cand.likelihood)
        return True

    def ranked(self) -> list[Issue]:
        """The watch list's issues, then the discovered ones, likeliest first (the order they were
        chosen in only keeps them distinct)."""
        watched = len(self.issues) - len(self.likelihoods)
        order = sorted(range(len(self.likelihoods)), key=lambda k: -self.likelihoods[k])
        return self.issues[:watched] + [self.issues[watched + k] for k in order]


def issues_section(ctx: ComposeContext, spec: SectionSpec, weights: list[float] | None = None) -> Section:
    limit = spec.max_items or 10
    per_issue = int(spec.options.get("statements_per_issue", 4))
    pile = Pile(ctx)
    chosen = Selection(pile, spec, per_issue, ctx.in_summary | ctx.in_contradictions)
    for issue, refs in watch_issues(ctx, spec, per_issue, chosen.taken):
        chosen.append(issue, refs, [])
    pool = ranked_candidates(pile, weights)
    around = {id(c): pile.words_around(c.refs) for c in pool}
    # sentences no other section shows; only where that leaves no issue at all (a short pile whose
    # sentences the other sections have used) is a matter an issue in their words
    for shown_too in (False, True):
        if shown_too and len(chosen.issues) > len(ctx.template.watchlist):
            break
        left = list(pool)
        while left and len(chosen.issues) < limit:
            best = max(left, key=lambda c: NOVELTY * c.likelihood - (1 - NOVELTY) * chosen.overlap(around[id(c)]))
            left.remove(best)
            chosen.add(best, shown_too)
    return Section(spec.kind, spec.title, issues=chosen.ranked()[:limit])
