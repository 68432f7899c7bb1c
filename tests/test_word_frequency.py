"""`briefing.word_frequency.zipf` answers most words without importing wordfreq; the values must
be wordfreq's own for every kind of word."""

import itertools
import subprocess
import sys

import pytest
from wordfreq import zipf_frequency

from briefing import word_frequency
from briefing.user_cache import CACHE_DIR_VARIABLE
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


def test_punctuation_alone_has_wordfreqs_value_without_importing_it():
    # "&" in "Oil & Gas Corp": wordfreq's tokenizer keeps no ASCII punctuation, so no token, 0
    marks = [a + b for a, b in itertools.product(" &-+./'()!?,;:", repeat=2)] + ["&", "-", "...", " & "]
    for mark in marks:
        assert zipf(mark) == zipf_frequency(mark, "en") == 0.0, mark
    assert zipf("_") == zipf_frequency("_", "en")      # a word character: asked of wordfreq
    code = "import sys; from briefing.word_frequency import zipf; zipf('&'); print('wordfreq' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_common_words_rank_above_rare_ones():
    assert zipf("the") > zipf("harbour") > zipf("zzqx") == 0.0


def test_the_sorted_word_list_gives_every_words_bucket_and_none_for_others():
    buckets = {"ant": 310, "apple": 250, "apples": 420, "b": 500, "café": 380, "zebra": 600, "ñu": 700}
    listed = word_frequency.SortedWords.of(buckets)
    # a block of two words, so that words are found across block boundaries
    small = word_frequency.SortedWords.from_bytes(
        _with_blocks(buckets, 2).to_bytes("k"), "k")
    for words in (listed, small):
        for word, bucket in buckets.items():
            assert words.get(word) == bucket, word
        for word in ("", "a", "appl", "applesauce", "aaa", "zzz", "ñ", "caf", "caf\udce9", "apple\t250"):
            assert words.get(word) is None, word


def test_a_cached_word_list_of_another_source_is_not_used():
    raw = word_frequency.SortedWords.of({"ant": 310}).to_bytes("wordfreq file 1")
    with pytest.raises(ValueError):
        word_frequency.SortedWords.from_bytes(raw, "wordfreq file 2")


def test_the_word_list_is_cached_after_the_first_read_and_gives_the_same_values(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path / "cache"))
    word_frequency._bucket_of.cache_clear()
    try:
        read = word_frequency._bucket_of()
        assert isinstance(read, dict) and len(list((tmp_path / "cache").iterdir())) == 1
        word_frequency._bucket_of.cache_clear()
        cached = word_frequency._bucket_of()
        assert isinstance(cached, word_frequency.SortedWords)
        for word in itertools.islice(read, 0, None, 97):
            assert cached.get(word) == read[word], word
    finally:
        word_frequency._bucket_of.cache_clear()


def test_the_word_list_is_read_where_the_cache_folder_cannot_be_written(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(blocker / "cache"))
    word_frequency._bucket_of.cache_clear()
    try:
        assert zipf("harbour") == zipf_frequency("harbour", "en") > 0
    finally:
        word_frequency._bucket_of.cache_clear()


def _with_blocks(buckets, size):
    previous = word_frequency.BLOCK_WORDS
    word_frequency.BLOCK_WORDS = size
    try:
        return word_frequency.SortedWords.of(buckets)
    finally:
        word_frequency.BLOCK_WORDS = previous


ELIDED = ["d'arvane", "O'Hallet", "l'Orvelle", "qu'il", "y'all", "ma'a", "D'Arvane-Harwick", "o'brannock",
          "dd'arvane", "xyd'arvane", "d'ho'a", "a1'e", "D’Arvane", "o’hallet"]
DOTTED = ["bolderco.co.uk", "tarvel.net", "M.A.S.H.", "a.d.", "mr.tarvel", ".tarvel", "tarvel..net", "a.-b",
          "tarvel.5", "3.5", "v1.2", "o'hallet.com", "tarvel.net'", "l.a"]
AMPERSANDS = ["P&Q", "r&b", "tarvel&co", "&tarvel", "tarvel&", "p&&q", "p&-q", "5&6", "a&1"]
AMOUNTS = ["$1.3", "$250", "£1,000", "€9.99", "1.3bn", "$1.3bn", "5%", "12.5%", "1,000,000", "1.2.3", "1,5", ",5",
           "5,", "1.", "2004.", "$$5", "v1.2", "a1.2b", "1984s", "1,000's"]


def test_elided_dotted_ampersand_words_and_amounts_have_wordfreqs_value():
    for word in ELIDED + DOTTED + AMPERSANDS + AMOUNTS:
        for case in (str.lower, str.title, str.upper, str):
            assert zipf(case(word)) == zipf_frequency(case(word), "en"), case(word)


def test_elided_dotted_ampersand_words_and_amounts_are_read_without_importing_wordfreq():
    # importing wordfreq and reading its list cost 0.33 s of CPU in every process that met one
    words = ["d'arvane", "O'Hallet", "l'Orvelle", "bolderco.co.uk", "M.A.S.H.", "a.d.", "P&Q", "tarvel&co",
             "$1.3", "£1,000", "1.3bn", "12.5%"]
    code = ("import sys; from briefing.word_frequency import zipf; "
            f"[zipf(w) for w in {words!r}]; print('wordfreq' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
