"""How common a word is in English: wordfreq's Zipf scale, read straight from its data file.

`import wordfreq` pulls in ftfy, langcodes and regex (about 0.4 s before any work); a plain
lower-case word only needs wordfreq's English frequency list, which is read here on first use.
Anything else (apostrophes, hyphens, digits, other scripts) goes to wordfreq itself, whose
tokenizer knows how to split and combine it, so the values are wordfreq's either way.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import re
from functools import cache
from pathlib import Path

PLAIN_WORD = re.compile(r"[a-z]+")


@cache
def _bucket_of() -> dict[str, int]:
    """Each English word's centibel bucket (bucket i holds words of frequency 10 ** (-i / 100))."""
    import msgpack  # wordfreq's own dependency

    spec = importlib.util.find_spec("wordfreq")      # finds the package without importing it
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "large_en.msgpack.gz"
    with gzip.open(path) as f:
        header, *buckets = msgpack.load(f, raw=False)
    if header.get("format") != "cB":
        raise ValueError(f"unexpected wordfreq data format in {path}: {header}")
    return {word: i for i, bucket in enumerate(buckets) for word in bucket}


@cache
def _zipf_of_bucket(index: int) -> float:
    # wordfreq rounds a frequency to 3 significant digits, then the Zipf value to 2 decimals
    freq = 10 ** (-index / 100)
    freq = round(freq, math.floor(-math.log10(freq)) + 3)
    return round(math.log10(freq) + 9, 2)


def zipf(word: str) -> float:
    """wordfreq's `zipf_frequency(word, "en")`: 0 for unknown words, about 7.7 for "the"."""
    low = word.lower()
    if PLAIN_WORD.fullmatch(low):
        index = _bucket_of().get(low)
        return 0.0 if index is None else _zipf_of_bucket(index)
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")
