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
# A digit of any script, and where the text is all ASCII one of 0-9, a class the regex engine tests
# by a table rather than by Unicode's decimal digits (200 BBC politics articles: some 20,000
# sentences and clauses asked, about 1.1 against 0.6 microseconds each)
DIGIT = re.compile(r"\d")
ASCII_DIGIT = re.compile(r"[0-9]")
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
outside throughout unlike like already unless whereas whilst lest""".split())


def at_word_start(*alternatives: str, not_after: str = r"\w") -> str:
    r"""A regex alternation of `alternatives`, each matching only where no character of the class
    `not_after` comes before it (by default where a word starts, as `\b(?:…)` does), tested after
    each one's first character, which must be a letter: Python's regex engine skips ahead to a
    character that may open a match only where the pattern opens on plain characters, and tries a
    pattern opening on `\b` or a look-behind at every character of the text. Worth it where those
    letters are rare (a weekday's name over 200 BBC politics articles' whole texts: found in 2.2
    against 9.8 ms); where they are common it is slower (any capitalised word)."""
    for a in alternatives:
        if not a[:1].isalpha():
            raise ValueError(f"{a!r} does not open on a letter")
    return "(?:" + "|".join(a[0] + f"(?<!{not_after}.)" + a[1:] for a in alternatives) + ")"


# the letters other than its two cases that an ASCII letter matches under re.IGNORECASE (Python's
# Unicode case folding: the dotted and the dotless I, the Kelvin sign, the long s)
OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def any_case_at_word_start(*alternatives: str, not_after: str = r"\w") -> str:
    r"""`(?i:\b(?:a|b|…))` (with `not_after` as at_word_start) written so that Python's regex engine
    can skip ahead: it opens on a class of the alternatives' first letters in every case they match
    in, then checks, once that letter is read, that no word character comes before it and which
    alternative it opens (a look-behind). The engine skips ahead only where a pattern opens on
    plain characters, and a case-insensitive letter is none: such a pattern is tried at every
    character (the sentences of the BBC corpus and the labelled sets, "could/may/might/would" and a
    word after: searched in 26 against 75 ms). Matches as the case-insensitive pattern would, on
    the text itself; the rest of a pattern after it must say (?i:…) itself. Each alternative opens
    on an ASCII letter that no quantifier follows, or on a class of characters without case and of
    digits (`\\d`; "[’']ll", "[\\d]+ days"), the character before it tested only where the one
    read is a word character (a digit: as `\\b` before it would)."""
    opening: set[str] = set()
    # the alternatives by what they open on, in order: two that open on different letters never
    # match at one place, so which is tried first changes nothing
    rests: dict[str, list[str]] = {}
    for a in alternatives:
        if a[:1] == "[" and "]" in a:
            end = a.index("]") + 1
            chars = a[1:end - 1].replace("\\d", "")
            if any(c.lower() != c.upper() or c in "\\^-[" for c in chars) or a[end:end + 1] in ("?", "*", "+", "{"):
                raise ValueError(f"{a!r} opens on a class of letters, of escapes other than \\d or repeated")
            opening.update(chars, ["\\d"] if "\\d" in a[1:end - 1] else [])
            rests.setdefault(a[:end], []).append(a[end:])
            continue
        if not (a[:1].isascii() and a[:1].isalpha()) or a[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"{a!r} does not open on a letter of its own")
        first = a[0].lower()
        opening.update(first, first.upper(), OTHER_CASES.get(first, ""))
        rests.setdefault(first, []).append(a[1:])
    # no word character (of `not_after`) before a letter: a character without case is no word
    # character, so the test passes it
    classes = [set(k[1:-1].replace("\\d", "0")) for k in rests if k[:1] == "["]
    if sum(map(len, classes)) != len(set().union(*classes)):
        raise ValueError("two alternatives open on classes that share a character")
    return ("[" + "".join(sorted(opening)) + f"](?<!{not_after}\\w)(?i:"
            + "|".join(f"(?<={first})(?:" + "|".join(group) + ")" for first, group in rests.items()) + ")")


def any_case_cue(pattern: str) -> str:
    r"""The case-insensitive pattern `(?i:\b(?:a|b|…)rest)` as any_case_at_word_start(a, b, …)
    followed by `(?i:rest)`: the same matches, found by skipping ahead to the alternatives' first
    letters. The cue patterns of news prose take this form (a closed class of words at a word's
    start, then what follows them); a pattern of another form raises ValueError."""
    head = "(?i:\\b(?:"
    if not pattern.startswith(head) or not pattern.endswith(")"):
        raise ValueError(f"{pattern!r} is not (?i:\\b(?:...)...)")
    alternatives, depth, start, k = [], 0, len(head), len(head)
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            k += 1
        elif c == "[":
            k = pattern.index("]", k + 2 if pattern[k + 1] == "]" else k + 1)
        elif c == "(":
            depth += 1
        elif c == ")" and depth:
            depth -= 1
        elif c == ")" or c == "|" and not depth:
            alternatives.append(pattern[start:k])
            start = k + 1
            if c == ")":
                break
        k += 1
    rest = pattern[k + 1:-1]
    depth = 0
    for c in rest.replace("\\\\", "").replace("\\(", "").replace("\\)", "").replace("\\|", ""):
        depth += (c == "(") - (c == ")")
        if depth < 0 or c == "|" and not depth:
            raise ValueError(f"{pattern!r} goes on past its alternatives' group")
    return any_case_at_word_start(*alternatives) + (f"(?i:{rest})" if rest else "")


def start_of_word_before(text: str, at: int) -> int:
    """Where the run of characters without a space that ends before `at` (spaces between left out)
    starts, 0 where there is none: a match of a word, spaces and more found at `at` can start no
    earlier."""
    before = text[:at].rstrip()      # str.rstrip and str.split take the spaces \s does
    return len(before) - len(before.split()[-1]) if before else 0


def fold(text: str) -> str:
    # FOLD maps only characters outside ASCII: an ASCII text (most sentences) needs no translate
    return text.casefold() if text.isascii() else text.translate(FOLD).casefold()


# Kept per text: the analysis asks it of most sentences six times (dates, events, figures, tense, the
# ranking, key phrases: on 200 BBC politics articles 30,060 asks of 4,870 texts, answered in 7 against
# 20 ms in one process); large enough for the sentences of the whole BBC corpus
@lru_cache(maxsize=65536)
def has_digit(text: str) -> bool:
    """The text holds a digit: the test that tells a sentence may state a figure, a date or a sum."""
    return (ASCII_DIGIT if text.isascii() else DIGIT).search(text) is not None


LOWER_WORD = re.compile(r"[a-z]+")
# Every ASCII character but a-z, as a space: in a text of ASCII alone (most English sentences) the
# runs of LOWER_WORD are then the words str.split finds, at well under the regex engine's cost
# (200 BBC politics articles: 10,585 texts read, about 6.3 against 3.8 microseconds each).
NOT_LOWER_LETTERS = str.maketrans({chr(c): " " for c in range(128) if not "a" <= chr(c) <= "z"})
# Measured (s27) and left out: keeping each text's words (an lru_cache of 16,384; the ranking and
# the time roles read most sentences' words two to four times, 10,585 reads of 5,086 texts on 200
# BBC politics articles) saved no CPU time a run in turn could see and raised the peak memory of a
# 500-article build from 174 to 199 MB. Without such a cache nothing keeps or hashes the words, so
# they are a plain set: every caller only asks whether they share a word with its own.
def lower_words(text: str) -> set[str]:
    """The text's runs of ASCII letters, lower-cased: what a Cue's key words are looked up in."""
    low = text.lower()
    return set(low.translate(NOT_LOWER_LETTERS).split()) if low.isascii() else set(LOWER_WORD.findall(low))


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
