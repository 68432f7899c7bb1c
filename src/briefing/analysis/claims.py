"""One claim told twice in other words: the same figure, said of the same thing, with the same
dates, mood and polarity ("is expected to make a loss of about 800m euros in 2004" / "which is
expected to make a 800m euro ($1bn) loss in 2004").

Near-duplicates share most of their words (corroboration.py); a figure retold shares few of
them, but it anchors the claim: the words around it say what it measures. Two sentences that
differ in a figure, a date, a negation or in looking ahead tell two claims (or a conflict),
never one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.analysis.dates import WEEKDAYS
from briefing.analysis.figures import CURRENCY_NAMES, SCALES, Figure, figures
from briefing.analysis.words import STOP_WORDS, content_words, fold
from briefing.ingest.dateline import MONTH_NAMES

# Chosen by reading the sentence pairs this joins over the BBC corpus (each category one pile):
# with frames of 8 words, 3 shared words and half the smaller frame, what is joined retells one
# figure of one thing (a forecast loss, a fine and a ban, a vote share): 158 pairs, 91 of them
# near-duplicates already. 2 words, 0.3 of the frame and 0.3 of the words join 417, many of them
# different claims on one figure (two countries' 30% tax rates, two singers' top 10 hits); no
# visible set's scores move either way.
FRAME_WORDS = 8             # words either side of a figure that say what it measures
MIN_SHARED = 3              # words two frames share at least...
MIN_FRAME_SHARE = 0.5       # ...and at least this share of the smaller frame
MIN_CONTAINED = 0.5         # share of the shorter sentence's words the other has: not a claim in passing
# Used by the prose sections only (compose/statements.py). Measured on the 15 visible sets and left
# out: the same test in the open issues' picking (one set's issues lose a matter, ic .80 -> .70,
# for another set's fc .81 -> .84), and joining such pairs of two reports into the corroboration
# groups (the same, and one set's timeline 1.0 -> .86, one more repeat on a third).

WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+")
YEAR = re.compile(r"(?<![\d$£€.,/-])(?:1[6-9]|20)\d\d(?![\d%])")
# a named day or month ("on Tuesday", "in March"): two sentences naming different ones tell two events
DAY_OR_MONTH = re.compile(r"\b(" + "|".join(w.capitalize() for w in [*WEEKDAYS, *MONTH_NAMES]) + r")\b")
# negation and look-ahead, closed classes of English: "will make a loss" is not "made a loss",
# "did not make a loss" neither; "May" and "Will" capitalised are a month and a name ("in May")
NEGATION = re.compile(r"(?i:\b(?:not|never|no|nor|neither|none|nothing|cannot)\b|n[’']t\b)")
AHEAD = re.compile(r"(?i:\b(?:would|could|might|shall|expected|set\s+to|plans?\s+to|(?:is|are)\s+to)\b)|\b(?:will|may)\b")
# the words of a sum that say only that it is money ("euros", "bn"), not what it measures
MONEY_WORDS = frozenset([*CURRENCY_NAMES, *SCALES, "pound", "per", "cent"])
# a number right after a capitalised word is part of a name ("Chapter 11", "Harwick Aid 20")
NAMED_NUMBER = re.compile(r"[A-Z][A-Za-z]*\s+$")
# an inflection cut from a word's end; a final "s" after another is the word's own ("loss", "business")
SUFFIX = re.compile(r"(?:ing|ed|es|(?<!s)s|e)$")


def key(word: str) -> str:
    """A word folded and cut of its inflection, so that "losses" meets "loss", "expects" "expected"."""
    word = fold(word)
    cut = SUFFIX.sub("", word)
    return cut if len(cut) >= 3 else word


@lru_cache(maxsize=8192)
def claim_parts(text: str) -> tuple[tuple[Figure, ...], frozenset[str], frozenset[str], bool, bool, frozenset[str]]:
    """The figures of a sentence (not those of a name), its years, its named days and months,
    whether it negates, whether it looks ahead, and its content words (keyed)."""
    found = tuple(f for f in figures(text) if not (f.kind == "count" and NAMED_NUMBER.search(text[:f.start])))
    return (found, frozenset(YEAR.findall(text)), frozenset(DAY_OR_MONTH.findall(text)),
            bool(NEGATION.search(text)), bool(AHEAD.search(text)), frozenset(key(w) for w in content_words(text)))


def frame(text: str, f: Figure) -> tuple[frozenset[str], frozenset[str]]:
    """The words around a figure (keyed, no money words) and the names among them (capitalised,
    not opening the sentence)."""
    around = [m for m in WORD.finditer(text, 0, f.start)][-FRAME_WORDS:] + [m for m in WORD.finditer(text, f.end)][:FRAME_WORDS]
    plain = frozenset(key(m.group()) for m in around if fold(m.group()) not in STOP_WORDS
                      and fold(m.group()) not in MONEY_WORDS)
    names = frozenset(fold(m.group()) for m in around if m.start() and m.group()[0].isupper()
                      and fold(m.group()) not in STOP_WORDS)
    return plain, names


def same_frame(a: str, fa: Figure, b: str, fb: Figure) -> bool:
    """The two figures measure one thing: their frames share MIN_SHARED words and MIN_FRAME_SHARE
    of the smaller frame, and name no different parties (where both name one, they share one)."""
    (plain_a, names_a), (plain_b, names_b) = frame(a, fa), frame(b, fb)
    if names_a and names_b and not names_a & names_b:
        return False
    shared = len(plain_a & plain_b)
    return shared >= MIN_SHARED and shared >= MIN_FRAME_SHARE * min(len(plain_a), len(plain_b))


def same_claim(a: str, b: str) -> bool:
    """The two sentences tell one claim by a figure: every figure of the one with fewer agrees
    with one of the other's, one pair of them measuring one thing (same_frame); they name no
    different years, days or months, both negate or neither, both look ahead or neither, and the
    other has MIN_CONTAINED of the shorter one's words."""
    figs_a, years_a, days_a, negated_a, ahead_a, words_a = claim_parts(a)
    figs_b, years_b, days_b, negated_b, ahead_b, words_b = claim_parts(b)
    if not figs_a or not figs_b or negated_a != negated_b or ahead_a != ahead_b:
        return False
    if years_a and years_b and years_a != years_b or days_a and days_b and days_a != days_b:
        return False
    if len(words_a & words_b) < MIN_CONTAINED * min(len(words_a), len(words_b)):
        return False
    (few, text_few), (many, text_many) = sorted([(figs_a, a), (figs_b, b)], key=lambda p: len(p[0]))
    pairs = []
    for x in few:
        match = [y for y in many if y.kind == x.kind and x.agrees(y)]
        if not match:
            return False
        pairs += [(x, y) for y in match]
    return any(same_frame(text_few, x, text_many, y) for x, y in pairs)
