"""What the conflict rules share: a finding, the sentences as the rules read them (rare words,
actor names, days), and the pairing of sentences from different reports.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain
from math import fsum, log

from briefing.analysis.corroboration import candidate_pairs, sentence_words
from briefing.analysis.dates import WEEKDAYS, find_dates, month_number, parse_iso
from briefing.analysis.lexicon import SAY_VERBS, word_cache
from briefing.analysis.words import DIGIT, STOP_WORDS, fold
from briefing.ingest.dateline import MONTHS
from briefing.model import Corpus, CorpusFacts, SentenceRef

# How sure each kind of finding is, as a base score: a figure whose conversion both reports
# share, and figures or clock times tied by the words around them, are rarely misread; an
# update is sure but tells of change, not conflict; a claim and its denial, an outcome, or one
# role given to two people depend on reading who says what. The order was set on the eight
# labelled sets (any order of the last four gives the same scores there); a kind's items keep
# their own order (by evidence) within it. A claim and its rebuttal, or A and not-A (an act told
# as lawful and as unlawful among them), come after all of these (their evidence adds less than
# the gap to the next kind), being read from wording alone; two parties' views set against each
# other ("But critics say") come last, being read from the contrast alone (on the labelled sets
# only one such item is found, after the rest); one party's account of another against that party's
# own in another report comes after those (read from who tells of whom, with no contrast to mark it).
KIND_SCORE = {"anchored": 5.0, "figures": 4.0, "time": 4.0, "update": 3.5, "day": 3.0,
              "status": 2.5, "denial": 2.5, "place": 2.0, "agents": 1.5,
              "wording": 1.2, "rebuttal": 1.0, "opposite": 0.5, "lawful": 0.5, "ruling": 0.5, "doubt": 0.45, "negation": 0.4,
              "views": 0.3, "account": 0.2}
MAX_SIDES = 4               # versions shown per item (a rising count keeps its latest ones)
ALL_PAIRS = 300             # sentences of one kind compared all with all up to this many...
KEYS = 4                    # ...else those sharing one of their rarest words, each filed under this many
MAX_BUCKET = 15             # a word in more sentences than this is too common to pair on
MAX_POSTINGS = 200          # a word in more sentences than this is too common to look sentences up by
DAY_KINDS = {"weekday", "day_month", "month_day", "day_month_year", "month_day_year", "deictic"}
# words that tell when, not what: left out of what two sentences must share to tell one event
TIME_WORDS = frozenset("am pm a.m p.m gmt utc local time hours hour morning afternoon evening night midday "
                       "noon midnight early small".split()) | frozenset(WEEKDAYS) | frozenset(
    "january february march april may june july august september october november december".split())
WORD = re.compile(r"[\w][\w’'-]*")
YEAR = re.compile(r"(?<![\d$£€.,/-])(?:19|20)\d\d(?![\d%])")
RELATIVE_YEAR = re.compile(r"(?i:\b(last|past|previous|this|next|coming)\s+year\b)")
DAY_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset("today yesterday tomorrow tonight".split())
TOKEN = re.compile(r"(?<![\w-])[\w][\w’'-]*")
# in a text of ASCII alone, a TOKEN opening on a capital, where no apostrophe is right before a
# capital: the character before such a word is no part of a word, so the word is a TOKEN of the
# text read whole (after "d'" a capital opens no TOKEN: "d'Orvanne" is one)
ASCII_CAPITALISED = re.compile(r"[A-Z](?<![\w'-].)[\w'-]*")
APOSTROPHE_CAPITAL = re.compile(r"['’][A-Z]")
POSSESSIVE = re.compile(r"[’']s$")
WORD_CHAR = re.compile(r"[\w-]")
AGENT_WORDS = 6             # words (titles, "Former chief") before the name a clause opens on
PRONOUNS = frozenset("he she they it we i you".split())
# words that point back to a sentence before (a closed class: pronouns and demonstratives): a
# version opening on one, shown alone, does not say whose words or claim it tells
POINTS_BACK = frozenset("he she they it this these those that his her their its such".split())
FIRST_WORD = re.compile(r"[A-Za-z’']+")
LEAD_IN = re.compile(r"(?i:^\s*(?:according to|in|on|at|after|before|speaking|while|as)\b[^,]{0,80},\s*)")
# relative and participle clauses, whose names are not the clause's subject
# a relative clause still open where a role is given: ", who became" (no comma after it)
OPEN_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;]*$")
RELATIVE = re.compile(r",\s*(?:who|which|whose|where|equipped|led|named)\b[^,]*(?:,[^,]*?)??,")
# a party's words told: a quotation, a verb of saying, or a finding given with its grounds ("ruled that")
QUOTED_OR_SAID = re.compile(r"[“\"]|\b(?:" + "|".join(sorted(SAY_VERBS)) + r"|(?:ruled|found|concluded|decided|held)\s+that)\b")


@dataclass(repr=False)
class Finding:
    """A disagreement: what differs (`name`), each version as the reports give it (`labels`,
    one per side, or none where the name says it all) and the sentences stating each
    (`sides`, best first)."""

    kind: str
    score: float
    name: str
    labels: list[str]
    sides: list[list[SentenceRef]]
    rising: bool = False        # versions are one figure's updates, latest first
    estimate: bool = False      # the last version is an estimate, not a count

    @property
    def topic(self) -> str:
        if not self.labels:
            return self.name
        counts = self.labels[:-1] if self.estimate else self.labels
        text = f"{self.name}: " + (", " if self.rising else " vs ").join(counts)
        return text + (f"; estimate {self.labels[-1]}" if self.estimate else "")

    def drop(self, side: int) -> None:
        """Leave one version out (it is shown in another item)."""
        if self.estimate and side == len(self.sides) - 1:
            self.estimate = False
        del self.sides[side]
        if self.labels:
            del self.labels[side]


class ActorNames:
    """Every name an actor goes by, to its main name, found in a text in one pass: full names and
    aliases, then a person's single last (and first) name where no more important actor has it."""

    def __init__(self, facts: CorpusFacts) -> None:
        owner: dict[str, str] = {}
        for a in facts.actors:
            for n in [a.name, *a.aliases]:
                owner.setdefault(n, a.name)
        for a in facts.actors:          # most important first: it keeps a shared single name
            if a.kind != "person":
                continue
            words = [n.split() for n in [a.name, *a.aliases] if len(n.split()) > 1]
            for w in [ws[-1] for ws in words] + a.name.split()[:1] * (len(a.name.split()) > 1):
                if len(w) > 2:
                    owner.setdefault(w, a.name)
        self.owner = owner
        self.roles = {a.name: a.role for a in facts.actors}
        self.kinds = {a.name: a.kind for a in facts.actors}
        self.longest = max((len(n.split()) for n in owner), default=0)
        # for each first word of a name, as the text's words are read (TOKEN: a name can start only
        # there), how many words (TOKEN's) its names run to, the most first: a run of the
        # text's words is read as a name only where one that opens so is that long. A run of n words
        # holds n of TOKEN's as a text of its own (a word is read by itself and the character before
        # it), so where the run, or it without its possessive, is a name, that name opens on the
        # run's first word (or it without its possessive, a name of one word) and holds n
        lengths: dict[str, set[int]] = {}
        for n in owner:
            if TOKEN.match(n):
                words = TOKEN.findall(n)
                lengths.setdefault(words[0], set()).add(len(words))
        self.lengths = {first: tuple(sorted(counts, reverse=True)) for first, counts in lengths.items()}
        self._found: dict[str, list[tuple[int, int, str]]] = {}

    def __bool__(self) -> bool:
        return bool(self.owner)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, actor) for each name in `text`, in order, the longest name at a place."""
        found = self._found.get(text)
        if found is None and text.isascii() and not APOSTROPHE_CAPITAL.search(text):
            found = self._found[text] = self._find_capitalised(text)
        if found is None:
            tokens = [m.span() for m in TOKEN.finditer(text)]
            found = []
            k = 0
            while k < len(tokens):
                start, first_end = tokens[k]
                k += 1
                first = text[start:first_end]
                if not first[0].isupper() or not self._opens_a_name(first):
                    continue
                name = self._name_at(text, start, first, [end for _, end in tokens[k - 1:k - 1 + self.longest]])
                if name is not None:
                    found.append(name[0])
                    k += name[1] - 1
            self._found[text] = found
        return found

    def _find_capitalised(self, text: str) -> list[tuple[int, int, str]]:
        """`find` in a text of ASCII alone with no apostrophe before a capital: as `find` reads
        every TOKEN of the text and tries the capitalised ones, but reading the capitalised ones
        only (ASCII_CAPITALISED: a tenth of a sentence's words), and the words after one only
        where a name opens on it (200 BBC politics articles' sentences: 20 against 60 ms)."""
        found: list[tuple[int, int, str]] = []
        resume = 0                  # the end of the last name found: a word before it is part of it
        for m in ASCII_CAPITALISED.finditer(text):
            start, first_end = m.span()
            if start < resume:
                continue
            first = m.group()
            if not self._opens_a_name(first):
                continue
            # the words after it, as many as a name may run to
            ends = [first_end]
            for word in TOKEN.finditer(text, first_end):
                if len(ends) >= self.longest:
                    break
                ends.append(word.end())
            name = self._name_at(text, start, first, ends)
            if name is not None:
                found.append(name[0])
                resume = ends[name[1] - 1]
        return found

    def _opens_a_name(self, first: str) -> bool:
        """Some name opens on the word `first` (or on it without its possessive)."""
        return first in self.lengths or POSSESSIVE.sub("", first) in self.lengths

    def _name_at(self, text: str, start: int, first: str, ends: list[int]) -> tuple[tuple[int, int, str], int] | None:
        """The longest name opening at `start` on the word `first`, whose words end at `ends` (the
        first word's end, then each next word's, as many as a name may run to): ((start, end, actor),
        its number of words), or None."""
        for n in self._lengths(first):
            if n > len(ends):
                continue
            name = text[start:ends[n - 1]]
            bare = POSSESSIVE.sub("", name) if name.endswith(("’s", "'s")) else name
            who = self.owner.get(name) or self.owner.get(bare)
            if who:
                return (start, start + len(bare), who), n
        return None

    def named(self, text: str) -> set[str]:
        return {who for _, _, who in self.find(text)}

    def _lengths(self, first: str) -> tuple[int, ...]:
        """How many words the names opening on the text's word `first` may run to, the most first
        (of one word, its possessive's name's too)."""
        lengths = self.lengths.get(first, ())
        if first.endswith(("’s", "'s")):
            bare = self.lengths.get(POSSESSIVE.sub("", first), ())
            if bare:
                lengths = tuple(sorted(set(lengths) | set(bare), reverse=True))
        return lengths


@dataclass(repr=False)
class Sentences:
    """Every sentence as the rules read it: text, rare words (their first letters, so that
    "invited" and "invitation" meet), idf, and the corpus's actor names."""

    corpus: Corpus
    refs: list[SentenceRef]
    texts: list[str]
    stems: list[frozenset[str]]
    idf: dict[str, float]
    df: Counter[str]
    names: ActorNames
    index: dict[SentenceRef, int] = field(default_factory=dict)
    weights: list[float] = field(default_factory=list)     # each sentence's words' idf, summed
    dated: frozenset[int] = frozenset()                    # sentences with a word naming a day
    words: list[frozenset[str]] = field(default_factory=list)   # each sentence's content words, folded
    vocabulary: frozenset[str] = frozenset()               # every sentence's content words, once
    _named: dict[int, frozenset[str]] = field(default_factory=dict, repr=False)
    _parties: dict[int, frozenset[str]] = field(default_factory=dict, repr=False)
    _reports: dict[str, int] = field(default_factory=dict, repr=False)

    def shared(self, i: int, j: int) -> tuple[int, float]:
        """Words two sentences share, and their idf-weighted Jaccard."""
        both = self.stems[i] & self.stems[j]
        weight = fsum(self.idf[s] for s in both)
        return len(both), weight / ((self.weights[i] + self.weights[j] - weight) or 1.0)

    @cached_property
    def postings(self) -> dict[str, list[int]]:
        """The sentences each word is in, for words in at most MAX_POSTINGS sentences."""
        out: dict[str, list[int]] = defaultdict(list)
        for i, words in enumerate(self.stems):
            for w in words:
                if self.df[w] <= MAX_POSTINGS:
                    out[w].append(i)
        return out

    def in_reports(self, s: str, share: float, least: int) -> bool:
        """The stem `s` is in at least `share` of the reports, where there are `least` reports or
        more; the reports holding it counted for the stems asked about only, once each."""
        reports = len(self.corpus.documents)
        if reports < least or self.df.get(s, 0) < share * reports:
            return False        # in fewer sentences than it would need reports
        if s not in self._reports:
            found = self.postings.get(s)
            self._reports[s] = len({self.refs[j].doc for j in found} if found is not None else
                                   {ref.doc for ref, stems in zip(self.refs, self.stems, strict=True) if s in stems})
        return self._reports[s] >= share * reports

    def published(self, i: int) -> str | None:
        return self.corpus.documents[self.refs[i].doc].published

    def next_to(self, i: int, step: int) -> int | None:
        ref = self.refs[i]
        return self.index.get(SentenceRef(ref.doc, ref.sentence + step))

    @cached_property
    def by_doc(self) -> dict[int, list[int]]:
        """Each report's sentences."""
        out: dict[int, list[int]] = defaultdict(list)
        for i, ref in enumerate(self.refs):
            out[ref.doc].append(i)
        return out

    def named_in(self, doc: int) -> frozenset[str]:
        """The actors a report names, countries too, read once."""
        if doc not in self._named:
            self._named[doc] = frozenset(who for i in self.by_doc.get(doc, ()) for who in self.names.named(self.texts[i]))
        return self._named[doc]

    def parties_of(self, doc: int) -> frozenset[str]:
        """The actors a report names that are no country (people, organisations)."""
        if doc not in self._parties:
            self._parties[doc] = frozenset(who for who in self.named_in(doc) if self.names.kinds.get(who) != "country")
        return self._parties[doc]


def opens_pointing_back(text: str) -> bool:
    """The sentence opens on a word pointing back to one before it ("He denied ...", "That is untrue.")."""
    first = FIRST_WORD.search(text)
    return bool(first) and first.group(0).lower() in POINTS_BACK


def agent(sents: Sentences, text: str, before: int | None = None) -> str | None:
    """The actor a sentence's main clause opens on (after a lead-in such as "According to the
    ministry," or a quotation), before position `before`; None where the clause opens on
    someone unnamed ("he told ...") or on many words before any name."""
    start = 0
    quoted = re.match(r"\s*[“\"][^”\"]*[”\"]\s*,?", text)
    if quoted:
        start = quoted.end()
    lead = LEAD_IN.match(text[start:])
    if lead:
        start += lead.end()
    return clause_opener(sents, text, start, before)


# between a name and a name ending an apposition that describes the first ("Tom Reed QC, a member of
# the Harwick Society"): letters after the name, a comma, a determiner and words without a stop
APPOSITION_TO = re.compile(r"(?:\s+[A-Z]{2,3})?,\s+(?:a|an|the|his|her|its|their)\s[^,;:.!?]*")


def named_before(text: str, names: list[tuple[int, int, str]], at: int, gap: int) -> str | None:
    """The party named at most `gap` characters before position `at` (its verb of saying); where
    that name ends an apposition ("Tom Reed QC, a member of the Harwick Society, says"), the party
    the apposition describes."""
    before = [(start, end, who) for start, end, who in names if 0 <= at - end <= gap]
    if not before:
        return None
    start, _, who = before[-1]
    # (the comma closing the apposition is often left out: "…, a member of the Harwick Society says")
    described = [w for _, e, w in names if e <= start and APPOSITION_TO.fullmatch(text, e, start)]
    return described[-1] if described else who


def clause_opener(sents: Sentences, text: str, start: int, before: int | None = None) -> str | None:
    """The actor a clause starting at `start` opens on, named before position `before`; None where
    someone unnamed comes first ("he told ...") or many words come before any name."""
    found = [(at, who) for at, _, who in sents.names.find(text) if start <= at and (before is None or at < before)]
    if not found:
        return None
    at, who = found[0]
    opening = WORD.findall(text[start:at])
    if any(w.lower() in PRONOUNS for w in opening) or len(opening) > AGENT_WORDS:
        return None
    return who


# Two sides told by named parties (a ruling and its objection, an act told lawful and unlawful):
MAX_TOLD = 100              # sentences of each side compared, all with all
MAX_EVIDENCE = 0.49         # what evidence adds to a finding's score: less than the gap between kinds


def opposed_pairs(sents: Sentences, first: list[tuple[int, str]], second: list[tuple[int, str]],
                  ties: Callable[[int, int], set[str]], min_shared: int, kind: str, name: str) -> list[Finding]:
    """For each two different parties, one telling a sentence of `first` (index, party) and the
    other one of `second`, a finding of the pair of their sentences most alike, among those tied
    to one matter by at least `min_shared` words (`ties(i, j)`: the words the two share that count),
    preferring a pair whose reports tell each party's own words (party_side shows them)."""
    speaks = [{(sents.refs[k].doc, who) for k, who in told if tells_words(sents.texts[k])} for told in (first, second)]
    best: dict[frozenset[str], tuple[int, float, int, int, str, str]] = {}
    for i, a in first[:MAX_TOLD]:
        for j, b in second[:MAX_TOLD]:
            if a == b or len(ties(i, j)) < min_shared:
                continue
            weight = sents.shared(i, j)[1]
            worded = ((sents.refs[i].doc, a) in speaks[0]) + ((sents.refs[j].doc, b) in speaks[1])
            key = frozenset((a, b))
            if key not in best or (worded, weight) > best[key][:2]:
                best[key] = (worded, weight, i, j, a, b)
    return [Finding(kind, KIND_SCORE[kind] + min(MAX_EVIDENCE, weight), name, [a, b],
                    [party_side(sents, i, a, first, j), party_side(sents, j, b, second, i)])
            for _, weight, i, j, a, b in best.values()]


def party_side(sents: Sentences, i: int, party: str, told: list[tuple[int, str]], other: int) -> list[SentenceRef]:
    """One party's side: the sentence paired (`i`) and the party's other sentences of that side in
    its report, the ones telling the party's own words first ("A Harwick statement said the
    decision is flawed" before "Harwick will appeal against the acquittal": the view, not the
    bare act), then the one paired, then those most alike the other side's (`other`)."""
    doc = sents.refs[i].doc
    own = [k for k, who in told if who == party and sents.refs[k].doc == doc]
    own.sort(key=lambda k: (not tells_words(sents.texts[k]), k != i, -sents.shared(k, other)[1], k))
    return [sents.refs[k] for k in own]


def tells_words(text: str) -> bool:
    """The sentence tells what someone says or holds (a verb of saying, a quotation, "ruled that"),
    not only what they do."""
    return bool(QUOTED_OR_SAID.search(text))


def holder(sents: Sentences, text: str, at: int) -> str | None:
    """Whom a role given at `at` ("..., as the mastermind") is given to: the actor the clause
    opens on, else the last one named before it outside relative clauses ("X, who ..., as");
    where the role is given inside a relative clause ("..., behind Ann Vale, who became the
    first"), the one that clause tells of."""
    relative = OPEN_RELATIVE.search(text[:at])
    if relative:
        found = [(end, who) for _, end, who in sents.names.find(text) if end == relative.start()]
        if found:
            return found[-1][1]
    opener = agent(sents, text, at)
    if opener:
        return opener
    before = RELATIVE.sub(lambda m: " " * len(m.group(0)), text[:at])
    found = [(end, who) for start, end, who in sents.names.find(text)
             if end <= at and before[start:end] == text[start:end]]
    return max(found)[1] if found else None


def stem(word: str) -> str:
    return word[:5]


# inflections of English verbs and nouns, left off before a word is cut to its first letters
INFLECTION = re.compile(r"(?<=[a-z]{3})(?:ing|ed|es|s)$")


@word_cache
def lemma_stem(word: str) -> str:
    """A word's stem without its inflection, so that "faked" and "faking", "claims" and
    "claimed" meet (a word's `stem` keeps them apart where its first letters differ). Memoised:
    the denials read it for every word of every sentence near one, the same words again and again."""
    return word[:5] if word.endswith("ss") else INFLECTION.sub("", word).rstrip("e")[:5]


def word_stem(word: str) -> str | None:
    """A content word's stem, None for figures and words of time."""
    return None if DIGIT.search(word) or word in TIME_WORDS else stem(word)


def read_sentences(corpus: Corpus, facts: CorpusFacts) -> Sentences:
    refs, bags = sentence_words(corpus)
    # the readings that pick their cue words from the corpus's words take them from here (each
    # made this union of every sentence's words over again)
    vocabulary = frozenset().union(*bags)
    stem_of = {w: word_stem(w) for w in vocabulary}
    stems = [frozenset(filter(None, map(stem_of.__getitem__, bag))) for bag in bags]
    df: Counter[str] = Counter(chain.from_iterable(stems))     # counted in one call, in C
    n = max(1, len(refs))
    idf = {s: log(1 + n / c) for s, c in df.items()}
    texts = [corpus.sentence(r).text for r in refs]
    return Sentences(corpus, refs, texts, stems, idf, df, ActorNames(facts), {r: i for i, r in enumerate(refs)},
                     [fsum(map(idf.__getitem__, words)) for words in stems],
                     frozenset(i for i, bag in enumerate(bags) if bag & DAY_WORDS or "may" in texts[i].lower()),
                     bags, vocabulary)


def content(text: str) -> set[str]:
    """Content words of a clause, up to its first full stop."""
    return {stem(w) for w in content_words(text)}


def content_words(text: str) -> set[str]:
    """Content words of a clause, up to its first full stop, whole."""
    clause = re.split(r"[.;!?]", text, maxsplit=1)[0]
    return {w for w in re.findall(r"[a-z][a-z’'-]+", fold(clause)) if w not in STOP_WORDS and len(w) > 2}


def pairs_of(sents: Sentences, chosen: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Pairs of the chosen sentences from different documents that share a word: all of them
    where they are few, else those sharing one of their rarest words."""
    chosen = sorted(set(chosen))
    if len(chosen) <= ALL_PAIRS:
        for x, i in enumerate(chosen):
            for j in chosen[x + 1:]:
                if sents.refs[i].doc != sents.refs[j].doc and sents.stems[i] & sents.stems[j]:
                    yield i, j
        return
    bags = [sents.stems[i] for i in chosen]
    docs = [sents.refs[i].doc for i in chosen]
    for a, b in candidate_pairs(bags, docs, keys=KEYS, max_bucket=MAX_BUCKET, other_docs_only=True):
        yield chosen[a], chosen[b]


# --- days ------------------------------------------------------------------------------------

@dataclass(frozen=True, repr=False)
class DayMention:
    """A day a sentence names, as a date, a weekday or both."""

    text: str
    weekday: int | None       # 0 = Monday
    iso: str                  # the full date where known
    month_day: str            # "03-30" where known
    explicit: bool            # written as a date, not as a weekday


@lru_cache(maxsize=65536)
def day_mentions(text: str, published: str | None) -> tuple[DayMention, ...]:
    """The days a sentence names, read against its report's publication date."""
    out = []
    for d in find_dates(text, published):
        if d.kind not in DAY_KINDS:
            continue
        full = d.iso if len(d.iso) == 10 else ""
        weekday = WEEKDAYS.get(d.text.split()[-1].lower()) if d.kind == "weekday" else \
            dt.date.fromisoformat(full).weekday() if full else None
        month_day = full[5:] if full else partial_month_day(d.text) if d.kind != "weekday" else ""
        out.append(DayMention(d.text, weekday, full, month_day, d.kind != "weekday"))
    return tuple(out)


def partial_month_day(text: str) -> str:
    """"April 1" -> "04-01" where no year is known to make a full date of it."""
    m = re.search(r"([A-Za-z]+)\.?\s+(\d{1,2})\b|(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)", text)
    if not m:
        return ""
    month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    try:
        return f"{month_number(month):02d}-{int(day):02d}"
    except (KeyError, ValueError):
        return ""


def day_of(sents: Sentences, i: int) -> set[str]:
    """The days a sentence puts its events on ("2024-11-24", or "11-24" where the year is not
    known), else the day its report was published."""
    published = sents.published(i)
    found = day_mentions(sents.texts[i], published) if names_a_day(sents, i) else ()
    days = {d.iso or d.month_day for d in found if d.iso or d.month_day}
    return days or ({published[:10]} if published and len(published) >= 10 else set())


def days_apart(x: str, y: str) -> int:
    """Days between two days given as "2024-11-24" or "11-24" (then both read in one year)."""
    if len(x) == 10 and len(y) == 10:
        return abs((dt.date.fromisoformat(x) - dt.date.fromisoformat(y)).days)
    return abs((dt.date.fromisoformat("2000-" + x[-5:]) - dt.date.fromisoformat("2000-" + y[-5:])).days)


def same_day(sents: Sentences, i: int, j: int) -> bool:
    """Two sentences can tell of one moment: no days known, or days a night apart at most."""
    a, b = day_of(sents, i), day_of(sents, j)
    return not a or not b or any(days_apart(x, y) <= 1 for x in a for y in b)


def years_of(sents: Sentences, i: int) -> frozenset[str]:
    return years_in(sents.texts[i], sents.published(i))


@lru_cache(maxsize=65536)
def years_in(text: str, published: str | None) -> frozenset[str]:
    """The years a sentence's figures belong to: stated ("2004") or relative ("last year", read
    against the publication year where there is one)."""
    out = set(YEAR.findall(text))
    year = int(published[:4]) if published and published[:4].isdigit() else None
    for m in RELATIVE_YEAR.finditer(text):
        shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[m.group(1).lower()]
        out.add(str(year + shift) if year else m.group(0).lower())
    return frozenset(out)


def names_a_day(sents: Sentences, i: int) -> bool:
    """The sentence has a word a day is named by (a weekday, a month, "today")."""
    return i in sents.dated


def same_time(sents: Sentences, i: int, j: int) -> bool:
    """Two sentences' figures can be of one moment: neither their days nor their years differ."""
    a, b = years_of(sents, i), years_of(sents, j)
    return same_day(sents, i, j) and (not a or not b or bool(a & b))


def published_on(sents: Sentences, doc: int) -> dt.date | None:
    return parse_iso(sents.corpus.documents[doc].published)
