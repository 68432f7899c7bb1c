"""The words of a sentence as the statistics see them (analysis/words.py)."""

import re

import pytest

from briefing.analysis.words import (
    DIGIT,
    LOWER_WORD,
    WORD,
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
