"""The hand-labelled gold files say what their labellers meant: a figure written with a thousands
comma in a YAML list ("[1,500m, dame]") is one term only when quoted; unquoted, YAML reads it as
two ("1" and "500m"), and a term as short as "1" matches nearly anything."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_quality import labelled_sets  # noqa: E402

UNSEEN = sorted((Path(__file__).resolve().parent.parent / "benchmarks" / "unseen").glob("*/gold.yaml"))
GOLD = [s.gold for s in labelled_sets()] + UNSEEN
QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
THOUSANDS_COMMA = re.compile(r"\d,\d{3}(?!\d)")


def figures_cut_in_lists(text: str) -> list[str]:
    """The lines of a YAML text whose flow lists ("[a, b]") hold an unquoted figure with a
    thousands comma, which YAML cuts in two there."""
    found = []
    for line in text.splitlines():
        bare = QUOTED.sub("''", line.split(" #")[0])
        if not bare.lstrip().startswith("#") and "[" in bare and THOUSANDS_COMMA.search(bare[bare.index("["):]):
            found.append(line.strip())
    return found


def test_a_figure_cut_in_a_list_is_found_and_a_quoted_one_is_not():
    cut = "    match: [[vale, 1,500m], [800m]]"
    assert figures_cut_in_lists(cut) == [cut.strip()]
    assert yaml.safe_load(cut)["match"][0] == ["vale", 1, "500m"]      # what YAML makes of it
    assert figures_cut_in_lists('    match: [[vale, "1,500m"], [800m]]\n# 1,500m in a comment [x]') == []
    assert figures_cut_in_lists("  text: Some 1,500 people [two reports] said") == []


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.parent.name)
def test_no_gold_list_cuts_a_figure_at_its_thousands_comma(gold):
    assert figures_cut_in_lists(gold.read_text(encoding="utf-8")) == []
