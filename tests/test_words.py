"""The words of a sentence as the statistics see them (analysis/words.py)."""

import re

import pytest

from briefing.analysis.words import (
    DIGIT,
    LOWER_WORD,
    WORD,
    any_case_at_word_start,
    any_case_cue,
    at_word_start,
    fold,
    has_digit,
    lower_words,
    words,
)
from briefing.ingest.structure import WORD as STRUCTURE_WORD
from briefing.ingest.structure import word_count


def test_words_are_folded_and_keep_their_inner_hyphens_and_apostrophes():
    assert words("Ann Vale's far-off Harwick_plant cut 1,200 jobs -- 'for now'.") == \
        ["ann", "vale's", "far-off", "harwick", "plant", "cut", "1", "200", "jobs", "for", "now"]
    assert words("Tom Reed’s café in Évora re-opened.") == ["tom", "reed's", "café", "in", "évora", "re-opened"]


@pytest.mark.parametrize("text", [
    "Tarvel's 2005 plan - a 'fresh start' - was shelved_again.", "O'Neill-Reed ''twas'' --x-- y'-z", "",
    "Harwick “rules” cost £3.5bn – Ann Vale’s view", "ŁÓDŹ and Tarvel", "_ __a_b__ 9_9", "a-'b c'-d e--f",
])
def test_words_of_an_ascii_text_are_those_of_the_unicode_word_pattern(text):
    # words() reads an all-ASCII text with a faster pattern of its own: the same words
    assert words(text) == WORD.findall(fold(text))


@pytest.mark.parametrize("text", [
    "Ann Vale's far-off Harwick_plant cut 1,200 jobs -- 'for now'.", "", "  \t\n", "A", "x9y Z_z",
    "Tom Reed’s café in Évora re-opened.", "The \u212aelvin sign lower-cases to k", "İzmir and ſtrange letters",
    "tab\there\x1cand\x1fthere\x0bend", "ALL CAPS HEADLINE: Tarvel Wins!", "naïve coöperation",
])
def test_lower_words_are_the_runs_of_ascii_letters_of_the_lower_cased_text(text):
    # lower_words reads an all-ASCII text by splitting, not by the regex engine: the same words
    assert lower_words(text) == set(LOWER_WORD.findall(text.lower()))


@pytest.mark.parametrize("text, digit", [
    ("Harwick cut 1,200 jobs", True), ("Harwick cut jobs", False), ("", False), ("Tarvel’s £3bn plan", True),
    ("Évora’s plan", False), ("Évora’s ٣ plans", True), ("the ٣ plans", True), ("x²", False),
])
def test_has_digit_finds_a_digit_of_any_script(text, digit):
    assert has_digit(text) is digit
    assert has_digit(text) is (DIGIT.search(text) is not None)


WORD_START_TEXTS = [
    "Monday", "On Monday, 3 March", "xMonday 3 March", "_Monday", "9Monday", "éMonday", "(Monday)", "Mondays",
    "its own", "Its", "bits of his hat", "this her-self", "the compatriot ", "a fellow Tarvelian ", "sfellow ",
    "", "M", "\nMonday\tTuesday", "Ann’s his", "Tom-Monday", "Harwick.Monday",
]


@pytest.mark.parametrize("alternatives", [("Monday", "Tuesday", "Sunday"), ("Its", "its", "his", "her"),
                                          (r"fellow(?:\s+[A-Z][a-z]+)?\s+$", r"compatriot\s+$")])
@pytest.mark.parametrize("method", ["search", "findall"])
def test_an_alternation_at_a_word_start_matches_as_one_after_a_word_boundary(alternatives, method):
    # the boundary tested after each word's first letter, where the regex engine can skip ahead to it
    ours = re.compile(at_word_start(*alternatives))
    plain = re.compile(r"\b(?:" + "|".join(alternatives) + ")")
    for text in WORD_START_TEXTS:
        a, b = getattr(ours, method)(text), getattr(plain, method)(text)
        assert (a.span() if isinstance(a, re.Match) else a) == (b.span() if isinstance(b, re.Match) else b), text


def test_an_alternation_at_a_word_start_takes_words_that_open_on_a_letter():
    with pytest.raises(ValueError):
        at_word_start("Monday", "[Tt]uesday")


@pytest.mark.parametrize("text", [
    "Ann Vale's far-off Harwick_plant cut 1,200 jobs -- 'for now'.", "", "  \t\n", "x9y Z_z\x1c-\x1f'",
    "Tom Reed’s café in Évora re-opened.", "£3.5bn – Ann Vale’s view", "a-'b c'-d e--f", "tab\there\x00end",
])
def test_a_document_counts_the_words_its_word_pattern_finds(text):
    # an all-ASCII text is counted by splitting, not by the regex engine: the same count
    assert word_count(text) == len(STRUCTURE_WORD.findall(text))


@pytest.mark.parametrize("method", ["search", "findall"])
def test_an_alternation_may_be_kept_from_other_characters_before_it_than_a_words(method):
    ours = re.compile(at_word_start("in", "at", not_after=r"[\w’'-]") + r"\s+[A-Z]")
    plain = re.compile(r"(?<![\w’'-])(?:in|at)\s+[A-Z]")
    for text in WORD_START_TEXTS:
        a, b = getattr(ours, method)(text), getattr(plain, method)(text)
        assert (a.span() if isinstance(a, re.Match) else a) == (b.span() if isinstance(b, re.Match) else b), text


# invented sentences, with the letters other than an ASCII letter's two cases that match it under
# re.IGNORECASE (the dotted and dotless I, the Kelvin sign, the long s) and words in every case
ANY_CASE_TEXTS = WORD_START_TEXTS + [
    "The mill COULD close, Mr Dalby said.", "It May Be That they Would go", "xcould go", "could", "It’ll close",
    "Harwick’s due to vote; it's DUE TO VOTE", "\u212aeep it \u017fhall go", "\u0130f it is \u0131s it",
    "9days 12 Days, 3-week", "He’s’ll", "’ll", "'s due to",
]


def matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("alternatives, rest", [
    (("could", "may", "might", "would"), r"\s+(?!have\b)\w+"),
    (("if", "whether", "is", "it", "keep", "shall", "so"), r"\b"),
    ((r"is\s+due", r"[’'](?<=\w.)s\s+due", "will", r"[’']ll\b"), r""),
    ((r"[\d][\d,]*\s+days?", "three"), r"\b"),
])
def test_a_case_insensitive_alternation_at_a_word_start_matches_as_one_after_a_word_boundary(alternatives, rest):
    # its alternatives' first letters are a class of plain characters the regex engine skips ahead to
    ours = re.compile(any_case_at_word_start(*alternatives) + f"(?i:{rest})")
    # a word boundary before a letter or a digit; none before an apostrophe, which is no word character
    plain = re.compile(r"(?i:(?:" + "|".join(a.replace("[’'](?<=\\w.)", "(?<=\\w)[’']") if a.startswith("[’']")
                                             else r"\b" + a for a in alternatives) + ")" + rest + ")")
    for text in ANY_CASE_TEXTS:
        assert matches(ours, text) == matches(plain, text), text


def test_a_case_insensitive_cue_pattern_is_rewritten_to_the_same_matches():
    cue = r"(?i:\b(?:will|won[’']t|(?:is|are)\s+to)\b(?P<rest>\s+\w+)?)"
    with pytest.raises(ValueError):
        any_case_cue(cue)                   # an alternative opening on a group, not a letter
    cue = r"(?i:\b(?:will|won[’']t|shall|seek)\b(?P<rest>\s+\w+)?)"
    for text in ANY_CASE_TEXTS + ["Ann will go.", "WON'T GO", "won’t go", "\u017fhall do", "\u017feek it"]:
        assert matches(re.compile(any_case_cue(cue)), text) == matches(re.compile(cue), text), text


def test_a_cue_pattern_going_on_past_its_words_or_opening_on_none_is_refused():
    for pattern in (r"(?i:\b(?:if|when)\b|then)", r"(?i:(?:if|when)\b)", r"\b(?:if|when)\b",
                    r"(?i:\b(?:if|s?when)\b)", r"(?i:\b(?:if|[a’]t)\b)", r"(?i:\b(?:if|[’]+ll)\b)"):
        with pytest.raises(ValueError):
            any_case_cue(pattern)
