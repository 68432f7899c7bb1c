"""The words of a sentence as the statistics see them (analysis/words.py)."""

import pytest

from briefing.analysis.words import DIGIT, LOWER_WORD, WORD, fold, has_digit, lower_words, words


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
