"""Fit the quotes section's ranking constants on the labelled sets, and check them by leaving
one topic out: for each set, the constants that score best on the others are scored on it.

Run by hand: `python benchmarks/quote_ranking.py`. Prints quote coverage per set for the
shipped constants, for the best grid point over all sets, and held out; then the unseen topics of
`benchmarks/unseen` under the shipped and the fitted constants (never fitted on). Writes nothing.
"""

from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import briefing.compose.quotes as quotes_module  # noqa: E402
from bench_quality import UNSEEN, labelled_sets, load_scorer, unseen_sets  # noqa: E402
from briefing.analysis import analyse  # noqa: E402
from briefing.compose.context import ComposeContext  # noqa: E402
from briefing.model import run_to_end  # noqa: E402
from briefing.services.pipeline import Selection, ingest  # noqa: E402
from briefing.templates import SectionSpec, load_template  # noqa: E402

GRID = {
    "OFFSET": [0.5, 1.0, 2.0],
    "FRAGMENT_FACTOR": [0.5, 0.75, 1.0],
    "DOCS_POWER": [0.25, 0.5, 0.75, 1.0],
}
QUOTE_BUDGET = 12


def prepared_sets(sets=None):
    """Each labelled set's gold and compose context, analysed once."""
    scorer = load_scorer()
    template = load_template("standard")
    out = []
    for labelled in labelled_sets() if sets is None else sets:
        documents = run_to_end(ingest([labelled.docs])).documents
        corpus = Selection().corpus(documents)
        facts = run_to_end(analyse(corpus))
        out.append((labelled.name, scorer.load_gold(str(labelled.gold)), corpus, facts, template))
    return scorer, out


def coverage(scorer, gold, corpus, facts, template) -> float:
    ctx = ComposeContext(corpus, facts, template)
    shown = quotes_module.quotes_section(ctx, SectionSpec("quotes", "Quotes")).quotes
    found = sum(any(scorer.same_actor([q.speaker], g.speaker) and scorer.has_term(scorer.fold(q.text), g.fragment)
                    for q in shown) for g in gold.quotes)
    return found / min(len(gold.quotes), QUOTE_BUDGET) if gold.quotes else 1.0


def scores(scorer, sets, point: dict) -> dict[str, float]:
    for name, value in point.items():
        setattr(quotes_module, name, value)
    return {name: coverage(scorer, *rest) for name, *rest in sets}


def best(table: dict[tuple, dict[str, float]], names: list[str]) -> tuple:
    """The grid point with the best mean over `names`, then the best worst set."""
    return max(table, key=lambda p: (round(sum(table[p][n] for n in names) / len(names), 6),
                                     min(table[p][n] for n in names)))


def main() -> int:
    scorer, sets = prepared_sets()
    names = [name for name, *_ in sets]
    shipped = {k: getattr(quotes_module, k) for k in GRID}
    keys = list(GRID)
    table = {point: scores(scorer, sets, dict(zip(keys, point, strict=True))) for point in itertools.product(*GRID.values())}
    fitted = best(table, names)
    held = {}
    for name in names:
        point = best(table, [n for n in names if n != name])
        held[name] = (table[point][name], point)
    row = " ".join(f"{n[:10]:>10}" for n in names)
    print(f"{'':<28} {row}   worst   mean")
    for label, values in (("shipped " + str(tuple(shipped.values())), scores(scorer, sets, shipped)),
                          ("fitted " + str(fitted), table[fitted]),
                          ("held out", {n: held[n][0] for n in names})):
        print(f"{label:<28} " + " ".join(f"{values[n]:>10.2f}" for n in names)
              + f"   {min(values.values()):.2f}   {sum(values.values()) / len(values):.3f}")
    for name in names:
        print(f"  {name}: fitted without it {held[name][1]}")
    with tempfile.TemporaryDirectory() as tmp:
        _, unseen = prepared_sets(unseen_sets(UNSEEN, Path(tmp)))
        if unseen:
            row = " ".join(f"{n[:10]:>10}" for n, *_ in unseen)
            print(f"\n{'unseen (not fitted on)':<28} {row}   worst   mean")
            for label, point in (("shipped", shipped), ("fitted", dict(zip(keys, fitted, strict=True)))):
                values = scores(scorer, unseen, point)
                print(f"{label:<28} " + " ".join(f"{v:>10.2f}" for v in values.values())
                      + f"   {min(values.values()):.2f}   {sum(values.values()) / len(values):.3f}")
    scores(scorer, sets, shipped)            # leave the module as it was
    return 0


if __name__ == "__main__":
    sys.exit(main())
