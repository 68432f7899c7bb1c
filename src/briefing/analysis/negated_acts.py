"""One act told as to be done by one report and as not to be by another: "Ann Vale will not run
again" against "Vale wants to run", "the prisoners will not be freed" against "the prisoners
could be released within weeks". The same doer (an actor of the story, or a noun most of the
reports use), the same verb (or one of a small class of verbs naming one act), once negated and once
not, and nothing after the verb that tells two different acts apart ("will not run for mayor",
"would like to run the marathon").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from math import fsum

from briefing.analysis.conflicts import KIND_SCORE, Finding, Sentences, agent, stem
from briefing.analysis.rebuttals import CLAUSE_BREAK, HEDGE, two_speakers
from briefing.analysis.words import STOP_WORDS, any_case_cue

# --- thresholds ------------------------------------------------------------------------------
# Set by reading every pair found on the five BBC categories (2,095 articles) and on the labelled
# sets: a doer told by a common noun is one only where the noun is a word of the story, in at
# least this share of its reports (a noun of a few reports, "the time", "the athletes", is no
# one doer), and only in a story of a few reports.
SPREAD = 0.5                # share of the reports a doer's noun is in
MIN_REPORTS = 3             # reports a story needs for a noun's spread to tell
SUBJECT_WORDS = 6           # words before the verb phrase read as its doer...
NAME_GAP = 3                # ...where a name ends at most this many words before it ("Vale has said she")
SIDE_SENTENCES = 3          # sentences kept as one side (the composer shows one, cites the others' sources)
REST_SHARE = 0.5            # what two acts' rests share (idf-weighted Jaccard) where both have one
# what a finding's evidence (its sentences' shared words) adds to its score: less than the gap
# to the next kind (KIND_SCORE), so that kinds keep their order
EVIDENCE = 0.04

# Closed classes of English news prose, stated as such.
# words after which "to" tells what a party means or is able to do ("wants to run", "decided not
# to"), not what another asks of it ("urged the council to")
INTENT = (r"(?:wants?|wanted|plans?|planned|planning|intends?|intended|hopes?|hoped|decided|decision|agreed|"
          r"promised|promise|pledged|pledge|vowed|vow|expects?|expected|set|going|prepared|ready|determined|"
          r"likely|due|able|willing|keen|eager|aims?|aimed|chose|opted|like|love)")
# a verb phrase told as not to happen: a modal negated ("will not", "won't"), "not to" after a word
# of intent, or a verb of refusing ("declined to")
NEGATED = re.compile(
    r"(?i:(?:\b(?:will|would|could|can|shall)\s+not|\b(?:won|wouldn|couldn|can|shan)[’']t|\bcannot|"
    rf"\b{INTENT}\s+not\s+to|\b(?:refused|refuses|declined|declines)\s+to)"
    r"\s+(?P<aux>(?:(?:now|yet|ever|be|again)\s+){0,2})(?P<verb>[a-z]{3,})\b)")
# ...and as to happen: the same modals, or "to" after a word of intent, just before the verb
AFFIRMED_BEFORE = re.compile(
    rf"(?i:(?:(?<!\bnot\s)(?<!\bnever\s)\b(?:will|would|could|can|shall)|\b{INTENT}\s+to)"
    r"\s+(?P<aux>(?:(?:now|still|also|soon|be|then)\s+){0,2})$)")
AFFIRMED_REACH = 60         # characters before a verb searched for its modal
# the word that negates, looked for first; the verb phrase is then read around it
# (each word in its two cases opening on its letter, for the regex engine to skip ahead to: words.at_word_start)
NEGATION_CUE = re.compile("(?:" + "|".join(
    w[0] + r"(?<!\w.)" + w[1:] + r"\b" for word in ("not", "cannot", "refuse[ds]?", "declin(?:ed|es)")
    for w in (word.capitalize(), word)) + r"|n[’']t\b)")
# every text NEGATION_CUE finds holds one of these: a test before the pattern, whose "n't" part
# is tried at every character of every sentence (seven in eight BBC sentences hold none of them)
NEGATION_PARTS = ("not", "Not", "efuse", "eclin", "n't", "n’t")
CUE_REACH = (15, 45)        # characters before and after a negating word its verb phrase spans
# after "be", a verb is a participle ("be freed", "be held", "be given"), not an adjective ("be able")
PARTICIPLE = re.compile(r"(?:ed|en|wn|ld|lt|nt)$")
# verbs too light to name an act by themselves (a closed class: "will not be", "would not comment")
LIGHT_VERBS = frozenset("be been have has do get make go take say give come see know let keep put use "
                        "comment want need seem try".split())
# verbs naming one act, in groups (a closed class of news verbs: letting go from custody, leaving
# an office, giving support)
SAME_ACT = ({"free", "release"}, {"quit", "resign"}, {"back", "support", "endorse"})
ACT_OF = {verb: min(group) for group in SAME_ACT for verb in group}
# a verb phrase inside a relative clause ("suspects who cannot be deported") tells of a class, not a claim
RELATIVE_BEFORE = re.compile(any_case_cue(r"(?i:\b(?:who|which|that|whom)\s*$)"))
# a condition after the verb ("cannot be deported if ...") makes the act a case, not a claim
CONDITION = re.compile(any_case_cue(r"(?i:\b(?:if|unless|provided)\b)"))
# a pronoun doer is the party the sentence opens on, where it can be: a person for "he" and "she"
PRONOUN_KINDS = {"he": True, "she": True, "they": False}
# what follows a verb up to the end of its clause: the rest of the act ("run for mayor")
CLAUSE_END = re.compile(r"[,;:.(\"“”?!]|\b(?:and|but|because|if|when|while|after|before|until|unless|"
                        r"though|although|since)\b")
LOWER = re.compile(r"[a-z][a-z’'-]+")


@dataclass(frozen=True, repr=False)
class Act:
    """An act a sentence says was done or not done, and by whom."""

    sentence: int
    act: str                    # the verb's base form, or its group's name
    positive: bool
    shown: str                  # the verb phrase as written
    doers: frozenset[str]       # actors, or else noun stems
    by_actor: bool
    passive: bool               # "be freed": the doer is what the act is done to
    rest: frozenset[str]        # the words that finish the act
    doer: str                   # the doer as written
    phrase: str                 # the act as a positive verb phrase ("be released")


def base_form(verb: str) -> str:
    """A verb's base form as far as its ending tells it ("freed" "free", "released" "release",
    "runs" "run"), for comparison only."""
    verb = verb.lower()
    for ending, swap in (("ied", "y"), ("eed", "ee"), ("ed", ""), ("ing", ""), ("es", ""), ("s", "")):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3 and not verb.endswith("ss"):
            verb = verb[:-len(ending)] + swap
            break
    return stem(verb.rstrip("e"))


ACT_KEYS = {base_form(v): ACT_OF[v] for v in ACT_OF}


def verb_phrases(text: str, verbs: frozenset[str] | None) -> Iterator[tuple[bool, re.Match[str], str]]:
    """(positive, match, verb) for each verb phrase told as not to be done, or, with `verbs`,
    for each of those verbs told as to be done."""
    if verbs is None:
        seen = -1
        for cue in NEGATION_CUE.finditer(text):
            for m in NEGATED.finditer(text, max(0, cue.start() - CUE_REACH[0]), cue.end() + CUE_REACH[1]):
                if m.start() > seen:
                    seen = m.start()
                    yield False, m, m.group("verb")
        return
    lower = text.lower()
    for verb in sorted(verbs):
        for v in re.finditer(rf"\b{re.escape(verb)}\b", lower):
            m = AFFIRMED_BEFORE.search(text, max(0, v.start() - AFFIRMED_REACH), v.start())
            if m:
                yield True, m, text[v.start():v.end()]


def acts(sents: Sentences, i: int, verbs: frozenset[str] | None = None) -> Iterator[Act]:
    """Each act the sentence tells as not to be done, or, with `verbs`, each of those it tells as
    to be done, with its doer."""
    text = sents.texts[i]
    if "?" in text:
        return
    for positive, m, verb in verb_phrases(text, verbs):
        verb = verb.lower()
        if verb in STOP_WORDS or verb in LIGHT_VERBS or verb in ("not", "never"):
            continue
        before = text[:m.start()]
        if RELATIVE_BEFORE.search(before):
            continue
        breaks = [b.end() for b in CLAUSE_BREAK.finditer(before)]
        segment = before[breaks[-1] if breaks else 0:]
        end = m.end() + (len(verb) if positive else 0)
        if HEDGE.search(segment) or CONDITION.search(text[end:]):
            continue
        words = LOWER.findall(segment.lower())[-SUBJECT_WORDS:]
        passive = (m.group("aux") or "").lower().split()[-1:] == ["be"]
        if passive and not PARTICIPLE.search(verb):
            continue
        doer = ""
        named = [(stop, who) for _, stop, who in sents.names.find(segment)
                 if len(LOWER.findall(segment[stop:])) <= NAME_GAP]
        if words and words[-1] in PRONOUN_KINDS:
            pronoun = words[-1]
            opener = agent(sents, text)
            person = opener is not None and sents.names.kinds.get(opener) == "person"
            doers = frozenset({opener}) if opener and person == PRONOUN_KINDS[pronoun] else frozenset()
            by_actor = True
        elif named:
            doers, by_actor = frozenset({named[-1][1]}), True
        else:
            kept = [w for w in words if w not in STOP_WORDS and len(w) > 2
                    and sents.in_reports(stem(w), SPREAD, MIN_REPORTS)]
            doers, by_actor = frozenset(map(stem, kept)), False
            doer = kept[-1] if kept else ""
        if not doers:
            continue
        rest = CLAUSE_END.split(text[end:], maxsplit=1)[0]
        key = base_form(verb)
        yield Act(i, ACT_KEYS.get(key, key), positive, text[m.start():end].strip(), doers, by_actor, passive,
                  frozenset(stem(w) for w in LOWER.findall(rest.lower()) if w not in STOP_WORDS and len(w) > 2),
                  doer, ("be " if passive else "") + verb)


def one_act(sents: Sentences, a: Act, b: Act) -> bool:
    """Two verb phrases tell one act: the same doer in the same voice, and what finishes the act,
    where both say, much the same."""
    if a.by_actor != b.by_actor or a.passive != b.passive or not a.doers & b.doers:
        return False
    if not a.rest or not b.rest:
        return True
    shared = fsum(sents.idf.get(w, 0.0) for w in a.rest & b.rest)
    return shared / (fsum(sents.idf.get(w, 0.0) for w in a.rest | b.rest) or 1.0) >= REST_SHARE


def negated_findings(sents: Sentences) -> list[Finding]:
    """An act one report says will (or can) not be done and another says will (or can) be, by the
    same doer. Sentences with a negation are read first, then only those with a verb they negate."""
    told: dict[str, list[Act]] = defaultdict(list)
    for i, text in enumerate(sents.texts):
        if any(part in text for part in NEGATION_PARTS) and NEGATION_CUE.search(text):
            for a in acts(sents, i):
                told[a.act].append(a)
    if not told:
        return []
    # a sentence telling the act as done names its verb and its doer (by a word of its name)
    names: dict[str, set[str]] = defaultdict(set)
    for name, who in sents.names.owner.items():
        names[who].update(stem(w) for w in LOWER.findall(name.lower()))
    doer_words: dict[str, set[str]] = defaultdict(set)
    for act, acts_told in told.items():
        for a in acts_told:
            for who in a.doers:
                doer_words[act] |= names[who] if a.by_actor else {who}
    starts = {k[:2] for k in told} | {base[:2] for base, act in ACT_KEYS.items() if act in told}
    vocabulary = {w for w in sents.vocabulary if w[:2] in starts}
    act_of = {w: act for w in vocabulary if (act := ACT_KEYS.get(key := base_form(w), key)) in told}
    for i, words in enumerate(sents.words):
        found = frozenset(w for w in words if w in act_of and doer_words[act_of[w]] & sents.stems[i])
        if found:
            for a in acts(sents, i, found):
                told[a.act].append(a)
    findings = []
    for _, found in sorted(told.items()):
        best = None
        for x in (a for a in found if not a.positive):
            for y in (a for a in found if a.positive):
                i, j = x.sentence, y.sentence
                if not one_act(sents, x, y) or sents.refs[i].doc == sents.refs[j].doc and not two_speakers(sents, i, j):
                    continue
                weight = sents.shared(i, j)[1]
                if best is None or weight > best[0]:
                    best = (weight, x, y)
        if best is None:
            continue
        weight, x, y = best
        doer = sorted(x.doers & y.doers)[0] if x.by_actor else f"the {y.doer}"
        # each side: the pair's sentence, then the others telling the act the same way of the doer
        said = [y.sentence] + sorted({a.sentence for a in found if a.positive and one_act(sents, x, a)} - {y.sentence})
        denied = [x.sentence] + sorted({a.sentence for a in found if not a.positive and one_act(sents, a, y)}
                                       - {x.sentence} - set(said))
        findings.append(Finding("negation", KIND_SCORE["negation"] + EVIDENCE * min(1.0, weight),
                                f"Whether {doer} will {y.phrase}", [y.shown, x.shown],
                                [[sents.refs[k] for k in said[:SIDE_SENTENCES]],
                                 [sents.refs[k] for k in denied[:SIDE_SENTENCES]]]))
    return findings
