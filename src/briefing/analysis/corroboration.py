"""Near-duplicate sentences across sources, so that a statement carries every source saying it.

Linear in the corpus: each sentence is bucketed under its few rarest words, and only sentences
sharing a bucket are compared (near-duplicates share their rare words). Buckets of common
words are skipped, so the work per sentence stays bounded.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from rapidfuzz import fuzz

from briefing.analysis.words import content_words
from briefing.model import Corpus, SentenceRef

# Tuned on the dev sets' repeated paragraphs: reworded copies keep >= 0.6 of their words,
# sentences that merely share a topic stay below 0.5.
KEYS_PER_SENTENCE = 3         # rarest words a sentence is filed under
MAX_BUCKET = 40               # a word in more sentences than this is too common to key on
MIN_WORDS = 4                 # content words a sentence needs to be compared at all
SAME_WORDS = 0.6              # Jaccard of content words from which two sentences say the same
SAME_CONTAINED = 0.85         # or this share of the shorter one's words in the longer one
SAME_TEXT = 70                # rapidfuzz token_sort_ratio confirming the word overlap


def sentence_words(corpus: Corpus) -> dict[SentenceRef, frozenset[str]]:
    return {SentenceRef(i, s.index): frozenset(content_words(s.text))
            for i, sentences in enumerate(corpus.sentences) for s in sentences}


def candidate_pairs(bags: dict[SentenceRef, frozenset[str]], keys: int = KEYS_PER_SENTENCE,
                    max_bucket: int = MAX_BUCKET) -> Iterator[tuple[SentenceRef, SentenceRef]]:
    """Pairs of sentences that share one of their rarest words, each pair once, in a fixed order."""
    frequency: Counter[str] = Counter()
    for bag in bags.values():
        frequency.update(bag)
    buckets: dict[str, list[SentenceRef]] = defaultdict(list)
    for ref, bag in bags.items():
        if len(bag) < MIN_WORDS:
            continue
        rare = sorted((w for w in bag if 1 < frequency[w] <= max_bucket), key=lambda w: (frequency[w], w))
        for word in rare[:keys]:
            buckets[word].append(ref)
    seen: set[tuple[SentenceRef, SentenceRef]] = set()
    for word in sorted(buckets):
        members = buckets[word]
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pair = (members[x], members[y])
                if pair not in seen:
                    seen.add(pair)
                    yield pair


def overlap(a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller in the larger)."""
    shared = len(a & b)
    return shared / len(a | b), shared / min(len(a), len(b))


def says_the_same(a: frozenset[str], b: frozenset[str], text_a: str, text_b: str) -> bool:
    jaccard, contained = overlap(a, b)
    if jaccard < SAME_WORDS and contained < SAME_CONTAINED:
        return False
    return fuzz.token_sort_ratio(text_a, text_b) >= SAME_TEXT or contained >= SAME_CONTAINED


def group_near_duplicates(corpus: Corpus) -> list[list[SentenceRef]]:
    """Groups of two or more sentences (from at least two documents) that say the same thing."""
    bags = sentence_words(corpus)
    parent: dict[SentenceRef, SentenceRef] = {}

    def root(ref: SentenceRef) -> SentenceRef:
        while parent.get(ref, ref) != ref:
            parent[ref] = parent.get(parent[ref], parent[ref])
            ref = parent[ref]
        return ref

    for a, b in candidate_pairs(bags):
        if a.doc == b.doc and root(a) == root(b):
            continue
        if says_the_same(bags[a], bags[b], corpus.sentence(a).text, corpus.sentence(b).text):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    members: dict[SentenceRef, list[SentenceRef]] = defaultdict(list)
    for ref in parent:
        members[root(ref)].append(ref)
    for r in list(members):
        if r not in members[r]:
            members[r].append(r)
    groups = [sorted(set(g)) for g in members.values()]
    return sorted(g for g in groups if len({r.doc for r in g}) >= 2)
