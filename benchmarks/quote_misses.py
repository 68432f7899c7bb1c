"""The key quotes beside their gold: for each set named, the quotes section as built (each quotation
marked G where it is a gold quote), then every gold quote it misses with the cause, for sorting the
misses before choosing what to fix:

- not extracted: no quotation of the set holds the gold fragment;
- attribution: quotations hold it, none with the gold speaker (shown with the speakers they have);
- filtered: the right speaker's quotation is left out of their list (too short or long, a phrase
  picked out of the reporter's sentence, hearsay, a flagged source, or a speaker no actor);
- ranking: in the speaker's list at place k of n, and in the section's order at place p, with the
  quotations ranked above it that are not gold quotes.

Run by hand: `python benchmarks/quote_misses.py SET [SET ...]`. Sets are named as in bench_quality
(the seeds, `dev/*`, `benchmarks/unseen/*`); only the sets named are built, so a set held back from
a helper is never shown unless asked for by name. The last line counts the misses by cause.
"""

from __future__ import annotations

import sys
from collections import Counter

from bench_quality import describe_named_sets
from briefing.analysis import analyse
from briefing.compose import quotes as quotes_module
from briefing.compose.context import ComposeContext
from briefing.model import run_to_end
from briefing.services.pipeline import Selection, ingest
from briefing.templates import SectionSpec, load_template

CHARACTERS = 100         # characters of a quotation shown


def section_order(ctx: ComposeContext, found: quotes_module.SpeakerQuotes) -> list[int]:
    """Every candidate quotation in the order the quotes section weighs them (before it leaves out
    the ones saying what a quotation taken already says), as `quotes_section` computes it."""
    rank = {a.name: i for i, a in enumerate(ctx.facts.actors)}
    priority = []
    for speaker, indices in found.ordered.items():
        weight = len({found.quotes[j].ref.doc for i in indices for j in [i] + found.copies[i]}) \
            ** quotes_module.DOCS_POWER
        for k, i in enumerate(indices):
            share = weight / (k + quotes_module.OFFSET) \
                * (quotes_module.FRAGMENT_FACTOR if found.fragment[i] else 1.0)
            priority.append((-share, rank[speaker], k, i))
    return [i for *_, i in sorted(priority)]


def describe(labelled, scorer, causes: Counter) -> list[str]:
    """The set's quotes section, then each gold quote it misses with the cause."""
    gold = scorer.load_gold(str(labelled.gold))
    corpus = Selection().corpus(run_to_end(ingest([labelled.docs])).documents)
    facts = run_to_end(analyse(corpus))
    ctx = ComposeContext(corpus, facts, load_template("standard"))
    shown = quotes_module.quotes_section(ctx, SectionSpec("quotes", "Quotes")).quotes
    found = quotes_module.speaker_quotes(ctx)

    def golden(speaker: str, text: str, wanted=None) -> bool:
        return any(scorer.same_actor([speaker], g.speaker) and scorer.has_term(scorer.fold(text), g.fragment)
                   for g in ([wanted] if wanted else gold.quotes))

    lines = [f"  [{n:2}] {'G' if golden(q.speaker, q.text) else '.'} {q.speaker}: {q.text[:CHARACTERS]!r}"
             for n, q in enumerate(shown)]
    order = section_order(ctx, found)
    for g in gold.quotes:
        if any(golden(q.speaker, q.text, g) for q in shown):
            continue
        holding = [i for i, f in enumerate(found.quotes) if scorer.has_term(scorer.fold(f.text), g.fragment)]
        right = [i for i in holding if scorer.same_actor([found.quotes[i].speaker], g.speaker)]
        listed = {i: (speaker, k) for speaker, indices in found.ordered.items() for k, i in enumerate(indices)}
        heads = {j: h for h, copies in found.copies.items() for j in copies}
        place = next(((listed[i], i) for i in right if i in listed), None) \
            or next(((listed[heads[i]], heads[i]) for i in right if heads.get(i) in listed), None)
        if not holding:
            cause, detail = "not extracted", ""
        elif not right:
            cause = "attribution"
            detail = "; ".join(f"{found.quotes[i].speaker}: {found.quotes[i].text[:60]!r}" for i in holding[:3])
        elif place is None:
            cause, detail = "filtered", repr(found.quotes[right[0]].text[:CHARACTERS])
        else:
            (speaker, k), i = place
            p = order.index(i)
            above = [j for j in order[:p] if not golden(found.quotes[j].speaker, found.quotes[j].text)]
            cause = "ranking"
            detail = (f"k={k}/{len(found.ordered[speaker])} p={p}, not gold above: "
                      + ", ".join(f"{found.quotes[j].speaker} k={found.ordered[found.quotes[j].speaker].index(j)}"
                                  for j in above))
        causes[cause] += 1
        lines.append(f"  miss ({cause}) {g.speaker.name}: {g.fragment!r}" + (f"\n      {detail}" if detail else ""))
    return lines


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 1
    causes, _, missing = describe_named_sets(argv, describe)
    print("misses by cause: " + ", ".join(f"{cause} {n}" for cause, n in causes.most_common()))
    if missing:
        print(f"quote_misses: no set named {', '.join(sorted(missing))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
