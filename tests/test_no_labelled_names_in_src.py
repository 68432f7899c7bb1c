"""The analysis is general by construction: no person of a labelled set is named in `src/`.

A rule, a word list, a comment or a docstring that names a labelled set's people was fitted to
that set. Checked against every gold file under ../shared/eval (skipped where it is absent) and
under benchmarks/unseen:
each person's full name and aliases, and their surnames where the surname is no ordinary
English word (so "Brown" or "Long" alone are not flagged, "Ortegawa" would be).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

from briefing.analysis.lexicon import TITLE_WORDS
from briefing.word_frequency import zipf

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_quality import EVAL, labelled_sets  # noqa: E402

SRC = Path(__file__).resolve().parent.parent / "src"
ORDINARY_WORD = 3.5     # Zipf value from which a surname is also a common English word
UNSEEN = sorted((Path(__file__).resolve().parent.parent / "benchmarks" / "unseen").glob("*/gold.yaml"))
SETS = labelled_sets()


def person_names() -> set[str]:
    names: set[str] = set()
    for path in [s.gold for s in SETS] + UNSEEN:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        for actor in gold.get("actors", []):
            if actor.get("kind") != "person":
                continue
            for name in [actor["name"], *actor.get("aliases", [])]:
                if not name[:1].isupper():
                    continue        # a description the texts use for them ("the prime minister")
                if all(word.lower() in TITLE_WORDS for word in name.split()):
                    continue        # an office they hold, capitalised ("Prime Minister")
                if " " in name:
                    names.add(name)
                last = re.split(r"[\s-]", name)[-1]
                if len(last) > 3 and last[:1].isupper() and zipf(last) < ORDINARY_WORD:
                    names.add(last)
    return names


@pytest.mark.skipif(not SETS, reason=f"no labelled sets under {EVAL}")
def test_no_person_of_a_labelled_set_is_named_in_the_source():
    names = person_names()
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    found = [f"{path.relative_to(SRC)}:{n}: {m.group(0)}"
             for path in sorted([*SRC.rglob("*.py"), *SRC.rglob("*.txt")])
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             for m in [pattern.search(line)] if m]
    assert not found, "labelled-set names in src/:\n" + "\n".join(found)
