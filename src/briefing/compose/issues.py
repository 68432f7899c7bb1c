"""The open-issues section: the template's watch list first, then issues found in the documents.

A discovered issue is a recurring noun phrase (one to three words, no stop words) that several
documents use, specific rather than common English, and not a person's name; its statements are
the sentences that use it, most corroborated first. Issues are kept distinct: a phrase whose
sentences are mostly another issue's is the same issue.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from math import log

from briefing.analysis.dates import MONTHS, WEEKDAYS
from briefing.analysis.words import STOP_WORDS, commonness, fold
from briefing.compose.context import ComposeContext
from briefing.model import Issue, Section, SentenceRef
from briefing.templates import SectionSpec

TOKEN = re.compile(r"[A-Za-z][\w’'-]*[\w]|[A-Za-z]")
# Set by hand on the seeds and the dev sets.
MAX_PHRASE_WORDS = 3
MAX_SHARE = 0.12          # a phrase in more of the sentences than this is the whole topic, not an issue
SAME_ISSUE = 0.5          # share of a phrase's sentences already in an issue that makes it that issue
MIN_STATEMENTS = 2        # an issue needs this many usable statements
MULTIWORD_BONUS = 1.4
NAME_COMMONNESS = 3.0     # a capitalised word rarer than this in English is likely a personal name
GENERIC_WORDS = frozenset("""people time way thing things part number lot issue issues matter
report reports statement statements official officials country countries government today week
month year years day days world percent cent spokesman spokeswoman source sources news article
told added""".split())
CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


@dataclass
class Phrase:
    key: str
    forms: Counter[str] = field(default_factory=Counter)
    refs: set[SentenceRef] = field(default_factory=set)

    @property
    def name(self) -> str:
        form = min(self.forms, key=lambda f: (-self.forms[f], f))
        return form[0].upper() + form[1:]


def singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def looks_like_name(tokens: list[str]) -> bool:
    """Capitalised words that English rarely uses: a person's name, not a subject."""
    return all(t[0].isupper() for t in tokens) and any(
        not t.isupper() and commonness(fold(t)) < NAME_COMMONNESS for t in tokens)


def person_names(ctx: ComposeContext) -> set[str]:
    names: set[str] = set()
    for actor in ctx.facts.actors:
        if actor.kind == "person":
            for n in [actor.name, *actor.aliases]:
                names.update(fold(w) for w in n.split())
    return names


def phrases(ctx: ComposeContext) -> list[Phrase]:
    found: dict[str, Phrase] = {}
    people = person_names(ctx)
    for ref in ctx.corpus.refs():
        tokens = TOKEN.findall(ctx.text(ref))
        for i in range(len(tokens)):
            for n in range(1, MAX_PHRASE_WORDS + 1):
                gram = tokens[i:i + n]
                if len(gram) < n:
                    break
                folded = [fold(t) for t in gram]
                if any(f in STOP_WORDS or f in CALENDAR or len(f) < 3 for f in folded):
                    break
                if any(f in GENERIC_WORDS for f in (folded[0], folded[-1])) or looks_like_name(gram) \
                        or any(f in people for f in folded):
                    continue
                key = " ".join(singular(f) for f in folded)
                phrase = found.setdefault(key, Phrase(key))
                phrase.forms[" ".join(gram)] += 1
                phrase.refs.add(ref)
    return list(found.values())


def phrase_score(phrase: Phrase, total: int) -> float:
    docs = len({r.doc for r in phrase.refs})
    words = phrase.key.split()
    specific = sum(max(0.5, 6.5 - commonness(w)) for w in words) / len(words)
    bonus = MULTIWORD_BONUS if len(words) > 1 else 1.0
    return docs ** 0.7 * log(1 + len(phrase.refs)) * specific * bonus


def ranked_statements(ctx: ComposeContext, spec: SectionSpec, refs: set[SentenceRef], limit: int,
                      taken: set[SentenceRef], relevance=None) -> list[SentenceRef]:
    """The issue's best sentences: most corroborated first, then most central."""
    fresh = [r for r in refs if r not in taken]
    relevance = relevance or (lambda r: 0.0)
    return ctx.pick(fresh, spec, limit,
                    key=lambda r: relevance(r) + ctx.sources_of(r) + ctx.centrality.get(r, 0.0) / 10)


def term_pattern(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(fold(term)).replace(r"\ ", r"[\s-]+"))


def watch_issues(ctx: ComposeContext, spec: SectionSpec, per_issue: int,
                 taken: set[SentenceRef]) -> list[tuple[Issue, set[SentenceRef]]]:
    out = []
    for watch in ctx.template.watchlist:
        patterns = [term_pattern(t) for t in watch.terms or [watch.name]]
        hits: dict[SentenceRef, int] = {}
        for ref in ctx.corpus.refs():
            text = fold(ctx.text(ref))
            n = sum(1 for p in patterns if p.search(text))
            if n:
                hits[ref] = n
        refs = ranked_statements(ctx, spec, set(hits), per_issue, taken, relevance=lambda r, h=hits: h[r])
        taken.update(refs)
        out.append((Issue(watch.name, "template", list(watch.terms),
                          [ctx.corroborated(r) for r in refs]), set(hits)))
    return out


def issues_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    limit = spec.max_items or 10
    per_issue = int(spec.options.get("statements_per_issue", 4))
    taken: set[SentenceRef] = set()
    chosen = watch_issues(ctx, spec, per_issue, taken)
    total = max(1, len(ctx.corpus.refs()))
    many_docs = len(ctx.corpus.documents) > 1
    candidates = [p for p in phrases(ctx)
                  if len(p.refs) / total <= MAX_SHARE and len(p.refs) >= 2
                  and (len({r.doc for r in p.refs}) >= 2 or not many_docs)]
    candidates.sort(key=lambda p: (-phrase_score(p, total), p.key))
    names: list[set[str]] = [set(fold(i.name).split()) for i, _ in chosen]
    for phrase in candidates:
        if len(chosen) >= limit:
            break
        if any(len(phrase.refs & refs) >= SAME_ISSUE * len(phrase.refs) for _, refs in chosen):
            continue
        words = set(phrase.key.split())
        if any(words <= n or n <= words for n in names):
            continue
        refs = ranked_statements(ctx, spec, phrase.refs, per_issue, taken)
        if len(refs) < min(MIN_STATEMENTS, len(phrase.refs)):
            continue
        taken.update(refs)
        names.append(words)
        chosen.append((Issue(phrase.name, "discovered", [phrase.name],
                             [ctx.corroborated(r) for r in refs]), phrase.refs))
    return Section(spec.kind, spec.title, issues=[issue for issue, _ in chosen[:limit]])
