"""One party's account of another and that party's own, held against it in another report: "Ann
Vale contends Harwick Mills sold the land to dodge the levy" against "Harwick Mills maintains that it
sold the land because the site was flooded"; "The shadow minister said the fund's rule had been
broken" against "Mr Reed insisted he was on course to meet the rule".
"""

from __future__ import annotations

import re
from math import fsum

from briefing.analysis.conflicts import KIND_SCORE, LEAD_IN, TOKEN, Finding, Sentences, stem
from briefing.analysis.opposing_views import BODY_HEADS, topic_clause
from briefing.analysis.rebuttals import SAYING
from briefing.analysis.words import at_word_start

# --- thresholds ------------------------------------------------------------------------------
# Set by reading every pair on 139 BBC story piles (files of one category most alike in their words,
# 4-8 each), 173 piles of files sharing a headline word (held-back stories left out of both) and the
# 15 visible sets: 8 disputes, each two sides of one (a bank's account of why a firm filed for
# bankruptcy and the firm's; a witness's account of his chief and the chief's lawyers'; a finance
# officer's of the same chief and the chief's; a finance minister's rule and his rival's; a party's
# tax plans; a mayor's remarks; a leader's pledge a book tells of and his "no deals"; a party's
# costing and a rival's), none on 38 piles of 40 articles of mixed stories (no word is in most of
# their reports). With two words shared, not one, the witness's is lost (the sides share "fraud"
# only); with the tie in 30% of the reports, not 60%, 1 more right and 2 wrong. Told by a charge as
# well ("accused/blamed/criticised/attacked X", "claims that X"): 4 more pairs, all wrong (MPs
# criticising a leader "over reports of their rift" against his "no deals"); by a passive charge ("X
# has been accused of"), or answered by "He insisted he ..." after a sentence opening on the party:
# no pair more; both sides in one report (two sentences apart at least): no dispute not found
# already, and the witness's lost. Where the party answers with a plain "said", with no negation and
# nothing of itself after it, most pairs are two things the party said, not an answer ("The firm
# said it was in talks to buy ...").
ABOUT_REACH = 12            # characters between a verb of saying (and "that") and the party the claim tells of
APPOSITION_CHARS = 60       # characters of a description between commas after the party's name ("Tom Reed, 63,")
OPENING_WORDS = 2           # words before the party an answer opens on ("But", "However,")
MIN_SHARED = 1              # words, besides the two parties' names, both sentences use...
SPREAD = 0.6                # ...one of them in this share of the reports at least (what the story is about)
MIN_REPORTS = 3             # reports a story needs for that share to tell
MAX_FINDINGS = 3            # pairs kept, each sentence in one
SIDE_SENTENCES = 3          # sentences kept as one side
EVIDENCE = 0.09             # what a finding's evidence adds to its score: less than the gap to "views"

# Closed classes of English news prose, stated as such.
# a party's account of another: "Ann Vale claims (that) Harwick ...", "..., alleged that Tom Reed",
# "The paper reported that Tom Reed ...", "told the court that Tom Reed ..."
CLAIM = re.compile(at_word_start(
    "claims", "claimed", "alleges", "alleged", "contends", "contended", "maintains", "maintained", "argues", "argued",
    "insists", "insisted", "says", "said", "believes", "believed", "reported", "reports", "suggested", "suggests",
    "wrote", "writes", r"told\s+\w+(?:\s+\w+)?", "testified", "admitted") + r"\s+(?:that\s+)?")
# "The firm insists it ...": a body told of by its kind, pointing back to the one named before
DESCRIBED = re.compile(r"^\W*(?:(?:But|However|Yet|And)\b,?\s+)?[Tt]he\s+(?:\w+\s+)?(?:" + "|".join(sorted(BODY_HEADS))
                       + r")(?=\s)")
LOOK_BACK = 3               # sentences before it searched for the body "the firm" points back to
# a sentence that is a quotation, closed by its speaker: '"We did nothing wrong," Tom Reed insisted.'
QUOTED = re.compile(r"^\s*[“\"](?P<words>[^”\"]+)[”\"]")
CLOSING_VERB = re.compile(r"\b(?:insisted|insists|maintained|maintains|argued|argues|contended|contends|countered|"
                          r"counters|said|says)\b")
CLOSING_WORDS = 8           # words after the quotation: its speaker, the verb, a few words of description
FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|my|My|us|me)\b")
# a verb of saying after the words said, before its speaker
CLOSING = re.compile(r"[,”\"]\s*$")
# the party answering for itself opens the sentence, by name or by its lawyers or spokesman ("Tom
# Reed's lawyers have said"), then a verb of holding its ground, or of saying with a negation after it
OPENING = re.compile(r"^\W*(?:(?:But|However|Yet|And)\b,?\s+)?(?:[Tt]he\s+)?$")
FOR_PARTY = re.compile(r"(?:[’']s?\s+(?:lawyers?|spokes(?:man|woman|person)|attorneys?|representatives?|"
                       rf"solicitors?))?(?:,[^,;:“”\"]{{1,{APPOSITION_CHARS}}},)?\s+(?:(?:has|have|had|also|always|repeatedly|now|later|still)\s+){{0,2}}"
                       r"(?P<verb>insisted|insists|maintained|maintains|argued|argues|contended|contends|countered|"
                       r"counters|said|says)\b(?:\s+that)?")
# "maintained their lead", "maintains its grip": a verb of keeping with its object, not of holding a view
KEPT = re.compile(r"maintain(?:s|ed)?\s+(?!that\b|he\b|she\b|it\b|they\b|we\b|I\b)")
# ...and tells of itself: a pronoun or possessive among the first words of what it says ("maintains
# that it filed", "insisted his plans were"), not of others ("argued that the country had changed")
OF_ITSELF = re.compile(r"(?i:^(?:\W*\w+){0,3}?\W*\b(?:he|she|it|they|we|i|his|her|its|their|our|my)\b)")
HOLDING = frozenset("insisted insists maintained maintains argued argues contended contends countered counters".split())
# "said" answers a claim only with a negation in what is said: "The firm said it would not cut jobs"
NEGATION = re.compile(r"(?i:\b(?:not|no|never|nothing|neither|nor)\b|n[’']t\b)")
# words most reports of any story use, which name no matter
GENERIC = frozenset(stem(w) for w in "people government told added week month years time says said would could "
                    "also make made take taken being been going came come many every need way get got went".split())


def own_account(sents: Sentences, i: int) -> str | None:
    """The party a sentence gives the account of itself: the one it opens on, before a verb of
    holding its ground ("Harwick Mills maintains that ..."), or of saying with a negation after it
    ("Tom Reed said he had not ...")."""
    text = sents.texts[i]
    described = DESCRIBED.match(text)
    if described:
        said = FOR_PARTY.match(text, described.end())
        if said is None or not OF_ITSELF.match(text[said.end():]) or KEPT.match(text, said.start("verb")) \
                or said.group("verb") not in HOLDING and not NEGATION.search(text, said.end()):
            return None
        return body_named_before(sents, i)
    names = sents.names.find(text)
    if not names:
        return None
    quoted = QUOTED.match(text)
    if quoted:
        return quoted_own_account(text, quoted, names)
    lead = LEAD_IN.match(text)
    opening = text[lead.end() if lead else 0:names[0][0]]
    if not OPENING.match(opening) or len(opening.split()) > OPENING_WORDS:
        return None
    _, end, who = names[0]
    said = FOR_PARTY.match(text, end)
    if said is None or not OF_ITSELF.match(text[said.end():]) or KEPT.match(text, said.start("verb")) \
            or said.group("verb") not in HOLDING and not NEGATION.search(text, said.end()):
        return None
    return who


def body_named_before(sents: Sentences, i: int) -> str | None:
    """The organisation the sentences just before name last, which "the firm" points back to."""
    for step in range(1, LOOK_BACK + 1):
        j = sents.next_to(i, -step)
        if j is None:
            return None
        bodies = [who for _, _, who in sents.names.find(sents.texts[j]) if sents.names.kinds.get(who) == "organization"]
        if bodies:
            return bodies[-1]
    return None


def quoted_own_account(text: str, quoted: re.Match, names: list[tuple[int, int, str]]) -> str | None:
    """The party closing a quotation of its own words about itself ('"We have done nothing wrong,"
    Tom Reed insisted.'), where it holds its ground or says what is not."""
    tail = text[quoted.end():]
    said = CLOSING_VERB.search(tail)
    if said is None or len(tail.split()) > CLOSING_WORDS or not FIRST_PERSON.search(quoted.group("words")) \
            or said.group(0) not in HOLDING and not NEGATION.search(quoted.group("words")):
        return None
    closing = [who for start, _, who in names if start >= quoted.end()]
    return closing[0] if closing else None


def claims_about(sents: Sentences, i: int) -> tuple[str | None, str] | None:
    """(the party telling it, the party told of) where a sentence tells someone's account of
    another party, named right after the verb of saying ("contends Harwick Mills sold ...")."""
    text = sents.texts[i]
    names = sents.names.find(text)
    if not names:
        return None
    for m in CLAIM.finditer(text):
        if CLOSING.search(text, 0, m.start()):
            continue            # '..., claimed Tom Reed.': the name is the speaker's
        about = [who for start, _, who in names if 0 <= start - m.end() <= ABOUT_REACH]
        if about:
            teller = speaker_of(sents, text, names, m.start())
            return (teller, about[0]) if teller != about[0] else None
    return None


def speaker_of(sents: Sentences, text: str, names: list[tuple[int, int, str]], at: int) -> str | None:
    """The party named just before the verb of saying at `at`, or after the sentence's closing one
    ("..., said Ann Vale"), else None."""
    before = [who for _, end, who in names if end <= at and not text[end:at].strip(" ’'s,").split()[2:]]
    if before:
        return before[-1]
    closing = [m for m in SAYING.finditer(text) if m.start() > at]
    if closing:
        after = [who for start, _, who in names if 0 <= start - closing[-1].end() <= 2]
        return after[0] if after else None
    return None


def name_stems(sents: Sentences) -> set[str]:
    """The stems of every word of the actors' names: a name two sentences share ties them to a
    party, not to one matter."""
    return {stem(w.lower()) for name in sents.names.owner for w in TOKEN.findall(name)}


def own_account_findings(sents: Sentences) -> list[Finding]:
    """A party's account of another (`claims_about`) against that party's account of itself
    (`own_account`) in another report, tied by words of what the story is about."""
    if not sents.names:
        return []
    owns: dict[str, list[int]] = {}
    claims = []
    for i, text in enumerate(sents.texts):
        if "?" in text:
            continue
        who = own_account(sents, i)
        if who is not None:
            owns.setdefault(who, []).append(i)
        told = claims_about(sents, i)
        if told is not None:
            claims.append((i, *told))
    if not owns or not claims:
        return []
    names = name_stems(sents)
    pairs = []
    for i, teller, about in claims:
        for j in owns.get(about, ()):
            if sents.refs[i].doc == sents.refs[j].doc:
                continue
            shared = (sents.stems[i] & sents.stems[j]) - names - GENERIC
            if len(shared) < MIN_SHARED:
                continue
            # a word of what the story is about ties them, where there are reports enough to tell
            if len(sents.corpus.documents) >= MIN_REPORTS \
                    and not any(sents.in_reports(w, SPREAD, MIN_REPORTS) for w in shared):
                continue
            weight = fsum(sents.idf[w] for w in shared) / (fsum(sents.idf[w] for w in sents.stems[j]) or 1.0)
            pairs.append((weight, i, j, teller, about))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    findings = []
    taken: set[int] = set()
    for weight, i, j, teller, about in pairs:
        if i in taken or j in taken:
            continue
        # each side: the pair's sentence, then the others of that side paired with the other's (the
        # composer shows one, preferring one no other section shows)
        told_of = [i] + [x for _, x, y, t, _ in pairs if y == j and t == teller and x not in taken and x != i]
        own = [j] + [y for _, x, y, _, _ in pairs if x == i and y not in taken and y != j]
        told_of, own = list(dict.fromkeys(told_of))[:SIDE_SENTENCES], list(dict.fromkeys(own))[:SIDE_SENTENCES]
        taken.update(told_of + own)
        told = f"Accounts differ, {teller} vs {about}" if teller else f"Accounts of {about} differ"
        findings.append(Finding("account", KIND_SCORE["account"] + EVIDENCE * min(1.0, weight),
                                f"{told}: {topic_clause(sents.texts[j])}", [],
                                [[sents.refs[k] for k in told_of], [sents.refs[k] for k in own]]))
        if len(findings) >= MAX_FINDINGS:
            break
    return findings
