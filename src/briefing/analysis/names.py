"""Names in one document: people, organizations and countries, with titles, roles and aliases.

Capitalised runs are split into titles, countries and names; a role is read from the words
around a name ("Chilean Foreign Minister Tomas Arrieta", "Lena Marsh, a specialist at …"); and
surname-only or title+surname references are resolved to the person introduced in the same
document, so that two people who share a surname in different documents stay apart.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, fields
from operator import attrgetter

from rapidfuzz.distance import Levenshtein

from briefing.analysis.collectives import (
    COLLECTIVE_HEADS,
    collective_after,
    same_collective,
    short_collectives,
)
from briefing.analysis.lexicon import (
    COMMON_THRESHOLD,
    COMPASS_WORDS,
    CONTINENTS,
    COUNTRIES,
    DAY_NAMES,
    DEMONYMS,
    EVENT_HEADS,
    FIRST_NAMES,
    GIVEN_NAMES,
    HONORIFICS,
    IRREGULAR_PAST,
    KINSHIP,
    LINE_OF_BUSINESS,
    MONTHS,
    NAME_PARTICLES,
    NEVER_A_NAME,
    ORG_HEADS,
    ORG_UNITS,
    ORGANIZATION_ROLE_HEADS,
    OUTLET_SURNAMES,
    PARTY_CREEDS,
    PARTY_FOLLOWERS,
    PARTY_NICKNAMES,
    PEERAGE_TITLES,
    PEOPLE_WORDS,
    PLACE_HEADS,
    POST_NOMINALS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    ROLE_STOPS,
    ROYAL_TITLES,
    SAY_VERBS,
    SENTENCE_START_THRESHOLD,
    SURNAME_HONORIFICS,
    TEMPORAL_MODIFIERS,
    THING_ACRONYMS,
    TITLE_WORDS,
    country_of,
    zipf,
)
from briefing.analysis.memo import DocumentMemo
from briefing.analysis.roles import (
    AUXILIARIES,
    DESCRIPTION_QUALIFIERS,
    ORGANIZATION_HEADS,
    PERSON_HEADS,
    class_called,
    head_word,
    kin_before,
    organization_role_after,
    organization_role_copula,
    person_class_before,
    role_after,
    role_as,
    role_before,
    role_copula,
    role_credited,
    role_of_listed,
    split_affiliation,
)
from briefing.analysis.words import DIGIT, at_word_start
from briefing.model import Document

WORD = re.compile(r"[^\W\d_](?:\w|&(?=\w))*(?:[’'\-‐‑.](?:\w|&(?=\w))+)*\.?|\d\w*(?:[.,]\d+)*")
INITIAL = re.compile(r"^[A-Z]\.$")
# A list of names: at least this many commas and brackets, and at most this share of its words
# (of three letters or more) in small letters; a sentence naming three people has verbs and
# articles between them ("… said Ann Lowe, who met Tom Pike and Jo Varr in Harwick") well above it.
LIST_MARKS = 3
LIST_LOWER_SHARE = 0.15
LIST_WORD = re.compile(r"[^\W\d_]{3,}")
# A role set before the name it describes, opening its sentence: "The new chairman of the Harwick
# Bar, Ann Holt, said", "The host of the talks, Jo Orr," (the office, then what it is of, if said).
# Two roles may be joined: "The veteran autocrat and host of this year's summit, Jo Orr,".
# It opens its sentence, or the story after a dateline ("HARWICK — The new chairman …").
# Also after an owner, and of a place: "The Harwick Times's correspondent in Tarvel, Ann Holt, said",
# where the owner may open the sentence itself ("Tarvel's vice president of research, Ann Holt, said").
ROLE_AHEAD = re.compile(r"(?:^|[.!?]\s+|[.!?][\"”’]\s+|\s[—–]\s+)"
                        r"(?:(?:[Tt]he|An?)\s+|(?=(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*[’']s\s))"
                        r"((?:(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*[’']s\s+)?(?:(?:new|former|outgoing|acting)\s+)?"
                        r"(?:[a-z][\w-]*\s+){0,2}?(?:[a-z][\w-]*\s+and\s+(?:[a-z][\w-]*\s+)?)?([a-z][\w-]*)"
                        r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?(?:[\w&’'.-]+\s+){0,4}[\w&’'.-]+)?),\s*$")
LIST_OPENERS = frozenset("such including like".split())
DASH_AFTER = re.compile(r"\s+[-–—]\s+")      # "Lord Tarrow - a senior judge - said"
# what closes an apposition after a name: "The chairman, Lord Tarn, said", "… said its chairman, Sir Tom Reed."
APPOSITION_CLOSED = re.compile(r"\s*(?:[,.;]|$)|\s+[-–—]\s")
# Endings of the words for a place's people ("New Yorker", "Texan", "Parisian", "Milanese"),
# which may stand before a person's name.
PLACE_PEOPLE_ENDINGS = ("er", "an", "ese", "ite", "i")
# Those that make a role: not "-i", which many given names end in ("Dani Rhys Tarvel")
PLACE_PEOPLE_ROLES = ("er", "an", "ese", "ite")
PLACE_PEOPLE_RANK = 2      # Mention.role_rank of such a word: any title or apposition says more
CLASS_RANK = 2             # ... and of the class a report puts a person in ("players such as Tom Reed")
NATIONALITY_RANK = 5       # ... and of a people's word alone ("Varish Tom Reed"): anything else says more
# a people's word before a name, of two words or one ("South Varish", "Varish"), not an owner's ("Tom's
# Varish"): `words` the last two capitalised words where there are two, `word` the last
PEOPLE_WORD_BEFORE = re.compile(r"(?<![\w’'&.-])(?P<words>(?:[A-Z][a-z]+\s)?(?P<word>[A-Z][a-z]+))\s$")
ANY_GIVEN_NAME = FIRST_NAMES | GIVEN_NAMES
TITLING = TITLE_WORDS | HONORIFICS | ROLE_HEADS     # a word a name may have before it as its title
# (not where a name follows: in "Lib Dem MP Tom Reed" the letters are his title, no party's)
POST_NOMINAL_AFTER = re.compile(r"\s+(?:QC|KC|MP|MEP|MSP|MLA|OBE|MBE|CBE|KBE)\b(?!\s+[A-Z][a-z])")
# Letters after a name that say what the person is ("MP", "QC"), unlike "Jr" or "OBE".
OFFICE_POST_NOMINALS = frozenset("mp mep msp mla qc kc".split())
# Prepositions written with a capital inside an organisation's name, after its head ("League
# Against Noisy Neighbours", "Coalition Without Borders"); elsewhere a capitalised one splits a headline.
NAME_PREPOSITIONS = frozenset("against without".split())
NEXT_WORD = re.compile(r"[’']?s?\s+([A-Za-z]+)")
DOTTED = re.compile(r"^(?:[A-Za-z]\.){2,}$")
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,6}$")
# "the Harwick family": a surname, then the word for the family it names
FAMILY_AFTER = re.compile(r" family\b(?![’'-])")
THE_BEFORE = re.compile(r"\b[Tt]he (?:[a-z][\w-]* ){0,2}$")
# "Harwick.com", "Tarvelnet.org": a web address written as a name is a site's or its firm's
WEB_NAME = re.compile(r"^[A-Z][A-Za-z0-9-]*\.(?:com|org|net)$")
# a word said of a person only, right before a name ("compatriot Ann Vale", "fellow Tarvelian Tom
# Reed", "team-mate Tom Reed"): a closed class, unlike the many nouns a firm shares ("rival", "partner")
PERSON_WORD_BEFORE = re.compile(at_word_start("Compatriot", "compatriot", "Country(?:wo)?man", "country(?:wo)?man",
                                              "Team-?mate", "team-?mate", "Club-?mate", "club-?mate",
                                              r"Fellow(?:\s+[A-Z][a-z]+)?", r"fellow(?:\s+[A-Z][a-z]+)?") + r"\s+$")
# words said of a company as a thing owned, bought or sold, right before its name ("a 56% stake in
# Beacon", "owned by Beacon", "a takeover of Beacon", "shares in Beacon")
OWNED_BEFORE = re.compile(r"\b(?:(?:stake|stakes|shares|holding|holdings)\s+in|owned\s+by|(?:takeover|acquisition|"
                          r"flotation|listing)\s+of|(?:bid|offer)\s+for|merger\s+with)\s+$")
# a brand written on a lower-case prefix letter before a capital ("eTarvel", "iHarwick"): capitalised
# for a name; two lower-case letters after the capital at least, so units ("kWh", "mAh") are not names
LOWER_CAMEL = re.compile(r"^[a-z][A-Z][a-z]{2,}[A-Za-z]*$")
# such a word right after an article or owner ("an iHarwick", "her iHarwick") names a thing, a
# product; not after a word between ("the moment eTarvel", "operators that host eTarvel")
THING_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Yy]our|[Mm]y|[Oo]ur|[Tt]his"
                                     r"|[Tt]hese|[Tt]hose)\s+$")
CAMEL = re.compile(r"^(?!Mc|Mac|Di[A-Z]|De[A-Z]|Du[A-Z]|Le[A-Z]|La[A-Z])(?=[A-Za-z&]*[a-z])[A-Z][A-Za-z&]*[a-z&]*[A-Z][A-Za-z&]*$")   # TeleNova, NewsWire
# (not a family name's prefix: "McKay", "DiMarco", "LeBlanc")
HYPHEN_BEFORE_CAPITAL = re.compile(r"[-‐‑](?=[A-Z])")
FIRST_ALNUM = re.compile(r"[^\W_]")
PLAIN_WORD = re.compile(r"([^\W\d_]+)[,;:!?)\]\"”]*\.?$")
# A stretch of words each starting with a capital (or a name particle between them), not right after
# a digit: "20Mbps", "2230GMT" are units, no names
_CAP = r"(?:[A-ZÀ-ÖØ-ÞĀ-ž]|[a-z](?=[A-Z][a-z]{2}))[^\s]*"     # "eTarvel": LOWER_CAMEL
# a nickname in quotation marks inside a person's name ('Dorvan "DJ" Kettleby'): one word, capitalised,
# between a given name and a capitalised word (not 'an Americanised "Tom" Reed': a word before, no name)
NICKNAME = r"\s[\"“][A-Z][\w.]*[\"”](?=\s[A-Z][a-z])"
NICKNAME_GAP = re.compile(r"\s[\"“][A-Z][\w.]*[\"”]\s")
CAPITAL_STRETCH = re.compile(r"(?<![^\W_])" + _CAP + r"(?:(?:" + NICKNAME + r")?\s{1,2}(?:(?:" + "|".join(sorted(NAME_PARTICLES | {"of", "for", "and", "the", "&"}))
                             + r")\s+)*(?:" + _CAP + r"|\d+[A-Z]?\b))*")
# "Harwick & Tarvel", "Pellow & Varrick Research": an ampersand between capitalised words joins one
# name (a firm's, a band's, a duo's), as news prose writes a list of two names with "and"
AMPERSAND = "&"
# "X said", "X has also told": the word after a name and its auxiliaries, looked up in SAY_VERBS
# (a set look-up, not a regex alternation of every verb: this runs for every name)
SAID_AFTER = re.compile(r"(?:[’']s?)?,?\s+(?:(?:has|had|also|then|later|again|previously|earlier|"
                        r"once|repeatedly)\s+)*([a-z]+)\b", re.I)
# "Jane Doe, chair of the group, said": the speaker behind an appositive
# An apposition saying only where a person is from: ", of the Harwick Dockers Union," (its name,
# of capitalised words and the joiners of names).
FROM_ORGANIZATION = re.compile(r"\s*,\s*(?:of|from)\s+(?:the\s+)?((?:[A-Z][\w&’'.-]*)(?:\s+(?:of|for|and|on|the|&|"
                               r"Against|Without|[A-Z][\w&’'.-]*))*)\s*,")
# ... or without commas: "Jo Pike of the Harwick Dockers Union said" (with "the": "Jo Pike of
# Harwick" names a town)
OF_THE_ORGANIZATION = re.compile(r"\s+of\s+the\s+((?:[A-Z][\w&’'.-]*)(?:\s+(?:of|for|and|on|the|&|"
                                 r"Against|Without|[A-Z][\w&’'.-]*))*)(?![\w&’'.-])")
# ... and a name inside an apposition of another: "Tom Pike, MP for Harwick, said" (Harwick does
# not speak; ", with Harwick saying" does).
# "Jo Pike, of the …", "Jo Pike, 34, from Eastbrook, …", "Ann Holt, with the hunt in Brackwell, …":
# a name inside another's apposition, after its preposition and maybe a town before the county
CLAUSE_END = re.compile(r"\s*(?:[.;]|$)")     # a name that ends its sentence or clause
FROM_BEFORE = re.compile(r"\b[A-Z][\w’'.-]*,\s*(?:[\w’'-]+,?\s+){0,6}?(?:of|from|for|at|in)\s+(?:the\s+)?"
                         r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},\s+)?$")
# a sentence that ends on a full stop, a question or an exclamation, as no headline does
SENTENCE_CLOSE = re.compile(r"[.!?][\"”’')]*\s*$")
ROLE_OF_BEFORE = re.compile(r"\b([A-Za-z][\w-]*)\s+(?:of|for|from)\s+(?:the\s+)?$")
# (the apposition may close on a gloss between dashes: ", chief executive of Harwick - a firm which
# sells music - believes")
SAID_AFTER_APPOSITIVE = re.compile(r"\s*,[^,;:\"“”]{1,120}(?:,|\s[-–—]\s[^,;:\"“”–—]{1,120}\s[-–—])\s+([a-z]+)\b")
# what an apposition opens on after a person's name: a determiner (", the government's reviewer of …,")
APPOSITION_OPENING = re.compile(r"\s*,\s+(?:the|a|an|another|his|her|their)\s")
# an apposition said of a person, then a say-verb: an age (", 45," or ", aged 45, from Harwick,"),
# where the person is from or of or whom they speak for (", from the Harwick Trust,", ", for the
# Harwick Greens,"), where or how they spoke (", in a statement,", ", speaking to reporters,"), a
# group they are one of (", one of Mr Tarvel's lawyers,"), a clause on who they are (", who lives
# nearby,") or a sentence adverb (", however,", ", meanwhile,": a closed class).
# Not before "saying": in "Reed defended Ann Vale, who …, saying" the saying is Reed's
PERSONAL_APPOSITION = re.compile(r"\s*,\s+(?:(?:aged\s+)?\d{1,3}(?:,\s+(?:from|of)\s[^,;:\"“”]{1,80})?"
                                 r"|(?:from|of|for|in|speaking\s+\w+|one\s+of|who|whose)\s[^,;:\"“”]{1,120}"
                                 r"|however|meanwhile|though|too|also|instead|nevertheless|nonetheless)"
                                 r",\s+([a-z]+)(?<!ing)\b")
# a name before a noun and another name modifies the noun: "Voss's Harwick club-mate Ada Reyes"
GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s*$")
# the end of the sentence before a word, or a quotation opening: the word after may be capitalised only
# as the sentence's first
SENTENCE_OPENER = re.compile(r"[.!?:;\"“”\n]\s*$")
MODIFIES_NEXT = re.compile(r"\s+([a-z][\w-]*)\s+[A-Z]")
OWNER_CHARS = 40       # how far back a possessive owner before a name is looked for
OWNER_RANK = 3         # Mention.role_rank of a role read from a possessive owner ("Reform's X")
MEMBER_RANK = 4        # ... and of one read from the organisation a person is of ("X, of the Harwick Union,")
POSSESSIVE_OWNER = re.compile(r"(?:^|[\s(])([A-Z][\w&-]+)[’']s\s+$")
# a say-verb put before its speaker follows the words said: '"…," said X', "…, added X"
INVERTED_SAY = re.compile(r"(?:^|[,:;\"“”’'—–-])\s*[A-Za-z]+\s+$")
ROLE_WORD_BEFORE = re.compile(r"\b([a-z][\w-]*)\s+$")     # "spokesman Tom Reed"
INDEFINITE_ROLE = re.compile(r"\b(?:a|an)\s+((?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+(?:has|have|had|to|who|is|was|said|says|told)\b)")
EDGE_PUNCTUATION = ".,;:!?\"“”‘’'()[]"
COUNTRY_FIRST_WORDS = frozenset(w.split()[0] for w in list(COUNTRIES) + list(DEMONYMS))
CONNECTORS = frozenset({"of", "for"})       # inside organization names only
# A person's plain nouns, heads of an apposition that holds no role noun (a closed class)
PLAIN_PERSON_NOUNS = frozenset("man woman".split())
APPOSITION_HEADS = ROLE_HEADS | KINSHIP | PLAIN_PERSON_NOUNS
# An event's last words beside the lexicon's (a closed class): "the Harwick Classic", "the Tarvel Motor
# Show" are a tournament and a fair, no body (left out of the lexicon's, which names issues too)
NAMED_EVENT_HEADS = EVENT_HEADS | frozenset("classic show".split())
LOCATIVES = frozenset("in at from near to across around outside inside into via through towards".split())
# A place's nouns before "of" and its name ("the town of Harwick", "the resort of Tarvel Bay"), a
# closed class ("state" left out: "the state of Harwick's finances")
PLACE_OF = frozenset("town city village province region county district island resort port suburb".split())
AMBIGUOUS_MONTHS = frozenset({"may", "june", "april", "august"})   # also names after a first name
UNIT_NUMBER = re.compile(r"^[A-Z]{0,2}\d+[A-Z]?$")     # "14", "W9" after "District"
TITLE_CASE = re.compile(r"[A-Z][a-z]+")
LOWER_CASE = re.compile(r"[a-z]+")
# what the land or the sea forms, after a name only a place's ("the Harwick valley", "the Tarvel
# river"): a closed class
LANDFORMS = frozenset("""fault river valley lake mountains coast delta basin peninsula island islands gulf
bay strait desert plateau glacier hills plains sea ocean""".split())
# After a place: ", Peru", " region", "-based"; not an apposition on the country ("Veltrion,
# Peru's largest bank,")
PLACE_AFTER = re.compile(r"(?:[’']s)?(?:,\s+(?:" + "|".join(re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True))
                         + r")\b(?![’']s\b)|\s+(?:region|province|state|city|area|district|county|prefecture|township|"
                         r"metropolitan|" + "|".join(sorted(LANDFORMS)) + r")\b|[-‐‑](?:based|area)\b)")
# a capital, then one digit: a band's, a firm's or a channel's name ("Z7", "Q5") as well as a
# summit's or a model's ("V9", "K7"); read as a name, an actor only where it acts (`actors`)
BRAND_WITH_DIGIT = re.compile(r"[A-Z]\d$")
# Credits and bylines: the names after them report or photograph the story ("Reporting by …",
# "AGENCY/Jane Doe", a line opening "By Jane Doe").
CREDIT_BEFORE = re.compile(r"(?:\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Pp]hoto(?:graph)?s?|[Ii]mages?|"
                           r"[Vv]ideo|[Ii]llustration)\s+by|(?:^|\n)\s*By|[A-Za-z]/|[Cc]redit:|[Pp]hoto:)\s*$")
ADJECTIVE_SUFFIXES = frozenset("focused based led backed born owned run style era related linked funded made "
                               "controlled dominated friendly bound wide time old "
                               # participles that take no -ed: "trouble-hit", "war-torn", "home-grown"
                               "hit struck stricken torn grown known built held bred ridden".split())   # "Chile-focused", "two-time", "15-year-old"

# Tuning, read on the seeds and the two dev sets.
FIELD_WORD = 2.5        # zipf; a word after a country this common names a body's field ("UK Rowing")
FIELD_ADJECTIVE_ENDINGS = ("ic", "ical", "ary", "ive", "ous")     # "Phonographic", "Veterinary"
FIELD_ONLY_ADJECTIVE = ("ic", "ical", "ous")     # of those, no noun's endings ("Library", "Executive" are)
MAX_FIELD_WORDS = 2     # "UK Rowing", "British Retail Consortium" (its head word makes it a body anyway)
COMMON_IN_NAME = 3.5    # zipf; a name may hold at most one word this common (Martin *Gray*)
# zipf; a word this common opening a sentence before a given name and a surname is no part of the
# name ("Defiant Tom Reed says …"), where it is no given name itself
SENTENCE_START_WORD = 2.5
PARTICIPLE_LENGTH = 6   # a participle after a hyphen this long or longer ("-backed", "-winning") makes an adjective
PREFIX_CHARS = 160      # how far back a role phrase or a say-verb before a name is looked for
SUFFIX_CHARS = 240      # how far on an appositive after a name is looked for
LEAD_SENTENCES = 2      # the lead sentences where "a witness has told …" introduces the next one's subject
LEAD_NAME_CHARS = 3     # that subject opens the next sentence
TITLE_LOOKAHEAD = 3     # "Senate Rural Affairs Chairman": department words inside a title


class Token:
    """One word of a capitalised stretch (a plain class: tens of thousands are made per corpus)."""

    __slots__ = ("text", "start", "end", "possessive", "low", "capitalised")

    def __init__(self, text: str, start: int, end: int, possessive: bool = False) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.possessive = possessive
        self.low = text.lower().rstrip(".")
        self.capitalised = text[:1].isupper() or (text[:1].islower() and text[1:2].isupper()
                                                  and LOWER_CAMEL.match(text) is not None)

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


@dataclass(slots=True, repr=False)
class Mention:
    """One reference to an actor in a document."""

    start: int                 # offsets of the name itself (without title) in the document text
    end: int
    sentence: int              # Sentence.index
    text: str                  # the name as written
    kind: str                  # person | organization | country | single (a lone name word)
    title: str = ""            # title or honorific right before it ("Mr", "Foreign Minister")
    role: str = ""
    affiliation: str = ""
    role_rank: int = 9         # 0 title before, 1 appositive, 2 "X is a …" or the lead, 3 "Reform's X",
    #                            4 "X of the Harwick Union", 9 none
    evidence: bool = False     # something besides capitals says this is a person
    speaker: bool = False      # subject of "said", "told", "according to"
    entity: str = ""           # the name it resolves to within the document
    sentence_start: bool = False
    locative: bool = False     # after "in", "at", "from": a place more likely than an actor
    place_cue: bool = False    # "X, Peru", "X region", "X-based", "the town of X": said of a place
    proper: bool = False       # a common word its document writes only with a capital, mid-sentence
    possessive: str = ""       # the "’s" written after a lone name
    # a collective written in lower case ("Peru's military junta"): "country|kinds|head", the
    # country "?" where the document does not say it ("the junta" with no such phrase before it)
    collective: str = ""
    short: bool = False        # a collective written without its country ("the junta")
    owner_word: str = ""       # "its" or "his"/"her": the first possessive after the name in its sentence
    kin_word: bool = False     # right after a word said only of a person ("compatriot", "team-mate")
    owned_cue: bool = False    # after words said of a company owned or traded ("a stake in", "owned by")
    real_name: bool = False    # given as the real name of the one written before it ("Kelvax, real name Tomas Brill")
    # a common word opening a sentence as a reporting verb's subject ("Calloway admitted …"): a
    # name only where the corpus knows a person of that surname
    opener: bool = False

    def __reduce__(self) -> tuple[type[Mention], tuple]:
        # pickled as its values in field order, made again by __init__: the processes that read
        # the documents send every mention to the main process, and by slot name (pickle's way
        # with slots) each took twice the bytes and twice the time to write and to read back
        return Mention, _MENTION_VALUES(self)


_MENTION_VALUES = attrgetter(*(f.name for f in fields(Mention)))


@dataclass(repr=False)
class DocumentNames:
    """The names one document mentions, read before the corpus's actors are found."""

    mentions: list[Mention] = field(default_factory=list)
    collective_heads: frozenset[str] = frozenset()     # the heads read for "the …" here (`short_collective_mentions`)

    def entities(self) -> dict[str, list[Mention]]:
        out: dict[str, list[Mention]] = {}
        for m in self.mentions:
            if m.entity:
                out.setdefault(m.entity, []).append(m)
        return out


def tokens_of(text: str, offset: int) -> list[Token]:
    out: list[Token] = []
    for m in WORD.finditer(text):
        word, start = m.group(), m.start()
        if word.endswith(".") and not (INITIAL.match(word) or DOTTED.match(word)
                                       or word[:-1].lower() in HONORIFICS):
            word = word[:-1]
        possessive = False
        if word.endswith(("’s", "'s")):
            word, possessive = word[:-2], True
        elif word.endswith("s") and text[start + len(word):start + len(word) + 1] in ("’", "'"):
            possessive = True
        # "Chile-Peru", "Peru-South": compounds of country names are separate names
        parts = HYPHEN_BEFORE_CAPITAL.split(word) if ("-" in word or "‐" in word or "‑" in word) else ()
        if len(parts) > 1 and any(p in COUNTRIES or p in DEMONYMS for p in parts):
            pos = start
            for k, part in enumerate(parts):
                out.append(Token(part, offset + pos, offset + pos + len(part),
                                 possessive and k == len(parts) - 1))
                pos += len(part) + 1
            continue
        if word:
            out.append(Token(word, offset + start, offset + start + len(word), possessive))
    return out


def capitalised_runs(tokens: list[Token], text: str, offset: int, before: str = "") -> list[list[Token]]:
    """Runs of capitalised words joined by single spaces (and name particles inside); `before`: the
    words of the sentence right before `text`."""
    runs: list[list[Token]] = []
    run: list[Token] = []

    def close() -> None:
        while run and not run[-1].capitalised:
            run.pop()
        if run:
            runs.append(list(run))
        run.clear()

    nickname = -1          # the index of a nickname's word skipped inside a name
    for i, tok in enumerate(tokens):
        if run and i + 1 < len(tokens) and not run[-1].possessive and run[-1].low in ANY_GIVEN_NAME \
                and tokens[i + 1].text[0].isupper() \
                and NICKNAME_GAP.fullmatch(text, run[-1].end - offset, tokens[i + 1].start - offset):
            nickname = i        # 'Dorvan "DJ" Kettleby': one name, the nickname no word of its run
            continue
        joinable = bool(run) and not run[-1].possessive and (
            nickname == i - 1 or tok.start - run[-1].end <= 2 and text[run[-1].end - offset:tok.start - offset].isspace())
        if tok.capitalised and tok.text[0].isalpha():
            if run and _ampersand_between(run[-1], tok, text, offset):
                at = run[-1].end + 1
                run.append(Token(AMPERSAND, at, at + 1))
            elif not joinable or tok.text[0].islower():    # "Harwick iTarvel": a maker, then its product
                close()
            run.append(tok)
        elif joinable and run[-1].low in ORG_UNITS and run[-1].capitalised and UNIT_NUMBER.match(tok.text):
            tok.capitalised = True          # "District 14": the number is part of the name
            run.append(tok)
        elif joinable and (tok.low in NAME_PARTICLES or tok.low in CONNECTORS):
            run.append(tok)
        elif joinable and tok.low == "and" and any(t.low in CONNECTORS for t in run) \
                and any(t.low in ORG_HEADS for t in run) and not any(t.low == "and" for t in run) \
                and not (i + 1 < len(tokens) and tokens[i + 1].low in ORG_HEADS):
            run.append(tok)         # "Federation of Dockworkers and Harbour Pilots", not "… and Ministry of …"
                                    # nor a second "and" ("University of the Tarvel and Isles and Harwick")
        elif joinable and tok.low == "the" and len(run) > 1 and run[-1].low == "of" and run[-2].capitalised \
                and (run[-2].low in ORG_HEADS or _plural_body(run, before + text, offset - len(before))) \
                and i + 1 < len(tokens) and tokens[i + 1].capitalised:
            run.append(tok)         # "Office of the Harbour Master", "News of the Tarvel", "Friends of the Harbour"
        elif joinable and tok.low == "and" and _fields_of_one_body(run, tokens, i):
            run.append(tok)         # "Shipping and Harbour Commission"
        else:
            close()
    close()
    return runs


def _ampersand_between(last: Token, tok: Token, text: str, offset: int) -> bool:
    """ " & " alone between two capitalised words ("Harwick & Tarvel"), the first no possessive, not
    two letters ("R & B": a kind of music)."""
    return last.capitalised and not last.possessive and text[last.end - offset:tok.start - offset] == " & " \
        and len(last.text) + len(tok.text) > 2


# what a work's title is written after ("the film Lords of …", "'Sons of …", "in Sons of …")
WORK_REACH = 12     # characters before a run read for such a word
WORK_BEFORE = re.compile(r"(?:\b(?:film|films|movie|book|novel|play|musical|song|single|album|series|show|sequel|game"
                         r"|epic|trilogy|in|of|the|a|his|her|their)|[\"“‘'.!?:])\s*$", re.I)


def _plural_body(run: list[Token], text: str, offset: int) -> bool:
    """The run is a plural common word and "of" ("Friends of", "Campaigners of"), which "the" may
    run on to a body's name ("Friends of the Harbour"), as after a head word of bodies; not after
    what a work's title is written after: a work's word, a quotation mark, an article or "in" ("the
    film Lords of the Tarvel", "starred in Sons of the Harbour"), nor opening a sentence, where the
    capital is the sentence's ("Users of the Tarvel service can …", "Members of the board said")."""
    first = run[0]
    return len(run) == 2 and TITLE_CASE.fullmatch(first.text) is not None and first.low.endswith("s") \
        and not first.low.endswith("ss") and _common(first) and first.low not in ANY_GIVEN_NAME \
        and first.start - offset > 0 \
        and WORK_BEFORE.search(text, max(0, first.start - offset - WORK_REACH), first.start - offset) is None


# heads of an institution's name, which an "and" before may join two fields of ("Food and Tarvel
# Administration"); not a firm's, a paper's, a club's or a party's ("Harwick and Tarvel Motors",
# "Daily and Sunday Telegraph", "Harwick and Tarvel United", "Labour and Conservative Party" are two)
INSTITUTION_HEADS = frozenset("""ministry department office university college institute commission committee
council agency bank association union court tribunal foundation fund organisation organization authority board
federation centre center service school academy society alliance coalition bureau administration trust
confederation""".split())


def _fields_of_one_body(run: list[Token], tokens: list[Token], i: int) -> bool:
    """The "and" at `tokens[i]` joins two fields of one body's name ("Securities and Exchange
    Commission", "Public and Commercial Services Union"): the words on both sides are common words
    in title case (no acronym: "HTA and Tarvel Bank"), no given name nor a country's, up to two
    before it and no head word of bodies among them (not "Tarvel Bank and …"), and the words after
    it run on to an institution's head word."""
    field = 0
    while field < len(run) and _a_field_word(run[-1 - field]):
        field += 1
    if not 0 < field <= 2 or any(t.low != "the" and t.text not in COUNTRY_FIRST_WORDS for t in run[:-field]):
        return False                # ("the US Securities and …": where the body is may come first)
    after: list[Token] = []
    for tok in tokens[i + 1:i + 5]:
        if tok.start - (after[-1] if after else tokens[i]).end > 2 or not tok.capitalised:
            break
        if not _a_field_word(tok) and tok.low not in ORG_HEADS:
            return False
        after.append(tok)
        if tok.possessive:          # the run ends on it ("… General Workers' Union")
            break
    return len(after) > 1 and after[-1].low in INSTITUTION_HEADS


def _a_field_word(tok: Token) -> bool:
    """ "Securities", "Public": a common word in title case that names no body's kind, person or country."""
    return TITLE_CASE.fullmatch(tok.text) is not None and _common(tok) and tok.low not in ORG_HEADS \
        and tok.low not in ANY_GIVEN_NAME and tok.low != "the" and tok.text not in COUNTRY_FIRST_WORDS


def _is_boundary(tok: Token) -> bool:
    return tok.low in ROLE_STOPS and tok.low not in NAME_PARTICLES


def _match_country(run: list[Token], i: int) -> tuple[int, str] | None:
    if run[i].text not in COUNTRY_FIRST_WORDS:
        return None
    for j in range(min(len(run), i + 6), i, -1):
        phrase = " ".join(t.text for t in run[i:j])
        if phrase in COUNTRIES or phrase in DEMONYMS:
            return j, phrase
    return None


def _opens_country(run: list[Token], i: int) -> bool:
    """The word opens a country's name ("United" of "United States")."""
    found = _match_country(run, i)
    return found is not None and found[1] in COUNTRIES


def _nation_word(phrase: str) -> bool:
    """A country's own name, code or adjective ("Britain", "UK", "British"): not its capital,
    and not a word for its people ("Frenchman", "Scots")."""
    country = COUNTRIES.get(phrase)
    if country is not None:
        return phrase == country.name or phrase.isupper()
    return phrase in DEMONYMS and not phrase.endswith(("man", "men", "woman", "women")) \
        and not (phrase.endswith("s") and not phrase.endswith("ss"))


def _national_body_end(part: list[Token], j: int) -> int:
    """Where a national body's name that opens on a country ends ("UK Rowing", "British Cycling"):
    one to MAX_FIELD_WORDS English words that close the run after the country, none a given name,
    a plural (but "Athletics"), a title, a role's, a place's, an event's or a time's word; `j` (no
    body) otherwise."""
    rest = part[j:]
    if not 1 <= len(rest) <= MAX_FIELD_WORDS:
        return j
    for k, t in enumerate(rest):
        low = t.low
        # a rare adjective before the closing word is the field's ("British Tarvelographic Industry"),
        # and a department's word closing the name after a field's is no title's ("Industry")
        rare = zipf(low) < FIELD_WORD and not (k + 1 < len(rest) and low.endswith(FIELD_ADJECTIVE_ENDINGS))
        if not t.capitalised or t.text.isupper() or rare or low in FIRST_NAMES \
                or low in GIVEN_NAMES or (low.endswith("s") and not low.endswith(("ics", "ss")) and not k) \
                or (low in TITLE_WORDS and not (k and k + 1 == len(rest))) or head_word(low) in ROLE_HEADS or low in HONORIFICS \
                or low in PLACE_HEADS or low in EVENT_HEADS or low in MONTHS or low in DAY_NAMES \
                or low in CONNECTORS or low in COMPASS_WORDS or t.text in COUNTRY_FIRST_WORDS \
                or t.text in PEOPLE_WORDS or low in PARTY_CREEDS or low == "people" \
                or (k + 1 == len(rest) and low.endswith(FIELD_ONLY_ADJECTIVE)):
            return j            # "Scottish Conservative" is a party's member, not a body; "the Danish
    return len(part)            # Olympic team": an adjective ends no body's name


def _names_an_organization(words: str) -> bool:
    """ "Harwick Dockers Union", "the JCWI"; not "the United States" """
    return words not in COUNTRIES and any(head_word(w) in ORG_HEADS or ACRONYM.match(w) for w in words.split())


def _common(tok: Token, threshold: float = COMMON_IN_NAME) -> bool:
    low = tok.low
    return not (low in GIVEN_NAMES or low in NAME_PARTICLES or INITIAL.match(tok.text)) \
        and zipf(low) >= threshold


PLURAL_TITLE_HEADS = TITLE_WORDS | HONORIFICS
CARDINAL_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty".split())


HYPHENS = frozenset("-‐‑–")
TITLE_CASE_SHARE = 0.6     # of a line's words of four letters or more capitalised: a headline's case
TITLE_CASE_WORDS = 3
LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def title_case(text: str) -> bool:
    """The text capitalises most of its longer words, as a title-case headline does ("Leaders Seek
    to Restore Ties")."""
    words = LONG_WORD.findall(text)
    return len(words) >= TITLE_CASE_WORDS and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


# words that qualify a place besides the compass: a closed class ("Middle England", "Old Europe")
PLACE_QUALIFIERS = frozenset("mid middle old new greater inner outer far near little modern ancient".split())
ADJECTIVE_ENDINGS = ("ern", "al", "an", "ian", "ic", "ist", "ish", "ese", "ing", "ed", "ive", "ous")


def _qualifies_a_place(low: str) -> bool:
    """A word that makes a part, an age or a kind of a place ("South", "Central", "Victorian",
    "Communist", "Bringing"): an adjective or a verb, where a body's name opens on a noun."""
    return low in COMPASS_WORDS or low in PLACE_QUALIFIERS or low.endswith(ADJECTIVE_ENDINGS)


def names_a_people(word: str) -> bool:
    """ "Britons", "Indians", "Muslims": a people in the plural, which ends no one's name ("Asian
    Britons", "Carib Indians")."""
    return word.endswith("s") and (word[:-1] in DEMONYMS or word[:-1] in PEOPLE_WORDS)


def _name_ok(toks: list[Token], titled: bool) -> bool:
    """A multi-word name: at most one very common word (two after a title: "Minister Grace Long"),
    and no calendar or compound-adjective word ("Chile-focused"); its caller has already refused a
    place's or an event's last word ("Coral Sea", "Carling Cup")."""
    if any((t.low in MONTHS and not _month_surname(toks, k)) or t.low in DAY_NAMES
           or ACRONYM.match(t.text) or DIGIT.search(t.text) for k, t in enumerate(toks)):
        return False
    if any(adjective_compound(t.low) for t in toks):
        return False
    if names_a_people(toks[-1].text):
        return False
    if toks[0].low.endswith("ing") and _common(toks[0]):      # "Finding Neverland": a title, not a name
        return False
    # a first name opening it is no common word ("Sandy Banks"; "Major Cuts" stays a phrase), nor
    # an initial after a given name, which news prose writes without its full stop ("Ann T Orchard")
    common = sum(_common(t) for t in toks) - (toks[0].low in FIRST_NAMES and _common(toks[0])) \
        - sum(_bare_initial(toks, k) for k in range(1, len(toks) - 1))
    return common <= (2 if titled and len(toks) == 2 else 1)


def _bare_initial(toks: list[Token], k: int) -> bool:
    """`toks[k]` is a capital letter alone right after a given name ("Ann T Orchard")."""
    tok = toks[k]
    return len(tok.text) == 1 and tok.text.isupper() and toks[k - 1].low in ANY_GIVEN_NAME and _common(tok)


def _office_alone(toks: list[Token], before: str) -> bool:
    """ "the Tourism Minister", "Veltria's Harbour Commissioner": common words before a role noun,
    no given name among them, after an article, a possessive or a demonym, name an office, not a
    person (who is named without an article: "Orla Bishop said")."""
    if toks[-1].low not in ROLE_HEADS or any(t.low in GIVEN_NAMES for t in toks) \
            or not all(_common(t) for t in toks[:-1]):
        return False
    words = before.split()
    last = words[-1:]
    # "the outgoing Tourism Minister": a determiner before a word or two in small letters
    modified = next((w for w in reversed(words[-1 - MAX_OFFICE_MODIFIERS:]) if not w.islower()
                     or w in OFFICE_DETERMINERS), "")
    return bool(last) and (last[0].lower() in OFFICE_DETERMINERS or last[0].endswith(("’s", "'s"))
                           or last[0] in DEMONYMS or last[0] in OFFICE_COPULAS
                           or modified.lower() in OFFICE_DETERMINERS and last[0].islower())


# "Harwick Boerse said its profits rose", "Rio Tarvel praised his team": the possessive after a
# name says whether it is a thing or a person (a closed class; "it" alone is too often "it was").
POSSESSIVE_AFTER = re.compile(r"(" + at_word_start("Its", "its", "His", "his", "Her", "her") + r")\b")
POSSESSIVE_REACH = 60       # characters after the name
# A name before a person's title modifies it ("the Harwick Rovers winger won his first cap", "a
# Veltrion spokesman said its"): the possessive after it is the title holder's, not the name's.
HOLDER_AFTER = re.compile(r"(?:[’']s)?\s+([a-z][a-z-]+)\b(?![’'])")

# A pronoun or a verb's short form with its ending ("I'm", "They've", "Don't"): never a name.
CONTRACTION = re.compile(r"^(?:i|you|we|they|he|she|it|that|there|here|what|who|let|"
                         r"(?:do|does|did|is|are|was|were|has|have|had|ca|wo|could|would|should)n)['’]"
                         r"(?:m|ve|d|ll|re|s|t)$", re.IGNORECASE)


def _contraction(word: str) -> bool:
    """CONTRACTION, tried only on a word holding an apostrophe: most capitalised words hold none."""
    return ("'" in word or "’" in word) and CONTRACTION.match(word) is not None


OFFICE_DETERMINERS = frozenset("the a an its his her their our your this that".split())
# "to be Tourism Minister", "served as Harbour Commissioner": an office held, no person named
OFFICE_COPULAS = frozenset("be as became become becomes becoming".split())
MAX_OFFICE_MODIFIERS = 2    # words in small letters between the determiner and an office ("the outgoing")


def _month_surname(toks: list[Token], k: int) -> bool:
    """ "Ruth May": a month that may be a surname, right after a given name."""
    return k > 0 and toks[k].low in AMBIGUOUS_MONTHS and toks[k - 1].low in GIVEN_NAMES


@dataclass(slots=True, repr=False)
class Segment:
    """A run of tokens of one kind in a candidate name."""

    kind: str          # country | demonym | title | name | org
    toks: list[Token]


# Given names that are also modal verbs ("Will Reed"): mid-sentence, in a text's own capitals and
# before another capitalised word, the name, as a modal there is written small
MODAL_GIVEN_NAMES = frozenset({"will"})


def segment_run(run: list[Token], at_sentence_start: bool, own_capitals: bool = False,
                headline: bool = False) -> list[Segment]:
    """Split a capitalised run into countries, demonyms, titles, organizations and names.

    `own_capitals`: the run's capitals are its own, neither a title-case headline's nor those of
    a compound ("China-Korea"). `headline`: the run is in a title-case headline, whose capitals
    an ampersand's name shares with the words around it."""
    if len(run) == 1:
        return _segment_word(run[0])
    out: list[Segment] = []
    # capitalised function words ("The", "With", "This") and calendar words split headline runs
    parts: list[list[Token]] = [[]]
    for idx, tok in enumerate(run):
        low = tok.low
        calendar = (low in MONTHS and not (idx and low in AMBIGUOUS_MONTHS)) or low in DAY_NAMES
        boundary = (low in ROLE_STOPS and low not in NAME_PARTICLES and tok.capitalised     # _is_boundary
                    and not (low in NAME_PREPOSITIONS and idx and idx + 1 < len(run)          # "League Against
                             and (run[idx - 1].low in ORG_HEADS or _joins_a_name(run, own_capitals)))  # Noisy Neighbours"
                    or _contraction(tok.text))                       # "I'm A Star"
        if boundary and idx == 0 and own_capitals and not at_sentence_start and low in MODAL_GIVEN_NAMES:
            boundary = False            # "beat Will Reed": a modal is never written with a capital mid-sentence
        if (boundary or calendar) and (
                (boundary and not (idx and low in AMBIGUOUS_MONTHS and run[idx - 1].low in GIVEN_NAMES))  # "Ruth May"
                or (calendar and not (idx + 1 < len(run) and run[idx + 1].low in ORG_HEADS))):    # "Sunday Courier"
            parts.append([])
        else:
            parts[-1].append(tok)
    for part in parts:
        while part and not part[-1].capitalised:
            part.pop()
        while part and not part[0].capitalised:
            part.pop(0)
        if part:
            out.extend(_segment_joined(part, at_sentence_start and part[0] is run[0], own_capitals, headline))
    k = len(out) - 4
    if k >= 0 and out[k].kind == "title" and out[k].toks[-1].low in PEERAGE_TITLES and out[k + 1].kind == "name" \
            and out[k + 2].kind == "connector" and out[k + 2].toks[0].low == "of" and len(out[k + 3].toks) == 1:
        return out[:k + 2]          # "Lord Ashby of Harwick": the place is the peer's title, no name
    return out


def _segment_joined(part: list[Token], at_sentence_start: bool, own_capitals: bool,
                    headline: bool = False) -> list[Segment]:
    """`_segment_part`, but a part an ampersand joins is one organization's name ("Pellow & Varrick
    Research"), unless its sides are two people's full names ("Tom Reed & Ann Vale") or a country's
    name, which it lists; in a title-case `headline` only the words beside it ("Pellow & Varrick
    Profits Rise")."""
    at = next((k for k, t in enumerate(part) if t.text == AMPERSAND), 0)
    if not at:
        return _segment_part(part, at_sentence_start, own_capitals)
    left, right = part[:at], part[at + 1:]
    of = next((k for k in range(len(left) - 1, 0, -1) if left[k].low in CONNECTORS), 0)
    if of and _full_name_shape(left[:of], first=True):     # "Tom Reed of Pellow & Varrick"
        return _segment_part(left[:of], at_sentence_start, own_capitals) + [Segment("connector", [left[of]])] \
            + _segment_joined(part[of + 1:], False, own_capitals, headline)
    if (_full_name_shape(left, first=True) and _full_name_shape(right)) \
            or any(t.text in COUNTRIES or t.text in DEMONYMS for t in (left[-1], right[0])):
        return _segment_joined(left, at_sentence_start, own_capitals, headline) \
            + _segment_joined(right, False, own_capitals, headline)
    if headline:
        before, after = left[:-1], right[1:]
        return (_segment_joined(before, at_sentence_start, own_capitals, headline) if before else []) \
            + [Segment("org", part[at - 1:at + 2])] + (_segment_joined(after, False, own_capitals, headline) if after else [])
    return [Segment("org", part)]


def _full_name_shape(side: list[Token], first: bool = False) -> bool:
    """A given name, then a surname: a person's full name, which on the `first` side of the
    ampersand may come after a word of the sentence's ("Comedians Tom Reed")."""
    opening = range(len(side) - 1) if first else range(min(1, len(side) - 1))
    return any(side[k].low in ANY_GIVEN_NAME for k in opening)


def _joins_a_name(run: list[Token], own_capitals: bool) -> int:
    """Where a preposition written with a capital inside a run of a text's own capitals joins one
    body's name ("Tarvellers Without Frontiers", "Campaigners Against Harwick Tolls"), its index; 0
    where the run is a work's title ("The Plot Against Tarvel", "Flying Without Wings": a song's or a
    film's opens on "The" or a verb's -ing) or ends on an event's or a document's head ("… Against
    Spam Act")."""
    if not own_capitals or run[0].low == "the" or run[0].low.endswith("ing") or run[-1].low in EVENT_HEADS:
        return 0
    return next((k for k in range(1, len(run) - 1) if run[k].low in NAME_PREPOSITIONS and run[k].capitalised), 0)


def _office_of(part: list[Token]) -> int:
    """Where "of" follows an office that opens the run and an organisation's name follows it
    ("Chairman of Harwick Rowing Club"; not "Bank of Tarvel" nor "Secretary of State"), else 0."""
    k = next((k for k, t in enumerate(part) if t.low == "of"), 0)
    if not k or k + 1 >= len(part) or not any(t.low in ROLE_HEADS for t in part[:k]) \
            or any(t.low in ORG_HEADS or t.low not in TITLE_WORDS and t.low not in ROLE_HEADS for t in part[:k]):
        return 0
    return k if any(t.low in ORG_HEADS and t.capitalised for t in part[k + 1:]) else 0


def _national_arm(part: list[Token], k: int, end: int) -> bool:
    """The run ends at `k` on a country's acronym after a body's name, which names its arm there
    ("Tarvex UK", "Harwick Watch USA"); a country written in full after a name may be a surname
    ("Elizabeth France")."""
    return k > 0 and end == k + 1 == len(part) and part[k].text.isupper() and part[k].text in COUNTRIES


def _given_then_surname(part: list[Token], k: int) -> bool:
    """The head word at `k` is a surname after a given name, which only a title may go before
    ("Jim Press", "actress Ann Post"; not "Harwick Post")."""
    return k == len(part) - 1 and k > 0 and part[k].low in OUTLET_SURNAMES \
        and (part[k - 1].low in GIVEN_NAMES or part[k - 1].low in FIRST_NAMES) \
        and all(t.low in TITLING for t in part[:k - 1])


def _person_of(part: list[Token]) -> int:
    """Where "of" follows a person's name of two or three words, titled or not (no body's,
    office's or country's word among them, the first no common word), and an organisation's name
    follows it ("Ann Vale of Harwick Research", "Detective Inspector Tom Reed of Harwick Police";
    not "Bank of Tarvel", "Duke of Harwick", "Lord Reed of Harwick", "Wealth of Nations"), else 0."""
    k = next((k for k, t in enumerate(part) if t.low == "of"), 0)
    titled = next((j for j, t in enumerate(part[:k]) if t.low not in TITLING), k)
    if k - titled not in (2, 3) or _common(part[titled]) or any(
            t.low in ORG_HEADS or t.low in TITLING or t.text in COUNTRY_FIRST_WORDS or not t.capitalised
            for t in part[titled:k]):
        return 0
    return k if any(t.low in ORG_HEADS and t.capitalised for t in part[k + 1:]) else 0


def _party_member_words(part: list[Token]) -> int:
    """How many words open `part` that say what party a person named by a given name and a
    surname next is of ("Liberal Democrat Ann Vale", "Tory Tom Reed", "Lib Dem Ann Vale"), else 0."""
    return next((n for n in (2, 1) if len(part) >= n + 2 and part[n].low in ANY_GIVEN_NAME
                 and party_member([t.low for t in part[:n]])), 0)


def party_member(words: list[str]) -> bool:
    """The words, in lower case, are what a party's member is called ("liberal democrat", "tory",
    "lib dem"; not "labour", a party's name, nor a plural)."""
    if len(words) == 2:
        return " ".join(words) in PARTY_NICKNAMES or words[0] in PARTY_CREEDS and words[1] in PARTY_CREEDS
    return len(words) == 1 and (words[0] in PARTY_CREEDS and words[0] != "labour"
                                or words[0] in PARTY_NICKNAMES and not words[0].endswith("s"))


def _segment_word(tok: Token) -> list[Segment]:
    """`segment_run` of a run of one word, the most common run, without the general machinery."""
    low = tok.low
    if not tok.capitalised or (low in ROLE_STOPS and low not in NAME_PARTICLES) or low in MONTHS or low in DAY_NAMES:
        return []
    if _contraction(tok.text) or tok.text in PEOPLE_WORDS:     # "I'm", "We're"; "European" alone
        return []
    if low in ORG_HEADS:
        return [Segment("org", [tok])]
    if tok.text in COUNTRY_FIRST_WORDS and (tok.text in COUNTRIES or tok.text in DEMONYMS):
        return [Segment("country" if tok.text in COUNTRIES else "demonym", [tok])]
    if low in CONNECTORS:
        return [Segment("connector", [tok])]
    if low in TITLING:
        return [Segment("title", [tok])]
    if low in ROLE_MODIFIERS and low not in GIVEN_NAMES:
        return []
    return [Segment("name", [tok])]


def _segment_part(part: list[Token], at_sentence_start: bool, own_capitals: bool = False) -> list[Segment]:
    if len(part) > 2 and part[0].low == "house" and part[1].low == "of":
        return [Segment("org", part)]            # "House of Representatives", "House of Councillors"
    office = _office_of(part)
    if office:      # "Chief Executive of Harwick Hospitals Trust": an office, then the body it is of
        return [Segment("title", part[:office]), Segment("connector", [part[office]])] \
            + _segment_part(part[office + 1:], False)
    of = _person_of(part)
    if of:          # "Ann Vale of Harwick Research": a person, then the body she is of
        return _segment_part(part[:of], at_sentence_start) + [Segment("connector", [part[of]])] \
            + _segment_part(part[of + 1:], False)
    if len(part) > 3 and part[1].low == "of" and part[2].low == "the" and part[0].low not in ORG_HEADS:
        return [Segment("org", part)]            # "Friends of the Harbour": the run took "the" for a body's name
    inside = _joins_a_name(part, own_capitals)
    if inside:      # "Tom Reed of Tarvellers Without Frontiers": the body's name from the "of" before it
        of = next((k for k in range(inside - 1, 0, -1) if part[k].low in CONNECTORS), 0)
        if not of:
            return [Segment("org", part)]
        return _segment_part(part[:of], at_sentence_start) + [Segment("connector", [part[of]]),
                                                              Segment("org", part[of + 1:])]
    heads = [k for k, t in enumerate(part) if (t.low in ORG_HEADS and t.capitalised and not _opens_country(part, k)
                                               and not _given_then_surname(part, k))
             or (k and part[k - 1].low in ORG_UNITS and UNIT_NUMBER.match(t.text))]
    if heads:
        h = heads[-1]
        # "Association of Chief Harbour Officers", "League Against Noisy Neighbours": after an
        # organisation's head, "of" or a preposition runs its name on to the run's end, or to a
        # title of the person named next ("Bank of Tarvel Governor Ann Holt")
        linked = next((k for k in heads if k + 2 < len(part)
                       and (part[k + 1].low in CONNECTORS or part[k + 1].low in NAME_PREPOSITIONS)), None)
        if linked is not None:
            h = len(part) - 1
            titles = [k for k in range(linked + 2, len(part) - 1) if part[k - 1].low != "the" and part[k].low in TITLE_WORDS
                      and part[k].low in ROLE_HEADS and not all(_common(t) for t in part[k + 1:])]
            if titles:
                h = titles[0] - 1
        first = 0
        while first < h and (part[first].low in TEMPORAL_MODIFIERS or _is_boundary(part[first])
                             or adjective_compound(part[first].low)):     # "London-based Harwick Bank"
            first += 1
        # "Six Nations", "Five Nations": a number of countries or teams is a competition or a group
        head = [] if part[first].low in CARDINAL_WORDS and part[h].low.endswith("s") and part[h].low != "news" \
            else [Segment("org", part[first:h + 1])]
        rest = part[h + 1:]
        if head and _national_arm(part, h + 1, len(part)):
            return [Segment("org", part[first:])]       # "Harwick Trust UK"
        return head + (_segment_part(rest, False) if rest and rest[0].capitalised else [])
    party = _party_member_words(part)
    if party:       # "Liberal Democrat Ann Vale": what party she is of, then her name
        return [Segment("title", part[:party])] + _segment_part(part[party:], False)
    out: list[Segment] = []
    i = 0
    name: list[Token] = []

    def flush() -> None:
        if name:
            out.append(Segment("name", list(name)))
            name.clear()

    while i < len(part):
        tok = part[i]
        if out and out[-1].kind == "title" and out[-1].toks[-1].low in HONORIFICS and not name \
                and not (out[-1].toks[-1].low in PEERAGE_TITLES and tok.low in ROLE_HEADS
                         and (i + 1 == len(part) or part[i + 1].low in HONORIFICS)):
            name.append(tok)            # "Mr Judge", "Ms Major": after an honorific comes a name
            i += 1                      # ("the Lord Chancellor said", "Lord Mayor Lord X": offices)
            continue
        if i + 1 < len(part) and f"{tok.text} {part[i + 1].text}" in CONTINENTS:
            flush()                     # "Diageo North America": a continent ends the name, names no one
            i += 2
            continue
        country = _match_country(part, i) if tok.text in COUNTRY_FIRST_WORDS else None
        if country and own_capitals and i == 1 and country[0] == len(part) and not at_sentence_start \
                and country[1] in COUNTRIES and _common(part[0]) and not _qualifies_a_place(part[0].low):
            return [Segment("org", part)]   # "flag carrier Air Tarvelia": a common noun raised before a
                                            # country mid-sentence names a body, not a person "Air"
        if country and len(name) == 1 and country[0] == len(part) and country[0] == i + 1 \
                and (name[0].low in GIVEN_NAMES or name[0].low in FIRST_NAMES) and not _common(name[0]):
            name.append(tok)            # "Elizabeth France", "Helen Paris": a surname after a given name
            i += 1
            continue
        if country and name and own_capitals and _national_arm(part, i, country[0]) \
                and name[0].low not in GIVEN_NAMES and name[0].low not in FIRST_NAMES \
                and not (len(name) == 1 and at_sentence_start and name[0] is part[0] and _common(name[0])):
            # "Harwick Watch UK": a body's arm in a country; not "Overall UK sales", "Two UK firms"
            out.append(Segment("org", [*name, tok]))
            return out
        if country:
            flush()
            j, phrase = country
            k = _national_body_end(part, j) if _nation_word(phrase) else j
            if k > j:               # "UK Rowing", "British Cycling": a national body named by its field
                out.append(Segment("org", part[i:k]))
                i = k
                continue
            out.append(Segment("country" if phrase in COUNTRIES else "demonym", part[i:j]))
            i = j
            continue
        if tok.low in CONNECTORS:           # "MP for Hexford": the title is not Hexford's
            flush()
            out.append(Segment("connector", [tok]))
            i += 1
            continue
        # a role noun between names ("Harlow Freight CEO Dana Whitcombe") ends the words before it
        mid_title = bool(name) and tok.low in ROLE_HEADS and i + 1 < len(part) and part[i + 1].capitalised \
            and tok.low not in POST_NOMINALS
        if tok.low in TITLE_WORDS or tok.low in HONORIFICS or (not name and tok.low in ROLE_HEADS) or mid_title:
            j = i + 1
            while j < len(part) and part[j].low in TITLING:
                if part[j - 1].low in HONORIFICS:
                    break
                j += 1
            # "International Development Secretary": a department word inside a title
            if part[j - 1].low not in ROLE_HEADS and part[j - 1].low not in HONORIFICS:
                ahead = next((k for k in range(j, min(len(part), j + TITLE_LOOKAHEAD)) if part[k].low in ROLE_HEADS
                              and part[k].low in TITLE_WORDS
                              and not any(t.low in GIVEN_NAMES for t in part[j:k])), None)
                if ahead is not None and ahead + 1 < len(part):
                    j = ahead + 1
            last = part[j - 1].low
            if not name and all(t.low in ROLE_MODIFIERS for t in part[i:j]):
                i = j               # "Second", "State" alone qualify a title that is not there
                continue
            # "New York State Comptroller Ruth Calder": a title ending in an office ends the words before
            if not name or (j < len(part) and (last in ROLE_HEADS or last in HONORIFICS)):
                flush()
                out.append(Segment("title", part[i:j]))
                i = j
                continue
        if name and tok.low in POST_NOMINALS:   # "Alan Price MP"
            flush()
            out.append(Segment("title", [tok]))
            i += 1
            continue
        if not name and tok.low in ROLE_MODIFIERS and tok.low not in GIVEN_NAMES:   # "Former", "Acting"
            i += 1
            continue
        name.append(tok)
        i += 1
    flush()
    return out


_FOUND: DocumentMemo[DocumentNames] = DocumentMemo()     # the actor, quote and attribution steps read the same names


def document_names(document: Document) -> DocumentNames:
    """Names in `document`, resolved within it; computed once per document content."""
    found = _FOUND.get(document)
    if found is None:
        found = _find_names(document)
        remember_names(document, found)
    return found


def remember_names(document: Document, found: DocumentNames) -> None:
    """Keep `found`, the names of `document` (read by another process), for `document_names`."""
    _FOUND.put(document, found)


def _find_names(document: Document) -> DocumentNames:
    mentions: list[Mention] = []
    contexts: list[tuple[Mention, NameContext]] = []
    owned: list[Mention] = []            # collectives after their country ("Peru's military junta")
    for sentence in document.sentences:
        if not name_list(sentence.text):
            mentions.extend(_sentence_mentions(sentence.text, sentence.start, sentence.index, contexts, owned))
    written = WrittenWords(document.text)
    _nationality_before_a_person(mentions, document.text, written)
    _resolve(mentions, written)
    _speaking_openers(mentions, document.text, written)
    _drop_shouted_words(mentions, document.text, written)
    # roles are read only for the names kept: most lone capitalised words resolve to nothing
    for mention, context in contexts:
        if mention.entity:
            _read_context(mention, context, document.text)
    kept = [m for m in mentions if m.entity]
    _real_names(kept, document.text)
    _people_listed_together(kept, document.text)
    _roles_from_lead(document, kept)
    heads = _linked_heads(owned)
    kept.extend(c for c in owned if c.entity)
    kept.extend(short_collective_mentions(document, heads, kept))
    return DocumentNames(kept, frozenset(heads))


# "Tom Reed, real name Jorvan Pike,", "Tom Reed - real name …", "Tom Reed (real name …", "Tom Reed, whose
# real name is …": the name after is the same person's
REAL_NAME_BETWEEN = re.compile(r"(?:\s*,|\s+[-–—]|\s*\()\s*(?:whose\s+)?real\s+name(?:\s+is)?\s+$")
# a name read without a word it opens on ("50 Cent" read as "Cent", "The Vandal" as "Vandal"): the
# real name after it stays the one to call the person by
CUT_OPENING = re.compile(r"(?:\d|\b[Tt]he)\s+$")
# … that word after a lower-case one mid-sentence, a role's head perhaps ("rapper The Vandal")
CUT_ROLE_OPENING = re.compile(r"[a-z]\s+(The|\d{1,3})\s+$")


def _real_names(mentions: list[Mention], text: str) -> None:
    """A person's real name given right after the name they go by stands for that one: each
    mention of it takes the first name's entity, so the two are one actor, called by the name
    they go by (`Mention.real_name`)."""
    renamed: dict[str, str] = {}
    for one, other in zip(mentions, mentions[1:], strict=False):
        if other.kind == "person" and one.sentence == other.sentence and other.entity != one.entity \
                and REAL_NAME_BETWEEN.fullmatch(text, one.end, other.start) is not None:
            renamed[other.entity] = one.entity
            other.real_name = CUT_OPENING.search(text, max(0, one.start - 5), one.start) is None
    for m in mentions if renamed else ():
        m.entity = renamed.get(m.entity, m.entity)


LIST_JOINT = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)$")


def _people_listed_together(mentions: list[Mention], text: str) -> None:
    """Two full names in one list, "Tom Reed and Dobrava Tarvelova", "Tom Reed, Dobrava
    Tarvelova": where one opens on a given name, the other is a person's too (`Mention.kin_word`)."""
    for one, other in zip(mentions, mentions[1:], strict=False):
        if one.sentence != other.sentence or one.kind != "person" or other.kind != "person" \
                or " " not in one.text or " " not in other.text \
                or not LIST_JOINT.fullmatch(text[one.end:other.start]):
            continue
        for a, b in ((one, other), (other, one)):
            if a.text.split()[0].lower() in GIVEN_NAMES and not common_plural(b.text.split()[-1]):
                b.kin_word = True


def common_plural(word: str) -> bool:
    """ "Sisters", "Prosecutions": a common noun's plural ends a group's or an office's name; not
    "Williams" or "Jones" (a given name's, or no common noun's)."""
    low = word.lower()
    if not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    one = low[:-1]
    return zipf(one) >= COMMON_IN_NAME and one not in GIVEN_NAMES and one not in FIRST_NAMES


def name_list(text: str) -> bool:
    """A list of names, not a sentence: a squad, a results table or a roll of honour ("D Cossan
    (Harwick Harriers), R Daven (Tarvel AC), …"): several commas or brackets and hardly
    a word in small letters. The people on it are not what the story tells of."""
    if text.count(",") + text.count("(") < LIST_MARKS:
        return False
    words = LIST_WORD.findall(text)
    return bool(words) and sum(w[0].islower() for w in words) <= LIST_LOWER_SHARE * len(words)


def _owned_collective(text: str, offset: int, index: int, a: int, b: int, kind: str,
                      found: tuple[int, tuple[str, ...], str]) -> Mention:
    """The mention of "Peru’s ruling military junta": its full name "Peru military junta", its
    kind "military junta" as its role; no entity where the owner is a continent."""
    end, kinds, head = found
    owner = " ".join(text[a - offset:b - offset].split())
    country = DEMONYMS.get(owner) if kind == "demonym" else country_of(owner)
    written = " ".join(text[a - offset:end].split())
    kind_phrase = " ".join((*kinds, head))
    mention = Mention(a, offset + end, index, written, "organization", role=kind_phrase, role_rank=2)
    if country is not None and country.name not in CONTINENTS:
        mention.entity, mention.collective = f"{owner} {kind_phrase}", f"{country.name}|{' '.join(kinds)}|{head}"
        mention.speaker = _said_after(text, end) or _said_before(text[max(0, a - offset - PREFIX_CHARS):a - offset])
    return mention


def _linked_heads(owned: list[Mention]) -> set[str]:
    """The heads "the …" can stand for in a document naming these collectives: their own and
    the heads among their kind words ("the military" for a "military junta")."""
    heads: set[str] = set()
    for m in owned:
        if m.entity:
            _, kinds, head = m.collective.split("|")
            heads.add(head)
            heads.update(w for w in kinds.split() if w in COLLECTIVE_HEADS)
    return heads


def short_collective_mentions(document: Document, heads: set[str] | frozenset[str],
                              mentions: list[Mention]) -> list[Mention]:
    """ "The junta", "the country's trade ministry" (of the country last named before it) as
    organization mentions: under the collective of the document they can be (the last named
    before them, else the first after them), else marked for the corpus to place
    ("?country|kinds|head")."""
    if not heads:
        return []
    found = short_collectives(document.text, heads)
    if not found:
        return []
    starts = [s.start for s in document.sentences]
    countries = [(m.start, m.entity) for m in mentions if m.kind == "country"]
    owned = [m for m in mentions if m.collective and not m.short]
    out: list[Mention] = []
    for c in found:
        k = bisect.bisect_right(starts, c.start) - 1
        if k < 0:
            continue
        sentence = document.sentences[k]
        country = ""
        if c.country_reference:
            named = [entity for start, entity in countries if start < c.start]
            if not named:
                continue
            country = named[-1]
        kinds = " ".join(c.kinds)
        mention = Mention(c.start, c.end, sentence.index, c.kind_phrase, "organization", entity=c.kind_phrase,
                          role=c.kind_phrase, role_rank=2, collective=f"?{country}|{kinds}|{c.head}", short=True)
        fits = [m for m in owned if _fits(m.collective, country, kinds, c.head)]
        before = [m for m in fits if m.start < c.start]
        after = [m for m in fits if m.start > c.start]
        chosen = before[-1] if before else after[0] if after else None
        if chosen:
            mention.entity, mention.collective = chosen.entity, chosen.collective
        _read_context(mention, NameContext(sentence.text, sentence.start, None, None))
        out.append(mention)
    return out


def _fits(collective: str, country: str, kinds: str, head: str) -> bool:
    own_country, own_kinds, own_head = collective.split("|")
    return country in ("", own_country) and same_collective(head, kinds, own_head, own_kinds)


def _roles_from_lead(document: Document, mentions: list[Mention]) -> None:
    """News leads name a role before the person: "… has prompted a Reform donor to say …" and then
    "Gareth Moss also attacked …". The person opening the next sentence takes that role."""
    sentences = document.sentences[:LEAD_SENTENCES + 1]
    for first, second in zip(sentences, sentences[1:], strict=False):
        described = INDEFINITE_ROLE.findall(first.text)
        described = [d for d in described if head_word(d.split()[-1]) in ROLE_HEADS]
        opener = next((m for m in mentions if m.sentence == second.index), None)
        if not described or opener is None or opener.kind != "person" or opener.role \
                or opener.start - second.start > LEAD_NAME_CHARS \
                or any(m.sentence == first.index and m.kind == "person" and m.entity == opener.entity
                       for m in mentions):
            continue
        opener.role, opener.affiliation = split_affiliation(described[-1])
        opener.role_rank = 2
        opener.evidence = True


@dataclass(slots=True, repr=False)
class NameContext:
    """Where a name stands, for reading its role once it is known to be kept."""

    text: str                  # the sentence
    offset: int                # of the sentence in the document
    title: Segment | None
    after: Segment | None


def _runs(text: str, offset: int) -> list[list[Token]]:
    """Capitalised runs of a sentence; only the stretches that hold capitals are tokenised."""
    runs: list[list[Token]] = []
    for m in CAPITAL_STRETCH.finditer(text):
        stretch = m.group()
        plain = PLAIN_WORD.match(stretch)
        if plain:                           # one plain word ("Calloway", "France,"): no tokeniser needed
            word = plain.group(1)
            if word.lower() not in ROLE_STOPS:      # a lone "The", "But", "He": nothing to find
                start = offset + m.start()
                runs.append([Token(word, start, start + len(word))])
            continue
        a = m.start()
        runs.extend(capitalised_runs(tokens_of(m.group(), offset + a), m.group(), offset + a,
                                     text[max(0, a - WORK_REACH):a]))
    return runs


def _sentence_mentions(text: str, offset: int, index: int, contexts: list[tuple[Mention, NameContext]],
                       collectives: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    first_word = FIRST_ALNUM.search(text)
    first_at = offset + (first_word.start() if first_word else 0)
    headline: bool | None = None      # worked out for the few runs that need it (title_case is dear)
    for run in _runs(text, offset):
        starts = run[0].start == first_at
        if len(run) == 1:
            # most runs are one word ("Calloway", "France"): no word after the first to ask about,
            # and no ampersand, which only ever joins two words
            segments = _segment_word(run[0])
        else:
            own_capitals = False     # only a country after a run's first word or a name's preposition asks
            if any(t.text in COUNTRY_FIRST_WORDS for t in run[1:]):
                if headline is None:
                    headline = title_case(text)
                own_capitals = not headline and not _in_compound(text, offset, run)
            elif any(t.low in NAME_PREPOSITIONS and t.capitalised for t in run[1:-1]):
                own_capitals = _prose_around(text, offset, run)
            if not own_capitals and not starts and run[0].low in MODAL_GIVEN_NAMES:
                if headline is None:
                    headline = title_case(text)
                own_capitals = not headline
            # an ampersand's name runs to the ends of its run but in a headline ("… & … Profits Rise")
            in_headline = any(t.text == AMPERSAND for t in run) and not _prose_around(text, offset, run)
            segments = segment_run(run, starts, own_capitals, in_headline)
        for k, seg in enumerate(segments):
            a, b = seg.toks[0].start, seg.toks[-1].end
            if seg.toks[-1] is run[-1] and seg.kind in ("country", "demonym"):
                found = collective_after(text, b - offset)
                if found:
                    collectives.append(_owned_collective(text, offset, index, a, b, seg.kind, found))
            if seg.kind == "country":
                surface = " ".join(text[a - offset:b - offset].split())
                country = country_of(surface).name
                if country not in CONTINENTS:
                    out.append(Mention(a, b, index, surface, "country", entity=country))
            elif seg.kind == "org":
                surface = " ".join(text[a - offset:b - offset].split())
                name = re.sub(r"^The\s+", "", surface)
                # "Ministry" alone is no name; "the Democrats" names a party
                if name and not (len(seg.toks) == 1 and seg.toks[0].low in ORG_HEADS
                                 and seg.toks[0].low not in PARTY_FOLLOWERS):
                    start = a + surface.index(name)
                    mention = Mention(start, b, index, name, "organization", entity=name)
                    out.append(mention)
                    contexts.append((mention, NameContext(text, offset, None, None)))
            elif seg.kind == "title" and k + 1 == len(segments) and len(seg.toks) == 1 \
                    and seg.toks[0].low in PARTY_CREEDS and not _office_after(text, b - offset):
                # "Labour said", "the Conservative manifesto": a party's creed names the party where
                # no name or office follows it ("Labour MP Jo Holt", "the Labour mayor")
                out.append(Mention(a, b, index, seg.toks[0].text, "single", sentence_start=starts and k == 0))
            elif seg.kind == "name":
                if k and segments[k - 1].kind == "demonym" and len(seg.toks) == 1 and _common(seg.toks[0]):
                    continue        # "the Australian Open": an event's name, of which "Open" is no name
                window = text[max(0, a - offset - 30):a - offset]
                if ("by" in window or "By" in window or "/" in window or ":" in window) \
                        and CREDIT_BEFORE.search(window):
                    continue
                title = segments[k - 1] if k and segments[k - 1].kind == "title" else None
                after = segments[k + 1] if k + 1 < len(segments) and segments[k + 1].kind == "title" else None
                for mention in _name_mentions(seg.toks, text, offset, index, title,
                                              starts and seg.toks[0] is run[0]):
                    out.append(mention)
                    contexts.append((mention, NameContext(text, offset, title, after)))
    return out


def _prose_around(text: str, offset: int, run: list[Token]) -> bool:
    """The sentence is prose, not a headline, once the run is taken out: it ends on a full stop
    (a headline has none) and the rest is not in title case ("Reporters Without Borders said it was
    worried." is mostly the name's capitals)."""
    rest = text[:run[0].start - offset] + text[run[-1].end - offset:]
    return SENTENCE_CLOSE.search(text) is not None and not title_case(rest)


def _in_compound(text: str, offset: int, run: list[Token]) -> bool:
    """The run is part of a hyphenated compound ("China-Korea ties")."""
    start, end = run[0].start - offset, run[-1].end - offset
    return text[start - 1:start] in HYPHENS or text[end:end + 1] in HYPHENS


def _place_people(title: str) -> bool:
    """ "New Yorker", "Texan", "Parisian" before a name: a word for a place's people (or, opening a
    sentence, an occupation: "Cinematographer Tom Reed"), which says what a person is where nothing
    else does (no office, no honorific)."""
    words = title.split()
    return bool(words) and all(w[0].isupper() for w in words) and words[-1].lower().endswith(PLACE_PEOPLE_ROLES) \
        and not any(w.lower() in TITLE_WORDS or w.lower() in HONORIFICS or head_word(w) in ROLE_HEADS for w in words)


def _nationality_at(prefix: str) -> int:
    """Where a people's word ending `prefix` starts ("… face Varish ", "… South Varish "), or -1:
    of two words where they are one, else of the last."""
    m = PEOPLE_WORD_BEFORE.search(prefix)
    if m is None:
        return -1
    for group in ("words", "word"):
        if m[group] in DEMONYMS:
            before = prefix[:m.start(group)].split()[-1:]
            # not inside a longer name: "the Royal Varish Dragoons", "Former Varish Guardsman Tom Reed"
            return -1 if before and before[0][0].isupper() and before[0][-1].isalpha() else m.start(group)
    return -1


def _said_before(prefix: str) -> bool:
    """ "…," said Mr X", "according to X"; not "he told X" or "she said X had left", where the
    verb has its own subject and the name is whom it was said to or about."""
    words = prefix[-30:].lower().split()
    if words[-2:] == ["according", "to"]:
        return True
    return bool(words) and words[-1] in SAY_VERBS and INVERTED_SAY.search(prefix) is not None


def adjective_compound(low: str) -> bool:
    """ "london-based", "oscar-nominated", "award-winning": a hyphenated word ending in a common
    participle describes a name, it is no part of one ("jin-ho", "ming-ting" are)."""
    if "-" not in low:
        return False
    last = low.rsplit("-", 1)[-1]
    return last in ADJECTIVE_SUFFIXES or (len(last) >= PARTICIPLE_LENGTH and last.endswith(("ed", "ing"))
                                          and zipf(last) >= COMMON_IN_NAME)


def _plural_of_a_role(tok: Token) -> bool:
    """ "Bookmakers", "Analysts": a role noun's plural ("bookmaker" is a maker), not a name's word."""
    low = tok.low
    if len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us", "is")) or low in GIVEN_NAMES:
        return False
    one = low[:-1]
    return head_word(one) in ROLE_HEADS or head_word(one) in ORGANIZATION_ROLE_HEADS


# a sentence's or a line's opening just before a word: its stop, a quote or a line break, or the text's start
OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;\n\"“‘'(]\s*)$")


def _name_mentions(toks: list[Token], text: str, offset: int, index: int, title: Segment | None,
                   sentence_start: bool) -> list[Mention]:
    if len(toks) > 1:        # what each reading below looks for takes two words (most names found are one)
        while len(toks) > 1 and adjective_compound(toks[0].low):     # "Tony-nominated Arlen": Arlen
            toks, sentence_start = toks[1:], False
        given = next((k for k in (1, 2) if k < len(toks) - 1 and toks[k].low in GIVEN_NAMES), None)
        if given and toks[0].low not in GIVEN_NAMES and toks[0].low not in FIRST_NAMES \
                and toks[given - 1].low.endswith(PLACE_PEOPLE_ENDINGS):
            # "New Yorker Ann Trowdell", "Texan Mike Orr": where she is from, before her name
            title, toks, sentence_start = title or Segment("title", toks[:given]), toks[given:], False
        if sentence_start and len(toks) >= 3 and not title and toks[1].low in GIVEN_NAMES \
                and toks[0].low not in GIVEN_NAMES and toks[0].low not in FIRST_NAMES \
                and _common(toks[0], SENTENCE_START_WORD):
            # "Bookmaker William Hill …": the capital of a sentence start on a plain word before a name
            title, toks, sentence_start = Segment("title", toks[:1]), toks[1:], False
        elif len(toks) >= 3 and not title and (toks[1].low in ANY_GIVEN_NAME or not _common(toks[1])
                                               or names_a_people(toks[0].text) and toks[1].low not in ROLE_STOPS) \
                and (sentence_start and _plural_of_a_role(toks[0]) or names_a_people(toks[0].text)):
            # "Sprinters Ann Vale and Tom Orr …" opening a sentence, "… as Kenyans Tom Orr and …": a
            # plural of a role capitalised as the sentence's first word, or of a people, opens no name
            # (a people's before any name, "Kenyans Rufin Tarvo and …", but a body's "Tarvelians Against …")
            toks, sentence_start = toks[1:], False
        elif sentence_start and len(toks) == 2 and not title and _plural_of_a_role(toks[0]) \
                and toks[1].low not in GIVEN_NAMES and toks[1].low not in FIRST_NAMES and not _common(toks[1]):
            # "Bookmakers Harlocks says …", "Analysts Tarvex expect …": a plural noun of what its people
            # are, capitalised as the sentence's first word, says what the one name after it is
            toks, sentence_start = toks[1:], False
        elif sentence_start and len(toks) == 2 and not title and toks[1].low in GIVEN_NAMES \
                and toks[0].low not in GIVEN_NAMES and toks[0].low not in FIRST_NAMES and _common(toks[0]):
            return []       # "Strong Tony contenders …": a plain word, capitalised, before a word that is also a name
        elif len(toks) >= 3 and not title and (toks[1].low in GIVEN_NAMES or toks[1].low in FIRST_NAMES) \
                and (toks[0].low in PARTY_CREEDS or toks[0].low in PARTY_NICKNAMES):
            # "Tory Ann Vale", "Conservative Ann Vale": her party, before her name
            title, toks, sentence_start = Segment("title", toks[:1]), toks[1:], False
        elif len(toks) >= 2 and not title and (toks[0].low in PARTY_CREEDS or toks[0].low in PARTY_NICKNAMES) \
                and all(_common(t) and t.low not in GIVEN_NAMES for t in toks[1:]):
            return []       # "Tory Parliamentary hopefuls": a party and a common word name no one
    a, b = toks[0].start, toks[-1].end
    surface = " ".join(text[a - offset:b - offset].split())    # no-break spaces inside names
    title_text = " ".join(t.text for t in title.toks) if title else ""
    if toks[0].text.endswith(".") and all(INITIAL.match(t.text) for t in toks):     # "S. M.": initials of a reference list
        return []
    if title and all(_common(t) and t.low not in FIRST_NAMES for t in toks) \
            and not any(t.low in TITLE_WORDS or t.low in HONORIFICS for t in title.toks) \
            and not OPENS_SENTENCE.search(text, max(0, title.toks[0].start - offset - 3), title.toks[0].start - offset):
        # "the Star Lantern films", "a Star Lantern Voyage": a word of renown that is no title ("star",
        # "rapper"), capitalised inside a sentence before plain words, names a work, not a person
        # ("Songwriter Ann Orlen …" opening a sentence stays a person)
        return []
    family = FAMILY_AFTER.match(text, b - offset)
    if family and len(toks) == 1 and not title and not _common(toks[0]) and THE_BEFORE.search(text, max(0, a - offset - 40), a - offset):
        # "the Harwick family": the family, one actor of its own, not a person called Harwick
        return [Mention(a, b + len(family.group(0)), index, f"{surface} family", "organization",
                        entity=f"{surface} family")]
    if len(toks) == 1:
        tok = toks[0]
        if adjective_compound(tok.low):    # "London-based"
            return []
        if tok.text[0].islower() and THING_DETERMINER_BEFORE.search(text, max(0, a - offset - 30), a - offset):
            return []       # "an iHarwick": a product, no actor
        if len(tok.text) == 1 or tok.low in THING_ACRONYMS \
                or DIGIT.search(tok.text) and not BRAND_WITH_DIGIT.match(tok.text):   # "G20", "X", "TV"
            return []
        rest = tok.text[1:]
        capitals_inside = rest != rest.lower() or "&" in rest       # what an acronym or "TeleNova" needs
        if (capitals_inside and (ACRONYM.match(tok.text) or CAMEL.match(tok.text)) or WEB_NAME.match(tok.text)
                or LOWER_CAMEL.match(tok.text)) and not title:
            mention = Mention(a, b, index, surface, "organization", entity=surface)
        else:
            mention = Mention(a, b, index, surface, "single", title=title_text, evidence=bool(title),
                              sentence_start=sentence_start)
            # "Harwick’s said": a name always written with its "’s" keeps it; the apostrophe alone
            # after a plural ("the Greens' plans") is no part of a name
            mark = text[b - offset:b - offset + 2]
            mention.possessive = mark if tok.possessive and mark.endswith("s") else ""
    else:
        right_before = ROLE_WORD_BEFORE.search(text, max(0, a - offset - 30), a - offset)
        titled = bool(title) or (right_before is not None and head_word(right_before.group(1)) in ROLE_HEADS) \
            or (len(toks) == 2 and _acts_after(text, b - offset)
                and not _after_a_locative(text[max(0, a - offset - 12):a - offset])) \
            or POST_NOMINAL_AFTER.match(text, b - offset) is not None       # "Guy Holt QC"
        # a given name and a place's last word ("Ann Lake", "Tom Tower") name a person where the name
        # speaks or a person's title or apposition goes with it: a place does neither
        placed_person = titled and len(toks) == 2 and toks[0].low in ANY_GIVEN_NAME and toks[-1].low in PLACE_HEADS
        if toks[-1].low in PLACE_HEADS and not placed_person or toks[-1].low in NAMED_EVENT_HEADS:     # "Harwick Cup", "Tarvel Sea"
            return []
        if _office_alone(toks, text[max(0, a - offset - 30):a - offset]):    # "the Tourism Minister said"
            return []
        if not _name_ok(toks, titled):        # a headline ("Orlov Seeks Closer Ties"): its first word may be a name
            first = toks[0]
            if toks[-1].low[:-1] in PLURAL_TITLE_HEADS and toks[-1].low.endswith("s") and len(toks) == 2:
                # "the Law Lords", "the Harbour Commissioners": a body of people holding one title
                return [Mention(a, b, index, surface, "organization", entity=surface)]
            if _common(first) or first.text in PEOPLE_WORDS or first.text in DEMONYMS \
                    or names_a_people(toks[-1].text):
                return []                     # "New York", "European Indoors": not "New", "European"
            return [Mention(first.start, first.end, index, first.text, "single", title=title_text,
                            evidence=bool(title), sentence_start=sentence_start)]
        mention = Mention(a, b, index, surface, "person", title=title_text,
                          evidence=bool(title) or toks[0].low in GIVEN_NAMES,
                          sentence_start=sentence_start)
    return [mention]


def _office_after(text: str, end: int) -> bool:
    """An office or a title right after `end` ("… leader", "… MP")."""
    m = NEXT_WORD.match(text, end)
    return m is not None and (m.group(1).lower() in ROLE_HEADS or m.group(1).lower() in TITLE_WORDS)


def _said_after(text: str, end: int, pattern: re.Pattern[str] = SAID_AFTER) -> bool:
    """ "said", "has told" (or what `pattern` reads) right after `end`."""
    m = pattern.match(text, end)
    return m is not None and m.group(1).lower() in SAY_VERBS


def _owner(prefix: str, suffix: str, text: str = "") -> str:
    """The owner a possessive before a name gives as its role ("Reform's Tim Vale"): not a day,
    a month or an honorific, not a person ("Ada Voss's Budget", "Mr Voss's Budget"), and not where the name only
    modifies a noun before another name ("Voss's Harwick club-mate Ada Reyes"). `text`: the document,
    where an owner of two words that opens a sentence is written again inside one."""
    if not prefix.rstrip().endswith(("’s", "'s")):
        return ""
    window = prefix[-OWNER_CHARS:]
    owner = POSSESSIVE_OWNER.search(window)
    if owner is None:
        return ""
    word = owner.group(1).lower()
    given = GIVEN_BEFORE.search(window, 0, owner.start(1))
    before = given.group(1).lower() if given else ""        # a person's: "Ada Voss's", "Mr Voss's"
    # ... but a body's name ends on its type word, as no person's does ("The Cecil Society's Ann
    # Vale": "Cecil" is a given name too), and its two words are its name at a sentence's opening
    body = bool(given) and word in ORG_HEADS and window[given.end(1):owner.start(1)] == " "
    modifier = MODIFIES_NEXT.match(suffix)
    if word in HONORIFICS or word in DAY_NAMES or word in MONTHS \
            or (before in GIVEN_NAMES or before in FIRST_NAMES) and not body \
            or before in HONORIFICS or before in NAME_PARTICLES \
            or (modifier and modifier.group(1) not in SAY_VERBS):
        return ""
    # "South Tarvelia's Ann Vale": a country of two words is owner whole, not its last word
    if given and f"{given.group(1)} {owner.group(1)}" in COUNTRIES:
        return f"{given.group(1)} {owner.group(1)}"
    # ... as is a body's ("West Harwick's Tom Reed": not "Harwick"), but for a word the sentence opens
    # on ("But Harwick's", "Yesterday Harwick's"), unless the report writes the two inside a sentence too
    pair = f"{given.group(1)} {owner.group(1)}" if given else ""
    if given and before not in ROLE_STOPS and before not in DAY_NAMES and before not in MONTHS \
            and window[given.end(1):owner.start(1)] == " " \
            and (not SENTENCE_OPENER.search(window, 0, given.start(1)) and given.start(1) > 0 or body
                 or re.search(rf"[a-z,]\s+{re.escape(pair)}\b", text) is not None):
        return pair
    return owner.group(1)


# the two words after a name: the noun a sentence's first word may modify, and what follows it
TWO_WORDS_AFTER = re.compile(r" ([a-z]{3,})(?: ([a-z]{2,}))?\b(?![’'-])")
VERBS_AFTER = AUXILIARIES | IRREGULAR_PAST | frozenset("do does did".split())


def _industry_noun_opening(text: str, m: Mention) -> bool:
    """A line of business a sentence opens on, capitalised for that alone, before the noun it
    modifies: "Steel analyst Tom Reed said", "Tobacco stocks rose" (a plural noun, then its verb),
    which is no short name of Harwick Steel or Harwick Tobacco; not a surname before its verb
    ("Gold said", "Gold cuts prices")."""
    if m.kind != "single" or not m.sentence_start or m.title or m.evidence or m.text.lower() not in LINE_OF_BUSINESS:
        return False
    after = TWO_WORDS_AFTER.match(text, m.end)
    if after is None:
        return False
    noun, then = after.group(1), after.group(2) or ""
    if noun in SAY_VERBS or noun in VERBS_AFTER or noun.endswith("ed"):
        return False
    return not noun.endswith("s") or then in VERBS_AFTER or then.endswith("ed")


def quotation_open(before: str) -> bool:
    """The words `before` a point leave a quotation open: what follows is in someone's words."""
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def quoted(text: str, pos: int) -> bool:
    """Whether `pos` is inside quotation marks opened in its paragraph."""
    return quotation_open(text[text.rfind("\n", 0, pos) + 1:pos])


def _speaks(text: str, end: int, prefix: str) -> bool:
    """ "X said", "said X", "according to X"; not a name inside another's apposition ("Jo Pike, of
    the Harwick Dockers Union, said", "Tom Pike, MP for Harwick, said": Pike speaks)."""
    return (_said_after(text, end) and not _in_apposition(prefix) and not _after_a_locative(prefix)) \
        or _said_before(prefix)


def _after_a_locative(prefix: str) -> bool:
    """A preposition of place right before a name ("Police in Port Haldane said", "analysts at
    Quendle said"): the verb after is said by the noun before it, never by the name."""
    last_word = prefix[-12:].split()[-1:]
    return bool(last_word) and last_word[0].lower() in LOCATIVES


def _after_a_place_noun(prefix: str) -> bool:
    """A place's noun and "of" right before a name ("the Tarvelian town of Santa Vera"): said of a place."""
    last_words = prefix[-30:].split()[-2:]
    return last_words[-1:] == ["of"] and len(last_words) == 2 and last_words[0] in PLACE_OF


def _in_apposition(prefix: str) -> bool:
    """The name is inside another's apposition, after its preposition ("Jo Pike, of the …", "Ann
    Vale, the mother of …") or a role's ("the MP for …")."""
    return FROM_BEFORE.search(prefix) is not None or _role_of(prefix)


def _role_of(prefix: str) -> bool:
    """ "the MP for" before a name: the holder of the role speaks, not the place it is of."""
    m = ROLE_OF_BEFORE.search(prefix)
    return m is not None and head_word(m.group(1)) in ROLE_HEADS


def _acts_after(text: str, end: int) -> bool:
    """ "Ruth Judge, CEO of …," or "Ruth Judge said": a person speaks or is described."""
    return _said_after(text, end) or (text[end:end + 2] == ", " and bool(role_after(text[end:end + SUFFIX_CHARS])))


def _read_context(mention: Mention, context: NameContext, document_text: str = "") -> None:
    """Role, affiliation, place-likeness and speech of a name, from the words around it (and, for an
    owner opening the sentence, how `document_text` writes it elsewhere)."""
    text, offset, title, after = context.text, context.offset, context.title, context.after
    honorific = bool(title) and title.toks[-1].low in HONORIFICS
    surface = mention.text
    sentence_start = mention.sentence_start
    local_start, local_end = mention.start - offset, mention.end - offset
    prefix = text[max(0, local_start - PREFIX_CHARS):local_start]
    mention.locative = _after_a_locative(prefix)
    mention.place_cue = bool(PLACE_AFTER.match(text, local_end)) or _after_a_place_noun(prefix)
    owner = POSSESSIVE_AFTER.search(text, local_end, local_end + POSSESSIVE_REACH)
    holder = HOLDER_AFTER.match(text, local_end)
    if holder and head_word(holder.group(1)) in PERSON_HEADS:
        owner = None
    mention.owner_word = owner.group(1).lower() if owner else ""
    if mention.collective:            # its own words say what it is ("military junta")
        mention.speaker = _speaks(text, local_end, prefix)
        return
    if not honorific:
        closed = bool(CLAUSE_END.match(text, local_end))
        apposed = APPOSITION_CLOSED.match(text, local_end) is not None
        heads = ORGANIZATION_HEADS if mention.kind == "organization" or mention.proper else ROLE_HEADS
        mention.role = role_before(prefix, heads, closed=closed, apposed=apposed)
        # "US rapper The Vandal", "rapper 40 Kelvo": a name read without the word it opens on has
        # its role before that word (not "world number 46 Tom Reed", a rank read whole)
        cut = None if mention.role else CUT_ROLE_OPENING.search(prefix)
        if cut:
            mention.role = role_before(prefix[:cut.start(1)], heads, closed=closed) \
                or (role_before(prefix[:cut.start(1)], ROLE_HEADS, closed=closed) if heads is ORGANIZATION_HEADS else "")
        if mention.role and prefix.rstrip().endswith(",") and (noun := MODIFIES_NEXT.match(text, local_end)) \
                and head_word(noun.group(1)) in ROLE_HEADS | ORGANIZATION_HEADS:
            # "Britain's sole feta producer, Yorkshire company Harwick Cheeses": the name opens the
            # apposition, its noun heads it, and the role is the name's after that noun
            mention.role = ""
        if heads is ROLE_HEADS and mention.kind == "single" and mention.role \
                and head_word(mention.role.rsplit(None, 1)[-1]) in ORGANIZATION_HEADS:
            # "freight and storage services firm Harwick": a lone name an organization's noun stands before is
            # read as an organization's, whose description may hold more plain words
            mention.role = role_before(prefix, ORGANIZATION_HEADS, closed=closed) or mention.role
        if not mention.role and (mention.kind != "single" or heads is ORGANIZATION_HEADS):
            # "sprinters Ann Vale and Ruth Cole", "rival firms Harwick and Tarvel": the second too.
            # Measured (s24) and left out: no list role for a name an owner's "'s" follows ("former
            # midfielders Tom Reed and Ann Vale's assistant"): right on the one pile it changed, but
            # the manager it was said of lost the false title that ranked him, and left the table
            mention.role = role_of_listed(prefix, heads)
        elif not mention.role and mention.kind == "single":
            # "cable firms Harwick and Tarvelnet": a one-word name listed after a body's class is one
            # of that class too (a person's class is left to the two-word names: "sprinters Ann Vale
            # and Cole" may list anyone)
            listed = role_of_listed(prefix, ORGANIZATION_HEADS)
            mention.role = listed if listed and head_word(listed.split()[-1]) in ORGANIZATION_ROLE_HEADS else ""
        mention.role_rank = 0 if mention.role else 9
        if not mention.role and mention.kind == "person" and (kin := kin_before(prefix, apposed)):
            # "his mother Ann Vale": a relative, ranked as an owner's word is (any title says more)
            mention.role, mention.role_rank = kin, OWNER_RANK
        if not mention.role and title and party_member([t.low for t in title.toks]):
            # "Liberal Democrat Ann Vale": her party, for want of a role, as "Reform's Ann Vale"
            mention.role, mention.role_rank = " ".join(t.text for t in title.toks), OWNER_RANK
    else:               # "United boss Sir Rex Ferris", "Home Secretary Lord Tarn": the role right before the honorific
        before = prefix[:prefix.rstrip().rfind(title.toks[-1].text)]
        # across a comma only where the apposition closes after the name too ("The Lord Chancellor,
        # Lord Tarn, agreed"): "… did not trust the prime minister, Mr Tarn replied" opens a clause
        closes = APPOSITION_CLOSED.match(text, local_end) is not None
        mention.role = role_before(before, closed=bool(CLAUSE_END.match(text, local_end)), apposed=closes) \
            if closes or not before.rstrip().endswith(",") else ""
        mention.role_rank = 0 if mention.role else 9
    # "The chairman of the Bar Council, Ann Holt said", "A spokesman for Harwick, Dr Tom Reed, said"
    lead = prefix[:prefix.rstrip().rfind(title.toks[-1].text)] if honorific else prefix
    if not mention.role and mention.kind != "organization" and lead.endswith(", "):
        ahead = ROLE_AHEAD.search(lead)
        # not "The owner of brands such as Harwick Milk, Dr Tarvel and …": a list of names
        if ahead and head_word(ahead.group(2)) in ROLE_HEADS and not LIST_OPENERS & set(ahead.group(1).split()):
            mention.role, mention.role_rank = ahead.group(1), 1
    if not mention.role and after and mention.kind != "organization" and not mention.proper \
            and (after.toks[-1].low in ROLE_HEADS or after.toks[-1].low in OFFICE_POST_NOMINALS) \
            and after.toks[-1].low not in HONORIFICS:          # "Alan Price MP", "Ann Holt QC"
        mention.role, mention.role_rank = " ".join(t.text for t in after.toks), 0
    if after and after.toks[-1].low in POST_NOMINALS:          # "Guy Holt QC", "Al Roe Jr": a person
        mention.evidence = True
    mention.kin_word = mention.kind == "person" and PERSON_WORD_BEFORE.search(prefix) is not None
    mention.owned_cue = mention.kind == "single" and OWNED_BEFORE.search(prefix) is not None
    # a lone common word at a sentence start ("Similarly, …") is read as a name only if it resolves
    plain_start = mention.kind == "single" and not title and sentence_start and not mention.proper and \
        zipf(surface) >= SENTENCE_START_THRESHOLD
    if plain_start:
        mention.role = ""
        return
    suffix = text[local_end:local_end + SUFFIX_CHARS]
    if mention.kind == "organization":
        if not mention.role and "," in suffix[:4]:
            mention.role = organization_role_after(suffix)
            mention.role_rank = 1 if mention.role else 9
        elif not mention.role and suffix[:4] in (" is ", " was"):
            mention.role = organization_role_copula(suffix)
            mention.role_rank = 1 if mention.role else 9
        mention.role = mention.role if mention.role_rank <= 1 else ""
        mention.role_rank = mention.role_rank if mention.role else 9
        mention.speaker = _speaks(text, local_end, prefix)
        return
    from_organization = False
    if mention.kind == "person" and _bare_class_word(mention.role) and ("," in suffix[:4] or DASH_AFTER.match(suffix)):
        # "Farmer Tom Dalby, a senior member of the Harwick hunt, said": a class word alone before the
        # name is the reporter's tag for a person the apposition then says more of (not an office,
        # "President Tom Reed, a former banker,", whose title is the role)
        apposed = role_after(suffix, ROLE_HEADS)
        if len(apposed.split()) > 1 and not (_plural_head(apposed) and _list_goes_on(suffix, apposed)):
            mention.role, mention.role_rank = apposed, 1
    if not mention.role and ("," in suffix[:4] or DASH_AFTER.match(suffix)):
        # "Tom Reed, the country's richest man,", "Ann Vale, the first Tarvelian woman to …": a
        # person's noun heads an apposition too, where no role noun does
        mention.role = role_after(suffix) or _plain_noun_apposition(suffix)
        if mention.role and _plural_head(mention.role) and _list_goes_on(suffix, mention.role) \
                and not LISTED_BEFORE_NAME.search(prefix):
            mention.role = ""       # "Ann Vale, business groups and the government": a list, not her role
        mention.role_rank = 1 if mention.role else 9
        if not mention.role and mention.kind in ("single", "person"):
            # "Tarvelco, a local phone service provider,": a lone name a body's apposition follows,
            # its noun heading the phrase (not "Tarvel, a charity anthem inspired by …"); and two
            # capitalised words read as a given name and a surname ("Harwick Boerse, the city's
            # stock exchange,"), which the pile may yet find to be a body's name
            described = organization_role_after(suffix)
            if described and head_word(_head_noun(described)) in ORGANIZATION_HEADS:
                mention.role, mention.role_rank = described, 1
        of = None if mention.role else FROM_ORGANIZATION.match(suffix)
        if of and _names_an_organization(of.group(1)):
            # "Jo Pike, of the Harwick Dockers Union, said": the organisation, for want of a role
            # ("Jo Pike, of Harwick," names a town)
            mention.role, mention.role_rank, from_organization = of.group(1), MEMBER_RANK, True
    elif not mention.role and mention.kind == "person" and (of := OF_THE_ORGANIZATION.match(suffix)) \
            and _names_an_organization(of.group(1)):
        mention.role, mention.role_rank = of.group(1).rstrip("."), MEMBER_RANK
    if not mention.role and suffix[:5] in (" is a", " was ", " is t", " has "):
        mention.role = role_copula(suffix, quoted=quotation_open(text[:local_start]))
        mention.role_rank = 2 if mention.role else 9
    if not mention.role and mention.kind in ("person", "single"):
        mention.role = role_as(prefix, suffix)      # "Tom Reed has been sacked as Harwick coach"
        mention.role_rank = 2 if mention.role else 9
    # "The film, directed by Tom Reed,": a person's credit (a lone word may be a firm's: "designed by Harwick")
    if not mention.role and mention.kind == "person" and (credited := role_credited(prefix, suffix)):
        mention.role, mention.role_rank = credited, CLASS_RANK
    # "players such as Tom Reed": a person's name, by a given name ("artists such as the Harwick
    # Sisters" name a band, which the role would make a person)
    if not mention.role and mention.kind == "person" and (listed := person_class_before(prefix)) \
            and surface.split()[0].lower() in ANY_GIVEN_NAME:
        mention.role, mention.role_rank = listed, CLASS_RANK
    if not mention.role and mention.kind in ("person", "single") and (called := class_called(prefix, PERSON_HEADS)):
        mention.role, mention.role_rank = called, 1     # "a rhythm guitarist called Tom Reed"
    if mention.role and mention.role_rank != MEMBER_RANK:     # "Institute for Fiscal Studies" is one name
        mention.role, mention.affiliation = split_affiliation(mention.role)
    elif mention.kind == "person" and _place_people(mention.title):
        # "Texan Mike Orr": a Texan, where no title, apposition or "X is a …" says more
        mention.role, mention.role_rank = mention.title, PLACE_PEOPLE_RANK
    elif mention.kind == "person" and (at := _nationality_at(prefix)) >= 0:
        # "seventh seed Varish Tom Reed", "Varish Tom Reed": where he is from, and the role before
        # it; the nationality alone where nothing else describes him (a sports report's players)
        nation = prefix[at:].strip()
        mention.affiliation = DEMONYMS[nation].name
        role = role_before(prefix[:at], closed=bool(CLAUSE_END.match(text, local_end)))
        if role.rsplit(None, 1)[-1:] == ["fellow"]:
            role = ""           # "fellow Varish Tom Reed": one of his rival's people, no post
        # (the role so read past it ranks as a class would: a title or an apposition right before the
        # name says more, as a two-word compound the reading cuts short, "country champion", may)
        mention.role, mention.role_rank = (role, CLASS_RANK) if role else (nation, NATIONALITY_RANK)
    owned_by_country = False
    if not mention.role:                     # "Reform's Tim Vale": the party, for want of a role
        owner = _owner(prefix, suffix, document_text)
        if owner in COUNTRIES:
            # "Tarvelia's Ann Vale": where she is from, not what she is (a sprinter, a firm) ...
            owned_by_country = True
            mention.affiliation = mention.affiliation or owner
            if mention.kind == "person" and COUNTRIES[owner].demonyms:
                # ... though, as "Tarvelian Ann Vale" does, her people's word is the role where nothing
                # else describes her (a sports report's players: "France's Tom Reed beat …"); a
                # capital's too ("Paris's Ann Vale" is French), ranked below any other description
                mention.role, mention.role_rank = COUNTRIES[owner].demonyms[0], NATIONALITY_RANK
        elif owner:
            mention.role, mention.role_rank = owner, OWNER_RANK
    # "X, <apposition>, said": also where a title before the name gave the role ("Tory MP Ann Vale,
    # another co-chair of the group, said"), so long as what the commas hold reads as an apposition;
    # a person's name (a lone word only where it stands for one: not "Harwick, of all places, said")
    # also before an apposition said of a person, which is how a source named once is brought in
    mention.speaker = _speaks(text, local_end, prefix) \
        or (_said_after(text, local_end, SAID_AFTER_APPOSITIVE)
            and (mention.role_rank == 1 or from_organization
                 or mention.kind in ("person", "single")
                 and (APPOSITION_OPENING.match(suffix) is not None or bool(role_after(suffix))))) \
        or mention.kind == "person" and _said_after(text, local_end, PERSONAL_APPOSITION) and not _in_apposition(prefix)
    # a lone word is a person only by a title ("Mr Marlow"); "in Tarvel, stressed" proves nothing
    mention.evidence = mention.evidence or (mention.kind == "person" and (bool(mention.role) or owned_by_country
                                                                          or mention.speaker))


# Words before a name that are its holder's office or rank, a title the name is known by, whatever an
# apposition after it says: offices, honorifics written out or short, peers' and royals' titles
RANKS_BEFORE_NAMES = TITLE_WORDS | HONORIFICS | PEERAGE_TITLES | ROYAL_TITLES | frozenset("professor doctor".split())


def _bare_class_word(role: str) -> bool:
    """A role of one word that holds no office or rank ("farmer", "Campaigner"; not "President",
    "Senator", "Lord", "Professor"): a class a report puts a person in before the name."""
    return bool(role) and " " not in role and role.lower() not in RANKS_BEFORE_NAMES


def _plain_noun_apposition(suffix: str) -> str:
    """An apposition a person's plain noun heads, with words that say more than the noun ("the
    country's richest man", "the man behind the Harwick label"); "a man" alone says nothing."""
    described = role_after(suffix, APPOSITION_HEADS)
    return "" if described.lower() in PLAIN_PERSON_NOUNS else described


# "Tom Reed and " before a name: the last name of two, whom an apposition in the plural describes
# together ("Tom Reed and Ann Vale, analysts with Harwick Research,")
LISTED_BEFORE_NAME = re.compile(r"[A-Z][\w’'-]+,?\s+and\s+$")


def _list_goes_on(suffix: str, role: str) -> bool:
    """ "and" follows the apposition `role` read from `suffix` (", business groups and the
    government"): it is an item of a list; one closed by a comma or a full stop (", analysts with
    Harwick Research.") describes the name before it."""
    at = suffix.find(role)
    return at >= 0 and LIST_GOES_ON.match(suffix, at + len(role)) is not None


LIST_GOES_ON = re.compile(r",?\s+and\s")


def _plural_head(role: str) -> bool:
    """The role's noun, before what qualifies it, is a role noun in the plural ("business groups",
    "analysts with Harwick Research")."""
    last = _head_noun(role).lower()
    return last.endswith("s") and head_word(last) != last and head_word(last) in ROLE_HEADS


def _head_noun(phrase: str) -> str:
    """The last word of a description before what qualifies it, a preposition or a participle:
    "lender" of "country's biggest mortgage lender", "anthem" of "charity anthem inspired by …"."""
    words = phrase.split()
    return next((words[k - 1] for k, w in enumerate(words)
                 if k and (w in DESCRIPTION_QUALIFIERS or w == "by" or w.endswith(("ed", "ing")))), words[-1])


class WrittenWords:
    """Whether a document writes a word on its own, exactly so ("veltrion" in small letters,
    "Stop" with one capital): not inside a longer word, a hyphenated compound, a web or e-mail
    address, or after an apostrophe. Looked up by `str.find` per word asked, since few words are asked about."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._seen: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = self._find(word)
        return found

    def _find(self, word: str) -> bool:
        text = self.text
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            before = text[at - 1] if at else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or before in "_’'-@") and not (after.isalnum() or after in "_-@") \
                    and not (before == "." and at > 1 and text[at - 2].isalnum()) \
                    and not (after == "." and text[end + 1:end + 2].isalnum()):
                return True         # not inside an address ("www.veltrion.com", "news@veltrion")
            at = text.find(word, at + 1)
        return False

    def lower(self, word: str) -> bool:
        """The word is written in small letters only somewhere ("veltrion")."""
        return bool(LOWER_CASE.fullmatch(word)) and word in self

    def title(self, word: str) -> bool:
        """The word is written with one capital then small letters somewhere ("Stop")."""
        return bool(TITLE_CASE.fullmatch(word)) and word in self


def _speaking_openers(mentions: list[Mention], text: str, written: WrittenWords) -> None:
    """A common word opening a sentence before a reporting verb, which the document never writes
    in small letters ("Calloway admitted he was tired", where "calloway" is a frequent word: a
    famous surname is one): a candidate name (`Mention.opener`), which the corpus keeps only for a
    person it knows by that surname ("Analysts said", "Police warned" name nobody)."""
    for m in mentions:
        if m.kind == "single" and not m.entity and m.sentence_start and not m.title and m.text[1:].islower() \
                and m.text.lower() not in MONTHS and m.text.lower() not in DAY_NAMES \
                and m.text.lower() not in NEVER_A_NAME and not written.lower(m.text.lower()) \
                and _said_after(text, m.end):
            m.entity, m.opener = m.text, True


def _drop_shouted_words(mentions: list[Mention], text: str, written: WrittenWords) -> None:
    """Capitals that are no acronym: a word the document also writes in small letters
    ("OSLO", "WIRE", "STOP"), or a model designation beside a number ("717 LX 2")."""
    for m in mentions:
        if m.kind != "organization" or not m.entity or not ACRONYM.match(m.text):
            continue
        before, after = text[max(0, m.start - 6):m.start], text[m.end:m.end + 4]
        if written.title(m.text[0] + m.text[1:].lower()) or written.lower(m.text.lower()) \
                or before.rstrip()[-1:].isdigit() or after.lstrip()[:1].isdigit():
            m.entity = ""


def by_surname(title: str) -> bool:
    """The title ends on an honorific written before a family name ("Mr", "Dr"), not a given name."""
    words = title.split()
    return bool(words) and words[-1].lower().rstrip(".") in SURNAME_HONORIFICS


def surname_holders(word: str, names: list[str], surnamed: set[str]) -> list[str]:
    """The full names "Mr" + word may stand for: those holding the word after their first word
    ("Mr Reed": Tom Reed, not Reed Harwick); failing those, one opening on it whose holder is never
    "Mr" + last word (a family name written first: "Mr Bae" for Bae Juck-soo, never "Mr Juck-soo").
    `surnamed` holds the words the texts write after such an honorific."""
    later = [n for n in names if word in n.split()[1:]]
    return later or [n for n in names if n.split()[-1] not in surnamed]


MAX_NATIONAL_REST = 2       # words after a people's adjective: "American Tom Reed"
POSSESSIVE_BEFORE = re.compile(r"[’']s?\s+$")


def _nationality_before_a_person(mentions: list[Mention], text: str, written: WrittenWords) -> None:
    """A people's adjective before a surname the document gives a person ("Ann Marsh beat Kim Orr
    … American Marsh will now face", "American Tom Marsh … Marsh said"): the adjective says where
    the person is from, and the name after it is that person's, not a national body's ("British
    Cycling", whose last word no one's name ends on). The surname is the last word of a full name
    of the document opening on a given name of the lists (not "the Harwick Theatre" read as a
    person's), or a word it writes alone for someone who speaks ("Marsh said"), and never in
    small letters ("British Phonographic Industry" beside a misread "Phonographic Industry" and "the
    music industry")."""
    # only the last words of bodies' names are asked about: a lone word is read for its speech
    # only where one of them is that word
    ends = {m.text.split()[-1] for m in mentions if m.kind == "organization"}
    if not ends:
        return
    surnames = {m.text.split()[-1] for m in mentions if m.kind == "person" and " " in m.text
                and (m.text.split()[0].lower() in GIVEN_NAMES or m.text.split()[0].lower() in FIRST_NAMES)}
    surnames |= {m.text for m in mentions if m.kind == "single" and not m.sentence_start and m.text in ends
                 and (_said_after(text, m.end) or _said_before(text[max(0, m.start - PREFIX_CHARS):m.start]))}
    if not surnames:
        return
    for m in mentions:
        if m.kind != "organization" or m.text.split()[-1] not in surnames or written.lower(m.text.split()[-1].lower()) \
                or POSSESSIVE_BEFORE.search(text, max(0, m.start - 4), m.start):
            continue        # "Harwick's Chinese Theatre": a thing someone owns
        words = m.text.split()
        k = next((k for k in range(len(words) - 1, 0, -1) if " ".join(words[:k]) in DEMONYMS), 0)
        if not k or " ".join(words[:k]) in COUNTRIES or not 1 <= len(words) - k <= MAX_NATIONAL_REST \
                or any(w.lower() in ORG_HEADS or not w[:1].isupper() for w in words[k:]):
            continue
        rest = " ".join(words[k:])
        at = text.find(words[k], m.start + len(" ".join(words[:k])))
        m.start, m.text, m.entity, m.evidence = at, rest, "", True
        m.kind = "person" if len(words) - k > 1 else "single"


def _opens_only(word: str, names: list[str]) -> bool:
    """A common word, no given name, that only opens the full names holding it ("Harbour" of a
    "Harbour Tarvelo" read as a person's): a report refers back to a person by the surname or the
    given name, so the word alone ("Harbour said", "Harbour Town" cut apart) is no such person.
    Not a family name written first, before a hyphenated given name ("Harbour Min-jun")."""
    return zipf(word) >= PLAIN_OPENING_WORD and word.lower() not in ANY_GIVEN_NAME \
        and all(n.split()[0] == word and word not in n.split()[1:] and "-" not in n for n in names)


# zipf; a word this common opening a full name is a plain word, not a given name the lists lack
# (BBC corpus: "Apple", "Real", "Sun" lone for firms and clubs read as people; at 3.0, "Anil",
# "Ozzy", "Piero" were given names the lists lack, a third of the firings)
PLAIN_OPENING_WORD = 4.0


def _surname_slipped(word: str, named: Counter[str]) -> str | None:
    """The one full name named so far (`named`) whose surname `word` misspells by a letter ("Tom
    Hallard … Hallad said"): a report brings a person in by full name and then writes the surname
    alone, so a lone rare word one letter off the surname of someone it has named is a slip of the
    pen, not a second person it never introduced. Not a common word (two frequent surnames a letter apart may
    be two people), nor a short one, nor the surname's plural ("the Hallards": the family)."""
    if len(word) < MIN_SLIPPED_SURNAME or zipf(word) >= COMMON_THRESHOLD:
        return None
    found = [n for n in named if len(n.split()) > 1 and word[0] == n.split()[-1][0] and word != n.split()[-1] + "s"
             and Levenshtein.distance(word, n.split()[-1]) == 1]
    return found[0] if len(found) == 1 else None


MIN_SLIPPED_SURNAME = 5     # letters of a lone surname read as a slip for a full name's ("Hallad")


def _resolve(mentions: list[Mention], written: WrittenWords | None = None) -> None:
    """Give each mention the name it stands for in this document.

    Full names stand for themselves; a lone word ("Lim", "Mr Lim", "Weiran") stands for a full
    name of this document holding it, the most mentioned so far if several do.
    """
    by_word: dict[str, list[str]] = {}
    for m in mentions:
        if m.kind == "person":
            m.entity = m.text
            for word in m.text.replace("\u202f", " ").replace("\xa0", " ").split():
                if word.lower() not in NAME_PARTICLES and not INITIAL.match(word):
                    names = by_word.setdefault(word, [])
                    if m.text not in names:
                        names.append(m.text)
    surnamed = {m.text for m in mentions if m.kind == "single" and by_surname(m.title)}
    # a royal is named by title and given name ("Prince Tom"): the word is then that royal's
    # here, with or without the title, and no full name opening on it is meant ("Tom Reed"), unless
    # that full name is titled so too ("Prince Tom bin Tarvel")
    royal = {m.text for m in mentions if m.kind == "single" and m.title
             and m.title.split()[-1].lower() in ROYAL_TITLES}
    royals = {m.text for m in mentions if m.kind == "person" and m.title
              and m.title.split()[-1].lower() in ROYAL_TITLES}
    seen: Counter[str] = Counter()
    for m in mentions:
        if m.kind == "person":
            seen[m.entity] += 1
        elif m.kind == "single":
            names = by_word.get(m.text, [])
            if names and by_surname(m.title):
                names = surname_holders(m.text, names, surnamed)
            if m.text in royal:
                names = [n for n in names if n.split()[0] != m.text or n in royals]
            # inside a quotation a person is called by the given name ('"Thanks, Tom," she said'), so a
            # given name the lists lack is no plain word there
            if names and not m.title and not (written is not None and quoted(written.text, m.start)) \
                    and _opens_only(m.text, names):
                names = []
            if names and written is not None and _industry_noun_opening(written.text, m):
                names = []      # "Tobacco stocks rose" beside Harwick Tobacco: no surname of its
            if not names and (slipped := _surname_slipped(m.text, seen)):
                names = [slipped]
            if names:
                m.entity = max(names, key=lambda n: (seen[n], -names.index(n)))
                m.kind = "person"
                seen[m.entity] += 1
            elif m.evidence or zipf(m.text) < COMMON_THRESHOLD:
                m.entity = m.text       # a lone name; the corpus may know its full form
            elif written is not None and not m.sentence_start and m.text.lower() not in MONTHS \
                    and m.text.lower() not in DAY_NAMES and m.text.lower() not in NEVER_A_NAME \
                    and not written.lower(m.text.lower()):
                m.entity, m.proper = m.text, True     # "Veltrion", never "veltrion": the corpus decides
    # a sentence opening on a word the document writes as a name elsewhere ("Harwick’s said …")
    proper = {m.text for m in mentions if m.proper}
    for m in mentions if proper else ():
        if m.kind == "single" and not m.entity and m.sentence_start and m.text in proper:
            m.entity, m.proper = m.text, True
