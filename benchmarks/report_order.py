"""Which undated report came later, read from the texts alone: a measurement, not shipped.

Run by hand: `python benchmarks/report_order.py [SET ...]` (default: the fifteen visible sets).
For each dated labelled set it hides the datelines and counts how often each estimate puts a pair
of dated reports in their true order (pairs on one day, or within one month where a date is only
a month, count neither way); for every set it prints the preview links found, to be read.

Two estimates:
- preview_links: an event one report tells as ahead ("MPs will vote on the bill on Tuesday", "the
  court is due to rule") and another tells as done ("MPs voted on Tuesday to reject the bill") puts
  the second report later (report_places: a report's links as the later less those as the earlier).
- back_reference_places: a report naming an event by the day it took place ("Tuesday's vote",
  "last week's ruling", "earlier this week") tells it as past, so ranks later the more it does.

Measured (s29-order) and left out of the ranking; see the note beside `document_recency` in
src/briefing/compose/statement_ranking.py for what each did to the briefs.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import NamedTuple

from briefing.analysis.dates import past_verbs
from briefing.analysis.tense import FOUR_DIGITS, narration, own_future
from briefing.analysis.words import content_words
from briefing.compose.context import stem as context_stem
from briefing.model import Corpus, SentenceRef, run_to_end
from briefing.services import ingest

# The words after the look-ahead verb that tell the event ("vote on the bill on Tuesday"); a
# clause ends at a comma, a semicolon, a dash or "after", "because", "when".
EVENT_WORDS = 10
CLAUSE_END = re.compile(r"[,;:–—]|\s-\s|\b(?:after|because|when|while|as|but|although|amid)\b")
# "faces a vote", "is facing trial": a state as often as an event ahead ("faces charges", begun
# before); such sentences are neither a preview nor a deed done
FACES = re.compile(r"(?i:\b(?:faces|face|facing)\s+)")
# verbs that tell no event of their own ("is set to continue", "will remain", "is to seek")
LIGHT_VERBS = frozenset("""continue remain stay keep take make give get go come see need want seek try help
become begin start include allow bring put hold look face""".split())
WEEKDAY = re.compile(r"(?i:\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)")
# "be" and adverbs between the look-ahead verb and the event's own word ("will be sentenced",
# "is due to formally announce")
SKIPPED = frozenset("be been not also then now formally finally again soon either both".split())
# a done event named by the day or span it took place ("yesterday's vote", "last week's ruling",
# "last Tuesday's match"); a bare weekday's ("Sunday's final") is as often ahead as past
DONE_NOUN = re.compile(r"(?i:\b(?:yesterday|last\s+(?:week|month|night|year|weekend|monday|tuesday|wednesday|"
                       r"thursday|friday|saturday|sunday))[’']s\s+(\w+))")
# Besides the event's own word, how many of the preview clause's content stems the later report's
# sentence must share: one shared word ("vote") links reports of different votes.
SHARED_STEMS = 2


def stem(word: str) -> str:
    """A word without its inflection, possessive and final e ("voted", "votes", "vote" -> "vot"):
    the sections' light stem (compose.context.stem) of the word without its possessive."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return context_stem(word)


def stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text) if not w.isdigit()}


class Preview(NamedTuple):
    """An event a sentence tells as ahead."""

    head: str                   # the stem of its verb ("will vote" -> "vot")
    rest: frozenset[str]        # the other stems of its clause
    day: str | None             # the weekday it is set for, if named


class Done(NamedTuple):
    """A sentence telling something done."""

    stems: frozenset[str]
    told: frozenset[str]        # the stems of its past verbs and of "Tuesday's vote"'s noun
    days: frozenset[str]        # the weekdays it names


def preview(text: str) -> Preview | None:
    """The event a sentence tells as ahead, in the writer's own words: the verb after "will", "is
    due to", "is set to" ... (own_future), with the other words of its clause."""
    own = narration(text)
    m = own_future(own)
    if m is None:
        return None
    end = CLAUSE_END.search(own, m.end())
    clause = own[m.end():end.start() if end else len(own)]
    words = [w for w in content_words(clause) if w not in SKIPPED and not w.isdigit()][:EVENT_WORDS]
    if len(words) < 1 + SHARED_STEMS or words[0] in LIGHT_VERBS:
        return None
    head = stem(words[0])
    day = WEEKDAY.search(clause)
    return Preview(head, frozenset(stem(w) for w in words[1:]) - {head}, day.group(1).lower() if day else None)


def done(text: str) -> Done | None:
    """A sentence telling something done: in the past, in the writer's words, not looking ahead
    and naming no year (a deed of a year named is history, not the news that overtook a preview:
    "In August 2004 the appeals court ruled in favour of the networks")."""
    own = narration(text)
    if own_future(own) or FACES.search(own) or FOUR_DIGITS.search(own):
        return None
    told = {stem(w) for w in past_verbs(own)} | {stem(m.group(1).lower()) for m in DONE_NOUN.finditer(own)}
    if not told:
        return None
    return Done(frozenset(stems(own)), frozenset(told), frozenset(d.lower() for d in WEEKDAY.findall(own)))


def tells_done(ahead: Preview, told: Done) -> bool:
    """Whether `told` tells the event `ahead` looks to as done: its verb in the past, SHARED_STEMS
    more of its words, and the weekday it was set for, if one was (events recur: "will vote on a
    third offer on Monday" is not overtaken by "voted to reject the first offer")."""
    if ahead.head not in told.told:
        return False
    if ahead.day and ahead.day not in told.days:
        return False
    return len(ahead.rest & told.stems) >= SHARED_STEMS


def overtaking(corpus: Corpus) -> dict[SentenceRef, int]:
    """The sentences that tell done an event another report tells as ahead (the news that
    overtook a preview: "MPs voted for the bill on Tuesday" against another report's "MPs will
    vote on the bill on Tuesday"), each with the report that previewed it (the first, if several)."""
    previews = [sorted({p for s in sentences if (p := preview(s.text))}) for sentences in corpus.sentences]
    heads: dict[str, list[tuple[int, Preview]]] = {}
    for a, events in enumerate(previews):
        for ahead in events:
            heads.setdefault(ahead.head, []).append((a, ahead))
    out: dict[SentenceRef, int] = {}
    for b, sentences in enumerate(corpus.sentences):
        for s in sentences:
            told = done(s.text) if heads else None
            if told is None:
                continue
            for w in sorted(told.told & heads.keys()):
                earlier = next((a for a, ahead in heads[w] if a != b and tells_done(ahead, told)), None)
                if earlier is not None:
                    out[SentenceRef(b, s.index)] = earlier
                    break
    return out


def preview_links(corpus: Corpus) -> Counter[tuple[int, int]]:
    """(earlier, later) pairs of reports, each with how many events the earlier tells as ahead
    and the later as done."""
    previews = [{p for s in sentences if (p := preview(s.text))} for sentences in corpus.sentences]
    dones = [[d for s in sentences if (d := done(s.text))] for sentences in corpus.sentences]
    links: Counter[tuple[int, int]] = Counter()
    for a, events in enumerate(previews):
        for ahead in sorted(events):
            for b, told in enumerate(dones):
                if b != a and any(tells_done(ahead, t) for t in told):
                    links[a, b] += 1
    return links


def report_places(corpus: Corpus) -> list[float] | None:
    """Each report's place among the pile's, 0 earliest .. 1 latest, from preview_links: .5 for a
    report in no link, and for a linked one .5 plus half its share of its links as the later report
    less those as the earlier (a pair linked both ways counts as neither); None where no pair is
    linked."""
    links = preview_links(corpus)
    n = len(corpus.documents)
    later = [0] * n
    earlier = [0] * n
    for (a, b), count in links.items():
        if count > links.get((b, a), 0):
            earlier[a] += 1
            later[b] += 1
    if not any(later):
        return None
    return [0.5 + 0.5 * (later[i] - earlier[i]) / (later[i] + earlier[i]) if later[i] + earlier[i] else 0.5
            for i in range(n)]


# "last week's ruling", "yesterday's vote", "earlier this week": a report naming an event by the
# day it took place tells it as past, so is later than a report of that day. A bare weekday's
# ("Sunday's final") is not counted: in a sample of the BBC corpus's, 6 of 12 looked ahead
# ("before Wednesday's friendly", "will start Tuesday's tie").
BACK_REFERENCE = re.compile(r"(?i:\b(?:yesterday|last\s+(?:week|month|night|weekend|monday|tuesday|wednesday|"
                            r"thursday|friday|saturday|sunday))[’']s\s+\w+|"
                            r"\b(?:earlier\s+this\s+(?:week|month)|last\s+(?:week|month))\b)")


def back_reference_places(corpus: Corpus) -> list[float] | None:
    """Each report's place by how many back references it makes (BACK_REFERENCE), as a rank among
    the reports' counts (0 fewest .. 1 most; ties share the lower rank); None where all make as many."""
    counts = [sum(len(BACK_REFERENCE.findall(narration(s.text))) for s in sentences) for sentences in corpus.sentences]
    distinct = sorted(set(counts))
    if len(distinct) < 2:
        return None
    return [distinct.index(c) / (len(distinct) - 1) for c in counts]


VISIBLE = ("seeds", "blair-brown-rift", "boeing-machinists-strike", "cop29-climate-finance", "crowdstrike-outage",
           "korea-martial-law", "myanmar-earthquake", "worldcom-ebbers-trial", "fiat-gm", "file-sharing",
           "greek-sprinters", "hunting-ban", "id-cards", "kelly-holmes", "terror-detention")


def earlier(a: str | None, b: str | None) -> bool | None:
    """Whether dateline `a` is before `b`; None where either is missing or they may be one day
    ("2024-03" and "2024-03-28")."""
    if not a or not b:
        return None
    n = min(len(a), len(b))
    return None if a[:n] == b[:n] else a < b


def pairs_in_order(places: list[float] | None, published: list[str | None]) -> tuple[int, int]:
    """How many pairs of dated reports with different places the places put in (right, wrong) order."""
    right = wrong = 0
    for a, b in combinations(range(len(published)), 2):
        truth = earlier(published[a], published[b])
        if places is None or truth is None or places[a] == places[b]:
            continue
        if (places[a] < places[b]) == truth:
            right += 1
        else:
            wrong += 1
    return right, wrong


def links_in_order(links: Counter[tuple[int, int]], published: list[str | None]) -> tuple[int, int]:
    """How many linked pairs of dated reports the links put in (right, wrong) order: only the pairs
    linked, not those report_places ranks through a report in no link (at .5)."""
    truths = [earlier(published[a], published[b]) for a, b in links]
    return truths.count(True), truths.count(False)


def main(argv: list[str]) -> int:
    from bench_quality import named_sets
    names = argv or list(VISIBLE)
    totals = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        sets, unknown = named_sets(names, Path(tmp))
        for labelled in sets:
            corpus = Corpus.of(run_to_end(ingest([labelled.docs])).documents)
            published = [d.published for d in corpus.documents]
            links = preview_links(corpus)
            line = f"{labelled.name}: {len(links)} preview links"
            if sum(1 for p in published if p) >= 3:
                for label, (right, wrong) in (("links", links_in_order(links, published)),
                                              ("back refs", pairs_in_order(back_reference_places(corpus), published))):
                    totals[label, "right"] += right
                    totals[label, "wrong"] += wrong
                    line += f"; {label} in order {right}, not {wrong}"
            print(line)
            for ref, before in sorted(overtaking(corpus).items()):
                print(f"    report {before} ({published[before]}) before {ref.doc} ({published[ref.doc]}): "
                      f"{corpus.sentences[ref.doc][ref.sentence].text[:110]}")
    for label in ("links", "back refs"):
        print(f"dated sets (dates hidden), {label}: pairs in order {totals[label, 'right']}, not {totals[label, 'wrong']}")
    if unknown:
        print(f"report_order: no such set: {', '.join(sorted(unknown))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
