"""Source quality: machine-paraphrased text, aggregator pages, boilerplate.

Flags rank a source down; nothing is dropped. Machine paraphrase is found statistically: a
paraphrasing tool swaps words for synonyms even inside fixed names, so a document that writes
several multi-word names with one common word changed, where the other documents agree on the
usual form ("… Financial Cooperation" beside "… Economic Cooperation" elsewhere), is flagged.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from briefing.analysis.corroboration import sentence_words
from briefing.analysis.lexicon import HONORIFICS
from briefing.analysis.words import STOP_WORDS, commonness, fold
from briefing.model import Corpus

# Chosen on the seeds (one paraphrased article) and the BBC corpus, where 8 of the 2,095
# articles (0.4%, read as one corpus per section) are still flagged machine-paraphrase by distinct
# look-alike names ("World Tourism/Trade Organisation", "MTV Music/Europe Awards"): a known limit.
MIN_VARIANT_NAMES = 1        # names with one word swapped that a document must write to be flagged
MIN_NAME_WORDS = 3           # shorter names differ legitimately ("Foreign Minister", "Prime Minister")
SWAPPED_WORD_ZIPF = 3.5      # the swapped-in word is ordinary English, not another name
SPELLING_VARIANT = 75       # rapidfuzz ratio from which two words are one word spelled or inflected
                             # differently ("Society"/"Societies" 75, "Eliot"/"Elliot" 91; a
                             # paraphrase's "Economic"/"Financial" 24, "Foreign"/"Overseas" 40)
SAME_STORY = 0.2             # share of the smaller vocabulary two documents on one story share
REFERENCE_MARKS = 3          # "[1]" marks that make a page an aggregator's digest
BOILERPLATE_SHARE = 0.5      # a sentence in this share of the documents (and at least 3) is furniture

# three to six capitalised words in a row. Written as a capital not after a word character rather
# than as \b and a capital (the same matches): opening on a class of letters, the pattern lets the
# engine skip to the next capital instead of trying every place of every sentence
NAME_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w’'-]*(?:\s+[A-Z][\w’'-]*){2,5}")
REFERENCE_MARK = re.compile(r"\[\d{1,3}\]")


def names_by_doc(corpus: Corpus) -> list[Counter[tuple[str, ...]]]:
    out = []
    for sentences in corpus.sentences:
        names: Counter[tuple[str, ...]] = Counter()
        for s in sentences:
            for m in NAME_RUN.finditer(s.text):
                words = [w for w in m.group(0).split() if not w.endswith(("’s", "'s"))]
                # every run of three words: long names are told apart by the part that differs
                for k in range(len(words) - MIN_NAME_WORDS + 1):
                    names[tuple(words[k:k + MIN_NAME_WORDS])] += 1
        out.append(names)
    return out


def paraphrased_docs(corpus: Corpus) -> set[int]:
    """Documents writing several names that differ from another document's by one common word."""
    per_doc = names_by_doc(corpus)
    bags_of: list[list[frozenset[str]]] = [[] for _ in corpus.documents]
    for ref, bag in zip(*sentence_words(corpus), strict=True):
        bags_of[ref.doc].append(bag)
    vocab: dict[int, set[str]] = {}

    def vocabulary(doc: int) -> set[str]:
        """A document's words, made for the few documents a variant name is weighed in."""
        if doc not in vocab:
            vocab[doc] = set().union(*bags_of[doc])
        return vocab[doc]

    docs_using: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, names in enumerate(per_doc):
        for name in names:
            if len(name) >= MIN_NAME_WORDS:
                docs_using[name].add(i)
    # index each name under each of its one-word-blanked forms
    blanks: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for name in docs_using:
        for k in range(len(name)):
            blanks[name[:k] + ("*",) + name[k + 1:]].append(name)
    variants: Counter[int] = Counter()
    for blanked, names in blanks.items():
        if len(names) < 2:
            continue
        k = blanked.index("*")
        if k in (0, len(blanked) - 1):
            continue     # names legitimately differ at their edges ("Deputy/British Prime Minister")
        usual = max(names, key=lambda n: (len(docs_using[n]), n))
        for name in names:
            word = fold(name[k])
            if name == usual or len(docs_using[name]) != 1 or len(docs_using[usual]) < 2:
                continue
            if commonness(word) < SWAPPED_WORD_ZIPF or commonness(fold(usual[k])) < SWAPPED_WORD_ZIPF:
                continue
            if not swappable(name, usual, k):
                continue
            (doc,) = docs_using[name]
            if doc not in docs_using[usual] and any(same_story(vocabulary(doc), vocabulary(o)) for o in docs_using[usual]):
                variants[doc] += 1
    return {doc for doc, n in variants.items() if n >= MIN_VARIANT_NAMES}


def swappable(name: tuple[str, ...], usual: tuple[str, ...], k: int) -> bool:
    """Whether `name` reads as `usual` with word `k` swapped for another word by a paraphrasing
    tool, not as a different way of writing one name: no function word or honorific in either
    ("But Jane Roe", "Minister Mr Roe" beside "Minister Jane Roe"), and the two words are not
    spellings or inflections of one word ("Societies"/"Society", "Eliot"/"Elliot")."""
    if any(fold(w) in STOP_WORDS or fold(w).rstrip(".") in HONORIFICS for w in name + usual):
        return False
    return fuzz.ratio(fold(name[k]), fold(usual[k])) < SPELLING_VARIANT


def same_story(a: set[str], b: set[str]) -> bool:
    """Two documents on one story share much of their vocabulary; different organisations with
    look-alike names ("World Trade/Tourism Organisation") usually come from different stories."""
    return len(a & b) >= SAME_STORY * min(len(a), len(b))


def boilerplate_docs(corpus: Corpus) -> set[int]:
    """Documents sharing a sentence, verbatim, with most of the others (page furniture)."""
    n = len(corpus.documents)
    if n < 3:
        return set()
    docs_with: dict[str, set[int]] = defaultdict(set)
    for i, sentences in enumerate(corpus.sentences):
        for s in sentences:
            docs_with[" ".join(fold(s.text).split())].add(i)
    flagged: set[int] = set()
    for docs in docs_with.values():
        if len(docs) >= 3 and len(docs) >= BOILERPLATE_SHARE * n:
            flagged |= docs
    return flagged


def quality_flags(corpus: Corpus) -> dict[int, list[str]]:
    """Flags found per document index (added to what the ingester flagged)."""
    flags: dict[int, list[str]] = defaultdict(list)
    for i, doc in enumerate(corpus.documents):
        if len(REFERENCE_MARK.findall(doc.text)) >= REFERENCE_MARKS:
            flags[i].append("aggregator-page")
    for i in sorted(paraphrased_docs(corpus)):
        flags[i].append("machine-paraphrase")
    for i in sorted(boilerplate_docs(corpus)):
        flags[i].append("boilerplate")
    return {i: sorted(set(f)) for i, f in sorted(flags.items())}
