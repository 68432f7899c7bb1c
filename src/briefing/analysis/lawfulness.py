"""Whether something was done within the law, one party's account against another's: "The boats
fished the bay legally, Tom Reed said" against "But the anglers' union claimed the new act had been broken".
Two named parties, in one report or two, tied by the story's words beside the ones about the law.
"""

from __future__ import annotations

import re

from briefing.analysis.conflicts import Finding, Sentences, agent, named_before, opposed_pairs, stem
from briefing.analysis.rebuttals import ATTRIBUTED
from briefing.analysis.words import any_case_at_word_start, any_case_cue

# --- thresholds ------------------------------------------------------------------------------
# Set by reading every pair on the 15 readable sets, the five BBC categories whole and 40 piles of
# forty of their articles (the held-back stories' articles left out): two matters, each one party's
# account of lawfulness against another's (two acts of two stories), and two that told no act lawful or
# unlawful ("are legal movie sites", "can be used to trade films illegally"), now left out. Two
# words shared besides the ones about the law keep a pair on one matter.
# Other judgements read the same way found no pair on those piles: working or failing ("has
# worked" / "has failed", "effective" / "ineffective"), innocent or guilty, to blame or not; so
# lawfulness is the one judgement read here.
MIN_SHARED = 2              # words, other than the lawfulness wording, both sentences use
SPEAKER_GAP = 3             # characters between a speaker's name and its verb of saying ("the league says")

# Closed classes of English news prose, stated as such.
COPULA_VERBS = ("is", "are", "was", "were", "be", "been", "being", "remains?", "remained")
AFTER_COPULA = r"\s+(?:\w+ly\s+|still\s+|quite\s+)?[“\"‘']?"
COPULA = "(?:" + "|".join(COPULA_VERBS) + ")" + AFTER_COPULA
# the word ends the predicate, not a noun phrase ("are legal movie sites" classes them, tells nothing
# done): a closing mark, or a word that cannot be a noun's
PREDICATE = (r"\b(?=\s*(?:[,.;:!?)”\"’']|$)|\s+(?:and|or|but|under|in|to|for|as|because|since|at|on|if|when|"
             r"after|before|until|without|now|here|there|then|even|so|too|anyway)\b)")
# told as lawful: "was lawful", "killed "legally"", "operate within the law", "not illegal"
# (each opening on a word's first letter, in any case, for the regex engine to skip ahead to: words.py)
LAWFUL = re.compile(any_case_at_word_start(
    *(verb + AFTER_COPULA + "(?:legal|lawful)" + PREDICATE for verb in COPULA_VERBS),
    r"l(?<!-.)egally\b(?!\s+(?:binding|bound|obliged|required|entitled|responsible|liable))", r"lawfully\b",
    r"within\s+the\s+law\b", r"not\s+(?:illegal|unlawful)\b"))
# told as against the law: "was illegal", "acted unlawfully", "broke the law", "the act had been broken"
UNLAWFUL = re.compile(any_case_at_word_start(
    *(verb + AFTER_COPULA + "(?:illegal|unlawful)" + PREDICATE for verb in COPULA_VERBS), r"illegally\b", r"unlawfully\b",
    *(verb + r"\s+(?:the\s+)?(?:new\s+)?(?:law|act|ban|rules)\b" for verb in
      ("broke", "broken", "breaking", "breaks", "breach(?:ed|es|ing)?", "flout(?:ed|s|ing)?", "defied", "defying")),
    *(rule + r"\s+(?:had|has|have|was|were)\s+(?:been\s+)?(?:broken|breached|flouted)\b" for rule in ("law", "act", "ban", "rules"))))
# a negation just before the words turns them round ("did not act illegally"): such a sentence is
# left out, as is a question or a condition ("whether it was lawful", "if the ban is broken")
NEGATED = re.compile(any_case_cue(r"(?i:\b(?:not|never|no|n[’']t)\s+(?:\w+\s+){0,2}$)"))
OPEN = re.compile(any_case_cue(r"(?i:\b(?:if|whether|unless)\b)"))
# what can or may be done ("software can be used to trade films illegally") is no account of an act;
# what could or would be is a judgement hedged ("the war could be illegal"), and stays
POSSIBLE = re.compile(any_case_cue(r"(?i:\b(?:can|may|might)\b(?:\s+[\w’'-]+){0,4}\s*$)"))
# verbs after a speaker's name ("the league claimed") and before it ("said Tom Reed")
SAID_AFTER_NAME = re.compile(any_case_cue(r"(?i:\b(?:said|says|say|claimed|claims|argued|argues|insisted|insists|believes|"
                                          r"maintained|maintains|added|told|tells|warned|warns)\b)"))
SAID_BEFORE_NAME = re.compile(any_case_cue(r"(?i:\b(?:said|says|added)\s+$)"))
# "..., he said": the speaker is the party the sentence before opens on or quotes
PRONOUN_SAID = re.compile(any_case_cue(r"(?i:\b(?:he|she)\s+(?:said|says|added|told)\b)"))
# a sentence with none of these words tells nothing of lawfulness in the ways above (read first: cheap)
CUE_WORDS = frozenset("legal legally lawful lawfully law illegal illegally unlawful unlawfully act ban rules".split())


def lawful(text: str) -> bool | None:
    """True where a sentence tells something as lawful, False as against the law, None where it
    tells neither, both, or negates or questions what it tells."""
    if OPEN.search(text):
        return None
    told = set()
    for pattern, side in ((LAWFUL, True), (UNLAWFUL, False)):
        for m in pattern.finditer(text):
            if NEGATED.search(text[:m.start()]) or POSSIBLE.search(text[:m.start()]):
                return None     # "did not act illegally": turned round, too easily misread
            told.add(side)
    return told.pop() if len(told) == 1 else None


def speaker(sents: Sentences, i: int, back: bool = True) -> str | None:
    """The party whose account a sentence tells: the actor just before its verb of saying ("the
    league claimed"), just after "said" ("said Tom Reed"), else the one its main clause opens on;
    for "..., he said", the party of the sentence before."""
    text = sents.texts[i]
    names = sents.names.find(text)
    for m in SAID_AFTER_NAME.finditer(text):
        before = named_before(text, names, m.start(), SPEAKER_GAP)
        if before:
            return before
    after = [who for start, _, who in names if SAID_BEFORE_NAME.search(text[:start])]
    if after:
        return after[0]
    if PRONOUN_SAID.search(text):
        j = sents.next_to(i, -1)
        return speaker(sents, j, back=False) if back and j is not None else None
    return agent(sents, text)


def cue_stems(text: str) -> set[str]:
    """The words about the law a sentence tells lawfulness by, as stems."""
    spans = [m.group(0) for pattern in (LAWFUL, UNLAWFUL) for m in pattern.finditer(text)]
    return {stem(w) for span in spans for w in re.findall(r"[a-z]+", span.lower())}


def lawfulness_findings(sents: Sentences) -> list[Finding]:
    """One party telling something as done within the law and another as against it, both
    someone's words, tied by words of the story they share besides the ones about the law."""
    told: dict[bool, list[tuple[int, str]]] = {True: [], False: []}
    for i, text in enumerate(sents.texts):
        if not CUE_WORDS & sents.words[i] or not ATTRIBUTED.search(text):
            continue
        side = lawful(text)
        if side is None:
            continue
        who = speaker(sents, i)
        if who in sents.names.roles:
            told[side].append((i, who))
    return opposed_pairs(sents, told[True], told[False],
                         lambda i, j: sents.stems[i] & sents.stems[j] - cue_stems(sents.texts[i]) - cue_stems(sents.texts[j]),
                         MIN_SHARED, "lawful", "Within the law")
