"""Fit the prose sections' ranking weights (summary, background, outlook) on the labelled sets.

Run by hand: `python benchmarks/ranking_fit.py` fits on every labelled set and prints the weights
as Python, to paste into `src/briefing/compose/statement_weights.py` (`--write` writes them there).
`--misses [SET ...]` instead lists each prose section's wrong picks (counted statements satisfying
none of its gold items: what stood in the misses' place) and, for each gold item the section
misses, where the sentences satisfying it rank in that section and at which stage each was lost
(section_fates: no candidate and why, beyond the pool, below the budget with the pick it is most
like, passed over as a repeat, or shown by an earlier section), then tallies the items by the stage
their best sentence reached (`--held-out`: ranked with weights fitted on the other sets), on the
labelled sets and the seven unseen topics whose misses may be read (bench_quality.FITTED_UNSEEN).
`--contrast [SET ...]
[--held-out]` tabulates the mean of each feature over each prose section's hits, wrong picks and
missed gold items (contrast), on the labelled sets and those unseen topics apart. `--auc [SET ...]`
gives, for each prose section and feature, how well the feature alone tells the gold sentences
from the rest among the section's first CONTENDERS candidates (contender_auc: the area under the
ROC curve, .5 telling nothing), labelled sets and unseen topics apart.
`--try SECTION FEATURES [FEATURES ...]` refits that one section with each comma-separated list of
FEATURES in turn (the other sections keep the shipped weights) and prints, against the shipped
weights, each list's means of the prose sections' and the issues' coverage (the labelled sets
fitted, the seven unseen topics, the labelled sets held out: each ranked with the section fitted on
the other seven) and every set whose figures move (try_features): a feature is worth keeping where
it raises the held-out and the unseen figures alike, not where it trades items between sets.
`bench_quality.py --leave-one-out` calls `leave_one_out`: for each set, weights fitted on all
the other sets compose that set's brief, which the scorer grades.

Each section is a logistic regression over its `SECTION_FEATURES`. A sentence is a positive
example of a section when it satisfies one of that section's gold items by the scorer's own
matching (`fold`/`satisfies`); an item that several sentences satisfy spreads its weight over
them, so that every gold item counts once, and each set's negatives together weigh as much as
its positives, so that every topic counts alike. Only sentences that could be picked count.
Plain Python (Newton's method on a dozen weights): no extra dependency.

Fitted on the labelled sets only. Fitting on the seven visible unseen BBC topics as well (fifteen
topics, so that undated BBC piles are represented) was measured by leaving each of the fifteen out
in turn against today's held-out figures (the labelled sets left out of the fit on eight, the BBC
topics scored with the fit on all eight): the means fell, summary .653 -> .600, background .517
-> .500, outlook .513 -> .495, and on the BBC topics themselves too (.543 -> .514, .446 -> .411,
.357 -> .304); with L2 1 they fell as well, with L2 5 both fits scored below either at 0.2.
Their gold outlook is told less by the tense cues than the labelled sets' is (the writer's own
future verb is in .26 of the sentences satisfying it and .09 of the others; .33 and .04 on the labelled sets), and their piles are undated, so the
reports' order (recency), the labelled sets' strongest outlook cue after the tense, says nothing.

Measured (s29-prose) and left out, each section refitted alone (means over the eight labelled sets
fitted / the seven unseen topics / the eight held out; the refit as shipped gives outlook .696 /
.411 / .665, background .656 / .482 / .578): the hard negatives weighed up (each set's first 24
negatives by the first fit's score 3 or 10 times, then refitted: a fit for the top of the ranking,
where the section picks): outlook .681 / .411 / .634 and .650 / .411 / .616, background .547 / .464
/ .547; a gold item's weight spread over its n sentences as 1/n^p rather than 1/n: outlook p 0
.681 / .375 / .616, p .5 .699 / .375 / .650, p 1.5 .681 / .411 / .650, p 2 .681 / .375 / .650;
background p .5 .641 / .446 / .516, p 1.5 .578 / .482 / .562.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from math import exp
from pathlib import Path

from briefing.analysis import analyse
from briefing.compose import statements
from briefing.compose.brief import compose_from_facts
from briefing.compose.context import ComposeContext
from briefing.compose.statement_ranking import (
    FEATURES,
    SECTION_FEATURES,
    SECTIONS,
    RankingWeights,
    SectionWeights,
)
from briefing.compose.statements import POOL_FACTOR, candidacy, later_sections, section_limit, section_scores
from briefing.export import write_brief
from briefing.model import Brief, CancelFlag, Corpus, CorpusFacts, SentenceRef, run_to_end
from briefing.services import ingest
from briefing.templates import load_template

# Ridge penalty on the weights (not the bias), against a total example weight of about 16 per
# set. Best held-out scores over 0.2, 1, 5, 20 (0.2 and 1 alike; 5 and 20 lower).
# Refitting with the negatives a first fit ranks among a set's best 24 or 48 weighed 2-3 times
# (what the sections pick from) lowered background and outlook on most sets, fitted and held out.
L2 = 0.2
NEWTON_STEPS = 30
TEMPLATE = "standard"

Row = tuple[tuple[float, ...], float, float]     # features, label (0 or 1), weight


@dataclass
class Example:
    features: tuple[float, ...]
    label: dict[str, float]        # per section: its weight as a positive example (0: negative)


@dataclass
class LoadedSet:
    labelled: object               # bench_quality.LabelledSet
    corpus: Corpus
    facts: CorpusFacts
    examples: list[Example]


def load_set(labelled, scorer) -> LoadedSet:
    """A labelled set's documents, analysed, with one example per sentence that could be picked."""
    corpus = Corpus.of(run_to_end(ingest([labelled.docs])).documents)
    facts = run_to_end(analyse(corpus))
    template = load_template(TEMPLATE)
    ctx = ComposeContext(corpus, facts, template)
    gold = scorer.load_gold(str(labelled.gold))
    longest = max(s.max_words or 0 for s in template.sections if s.kind in SECTIONS) or None
    refs = [r for r in corpus.refs() if ctx.candidate(r, longest)]
    folded = {r: scorer.fold(ctx.text(r)) for r in refs}
    labels = {r: dict.fromkeys(SECTIONS, 0.0) for r in refs}
    for kind in SECTIONS:
        for item in gold.items[kind]:
            hits = [r for r in refs if scorer.satisfies(folded[r], item.match)]
            for r in hits:
                labels[r][kind] += 1 / len(hits)
    return LoadedSet(labelled, corpus, facts, [Example(ctx.features[r], labels[r]) for r in refs])


def solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with matrix · x = vector, by Gauss-Jordan elimination with partial pivoting."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        if abs(a[col][col]) < 1e-12:
            continue
        for r in range(n):
            if r != col and a[r][col]:
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col], strict=True)]
    return [a[i][n] / a[i][i] if abs(a[i][i]) > 1e-12 else 0.0 for i in range(n)]


def fit_logistic(rows: list[Row], names: tuple[str, ...], l2: float = L2) -> SectionWeights:
    """Weighted, L2-regularised logistic regression over the features `names` (Newton's method)."""
    index = [FEATURES.index(n) for n in names]
    data = [((1.0, *(x[i] for i in index)), y, w) for x, y, w in rows]
    k = len(index) + 1
    beta = [0.0] * k
    for _ in range(NEWTON_STEPS):
        grad = [l2 * b if i else 0.0 for i, b in enumerate(beta)]
        hess = [[l2 if i == j and i else 0.0 for j in range(k)] for i in range(k)]
        for xs, y, w in data:
            z = sum(b * v for b, v in zip(beta, xs, strict=True))
            p = 1 / (1 + exp(-max(-30.0, min(30.0, z))))
            g, h = w * (p - y), w * p * (1 - p)
            for i, xi in enumerate(xs):
                if xi:
                    grad[i] += g * xi
                    row = hess[i]
                    for j, xj in enumerate(xs):
                        row[j] += h * xi * xj
        step = solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return SectionWeights(round(beta[0], 3), {n: round(b, 3) for n, b in zip(names, beta[1:], strict=True)})


def section_rows(loaded: list[LoadedSet], kind: str) -> list[Row]:
    rows: list[Row] = []
    for one in loaded:
        positives = sum(e.label[kind] for e in one.examples)
        negatives = sum(1 for e in one.examples if not e.label[kind])
        if not positives or not negatives:
            continue
        for e in one.examples:
            rows.append((e.features, 1.0, e.label[kind]) if e.label[kind] else
                        (e.features, 0.0, positives / negatives))
    return rows


def fit(loaded: list[LoadedSet]) -> RankingWeights:
    return RankingWeights(**{kind: fit_logistic(section_rows(loaded, kind), SECTION_FEATURES[kind])
                             for kind in SECTIONS})


def compose_with(loaded: LoadedSet, weights: RankingWeights | None) -> Brief:
    return run_to_end(compose_from_facts(loaded.corpus, loaded.facts, load_template(TEMPLATE), {}, {},
                                         CancelFlag(), weights=weights))


def score_with(loaded: LoadedSet, scorer, weights: RankingWeights | None) -> dict:
    """The set's brief composed with `weights` (None: the shipped ones), graded by the scorer."""
    brief = compose_with(loaded, weights)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_brief(brief, Path(tmp) / "brief.json", "json")
        report = scorer.score(scorer.load_brief(str(path)), scorer.load_gold(str(loaded.labelled.gold)),
                              loaded.labelled.docs)
    return report.metrics


def leave_one_out(sets, scorer) -> dict[str, dict]:
    """For each set, the scores of its brief ranked with weights fitted on all the other sets."""
    loaded = [load_set(s, scorer) for s in sets]
    return {one.labelled.name: score_with(one, scorer, fit([o for o in loaded if o is not one]))
            for one in loaded}


MISS_HITS = 3         # sentences shown per missed gold item, the best ranked first


def first_cited(statement) -> SentenceRef | None:
    """The sentence a statement cites first (for a pair shown together, the one before)."""
    if statement.citations and statement.citations[0].source[1:].isdigit():
        return SentenceRef(int(statement.citations[0].source[1:]) - 1, statement.citations[0].sentence)
    return None


def shown_in(brief: Brief) -> dict[SentenceRef, str]:
    """Each sentence a section of the brief shows (by its first citation), and that section's kind."""
    out: dict[SentenceRef, str] = {}
    for section in brief.sections:
        statements = [*section.statements, *(st for i in section.issues for st in i.statements),
                      *(st for c in section.items for st in c.statements)]
        for st in statements:
            ref = first_cited(st)
            if ref is not None:
                out.setdefault(ref, section.kind)
    return out


# Where a missed gold item's sentences were lost, stage by stage, the first stage first: shown by an
# earlier prose section, picked from the pool but passed over as repeating what was shown (maximal
# marginal relevance, near-duplicates), in the pool below the section's budget, beyond the pool,
# or no candidate at all (compose/statements.py candidacy says why).
SHOWN_EARLIER, REPEATS, BELOW_BUDGET, BEYOND_POOL = "shown earlier", "repeats a pick", "below the budget", "beyond the pool"
STAGES = (SHOWN_EARLIER, REPEATS, BELOW_BUDGET, BEYOND_POOL)


def section_fates(ctx: ComposeContext, spec, kind: str, default: int) -> dict[SentenceRef, tuple[str, int]]:
    """Each sentence's fate in the section `kind` as ranked_section meets it (with the brief's state
    so far in `ctx`), and its rank by the section's score: no candidate (candidacy's reason), in
    the pool (REPEATS in its first `limit` places, else BELOW_BUDGET) or BEYOND_POOL."""
    scores = section_scores(ctx, kind)
    others = later_sections(ctx, kind)
    limit = section_limit(ctx, spec, kind, default)
    fates, pool = {}, 0
    for rank, r in enumerate(sorted(ctx.central_order, key=scores.__getitem__, reverse=True)):
        why = candidacy(ctx, r, spec, kind, scores, others)[0]
        if not why:
            why = BEYOND_POOL if pool >= limit * POOL_FACTOR else REPEATS if pool < limit else BELOW_BUDGET
            pool += 1
        fates[r] = why, rank
    return fates


def misses(loaded: LoadedSet, scorer, weights: RankingWeights | None) -> tuple[list[str], Counter]:
    """For each prose section, the counted statements that satisfy none of its gold items (wrong
    picks: what stood in the misses' place), each with its rank and score; then for each gold item
    the section misses, the sentences satisfying it, each with its rank by the section's score, its
    score and its fate (section_fates; "shown in" a later section where one shows it); and the
    tally of the items by their best sentence's stage."""
    fates: dict[str, dict[SentenceRef, tuple[str, int]]] = {}
    contexts: dict[str, ComposeContext] = {}
    ranked = statements.ranked_section

    def recording(ctx: ComposeContext, spec, kind: str, default: int):
        fates[kind] = section_fates(ctx, spec, kind, default)
        contexts[kind] = ctx
        return ranked(ctx, spec, kind, default)

    statements.ranked_section = recording
    try:
        brief = compose_with(loaded, weights)
    finally:
        statements.ranked_section = ranked
    ctx = ComposeContext(loaded.corpus, loaded.facts, load_template(TEMPLATE), weights=weights)
    gold = scorer.load_gold(str(loaded.labelled.gold))
    shown = shown_in(brief)
    lines, tally = [], Counter()
    for section in (s for s in brief.sections if s.kind in SECTIONS):
        kind = section.kind
        scores = section_scores(ctx, kind)
        texts = [scorer.fold(st.text) for st in section.statements]
        # what stood in the missed items' place: the counted statements no gold item of the section holds
        for st, text in list(zip(section.statements, texts, strict=True))[:COUNTED[kind]]:
            ref = first_cited(st)
            if ref is not None and not any(scorer.satisfies(text, item.match) for item in gold.items[kind]):
                lines.append(f"  {kind} wrong pick #{fates[kind][ref][1]} {scores[ref]:+.2f} "
                             f"S{ref.doc + 1}.{ref.sentence} {ctx.text(ref)[:100]}")
        picks = [r for r in map(first_cited, section.statements[:COUNTED[kind]]) if r is not None]
        for item in gold.items[kind]:
            if any(scorer.satisfies(t, item.match) for t in texts):
                continue
            hits = [r for r in ctx.central_order if scorer.satisfies(scorer.fold(ctx.text(r)), item.match)]
            stages = {}
            for r in hits:
                why, _ = fates[kind][r]
                earlier = shown.get(r) in SECTIONS and SECTIONS.index(shown[r]) < SECTIONS.index(kind)
                stages[r] = SHOWN_EARLIER if earlier else why
            hits.sort(key=lambda r: (STAGES.index(stages[r]) if stages[r] in STAGES else len(STAGES), fates[kind][r][1]))
            tally[kind, stages[hits[0]] if hits else "no sentence"] += 1
            lines.append(f"  {kind} missed {item.id}")
            for r in hits[:MISS_HITS]:
                where = f" (shown in {shown[r]})" if r in shown and stages[r] != SHOWN_EARLIER else ""
                if stages[r] == BELOW_BUDGET and picks:
                    where += " " + nearest_pick(contexts[kind], kind, r, picks)
                lines.append(f"    #{fates[kind][r][1]} {scores[r]:+.2f} {stages[r] + where:34} {ctx.text(r)[:100]}")
    return lines, tally


def nearest_pick(ctx: ComposeContext, kind: str, ref: SentenceRef, picks: list[SentenceRef]) -> str:
    """The pick a sentence below the budget is most like, as the section's choice weighs likeness
    (statements.likeness: one report, one person's event, one deed, one past event; the bottom line
    takes the story's usual likeness off it): "like S3.1 .42". A low figure against a high-ranked sentence tells a pick that won for saying little that
    was said already (an aside) rather than for its score."""
    people = ctx.people_in if kind in statements.ONE_EVENT_ACROSS_REPORTS else None
    past = kind in statements.ONE_PAST_EVENT_IN
    like, pick = max((statements.likeness(ctx, ref, p, set(picks), people, past), p) for p in picks)
    return f"like S{pick.doc + 1}.{pick.sentence} {like:.2f}"


# The statements the scorer counts in each prose section: the first ones, as a reader skims them
# (../shared/eval/score.py BUDGETS).
COUNTED = {"summary": 5, "background": 8, "outlook": 8}
HIT, WRONG, MISSED = "hit", "wrong", "missed"
VERDICTS = (HIT, WRONG, MISSED)


def contrast(loaded: LoadedSet, scorer, weights: RankingWeights | None) -> dict[tuple[str, str], list[tuple[float, ...]]]:
    """The features of what each prose section shows and what it misses, by verdict: a counted
    statement satisfying one of the section's gold items (HIT) or none (WRONG); for each gold item
    no counted statement satisfies, the sentence satisfying it that the section ranks best (MISSED).
    A feature worth adding tells WRONG from MISSED, on the labelled sets and the unseen topics
    alike: those are the sentences it would have to swap. Telling a section's gold sentences from
    the rest of its contenders is not enough (features that did so on both sides, fitted, lowered
    the held-out figures: they also moved the hits)."""
    brief = compose_with(loaded, weights)
    ctx = ComposeContext(loaded.corpus, loaded.facts, load_template(TEMPLATE), weights=weights)
    gold = scorer.load_gold(str(loaded.labelled.gold))
    out: dict[tuple[str, str], list[tuple[float, ...]]] = {}
    for section in (s for s in brief.sections if s.kind in COUNTED):
        kind, items = section.kind, gold.items[section.kind]
        counted = [(st, scorer.fold(st.text)) for st in section.statements[:COUNTED[section.kind]]]
        for st, text in counted:
            ref = first_cited(st)
            if ref is not None:
                verdict = HIT if any(scorer.satisfies(text, item.match) for item in items) else WRONG
                out.setdefault((kind, verdict), []).append(ctx.features[ref])
        scores = section_scores(ctx, kind)
        for item in items:
            if not any(scorer.satisfies(text, item.match) for _, text in counted):
                hits = [r for r in ctx.central_order if scorer.satisfies(scorer.fold(ctx.text(r)), item.match)]
                if hits:
                    out.setdefault((kind, MISSED), []).append(ctx.features[max(hits, key=scores.__getitem__)])
    return out


CONTENDERS = 40      # a section's best candidates by its score, the sentences a feature would reorder


def contender_auc(loaded: LoadedSet, scorer) -> dict[tuple[str, bool], list[tuple[float, ...]]]:
    """The features of each prose section's first CONTENDERS candidates by the shipped score (those
    the pile's longest statement allows; for background and outlook the reports' first two sentences
    left out, the bottom line taking most of them), under (section, satisfies one of its gold items)."""
    ctx = ComposeContext(loaded.corpus, loaded.facts, load_template(TEMPLATE))
    gold = scorer.load_gold(str(loaded.labelled.gold))
    longest = max(s.max_words or 0 for s in ctx.template.sections if s.kind in SECTIONS) or None
    out: dict[tuple[str, bool], list[tuple[float, ...]]] = {}
    for kind in SECTIONS:
        scores = section_scores(ctx, kind)
        ranked = sorted(ctx.central_order, key=scores.__getitem__, reverse=True)
        skip = ctx.lead if kind != "summary" else set()
        contenders = [r for r in ranked if r not in skip and ctx.candidate(r, longest)][:CONTENDERS]
        for r in contenders:
            text = scorer.fold(ctx.text(r))
            is_gold = any(scorer.satisfies(text, item.match) for item in gold.items[kind])
            out.setdefault((kind, is_gold), []).append(ctx.features[r])
    return out


def area_under_curve(positives: list[float], negatives: list[float]) -> float | None:
    """The chance that a positive scores above a negative (ties count half); None without both."""
    if not positives or not negatives:
        return None
    above = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return above / (len(positives) * len(negatives))


def print_auc(groups: dict[str, dict[tuple[str, bool], list[tuple[float, ...]]]]) -> None:
    """Per prose section, each feature's AUC among the contenders of each group (a star marks the
    features the section's model weighs) and its mean over the gold contenders and the others."""
    for kind in SECTIONS:
        counts = "  ".join(f"{g} {len(rows.get((kind, True), []))} gold of "
                           f"{len(rows.get((kind, True), [])) + len(rows.get((kind, False), []))}"
                           for g, rows in groups.items())
        print(f"--- {kind}: AUC (gold against the other contenders), means gold / other; {counts}")
        for i, name in enumerate(FEATURES):
            star = "*" if name in SECTION_FEATURES[kind] else " "
            cells = []
            for rows in groups.values():
                pos = [x[i] for x in rows.get((kind, True), [])]
                neg = [x[i] for x in rows.get((kind, False), [])]
                auc = area_under_curve(pos, neg)
                mean = "  -  /  -  " if auc is None else f"{sum(pos) / len(pos):5.2f}/{sum(neg) / len(neg):5.2f}"
                cells.append(f"{auc:7.2f} {mean}" if auc is not None else f"{'-':>7} {mean}")
            print(f"  {star}{name:16}" + "".join(cells))


def print_contrast(groups: dict[str, dict[tuple[str, str], list[tuple[float, ...]]]]) -> None:
    """Per prose section, each feature's mean over each group's hits, wrong picks and misses (a
    star marks the features the section's model weighs)."""
    for kind in COUNTED:
        columns = [(g, v) for g in groups for v in VERDICTS]
        print(f"--- {kind}: " + "  ".join(f"{g} {v} {len(groups[g].get((kind, v), []))}" for g, v in columns))
        for i, name in enumerate(FEATURES):
            star = "*" if name in SECTION_FEATURES[kind] else " "
            means = [sum(x[i] for x in rows) / len(rows) if (rows := groups[g].get((kind, v))) else None
                     for g, v in columns]
            print(f"  {star}{name:16}" + "".join(f"{m:8.2f}" if m is not None else f"{'-':>8}" for m in means))


TRIED = {"sc": "summary_coverage", "bc": "background_coverage", "oc": "outlook_coverage",
         "ic": "issue_coverage", "fc": "fact_coverage", "tc": "timeline_coverage", "qc": "quote_coverage",
         "rp": "repeats"}
TRIED_MEANS = ("sc", "bc", "oc", "ic")


def with_section(kind: str, weights: SectionWeights) -> RankingWeights:
    """The shipped weights with `kind`'s model replaced by `weights`."""
    from briefing.compose.statement_weights import FITTED
    return RankingWeights(**{k: weights if k == kind else FITTED.section(k) for k in SECTIONS})


def try_features(loaded: list[LoadedSet], unseen: list[LoadedSet], scorer, kind: str,
                 names: tuple[str, ...] | None) -> tuple[dict[str, dict], dict[str, dict]]:
    """The TRIED figures of every set with `kind` refitted on `names` (None: as shipped), the
    labelled sets and the unseen topics ranked with the fit on all labelled sets; then of each
    labelled set ranked with the fit on the others."""
    def weights(train: list[LoadedSet]) -> RankingWeights | None:
        return None if names is None else with_section(kind, fit_logistic(section_rows(train, kind), names))

    def figures(one: LoadedSet, w: RankingWeights | None) -> dict:
        metrics = score_with(one, scorer, w)
        return {k: metrics[name] for k, name in TRIED.items()}

    everyone = weights(loaded)
    fitted = {one.labelled.name: figures(one, everyone) for one in [*loaded, *unseen]}
    held = {one.labelled.name: figures(one, weights([o for o in loaded if o is not one])) for one in loaded}
    return fitted, held


def print_tried(label: str, fitted: dict[str, dict], held: dict[str, dict], base: tuple[dict, dict] | None) -> None:
    """One line of means (L labelled fitted, U unseen, H labelled held out), then the sets that move."""
    unseen = [n for n in fitted if n not in held]

    def mean(rows: dict[str, dict], names: list[str], key: str) -> float:
        return sum(rows[n][key] for n in names) / max(1, len(names))
    print(f"{label[:48]:48} " + "  ".join(f"{k} L{mean(fitted, list(held), k):.3f} U{mean(fitted, unseen, k):.3f} "
                                           f"H{mean(held, list(held), k):.3f}" for k in TRIED_MEANS))
    if base is None:
        return
    for how, rows, before in (("fitted", fitted, base[0]), ("held out", held, base[1])):
        for name, row in rows.items():
            moved = [f"{k} {before[name][k]:.2f}->{row[k]:.2f}" for k in TRIED if row[k] != before[name][k]]
            if moved:
                print(f"    {how:8} {name}: {', '.join(moved)}")


def as_python(weights: RankingWeights) -> str:
    lines = ["FITTED = RankingWeights("]
    for kind in SECTIONS:
        w = weights.section(kind)
        lines.append(f"    {kind}=SectionWeights({w.bias}, {{")
        lines += [f"        {name!r}: {value}," for name, value in w.weights.items()]
        lines.append("    }),")
    return "\n".join(lines + [")"])


WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "src" / "briefing" / "compose" / "statement_weights.py"


def write_weights(code: str, path: Path = WEIGHTS_FILE) -> None:
    """Replace the FITTED block of statement_weights.py with `code`, keeping its docstring."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.index("FITTED = ")] + code + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    from bench_quality import FITTED_UNSEEN, UNSEEN, labelled_sets, load_scorer, unseen_sets
    sets = labelled_sets()
    if not sets:
        print("ranking_fit: no labelled sets found", file=sys.stderr)
        return 1
    scorer = load_scorer()
    if "--contrast" in argv:
        names = [a for a in argv if not a.startswith("--")]
        loaded = [load_set(s, scorer) for s in sets]
        groups: dict[str, dict[tuple[str, str], list[tuple[float, ...]]]] = {"labelled": {}, "unseen": {}}
        with tempfile.TemporaryDirectory() as tmp:
            unseen = [load_set(u, scorer) for u in unseen_sets(UNSEEN, Path(tmp), FITTED_UNSEEN)
                      if not names or u.name in names]
            for one in [*loaded, *unseen]:
                if not names or one.labelled.name in names:
                    held_out = "--held-out" in argv and one in loaded
                    weights = fit([o for o in loaded if o is not one]) if held_out else None
                    group = groups["labelled" if one in loaded else "unseen"]
                    for key, rows in contrast(one, scorer, weights).items():
                        group.setdefault(key, []).extend(rows)
        print_contrast({g: rows for g, rows in groups.items() if rows})
        return 0
    if "--auc" in argv:
        names = [a for a in argv if not a.startswith("--")]
        by_group: dict[str, dict[tuple[str, bool], list[tuple[float, ...]]]] = {"labelled": {}, "unseen": {}}
        with tempfile.TemporaryDirectory() as tmp:
            unseen = unseen_sets(UNSEEN, Path(tmp), FITTED_UNSEEN)
            for group, chosen in (("labelled", sets), ("unseen", unseen)):
                for labelled in chosen:
                    if not names or labelled.name in names:
                        for key, rows in contender_auc(load_set(labelled, scorer), scorer).items():
                            by_group[group].setdefault(key, []).extend(rows)
        print_auc({g: rows for g, rows in by_group.items() if rows})
        return 0
    if "--try" in argv:
        rest = [a for a in argv if not a.startswith("--")]
        if not rest or rest[0] not in SECTIONS or any(n not in FEATURES for a in rest[1:] for n in a.split(",")):
            print(f"ranking_fit: --try SECTION FEATURES[,FEATURE ...] ...: a section of {SECTIONS}, "
                  f"features of {FEATURES}", file=sys.stderr)
            return 2
        kind = rest[0]
        loaded = [load_set(s, scorer) for s in sets]
        with tempfile.TemporaryDirectory() as tmp:
            unseen = [load_set(u, scorer) for u in unseen_sets(UNSEEN, Path(tmp), FITTED_UNSEEN)]
        base = try_features(loaded, unseen, scorer, kind, None)
        print_tried("shipped", *base, None)
        for names in [SECTION_FEATURES[kind], *(tuple(a.split(",")) for a in rest[1:])]:
            # named by what it adds to the section's features and leaves out of them
            label = " ".join([*("+" + n for n in names if n not in SECTION_FEATURES[kind]),
                              *("-" + n for n in SECTION_FEATURES[kind] if n not in names)]) or "refit"
            print_tried(label, *try_features(loaded, unseen, scorer, kind, names), base)
        return 0
    if "--misses" in argv:
        names = [a for a in argv if not a.startswith("--")]
        loaded = [load_set(s, scorer) for s in sets]
        with tempfile.TemporaryDirectory() as tmp:
            # the unseen topics whose misses may be read (FITTED_UNSEEN), ranked as shipped: fitted on
            # all the labelled sets, none of which is theirs
            unseen = [load_set(u, scorer) for u in unseen_sets(UNSEEN, Path(tmp), FITTED_UNSEEN)
                      if not names or u.name in names]
            tally = Counter()
            for one in [*loaded, *unseen]:
                if not names or one.labelled.name in names:
                    held_out = "--held-out" in argv and one in loaded
                    weights = fit([o for o in loaded if o is not one]) if held_out else None
                    lines, found = misses(one, scorer, weights)
                    tally += found
                    print(f"--- {one.labelled.name}\n" + "\n".join(lines))
            print("--- missed items by the stage their best sentence reached")
            for (kind, stage), n in sorted(tally.items(), key=lambda kv: (SECTIONS.index(kv[0][0]), -kv[1])):
                print(f"  {kind:10} {stage:24} {n}")
        return 0
    code = as_python(fit([load_set(s, scorer) for s in sets]))
    print(code)
    if "--write" in argv:
        write_weights(code)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
