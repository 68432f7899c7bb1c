"""The words of a sentence as the statistics see them (analysis/words.py)."""

import pytest

from briefing.analysis.words import WORD, fold, words


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
