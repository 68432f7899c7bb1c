"""People, organizations and countries, with roles, affiliations and aliases, ranked by importance.

Each document's names (`names.document_names`) are merged across the corpus: full names by
spelling ("Ryu Hyeon-chul" = "Ryu Hyeon Chul") and by nickname ("Alex"/"Alexander" with one
surname); a lone surname a document never expands goes to the corpus's full name holding it.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import product, takewhile
from math import inf, log

from rapidfuzz.distance import Levenshtein

from briefing.analysis.actor_ranking import (
    MIN_SALIENCE,
    ActorSignals,
    likelihoods,
    log_count,
    prominence_floor,
    rank_key,
    recurring_person,
)
from briefing.analysis.aliases import (
    INITIAL,
    MIN_FAMILY_SKELETON,
    POSSESSIVE_END,
    WEB_ENDING,
    acronym_definitions,
    party_key,
    same_person_spelled_apart,
    skeleton,
    spelled_initials,
    spelling_keys,
    without_initials,
    without_legal_suffix,
    without_nickname,
)
from briefing.analysis.collectives import COLLECTIVE_HEADS, KIND_WORDS, same_collective
from briefing.analysis.figure_conflicts import MOVE_VERBS
from briefing.analysis.figures import NUMBER_WORDS
from briefing.analysis.lexicon import (
    BROADCAST_HEADS,
    CITY_KEYS,
    COMPASS_WORDS,
    CORPORATE_SUFFIXES,
    COUNTRIES,
    DEMONYMS,
    EVENT_HEADS,
    FIRST_NAMES,
    GIVEN_NAMES,
    GOVERNMENT_DEPARTMENT_ROLE,
    GOVERNMENT_OFFICES,
    HONORIFICS,
    INTERNATIONAL_ORGANIZATIONS,
    INTERNATIONAL_ROLE,
    IRREGULAR_PAST,
    ISSUE_WORDS,
    KINSHIP,
    LINE_OF_BUSINESS,
    NAME_PARTICLES,
    NEWS_AGENCIES,
    ORG_HEAD_TYPES,
    ORG_HEADS,
    ORG_UNITS,
    ORGANIZATION_ROLE_HEADS,
    OTHER_OFFICE,
    OUTLET_HEADS,
    PARTY_CREEDS,
    PARTY_NICKNAMES,
    PEERAGE_TITLES,
    PEOPLE_WORDS,
    PLAYING_POSITIONS,
    PRODUCT_NOUNS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    ROYAL_TITLES,
    SAY_VERBS,
    SHORT_GIVEN_NAMES,
    TITLE_WORDS,
    TRADE_ENDINGS,
    TRADE_ROLES,
    UNIONS_OF_STATES,
    UNTYPED_ORG_HEADS,
    WEAK_OUTLET_HEADS,
    country_of,
    fold,
    trim_word_caches,
)
from briefing.analysis.names import (
    ACRONYM,
    LOCATIVES,
    MEMBER_RANK,
    NATIONALITY_RANK,
    OWNER_RANK,
    Mention,
    WrittenWords,
    by_surname,
    common_plural,
    document_names,
    short_collective_mentions,
)
from briefing.analysis.roles import (
    ACRONYM_PLURAL,
    AUXILIARIES,
    LINK_BEFORE_SUBJECT,
    NAME_JOINERS,
    ORGANIZATION_HEADS,
    bare_descriptor_before,
    class_after,
    class_before,
    descriptor_before,
    doing_clause,
    head_word,
    one_of_plural,
    organization_descriptions,
    person_description_acting,
    person_description_going_on,
    person_description_opening,
    person_description_speaking,
    split_affiliation,
)
from briefing.analysis.words import STOP_WORDS
from briefing.model import ActorFact, CancelFlag, Corpus, QuoteFact, SentenceRef
from briefing.word_frequency import zipf

# Forms measured (s24) on 49 BBC piles of files sharing a headline word (about 950 listed actors) and
# left as they are: a body named by its full name in one report and its acronym in another, apart
# (1: a chip maker); a body named only by its acronym ranked low (a telecoms firm named 16 times in
# 2 reports, key likelihood .18), as the fitted acronym weight ranks technical terms written alike
# ("XP", "DRM", "GPRS"); "and" inside a name cut (1: a band's) or a list read as one name (none); a
# product in the plural taken for a body (1 in the whole corpus); a people's noun before a person
# named once ("beat Swede Ann Vale": about 20 in the sport files, all minor people, not found); an
# office's words before a name taken for a body ("Lib Dem Treasury spokesman": 4 in the corpus); a
# person found under another name or not at all (3 named twice, a reporter among them). Commoner:
# a work's title taken for a body ("The Harwick Road" with "Harwick Road star Ann Vale"), seen at
# key likelihood .3-.8 in about 10 of 170 piles of 12 files, left for want of piles of its own.
# Ranking weights, chosen on the seeds and the two dev sets: people with a stated role or who
# speak come first (they are what a reader looks for), then countries and organizations that recur.
SPEAKER_WEIGHT = 2.0       # per sentence it speaks in ("X said", "according to X", its quotations)
# A report's sentences count towards a speaker's prominence up to this many: one quoted at length in
# a single report (a pundit, an analyst) is not more of the story than one who speaks in several.
# Over the 15 visible sets the average precision of the key actors in the ranked list is .866-.868
# for 2 to 4 (.857 before quotations counted), .863 for 6; without a cap .870, but a BBC pundit
# quoted over nine sentences then ranks second on kelly-holmes, whose quotes section loses a key quote.
MAX_SPOKEN_PER_REPORT = 3
SOURCE_WEIGHT = 2.0        # per document beyond the first
NICKNAME_PREFIX = 4        # "Alex"/"Alexander": given names sharing this many letters merge
MAX_ROLE_REFS = 3
FAMILY_ROLE = "family"
LONE_ORG_DOCS = 2          # a lone rare word names an organization only if this many documents use it
                           # (all there are in a pile of one report: 285 words more over the 2,095 BBC
                           # articles read one at a time, some 7 in 10 a body, a team or a person in 60 read)
LONE_ORG_MENTIONS = 3
LONE_ORG_ACTS = 2          # … or speaks or is described as an organization this often
# A head of a firm, named by it ("Harwick chief executive Tom Reed", "Tarvel senior vice president"):
# a lone word a person's title opens so is that person's employer, a body; not a team's or a band's
# staff ("Vale coach" names the athlete coached) nor a spokesman (a person has one: "a Vale spokesman")
EMPLOYER_HEADS = frozenset("executive boss chairman chairwoman founder co-founder president".split())
# ... and its staff, owners or stock named after it in the text ("Quillex's chief executive", "Quillex
# shares", "shares in Quillex"): what a firm or a club has, not a town, a product or a prize
OWNED_AFTER = re.compile(r"(?:[’']s?)?\s+(?:(?:new|former|own|current)\s+)?(?:chief\s+executive|boss|chairman"
                         r"|chairwoman|founder|shares|share\s+price|shareholders|board|executives|employees)\b")
SHARES_IN_BEFORE = re.compile(r"\bshares\s+in\s+$")
# Measured (s32) and left out: a lone word as a body where its clause goes on to "its" after a
# finite verb ("Tarvel this week announced the first sale of its new jet"), where it owns something
# named ("Tarvel's Qrio robot"), where its customers are named, and as a firm's own name where over
# twice as many reports write it alone as write a longer name opening on it: firms missing from 58
# BBC piles came in, but over the held-back topics actor recall .823 -> .825 against precision .933
# -> .928 (six topics down: studios and brands of film and games stories), roles .785 -> .779 (the
# new bodies' roles weak) and repeats up.
FIRST_WORD_HABIT = 3       # a firm's first word written alone this often is how reports call it (twice
                           # was as often a person known by a given name: "Saddam")
PERSONAL_MINORITY = 0.75   # a lone word a title makes a person in few of its documents' uses (the
                           # others over this share) is a person there only: the others name a place or
                           # an organization
MIN_TYPO_LENGTH = 5        # a titled surname this long may differ by one letter from a known one
MAX_TYPO_MENTIONS = 1      # a slip of the pen is written once; a surname written so again is a name of its
                           # own ("Lord Marlowe" said twice beside Alex Marlow, "Mr Tarvell" beside Ann Tarvel)
MAX_NAME_WORDS = 6         # the longest name looked for inside another actor's role
# Roles that speak for an organization (not "professor at", "journalist of"): its heads and voices,
# and those who run it day to day ("Rovers manager", "editor of Tarvel Monthly", "site administrator")
SPEAKS_FOR_ROLES = frozenset("""chair chairman chairwoman chairperson co-chair co-chairman leader head president
chief ceo secretary-general spokesman spokeswoman spokesperson director founder co-founder boss
administrator manager coach captain editor owner operator governor""".split())
LEAD_SENTENCES = 3         # a document's headline and first sentences, where its subject is named
# "…, the rural affairs minister has said." in the lead: the person named next, this many sentences
# on at most, is the one described (where no one else is named between)
LEAD_SPEAKER_REACH = 2
# "the prime minister" must recur in this many documents, each naming the person, to name their role
# (3 left an untitled chancellor without the office in a pile of 4 reports, 2 of them his)
MIN_OFFICE_DOCS = 2
MIN_OFFICE_MENTIONS = 3     # ... and the person be named this often
OFFICES = ("prime minister", "president", "chancellor", "premier", "foreign secretary", "home secretary",
           "foreign minister", "chief executive", "governor", "mayor", "chairman", "speaker", "king", "queen")
# ("(?<!\w.)" after the "T": a word boundary before it that lets the regex engine skip ahead)
DESCRIPTION = re.compile(r"[Tt](?<!\w.)he\s+((?:(?:former|deputy|vice|shadow|acting)\s+)?(?:" + "|".join(OFFICES) + r"))\b(?!\s+[A-Z])")
# Organizations' roles: how far before a name its describing words are read, how far after it
# "the company" still means it, and how often a description must recur to beat the name's own word.
DESCRIPTOR_CHARS = 60
DESCRIPTION_REACH = 240
MIN_DESCRIPTIONS = 2
SUBJECT_REACH = 300         # characters before a name read for its sentence's opening
# a sentence's end before the next one's opening: its stop, a closing quote, then space
SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+|\n")
# A description before the name says what an organization is only where it comes with this share of
# its mentions at least: a party named three hundred times and once "the safest" is no "safest party".
DESCRIPTION_SHARE = 0.02
COUNTRY_ROLE = "country"
ORGANIZATION_ROLE = "organization"
COLLECTIVE_KEY = "organization:@"      # clusters of lower-case collectives, by "country|kinds|head"
NEWS_OUTLET = "news outlet"
BROADCASTER = "broadcaster"
COMPANY_ROLE = "company"
TEAM_ROLE = "club"      # a body its players are named by ("Harwick lock Tom Reed"), for want of a description
BAND_ROLE = "band"      # a body its musicians are named by ("Harwick singer Tom Reed"), for want of a description
# Who a team has besides its players: a game's staff, named by the team as its players are ("Harwick
# manager Tom Reed"); "boss" and "chairman" a firm's head as often, so they say nothing of a team.
TEAM_STAFF = frozenset("manager coach".split())
# A body's name before a playing position with no person's name after it ("the Harwick Rovers winger
# won his first cap"): a team; but for the positions that are common nouns in other senses too ("the
# Harwick wing of the hospital", "a Tarvel lock")
POSITION_AFTER = re.compile(r"(?:[’']s)?\s+([a-z][a-z-]+)\b(?![’'-]|\s+of\b)")
PLAIN_POSITIONS = PLAYING_POSITIONS - frozenset("wing centre forward lock prop hooker keeper catcher pitcher".split())
# a player of a body named before a person's name ("Harwick Ospreys player Tom Reed"); alone after a
# name, "player" is as often a product's ("the Tarvel player")
TEAM_MEMBER = "player"
HEAD_OF_TEAM_OR_FIRM = frozenset({"boss"})
# What only a band's members are, named by the band ("Harwick frontman Tom Reed", "Tarvel's drummer");
# not "singer" or "vocalist", which a genre written with capitals may name too ("R&B singer")
BAND_MEMBERS = frozenset("frontman frontwoman guitarist drummer bassist keyboardist".split())
RESEARCH_WORD, RESEARCH_FIRM = "research", "research firm"
# "House of …" names a legislature's chamber where what follows is one of the closed class of
# chambers' members or kinds ("House of Lords", "House of Representatives"), not a shop's or a
# film's name ("House of Harwick")
CHAMBER_MEMBERS = frozenset("lords commons representatives delegates councillors councilors peers keys assembly".split())
CHAMBER_ROLE = "chamber"
# Types a name says that no description near it overrides: a party is a party, whatever "the
# government" the sentences around it speak of ("the union" may well tell what an "association" is).
DEFINING_TYPES = frozenset({"party"})
# Agent nouns English uses as often for a person as for a firm ("a veteran broadcaster", "the
# publisher of the magazine", "the largest steel producer"); "car maker", "bank", "agency" stay a
# firm's whatever the name.
PERSON_OR_FIRM_HEADS = frozenset("broadcaster broker developer publisher producer".split())
# ... and professions whose plural names a firm of them ("analysts Harwick Research", "brokers Tarvel")
FIRM_PROFESSIONS = frozenset("analyst broker stockbroker consultant accountant auditor pollster bookmaker".split())
# Words a firm's name opens on for its line of business ("Air Tarvel", "Bank Harwick", "Radio Tarvel")
FIRM_OPENINGS = frozenset("air bank radio".split())
# Words that end a firm's name and never a person's: a line of business, and its short forms that
# name no business merged away ("Tarvel Pharma" is not "Tarvel" as "Tarvel Networks" is)
FIRM_NAME_ENDINGS = LINE_OF_BUSINESS | frozenset("pharma biotech telecoms".split())
# Nouns only a firm is ("Grant Tarvel, the investment firm"): a name so described is a firm's even
# where it opens on a given name, so long as no title ("Mr") makes it a person's
FIRM_HEADS = frozenset("firm bank company airline insurer retailer manufacturer brokerage conglomerate".split())
# ... and what "the <noun>" later in the sentence of a body's name still calls it: a firm's nouns,
# and a club's ("Harwick have been criticised, with the players' union accusing the club of …")
WITHIN_HEADS = FIRM_HEADS | {"club"}
# What follows "news" in the name of a news outlet that its last word alone would not say ("Tarvel
# News Agency" is no government's agency)
NEWS_SERVICE_HEADS = frozenset("agency service network".split())
# Descriptions that say an organization is a news outlet ("the Harwick daily newspaper"): one so
# described may only report a story, as one whose name says it
PRESS_ROLE_HEADS = frozenset("newspaper tabloid broadsheet".split())
# What a news outlet's description may say it is ("news agency", "cable channel")
OUTLET_ROLE_HEADS = frozenset("agency channel broadcaster network newspaper station outlet service".split())
# Which stated roles win: a title or an appositive, then "X is a …", then "Reform's X" or "X of the
# Harwick Union".
ROLE_CLASS = {0: 0, 1: 0, 2: 1, OWNER_RANK: 2, MEMBER_RANK: 2, NATIONALITY_RANK: 3}


@dataclass(slots=True, repr=False)
class CollectiveForms:
    """How the texts name a lower-case collective."""

    heads: Counter[str] = field(default_factory=Counter)     # "junta", "military"
    full: set[str] = field(default_factory=set)              # full names ("Peru military junta")
    verbatim: set[str] = field(default_factory=set)          # … those written so, not "Peru’s junta"


@dataclass(slots=True, repr=False)
class Cluster:
    """The mentions read as one actor, with the ways the texts write its name."""

    kind: str
    variants: Counter[str] = field(default_factory=Counter)       # full names as written
    titled: Counter[str] = field(default_factory=Counter)         # "Mr Calloway", "President Orlov", "Paris"
    words: set[str] = field(default_factory=set)                  # lone words that resolved here
    mentions: list[tuple[int, Mention]] = field(default_factory=list)
    defined: bool = False                                         # the text spells out its acronym
    forms: CollectiveForms | None = None                          # a lower-case collective's names
    real_names: Counter[str] = field(default_factory=Counter)     # full names given as a real name

    _name: str | None = None

    def add(self, doc: int, m: Mention) -> None:
        self._name = None
        self.mentions.append((doc, m))
        if m.real_name:
            self.real_names[m.text] += 1
        if m.collective:                  # "Peru military junta"; "Peru’s junta", "junta" as aliases
            forms = self.forms = self.forms or CollectiveForms()
            forms.heads[m.collective.rsplit("|", 1)[1]] += 1
            if not m.short:
                self.variants[m.entity] += 1
                forms.full.add(m.entity)
                if m.text == m.entity:
                    forms.verbatim.add(m.entity)
            if m.short or m.text != m.entity:
                self.titled[m.text] += 1
        elif self.kind == "organization" and m.kind == "single":
            self.variants[m.text + m.possessive] += 1     # "Veltrion", "Harwick’s": a one-word organization
        elif m.kind == "single":
            self.words.add(m.text)
            if m.title and len(m.title.split()) == 1:
                self.titled[f"{m.title} {m.text}"] += 1
        elif m.kind == "person" and " " not in m.text.strip():
            self.words.add(m.text)
            if m.title and len(m.title.split()) == 1:
                self.titled[f"{m.title} {m.text}"] += 1
        elif m.kind == "country":
            self.variants[m.entity] += 1
            if m.text != m.entity:
                self.titled[m.text] += 1          # "Paris" for France, "U.S." for the United States
        else:
            self.variants[m.text] += 1

    def merge(self, other: Cluster) -> None:
        self._name = None
        self.variants.update(other.variants)
        self.titled.update(other.titled)
        self.words |= other.words
        self.mentions.extend(other.mentions)
        self.real_names.update(other.real_names)
        self.defined = self.defined or other.defined
        if other.forms:
            forms = self.forms = self.forms or CollectiveForms()
            forms.heads.update(other.forms.heads)
            forms.full |= other.forms.full
            forms.verbatim |= other.forms.verbatim

    @property
    def name(self) -> str:
        """The full name written most often (the longest, then the first in order, on ties);
        a name in words before an acronym ("Civic Renewal Party", not "CRP")."""
        if self._name is not None:          # read again and again, worked out once per change
            return self._name
        collective = self.forms
        if collective and self.variants and set(self.variants) <= collective.full:
            # a lower-case collective: its fullest name with the head the texts use most
            # ("Peru military junta" over "Peru junta" and "Peru military government")
            head = min(collective.heads, key=lambda h: (-collective.heads[h], h))
            forms = [v for v in self.variants if v.rsplit(" ", 1)[-1] == head] or list(self.variants)
            self._name = min(forms, key=lambda v: (-len(v.split()), v not in collective.verbatim, -self.variants[v], v))
        if self._name is None and self.real_names and self.words \
                and all(self.variants[v] <= self.real_names[v] for v in self.variants):
            # "Kelvax, real name Tomas Brill", then "Kelvax" throughout: the name the texts go by
            said = Counter(m.text for _, m in self.mentions if m.text in self.words)
            self._name = min(said, key=lambda w: (-said[w], w))
        if self._name is None:
            spelled = [v for v in self.variants if not ACRONYM.match(v)] or list(self.variants)
            # a party by its name, not by the adjective of its members ("the Tory leader")
            spelled = [v for v in spelled if not _party_adjective(v)] or spelled
            # "Teenager Ann Vale" read at a sentence start beside "Ann Vale": the capital of a plain word
            starts = {m.text for _, m in self.mentions if m.sentence_start} - \
                {m.text for _, m in self.mentions if not m.sentence_start}
            spelled = [v for v in spelled if not _opened_by_a_plain_word(v, self.variants, v in starts)] or spelled
            # "da Silva", "Van Tarvel": a surname opening on its particle, which reports write alone
            # more often than the full name it ends that says who is meant: the shortest such name
            # ("Ann van Tarvel", not a sentence's "Substitute Ann van Tarvel")
            surnames = [v for v in spelled if _surname_of_another(v, spelled)]
            if surnames:
                spelled = [min((v for v in spelled if _surname_of_another(surnames[0], [v])),
                               key=lambda v: (len(v.split()), -self.variants[v], v))]
            # a peer or a royal known by title and name alone is called so ("Lord Ashby", "Prince Tom")
            peers = [t for t in self.titled if len(t.split()) == 2
                     and (t.split()[0].lower() in PEERAGE_TITLES or t.split()[0].lower() in ROYAL_TITLES)]
            # "Harwick's" is "Harwick" owning what follows, never its name where the texts write it
            # bare too ("McDonald's", never written bare, is a name of its own)
            spelled = [v for v in spelled if POSSESSIVE_END.sub("", v) == v
                       or POSSESSIVE_END.sub("", v) not in self.variants] or spelled
            self._name = min(spelled, key=lambda v: (-self.variants[v], -len(v), v)) if spelled \
                else min(peers, key=lambda t: (-self.titled[t], t)) if peers else min(self.words)
        return self._name


def _surname_of_another(variant: str, variants: list[str]) -> bool:
    """ `variant` opens on a name particle ("de Tarvel", "Van Tarvel") and ends another of the
    `variants`, a full name ("Ann de Tarvel"), whose words before it are no common words but given
    names (not a sentence's "Singer Van Tarvel")."""
    if variant.split(" ", 1)[0].lower() not in NAME_PARTICLES:
        return False
    tail = " " + variant.lower()
    return any(len(v) > len(variant) and v.lower().endswith(tail)
               and all(w in GIVEN_NAMES or zipf(w) < PLAIN_WORD_ZIPF for w in v.lower()[:-len(tail)].split())
               for v in variants)


PLAIN_WORD_ZIPF = 3.5       # a word this common before a name also written without it is no part of it
# where that word only ever opens a sentence, a less common one still ("Newcomer Ann Vale"); given
# names are English words this common too, and written mid-sentence with the name ("Rich Tarvel")
STARTING_WORD_ZIPF = 2.5


def _opened_by_a_plain_word(variant: str, variants: Counter[str], only_opening: bool = False) -> bool:
    """ "Teenager Ann Vale" where "Ann Vale" is written too: a common word, no given name, before
    a full name (a sentence's capital on "teenager"); not "Anna Ten Broek" beside "Ten Broek". A
    name only ever written opening a sentence may also be one word after the plain one ("Rival
    Harwick" beside "Harwick") and the word less common ("Newcomer")."""
    first, _, rest = variant.partition(" ")
    low = first.lower()
    if not rest or rest not in variants or low in GIVEN_NAMES or low in FIRST_NAMES:
        return False
    if only_opening:
        return zipf(low) >= STARTING_WORD_ZIPF
    return " " in rest and zipf(low) >= PLAIN_WORD_ZIPF


def _party_adjective(word: str) -> bool:
    """ "Tory", "Conservative", "Lib Dem": what a party's members are called, in the singular
    ("Labour" is a party's name too)."""
    low = POSSESSIVE_END.sub("", word).lower()
    return low != "labour" and (low in PARTY_CREEDS or low in PARTY_NICKNAMES and not low.endswith("s"))


@dataclass(repr=False)
class ActorIndex:
    """The ranked actors and, per document, which actor each local name stands for."""

    actors: list[ActorFact]
    local: dict[tuple[int, str], str]          # (doc, Mention.entity) -> ActorFact.name
    _roles: dict[str, str] | None = None
    signals: dict[str, ActorSignals] = field(default_factory=dict)     # ActorFact.name -> ranking signals
    speaks_for: dict[str, list[str]] = field(default_factory=dict)     # speaker -> organizations they speak for
    kinds: dict[str, str] = field(default_factory=dict)                # ActorFact.name -> kind
    # every quotation whose speaker is one of these actors (`quotes.quotations`), read to rank them
    quotes: list[QuoteFact] | None = None

    def actor_of(self, doc: int, mention: Mention) -> str | None:
        """The actor a mention stands for; a lone word the corpus reads as an organization
        ("Veltrion") stands for no person, which is what a mention of kind "single" is looked up as."""
        name = self.local.get((doc, mention.entity))
        if name and mention.kind == "single" and self.kinds.get(name) == "organization":
            return None
        return name

    def roles(self) -> dict[str, str]:
        """Each actor's role, lower-case, for reading descriptions ("the chancellor said")."""
        if self._roles is None:
            self._roles = {a.name: a.role.lower() for a in self.actors if a.role}
        return self._roles


_LAST: tuple[tuple, ActorIndex] | None = None


def actor_index(corpus: Corpus, cancel: CancelFlag | None = None) -> ActorIndex:
    """The actors of `corpus`; the quote and attribution steps reuse the last one computed."""
    global _LAST
    # which documents, and which of their sentences the user left in
    key = tuple((d.sha256 or d.id, len(d.text), tuple(x.index for x in s))
                for d, s in zip(corpus.documents, corpus.sentences, strict=True))
    if _LAST is not None and _LAST[0] == key:
        return _LAST[1]
    index = _build_index(corpus, cancel or CancelFlag())
    _LAST = (key, index)
    return index


def find_actors(corpus: Corpus, cancel: CancelFlag | None = None) -> list[ActorFact]:
    """Actors ranked by importance (most important first)."""
    return actor_index(corpus, cancel).actors


def _build_index(corpus: Corpus, cancel: CancelFlag) -> ActorIndex:
    trim_word_caches()
    full: dict[str, Cluster] = {}            # fold(full name) -> cluster
    lone: dict[str, list[tuple[int, Mention]]] = {}
    openers: dict[str, list[tuple[int, Mention]]] = {}    # common words opening sentences before "said"
    unplaced: list[tuple[int, Mention]] = []          # "the junta" in a document that names no junta
    scanned: list[frozenset[str]] = []                # the collectives' heads each document was read for
    local_keys: dict[tuple[int, str], str] = {}
    for doc, (document, sentences) in enumerate(zip(corpus.documents, corpus.sentences, strict=True)):
        if doc % 64 == 0:
            cancel.check()
        used = {s.index for s in sentences}
        names = document_names(document)
        scanned.append(names.collective_heads)
        for entity, mentions in names.entities().items():
            mentions = [m for m in mentions if m.sentence in used]
            if not mentions:
                continue
            if mentions[0].collective:
                if mentions[0].collective[0] == "?":
                    unplaced.extend((doc, m) for m in mentions)
                    continue
                key = f"{COLLECTIVE_KEY}{fold(mentions[0].collective)}"
                kind = "organization"
            else:
                kind = _kind(mentions)
                if kind == "single":
                    lone.setdefault(entity, []).extend((doc, m) for m in mentions if not m.opener)
                    openers.setdefault(entity, []).extend((doc, m) for m in mentions if m.opener)
                    continue
                key = f"{kind}:{fold(entity)}"
            cluster = full.get(key)
            if cluster is None:
                cluster = full[key] = Cluster(kind)
            for m in mentions:
                cluster.add(doc, m)
            local_keys[(doc, entity)] = key
    _merge_nicknames(full, local_keys)
    _merge_partial_names(full, local_keys)
    _attach_lone_words(corpus, full, {w: ms for w, ms in lone.items() if ms}, local_keys)
    _attach_openers(full, openers, local_keys)
    renamed: dict[str, str] = {}
    _merge_collectives(corpus, full, renamed, unplaced, scanned, local_keys)
    _merge_organizations(corpus, full, renamed)
    _merge_spellings(full, renamed)
    for local, key in list(local_keys.items()):
        while key in renamed:
            key = renamed[key]
        local_keys[local] = key
    # the bodies' names as their possessive may be written before what they make ("Harwick's Tarvel")
    bodies = frozenset(fold(POSSESSIVE_END.sub("", v)) for cluster in full.values() if cluster.kind == "organization"
                       for v in cluster.variants)
    given = _given_names_described(list(full.values()))
    built = [(cluster, _actor(cluster, corpus, bodies, given)) for cluster in full.values()]
    pairs = [(cluster, actor) for cluster, actor in built if actor is not None]
    actors = [actor for _, actor in pairs]
    going_on = _speech_going_on(corpus, pairs)
    _roles_from_descriptions(corpus, actors)
    # how many people each sentence names, read by two of the steps below, which change no cluster
    people_in = _people_per_sentence(list(full.values()))
    _roles_from_next_sentence(corpus, pairs, people_in)
    _roles_below_headlines(corpus, [a for a in actors if a.kind == "person"])
    _roles_of_predecessors(corpus, pairs)
    _roles_from_bodies_after(corpus, pairs)
    _roles_from_descriptions_next(corpus, pairs, people_in)
    _roles_from_positions_after(corpus, pairs)
    _person_roles_from_headlines(corpus, pairs)
    described = _roles_of_organizations(corpus, pairs)
    described |= _roles_from_headlines(corpus, pairs)
    _roles_of_trades(pairs)
    # "Tarvellers of the Harbour": "of the" runs a body's name on after a plural common word, as it
    # does a work's title ("Sons of the Tarvel", "making Lords of the Harbour"); an actor only where
    # it speaks or a report says what it is ("campaign groups including …")
    pairs = [(cluster, actor) for cluster, actor in pairs if not _a_title_by_its_name(cluster, actor)]
    actors = [actor for _, actor in pairs]
    speaks_for = _speaks_for(pairs)
    voiced = _voiced(corpus, pairs, speaks_for)
    names = {key: _actor_name(cluster) for key, cluster in full.items()}
    local = {k: names[v] for k, v in local_keys.items() if v in names}
    # the quotations' speakers are read by the actors' names, roles and kinds, which the ranking leaves
    # as they are; of two actors of one name (a country and a body named alike) the ranking keeps one,
    # most often the one named more
    named = list({a.name: a for a in sorted(actors, key=lambda a: a.mentions)}.values())
    kinds = {a.name: a.kind for a in named}
    quotes = _quotations(corpus, ActorIndex(named, local, kinds=kinds))
    spoken = _sentences_spoken(pairs, going_on, voiced, quotes)
    for actor in actors:
        actor.score = round(actor.score + SPEAKER_WEIGHT * spoken[actor.name], 4)
    signals = _signals(pairs, len(corpus.documents), speaks_for, described,
                       Counter({name: len(at) for name, at in voiced.items()}))
    for actor in actors:
        key, salience = likelihoods(signals[actor.name])
        actor.salience = round(salience, 4)
        actor.key_likelihood = round(key, 4)
    floor = prominence_floor([a.score for a in actors if a.salience >= MIN_SALIENCE])
    # a country named throughout is more often the story's setting than one of its actors: the
    # model alone ranks it
    order = {actor.name: rank_key(actor.key_likelihood, actor.score, inf if actor.kind == COUNTRY_ROLE else floor,
                                  recurring_person(signals[actor.name]))
             for actor in actors}
    actors.sort(key=lambda a: (order[a.name], *tie_order(a)))
    actors = beside_their_speakers(actors, speaks_for)
    for actor in actors:
        if actor.kind == COUNTRY_ROLE and actor.name in UNIONS_OF_STATES:
            # ranked as a country, as it is as often the story's setting ("in the EU"), shown as the body it is
            actor.kind = "organization"
    _drop_ambiguous_aliases(actors)
    if len(actors) < len(pairs) and not {id(a) for a in actors} <= {id(a) for a in named}:
        # the ranking kept the other one of a name: the quote step reads the quotations again by its kind
        kinds, quotes = {a.name: a.kind for a in actors}, None
    return ActorIndex(actors, local, signals=signals, kinds=kinds, speaks_for=speaks_for, quotes=quotes)


NAME_GOES_ON = re.compile(r" [a-z]*[A-Z]")
NEXT_LOWER = re.compile(r" ([a-z]{3,})\b(?![’'-])")
# a word right after a name, its acronym in brackets, or the acronym itself: "Harwick Forum (HF) group"
KIND_AFTER = re.compile(r"(?:\s+\([A-Z][A-Za-z&]{1,9}\)|\))?\s+([a-z]{3,})\b(?![’'-])")
# "the Harwick car company", "the Tarvel television channel": a word of its field, then its kind
FIELD_KIND_AFTER = re.compile(r"\s+([a-z]{3,})\s+([a-z]{3,})\b(?![’'-])")
# nouns of a body's part, which "the Harwick box office" names, not what the body is: a closed class
PART_NOUNS = frozenset("office desk department division branch arm".split())
# How a report gives a game's result or fixture around a team's name: a score beside it ("Harwick 2-1
# Tarvel", "a 3-1 win over Harwick"), a result word and its preposition before it ("victory over",
# "draw with", "defeat by") or a verb of one ("beat Harwick", "lost to Tarvel"), "v" between two names
# ("Harwick v Tarvel"). A score is a game's alone; a result word or a "v" (a court case's too) needs a
# second such mention.
SCORE_AFTER = re.compile(r"\s+\d{1,2}-\d{1,2}\b(?!-|\s*(?:vote|majority|decision|split|ruling)\b)")
SCORE_BEFORE = re.compile(r"(?<![\d.-])\d{1,2}-\d{1,2}\s+(?:(?:win|victory|defeat|draw|loss|thrashing|triumph)"
                          r"\s+(?:over|against|to|by|with|at)\s+)?(?:the\s+)?$")
RESULT_BEFORE = re.compile(r"\b(?:(?:win|victory|defeat|draw|thrashing|triumph)\s+(?:over|against|to|by|with|at)"
                           r"|(?:beat|beats|beaten|beating|thrashed|(?:lost|lose|loses|losing)\s+to|(?:drew|draw|draws)\s+with"
                           r"|knocked\s+out))\s+(?:the\s+)?$")
FIXTURE_AFTER = re.compile(r"\s+vs?\.?\s+[A-Z]")
FIXTURE_BEFORE = re.compile(r"[A-Za-z]\s+vs?\.?\s+$")
MIN_RESULT_MENTIONS = 2
# "the home side", "the visiting team": which side a team was in one game, said of either team of a
# match report, so no description of what a body is
GAME_SIDES = frozenset("home away visiting".split())
# "Harwick’s Ratings", "Tarvel's Airways": a name written with its "’s" before a capitalised word
# of a company's kind (`ORG_HEAD_TYPES`) that ends the name says its kind
OWN_KIND_AFTER = re.compile(r"[’']s\s+([A-Z][a-z]{3,})\b(?![’'-]|\s+[A-Z])")
# A government department's name says its field in common words ("Department of Trade and
# Industry"): that field tells which department it is, where nothing else says what it is.
DEPARTMENT_TYPES = frozenset({"department", "ministry"})
MAX_FIELD_WORDS = 5
FIELD_WORD_ZIPF = 3.0       # "Commerce", "Homeland": common words; "Harwick" names no field
# words after a name that make it the subject of a clause, not a modifier: a closed class
VERB_WORDS = AUXILIARIES | frozenset("did does won lost beat made took gave got went came saw".split())


# Verbs in the past with no -ed ("Harwick found", "Harwick made"), but for those that are nouns too
# ("the Harwick left", "a Harwick split", "the Harwick cost")
PAST_VERBS = IRREGULAR_PAST - frozenset("beat bet bit bore cost ground hurt lay left lit quit shot split spread".split())


def _modifies_a_noun(text: str, end: int) -> bool:
    """The name stands before a noun that is not an organisation's ("a safe Harwick seat"): a
    description before the name is the noun's. A verb, a plural (maybe a verb) or an organisation
    noun after it ("the ruling Harwick government") leaves the description to the name."""
    m = NEXT_LOWER.match(text, end)
    if not m:
        return False
    word = m.group(1)
    return not (word.endswith(("s", "ed")) or word in SAY_VERBS or word in VERB_WORDS or word in PAST_VERBS
                or head_word(word) in ORGANIZATION_HEADS)


# Nouns a name goes before only as the name of that body: a firm's and an outlet's, not a service's
# ("the Reed service" is a player's) nor a government's ("the Reed government" is its leader's)
BODY_NOUNS_AFTER = (FIRM_HEADS | OUTLET_ROLE_HEADS) - {"service"}
NAME_AFTER = re.compile(r"\s+[A-Z]")


def _before_a_body_noun(text: str, end: int) -> bool:
    """A firm's or an outlet's noun follows the name, as the noun a sentence says things of ("said
    Harwick Fields newspaper", "Tarvel Cole company said"), not one it modifies in turn nor one that
    describes the name after it ("Harwick company Tarvel Foods": a place's)."""
    m = NEXT_LOWER.match(text, end)
    return m is not None and m.group(1) in BODY_NOUNS_AFTER and not _modifies_a_noun(text, m.end()) \
        and not NAME_AFTER.match(text, m.end())


def _plural(phrase: str) -> bool:
    """A noun phrase whose last word is in the plural ("the unions", "Harwick Motors")."""
    last = (phrase.split() or [""])[-1].lower()
    return last.endswith("s") and not last.endswith("ss") and head_word(last) != last


def _speaks_for(pairs: list[tuple[Cluster, ActorFact]]) -> dict[str, list[str]]:
    """The organizations a speaker leads or speaks for, by a role naming them ("Jane Doe, chair
    of the Coastal Nations Forum, said"; "Acme CEO John Doe said"); role phrases are read as
    word sequences and looked up among the folded names."""
    speakers = [(cluster, actor) for cluster, actor in pairs
                if any(head_word(w.strip(",.;:()")) in SPEAKS_FOR_ROLES for w in actor.role.split())
                and any(m.speaker for _, m in cluster.mentions)]
    if not speakers:
        return {}
    names: dict[str, str] = {}
    kinds = {actor.name: actor.kind for _, actor in pairs}
    for _, actor in pairs:
        for n in [actor.name, *actor.aliases]:
            if len(n) > 2:
                names.setdefault(fold(n), actor.name)
    out: dict[str, list[str]] = {}
    for _, actor in speakers:
        words = f"{actor.role} {actor.affiliation}".split()
        i = 0
        while i < len(words):
            # the longest name from here; the words it spans name nothing else ("Liberal Democrat
            # leader" is not also a "Democrat"), and a member's word is its party's ("Democrats")
            span = 1
            for j in range(min(len(words), i + MAX_NAME_WORDS), i, -1):
                phrase = fold(POSSESSIVE_END.sub("", " ".join(words[i:j]).strip(",.;:()")))
                owner = names.get(phrase) or names.get(phrase + "s")
                if owner and owner != actor.name and kinds[owner] == "organization":
                    if owner not in out.get(actor.name, []):
                        out.setdefault(actor.name, []).append(owner)
                    span = j - i
                    break
            i += span
    return out


def tie_order(actor: ActorFact) -> tuple[int, str]:
    """How actors the ranking finds equal are ordered: the one a report names earlier first (a
    report names those its story turns on before those it quotes in passing), then by name."""
    return min((r.sentence for r in actor.mention_refs), default=0), actor.name


def beside_their_speakers(actors: list[ActorFact], speaks_for: dict[str, list[str]]) -> list[ActorFact]:
    """Each organization right after the first listed person who speaks for it, so that a reader
    sees the party beside its voice."""
    by_name = {a.name: a for a in actors}
    ordered: list[ActorFact] = []
    placed: set[str] = set()
    for actor in actors:
        if actor.name in placed:
            continue
        ordered.append(actor)
        placed.add(actor.name)
        for name in speaks_for.get(actor.name, []):
            party = by_name[name]
            if name not in placed and party.salience >= MIN_SALIENCE:
                ordered.append(party)
                placed.add(name)
    return ordered


# An organization speaks through its spokesperson: one the report leaves unnamed ("a spokesman for
# the Harwick Society said", "..., said a spokeswoman for Harwick", "a Harwick spokesman told"; "A
# spokesman said" opening the sentence after one whose subject it is), or one named before an
# apposition giving that office ("Tom Reed, the Harwick Society's spokesman on policing, said").
SPOKESPERSON = r"(?:official\s+)?spokes(?:man|woman|person)"
VOICE_BEFORE = re.compile(SPOKESPERSON + r"\s+(?:for|of|at)\s+(?:the\s+)?$")
VOICE_AFTER = re.compile(r"(?:[’']s?)?\s+" + SPOKESPERSON + r"\s+([a-z]+)\b")
SAID_BEFORE_VOICE = re.compile(r"\b([a-z]+)\s+(?:a|an|the)\s+" + SPOKESPERSON + r"\s+(?:for|of|at)\s+(?:the\s+)?$")
WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
APPOSITION_OPENING = re.compile(r",\s+(?:the|a|an)\s+$")
# after the body's name in such an apposition: its office, what it covers, the apposition's close
# and the say-verb ("'s spokesman on rural policing, told")
APPOSITION_VOICE = re.compile(r"(?:[’']s?)?\s+" + SPOKESPERSON + r"(?:\s+(?:on|for)\s+[^,.;]{1,40})?,\s+([a-z]+)\b")
NEXT_VOICE = re.compile(r"(?:A|An|The|Its)\s+" + SPOKESPERSON + r"\s+([a-z]+)\b")
VOICE_REACH = 60            # characters before a name read for "a spokesman for (the)"


def _voiced(corpus: Corpus, pairs: list[tuple[Cluster, ActorFact]],
            speaks_for: dict[str, list[str]]) -> dict[str, list[tuple[int, int]]]:
    """Where each organization speaks through a spokesperson the report leaves unnamed, as (report,
    sentence), once a mention; a named one an apposition gives that office is added to `speaks_for`
    (person -> bodies)."""
    people = {(doc, m.end): actor.name for cluster, actor in pairs if actor.kind == "person"
              for doc, m in cluster.mentions}
    out: dict[str, list[tuple[int, int]]] = {}
    for cluster, actor in pairs:
        if actor.kind != "organization":
            continue
        for doc, m in cluster.mentions:
            text = corpus.documents[doc].text
            before = text[max(0, m.start - VOICE_REACH):m.start]
            if VOICE_BEFORE.search(before):
                said = SAID_BEFORE_VOICE.search(before)
                after = WORD_AFTER.match(text, m.end)
                if said and said.group(1) in SAY_VERBS or after and after.group(1) in SAY_VERBS:
                    out.setdefault(actor.name, []).append((doc, m.sentence))
                continue
            after = VOICE_AFTER.match(text, m.end)
            if after and after.group(1) in SAY_VERBS:
                out.setdefault(actor.name, []).append((doc, m.sentence))
                continue
            opening = APPOSITION_OPENING.search(before)
            apposed = opening and APPOSITION_VOICE.match(text, m.end)
            if apposed and apposed.group(1) in SAY_VERBS:
                speaker = people.get((doc, m.start - len(before) + opening.start()))
                if speaker and actor.name not in speaks_for.get(speaker, []):
                    speaks_for.setdefault(speaker, []).append(actor.name)
                continue
            stop = SENTENCE_END.search(text, m.end)
            voice = stop and NEXT_VOICE.match(text, stop.end())
            if voice and voice.group(1) in SAY_VERBS and _subject_then_described(text, m.start, m.end, stop.end()):
                out.setdefault(actor.name, []).append((doc, m.sentence))
    return out


# "Tom Reed said … He added …": the sentences right after one whose named speaker is a person go
# on with that person's words where they open on "he" or "she" and a say-verb
GOING_ON = re.compile(r"(?:(?:But|And)\s+)?(?:He|She)\s+(?:(?:also|later|then|has|had|further)\s+)?([a-z]+)\b")
MAX_GOING_ON = 3            # sentences read on after the one naming the speaker


def _speech_going_on(corpus: Corpus, pairs: list[tuple[Cluster, ActorFact]]) -> dict[str, set[tuple[int, int]]]:
    """The more sentences each person speaks in, as (report, sentence), by "He said", "She added"
    opening the sentences right after one naming them as its speaker, where that one names no other
    person: someone a report quotes at length is more of the story than one it quotes in passing."""
    people: dict[tuple[int, int], set[str]] = {}       # (report, sentence) -> the people it names
    for cluster, actor in pairs:
        if actor.kind == "person":
            for doc, m in cluster.mentions:
                people.setdefault((doc, m.sentence), set()).add(actor.name)
    out: dict[str, set[tuple[int, int]]] = {}
    for cluster, actor in pairs:
        if actor.kind != "person":
            continue
        for doc, m in cluster.mentions:
            if not m.speaker or people[(doc, m.sentence)] != {actor.name}:
                continue
            at = corpus.position(doc, m.sentence)
            if at is None:
                continue
            text = corpus.documents[doc].text
            for x in corpus.sentences[doc][at + 1:at + 1 + MAX_GOING_ON]:
                opening = GOING_ON.match(text, x.start)
                if not opening or opening.group(1) not in SAY_VERBS or (doc, x.index) in people:
                    break
                out.setdefault(actor.name, set()).add((doc, x.index))
    return out


def _quotations(corpus: Corpus, index: ActorIndex) -> list[QuoteFact]:
    """Every quotation whose speaker is one of the actors of `index`, by the quote step."""
    # the quote step reads the actors this module finds: imported when they are
    from briefing.analysis.quotes import quotations
    return quotations(corpus, index, set(index.kinds))


def _sentences_spoken(pairs: list[tuple[Cluster, ActorFact]], going_on: dict[str, set[tuple[int, int]]],
                      voiced: dict[str, list[tuple[int, int]]], quotes: list[QuoteFact]) -> Counter[str]:
    """How many sentences each actor speaks in, at most `MAX_SPOKEN_PER_REPORT` a report: those
    naming it as their speaker ("Tom Reed said"), going on with its words ("He added …"), giving
    its spokesperson's, and those its quotations run over ('"… I am staying. …," he said')."""
    said: dict[str, set[tuple[int, int]]] = {}
    for cluster, actor in pairs:
        said[actor.name] = {(doc, m.sentence) for doc, m in cluster.mentions if m.speaker}
        said[actor.name].update(going_on.get(actor.name, ()), voiced.get(actor.name, ()))
    for quote in quotes:
        said.setdefault(quote.speaker, set()).update((quote.ref.doc, k) for k in quote.sentences)
    out: Counter[str] = Counter()
    for name, sentences in said.items():
        out[name] = sum(min(MAX_SPOKEN_PER_REPORT, n) for n in Counter(doc for doc, _ in sentences).values())
    return out


def _signals(pairs: list[tuple[Cluster, ActorFact]], n_docs: int, speaks_for: dict[str, list[str]],
             described: set[str] = frozenset(), voiced: Counter[str] | None = None) -> dict[str, ActorSignals]:
    """Each actor's signals for the ranking model (`actor_ranking`); `voiced`: how often an
    organization speaks through a spokesperson left unnamed, counted as its speech."""
    voiced = voiced or Counter()
    cited = Counter(name for names in speaks_for.values() for name in names)
    out = {}
    for cluster, actor in pairs:
        mentions = cluster.mentions
        docs: set[int] = set()
        lead_docs: set[int] = set()
        speaks, places = voiced[actor.name], 0
        stated, proper = False, True
        for d, m in mentions:
            docs.add(d)
            if m.sentence < LEAD_SENTENCES:
                lead_docs.add(d)
            speaks += m.speaker
            places += m.locative or m.place_cue
            stated = stated or bool(m.role and m.role_rank <= 1)
            proper = proper and m.proper
        out[actor.name] = ActorSignals(
            mentions=log_count(len(mentions)), docs=log_count(len(docs)), spread=len(docs) / max(1, n_docs),
            speaks=log_count(speaks), stated_role=float(stated or actor.name in described),
            person=float(actor.kind == "person"), organization=float(actor.kind == "organization"),
            country=float(actor.kind == "country"), lead=len(lead_docs) / max(1, len(docs)),
            acronym=float(bool(ACRONYM.match(actor.name))), defined=float(cluster.defined),
            common_word=float(proper), named_in_roles=log_count(cited[actor.name]),
            place_like=places / max(1, len(mentions)),
            full_name=float(actor.kind == "person" and " " in actor.name),
            one_report=float(len(docs) == 1 and n_docs > 1))
    return out


def _roles_of_organizations(corpus: Corpus, pairs: list[tuple[Cluster, ActorFact]]) -> set[str]:
    """What an organization or a country is in this story, for those the text gives no title or
    appositive: the words before its name ("the ruling Civic Renewal Party": ruling party), what
    the text then calls it ("… Veltrion. The company said": company), the class a report puts it
    in ("rival airlines such as Veltrion": rival airlines), the type word of its own name ("Appeals
    Court": court). A country is a country, and a body of states an international
    organization."""
    mentions_by_doc: dict[int, list[tuple[int, int, ActorFact]]] = {}
    for cluster, actor in pairs:
        if actor.kind == "organization" and actor.name in NEWS_AGENCIES \
                and head_word((actor.role.split() or [""])[-1].lower()) not in OUTLET_ROLE_HEADS:
            actor.role = NEWS_OUTLET        # whatever else a sentence seems to call it ("…'s department, BBC")
        elif actor.kind == "organization" and not actor.role and actor.name in INTERNATIONAL_ORGANIZATIONS:
            actor.role = INTERNATIONAL_ROLE         # "the United Nations": not a "nations"
        elif actor.kind != "person" and not actor.role and actor.name in UNIONS_OF_STATES:
            actor.role = UNIONS_OF_STATES[actor.name]
        elif actor.kind == "organization" and not actor.role and actor.name in GOVERNMENT_OFFICES:
            actor.role = GOVERNMENT_DEPARTMENT_ROLE     # "the Home Office": not an "office"
        elif actor.kind == "organization" and not actor.role:
            for doc, m in cluster.mentions:
                mentions_by_doc.setdefault(doc, []).append((m.start, m.end, actor))
        elif actor.kind == "country" and not actor.role:
            actor.role = COUNTRY_ROLE
    before: dict[str, Counter[str]] = {}
    after: dict[str, Counter[str]] = {}
    kind_after: dict[str, Counter[str]] = {}
    classes: dict[str, Counter[str]] = {}          # "anti-hunt groups such as" the name
    bare_classes: dict[str, Counter[str]] = {}     # "networks like" the name
    does: dict[str, Counter[str]] = {}             # ", which represents casino owners,"
    taken_here: dict[tuple[int, str], set[str]] = {}   # (report, type word): who it describes there
    described_after: list[tuple[int, str, str, bool]] = []   # "The company" after a name, in a report
    within: dict[str, Counter[str]] = {}          # "… after the firm over-stated": later in its sentence
    bodies_at: dict[int, list[int]] = {}          # where each report names any organization or country
    for cluster, actor in pairs:
        if actor.kind != "person":
            for doc, m in cluster.mentions:
                bodies_at.setdefault(doc, []).append(m.start)
    scores: Counter[str] = Counter()            # a game's score beside the name
    standalone: set[str] = set()                # written at least once as a name of its own, not opening another
    results: Counter[str] = Counter()           # "victory over" or "v" beside it
    fielded: set[str] = set()                   # named before a playing position: "the Harwick winger"
    for doc, found in mentions_by_doc.items():
        text = corpus.documents[doc].text
        headline_end = text.find("\n")
        found.sort(key=lambda f: f[0])
        for start, end, actor in found:
            prefix = text[max(0, start - DESCRIPTOR_CHARS):start]
            # "US band Harwick Lights": a description with no article, not in the headline above the text
            descriptor = descriptor_before(prefix) or (
                bare_descriptor_before(prefix, start <= DESCRIPTOR_CHARS) if start > headline_end else "")
            if descriptor and not _modifies_a_noun(text, end) and GAME_SIDES.isdisjoint(descriptor.lower().split()):
                before.setdefault(actor.name, Counter())[descriptor] += 1
                taken_here.setdefault((doc, head_word(descriptor.split()[-1])), set()).add(actor.name)
            # not where the name goes on into a longer one ("services like Harwick TarvTunes": the product)
            if not NAME_GOES_ON.match(text, end):
                standalone.add(actor.name)
                if in_class := class_before(prefix) or class_after(text, end):
                    classes.setdefault(actor.name, Counter())[in_class] += 1
                elif bare := class_before(prefix, min_words=1):
                    bare_classes.setdefault(actor.name, Counter())[bare] += 1     # "networks like Harwick": network
            # "the Coastal Nations Forum (CNF) group said", "the Harwick network, which": its kind
            owned = OWN_KIND_AFTER.match(text, end)
            if owned and owned.group(1).lower() in ORG_HEAD_TYPES:
                kind_after.setdefault(actor.name, Counter())[ORG_HEAD_TYPES[owned.group(1).lower()]] += 1
            position = POSITION_AFTER.match(text, end)
            if position and head_word(position.group(1)) in PLAIN_POSITIONS:
                fielded.add(actor.name)
            if SCORE_AFTER.match(text, end) or SCORE_BEFORE.search(prefix[-40:]):
                scores[actor.name] += 1
            elif RESULT_BEFORE.search(prefix[-30:]) or FIXTURE_AFTER.match(text, end) or FIXTURE_BEFORE.search(prefix[-6:]):
                results[actor.name] += 1
            doing = doing_clause(text, end)
            if doing:
                does.setdefault(actor.name, Counter())[doing] += 1
            noun = KIND_AFTER.match(text, end)
            if noun and head_word(noun.group(1)) in ORGANIZATION_ROLE_HEADS and not _modifies_a_noun(text, noun.end()):
                kind_after.setdefault(actor.name, Counter())[noun.group(1)] += 1
            elif noun and (kind := FIELD_KIND_AFTER.match(text, end)) and text[max(0, start - 4):start] in ("the ", "The ") \
                    and head_word(kind.group(2)) == kind.group(2) in ORGANIZATION_ROLE_HEADS - PART_NOUNS \
                    and head_word(kind.group(1)) not in ORGANIZATION_ROLE_HEADS and not _modifies_a_noun(text, kind.end()):
                # "the Harwick car company": its field and its kind
                kind_after.setdefault(actor.name, Counter())[f"{kind.group(1)} {kind.group(2)}"] += 1
        named = sorted(bodies_at.get(doc, []))
        for start, end, actor in found:
            closing = SENTENCE_END.search(text, end)
            # the first description after the name in its sentence, where the name is the only body
            # its sentence has named so far: "Harwick is to pay … after the firm over-stated its reserves"
            # (where the sentence opens is read only for such a description: most names have none)
            for pos, phrase in organization_descriptions(text, end, closing.start() if closing else len(text), first=True):
                if phrase in WITHIN_HEADS and bisect.bisect_left(named, _sentence_opening(text, start)) \
                        == bisect.bisect_left(named, pos) - 1:
                    within.setdefault(actor.name, Counter())[phrase] += 1
        starts = [f[0] for f in found]
        # only a phrase after a mention and within reach of one's end can describe it
        reach = max(f[1] for f in found) + DESCRIPTION_REACH
        # "The company said" takes up a name; "back the government's plans" another
        for pos, phrase in organization_descriptions(text, starts[0], reach, opening=True):
            k = bisect.bisect_left(starts, pos) - 1
            if k >= 0 and pos - found[k][1] <= DESCRIPTION_REACH and GAME_SIDES.isdisjoint(phrase.lower().split()) \
                    and (not _plural(phrase) or _plural(found[k][2].name)):   # "The unions" are not one firm
                described_after.append((doc, found[k][2].name, phrase,
                                        _subject_then_described(text, found[k][0], found[k][1], pos)))
    # a description another organization is given before its name is that one's ("the union"),
    # as is one its own name says ("the party" after "Labour Party" is named, not the BBC's) ...
    taken: dict[str, set[str]] = {}
    for name, counts in before.items():
        for d in counts:
            taken.setdefault(head_word(d.split()[-1]), set()).add(name)
    cited = {actor.name for cluster, actor in pairs if actor.kind == "organization"
             and any(w in WEAK_OUTLET_HEADS for n in [actor.name, *actor.aliases] for w in n.lower().split())
             and _cited_as_outlet(corpus, cluster)}
    for cluster, actor in pairs:
        own = _own_type_word(actor.name, actor.name in cited) if actor.kind == "organization" else ""
        if own and own != NEWS_OUTLET:
            taken.setdefault(own, set()).add(actor.name)
            for doc in {d for d, _ in cluster.mentions}:
                taken_here.setdefault((doc, own), set()).add(actor.name)
    # ... but where the name is its sentence's subject and the description opens the next, one named
    # only in another report of a pile takes nothing from it ("General Motors" in one report left
    # "Hyundai Motor has announced … The company said" in another to nobody)
    subject_after: dict[str, Counter[str]] = {}       # … where the name was the sentence's subject
    for doc, name, phrase, next_subject in described_after:
        head = head_word(phrase.split()[-1])
        if name in taken.get(head, {name}) or next_subject and name in taken_here.get((doc, head), {name}):
            after.setdefault(name, Counter())[phrase] += 1
            if next_subject:
                subject_after.setdefault(name, Counter())[phrase] += 1
    told: set[str] = set()           # organizations whose role a report's words give
    teams = _bodies_named_in_titles(pairs, PLAYING_POSITIONS | TEAM_STAFF | {TEAM_MEMBER}) | fielded \
        | {name for name in scores | results if scores[name] or results[name] >= MIN_RESULT_MENTIONS}
    # a body a "boss" is named by that takes plural verbs ("Harwick boss Tom Reed", "Harwick have
    # signed"): a team, as a firm's boss is as common but British news prose makes a firm singular
    led = _bodies_named_in_titles(pairs, HEAD_OF_TEAM_OR_FIRM) - teams
    if led:
        texts = [d.text for d in corpus.documents]
        teams |= {actor.name for cluster, actor in pairs if actor.name in led
                  and _agreements_as_a_group(texts, cluster.mentions) >= MIN_AGREEMENTS}
    bands = _bodies_named_in_titles(pairs, BAND_MEMBERS) - teams
    # a body the reports give plural verbs ("Harwick have signed") where the others so shown are all
    # teams, or all bands: one more of them, as a firm or a town takes a singular verb
    grouped = set()
    if bool(teams) != bool(bands):
        texts = [d.text for d in corpus.documents]
        grouped = {actor.name for cluster, actor in pairs if actor.kind == "organization" and not actor.role
                   and actor.name not in teams | bands and _agreements_as_a_group(texts, cluster.mentions) >= MIN_AGREEMENTS}
    for cluster, actor in pairs:
        if actor.kind != "organization" or actor.role:
            continue
        # its own name says what it is ("Harbour Board"), or another of its names ("Labour Party")
        own = next(filter(None, (_own_type_word(n, actor.name in cited) for n in [actor.name, *actor.aliases])), "")
        if actor.name not in standalone and own not in (NEWS_OUTLET, BROADCASTER):
            # only ever the opening of another name ("the Harwick Union Grand Prix", "the Harwick Union
            # team"): a sponsor's or an owner's name, whose type word says nothing of what the body is
            # (an outlet's does: "Harwick Radio 4" is still the broadcaster's)
            own = ""
        said_before = _most_common(before.get(actor.name, {}))
        if said_before and before[actor.name][said_before] < DESCRIPTION_SHARE * len(cluster.mentions):
            said_before = ""        # once among hundreds of mentions ("one of the safest Harwick seats")
        said_after = _most_common(after.get(actor.name, {}))
        # said once, a description is the name's only where it takes up the sentence's subject
        once_after = _most_common(subject_after.get(actor.name, {}))
        described = head_word(said_before.split()[-1]) if said_before else ""
        if own in DEFINING_TYPES and described != own:
            # "the ruling Civic Party": ruling party; "the government … the Tories": party
            actor.role = f"{said_before} {own}" if said_before and described not in ORGANIZATION_HEADS else own
        elif said_before and (before[actor.name][said_before] >= MIN_DESCRIPTIONS
                              or head_word(said_before.split()[-1]) in ORGANIZATION_HEADS):
            head = head_word(said_before.split()[-1]) in ORGANIZATION_HEADS
            actor.role = said_before if head or not own else f"{said_before} {own}"
            told.add(actor.name)
        elif said_after and after[actor.name][said_after] >= MIN_DESCRIPTIONS:
            actor.role = said_after
            told.add(actor.name)
        elif actor.name in classes:
            actor.role = _most_common(classes[actor.name])
            told.add(actor.name)
        elif len(once_after.split()) > 1 and head_word(once_after.split()[-1]) != own:
            # "Harwick Alliance has … The pro-hunt group said": more than its own type word says
            actor.role = once_after
            told.add(actor.name)
        else:
            actor.role = own or _most_common(kind_after.get(actor.name, {})) or once_after \
                or _field_body_role(actor.name) or _most_common(bare_classes.get(actor.name, {})) \
                or (TEAM_ROLE if actor.name in teams else BAND_ROLE if actor.name in bands else "") \
                or (TEAM_ROLE if teams else BAND_ROLE) * (actor.name in grouped) \
                or _most_common(within.get(actor.name, {})) or ORGANIZATION_ROLE
            if actor.role in (TEAM_ROLE, BAND_ROLE) and actor.role != own:
                told.add(actor.name)    # the reports' words say so: its players' or members' titles, its scores
            if actor.name in does and (actor.role in ORGANIZATION_HEADS or actor.role == ORGANIZATION_ROLE
                                       or actor.role == own and own not in (NEWS_OUTLET, BROADCASTER)):
                # a type word alone ("association", "society": its own name's) says less than what the body does
                actor.role = f"{actor.role} {_most_common(does[actor.name])}"
                told.add(actor.name)
        if own and actor.role.lower() == own:
            # "the association" says no more than the name's type word: what its name says it is of
            small = partial(_written_small, texts=[WrittenWords(corpus.documents[d].text) for d in actor.docs])
            actor.role = _governing_body_role(actor.name, own) or _department_role(actor.name, own, small) or actor.role
    return told


def _bodies_named_in_titles(pairs: list[tuple[Cluster, ActorFact]], heads: frozenset[str]) -> set[str]:
    """The organizations a person's title names before one of `heads`: before a playing position
    ("Harwick lock Tom Reed", "former Tarvel United striker …"), teams; before a band member's
    ("Harwick's drummer"), bands."""
    names = {n: actor.name for _, actor in pairs if actor.kind == "organization" for n in [actor.name, *actor.aliases]}
    bodies: set[str] = set()
    for cluster, actor in pairs:
        if actor.kind != "person":
            continue
        for role in {m.role for _, m in cluster.mentions if m.role}:
            words = role.split()
            if len(words) < 2 or head_word(words[-1]) not in heads:
                continue
            run = [POSSESSIVE_END.sub("", w) for w in takewhile(lambda w: w[:1].isupper(), reversed(words[:-1]))][::-1]
            body = next((names[n] for k in range(len(run)) if (n := " ".join(run[k:])) in names), "")
            if body:
                bodies.add(body)
    return bodies


def _written_small(word: str, texts: list[WrittenWords]) -> bool:
    """Whether one of the texts writes the word in small letters, as a common word ("police" of
    "Association of Chief Police Officers"), not only as a name ("Delaware")."""
    return any(word.lower() in written for written in texts)


# "Movie body hits net pirates", "US bank to cut jobs": a headline that opens on what its subject is, a
# common word or a country's and up to two lower-case words, the last an organization's noun in the
# singular, then the headline's verb
HEADLINE_WORD_ZIPF = 3.0
SUBJECT_OPENING = frozenset({"", "The", "the"})
OWNER_AFTER = re.compile(r"[’']s?\b")      # "Harwick's woes": the woes are the subject


def _headline_description(title: str, text: str) -> str:
    """ "Movie body hits net pirates" -> "movie body"; the first word keeps its capital where the
    report writes it so ("Muslim group attacks …"), and a country's people theirs."""
    words = title.split()
    k = next((k for k in range(2, min(3, len(words) - 1) + 1)
              if head_word(words[k - 1].lower()) == words[k - 1].lower() in ORGANIZATION_HEADS
              and (words[k][:1].islower() or words[k].lstrip("'‘") == "to")), 0)
    first, rest = words[0] if k else "", words[1:k]
    if not first or any(not w.islower() or w in STOP_WORDS for w in rest):
        return ""
    if first in COUNTRIES or first in DEMONYMS:
        return " ".join([first, *rest])         # "US bank", "Swiss cement firm"
    if not first.isalpha() or first.isupper() or zipf(first.lower()) < HEADLINE_WORD_ZIPF:
        return ""                               # "Tarvel bank barred": the headline names it
    # "… a British Muslim group", never "muslim": a word the report writes only with its capital
    proper = re.search(rf"\b{first.lower()}\b", text) is None and re.search(rf"\w,?\s+{first}\b", text) is not None
    return " ".join([first if proper else first.lower(), *rest])


def _sentence_opening(text: str, pos: int) -> int:
    """Where the sentence holding `pos` opens in `text`, read back at most SUBJECT_REACH characters
    (the text's start where no sentence ends in them)."""
    return max((m.end() for m in SENTENCE_END.finditer(text, max(0, pos - SUBJECT_REACH), pos)), default=0)


def _sentence_start(corpus: Corpus, doc: int, mention: Mention) -> int:
    """Where the sentence of a mention starts in its document's text (the mention's own start where
    the sentence is not among those in use)."""
    sentence = corpus.in_use(doc, mention.sentence)
    return mention.start if sentence is None else sentence.start


def _roles_from_headlines(corpus: Corpus, pairs: list[tuple[Cluster, ActorFact]]) -> set[str]:
    """An organization the texts give no description of ("Harwick Association": "association") that
    opens a sentence of a report's lead, alone of such, under a headline that calls its subject by
    a description: "Movie body hits net pirates" over "… The Harwick Association said it had …" gives
    "movie body". Returns those it describes."""
    headlines = {d: described for d, document in enumerate(corpus.documents)
                 if not document.title_generated and document.title
                 and (described := _headline_description(document.title, document.text))}
    opening: dict[int, set[str]] = {}       # report -> the weak bodies that open a sentence of its lead
    weak = {actor.name: actor for cluster, actor in pairs if actor.kind == "organization" and headlines
            and actor.role in (ORGANIZATION_ROLE, _own_type_word(actor.name, actor.role == NEWS_OUTLET))}
    for cluster, actor in pairs:
        if actor.name not in weak:
            continue
        for d, m in cluster.mentions:
            if d in headlines and m.sentence < LEAD_SENTENCES:
                text = corpus.documents[d].text
                start = _sentence_start(corpus, d, m)
                if not OWNER_AFTER.match(text, m.end) and text[start:m.start].strip() in SUBJECT_OPENING:
                    opening.setdefault(d, set()).add(actor.name)
    told: set[str] = set()
    for d, names in sorted(opening.items()):
        if len(names) == 1:
            [name] = names
            weak[name].role = headlines[d]
            told.add(name)
    return told


def _headline_person_description(title: str) -> str:
    """ "Tarvel founder offers apology" -> "Tarvel founder", "Ex-Harwick director gets jail term" ->
    "Ex-Harwick director": a headline that calls its subject by a person's role (its noun the
    second or third word, a verb or "to" after it), not by name ("Tarvel boss Reed quits")."""
    words = title.split()
    for k in range(2, min(3, len(words) - 1) + 1):
        noun, after = words[k - 1], words[k].lstrip("'‘")
        head = head_word(noun.lower())
        # one person ("EU ministers to …" are several), a verb after it ("Call centre users …" no)
        if head in ROLE_HEADS and head not in ORGANIZATION_ROLE_HEADS and noun.replace("-", "").isalpha() \
                and noun.islower() and noun.rsplit("-", 1)[-1] == head and after.isalpha() \
                and (after == "to" or after.islower() and after.endswith(("s", "ed")) and head_word(after) not in ROLE_HEADS):
            rest = words[1:k - 1]
            if words[0][:1].isupper() and all(w.isalpha() and w.islower() and w not in STOP_WORDS for w in rest):
                return " ".join(words[:k])
    return ""


def _person_roles_from_headlines(corpus: Corpus, pairs: list[tuple[Cluster, ActorFact]]) -> None:
    """A person still without a role who opens a sentence of a report's lead, alone of such, under a
    headline calling its subject by a person's role: "Tarvel founder offers apology" over "… Ann
    Vale said she would co-operate …" gives "Tarvel founder" (as `_roles_from_headlines` gives
    a body the description of a headline)."""
    headlines = {d: described for d, document in enumerate(corpus.documents)
                 if not document.title_generated and document.title
                 and (described := _headline_person_description(document.title))}
    if not headlines:
        return
    held = {a.role.lower() for _, a in pairs if a.role}
    opening: dict[int, list[ActorFact]] = {}
    for cluster, actor in pairs:
        if actor.kind != "person" or actor.role:
            continue
        for d in sorted({d for d, m in cluster.mentions if d in headlines and m.sentence < LEAD_SENTENCES
                         and m.sentence_start and not OWNER_AFTER.match(corpus.documents[d].text, m.end)}):
            opening.setdefault(d, []).append(actor)
    for d, actors in sorted(opening.items()):
        described = headlines[d]
        if len(actors) == 1 and not actors[0].role and not _held_by_another(described, held):
            _give_description(actors[0], described, [SentenceRef(d, 0)])


def _subject_then_described(text: str, start: int, end: int, pos: int) -> bool:
    """ "Tarvel's Harwick Motors has opened a plant. The company said …": the name at `start`-`end`
    is its sentence's subject (only names before it, no common word: not "cars sold by the Tarvel
    group were Harwicks. The company said") and the description at `pos` opens the very next one."""
    lead = text[max(0, start - SUBJECT_REACH):start]
    stops = list(SENTENCE_END.finditer(lead))
    opening = lead[stops[-1].end():] if stops else lead if start <= SUBJECT_REACH else "."
    if re.search(r"\b[a-z]", re.sub(r"[’']s\b", "", opening)) or _modifies_a_noun(text, end):
        return False            # "Tarvel's Harwick software is …": the software is the subject
    gap = list(SENTENCE_END.finditer(text, end, pos))
    return len(gap) == 1 and gap[0].end() == pos


SCOPE_WORDS = frozenset("International World Global National European".split())


def _department_role(name: str, own: str, written_small: Callable[[str], bool] = lambda _: False) -> str:
    """ "Harwick Commerce Department", "Department of Trade and Industry": which department its
    name says, in common words ("commerce department", "trade and industry department"); ""
    for a body of another type or one named after a proper name ("Department of Harwick").
    Before the type word, only the word right before it ("Harwick Police Department": police
    department), for a city may come first. A body of any type named by a scope, its field and
    its type word says its field so too ("International Harwick Cricket Council": cricket council), and
    so does one named by its type word and what it is of or for, in words its reports also write
    in small letters (`written_small`) or a role's modifiers ("chief"): "Association of Chief
    Police Officers" is a "chief police officers association", where "University of Harwick"
    names a place."""
    words = name.split()
    if own not in DEPARTMENT_TYPES and len(words) > 2 and words[0].lower() == own and words[1] in ("of", "for"):
        field = words[2:]
        if not all(w == "and" or w.lower() in ROLE_MODIFIERS or written_small(w) for w in field):
            return ""
    elif own not in DEPARTMENT_TYPES:
        # "International Harvest Committee", "World Anti-Doping Agency": a scope, the field, the type
        if len(words) < 3 or words[0] not in SCOPE_WORDS or words[-1].lower() != own:
            return ""
        field = words[1:-1]
    elif len(words) > 2 and words[0].lower() == own and words[1] in ("of", "for"):
        field = words[2:]
    elif len(words) > 1 and words[-1].lower() == own:
        field = words[-2:-1]
    else:
        return ""
    # a people's or a place's word ("the IMF's European Department") names no field
    if len(field) > MAX_FIELD_WORDS or "and" in (field[0], field[-1]) or not all(
            w == "and" or w[:1].isupper() and w not in PEOPLE_WORDS and w not in DEMONYMS
            and zipf(w.lower()) >= FIELD_WORD_ZIPF for w in field):
        return ""
    return f"{' '.join(field).lower()} {own}"


# A sport or an activity after a country or people ("UK Rowing", "British Gymnastics", "European
# Sailing"), or before a country ("Athletics Tarvelia"), names that field's governing body there; a
# thing ("British Gas", "UK Coal") no field, nor a count noun, one with a plural in use ("Greek
# Wedding", "British Building": weddings, buildings)
FIELD_ENDINGS = ("ics", "ing")
COUNT_NOUN_PLURAL = 3.0     # zipf of the plural


# Sports whose name, with a body's type word, names the body that runs the sport ("Harwick Football
# Association", "Tarvel Rugby Union", "International Harwick Cricket Council"): a closed class of common words
SPORTS = frozenset("""football soccer rugby cricket tennis athletics golf hockey boxing cycling swimming rowing
sailing gymnastics badminton squash snooker darts basketball baseball netball volleyball skiing""".split())
GOVERNING_TYPES = frozenset("association federation union council board league".split())
SPORT_NAME_TYPES = frozenset("union league".split())
GOVERNING_BODY = "governing body"


def _governing_body_role(name: str, own: str) -> str:
    """ "Tarvel Football Association" -> "Tarvel football association", "International Golf Council"
    -> "golf council": a sport in a name of a governing type (`GOVERNING_TYPES`), the type word, and
    the country or people that opens the name; "" for any other name. A union or a league is the
    sport's "governing body" ("Tarvel Rugby Football Union"), for "rugby union" and "rugby league" name
    sports."""
    words = name.split()
    sport = next((w.lower() for w in words if w.lower() in SPORTS), "")
    if own not in GOVERNING_TYPES or not sport:
        return ""
    first = words[0] if words[0] in COUNTRIES or words[0] in DEMONYMS else ""
    return " ".join(filter(None, [first, sport, GOVERNING_BODY if own in SPORT_NAME_TYPES else own]))


def _field_body_role(name: str) -> str:
    words = name.split()
    if len(words) == 2 and words[1] in COUNTRIES and words[0] not in COUNTRIES:
        words = words[::-1]         # "Athletics Tarvelia", "Rowing Harwick": the field first
    if len(words) != 2 or not (words[0] in COUNTRIES or words[0] in DEMONYMS or words[0] in PEOPLE_WORDS) \
            or not words[1].endswith(FIELD_ENDINGS) or not words[1][:1].isupper() \
            or zipf(words[1].lower() + "s") >= COUNT_NOUN_PLURAL:
        return ""
    return f"{words[0]} {words[1].lower()} governing body"


# roles that say a body is a company and no more: where its name ends on a trade, the trade says more
BARE_COMPANY_ROLES = frozenset({ORGANIZATION_ROLE, COMPANY_ROLE, "firm"})
# zipf of an everyday word ("national" 5.5, "consumer" 4.6) against a surname's ("Palmer" 4.0,
# "Hartley" 3.4), read on the 2-word names the BBC corpus ends on a trade: a firm named by an everyday
# word ("Harbour Records") is lost with them
COMMON_BEFORE_TRADE = 4.5


def _roles_of_trades(pairs: list[tuple[Cluster, ActorFact]]) -> None:
    """A company the reports call no more than "the company" (or nothing) is of the trade its name
    ends on: "Harwick Tobacco" a tobacco company. After the headlines' descriptions ("Steel firm to
    cut jobs" over a lead naming it), which the reports' words give."""
    for _, actor in pairs:
        if actor.kind == "organization" and actor.role in BARE_COMPANY_ROLES \
                and (trade := next(filter(None, map(_trade_role, [actor.name, *actor.aliases])), "")):
            # the reports' own noun stays where it was one ("the firm": "telecom firm")
            kind = actor.role if actor.role != ORGANIZATION_ROLE else COMPANY_ROLE
            actor.role = trade.removesuffix(f" {COMPANY_ROLE}") + f" {kind}" if trade.endswith(f" {COMPANY_ROLE}") else trade


def _trade_role(name: str) -> str:
    """ "Harwick Tobacco" -> "tobacco company", "Tarvel Steel Corp" -> "steel company", "Dalby Records"
    -> "record label": the trade a company's name ends on, before its legal form (`TRADE_ENDINGS`)."""
    words = [w.lower().strip(".,") for w in name.split()]
    while len(words) > 2 and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
    if len(words) < 2 or words[-1] not in TRADE_ENDINGS or not name.split()[len(words) - 1][:1].isupper():
        return ""
    # "National Insurance", "Natural Gas", "Windows Media", "Department Stores": common words before the
    # trade name a tax, a fuel, a product or a kind of shop; a company's own name opens on a proper
    # name, a country's or its people's ("British Telecom") or a rare word ("Harwick", "Tarvel")
    if all(zipf(w) >= COMMON_BEFORE_TRADE and w.title() not in COUNTRIES and w.title() not in DEMONYMS
           for w in words[:-1]):
        return ""
    return TRADE_ROLES.get(words[-1], f"{words[-1]} company")


def _own_type_word(name: str, cited: bool = False) -> str:
    """ "Appeals Court" -> "court", "Dockworkers District 14" -> "district"; a newspaper's
    or a broadcaster's own name says it is a news outlet, one ending on a word as often another's
    ("Harwick Post", "Tarvel Express") only where `cited` (`_cited_as_outlet`) or a day of issue
    opens it ("Sunday Express")."""
    if name in NEWS_AGENCIES:
        return NEWS_OUTLET
    words = [w.lower().strip(".,") for w in name.split()]
    if len(words) == 2 and words[-1] == FAMILY_ROLE:
        return FAMILY_ROLE      # "the Harwick family" (`names`): a family
    if len(words) >= 2 and words[-1] in COLLECTIVE_HEADS and "of" not in words:
        return words[-1]        # a country's collective: "Tarvelian prosecutors" are prosecutors
    if len(words) == 3 and words[0] == "house" and words[1] == "of" and words[2] in CHAMBER_MEMBERS:
        return CHAMBER_ROLE
    for k in range(len(words) - 1, -1, -1):      # a numbered branch: "… Machinists District 751"
        if words[k] in ORG_UNITS and k + 1 < len(words) and any(c.isdigit() for c in words[k + 1]):
            return words[k]
    # "Association of Chief Police Officers", "Institute for Applied Radio Research": the type word
    # heads the name, before its "of" or "for"
    of = next((k for k in range(1, len(words)) if words[k] in ("of", "for")), len(words))
    for k in [*range(of - 1, -1, -1), *range(len(words) - 1, of, -1)]:
        if k and words[k - 1] == "news" and words[k] in NEWS_SERVICE_HEADS:
            return NEWS_OUTLET      # "Tarvelian News Agency": no mere agency
        if words[k] in OUTLET_HEADS:
            # "Harwick News Corporation", "Tarvel Times plc": the company that owns the paper
            return COMPANY_ROLE if k == len(words) - 2 and words[-1] in CORPORATE_SUFFIXES else NEWS_OUTLET
        if words[k] in WEAK_OUTLET_HEADS:
            if cited or any(w in ISSUE_WORDS for w in words[:k]) or name.split()[0] in NEWS_AGENCIES:
                return NEWS_OUTLET
            if words[k] in BROADCAST_HEADS:
                return BROADCASTER
            break
        if words[k] in ORG_HEADS and words[k] not in CORPORATE_SUFFIXES and words[k] not in UNTYPED_ORG_HEADS:
            if words[k] == "lines" and words[k - 1:k] == ["air"]:
                return ORG_HEAD_TYPES["airlines"]       # "Tarvel Air Lines", as "Tarvel Airlines": an airline
            return ORG_HEAD_TYPES.get(words[k], words[k])
    # "Tarrow Research": a research firm, where no other type word ("… Research Institute",
    # "Centre for … Research") says it is another body
    if len(words) > 1 and words[-1] == RESEARCH_WORD:
        return RESEARCH_FIRM
    # "Harwick Steel Corp", "Tarvel Holdings plc": a company's legal form says it is one
    # (not "Company" alone: a band or an album may be called "Good Company"; "Harwick Post Company" is one)
    return COMPANY_ROLE if len(words) > 1 and words[-1] in CORPORATE_SUFFIXES \
        and (words[-1] != "company" or words[-2] in ORG_HEADS) else ""


# How a report cites a news outlet as its source: "told (France's) Harwick Radio", "according to",
# "in an interview with", "speaking on", "writing in", "a report in the Tarvel Post"; "the Harwick
# Post reported that", "the Tarvel Express newspaper", "Harwick Radio's reporter"
CITED_BEFORE = re.compile(r"(?:\b(?:told|telling|tells|tell|according\s+to|interview\s+with|speaking\s+(?:to|on)"
                          r"|writing\s+in|quoted\s+(?:by|in)|reported\s+(?:by|in)"
                          r"|(?:report|article|interview|story|column|editorial)\s+(?:in|on|for))"
                          r"\s+(?:[Tt]he\s+)?(?:[A-Z][\w.-]*[’']s\s+)?)$")
CITED_AFTER = re.compile(r"(?:[’']s)?\s+(?:newspaper|paper|magazine|station|programme|reporter|correspondent"
                         r"|journalist|editor|columnist|presenter)\b"
                         r"|\s+(?:has\s+|had\s+)?(?:reported|reports|revealed)"
                         r"(?:\s+(?:that|on|in|last|yesterday|today|earlier)\b|\s*[.,;:])")
CITED_REACH = 60        # characters read before a name for the verb that cites it


def is_news_outlet(fact: ActorFact) -> bool:
    """A news outlet by its name ("Harwick Times", a news agency's) or by what its reports call it
    ("the Tarvel daily newspaper")."""
    words = fact.role.lower().split()
    return fact.role == NEWS_OUTLET or fact.name in NEWS_AGENCIES \
        or bool(words) and head_word(words[-1]) in PRESS_ROLE_HEADS


def _cited_as_outlet(corpus: Corpus, cluster: Cluster) -> bool:
    """A report cites the name as a news outlet, its source (`CITED_BEFORE`, `CITED_AFTER`):
    what tells "Harwick Post" the paper from "Harwick Post" the postal service."""
    for d, m in cluster.mentions:
        text = corpus.documents[d].text
        if CITED_BEFORE.search(text[max(0, m.start - CITED_REACH):m.start]) or CITED_AFTER.match(text, m.end):
            return True
    return False


def _roles_from_descriptions(corpus: Corpus, actors: list[ActorFact]) -> None:
    """ "the prime minister", said throughout a corpus whose prime minister is never titled so:
    an office no actor holds goes to the most mentioned person without a role who appears in
    most of the documents that name the office."""
    office_docs: dict[str, set[int]] = {}
    office_refs: dict[tuple[str, int], SentenceRef] = {}
    for doc, sentences in enumerate(corpus.sentences):
        for sentence in sentences:
            for m in DESCRIPTION.finditer(sentence.text):
                office = m.group(1).lower()
                office_docs.setdefault(office, set()).add(doc)
                office_refs.setdefault((office, doc), SentenceRef(doc, sentence.index))
    held = [a.role.lower() for a in actors if a.role]
    free = sorted((o for o, docs in office_docs.items() if len(docs) >= MIN_OFFICE_DOCS
                   and not any(holds_office(role, o) for role in held)),
                  key=lambda o: (-len(office_docs[o]), o))
    people = sorted((a for a in actors if a.kind == "person" and not a.role and a.mentions >= MIN_OFFICE_MENTIONS),
                    key=lambda a: (-a.mentions, a.name))
    for office in free:
        docs = office_docs[office]
        for actor in people:
            shared = docs & set(actor.docs)
            if not actor.role and len(shared) >= MIN_OFFICE_DOCS and 2 * len(shared) >= len(docs) \
                    and 2 * len(shared) >= len(actor.docs):
                actor.role = office
                actor.role_refs = [office_refs[(office, d)] for d in sorted(shared)][:MAX_ROLE_REFS]
                break


def _people_per_sentence(clusters: list[Cluster]) -> Counter[tuple[int, int]]:
    """How many people each sentence names: (document, sentence) -> count."""
    people_in: Counter[tuple[int, int]] = Counter()
    for cluster in clusters:
        if cluster.kind == "person":
            for where in {(d, m.sentence) for d, m in cluster.mentions}:
                people_in[where] += 1
    return people_in


def _roles_from_next_sentence(corpus: Corpus, pairs: list[tuple[Cluster, ActorFact]],
                              people_in: Counter[tuple[int, int]]) -> None:
    """A person a report's lead introduces as the one speaking or as the sentence's subject, with no
    title, and whom its next sentence calls by a description: "… is clear, Ann Vale has said. The
    rural affairs minister said …" and "Ann Vale has attacked the plans. The rural affairs minister
    told …" give "rural affairs minister"; and the other way round, a lead whose speaker is
    described, not named, and the person who speaks or opens a sentence next: "… is clear, the
    rural affairs minister has said. Ann Vale said …". Only in the lead, where the next sentence
    goes on with the story's subject (further down, "The spokeswoman said" may well be someone
    else), and where that sentence names no other person, who might be the one described."""
    held = {a.role.lower() for _, a in pairs if a.role}
    for cluster, actor in pairs:
        if actor.kind != "person" or actor.role:
            continue
        first: dict[int, Mention] = {}
        for d, m in cluster.mentions:
            if d not in first or m.sentence < first[d].sentence:
                first[d] = m
        for d, m in sorted(first.items()):
            if m.sentence >= LEAD_SENTENCES + LEAD_SPEAKER_REACH or people_in[(d, m.sentence)] > 1:
                continue
            following = corpus.in_use(d, m.sentence + 1)
            described, refs = "", []
            if (m.speaker or m.sentence_start) and m.sentence < LEAD_SENTENCES and following is not None:
                described = person_description_opening(following.text)
                refs = [SentenceRef(d, m.sentence), SentenceRef(d, m.sentence + 1)]
            if not described and (m.speaker or m.sentence_start):
                at = _described_speaker_before(corpus, d, m.sentence, people_in)
                if at is not None:
                    described = person_description_speaking(corpus.in_use(d, at).text)
                    refs = [SentenceRef(d, at), SentenceRef(d, m.sentence)]
            # "the opposition leader" another is titled names that one, not the speaker before
            if described and not _held_by_another(described, held):
                _give_description(actor, described, refs)
                break


def _roles_from_descriptions_next(corpus: Corpus, pairs: list[tuple[Cluster, ActorFact]],
                                  people_in: Counter[tuple[int, int]]) -> None:
    """A person still without a role, whom a sentence names as the only person it names, and whose
    next sentence opens on a description of one person as the subject of its verb: "… backed Ann
    Vale's stance. The opposition leader supports a cut …" gives "opposition leader", as does "…
    a bid for Ann Vale. The Harwick striker has been linked with a move since she beat Tom Reed"
    (people named after the verb are not its subject). News prose calls the person it has just
    named by a description so as not to repeat the name; a description another actor holds as a
    role names that one instead, one whose noun the sentence naming the person has already said
    the one it described, and one who speaks right after the person spoke most often another voice.
    Of several descriptions, the role noun the reports use most ("the striker" twice, "the
    captain" once: "striker"), the first said of a tie."""
    held = {a.role.lower() for _, a in pairs if a.role}
    # a people's word for one of them ("The Swede was made to graft") only where no role noun
    # describes the person anywhere: it says less of what they are in the story
    for peoples, (cluster, actor) in product((False, True), pairs):
        if actor.kind != "person" or actor.role:
            continue
        speaking = {(d, m.sentence) for d, m in cluster.mentions if m.speaker}
        subject = speaking | {(d, m.sentence) for d, m in cluster.mentions if m.sentence_start}
        found: dict[str, tuple[str, list[SentenceRef]]] = {}     # role noun -> first description, its refs
        nouns: Counter[str] = Counter()
        where = {(d, m.sentence) for d, m in cluster.mentions}
        for d, s in sorted(where):
            # "Jo Pike spoke. The prime minister met Ms Pike.": a sentence naming the person again
            # describes another in its subject
            if people_in[(d, s)] > 1 or (d, s + 1) in where:
                continue
            following, named = corpus.in_use(d, s + 1), corpus.in_use(d, s)
            described = person_description_acting(following.text, peoples) if following is not None and named else ""
            # "…, the minister's spokesman said of Ann Vale. The spokesman added": the one described
            # there; "Ann Vale said … The council spokeswoman said …": a second voice answering hers,
            # unless it "added" (goes on with what she said)
            # "… where Tom Reed opposed it. But the Tory leader argued …": after a link ("But the"), a
            # description carries on from the sentence's subject or speaker; one named further in
            # is as often set against the story's subject, whom "the Tory leader" describes
            if described and not _held_by_another(described, held) \
                    and not (LINK_BEFORE_SUBJECT.match(following.text) and (d, s) not in subject) \
                    and described.split()[-1].lower() not in named.text.lower().split() \
                    and not ((d, s) in speaking and person_description_speaking(following.text)
                             and not person_description_going_on(following.text)):
                noun = head_word(described.split()[-1].lower())
                nouns[noun] += 1
                found.setdefault(noun, (described, [SentenceRef(d, s), SentenceRef(d, s + 1)]))
        if nouns:
            _give_description(actor, *found[nouns.most_common(1)[0][0]])


# "His pass to Tom Reed went forward, but the centre was held up", "… face Tom Reed after the fourth
# seed beat …": a sports report names a player, then, in a clause of the same sentence, calls the one
# it has just named by position, so as not to say the name twice. A clause opens on a conjunction (a
# closed class) and "the"; no capitalised word between the name and it (no one else named since).
CLAUSE_THEN_DESCRIPTION = re.compile(r"[^A-Z.!?;:\"“”]*?\b(?:after|once|when|as|before|while|but|because|until|claiming"
                                     r"|saying|insisting|although|though)\s+the\s+")
POSITION_HEADS = PLAYING_POSITIONS | {"seed"}
# "Tom Reed is named at hooker", "Tom Reed continues at scrum-half", "… Tom Reed on the right wing": a
# team's selection puts a player at a position in the clause after the name (no capitalised word, comma
# or clause mark between; not a title of the name after it: "blame at goalkeeper Ann Vale")
# Measured (s24) and left out: the same for a body ("Tarvel Energy … after the firm said"): on the BBC
# corpus 7 of 11 bodies right, "the government", "the police" in such a clause as often another body.
TEAM_NOUNS = frozenset("team squad".split())      # "make the Harwick team at fly-half": the team's name
POSITION_WORDS = "|".join(sorted(sorted(map(re.escape, PLAYING_POSITIONS)), key=len, reverse=True))   # one order
AT_POSITION = re.compile(r"[^A-Z.!?;:\"“”,()]{0,60}?\b(?:at|on\s+the\s+(?:left|right)|in\s+the)\s+((?:(?:openside|open-side|blindside"
                         r"|blind-side|tighthead|loosehead|inside|outside|left|right)\s+)?(?:" + POSITION_WORDS
                         + r"))\b(?![’'-])(?!\s+[A-Z])")


def _roles_from_positions_after(corpus: Corpus, pairs: list[tuple[Cluster, ActorFact]]) -> None:
    """A person still without a role whose sentence goes on, in a clause after the name, with "the"
    and a playing position or a seed as the subject of its verb: "… signing Tom Reed once the striker
    has served his ban" gives "striker"; or puts the person at a position: "Tom Reed continues at
    scrum-half" gives "scrum-half". Only a position: "the prime minister", "the actress" in such
    a clause is as often another person than the one named last (measured on the BBC corpus). A
    position is no office one holds alone: others named "centre" leave it to this one too."""
    for cluster, actor in pairs:
        if actor.kind != "person" or actor.role:
            continue
        for d, m in sorted(cluster.mentions, key=lambda dm: (dm[0], dm[1].start)):
            sentence = corpus.in_use(d, m.sentence)
            if sentence is None or corpus.documents[d].text.startswith(("’", "'"), m.end):   # "Tom Reed's kick"
                continue
            clause = CLAUSE_THEN_DESCRIPTION.match(sentence.text, m.end - sentence.start)
            described = person_description_acting("The " + sentence.text[clause.end():]) if clause else ""
            after = NEXT_LOWER.match(corpus.documents[d].text, m.end)
            if not described and (placed := AT_POSITION.match(sentence.text, m.end - sentence.start)) \
                    and not (after and (head_word(after.group(1)) in ORGANIZATION_HEADS or after.group(1) in TEAM_NOUNS)):
                described = placed.group(1)
            if described and head_word(described.split()[-1]) in POSITION_HEADS:
                _give_description(actor, described, [SentenceRef(d, m.sentence)])
                break


def _described_speaker_before(corpus: Corpus, doc: int, index: int,
                              people_in: Counter[tuple[int, int]]) -> int | None:
    """The lead sentence of document `doc` before sentence `index` whose speaker is a person
    described, not named ("…, the rural affairs minister has said."), where no person is named
    before `index` (a description after a name may be that person's: "Ann Vale lost. The coach
    said …") and every sentence before it is in use; or None."""
    if any(people_in[(doc, k)] or corpus.position(doc, k) is None for k in range(index)):
        return None
    return next((k for k in range(max(0, index - LEAD_SPEAKER_REACH), min(index, LEAD_SENTENCES))
                 if person_description_speaking(corpus.in_use(doc, k).text)), None)


def _roles_below_headlines(corpus: Corpus, people: list[ActorFact]) -> None:
    """A headline naming one person by surname, over a first sentence that opens on a description
    or has one speak: "Vale defends new law" over "The home secretary has defended …" or "… is
    needed, the home secretary has said" gives "home secretary"."""
    surnames: dict[str, list[ActorFact]] = {}
    held = {a.role.lower() for a in people if a.role}
    for actor in people:
        if " " in actor.name:
            surnames.setdefault(actor.name.rsplit(None, 1)[-1], []).append(actor)
    for d, (document, sentences) in enumerate(zip(corpus.documents, corpus.sentences, strict=True)):
        if document.title_generated or not document.title or not sentences or sentences[0].index != 0:
            continue
        named = [a for w in set(re.findall(r"[A-Z][\w’'-]+", document.title)) for a in surnames.get(w, [])]
        if len(named) != 1 or named[0].role or d not in named[0].docs:
            continue
        described = person_description_opening(sentences[0].text) or person_description_speaking(sentences[0].text)
        if described and not _held_by_another(described, held):
            _give_description(named[0], described, [SentenceRef(d, 0)])


# "… took over the post after Ann Vale quit", "his first day as minister following Ann Vale's
# resignation": one who left an office another took. What ends a tenure, after the name (a closed
# class), and what says the office was taken, before "after" or "following"
LEFT_OFFICE = re.compile(r"(?:[’']s\s+(?:resignation|departure|sacking|exit|retirement|dismissal|removal|death)"
                         r"|\s+(?:quit|resigned|stepped\s+down|stood\s+down|retired|died|was\s+(?:sacked|dismissed|ousted"
                         r"|removed)))\b")
SUCCEEDED_AS = re.compile(r"\bas\s+((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)\s+(?:(?:on|last|this)\s+\w+\s+)?"
                          r"(?:after|following)\s+$")
SUCCEEDED = re.compile(r"\b(?:(?:took|taken|takes|taking)\s+(?:on\s+|over\s+|up\s+)?the\s+(?:post|job|role|office)"
                       r"|in\s+the\s+(?:post|job|role)|in\s+office)\b(?:(?!\b(?:after|following)\b)[^,;:])*"
                       r"\b(?:after|following)\s+$")
NEWLY = frozenset("new incoming current present".split())     # words of the holder's, not of the office


def _roles_of_predecessors(corpus: Corpus, pairs: list[tuple[Cluster, ActorFact]]) -> None:
    """A person given no role whom a report names as leaving the office another took: "on his
    first day as home secretary following Ann Vale's resignation" and "Tom Reed, who took over
    the post after Ann Vale quit" (Tom Reed the home secretary) give "former home secretary"."""
    in_sentence: dict[tuple[int, int], list[tuple[int, ActorFact]]] = {}     # people by where they end
    for cluster, actor in pairs:
        if actor.kind == "person":
            for d, m in cluster.mentions:
                in_sentence.setdefault((d, m.sentence), []).append((m.end, actor))
    for cluster, actor in pairs:
        if actor.kind != "person" or actor.role:
            continue
        for d, m in sorted(cluster.mentions, key=lambda dm: (dm[0], dm[1].start)):
            text = corpus.documents[d].text
            if not LEFT_OFFICE.match(text, m.end):
                continue
            start = _sentence_start(corpus, d, m)
            before = text[start:m.start]
            office = ""
            if (named := SUCCEEDED_AS.search(before)) and head_word(named.group(1).split()[-1]) in ROLE_HEADS:
                office = named.group(1)
            elif taken := SUCCEEDED.search(before):
                # the post of the person the sentence names last before it: "Tom Reed, who took the post"
                holders = [(end, other) for end, other in in_sentence.get((d, m.sentence), [])
                           if end <= start + taken.start() and other is not actor]
                office = max(holders, key=lambda h: h[0])[1].role if holders else ""
            # "the new home secretary" took it: the office is "home secretary"
            words = office.split()
            while len(words) > 1 and words[0].lower() in NEWLY:
                words.pop(0)
            if office:
                actor.role = f"former {' '.join(words)}"
                actor.role_refs = [SentenceRef(d, m.sentence)]
                break


# where the body is ("… of Harwick Securities in New York,"), which is no part of its name
BODY_PLACE = r"(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"

# "Ann Vale, of Harwick Securities, said", "Tom Reed, from the UK's Tarvel Watch, said", "…, said Jo
# Pike, for the Harwick Party.", "Dan Cole from Harwick said": the organization a person is of or
# speaks for, after a comma, or after "from" before a say-verb
BODY_AFTER = re.compile(r"(?:\s*,\s*(?:of|from|for)|\s+(?:from|of))\s+(?:the\s+)?(?:[A-Z][\w.-]*[’']s?\s+)?"
                        r"([A-Z][\w&’'-]*(?:\s+(?:of|for|and|on|the|&|Against|Without|[A-Z][\w&’'-]*))*)"
                        + BODY_PLACE + r"(?:\s*(?:,|\.(?:\s|$))|\s+(?:said|says|told|added))")


# ", of brokers Harwick,", ", from human rights group Tarvel,": the body with the class it is of,
# which says it is a body and not a town
CLASSED_BODY_AFTER = re.compile(r"(?:\s*,\s*(?:of|from|for|at)|\s+(?:from|of))\s+((?:[a-z][\w-]*\s+){1,3})"
                                r"([A-Z][\w&’'-]*(?:\s+(?:of|for|and|on|the|&|[A-Z][\w&’'-]*))*)" + BODY_PLACE
                                + r"(?:\s*,|\.(?:\s|$))")


def _roles_from_bodies_after(corpus: Corpus, pairs: list[tuple[Cluster, ActorFact]]) -> None:
    """A person given no role whom a report names with the organization they are of, from or for
    (`BODY_AFTER`) takes that organization for a role, as one whose name holds a type word
    already does ("Jo Pike, of the Harwick Union,"): here one the pile names as an organization,
    for the name alone does not tell a body from a town ("Ann Vale, of Harwick Securities," but
    not "Tom Reed, of Tarvelton,"), or one a class of bodies goes before ("Ann Vale, of brokers
    Harwick,")."""
    bodies = {name: actor.name for _, actor in pairs if actor.kind == "organization"
              for name in (actor.name, *actor.aliases)}
    for cluster, actor in pairs:
        if actor.kind != "person" or actor.role:
            continue
        for d, m in sorted(cluster.mentions, key=lambda dm: (dm[0], dm[1].start)):
            text = corpus.documents[d].text
            body = BODY_AFTER.match(text, m.end)
            named = bodies.get(body.group(1)) if body else None
            if named is None and body and _typed_body_name(body.group(1)):
                named = body.group(1)       # "Ann Vale, of Tarvel Securities,": a body by its type word
            if named is None and (classed := CLASSED_BODY_AFTER.match(text, m.end)) \
                    and head_word(classed.group(1).split()[-1]) in ORGANIZATION_HEADS:
                named = bodies.get(classed.group(2), classed.group(2))   # "of brokers Harwick": a body
            if named:
                actor.role = named
                actor.role_refs = [SentenceRef(d, m.sentence)]
                break


def _typed_body_name(name: str) -> bool:
    """A name of two words or more ending on a body's type word or a line of business ("Harwick
    Musicians' Union", "Tarvel Securities"): a body's, as a town's is not, though the pile names it
    once only."""
    words = name.split()
    return len(words) > 1 and (words[-1].lower() in ORG_HEADS or words[-1].lower() in LINE_OF_BUSINESS)


def _held_by_another(described: str, held: set[str]) -> bool:
    """Whether a description names one of the roles actors already hold (`held`, lower case): "the
    opposition leader" another is titled names that one."""
    return any(holds_office(role, described.lower()) for role in held)


def _give_description(actor: ActorFact, described: str, refs: list[SentenceRef]) -> None:
    """A person takes a description for a role (and its affiliation where they have none), cited to
    the sentences that tell it."""
    actor.role, affiliation = split_affiliation(described)
    actor.affiliation = actor.affiliation or affiliation
    actor.role_refs = refs


def holds_office(role: str, office: str) -> bool:
    """Whether someone with `role` holds `office` ("british prime minister" holds "prime
    minister"; "deputy prime minister" does not)."""
    at = role.find(office)
    if at < 0:
        return False
    before = role[:at].replace("-", " ").split()
    return not (before and before[-1] in OTHER_OFFICE)


def _kind(mentions: list[Mention]) -> str:
    kinds = {m.kind for m in mentions}
    for kind in ("country", "organization", "person"):
        if kind in kinds:
            return kind
    return "single"


def _merge_nicknames(full: dict[str, Cluster], local_keys: dict[tuple[int, str], str]) -> None:
    """ "Alex Marlowe" and "Alexander Marlowe": one surname, given names sharing their first letters,
    or one given name the other's short form ("Kostas", "Konstantinos")."""
    by_surname: dict[str, list[str]] = {}
    for key, cluster in full.items():
        parts = cluster.name.split()
        if cluster.kind == "person" and len(parts) == 2:
            by_surname.setdefault(fold(parts[-1]), []).append(key)
    renamed: dict[str, str] = {}
    for keys in by_surname.values():
        keys.sort(key=lambda k: (-len(full[k].mentions), k))
        kept: dict[str, str] = {}          # given-name prefix -> the most mentioned full name with it
        for k in keys:
            given = full[k].name.split()[0].lower()
            prefix = given[:NICKNAME_PREFIX] if len(given) >= NICKNAME_PREFIX else given
            main = kept.get(prefix) if len(given) >= NICKNAME_PREFIX else None
            if main is None:
                # "Kostas" of "Konstantinos", "Ali" of "Allister": a short form keeps the long one's
                # letters in order, whichever of the two is named more
                main = next((m for m in kept.values() if _short_form(given, full[m].name.split()[0].lower())), None)
            if main:
                full[main].merge(full.pop(k))
                renamed[k] = main
            else:
                kept.setdefault(prefix, k)
    for local, key in list(local_keys.items()):
        while key in renamed:
            key = renamed[key]
        local_keys[local] = key


def _short_form(one: str, other: str) -> bool:
    """One given name is the other's short form: their first two letters the same, the longer two
    letters or more longer, and the shorter's letters all in it, in order ("Kostas", "Konstantinos");
    or one English writes for the other ("Dave", "David": `SHORT_GIVEN_NAMES`)."""
    short, long_ = sorted((one, other), key=len)
    if SHORT_GIVEN_NAMES.get(short) == long_ or SHORT_GIVEN_NAMES.get(long_) == short:
        return True
    if short[:2] != long_[:2] or len(long_) - len(short) < 2:
        return False
    rest = iter(long_)
    return all(c in rest for c in short)


def _merge_partial_names(full: dict[str, Cluster], local_keys: dict[tuple[int, str], str]) -> None:
    """ "Ten Broek" read at a sentence start is the end of "Anna Ten Broek" named elsewhere."""
    ends: dict[str, list[str]] = {}
    for key, cluster in full.items():
        if cluster.kind == "person":
            for variant in cluster.variants:
                words = variant.split()
                for k in range(1, len(words) - 1):
                    ends.setdefault(fold(" ".join(words[k:])), []).append(key)
    renamed: dict[str, str] = {}
    for key in sorted(full):
        cluster = full.get(key)
        if cluster is None or cluster.kind != "person":
            continue
        longer = sorted({k for k in ends.get(key.split(":", 1)[1], []) if k != key and k in full},
                        key=lambda k: (-len(full[k].mentions), k))
        if longer:
            full[longer[0]].merge(full.pop(key))
            renamed[key] = longer[0]
    for local, key in list(local_keys.items()):
        while key in renamed:
            key = renamed[key]
        local_keys[local] = key


def _merge_collectives(corpus: Corpus, full: dict[str, Cluster], renamed: dict[str, str],
                       unplaced: list[tuple[int, Mention]], scanned: list[frozenset[str]],
                       local_keys: dict[tuple[int, str], str]) -> None:
    """Lower-case collectives of one country joined: "Peru's junta" with "Peru's military junta"
    when that is its only kind, "military junta" with "military government" and "the military";
    a collective with the capitalised organization of its name ("the trade ministry",
    "Ministry of Trade"), which then names it; "the junta" of documents naming no country's
    junta with the one collective of the corpus it can be."""
    parts = {key: tuple(full[key].mentions[0][1].collective.split("|")) for key in full
             if key.startswith(COLLECTIVE_KEY)}
    by_head: dict[tuple[str, str], list[str]] = {}
    for key, (country, _, head) in sorted(parts.items()):
        by_head.setdefault((country, head), []).append(key)
    for keys in by_head.values():             # "Peru's junta" is its "military junta"
        plain = [k for k in keys if not parts[k][1]]
        kinds = [k for k in keys if parts[k][1]]
        if plain and len(kinds) == 1:
            _merge(full, renamed, plain[0], kinds[0])
    linked: dict[tuple[str, str], list[str]] = {}   # (country, head word) -> collectives it names
    for key, (country, kinds, head) in sorted(parts.items()):
        if not kinds:
            linked.setdefault((country, head), []).append(key)
        for word in kinds.split():
            if word in COLLECTIVE_HEADS:
                linked.setdefault((country, word), []).append(key)
    for keys in linked.values():
        targets = sorted({_current(k, renamed) for k in keys}, key=lambda k: (-len(full[k].mentions), k))
        for other in targets[1:]:
            _merge(full, renamed, other, targets[0])
    # a capitalised organization of the same name ("Foreign Ministry", "Ministry of Trade")
    organizations: dict[str, set[str]] = {}
    for key, cluster in full.items():
        if cluster.kind == "organization" and not key.startswith(COLLECTIVE_KEY):
            for variant in cluster.variants:
                organizations.setdefault(fold(variant), set()).add(key)
    for key in sorted(k for k in parts if k in full):
        cluster = full[key]
        forms = set()
        for _, kinds, head in {parts[k] for k in parts if _current(k, renamed) == key}:
            if kinds:
                forms |= {fold(f"{kinds} {head}"), fold(f"{head} of {kinds}")}
        forms |= {fold(v) for v in cluster.variants}
        owners = {o for form in forms for o in organizations.get(form, ())}
        if len(owners) == 1:
            target = owners.pop()
            cluster.titled.update(cluster.variants)       # the capitalised name names it
            cluster.variants.clear()
            cluster.forms = None
            _merge(full, renamed, key, target)
    # "the junta" where the document names none: the one collective of the corpus it can be,
    # else the one capitalised organization of its name ("the trade ministry")
    unplaced = unplaced + _short_collectives_elsewhere(corpus, full, renamed, parts, organizations, scanned, local_keys)
    groups: dict[str, list[tuple[int, Mention]]] = {}
    for doc, m in unplaced:
        groups.setdefault(m.collective, []).append((doc, m))
    for collective, mentions in sorted(groups.items()):
        country, kinds, head = collective[1:].split("|")
        fits = {_current(k, renamed) for k, (c, own, h) in parts.items()
                if same_collective(head, kinds, h, own) and country in ("", c)}
        if not fits and kinds:
            fits = {_current(k, renamed) for form in (f"{kinds} {head}", f"{head} of {kinds}")
                    for k in organizations.get(fold(form), ())}
        if len(fits) == 1:
            target = fits.pop()
            for doc, m in mentions:
                full[target].add(doc, m)
                local_keys[(doc, m.entity)] = target


def _short_collectives_elsewhere(corpus: Corpus, full: dict[str, Cluster], renamed: dict[str, str],
                                 parts: dict[str, tuple[str, ...]], organizations: dict[str, set[str]],
                                 scanned: list[frozenset[str]], local_keys: dict[tuple[int, str], str],
                                 ) -> list[tuple[int, Mention]]:
    """ "The junta" in the documents not yet read for it, where it can only be one collective of
    the corpus, or a capitalised organization named like "Trade Ministry" or "Ministry of Trade"
    ("the trade ministry"); only those heads are looked for, and only where they are written."""
    wanted = {head for head in COLLECTIVE_HEADS
              if len({_current(k, renamed) for k, (_, own, h) in parts.items() if same_collective(head, "", h, own)}) == 1}
    phrases: dict[str, str] = {}        # "trade ministry" -> "ministry", for "Trade Ministry", "Ministry of Trade"
    for key in {k for keys in organizations.values() for k in keys}:
        for variant in full[_current(key, renamed)].variants:
            words = variant.lower().split()
            if len(words) >= 2 and words[-1] in COLLECTIVE_HEADS and all(w in KIND_WORDS for w in words[:-1]):
                phrases[" ".join(words)] = words[-1]
            elif len(words) >= 3 and words[0] in COLLECTIVE_HEADS and words[1] == "of" \
                    and all(w in KIND_WORDS for w in words[2:]):
                phrases[" ".join([*words[2:], words[0]])] = words[0]
    out: list[tuple[int, Mention]] = []
    if not wanted and not phrases:
        return out
    for doc, (document, sentences) in enumerate(zip(corpus.documents, corpus.sentences, strict=True)):
        text = document.text
        heads = {h for h in wanted if h in text} | {h for phrase, h in phrases.items() if phrase in text}
        heads -= scanned[doc]
        if not heads:
            continue
        used = {s.index for s in sentences}
        for m in short_collective_mentions(document, heads, document_names(document).mentions):
            if m.sentence not in used:
                continue
            key = _current(f"{COLLECTIVE_KEY}{fold(m.collective)}", renamed)
            if m.collective[0] == "?":
                out.append((doc, m))
            elif key in full:
                full[key].add(doc, m)
                local_keys[(doc, m.entity)] = key
    return out


def _merge(full: dict[str, Cluster], renamed: dict[str, str], source: str, target: str) -> None:
    if source != target and source in full and target in full:
        full[target].merge(full.pop(source))
        renamed[source] = target


def _merge_organizations(corpus: Corpus, full: dict[str, Cluster], renamed: dict[str, str]) -> None:
    """One organization under several names: an acronym and the name it stands for ("the Civic
    Renewal Party (CRP)", or initials alone when one name has them), a legal suffix ("Veltrion Co."),
    "of <country>" ("Unity Party of Chile"), a numbered unit ("Dockworkers District 14")."""
    orgs = {k: c for k, c in full.items() if c.kind == "organization"}
    by_name: dict[str, str] = {}
    for key, cluster in sorted(orgs.items(), key=lambda kc: (-len(kc[1].mentions), kc[0])):
        for variant in cluster.variants:
            by_name.setdefault(fold(variant), key)
    # acronyms defined in the text, then acronyms whose letters are one organization's initials
    for sentences in corpus.sentences:
        for sentence in sentences:
            if "(" not in sentence.text:
                continue
            for name, acronym in acronym_definitions(sentence.text):
                short = _current(by_name.get(fold(acronym)), renamed)
                long = _current(by_name.get(fold(name)) or _longest_prefix(by_name, name), renamed)
                if short and not long and name.split()[-1].lower() in EVENT_HEADS:
                    # "the Harwick Trade Act (HTA)", "the Tarvel Games Conference (TGC)": a law or an
                    # event, as its long name (no actor either) says, not a body
                    full.pop(short, None)
                    continue
                if short and " " not in name and short != long:
                    _as_short_form(full[short])     # "Harwickneftegaz (Harwick)": the full name names it
                if short and long:
                    _merge(full, renamed, short, long)
                elif short:
                    full[short].variants[name] += 1       # "CNF" is the "Coastal Nations Forum"
                    full[short]._name = None
                target = _current(long or short, renamed)
                if target:
                    full[target].defined = True
    spelled: dict[str, list[str]] = {}
    for key, cluster in full.items():
        if cluster.kind == "organization" and not ACRONYM.match(cluster.name):
            for letters in spelled_initials(cluster.name):
                spelled.setdefault(letters, []).append(key)
    for key, cluster in list(full.items()):
        if key in full and cluster.kind == "organization" and ACRONYM.match(cluster.name):
            owners = [k for k in spelled.get(cluster.name.replace("&", ""), []) if k in full]
            if len(owners) == 1:
                _merge(full, renamed, key, owners[0])
    # "Veltrion Co", "Unity Party of Chile", "Dockworkers District 14" and their plain forms;
    # a two-word "person" named like a company elsewhere ("Harlow Shipping said") is that company
    plain: dict[str, str] = {}
    written: dict[str, str] = {}         # the organizations' names as written, not their plain forms
    by_length = sorted(((len(c.name), k), c) for k, c in full.items() if c.kind == "organization")
    linked: dict[str, str] = {}          # the names without their joining words: "Office for/of National Statistics"
    for (_, key), cluster in by_length:
        base = _plain_organization_name(cluster.name)
        target = plain.get(fold(base)) if base != cluster.name else None
        unjoined = _without_joining_words(cluster.name)
        if not target and len(unjoined.split()) < len(cluster.name.split()) and " " in unjoined:
            target = linked.get(unjoined)
        if target and _short_form_of(full[target], cluster):
            _as_short_form(full[target])
        if target:
            _merge(full, renamed, key, target)
        else:
            linked.setdefault(unjoined, key)
            plain.setdefault(fold(cluster.name), key)
            plain.setdefault(fold(without_legal_suffix(cluster.name)), key)    # "Harlow Shipping" of "… Co"
            plain.setdefault(fold(base), key)
            written.setdefault(fold(cluster.name), key)
    for key, cluster in list(full.items()):
        if cluster.kind != "person" or any(m.title or m.text.split()[0].lower() in GIVEN_NAMES
                                           for _, m in cluster.mentions):
            continue
        # its name, or its name without the words of a line of business where that is an
        # organization's whole name ("Tarvel Networks" beside "Tarvel"; "Tarvel Energy" beside only
        # "Tarvel Group" may be another of the group's firms)
        target = plain.get(fold(cluster.name)) or written.get(fold(_plain_organization_name(cluster.name)))
        if target:
            _merge(full, renamed, key, target)
        elif " " in cluster.name and full.get(plain.get(fold(cluster.name.split()[0])), cluster).kind == "organization":
            cluster.kind = "organization"       # "Veltrion Powertrain" beside "Veltrion said": its unit
    _merge_short_forms(full, renamed)
    _merge_parties(full, renamed)


def _merge_short_forms(full: dict[str, Cluster], renamed: dict[str, str]) -> None:
    """A firm named once in full is then called by its first word ("Tarvel Airways said … Tarvel,
    which was founded in 1998, plans …", "Tarvel's shares"): that word, read alone as a body, is the
    full name's short form, where no other actor's name opens on it (Tarvel Optics beside Tarvel
    Pharma leaves "Tarvel" unsaid) and it is no place nor a person's family name ("Harwick" is as
    often the town of Harwick Mills, "Reed" Tom Reed)."""
    opening: dict[str, set[str]] = {}
    families: set[str] = set()
    for key, cluster in full.items():
        for variant in cluster.variants:
            words = variant.split()
            if len(words) > 1:
                opening.setdefault(fold(words[0]), set()).add(key)
        if cluster.kind == "person":
            families.update(fold(POSSESSIVE_END.sub("", w)) for w in _later_words(cluster))
            families.update(fold(t.split()[-1]) for t in cluster.titled)
    for key, cluster in sorted(full.items()):
        if cluster.kind != "organization" or (word := _lone_word(cluster)) is None or ACRONYM.match(word):
            continue
        folded = fold(word)
        holders = opening.get(folded, set()) - {key}
        if len(holders) != 1 or folded in families or folded in CITY_KEYS or country_of(word) \
                or any(m.place_cue for _, m in cluster.mentions):
            continue
        target = _current(next(iter(holders)), renamed)
        if target not in full or full[target].kind != "organization" \
                or _own_type_word(full[target].name) in (NEWS_OUTLET, BROADCASTER):
            continue        # "Tarvel News", "Tarvel Radio": an outlet of the firm Tarvel, not its name
        if _shortened_after(full[target], cluster, word):
            _as_short_form(cluster)
            _merge(full, renamed, key, target)


def _short_form_of(short: Cluster, whole: Cluster) -> bool:
    """`short` is one word written alone, the first of `whole`'s name, which a report names first."""
    word = _lone_word(short)
    return word is not None and whole.name.split()[0] == word and _shortened_after(whole, short, word)


def _lone_word(cluster: Cluster) -> str | None:
    """The one word a name is written as, with or without its possessive ("Tarvel", "Tarvel's"), in
    no other form; None for a name of several words or spellings."""
    written = {POSSESSIVE_END.sub("", v) for v in cluster.variants}
    word = next(iter(written), None)
    return word if len(written) == 1 and " " not in word and not cluster.forms else None


def _as_short_form(cluster: Cluster) -> None:
    """The one-word name becomes an alias: the full name names the actor however often the
    reports shorten it ("Tarvel Airways", not "Tarvel" nor "Tarvel's")."""
    cluster.words.update(POSSESSIVE_END.sub("", v) for v in cluster.variants)
    cluster.variants.clear()
    cluster._name = None


def _shortened_after(whole: Cluster, short: Cluster, word: str) -> bool:
    """A report names a firm in full before it shortens the name to `word`: some report writes the
    full name, then the word alone, and none the word before the full name ("Veltrion plans to close
    the Veltrion Powertrain plant": the firm, then one of its units)."""
    first: dict[int, int] = {}
    for doc, m in whole.mentions:
        if m.text != word:
            first[doc] = min(first.get(doc, m.start), m.start)
    alone = [(doc, m.start) for doc, m in short.mentions if doc in first] \
        + [(doc, m.start) for doc, m in whole.mentions if doc in first and m.text == word]
    return bool(alone) and all(first[doc] < start for doc, start in alone)


def _merge_parties(full: dict[str, Cluster], renamed: dict[str, str]) -> None:
    """One party under its name, its followers' and its nickname ("Conservative Party", "the
    Conservatives", "the Tories"; "Labour Party" and "Labour"), in the name the texts use most."""
    parties = _party_clusters(full)
    for key, cluster in sorted(full.items()):
        if cluster.kind == "organization" and " " not in cluster.name and party_key(cluster.name) is None \
                and cluster.name.lower() in parties:
            parties[cluster.name.lower()].append(key)
    for keys in parties.values():
        target = max(keys, key=lambda k: (len(full[k].mentions), k))
        for key in keys:
            _merge(full, renamed, key, target)


def _party_clusters(full: dict[str, Cluster]) -> dict[str, list[str]]:
    """The organisations named as parties, by the creed their names say (aliases.party_key)."""
    parties: dict[str, list[str]] = {}
    for key, cluster in sorted(full.items()):
        creed = party_key(cluster.name) if cluster.kind == "organization" else None
        if creed:
            parties.setdefault(creed, []).append(key)
    return parties


def _current(key: str | None, renamed: dict[str, str]) -> str | None:
    """Where a cluster went after the merges so far."""
    while key in renamed:
        key = renamed[key]
    return key


def _longest_prefix(by_name: dict[str, str], name: str) -> str | None:
    """The organization named by the longest start of `name` ("International Federation of
    Dockworkers" for "International Federation of Dockworkers and Harbour Pilots")."""
    words = name.split()
    for n in range(len(words) - 1, 1, -1):
        found = by_name.get(fold(" ".join(words[:n])))
        if found:
            return found
    return None


JOINING_WORDS = frozenset("of for and the &".split())


def _without_joining_words(name: str) -> str:
    """A body's name folded, without the words that join its others, which reports write one for
    another ("Office for National Statistics", "Office of National Statistics"; "Securities and
    Exchange Commission", "Securities Exchange Commission")."""
    return " ".join(fold(w) for w in name.split() if w.lower() not in JOINING_WORDS)


def _plain_organization_name(name: str) -> str:
    """The name without a legal suffix, a closing "of <country>", words before a numbered unit
    or words saying its line of business ("Northwind Insurance Services")."""
    base = without_legal_suffix(name)
    if " of " in base and " and " in base.split(" of ", 1)[1]:     # "Federation of Dockworkers and Harbour Pilots"
        head, tail = base.split(" of ", 1)
        base = f"{head} of {tail.split(' and ')[0]}"
    words = base.split()
    if len(words) >= 4 and words[-2] == "of" and country_of(words[-1]) is not None:
        return " ".join(words[:-2])
    if len(words) >= 3 and words[-2].lower() in ORG_UNITS and any(c.isdigit() for c in words[-1]):
        return " ".join(words[-2:])
    while len(words) >= 2 and words[-1].lower() in LINE_OF_BUSINESS \
            and not (len(words) == 2 and (words[0] in COUNTRIES or words[0] in DEMONYMS)):
        words = words[:-1]          # but "British Telecom" is no firm called "British"
    return " ".join(words)


def _merge_spellings(full: dict[str, Cluster], renamed: dict[str, str]) -> None:
    """One person under two spellings that no sentence uses together: romanisations ("Bae
    Juck-soo", "Bae Jeok-su") and a middle initial ("Maya R. Okafor", "Maya Okafor")."""
    people = sorted((k for k, c in full.items() if c.kind == "person" and len(c.name.split()) >= 2),
                    key=lambda k: (-len(full[k].mentions), k))
    by_family: dict[str, list[str]] = {}
    for key in people:
        words = full[key].name.split()
        # by each end word as written, and by a long last word's skeleton ("Andreaddis", "Andreadis")
        ends = {fold(words[0]), fold(words[-1])}
        if len(skeleton(words[-1])) >= MIN_FAMILY_SKELETON:
            ends.add("~" + skeleton(words[-1]))
        for word in ends:
            by_family.setdefault(word, []).append(key)
    for keys in by_family.values():
        # each name is compared, in the bucket's order, with the later ones it shares a spelling
        # key with (aliases.spelling_keys), the others being no match: the same merges as every
        # pair of a bucket compared, where a bucket of one given name holds a hundred people
        # (BBC corpus: 50,000 pairs, 0.46 s of the build's critical path). A later name's keys
        # stay as indexed until it is compared as the main one; the main one's change as it
        # takes others in, so its candidates are found again after each.
        at_key: dict[tuple[str, str, str], list[int]] = {}
        for j, key in enumerate(keys):
            if key in full:
                for spelling in spelling_keys(full[key].name):
                    at_key.setdefault(spelling, []).append(j)

        for i, main in enumerate(keys):
            if main not in full:
                continue
            pending = _later_alike(at_key, full[main].name, i)
            while pending:
                j = pending.pop()
                other = keys[j]
                if other not in full:
                    continue
                a, b = full[main], full[other]
                if not (fold(without_initials(a.name)) == fold(without_initials(b.name))
                        or same_person_spelled_apart(a.name, b.name)):
                    continue
                if {(d, m.sentence) for d, m in a.mentions if " " in m.text} \
                        & {(d, m.sentence) for d, m in b.mentions if " " in m.text}:
                    continue          # one sentence naming both means two people
                _merge(full, renamed, other, main)
                pending = _later_alike(at_key, full[main].name, j)


def _later_alike(at_key: dict[tuple[str, str, str], list[int]], name: str, after: int) -> list[int]:
    """The places after `after` of the names sharing a spelling key with `name`, the last first."""
    return sorted({j for spelling in spelling_keys(name) for j in at_key.get(spelling, ()) if j > after}, reverse=True)


def _attach_lone_words(corpus: Corpus, full: dict[str, Cluster], lone: dict[str, list[tuple[int, Mention]]],
                       local_keys: dict[tuple[int, str], str]) -> None:
    """A surname a document never expands ("Mr Marlowe") joins the corpus's full name holding it."""
    holders: dict[str, list[str]] = {}
    firsts: set[tuple[str, str]] = set()        # (word, key): the word opens the holder's name
    for key, cluster in full.items():
        if cluster.kind == "person":
            for variant in cluster.variants:
                words = variant.split()
                for word in words:
                    holders.setdefault(fold(word), []).append(key)
                if len(words) > 1 and fold(words[0]) not in map(fold, words[1:]):
                    firsts.add((fold(words[0]), key))
    near = _Deletions(holders)                  # one letter dropped -> name words, for typos ("Mr Marlow")
    texts = [document.text for document in corpus.documents]
    # "Tarvelnet" alone beside "Tarvelnet.org": the site's name without its web ending (not
    # "Harwick" beside "Harwick Corporation": a school, a town or a person may share that word)
    bare = {fold(WEB_ENDING.sub("", cluster.name)): key for key, cluster in sorted(full.items())
            if cluster.kind == "organization" and WEB_ENDING.search(cluster.name)}
    parties = {creed: keys[-1] for creed, keys in _party_clusters(full).items() if " " not in creed}
    # the words written after "Mr" or "Dr": family names ("Mr Reed" anywhere makes Reed one)
    surnamed = {fold(t.split()[1]) for cluster in full.values() for t in cluster.titled
                if len(t.split()) == 2 and by_surname(t.split()[0])}
    surnamed.update(fold(word) for word, mentions in lone.items() if any(by_surname(m.title) for _, m in mentions))
    employers = _employers_in_titles(full)
    for word, mentions, peer in _peers_apart(lone):
        folded = fold(word)
        personal_here = any(m.evidence or m.title for _, m in mentions)     # "Mr Bae", "President Ryu"
        # of several people of that name, one the documents give the same title ("President Tarvel")
        titled = {f"{m.title} {word}" for _, m in mentions if m.title}
        keys = sorted(set(holders.get(folded, [])),
                      key=lambda k: (not titled & set(full[k].titled), -len(full[k].mentions), k))
        if not personal_here and any(_describes_an_organization(m.role) for _, m in mentions):
            keys = []       # "fast-food giant Harwick's": a company, not a person surnamed Harwick
        if titled and all(t.split()[0].lower() in ROYAL_TITLES for t in titled):
            # a royal is named by title and given name ("Prince Harwick"): only one the reports
            # title so is the same person, not another who shares the name
            keys = [k for k in keys if titled & set(full[k].titled)]
        if peer:
            # "Baroness Vale" is not Ann Vale, named elsewhere, unless one report names them both
            keys = [k for k in keys if _joined_to_a_peer(full[k], word, mentions)]
        if any(by_surname(m.title) for _, m in mentions):
            # "Mr Reed" is Tom Reed, not Reed Harwick; one whose name opens on the word only if he is
            # never "Mr Harwick" (a family name written first: "Mr Bae" for Bae Juck-soo)
            later = [k for k in keys if folded in map(fold, _later_words(full[k]))]
            keys = later or [k for k in keys if not surnamed & {fold(v.split()[-1]) for v in full[k].variants}]
        if not personal_here:
            # a word alone that opens a full name is that person only when it is a person here;
            # "Harwick said" is not "Harwick Mills" nor "Harwick Smith"
            keys = [k for k in keys if (folded, k) not in firsts or folded in map(fold, _later_words(full[k]))]
        if not keys and not personal_here and folded in bare:
            keys = [bare[folded]]
        creed = party_key(word) or word.lower()
        if not keys and creed in parties:               # "Labour" for the Labour Party, "Tory" for the Tories
            keys = [parties[creed]]
        if not keys and len(word) >= MIN_TYPO_LENGTH and any(m.evidence for _, m in mentions) \
                and len(mentions) <= MAX_TYPO_MENTIONS:
            candidates = set(near.get(folded))                          # a letter missing
            for variant in _one_letter_less(folded):                    # one too many, or one wrong
                candidates.update(holders.get(variant, []))
                candidates.update(near.get(variant))
            # a surname, not a given name one letter away ("Lord Marlowe" is not "Marlow Tarrant");
            # a peer is named by the title, so "Lord Marlowe" is no slip for one never titled so
            peerage = {m.title.lower() for _, m in mentions if m.title} & PEERAGE_TITLES
            keys = sorted((k for k in candidates
                           if any(Levenshtein.distance(folded, fold(w)) <= 1 for w in _later_words(full[k]))
                           and (not peerage or peerage & {t.split()[0].lower() for t in full[k].titled})),
                          key=lambda k: (-len(full[k].mentions), k))
        if keys:
            key = keys[0]
        elif any(w in DEMONYMS or w in PEOPLE_WORDS for w in (word, word.removesuffix("s"))):
            continue            # "European" left of "European Indoors", "Britons": a people, no one actor
        elif personal := {d for d, m in mentions if m.evidence or (m.role_rank <= 1 and _describes_a_person(m.role))}:
            # "Harwick midfielder Edo": a role before or beside it, only a person's; in the
            # documents that say so ("Lord Harwick" in one report is not "Harwick" beating Tarvel)
            key = f"person:{folded}"
            if key not in full:
                full[key] = Cluster("person")
            others = [(d, m) for d, m in mentions if d not in personal]
            if len(others) > PERSONAL_MINORITY * len(mentions):
                mentions = [(d, m) for d, m in mentions if d in personal]
                if _named_like_an_organization(others, texts):
                    org = f"organization:{folded}"
                    if org not in full:
                        full[org] = Cluster("organization")
                    for doc, m in others:
                        full[org].add(doc, m)
                        local_keys[(doc, m.entity)] = org
        elif (listed := sum(_listed_among_people(texts[d], m) for d, m in mentions)) >= MIN_LISTED_AMONG_PEOPLE \
                and 2 * listed >= len(mentions):
            # "Tom Reed, Vellia and Ann Vale", in list after list: one of the people they name, a
            # performer known by one name, not a firm
            key = f"person:{folded}"
            if key not in full:
                full[key] = Cluster("person")
        elif _named_like_an_organization(mentions, texts, employers[folded]):
            # "Tarvel said …. He added": a surname the reports name a person by, not a firm
            # (not one taking a plural verb as a team does, whom "he" may take up as its manager)
            key = f"person:{folded}" if _taken_up_as_a_person(corpus, mentions) \
                and _agreements_as_a_group(texts, mentions) < MIN_AGREEMENTS else f"organization:{folded}"
            if key not in full:
                full[key] = Cluster(key.split(":", 1)[0])
        else:
            continue
        for doc, m in mentions:
            full[key].add(doc, m)
            local_keys[(doc, m.entity)] = key


def _attach_openers(full: dict[str, Cluster], openers: dict[str, list[tuple[int, Mention]]],
                    local_keys: dict[tuple[int, str], str]) -> None:
    """A common word opening a sentence before "said" (`Mention.opener`: "Calloway admitted he was
    tired", "Analysts said") joins the person the corpus knows by that surname, the most named if
    several, where some report titles the person or gives a given name ("Rival Tarvex", read as a
    person's name, is no one's); else it names nobody ("Analysts" is no body's name either)."""
    by_surname: dict[str, list[str]] = {}
    for key, cluster in sorted(full.items()):
        if cluster.kind == "person" and _named_as_a_person(cluster.mentions):
            for word in {fold(w) for w in _later_words(cluster)}:
                by_surname.setdefault(word, []).append(key)
    for word, mentions in sorted(openers.items()):
        keys = sorted(by_surname.get(fold(word), []), key=lambda k: (-len(full[k].mentions), k))
        for doc, m in mentions if keys else ():
            full[keys[0]].add(doc, m)
            local_keys[(doc, m.entity)] = keys[0]


def _employers_in_titles(full: dict[str, Cluster]) -> Counter[str]:
    """Folded lone words that name, in a person's title, the body they head (`EMPLOYER_HEADS`) or
    play for (`PLAYING_POSITIONS`): "Harwick chief executive", "former Tarvel boss", "Tarvel's senior
    vice president", "Harwick lock"; how many such titles name each."""
    found: Counter[str] = Counter()
    heads = EMPLOYER_HEADS | PLAYING_POSITIONS     # a team's players ("Harwick lock"); not its coach, whom an athlete has too
    for cluster in full.values():
        if cluster.kind != "person":
            continue
        for _, m in cluster.mentions:
            words = m.role.split()
            named = [i for i, w in enumerate(words) if not w.islower()]
            # one capitalised word, after no more than words such as "former"
            if len(named) == 1 and 0 <= named[0] < len(words) - 1 and head_word(words[-1]) in heads:
                found[fold(POSSESSIVE_END.sub("", words[named[0]]))] += 1
    return found


def _peer_titled(m: Mention) -> bool:
    """Named under a peer's title: "Lord Harwick", "Chairman Lord Harwick"."""
    return bool(m.title) and m.title.split()[-1].lower() in PEERAGE_TITLES


def _peers_apart(lone: dict[str, list[tuple[int, Mention]]]) -> Iterator[tuple[str, list[tuple[int, Mention]], bool]]:
    """Each lone word's mentions, those under a peer's title ("Lord Harwick") apart from the rest
    ("Mr Harwick"), and whether they are the peer's: a peer is often someone else than the
    commoner of that name."""
    for word, mentions in sorted(lone.items()):
        peers = [(d, m) for d, m in mentions if _peer_titled(m)]
        rest = [(d, m) for d, m in mentions if not _peer_titled(m)]
        yield from ((word, group, group is peers) for group in (rest, peers) if group)


def _joined_to_a_peer(cluster: Cluster, word: str, peers: list[tuple[int, Mention]]) -> bool:
    """Whether the texts make the person of `cluster` the peer of that name: titled so elsewhere, or
    named in full in a report that names the peer (a baroness and a man of her surname, named in
    different reports, are two people; one peer's life told under both names is one)."""
    if any(t.split()[0].lower() in PEERAGE_TITLES and t.split()[-1] == word for t in cluster.titled):
        return True
    docs = {d for d, _ in peers}
    return any(d in docs and m.kind == "person" and " " in m.text.strip() for d, m in cluster.mentions)


# the next sentence takes up the subject before it as a person or as a thing, in the reporter's
# words (not a quotation's: '"He had offers," said Tarvel's director')
PERSON_TAKEN_UP = re.compile(r"\s*(?:(?:and|but|yet|so)\s+)?(?:he|she)\b", re.IGNORECASE)
THING_TAKEN_UP = re.compile(r"\s*(?:(?:and|but|yet|so)\s+)?it\b", re.IGNORECASE)
SUBJECT_WORDS = 2           # words before a name that still opens its sentence ("But Tarvel, …")
# a say verb right after the name taken up by "he" or "she" ("Tarvel said he would stay"): the name
# is who says it, unless it is a common word ending a title ("Stars In Their Eyes said she"); "said
# it" is no firm's, as a person says "it was close"
SAID_BY_A_PERSON = re.compile(r"\s+(?:has\s+|had\s+)?([a-z]+)\s+(?:that\s+)?(?:he|she)\b")


def _says_he(text: str, end: int) -> bool:
    said = SAID_BY_A_PERSON.match(text, end)
    return said is not None and said.group(1) in SAY_VERBS


def _taken_up_as_a_person(corpus: Corpus, mentions: list[tuple[int, Mention]]) -> bool:
    """A word its sentences open on as their subject, the next sentence going on with "he" or "she"
    more often than with "it" ("But Tarvel, speaking to reporters, said …. He added …"): a person
    the reports name by surname alone, where a word recurring so reads as a firm's name."""
    person = thing = 0
    for d, m in mentions:
        if _says_he(corpus.documents[d].text, m.end) and zipf(m.text.lower()) < COMMON_WORD_ZIPF:
            person += 1
            continue
        here, following = corpus.in_use(d, m.sentence), corpus.in_use(d, m.sentence + 1)
        if here is None or following is None \
                or len(corpus.documents[d].text[here.start:m.start].split()) > SUBJECT_WORDS:
            continue
        person += bool(PERSON_TAKEN_UP.match(following.text))
        thing += bool(THING_TAKEN_UP.match(following.text))
    return person > thing


def _later_words(cluster: Cluster) -> list[str]:
    return [w for v in cluster.variants for w in v.split()[1:]]


# British news prose gives a team, a band or a firm named by one word a plural verb ("Tarvel are
# through", "Harwick have signed"); a person or a town never takes one. Not where the verb's subject
# is more than the name: a list ("Vale and Reed are"), a phrase ("prices in Harwick are"), a longer
# name ending on it ("the Tarvel Awards are", "Asia-Harwick are"); nor a plural word ("the Harwicks
# are", a people or a prize), which takes the verb whatever it names
PLURAL_AGREEMENT = re.compile(r"\s+(?:are|were|have)\b(?!-)")
# ... and so does a relative clause after the name, whatever comes before it ("a new album by Tarvel,
# who are touring"), as of a person it says "who is"
PLURAL_RELATIVE = re.compile(r",\s+who\s+(?:are|were|have)\b(?!-)")
NOT_ALONE_BEFORE = re.compile(r"(?:\b(?:and|or|nor|of|in|at|from|for|to|with|by|on|than)|[&,/-])\s*$")
NAME_WORD_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s+$")
MIN_AGREEMENTS = 2          # a slip or an odd construction makes one


def _agreements_as_a_group(texts: Sequence[str] | Mapping[int, str], mentions: list[tuple[int, Mention]]) -> int:
    """How often a lone name is the subject of a plural verb, as a team or a band is ("Tarvel are").
    `texts[d]` is document d's text: every document's, or only the mentions' (one actor's: a list
    of the corpus's texts made for each cost 1 % of a build of the BBC corpus)."""
    if mentions[0][1].text.endswith("s"):
        return 0
    return sum(PLURAL_RELATIVE.match(texts[d], m.end) is not None
               or PLURAL_AGREEMENT.match(texts[d], m.end) is not None and _alone_before(texts[d], m.start)
               for d, m in mentions)


def _alone_before(text: str, start: int) -> bool:
    """Nothing before a name makes it part of a longer subject: a list, a phrase, a longer name (a
    capitalised word other than a sentence's opening "But" or "Now")."""
    if NOT_ALONE_BEFORE.search(text, max(0, start - 30), start) is not None:
        return False
    word = NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    return word is None or word.group(1).lower() in STOP_WORDS


MIN_LISTED_AMONG_PEOPLE = 2     # one list may mix a channel or a firm with people; two are a habit
# A person's full name, opening on a given name, right before or after a name in a list
PERSON_LISTED_BEFORE = re.compile(r"\b([A-Z][a-z]+) [A-Z][\w’'-]+(?:,| and| or) $")
LISTED_ITEM_END = re.compile(r"(?:,|\.|;|\s+(?:and|or)\b|\s*$)")
PERSON_LISTED_AFTER = re.compile(r"(?:,| and| or) ([A-Z][a-z]+) [A-Z][\w’'-]+\b(?![’'])")


def _listed_among_people(text: str, m: Mention) -> bool:
    """The name stands in a list beside a person's full name ("Tom Reed, Vellia and Ann Vale"), and
    is no owner or apposition of it ("Tom Reed, Harwick's chief", "Ann Vale, Tarvel leader")."""
    if LISTED_ITEM_END.match(text, m.end) is None:
        return False
    before = PERSON_LISTED_BEFORE.search(text, max(0, m.start - 40), m.start)
    after = PERSON_LISTED_AFTER.match(text, m.end)
    return any(cue is not None and cue.group(1).lower() in GIVEN_NAMES for cue in (before, after))


def _named_like_an_organization(mentions: list[tuple[int, Mention]], texts: list[str], employs: int = 0) -> bool:
    """A rare capitalised word that recurs across documents, mostly not after "in" or "at"
    (Norvex, Caldria; not a town): an organization, as far as capitals can tell. A common word
    ("Beacon") must also act: speak, be described as a company, an agency, a court, or take a
    plural verb as a team does. One that recurs in a single report is a body where a person's
    title says it `employs` them ("Harwick chief executive Tom Reed"), the text names its staff,
    owners or stock (`OWNED_AFTER`: "Harwick's chairman", "Harwick shares") or describes it as a
    body ("oil giant Harwick")."""
    if len(mentions) < min(LONE_ORG_MENTIONS, LONE_ORG_ACTS):      # too few to pass either test below
        return False
    docs = {d for d, _ in mentions}
    places = sum(m.locative or m.place_cue for _, m in mentions)
    # the speaker of a quotation ('"We regret it," Harwick said') speaks twice over, and no place does: a
    # short pile may name a firm after "from" ("a bid from Harwick") as often as it quotes it
    quoted = sum(m.speaker and _beside_a_quotation(texts[d], m) for d, m in mentions)
    # "Harwick have signed …", "Harwick are top": a town's name taking a plural verb names its team,
    # whose "the Harwick area" (a pitch's) makes it no place
    if any(m.place_cue for _, m in mentions) and _agreements_as_a_group(texts, mentions) < MIN_AGREEMENTS \
            or 2 * places >= len(mentions) and not quoted:
        return False
    if len(mentions) >= LONE_ORG_MENTIONS and (employs or any(
            OWNED_AFTER.match(texts[d], m.end) or SHARES_IN_BEFORE.search(texts[d], max(0, m.start - 12), m.start)
            or _described_as_a_body(m.role) for d, m in mentions)):
        return True
    if any(m.role_rank <= 1 and _described_as_a_body(m.role) for _, m in mentions):
        # a body's kind written small right before or beside it ("pop band Tarvel", "Harwick, the
        # airline,") is said of no person or town: as good as two deeds
        return True
    if any(_taken_up_by_a_description(texts[d], m) for d, m in mentions):
        # "Veltrion has recalled its printers. The software maker said …": the next sentence calls
        # the subject it has just named by its kind, so as not to say the name twice
        return True
    if any(c.isdigit() for c in mentions[0][1].text):
        # "Z7", "Q5" beside "V9", "K7": only what a band or a firm does tells it from a summit or a
        # model, which a possessive or a stake may own too
        deeds = sum(m.speaker or m.role_rank <= 1 and bool(m.role) for _, m in mentions)
        return deeds + _agreements_as_a_group(texts, mentions) >= LONE_ORG_ACTS
    acts = sum(m.speaker or bool(m.role or m.affiliation) or m.owned_cue for _, m in mentions)
    acts += quoted
    if (agreements := _agreements_as_a_group(texts, mentions)) >= MIN_AGREEMENTS:
        acts += agreements
    if all(m.proper for _, m in mentions) and not acts:
        return False
    # a pile of one report cannot name it in two: there the report's own count must do; nor need a
    # short pile, where the firm one report is about ("Harwick cut 300 jobs. Harwick said …") speaks
    # in that report alone: recurring, it needs one act there
    return (len(docs) >= min(LONE_ORG_DOCS, len(texts)) and len(mentions) >= LONE_ORG_MENTIONS) \
        or acts >= LONE_ORG_ACTS or (acts >= 1 and len(mentions) >= LONE_ORG_MENTIONS)


# Bodies that answer for or to the one a sentence is about, and that a place has: the next sentence
# opening on one ("… cut 300 jobs. The union said", "… was flooded. The council said") is another
# voice, not the subject taken up
COUNTERPART_HEADS = frozenset("""union regulator watchdog court tribunal exchange government council authority
police ministry department administration parliament legislature assembly opposition regime junta presidency
office militia army military force commission committee panel""".split())


def _taken_up_by_a_description(text: str, m: Mention) -> bool:
    """The name is its sentence's subject and the next sentence opens on "The <organisation's noun>",
    one body, no counterpart's ("Veltrion has recalled its printers. The software maker said"); not
    a noun the sentence has said after the name, which takes that up ("Veltrion was sold to a shell
    company. The shell company …"), nor a game's side ("Harwick won 3-0. The home side …")."""
    stop = SENTENCE_END.search(text, m.end)
    if stop is None:
        return False
    described = organization_descriptions(text, stop.end(), stop.end(), opening=True)
    if not described or described[0][0] != stop.end():
        return False
    phrase = described[0][1]
    noun = phrase.split()[-1]
    return head_word(noun) not in COUNTERPART_HEADS and not _plural(phrase) \
        and GAME_SIDES.isdisjoint(phrase.lower().split()) \
        and re.search(rf"\b{re.escape(noun)}\b", text[m.end:stop.start()], re.IGNORECASE) is None \
        and _subject_then_described(text, m.start, m.end, stop.end())


QUOTATION_MARKS = frozenset('"“”')
# The name is the subject of a say-verb: right before it ("Harwick said", "Harwick has also said") or,
# after one, ending the clause ('…," said Harwick.'); not a word before a person's name or title
# ("said Harwick boss Tom Reed"), nor the one told ("told Harwick")
SAYS_AFTER = re.compile(r"\s+(?:(?:has|have|had|also|[a-z]+ly)\s+)*(?:said|says|added|adds|stated|states|warned"
                        r"|warns|announced|announces|claimed|claims|insisted|insists|argued|argues|noted|notes)\b")
SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds|warned|warns|insisted|insists|argued|argues)\s+$")
CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?]|$)")
# "a resident of Harwick said": a name after a preposition is no subject of the verb
PREPOSITION_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(LOCATIVES | {"of", "for", "with", "by", "on"}))
                                + r")\s+(?:the\s+)?$", re.IGNORECASE)


def _beside_a_quotation(text: str, m: Mention) -> bool:
    """The name says the words of a quotation in its sentence ('Harwick said it was "sorry"',
    '"We regret it," Harwick said'): it is the say-verb's subject, stands outside the quotation
    marks, and the sentence holds one."""
    if not (SAYS_AFTER.match(text, m.end) or SAID_BEFORE.search(text, max(0, m.start - 12), m.start)
            and CLAUSE_ENDS.match(text, m.end)):
        return False
    if PREPOSITION_BEFORE.search(text, max(0, m.start - 20), m.start):
        return False
    line = text.rfind("\n", 0, m.start) + 1
    before = text[line:m.start]
    if before.count('"') % 2 or before.count("“") > before.count("”"):
        return False        # "Everybody says …" inside someone's quoted words
    start = _sentence_opening(text, m.start)
    stop = SENTENCE_END.search(text, m.end)
    return any(c in QUOTATION_MARKS for c in text[start:stop.end() if stop else len(text)])


class _Deletions:
    """Name words (of `MIN_TYPO_LENGTH` letters or more) by what they give with one letter
    dropped -> the clusters holding them; indexed one word length at a time, as looked up."""

    def __init__(self, holders: dict[str, list[str]]) -> None:
        self.holders = holders
        self.by_length: dict[int, dict[str, list[str]]] = {}

    def get(self, dropped: str) -> list[str]:
        length = len(dropped) + 1
        index = self.by_length.get(length)
        if index is None:
            index = self.by_length[length] = {}
            if length >= MIN_TYPO_LENGTH:
                for word, keys in self.holders.items():
                    if len(word) == length:
                        for variant in _one_letter_less(word):
                            index.setdefault(variant, []).extend(keys)
        return index.get(dropped, [])


def _one_letter_less(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _actor_name(cluster: Cluster) -> str:
    return cluster.name


def _by_surname_alone(cluster: Cluster) -> bool:
    """The reports also write the name's last word alone and never its first ("Ozrik Tarvelli …
    Tarvelli said"), as they write a person after the first time; a firm goes by its first word,
    and a common word before a name is no given name ("Free Tarvelli", a campaign)."""
    words = cluster.name.split()
    return len(words) > 1 and words[-1] in cluster.words and words[0] not in cluster.words \
        and zipf(words[0].lower()) < PLAIN_WORD_ZIPF


def _named_as_a_person(mentions: list[tuple[int, Mention]], given: frozenset[str] = frozenset()) -> bool:
    """Some mention has a title or opens on a given name or its initial ("Mr Orr", "Kim Orr", "K
    Orr", "K. Orr"), as a person's name has somewhere in the documents and a company's, a place's or
    an office's has not; `given`: more given names, those the documents show after a title."""
    return any(m.title or m.kin_word or m.text.split()[0].lower() in GIVEN_NAMES
               or " " in m.text.strip() and m.text.split()[0].lower() in given
               or (" " in m.text and INITIAL.match(m.text.split()[0])) for _, m in mentions)


# A people's adjective right before a full name ("Russian Tarvo Melk", "beat Austrian Ann Vale"),
# its country after "of" ("Tarvo Melk of Belgium"), an age right after a name ("Tom Reed, 23,
# said", "Ann Vale (31)") or "who" ("Ann Vale, who plays …"): a person's, as reports write a firm's
# nationality with its kind ("the Russian firm Harwick"), give it no age and go on with "which"
NATIONALITY_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+$")
AGE_AFTER = re.compile(r"(?:,\s+|\s+\()(?:aged\s+)?[1-9]\d(?:,|\))")
WHO_AFTER = re.compile(r",\s+who\b")
COUNTRY_AFTER = re.compile(r"\s+of\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)")


def _introduced_as_a_person(corpus: Corpus, mentions: list[tuple[int, Mention]]) -> bool:
    """Some mention of the full name follows a people's adjective or goes before "of" and a
    country or ", who", or some mention goes before an age or "said he": a person's name, where no
    list knows the given name ("Russian Tarvo Melk", "Tarvo Melk of Belgium", "Jurko Varelin, 23,")."""
    for d, m in mentions:
        text = corpus.documents[d].text
        if AGE_AFTER.match(text, m.end) or _says_he(text, m.end) or _who_after(text, m):
            return True
        before = NATIONALITY_BEFORE.search(text, max(0, m.start - CUE_REACH), m.start)
        if " " in m.text.strip() and before is not None and before.group(1) in DEMONYMS:
            return True
        country = COUNTRY_AFTER.match(text, m.end)
        if " " in m.text.strip() and country is not None and _opens_on_a_country(country.group(1)):
            return True
    return False


def _who_after(text: str, m: Mention) -> bool:
    """A full name before ", who" ("Ann Vale, who plays the lead"), not opening on a common word nor
    ending on a plural, as a club's or a band's may go on so ("St Tarvel, who", "Harwick Sisters,
    who")."""
    words = m.text.split()
    return len(words) > 1 and WHO_AFTER.match(text, m.end) is not None \
        and zipf(words[0].lower()) < COMMON_WORD_ZIPF and not names_a_group(m.text)


def _opens_on_a_country(words: str) -> bool:
    parts = words.split()
    return any(" ".join(parts[:k]) in COUNTRIES for k in range(len(parts), 0, -1))


# A common English word this frequent (Zipf) is seldom a surname used alone ("Dreams", "Connection",
# "Squad"; surnames such as "Brown" or "Young" come with a given name or "Mr" somewhere)
COMMON_WORD_ZIPF = 4.5
TITLES_OF_PEOPLE = TITLE_WORDS | HONORIFICS     # before a common word, these still make it a surname


def _end_of_a_title_cased_name(name: str, mentions: list[tuple[int, Mention]]) -> bool:
    """A lone common word, silent, after a capitalised word that is no title or honorific, each
    time it is named: the last word of a name written in title case ("Star Dreams", "Harwick
    Developer Connection", "Tarvel Player Squad"), which read the word before as a person's title."""
    return " " not in name and zipf(name.lower()) >= COMMON_WORD_ZIPF and all(
        m.title and not m.speaker and m.title.split()[-1].lower() not in TITLES_OF_PEOPLE
        for _, m in mentions)


def _opens_on_a_first_name(mentions: list[tuple[int, Mention]]) -> bool:
    """Some mention opens on a first name of the census list ("Jo Tarvel"): where a role could be a
    person's or a company's ("broadcaster", "publisher", "developer"), the name says which."""
    return any(m.text.split()[0].lower() in FIRST_NAMES for _, m in mentions)


def _possessives(mentions: list[tuple[int, Mention]]) -> tuple[int, int]:
    """How often "its", and how often "his" or "her", is the first possessive after the name in
    its sentence ("Harwick Boerse said its profits rose", "Rio Tarvel praised his team")."""
    words = [m.owner_word for _, m in mentions]
    return words.count("its"), words.count("his") + words.count("her")


ROLE_QUALIFIER = re.compile(r"\s+(?:of|at|for|in|with|from|on|to|like|as|which|that|who)\s+")


# "of" between two capitals joins a body's name ("Bank of Tarvel governor"), not a role to what it is of
NAME_OF = re.compile(r"\b([A-Z][\w’'&.-]*\s+)of(\s+[A-Z])")


def _before_qualifier(role: str) -> str:
    """The words of a role phrase before what qualifies it: "head" of "head of the company", "Bank
    of Tarvel governor" whole."""
    plain = ROLE_QUALIFIER.split(role, maxsplit=1)[0]
    if " of " not in role:
        return plain
    joined = ROLE_QUALIFIER.split(NAME_OF.sub("\\1of_\\2", role), maxsplit=1)[0].replace("of_ ", "of ")
    return joined if joined.rsplit(None, 1)[-1][:1].islower() else plain      # "Bank of Tarvel" is a name


def _role_head(role: str) -> str:
    """The noun a role phrase is about: "head" of "head of the company", "firm" of "a US firm"."""
    words = _before_qualifier(role).split()
    return head_word(words[-1]) if words else ""


def _as_one(role: str, heads: frozenset[str] = ROLE_HEADS) -> str:
    """A person's role as a report writes it of several people it lists ("artists Ann Vale and
    Tom Reed", "members of his band"): its noun in the singular ("artist", "member of his band");
    with `heads` an organization's ("hedge funds Harwick and Tarvel": hedge fund)."""
    head_part = _before_qualifier(role)
    one = one_of_plural(head_part, heads)
    if not one:
        return role
    end = len(head_part)
    return role[:end - len(one) - 1] + one + role[end:]


def _a_name(role: str) -> bool:
    """The role is a name: its words capitalised but for those that join a name's ("Tarvel Group",
    "Bank of Harwick")."""
    return bool(role) and all(w[:1].isupper() or w[:1].isdigit() or w in NAME_JOINERS for w in role.split())


def _describes_only_a_person(role: str) -> bool:
    """A person's description that no firm is also given ("novelist", "flanker"; not "publisher",
    "producer": `PERSON_OR_FIRM_HEADS`)."""
    return _describes_a_person(role) and _role_head(role) not in PERSON_OR_FIRM_HEADS


def _described_as_a_body(role: str) -> bool:
    """A description before a name that says it is an organization in words written small ("oil
    giant Harwick"), not another name run into it ("Royal Court" before "Theatre")."""
    return _describes_an_organization(role) and role.split()[-1].islower()


def _describes_an_organization(role: str) -> bool:
    """ "the largest reinsurance company", "a regional airline": a role whose head noun is an
    organization's ("head of the company" is a person's: its head is "head")."""
    return _role_head(role) in ORGANIZATION_ROLE_HEADS


def _firm_of_professionals(role: str) -> bool:
    """A role noun in the plural that a firm is named by, for what its people are ("market analysts
    Harwick", "at brokers Tarvel", "auditors Harwick Vale")."""
    words = _before_qualifier(role).split()
    last = words[-1] if words else ""
    return last[:1].islower() and one_of_plural(last) in FIRM_PROFESSIONS


def _describes_a_person(role: str) -> bool:
    """ "a fantastic manager like …": a role only a person has."""
    head = _role_head(role)
    return (head in ROLE_HEADS or head in KINSHIP) and head not in ORGANIZATION_ROLE_HEADS


# A word before a name that makes it a thing's: an article or a possessive determiner ("the
# Harwick Classic", "his Tarvel Mini"). A person's name follows one only as an attribute of the
# noun after it ("a Tom Reed free kick", "the Ann Vale murders"), not before a function word.
THING_DETERMINER = re.compile(r"(?:^|\W)(?:the|a|an|his|her|its|their|my|your|our)\s+$", re.IGNORECASE)
NEXT_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")


# Nouns of a business that follow its name ("the Tarvel Estates label", "the Harwick Mills chain"),
# where a person's name before a noun names what they do or made ("the Tom Reed show")
BUSINESS_NOUNS = frozenset("label brand business chain firm company empire".split())


def _named_as_a_thing(corpus: Corpus, mentions: list[tuple[int, Mention]]) -> bool:
    """Never titled, and at least half of the mentions by the full name come after "the", "a" or a
    possessive ("the Harwick Classic", "his Tarvel Mini") and before no noun but a business's ("the
    Tarvel Estates label"): a title, an event, a product, a group or a firm named like a person, which
    a person's name is not ("Tom Reed said", "a Tom Reed free kick")."""
    if any(m.title for _, m in mentions):
        return False
    full = [(d, m) for d, m in mentions if " " in m.text.strip()]
    things = 0
    for d, m in full:
        text = corpus.documents[d].text
        if THING_DETERMINER.search(text, max(0, m.start - 8), m.start):
            after = NEXT_WORD.match(text, m.end)
            things += after is None or after.group(1) in STOP_WORDS or after.group(1) in BUSINESS_NOUNS
    return bool(full) and 2 * things >= len(full)


# A person's noun in the plural right before one name ("technology analysts Harwick", "rock
# veterans Tarvel Road"), not a list ("members Tom Reed and Ann Vale"), says the name is a group's
# or a firm's; "stars" is as often the verb ("the film stars Tom Reed")
PLURAL_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]*[a-rt-z]s)\s+$")
LIST_GOES_ON = re.compile(r"\s*(?:,\s*[A-Z]|\(|&|and\b|or\b)")
BOTH_NOUN_AND_VERB = frozenset({"stars"})


# A person's noun between a name and a person's name ("Harwick Digest economist Ann Vale", "Tarvo
# Mondel guitarist Tom Reed"): the first name is the body the person is of
MEMBER_AFTER = re.compile(r"\s+([a-z][a-z-]*)\s+(?:[A-Z][\w’'-]*\s+){1,2}")


# A share price's move right after the name ("Harwick Digest sliding 1.5%", "Tarvelco shares fell
# 3%"): a listed company's, as a person is never said to move by a percentage
PRICE_MOVE_AFTER = re.compile(r"(?:\s+shares)?\s+(?:" + MOVE_VERBS + r"|rising|falling|sliding|slid|dropping|"
                              r"gaining|losing|climbing|jumping|slipping|up|down)\s+(?:by\s+)?\d[\d.,]*\s*(?:%|per\s*cent)")
# A company's own officers and members after its possessive ("Harwick Digest's chairman", "Tarvel's
# shareholders"), which no person has
ORGANS_AFTER = re.compile(r"[’']s?\s+(?:chairman|chairwoman|board|shareholders|employees|workforce|"
                          r"chief\s+(?:executive|operating\s+officer|financial\s+officer)|"
                          r"(?:finance|managing)\s+director)\b")


def _after_a_firms_plural(corpus: Corpus, mentions: list[tuple[int, Mention]]) -> bool:
    """A mention right after a firm's profession in the plural that starts no list ("gone after
    auditors Grant Tarvel."), not an apposition after it ("Tom Reed and Ann Vale, analysts at …")."""
    for d, m in mentions:
        text = corpus.documents[d].text
        before = PLURAL_BEFORE.search(text, max(0, m.start - CUE_REACH), m.start)
        if before and _firm_of_professionals(before.group(1)) and not LIST_GOES_ON.match(text, m.end):
            return True
    return False


def _spoken_of_as_a_body(corpus: Corpus, mentions: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """The mentions right after a person's noun in the plural that name no list ("according to
    industry analysts Harwick Digest", "rock veterans Tarvo Mondel have joined"), before a person's
    noun and a person's name ("Tarvo Mondel guitarist Tom Reed", whose "his" after it is that
    person's), before a company's officers ("Tarvo Mondel's chairman") or a share price's move
    ("Tarvo Mondel sliding 1.5%"): a firm or a band named like a person, of whom the noun says
    what its people are."""
    found = []
    for d, m in mentions:
        text = corpus.documents[d].text
        if ORGANS_AFTER.match(text, m.end) or PRICE_MOVE_AFTER.match(text, m.end):
            found.append((d, m))
            continue
        member = MEMBER_AFTER.match(text, m.end)
        if member and _describes_a_person(member.group(1)) and head_word(member.group(1)) not in KINSHIP:
            found.append((d, m))
            continue
        before = PLURAL_BEFORE.search(text, max(0, m.start - CUE_REACH), m.start)
        if before is None or before.group(1) in BOTH_NOUN_AND_VERB or LIST_GOES_ON.match(text, m.end):
            continue
        word = before.group(1)
        if head_word(word) != word and head_word(word) in ROLE_HEADS:
            found.append((d, m))
    return found


# How reports name a product or a work: a noun of its kind right before it ("the song Tarvel Road",
# "web browser Tarvel", "comedy Tarvel Days"), a version, a copy, a user, an author or a sequel of it
# ("versions of Tarvel", "the author of Tarvel Days", "a new type of Tarvel"), the thing a verb of
# launching takes ("launching the Tarvel", "unveiled its Tarvel"), a passive that says it was made
# ("Tarvel was launched", "Tarvel, developed by Harwick"; a firm launches things, is not launched),
# and, said of a name read as a body's, the name before its kind noun after a determiner or an owner ("the Tarvel
# operating system", "its new Tarvel technology", "Harwick's Tarvel player"), a body's own
# ("Harwick's Tarvel", "a Harwick iTarvel", where Harwick is an organization of the pile), or counted
# in the plural ("sold two million iTarvels"), as no body is. A work is what a performer starred in
# ("starred in Tarvel Nights"), had a role, a cameo, a debut or a performance in, or appeared in ("her
# role in Tarvel Nights": s27, 2 fired on 44 piles of files sharing a word and 185 of 12 files, both
# right, none of them a place or a body, which "appeared in" may name), what stars one ("Tarvel
# Nights, starring Ann Vale", "…, which stars Tom Reed"), what is directed or written by someone, made
# into a film or translated, what has a cast ("the cast of Tarvel Nights"), a work's kind in apposition
# ("Tarvel Nights, a comedy starring …"), and,
# said of a body's name, what has actresses and a creator ("Tarvel actress Ann Vale", also in a
# headline, which holds no mention: "Tarvel creator's bid"). Measured on 185 BBC piles of 12 files
# (the five categories cut in order, award, festival and chart stories left out): 2 bodies dropped,
# both works (a soap, a novel); the apposition fires 17 times in the corpus, 16 on a work. One who acts
# speaks, is described as a body, or has people of its own ("Harwick's chief executive").
PRODUCT_NOUN_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]+)\s+$")
MADE_THING_OF = re.compile(r"\b(?:(?:versions?|copies|editions?|re-release|users|author|adaptation|remake"
                           r"|types?|models?|cast)\s+of|sequel\s+to|(?:starring|starred|co-starring|co-starred)\s+in"
                           r"|(?:roles?|performances?|cameo|debut|appeared|appears|appearing)\s+in"
                           r"|(?:launch|launched|launches|launching|unveil|unveiled|unveils|unveiling)\s+(?:the|its|their))"
                           r"\s+(?:the\s+)?$", re.IGNORECASE)
THE_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat|its|their)|[A-Z][\w.&-]*[’']s)\s+"
                        r"(?:(?:new|latest|first|second|third|fourth|fifth|last|next|original|old)\s+)?$")
KIND_NOUN_AFTER = re.compile(r"\s+(operating system|[a-z]+)\b(?![’'-])")
MADE_AFTER = re.compile(r",?\s+(?:(?:is|was|were|has been|have been|had been|will be|would be)\s+(?:first\s+)?"
                        r"(?:launched|released|unveiled|designed|developed|manufactured|shipped|installed|downloaded)"
                        r"|(?:developed|designed|made|manufactured|directed|written)\s+by|starring(?=\s+[A-Z])"
                        r"|which\s+(?:also\s+)?(?:stars|starred|co-stars|co-starred)(?=\s+[A-Z]))\b")
# a work made into another or translated, said of its title with no comma between ("Tarvel Nights is
# being made into a film"; not "a film starring Tom Reed, is being turned into a musical")
MADE_INTO_AFTER = re.compile(r"\s+(?:is|was|were|has been|have been|had been|will be|would be|is to be|are to be)"
                             r"\s+(?:being\s+)?(?:(?:made|turned)\s+into\s+an?|translated\s+into)\b")
# a work's kind in apposition after its title ("Tarvel Nights, an adaptation of the novel by …", "…, the
# sitcom about …"); the kind is the apposition's head, not a maker's or a school's noun ("a film maker")
WORK_APPOSITION_AFTER = re.compile(r",\s+(?:an?|the|his|her|their)\s+"
                                   r"(?:(?!(?:the|an?|of|in|on|at|by|for|with|behind|and)\s)[\w-]+\s+){0,3}?(?:adaptation|film|movie|album"
                                   r"|song|book|novel|sitcom|musical|comedy|drama|thriller|documentary|cartoon|sequel"
                                   r"|play|series|soap)(?:[,.;:]|\s+(?:of|by|about|based|starring|which|that|from|directed"
                                   r"|written|set)\b)")
# a work's kind said of the name by "is", as a whole noun phrase's head ("Tarvel Nights is a gorgeous
# movie", "Tarvel was the game", "… is among the few unmissable games of 2004"; not "is the biggest games
# publisher", "is the latest comedy star"). In the whole BBC corpus it follows a name 22 times, 21 of
# them a work's (the other a feast's); on the piles it took one film off the list
WORK_PREDICATE_AFTER = re.compile(r"\s+(?:is|was|will\s+be|has\s+been|remains)\s+(?:(?:one|among)\s+(?:of\s+)?)?(?:the|an?)\s+"
                                  r"(?:(?!(?:of|in|on|at|by|for|with|and|to)\s)[\w’'-]+\s+){0,3}?"
                                  r"(?:film|films|movie|album|song|book|novel|sitcom|musical|comedy|drama|thriller"
                                  r"|documentary|series|soap|game|games|programme)"
                                  r"(?=[,.;:!?]|\s+(?:of|by|about|based|starring|which|that|from|directed|written|set|to|in"
                                  r"|on|for|ever|since|and|with|yet|so|I|you|we|he|she|they|it)\b)")
# a work's subtitle after its series' title and a colon, inside a sentence ("the sequel to Tarvel
# Road: Harwick Nights"), not a team's line-up after its name ("Harwick Utd: Reed, Vale, …"). In the
# whole BBC corpus 82 names follow it, all but 3 a work's or its title's part (those 3 a reviews list's
# "Film" and a profile's headline); on the piles it took a game off the list in 2 piles of 3
SUBTITLE_BEFORE = re.compile(r"(?<=[a-z,] )(?:[A-Z][\w’'-]*\s+){0,4}[A-Z0-9][\w’'-]*:\s+(?:The\s+)?$")
LIST_AFTER = re.compile(r"\s*,\s+[A-Z]")
# a possessive after the name makes it the maker's, not the work ("starred in Tom Reed's film")
POSSESSIVE_AFTER = re.compile(r"[’'](?:s\b|(?=\s))")
MAKER_BEFORE = re.compile(r"(?:\bThe\s+)?((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*?)(?:[’']s|(?<=s)[’'])\s+$")
MAKER_WITH_ARTICLE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he) ((?:[A-Z][\w&-]* ){0,2}[A-Z][\w&-]*) $")
# who plays in a work or made it, written after its title ("Tarvel Nights actress Ann Vale", "the Harbour
# creator"): a body's staff are not so called, so said of a name read as a body's, the name is a work's
WORK_PEOPLE_AFTER = re.compile(r"\s+(?:actress|actor|actors|creator|co-creator|screenwriter)\b")
# ... and, said of a name read as a person's written in full, also its star, director or author ("the
# Tom Tarvel director, Ann Vale", "Tom Tarvel star Ann Vale"), as no person is called by another's name
# for what he does; a team's or a firm's may be ("Harwick star", "Harwick director"), so not of a body
PERSON_WORK_PEOPLE_AFTER = re.compile(r"\s+(?:actress|actor|creator|co-creator|screenwriter|star|co-star|director|author)"
                                      r"\b(?![’'-])")
COUNTED_BEFORE = re.compile(r"(?<![\w.,])(?:\d[\d,.]*|hundred|thousand|million|billion|m|bn)\s+$")
OWN_PEOPLE_AFTER = re.compile(r"[’']s?\s+([a-z]+)")
CUE_REACH = 30              # characters before a name read for its kind noun or "versions of"
PLURAL_OF_THE = re.compile(r"[A-Z][a-z]+s of the ")
MIN_PRODUCT_CUES = 2        # one such phrase may be a slip ("not a single Harwick …"); two are a habit
# A person's name that is a work's or a series' (a character's): it opens a title ("Tom Tarvel and the
# Harbour of Glass"), or a series' place is counted before it and a work's noun follows ("the third
# Tom Tarvel film", "the 21st Ann Vale book"). Read only of a name no report gives a role, a voice
# or a "his" or "her": a director's name is written before his film too ("the first Tom Reed film")
TITLE_RUN_ON_AFTER = re.compile(r"\s+and\s+the\s+[A-Z]")
SERIES_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next"
                                 r"|latest|\d+(?:st|nd|rd|th))\s+$")


# A character in a work, named as a performer's part: the part or the character it is ("the role of Tom
# Tarvel", "her role as retired spy Tom Tarvel", "the main character, Ann Vale"), played by someone
# ("Ann Vale, played by …"), or what a performer plays ("will play Tom Tarvel", "Ann Vale as Tom
# Tarvel"). A player meets another at tennis as "plays Tom Reed", and "Ann Vale as Tom Reed" may say who
# followed whom, so these alone are no sign of a part: a name is a character's where a part's words say so at least once and, with the verb,
# twice (once where that is its one mention), and no report titles it or has it speak. Measured (s27) on
# 44 BBC piles of files sharing a word (films, shows, games, books) and the 185 piles of 12 files: 9
# fired, all characters (two of them real people a film portrays); the verb and "as" alone before a full
# name are a match's opponent or a successor as often. "the part of" names a whole's part far more.
PART_BEFORE = re.compile(r"\b(?:role\s+of|[Cc]haracter,?|role\s+as(?:\s+(?:an?|the))?"
                         r"(?:\s+(?!(?:of|to|for|in|at|on|with|and|by)\s)[a-z][\w-]*){0,2})\s+$")
PLAYS_BEFORE = re.compile(r"(?:\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying)"
                          r"|[A-Z][\w'’-]*\s+(?:-\s+)?as)\s+$")
PLAYED_BY_AFTER = re.compile(r",?\s+(?:(?:who\s+)?(?:is|was|will\s+be)\s+)?(?:played|portrayed)\s+"
                             r"(?:(?:in|on)\s+(?:the\s+)?[a-z]+\s+)?by\b")


def _named_as_a_character(corpus: Corpus, mentions: list[tuple[int, Mention]]) -> bool:
    """Reports name it as a part one plays ("play Tom Tarvel", "the role of Tom Tarvel", "Tom
    Tarvel, played by Ann Vale"), once at least by a part's own words, and never title it or have
    it speak: a character in a work, no actor of the story."""
    if any(m.title or m.speaker for _, m in mentions):
        return False
    parts = plays = 0
    for d, m in mentions:
        text = corpus.documents[d].text
        reach = max(0, m.start - CUE_REACH)
        if PART_BEFORE.search(text, reach, m.start) and not POSSESSIVE_AFTER.match(text, m.end) \
                or PLAYED_BY_AFTER.match(text, m.end):
            parts += 1
        elif PLAYS_BEFORE.search(text, reach, m.start) and not POSSESSIVE_AFTER.match(text, m.end):
            plays += 1
    return parts >= 1 and (parts + plays >= MIN_PRODUCT_CUES or parts == len(mentions))


def _a_title_by_its_name(cluster: Cluster, actor: ActorFact) -> bool:
    """A body's name of a plural common word and "of the" ("Sons of the Tarvel") that neither speaks
    nor has a role: a work's title as likely."""
    return actor.kind == "organization" and actor.role in ("", actor.kind) and PLURAL_OF_THE.match(actor.name) is not None \
        and actor.name.split()[0].lower() not in ORG_HEADS and not any(m.speaker for _, m in cluster.mentions)


WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _cast_in_headline(title: str, names: set[str]) -> bool:
    """One of `names`, a whole word run, right before a work's people in a headline ("Tarvel Nights
    actress dies"): the headline's few such words looked up, not a pattern made for every name."""
    for m in WORK_PEOPLE_AFTER.finditer(title):
        before = title[:m.start()]
        if any(before.endswith(name) and (len(before) == len(name)
                                          or not WORD_OR_HYPHEN.match(before, len(before) - len(name) - 1))
               for name in names):
            return True
    return False


def _holds(text: str, mark: str, start: int, end: int) -> bool:
    """`mark` stands between `start` and `end`: what a pattern ending there must hold (a colon, an
    apostrophe) looked for first, as most names have none before them and the search is dear."""
    return text.find(mark, start, end) >= 0


def _named_as_a_product(corpus: Corpus, mentions: list[tuple[int, Mention]], body: bool,
                        makers: frozenset[str] = frozenset(), mute: bool = False, silent: bool = False) -> bool:
    """Reports name it as a made thing or a work at least twice, and more often than as one who acts
    ("users of Tarvel", "Harwick's jukebox Tarvel", "the song Tarvel Road"): software, a device, a
    film, a record, what a story is about rather than who acts in it. A title makes it a person.
    `body`: it is read as an organization, which a kind noun after it or a maker's possessive before
    it may say is a product; a person's name before a kind noun names what he made or is in ("the
    Tom Reed comedy", "a sequel to the Tom Reed film"), and a party's possessive goes before it.
    `makers`: the folded names of bodies whose possessive before it says they make it. `mute`: it
    is read as a person's name that never acts as one (no role, no speech, no "his", never by the
    surname alone, as reports write a person's name after the first time); once a kind noun before
    it or a made thing's phrase says it is a work ("the film Ann Vale"), a kind noun after it counts
    as for a body ("the Ann Vale musical"). `silent`: it is read as a person's name that no report
    gives a role, a voice or a "his" or "her" (but may write by its last word alone): a title it
    opens, or a series' place before it and a kind noun after, says it is a work's."""
    if len(mentions) < MIN_PRODUCT_CUES or any(m.title for _, m in mentions):
        return False
    cues = acts = told = 0
    # the most cues the headlines may add (one a report, for a body): with one a mention still to
    # read, the count cannot pass MIN_PRODUCT_CUES or the acts counted already, the answer is no
    # (a person named often, who speaks and is described, is read no further than that)
    in_headlines = len({d for d, _ in mentions}) if body else 0
    for k, (d, m) in enumerate(mentions):
        most = cues + len(mentions) - k + in_headlines
        if most < MIN_PRODUCT_CUES or most <= acts:
            return False
        text = corpus.documents[d].text
        acts += _acts(text, m)
        reach = max(0, m.start - CUE_REACH)
        before = PRODUCT_NOUN_BEFORE.search(text, reach, m.start)
        after = KIND_NOUN_AFTER.match(text, m.end)
        kind_after = after is not None and after.group(1) in PRODUCT_NOUNS
        if before and before.group(1) in PRODUCT_NOUNS or MADE_AFTER.match(text, m.end) \
                or WORK_APPOSITION_AFTER.match(text, m.end) or WORK_PREDICATE_AFTER.match(text, m.end) \
                or _holds(text, ":", max(0, m.start - 2 * CUE_REACH), m.start) \
                and SUBTITLE_BEFORE.search(text, max(0, m.start - 2 * CUE_REACH), m.start) \
                and not LIST_AFTER.match(text, m.end) \
                or MADE_INTO_AFTER.match(text, m.end) or not kind_after and not POSSESSIVE_AFTER.match(text, m.end) \
                and MADE_THING_OF.search(text, reach, m.start) \
                or silent and (TITLE_RUN_ON_AFTER.match(text, m.end) is not None
                               or kind_after and SERIES_PLACE_BEFORE.search(text, reach, m.start) is not None):
            cues += 1
            told += 1
        elif not body and " " in m.text.strip() and PERSON_WORK_PEOPLE_AFTER.match(text, m.end):
            cues += 1
            told += 1
        elif mute and kind_after and THE_BEFORE.search(text, reach, m.start):
            cues += 1
        elif body and (kind_after and THE_BEFORE.search(text, reach, m.start)
                       or (maker := (_holds(text, "’", reach, m.start) or _holds(text, "'", reach, m.start))
                           and MAKER_BEFORE.search(text, reach, m.start)
                           or MAKER_WITH_ARTICLE.search(text, reach, m.start)) is not None
                       and fold(maker.group(1)) in makers
                       or m.text.endswith("s") and COUNTED_BEFORE.search(text, reach, m.start)
                       or WORK_PEOPLE_AFTER.match(text, m.end) is not None):
            cues += 1
    if body:    # a headline's words are no mention, yet call a work's cast so ("Tarvel Nights actress dies")
        names = {m.text for _, m in mentions}
        cues += sum(_cast_in_headline(corpus.documents[d].title, names) for d in sorted({d for d, _ in mentions})
                    if not corpus.documents[d].title_generated)
    return cues >= MIN_PRODUCT_CUES and cues > acts and (told > 0 or not mute or body)


# How reports name a contest rather than a body that runs it: a noun of its play right after the
# name ("Harwick League matches", "the Tarvel Shield final", "a Harwick Trophy win") or a verb of
# winning, playing or qualifying right before it ("won the Tarvel Shield", "played in the Harwick
# League", "qualify for the Tarvel Shield", "out of the Harwick Cup"); a body that acts speaks or has people of its own
# ("the Harwick League said", "Harwick League chief executive Tom Reed"), which a contest has not.
CONTEST_NOUNS = frozenset("""match matches game games tie ties fixture fixtures final finals clash win wins
victory defeat draw stage qualifier qualifiers qualification knockout semi campaign title success
glory winner winners football debut place places spot""".split())
WON_BEFORE = re.compile(r"\b(?:(?:won|win|wins|winning|lift|lifted|lifting|retain|retained)\s+the"
                        r"|(?:play|plays|played|playing)\s+in\s+the|qualif\w*\s+for\s+the|(?:out|stages?)\s+of\s+the)\s+$")
MIN_CONTEST_SHARE = 0.5     # of its mentions: a body's name is written before "game" now and then


def _acts(text: str, m: Mention) -> bool:
    """The mention acts as a body does: it speaks, is described as one, or has people of its own
    ("Harwick's chief executive"), as no product, work or contest has."""
    own = OWN_PEOPLE_AFTER.match(text, m.end)
    return bool(m.speaker or m.role and _describes_an_organization(m.role) or own and own.group(1) in ROLE_HEADS)


def _named_as_a_contest(corpus: Corpus, mentions: list[tuple[int, Mention]]) -> bool:
    """Reports name it as a contest at least twice and in half its mentions, and it never acts:
    a competition ("Tarvel's Harwick League win"), no actor of the story."""
    cues = 0
    for d, m in mentions:
        text = corpus.documents[d].text
        if _acts(text, m):
            return False
        after = KIND_NOUN_AFTER.match(text, m.end)
        cues += after is not None and after.group(1) in CONTEST_NOUNS \
            or WON_BEFORE.search(text, max(0, m.start - CUE_REACH), m.start) is not None
    return cues >= MIN_PRODUCT_CUES and cues >= MIN_CONTEST_SHARE * len(mentions)


def names_a_group(name: str) -> bool:
    """A name ending on a plural or a number ("Tarvel Brothers", "the Harwick Six"): of a group."""
    last = name.split()[-1]
    return last.lower() in NUMBER_WORDS or last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _given_names_described(clusters: list[Cluster]) -> dict[str, set[str]]:
    """The first words of full names the reports write with a person's title or description
    ("Coach Ozrik Tarvelli", "flanker Jurko Varelin") -> the names they open: given names the
    documents themselves show, where no list knows them; not a common word, a country or a
    people's ("Royal", "Russian")."""
    given: dict[str, set[str]] = {}
    for cluster in clusters:
        for _, m in cluster.mentions:
            words = m.text.split()
            if len(words) > 1 and (m.title or _describes_only_a_person(m.role)) \
                    and words[0] not in COUNTRIES and words[0] not in DEMONYMS and not INITIAL.match(words[0]) \
                    and zipf(words[0].lower()) < PLAIN_WORD_ZIPF:
                given.setdefault(words[0].lower(), set()).add(cluster.name)
    return given


def _another_holds(names: set[str] | tuple[()], name: str) -> bool:
    """Some name besides `name` among `names`, without copying them: a common given name opens
    hundreds of the names of a large pile ("John" in the BBC corpus), and the difference of sets
    made for each of its holders took time growing with the square of their number."""
    return len(names) > 1 or bool(names) and name not in names


def _actor(cluster: Cluster, corpus: Corpus, bodies: frozenset[str] = frozenset(),
           given: dict[str, set[str]] | None = None) -> ActorFact | None:
    mentions = cluster.mentions
    if cluster.kind == "person" and len(mentions) < 2 and not any(m.evidence for _, m in mentions):
        return None
    docs = sorted({d for d, _ in mentions})
    refs = [SentenceRef(d, k) for d, k in sorted({(d, m.sentence) for d, m in mentions})]
    speakers = sum(m.speaker for _, m in mentions)
    kind = cluster.kind
    if kind == "person" and _end_of_a_title_cased_name(cluster.name, mentions):
        return None     # "Star Dreams", "Harwick Developer Connection": a thing's name, no person "Dreams"
    # a given name another's description shows ("flanker Jurko Tarvel" beside "Jurko Varelin"), not
    # the name's own: a firm described as "storage specialists" is no person for it
    given = given or {}
    shown = frozenset(w for w in {m.text.split()[0].lower() for _, m in mentions}
                      if _another_holds(given.get(w, ()), cluster.name))
    as_person = _named_as_a_person(mentions, shown) or kind == "person" and _introduced_as_a_person(corpus, mentions)
    its, his = _possessives(mentions)
    # one "its" after a name opening on a census first name is as likely another thing's ("told Ann
    # Vale he would keep its remit"), as after one a report describes as only a person is ("novelist
    # Tom Tarvel defended the film, saying it was brave for its subject")
    if kind == "person" and not as_person and its > his and (its > 1 or not _opens_on_a_first_name(mentions)
                                                            and not any(_describes_only_a_person(m.role)
                                                                        for _, m in mentions)
                                                            and not _by_surname_alone(cluster)):
        kind = "organization"      # "Harwick Boerse said its profits rose": never "Mr", never "his"
    # "East Harwick", "Upper Marsh", "Harwick North": a compass or region word first or after a
    # name, never a person's title, first name or surname; one the reports write alone for the
    # name, going on with "his" or "her" more than "its", is a person's surname ("Tarvo West …
    # West said his label"), as a place's compass word is never written alone for it
    words = cluster.name.split()
    surname = len(words) == 2 and words[-1].lower() in COMPASS_WORDS and words[-1] in cluster.words and his > its
    if kind == "person" and not as_person and not surname and (words[0].lower() in COMPASS_WORDS
                                                                or len(words) == 2
                                                                and words[-1].lower() in COMPASS_WORDS):
        if not speakers:
            return None
        kind = "organization"      # "North Harbour Mills said …": it speaks, so it is no place
    # "Tarvel Software said", "Harwick Networks": a word of a line of business ends a firm's name,
    # never a person's, who would be titled, given a first name or "his" somewhere
    if kind == "person" and not as_person and his <= its and " " in cluster.name \
            and cluster.name.split()[-1].lower() in FIRM_NAME_ENDINGS:
        kind = "organization"
    # "Air Tarvel", "Bank Harwick", "Radio Tarvel": a carrier's, a bank's or a station's name opens
    # on its line of business, as no person's opens on a common noun
    if kind == "person" and not as_person and his <= its and len(words) > 1 and words[0].lower() in FIRM_OPENINGS \
            and not any(m.title for _, m in mentions):
        kind = "organization"
    # "said Le Tarvel newspaper", "Harwick Fields company": a name before a firm's or an outlet's
    # noun is that body's, as a person's is only before a noun of the person's own (a "government",
    # a "camp"), and is titled, given a first name or "his" somewhere
    if kind == "person" and not as_person and his <= its and not any(m.title for _, m in mentions) \
            and any(_before_a_body_noun(corpus.documents[d].text, m.end) for d, m in mentions):
        kind = "organization"
    # a surname used alone ("Dravic said") is a person's
    if kind == "person" and len(mentions) >= 2 and not as_person and his <= its and not any(
            m.role or m.affiliation or " " not in m.text.strip() for _, m in mentions) \
            and not _opens_on_a_first_name(mentions):
        kind = "organization"      # "Nordhafen Boerse said …": never titled, never a given name, never "his"
    # a role holding the actor's own full name is another's ("'Tarvel', a film about singer Tom
    # Tarvel," read on a lone "Tarvel"): no role of the actor's
    name = cluster.name
    described = [(d, m) for d, m in mentions if " " not in name or name not in m.role]
    role, affiliation, role_refs = _choose_role(described, person=kind == "person")
    if kind == "person" and _describes_an_organization(role) and (not as_person and not (
            _role_head(role) in PERSON_OR_FIRM_HEADS and _opens_on_a_first_name(mentions))
            or _role_head(role) in FIRM_HEADS and not any(m.title for _, m in mentions)):
        kind = "organization"      # "Harwick Re, the largest reinsurance company, said"; not "Kim Orr, publisher"
        role, affiliation, role_refs = _choose_role(described)
    elif kind == "person" and not any(m.title for _, m in mentions) \
            and any(_role_head(m.role) in FIRM_HEADS for _, m in described):
        # "auditors Grant Tarvel … accountancy firm Grant Tarvel": a firm, though another description
        # is said more often; its role one that says what a body is
        kind = "organization"
        role, affiliation, role_refs = _choose_role([(d, m) for d, m in described if _describes_an_organization(m.role)])
    elif kind == "person" and his <= its and not any(m.title for _, m in mentions) \
            and _after_a_firms_plural(corpus, described):
        # "auditors Grant Tarvel", "at brokers Ann Vale": a profession's plural before one name says
        # its people are the firm's, whatever given name opens it; one person is "auditor Tom Reed"
        kind = "organization"
        role, affiliation, role_refs = _choose_role([(d, m) for d, m in described if _firm_of_professionals(m.role)])
    # "Tarvel Decisions", "Harwick Chambers": a common noun's plural ends a firm's, a band's or a
    # chambers' name, where nothing says a person's (a given name, a title, a person's description,
    # the last word written alone: "Ann Tarvels … Tarvels said")
    if kind == "person" and not as_person and his <= its and len(words) == 2 and common_plural(words[-1]) \
            and not _opens_on_a_first_name(mentions) and not _by_surname_alone(cluster) \
            and not any(_describes_a_person(m.role) for _, m in mentions):
        kind = "organization"
        role, affiliation, role_refs = _choose_role(described)
    # "Harwick Lynch … Harwick said": a firm goes by its first word, a person by the last
    if kind == "person" and not as_person and his <= its and len(words) == 2 and words[0] in cluster.words \
            and words[-1] not in cluster.words and not _opens_on_a_first_name(mentions) \
            and sum(m.text == words[0] for _, m in mentions) >= FIRST_WORD_HABIT \
            and not any(_describes_a_person(m.role) for _, m in mentions):
        kind = "organization"
        role, affiliation, role_refs = _choose_role(described)
    # "Harwick Rovers … Rovers have signed him": a surname written alone never takes a plural verb,
    # a team's or a band's last word does, whatever given name its first word is; nor does one
    # person's full name ("Duran Vale are to tour … Duran Vale were formed in 1971": a band), but
    # for one described as a person ("and shadow minister Tom Reed have")
    lone = [(d, m) for d, m in mentions if m.text == words[-1] or m.text == cluster.name and not m.title
            and (not m.role or _plural(m.role))] if kind == "person" and len(words) > 1 else []
    if lone and not his and not any(m.title for _, m in mentions) \
            and _agreements_as_a_group({d: corpus.documents[d].text for d, _ in lone}, lone) >= MIN_AGREEMENTS:
        kind = "organization"
        role, affiliation, role_refs = _choose_role(described)
    grouped = _spoken_of_as_a_body(corpus, mentions) if kind == "person" and not as_person else []
    if grouped and not _opens_on_a_first_name(mentions) \
            and _possessives([(d, m) for d, m in mentions if (d, m) not in grouped])[1] <= its:
        kind = "organization"      # "industry analysts Harwick Digest": a firm's people, not one person
        role, affiliation, role_refs = _choose_role(described)
    if kind == "person" and _named_as_a_thing(corpus, mentions):
        if not speakers and not names_a_group(cluster.name):
            return None
        kind = "organization"      # "the Tarvel Brothers": a group, as a name in the plural says
        role, affiliation, role_refs = _choose_role(described)
    # "users of Tarvel", "the song Tarvel Road": a product or a work, no actor; not a name ending on
    # a body's head word ("the Harwick Party's ...", "the IMF's European Department")
    if kind != COUNTRY_ROLE and len(mentions) >= MIN_PRODUCT_CUES and cluster.name.split()[-1].lower() not in ORG_HEADS \
            and _named_as_a_product(corpus, mentions, kind == "organization", bodies, kind == "person" and not (
                his or speakers or any(m.role or " " not in m.text.strip() for _, m in mentions)),
                kind == "person" and not (his or speakers or any(m.role for _, m in mentions))):
        return None
    if kind == "person" and _named_as_a_character(corpus, mentions):
        return None     # "the role of Tom Tarvel", "will play Tom Tarvel": a part in a work, no actor
    # "Port Haldane said", "Port Haldane has become …": a larger city's name of several words that no
    # title or person's description goes with is the city's, not a person's; a body named so (a city's
    # team: "Port Haldane have signed …") stays one
    if kind == "person" and not as_person and fold(cluster.name) in CITY_KEYS:
        return None
    if kind == "person" and not as_person and not speakers and any(m.place_cue for _, m in mentions) \
            and not any(m.role for _, m in mentions):
        return None     # "the town of Santa Vera", "the Santa Vera region": a place no title or speech makes a person
    if kind == "organization" and _named_as_a_contest(corpus, mentions):
        return None     # "Harwick League matches", "won the Tarvel Shield": a contest, no actor
    if kind == "organization" and not speakers and ACRONYM_PLURAL.fullmatch(cluster.name):
        return None     # "VRPGs", "PDAs": an acronym's plural names things or people of a kind, no one body
    if kind == "organization" and (_describes_a_person(role) and not _firm_of_professionals(role) or _a_name(role)):
        # "the finishing touch at Harwick is a fantastic manager"; "Harwick Tobacco, Tarvel Group and
        # …": another body's name, from a list read as an apposition, says nothing of this one
        role, affiliation, role_refs = "", "", []
    elif kind == "organization" and role and all(m.role_rank == OWNER_RANK for _, m in mentions if m.role == role):
        # an owner before an organization's name is its holder, not what it is: "Harwick's Premier
        # League" is no league called Harwick, nor "Ann Vale's Tony" an award called Vale
        role, affiliation, role_refs = _choose_role([(d, m) for d, m in described if m.role_rank != OWNER_RANK])
    if kind == "person":
        role = _as_one(role)
    elif kind == "organization" and not _plural(cluster.name):
        role = _as_one(role, ORGANIZATION_HEADS)        # "hedge funds Harwick and Tarvel": a hedge fund
    name = cluster.name
    # a given name alone ("Robert") is a slip, counted as a mention but no alias to search by
    # a collective's full names not written so ("Peru military junta" for "Peru’s military junta") are no aliases
    written = cluster.forms
    aliases = sorted({v for v in cluster.variants
                      if v != name and (not written or v in written.verbatim or v not in written.full)}
                     | set(cluster.titled)
                     | {w for w in cluster.words if w != name and w.lower() not in GIVEN_NAMES})
    # 'Dorvan "DJ" Kettleby' is also searched for, and written, without the nickname
    aliases = sorted(set(aliases) | {without_nickname(n) for n in (name, *aliases)} - {name})
    # "Tory's" beside "Tory": the possessive of a name also written without it is no other name
    plain = {name, *aliases}
    aliases = [a for a in aliases if not (POSSESSIVE_END.search(a) and POSSESSIVE_END.sub("", a) in plain)]
    score = len(mentions) + SOURCE_WEIGHT * (len(docs) - 1)       # and its speech, once its quotations are known
    actor = ActorFact(name=name, kind=kind, role=role, affiliation=affiliation, aliases=aliases,
                      mentions=len(mentions), docs=docs, role_refs=role_refs, mention_refs=refs,
                      score=round(score + log(1 + len(docs)), 4))
    return actor


def _choose_role(mentions: list[tuple[int, Mention]], person: bool = False) -> tuple[str, str, list[SentenceRef]]:
    """The role stated most often (titles and appositives before "X is a …", and those before a
    party name standing in for one; a singular before a plural), first stated on ties; a person's
    affiliation, where no mention with that role states one, is the organisation read for want
    of a role elsewhere."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int, int]] = {}
    carriers: dict[str, list[tuple[int, Mention]]] = {}
    affiliations: dict[str, int] = {}
    for order, (doc, m) in enumerate(mentions):
        if m.affiliation:
            affiliations[m.affiliation] = affiliations.get(m.affiliation, 0) + 1
        if m.role:
            key = m.role.lower()
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, (ROLE_CLASS.get(m.role_rank, 2), doc, order))
            carriers.setdefault(key, []).append((doc, m))
    if not counts:
        return "", _most_common(affiliations), []
    # a plural ("Harwick sprinters Ann Vale and Ruth Cole") names a group the actor is in: a singular
    # role of the same class is its own
    best = min(counts, key=lambda k: (first[k][0], _plural(k), -counts[k], first[k][1:]))
    chosen = carriers[best]
    own: dict[str, int] = {}
    for _, m in chosen:
        if m.affiliation:
            own[m.affiliation] = own.get(m.affiliation, 0) + 1
    refs = [SentenceRef(d, k) for d, k in sorted({(d, m.sentence) for d, m in chosen})[:MAX_ROLE_REFS]]
    # "Chief executive Tom Reed" here, "Tom Reed, of the Harwick Union," there: the role is held at
    # that organisation (not at an owner, "Harwick's Tom Reed", who may be a film he is in or a
    # channel he spoke to)
    members = {m.role.lower() for _, m in mentions if m.role_rank == MEMBER_RANK}
    held_at = {key: n for key, n in counts.items() if key in members} \
        if person and first[best][0] < ROLE_CLASS[MEMBER_RANK] else {}
    affiliation = _most_common(own or affiliations)
    if held_at and not affiliation:
        at = carriers[_most_common(held_at)]
        affiliation = at[0][1].role
        refs = sorted({*refs, SentenceRef(at[0][0], at[0][1].sentence)})    # the cell cites where each part is said
    return chosen[0][1].role, affiliation, refs


def _most_common(counts: dict[str, int]) -> str:
    return min(counts, key=lambda a: (-counts[a], a)) if counts else ""


def _drop_ambiguous_aliases(actors: list[ActorFact]) -> None:
    """A surname two actors share ("Lim") is no alias of either."""
    owners: Counter[str] = Counter()
    for actor in actors:
        owners.update({fold(a) for a in actor.aliases} | {fold(actor.name)})
    for actor in actors:
        actor.aliases = [a for a in actor.aliases if owners[fold(a)] == 1]
