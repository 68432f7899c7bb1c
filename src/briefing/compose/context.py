"""What every section builder shares: the corpus, its facts, the template, citations."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.model import Citation, Corpus, CorpusFacts, SentenceRef, Statement
from briefing.templates import Template


@dataclass
class ComposeContext:
    corpus: Corpus
    facts: CorpusFacts
    template: Template
    # sentences already used as statements in earlier sections (to avoid repeating them)
    used: set[SentenceRef] = field(default_factory=set)

    def source_id(self, doc: int) -> str:
        return f"S{doc + 1}"

    def citation(self, ref: SentenceRef) -> Citation:
        s = self.corpus.sentence(ref)
        return Citation(self.source_id(ref.doc), s.index, s.start, s.end)

    def statement(self, ref: SentenceRef, also: list[SentenceRef] | None = None) -> Statement:
        """A statement with the text of `ref`, verbatim, cited to it first and then to `also`."""
        refs = [ref] + [r for r in (also or []) if r != ref]
        return Statement(self.corpus.sentence(ref).text, [self.citation(r) for r in refs])
