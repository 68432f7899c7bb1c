"""The open issues beside their gold: for each set named, every gold issue with the brief issue
whose heading names it, the one whose heading and statements cover it (score.py's one-to-one
matching) and the cause of a miss (CAUSES), then every brief issue with its first statement;
last, how many gold issues each cause holds over the sets named, and how the headings that name
no gold issue are made (SHAPES) and whether their statements stand for one (FATES).

Run by hand: `python benchmarks/issue_headings.py SET [SET ...]`. Sets are named as in
bench_quality (the seeds, `dev/*`, `benchmarks/unseen/*`); only the sets named are built, so a
set held back from a helper is never shown unless asked for by name.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bench_quality import describe_named_sets
from briefing.export import write_brief
from briefing.model import run_to_end
from briefing.services import build

FIRST_CHARACTERS = 110     # characters of an issue's first statement shown
# What became of a gold issue, from score.py's two matchings: its heading and statements (the
# first four) hold a term of every group of its match; its heading alone holds one term.
CAUSES = {
    "found": "named and covered",
    "side matter": "covered by an issue whose heading names another matter",
    "short": "named by a heading whose statements do not cover it",
    "shared": "told in an issue that stands for another gold issue",
    "missing": "told in no issue",
}

# How a heading that names no gold issue is made: an actor's matter ("Tarvel's journey", a
# possessive), one word alone ("Platform"), or a phrase of several words ("Outdoor season").
SHAPES = {
    "actor's": "an actor's possessive before the matter",
    "one word": "one word alone",
    "several words": "a phrase of several words",
}
# ... and what its first statements stand for in score.py's one-to-one matching: a gold issue no
# heading names (a heading in other words would name it), a gold issue another heading names (two
# issues on one matter, as the reader sees them), or none (off the story, or a matter told again).
FATES = {
    "unnamed": "stand for a gold issue no heading names",
    "named": "stand for a gold issue another heading names",
    "none": "stand for no gold issue",
}
POSSESSIVE = re.compile(r"\w[’']s?\s")


def shape(heading: str) -> str:
    """The SHAPES key of a heading."""
    if POSSESSIVE.search(heading):
        return "actor's"
    return "one word" if len(heading.split()) == 1 else "several words"


def cause(named: bool, covered: bool, told: bool) -> str:
    """The gold issue's CAUSES key: `told`, some issue's heading and statements hold its match."""
    if covered:
        return "found" if named else "side matter"
    return "short" if named else "shared" if told else "missing"


def describe(labelled, scorer, tally: Counter) -> list[str]:
    """The set's gold issues and brief issues, each with what it is matched to; each gold
    issue's cause is counted in `tally`."""
    result = run_to_end(build([labelled.docs], "standard"))
    with tempfile.TemporaryDirectory() as tmp:
        brief = scorer.load_brief(str(write_brief(result.brief, Path(tmp) / "brief.json", "json")))
    gold = scorer.load_gold(str(labelled.gold)).items["issues"]
    named = scorer.assign(gold, [scorer.fold(g.heading) for g in brief.issues], scorer.names_matter)
    texts = [g.folded() for g in brief.issues]
    covered = scorer.assign(gold, texts)
    lines = []
    for i, item in enumerate(gold):
        by_name = [j for j, k in named.items() if k == i]
        by_text = [j for j, k in covered.items() if k == i]
        why = cause(bool(by_name), bool(by_text), any(scorer.satisfies(t, item.match) for t in texts))
        tally[why] += 1
        lines.append(f"  gold {i} {item.id:<40} named by {by_name or '-'}, covered by {by_text or '-'}: {why}")
    for j, issue in enumerate(brief.issues):
        if j not in named:
            fate = "none" if j not in covered else "named" if covered[j] in named.values() else "unnamed"
            tally[("heading", shape(issue.heading), fate)] += 1
        first = issue.statements[0].text[:FIRST_CHARACTERS] if issue.statements else ""
        lines.append(f"  [{j}] {issue.heading!r:<42} names {named.get(j, '-')}, covers "
                     f"{covered.get(j, '-')} | {first}")
    return lines


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 1
    tally, described, missing = describe_named_sets(argv, describe)
    print(f"--- gold issues of {described} sets by cause")
    for key, meaning in CAUSES.items():
        print(f"  {tally[key]:4} {key:<12} {meaning}")
    print(f"--- brief headings naming no gold issue, by shape ({' | '.join(FATES)})")
    for key, meaning in SHAPES.items():
        counts = " | ".join(f"{tally[('heading', key, fate)]:>{len(fate)}}" for fate in FATES)
        print(f"  {counts}  {key:<14}{meaning}")
    for fate, meaning in FATES.items():
        print(f"  {fate}: its statements {meaning}")
    if missing:
        print(f"issue_headings: no set named {', '.join(sorted(missing))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
