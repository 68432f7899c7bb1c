"""Corpus facts: what the analysis finds in a set of documents, for the composer to use.

Every fact points back at sentences through `SentenceRef`, so that the composer can cite it.
Sentence indices are the documents' own (`Sentence.index`), so that citations stay valid when
the user excludes some sections.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from briefing.model.document import Document, Sentence


class SentenceRef(NamedTuple):
    """A sentence of the corpus. A named tuple rather than a frozen dataclass: the analysis hashes,
    compares and sorts hundreds of thousands of them per brief, which a tuple does in C (same
    hash, order and equality among refs as the dataclass had)."""

    doc: int          # index into Corpus.documents
    sentence: int     # Sentence.index in that document


@dataclass
class Corpus:
    """The documents in use and, for each, the sentences the user left in (same order)."""

    documents: list[Document]
    sentences: list[list[Sentence]]
    # per document, each sentence in use by its Sentence.index: its place in `sentences` (`position`)
    _positions: dict[int, dict[int, int]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, documents: list[Document]) -> Corpus:
        return cls(list(documents), [list(d.sentences) for d in documents])

    def position(self, doc: int, index: int) -> int | None:
        """Where the document's sentence `index` (its Sentence.index) stands among the sentences in
        use, or None where the user left it out."""
        positions = self._positions.get(doc)
        if positions is None:
            positions = self._positions[doc] = {s.index: k for k, s in enumerate(self.sentences[doc])}
        return positions.get(index)

    def in_use(self, doc: int, index: int) -> Sentence | None:
        """The document's sentence `index`, where the user left it in."""
        k = self.position(doc, index)
        return None if k is None else self.sentences[doc][k]

    def sentence(self, ref: SentenceRef) -> Sentence:
        return self.documents[ref.doc].sentences[ref.sentence]

    def refs(self) -> list[SentenceRef]:
        return [SentenceRef(i, s.index) for i, sents in enumerate(self.sentences) for s in sents]


@dataclass
class ActorFact:
    """An actor the analysis found, with the sentences and documents naming it."""

    name: str
    kind: str                                   # person | organization | country
    role: str = ""
    affiliation: str = ""
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    docs: list[int] = field(default_factory=list)
    role_refs: list[SentenceRef] = field(default_factory=list)     # establish role/affiliation
    mention_refs: list[SentenceRef] = field(default_factory=list)
    score: float = 0.0                          # importance by mentions, sources and speech
    salience: float = 1.0                       # fitted likelihood that it is an actor of the story at all
    key_likelihood: float = 1.0                 # fitted likelihood that it is one of the story's key actors


@dataclass
class QuoteFact:
    """A quotation the analysis found and its speaker, by offsets in the document."""

    speaker: str                  # an ActorFact.name
    text: str                     # the words inside the quotation marks, verbatim
    ref: SentenceRef              # first sentence the quote is in
    start: int                    # offsets of `text` in the document's text
    end: int
    sentences: list[int] = field(default_factory=list)   # all sentence indices it spans


@dataclass
class EventFact:
    """A dated event the analysis found in a sentence."""

    date: str                     # ISO, possibly partial ("2017", "2026-01")
    date_text: str                # as written ("Oct. 31", "last week")
    ref: SentenceRef
    approximate: bool = False     # a period or a part of one ("last week", "early 2001"), not a day
    future: bool = False          # after the dateline, or said to lie ahead: planned or expected
    inferred: bool = False        # dated by its report's dateline, not its own words (date_text is
                                  # then ""), or a weekday of an undated report by the corpus's month
    compared: bool = False        # dated only by the baseline a figure is compared with ("$9m in
                                  # 2003"): a time it looks back to, not when it happened


@dataclass
class ContradictionFact:
    """Sentences of different documents that disagree on one matter."""

    topic: str
    refs: list[SentenceRef]       # sentences from different documents that disagree
    # each side of the disagreement: the sentences stating it, best first (refs holds one of
    # each); the composer may show another of a side's sentences where the first is used elsewhere
    sides: list[list[SentenceRef]] = field(default_factory=list)


@dataclass
class CorpusFacts:
    """Everything the analysis found in a corpus, for the composer."""

    corpus: Corpus
    actors: list[ActorFact] = field(default_factory=list)             # most important first
    quotes: list[QuoteFact] = field(default_factory=list)
    events: list[EventFact] = field(default_factory=list)
    # "background" (past), "current" or "outlook" (future, plans, expectations)
    time_roles: dict[SentenceRef, str] = field(default_factory=dict)
    # who says each sentence: find_attributions, for a caller that needs it; `analyse` leaves it
    # empty (no section uses it, and it took a fifth of the conflicts' process)
    attributions: dict[SentenceRef, str] = field(default_factory=dict)
    # near-duplicate sentences across documents; each group lists every ref that says it
    groups: list[list[SentenceRef]] = field(default_factory=list)
    contradictions: list[ContradictionFact] = field(default_factory=list)
    doc_flags: dict[int, list[str]] = field(default_factory=dict)       # quality flags found here
