"""Accounts that disagree on an event: its time of day, its day or its place, a claim and its denial, who
holds a role only one can hold ("the first", "the mastermind") or did one act, and an outcome
for one person that excludes another (removed from office or suspended from it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from math import fsum

from briefing.analysis.conflicts import (
    KIND_SCORE,
    RELATIVE,
    TIME_WORDS,
    WORD,
    DayMention,
    Finding,
    Sentences,
    agent,
    clause_opener,
    content,
    content_words,
    day_mentions,
    holder,
    lemma_stem,
    opens_pointing_back,
    pairs_of,
    published_on,
    same_day,
    stem,
)
from briefing.analysis.dates import WEEKDAYS
from briefing.analysis.figure_conflicts import NOT_SUPERLATIVE
from briefing.analysis.figures import ClockTime, clock_times, figures
from briefing.analysis.lexicon import SAY_VERBS
from briefing.analysis.words import STOP_WORDS, any_case_at_word_start, any_case_cue, at_word_start, fold
from briefing.ingest.dateline import MONTHS

# --- thresholds, set on the eight labelled sets ----------------------------------------------
MIN_EVENT = 2               # words two sentences giving clock times must share to tell one event...
MIN_EVENT_VAGUE = 3         # ...more where one time is only a part of the day ("in the early hours")...
MIN_EVENT_WEIGHT = 0.05     # ...and this share of their words (idf-weighted Jaccard): clock times are rare
HEADING_WORDS = 4           # a clock time on a line this short heads the sentence after it
MIN_DAY_EVENT = 3           # days are named for many events, so only two tellings of one event in
MIN_DAY_WEIGHT = 0.4        # much the same words compare their days
MIN_PLACE_WEIGHT = 0.5      # ...and places, named for more events still, only two tellings closer yet (on the
                            # five BBC categories as piles, pairs at 0.44 told of two films, at 0.68 of one final)
WEEKDAY_WINDOW = 6          # days between two reports' datelines within which their weekdays compare
MIN_CLAIM = 3               # content words a denial's object needs to be looked for in other reports...
MIN_CLAIM_SHARE = 0.5       # ...and the share of them (idf-weighted) a claim sentence must repeat,
MIN_LEMMA_SHARE = 0.6       # ...or this share where words are matched without their inflections
                            # ("faked", "faking"): looser, so held higher (set by reading every
                            # denial pair on the five BBC categories: 0.55-0.56 were wrong pairs)
CLAIMS_SHOWN = 3            # claim sentences kept as one side (the composer shows one)
OWN_WORDS_REACH = 3         # sentences after a denial searched for the denier's own words
TALK_REACH = 3              # sentences either side of a denial searched for the talk it answers in its own report
TOPIC_WORDS = 10            # words of a claim quoted in its item's topic
SPEAKER_AFTER = 4           # words after a claim's verb that only name its speaker ("said the Tarvel mayor")
SPEAKER_OPENING = re.compile(r"[\s”\"]*(?:$|[A-Z]|(?:the|a|an)\b)")
FIRST_WINDOW = 5            # words after "the first" that say first to do what
ROLE_DF = 3                 # a role (or act) word is in at most this many sentences
MIN_ACT_SHARED = 4          # sentences this alike (words shared, weighted Jaccard) tell one act...
MIN_ACT_WEIGHT = 0.25       # ...and are compared on who they say did it
STATUS_WORDS = 6            # words between a person's name and the outcome reported of them

# denials as news prose reports them, with what they deny: a claim, a report, an allegation,
# what a party found or said ("dismissed the research as rubbish", "rejected his comments"), or a
# clause ("denied he knew"); after a determiner one lower-case word may qualify the object ("the
# latest claims"); "failed to deny", "did not deny" and "cannot deny" are not, nor a denial left
# open ("neither admits nor denies", "to confirm or deny")
FINDINGS = r"research|findings|figures|study|survey|comments?|criticisms?|idea"
FINDING_OBJECT = re.compile(rf"(?i:{FINDINGS})")
DENIAL = re.compile(
    r"(?i:(?<!\bto )(?<!\bnot )(?<!n't )(?<!n’t )(?<!\bcannot )(?<!\bnor )(?<!\bor )\b(?:den(?:ies|ied|ying|y)|dismiss(?:ed|es|ing)?|"
    r"reject(?:ed|s|ing)?|refut(?:ed|es|ing)|rebut(?:ted|s)?)\s+"
    r"(?:(?:all|the|any|these|those|that|this|multiple|such|his|her|their|a|an)\s+)*"
    r"(?:(?<=[a-z] )(?-i:[a-z][a-z-]+)\s+(?=(?:claims?|allegations?|accusations?|suggestions?|charges?|reports?|"
    r"remarks?|" + FINDINGS + r")\b))?"
    r"(?P<object>(?:claims?|reports?|allegations?|accusations?|suggestions?|charges?|talk|"
    r"speculation|quote|remarks?|stor(?:y|ies)|" + FINDINGS + r"|it|them|this|that|he|she|they|having|any)\b))")
DENIAL_STEMS = re.compile(r"(?i:den[iy]|dismiss|reject|refut|rebut)")
DENIAL_FORMS = frozenset("deny denies denied denying denial dismiss dismissed dismisses dismissing reject rejected "
                         "rejects rejecting refute refuted refutes refuting rebut rebutted rebuts".split())
# a denial of a clause told without "that" whose subject is a noun phrase ("denied the figures
# were wrong", "denies there is a rift", "denied his books are hostile to faith"): a few words,
# none of them opening a clause of their own, then a finite verb of being or having or a modal
# (a closed class; "denied Tom Reed a place in the side" and "denied the charges" have none).
# Only after "deny": one rejects or dismisses a thing, and denies a clause. Not a subject that
# points back ("this plan"), a pronoun (DENIAL reads "denied he knew"), nor a passive ("was denied
# entry", "has been denied a visa", where deny means to refuse) or a participle ("the licences
# denied under the embargo were"); within one line (a heading is no subject)
CLAUSE_SUBJECT_WORDS = 6
DENIED_CLAUSE = re.compile(
    r"(?<!\bto )(?<!\bnot )(?<!n't )(?<!n’t )(?<!\bcannot )(?<!\bnor )(?<!\bor )(?<!\bbe )(?<!\bbeen )(?<!\bis )"
    r"(?<!\bare )(?<!\bwas )(?<!\bwere )\b(?i:den(?:ies|ied|ying|y))\s+(?P<object>)"
    r"(?=(?!(?i:this|that|these|those|any|all|he|she|they|it|we|i|you|by|under|in|on|at|from|since|during|until)\b)"
    r"(?:(?!(?i:and|or|but|as|while|when|because|after|before|if|saying|to|for|with|that|which|who)\b)[\w’'-]+[^\S\n]+)"
    rf"{{1,{CLAUSE_SUBJECT_WORDS}}}(?:is|are|was|were|had|has|have|would|will|could|can|did|does|do|should|might|may|"
    r"must)\b)")
# Denials read nowhere else (measured, s25): of 322 BBC sentences with a word of denial (deny,
# denial, reject or dismiss a claim, refute, "insists ... not", "something he denies", "denied by"),
# 112 were read as denials. Of 40 unread ones drawn from piles of their story, 18 deny a claim and
# 10 of those have the claim told in another report: a charge or an allegation told as the
# denial's own clause or before it, an act denied by its gerund, "a denial from the family that"
# (one), and "insisted ... not" (none of the 40 pairs; most such sentences are stances, "will not
# be diverted"). The three forms below read 16 more; on the five BBC categories and 15 story piles
# they make 3 new pairs, all real disputes (the other 13 find no claim in another report).
# Tried and dropped: "insist(s/ed) (that) C ... not/no/never ..." read as a denial of C (its
# clause of more than 3 plain words looked for in other reports like any denied claim): on the
# five categories 4 new pairs, 1 right (both sides agreeing, "would not change the law" against
# "will not change the law"; a stance against a hope); a denial told by its noun ("a denial from
# the family that ...", "X's denials that ...", 2 in the corpus): no pair, the sentence before
# tells no claim; "His claims were denied by" as an answer to the sentence before: it opens on a
# word pointing back, which rebuttals.unnamed_findings leaves alone.
# a denial of an act told by its gerund ("denies using drugs", "denied ever taking bribes",
# "has denied being leaned on"): what is denied opens on the gerund; not a passive ("was denied
# boarding", where deny means to refuse), nor a word of "-thing" ("denied anything")
DENIED_DOING = re.compile(
    r"(?<!\bto )(?<!\bnot )(?<!n't )(?<!n’t )(?<!\bcannot )(?<!\bnor )(?<!\bor )(?<!\bbe )(?<!\bbeen )(?<!\bis )"
    r"(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeing )\b(?i:den(?:ies|ied|ying|y))\s+(?:(?i:ever)\s+)?"
    r"(?=[“\"‘']?(?P<object>(?!(?:any|no|some|every)thing\b)[a-z]{2,}ing)\b)")
# where the act a gerund denial denies ends: at a comma ("denied wanting the job, when ..."), or
# where the denier goes on to say something else ("denies using drugs and says she will sue")
DOING_ENDS = re.compile(r"(?i:,|\s+and\s+(?:has\s+|have\s+)?(?:says?|said|insists?|insisted|adds?|added|vows?|vowed|"
                        r"threatens?|threatened)\b)")
QUOTE_MARKS = re.compile(r"[“”\"]")
# a denial told after the claim it denies, in one sentence: "<claim>, a charge the firm denies",
# "<claim>, which he denies", "<claim>, something she denies", "<claim>, a claim denied by the
# council" (the claim is the clause before the comma), and "Vale's claim that <claim> was strongly
# denied by Reed" (the claim is the clause between): a closed class of claim nouns, a denier of a
# few words, and nothing after the verb but its agent ("by ...") or the clause's end
CLAIM_NOUN = r"(?:claims?|charges?|allegations?|accusations?|suggestions?)"
DENIER = (r"(?:(?!(?:and|but|who|whom|if|when|because)\b)[\w’'.-]+\s+){0,5}?"
          r"(?:(?:has|have|had|was|were|is|are|been|always|also|now|later|still|\w+ly)\s+)*")
DENIED_AFTER = re.compile(
    r"(?i:,\s*(?:(?:(?:a|an|the)\s+" + CLAIM_NOUN + r"|claims|charges|allegations|accusations)\s+(?:(?:which|that)\s+)?"
    + DENIER + r"(?:den(?:y|ies|ied)|rejects?|rejected|dismiss(?:es|ed)?)"
    # "which" and "something" may stand for a bid or a plan, which one rejects: only "deny" denies a claim
    r"|(?:which|something)\s+" + DENIER + r"den(?:y|ies|ied))(?=\s+by\b|\s*[,.;!?)]|\s*$))")
CLAIM_DENIED_BY = re.compile(
    any_case_cue(r"(?i:\b" + CLAIM_NOUN + r"\s+(?:that\s+)?(?P<clause>[^.;:“”\"]{0,200}?)\s+(?:was|were|is|are|has\s+been|"
                 r"have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:denied|rejected|dismissed)\s+by\b)"))
# objects that make a denial only after "deny" ("denied any wrongdoing"): one rejects or
# dismisses "any offer", "having" a meeting, as acts, not claims
DENY_ONLY_OBJECTS = frozenset({"any", "having"})
# a denial whose object is only this points to the claim told just before it
POINTER_OBJECTS = frozenset("it them this that quote claim claims report reports remark remarks allegation "
                            "allegations story suggestion accusations charge charges speculation talk research "
                            "findings figures study survey comment comments criticism criticisms idea".split())
# "also" just before a denial's verb ("has also rejected the claims")
ALSO = re.compile(r"(?i:\balso\s+(?:\w+\s+)?$)")
# where the object denied ends and the denier's own words begin
DENIER_WORDS = re.compile(r"(?i:,?\s*\b(?:saying|adding|calling|insisting|arguing|claiming|stressing)\b|,\s*(?:and|but)\b|"
                          r"\s+as\s+(?:a|an|old|just|mere)\b|[:“\"])")
# the words by which a report tells a claim: said, claimed, alleged, accused, and talk no one is
# named as saying ("There was speculation the pair ...", "there were rumours she would quit"); the
# denials' claims (CLAIM_VERBS) and the rebuttals' (rebuttals.CLAIM_SENTENCE) add words of their own
CLAIM_REPORTING = (r"claim(?:s|ed)?|alleg(?:e|es|ed|edly)|accus(?:e|es|ed)|report(?:s|ed)?|said|says|told|according to|"
                   r"suggest(?:s|ed)?|speculat(?:ion|ed)|rumou?r(?:s|ed)?")
# talk told as talk, with what it says: "speculation that", "reports linking him to", "claims of a
# rift", "a report in the Gazette claimed", "is rumoured to", "alleged", "suggested" (a closed class).
# Not "the annual report", "claim their pensions", nor "reported" (a firm reports its figures), "said"
TALK_TOLD = re.compile(
    r"(?i:\b(?:speculation|rumou?rs?|reports?|suggestions?|claims?|allegations?|accusations?|talk)\s+"
    r"(?:(?:that|of|about|linking|in\s+the)\b|in\s+(?-i:[A-Z]))|\b(?:claimed|alleged|alleging|suggested|speculated|"
    r"rumou?red|speculating)\b)")
# talk followed by what it says ("speculation that Reed felt undermined")
TALK_THAT = re.compile(any_case_cue(r"(?i:\b(?:speculation|rumou?rs?|reports?|suggestions?|claims?|allegations?|accusations?)\s+that\s+)"))
# a denial's claim is told by those, "charged with" (a charge is a claim) or "saying"
CLAIM_VERBS = re.compile(any_case_cue(rf"(?i:\b(?:{CLAIM_REPORTING}|charged\s+with|saying)\b)"))
# ...and a claim a denial of too few words answers, by those telling it as a claim: words of
# plain saying ("said", "told") tell anyone's words, the denier's side's too, and so few words
# denied cannot show which matter they answer
CLAIM_TOLD = re.compile(any_case_cue(r"(?i:\b(?:" + "|".join(w for w in CLAIM_REPORTING.split("|")
                                             if w not in ("said", "says", "told", "according to")) + r")\b)"))
# a role one party holds alone, given by a predicate: "became the first country to", "as the
# mastermind behind" (a rare noun after "the")
PREDICATE_WORDS = frozenset("is are was were be being been become became becomes becoming as named called "
                            "dubbed".split())
# a role after "become" or "be" is one hoped for or foreseen ("hoping to become the first", "could
# be the first"), not one a report says is held
UNREALISED = frozenset({"become", "be"})
# words that open a relative clause: a role noun comes before them, not after
# after "the first", the capitalised words before the class it is the first of ends ("Russian")
FIRST_OF = re.compile(r"(?i:(?:very\s+)?first)\s+(?P<named>(?:[A-Z][\w’'-]*\s+)*)")
RELATIVE_WORDS = frozenset("that who which whose whom where".split())
# what "the first" is the first of ("the first man to ...", "the first country to ..."), a closed
# class of general nouns (and "one", "time", "ever", "since": "the first time ever", "the first
# since"): two firsts of one class are two roles unless what follows ties them; nor is such a
# noun a role by itself ("he is the man who can run the game", "the man who made the club big")
FIRST_CLASSES = frozenset("man men woman women person people player players athlete country countries nation "
                          "team side club company firm one time ever since".split())
# a word of PREDICATE_WORDS (in any case: each is tested as read, lower-cased) before "the", opening on
# the words' first letters for the regex engine to skip ahead to; a word other than those before
# "the" takes no "the" from one of them, so they are found as among all words before "the"
THE = re.compile(any_case_at_word_start(*sorted(PREDICATE_WORDS - UNREALISED)) + r"\s+the\s+")
# a superlative ("latest", "biggest"; not "protest", "interest") ranks the noun after it, which is
# the role: "is the latest twist" and "were the latest" give no one role
SUPERLATIVE = re.compile(rf"(?!(?:{'|'.join(NOT_SUPERLATIVE)})$)[a-z]+est")
# outcomes for a person that exclude one another, in groups (a closed class of news verbs): out
# of office or suspended from it; dead, hurt or unhurt; convicted or acquitted; quit or fired
OUTCOME_WORDS = {
    "office": {"removed": "removed", "ousted": "removed", "suspended": "suspended", "reinstated": "reinstated"},
    "life": {"killed": "killed", "dead": "killed", "injured": "injured", "wounded": "injured",
             "unharmed": "unharmed", "unhurt": "unharmed"},
    "verdict": {"convicted": "convicted", "acquitted": "acquitted", "cleared": "acquitted"},
    "leaving": {"resigned": "resigned", "sacked": "dismissed", "fired": "dismissed"},
}
OUTCOMES = {w: (g, o) for g, words in OUTCOME_WORDS.items() for w, o in words.items()}
STATUS = re.compile(any_case_cue(r"(?i:\b(?:is|was|were|are|been|be|being|now)\s+(?:\w+ly\s+)?(?P<word>"
                                 + "|".join(sorted(OUTCOMES)) + r")\b)"))
HYPOTHETICAL = re.compile(any_case_cue(r"(?i:\b(?:if|unless|whether|could|would|will|may|might|should|can|to)\b)"))
REPORTING = frozenset("said says told that claimed announced".split())


# --- times of day ----------------------------------------------------------------------------

def comparable(a: tuple[ClockTime, ...], b: tuple[ClockTime, ...]) -> list[tuple[ClockTime, ClockTime]]:
    return [(x, y) for x in a for y in b if x.zone == y.zone]


def time_findings(sents: Sentences) -> list[Finding]:
    """One event put at times of day that cannot both be right, by reports that tell it in
    words they share, on the same day. A time written as a heading ("10:23 p.m.", as in an
    hour-by-hour account) is the time of the sentence after it, and is shown with it."""
    times = {i: clock_times(t) for i, t in enumerate(sents.texts)}
    shown = {i: i for i in times}
    for i in list(times):
        if times[i] and len(sents.texts[i].split()) <= HEADING_WORDS:
            nxt = sents.next_to(i, 1)
            if nxt is not None and not times[nxt]:
                times[nxt], shown[nxt] = times[i], i
            times[i] = ()
    findings: dict[tuple[int, str, str], Finding] = {}
    for i, j in pairs_of(sents, [i for i, t in times.items() if t]):
        pairs = comparable(times[i], times[j])
        if not pairs or any(x.agrees(y) for x, y in pairs) or not any(x.exact or y.exact for x, y in pairs):
            continue
        shared, weight = sents.shared(i, j)
        exact = any(x.exact and y.exact for x, y in pairs)
        if shared < (MIN_EVENT if exact else MIN_EVENT_VAGUE) or weight < MIN_EVENT_WEIGHT \
                or not same_day(sents, i, j):
            continue
        ti, tj = pairs[0][0].text, pairs[0][1].text
        for a, b, ta, tb in ((i, j, ti, tj), (j, i, tj, ti)):
            if (a, ta, tb) in findings:     # one report's time against several others' telling
                findings[(a, ta, tb)].sides[1].append(sents.refs[shown[b]])
                break
        else:
            findings[(i, ti, tj)] = Finding("time", KIND_SCORE["time"] + weight, "Time", [ti, tj],
                                            [[sents.refs[shown[i]]], [sents.refs[shown[j]]]])
    return list(findings.values())


# --- days ------------------------------------------------------------------------------------

def days_disagree(a: tuple[DayMention, ...], b: tuple[DayMention, ...]) -> bool:
    """No day of one is a day of the other: two weekdays compare as written, a written date
    with the other's date (or with the weekday it falls on)."""
    for x in a:
        for y in b:
            if not x.explicit and not y.explicit:
                if x.weekday == y.weekday:
                    return False
            elif x.month_day and y.month_day:
                if x.month_day == y.month_day:
                    return False
            elif x.weekday is None or y.weekday is None or x.weekday == y.weekday:
                return False            # nothing to compare them on, or the same weekday
    return True


def measured_apart(a: str, b: str) -> bool:
    """The two sentences give one kind of quantity and no value in common ("the dollar reached
    $1.29, from $1.30 on Thursday" against "$1.35 on Friday"): they tell a quantity measured on two
    days, not one event put on two."""
    fa, fb = figures(a), figures(b)
    kinds = {f.kind for f in fa} & {f.kind for f in fb}
    return bool(kinds) and not any(x.agrees(y) for x in fa for y in fb if x.kind == y.kind)


def day_findings(sents: Sentences) -> list[Finding]:
    """One event told in much the same words by two reports of about the same date, put on
    different days."""
    findings = []
    for i, j in pairs_of(sents, sents.dated):
        if len(sents.stems[i] & sents.stems[j]) < MIN_DAY_EVENT:
            continue
        shared, weight = sents.shared(i, j)
        if shared < MIN_DAY_EVENT or weight < MIN_DAY_WEIGHT:
            continue
        da, db = published_on(sents, sents.refs[i].doc), published_on(sents, sents.refs[j].doc)
        if da and db and abs((da - db).days) > WEEKDAY_WINDOW:
            continue
        days_i, days_j = day_mentions(sents.texts[i], sents.published(i)), day_mentions(sents.texts[j], sents.published(j))
        if days_i and days_j and days_disagree(days_i, days_j) and not measured_apart(sents.texts[i], sents.texts[j]):
            findings.append(Finding("day", KIND_SCORE["day"] + weight, "Day", [days_i[0].text, days_j[0].text],
                                    [[sents.refs[i]], [sents.refs[j]]]))
    return findings


# --- places ----------------------------------------------------------------------------------

# where an event is put: "in" or "at" and a capitalised name of up to three words ("in Harwick", "at
# Tarvel Park"); a name of a time ("in March", "at Christmas") is no place
LOCATIVE = re.compile(at_word_start("in", "at", not_after=r"[\w’'-]")
                      + r"\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?![\w’'-])")
NOT_PLACES = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset("christmas easter new the a an this that".split())


@lru_cache(maxsize=65536)
def places_in(text: str) -> tuple[str, ...]:
    """The places a sentence puts things at ("in Harwick", "at Tarvel Park")."""
    return tuple(p for m in LOCATIVE.finditer(text) if (p := m.group("place")).split()[0].lower() not in NOT_PLACES)


def place_findings(sents: Sentences) -> list[Finding]:
    """One event told in much the same words by two reports, put in different places ("came in 2000,
    when they beat Tarvel in Harwick" against "came two years ago in Vale, when they beat
    Tarvel"): each names a place the other does not name at all."""
    located = [i for i, t in enumerate(sents.texts) if " in " in t or " at " in t if places_in(t)]
    findings = []
    for i, j in pairs_of(sents, located):
        if len(sents.stems[i] & sents.stems[j]) < MIN_DAY_EVENT:
            continue
        shared, weight = sents.shared(i, j)
        if shared < MIN_DAY_EVENT or weight < MIN_PLACE_WEIGHT:
            continue
        ti, tj = sents.texts[i], sents.texts[j]
        only_i = [p for p in places_in(ti) if p not in tj]
        only_j = [p for p in places_in(tj) if p not in ti]
        if only_i and only_j:
            findings.append(Finding("place", KIND_SCORE["place"] + weight, "Place", [only_i[0], only_j[0]],
                                    [[sents.refs[i]], [sents.refs[j]]]))
    return findings


# --- claims and denials ----------------------------------------------------------------------

@lru_cache(maxsize=65536)
def find_denial(text: str) -> re.Match | None:
    """The denial in a sentence: its verb and what it denies (DENIAL), else a clause denied
    without "that" (DENIED_CLAUSE), whose object is empty and whose clause follows the match."""
    if not DENIAL_STEMS.search(text):
        return None
    return DENIAL.search(text) or DENIED_DOING.search(text) or DENIED_CLAUSE.search(text)


@lru_cache(maxsize=65536)
def denied_before(text: str) -> str | None:
    """The claim a sentence tells before denying it ("<claim>, a charge the firm denies", "Vale's
    claim that <claim> was denied by Reed"), where it has words enough to be looked for in other
    reports; None where there is none."""
    for pattern in (DENIED_AFTER, CLAIM_DENIED_BY):
        m = pattern.search(text)
        if m:
            claim = m.group("clause") if "clause" in pattern.groupindex else text[:m.start()]
            if len(content(claim) - {stem(w) for w in TIME_WORDS}) >= MIN_CLAIM:
                return claim
    return None


def denial_object(text: str) -> tuple[str, bool] | None:
    """What a sentence denies, and whether that is only a pointer to the sentence before
    ("denied that quote on Wednesday", "dismissed them as nonsense"); None for no denial or one
    of too few words to look for."""
    if DENIAL_STEMS.search(text) and (claim := denied_before(text)):
        return claim, False
    m = find_denial(text)
    if not m or m.group("object").lower() in DENY_ONLY_OBJECTS and not m.group(0).lower().startswith("den") \
            or not m.group("object"):
        return None         # a clause denied without "that" answers only the claim just before it (short_denial)
    denied = DENIER_WORDS.split(text[m.end():], maxsplit=1)[0]
    if m.re is DENIED_DOING:        # a quotation within the act is the act's words ("denied being "leant on"")
        denied = DOING_ENDS.split(DENIER_WORDS.split(QUOTE_MARKS.sub("", text[m.end():]), maxsplit=1)[0], maxsplit=1)[0]
    said = content(denied) - {stem(w) for w in TIME_WORDS}
    if not said:
        return (denied, True) if m.group("object").lower() in POINTER_OBJECTS else None
    if FINDING_OBJECT.fullmatch(m.group("object")):
        return None         # "dismissed criticism of his move": what follows is what was criticised, not claimed
    # an act denied by its gerund is told in plainer words ("engaging in personal campaigning" met
    # "engages in ... the campaign" of another matter on BBC piles): one word more is asked
    return (denied, False) if len(said) >= MIN_CLAIM + (m.re is DENIED_DOING) else None


# what a denial of a short clause or talk denies ("denied that they are about to link up", "denied
# suggestions that the papers are up for sale"): a clause (its subject a pronoun) or talk of it, not
# a formal charge, which a report tells of the accused in words of its own
SHORT_OBJECTS = frozenset("that he she they it claim claims report reports suggestion suggestions speculation talk "
                          "rumour rumours rumor rumors story stories".split()) | {""}    # "": a clause (DENIED_CLAUSE)


@lru_cache(maxsize=65536)
def short_denial(text: str) -> str | None:
    """What a denial denies where it is too short to be looked for in other reports (fewer than
    MIN_CLAIM content words): it answers the claim told just before it, as a denial of "the claims"
    does; None where there is no such denial."""
    m = find_denial(text)
    if not m or m.group("object").lower() not in SHORT_OBJECTS:
        return None
    denied = DENIER_WORDS.split(text[m.end():], maxsplit=1)[0]
    said = content(denied) - {stem(w) for w in TIME_WORDS}
    # a clause denied without "that", however long, is read only as an answer to the claim just
    # before it: looked for in other reports, its few plain words met unrelated sentences (on the
    # five BBC categories read as piles, the two pairs made that way were both wrong)
    return denied if 0 < len(said) and (len(said) < MIN_CLAIM or not m.group("object")) else None


# a denied clause's subject, before the act it tells: a pronoun or a determiner and its noun
# ("that he faked", "the firm misled"); a name is capitalised, so no act word either
DENIED_SUBJECT = re.compile(r"(?i:^\W*(?:that\s+)?(?:(?:the|a|an|his|her|its|their)\s+[a-z][\w-]*\b)?)")


def denied_act(denied: str) -> str | None:
    """The lemma stem of the act a denial denies: the first lower-case content word of what is
    denied after its subject ("faked" in "claims that he faked a crash", "misled" in "that the
    firm misled investors", "wrongdoing" in "any wrongdoing"); None where there is none."""
    rest = denied[DENIED_SUBJECT.match(denied).end():]
    words = re.findall(r"(?<![\w’'-])[a-z][a-z’'-]+", re.split(r"[.;!?]", rest, maxsplit=1)[0])
    return next((lemma_stem(w) for w in words if w not in STOP_WORDS and len(w) > 2), None)


def joins_answer(text: str) -> bool:
    """The denial is told as one more ("Mr Vale also dismissed the figures"): the sentence before
    it tells an ally's answer, not the claim answered."""
    m = find_denial(text)
    return bool(m and ALSO.search(text[:m.start()]))


def named_denied(text: str, denied: str) -> str:
    """What a denial denies, for its topic: where it is told after a comma, as a description of
    the claims ("denied the claims, made in a new book about ..."), with the words naming them
    ("the claims made in a new book about ...")."""
    if not denied.lstrip().startswith(","):
        return denied
    m = DENIAL.search(text)         # as denial_object found it: the verb, then the words naming the claims
    return m.group(0).split(None, 1)[1] + " " + denied.lstrip()[1:].lstrip()


def claimed(text: str) -> str:
    """What a claim sentence says is claimed: the words after its reporting verb, or before it
    where only the speaker follows ('"There is a role for harbour permits," said Mr Reed.')."""
    m = CLAIM_VERBS.search(text)
    if not m:
        return text
    if len(WORD.findall(text[m.end():])) <= SPEAKER_AFTER < len(WORD.findall(text[:m.start()])):
        # the speaker may come before the verb too: ", Ann Vale said", ", the mayor said"
        before = text[:m.start()].rsplit(",", 1)
        speaker = len(before) == 2 and len(WORD.findall(before[1])) <= SPEAKER_AFTER \
            and SPEAKER_OPENING.match(before[1])
        return (before[0] if speaker else text[:m.start()]).lstrip(" “\"")
    return text[m.end():]


def clause(text: str, n: int = TOPIC_WORDS) -> str:
    """The first words of a clause, as written, for a topic."""
    text = re.split(r"[:“”\"]", text, maxsplit=1)[0]
    words = re.sub(r"^\s*(?:that|of)\s+", "", text.strip()).rstrip(" .,;").split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


QUOTATION = re.compile(r"[“\"]")
SAID_WORDS = re.compile(r"\b(?:" + "|".join(sorted(SAY_VERBS)) + r")\b")


def own_words(sents: Sentences, i: int) -> int | None:
    """The sentence, shortly after a denial in its report, in which the denier says in their own
    quoted words what they hold ("Vale denied claims that he lied. ... Vale insisted: "I told the
    truth.""), where the denial quotes none itself; None where no such sentence follows."""
    text = sents.texts[i]
    who = agent(sents, text)
    if who is None or QUOTATION.search(text):
        return None
    return said_by(sents, i, who, OWN_WORDS_REACH,
                   lambda j, said: bool(QUOTATION.search(said) and SAID_WORDS.search(said)))


def said_by(sents: Sentences, i: int, who: str, reach: int, test) -> int | None:
    """The first of the `reach` sentences after sentence i in its report that `who` says (is its
    agent) and that passes `test(index, text)`; None where none does."""
    for step in range(1, reach + 1):
        j = sents.next_to(i, step)
        if j is None:
            return None
        said = sents.texts[j]
        if test(j, said) and agent(sents, said) == who:
            return j
    return None


def talk_nearby(sents: Sentences, i: int, denials: dict) -> int | None:
    """The sentence near a denial in its own report that tells, as talk, what it denies (a report
    opens on "Ann Vale has denied that Reed quit over a row" and goes on "There had been speculation
    that Reed felt undermined"; or tells the talk first): within TALK_REACH sentences, nearest
    first, the one before first; told as talk (TALK_TOLD), sharing a word with the denial, and
    neither opening on a word that points back (shown alone, it would not say whose claim or
    denial it is). Not past another denial (talk beyond it is that denial's), nor talk the denier
    tells (a party does not deny its own claims). Reporters word the talk and its denial
    differently, so it is found by where it stands, not by its words."""
    if opens_pointing_back(sents.texts[i]):
        return None
    denier = agent(sents, sents.texts[i])
    found = []
    for sign in (-1, 1):
        for k in range(1, TALK_REACH + 1):
            j = sents.next_to(i, sign * k)
            if j is None or j in denials or sents.words[j] & DENIAL_FORMS:
                break
            text = sents.texts[j]
            if TALK_TOLD.search(text) and not opens_pointing_back(text) and sents.shared(i, j)[0] >= 1 \
                    and (denier is None or agent(sents, text) != denier):
                found.append((k, sign, j))
                break
    return min(found)[2] if found else None


# talk a denial tells in its own words: "has rejected claims that", "denied reports that" (the
# talk nouns of TALK_THAT); what follows "that" is the claim, so the sentence states both sides.
# Measured (s29) where no report tells the claim and no talk is near: over the five BBC categories
# as piles of 40 and 27 story piles (held-back stories left out), 2 new items, both a claim and its
# denial, one answered on a neighbouring point (the claim of pressure on one player answered by
# words on another's), which GAINSAYING leaves out; no visible set moved. About 20 BBC sentences
# deny talk so; most find their claim told elsewhere (denial_findings above).
TALK_DENIED = re.compile(any_case_cue(r"(?i:\b(?:speculation|rumou?rs?|reports?|suggestions?|claims?|allegations?|accusations?)"
                                      r"\s+that\s+\S)"))
ANSWER_REACH = 2            # sentences after such a denial searched for the denier's answer


def answer_to_talk(sents: Sentences, i: int) -> int | None:
    """Where a denial tells the talk it denies ("Ann Vale has rejected claims that she plans to
    quit") and no other report tells it, the sentence shortly after it in which the denier,
    named as the denial names them, answers it in words of their own ('"I am going nowhere,"
    said Ms Vale.', "But Ms Vale said the team was stronger than ever"); None where there is no
    such sentence. The denial shows the claim, the answer what the denier holds instead."""
    text = sents.texts[i]
    m = find_denial(text)
    if m is None or not TALK_DENIED.match(text, m.start("object")) or opens_pointing_back(text):
        return None
    who = agent(sents, text)
    if who is None:
        return None
    return said_by(sents, i, who, ANSWER_REACH,
                   lambda j, said: bool((QUOTATION.search(said) or SAID_WORDS.search(said))
                                        and (GAINSAYING.search(said) or sents.stems[j] & content(denied_clause(text)))))


# words by which an answer gainsays what was said (a closed class): the denier's next words answer
# the talk only where they hold one, or a word of the talk; words on another matter do not ("rejected
# suggestions that the Scot is under pressure" and then '"Another player carries the whole
# country," said X' was such a pair on the BBC piles)
GAINSAYING = re.compile(r"(?i:\b(?:not|no|never|nothing|nobody|none|den(?:y|ies|ied)|reject(?:s|ed)?|untrue|"
                        r"wrong|false|nonsense|rubbish)\b|n[’']t\b)")


def denied_clause(text: str) -> str:
    """The words a denial denies, up to where the denier's own words begin."""
    return DENIER_WORDS.split(text[find_denial(text).end():], maxsplit=1)[0]


def answered_talk(sents: Sentences, i: int, answer: int) -> Finding:
    """A denial telling the talk it denies, and the denier's answer, as one finding: ranked after
    the denials whose claim a report tells (their weight is the share of the claim's words found)."""
    return Finding("denial", KIND_SCORE["denial"], f"Claim and denial: {clause(denied_clause(sents.texts[i]))}", [],
                   [[sents.refs[i]], [sents.refs[answer]]])


# A charge answered in other words: a denial whose words no claim repeats (half of them, as above),
# and a report that charges the denier in words of its own ("Prosecutors have alleged that Vale
# directed Reed to hide the losses" against "Vale rejected allegations he pressured Reed to falsify
# the accounts"). The charge is told by a word of charging (a closed class: allege, accuse, "charged
# with"), names the denier as the one charged (after the word of charging, or before it told in the
# passive: "Vale, who is accused of ...") and repeats a quarter of the denied words. Measured (s30) on
# the five BBC categories as piles of 40 (held-back stories left out) and the visible unseen piles:
# of the denials no claim answered, 4 had a charge naming the denier in another report; the two
# repeating a quarter of the words or more (0.32, 0.45) were a charge and its denial, the two below
# (0.14, 0.15) other matters of the same party (a speech's claim, a taunt). Fired over those, the
# five categories as piles of 100, 26 story piles and 7 piles of the articles telling of charges or
# denials: 2 pairs, both a charge and its denial (one already an item through another denial, so
# the briefs are byte for byte the same but one); a wider class of talk ("reports", "claimed",
# "suggested") found no other pair. Rare: a charge answered in other words, in another report.
CHARGE = re.compile(any_case_cue(r"(?i:\b(?:alleg(?:e|es|ed|ing|ations?)|accus(?:e|es|ed|ing|ations?)|charged\s+with|"
                                 r"charges?\s+of)\b)"))
# the word of charging in the passive, where the one charged comes before it
CHARGED_PASSIVE = re.compile(r"(?i:\b(?:(?:is|are|was|were|been|being|who\s+is|who\s+was)\s+(?:\w+ly\s+)?"
                             r"(?:accused|alleged|charged)|allegedly)\b)")
MIN_CHARGE_SHARE = 0.25     # share of the denied words (idf-weighted) such a charge repeats


def charge_elsewhere(sents: Sentences, i: int, scores: dict[int, float], denials: dict) -> int | None:
    """The sentence of another report charging the denier of sentence i with what it denies, in
    words of its own (`scores`: the share of the denied words each sentence repeats); None where
    no report does."""
    who = agent(sents, sents.texts[i])
    if who is None:
        return None
    for j in sorted(scores, key=lambda j: (-scores[j], j)):
        if scores[j] < MIN_CHARGE_SHARE:
            break
        text = sents.texts[j]
        if sents.refs[j].doc == sents.refs[i].doc or j in denials or sents.words[j] & DENIAL_FORMS \
                or opens_pointing_back(text) or not (m := CHARGE.search(text)):
            continue
        named = [start for start, _, name in sents.names.find(text) if name == who]
        if any(start > m.start() for start in named) or named and CHARGED_PASSIVE.search(text):
            return j
    return None


def denial_findings(sents: Sentences) -> list[Finding]:
    """A denial and the claim it denies: the report of the claim in other reports (found by the
    words of what is denied), or the sentence just before a denial of "that quote" or of too few
    words to look for ("denied that they are about to merge")."""
    denials = {i: d for i, t in enumerate(sents.texts) if sents.words[i] & DENIAL_FORMS and (d := denial_object(t))}
    short = {i: (d, True) for i, t in enumerate(sents.texts) if i not in denials and sents.words[i] & DENIAL_FORMS
             and (d := short_denial(t))}
    denials.update(short)
    findings = []
    lemmas: dict[int, set[str]] = {}      # a sentence's words' lemma stems, for every denial near it
    told: set[tuple[str, str]] = set()      # a claim and its answer told alike by two reports (a copy) is one finding
    for i, (denied, pointer) in denials.items():
        talk = None                 # the talk near the denial, in its own report, where that is the claim
        if pointer:
            before = sents.next_to(i, -1)
            told_so = CLAIM_TOLD if i in short else CLAIM_VERBS
            if before is None or before in denials or not told_so.search(sents.texts[before]) \
                    or (sents.texts[before], sents.texts[i]) in told or joins_answer(sents.texts[i]):
                continue
            if i in short and (opens_pointing_back(sents.texts[i]) or opens_pointing_back(sents.texts[before])):
                continue        # "He denied that ...": shown as a version, it would not say whose denial it is
            told.add((sents.texts[before], sents.texts[i]))
            claims, weight = [before], 1.0
        else:
            wanted = {w for w in content(denied) if w in sents.idf}
            # what is denied is matched by its words' stems without their inflections ("denied
            # he faked" answers "charged with faking"), each weighed by its own word's idf
            weights = {lemma_stem(w): sents.idf[stem(w)] for w in content_words(denied) if stem(w) in sents.idf}
            total, lemma_total = fsum(sents.idf[w] for w in wanted), fsum(weights.values())
            near = {j for w in wanted for j in sents.postings.get(w, ())}
            scores = {}
            # the words' weights and lemma stems by map, in C, not by a generator or comprehension
            # run in Python for each sentence near a denial (the same sets, the same sums)
            idf = sents.idf.__getitem__
            for j in near:
                share = fsum(map(idf, wanted & sents.stems[j])) / (total or 1.0)
                if j not in lemmas:
                    lemmas[j] = set(map(lemma_stem, sents.words[j]))
                lemma_share = fsum(map(weights.__getitem__, weights.keys() & lemmas[j])) / (lemma_total or 1.0)
                scores[j] = share if share >= MIN_CLAIM_SHARE or lemma_share < MIN_LEMMA_SHARE else lemma_share
            claims = [j for j in sorted(scores, key=lambda j: (-scores[j], j))
                      if sents.refs[j].doc != sents.refs[i].doc and j not in denials
                      and scores[j] >= MIN_CLAIM_SHARE and CLAIM_VERBS.search(sents.texts[j])]
            if len(wanted) < MIN_CLAIM:
                continue
            if not claims:
                if denied_before(sents.texts[i]):
                    continue    # the claim is told in the denial itself: talk near it tells another
                talk = talk_nearby(sents, i, denials)
                if talk is None and (charge := charge_elsewhere(sents, i, scores, denials)) is not None:
                    claims = [charge]
                elif talk is None:
                    if (answer := answer_to_talk(sents, i)) is not None:
                        findings.append(answered_talk(sents, i, answer))
                    continue
                else:
                    claims, scores[talk] = [talk], scores.get(talk, 0.0)
            weight = scores[claims[0]]
            # the claims that name the act denied come first, so that the one shown says what the
            # denial denies ("charged with faking the crash", not only "the crash and the test")
            if act := denied_act(denied):
                claims.sort(key=lambda j: act not in lemmas.get(j, ()))
        what = clause(claimed(sents.texts[claims[0]])) if pointer else clause(named_denied(sents.texts[i], denied))
        if talk is not None and (says := TALK_THAT.search(sents.texts[talk])):
            what = clause(sents.texts[talk][says.end():])      # what the talk says, in the words it says it
        sides = [[sents.refs[j] for j in claims[:CLAIMS_SHOWN]], [sents.refs[i]]]
        # the denier's own words, where they follow, say what the denier holds instead
        own = None if pointer else own_words(sents, i)
        findings.append(Finding("denial", KIND_SCORE["denial"] + weight, f"Claim and denial: {what}", [],
                                sides + ([[sents.refs[own]]] if own is not None else [])))
    return findings


# --- one role or one act, different parties --------------------------------------------------

def roles(sents: Sentences, i: int) -> dict[str, int]:
    """The one-holder roles a sentence gives, by a key for each, with where the role is given:
    what it is the first to do ("first:rescu"), and rare nouns after "the" ("maste")."""
    text = sents.texts[i]
    out: dict[str, int] = {}
    if " the " not in text:
        return out
    for m in THE.finditer(text):
        word = m.group().split(None, 1)[0].lower()
        if word not in PREDICATE_WORDS or word in UNREALISED:
            continue
        after = re.findall(r"[a-z][a-z-]+", fold(text[m.end():m.end() + 80]))
        if after[:1] == ["first"] or after[:2] == ["very", "first"]:
            # the first of a people or a place ("the first Russian woman to win") is another role
            # than the first of another ("the first Indian woman to reach")
            named = FIRST_OF.match(text, m.end())
            kind = "".join(w.lower() + ":" for w in named.group("named").split()) if named else ""
            for w in after[after.index("first") + 1:][:FIRST_WINDOW]:
                if w not in STOP_WORDS and w not in FIRST_CLASSES:
                    out.setdefault("first:" + kind + stem(w), m.start())
            continue
        for w in after[:3]:         # a rare noun after "the" and up to two words
            if w in RELATIVE_WORDS:
                break               # "the speech that kicked off": what follows tells of the noun
            if SUPERLATIVE.fullmatch(w):
                continue            # "the latest twist": the role is the noun, not the rank it is given
            if w not in STOP_WORDS and w not in FIRST_CLASSES and not w.endswith("ed") \
                    and sents.df.get(stem(w), 0) <= ROLE_DF \
                    and stem(w) in sents.stems[i]:
                out.setdefault(stem(w), m.start())
                break
    return out


def rare_act(sents: Sentences, i: int, j: int) -> str | None:
    """The act two sentences both tell of ("act:invit"): of the rare lower-case words they share,
    the first after the name the second sentence opens on (a verb follows its subject), outside
    relative clauses (", which opposed the war,": what the party once did, not the act told)."""
    def lower(text: str) -> dict[str, int]:
        found: dict[str, int] = {}
        for m in re.finditer(r"(?<![\w’'-])[a-z][a-z-]+", text):
            if m.group(0) not in STOP_WORDS:
                found.setdefault(stem(m.group(0)), m.start())
        return found
    text = sents.texts[j]
    opener = next((end for start, end, who in sents.names.find(text) if who == agent(sents, text)), 0)
    main = RELATIVE.sub(lambda m: " " * len(m.group(0)), text)
    after = {s: at for s, at in lower(main).items() if at >= opener}
    shared = [s for s in set(lower(sents.texts[i])) & set(after) & sents.stems[i] & sents.stems[j]
              if sents.df[s] <= ROLE_DF]
    return "act:" + min(shared, key=lambda s: (after[s], s)) if shared else None


# words that open a reported or embedded clause ("reports that X had held talks"): an act told
# after one is done by that clause's subject, not by whom the sentence opens on
EMBEDDING = re.compile(any_case_cue(r"(?i:\b(?:that|whether|if)\s+)"))


# a name's possessive before a common noun ("Norland's national airline")
POSSESSED = re.compile(r"[’']s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")


# an act a party is told to wish for or weigh ("clubs interested in signing him", "keen to buy",
# "hoping to win"): no act done, so no doer (a closed class of words of interest and intent)
WISHED = re.compile(any_case_cue(r"(?i:\b(?:interested|keen|eager|hoping|hopes?|hoped|wants?|wanted|plans?|planned|planning|"
                                 r"considering|looking|would\s+like)\s+(?:in|on|to|at)?\s*$)"))


# an act under a modal ("the stake should be cut", "the club would sell him", "it could be
# moved"): called for, weighed or supposed, not done, so no doer (English's closed class of modals;
# "may" in lower case only, not the month: "in May cut 300 jobs")
UNDONE = re.compile(r"(?i:\b(?:should|must|ought\s+to|would|could|might|(?-i:may))\s+(?:not\s+)?(?:have\s+)?(?:be\s+|been\s+)?"
                    r"(?:\w+ly\s+)?$)")


def doer(sents: Sentences, text: str, act: str) -> str | None:
    """Who does the act (a word stem) a sentence tells of: whom its main clause opens on, or,
    where the act is told in a clause opened by "that", "whether" or "if" ("declined to talk of
    reports that Harwick Bank had held talks"), whom that clause opens on; None where that is
    someone unnamed ("that it had held talks") or something the party owns ("Norland's national
    airline is to ...")."""
    at = next((m.start() for m in re.finditer(r"(?<![\w’'-])[a-z][a-z-]+", text) if stem(m.group(0)) == act), None)
    if at is not None and (WISHED.search(text[:at]) or UNDONE.search(text[:at])):
        return None
    embedded = list(EMBEDDING.finditer(text, 0, at)) if at is not None else []
    if not embedded:
        who = agent(sents, text)
        # "Norland's national airline is to make its debut": the act is the thing owned's
        owned = [end for start, end, name in sents.names.find(text) if name == who][:1]
        return None if owned and POSSESSED.match(text, owned[0]) else who
    return clause_opener(sents, text, embedded[-1].end(), before=at)


def rare_pairs(sents: Sentences) -> list[tuple[int, int]]:
    """Pairs of sentences from different reports that share a rare word (one in at most
    ROLE_DF sentences): where one act can be told twice."""
    return sorted({(a, b) for w, members in sents.postings.items() if len(members) <= ROLE_DF
                   for x, a in enumerate(members) for b in members[x + 1:] if sents.refs[a].doc != sents.refs[b].doc})


def agent_findings(sents: Sentences) -> list[Finding]:
    """One role given, or one act told of, different parties by different reports: the role
    held by whom the clause gives it to, the act by whom the clause opens on; an act is one act
    where both name the same third party (the one it was done to) and neither names the other
    doer."""
    if not sents.names:
        return []
    candidates = {i: found for i in range(len(sents.texts)) if (found := roles(sents, i))}
    pairs = list(pairs_of(sents, candidates))
    seen = set(pairs)
    pairs += [p for p in rare_pairs(sents) if p not in seen]
    findings = []
    for i, j in pairs:
        given_i, given_j = dict(candidates.get(i, {})), dict(candidates.get(j, {}))
        alike = len(sents.stems[i] & sents.stems[j]) >= MIN_ACT_SHARED
        weight = sents.shared(i, j)[1] if alike or set(given_i) & set(given_j) else 0.0
        if alike and weight >= MIN_ACT_WEIGHT and (act := rare_act(sents, i, j)):
            given_i[act], given_j[act] = len(sents.texts[i]), len(sents.texts[j])
        for role in sorted(set(given_i) & set(given_j)):
            act = role.startswith("act:")
            if act:
                who_i, who_j = doer(sents, sents.texts[i], role[4:]), doer(sents, sents.texts[j], role[4:])
            else:
                who_i, who_j = holder(sents, sents.texts[i], given_i[role]), holder(sents, sents.texts[j], given_j[role])
            named_i, named_j = sents.names.named(sents.texts[i]), sents.names.named(sents.texts[j])
            if not who_i or not who_j or who_i == who_j or who_i in named_j or who_j in named_i:
                continue
            if act and not (named_i & named_j) - {who_i, who_j}:
                continue
            key = role.split(":")[-1]
            word = next((w for w in re.findall(r"[a-z][a-z-]+", fold(sents.texts[i])) if stem(w) == key), key)
            name = word.capitalize() if act else f"Who was first ({word})" if role.startswith("first:") \
                else f"Who is the {word}"
            labels = [f"by {who_i}", f"by {who_j}"] if act else [who_i, who_j]
            findings.append(Finding("agents", KIND_SCORE["agents"] + weight, name, labels,
                                    [[sents.refs[i]], [sents.refs[j]]]))
            break
    return findings


# --- one person, two outcomes ----------------------------------------------------------------

def status_of(sents: Sentences, i: int) -> list[tuple[str, str, str]]:
    """(person, group, outcome) for each outcome a sentence reports of a named actor a few words
    before it ("Marsh was removed", "Marsh's authority is suspended"); not what might happen
    ("if he is removed", "could be suspended") nor what someone said of others."""
    out: list[tuple[str, str, str]] = []
    if not OUTCOMES.keys() & sents.words[i]:
        return out
    text = sents.texts[i]
    for m in STATUS.finditer(text):
        start = max((x.end() for x in re.finditer(r"[;:,]\s", text[:m.start()])), default=0)
        clause_text = text[start:m.start()]
        if HYPOTHETICAL.search(clause_text) or HYPOTHETICAL.search(m.group(0)):
            continue
        found = [(end, who) for a, end, who in sents.names.find(text) if start <= a and end <= m.start()]
        if not found:
            continue
        end, who = max(found)
        between = [w.lower() for w in re.findall(r"[\w’'-]+", text[end:m.start()])]
        if len(between) <= STATUS_WORDS and not set(between) & REPORTING:
            out.append((who, *OUTCOMES[m.group("word").lower()]))
    return out


def status_findings(sents: Sentences) -> list[Finding]:
    """One person reported in two outcomes that exclude each other (removed from office and
    suspended from it, killed and injured) by reports of the same days."""
    if not sents.names:
        return []
    found = {i: st for i in range(len(sents.texts)) if (st := status_of(sents, i))}
    findings = []
    for i, j in pairs_of(sents, found):
        for who, group, outcome in found[i]:
            other = next((o for w, g, o in found[j] if w == who and g == group and o != outcome), None)
            if other is None or (who, group, other) in found[i] or (who, group, outcome) in found[j] \
                    or not same_day(sents, i, j):
                continue
            findings.append(Finding("status", KIND_SCORE["status"], f"What happened to {who}",
                                    [outcome, other], [[sents.refs[i]], [sents.refs[j]]]))
            break
    return findings
