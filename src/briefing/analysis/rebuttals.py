"""Disagreement written without "deny": one party saying another is wrong ("X was wrong to
imply ...", "X's argument is nonsense", "rejected X's claim") paired with what that party said;
a claim called wrong without a party ("it is wrong to suggest ...", "That's nonsense.") paired
with where it is told; and one matter told as A by one report and as not-A by another ("the
rule is fair" against "the rule is unfair", "still safe" against "no longer safe").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from math import fsum

from briefing.analysis.account_conflicts import CLAIM_REPORTING, DENIAL_FORMS, DENIER_WORDS, denial_object
from briefing.analysis.conflicts import (
    AGENT_WORDS,
    KIND_SCORE,
    LEAD_IN,
    PRONOUNS,
    TOKEN,
    WORD,
    Finding,
    Sentences,
    content,
    named_before,
    opens_pointing_back,
    stem,
)
from briefing.analysis.words import STOP_WORDS, any_case_at_word_start, any_case_cue

# --- thresholds ------------------------------------------------------------------------------
# The eight labelled sets have no rebuttal or A-and-not-A these rules find, so they leave their
# scores as they were; the values below were set by reading every finding on the five BBC
# categories (2,095 articles): the lowest claim share that still pairs a rebuttal with the claim
# it words, and no pair where the claim shown is not the one disputed.
CLAIMS_SHOWN = 3            # claim sentences kept as one side (the composer shows one)
TOPIC_WORDS = 10            # words of a rebutted clause quoted in its item's topic
MIN_CLAIM_SHARE = 0.2       # share of a rebutted clause's words (idf-weighted) the claim disputed repeats
ARGUE_BONUS = 0.5           # a claim told by a verb of arguing ("argues", "insists") is likelier the one disputed
NEAR_BONUS = 0.25           # ...and so is one in the rebuttal's own report, which often gives both sides
MIN_CLAIM = 4               # content words a party-less rebutted clause needs to be looked for...
MIN_UNNAMED_SHARE = 0.5     # ...and the share of them (idf-weighted) a claim in another report repeats
SUBJECT_WORDS = 6           # words before a copula read as its subject
MAX_TOLD = 100              # affirmations (and negations) of one predicate compared, all with all
MAX_EVIDENCE = 0.49         # what evidence adds to a finding's score: less than the gap between kinds

# Closed classes of English news prose, stated as such.
# verbs of saying or thinking whose clause a rebuttal says is wrong ("wrong to imply ...")
THINK_VERBS = r"(?:say|suggest|imply|claim|argue|think|believe|assume|conclude|state|insist|describe|call|portray)"
# nouns for what a party holds, and verbs that report it
CLAIM_NOUNS = (r"(?:claims?|arguments?|assertions?|contentions?|suggestions?|views?|reasoning|case|"
               r"interpretation|analysis|allegations?|accusations?|position|theory|logic)")
SAY_VERBS = re.compile(
    r"(?i:^\s*(?:(?:has|have|had|also|now|later|previously|earlier|repeatedly)\s+){0,2}"
    r"(?:said|says|say|ruled|rules|argued|argues|argue|claimed|claims|claim|found|finds|insisted|insists|"
    r"maintained|maintains|contended|contends|stated|states|suggested|suggests|believes|believed|told|"
    r"warned|warns|accused|accuses|alleged|alleges)\b"
    # what was said follows, not whom or how it was ruled ("ruled by a majority", "ruled against")
    r"(?!\s+(?:by|in|on|against|for|with|at|to|from|of|over|after|before|during)\b))")
SAID = re.compile(any_case_cue(r"(?i:\b(?:said|says|ruled|rules|argued|argues|claimed|claims|found|finds|insisted|insists|"
                               r"maintained|maintains|contended|contends|stated|states|suggested|suggests|believes|believed|"
                               r"alleged|alleges|ruling|judge?ment|argument|claim|view)\b(?:\s+that)?)"))
ARGUE_VERBS = re.compile(any_case_cue(r"(?i:\b(?:argu|claim|insist|maintain|contend|alleg|rul|judge?ment|finding|verdict|"
                                      r"assertion|contention|position|case|theory|reasoning|logic|analysis|interpretation))"))
POSSESSIVE_CLAIM = re.compile(r"(?i:^(?:[’']s?)?\s+" + CLAIM_NOUNS.replace("analysis", "analysis|ruling|judge?ment|"
                                                                      "findings?|verdict") + r"\b)")
OWNING = re.compile(r"(?:[’']s|(?<=s)[’'])$")
# words that call a claim wrong: a closed class of dismissive judgements
DISMISSIVE = (r"(?:nonsense|rubbish|ridiculous|absurd|untrue|false|wrong|baseless|groundless|unfounded|"
              r"misleading|mistaken|incorrect|flawed|laughable|preposterous|fanciful|nonsensical|invalid)")
# a quoted judgement with a negation in it ("holds no water", "does not stand up")
NEGATED_QUOTE = r"[“\"‘'][^”\"’']{0,40}\b(?:no|not|nothing|never|n[’']t)\b[^”\"’']{0,30}[”\"’']"
# "<party> was plainly wrong to imply <clause>"
WRONG_TO = re.compile(
    r"(?i:\s+(?:is|are|was|were|had\s+been|have\s+been|has\s+been)\s+[“\"‘']?(?:\w+ly\s+|just\s+|plain\s+)?"
    r"[“\"‘']?(?:wrong|mistaken|incorrect)[”\"’']?\s+(?:to|in|when)\s+(?:" + THINK_VERBS + r"\w*)\b"
    r"(?:\s+that)?(?P<clause>[^.;]*))")
# "<party>'s claim (that ...) is nonsense", "<party>'s argument "holds no water""
CLAIM_DISMISSED = re.compile(
    r"(?i:[’']s?\s+" + CLAIM_NOUNS + r"\b(?P<clause>[^.;]{0,120}?)\s*,?\s*"
    r"(?:(?:is|was|were|are|has|had|seemed|looked)\s+[“\"‘']?(?:\w+ly\s+|just\s+|plain\s+)?[“\"‘']?"
    + DISMISSIVE + r"\b|(?:is|was|were|are)?\s*" + NEGATED_QUOTE + r"))")
# "dismissed/rejected/disputed <party>'s claim ...", "disagreed with <party>"
# (each verb opening on its first letter, in any case, the words before it tested once that is read, for
# the regex engine to skip ahead to those letters: words.any_case_at_word_start; "with" holds the rest of
# "disagree with", all a caller asks of it being whether it matched)
VERB_OF_PARTY = re.compile(any_case_at_word_start(
    *(verb[0] + r"(?<!not .)(?<!n't .)(?<!to .)" + verb[1:] + r"\w*"
      for verb in ("dismiss", "reject", "disput", "refut", "rebutt?", "contradict", "challeng")),
    r"d(?<!not .)(?<!n't .)(?P<with>isagree[sd]?\s+with)") + r"(?i:\s+(?:the\s+)?)")
LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]+")
# a sentence telling a claim has one of these words (the verbs and nouns above; "said", "says" and
# "told" are stop words, not among a sentence's words)
SAID_WORD = re.compile(r"\b(?:said|says|told)\b")
CLAIM_WORDS = frozenset("said says say ruled rules ruling argued argues argue argument arguments claimed claims "
                        "claim found finds finding findings insisted insists maintained maintains contended "
                        "contends stated states suggested suggests believes believed told warned warns accused "
                        "accuses alleged alleges judgement judgment verdict assertion contention suggestion view "
                        "views reasoning case interpretation analysis allegation allegations accusation "
                        "accusations position theory logic".split())
LEADING_THAT = re.compile(r"^\s*(?:(?:that|of)\b\s*)?")
# rebuttals that name no party: "it is wrong to suggest C", "claims that C are untrue" (paired by
# the words of C), and "That's nonsense" or "this argument was dismissed" (answering the sentence
# before)
UNTRUE = r"(?:not\s+true|untrue|not\s+correct|incorrect|false|wrong|nonsense|rubbish|baseless|unfounded|groundless)"
IMPERSONAL = re.compile(
    any_case_cue(r"(?i:\b(?:it|this|that)\s+(?:is|was|would\s+be)\s+[“\"‘']?(?:\w+ly\s+)?[“\"‘']?(?:wrong|untrue|false|incorrect|"
                 r"misleading|nonsense)[”\"’']?\s+to\s+(?:suggest|say|claim|imply|argue|think|believe|assume)\s+(?:that\s+)?"
                 r"(?P<clause>[^.;]*))"))
CLAIMS_UNTRUE = re.compile(
    any_case_cue(r"(?i:\b(?:claims?|suggestions?|allegations?|reports?)\s+(?:that\s+)?(?P<clause>[^.;\"“”]{10,150}?)\s+"
                 r"(?:is|are|was|were)\s+(?:\w+ly\s+)?[“\"‘']?" + UNTRUE + r"\b)"))
ANSWER = re.compile(
    r"(?i:^\W*(?:that|this|it)(?:[’']s|\s+is|\s+was)\s+(?:\w+\s+){0,2}?[“\"‘']?(?:" + UNTRUE[3:-1] +
    r"|ridiculous|absurd)\b|\b(?:this|that|these|those|the|such(?:\s+an?)?)\s+(?:arguments?|claims?|suggestions?|"
    r"views?|idea|notion|allegations?|accusations?|reports?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:dismissed|rejected|disputed|refuted|rebutted|denied)\b)")
# a sentence that reports a claim: what an answer answers (the words a denial's claim is told by,
# account_conflicts.CLAIM_REPORTING, and "argued", "insisted")
CLAIM_SENTENCE = re.compile(any_case_cue(rf"(?i:\b(?:{CLAIM_REPORTING}|argu(?:e|es|ed)|insist(?:s|ed)?)\b)"))
UNNAMED_WORDS = tuple("true untrue correct incorrect false wrong nonsense rubbish baseless unfounded groundless "
                      "misleading ridiculous absurd dismiss reject disput refut rebut denied".split())
# a sentence with none of these words (their beginnings) disputes nobody in the ways above
DISPUTE_WORDS = tuple("wrong mistaken incorrect dismiss reject disput refut rebut contradict challeng disagree "
                      "nonsense rubbish ridiculous absurd untrue false baseless groundless unfounded misleading "
                      "flawed laughable preposterous fanciful invalid true correct denied".split())
CLAIM_NOUN_WORDS = tuple("claim argument assertion contention suggestion view reasoning case interpretation "
                         "analysis allegation accusation position theory logic".split())
QUOTE_MARK = re.compile(r"[“\"‘]")
# what a sentence says is wrong: it must not be a question, hypothesis or report of others' view
HEDGE = re.compile(any_case_cue(r"(?i:\b(?:if|whether|unless|would be|could be|may be|might be)\b)"))

# "S is (quite) fair" against "S is unfair" / "S is no longer fair"
COPULA = re.compile(
    any_case_cue(r"(?i:\b(?:is|are|was|were|remains?|remained|be|been)\s+(?P<neg>not\s+|no\s+longer\s+|never\s+|n[’']t\s+)?"
                 r"(?P<adverbs>(?:(?:still|very|so|quite|entirely|completely|totally|perfectly|fully|clearly|simply|"
                 r"absolutely|also|both|wholly|largely|plainly)\s+)*)[“\"‘']?(?P<word>[a-z]{4,})\b"
                 r"(?:[”\"’']?\s+and\s+[“\"‘']?(?P<adverbs2>(?:(?:still|very|so|quite|entirely|completely|totally|perfectly|"
                 r"fully|absolutely)\s+)*)[“\"‘']?(?P<second>[a-z]{4,})\b)?)"))
# prefixes that turn a predicate into its opposite ("unclear", "illegal", "non-binding", "invalid")
NEGATING_PREFIX = re.compile(r"^(?:un|in|im|il|ir|non-?|dis)(?=[a-z]{4,})")
MODALS = frozenset("could would may might can should must".split())
# a sentence telling someone's view, not the reporter's: quoted, or with a verb of saying
ATTRIBUTED = re.compile(any_case_at_word_start(r'[“"]', *(w.replace("_", " ") + r"\b" for w in (
    "said says say told tells claims? claimed argues? argued insists? insisted believes? believed according_to maintains? "
    "maintained warned warns added").split())))
SAYING = re.compile(any_case_cue(r"(?i:\b(?:said|says|say|claims?|claimed|argues?|argued|insists?|insisted|believes?|"
                                 r"believed|maintains?|maintained|told|tells|added|warned|warns)\b)"))
SPEAKER_GAP = 3             # characters between a speaker's name and its verb of saying ("the union says")
# participles: "disappointed" is no "not appointed", "informed" no "not formed"
PARTICIPLE = re.compile(r"(?:ed|ing)$")
# subjects that are no matter: a pronoun or an empty "it"/"there" ("it is not clear whether")
EMPTY_SUBJECTS = frozenset("it there this that these those he she they we i you what which who".split())
EMPTY_OPENINGS = frozenset("it there what which who".split())
CLAUSE_BREAK = re.compile(any_case_at_word_start(r'[,;:("“”]', *(w + r"\b" for w in (
    "that because but while although says said say claims claimed argues argued insists insisted think thinks thought "
    "believe believes believed feel feels felt if whether when").split())))


class PartyNames:
    """An actor's names read in any case ("the harbour board" as "Harbour Board"), found where a
    phrase ends or begins, the longest name at a place ("Bank of Norland" is not "Norland")."""

    def __init__(self, sents: Sentences) -> None:
        self.owner = {OWNING.sub("", n.lower()): who for n, who in sents.names.owner.items()}
        self.longest = sents.names.longest
        self.first_words = {n.split()[0] for n in self.owner if n}

    def who(self, words: list[str]) -> str | None:
        return self.owner.get(OWNING.sub("", " ".join(words).lower()))

    def ending(self, text: str, at: int) -> str | None:
        words = TOKEN.findall(text[:at])
        for n in range(min(self.longest, len(words)), 0, -1):
            if who := self.who(words[-n:]):
                return who
        return None

    def find(self, text: str, at: int = 0) -> list[tuple[int, int, str]]:
        """(start, end, actor) for each name from `at` on, in order, the longest at a place; the
        end leaves out a possessive."""
        spans = [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text, at)]
        out = []
        k = 0
        while k < len(spans):
            if spans[k][2].lower() not in self.first_words and OWNING.sub("", spans[k][2].lower()) not in self.first_words:
                k += 1
                continue
            for n in range(min(self.longest, len(spans) - k), 0, -1):
                if who := self.who([w for _, _, w in spans[k:k + n]]):
                    last = spans[k + n - 1]
                    out.append((spans[k][0], last[1] - (len(last[2]) - len(OWNING.sub("", last[2]))), who))
                    k += n
                    break
            else:
                k += 1
        return out


def rebuttals(sents: Sentences, parties: PartyNames, i: int) -> list[tuple[str, str]]:
    """(party, rebutted clause) for each party the sentence says is wrong: "X was wrong to imply
    C", "X's claim that C is nonsense", "rejected X's argument", "disagreed with X"."""
    text = sents.texts[i]
    out: list[tuple[str, str]] = []
    for pattern in (WRONG_TO, CLAIM_DISMISSED):
        for m in pattern.finditer(text):
            who = parties.ending(text, m.start())
            if who and not HEDGE.search(text[max(0, m.start() - 40):m.start()]):
                out.append((who, LEADING_THAT.sub("", m.group("clause"))))
    for m in VERB_OF_PARTY.finditer(text):
        named = parties.find(text[:m.end() + 80], m.end())[:1]
        if not named or named[0][0] != m.end():
            continue
        noun = POSSESSIVE_CLAIM.match(text[named[0][1]:])
        if m.group("with") or noun:
            clause_text = re.split(r"[.;,]", text[named[0][1] + noun.end():], maxsplit=1)[0] if noun else ""
            out.append((named[0][2], LEADING_THAT.sub("", DENIER_WORDS.split(clause_text, maxsplit=1)[0])))
    return out


def claims_of(sents: Sentences, j: int, party: str, parties: PartyNames) -> str | None:
    """How the sentence tells what the party says or holds ("argued" for a verb or noun of arguing
    or ruling, else "said"), None where it does not: its clause opens on the party, followed by a
    verb of saying ("X argues ..."), or it gives what the party's claim or ruling is ("X's ruling
    that ...")."""
    text = sents.texts[j]
    for start, end, who in parties.find(text):
        if who != party:
            continue
        rest = text[end:]
        told = POSSESSIVE_CLAIM.match(rest)
        if not (told and re.match(r"\s+that\b", rest[told.end():])):
            told = SAY_VERBS.match(rest) if opens_clause(text, start) else None
        if told:
            return "argued" if ARGUE_VERBS.search(told.group(0)) else "said"
    return None


def opens_clause(text: str, at: int) -> bool:
    """A name at `at` is what the sentence's main clause opens on: after at most a lead-in
    ("According to ...,", "However,", a quotation) and a few words, none a pronoun."""
    quoted = re.match(r"\s*[“\"][^”\"]*[”\"]\s*,?", text)
    start = quoted.end() if quoted and quoted.end() <= at else 0
    lead = LEAD_IN.match(text[start:at])
    start += lead.end() if lead else 0
    opening = WORD.findall(text[start:at])
    return len(opening) <= AGENT_WORDS and not any(w.lower() in PRONOUNS for w in opening)


def denials(sents: Sentences) -> set[int]:
    """Sentences the denial rule reads as denials: a rebuttal is not the claim another answers."""
    return {i for i, words in enumerate(sents.words) if words & DENIAL_FORMS and denial_object(sents.texts[i])}


def naming(sents: Sentences, parties: set[str]) -> dict[str, list[int]]:
    """The sentences that may name each party: those with the rarest word of one of its names (a
    sentence naming it has all of that name's words; one pass over the sentences)."""
    words: dict[str, set[str]] = {}
    for name, who in sents.names.owner.items():
        if who in parties:
            stems = [stem(w) for w in re.findall(r"[\w’'-]+", name.lower()) if w not in STOP_WORDS]
            if stems:
                words.setdefault(min(stems, key=lambda w: (sents.df.get(w, 0), w)), set()).add(who)
    found: dict[str, set[int]] = {}
    common = {w for w in words if w not in sents.postings}
    for w in words.keys() - common:
        for who in words[w]:
            found.setdefault(who, set()).update(sents.postings[w])
    if common:                # a word of a name in very many sentences: read them all once
        for j, stems in enumerate(sents.stems):
            for w in stems & common:
                for who in words[w]:
                    found.setdefault(who, set()).add(j)
    return {who: sorted(js) for who, js in found.items()}


def rebuttal_findings(sents: Sentences) -> list[Finding]:
    """A party said to be wrong, and what that party says: the claim sentences sharing most words
    with the rebuttal (those told with a verb of arguing, or in the rebuttal's own report, first).
    One report's rebuttals of one party are one finding."""
    found: dict[tuple[int, str], list[tuple[int, str]]] = {}
    parties = PartyNames(sents)
    triggers = {w for w in sents.vocabulary if w.startswith(DISPUTE_WORDS)}
    claim_nouns = {w for w in sents.vocabulary if w.startswith(CLAIM_NOUN_WORDS)}
    for i, words in enumerate(sents.words):
        # a claim noun alone disputes nothing: with a quoted judgement it may ("has no basis")
        if not sents.names or not (words & triggers or words & claim_nouns and QUOTE_MARK.search(sents.texts[i])):
            continue
        for party, clause_text in rebuttals(sents, parties, i):
            found.setdefault((sents.refs[i].doc, party), []).append((i, clause_text))
    rebutting = {i for items in found.values() for i, _ in items}
    findings = unnamed_findings(sents, {w for w in triggers if w.startswith(UNNAMED_WORDS)}, rebutting | denials(sents))
    mentions = naming(sents, {party for _, party in found})
    for (doc, party), items in found.items():
        clauses = [c for _, c in items if content(c)]
        own = {stem(w) for w in re.findall(r"[\w’'-]+", party.lower())}
        wanted = [{w for w in content(c) if w in sents.idf} - own for c in clauses]
        scores = {}
        for j in mentions.get(party, ()):
            if j in rebutting or clauses and not any(ws & sents.stems[j] for ws in wanted) or \
                    not sents.words[j] & CLAIM_WORDS and not SAID_WORD.search(sents.texts[j]):
                continue
            told = claims_of(sents, j, party, parties)
            if told is None:
                continue
            # words the two share in lower case: the matter, not whom both name (a country)
            common = {stem(w) for w in LOWER_WORD.findall(sents.texts[j])}
            shared = max((fsum(sents.idf[w] for w in ws & common) / (fsum(sents.idf[w] for w in ws) or 1.0)
                          for ws in wanted), default=0.0)
            # the claim disputed shares the words the rebuttal gives it, or, where it gives none,
            # is one the party argues
            if shared < MIN_CLAIM_SHARE if clauses else told != "argued":
                continue
            near = NEAR_BONUS if sents.refs[j].doc == doc else 0.0
            scores[j] = shared + near + (ARGUE_BONUS if told == "argued" else 0.0)
        if not scores:
            continue
        claims = sorted(scores, key=lambda j: (-scores[j], j))[:CLAIMS_SHOWN]
        what = clauses[0] if clauses else claimed(sents.texts[claims[0]])
        name = f"Claim and rebuttal: {topic_clause(what)}" if content(what) else f"Claim and rebuttal: {party}"
        findings.append(Finding("rebuttal", KIND_SCORE["rebuttal"] + min(MAX_EVIDENCE, scores[claims[0]]), name, [],
                                [[sents.refs[j] for j in claims], [sents.refs[i] for i, _ in items]]))
    return findings


def unnamed_findings(sents: Sentences, triggers: set[str], rebutting: set[int]) -> list[Finding]:
    """Rebuttals that name no party: of a clause ("it is wrong to suggest C", "claims that C are
    untrue"), paired with the reports of C in other reports, as a denial is; or answering the
    sentence before ("That's nonsense.", "This argument was dismissed as ..."), where that one
    reports a claim."""
    findings = []
    for i, words in enumerate(sents.words):
        if not words & triggers or i in rebutting:
            continue
        text = sents.texts[i]
        m = IMPERSONAL.search(text) or CLAIMS_UNTRUE.search(text)
        if m and HEDGE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        if m:
            wanted = {w for w in content(m.group("clause")) if w in sents.idf}
            if len(wanted) < MIN_CLAIM:
                continue
            total = fsum(sents.idf[w] for w in wanted)
            near = {j for w in wanted for j in sents.postings.get(w, ())}
            scores = {j: fsum(sents.idf[w] for w in wanted & sents.stems[j]) / total for j in near}
            claims = [j for j in sorted(scores, key=lambda j: (-scores[j], j))
                      if sents.refs[j].doc != sents.refs[i].doc and j not in rebutting
                      and scores[j] >= MIN_UNNAMED_SHARE and CLAIM_SENTENCE.search(sents.texts[j])]
            if claims:
                findings.append(Finding("rebuttal", KIND_SCORE["rebuttal"] + min(MAX_EVIDENCE, scores[claims[0]]),
                                        f"Claim and rebuttal: {topic_clause(LEADING_THAT.sub('', m.group('clause')))}",
                                        [], [[sents.refs[j] for j in claims[:CLAIMS_SHOWN]], [sents.refs[i]]]))
        elif ANSWER.search(text):
            if opens_pointing_back(text):
                continue        # "That is untrue.": shown alone, it answers nothing the reader has
            before = sents.next_to(i, -1)
            if before is None or before in rebutting or not CLAIM_SENTENCE.search(sents.texts[before]):
                continue
            if opens_pointing_back(sents.texts[before]):
                continue        # "He accused the party ...": the claim's party is not told
            what = claimed(sents.texts[before]) or sents.texts[before]
            findings.append(Finding("rebuttal", KIND_SCORE["rebuttal"], f"Claim and rebuttal: {topic_clause(what)}",
                                    [], [[sents.refs[before]], [sents.refs[i]]]))
    return findings


def claimed(text: str) -> str:
    """What a claim sentence says is so: the words after its verb of saying, else none."""
    m = SAID.search(text)
    return text[m.end():] if m else ""


def topic_clause(text: str, n: int = TOPIC_WORDS) -> str:
    """The first words of a clause, as written, without quotation marks."""
    words = re.sub(r"[“”\"]", "", text).strip(" ,.:").split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


# --- A and not-A -----------------------------------------------------------------------------

def predications(sents: Sentences, i: int) -> list[tuple[frozenset[str], str, bool, str, tuple[str, ...]]]:
    """(subject stems, predicate, positive, as written, subject words) for each "S is (no longer)
    P" of the sentence, P read without a negating prefix ("unfair" is "fair", negative) where that word is used
    unprefixed in the corpus, or negated by "no longer"; none for an empty subject ("it is not
    clear whether") nor for a bare "not", which negates far more than claims."""
    text = sents.texts[i]
    out = []
    for m in COPULA.finditer(text):
        before = text[:m.start()]
        if before.rstrip().rsplit(None, 1)[-1:] and before.rstrip().rsplit(None, 1)[-1].lower() in MODALS:
            continue            # "could be illegal": a possibility, not a claim that it is
        breaks = [b.end() for b in CLAUSE_BREAK.finditer(before)]
        segment = before[breaks[-1] if breaks else 0:]
        words = re.findall(r"[a-z][a-z’'-]+", segment.lower())[:SUBJECT_WORDS]
        if not words or words[0] in EMPTY_OPENINGS or words[-1] in EMPTY_SUBJECTS or HEDGE.search(segment):
            continue
        subject = frozenset(stem(w) for w in words if w not in STOP_WORDS and len(w) > 2)
        if not subject:
            continue
        neg = (m.group("neg") or "").lower().split()
        if neg and neg[0] != "no":
            continue            # "is not expected": a bare negation is too often no claim at all
        told = [(m.group("word"), (m.group("neg") or "") + m.group("adverbs") + m.group("word"))]
        if m.group("second"):
            told.append((m.group("second"), m.group("adverbs2") + m.group("second")))
        if re.match(r"[”\"’']?\s+to\s", text[m.end():]):
            told = told[:-1]    # "likely to rise": the matter is what follows, not the word
        for word, shown in told:
            word = word.lower()
            if word in STOP_WORDS or PARTICIPLE.search(word):
                continue
            base = NEGATING_PREFIX.sub("", word)
            prefixed = base != word and stem(base) in sents.df
            if neg and base != word:
                continue        # "no longer unfair", "no longer interesting": nothing to oppose
            positive = not neg and not prefixed
            base = base if prefixed else word
            out.append((subject, base, positive, shown, tuple(words)))
    return out


def speaker(sents: Sentences, i: int) -> str | None:
    """Whom a sentence reports: the actor named just before or after its verb of saying ("the
    union says ...", "..., Ms Vey said")."""
    text = sents.texts[i]
    names = sents.names.find(text)
    for m in SAYING.finditer(text):
        before = named_before(text, names, m.start(), SPEAKER_GAP)
        after = [who for start, end, who in names if 0 <= start - m.end() <= SPEAKER_GAP]
        if before or after:
            return before or after[0]
    return None


def two_speakers(sents: Sentences, i: int, j: int) -> bool:
    """Two sentences of one report tell what two different parties say."""
    a, b = speaker(sents, i), speaker(sents, j)
    return a is not None and b is not None and a != b


def subject_phrase(words: tuple[str, ...], shared: frozenset[str]) -> str:
    """The subject's words from the first to the last that both reports use ("grazing rule")."""
    at = [k for k, w in enumerate(words) if stem(w) in shared]
    return " ".join(words[at[0]:at[-1] + 1]) if at else ""


# Tried and reverted (0f31a30): the same across reports by two different named parties (speakers by
# attribution.speaker_in) with a bare "not", a closed list of opposites (libertarian/authoritarian,
# working/failing, ...) and judgements not told by a copula ("called it unfair"), the two sentences
# sharing 3 rare story words. Over 95 BBC piles (1,518 articles, held-back stories left out) it found
# nothing, nor on the 15 visible sets; with one shared word and the same report allowed it found 2,
# one real but already an item here, one two matters ("fair to participants", "not fair to blame").
# Parties judging one matter in two reports seldom share its words; those sharing words judge others.
# Tried the other way round too (s19-views2, not kept): two sentences of two reports by two different
# named parties (speaker_in) sharing the matter near an opposed stance word (negated against not, a
# negating prefix, "still" against "no longer"). Over 51 BBC story piles, the 7 visible unseen piles
# and 28 category piles of 50 (1,248 articles, held-back stories left out by keyword): with 2 shared
# words (each in at most 15 sentences) within 10 words of the stance word, 3 pairs, all wrong
# ("needed" of two matters, "incredible" and "impression" read as prefixed); with 1 shared word in at
# most 30 sentences, 112 pairs, none a real disagreement new to the brief (different men pleading
# guilty and not guilty, "legal action" against "illegally"). Asking the same subject's head and
# predicate instead ("the war was legal" against "the war could be illegal"), bare "not" allowed, no
# predicate under if, whether or how: 1 finding, right but already an item ("Within the law"); with
# one side's party unnamed, 8, of which 2 right (that one; the law "would be enforced" against claims
# it "was unenforceable", also an item). Two parties answering one question in two reports use other
# words for it ("the levy has worked" against "the traders simply moved elsewhere"), which no
# negation of a shared word reaches.
def opposite_findings(sents: Sentences) -> list[Finding]:
    """One matter told as A by one report and as not-A by another: the same predicate of a
    subject they share, once affirmed and once negated ("is fair" against "is unfair", "still
    safe" against "no longer safe")."""
    said: dict[str, list[tuple[int, frozenset[str], bool, str, tuple[str, ...]]]] = {}
    # a matter is told as not-A only with a word negated by its prefix or after "no longer": those
    # sentences are read first, then only the sentences with the words they negate
    negated = {w for w in sents.vocabulary if NEGATING_PREFIX.match(w) and not PARTICIPLE.search(w)
               and stem(NEGATING_PREFIX.sub("", w)) in sents.df}
    first = {i for i, text in enumerate(sents.texts) if sents.words[i] & negated or "no longer" in text.lower()}
    read: set[int] = set()

    def tell(chosen: Iterable[int]) -> None:
        for i in sorted(set(chosen) - read):
            read.add(i)
            # only someone's words are compared: the reporter's own are left out before reading
            if ATTRIBUTED.search(sents.texts[i]) and COPULA.search(sents.texts[i]):
                for subject, base, positive, shown, words in predications(sents, i):
                    said.setdefault(base, []).append((i, subject, positive, shown, words))

    tell(first)
    bases = {base for base, told in said.items() if any(not t[2] for t in told)}
    if bases:                 # the words negated, affirmed after a copula
        affirmed = re.compile(r"(?i:\b(?:is|are|was|were|remains?|remained|be|been)\s+(?:\w+\s+){0,3}?[“\"‘']?(?:"
                              + "|".join(map(re.escape, sorted(bases))) + r")\b)")
        tell(i for i, words in enumerate(sents.words) if words & bases and affirmed.search(sents.texts[i]))
    findings = []
    for base, told in sorted(said.items()):
        pos = [t for t in told if t[2]][:MAX_TOLD]
        neg = [t for t in told if not t[2]][:MAX_TOLD]
        best = None
        for i, si, _, shown_i, words in pos:
            for j, sj, _, shown_j, _ in neg:
                if not si & sj or sents.refs[i].doc == sents.refs[j].doc and not two_speakers(sents, i, j):
                    continue
                weight = sents.shared(i, j)[1]
                if best is None or weight > best[0]:
                    best = (weight, i, j, shown_i, shown_j, subject_phrase(words, si & sj))
        if best is None:
            continue
        weight, i, j, shown_i, shown_j, subject = best
        findings.append(Finding("opposite", KIND_SCORE["opposite"] + min(MAX_EVIDENCE, weight),
                                f"Whether the {subject} is {base}", [shown_i, shown_j],
                                [[sents.refs[i]], [sents.refs[j]]]))
    return findings
