"""Two parties' judgements of one matter that oppose each other, told in different reports: one
calls it fair, the other unfair or not fair; one a libertarian measure, the other authoritarian.
"""

from __future__ import annotations

import re

from briefing.analysis.actors import actor_index
from briefing.analysis.attribution import speaker_in
from briefing.analysis.conflicts import KIND_SCORE, Finding, Sentences, stem
from briefing.analysis.referents import actor_kinds, speakers_of

# --- thresholds ------------------------------------------------------------------------------
MIN_MATTER = 3              # rare story words two judgements share to judge one matter...
RARE_DF = 15                # ...each in at most this many sentences
MAX_TOLD = 100              # judgements of each polarity on one word compared, all with all

# Closed classes of English news prose, stated as such.
# judgements whose opposite is the word with a negating prefix ("unfair", "illegal", "ineffective")
JUDGEMENTS = frozenset(
    "clear legal lawful fair safe acceptable reasonable necessary effective enforceable workable justified "
    "ethical democratic constitutional credible realistic sustainable affordable responsible appropriate "
    "adequate proportionate valid legitimate honest sensible practical competent successful".split())
NEGATING_PREFIX = re.compile(r"^(?:un|in|im|il|ir|non-?|dis)")
# general pairs of opposite judgements, the first read as the positive one
OPPOSITES = {"libertarian": "authoritarian", "working": "failing", "success": "failure", "safe": "dangerous",
             "helpful": "harmful", "optimistic": "pessimistic"}
OPPOSITE_OF = {b: a for a, b in OPPOSITES.items()}
# a word negated by these just before it, with up to one adverb between ("not entirely fair")
NEGATION = re.compile(r"(?i:\b(?:not|no\s+longer|never|n[’']t)\s+(?:\w+ly\s+)?$)")
# what is known or may be said, not a matter judged: "it is not clear whether", "made it clear
# that", "it is fair to say"; nor a matter put as a question ("whether the levy is legal")
NOT_A_JUDGEMENT = re.compile(r"(?i:^\s+(?:that|whether|if|how|what|who|when|why|to\s+say)\b)")
QUESTION = re.compile(r"(?i:\b(?:whether|if)\b)")
# a judgement is predicated of its matter ("the levy is unfair", "called it a libertarian measure",
# "has been a huge success"); a word before a noun names a kind of thing ("legal advice", "hard
# working families"), and after a modal a possibility ("could be illegal"), neither a view held
PREDICATIVE = re.compile(
    r"(?i:\b(?:(?P<modal>could|would|may|might|can|should|must)\s+(?:not\s+)?)?(?:is|are|was|were|be|been|being|"
    r"remains?|remained|seems?|seemed|looks?|looked|become|became|becomes|called|branded|described\s+as|as)\s+"
    r"(?:not\s+|no\s+longer\s+|never\s+)?[“\"‘']?(?:(?:\w+ly|very|so|quite|too|a|an|huge|big|real|total|complete)\s+){0,3}"
    r"[“\"‘']?$)")
JUDGEMENT_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z-]{3,}(?![\w’'-])")


def judgements(text: str) -> list[tuple[str, bool, str]]:
    """(base, positive, as written) for each judgement a sentence makes: a judgement word, its
    prefixed opposite, or one of a pair of opposites, negated where "not" or "no longer" comes
    just before it; none where a negated opposite would only negate twice ("not unfair")."""
    out = []
    for m in JUDGEMENT_WORD.finditer(text):
        word = m.group(0)
        if word in OPPOSITES or word in OPPOSITE_OF:
            base, positive = OPPOSITE_OF.get(word, word), word in OPPOSITES
        elif word in JUDGEMENTS:
            base, positive = word, True
        elif (bare := NEGATING_PREFIX.sub("", word)) != word and bare.lstrip("-") in JUDGEMENTS:
            base, positive = bare.lstrip("-"), False
        else:
            continue
        if NOT_A_JUDGEMENT.match(text[m.end():]) or QUESTION.search(text, 0, m.start()):
            continue
        predicated = PREDICATIVE.search(text, 0, m.start())
        if predicated is None or predicated.group("modal"):
            continue
        if NEGATION.search(text[:m.start()]):
            if not positive:
                continue
            positive = False
        out.append((base, positive, word))
    return out


def judgement_findings(sents: Sentences) -> list[Finding]:
    """Two parties (each named as the one saying it) judging one matter opposite ways in two
    reports: the same judgement, affirmed by one and negated by the other, or a pair of opposite
    judgements, in sentences sharing several rare story words besides."""
    if not sents.names:
        return []
    told: dict[str, list[tuple[int, bool, str, str]]] = {}
    found = {i: said for i, text in enumerate(sents.texts) if (said := judgements(text))}
    if not found:
        return []
    index = actor_index(sents.corpus)
    kinds = actor_kinds(index)
    contexts = {}
    for i, said in found.items():
        ref = sents.refs[i]
        if ref.doc not in contexts:
            contexts[ref.doc] = speakers_of(sents.corpus, index, ref.doc, kinds)
        sentence = sents.corpus.sentence(ref)
        who = speaker_in(contexts[ref.doc], sentence.start, sentence.end, prefer_last=False)
        if who is None:
            continue
        for base, positive, word in said:
            told.setdefault(base, []).append((i, positive, word, who))
    findings = []
    for _, said in sorted(told.items()):
        pos = [t for t in said if t[1]][:MAX_TOLD]
        neg = [t for t in said if not t[1]][:MAX_TOLD]
        best = None
        for i, _, word_i, who_i in pos:
            for j, _, word_j, who_j in neg:
                if sents.refs[i].doc == sents.refs[j].doc or who_i == who_j:
                    continue
                judged = {stem(word_i), stem(word_j)}
                matter = [w for w in sents.stems[i] & sents.stems[j] if sents.df[w] <= RARE_DF and w not in judged]
                if len(matter) < MIN_MATTER:
                    continue
                weight = sents.shared(i, j)[1]
                if best is None or weight > best[0]:
                    best = (weight, i, j, who_i, who_j, word_i, word_j)
        if best is None:
            continue
        weight, i, j, who_i, who_j, word_i, word_j = best
        findings.append(Finding("judged", KIND_SCORE["judged"] + min(0.1, weight), f"Judged {word_i} or {word_j}",
                                [who_i, who_j], [[sents.refs[i]], [sents.refs[j]]]))
    return findings
