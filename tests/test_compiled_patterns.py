"""The compiled patterns kept between runs: read back, they are the patterns compiled, and the file
holds what the last run asked for."""

from __future__ import annotations

import re

import pytest

from briefing import compiled_patterns
from briefing.compiled_patterns import PatternCache

pytestmark = pytest.mark.skipif(not compiled_patterns.can_cache(), reason="this Python's compiler is not as expected")

# named and numbered groups, flags inside and outside, look-behind, classes, repeats, alternation
PATTERNS = [
    (r"(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\s+(?:said|told)\b", 0),
    (r"(?i:\b(?:denied|rejected)\s+(?:the\s+)?(claims?|reports?))", 0),
    (r"(?<![\w’'])(\d{1,3}(?:,\d{3})+|\d+)\s*(?:m|bn|million)\b", re.IGNORECASE),
    (r"^\W*(?:But|However)\b,?\s+([^\W\d_]+)", re.MULTILINE),
    (r"[À-ÖØ-Þ][^\s]*(?:\s{1,2}(?:of|the)\s+)*", 0),
]
TEXTS = ["Ann Vale said on Monday that Tom Reed told the Harwick council", "The board DENIED the reports.",
         "Tarvel lost 12,500 or 40 Million", "But, Harwick waited\nHowever Tarvel", "Élan of the Ölberg"]


def test_patterns_read_back_from_the_cache_are_the_patterns_compiled(tmp_path):
    first = PatternCache(tmp_path / "p.bin")
    for pattern, flags in PATTERNS:
        assert first.compile(pattern, flags) == re.compile(pattern, flags)
    first.save()
    second = PatternCache(tmp_path / "p.bin")
    for pattern, flags in PATTERNS:
        made = second.compile(pattern, flags)
        compiled = re.compile(pattern, flags)
        assert made == compiled
        assert (made.flags, made.groups, made.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
        for text in TEXTS:
            assert [m.span() for m in made.finditer(text)] == [m.span() for m in compiled.finditer(text)]
            assert [m.groups() for m in made.finditer(text)] == [m.groups() for m in compiled.finditer(text)]
    assert second.new == {}                        # every one was read back, none compiled again


def test_a_pattern_in_error_raises_as_re_compile_does(tmp_path):
    with pytest.raises(re.error):
        PatternCache(tmp_path / "p.bin").compile(r"(?P<who>Ann Vale")


def test_a_damaged_or_foreign_cache_file_leaves_patterns_compiled_as_usual(tmp_path):
    path = tmp_path / "p.bin"
    path.write_bytes(b"\x00not a cache")
    cache = PatternCache(path)
    assert cache.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    cache.known[PATTERNS[1]] = (0, b"\x01\x02", 0, {}, ())     # code the matcher refuses
    assert cache.compile(*PATTERNS[1]) == re.compile(*PATTERNS[1])


def run_saving(path, *patterns) -> None:
    """One run: compile `patterns` with the cache at `path`, then save it."""
    cache = PatternCache(path)
    for pattern in patterns:
        cache.compile(*pattern)
    cache.save()


def test_the_file_adds_a_run_s_new_patterns_to_those_it_held(tmp_path):
    path = tmp_path / "p.bin"
    one, two, three = PATTERNS[:3]
    run_saving(path, one, two)
    run_saving(path, three)
    assert set(PatternCache(path).known) == {one, two, three}


def test_a_file_past_its_size_keeps_only_the_patterns_the_last_run_asked_for(tmp_path, monkeypatch):
    monkeypatch.setattr(compiled_patterns, "MAX_KEPT", 2)
    path = tmp_path / "p.bin"
    one, two, three = PATTERNS[:3]
    run_saving(path, one, two)
    run_saving(path, one, three)
    assert set(PatternCache(path).known) == {one, three}


def test_a_run_that_compiled_nothing_new_writes_nothing(tmp_path):
    path = tmp_path / "p.bin"
    first = PatternCache(path)
    first.compile(*PATTERNS[0])
    first.save()
    second = PatternCache(path)
    path.unlink()
    second.compile(*PATTERNS[0])
    second.save()
    assert not path.exists()


def test_only_a_pattern_a_module_or_class_body_compiles_or_has_its_own_functions_compile_goes_through_the_cache(
        tmp_path, monkeypatch):
    cache = PatternCache(tmp_path / "p.bin")
    monkeypatch.setattr(compiled_patterns, "_installed", cache)
    names = {"compile": compiled_patterns.compile}
    module = ("TOP = compile(r'Ann\\s+Vale')\nclass Reader:\n    WORD = compile(r'Harwick\\w*')\n"
              "def made_later(name):\n    return compile(name + r'\\s+said')\n"
              "class Cue:\n    def __init__(self, words):\n        self.parts = tuple(compile(w) for w in words)\n"
              "FUTURE = Cue(['Tarvel', 'Harwick'])\nIN_LIST = [compile(w) for w in ['Ann Vale']]\n"
              "def listed_later(words):\n    return [compile(w) for w in words]\n")
    exec(compile(module, "harwick.py", "exec"), names)
    assert set(cache.new) == {(r"Ann\s+Vale", 0), (r"Harwick\w*", 0), ("Tarvel", 0), ("Harwick", 0), ("Ann Vale", 0)}
    # the same functions called by another module's code, as a build runs: compiled as usual
    exec(compile("LATER = made_later('Tom')\nLISTED = listed_later(['Tom Reed'])\n", "tarvel.py", "exec"),
         names)
    assert ("Tom\\s+said", 0) not in cache.new and ("Tom Reed", 0) not in cache.new
    assert names["LATER"] == re.compile(r"Tom\s+said") and names["LISTED"] == [re.compile("Tom Reed")]


# a process importing the modules a build of text files to JSON or Markdown uses, with the pattern
# cache in argv[1]: prints how many patterns the cache lacked, then saves them. (Libraries some other
# readers and writers import join patterns of their own from sets, babel's for the web pages and
# reportlab's for the PDF: those are compiled anew in every run, but do not rewrite the file.)
IMPORT_ALL = """
import sys
from importlib import import_module
from pathlib import Path
from briefing import compiled_patterns
compiled_patterns.install(Path(sys.argv[1]))
import briefing.cli.main
from briefing.services.pipeline import modules_of
for name in modules_of("briefing.analysis", "briefing.compose"):
    import_module(name)
import briefing.ingest.plaintext, briefing.export.json_writer, briefing.export.markdown
print(len(compiled_patterns._installed.new))
compiled_patterns.save()
"""


def test_a_build_s_patterns_are_written_alike_whatever_the_hash_seed(tmp_path):
    # a pattern joined from a set in the set's order is another text under another hash seed, that
    # is in every run: compiled anew each time, and the whole file rewritten at the end of each build
    import os
    import subprocess
    import sys

    def lacking(seed: str) -> int:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", IMPORT_ALL, str(tmp_path)], env=env, check=True,
                              capture_output=True, text=True)
        return int(done.stdout.split()[-1])

    assert lacking("1") > 0
    assert lacking("2") == 0 and lacking("3") == 0


def test_a_run_whose_only_new_patterns_are_a_library_s_leaves_a_file_it_found_as_it_was(tmp_path):
    # a library joining a pattern from a set in the hash seed's order compiles a new text in every
    # run: not worth rewriting the whole file for; the package's own new patterns are
    path = tmp_path / "p.bin"
    one, two, three = PATTERNS[:3]
    run_saving(path, one)
    library = PatternCache(path)
    library.compile(*two, own=False)
    library.save()
    assert set(PatternCache(path).known) == {one}
    both = PatternCache(path)
    both.compile(*two, own=False)
    both.compile(*three)
    both.save()
    assert set(PatternCache(path).known) == {one, two, three}


def test_a_first_run_writes_a_library_s_patterns_too(tmp_path):
    path = tmp_path / "p.bin"
    run = PatternCache(path)
    run.compile(*PATTERNS[0], own=False)
    run.save()
    assert set(PatternCache(path).known) == {PATTERNS[0]}
