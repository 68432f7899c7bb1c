"""`briefing.word_frequency.zipf` answers most words without importing wordfreq; the values must
be wordfreq's own for every kind of word."""

import itertools

import pytest
from wordfreq import zipf_frequency

from briefing.word_frequency import zipf

STEMS = ["harbour", "Quillan", "minister", "zzqx", "café", "Ñandú", "Straße", "o", "l", "qu", "b"]
JOINS = ["", "'s", "'", "’s", "-led", "-on-sea", "-", "'arc", "'connor", "'hara", "2", "-1987", "s", "'n'roll"]
NUMBERS = ["7", "42", "007", "1066", "1984", "2024", "2031", "2077", "12345", "5bn", "1,000", "3.5", "1980s", "4's", "14'000", "q1's", "a'1"]


@pytest.mark.parametrize("stem", STEMS)
def test_words_of_letters_apostrophes_and_hyphens_have_wordfreqs_value(stem):
    for join, case in itertools.product(JOINS, (str.lower, str.title, str.upper)):
        word = case(stem + join)
        assert zipf(word) == zipf_frequency(word, "en"), word


def test_numbers_and_words_with_digits_have_wordfreqs_value():
    for number in NUMBERS + [f"mid-{n}" for n in NUMBERS] + [f"b{n}" for n in NUMBERS]:
        assert zipf(number) == zipf_frequency(number, "en"), number


def test_common_words_rank_above_rare_ones():
    assert zipf("the") > zipf("harbour") > zipf("zzqx") == 0.0
