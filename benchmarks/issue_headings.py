"""The open issues beside their gold: for each set named, every gold issue with the brief issue
whose heading names it and the one whose heading and statements cover it (score.py's one-to-one
matching), then every brief issue with its first statement. For sorting the misses by cause:
a right cluster under a vague heading, one matter split over two issues, a matter missing.

Run by hand: `python benchmarks/issue_headings.py SET [SET ...]`. Sets are named as in
bench_quality (the seeds, `dev/*`, `benchmarks/unseen/*`); only the sets named are built, so a
set held back from a helper is never shown unless asked for by name.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench_quality import UNSEEN, labelled_sets, load_scorer, unseen_sets
from briefing.export import write_brief
from briefing.model import run_to_end
from briefing.services import build

FIRST_CHARACTERS = 110     # characters of an issue's first statement shown


def describe(labelled, scorer) -> list[str]:
    """The set's gold issues and brief issues, each with what it is matched to."""
    result = run_to_end(build([labelled.docs], "standard"))
    with tempfile.TemporaryDirectory() as tmp:
        brief = scorer.load_brief(str(write_brief(result.brief, Path(tmp) / "brief.json", "json")))
    gold = scorer.load_gold(str(labelled.gold)).items["issues"]
    named = scorer.assign(gold, [scorer.fold(g.heading) for g in brief.issues], scorer.names_matter)
    covered = scorer.assign(gold, [g.folded() for g in brief.issues])
    lines = []
    for i, item in enumerate(gold):
        by_name = [j for j, k in named.items() if k == i]
        by_text = [j for j, k in covered.items() if k == i]
        lines.append(f"  gold {i} {item.id:<40} named by {by_name or '-'}, covered by {by_text or '-'}")
    for j, issue in enumerate(brief.issues):
        first = issue.statements[0].text[:FIRST_CHARACTERS] if issue.statements else ""
        lines.append(f"  [{j}] {issue.heading!r:<42} names {named.get(j, '-')}, covers "
                     f"{covered.get(j, '-')} | {first}")
    return lines


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 1
    scorer = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        sets = [s for s in labelled_sets() if s.name in argv] + unseen_sets(UNSEEN, Path(tmp), tuple(argv))
        for labelled in sorted(sets, key=lambda s: argv.index(s.name)):
            print(f"--- {labelled.name}")
            print("\n".join(describe(labelled, scorer)))
        missing = set(argv) - {s.name for s in sets}
    if missing:
        print(f"issue_headings: no set named {', '.join(sorted(missing))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
