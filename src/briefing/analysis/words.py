"""Words of a sentence as the statistics see them: folded, stop words apart, near-identity."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.word_frequency import zipf

WORD = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*")
# WORD where the text is all ASCII (most sentences), its letters and digits a class the regex engine
# tests by a table rather than by Unicode categories; possessive, as nothing after a run can match
# what it gave back
ASCII_WORD = re.compile(r"[A-Za-z0-9]++(?:[-'][A-Za-z0-9]++)*+")
FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‐": "-", "‑": "-", "–": "-", "—": "-"})
STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves said says say told according mr mrs ms dr also one two
three its it's he's she's there's that's new year years last next week month first may might must
shall yet still even since whether however though although among amid upon per via ago within
without across around toward towards behind beside besides beyond despite near onto inside
outside throughout unlike like already""".split())


def fold(text: str) -> str:
    # FOLD maps only characters outside ASCII: an ASCII text (most sentences) needs no translate
    return text.casefold() if text.isascii() else text.translate(FOLD).casefold()


def words(text: str) -> list[str]:
    """All words, folded."""
    folded = fold(text)
    return ASCII_WORD.findall(folded) if folded.isascii() else WORD.findall(folded)


def content_words(text: str) -> list[str]:
    """Words that carry meaning: no stop words, no bare numbers shorter than a year."""
    return [w for w in words(text) if w not in STOP_WORDS and len(w) > 1 and not (w.isdigit() and len(w) < 4)]


@lru_cache(maxsize=200_000)
def commonness(word: str) -> float:
    """Zipf frequency of a word in general English (0 for unknown words, 7+ for "the")."""
    return zipf(word)


def near_identical(a: str, b: str, threshold: float = 0.8) -> bool:
    """Texts that contain one another or share `threshold` of their words (Jaccard), the way a
    reader (and the scorer) would call two statements the same."""
    fa, fb = " ".join(words(a.replace("-", " "))), " ".join(words(b.replace("-", " ")))
    if not fa or not fb:
        return False
    if fa in fb or fb in fa:
        return True
    sa, sb = set(fa.split()), set(fb.split())
    return len(sa & sb) / len(sa | sb) >= threshold
