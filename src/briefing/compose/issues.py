"""The open-issues section: the template's watch list first, then issues found in the documents.

A discovered issue is a recurring noun phrase (one to three words, no stop words) that several
documents use, specific rather than common English, and not a person's name; its statements are
the sentences that use it, most corroborated first. Issues are kept distinct: a phrase whose
sentences are mostly another issue's, or that every statement of another issue uses, is the same
issue. A document whose lead story no issue tells gets an issue of its own, named by its headline.
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
TOPIC_MIN_SENTENCES = 8   # but in a handful of short texts a phrase may recur this often
TOPIC_SHARE = 0.2         # a word in more of the sentences than this is the pile's subject
MAX_SHARE = 0.12          # a phrase in more of the sentences than this is the whole topic, not an issue;
HEADLINE_MIN_ISSUES = 5   # a short list keeps its places for the issues most documents share
LONE_LEAD = 0.5           # topicality of a lead sentence below which its story is its document's own
HEADLINE_ISSUES = 2       # documents at most that get an issue of their own, named by headline
SAME_CONTEXT = 0.4        # cosine of two issues' sentence words above which they are one issue
NAMED_IN = 1.0            # share of an issue's statements using a phrase that makes the phrase that issue
SAME_ISSUE = 0.5          # share of a phrase's sentences already in an issue that makes it that issue
MIN_SENTENCES_ONE_DOC = 3  # a phrase only one document uses must recur there this often
MIN_STATEMENTS = 2        # an issue needs this many usable statements
MULTIWORD_BONUS = 0.5      # a collocation is more specific than its words
PROPER_SPECIFIC = 3.0      # a named thing ("West Sea") is specific whatever its words
MODIFIER_SHARE = 0.75      # share of uses before another content word that marks a modifier
DOCS_WEIGHT = 1.0          # how much more a phrase counts for each further document using it
SPECIFIC_ZIPF = 6.0        # words more common in English than this say nothing specific
NAME_COMMONNESS = 3.0     # a capitalised word rarer than this in English is likely a personal name
GENERIC_WORDS = frozenset("""people time way thing things part number lot issue issues matter
report reports statement statements official officials country countries government today week
month year years day days world percent cent spokesman spokeswoman source sources news article
told added whereas whilst meanwhile firm firms company companies group boss bosses giant""".split())
# a single word used after these (or after a lower-case content word) is used as a noun, not
# only as a verb ("Paris pushes", "to reshape")
DETERMINERS = frozenset("the a an its their his her our this that these those".split())
ORGANISATION_WORDS = frozenset("""party council committee ministry association union commission agency
department corporation bank university institute court parliament assembly democrat democrats office
organisation organization federation league club foundation fund board""".split())
CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


@dataclass
class Phrase:
    key: str
    forms: Counter[str] = field(default_factory=Counter)
    refs: set[SentenceRef] = field(default_factory=set)
    proper: bool = False       # written as a proper noun ("West Sea")

    @property
    def form(self) -> str:
        """As the documents write it most often."""
        return min(self.forms, key=lambda f: (-self.forms[f], f))

    @property
    def name(self) -> str:
        return self.form[0].upper() + self.form[1:]


def singular(word: str) -> str:
    """"platforms" -> "platform"; a word whose cut form English does not know stays ("series")."""
    if len(word) > 4 and word.endswith("ies"):
        cut = word[:-3] + "y"
    elif len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        cut = word[:-1]
    else:
        return word
    return cut if commonness(cut) > 0 or commonness(word) == 0 else word


ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "ary", "ed", "ing", "ese", "ish", "ian",
                     "ern", "ible", "able", "er", "ly")
TITLE_WORDS = frozenset("""president minister premier chancellor secretary speaker chief chairman
chairwoman director governor senator mp leader spokesman spokeswoman ambassador envoy king queen
lord prince princess general commander judge prosecutor lawyer professor dr vice deputy former
mayor editor correspondent""".split())


@dataclass
class Casing:
    """How the corpus writes each word: a word never written in lower case is a proper noun."""
    lower: Counter[str] = field(default_factory=Counter)
    as_noun: Counter[str] = field(default_factory=Counter)   # times right after "the", "a", "its"...
    seen: Counter[str] = field(default_factory=Counter)
    modifying: Counter[str] = field(default_factory=Counter)  # times right before another content word

    def modifier(self, folded: str) -> bool:
        """A word mostly written before another content word ("bilateral", "Korean") describes."""
        return self.seen[folded] >= 3 and self.modifying[folded] > MODIFIER_SHARE * self.seen[folded]

    def proper(self, token: str) -> bool:
        return token[0].isupper() and not self.lower[fold(token)]


def looks_like_name(tokens: list[str], casing: Casing) -> bool:
    """Proper nouns only, one of them rare in English: a person's name, not a subject."""
    return all(casing.proper(t) for t in tokens) and any(
        not t.isupper() and commonness(fold(t)) < NAME_COMMONNESS for t in tokens)


def fit_for_issue(tokens: list[str], folded: list[str], casing: Casing, people: set[str]) -> bool:
    """A noun phrase that names a subject: not a title, a name, a demonym or a lone adjective."""
    # a title as written before a name ("Foreign Minister"), not the office ("the directors")
    if any(f in people or f in TITLE_WORDS and t[0].isupper() for t, f in zip(tokens, folded, strict=True)) \
            or looks_like_name(tokens, casing):
        return False
    if folded[0] in GENERIC_WORDS or folded[-1] in GENERIC_WORDS:
        return False
    last = tokens[-1]
    if len(tokens) > 1 and folded[-1] in ORGANISATION_WORDS and all(t[0].isupper() for t in tokens):
        return False           # "Parliamentary Labour Party": an organisation is an actor
    first = folded[0]
    if len(tokens) > 1 and (first.endswith("ly") or len(first) > 4 and first.endswith("ed")):
        return False           # "controversially put", "faced discontent": verb phrases
    if casing.modifier(folded[-1]) and not all(casing.proper(t) for t in tokens):
        return False
    if casing.proper(last) and not last.isupper() and folded[-1].endswith(("an", "ese", "ish", "i")):
        return False           # "South Korean", "Chinese": demonyms describe, they are not issues
    if len(tokens) == 1:
        if casing.proper(last) and not (last.isupper() and len(last) > 1):
            return False       # a lone proper noun is an actor or a place, not an issue
        if folded[0].endswith(ADJECTIVE_ENDINGS) and not casing.proper(last):
            return False
    elif folded[-1].endswith(("ed", "ly")) or folded[-1].endswith("ing") and len(tokens) < 3:
        return False
    return True


def person_names(ctx: ComposeContext) -> set[str]:
    names: set[str] = set()
    for actor in ctx.facts.actors:
        if actor.kind == "person":
            for n in [actor.name, *actor.aliases]:
                names.update(fold(w) for w in n.split())
    return names


@dataclass
class Tokens:
    """A sentence's words as written and folded, and whether each runs on to the next one
    without punctuation between (a phrase does not run over "Cooperation (APEC)")."""
    written: list[str]
    folded: list[str]
    joined: list[bool]


def sentence_tokens(ctx: ComposeContext) -> dict[SentenceRef, Tokens]:
    folds: dict[str, str] = {}
    out = {}
    for ref in ctx.corpus.refs():
        text = ctx.text(ref)
        matches = list(TOKEN.finditer(text))
        written = [m.group(0) for m in matches]
        folded = [folds.get(t) or folds.setdefault(t, fold(t)) for t in written]
        joined = [i + 1 < len(matches) and not text[matches[i].end():matches[i + 1].start()].strip()
                  for i in range(len(matches))]
        out[ref] = Tokens(written, folded, joined)
    return out


def corpus_casing(tokens: dict[SentenceRef, Tokens]) -> Casing:
    casing = Casing()
    for t in tokens.values():
        casing.lower.update(w for w in t.written if w[0].islower())
        for i in range(len(t.written) - 1):
            fa, fb = t.folded[i], t.folded[i + 1]
            casing.seen[fa] += 1
            if t.joined[i] and fb not in STOP_WORDS:
                casing.modifying[fa] += 1
            if fa in DETERMINERS or t.written[i][0].islower() and fa not in STOP_WORDS:
                casing.as_noun[fb] += 1
    return casing


def phrases(ctx: ComposeContext) -> list[Phrase]:
    found: dict[str, Phrase] = {}
    people = person_names(ctx)
    tokens = sentence_tokens(ctx)
    casing = corpus_casing(tokens)
    fit: dict[tuple[str, ...], bool] = {}
    for ref, t in tokens.items():
        unusable = [f in STOP_WORDS or f in CALENDAR or len(f) < 3 or f.endswith("'s") for f in t.folded]
        for i in range(len(t.written)):
            for n in range(1, MAX_PHRASE_WORDS + 1):
                if i + n > len(t.written) or unusable[i + n - 1] or n > 1 and not t.joined[i + n - 2]:
                    break
                gram = tuple(t.written[i:i + n])
                ok = fit.get(gram)
                if ok is None:
                    folded = t.folded[i:i + n]
                    ok = fit[gram] = fit_for_issue(list(gram), folded, casing, people) and \
                        (n > 1 or casing.as_noun[folded[0]] > 0)
                if not ok:
                    continue
                key = " ".join(singular(f) for f in t.folded[i:i + n])
                phrase = found.get(key)
                if phrase is None:
                    phrase = found[key] = Phrase(key, proper=all(casing.proper(w) for w in gram))
                phrase.forms[" ".join(gram)] += 1
                phrase.refs.add(ref)
    return list(found.values())


def phrase_score(phrase: Phrase, total: int) -> float:
    """Specific words (rare in English) used in many sentences of several documents."""
    docs = len({r.doc for r in phrase.refs})
    words = fold(phrase.form).split()
    # the less specific of the written and the singular form: "tensions" is as common as "tension"
    common = [max(commonness(w), commonness(singular(w))) for w in words]
    specific = max(max(0.0, SPECIFIC_ZIPF - c) for c in common) + MULTIWORD_BONUS * (len(words) - 1)
    if len(words) > 1 and phrase.proper:
        specific = max(specific, PROPER_SPECIFIC)
    return specific ** 2 * log(1 + len(phrase.refs)) * (1 + DOCS_WEIGHT * log(docs))


def ranked_statements(ctx: ComposeContext, spec: SectionSpec, refs: set[SentenceRef], limit: int,
                      taken: set[SentenceRef], relevance=None) -> list[SentenceRef]:
    """The issue's best sentences: most corroborated first, then most central."""
    # a sentence another issue has, in its own words or another source's, is that issue's
    fresh = [r for r in refs if r not in taken and not taken.intersection(ctx.group_of.get(r, ()))]
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


def actor_names(ctx: ComposeContext) -> set[str]:
    """Every actor's name and alias, folded: an actor is listed under Key actors, not an issue."""
    return {fold(n) for a in ctx.facts.actors for n in [a.name, *a.aliases]}


def topic_words(ctx: ComposeContext) -> set[str]:
    """Words in so many sentences that they name the subject of the whole pile."""
    counts: Counter[str] = Counter()
    for ref in ctx.corpus.refs():
        counts.update({singular(w) for w in ctx.words[ref]})
    total = max(1, len(ctx.corpus.refs()))
    return {w for w, n in counts.items() if n > TOPIC_SHARE * total and n > TOPIC_MIN_SENTENCES}


def names_the_topic(phrase: Phrase, topic: set[str]) -> bool:
    """"Telecoms firm X" where X is the whole pile's subject; "North Korea" in a pile about
    Korea is kept, its first word says which part."""
    words = phrase.key.split()
    if all(w in topic for w in words):
        return True
    return words[-1] in topic and not (phrase.proper and len(words) > 1 and words[0] not in topic)


def context_profile(ctx: ComposeContext, refs: set[SentenceRef], topic: set[str]) -> Counter[str]:
    """The words of an issue's sentences, the pile's subject left out: what the issue is about."""
    profile: Counter[str] = Counter()
    for ref in refs:
        profile.update(w for w in ctx.words[ref] if singular(w) not in topic)
    return profile


def cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(n * b[w] for w, n in a.items() if w in b)
    norm = (sum(n * n for n in a.values()) * sum(n * n for n in b.values())) ** 0.5
    return dot / norm if norm else 0.0


def name_words(name: str) -> set[str]:
    """The words of an issue's name, hyphenated ones apart, in the singular; proper nouns keep
    their capital so that "North Korea" and "South Korea" stay apart."""
    return {singular(fold(w)) if w[0].islower() else w for w in re.split(r"[\s-]+", name) if w}


def same_name(a: set[str], b: set[str]) -> bool:
    """Names that are one another's words, or share a common word ("bilateral ties"/"relations")."""
    return a <= b or b <= a or any(w[0].islower() for w in a & b)


def told_by(phrase: Phrase, issue: Issue) -> bool:
    """Every statement of the issue uses the phrase, in some form ("collapsed" for "collapse"):
    the phrase names what that issue already tells."""
    # a word's stem: all but its last three letters, enough for -s, -ed and -ing
    stems = [re.compile(r"(?<!\w)" + re.escape(w[:max(4, len(w) - 3)])) for w in fold(phrase.form).split()]
    using = sum(all(s.search(fold(st.text)) for s in stems) for st in issue.statements)
    return len(issue.statements) >= MIN_STATEMENTS and using >= NAMED_IN * len(issue.statements)


def issues_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    limit = spec.max_items or 10
    per_issue = int(spec.options.get("statements_per_issue", 4))
    taken: set[SentenceRef] = set(ctx.in_summary)
    chosen = watch_issues(ctx, spec, per_issue, taken)
    total = max(1, len(ctx.corpus.refs()))
    many_docs = len(ctx.corpus.documents) > 1
    candidates = [p for p in phrases(ctx)
                  if len(p.refs) <= max(MAX_SHARE * total, TOPIC_MIN_SENTENCES)
                  and len(p.refs) >= (MIN_SENTENCES_ONE_DOC if len({r.doc for r in p.refs}) == 1 and many_docs
                                      else 2)]
    topic = topic_words(ctx)
    actors = actor_names(ctx)
    candidates = [p for p in candidates if not names_the_topic(p, topic) and fold(p.form) not in actors]
    candidates.sort(key=lambda p: (-phrase_score(p, total), p.key))
    names: list[set[str]] = [name_words(t) for i, _ in chosen for t in [i.name, *i.terms]]
    profiles = [context_profile(ctx, refs, topic) for _, refs in chosen]
    for phrase in candidates:
        if len(chosen) >= limit:
            break
        if any(len(phrase.refs & refs) >= SAME_ISSUE * len(phrase.refs) for _, refs in chosen):
            continue
        profile = context_profile(ctx, phrase.refs, topic)
        if any(cosine(profile, p) >= SAME_CONTEXT for p in profiles):
            continue
        words = name_words(phrase.form)
        if any(same_name(words, n) for n in names):
            continue
        teller = next((refs for issue, refs in chosen if told_by(phrase, issue)), None)
        if teller is not None:
            teller |= phrase.refs          # the phrase is that issue: its sentences are too
            continue
        refs = ranked_statements(ctx, spec, phrase.refs, per_issue, taken)
        if len(refs) < min(MIN_STATEMENTS, per_issue, len(phrase.refs)):
            continue
        taken.update(refs)
        names.append(words)
        profiles.append(profile)
        chosen.append((Issue(phrase.name, "discovered", [phrase.name],
                             [ctx.corroborated(r) for r in refs]), set(phrase.refs)))
    if limit >= HEADLINE_MIN_ISSUES:
        give_documents_their_issue(ctx, spec, chosen, limit, per_issue, taken, len(ctx.template.watchlist))
    return Section(spec.kind, spec.title, issues=[issue for issue, _ in chosen[:limit]])


def give_documents_their_issue(ctx: ComposeContext, spec: SectionSpec, chosen: list, limit: int,
                               per_issue: int, taken: set[SentenceRef], fixed: int) -> None:
    """A document none of the issues draws on, or whose lead shares few words with the other
    documents, is a story of its own (a donor's threat, a side settlement) unless the bottom line
    or an issue already uses its lead: it replaces the last phrase issue, named by its headline."""
    cited = {int(st.citations[0].source[1:]) - 1 for issue, _ in chosen for st in issue.statements}
    uncovered = []
    for i, d in enumerate(ctx.corpus.documents):
        if not d.title or len(d.title.split()) < 2:
            continue
        lead = next((r for r in (SentenceRef(i, s.index) for s in ctx.corpus.sentences[i])
                     if ctx.text(r).strip() != d.title.strip() and ctx.usable(r, spec.max_words)), None)
        if lead is None or lead in taken:
            continue           # the bottom line or an issue already tells this document's news
        if i not in cited or ctx.topicality.get(lead, 0.0) < LONE_LEAD:
            uncovered.append(i)
    added = 0
    for doc in uncovered:
        if added == HEADLINE_ISSUES:
            break
        title = ctx.corpus.documents[doc].title
        refs = [SentenceRef(doc, s.index) for s in ctx.corpus.sentences[doc]
                if s.text.strip() != title.strip()]
        picked = ranked_statements(ctx, spec, set(refs), per_issue, taken,
                                   relevance=lambda r: 2.0 if r in ctx.lead else 0.0)
        if len(picked) < min(MIN_STATEMENTS, per_issue):
            continue
        if len(chosen) >= limit and len(chosen) - added > fixed:
            chosen.pop(len(chosen) - added - 1)    # the last phrase issue, not an earlier document's
        taken.update(picked)
        chosen.append((Issue(title, "discovered", [], [ctx.corroborated(r) for r in picked]), set(refs)))
        added += 1
