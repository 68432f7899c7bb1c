"""A fact one report states and another says is not known: "Police held three men under the new
fishing law" against "three men were held, but it is not clear whether under the fishing law".
The doubting sentence and the stating one tell one event in much the same words, on the same
day; the stating one tells it as the reporter's own fact (not what someone said or believes).
"""

from __future__ import annotations

import re

from briefing.analysis.conflicts import KIND_SCORE, Finding, Sentences, content, same_day
from briefing.analysis.rebuttals import ATTRIBUTED, HEDGE, topic_clause

# --- thresholds ------------------------------------------------------------------------------
# Set by reading every pair found on the five BBC categories (2,095 articles; the labelled sets
# have no doubt of this form): one event told twice shares this many words and this share of
# their weight (idf-weighted Jaccard), as the day rule asks of two tellings of one event.
MIN_SHARED = 3
MIN_WEIGHT = 0.25
STATED_SHOWN = 3            # stating sentences kept as one side (the composer shows one)
# what a finding's evidence (its sentences' shared words) adds to its score: less than the gap
# to the next kind (KIND_SCORE), so that kinds keep their order
EVIDENCE = 0.04

# Closed class of English news prose: the ways a report says a thing is not known
DOUBT = re.compile(
    r"(?i:\b(?:(?:is|was|remains|remained)\s+(?:not\s+(?:yet\s+)?(?:clear|known|certain)|unclear|uncertain|"
    r"unknown)|(?:no one|nobody)\s+(?:knows|knew))\s+(?:whether|if)\s+(?P<clause>[^.;]*))")
DOUBT_CUES = ("whether", " if ")   # looked for before the pattern: fast, and every doubt has one


def doubted_findings(sents: Sentences) -> list[Finding]:
    """A sentence saying it is not clear whether C, paired with the sentences of other reports
    that tell the same event as a fact and name a word of C."""
    doubts = {i: m for i, t in enumerate(sents.texts) if any(c in t for c in DOUBT_CUES) and (m := DOUBT.search(t))}
    findings = []
    for i, m in doubts.items():
        wanted = {w for w in content(m.group("clause")) if w in sents.idf}
        near = {j for w in sents.stems[i] for j in sents.postings.get(w, ())}
        scored = []
        for j in near:
            if sents.refs[j].doc == sents.refs[i].doc or j in doubts or not wanted & sents.stems[j]:
                continue
            text = sents.texts[j]
            if ATTRIBUTED.search(text) or HEDGE.search(text):
                continue            # what someone says or might be is no fact the reports state
            shared, weight = sents.shared(i, j)
            if shared >= MIN_SHARED and weight >= MIN_WEIGHT and same_day(sents, i, j):
                scored.append((weight, j))
        if not scored:
            continue
        scored.sort(key=lambda x: (-x[0], x[1]))
        findings.append(Finding("doubt", KIND_SCORE["doubt"] + EVIDENCE * min(1.0, scored[0][0]),
                                f"Stated and not clear: {topic_clause(m.group('clause'))}", [],
                                [[sents.refs[j] for _, j in scored[:STATED_SHOWN]], [sents.refs[i]]]))
    return findings
