"""Near-duplicate sentences across sources, so that a statement carries every source saying it.

Linear in the corpus: each sentence is bucketed under its few rarest words, and only sentences
sharing a bucket are compared (near-duplicates share their rare words). Buckets of common
words are skipped, so the work per sentence stays bounded.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from briefing.analysis.memo import DocumentMemo
from briefing.analysis.words import content_words
from briefing.model import Corpus, Document, SentenceRef

# Tuned on the dev sets' repeated paragraphs: reworded copies keep >= 0.6 of their words,
# sentences that merely share a topic stay below 0.5.
KEYS_PER_SENTENCE = 3         # rarest words a sentence is filed under
MAX_BUCKET = 40               # a word in more sentences than this is too common to key on
MIN_WORDS = 4                 # content words a sentence needs to be compared at all
SAME_WORDS = 0.6              # Jaccard of content words from which two sentences say the same
SAME_CONTAINED = 0.85         # or this share of the shorter one's words in the longer one
SAME_TEXT = 70                # rapidfuzz token_sort_ratio confirming the word overlap


_last: list = [None, None]      # the corpus last asked about and its words (several steps ask)
# Each document's sentences' content words where another process found them (the reading, for
# `briefing build`), by the document's content.
_KNOWN: DocumentMemo[list[frozenset[str]]] = DocumentMemo()


def document_words(document: Document) -> list[frozenset[str]]:
    """The content words of each sentence of `document`, in its order."""
    return [frozenset(content_words(s.text)) for s in document.sentences]


def remember_words(document: Document, found: list[frozenset[str]]) -> None:
    """Keep `found`, the document_words of `document` (found by another process), for sentence_words."""
    _KNOWN.put(document, found)


def sentence_words(corpus: Corpus) -> tuple[list[SentenceRef], list[frozenset[str]]]:
    """Every allowed sentence and its content words, in corpus order."""
    if _last[0] is corpus:
        return _last[1]
    refs = corpus.refs()
    known = [_KNOWN.get(d) for d in corpus.documents]
    result = refs, [known[r.doc][r.sentence] if known[r.doc] is not None
                    else frozenset(content_words(corpus.sentence(r).text)) for r in refs]
    _last[0], _last[1] = corpus, result
    return result


def candidate_pairs(bags: list[frozenset[str]], docs: list[int], keys: int = KEYS_PER_SENTENCE,
                    max_bucket: int = MAX_BUCKET, other_docs_only: bool = False,
                    ) -> Iterator[tuple[int, int]]:
    """Index pairs of sentences that share one of their rarest words, each pair once, in a fixed
    order. `docs[i]` is the document of sentence i."""
    frequency: Counter[str] = Counter()
    for bag in bags:
        frequency.update(bag)
    buckets: dict[str, list[int]] = defaultdict(list)
    for n, bag in enumerate(bags):
        if len(bag) < MIN_WORDS:
            continue
        rare = sorted((w for w in bag if 1 < frequency[w] <= max_bucket), key=lambda w: (frequency[w], w))
        for word in rare[:keys]:
            buckets[word].append(n)
    seen: set[int] = set()
    total = len(bags)
    for word in sorted(buckets):
        members = buckets[word]
        for x in range(len(members)):
            a = members[x]
            for y in range(x + 1, len(members)):
                b = members[y]
                if other_docs_only and docs[a] == docs[b]:
                    continue
                key = a * total + b
                if key not in seen:
                    seen.add(key)
                    yield a, b


def overlap(a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller in the larger)."""
    shared = len(a & b)
    return shared / len(a | b), shared / min(len(a), len(b))


def similar_words(a: frozenset[str], b: frozenset[str]) -> bool:
    """Word overlap high enough to be worth confirming on the texts (the cheap test first)."""
    shared = len(a & b)
    return shared >= SAME_WORDS * (len(a) + len(b) - shared) or shared >= SAME_CONTAINED * min(len(a), len(b))


def says_the_same(a: frozenset[str], b: frozenset[str], text_a: str, text_b: str) -> bool:
    if not similar_words(a, b):
        return False
    _, contained = overlap(a, b)
    if contained >= SAME_CONTAINED:
        return True
    # imported here: the processes reading the documents import this module for document_words
    from rapidfuzz import fuzz

    return fuzz.token_sort_ratio(text_a, text_b) >= SAME_TEXT


def group_near_duplicates(corpus: Corpus) -> list[list[SentenceRef]]:
    """Groups of two or more sentences (from at least two documents) that say the same thing."""
    refs, bags = sentence_words(corpus)
    docs = [r.doc for r in refs]
    parent = list(range(len(refs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in candidate_pairs(bags, docs):
        ra, rb = root(a), root(b)
        if ra == rb:
            continue
        if similar_words(bags[a], bags[b]) and \
                says_the_same(bags[a], bags[b], corpus.sentence(refs[a]).text, corpus.sentence(refs[b]).text):
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[SentenceRef]] = defaultdict(list)
    for i in range(len(refs)):
        r = root(i)
        if r != i or parent[i] != i:
            members[r].append(refs[i])
    groups = []
    for r, group in members.items():
        group = sorted(set(group) | {refs[r]})
        if len({g.doc for g in group}) >= 2:
            groups.append(group)
    return sorted(groups)
