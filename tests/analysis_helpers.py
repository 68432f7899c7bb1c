"""Build a corpus from short texts written in a test, the way the ingest step would."""

from __future__ import annotations

import hashlib

from briefing.ingest.sentences import split_sentences
from briefing.model import Corpus, Document, Sentence


def document(text: str, name: str = "doc.txt") -> Document:
    sentences = [Sentence(i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))]
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Document(id=digest[:12], path=name, title=name, text=text, sentences=sentences,
                    words=len(text.split()), sha256=digest)


def corpus(*texts: str) -> Corpus:
    return Corpus.of([document(t, f"doc{i}.txt") for i, t in enumerate(texts)])


def doc(name: str, *texts: str) -> Document:
    """A document named `name` whose sentences are `texts` as given (none split or joined), one
    space apart."""
    sentences, start = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(i, start, start + len(t), t))
        start += len(t) + 1
    return Document(name, name, name, " ".join(texts), sentences=sentences)
