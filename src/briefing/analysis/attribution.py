"""Who says a sentence or a quotation: "X said", "said X", "according to X", "he added",
"the ministry said", "it said".

A reporting verb's speaker is its grammatical subject: the name right before it (adverbs and an
appositive may stand between: "Ann Lowe, 54, later said"), right after it ("said Ann Lowe"), a
pronoun or a description standing for someone named before ("she said", "the union said"). A
subject that names nobody known ("a witness said", "they said") makes an attribution too: the
words are that unknown speaker's, so they are nobody's in the brief.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.actors import actor_index
from briefing.analysis.lexicon import HONORIFICS, ROLE_HEADS, ROLE_STOPS, SAY_VERBS
from briefing.analysis.names import Mention
from briefing.analysis.referents import (
    DOCUMENT_HEADS,
    LETTERS,
    ORGANIZATION_HEADS,
    PREPOSITIONS,
    DocumentSpeakers,
    actor_affiliations,
    actor_kinds,
    after_preposition,
    head_of,
    is_personal,
    seat_of,
    speakers_of,
)
from briefing.model import ActorFact, Corpus, SentenceRef

# Verbs of communicating besides "say" and its kin: a closed class of English reporting verbs
# ("vowed to fight 'until the very last minute'", "thundered India's delegate").
SPEECH_ACT_VERBS = frozenset("""
vowed vows vowing pledged pledges pledging promised promises accused accuses accusing branded brands
called calls appealed appeals criticised criticized criticises criticizes criticising criticizing
condemned condemns slammed slams blasted blasts hailed hails welcomed welcomes praised praises
dismissed dismisses demanded demands apologised apologized apologises apologizes assured assures
thundered quipped quips joked jokes lamented laments complained complains protested protests
asserted asserts tweeted tweets voiced boasted boasts stating pleaded pleads implored implores
revealed reveals
""".split())
# Verbs of disclosing that report speech only with a speaker of ours as their subject ('"…," he
# revealed', 'Tom Reed revealed that …'): a thing or a group reveals what was found ("the restoration
# revealed some interesting items", "talks with the producers revealed there was …").
DISCLOSING_VERBS = frozenset("revealed reveals".split())
REPORTING_VERBS = SAY_VERBS | SPEECH_ACT_VERBS
# Verbs that may come before their subject ("said Ann Lowe", "thundered the envoy", and in the
# present tense of features and sports writing "explains the coach", "agrees Ann Lowe"); "told"
# and the like take an object there ("told Reuters").
INVERTIBLE_VERBS = frozenset("""
said says added adds asked asks wrote writes replied replies continued continues explained explains
noted notes insisted insists warned warns countered counters thundered quipped declared declares
stated states remarked remarks observed observes argued argues commented comments cautioned cautions
conceded concedes recalled recalls responded responds answered answers admitted admits
acknowledged acknowledges maintained maintains stressed stresses emphasised emphasises emphasized
emphasizes agreed agrees points pointed
""".split())
# Words that report speech only with a word after them, and those words: "according to X",
# "points out X", and verbs of doubting before a wh-clause ("questioned how police will act");
# alone they report nothing ("won on points", "detectives questioned Tom Reed"). A closed class.
WH_WORDS = ("whether", "how", "why", "if", "what")
PARTICLES = {"according": ("to",), "points": ("out",), "pointed": ("out",),
             "questioned": WH_WORDS, "questions": WH_WORDS, "queried": WH_WORDS, "wondered": WH_WORDS,
             "went": ("on",), "goes": ("on",)}
# "went on" reports speech only where the words follow or precede it ('Lowe went on: "…"', '"…," he
# went on.'), not in "went on the attack"
CLAUSE_AFTER = {"went", "goes"}
PUNCTUATION_AFTER = re.compile(r"\s*[:,.;\"“]")
# "continue" reports speech only beside the words it reports: after a quotation ('"…," he continued',
# '," continued Lowe') or before one ('Lowe continued: "…"', 'She continued in a letter: "…"');
# elsewhere it is the verb of going on ("if growth continued at this rate", "as the talks continue")
CONTINUING_VERBS = frozenset("continued continues".split())
QUOTATION_JUST_BEFORE = re.compile(r"[^.\s]\s*[\"”]\s*,?\s*(?:[\w’'.-]+\s+){0,4}$")   # not a sentence closed
CLAUSE_TO_QUOTATION = re.compile(r"[^,.;:!?\"“”]{0,60}[:\"“]")
SAY_WORDS = REPORTING_VERBS | set(PARTICLES)
LOWER_RUN = re.compile(r"[a-z]+")        # a reporting verb is one (SAY_WORDS are all of a-z)
QUOTE_MARKS = "\"“”"
OPENING_MARKS = "\"“"

# Words that may stand between a subject and its verb: auxiliaries, adverbs (sentence adverbs too:
# "the minister meanwhile said", "Tom Reed however said"), a day ("Ann Lowe on
# Sunday said"), a parenthesis ("(Dec 14)"), post-nominal letters ("Ann Lowe QC said": a closed
# class of the letters of British honours, offices and ranks at the bar).
# Measured and left out (2026-12-07): "afterwards", "last week"/"this month" and an emphatic
# "himself" as glue too gave 3 quotations of the whole BBC corpus a speaker, all 3 right, but one
# of them ranked a held-back topic's key quote out of the twelve (.83 -> .75) and no set gained. A
# quotation standing alone after a sentence that opens on a person's name (a profile's "Ann Vale
# looks relaxed. "..."") given to that person: corpus 15 fired, 14 right, but a visible topic's
# quotes .67 -> .58 (a right quote ranked above a key one). Both wait for a quote ranking that
# keeps the key quotes when more are attributed. The profile's quotation measured again on later
# code (s26): the same visible topic .67 -> .58 (and its figures .66 -> .62), so still left out.
# Probed (s29) on invented sentences and left as they are for want of numbers (whole BBC corpus
# counts of the form): "the airline/retailer/watchdog said" with the kind stated nowhere (16, most
# outside quotations), "the Acme board said" (0), "a statement from Acme said" (1), '"…," the Scot
# said' (4; "said the Scot" is read), two speakers of one quotation ('Ms Vale and Mr Reed said': the
# last one gets it). Nine business story piles of 2-4 reports: no wrong speaker among their 54 key
# quotes. The 52 gold quotes the 15 visible sets miss: ranking 42, a paraphrased source 6, and 4
# forms of one each ('They said they had "…"' for a body; 'its submission which states "…"'; 'a
# message from Acme warning "…"'; 'Reed said the police had said it could "…"', the words Reed's).
GLUE_WORD = re.compile(r"(?:\b(?:has|have|had|also|already|then|later|again|previously|earlier|once|repeatedly|would|"
                       r"QC|KC|MP|MSP|MEP|OBE|MBE|CBE|KBE|DBE|"
                       r"will|further|first|finally|only|yesterday|today|tonight|now|long|never|always|often|[a-z]{3,}ly|"
                       r"meanwhile|however|instead|though|indeed|nevertheless|nonetheless|therefore|thus)"
                       r"|\bon\s+[A-Z][a-z]+(?:\s+\d{1,2})?|\([^()]{1,30}\)"
                       r"|\b(?:is|was|are|were)\s+(?:alleged|said|reported|understood|believed|thought|known|quoted)"
                       r"\s+(?:to(?:\s+have)?|as)"
                       r"|\bwent\s+on\s+to)\s*$")     # "is alleged to have told", "was quoted as saying", "went on to say"
MAX_GLUE_WORDS = 4
# the seat of a peer's title after the peer's name: "Lord Ashby| of Tarrowby"
PEER_SEAT = re.compile(r"\s+of\s+[A-Z][\w’'-]+$")
APPOSITIVE_MAX = 150     # characters of an appositive between a subject and its verb
UNCLOSED_APPOSITIVE = re.compile(r",\s+[a-z][^,;:\"“”()]{1,100}$")   # ", a member of the council", ", editor of X"
# what may come before a clause's subject: quotation marks, punctuation, "and" or "but"
CLAUSE_OPENING = re.compile(r"[\s\"“”,.;:!?—–-]*(?:(?:and|but)\s+)?", re.I)
DASH_AT_END = re.compile(r"\s[-–—]$")
DASH_BETWEEN = re.compile(r"\s[-–—]\s(?!.*\s[-–—]\s)[^\"“”;:]*$")   # the last spaced dash, no quote after it
# A closed class of English subordinating conjunctions: "When Lowe arrived, he said" opens on a
# clause whose subject "he" goes on about.
SUBORDINATOR = re.compile(r"\W*(?:when|whenever|after|before|as|while|whilst|although|though|if|once|since|because|"
                          r"until|unless|whereas)\s+", re.I)
TITLE_GAP = 5            # characters of a title ("Mr ", "Dr ") between the conjunction and the name
# "he", "she" and "it" standing for someone named before; "they" stands for a group we cannot name
PRONOUN_AT_END = re.compile(r"(?:^|[^\w’'])(he|she|it|they|we|i)$", re.I)
# Right after a verb: "said Ann Lowe", "said the firm", "thundered India's delegate Ann Lowe"
AFTER_VERB_WORDS = 5
NEAR = 60                # characters between "according to" and its source
# "the spokesman said": someone speaking for the body just mentioned, not for the person
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen".split())
# Media and works that "say" what they report ('said the paper', 'says the study'): a closed class of
# English nouns, besides the writings of DOCUMENT_HEADS
PUBLICATIONS = frozenset("""paper newspaper website site blog show programme program study survey poll book article
editorial column broadcast bulletin film documentary research""".split())
UNNAMED = frozenset("aide aides source sources official officials witness witnesses".split())   # nobody named
OF_PHRASE = re.compile(r"\s+(?:for|of|at|in|from|on|with|by)\s+")


@dataclass(frozen=True, repr=False)
class Attribution:
    """What a reporting clause says: whether there is one, and the known actor it names."""

    found: bool = False
    speaker: str | None = None


NONE = Attribution()
UNKNOWN = Attribution(True, None)       # a reporting clause whose speaker no actor is


def _skip_glue(text: str, floor: int, end: int) -> int:
    for _ in range(MAX_GLUE_WORDS):
        glue = GLUE_WORD.search(text, max(floor, end - 40), end)
        if not glue:
            break
        end = glue.start()
    while end > floor and text[end - 1].isspace():
        end -= 1
    return end


def subject_before(ctx: DocumentSpeakers, floor: int, verb_start: int, inside: list[tuple[int, int]] = (),
                   clause_start: int | None = None) -> Attribution:
    """The subject of a verb at `verb_start`: a name, a pronoun or a description ending right
    before it (past adverbs and an appositive). NONE where the verb has no subject of its own
    ("… and said", "declined to say"); UNKNOWN where it has one that is no known actor
    ("critics said", "a witness who survived … in Townsville described")."""
    text = ctx.document.text
    end = _skip_glue(text, floor, verb_start)
    inner: tuple[Mention, str] | None = None
    stray = end > floor and text[end - 1] == "," and text.rfind(",", floor, end - 1) < 0 \
        and not any(c in text[floor:end] for c in QUOTE_MARKS + ";:") \
        and ctx.ends.get(len(text[:end - 1].rstrip())) is not None
    if stray:
        # '"…," shop owner Ann Lowe, told reporters': a comma right after a name with none before it
        # in the clause (no appositive, a slip of the pen) leaves the words before it the subject
        end -= 1
        while end > floor and text[end - 1].isspace():
            end -= 1
    elif end > floor and text[end - 1] == ",":           # "Ann Lowe, a lawyer for the group, said"
        opening = text.rfind(",", max(floor, end - APPOSITIVE_MAX), end - 1)
        if opening < 0 or any(c in text[opening:end] for c in QUOTE_MARKS + ";:"):
            return NONE
        inner = ctx.ends.get(len(text[:end - 1].rstrip()))
        end = opening
        while end > floor and text[end - 1].isspace():
            end -= 1
        holder = _holder_of_relative(ctx, floor, opening, verb_start, inside, clause_start)
        if holder.speaker:
            return holder
    elif (dash := DASH_AT_END.search(text, max(floor, end - 3), end)) is not None:
        # "Lord Ashby - a senior judge - said": an appositive between dashes, like one between commas
        opening = DASH_BETWEEN.search(text[max(floor, dash.start() - APPOSITIVE_MAX):dash.start()])
        if opening is None:
            return NONE
        end = max(floor, dash.start() - APPOSITIVE_MAX) + opening.start()
    subject = _noun_phrase_before(ctx, floor, end, verb_start, inside, clause_start)
    if subject.speaker is None and inner and inner[0].start > end and is_personal(ctx, *inner) \
            and not after_preposition(text, inner[0].start):     # "Her suit, filed in Tarvel City, said"
        return Attribution(True, inner[1])  # "The group's lead witness, former clerk Ann Lowe, said"
    return subject


def _holder_of_relative(ctx: DocumentSpeakers, floor: int, comma: int, verb_start: int,
                        inside: list[tuple[int, int]], clause_start: int | None) -> Attribution:
    """ "Ann Lowe, spokeswoman for the Acme board, which set the rules, said": a relative clause
    after the last words of an appositive describes them (the board), not the verb's subject; the
    subject is the person the appositive describes, named before its own comma."""
    text = ctx.document.text
    if text[comma + 1:].lstrip().split(" ", 1)[0].lower() not in RELATIVE_PRONOUNS:
        return NONE
    outer = text.rfind(",", max(floor, comma - APPOSITIVE_MAX), comma)
    described = text[outer + 1:comma].lstrip() if outer >= 0 else ""
    if not (described[:1].islower() or described.isdigit()) or any(c in described for c in QUOTE_MARKS + ";:"):
        return NONE                        # not an appositive (a description opens in lower case, an age is one)
    end = len(text[:outer].rstrip())
    subject = _noun_phrase_before(ctx, floor, end, verb_start, inside, clause_start)
    found = ctx.ends.get(end)
    if subject.speaker and found and is_personal(ctx, *found):
        return subject
    return NONE


RELATIVE_PRONOUNS = frozenset("which that who whose where".split())
# "of the", "from the": a name after them stands in a phrase of the noun before, not as a subject
OF_THE = re.compile(r"\b(?:" + "|".join(sorted(PREPOSITIONS)) + r")\s+(?:the|a|an)\s+$", re.I)
# between a person and the body they belong to: "Ann Lowe of the union", "Ann Lowe from Acme"
MEMBER_OF = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?")
# the capitalised words ending a subject: a body a person is of may be one we do not know
CAPITALISED_AT_END = re.compile(r"(?<![\w’'&.-])(?:[A-Z][\w&’'.-]*\s+)*[A-Z][\w&’'.-]*$")


def _member_before(ctx: DocumentSpeakers, floor: int, start: int, inside: list[tuple[int, int]]) -> str | None:
    """The person a name at `start` post-modifies: "Ann Lowe of the union", "Ann Lowe from Acme"."""
    before = [(m, n) for m, n in ctx.between(max(floor, start - 80), start)
              if not any(a <= m.start < b for a, b in inside)]
    if before and is_personal(ctx, *before[-1]) and MEMBER_OF.fullmatch(ctx.document.text, before[-1][0].end, start):
        return before[-1][1]
    return None


# "a spokesman for (the)" right before a body's name: one speaking for it, unnamed (for a person,
# "a spokesman for Tom Reed", the words are not that person's own)
SPOKESPERSON_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?$", re.I)


def _noun_phrase_before(ctx: DocumentSpeakers, floor: int, end: int, verb_start: int,
                        inside: list[tuple[int, int]], clause_start: int | None) -> Attribution:
    text = ctx.document.text
    if end <= floor:
        return NONE
    unclosed = UNCLOSED_APPOSITIVE.search(text, max(floor, end - APPOSITIVE_MAX), end)
    if unclosed:
        # "Ann Lowe, a member of the council said": an appositive whose closing comma is missing
        named = ctx.ends.get(unclosed.start())
        if named and named[0].start >= floor and is_personal(ctx, *named) \
                and CLAUSE_OPENING.fullmatch(text, floor, _before_honorific(text, floor, named[0].start)):
            return Attribution(True, named[1])
    found = ctx.ends.get(end)
    if not found and text[end - 2:end] in ("’s", "'s"):
        found = ctx.ends.get(end - 2)      # "Acme’s said": a name ending in "'s" (before a verb, no possessive)
    if not found and (seat := PEER_SEAT.search(text, max(floor, end - 40), end)):
        found = ctx.ends.get(seat.start())   # "Lord Ashby of Tarrowby said": the peer before the seat
    if found and found[0].start >= floor and not any(a <= found[0].start < b for a, b in inside):
        mention, name = found
        member = _member_before(ctx, floor, mention.start, inside)
        if member:
            return Attribution(True, member)   # "Ann Lowe of the union said": the person, not the union
        if SPOKESPERSON_FOR.search(text, max(floor, mention.start - 40), mention.start) \
                and ctx.kinds.get(name) == "organization":
            return Attribution(True, name)   # "a spokeswoman for the Harwick Society said": the body's words
        if after_preposition(text, mention.start) or OF_THE.search(text, max(floor, mention.start - 40), mention.start):
            return UNKNOWN                 # "a witness … in Townsville described": not the subject
        if seat := seat_of(text, mention):     # "the Harwick MP told": whoever holds the seat
            return Attribution(True, ctx.described(text[mention.start:seat], mention.start))
        return Attribution(True, name)
    head = text[max(floor, end - 60):end]
    if text[end:end + 2] in ("’s", "'s"):
        return UNKNOWN
    pronoun = PRONOUN_AT_END.search(head)
    if pronoun:
        word = pronoun.group(1).lower()
        if word in ("he", "she"):
            governing = _governing_subject(ctx, floor, max(floor, end - 60) + pronoun.start(1), inside, clause_start)
            if governing.found:
                return governing           # "Ann Vale said she hoped": Vale, whoever was named before
            if clause_start is not None and head[:pronoun.start(1)].rstrip().endswith(",") \
                    and not _fronted_subject(ctx, clause_start, verb_start):
                clause_start = None        # "Lowe has failed, he claimed": the words are about Lowe, not Lowe's
            return Attribution(True, ctx.just_mentioned(verb_start, inside, clause_start)
                               or _headline_speaker(ctx, verb_start))
        if word == "it":
            return Attribution(True, ctx.organization(None, end - 2) or _body_speaking_before(ctx, verb_start))
        return UNKNOWN                     # "they said", "we said": a group, nobody named
    described = _description_at_end(head)
    if described:
        article, description = described
        found = _description(ctx, article, description, end - len(description), end, inside)
        if found.speaker is None and article == "the" and AGE_DESCRIPTION.fullmatch(description) \
                and CLAUSE_OPENING.fullmatch(text, floor, end - len(description) - len("the ")):
            # '"…," the 36-year-old said.': the person just named, as 'said the 36-year-old' is
            return Attribution(True, ctx.just_mentioned(verb_start, inside))
        return found
    last = head.split()[-1] if head.split() else ""
    if last.lower() == "who":              # "Ann Lowe, who said": the name before
        antecedent = ctx.ends.get(len(text[:end - 3].rstrip(" ,")))
        if antecedent and (is_personal(ctx, *antecedent) or not after_preposition(text, antecedent[0].start)):
            return Attribution(True, antecedent[1])
        return UNKNOWN
    body = CAPITALISED_AT_END.search(head)
    if body and (member := _member_before(ctx, floor, end - len(head) + body.start(), inside)):
        return Attribution(True, member)   # "Ann Lowe of Harwick Partners said", the firm no actor of ours
    if last[:1].isupper() and last.lower() not in ROLE_STOPS:
        # "Lowe said" where the name finder read "Lowe" as something else (a title word, "Pope"):
        # the one person of this document whose name ends so; else someone we do not know
        return Attribution(True, ctx.surname(last.strip(",.;:"), end))
    if last.endswith("s") and last.isalpha() and last.lower() not in ROLE_STOPS and last.lower() not in SAY_WORDS:
        return UNKNOWN                     # "critics said"
    return NONE                            # "… and said", "declined to say", "dismissed claims"


# an honorific written before a name ("Dr |Ann Lowe"), not part of the name found
HONORIFIC_AT_END = re.compile(r"(?:^|(?<=\W))(" + "|".join(sorted(HONORIFICS)) + r")\.?\s+$", re.I)


def _before_honorific(text: str, floor: int, start: int) -> int:
    """Where the name at `start` begins with its honorific ("Mr |Oren Halvik" -> "|Mr Oren Halvik"),
    so that "Mr Halvik, of the Tarvel Institute in Harwick said" opens its clause on the name as
    "Halvik, of … said" does; `start` where no honorific stands before it."""
    honorific = HONORIFIC_AT_END.search(text, max(floor, start - 12), start)
    return honorific.start() if honorific else start


def _governing_subject(ctx: DocumentSpeakers, floor: int, pronoun_start: int, inside: list[tuple[int, int]],
                       clause_start: int | None) -> Attribution:
    """ "Ann Vale said she hoped …", "Tom Reed insisted that he was …": the subject of a clause a
    reporting verb governs, as a pronoun, is that verb's subject, the one whose thoughts or words the
    clause reports, not the person of that gender named last (NONE where no such verb governs it)."""
    verb = governing_verb(ctx.document.text, floor, pronoun_start)
    if verb is None or verb.group(1).endswith("ing"):
        return NONE                        # "Reed defended Vale, saying she …": the participle's own subject
    return subject_before(ctx, floor, verb.start(1), inside, clause_start)


# a reporting verb and the "that" a reported clause may open with, right before its subject
REPORTED_CLAUSE_OPENING = re.compile(r"\b([a-z]+)\s+(?:that\s+)?$")
GOVERNING_VERB_CHARS = 30      # how far before a pronoun the verb governing its clause is looked for


def governing_verb(text: str, floor: int, pronoun_start: int) -> re.Match[str] | None:
    """The reporting verb (and "that") right before the pronoun at `pronoun_start`, whose reported
    clause the pronoun is the subject of ("Ann Vale said she …", "insisted that he …"), not before
    `floor`; None where no reporting verb stands there."""
    verb = REPORTED_CLAUSE_OPENING.search(text, max(floor, pronoun_start - GOVERNING_VERB_CHARS), pronoun_start)
    return verb if verb is not None and verb.group(1) in REPORTING_VERBS else None


def _fronted_subject(ctx: DocumentSpeakers, start: int, end: int) -> bool:
    """Whether the sentence at `start` opens on a subordinate clause with a person as its subject
    ("When Lowe arrived, he said"), whom a "he" after the comma goes on about; not on the words
    reported ("Lowe has failed, he claimed") nor on a participle ("Asked about Lowe, he said")."""
    opening = SUBORDINATOR.match(ctx.document.text, start, end)
    return bool(opening) and any(0 <= m.start - opening.end() <= TITLE_GAP and is_personal(ctx, m, n)
                                 for m, n in ctx.between(opening.end(), end))


def _headline_speaker(ctx: DocumentSpeakers, pos: int) -> str | None:
    """ "Acme boss says strike cost millions" over '"It cost us a fortune," he said': "he" before
    anyone is named stands for whom the headline has speaking, named or described by a role."""
    text = ctx.document.text
    if ctx.last_speaker or ctx.unknown_speakers or any(is_personal(ctx, m, n) for m, n in ctx.between(0, pos)):
        return None
    words = (ctx.document.title or "").split()
    verb = next((k for k, w in enumerate(words[:HEADLINE_SUBJECT_WORDS + 1]) if w.lower() in REPORTING_VERBS), 0)
    if verb < 1:
        return None
    subject = [w.strip("’'\":,") for w in words[:verb]]
    if head_of(subject[-1]) in ROLE_HEADS:
        found = ctx.described(" ".join(subject))
    else:
        found = ctx.surname(subject[-1], len(text))
    return found if found and ctx.kinds.get(found) != "organization" else None


HEADLINE_SUBJECT_WORDS = 4    # "Acme Air chief executive says …": where a headline's speaker stands


def _body_speaking_before(ctx: DocumentSpeakers, pos: int) -> str | None:
    """ "The ministry announced a review. It said …": where no organization is named by name just
    before, "it" stands for the organization the sentence before reports, named by its kind."""
    here = ctx.sentence_at(pos)
    if not here or here - 1 not in ctx.sentence_of:
        return None
    start, end = ctx.sentence_of[here - 1]
    for verb in reporting_verbs(ctx, start, end):
        word = verb.group().lower()
        if word == "according" or word.endswith("ing"):
            continue
        found = _noun_phrase_before(ctx, start, _skip_glue(ctx.document.text, start, verb.start()), verb.start(),
                                    [], start) if not _pronoun_before(ctx, start, verb.start()) else NONE
        if found.speaker and ctx.kinds.get(found.speaker) == "organization":
            return found.speaker
    return None


def _body_spoken_of(ctx: DocumentSpeakers, pos: int) -> str | None:
    """ "The Tarvel Party backed the plan. They said … A spokesman said: …": a spokesperson no
    organization is named with speaks for the one the sentences before have as their subject (one
    opening on "they" or "it" going on about it), where they name no other; else for nobody known."""
    here = ctx.sentence_at(pos)
    text = ctx.document.text
    for index in range(here - 1, max(-1, here - 1 - SPOKESPERSON_LOOK_BACK), -1) if here is not None else ():
        if index not in ctx.sentence_of:
            return None
        start, end = ctx.sentence_of[index]
        if BODY_PRONOUN_OPENING.match(text, start, end):
            continue                       # "They said they would press Acme …": about the body before
        bodies = {n for m, n in ctx.between(start, end) if ctx.kinds.get(n) == "organization"}
        people = [n for m, n in ctx.between(start, end) if is_personal(ctx, m, n)]
        # the subject opens the sentence, or follows a phrase put before it ("Despite backing the
        # plan, the Tarvel Party insisted …")
        fronted = text.find(",", start, end)
        opening = [n for m, n in ctx.between(start, end) if not after_preposition(text, m.start) and (
            len(text[start:m.start].split()) <= SUBJECT_OPENING_WORDS
            or 0 <= fronted < m.start and len(text[fronted + 1:m.start].split()) <= SUBJECT_OPENING_WORDS)]
        if len(bodies) == 1 and not people and opening and opening[0] in bodies:
            return opening[0]
        return None
    return None


# the articles of a spokesperson who may speak for the body spoken of ("a spokesman", "its
# spokesman"); "his spokesman", "Tom Reed's spokesman" speak for a person, whom they do not quote
BODY_ARTICLES = frozenset({"a", "an", "the", "its"})
SPOKESPERSON_LOOK_BACK = 3      # sentences back to the one naming the body ("They …", "And they …" between)
BODY_PRONOUN_OPENING = re.compile(r"\W*(?:(?:and|but|yet|so)\s+)?(?:they|it)\b", re.I)


def _pronoun_before(ctx: DocumentSpeakers, start: int, verb_start: int) -> bool:
    head = ctx.document.text[max(start, verb_start - 60):_skip_glue(ctx.document.text, start, verb_start)]
    return bool(PRONOUN_AT_END.search(head))


def _description_at_end(head: str) -> tuple[str, str] | None:
    """The description `head` ends with, from its article: "the Labour MP for Ayr", "a spokesman";
    not "the wake of the disaster and" (a phrase that goes on past its noun)."""
    for found in DESCRIPTION_START.finditer(head):
        words = head[found.end():].split()
        if 1 <= len(words) <= MAX_DESCRIPTION_WORDS and words[-1].lower() not in ROLE_STOPS \
                and all(w.lower() not in ROLE_STOPS or w.lower() in CONNECTING_WORDS for w in words):
            return (found.group(1) or POSSESSIVE).lower(), head[found.end():]
    return None


# A person by their age, as news refers back to whom it has just named ("the 36-year-old", "the
# 27-year-old Austrian"); a nationality alone is left out: it tells apart people of different ones.
AGE_DESCRIPTION = re.compile(r"\d{1,3}-year-old(?:\s+[A-Z][a-z]+)?")


# an article, a possessive determiner, or a name's possessive ("Acme's spokesman", "Ann Lowe's lawyer")
DESCRIPTION_START = re.compile(r"(?:^|(?<=\W))(the|a|an|its|his|her|their)\s+|(?<=[’']s\s)|(?<=s[’']\s)", re.I)
MAX_DESCRIPTION_WORDS = 6
POSSESSIVE = "’s"        # the "article" of a description its owner's name opens
CONNECTING_WORDS = frozenset("for of at in from on with by the".split())


def _owner(ctx: DocumentSpeakers, start: int) -> tuple[Mention, str] | None:
    """The name whose possessive ends right before `start` ("Acme's |spokesman", "Acme Motors' |chief")."""
    text = ctx.document.text
    if text[start - 3:start] in ("’s ", "'s "):
        return ctx.ends.get(start - 3)
    if text[start - 3:start] in ("s’ ", "s' "):
        return ctx.ends.get(start - 2)
    return None


def _named_organization(ctx: DocumentSpeakers, start: int, end: int) -> str | None:
    """The organization a description names as its owner ("Acme's spokesman") or inside it ("an
    Acme statement"), or None."""
    owner = _owner(ctx, start)
    if owner and ctx.kinds.get(owner[1]) == "organization":
        return owner[1]
    inner = [n for _, n in ctx.between(start, end) if ctx.kinds.get(n) == "organization"]
    return inner[-1] if inner else None


def _description(ctx: DocumentSpeakers, article: str, description: str, start: int, end: int,
                 inside: list[tuple[int, int]] = ()) -> Attribution:
    """ "the prime minister", "the company", "a company spokesperson", "Acme's spokesman"."""
    words = OF_PHRASE.split(description)[0].split()       # "the MP for Ayr": "MP"
    head = head_of(words[-1])
    if head in SPOKESPEOPLE:
        # "Acme's spokesman", "an Acme spokesman", "a company spokesperson": the organization's words
        named = _named_organization(ctx, start, end)
        if named:
            return Attribution(True, named)
        kinds = [head_of(w) for w in words[:-1] if head_of(w) in ORGANIZATION_HEADS]
        if kinds:
            return Attribution(True, ctx.organization(kinds[-1], start))
        if len(words) == 1 and article in BODY_ARTICLES:
            return Attribution(True, _body_spoken_of(ctx, start))      # "a spokesman said"
        return UNKNOWN
    if head in DOCUMENT_HEADS:
        # "An Acme statement said", "Acme's statement said": the organization that issued it
        named = _named_organization(ctx, start, end)
        if named:
            return Attribution(True, named)
        owner = _owner(ctx, start)
        if owner and is_personal(ctx, *owner):
            return Attribution(True, owner[1])     # "Ann Lowe's statement said": her own words
    if article == POSSESSIVE and (owner := _owner(ctx, start)) and is_personal(ctx, *owner):
        return UNKNOWN                     # "Ann Lowe's lawyer said": someone of hers, not named
    if article in ("a", "an") or head in UNNAMED or head != words[-1].lower().strip("’'"):
        return UNKNOWN                     # "a witness said", "the two officers said": nobody named
    if head in ORGANIZATION_HEADS:
        return Attribution(True, ctx.organization(head, start))
    if head in ROLE_HEADS:
        return Attribution(True, ctx.described(" ".join(words), start, inside))
    if head in DOCUMENT_HEADS:
        return Attribution(True, ctx.author_of(head, start))
    return UNKNOWN


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where the clause from `start` ends: at punctuation, not at the dot of "Mr." or "U.S."."""
    for stop in CLAUSE_STOP.finditer(text, start, limit):
        if stop.group() == ".":
            word = text[max(start, stop.start() - 6):stop.start()].split()[-1:]
            if word and (word[0].lower().strip("(") in ABBREVIATIONS or len(word[0]) == 1 or "." in word[0]):
                continue
        return stop.start()
    return limit


def _ends_subject(text: str, end: int, close: int) -> bool:
    """Whether a name ending at `end` ends the subject: the clause stops there or goes on with an
    adverbial ("said Ann Lowe shortly after …"), not with a verb ("said Lowe had …", nor with one
    the words quoted open on: 'said Lowe "should go"')."""
    following = text[end:close].split()[:2]
    if following and (following[0] in VERB_ADVERBS or following[0].endswith("ly")):
        following = following[1:]          # "said Lowe already had …", "said Lowe probably would …"
    following = following[:1]
    rest = text[close:close + 2 + AUXILIARY_CHARS].lstrip()
    if not following and rest[:1] in OPENING_MARKS:
        following = rest[1:].split()[:1]
    return not following or not (following[0].lower() in AUXILIARIES or following[0].endswith("ed"))


VERB_ADVERBS = frozenset("already also still now never not just even".split())   # between a subject and its verb


def _names_a_holder(text: str, end: int, close: int) -> bool:
    """Whether the words after a name ending at `end` make it part of a description of someone:
    "the Acme sporting director", "Acme's chief executive", "Acme director of planning" (a role word
    ends the clause, or the phrase before its "of")."""
    following = text[end:close].split()
    head = OF_PHRASE.split(" ".join(following))[0].split()[-1:] if following else []
    return bool(head) and (head_of(head[0]) in ROLE_HEADS or head_of(head[0]) in SPOKESPEOPLE) \
        and not any(w.lower() in AUXILIARIES for w in following)


AUXILIARY_CHARS = 8            # as long as the longest of AUXILIARIES, and a space
AUXILIARIES = frozenset("is was were are be been had has have would will could should might may must can did does do "
                        "’s 's".split())
CLAUSE_STOP = re.compile(r"[,.;:!?\"“”(]|\s[-–—]\s")
ABBREVIATIONS = HONORIFICS | frozenset("st gen sen rep gov lt col sgt capt cmdr adm maj jr sr no".split())


def subject_after(ctx: DocumentSpeakers, verb_end: int, limit: int, inside: list[tuple[int, int]] = ()) -> Attribution:
    """The subject after a verb, ending its clause: "said Ann Lowe.", "said the firm.",
    "thundered Ruritania's envoy Ann Lowe, who …"; not "said Lowe had …"."""
    text = ctx.document.text
    end = _clause_end(text, verb_end, limit)
    clause = text[verb_end:end].rstrip()
    close = verb_end + len(clause)
    mentions = [(m, n) for m, n in ctx.between(verb_end, close) if not any(a <= m.start < b for a, b in inside)]
    if mentions and _names_a_holder(text, mentions[-1][0].end, close):
        mentions = []                      # "said the Acme sporting director": a description, not Acme
    if len(mentions) >= 2 and is_personal(ctx, *mentions[-2]) and not is_personal(ctx, *mentions[-1]) \
            and MEMBER_OF.fullmatch(text, mentions[-2][0].end, mentions[-1][0].start):
        mentions = mentions[:-1]           # "said Dr Ann Lowe of the Acme Institute": the person
    # prepositions as written, lower case: a capitalised one is a word of a title ("said Quenby Under
    # Secretary Tom Reed"), and the name before it the title's place or body, not the speaker
    if mentions and _ends_subject(text, mentions[-1][0].end, close):
        m, name = mentions[-1]
        between = text[verb_end:m.start].split()
        if len(between) <= AFTER_VERB_WORDS and PREPOSITIONS.isdisjoint(between):
            return Attribution(True, name)
    for m, name in mentions[:-1]:
        # "said Harwick manager Tom Reed of the penalty": the person, then what the words were about
        between = text[verb_end:m.start].split()
        after = text[m.end:close].split()[:1]
        if len(between) > AFTER_VERB_WORDS or not PREPOSITIONS.isdisjoint(between):
            break
        if is_personal(ctx, m, name) and after and after[0] in PREPOSITIONS:
            return Attribution(True, name)
    words = clause.split()
    if words and not mentions and text[end:end + 1] == ",":
        # '"…," said one of their lawyers, Ann Lowe.': a description, then the name it stands for
        named = _appositive_name(ctx, end + 1, limit, inside)
        if named:
            return Attribution(True, named)
    if 1 <= len(words) <= AFTER_VERB_WORDS and words[0].lower() in ("the", "a", "an") and len(words) > 1:
        description = " ".join(words[1:])
        head = OF_PHRASE.split(description)[0].split()[-1]
        noun = head_of(head)
        if noun in ROLE_HEADS or noun in ORGANIZATION_HEADS or noun in SPOKESPEOPLE or noun in UNNAMED:
            return _description(ctx, words[0].lower(), description, close - len(description), close, inside)
        if words[0].lower() in ("a", "an"):
            return UNKNOWN
        if text[end:end + 1] in OPENING_MARKS or noun in DOCUMENT_HEADS or noun in PUBLICATIONS:
            return NONE                    # 'added the deal "…"': what was said, not who said it
        # '"…," said the 22-year-old.', 'said the American': someone the report has just named
        if head.endswith("s") and not head.endswith("ss"):
            return UNKNOWN                 # 'says the instructions': a plural, nobody "he" or "she" is
        return Attribution(True, ctx.just_mentioned(verb_end, inside))
    if len(words) == 1 and words[0].lower() in ("he", "she") and text[end:end + 1] not in OPENING_MARKS:
        # '"…," said he.'; not 'admitted she "doesn't …"', where the pronoun is what she said about herself
        return Attribution(True, ctx.just_mentioned(verb_end, inside))
    return NONE


def _appositive_name(ctx: DocumentSpeakers, start: int, limit: int, inside: list[tuple[int, int]]) -> str | None:
    """The person a clause from `start` names and nothing else ("Ann Lowe.", "Dr Ann Lowe,")."""
    text = ctx.document.text
    end = _clause_end(text, start, limit)
    found = [(m, n) for m, n in ctx.between(start, end) if not any(a <= m.start < b for a, b in inside)]
    if len(found) != 1 or not is_personal(ctx, *found[0]):
        return None
    m, name = found[0]
    before = text[start:m.start].split()
    if text[m.end:end].strip() or not all(w.lower().strip(".") in HONORIFICS for w in before):
        return None
    return name


def reporting_verbs(ctx: DocumentSpeakers, start: int, end: int, inside: list[tuple[int, int]] = ()) -> list[re.Match]:
    """The reporting verbs between `start` and `end` outside quotation marks, "according to" too."""
    text = ctx.document.text
    low = text[start:end].lower()
    if len(low) != end - start:          # a letter whose lower case is longer ("İ"): keep offsets
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text[start:end])
    present = SAY_WORDS.intersection(LETTERS.findall(low))      # most windows hold one or two
    if not present:
        return []
    found = []
    # each reporting verb as a whole run of letters a-z (as a pattern of the words present would
    # find them, without compiling one for each set of words: hundreds a corpus), in text order;
    # found by str.find, not by reading every word of the window for the few that are verbs
    for k in sorted(_whole_runs(low, present)):
        m = LOWER_RUN.match(low, k)
        at = start + k
        wanted = PARTICLES.get(m.group())
        if not any(a <= at < b for a, b in inside) \
                and (wanted is None or _next_word(low, m.end()) in wanted) \
                and not _plural_noun(low, m) \
                and (m.group() not in CLAUSE_AFTER
                     or PUNCTUATION_AFTER.match(text, text_word_end(text, at + len(m.group())))) \
                and (m.group() not in CONTINUING_VERBS or _beside_quotation(text, at, at + len(m.group()))):
            found.append(LETTERS.match(text, at))
    return found


def _whole_runs(low: str, words: set[str]) -> list[int]:
    """Where each of `words` (of a-z) stands in `low` as a whole run of letters a-z."""
    out = []
    for word in words:
        k = low.find(word)
        while k >= 0:
            end = k + len(word)
            if not (k and "a" <= low[k - 1] <= "z") and not (end < len(low) and "a" <= low[end] <= "z"):
                out.append(k)
            k = low.find(word, end)       # a whole run found inside this one would have a letter before it
    return out


def _beside_quotation(text: str, start: int, end: int) -> bool:
    """Whether the verb at `start`-`end` stands right after a quotation's closing mark (a few words
    between: '"…," he continued') or opens a clause that runs on to a colon or an opening mark."""
    return QUOTATION_JUST_BEFORE.search(text, max(0, start - 60), start) is not None \
        or CLAUSE_TO_QUOTATION.match(text, end) is not None


def _plural_noun(low: str, word: re.Match) -> bool:
    """ "Ann Vale's comments were", "the claims are": a plural noun with its verb after it, not a
    reporting verb (which a pronoun would be the subject of: "what he says are …")."""
    before = low[max(0, word.start() - 8):word.start()].split()
    return word.group().endswith("s") and _next_word(low, word.end()) in PLURAL_AUXILIARIES \
        and not (before and before[-1] in SUBJECT_PRONOUNS)


PLURAL_AUXILIARIES = frozenset("were are have".split())
SUBJECT_PRONOUNS = frozenset("he she it they we i you who".split())


def _next_word(low: str, pos: int) -> str:
    found = NEXT_WORD.match(low, pos)
    return found.group(1) if found else ""


def text_word_end(text: str, pos: int) -> int:
    """Where the word after `pos` ends (past the spaces before it)."""
    found = NEXT_WORD.match(text, pos)
    return found.end() if found else pos


NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def speaker_clause(ctx: DocumentSpeakers, start: int, end: int, prefer_last: bool,
                   inside: list[tuple[int, int]] = (), after_quote: bool = False) -> Attribution:
    """The reporting clause between `start` and `end`, if any, and the speaker it names. After a
    quotation ('"…," he said') a pronoun skips the people of its own sentence, who are what the
    quotation is about; elsewhere a person named earlier in the sentence is its first candidate."""
    verbs = reporting_verbs(ctx, start, end, inside)
    if after_quote and _opens_on_preposition(ctx.document.text, start, end):
        return NONE
    if prefer_last:
        verbs.reverse()
    shared = NONE
    for verb in verbs:
        word = verb.group().lower()
        v_start, v_end = verb.start(), verb.end()
        if word in INVERTIBLE_VERBS and word in PARTICLES:
            v_end = text_word_end(ctx.document.text, v_end)     # "points out X": the subject follows "out"
        if word == "according":
            source = subject_after(ctx, v_end + 3, max(min(end, v_end + NEAR), v_end + 3), inside)
            if source.found:
                return source
            continue
        if word.endswith("ing"):
            quoted = QUOTED_AS.search(ctx.document.text, max(start, v_start - QUOTED_AS_CHARS), v_start)
            if quoted:
                return _quoted_object(ctx, quoted, inside)
            # "X said … adding: «…»", "X met Y, describing …": the subject of the clause before
            main = speaker_clause(ctx, start, v_start, True, inside, after_quote)
            if main.found:
                return main
            subject = [n for m, n in ctx.between(start, v_start)
                       if not any(a <= m.start < b for a, b in inside) and is_personal(ctx, m, n)]
            if subject:
                return Attribution(True, subject[0])
            continue
        before = subject_before(ctx, start, v_start, inside, None if after_quote else start)
        if before.speaker is not None and before.speaker == hearer(ctx, verb, inside):
            # '"…," she told Mr Reed': "she" stood for the one she spoke to, who is never the one
            # speaking; whom else she stands for is unclear, so the words are nobody's we know
            return UNKNOWN
        if before.found and not (word in DISCLOSING_VERBS and before.speaker is None):
            return before
        if word in DISCLOSING_VERBS:
            continue
        if word in INVERTIBLE_VERBS:
            after = subject_after(ctx, v_end, end, inside)
            if after.found:
                return after
        if not shared.found:
            shared = _shared_subject(ctx, start, v_start, inside)
    return shared       # "… and said": the clause's subject, if no other verb names one


# Verbs whose object is the one spoken to ("told Mr Reed", "asked Ann Vale", "warned the Acme
# board"): a closed class of English verbs of telling. Any reporting verb names its hearer after
# "to" ("said to Mr Reed", "wrote to Ann Vale").
TELLING_VERBS = frozenset("""told tells tell telling asked asks ask warned warns warn urged urges assured assures
reminded reminds informed informs promised promises""".split())
# between a verb of telling and the name of its hearer: "to", "the", title words ("told Prime Minister
# Tom Reed", "said to the Acme board")
HEARER_GAP = re.compile(r"\s+(?:to\s+)?(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}")
HEARER_CHARS = 60


def hearer(ctx: DocumentSpeakers, verb: re.Match[str], inside: list[tuple[int, int]] = ()) -> str | None:
    """The actor a reporting verb names as the one spoken to: the object of a verb of telling ("she
    told Mr Reed", "he asked Ann Vale") or whom "to" names after any ("he said to Mr Reed"); not an
    owner ("told Mr Reed's lawyer"); None where it names none."""
    text = ctx.document.text
    word = verb.group().lower()
    for mention, name in ctx.between(verb.end(), verb.end() + HEARER_CHARS):
        if any(a <= mention.start < b for a, b in inside):
            continue
        gap = HEARER_GAP.fullmatch(text, verb.end(), mention.start)
        if gap is None or (word not in TELLING_VERBS and not text[verb.end():mention.start].split()[:1] == ["to"]):
            return None
        return None if text[mention.end:mention.end + 2] in ("’s", "'s") else name
    return None


def _opens_on_preposition(text: str, start: int, end: int) -> bool:
    """Whether the words after a quotation open on a preposition ('were "highly sceptical" about Labour
    and Conservative promises'): the reporter's sentence goes on, and names there are what it is
    about, not a reporting clause's subject."""
    words = text[start:end].split()
    return bool(words) and words[0] in PREPOSITIONS


# "Reuters quoted one trader as saying": the words are the object's, whom the agency quotes
# (not after "was quoted", whose subject speaks: "Reed was quoted in a paper as saying")
QUOTED_AS = re.compile(r"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )"
                       r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+([^\"“”;:.]+?)\s+as\s+$")
QUOTED_AS_CHARS = 100


def _quoted_object(ctx: DocumentSpeakers, quoted: re.Match[str], inside: list[tuple[int, int]]) -> Attribution:
    """The speaker "X quoted Y as saying" gives the words to: Y, where a name of ours ends it ("the
    agency quoted Acme chief Ann Lowe", "quoted Mr Reed"); else someone we do not know ("quoted one
    trader", "quoted an insider in the talks")."""
    end = quoted.end(1)
    named = [(m, n) for m, n in ctx.between(quoted.start(1), end) if not any(a <= m.start < b for a, b in inside)]
    if named and named[-1][0].end == end and not after_preposition(ctx.document.text, named[-1][0].start):
        return Attribution(True, named[-1][1])
    return UNKNOWN


def _shared_subject(ctx: DocumentSpeakers, start: int, verb_start: int, inside: list[tuple[int, int]]) -> Attribution:
    """ "Acme withdrew its offer and said …": a verb after "and" or "but" shares the subject that
    opens the clause (a name within its first few words)."""
    text = ctx.document.text
    before = text[start:_skip_glue(text, start, verb_start)].split()
    if not before or before[-1].lower() not in ("and", "but"):
        return NONE
    opening = [(m, n) for m, n in ctx.between(start, verb_start) if not any(a <= m.start < b for a, b in inside)]
    for k, (m, name) in enumerate(opening):
        if len(text[start:m.start].split()) > SUBJECT_OPENING_WORDS:
            break
        if after_preposition(text, m.start):
            continue
        while k + 1 < len(opening) and NAME_RUN.fullmatch(text, m.end, opening[k + 1][0].start):
            k += 1                         # "UN Secretary General Ann Lowe": the name the title runs into
            m, name = opening[k]
        return Attribution(True, name)
    return NONE


NAME_RUN = re.compile(r"(?:\s+[A-Z][\w.’'-]*)*\s+")

SUBJECT_OPENING_WORDS = 4     # "Opposition leader Ann Lowe", "On Monday, Acme": where a clause's subject stands


def speaker_in(ctx: DocumentSpeakers, start: int, end: int, prefer_last: bool,
               inside: list[tuple[int, int]] = (), after_quote: bool = False) -> str | None:
    """The speaker a reporting verb between `start` and `end` names, if any."""
    return speaker_clause(ctx, start, end, prefer_last, inside, after_quote).speaker


def find_attributions(corpus: Corpus, actors: list[ActorFact]) -> dict[SentenceRef, str]:
    """Sentences that say who says them ("X said", "according to X"), with that actor's name."""
    index = actor_index(corpus)
    kinds = actor_kinds(index)
    affiliated = actor_affiliations(index)
    out: dict[SentenceRef, str] = {}
    for doc, sentences in enumerate(corpus.sentences):
        if SAY_WORDS.isdisjoint(LETTERS.findall(corpus.documents[doc].text.lower())):
            continue
        ctx = speakers_of(corpus, index, doc, kinds, affiliated)
        for sentence in sentences:
            speaker = speaker_in(ctx, sentence.start, sentence.end, prefer_last=False)
            if speaker:
                out[SentenceRef(doc, sentence.index)] = speaker
    return out
