"""Fit the quotes section's ranking constants on the labelled sets, and check them by leaving
one topic out: for each set, the constants that score best on the others are scored on it.

Run by hand: `python benchmarks/quote_ranking.py [--quotations]`. Prints quote coverage per set for
the shipped constants, for the best grid point over all sets, and held out; then the unseen topics
whose misses may be read (`bench_quality.FITTED_UNSEEN`; the others are held back from whoever tunes
the ranking, and bench_quality scores them) under the shipped and the fitted constants (never
fitted on). Writes nothing.

`--quotations` instead tries a ranking learnt quotation by quotation: a logistic regression over
the signals of `QUOTATION_SIGNALS` (the shipped share among them), each quotation labelled by
whether it holds a gold quote of its speaker, fitted on all the sets above but one (each set
weighing alike) and scored on the one left out, the section then taking the quotations in the order
of the fitted likelihood (a speaker's own order kept as the tie-break) and leaving out the ones a
quotation taken already says. It prints the held-out coverage beside the shipped ranking's.
"""

from __future__ import annotations

import itertools
import re
import sys
import tempfile
from math import log
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import briefing.compose.quotes as quotes_module  # noqa: E402
from bench_quality import FITTED_UNSEEN, UNSEEN, labelled_sets, load_scorer, unseen_sets  # noqa: E402
from briefing.analysis import analyse  # noqa: E402
from briefing.compose.context import ComposeContext  # noqa: E402
from briefing.model import run_to_end  # noqa: E402
from briefing.services.pipeline import Selection, ingest  # noqa: E402
from briefing.templates import SectionSpec, load_template  # noqa: E402
from fit_actor_ranking import fit as fit_logistic  # noqa: E402

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
    return shown_coverage(scorer, gold, quotes_module.quotes_section(ctx, SectionSpec("quotes", "Quotes")).quotes)


def shown_coverage(scorer, gold, shown) -> float:
    """The scorer's quote coverage of the quotations `shown` (anything with speaker and text)."""
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
        _, unseen = prepared_sets(unseen_sets(UNSEEN, Path(tmp), FITTED_UNSEEN))
        if unseen:
            row = " ".join(f"{n[:10]:>10}" for n, *_ in unseen)
            print(f"\n{'unseen (not fitted on)':<28} {row}   worst   mean")
            for label, point in (("shipped", shipped), ("fitted", dict(zip(keys, fitted, strict=True)))):
                values = scores(scorer, unseen, point)
                print(f"{label:<28} " + " ".join(f"{v:>10.2f}" for v in values.values())
                      + f"   {min(values.values()):.2f}   {sum(values.values()) / len(values):.3f}")
    scores(scorer, sets, shipped)            # leave the module as it was
    return 0


# The signals the learnt ranking weighs, one quotation at a time: the shipped share and the parts it
# is made of, then signals the shipped ranking leaves out or uses only to order a speaker's list.
QUOTATION_SIGNALS = ("share", "first_of_speaker", "later_turn", "fragment", "speaker_documents",
                     "speaker_quotations", "words", "stance", "back_reference", "condition", "question",
                     "place_in_report", "turn_in_report", "copies", "key_likelihood", "mentions", "person",
                     "figure", "first_person", "speaker_place")
# a quotation opening on a personal pronoun or a conjunction goes on from words the reader lacks
BACK_REFERENCE = re.compile(r"[\s\"'“”‘’\[(…-]*(?:he|she|they|him|her|them|and|but|so|or)\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|we|my|our)\b", re.I)


def quotation_signals(ctx: ComposeContext, found: quotes_module.SpeakerQuotes) -> list[tuple[int, list[float]]]:
    """Each candidate quotation (its index in `found.quotes`) with its QUOTATION_SIGNALS."""
    quotes = found.quotes
    actors = {a.name: a for a in ctx.facts.actors}
    place = {name: k for k, name in enumerate(sorted(found.ordered, key=[a.name for a in ctx.facts.actors].index))}
    turn: dict[int, int] = {}
    for doc in {quotes[i].ref.doc for ix in found.ordered.values() for i in ix}:
        own = sorted((i for ix in found.ordered.values() for i in ix if quotes[i].ref.doc == doc),
                     key=lambda i: quotes[i].start)
        turn.update({i: k for k, i in enumerate(own)})
    out = []
    for speaker, indices in found.ordered.items():
        actor = actors[speaker]
        documents = len({quotes[j].ref.doc for i in indices for j in [i] + found.copies[i]})
        for k, i in enumerate(indices):
            text = quotes[i].text
            share = documents ** quotes_module.DOCS_POWER / (k + quotes_module.OFFSET) \
                * (quotes_module.FRAGMENT_FACTOR if found.fragment[i] else 1.0)
            sentences = len(ctx.corpus.documents[quotes[i].ref.doc].sentences)
            out.append((i, [log(share), float(k == 0), log(1 + k), float(found.fragment[i]), log(documents),
                            log(len(indices)), log(len(text.split())), float(quotes_module.takes_stance(text)),
                            float(bool(BACK_REFERENCE.match(text))), float(bool(quotes_module.CONDITIONAL.match(text))),
                            float("?" in text), quotes[i].ref.sentence / max(1, sentences), log(1 + turn[i]),
                            log(1 + len(found.copies[i])), actor.key_likelihood, log(1 + actor.mentions),
                            float(actor.kind == "person"), float(any(c.isdigit() for c in text)),
                            float(bool(FIRST_PERSON.search(text))), log(1 + place[speaker])]))
    return out


def learnt_section(ctx: ComposeContext, found, signals, weights, mean, spread) -> list:
    """The quotations in the order of the fitted likelihood, up to the budget, none saying what one
    taken already says."""
    order = {i: k for ix in found.ordered.values() for k, i in enumerate(ix)}
    scored = sorted(signals, key=lambda row: (-sum(w * (x - m) / s for w, x, m, s in
                                                   zip(weights[1:], row[1], mean, spread, strict=True)),
                                              order[row[0]], row[0]))
    picked: list[int] = []
    for i, _ in scored:
        if len(picked) >= QUOTE_BUDGET:
            break
        if not any(quotes_module._one_quotation(ctx, found.quotes, found.words, i, j) for j in picked):
            picked.append(i)
    return [found.quotes[i] for i in picked]


def learnt_ranking(l2: float = 0.01) -> int:
    """Leave one set out: fit the quotation-level model on the others, score the one left out."""
    scorer, labelled = prepared_sets()
    with tempfile.TemporaryDirectory() as tmp:
        _, unseen = prepared_sets(unseen_sets(UNSEEN, Path(tmp), FITTED_UNSEEN))
    examples = {}
    for name, gold, corpus, facts, template in labelled + unseen:
        ctx = ComposeContext(corpus, facts, template)
        found = quotes_module.speaker_quotes(ctx)
        signals = quotation_signals(ctx, found)
        labels = [int(any(scorer.same_actor([found.quotes[i].speaker], g.speaker)
                          and scorer.has_term(scorer.fold(found.quotes[i].text), g.fragment) for g in gold.quotes))
                  for i, _ in signals]
        shipped = shown_coverage(scorer, gold, quotes_module.quotes_section(ctx, SectionSpec("quotes", "Quotes")).quotes)
        examples[name] = (ctx, found, signals, labels, gold, shipped)
    held = {}
    for name in examples:
        rows = [(x, y, 1.0 / max(1, sum(labels) if y else len(labels) - sum(labels)))
                for other, (_, _, signals, labels, _, _) in examples.items() if other != name
                for (_, x), y in zip(signals, labels, strict=True)]
        columns = list(zip(*(x for x, _, _ in rows), strict=True))
        mean = [sum(c) / len(c) for c in columns]
        spread = [max(1e-9, (sum((v - m) ** 2 for v in c) / len(c)) ** 0.5) for c, m in zip(columns, mean, strict=True)]
        weights = fit_logistic([([1.0] + [(v - m) / s for v, m, s in zip(x, mean, spread, strict=True)], y, w)
                                for x, y, w in rows], l2)
        ctx, found, signals, _, gold, _ = examples[name]
        held[name] = shown_coverage(scorer, gold, learnt_section(ctx, found, signals, weights, mean, spread))
    names = list(examples)
    print(f"{'':<10} " + " ".join(f"{n[:10]:>10}" for n in names) + "   labelled mean / unseen mean")
    halves = ([n for n, *_ in labelled], [n for n, *_ in unseen])
    for label, values in (("shipped", {n: e[5] for n, e in examples.items()}), ("held out", held)):
        means = " / ".join(f"{sum(values[n] for n in half) / max(1, len(half)):.3f}" for half in halves)
        print(f"{label:<10} " + " ".join(f"{values[n]:>10.2f}" for n in names) + f"   {means}")
    return 0


if __name__ == "__main__":
    sys.exit(learnt_ranking() if "--quotations" in sys.argv[1:] else main())
