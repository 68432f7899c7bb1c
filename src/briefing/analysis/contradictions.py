"""Statements about the same actor or event whose figures, dates or agents disagree.

Candidates are sentence pairs from different documents that share rare words (the bucketing of
`corroboration`). A pair is a possible contradiction when, about the same thing, the figures in
one unit differ, the stated year differs, the one doing the same act differs, or one side
denies what the other reports. These are flags for the analyst to check, ranked by how much
the two sentences share.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.analysis.corroboration import candidate_pairs, overlap, sentence_words
from briefing.analysis.words import commonness
from briefing.model import ContradictionFact, Corpus, CorpusFacts, SentenceRef

# Chosen on the seeds and dev sets: pairs sharing fewer words are different stories;
# pairs sharing more are the same sentence (corroboration, not conflict).
MIN_SHARED = 3              # rare content words two sentences share to be about the same thing
MIN_JACCARD = 0.2
MAX_ITEMS = 20              # kept per corpus, best first
MAX_BUCKET = 15             # rarer keys than corroboration's: conflicts hide in specific details
KEYS = 4                    # rare words each sentence is bucketed under (more than corroboration)

CURRENCY = re.compile(r"[$£€¥]")
AMOUNT = re.compile(r"(?P<cur>[$£€¥])?\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<scale>bn|m|k|%|tn|"
                    r"billion|million|trillion|per cent|percent)?(?![\w])")
DENIAL = re.compile(r"(?i:\b(?:den(?:y|ies|ied|ial)|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es)|"
                    r"rebuff(?:ed)?|disput(?:ed|es)|not\s+true|untrue|nonsense|never\s+existed|"
                    r"no\s+such|not\s+guilty|don[’']t\s+do|did\s+not|didn[’']t|wasn[’']t|never)\b)")
NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")
NOT_AGENTS = frozenset("""The A An In On At But And However According It This That He She They We
I His Her Their Its Mr Mrs Ms Dr President Minister Chinese""".split())


def amounts(text: str) -> dict[tuple[str, str], set[float]]:
    """Figures by (currency, scale): "$11bn (£6bn)" -> {("$","bn"): {11}, ("£","bn"): {6}}."""
    found: dict[tuple[str, str], set[float]] = {}
    for m in AMOUNT.finditer(text):
        cur, scale = m.group("cur") or "", (m.group("scale") or "").replace("billion", "bn") \
            .replace("million", "m").replace("percent", "%").replace("per cent", "%")
        if not cur and not scale:
            continue   # bare numbers are counts, years, ages: too ambiguous to compare
        found.setdefault((cur, scale), set()).add(float(m.group("num").replace(",", "")))
    return found


def figures_disagree(a: str, b: str) -> bool:
    """Both give a figure in the same unit, one figure they share anchors them, another differs."""
    fa, fb = amounts(a), amounts(b)
    common_units = set(fa) & set(fb)
    anchored = any(fa[u] & fb[u] for u in common_units)
    differs = any(not (fa[u] & fb[u]) for u in common_units)
    return differs and (anchored or len(common_units) == 1 and len(fa) == len(fb) == 1)


def years(text: str) -> set[str]:
    return set(re.findall(r"(?<![\d$£€])(?:19|20)\d\d(?!\d)", text))


def agent_of(text: str, stem: str) -> str | None:
    """The last name before the first word with `stem`: who does the act."""
    at = text.lower().find(stem)
    if at < 0:
        return None
    names = [n for n in NAME.findall(text[:at]) if n.split()[0] not in NOT_AGENTS or len(n.split()) > 1]
    return names[-1].split()[-1] if names else None


def shared_act(a: str, b: str) -> str | None:
    """A rare verb stem both sentences use ("invit" in "invited" and "invitation")."""
    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"\b[a-z]{6,}\b", text) if commonness(w) < 5.0}
    shared = stems(a) & stems(b)
    return min(shared) if shared else None


def conflict_kind(a: str, b: str, jaccard: float, people: set[str] | None = None) -> str | None:
    """What disagrees between two sentences about the same thing, if anything. Agents are
    compared only when both are people the analysis knows (`people`: their name words)."""
    if figures_disagree(a, b):
        return "figures"
    ya, yb = years(a), years(b)
    if jaccard >= 0.4 and ya and yb and not (ya & yb):
        return "dates"
    if bool(DENIAL.search(a)) != bool(DENIAL.search(b)):
        return "denial"
    act = shared_act(a, b)
    if act:
        agent_a, agent_b = agent_of(a, act), agent_of(b, act)
        known = people is None or (agent_a in people and agent_b in people)
        if agent_a and agent_b and agent_a != agent_b and known and (agent_a not in b or agent_b not in a):
            return "agents"
    return None


KIND_WEIGHT = {"figures": 3.0, "agents": 2.0, "denial": 1.5, "dates": 1.0}
KIND_LABEL = {"figures": "Figures differ", "agents": "Accounts differ on who acted",
              "denial": "Claim and denial", "dates": "Dates differ"}


def topic_words(text: str, shared: set[str], n: int = 4) -> str:
    """The shared words, rarest first, as written in `text` ("11bn" goes with "$11bn")."""
    written = {w.lower(): w for w in re.findall(r"[\w’'$£€.-]+", text)}
    shared = {w for w in shared if not any(w != o and o.endswith(w) for o in shared)}
    ranked = sorted(shared, key=lambda w: (commonness(w), w))[:n]
    return ", ".join(written.get(w, w).strip(".,") for w in ranked)


def find_contradictions(corpus: Corpus, facts: CorpusFacts) -> list[ContradictionFact]:
    refs, bags = sentence_words(corpus)
    people = {w for a in facts.actors if a.kind == "person" for n in [a.name, *a.aliases] for w in n.split()} \
        if facts.actors else None
    doc_freq: Counter[str] = Counter()
    for bag in bags:
        doc_freq.update(bag)
    found: list[tuple[float, SentenceRef, SentenceRef, str, str, str]] = []
    # a sentence giving an amount ("$11bn (£6bn)") is filed under it too: the figure itself is
    # what two reports of it share
    figures_of = [frozenset(m.group(0) for m in AMOUNT.finditer(corpus.sentence(r).text) if m.group("cur"))
                  if CURRENCY.search(corpus.sentence(r).text) else frozenset() for r in refs]
    keyed = [bag | figs if figs else bag for bag, figs in zip(bags, figures_of, strict=True)]
    for i, j in candidate_pairs(keyed, [r.doc for r in refs], keys=KEYS, max_bucket=MAX_BUCKET,
                                other_docs_only=True):
        a, b = refs[i], refs[j]
        shared = bags[i] & bags[j]
        figures = figures_of[i] & figures_of[j]
        if len(shared) < MIN_SHARED:
            if not figures:
                continue
            jaccard = 0.0
            ta, tb = corpus.sentence(a).text, corpus.sentence(b).text
            kind = "figures" if figures_disagree(ta, tb) else None
        else:
            jaccard, _ = overlap(bags[i], bags[j])
            if jaccard < MIN_JACCARD and not figures:
                continue
            ta, tb = corpus.sentence(a).text, corpus.sentence(b).text
            kind = conflict_kind(ta, tb, jaccard, people) if jaccard >= MIN_JACCARD else \
                "figures" if figures_disagree(ta, tb) else None
        if kind is None:
            continue
        weight = KIND_WEIGHT[kind] * (1 + sum(1.0 / doc_freq[w] ** 0.5 for w in shared)) * \
            (1.0 if jaccard < 0.8 else 0.5)
        found.append((-weight, a, b, kind, topic_words(ta, shared | figures),
                      " ".join(sorted(figures)) if kind == "figures" else ""))
    found.sort()
    items: list[ContradictionFact] = []
    by_figure: dict[str, ContradictionFact] = {}
    seen: set[SentenceRef] = set()
    for _, a, b, kind, words, figure in found:
        if figure and figure in by_figure:
            # every report of the same figure joins one item, one sentence per document
            item = by_figure[figure]
            for ref in (a, b):
                if all(r.doc != ref.doc for r in item.refs):
                    item.refs.append(ref)
            seen.update((a, b))
            continue
        if a in seen and b in seen or len(items) >= MAX_ITEMS:
            continue
        seen.update((a, b))
        items.append(ContradictionFact(f"{KIND_LABEL[kind]}: {words}", [a, b]))
        if figure:
            by_figure[figure] = items[-1]
    return items
