"""What every section builder shares: the corpus, its facts, the template, citations, ranking.

Ranking is centrality across sources: a sentence scores by how many documents share its words,
plus the sources that say the same thing (corroboration), with sentences from flagged sources
ranked down. Picking removes redundancy: no sentence twice in a section, no near-duplicates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from math import fsum, log
from typing import TYPE_CHECKING

from briefing.analysis.beside import Ahead
from briefing.analysis.corroboration import sentence_words
from briefing.analysis.words import near_identical, words
from briefing.ingest.sentences import without_reference_marks
from briefing.model import (
    ActorFact,
    Citation,
    ContradictionFact,
    Corpus,
    CorpusFacts,
    Section,
    SentenceRef,
    Statement,
)
from briefing.templates import SectionSpec, Template

if TYPE_CHECKING:
    from briefing.compose.issues import Pile
    from briefing.compose.statement_ranking import RankingWeights

# Ranking weights, set by hand on the seeds and both dev sets (see tests/test_compose_*.py).
TOPICALITY_SCALE = 4.0        # brings topicality to about 0..1
CORROBORATION_WEIGHT = 0.5    # per doubling of the documents saying the same thing
LEAD_BONUS = 0.3              # a document's first sentences carry its news
LEAD_SENTENCES = 2
SIDEBAR_FACTOR = 0.5          # score kept by a sentence in a closing "About …" section
SIDEBAR_HEADING = re.compile(r"(?i)about\b(?!\s+(?:face|turn)\b)")
FLAGGED_FACTOR = 0.85         # score kept by a sentence from a source with quality flags (a nudge:
                              # flagged sources often carry facts no other source has)
WEAK_SOURCE_FLAGS = frozenset({"machine-paraphrase", "aggregator-page"})   # used only where no other says it
MIN_WORDS = 7                 # shorter sentences are fragments, captions or headings
DEFAULT_MAX_WORDS = 70
PICK_SIMILARITY = 0.6         # word overlap (Jaccard) above which two picks say the same thing
SPREAD_POOL = 2               # places per document are filled from the best 2 x limit only
RARE_WORD_SHARE = 0.03        # a word in at most this share of the sentences is rare...
RARE_WORD_MIN = 3             # ...or in at most this many
LOWER_WORD = re.compile(r"\b[a-z][\w’'-]*")
SAME_POINT = 0.5              # content-word overlap (Jaccard) above which two picks make one point
SENTENCE_END = re.compile(r"[.!?][”\"’')\]]*\s*$|[”\"]\s*$")
# a sentence opening on a personal or possessive pronoun or a demonstrative leans on the one
# before it ("He said ...", "This move ..."): a closed class of English words
BACK_REFERENCE_OPENERS = frozenset("he she they this these those that his her their its such".split())
FIRST_WORD = re.compile(r"[A-Za-z']+")


SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s")   # English inflections, longest first
MIN_STEM = 3
STEMS_KEPT = 1 << 16          # the stems remembered: more than the distinct words of the BBC corpus
# Weight of a name's stem in the likeness of two sentences, against a word's: reports of different
# points about the same people share their names ("Union X rejected the offer" / "Union X approved
# the deal"). Best on the eight labelled sets' prose sections (held out): 0.1-0.5 alike, 1 lower.
NAME_WEIGHT = 0.25


@lru_cache(maxsize=STEMS_KEPT)
def stem(word: str) -> str:
    """A word without its inflection and final e, so that the forms of one word meet ("rises",
    "rising", "rise" -> "ris"): a light suffix cut, not a dictionary stemmer. Kept for the words
    met most recently: the sections ask again for every sentence they compare."""
    if not word.isalpha():
        return word
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM and not word.endswith("ss"):
            word = word[:-len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            break
    return word[:-1] if word.endswith("e") and len(word) > MIN_STEM else word


# What a context works out (its cached properties) from the corpus and the facts that need no
# actors alone (the near-duplicate groups, the quality flags): the same in every context of a corpus.
SHARED = ("words", "group_of", "flagged_docs", "weak_docs", "topicality", "sidebar", "lead", "centrality",
          "central_order", "sentence_share", "idf", "idf_norm", "stem_of", "stem_idf", "_stem_vectors", "leads")


@dataclass(repr=False)
class ComposeContext:
    """What the section builders share while one brief is composed."""

    corpus: Corpus
    facts: CorpusFacts
    template: Template
    # sentences already used as statements in earlier sections (to avoid repeating them)
    used: set[SentenceRef] = field(default_factory=set)
    # the bottom line's sentences: the open issues do not repeat them
    in_summary: set[SentenceRef] = field(default_factory=set)
    # the sentences the conflicting-reports section shows: the open issues do not repeat them either
    in_contradictions: set[SentenceRef] = field(default_factory=set)
    # the sentences every section built so far shows (by their first citation), whichever section
    shown: set[SentenceRef] = field(default_factory=set)
    # weights of the prose sections' ranking; None means the fitted ones shipped with the package
    weights: RankingWeights | None = None
    # what was worked out during the analysis (compose_brief's AHEAD, by name); None: found here
    ahead: Ahead | None = None
    # where the sections are built while the conflicting reports are being found: adds them to
    # the facts, waiting for them, when first read (contradictions())
    await_conflicts: Callable[[], None] | None = None

    def take_worked_out(self, other: ComposeContext) -> None:
        """Take what `other`, a context of the same corpus, has worked out of what depends only
        on the corpus and on the facts that need no actors (SHARED), instead of working it out
        again: the work ahead's context, on those facts, and the brief's, on all of them."""
        for name in SHARED:
            if name in other.__dict__ and name not in self.__dict__:
                self.__dict__[name] = other.__dict__[name]

    def work_out_shared(self) -> None:
        """Work out now what SHARED lists, for a context that takes it over (take_worked_out)."""
        for name in SHARED:
            getattr(self, name)

    def source_id(self, doc: int) -> str:
        return f"S{doc + 1}"

    def show(self, section: Section) -> None:
        """Note the sentences a built section shows (each statement's first citation)."""
        statements = [*section.statements, *(s for i in section.issues for s in i.statements),
                      *(s for c in section.items for s in c.statements)]
        for st in statements:
            if st.citations and st.citations[0].source[1:].isdigit():
                self.shown.add(SentenceRef(int(st.citations[0].source[1:]) - 1, st.citations[0].sentence))

    def citation(self, ref: SentenceRef) -> Citation:
        s = self.corpus.sentence(ref)
        return Citation(self.source_id(ref.doc), s.index, s.start, s.end)

    def text(self, ref: SentenceRef) -> str:
        return self.corpus.sentence(ref).text

    def neighbour(self, ref: SentenceRef, step: int) -> SentenceRef | None:
        """The sentence `step` places from `ref` in its report, where the user left it in."""
        other = SentenceRef(ref.doc, ref.sentence + step)
        return other if other in self.words else None

    def statement(self, ref: SentenceRef, also: list[SentenceRef] | None = None) -> Statement:
        """A statement with the text of `ref`, verbatim, cited to it first and then to `also`.

        Where `ref` comes from a source flagged as machine paraphrase or an aggregator page and
        one of `also` from a source that is not, that source's wording is shown and cited first.
        The statement leaves out a wire dateline opening the sentence (its citation starts after
        it) and the source's own reference marks ("[1]"), so that they do not read as the brief's
        citations (the citation still spans the sentence up to its end).
        """
        refs = [ref] + [r for r in (also or []) if r != ref]
        if ref.doc in self.weak_docs:
            better = next((r for r in refs[1:] if r.doc not in self.weak_docs and self.usable(r, None)), None)
            if better is not None:
                refs.remove(better)
                refs.insert(0, better)
        first = self.corpus.sentence(refs[0])
        lead = self.leads.get(refs[0], 0)
        citations = [self.citation(r) for r in refs]
        citations[0] = Citation(citations[0].source, first.index, first.start + lead, first.end)
        return Statement(without_reference_marks(first.text[lead:]), citations)

    def run_statement(self, run: list[SentenceRef], also: list[SentenceRef]) -> Statement:
        """A statement of consecutive sentences of one report, verbatim as the source writes them
        (without a wire dateline opening the first), cited to them and then to `also`."""
        first, last = self.corpus.sentence(run[0]), self.corpus.sentence(run[-1])
        lead = self.leads.get(run[0], 0)
        text = self.corpus.documents[run[0].doc].text[first.start + lead:last.end]
        citations = [Citation(self.source_id(run[0].doc), first.index, first.start + lead, last.end)]
        citations += [self.citation(r) for r in also if r.doc != run[0].doc]
        return Statement(without_reference_marks(text), citations)

    @cached_property
    def leads(self) -> dict[SentenceRef, int]:
        """How many characters of a sentence's opening are page furniture (a wire dateline, "SEOUL,
        Dec. 7 (Agency) — "), which a statement quoting the sentence leaves out."""
        out: dict[SentenceRef, int] = {}
        for i, document in enumerate(self.corpus.documents):
            ends = dict(document.furniture)
            for s in self.corpus.sentences[i] if ends else []:
                end = ends.get(s.start)
                if end is not None and s.start < end < s.end:
                    out[SentenceRef(i, s.index)] = len(s.text[:end - s.start]) + \
                        len(s.text[end - s.start:]) - len(s.text[end - s.start:].lstrip())
        return out

    def corroborated(self, ref: SentenceRef) -> Statement:
        """The statement of `ref` carrying every other source that says the same (one per source)."""
        return self.statement(ref, self.others(ref))

    def among(self, ref: SentenceRef, refs: set[SentenceRef]) -> bool:
        """The sentence, or another report's copy of it (one saying the same), is among `refs`."""
        return ref in refs or not refs.isdisjoint(self.group_of.get(ref, ()))

    def others(self, ref: SentenceRef) -> list[SentenceRef]:
        seen = {ref.doc}
        out = []
        for other in self.group_of.get(ref, []):
            if other.doc not in seen:
                seen.add(other.doc)
                out.append(other)
        return out

    def sources_of(self, ref: SentenceRef) -> int:
        return 1 + len(self.others(ref)) if ref in self.group_of else 1

    # --- ranking -------------------------------------------------------------------------

    @cached_property
    def group_of(self) -> dict[SentenceRef, list[SentenceRef]]:
        allowed = set(self.corpus.refs())
        out: dict[SentenceRef, list[SentenceRef]] = {}
        for group in self.facts.groups:
            members = [r for r in group if r in allowed]
            for r in members:
                out[r] = members
        return out

    @cached_property
    def words(self) -> dict[SentenceRef, frozenset[str]]:
        # the analysis's own (it made them for the corroboration, in this process or before a fork)
        return dict(zip(*sentence_words(self.corpus), strict=True))

    @cached_property
    def flagged_docs(self) -> set[int]:
        return {i for i, d in enumerate(self.corpus.documents)
                if d.flags or self.facts.doc_flags.get(i)}

    @cached_property
    def weak_docs(self) -> set[int]:
        """Sources whose wording gives way to another source saying the same thing."""
        return {i for i, d in enumerate(self.corpus.documents)
                if WEAK_SOURCE_FLAGS & (set(d.flags) | set(self.facts.doc_flags.get(i, [])))}

    @cached_property
    def topicality(self) -> dict[SentenceRef, float]:
        """How much of each sentence's vocabulary the other documents share (0 to about 1)."""
        per_doc: dict[int, set[str]] = {}
        for ref, bag in self.words.items():
            per_doc.setdefault(ref.doc, set()).update(bag)
        doc_freq: Counter[str] = Counter()
        for vocabulary in per_doc.values():
            doc_freq.update(vocabulary)
        n = len(self.corpus.documents)
        # a word counts when another document has it too (or the corpus is one document)
        weight = {w: log(1 + c) for w, c in doc_freq.items() if c > 1 or n == 1}
        scale = log(2 + n) * TOPICALITY_SCALE
        scores: dict[SentenceRef, float] = {}
        # fsum over a set: exact, so the same to the last bit in whatever order the hash seed
        # gives the set (a tie between two sentences must break the same way in every run)
        for ref, bag in self.words.items():
            scores[ref] = fsum(weight[w] for w in bag if w in weight) / (len(bag) ** 0.5) / scale if bag else 0.0
        return scores

    @cached_property
    def sidebar(self) -> set[SentenceRef]:
        """Sentences from a page's closing "About …" sections onwards (about the author, the
        people or organisations mentioned): reference matter, not the report."""
        out: set[SentenceRef] = set()
        for i, document in enumerate(self.corpus.documents):
            start = next((h.start for h in document.headings if SIDEBAR_HEADING.match(h.title)), None)
            if start is not None:
                out.update(SentenceRef(i, s.index) for s in self.corpus.sentences[i] if s.start >= start)
        return out

    @cached_property
    def lead(self) -> set[SentenceRef]:
        """Each document's first sentences, where news writing puts the news."""
        return {SentenceRef(i, s.index) for i, sentences in enumerate(self.corpus.sentences)
                for s in sentences[:LEAD_SENTENCES]}

    def rank(self, ref: SentenceRef, corroboration: float = CORROBORATION_WEIGHT,
             lead: float = LEAD_BONUS) -> float:
        """Centrality: topicality, plus the sources saying the same thing, plus a lead bonus,
        ranked down for a flagged source."""
        score = self.topicality.get(ref, 0.0) + corroboration * log(self.sources_of(ref))
        if ref in self.lead:
            score += lead
        score *= FLAGGED_FACTOR if ref.doc in self.flagged_docs else 1.0
        return score * (SIDEBAR_FACTOR if ref in self.sidebar else 1.0)

    @cached_property
    def centrality(self) -> dict[SentenceRef, float]:
        return {ref: self.rank(ref) for ref in self.words}

    def central_scores(self) -> tuple[list[float], list[float]]:
        """Every sentence's topicality and centrality, in corpus order: for a context of the same
        corpus and facts in another process to take over (take_central_scores) rather than work
        out again. Lists, not dicts: what the refs are, that context knows (a tenth to pickle)."""
        return list(self.topicality.values()), list(self.centrality.values())

    def take_central_scores(self, scores: tuple[list[float], list[float]]) -> None:
        """Take what another context of the same corpus and facts worked out (central_scores)."""
        for name, values in zip(("topicality", "centrality"), scores, strict=True):
            if name not in self.__dict__:
                self.__dict__[name] = dict(zip(self.words, values, strict=True))

    @cached_property
    def central_order(self) -> list[SentenceRef]:
        """Every sentence, the most central first (ties in corpus order)."""
        return sorted(self.centrality, key=lambda r: (-self.centrality[r], r.doc, r.sentence))

    @cached_property
    def sentence_share(self) -> Counter[str]:
        """In how many sentences each content word occurs."""
        counts: Counter[str] = Counter()
        for bag in self.words.values():
            counts.update(bag)
        return counts

    @cached_property
    def people_in(self) -> dict[SentenceRef, frozenset[str]]:
        """The persons each sentence names (by the actors' names)."""
        return self._named_in(lambda actor: actor.kind == "person")

    @cached_property
    def actors_in(self) -> dict[SentenceRef, frozenset[str]]:
        """The actors of every kind (persons, organisations, countries) each sentence names."""
        return self._named_in(lambda actor: True)

    def _named_in(self, counted: Callable[[ActorFact], bool]) -> dict[SentenceRef, frozenset[str]]:
        """The actors each sentence names, of those `counted`."""
        found: dict[SentenceRef, set[str]] = {}
        for actor in self.facts.actors:
            if counted(actor):
                for ref in actor.mention_refs:
                    found.setdefault(ref, set()).add(actor.name)
        return {ref: frozenset(names) for ref, names in found.items()}

    @cached_property
    def idf(self) -> dict[str, float]:
        """How rare each content word is among the sentences: log(sentences / sentences with it)."""
        n = len(self.words) + 1
        return {w: log(n / c) for w, c in self.sentence_share.items()}

    @cached_property
    def idf_norm(self) -> dict[SentenceRef, float]:
        """The length of each sentence's idf-weighted word vector."""
        # each word's square once, not once in every sentence that has it (fsum is exact: the same sums)
        square = {w: v ** 2 for w, v in self.idf.items()}.__getitem__
        return {ref: max(1e-9, fsum(map(square, bag)) ** 0.5) for ref, bag in self.words.items()}

    @cached_property
    def stem_of(self) -> dict[str, str]:
        """Each content word's stem ("collapsed", "collapse" -> "collaps")."""
        return {w: stem(w) for w in self.sentence_share}

    @cached_property
    def stem_idf(self) -> dict[str, float]:
        """How rare each stem is among the sentences: log(sentences / sentences with one of its
        words), the words' counts added up (the forms of a word seldom share a sentence)."""
        counts: Counter[str] = Counter()
        for w, c in self.sentence_share.items():
            counts[self.stem_of[w]] += c
        n = len(self.words) + 1
        return {w: log(n / min(c, n - 1)) for w, c in counts.items()}

    @cached_property
    def _stem_vectors(self) -> dict[SentenceRef, tuple[dict[str, float], float]]:
        return {}

    def stem_vector(self, ref: SentenceRef) -> tuple[dict[str, float], float]:
        """The sentence's stems, each weighted by its rarity (idf), a name's (a word the sentence
        writes only capitalised) by NAME_WEIGHT of that; and the vector's length."""
        found = self._stem_vectors.get(ref)
        if found is None:
            idf = self.stem_idf
            lower = {stem(w) for w in LOWER_WORD.findall(self.text(ref))}
            stems = {self.stem_of[w] for w in self.words[ref]}
            vector = {w: idf[w] * (1.0 if w in lower or not w.isalpha() else NAME_WEIGHT ** 0.5) for w in stems}
            found = self._stem_vectors[ref] = (vector, vector_length(vector))
        return found

    def likeness(self, a: SentenceRef, b: SentenceRef) -> float:
        """How alike two sentences are, 0 .. 1: the cosine of their stem vectors (stem_vector)."""
        return cosine(*self.stem_vector(a), *self.stem_vector(b))

    @cached_property
    def _places(self) -> dict[int, dict[int, int]]:
        return {}

    def place(self, ref: SentenceRef) -> int | None:
        """The sentence's place among the sentences of its document the user left in (None: left
        out), each document's looked up once."""
        places = self._places.get(ref.doc)
        if places is None:
            places = self._places[ref.doc] = {}
            for k, s in enumerate(self.corpus.sentences[ref.doc]):
                places.setdefault(s.index, k)
        return places.get(ref.sentence)

    @cached_property
    def _rare_words(self) -> dict[SentenceRef, frozenset[str]]:
        return {}

    def rare_words(self, ref: SentenceRef) -> frozenset[str]:
        """Content words few sentences use, names left out (every report of a person shares them);
        worked out once per sentence (the open issues ask again for each matter they weigh)."""
        found = self._rare_words.get(ref)
        if found is None:
            most = max(RARE_WORD_MIN, RARE_WORD_SHARE * len(self.words))
            lower = set(LOWER_WORD.findall(self.text(ref)))
            found = self._rare_words[ref] = frozenset(w for w in self.words[ref]
                                                      if w in lower and self.sentence_share[w] <= most)
        return found

    @property
    def ranking(self) -> RankingWeights:
        from briefing.compose.statement_weights import FITTED
        return self.weights or FITTED

    @cached_property
    def features(self) -> dict[SentenceRef, tuple[float, ...]]:
        """Every sentence's ranking features (see compose/statement_ranking.py)."""
        from briefing.compose.statement_ranking import corpus_features
        return self.worked_ahead("features") or corpus_features(self)

    @cached_property
    def overtaken(self) -> set[SentenceRef]:
        """The look-ahead sentences a later report tells as done (statements.OVERTAKEN_IN), worked
        out once for the sections that leave them out (the bottom line, the outlook, the open issues)."""
        from briefing.compose.statements import overtaken
        return overtaken(self)

    @cached_property
    def issues_pile(self) -> Pile:
        """What the open issues work out once per brief (compose/issues.py): none of it reads
        another section nor a conflicting report, so it may be made before they are."""
        from briefing.compose.issues import Pile
        return Pile(self)

    def worked_ahead(self, name: str):
        """What `ahead` worked out under `name`, or None where nothing did."""
        return self.ahead.result(name) if self.ahead is not None and self.ahead.has(name) else None

    @cached_property
    def conflict_sides(self) -> dict[SentenceRef, list[list[SentenceRef]]]:
        """For each sentence stating a version of a conflicting report, the versions' sides it
        is on (each side: the sentences stating that version)."""
        out: dict[SentenceRef, list[list[SentenceRef]]] = {}
        for fact in self.contradictions():
            for side in fact.sides or [[r] for r in fact.refs]:
                for r in side:
                    out.setdefault(r, []).append(side)
        return out

    def contradictions(self) -> list[ContradictionFact]:
        """The conflicting reports, waited for where they are still being found."""
        if self.await_conflicts is not None:
            self.await_conflicts()
            self.await_conflicts = None
        return self.facts.contradictions

    def needed_by_conflict(self, ref: SentenceRef) -> bool:
        """A conflicting report can show one of its versions by no other sentence that no section
        shows yet: shown in a prose section too, the sentence would be met twice."""
        taken = self.used | self.shown
        return any(all(r == ref or r in taken or not self.usable(r, None) for r in side)
                   for side in self.conflict_sides.get(ref, ()))

    def points_back(self, ref: SentenceRef) -> bool:
        """The sentence, as a statement shows it (no wire dateline), opens on a word that points
        back to one before it ("She said ...", "This move ...")."""
        m = FIRST_WORD.search(self.text(ref)[self.leads.get(ref, 0):])
        return bool(m) and m.group(0).lower() in BACK_REFERENCE_OPENERS

    def candidate(self, ref: SentenceRef, max_words: int | None) -> bool:
        """A sentence that can stand as a statement on its own: usable, not leaning on the one
        before it, and not its document's headline repeated in the text."""
        return self.usable(ref, max_words) and not self.points_back(ref) and \
            words(self.text(ref)) != words(self.corpus.documents[ref.doc].title)

    def usable(self, ref: SentenceRef, max_words: int | None) -> bool:
        """A sentence that can stand as a statement: whole, not too short or long."""
        text = self.text(ref).strip()
        n = len(text.split())
        if n < MIN_WORDS or n > (max_words or DEFAULT_MAX_WORDS):
            return False
        if not SENTENCE_END.search(text) or text[0].islower():
            return False
        return not text.endswith(":")

    def pick(self, candidates: list[SentenceRef], spec: SectionSpec, limit: int,
             avoid: list[str] | None = None, key=None, spread: bool = False,
             same=None) -> list[SentenceRef]:
        """The best `limit` candidates (ranked by `key`, default centrality), each saying
        something the others and `avoid` do not, with at least `spec.min_sources` sources.
        With `spread`, each document first gets its fair share of the places; `same(a, b)` may
        say when two sentences report one thing in other words."""
        rank = key or (lambda r: self.centrality.get(r, 0.0))
        ordered = sorted(set(candidates), key=lambda r: (-rank(r), r))
        chosen: list[SentenceRef] = []
        taken = list(avoid or [])
        covered: set[SentenceRef] = set()
        per_doc: Counter[int] = Counter()
        docs = len({r.doc for r in ordered}) or 1
        caps = [max(1, limit // docs), limit] if spread else [limit]
        for cap in caps:
            # a document's reserved place goes to a strong candidate, not to its best weak one
            pool = ordered[:SPREAD_POOL * limit] if cap < limit else ordered
            for ref in pool:
                if len(chosen) >= limit:
                    break
                if ref in covered or per_doc[ref.doc] >= cap or not self.usable(ref, spec.max_words):
                    continue
                if self.sources_of(ref) < (spec.min_sources or 1):
                    continue
                text = self.text(ref)
                if any(near_identical(text, t, PICK_SIMILARITY) for t in taken):
                    continue
                bag = self.words[ref]
                if any(len(bag & self.words[c]) >= SAME_POINT * len(bag | self.words[c]) for c in chosen):
                    continue
                if same is not None and any(same(ref, c) for c in chosen):
                    continue
                chosen.append(ref)
                per_doc[ref.doc] += 1
                taken.append(text)
                covered.update(self.group_of.get(ref, []))
                covered.add(ref)
        return sorted(chosen, key=lambda r: (-rank(r), r))


def vector_length(vector: dict[str, float]) -> float:
    """A weighted word vector's length (never 0, as it divides)."""
    return max(1e-9, fsum(v * v for v in vector.values()) ** 0.5)


def cosine(va: dict[str, float], na: float, vb: dict[str, float], nb: float) -> float:
    """The cosine of two weighted word vectors of lengths `na` and `nb` (`vector_length`)."""
    if len(va) > len(vb):
        va, vb = vb, va
    dot = fsum(v * vb[w] for w, v in va.items() if w in vb)
    return dot / (na * nb) if dot else 0.0
