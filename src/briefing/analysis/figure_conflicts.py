"""One quantity given in different figures by different reports, or rising from report to report.

Figures are tied into one quantity when they share a unit and the words around them say they
count the same thing, or when a figure beside them agrees (the same "$11bn" converted to
"£6bn" here and "£5.8bn" there); the ties are made strongest first and refused where a report
would then give the quantity two values itself (two offers, two votes: it tells them apart), or
where the two figures are told of two periods or places named outright (October's and November's,
a region's and a country's), however a third figure would bridge them.
A quantity whose values rise with the reports' dates is an update, shown latest first. Each
report's largest count of the dead is its death toll.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from math import fsum

from briefing.analysis.conflicts import (
    KEYS,
    KIND_SCORE,
    MAX_BUCKET,
    MAX_SIDES,
    TIME_WORDS,
    YEAR,
    Finding,
    Sentences,
    agent,
    published_on,
    same_time,
    stem,
)
from briefing.analysis.dates import find_dates, parse_iso
from briefing.analysis.figures import (
    CASUALTY_CLASSES,
    CURRENCY_NAMES,
    DURATIONS,
    NUMBER_WORDS,
    SCALES,
    Figure,
    figures,
)
from briefing.analysis.words import STOP_WORDS, any_case_cue, commonness, fold
from briefing.ingest.dateline import MONTH_NAMES
from briefing.model import SentenceRef

MAX_RATIO = 1.5             # figures further apart than this are different quantities
EXPECTED_REACH = 60         # characters before a figure in which a verb says it is expected...
EXPECTED_AFTER = 25         # ...or after it, up to a comma ("250 hunts would meet")
EXPECTED = re.compile(r"\b(?:would|will|'ll|could|might|may|expect(?:s|ed)?|forecasts?|predict(?:s|ed)?|project(?:s|ed|ions?)|"
                      r"likely|set to|due to)\b", re.IGNORECASE)
# a figure in a condition ("if the single sold 500,000 copies, ...") is a supposition, as an
# expected one is, not what happened
CONDITIONAL = re.compile(any_case_cue(r"(?i:\b(?:if|unless)\b[^,;:]*$)"))
ALL_FIGURE_PAIRS = 60       # figures of one kind compared all with all up to this many (a story's
                            # figures); more are compared where the words around them meet
RARE_UNIT = 4               # a unit (or a range of one) given this rarely ties its figures by itself...
RARE_RATIO = 1.4            # ...where they are this close (24 and 33 hours are; two and three weeks not)
# the units whose rarity ties figures: things counted, ranges (not of shares), and spans of an
# event's length; not sums, shares or years, which a story gives of many different things
FINE_UNITS = frozenset({"minute", "hour", "day"})
FRAME_WORDS = 8             # words either side of a figure that say what it counts
MIN_FRAME_WORDS = 2         # words two figures' frames must share to be one quantity...
MIN_FRAME_SHARE = 0.15      # ...and this share of their weight (idf-weighted Jaccard): on the labelled
                            # sets frames of one quantity share 0.24 or more, of different ones 0.10 or less
ANCHOR_WEIGHT = 100.0       # a shared conversion or range end ties two figures before any words do...
ANCHOR_RATIO = 2.0          # ...where they are within this of each other
CONVERSION_APART = 1.2      # ...and two conversions this far apart say their figures are two sums
CONVERSION_GAP = 6          # characters between a figure and its conversion ("$11bn (£6bn)", ", or ")
LABEL_COMMONNESS = 5.0      # a figure is labelled by a word rarer than this in English (Zipf)
LABEL_NOUN_WORDS = 3        # words after a count that a label names it by ("current ferry deckhands")
KIND_LABELS = {"share": "Share", "duration": "Duration", "deaths": "Death toll", "injured": "Injured",
               "missing": "Missing"}
CASUALTY_KINDS = frozenset(kind for kind, _ in CASUALTY_CLASSES)


@dataclass(frozen=True, repr=False)
class Mention:
    """A figure a sentence states, with what it counts and the words around it."""

    sentence: int
    doc: int
    figure: Figure
    frame: frozenset[str]       # the words around it
    key: str                    # its kind ("share", "money:$", "count")
    unit: str                   # its kind and its counted noun's first word or written unit

def frame_of(text: str, f: Figure) -> frozenset[str]:
    """The words around a figure, which say what it counts."""
    before = re.findall(r"[a-z][a-z’'-]+", fold(text[:f.start]))[-FRAME_WORDS:]
    after = re.findall(r"[a-z][a-z’'-]+", fold(text[f.end:]))[:FRAME_WORDS]
    return frozenset(stem(w) for w in before + after
                     if w not in STOP_WORDS and len(w) > 2 and w not in TIME_WORDS and w not in SCALES)


def story_year(sents: Sentences) -> int | None:
    """The year most reports were published in, if they say."""
    years = Counter(int(d.published[:4]) for d in sents.corpus.documents
                    if d.published and d.published[:4].isdigit())
    return years.most_common(1)[0][0] if years else None


def earlier_year(text: str, year: int | None) -> bool:
    """The sentence is about a year before the story's ("the 2008 strike lasted 57 days")."""
    if year is None:
        return False
    stated = [int(y) for y in YEAR.findall(text)]
    return bool(stated) and max(stated) < year


def mentions_of(sents: Sentences) -> list[Mention]:
    year = story_year(sents)
    out = []
    for i, text in enumerate(sents.texts):
        if not earlier_year(text, year):
            found = figures(text)
            out += [mention(i, sents.refs[i].doc, text, f) for f in found
                    if not in_compound_time(text, found, f) and not a_difference(text, f) and not clock_point(text, f)
                    and not record_span(text, f)]
    return out


# "£300 less than the other side offered": a figure followed by a comparison is a difference
# between two quantities, not a quantity
COMPARISON_AFTER = re.compile(r"(?i:^\s+(?:more|less|fewer|higher|lower|greater|bigger|smaller|cheaper|"
                              r"dearer|larger)\s+than\b)")
# "scored on 52 minutes", "came on after 76 minutes", "in the final 10 minutes": minutes or seconds
# after "on", "after" or a word of a game's phase tell a moment or a phase of its clock
CLOCK_POINT = re.compile(any_case_cue(r"(?i:\b(?:on|after|final|last|first|opening|closing)\s+$)"))
# "with 10 minutes left", "four minutes from time", "two minutes before half-time": minutes or
# seconds after which a game ends or breaks tell a moment of its clock, not how long anything lasted
CLOCK_LEFT = re.compile(r"(?i:\s+(?:left|remaining|to\s+go|from\s+(?:time|the\s+end|full[- ]time)|"
                        r"before\s+(?:the\s+)?(?:end|break|interval|half[- ]time|full[- ]time)\b))")
# "in two weeks' time": a moment ahead, not a span
TIME_AHEAD = re.compile(r"[’']s?\s+time\b")
# "its lowest level in three years", "the first time in 11 years", "her second title for two
# months": the span since a record was last matched frames the record, it is no quantity told.
# A superlative is a word in -est but for the closed class of words that only end so ("the protest
# went on for three days", "interest - for the past three years"); the words between are words,
# not a dash.
NOT_SUPERLATIVE = ("interest protest arrest contest test request rest west suggest invest inquest harvest unrest "
                   "guest quest forest honest modest earnest chest nest priest digest manifest conquest").split()
RECORD_SPAN = re.compile(rf"(?i:\b(?!(?:{'|'.join(NOT_SUPERLATIVE)})\b)(?:\w+est|first|second|third)\b"
                         r"(?:\s+\w[\w-]*){0,4}?\s+(?:in|for)\s+(?:(?:the|a)\s+)?"
                         r"(?:(?:past|last|previous)\s+)?(?:almost\s+|nearly\s+|more\s+than\s+|over\s+)?$)")
RECORD_UNITS = frozenset({"day", "week", "month", "year"})     # not a race's seconds ("third in 7.27 seconds")
RECORD_REACH = 60           # characters before a duration searched for the record it frames


# a market's level at one session ("closed down 51 cents at $44.38", "traded at $1.29") and a move
# with the level it reached, which reads like a range ("crude fell $2.86 to $41.32"): both change
# from day to day (verbs of a market's session and of a price's move, closed classes)
SESSION_LEVEL = re.compile(any_case_cue(r"(?i:\b(?:closed|closing|traded|trading|opened|ended|finished)\b(?:\s+(?:up|down|higher|"
                                        r"lower|slightly|sharply|\S*\d\S*|cents?|pence|points?)){0,3}\s+at\s*$)"))
# the verbs of a move (a closed class)
MOVE_VERBS = "rose|fell|climbed|dropped|slipped|jumped|gained|lost|soared|slumped|surged|tumbled|dipped|eased"
MOVE = re.compile(any_case_cue(r"(?i:\b(?:" + MOVE_VERBS + r"|adding|added|shedding|shed|up|down)\s+(?:by\s+)?$)"))
MARKET_REACH = 45           # characters before a figure searched for a market's session


# what a market prices, moving through the day (a closed class)
PRICED = re.compile(any_case_cue(r"(?i:\b(?:shares?|stocks?|index|indices|price|prices|currency|dollar|euro|pound|yen)\b)"))
TRADED = re.compile(any_case_cue(r"(?i:\b(?:shares?|stocks?)\b)"))
MOVE_WORDS = 4              # words between a move's verb and its figure ("were up more than 16%")
# a move's or a session's verb, and the words after it to the figure
PRICE_MOVE = re.compile(r"(?i:\b(?:" + MOVE_VERBS + r"|closed|ended|finished|traded|trading|up|down)\b)((?:\s+\S+)*)\s*$")
CLAUSE_BREAK = re.compile(r"[,;:]")


def market_move(text: str, f: Figure) -> bool:
    """The figure is a market's level at one session, or a move told with the level it reached,
    or a price's move told of its market ("Shares in Alpha closed up 4.75%", "were up over 5% by
    noon"): each changes through the day."""
    before = text[max(0, f.start - MARKET_REACH):f.start]
    if SESSION_LEVEL.search(before) or f.span and MOVE.search(before):
        return True
    if f.kind != "share" and not f.kind.startswith("money:"):
        return False
    clause = CLAUSE_BREAK.split(before)[-1]
    verb = PRICE_MOVE.search(clause)
    # a share's price a move reached ("Alpha's shares rose 12% to A$4.76") moves as the move does;
    # not a monthly reading ("the average house price fell to £180,200 in October")
    priced = PRICED if f.kind == "share" else TRADED
    return bool(verb) and len(verb.group(1).split()) <= MOVE_WORDS and bool(priced.search(clause[:verb.start()]))


def a_difference(text: str, f: Figure) -> bool:
    return bool(COMPARISON_AFTER.match(text[f.end:f.end + 30]))


def clock_point(text: str, f: Figure) -> bool:
    """The duration tells a moment, or a phase of a game's clock ("in the final 10 minutes", "with
    four minutes left"), not how long anything lasted."""
    if f.kind != "duration":
        return False
    return bool(TIME_AHEAD.match(text, f.end)) or f.unit in ("minute", "second") and f.lo == f.hi \
        and bool(CLOCK_POINT.search(text[max(0, f.start - 10):f.start]) or CLOCK_LEFT.match(text, f.end))


def record_span(text: str, f: Figure) -> bool:
    """The duration is the span since a record was last matched ("the highest level in four
    years"), not how long anything lasted."""
    return f.kind == "duration" and f.unit in RECORD_UNITS \
        and bool(RECORD_SPAN.search(text[max(0, f.start - RECORD_REACH):f.start]))


UNIT_ORDER = {unit: k for k, unit in enumerate(DURATIONS)}     # second, minute, hour, ... year
COMPOUND_JOIN = re.compile(r"^\s*(?:,|and)?\s*$")


def in_compound_time(text: str, found: tuple[Figure, ...], f: Figure) -> bool:
    """The duration is one part of a time told in several units ("two hours 18 minutes 15
    seconds"): that part alone is no quantity a report gives."""
    if f.kind != "duration":
        return False
    return any(g is not f and g.kind == "duration" and COMPOUND_JOIN.match(
        text[f.end:g.start] if g.start >= f.end else text[g.end:f.start]) for g in found)


def midpoint(f: Figure) -> float:
    return (f.lo + f.hi) / 2


def ratio(a: Figure, b: Figure) -> float:
    x, y = sorted((abs(midpoint(a)), abs(midpoint(b))))
    return y / x if x else float("inf")


def same_unit(a: Mention, b: Mention) -> bool:
    """Figures of one kind and measure, durations in units next to each other at most ("36
    hours", "two days"); counts of one thing, their nouns' first or last words
    the same ("flights", "flight cancellations"; not "broadband subscribers", "cable broadband")."""
    if a.key != b.key or a.figure.measure != b.figure.measure:
        return False
    if a.key == "duration" and abs(UNIT_ORDER.get(a.figure.unit, 0) - UNIT_ORDER.get(b.figure.unit, 0)) > 1:
        return False        # "12 months" and "10,000 hours": a report restates a span in the next unit at most
    na, nb = [stem(w) for w in a.figure.noun], [stem(w) for w in b.figure.noun]
    return a.key != "count" or na[0] == nb[0] or na[-1] == nb[-1]


def unit_key(m: Mention) -> str:
    return m.unit


def mention(sentence: int, doc: int, text: str, f: Figure) -> Mention:
    """A figure as the rules compare it; its unit (ranges apart) is counted under its kind and
    its counted noun's first word or its written unit ("hour")."""
    unit = stem(f.noun[0]) if f.kind == "count" else f.unit
    return Mention(sentence, doc, f, frame_of(text, f), f.kind, ("range " if f.span else "") + f"{f.kind}:{unit}")


def frame_share(sents: Sentences, a: Mention, b: Mention) -> float:
    """How much of what two figures' frames say they share (idf-weighted Jaccard)."""
    if len(a.frame & b.frame) < MIN_FRAME_WORDS:
        return 0.0
    weight = fsum(sents.idf.get(s, 0.0) for s in a.frame & b.frame)
    return weight / (fsum(sents.idf.get(s, 0.0) for s in a.frame | b.frame) or 1.0)


def beside(by_sentence: dict[int, list[Mention]], m: Mention) -> list[Mention]:
    """Figures written right beside `m`, as its conversion or restatement ("$11bn (£6bn)",
    "10% to 20%, or $540m to $1.08bn")."""
    out = []
    for other in by_sentence[m.sentence]:
        gap = other.figure.start - m.figure.end if other.figure.start >= m.figure.end else \
            m.figure.start - other.figure.end
        if other is not m and 0 <= gap <= CONVERSION_GAP:
            out.append(other)
    return out


def anchored(by_sentence: dict[int, list[Mention]], a: Mention, b: Mention) -> bool:
    """Two reports of one figure that agree on one part and differ on the other: ranges with one
    end in common, or figures whose conversions beside them agree ("$11bn (£6bn)" and
    "$11bn (£5.8bn)")."""
    if a.figure.agrees(b.figure):
        return False
    if a.figure.span and b.figure.span:
        # shares are given of many things, so a shared end ("3% to 3.5%", "between 3% and 5%")
        # ties two ranges of shares no more than a shared value ties two shares
        return a.key != "share" and (same_value(a.figure.lo, b.figure.lo) or same_value(a.figure.hi, b.figure.hi))
    return any(x.key == y.key != a.key and written_alike(x.figure, y.figure)
               for x in beside(by_sentence, a) for y in beside(by_sentence, b))


def written_alike(x: Figure, y: Figure) -> bool:
    """Two figures stating one value: the same number, maybe with a qualifier ("$150m" and "more
    than $150m", "14bn euros" and "about 14bn euros"). A bound that reaches the other ("as much
    as $6bn" and "$4bn") or a figure rounded from the other ("$22m" and "$21.6m") agrees with it
    without stating it, and leaves room for two sums, or for conversions that differ as they do."""
    return x.agrees(y) and (same_value(x.lo, y.lo) or same_value(x.hi, y.hi)
                            or same_value(midpoint(x), midpoint(y)))


# the words of a sum's currency and scale ("euros", "billion"): two sentences sharing only these
# tell of two sums, not of one converted two ways
MONEY_STEMS = frozenset(stem(w) for w in [*CURRENCY_NAMES, *SCALES])


def share_matter(sents: Sentences, a: Mention, b: Mention) -> bool:
    """Two figures' sentences share a word besides those of money."""
    return bool(sents.stems[a.sentence] & sents.stems[b.sentence] - MONEY_STEMS)


def converted_apart(by_sentence: dict[int, list[Mention]], a: Mention, b: Mention) -> bool:
    """Each figure has a conversion beside it into one currency, and the two conversions are
    further apart than CONVERSION_APART: sums near in one currency and far in the other ("$700m
    (£374m)", "$500m (£379m)") are two sums, not one reported two ways."""
    return any(x.key == y.key != a.key and ratio(x.figure, y.figure) > CONVERSION_APART
               for x in beside(by_sentence, a) for y in beside(by_sentence, b))


def same_value(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1.0)


OWNER_REACH = 40            # characters before a figure where "Veltria's economy grew" names whose it is


def owner_near(sents: Sentences, text: str, at: int) -> str | None:
    """The actor named just before a figure in its own clause ("he said Veltria's economy grew
    6%"): the last one found within OWNER_REACH characters, with no clause break between."""
    found = [(end, who) for _, end, who in sents.names.find(text) if at - OWNER_REACH <= end <= at
             and not re.search(r"[,;:]", text[end:at])]
    return max(found)[1] if found else None


def different_holders(sents: Sentences, a: Mention, b: Mention) -> bool:
    """Each figure is its own party's: each sentence opens on (or names just before its figure) an
    actor the other does not name ("shares in Alpha rose 8%", "Beta shares jumped 11%"), or names
    only after its figure ("Alpha, with 10 nominations, wrote for Beta", "Beta has 12"); or each
    names a party the other does not besides one they share ("Ryanair ordered 70 Boeing planes
    for $4bn", "Boeing will supply Japan Airlines with 50 for $6bn": two deals, two sums)."""
    ta, tb = sents.texts[a.sentence], sents.texts[b.sentence]
    named_a, named_b = sents.names.named(ta), sents.names.named(tb)
    who_a = agent(sents, ta, a.figure.start) or owner_near(sents, ta, a.figure.start)
    who_b = agent(sents, tb, b.figure.start) or owner_near(sents, tb, b.figure.start)
    if who_a and who_b and who_a != who_b and (who_a not in named_b and who_b not in named_a
                                               or only_after(sents, ta, a, who_b) and who_a not in named_b
                                               or only_after(sents, tb, b, who_a) and who_b not in named_a):
        return True
    return bool(named_a & named_b) and bool(named_a - named_b) and bool(named_b - named_a)


def only_after(sents: Sentences, text: str, m: Mention, who: str) -> bool:
    """The actor is named in the sentence only after its figure ("Ann Vale, who leads with 10
    nominations, wrote songs for Tom Reed"): there it holds no figure of the sentence's own."""
    return all(start > m.figure.start for start, _, name in sents.names.find(text) if name == who)


def other_people(sents: Sentences, a: Mention, b: Mention) -> bool:
    """Each figure's sentence names a person, and none the other names."""
    people_a, people_b = ({who for who in sents.names.named(sents.texts[m.sentence])
                           if sents.names.kinds.get(who) == "person"} for m in (a, b))
    return bool(people_a) and bool(people_b) and not people_a & people_b


def other_stories(sents: Sentences, a: Mention, b: Mention) -> bool:
    """Each figure's report names parties (people, organisations), and none the other names: two
    reports of one story name one party at least ("the strike" at Harwick Foods in both), where a
    pile of several stories gives each report its own ("a four-day festival", "four days of talks";
    "pre-tax profits rose 15%" at one bank, "rose 20%" at another, their words alike)."""
    parties_a, parties_b = sents.parties_of(a.doc), sents.parties_of(b.doc)
    return bool(parties_a) and bool(parties_b) and not parties_a & parties_b


# a penalty's ceiling, the most a rule allows ("a maximum two-year ban", "up to five years in jail",
# "a fine of up to £5,000"): one figure the rule sets, so two reports of one story that give it
# differently disagree, however the accused is said to face it ("could receive", "faces"), where
# the figures are within ANCHOR_RATIO; a ceiling and a penalty given are two quantities (the most
# allowed, what was imposed). Words of a ceiling and of penalties: closed classes of English.
CEILING_BEFORE = re.compile(r"(?i:\b(?:(?:a|the)\s+maximum(?:\s+of)?|up\s+to)\s+$)")
CEILING_TEXT = re.compile(r"(?i:^up\s+to\b)")
# penalties by what they take: a ban or suspension from a sport or office, a term in custody, money
PENALTIES = {"bar": r"bans?|banned|suspensions?|suspended", "custody": r"sentences?|jail(?:ed)?|prison|imprisonment",
             "money": r"fines?|fined"}
PENALTY = re.compile(r"(?i:\b(?:" + "|".join(f"(?P<{kind}>{words})" for kind, words in PENALTIES.items()) + r")\b)")
# the figures each penalty is told in: a ban or a term is a span of time, a fine a sum ("up to 2,000
# workers could be fined" tells no ceiling of a fine)
PENALTY_FIGURES = {"duration": frozenset({"bar", "custody"}), "money": frozenset({"money"})}
# a rule proposed or changed ("plans to raise the maximum fine", "a bill calling for fines of up to"):
# its ceiling is not the one in force (a closed class of English words of proposing and changing)
RULE_CHANGE = re.compile(any_case_cue(r"(?i:\b(?:propos(?:e|es|ed|ing|al|als)|plans?|planned|bills?|call(?:s|ed|ing)?\s+for|"
                                      r"rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|in\s+future)\b)"))
CEILING_REACH = 16          # characters before a figure where "the maximum of" or "up to" sets its ceiling
PENALTY_REACH = 40          # characters either side of a ceiling where its penalty is named


def ceiling(text: str, f: Figure) -> frozenset[str]:
    """What penalty the figure is the most of ("a maximum one-year ban", "jail terms of up to
    five years", "suspended for up to two years"): the kinds named beside it, none where it
    is no ceiling (a penalty given, or no penalty)."""
    if not (CEILING_TEXT.match(f.text) or CEILING_BEFORE.search(text[max(0, f.start - CEILING_REACH):f.start])):
        return frozenset()
    near = text[max(0, f.start - PENALTY_REACH):f.end + PENALTY_REACH]
    named = frozenset(kind for m in PENALTY.finditer(near) for kind, word in m.groupdict().items() if word)
    return named & PENALTY_FIGURES.get(f.kind.split(":")[0], frozenset())


def ceilings_link(sents: Sentences, a: Mention, b: Mention) -> tuple[float, bool] | None:
    """How strongly two penalty ceilings are one quantity: ceilings of one kind of penalty in
    reports of one story, neither naming a person the other does not (two people's ceilings).
    The body whose rule sets it and the party facing it may each be named in one only."""
    if not ceiling(sents.texts[a.sentence], a.figure) & ceiling(sents.texts[b.sentence], b.figure) \
            or other_stories(sents, a, b) or other_people(sents, a, b):
        return None
    if RULE_CHANGE.search(sents.texts[a.sentence]) or RULE_CHANGE.search(sents.texts[b.sentence]):
        return None         # a ceiling proposed or raised, and the one in force: two quantities
    return 1.0 + frame_share(sents, a, b), False


def has_date(sents: Sentences, m: Mention) -> bool:
    return published_on(sents, m.doc) is not None


def link(sents: Sentences, by_sentence: dict[int, list[Mention]], unit_count: Counter[str], told: Telling,
         a: Mention, b: Mention) -> tuple[float, bool] | None:
    """How strongly two figures of different reports are one quantity (and whether a shared
    conversion says so), or None. The cheap tests come first."""
    if a.doc == b.doc or not same_unit(a, b) or ratio(a.figure, b.figure) > ANCHOR_RATIO:
        return None
    if anchored(by_sentence, a, b) and share_matter(sents, a, b):
        return ANCHOR_WEIGHT, True
    ceilings = bool(ceiling(sents.texts[a.sentence], a.figure)) + bool(ceiling(sents.texts[b.sentence], b.figure))
    if ceilings == 2:
        return ceilings_link(sents, a, b)
    if ceilings == 1:
        return None         # the most a penalty may be, and a penalty given: two quantities
    if converted_apart(by_sentence, a, b):
        return None
    if a.figure.span != b.figure.span or ratio(a.figure, b.figure) > MAX_RATIO:
        return None
    share = frame_share(sents, a, b)
    rare = (a.key == "count" or a.figure.span and a.key != "share" or a.figure.unit in FINE_UNITS) \
        and unit_count[unit_key(a)] <= RARE_UNIT and ratio(a.figure, b.figure) <= RARE_RATIO
    if share < MIN_FRAME_SHARE and not rare:
        return None
    if share < MIN_FRAME_SHARE and a.figure.unit != b.figure.unit:
        return None         # only the unit's rarity ties them, and each is told in its own unit
    if share < MIN_FRAME_SHARE and other_people(sents, a, b):
        return None         # only the unit ties them, and each tells of its own person (two matches)
    if other_stories(sents, a, b):
        return None         # the reports tell of different parties: two stories, however alike the words
    if not same_time(sents, a.sentence, b.sentence) and not (has_date(sents, a) and has_date(sents, b)):
        return None         # figures of different days, and no dates to read an update from
    priced = unit_price(sents.texts[a.sentence], a.figure) or unit_price(sents.texts[b.sentence], b.figure)
    if ("per" in a.figure.measure or priced or market_move(sents.texts[a.sentence], a.figure)
            or market_move(sents.texts[b.sentence], b.figure)) and not (has_date(sents, a) and has_date(sents, b)):
        return None         # a rate or a price ("$48 a barrel", "fell $2 to $41") moves: undated ones do not compare
    if priced and (not same_time(sents, a.sentence, b.sentence)
                   or other_weekdays(sents.texts[a.sentence], sents.texts[b.sentence])):
        return None         # ...nor a price read on two days ("$47 a barrel on Thursday", "$50 on Tuesday")
    if (relative_period(sents.texts[a.sentence]) or relative_period(sents.texts[b.sentence])) \
            and not (has_date(sents, a) and has_date(sents, b)):
        return None         # "took $12m at the weekend": a period told from each report's own day
    if different_holders(sents, a, b):
        return None
    if expected(sents.texts[a.sentence], a.figure) != expected(sents.texts[b.sentence], b.figure):
        return None         # "250 hunts would meet", "270 hunts met": a forecast and its outcome
    if told.apart(a, b):
        return None
    return share + (1.0 if rare else 0.0), False


# a price told per unit traded ("$47 a barrel", "410p a share", "$420 an ounce"): a closed class of
# English units of trade; such a price moves from day to day. Over the five BBC categories read
# as piles it parted one pair of crude prices of two days ("$51.43 a barrel" after a fall, "$53.09"
# on another day), and one more in a pile of oil-price reports; no visible set moved
UNIT_PRICE = re.compile(r"(?i:\s+(?:a|an|per)\s+(?:barrel|share|ounce|tonne|ton|gallon|litre|liter|bushel|kilo|kilogram)\b)")
WEEKDAY_NAME = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


class Telling:
    """What each figure is told of (the period and the place its clause names outright, and the
    month its report opens on), read once a mention and once a report, and whether two figures
    are told apart by it: two quantities, however alike their words."""

    def __init__(self, sents: Sentences, by_sentence: dict[int, list[Mention]]) -> None:
        self.sents, self.by_sentence = sents, by_sentence
        self.periods: dict[Mention, tuple[str, str, str] | None] = {}
        self.places: dict[Mention, frozenset[str] | None] = {}
        self.leads: dict[int, tuple[str, str, str] | None] = {}

    def period(self, m: Mention) -> tuple[str, str, str] | None:
        if m not in self.periods:
            self.periods[m] = figure_period(self.sents.texts[m.sentence], m.figure, self.found(m))
        return self.periods[m]

    def place(self, m: Mention) -> frozenset[str] | None:
        if m not in self.places:
            self.places[m] = figure_place(self.sents, self.sents.texts[m.sentence], m.figure, self.found(m))
        return self.places[m]

    def lead(self, doc: int) -> tuple[str, str, str] | None:
        if doc not in self.leads:
            self.leads[doc] = lead_period(self.sents, doc)
        return self.leads[doc]

    def found(self, m: Mention) -> tuple[Figure, ...]:
        return tuple(o.figure for o in self.by_sentence[m.sentence])

    def apart(self, a: Mention, b: Mention) -> bool:
        """The two figures are told of two periods ("£171,230 in October", "£175,610 in November"),
        two places ("£204,150 in England", "in England and Wales was £196,480") or two ends of a
        move ("fell to 5.2%", "rose from 5.4%": this period's level and the one before). A figure
        told of no period is of the month its report opens on, where the other's is named."""
        pa, pb = self.period(a), self.period(b)
        if (pa is None) != (pb is None):
            # "pushed the rate down to 5.2%" in a report opening on January's figures, "stayed at
            # 5.4% in December": the first is January's. Over the BBC corpus by category this
            # parted three pairs, all of two periods' readings (a monthly rate, two months'
            # lending, two surveys' price rises); no visible set moved. Read so in the joins of
            # quantities too, it parts no more pairs over the five categories as piles of 40;
            # read in neither, it ties two there, both wrong (a year's rise and December's)
            pa, pb = pa or self.lead(a.doc), pb or self.lead(b.doc)
        texts = self.sents.texts
        return other_periods(pa, pb) or other_ends(texts[a.sentence], a.figure, texts[b.sentence], b.figure) \
            or other_places(self.place(a), self.place(b))


LEAD_SENTENCES = 2          # sentences a report opens on, where it names the month its figures are of


def lead_period(sents: Sentences, doc: int) -> tuple[str, str, str] | None:
    """The month a report's opening names ("The economy created fewer jobs than expected in
    January"), which a figure it tells of no period is of, against a figure told of another
    month outright; None where the opening names no month, or two."""
    months = {period_of(m) for sentence in sents.corpus.documents[doc].sentences[:LEAD_SENTENCES]
              for m in PERIOD.finditer(sentence.text) if m["month"]}
    return next(iter(months)) if len(months) == 1 else None


def other_places(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    return a is not None and b is not None and a != b


def other_weekdays(x: str, y: str) -> bool:
    """The two sentences name weekdays, and none the same: two days, whatever the reports' dates
    (without a date, a weekday is not placed, but two different ones are never one day)."""
    a, b = set(WEEKDAY_NAME.findall(x)), set(WEEKDAY_NAME.findall(y))
    return bool(a) and bool(b) and not a & b


def unit_price(text: str, f: Figure) -> bool:
    """The figure is a sum told per unit traded: a price."""
    return f.kind.startswith("money") and bool(UNIT_PRICE.match(text, f.end))


# a period named from the report's own day ("at the weekend", "this week", "last month"): a
# closed class of English words of time
RELATIVE_PERIOD = re.compile(r"(?i:\b(?:(?:the|this|last|next|past|previous|coming)\s+(?:weekend|week|month)|"
                             r"(?:weekend|week|month)[’']s)\b)")


def relative_period(text: str) -> bool:
    """The sentence tells its figures of a period named from its report's day, which two undated
    reports may name alike of two different periods (two weekends' box office)."""
    return bool(RELATIVE_PERIOD.search(text))


# the period a figure is told of, named outright ("from £171,230 in October", "up 12.6% in the year
# to November", "11.8% higher in the last quarter of 2004", "grew 6.9% in 2004"): two figures told
# of two such periods are two quantities (a month's and a year's, October's and November's), as two
# surveys' readings of a market are. Words of time: a closed class of English; a month is read
# capitalised only ("may" is a verb)
MONTH = "|".join(m.capitalize() for m in MONTH_NAMES)
PERIOD = re.compile(
    r"\b(?i:in|for|during)\s+(?:the\s+)?(?:"
    rf"(?:year|12\s+months|three\s+months|quarter|month|week)s?\s+(?P<to>to)\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}\s+)?"
    rf"(?P<to_month>{MONTH})|"
    r"(?P<quarter>first|second|third|fourth|final|last)\s+quarter|"
    rf"(?P<from_month>{MONTH})(?:\s*-\s*|\s+to\s+|-to-)(?P<until_month>{MONTH})(?:\s+quarter)?|"
    rf"(?P<month>{MONTH})|"
    r"(?P<year_only>(?:19|20)\d\d)(?![\d%]))"
    r"(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)(?![\d%]))?")
# "In the year to March 2004, the economy grew by 8.5%": a period opening the sentence is its figures'
PERIOD_OPENING = re.compile(r"^\s*(?:In|For|During)\b")
CLAUSE_EDGE = re.compile(r"[,;:](?!\d)|\s+(?:while|whereas|but|and)\s+")     # not "169,910"
PERIOD_AFTER = 30           # characters after a figure in which its period opens ("up 12.6% on the year in
                            # the year to November"; not "a two-year ban after testing positive ... in 2003")
PERIOD_BEFORE = 60          # characters before it ("for November showed exports down 2.3%")


def reach_after(text: str, f: Figure, found: tuple[Figure, ...]) -> int:
    """Where what is told of a figure after it may run to: the end of its clause, or the next
    figure of its kind, whichever comes first."""
    edge = CLAUSE_EDGE.search(text, f.end)
    return min([edge.start() if edge else len(text)] + [g.start for g in found if g.start >= f.end and g.kind == f.kind])


def figure_period(text: str, f: Figure, found: tuple[Figure, ...]) -> tuple[str, str, str] | None:
    """The period a figure is told of, where its clause names one outright (kind, month, year):
    the one just after it, up to the next figure of its kind or the clause's end, else the one
    before it from the figure of its kind or clause before, else the one the sentence opens on."""
    end = reach_after(text, f, found)
    after = next(PERIOD.finditer(text, f.end, end), None)
    if after and after.start() - f.end <= PERIOD_AFTER:
        return period_of(after)
    start = max([0, f.start - PERIOD_BEFORE] + [m.end() for m in CLAUSE_EDGE.finditer(text, 0, f.start)])
    before = list(PERIOD.finditer(text, start, f.start))
    if before and not any(g.kind == f.kind and start <= g.start < f.start for g in found):
        return period_of(before[-1])    # not "from £169,910 in November to £168,340": the period is the first's
    started = [g for g in found if g is not f and g.kind == f.kind and move_end(text, g) == "from"]
    if started and move_end(text, f) != "from":
        # "fell to £168,340 from £169,910 in November", "was £196,480, down from £199,020 in
        # July-September": the level a move reached is of the period after the one it started in
        return period_after(figure_period(text, started[0], found))
    opening = PERIOD.match(text) if PERIOD_OPENING.match(text) else None
    return period_of(opening) if opening else None


def period_after(p: tuple[str, str, str] | None) -> tuple[str, str, str] | None:
    """The period after one, told by it ("fell to £5m from £6m in October": the month may be
    either level's, so the two are only read as different periods, not as October's and
    November's)."""
    return ("after " + p[0], *p[1:]) if p else None


def period_of(m: re.Match[str]) -> tuple[str, str, str]:
    if m["to"]:
        return "year to", m["to_month"], m["year"] or ""
    if m["quarter"]:
        return "quarter " + m["quarter"].replace("final", "last"), "", m["year"] or ""
    if m["from_month"]:
        return "months", f"{m['from_month']}-{m['until_month']}", m["year"] or ""
    if m["month"]:
        return "month", m["month"], m["year"] or ""
    return "year", "", m["year_only"]


# "fell to 5.2%", "rose from 5.4% in September to 5.5%": the level a move starts from is the period
# before's, the level it reaches the period's own (a closed class of English words of change)
MOVE_FROM = re.compile(r"(?i:\bfrom\s+(?:an?\s+)?$)")
MOVE_TO = re.compile(r"(?i:\b(?:" + MOVE_VERBS + r"|grew|rise|fall|up|down|increased|decreased|declined|"
                     r"pushed|push|pushing|cut|raised|lowered|reached)\s+(?:[\w-]+\s+){0,4}?to\s+$|"
                     r"\bfrom\s+\S*\d\S*(?:\s+\S+){0,4}?\s+to\s+$)")


def move_end(text: str, f: Figure) -> str | None:
    """Whether the figure is where a move starts ("from 5.4%") or ends ("fell to 5.2%")."""
    before = text[max(0, f.start - MARKET_REACH):f.start]
    if f.span:
        return None
    return "from" if MOVE_FROM.search(before) else "to" if MOVE_TO.search(before) else None


def other_ends(text_a: str, a: Figure, text_b: str, b: Figure) -> bool:
    """One figure is where a move starts and the other where one ends: two periods' levels."""
    return {move_end(text_a, a), move_end(text_b, b)} == {"from", "to"}


# "£204,150 in England", "the average price in England and Wales was £196,480", "a 90% share in the
# US": the countries a figure is told of, named after "in" in its clause; two figures told of two
# such places are two quantities (a region's and a country's, one market's and the world's)
PLACE_IN = re.compile(r"\bin\s+(?:the\s+)?$")
PLACE_JOIN = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?$")
PLACE_AFTER = 30            # characters after a figure in which its place opens
PLACE_EDGE = re.compile(r"[,;:](?!\d)|\s+(?:while|whereas|but)\s+")     # "and" joins places


def figure_place(sents: Sentences, text: str, f: Figure, found: tuple[Figure, ...]) -> frozenset[str] | None:
    """The countries a figure is told of ("in England and Wales"), where its clause names them
    after "in": just after it, else before it in its clause (not past a figure of its kind)."""
    end = reach_after(text, f, found)
    start = max([0, f.start - PERIOD_BEFORE] + [m.end() for m in PLACE_EDGE.finditer(text, 0, f.start)]
                + [g.end for g in found if g.end <= f.start and g.kind == f.kind])
    countries = [(s, e, who) for s, e, who in sents.names.find(text) if sents.names.kinds.get(who) == "country"]
    for lo, hi in ((f.end, min(end, f.end + PLACE_AFTER + 40)), (start, f.start)):
        places: list[str] = []
        last = -1
        for s, e, who in countries:
            if not lo <= s < hi or e > hi:
                continue
            if places and PLACE_JOIN.match(text[last:s]):
                places.append(who)
            elif not places and PLACE_IN.search(text[max(lo, s - 10):s]) and (lo == start or s - f.end <= PLACE_AFTER):
                places.append(who)
            elif places:
                break
            last = e
        if places:
            return frozenset(places)
    moved = [g for g in found if g.end <= f.start and g.kind == f.kind]
    if moved and move_end(text, f) == "from":
        return figure_place(sents, text, moved[-1], found)    # "£196,480, down from £199,020": one place's
    return None


def other_periods(a: tuple[str, str, str] | None, b: tuple[str, str, str] | None) -> bool:
    """Two figures told of periods named outright, and not one period (a month, a year, a
    quarter, a year to a month; a year is left unsaid in one at most)."""
    if a is None or b is None:
        return False
    return a[0] != b[0] or a[1] != b[1] or bool(a[2]) and bool(b[2]) and a[2] != b[2]


def expected(text: str, f: Figure) -> bool:
    """The figure is what someone expects or supposes, not what happened: a future or modal verb,
    or "expected", "forecast", "predicted", shortly before it in its clause or as the verb of what
    it counts ("250 hunts would meet"), or a condition its clause opens ("if it sold 500,000")."""
    before = text[max(0, f.start - EXPECTED_REACH):f.start].rsplit(";", 1)[-1]
    after = re.split(r"[,;:]", text[f.end:f.end + EXPECTED_AFTER], maxsplit=1)[0]
    return bool(EXPECTED.search(before) or EXPECTED.search(after) or CONDITIONAL.search(before))


def figure_findings(sents: Sentences) -> list[Finding]:
    mentions = mentions_of(sents)
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    by_doc: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
        by_doc[m.doc].append(m)
    unit_count = Counter(unit_key(m) for m in mentions)
    kinds = Counter(m.key for m in mentions)
    buckets: dict[str, list[int]] = defaultdict(list)
    for n, m in enumerate(mentions):
        if m.key in CASUALTY_KINDS:
            continue
        if kinds[m.key] <= ALL_FIGURE_PAIRS:
            buckets[m.key].append(n)        # few figures of this kind: compare them all
            continue
        if unit_count[unit_key(m)] <= RARE_UNIT:
            buckets[unit_key(m)].append(n)  # a rare unit ties its figures without words
        for s in sorted(m.frame, key=lambda s: (-sents.idf.get(s, 0.0), s))[:KEYS]:
            buckets[f"{unit_key(m)}|{s}"].append(n)
    links: dict[tuple[int, int], float] = {}
    anchors: set[tuple[int, int]] = set()
    told = Telling(sents, by_sentence)
    for key, members in sorted(buckets.items()):
        if "|" in key and len(members) > MAX_BUCKET:
            continue
        for x, p in enumerate(members):
            for q in members[x + 1:]:
                if (p, q) not in links and (found := link(sents, by_sentence, unit_count, told, mentions[p], mentions[q])):
                    links[(p, q)] = found[0]
                    if found[1]:
                        anchors.add((p, q))
    findings = casualty_findings(sents, mentions)
    for members, weight, anchor in quantities(mentions, links, anchors, lambda p, q: told.apart(mentions[p], mentions[q])):
        group = [mentions[n] for n in members]
        versions = value_classes(group)
        if len(versions) < 2:
            continue
        name = figure_label(sents, group)
        rising = rising_order(sents, versions)
        if rising is not None:
            findings.append(version_finding(sents, "update", rising, weight, f"{name} (rising)"))
        elif not known_elsewhere(versions, by_doc) or all(m.figure.span for m in group):
            findings.append(version_finding(sents, "anchored" if anchor else "figures", versions, weight, name))
    return findings


# "up to $9bn", "as many as 300": a bound, which any value under it agrees with; a report giving
# one names no value of its own (a closed class of English words, as figures.UP_TO reads them)
BOUND_TEXT = re.compile(r"(?i:^(?:up\s+to|as\s+many\s+as|as\s+much\s+as|at\s+most|no\s+more\s+than|fewer\s+than|"
                        r"less\s+than|under|below)\b)")


def known_elsewhere(versions: list[list[Mention]], by_doc: dict[int, list[Mention]]) -> bool:
    """A report giving one version also gives another's value (of the same unit): it tells two
    figures apart (two offers, two votes), so the reports do not disagree on one. Ranges are
    estimates: one report may set several side by side. A bound ("could restate up to $9bn")
    gives no value, however many values it agrees with."""
    for x, version in enumerate(versions):
        for other in versions[:x] + versions[x + 1:]:
            if any(m.key == o.key and m.figure.agrees(o.figure) and not m.figure.agrees(version[0].figure)
                   and not BOUND_TEXT.match(m.figure.text)
                   for v in version for m in by_doc[v.doc] for o in other):
                return True
    return False


def quantities(mentions: list[Mention], links: dict[tuple[int, int], float], anchors: set[tuple[int, int]],
               parted: Callable[[int, int], bool] = lambda p, q: False) -> list[tuple[list[int], float, bool]]:
    """Mentions joined, strongest link first, into quantities (members, strongest link,
    anchored): a join is refused where one report would then give two values that disagree, or
    where it would join two figures `parted` says are two quantities (told of two periods), which
    a figure linked to each would otherwise bridge."""
    cluster = {n: [n] for link in links for n in link}
    strength: dict[int, float] = defaultdict(float)
    anchored_in: set[int] = set()
    for p, q in sorted(links, key=lambda k: (-links[k], ratio(mentions[k[0]].figure, mentions[k[1]].figure), k)):
        cp, cq = cluster[p], cluster[q]
        if cp is cq:
            continue
        by_doc: dict[int, list[Mention]] = defaultdict(list)
        for n in cp + cq:
            by_doc[mentions[n].doc].append(mentions[n])
        if any(not x.figure.agrees(y.figure) and not (x.figure.span and y.figure.span)
               for ms in by_doc.values() for x in ms for y in ms):
            continue
        if any(mentions[x].doc != mentions[y].doc and parted(x, y) for x in cp for y in cq):
            continue
        for n in cq:
            cluster[n] = cp
        cp.extend(cq)
        strength[id(cp)] = max(strength[id(cp)], strength[id(cq)], links[(p, q)])
        if (p, q) in anchors or id(cq) in anchored_in:
            anchored_in.add(id(cp))
    out, seen = [], set()
    for members in cluster.values():
        if id(members) not in seen and len(members) > 1:
            seen.add(id(members))
            out.append((sorted(members), strength[id(members)], id(members) in anchored_in))
    return sorted(out)


def value_classes(group: list[Mention]) -> list[list[Mention]]:
    """The mentions split into versions, each holding the mentions that agree with its first.
    The most precise figures found versions; a vague one ("more than seven weeks") joins the
    one version it agrees with, and takes no side where it agrees with several."""
    classes: list[list[Mention]] = []
    for m in sorted(group, key=lambda m: (m.figure.hi - m.figure.lo, midpoint(m.figure), m.sentence)):
        homes = [c for c in classes if c[0].figure.agrees(m.figure)]
        if not homes:
            classes.append([m])
        elif len(homes) == 1:
            homes[0].append(m)
    return sorted(classes, key=lambda c: (midpoint(c[0].figure), c[0].sentence))


def order_refs(sents: Sentences, indices: Iterable[int]) -> list[SentenceRef]:
    """A version's sentences, those nearer the top of their report first."""
    return [sents.refs[i] for i in sorted(set(indices), key=lambda i: (sents.refs[i].sentence, sents.refs[i].doc))]


def version_finding(sents: Sentences, kind: str, versions: list[list[Mention]], weight: float,
                    name: str) -> Finding:
    """One finding of a quantity's versions; an update's say when each was first reported."""
    versions = versions[:MAX_SIDES]
    sides = [order_refs(sents, [m.sentence for m in v]) for v in versions]
    years = {d.year for v in versions for m in v if (d := published(sents, m))} if kind == "update" else set()
    labels = [rising_label(sents, v, len(years) > 1) if kind == "update" else v[0].figure.text for v in versions]
    docs = len({m.doc for v in versions for m in v})
    return Finding(kind, KIND_SCORE[kind] + 0.1 * min(docs, 5) + 0.01 * weight, name, labels, sides,
                   rising=kind == "update")


def counted_phrase(text: str, figure: Figure) -> tuple[str, ...]:
    """The counted noun as a label shows it: the words after the count up to LABEL_NOUN_WORDS,
    to the noun that heads them ("11 current ferry deckhands": not "current ferry")."""
    words = []
    for token in text[figure.end:figure.end + 60].split():
        w = token.rstrip(",.;:!?)”\"")
        # a word in lower case only, up to a clause's end ("13 matches - Ireland": not "reland")
        if not re.fullmatch(r"[a-z][a-z’'-]*", w) or w in STOP_WORDS or w in NUMBER_WORDS \
                or len(words) == LABEL_NOUN_WORDS:
            break
        words.append(w)
        if w != token:
            break
    return tuple(words) if text[figure.end:figure.end + 1].isspace() and words else figure.noun


def figure_label(sents: Sentences, group: list[Mention]) -> str:
    """What the figures count: "Number of flight cancellations", "Death toll", or the kind of
    figure with the word its mentions' frames share most ("Sum (fraud)")."""
    first = group[0]
    kind = first.figure.kind
    if kind == "count":
        return "Number of " + " ".join(counted_phrase(sents.texts[first.sentence], first.figure)) \
            if first.figure.noun else "Count"
    base = "Sum" if kind.startswith("money") else KIND_LABELS.get(kind, "Figure")
    if all(ceiling(sents.texts[m.sentence], m.figure) for m in group):
        base = "Most allowed"       # a penalty's ceiling: "Most allowed (ban): one-year vs two-year"
    if kind in CASUALTY_KINDS:
        return base
    written: dict[str, str] = {}
    for m in group:
        for w in re.findall(r"[a-z][a-z’'-]+", sents.texts[m.sentence]):
            if stem(w) in m.frame:
                written.setdefault(stem(w), w)
    counts = Counter(s for m in group for s in m.frame if s in written and written[s] not in NUMBER_WORDS
                     and commonness(written[s]) < LABEL_COMMONNESS)
    if not counts:
        return base
    best = max(counts, key=lambda s: (counts[s], -commonness(written[s]), s))
    return f"{base} ({written[best]})" if counts[best] >= 2 else base


# "… 3,759 dead as of April 22": the day a count stood at that figure, which may be before the
# report's own day (or the only day there is, where the report is dated to its month)
AS_OF = re.compile(r"(?i)\bas\s+(?:of|at)\s+$")


def published(sents: Sentences, m: Mention) -> dt.date | None:
    """The day a figure stood: the day its own sentence gives it "as of", else its report's."""
    text = sents.texts[m.sentence]
    if "as " in text:
        for d in find_dates(text, sents.corpus.documents[m.doc].published):
            if d.iso and len(d.iso) >= len("2025-01-01") and AS_OF.search(text[:d.start]):
                return parse_iso(d.iso)
    return published_on(sents, m.doc)


def rising_order(sents: Sentences, versions: list[list[Mention]]) -> list[list[Mention]] | None:
    """The versions latest first, where reports of two or more dates show the figure rising
    (each dated report's value at least the earlier ones'); None where they do not."""
    known = sorted((d, midpoint(m.figure)) for v in versions for m in v if (d := published(sents, m)))
    if len({d for d, _ in known}) < 2:
        return None
    if any(later[1] < earlier[1] and later[0] > earlier[0] for earlier, later in zip(known, known[1:], strict=False)):
        return None
    return sorted(versions, key=lambda v: -midpoint(v[0].figure))


def rising_label(sents: Sentences, version: list[Mention], with_year: bool = False) -> str:
    """A figure with the day the first report of it was published: "3,145 on 3 Apr"; with its
    month where its reports are dated to a month only ("2,886 in Apr"); with the year where
    the figures span more than one ("6,000 on 31 Jul 2024")."""
    text = version[0].figure.text
    year = " %Y" if with_year else ""
    when = min((d for m in version if (d := published(sents, m))), default=None)
    if when:
        return f"{text} on {when.day} {when.strftime('%b' + year)}"
    month = min((p[:7] for m in version if len(p := sents.corpus.documents[m.doc].published or "") >= 7), default="")
    day = parse_iso(f"{month}-01") if month else None
    return f"{text} in {day.strftime('%b' + year)}" if day else text


def casualty_findings(sents: Sentences, mentions: list[Mention]) -> list[Finding]:
    """The story's toll: each report's largest count of the dead is its toll, smaller ones being
    parts of it ("694 in the city"). Tolls that differ rise over time (an update, latest first)
    or disagree; a range ("between 10,000 and 100,000") is an estimate, shown after them. The
    hurt and the missing are counted the same way where no report counts the dead."""
    for kind in ("deaths", "injured", "missing"):
        counts = [m for m in mentions if m.key == kind and not m.figure.span]
        estimates = [m for m in mentions if m.key == kind and m.figure.span]
        tolls: dict[int, Mention] = {}
        for m in counts:
            if m.doc not in tolls or m.figure.hi > tolls[m.doc].figure.hi:
                tolls[m.doc] = m
        # a pile of several stories: where some reports' tolls name one thing in common (a party,
        # a country), a report naming nothing they name tells of another disaster
        named = {doc: sents.named_in(doc) for doc in tolls}
        story = {doc for doc in tolls if any(named[doc] & named[other] for other in tolls if other != doc)}
        if len(story) >= 2:
            counts = [m for m in counts if m.doc in story or not named[m.doc]]
            tolls = {doc: m for doc, m in tolls.items() if doc in story or not named[doc]}
        versions = value_classes([m for m in counts if m.figure.agrees(tolls[m.doc].figure)])
        if len(versions) < 2 and not (versions and estimates):
            continue
        rising = rising_order(sents, versions)
        finding = version_finding(sents, "update", rising, 0.0, f"{KIND_LABELS[kind]} (rising)") if rising \
            else version_finding(sents, "figures", versions, 0.0, KIND_LABELS[kind])
        if estimates:
            estimate = max(estimates, key=lambda m: m.figure.hi)
            while len(finding.sides) >= MAX_SIDES:
                finding.drop(len(finding.sides) - 1)
            finding.sides.append([sents.refs[estimate.sentence]])
            finding.labels.append(estimate.figure.text)
            finding.estimate = True
        return [finding]
    return []
