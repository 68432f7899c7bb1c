"""The facts a brief leaves out: for each set named, every gold summary, background, outlook or issue
item that no counted statement, event or quote holds (the scorer's fact_coverage), with where the
sentences saying it were lost, for sorting the misses before choosing what to fix:

- per prose section, the best place its sentences reach in that section's ranking and the stage it
  was lost at (ranking_fit.section_fates: below the budget, beyond the pool, repeats a pick, not
  alone, left to another section, used ...);
- whether an open issue had one of them among the sentences it could show (and under which matter,
  taken as an issue or not), and whether one is a report's lead (its first two sentences).

The last lines count the misses by the stage their best sentence reached in any prose section, and
how many an issue could have shown. Run by hand: `python benchmarks/fact_misses.py SET [SET ...]`.
Sets are named as in bench_quality; only the sets named are built, so a set held back from a helper
is never shown unless asked for by name.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

import ranking_fit
from bench_quality import describe_named_sets
from briefing.compose import issues as issues_module
from briefing.compose import statements
from briefing.compose.context import ComposeContext
from briefing.compose.statement_ranking import SECTIONS
from briefing.export import write_brief
from briefing.templates import load_template

CHARACTERS = 90          # characters of a sentence shown
LEAD = 2                 # a report's first sentences, where news writing puts its news
FACT_KINDS = ("summary", "background", "outlook", "issues")
IN_ISSUE_POOL = "in an issue's pool"


def compose_recording(loaded):
    """The set's brief, with each prose section's fates (ranking_fit.section_fates) and, for each
    matter the open issues weighed, the sentences it could show and whether it became an issue."""
    fates: dict[str, dict] = {}
    pools: list[tuple[str, set, bool]] = []
    ranked, pick, add = statements.ranked_section, issues_module.ranked_statements, issues_module.Selection.add
    weighed: list[set] = []

    def ranked_recording(ctx, spec, kind, default):
        fates[kind] = ranking_fit.section_fates(ctx, spec, kind, default)
        return ranked(ctx, spec, kind, default)

    def pick_recording(ctx, spec, refs, limit, taken, relevance=None):
        weighed.append(set(refs) - set(taken))
        return pick(ctx, spec, refs, limit, taken, relevance)

    def add_recording(self, cand, shown_too=False):
        before = len(weighed)
        taken = add(self, cand, shown_too)
        for pool in weighed[before:]:
            pools.append((cand.phrase.form, pool, taken))
        return taken

    statements.ranked_section, issues_module.ranked_statements = ranked_recording, pick_recording
    issues_module.Selection.add = add_recording
    try:
        brief = ranking_fit.compose_with(loaded, None)
    finally:
        statements.ranked_section, issues_module.ranked_statements = ranked, pick
        issues_module.Selection.add = add
    return brief, fates, pools


def describe(labelled, scorer, stages: Counter) -> list[str]:
    """Each fact item the set's brief misses, with where its sentences were lost."""
    loaded = ranking_fit.load_set(labelled, scorer)
    brief, fates, pools = compose_recording(loaded)
    with tempfile.TemporaryDirectory() as tmp:
        counted = scorer.load_brief(str(write_brief(brief, Path(tmp) / "brief.json", "json")))
    texts = [scorer.fold(e.text) for e in counted.entries()]
    gold = scorer.load_gold(str(labelled.gold))
    ctx = ComposeContext(loaded.corpus, loaded.facts, load_template(ranking_fit.TEMPLATE))
    items = [(kind, item) for kind in FACT_KINDS for item in gold.items[kind]]
    lines = []
    for kind, item in items:
        if any(scorer.satisfies(t, item.match) for t in texts):
            continue
        hits = [r for r in ctx.central_order if scorer.satisfies(scorer.fold(ctx.text(r)), item.match)]
        lead = any((ctx.place(r) or 0) < LEAD for r in hits if ctx.place(r) is not None)
        lines.append(f"  {kind} {item.id}: {len(hits)} sentence(s){', a lead' if lead else ''}")
        if not hits:
            stages["no sentence"] += 1
            continue
        best = None
        for section in SECTIONS:
            if section not in fates:
                continue
            r = min(hits, key=lambda r: fates[section][r][1])
            why, rank = fates[section][r]
            best = min(best or (rank, why), (rank, why))
            lines.append(f"    {section:10} #{rank:<3} {why:22} {ctx.text(r)[:CHARACTERS]}")
        held = [(form, taken) for form, pool, taken in pools if any(r in pool for r in hits)]
        if held:
            lines.append("    issues     could show it under " + ", ".join(
                f"{form!r} ({'an issue' if taken else 'refused'})" for form, taken in held[:3]))
            stages[IN_ISSUE_POOL] += 1
        if best is not None:
            stages[best[1]] += 1
    missed = sum(1 for line in lines if not line.startswith("    "))
    lines.append(f"  {len(items) - missed}/{len(items)} fact items held")
    return lines


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 1
    stages, _, missing = describe_named_sets(argv, describe)
    pooled = stages.pop(IN_ISSUE_POOL, 0)
    print("misses by their best stage: " + ", ".join(f"{stage} {n}" for stage, n in stages.most_common()))
    print(f"misses an open issue could have shown: {pooled}")
    if missing:
        print(f"fact_misses: no set named {', '.join(sorted(missing))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
