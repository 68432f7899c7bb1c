"""A body's ruling and another party's objection to it: "The tribunal cleared Tom Reed of the
charges" against "Harwick will appeal against the ruling, which it called unjust". Two named
parties, tied by the story's words the two sentences share.
"""

from __future__ import annotations

import re

from briefing.analysis.conflicts import Finding, Sentences, agent, opposed_pairs, stem
from briefing.analysis.words import any_case_at_word_start, any_case_cue

# --- thresholds ------------------------------------------------------------------------------
# Set by reading every pair on the five BBC categories whole, their piles of forty articles (the
# held-back stories' articles left out) and the 15 readable sets: three pairs, each a body's ruling
# and another party fighting it. Words of courts and rulings are left out of what the two must share:
# "court" alone paired one court's ruling with an appeal in another story.
MIN_SHARED = 2              # words, other than the ruling's and the court's, both sentences use

# Closed classes of English news prose, stated as such.
RULING_NOUN = r"(?:decision|ruling|verdict|judgement|judgment|acquittal|conviction)s?"
WRONG = (r"(?:erroneous|wrong|unjust|unfair|flawed|perverse|mistaken|misguided|absurd|ridiculous|outrageous|"
         r"indefensible|unsafe|unsound)")
# told as wrong or fought: "will appeal (against) the ruling", "seeks to overturn the verdict",
# "rejected the verdict", "the decision is erroneous", "shocked at the board's decision"; not "urged
# the judges to overturn the ruling", whose opener is no objector
# (each of its words opening on its first letter in any case, for the regex engine to skip ahead to:
# words.any_case_at_word_start; the objections first, as in one alternation)
OBJECTED_TO = rf"\s+(?:the|this|that|its|their|his|her|an?)\s+(?:[\w’'-]+\s+){{0,3}}?{RULING_NOUN}\b"
OBJECTION = re.compile(any_case_at_word_start(
    *(verb + OBJECTED_TO for verb in (
        r"appeal(?:ed|s|ing)?(?:\s+against)?",
        *(w + r"\s+to\s+(?:overturn|quash)" for w in "try tries trying tried seek seeks seeking sought".split()),
        r"reject(?:ed|s|ing)?", r"condemn(?:ed|s|ing)?", r"challeng(?:ed|es|e|ing)", r"contest(?:ed|s|ing)?",
        r"criticis(?:ed|es|ing)",
        *(w + r"\s+(?:at|by)" for w in "shocked dismayed angered appalled disappointed".split()))),
    *(noun + rf"s?\b[^.;]{{0,60}}?\b(?:is|was|were|as|called\s+it)\s+(?:\w+ly\s+)?[“\"‘']?{WRONG}\b"
      for noun in "decision ruling verdict judgement judgment acquittal conviction".split())))
# a body ruling: "the tribunal cleared", "the court ruled", "found him not guilty", "were cleared ... by"
RULED = re.compile(any_case_cue(r"(?i:\b(?:ruled|cleared|clearing|upheld|overturned|quashed|acquitted|convicted|"
                                r"found\s+(?:[\w’'-]+\s+){0,3}?(?:not\s+)?guilty)\b)"))
BY = re.compile(r"\s*(?:[\w’'-]+\s+){0,8}?by\s+(?:the\s+)?$")
# what may be, or is only weighed, is no objection ("can appeal against any decision", "whether to
# appeal", "if the trust does not")
HEDGED = re.compile(any_case_cue(r"(?i:\b(?:can|could|may|might|whether|if|unless|any)\b)"))
CONDITION_AFTER = re.compile(r"(?i:^\W*(?:[\w’'-]+\W+){0,6}?(?:if|unless)\b|,\s*(?:if|unless)\b)")
# "the organisation that cleared them": a relative clause, its subject not the sentence's opener
RELATIVE = re.compile(any_case_cue(r"(?i:\b(?:that|which|who|whose)\s+(?:[\w’'-]+\s+){0,2}?$)"))
# "were cleared", "after being cleared": the one ruled on opens the clause; the body is named after "by"
PASSIVE = re.compile(any_case_cue(r"(?i:\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:\w+ly\s+)?$)"))
# a ruling told of a court by its kind alone ("But an independent tribunal ruled that ...", "The
# judges found ..."): the court the report names elsewhere, as news prose names a body once. Not
# one told with a name ("A Tarvel court ruled", "The High Court"), which may be another court.
COURT_OPENING = re.compile(r"^\W*(?:(?:[Bb]ut|[Hh]owever|[Aa]nd),?\s+)?(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his)\s+(?:[a-z-]+\s+){0,2}?"
                           r"(?:tribunal|court|judges?|panel|jury|magistrates?)\s+$")
# a sentence with none of these words tells no ruling nor objection in the ways above (read first: cheap)
CUE_WORDS = frozenset("decision decisions ruling rulings verdict verdicts judgement judgements judgment judgments "
                      "acquittal acquittals conviction convictions ruled cleared clearing upheld overturned quashed "
                      "acquitted convicted guilty".split())
# the words of the ruling and its court, left out of what ties the two sentences to one matter
RULING_STEMS = frozenset(stem(w) for w in (CUE_WORDS | frozenset(
    "found appeal appealed appeals appealing against overturn quash court courts tribunal judge judges".split())))


def objection(text: str) -> int | None:
    """Where a sentence tells a ruling as wrong or to be fought, plainly (no hedge or condition
    before it, no "if" just after); None where it does not."""
    m = OBJECTION.search(text)
    if m is None or HEDGED.search(text[:m.start()]) or CONDITION_AFTER.search(text[m.end():]):
        return None
    return m.start()


def ruling_body(sents: Sentences, text: str) -> str | None:
    """The body a sentence tells ruling: the actor its clause opens on before the verb ("The
    tribunal cleared ..."), or the one named after "by" ("were cleared ... by the federation")."""
    m = RULED.search(text)
    if m is None or OBJECTION.search(text) or HEDGED.search(text[:m.start()]):
        return None
    for start, _, who in sents.names.find(text):
        if start > m.end() and BY.fullmatch(text[m.end():start]):
            return who
    opening = text[:m.start()]
    return None if PASSIVE.search(opening) or RELATIVE.search(opening) else agent(sents, text, before=m.start())


def court_named_elsewhere(sents: Sentences, rulings: list[tuple[int, str]], unnamed: list[int]) -> list[tuple[int, str]]:
    """The rulings told of a court by its kind alone ("the tribunal ruled that ..."), each given to
    the one body its report names as ruling; none where the report names none, or two."""
    bodies: dict[int, set[str]] = {}
    for i, body in rulings:
        bodies.setdefault(sents.refs[i].doc, set()).add(body)
    return [(i, next(iter(named))) for i in unnamed if len(named := bodies.get(sents.refs[i].doc, set())) == 1]


def ruling_findings(sents: Sentences) -> list[Finding]:
    """A body's ruling and a different named party telling it wrong or appealing against it, the two
    sentences sharing words of the story besides the ones about the ruling."""
    rulings: list[tuple[int, str]] = []
    objections: list[tuple[int, str]] = []
    unnamed: list[int] = []         # rulings told of a court by its kind alone
    for i, text in enumerate(sents.texts):
        if not CUE_WORDS & sents.words[i]:
            continue
        at = objection(text)
        if at is not None:
            who = agent(sents, text, before=at)
            if who in sents.names.roles:
                objections.append((i, who))
        elif m := RULED.search(text):
            body = ruling_body(sents, text)
            if body in sents.names.roles:
                rulings.append((i, body))
            elif COURT_OPENING.match(text[:m.start()]) and not any(
                    sents.names.kinds.get(who) == "organization" for who in sents.names.named(text)):
                unnamed.append(i)       # "..., but the Court of Appeal cleared him": two courts
    rulings += court_named_elsewhere(sents, rulings, unnamed)
    return opposed_pairs(sents, rulings, objections, lambda i, j: sents.stems[i] & sents.stems[j] - RULING_STEMS,
                         MIN_SHARED, "ruling", "Ruling")
