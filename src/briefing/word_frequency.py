"""How common a word is in English: wordfreq's Zipf scale, read straight from its data file.

`import wordfreq` pulls in ftfy, langcodes and regex (about 0.4 s before any work); a plain
lower-case word only needs wordfreq's English frequency list, which is read here on first use.
A word of Latin letters with apostrophes inside ("o'connor", "minister's", "josé") is one token
to wordfreq too, so it is looked up here as well, unless it starts like a French elision ("l'office",
"d'arcy"), which wordfreq splits. Hyphenated words are such tokens combined as wordfreq combines
them. Anything else (digits, other scripts) goes to wordfreq itself, whose tokenizer knows how to
split and combine it, so the values are wordfreq's either way (checked on every distinct word of the BBC corpus, the labelled sets and 400 web pages: 92,000
words, no difference).

Making a dict of the list's 321,000 words takes 0.1 s, in every run, before any work (the
processes that read the files need it). So the first run also writes the list, sorted, into one
block of bytes in the user's cache folder (`SortedWords`), which later runs read in 5 ms and
search where asked, a word in 2 µs; it is made again when wordfreq's file changes.
"""

from __future__ import annotations

import bisect
import gzip
import hashlib
import importlib.util
import marshal
import math
import re
import unicodedata
from functools import cache
from itertools import chain, repeat
from pathlib import Path

from briefing.user_cache import cache_dir

PLAIN_WORD = re.compile(r"[a-z]+")
# Latin letters (no ß: wordfreq case-folds it to "ss") and ASCII digits, apostrophes only inside
LATIN = "a-z0-9\u00e0-\u00f6\u00f8-\u00ff\u0100-\u024f"
LETTERS = "a-z\u00e0-\u00f6\u00f8-\u00ff\u0100-\u024f"
ONE_TOKEN = re.compile(rf"[{LATIN}]+(?:'[{LATIN}]+)*")
# wordfreq looks a figure of two or more characters up with zeros for its digits ("1984" as
# "0000", "1.3" as "0.0") and scales the frequency by how likely its runs of digits are (its
# numbers.py: Benford's law, a curve over years)
DIGITS = re.compile(r"[0-9][0-9.,]+")     # its MULTI_DIGIT_RE
DIGIT_RUN = re.compile(r"[0-9]+")
# where wordfreq's tokenizer (Unicode word breaks) splits a word: at hyphens, and at an apostrophe
# without letters or digits on both sides ("bbc1's" is "bbc1" and "s", "friday'" is "friday",
# "won't" and "14'000" stay whole)
BREAK = re.compile(r"-|(?<=[^\W\d_])'(?![^\W\d_])|(?<=\d)'(?!\d)|(?<![^\W_])'")
DIGIT_FREQS = (0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045)
# wordfreq's tokenizer splits "l'", "qu'" off a word going on with a vowel or h (its INITIAL_VOWEL_EXPR)
ELISION = re.compile(r"[^']{1,2}'[aehiouyáéíóúàèìòùâêîôûåïöœ]")
# such a word of Latin letters whose only apostrophe is the elision's ("d'arcy", "o'hare", "l'oreal"):
# wordfreq reads it as two tokens, the one or two letters before the apostrophe and the rest. Read
# so here, not by wordfreq itself: importing it and reading its word list took 0.33 s of CPU in each
# process that met one such word, or one of those below (a sum, "$1.3", in the open issues of a pile
# of business news; some 25 names and web addresses in the BBC corpus's 2,095 articles)
ELIDED = re.compile(rf"([{LETTERS}]{{1,2}})'([aehiouyáéíóúàèìòùâêîôûåïöœ][{LATIN}]*)")
# currency signs, "%" and "&" are never part of a token: they break a word as a hyphen does
# ("p&o" is "p" and "o", "$1.3" is "1.3")
SEPARATORS = re.compile(r"[$£€¥%&]")
# a full stop is part of a token between two letters ("tarvel.co.uk", "m.a.s.h") or two digits
# ("1.3"), a comma between two digits ("1,000"); any other breaks it ("a.d." is "a.d")
LONE_STOP = re.compile(rf"\.(?!(?<=[{LETTERS}]\.)[{LETTERS}])(?!(?<=[0-9]\.)[0-9])|,(?!(?<=[0-9],)[0-9])")
STOPPED_TOKEN = re.compile(rf"(?:[{LETTERS}]+(?:\.[{LETTERS}]+)*|[0-9]+(?:[.,][0-9]+)*)+")


# the form of the cached list; raised when it changes
SORTED_WORDS_FORM = 1
# words per block of the sorted list: found by bisecting the blocks' first words, then searched for
# in their block's bytes (64: about 800 bytes to search, 5,000 first words to read)
BLOCK_WORDS = 64


class SortedWords:
    """The word list as one block of bytes, sorted: "\\nword\\tbucket" for each word, and the
    first word and offset of every BLOCK_WORDS-th. Reading it makes no object per word."""

    def __init__(self, firsts: list[str], offsets: list[int], data: bytes) -> None:
        self.firsts, self.offsets, self.data = firsts, offsets, data

    @classmethod
    def of(cls, buckets: dict[str, int]) -> SortedWords:
        firsts: list[str] = []
        offsets: list[int] = []
        parts: list[bytes] = []
        size = 0
        for n, word in enumerate(sorted(buckets)):     # str order is the UTF-8 bytes' order
            if "\n" in word or "\t" in word:
                raise ValueError(f"a word the sorted list cannot hold: {word!r}")
            entry = b"\n" + word.encode() + b"\t" + str(buckets[word]).encode()
            if n % BLOCK_WORDS == 0:
                firsts.append(word)
                offsets.append(size)
            parts.append(entry)
            size += len(entry)
        offsets.append(size)
        return cls(firsts, offsets, b"".join(parts) + b"\n")

    def to_bytes(self, key: str) -> bytes:
        return marshal.dumps((SORTED_WORDS_FORM, key, self.firsts, self.offsets, self.data))

    @classmethod
    def from_bytes(cls, raw: bytes, key: str) -> SortedWords:
        form, stored_key, firsts, offsets, data = marshal.loads(raw)
        if form != SORTED_WORDS_FORM or stored_key != key:
            raise ValueError("a cached word list of another form or source")
        return cls(firsts, offsets, data)

    def get(self, word: str) -> int | None:
        """The word's bucket, or None for a word not listed."""
        block = bisect.bisect_right(self.firsts, word) - 1
        if block < 0:
            return None
        try:
            needle = b"\n" + word.encode() + b"\t"
        except UnicodeEncodeError:                   # a lone surrogate: no listed word has one
            return None
        at = self.data.find(needle, self.offsets[block], self.offsets[block + 1])
        if at < 0:
            return None
        at += len(needle)
        return int(self.data[at:self.data.index(b"\n", at)])


def _data_file() -> Path:
    spec = importlib.util.find_spec("wordfreq")      # finds the package without importing it
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "large_en.msgpack.gz"


def _read_buckets(path: Path) -> dict[str, int]:
    """Each English word's centibel bucket (bucket i holds words of frequency 10 ** (-i / 100))."""
    import msgpack  # wordfreq's own dependency

    with gzip.open(path) as f:
        header, *buckets = msgpack.load(f, raw=False)
    if header.get("format") != "cB":
        raise ValueError(f"unexpected wordfreq data format in {path}: {header}")
    # one dict built at once from two iterators: faster than a comprehension or an update per
    # bucket (the later bucket wins for a word listed twice, as with those)
    words = chain.from_iterable(buckets)
    indexes = chain.from_iterable(repeat(i, len(b)) for i, b in enumerate(buckets))
    return dict(zip(words, indexes, strict=True))


@cache
def _bucket_of() -> dict[str, int] | SortedWords:
    """The word list, cached (SortedWords) or, where no cache can be read, read from wordfreq's
    file (and cached for the next run where the cache folder can be written)."""
    path = _data_file()
    info = path.stat()
    key = f"{path.resolve()}|{info.st_size}|{info.st_mtime_ns}"
    cached = cache_dir() / f"english-words-{hashlib.sha256(key.encode()).hexdigest()[:16]}.bin"
    try:
        return SortedWords.from_bytes(cached.read_bytes(), key)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    buckets = _read_buckets(path)
    try:
        from briefing.atomic import write_atomically

        raw = SortedWords.of(buckets).to_bytes(key)
        cached.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(cached, lambda temporary: temporary.write_bytes(raw))
    except (OSError, ValueError):
        pass            # no cache: the next run reads wordfreq's file again
    return buckets


def preload_word_list() -> None:
    """Read the word list now (about 0.1 s), e.g. before forking processes that will need it."""
    _bucket_of()


@cache
def _zipf_of_bucket(index: int) -> float:
    # wordfreq rounds a frequency to 3 significant digits, then the Zipf value to 2 decimals
    freq = 10 ** (-index / 100)
    freq = round(freq, math.floor(-math.log10(freq)) + 3)
    return round(math.log10(freq) + 9, 2)


def zipf(word: str) -> float:
    """wordfreq's `zipf_frequency(word, "en")`: 0 for unknown words, about 7.7 for "the"."""
    low = word.lower()
    if low.isascii() and not any(c.isalnum() or c == "_" for c in low):
        return 0.0      # wordfreq's tokenizer keeps no ASCII punctuation ("&" in "Oil & Gas Corp"): no import of it
    if PLAIN_WORD.fullmatch(low):
        index = _bucket_of().get(low)
        return 0.0 if index is None else _zipf_of_bucket(index)
    low = unicodedata.normalize("NFC", low).replace("\u2019", "'")
    low = SEPARATORS.sub("-", low)
    if ("." in low or "," in low) and "'" not in low:
        parts = [token for token in BREAK.split(LONE_STOP.sub("-", low)) if token]
        if parts and low.casefold() == low and all(STOPPED_TOKEN.fullmatch(t) for t in parts):
            return _zipf_of_tokens(parts)
    tokens = [token for token in BREAK.split(low) if token]
    if tokens and low.casefold() == low and all(ONE_TOKEN.fullmatch(token) for token in tokens):
        if not any(ELISION.match(token) for token in tokens):
            return _zipf_of_tokens(tokens)
        elided = [ELIDED.fullmatch(token) if ELISION.match(token) else None for token in tokens]
        # with a curly apostrophe wordfreq splits nothing off: its tokenizer reads straight ones only
        if "\u2019" not in word and all(m is not None or not ELISION.match(t) for m, t in zip(elided, tokens, strict=True)):
            return _zipf_of_tokens([part for m, t in zip(elided, tokens, strict=True)
                                    for part in (m.groups() if m is not None else (t,))])
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _zipf_of_tokens(tokens: list[str]) -> float:
    """wordfreq's value for these tokens of one word: 1 / f = 1 / f1 + 1 / f2 + ..., 0 if one is unknown."""
    buckets = _bucket_of()
    if len(tokens) == 1 and not DIGITS.search(tokens[0]):
        index = buckets.get(tokens[0])
        return 0.0 if index is None else _zipf_of_bucket(index)
    one_over = 0.0
    for token in tokens:
        smashed = DIGITS.sub(lambda run: DIGIT_RUN.sub(lambda digits: "0" * len(digits[0]), run[0]), token)
        index = buckets.get(smashed)
        if index is None:
            return 0.0
        one_over += 1.0 / (10 ** (-index / 100) * (_digit_freq(token) if smashed != token else 1.0))
    freq = max(1.0 / one_over, 1e-9)   # wordfreq's floor: Zipf 0, a word once in a billion
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)


def _digit_freq(token: str) -> float:
    """How likely the digit runs of `token` are (wordfreq's `digit_freq`)."""
    freq = 1.0
    for run in (digits for number in DIGITS.findall(token) for digits in DIGIT_RUN.findall(number)):
        benford = DIGIT_FREQS[int(run[0])] / 10 ** (len(run) - 1)
        if len(run) == 4:
            freq *= _year_freq(int(run)) + 0.1 * benford
        else:
            freq *= benford
    return freq


def _year_freq(year: int) -> float:
    # wordfreq's curve: a plateau over the 20 years from 2019, falling off on both sides
    if year <= 2019:
        return 10.0 ** (-1.9185 - 0.0083 * (2019 - year))
    if year <= 2039:
        return 10.0 ** -1.9185
    return 10.0 ** (-1.9185 - 0.2 * (year - 2039))
