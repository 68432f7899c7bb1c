"""Fit the actor ranking's weights (`briefing.analysis.actor_ranking`) on the labelled sets.

    python benchmarks/fit_actor_ranking.py [--cut 0.6] [--l2 0.003] [--with-unseen] [--drop SIGNAL ...]

For every labelled set, and every unseen one `bench_quality.FITTED_UNSEEN` names, reads the actors
the analysis finds with their signals and labels each by the set's gold file (a key actor; an actor
at all; neither, which also covers a second actor for one gold actor). Fits two logistic models (key
actor; actor at all) on the labelled sets (`--with-unseen`: on those unseen ones too), each set
weighing the same, prints the weights to paste into `actor_ranking.py`, then the actor recall and
precision of the first 20 listed actors on each set: with the weights fitted, with those fitted on
the other sets only (leave one set out; a set the fit leaves out is held out already), and with the
shipped weights. `--drop` fits and ranks as if some signals were 0 for every actor, to see what
each one adds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from math import exp, inf, isnan, nan
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_quality import FITTED_UNSEEN, UNSEEN, LabelledSet, labelled_sets, load_scorer, unseen_sets  # noqa: E402
from briefing.analysis.actor_ranking import (  # noqa: E402
    MIN_KEY_LIKELIHOOD,
    MIN_SALIENCE,
    SIGNALS,
    ActorSignals,
    prominence_floor,
    rank_key,
    recurring_person,
)
from briefing.analysis.actors import actor_index, beside_their_speakers, tie_order  # noqa: E402
from briefing.compose.actors import headlines, reports_only  # noqa: E402
from briefing.model import run_to_end  # noqa: E402
from briefing.services import Selection, ingest  # noqa: E402
from ranking_fit import solve  # noqa: E402

LISTED = 20          # the scorer counts the first 20 actors
COUNTRY = SIGNALS.index("country")
MAX_STEPS = 50      # Newton steps; it converges in under ten
TOLERANCE = 1e-9


def examples(scorer, sets: list[LabelledSet]) -> dict[str, tuple[list[tuple], object, dict[str, list[str]]]]:
    """Per set: the rows (signal vector, key label, actor label, names, prominence, tie order, a
    news outlet that only reports the story) of each actor found, the set's gold and who speaks for
    whom."""
    out = {}
    for labelled in sets:
        documents = run_to_end(ingest([labelled.docs])).documents
        corpus = Selection().corpus(documents)
        index = actor_index(corpus)
        titles = headlines(corpus)
        gold = scorer.load_gold(str(labelled.gold))
        best: dict[str, tuple[int, str]] = {}      # gold name -> (mentions, actor) it is best found by
        for actor in index.actors:
            for g in gold.actors:
                if scorer.same_actor([actor.name, *actor.aliases], g):
                    if g.name not in best or actor.mentions > best[g.name][0]:
                        best[g.name] = (actor.mentions, actor.name)
        by_name = {g.name: g for g in gold.actors}
        owner = {actor_name: by_name[gold_name] for gold_name, (_, actor_name) in best.items()}
        rows = []
        for actor in index.actors:
            g = owner.get(actor.name)
            rows.append((index.signals[actor.name].vector(), int(bool(g and g.key)), int(g is not None),
                         [actor.name, *actor.aliases], actor.score, tie_order(actor),
                         reports_only(corpus, actor, titles)))
        out[labelled.name] = (rows, gold, index.speaks_for)
    return out


def fit(data: list[tuple[list[float], int, float]], l2: float) -> list[float]:
    """Logistic regression by Newton's method, to convergence; rows are (x, y, weight). Minimises
    the weighted mean log-loss plus l2/2 times the squared weights (the bias is not penalised)."""
    n = len(data[0][0])
    w = [0.0] * n
    total = sum(weight for _, _, weight in data)
    for _ in range(MAX_STEPS):
        grad = [l2 * wi for wi in w]
        grad[0] = 0.0
        hessian = [[l2 * (i == j and i > 0) for j in range(n)] for i in range(n)]
        for x, y, weight in data:
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1.0 / (1.0 + exp(-max(-60.0, min(60.0, z))))
            share = weight / total
            for i in range(n):
                grad[i] += share * (p - y) * x[i]
                curve = share * p * (1 - p) * x[i]
                if curve:
                    row = hessian[i]
                    for j in range(n):
                        row[j] += curve * x[j]
        step = solve(hessian, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(si) for si in step) < TOLERANCE:
            break
    return w


def weighted(sets: dict, names: list[str], label: int) -> list[tuple[list[float], int, float]]:
    out = []
    for name in names:
        rows = sets[name][0]
        out.extend((x, row[label], 1.0 / len(rows)) for row in rows for x in [row[0]])
    return out


def evaluate(scorer, rows, gold, speaks_for, key_w, actor_w, cut: float) -> tuple[float, float]:
    """Actor recall and precision of the first 20 listed actors, as the scorer counts them: ranked
    as the analysis ranks them (organizations beside their speakers), those likely actors listed
    (and not too unlikely key ones, nor news outlets only reporting the story, as the actors section
    lists them)."""
    scored = []
    likely = []
    for x, _, _, names, score, tie, _ in rows:
        zk = sum(w * v for w, v in zip(key_w, x, strict=True))
        za = sum(w * v for w, v in zip(actor_w, x, strict=True))
        pk, pa = 1 / (1 + exp(-max(-60, min(60, zk)))), 1 / (1 + exp(-max(-60, min(60, za))))
        likely.append((pk, pa, score, bool(x[COUNTRY]), names, tie, recurring_person(ActorSignals(*x[1:]))))
    # as the analysis ranks them: the most prominent listed actors, countries aside, with the likely key ones
    floor = prominence_floor([score for _, pa, score, *_ in likely if pa >= MIN_SALIENCE])
    for pk, pa, score, country, names, tie, recurring in likely:
        scored.append((rank_key(pk, score, inf if country else floor, recurring), tie,
                       SimpleNamespace(name=names[0], names=names, salience=pa, key=pk)))
    scored.sort(key=lambda s: s[:2])
    outlets = {row[3][0] for row in rows if row[6]}
    ranked = beside_their_speakers([a for _, _, a in scored], speaks_for)
    listed = [a.names for a in ranked if a.salience >= cut and a.key >= MIN_KEY_LIKELIHOOD
              and a.name not in outlets][:LISTED]
    matched, wrong = set(), 0
    for names in listed:
        candidates = sorted((g for g in gold.actors if scorer.same_actor(names, g)),
                            key=lambda g: (not scorer.same_actor(names[:1], g), not g.key))
        free = [g for g in candidates if g.name not in matched]
        if free:
            matched.add(free[0].name)
        else:
            wrong += 1
    keys = [g for g in gold.actors if g.key]
    recall = sum(g.name in matched for g in keys) / max(1, len(keys))
    precision = (len(listed) - wrong) / max(1, len(listed))
    return recall, precision


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cut", type=float, default=MIN_SALIENCE,
                        help="likelihood of being an actor below which one is not listed (as shipped)")
    parser.add_argument("--l2", type=float, default=0.003)
    parser.add_argument("--no-held-out", action="store_true", help="skip the leave-one-set-out fits")
    parser.add_argument("--with-unseen", action="store_true", help="fit on the unseen sets of FITTED_UNSEEN too")
    parser.add_argument("--drop", nargs="+", default=[], choices=SIGNALS[1:], metavar="SIGNAL",
                        help="fit and rank without these signals (set to 0 for every actor)")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        labelled = labelled_sets()
        sets = examples(scorer, labelled + unseen_sets(UNSEEN, Path(tmp), FITTED_UNSEEN))
    for rows, _, _ in sets.values():
        for row in rows:
            for signal in args.drop:
                row[0][SIGNALS.index(signal)] = 0.0
    names = list(sets)
    fitted_on = names if args.with_unseen else [s.name for s in labelled]
    key_w = fit(weighted(sets, fitted_on, 1), args.l2)
    actor_w = fit(weighted(sets, fitted_on, 2), args.l2)
    print("KEY_WEIGHTS = [" + ", ".join(f"{w:.3f}" for w in key_w) + "]")
    print("ACTOR_WEIGHTS = [" + ", ".join(f"{w:.3f}" for w in actor_w) + "]")
    print("# " + ", ".join(SIGNALS))
    print(f"\n{'set':<26} {'ar':>5} {'ap':>5}   held out: {'ar':>5} {'ap':>5}   shipped: {'ar':>5} {'ap':>5}")
    worst = [nan] * 4        # stays nan where nothing is scored (--no-held-out)
    for name in names:
        rows, gold, speaks_for = sets[name]
        fitted = evaluate(scorer, rows, gold, speaks_for, key_w, actor_w, args.cut)
        others = [n for n in fitted_on if n != name]
        if args.no_held_out:
            held = (float("nan"),) * 2
        elif name not in fitted_on:
            held = fitted
        else:
            held = evaluate(scorer, rows, gold, speaks_for, fit(weighted(sets, others, 1), args.l2),
                            fit(weighted(sets, others, 2), args.l2), args.cut)
        shipped = evaluate(scorer, rows, gold, speaks_for, *_shipped(), args.cut)
        print(f"{name:<26} {fitted[0]:5.2f} {fitted[1]:5.2f}             {held[0]:5.2f} {held[1]:5.2f}"
              f"            {shipped[0]:5.2f} {shipped[1]:5.2f}")
        # min(1.0, nan) is 1.0: a held-out figure not computed must not read as a perfect one
        worst = [b if isnan(a) else a if isnan(b) else min(a, b) for a, b in zip(worst, (*held, *shipped), strict=True)]
    print(f"worst held out: ar {worst[0]:.2f}, ap {worst[1]:.2f}; shipped weights: ar {worst[2]:.2f}, ap {worst[3]:.2f}")
    return 0


def _shipped() -> tuple[list[float], list[float]]:
    from briefing.analysis.actor_ranking import ACTOR_WEIGHTS, KEY_WEIGHTS
    return KEY_WEIGHTS, ACTOR_WEIGHTS


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
