"""Fit the open-issue ranking's weights (`briefing.analysis.issue_ranking`) on the labelled sets.

    python benchmarks/fit_issue_ranking.py [--l2 0.01]

For every labelled set, builds the brief with the standard template and keeps the composer's
state at the open issues. Each candidate matter the issues section weighs is labelled by the
set's gold file: an issue where its heading and statements, built as the section builds them,
hold a gold issue's terms and its heading alone names that same gold issue. Fits a logistic
model (each set weighing the same), prints the weights to paste into `issue_ranking.py`, then
issue coverage, naming and precision on each set: with the weights fitted on all sets, and with
those fitted on the other sets only (leave one set out).
"""

from __future__ import annotations

import argparse
import sys
from math import exp
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_quality import labelled_sets, load_scorer  # noqa: E402
from briefing.analysis.issue_ranking import SIGNALS  # noqa: E402
from briefing.compose import brief as compose_brief  # noqa: E402
from briefing.compose import issues as compose_issues  # noqa: E402
from briefing.model import run_to_end  # noqa: E402
from briefing.services import build  # noqa: E402

STEPS = 3000
RATE = 1.0
COUNTED = 10             # the scorer counts the first 10 issues, each with its first 4 statements
STATEMENTS = 4


def composer_states() -> dict[str, tuple]:
    """Per set: (compose context, issues section spec, gold), kept as the brief is built."""
    kept: dict = {}
    builder = compose_brief.BUILDERS["issues"]

    def keep(ctx, spec):
        kept["state"] = (ctx, spec)
        return builder(ctx, spec)

    compose_brief.BUILDERS["issues"] = keep
    scorer = load_scorer()
    out = {}
    try:
        for labelled in labelled_sets():
            run_to_end(build([labelled.docs], "standard"))
            out[labelled.name] = (*kept["state"], scorer.load_gold(str(labelled.gold)))
    finally:
        compose_brief.BUILDERS["issues"] = builder
    return out


def examples(states: dict, scorer) -> dict[str, list[tuple[list[float], int]]]:
    """Per set: (signal vector, label) of each candidate the issues section weighs."""
    out = {}
    for name, (ctx, spec, gold) in states.items():
        pile = compose_issues.Pile(ctx)
        rows = []
        avoid = set(ctx.used) | set(ctx.in_summary)
        for cand in compose_issues.ranked_candidates(pile):
            refs = cand.phrase.refs
            picked = compose_issues.ranked_statements(
                ctx, spec, refs | compose_issues.neighbours(pile, refs), STATEMENTS, avoid,
                relevance=lambda r, refs=refs: 1.0 if r in refs else 0.0)
            head = compose_issues.heading(pile, cand)
            text = scorer.fold(" ".join([head] + [ctx.text(r) for r in picked]))
            label = any(scorer.satisfies(text, g.match) and scorer.names_matter(scorer.fold(head), g.match)
                        for g in gold.items["issues"])
            rows.append((compose_issues.signals(cand).vector(), int(label)))
        out[name] = rows
    return out


def fit(data: list[tuple[list[float], int, float]], l2: float) -> list[float]:
    """Logistic regression by gradient descent; rows are (x, y, weight)."""
    n = len(data[0][0])
    w = [0.0] * n
    total = sum(weight for _, _, weight in data)
    for _ in range(STEPS):
        grad = [l2 * wi for wi in w]
        grad[0] = 0.0
        for x, y, weight in data:
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1.0 / (1.0 + exp(-max(-60.0, min(60.0, z))))
            for i in range(n):
                grad[i] += weight * (p - y) * x[i] / total
        w = [wi - RATE * gi for wi, gi in zip(w, grad, strict=True)]
    return w


def weighted(sets: dict, names: list[str]) -> list[tuple[list[float], int, float]]:
    return [(x, y, 1.0 / len(sets[name])) for name in names for x, y in sets[name]]


def issue_scores(ctx, spec, gold, scorer, weights: list[float]) -> tuple[float, float, float]:
    """Issue coverage, naming and precision of the issues section built with `weights`."""
    issues = compose_issues.issues_section(ctx, spec, weights).issues[:COUNTED]
    gold_issues = gold.items["issues"]
    texts = [scorer.fold(" ".join([i.name] + [s.text for s in i.statements[:STATEMENTS]])) for i in issues]
    covered = scorer.assign(gold_issues, texts)
    named = scorer.assign(gold_issues, [scorer.fold(i.name) for i in issues], scorer.names_matter)
    return len(covered) / len(gold_issues), len(named) / len(gold_issues), len(covered) / max(1, len(issues))


def print_rows(title: str, rows: dict[str, tuple[float, float, float]]) -> None:
    print(title)
    print(f"  {'set':<28} {'ic':>5} {'in':>5} {'ip':>5}")
    for name, (ic, naming, ip) in rows.items():
        print(f"  {name:<28} {ic:5.2f} {naming:5.2f} {ip:5.2f}")
    worst = [min(r[k] for r in rows.values()) for k in range(3)]
    print(f"  {'worst':<28} {worst[0]:5.2f} {worst[1]:5.2f} {worst[2]:5.2f}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--l2", type=float, default=0.01)
    args = parser.parse_args(argv)
    scorer = load_scorer()
    states = composer_states()
    if not states:
        print("fit_issue_ranking: no labelled sets found", file=sys.stderr)
        return 1
    sets = examples(states, scorer)
    names = list(sets)
    weights = fit(weighted(sets, names), args.l2)
    print("WEIGHTS = [" + ", ".join(f"{w:.2f}" for w in weights) + "]")
    print("  " + ", ".join(f"{s}={w:.2f}" for s, w in zip(SIGNALS, weights, strict=True)))
    print_rows("Fitted on all sets", {n: issue_scores(*states[n], scorer, weights) for n in names})
    held = {}
    for name in names:
        held_weights = fit(weighted(sets, [n for n in names if n != name]), args.l2)
        held[name] = issue_scores(*states[name], scorer, held_weights)
    print_rows("Held out: fitted on the other sets", held)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
