"""One quotation worded differently by two reports: the same run of quoted words but for a word
or two ("a mere gesture to the poor" against "an empty gesture to the poor"), which cannot
both be what was said.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from difflib import SequenceMatcher

from briefing.analysis.conflicts import KIND_SCORE, MAX_SIDES, Finding, Sentences

# --- thresholds -------------------------------------------------------------------------------
# The labelled sets hold one quotation two reports word differently; these values find it and
# nothing else there, and on the 2,095 BBC articles only quotations told two ways (read by hand).
MIN_QUOTE_WORDS = 8         # a quotation this long is one speaker's words, not a stock phrase
SHINGLE = 4                 # runs of this many words index the quotations...
KEY_RUNS = 6                # ...those opening on its rarest words, this many
MAX_SHINGLE_POSTINGS = 12   # ...a run in more quotations than this is a stock phrase, no index
MIN_SAME_SHARE = 0.8        # the words two tellings share, of the shorter one
MAX_CHANGED = 3             # words that differ, on either side, in the one place they differ
MAX_SPELLING_RATIO = 0.75   # two wordings this alike (character ratio) are one word spelled two ways
CONTEXT_WORDS = 6           # words after the difference shown in the topic, to the clause's end

QUOTED = re.compile(r"[“\"]([^”\"]{20,})[”\"]")
TOKEN = re.compile(r"[\w’'-]+")
NAME = re.compile(r"(?<!^)\b[A-Z][a-z]")     # a capitalised word past the first: a name


def quotations(sents: Sentences) -> dict[int, list[tuple[tuple[str, ...], str]]]:
    """Each sentence's quotations of some length, as lower-case words, with the quotation as written."""
    out: dict[int, list[tuple[tuple[str, ...], str]]] = {}
    for i, text in enumerate(sents.texts):
        if "“" not in text and '"' not in text:
            continue
        found = []
        for m in QUOTED.finditer(text):
            words = tuple(TOKEN.findall(m.group(1).lower().replace("’", "'")))
            if len(words) >= MIN_QUOTE_WORDS:
                found.append((words, m.group(1)))
        if found:
            out[i] = found
    return out


def shown(quote: str, start: int, end: int) -> str:
    """The changed words as written and those after them up to the clause's end (a few at most)."""
    words = list(TOKEN.finditer(quote))
    last = end - 1
    for k in range(end, min(len(words), end + CONTEXT_WORDS)):
        if re.search(r"[.,;:!?]", quote[words[k - 1].end():words[k].start()]):
            break
        last = k
    return quote[words[start].start():words[last].end()]


def one_change(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[int, int, int, int] | None:
    """Where two tellings of one quotation differ, as spans (a_start, a_end, b_start, b_end): one
    place only, a word or two replaced by others (not a longer or shorter excerpt, nor a spelling)."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    if same < MIN_SAME_SHARE * min(len(a), len(b)):
        return None
    changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    # leading or trailing words one excerpt has and the other not are its length, not a change
    inner = [op for op in changes if not (op[0] in ("insert", "delete") and
                                          (op[1] == 0 and op[3] == 0 or op[2] == len(a) and op[4] == len(b)))]
    if len(inner) != 1 or inner[0][0] != "replace":
        return None
    _, i1, i2, j1, j2 = inner[0]
    if i2 - i1 > MAX_CHANGED or j2 - j1 > MAX_CHANGED:
        return None
    old, new = " ".join(a[i1:i2]), " ".join(b[j1:j2])
    if SequenceMatcher(None, old, new).ratio() >= MAX_SPELLING_RATIO or old.isdigit() or new.isdigit():
        return None
    return i1, i2, j1, j2


def alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two wordings share enough words to be one quotation (a quick test before aligning them)."""
    x, y = set(a), set(b)
    return len(x & y) >= MIN_SAME_SHARE * min(len(x), len(y))


def quote_findings(sents: Sentences) -> list[Finding]:
    """Two reports quoting one passage in words that differ in one place."""
    quotes = quotations(sents)
    # one entry per wording, however many reports give it (wire copies are many)
    told: dict[tuple[str, ...], list[tuple[int, str]]] = defaultdict(list)
    for i, found in quotes.items():
        for q, words in found:
            told[q].append((i, words))
    wordings = sorted(told)
    # each wording is filed under the runs of words opening on its rarest words that another
    # wording has: two tellings of one quotation share some of them, wherever each excerpt starts
    df: Counter[str] = Counter()
    for q in wordings:
        df.update(set(q))
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, q in enumerate(wordings):
        # a word no other wording has cannot be shared: the rarest of the others
        starts = sorted(range(len(q) - SHINGLE + 1), key=lambda k: (df[q[k]] < 2, df[q[k]], k))[:KEY_RUNS]
        for run in {q[k:k + SHINGLE] for k in starts}:
            postings[run].append(n)
    pairs = sorted({(x, y) for members in postings.values() if len(members) <= MAX_SHINGLE_POSTINGS
                    for k, x in enumerate(members) for y in members[k + 1:]})
    findings = []
    for x, y in pairs:
        a, b = wordings[x], wordings[y]
        change = one_change(a, b) if alike(a, b) else None
        if change is None:
            continue
        (i, words_a), (j, words_b) = told[a][0], told[b][0]
        if sents.refs[i].doc == sents.refs[j].doc:
            continue
        i1, i2, j1, j2 = change
        first, second = shown(words_a, i1, i2), shown(words_b, j1, j2)
        if NAME.search(first) or NAME.search(second):
            continue            # a person's name for a title: one person named two ways
        findings.append(Finding("wording", KIND_SCORE["wording"], "Wording of a quotation", [f"“{first}”", f"“{second}”"],
                                [[sents.refs[r] for r, _ in told[a]][:MAX_SIDES], [sents.refs[r] for r, _ in told[b]][:MAX_SIDES]]))
    return findings
