"""Who "he", "it", "the ministry" or "the report" stands for at a place in a document.

News prose names someone once and then refers back: "he" and "she" to the person named last
(passing over photo credits, and over someone quoted whom no actor stands for), "it" to the
organization named last, a description ("the prime minister", "the union") to the actor whose
role or name it gives, "the report" to the organization that published it.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from briefing.analysis.actors import ActorIndex, holds_office
from briefing.analysis.lexicon import (
    DEMONYMS,
    HONORIFICS,
    KINSHIP,
    ORG_HEADS,
    ORGANIZATION_ROLE_HEADS,
    ROLE_HEADS,
    SAY_VERBS,
    TITLE_WORDS,
)
from briefing.analysis.names import SAID_AFTER, Mention, document_names, quoted
from briefing.analysis.roles import head_word, singular_in
from briefing.model import Corpus, Document

LOOK_BACK_SENTENCES = 8  # how far back a referent is looked for (past captions and credits between)
# Heads of a description that stands for an organization ("the company", "the ministry")
ORGANIZATION_HEADS = ORGANIZATION_ROLE_HEADS | ORG_HEADS | frozenset("presidency junta regime".split())
ROLE_OR_ORGANIZATION_HEADS = ROLE_HEADS | ORGANIZATION_HEADS       # the nouns head_of knows the plurals of
# Heads general enough to stand for a story's main organization, whatever its name
GENERIC_ORGANIZATION_HEADS = frozenset("company firm group organisation organization".split())
# Writings that "say" what their author says ("the report said", "the statement said"): a closed
# class of English nouns for published texts.
DOCUMENT_HEADS = frozenset("report statement letter filing memo note announcement release notice submission".split())
# A closed class: English prepositions that open a phrase a subject cannot stand in.
PREPOSITIONS = frozenset("""in at from near of for with by to on about against into across over under regarding
concerning towards toward like unlike than between among amid despite without behind beside""".split())
# "an Ann Vale strike", "a Tom Reed film": a name after an indefinite article is a noun's modifier,
# not anyone "he" or "she" stands for
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")
# "Reed, who wrote about the hostage Jill Lowe, said …": a relative clause not yet closed, whose
# last name is not the one speaking however "said" follows it
RELATIVE_OPEN = re.compile(r",\s+who(?:se)?\s[^,;:\"“”]*$")
CONJUNCTIONS = frozenset("and or but nor".split())      # a closed class: "Reed's and Vale's"
# a sentence whose subject is a body named in capitals, then its verb ("The Harwick Chamber of
# Trade welcomed …"): what "it" in the next sentence goes on about
NAMED_SUBJECT = re.compile(r"\W*(?:The\s+)?([A-Z][\w&’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&’'-]*)+)\s+[a-z]+ed\b")
PROSE = re.compile(r"\b[a-z]{3,}\b")      # a sentence with a lower-case word is prose, not a credit line
LETTERS = re.compile(r"[A-Za-z]+")      # on lower-cased text too: same offsets
PRONOUN_SUBJECT = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:he|she)\b", re.I)
PRONOUN_VERB = re.compile(r",\s+(?:he|she)\s+(?:\w+ly\s+)?([a-z]+)\b")     # ", he said", ", she later told"
DESCRIBED_SPEAKER = re.compile(r"\bthe\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:to\s+)?("
                               + "|".join(sorted(sorted(SAY_VERBS), key=len, reverse=True)) + r")\b")
# "The Tory leader countered …", after a fronted adverbial of time too ("On Friday, the cardinal will …"),
# or of place, the prepositional phrase a report sets a speech in ("To a packed hall in Harwick, the
# chancellor said the cuts proposed by Mr Dunmore were reckless": the chancellor speaks, Mr Dunmore is
# in his words), and after a conjunction ("But the chancellor said …")
DESCRIBED_SUBJECT = re.compile(r"\W*(?:(?:And|But|Yet|So)\s+)?"
                               r"(?:(?:On|By|Earlier|Later|Last|This|In)\b[\w ]{0,20},\s+"
                               r"|(?:To|At|In|Before|Addressing|Speaking\s+(?:to|at|in|before))\s+(?:a|an|the)\s+"
                               r"[^,.;:!?\"“”]{1,50},\s+)?"
                               r"[Tt]he\s+((?:[\w-]+\s+){0,4}[\w-]+)")
POSSESSOR = re.compile(r"(\S+?)['’]s?(?:\s+[\w-]+){0,4}\s+$")   # "Acme's annual safety " before "report"
MAKER = re.compile(r"\s+(?:by|from|of)\s+(?:the\s+)?")           # "report by (the) …"
# a closed class of English auxiliaries, which a clause goes on with after its subject (the words
# quoted may open on one: 'said Reed "should go"')
VERB_AFTER = re.compile(r"\s+[\"“]?(?:is|was|were|are|has|had|have|would|will|could|should|can|may|might|must|did|does)\b")
WORD_BEFORE = re.compile(r"([a-z]+)\s+$")
# a possessive, then up to three words before a role's last word and a name ("'s former adviser ")
OWNER_OF_ROLE = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,3}?([a-z][\w-]*)\s+(?=[A-Z])")
# "Harwick midfielder Tom Reed": a name before a role word and the person holding it is where he plays
AFFILIATION_OF_ROLE = re.compile(r"\s+([a-z][\w-]*)\s+(?=[A-Z])")
# nothing or an honorific between that role word and the name ("Tarvel boss Sir Ann Vale")
HONORIFIC_GAP = re.compile(r"(?:(?:" + "|".join(sorted(HONORIFICS)) + r")\.?\s+)?", re.I)
# the pronoun a reporting clause has at `pos` or just before it ('…," she said', '…," said he')
PRONOUN_NEAR = re.compile(r"\b(he|she)\b", re.I)
# honorifics that say a person is a man or a woman (a closed class of English): "she" stands for no
# "Mr Reed", "he" for no "Mrs Vale"
MALE_HONORIFICS = frozenset("mr sir lord".split())
FEMALE_HONORIFICS = frozenset("mrs ms miss lady dame baroness".split())
HONORIFIC = r"(mr|mrs|ms|miss|sir|lord|lady|dame|baroness)\.?"
HONORIFIC_BEFORE = re.compile(r"\b" + HONORIFIC + r"\s+$", re.I)    # "Mr " before a mention "Reed"
HONORIFIC_OPENING = re.compile(HONORIFIC + r"\s", re.I)              # a mention "Mr Reed"
# "…, said Mr " before a name that ends the clause ("…, said Mr Reed."): the reporting clause after
# the words reported, whose subject speaks ("…, said Mr Reed's lawyer" or "said Reed had" do not)
SAID_BEFORE_NAME = re.compile(r",\s+([a-z]+)\s+(?:" + HONORIFIC + r"\s+)?$", re.I)
CLAUSE_ENDS = frozenset(".,;")
# "the Harwick MP": a name between "the" and the letters of an elected seat is the seat's place, and
# the description stands for whoever holds it ("Tom Reed MP" has no article)
SEAT_LETTERS = re.compile(r"\s+(?:MP|MSP|MEP)\b")
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


@dataclass(repr=False)
class DocumentSpeakers:
    """A document's actor mentions, each with the actor it stands for, in text order."""

    doc: int
    document: Document
    people: list[tuple[Mention, str]]           # every actor mention (persons, organizations, countries)
    sentence_of: dict[int, tuple[int, int]]     # Sentence.index -> (start, end)
    roles: dict[str, str] = field(default_factory=dict)      # actor -> role, lower-case
    kinds: dict[str, str] = field(default_factory=dict)      # actor -> person | organization | country
    affiliations: dict[str, str] = field(default_factory=dict)   # actor -> the body or country they belong to
    last_speaker: tuple[int, str] | None = None     # (offset, name) of the last quote's speaker
    unknown_speakers: set[int] = field(default_factory=set)  # sentences quoting someone no actor is

    def __post_init__(self) -> None:
        # in text order, which `between` bisects on: the name finder does not always give them so
        # (118 of the 2,095 BBC articles had a mention out of order)
        self.people.sort(key=lambda p: (p[0].start, p[0].end))
        self.starts = [m.start for m, _ in self.people]
        self.ends = {m.end: (m, n) for m, n in self.people}
        self.sentence_starts = sorted((a, i) for i, (a, _) in self.sentence_of.items())
        self.referable: list[bool | None] = [None] * len(self.people)     # just_mentioned's, as read

    @cached_property
    def genders(self) -> dict[str, str]:
        """'he' or 'she' for each actor the document writes with an honorific that says which
        ("Mr Reed", "Mrs Vale"), the first it writes; most names say neither."""
        found: dict[str, str] = {}
        text = self.document.text
        for m, name in self.people:
            title = HONORIFIC_BEFORE.search(text, max(0, m.start - 12), m.start) or HONORIFIC_OPENING.match(text, m.start)
            if title:
                word = title.group(1).lower()
                found.setdefault(name, "he" if word in MALE_HONORIFICS else "she" if word in FEMALE_HONORIFICS else "")
        return found

    def agrees(self, name: str, pronoun: str | None) -> bool:
        """Whether "he" or "she" may stand for the actor: unless its honorific says otherwise."""
        gender = self.genders.get(name) if pronoun else None
        return not gender or gender == pronoun

    def between(self, start: int, end: int) -> list[tuple[Mention, str]]:
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end, first)
        return [(m, name) for m, name in self.people[first:last] if m.end <= end]

    def sentence_at(self, pos: int) -> int | None:
        k = bisect.bisect_right(self.sentence_starts, (pos, 1 << 30)) - 1
        if k < 0:
            return None
        index = self.sentence_starts[k][1]
        a, b = self.sentence_of[index]
        return index if a <= pos <= b else None

    def holders(self, office: str) -> list[str]:
        """The people whose role on record is `office` or ends on it ("british prime minister" for
        "prime minister"); not a deputy, former or other holder of a qualified office."""
        return [name for name, role in self.roles.items()
                if (role == office or role.endswith(" " + office)) and holds_office(role, office)
                and self.kinds.get(name) != "organization"]

    def described(self, description: str, pos: int = -1, inside: list[tuple[int, int]] = (), at: int = -1) -> str | None:
        """The actor of this document a description at `pos` (or `at`) names: a person by role ("the
        prime minister", "the Labour MP" for "Labour MP for Ayr"), the one last quoted or named if
        several hold it; an organization by its kind ("the ministry", "the cyber security firm"). A
        description points back: a holder of the role whom the document first names after it is
        someone it brings in later ('The Oscar winner said …' of a director, '… stars Oscar winner
        Tom Reed' in a later sentence), not whom it describes."""
        at = pos if pos >= 0 else at
        words = description.lower().split()
        if words and head_of(words[-1]) in ORGANIZATION_HEADS and pos >= 0:
            return self.organization(head_of(words[-1]), pos)
        for n in range(min(len(words), 4), 0, -1):
            phrase = " ".join(words[:n])
            if head_of(words[n - 1]) not in ROLE_HEADS:
                continue
            found = [name for name in self.holders(phrase) if at < 0 or not self.brought_in_later(name, at)]
            if len(found) == 1:
                return found[0]
            if found and pos >= 0:
                if self.last_speaker and self.last_speaker[1] in found and self.last_speaker[0] < pos:
                    return self.last_speaker[1]
                named = [n for m, n in self.people if n in found and m.end <= pos]
                return named[-1] if named else None
        # "the Danish president" where the role on record is "president": the one who holds it (a
        # country's adjective only: "the Acme boss" is not any boss)
        for k in range(1, min(len(words), 4)):
            if head_of(words[-1]) in ROLE_HEADS and description.split()[k - 1] in DEMONYMS:
                phrase = " ".join(words[k:])
                found = self.holders(phrase)
                # "the French president" where two presidents are on record: the one of that country
                country = DEMONYMS[description.split()[k - 1]]
                if len(found) > 1:
                    found = [n for n in found if self.affiliations.get(n) in (country.name, *country.aliases)]
                if len(found) == 1:
                    return found[0]
        # "the Labour MP for Ayr" with no such role on record: a definite description points back
        # to someone already named (a new speaker comes in as "a Labour MP"), the one just mentioned;
        # not one its own sentence names after it ("the Executive insisted Mr Reed was …": two), nor
        # one named inside the quotations `inside` ('"… and Vale would bring experience." The club's
        # boss continued': the speaker goes on, the person spoken of does not)
        found = self.just_mentioned(pos, inside) if pos >= 0 else None
        here = self.sentence_at(pos) if found else None
        end = self.sentence_of[here][1] if here is not None else pos
        if found and _another_office(self.roles.get(found, ""), words):
            return None           # "the prime minister" just after the deputy prime minister is named
        return None if any(n == found for _, n in self.between(pos, end)) else found

    def brought_in_later(self, name: str, pos: int) -> bool:
        """Whether this document first names the person after the sentence at `pos` (in that
        sentence a name may follow its description: "Acme's chief executive, Ann Vale, said"), where
        it has named another person before: a description then points back to one named, not on
        to one to come, as it may in a report's opening sentence ("The courts minister has told MPs
        …", the minister named in the next)."""
        here = self.sentence_at(pos)
        end = self.sentence_of[here][1] if here is not None else pos
        first = next((m.start for m, n in self.people if n == name), None)
        return first is not None and first > end and any(
            m.start < pos and n != name and self.kinds.get(n) == "person" for m, n in self.people)

    def organization(self, head: str | None, pos: int) -> str | None:
        """The organization "it" or "the <head>" at `pos` stands for: the nearest one before it whose
        name or role has that head ("the ministry" -> "Ministry of Trade"). "It" is the nearest
        organization named in the sentences before; a generic head ("the company") the one this
        document names most (a story's company is its subject)."""
        here = self.sentence_at(pos)
        if here is None:
            return None
        earlier = [(m, n) for m, n in self.between(0, pos) if self.kinds.get(n) == "organization"
                   and m.kind != "person"]
        recent = [(m, n) for m, n in earlier if m.sentence >= here - LOOK_BACK_SENTENCES]
        if head:
            # not a name in someone's words ('"… the role Tarvel Bank played." The bank said'): the
            # body quoted is not the one whose words they are
            fitting = [n for m, n in recent if (head in n.lower().split() or head + "s" in n.lower().split()
                       or head in self.roles.get(n, "").split()) and not quoted(self.document.text, m.start)]
            if fitting:
                return fitting[-1]
            # "the company": the organization this document quotes most (a story's company is its
            # subject, and speaks in it, or is the subject of what it does); one only naming a
            # person's post ("Acme chairman Tom Reed is to …") does not
            speaking = Counter(n for m, n in earlier if m.speaker or _acts_after(self.document.text, m.end))
            if head not in GENERIC_ORGANIZATION_HEADS or not speaking:
                return None
            counts = Counter(n for _, n in earlier if n in speaking)
            best = max(counts.values())
            return next(n for _, n in reversed(earlier) if counts[n] == best)
        text = self.document.text
        recent = [(m, n) for m, n in recent if not after_preposition(text, m.start)]
        if not recent:
            return None
        nearest = recent[-1][0].sentence
        before = self.sentence_of.get(here - 1)
        subject = NAMED_SUBJECT.match(text, *before) if before and nearest < here - 1 else None
        if subject and not any(m.start == subject.start(1) and m.end == subject.end(1) for m, _ in self.between(*before)):
            return None      # "The Harwick Chamber of Trade welcomed it. '…,' it said.": a body we do not know
        return next(n for m, n in recent if m.sentence == nearest)      # its subject, most often named first

    def author_of(self, head: str, pos: int) -> str | None:
        """Who wrote "the report" at `pos`: the organization named as its owner or maker earlier in
        the document ("Acme's annual report", "a report by Acme", "a statement from Acme")."""
        text = self.document.text
        for found in reversed(list(re.finditer(r"\b" + head + r"s?\b", text[:pos], re.I))):
            before = self.ends.get(len(text[:found.start()].rstrip()))  # never: "Acme report"
            owner = POSSESSOR.search(text[max(0, found.start() - 80):found.start()])
            maker = MAKER.match(text[found.end():found.end() + 12])
            candidates = []
            if owner:
                at = max(0, found.start() - 80) + owner.start(1) + len(owner.group(1))
                candidates.append(self.ends.get(at))
            if maker:
                candidates += [(m, n) for m, n in self.between(found.end(), found.end() + 60)
                               if m.start == found.end() + maker.end()]
            candidates.append(before)
            for candidate in candidates:
                if candidate and self.kinds.get(candidate[1]) == "organization":
                    return candidate[1]
        return None

    def surname(self, word: str, pos: int) -> str | None:
        """The one person named before `pos` in this document whose name ends with `word`."""
        found = {n for m, n in self.between(0, pos) if is_personal(self, m, n) and n.split()[-1] == word}
        return found.pop() if len(found) == 1 else None

    def just_mentioned(self, pos: int, inside: list[tuple[int, int]] = (), clause_start: int | None = None) -> str | None:
        """The person "he" or "she" at `pos` stands for, looking back sentence by sentence: a sentence
        opening with a description names it ("The Tory leader countered …"), one opening with a
        pronoun goes on about whom the sentence before it names (the people it names after the
        pronoun are what he said: "He told the BBC that Ms Ray …"), one naming people gives its
        first speaker, the main clause's ("Ms Ray said she backed it when Mr Oakes argued …"), or
        its subject (the first person named); failing all, the last speaker quoted."""
        here = self.sentence_at(pos)
        if here is None:
            return None
        near = PRONOUN_NEAR.findall(self.document.text, max(0, pos - 12), pos + 5)
        standing = near[-1].lower() if len({w.lower() for w in near}) == 1 else None   # "he", "she"
        first = self.sentence_of.get(max(0, here - LOOK_BACK_SENTENCES), (0, 0))[0]
        text = self.document.text
        people = []
        for k in range(bisect.bisect_left(self.starts, first), bisect.bisect_left(self.starts, pos)):
            m, n = self.people[k]
            if m.end > pos:
                continue
            # whether "he" or "she" may stand for the mention at all (a person's, not after "a" or
            # "an": "a Tom Reed film", nor a seat's place: "the Harwick MP"), read once a document:
            # the pronouns of a report look back over the same mentions
            referable = self.referable[k]
            if referable is None:
                referable = self.referable[k] = is_personal(self, m, n) and not seat_of(text, m) \
                    and not INDEFINITE_BEFORE.search(text, max(0, m.start - 4), m.start)
            if referable and not any(a <= m.start < b for a, b in inside) and self.agrees(n, standing):
                people.append((m, n))
        if clause_start is not None:    # "Tarvelo made a visit, where he said": the sentence's own subject
            earlier = [n for m, n in people if clause_start <= m.start and m.sentence == here
                       and not after_preposition(self.document.text, m.start)]
            if earlier:
                return earlier[0]
        by_sentence: dict[int, list[tuple[Mention, str]]] = {}
        for m, n in people:
            if m.sentence != here:
                by_sentence.setdefault(m.sentence, []).append((m, n))
        for index in range(here - 1, max(-1, here - 1 - LOOK_BACK_SENTENCES), -1):
            if index not in self.sentence_of:
                continue
            a, b = self.sentence_of[index]
            named = by_sentence.get(index, [])
            if index in self.unknown_speakers and not any(m.speaker for m, _ in named):
                # '"…," Lowe said. He added …': Lowe, whom we do not know ('Mr Oakes said the
                # police had said it could "…". He added …' is Oakes's)
                return None
            if not PROSE.search(text, a, b):
                continue                   # a photo credit or a dateline: nobody "he" stands for
            if SPOKESPERSON_SUBJECT.match(text, a, b) and all(possessive(text, m) for m, _ in named):
                return None                # "A spokeswoman for the Harwick Society said … She added": hers
            subject = DESCRIBED_SUBJECT.match(text, a, b)
            found = self.described(subject.group(1), at=a) if subject else None
            if found and not self.agrees(found, standing):
                found = None               # "The prime minister knows … '…,' she told Mr Reed": not Mr Reed
            if not found and not named:
                # "It prompted the prime minister to say …": no one named, a role that speaks
                found = next(filter(None, (self.described(m.group(1), at=m.start()) for m in DESCRIBED_SPEAKER.finditer(text, a, b))), None)
            if found:
                return found
            # "The world number one was taken the distance by Reed. … he said": not Reed, who is in a
            # phrase of the sentence, but whom its subject, a description, points back to
            if subject and named and person_described(subject.group(1)) \
                    and all(after_preposition(text, m.start) for m, _ in named):
                continue
            if named and national_subject(text, a, b):
                return None                # "The Tarvelian had doubted Reed's claims. … he said": not Reed
            opening = text[a:named[0][0].start] if named else text[a:b]
            pronoun = PRONOUN_SUBJECT.match(opening)
            if pronoun and not (index == here - 1 and any(q <= a + pronoun.end() - 1 < r for q, r in inside)) \
                    and not (named and standing and LETTERS.findall(pronoun.group())[-1].lower() != standing):
                # "He told the BBC that Ms Ray …": whom the sentence before names; but "she" after "He
                # met Ann Vale." is not the "he", and is whom his sentence names
                continue
            # ('"He was hurt," said Ross. He added …' is Ross's: the "He" is the quotation's)
            if named and POSSESSIVE_OPENING.match(text, a, b) and all(possessive(text, m) for m, _ in named):
                continue                   # "His times were short of Lowe's record": his, not Lowe's
            if named and all(after_preposition(text, m.start) for m, _ in named) \
                    and any(v.group(1) in SAY_VERBS for v in PRONOUN_VERB.finditer(text, named[-1][0].end, b)):
                continue                   # "Speaking on Breakfast with Reed, he said …": whom "he" is
            if named:
                speakers = [n for m, n in named if m.speaker and not said_of(text, m)
                            and not RELATIVE_OPEN.search(text, a, m.start)]
                # "Reed had said the rules were fair, said Ms Vale.": Vale speaks, Reed is in her words
                speakers = [n for m, n in named if text[m.end:m.end + 1] in CLAUSE_ENDS and (
                    said := SAID_BEFORE_NAME.search(text, max(a, m.start - 20), m.start)) and said.group(1) in SAY_VERBS] + speakers
                # "Tom Reed's deputy Ann Vale was in no mood …": she, whom his role word names, is the
                # subject; "Reed's daughter Jill said …": someone no actor is
                starts = [m.start for m, _ in named[1:]] + [-1]
                subjects = [n for (m, n), following in zip(named, starts, strict=True) if not owns_the_next(text, m, following)
                            and not RELATIVE_OPEN.search(text, a, m.start)]     # "Reed, who plays in Tarvel, said"
                return speakers[0] if speakers else subjects[0] if subjects else None
        return self.last_speaker[1] if self.last_speaker and self.last_speaker[0] < pos \
            and self.agrees(self.last_speaker[1], standing) else None


# a sentence whose subject is a spokesperson left unnamed ("A spokesman for Acme said", "Acme's
# spokeswoman told", "The minister's spokesman said"): "he" or "she" after it is that spokesperson,
# no one named before. Not "The Tory spokesman", who is often a party's named shadow minister (the
# whole BBC corpus: 2 quotations of such right only as that minister's)
SPOKESPERSON_SUBJECT = re.compile(r"\W*(?:(?:And|But)\s+)?(?:(?:A|An)\s+(?:[\w&'’.-]+\s+){0,4}?|"
                                  r"(?:The\s+)?(?:[\w&.-]+\s+){0,3}?[\w&.-]+['’]s\s+(?:[\w-]+\s+)?)"
                                  r"spokes(?:man|woman|person)\b")


def _another_office(role: str, words: list[str]) -> bool:
    """Whether `role` is another office than the one the description's `words` name, the same
    office qualified ("deputy prime minister", "former chairman" for "the prime minister", "the
    chairman"): whoever holds it is not the one the description points to."""
    office = " ".join(words[1:] if words[:1] == ["the"] else words)
    return bool(office) and office in role and not holds_office(role, office)


def person_described(description: str) -> bool:
    """Whether the words after a sentence's opening "The" describe a person as its subject ("The
    United boss said", "The 31-year-old was third", "The world number one was forced"): a role, an
    age or a ranking among its first words, before any preposition."""
    words = description.split()[:3]
    for k, w in enumerate(words):
        if w in PREPOSITIONS:
            return False           # "The partnership between artists": what the phrase is about
        if head_of(w) in ROLE_HEADS or AGE.fullmatch(w) or (w == "number" and k + 1 < len(words)):
            return True
    return False


AGE = re.compile(r"\d{1,3}-year-old")


def possessive(text: str, mention: Mention) -> bool:
    """Whether the name is written as a possessive ("Lowe's record", "the Jones' house")."""
    return text[mention.end:mention.end + 2] in ("'s", "’s") or text[mention.end:mention.end + 1] in "'’"


# a sentence whose subject is owned by "his" or "her" ("His times were …"): it goes on about the
# person before it, as one opening with "he" does
POSSESSIVE_OPENING = re.compile(r"\W*(?:(?:And|But|Yet)\s+)?(?:His|Her)\s+[a-z]")


def national_subject(text: str, start: int, end: int) -> bool:
    """Whether the sentence from `start` opens on a person named by nationality alone as the subject
    of its verb ("The American had cast doubt on Reed's claims", "And the Frenchman insists …"):
    someone the report named before, whom the names later in the sentence are not (news refers back
    so to a person, and the nationality tells them apart from the others it names)."""
    found = NATIONAL_SUBJECT.match(text, start, end)
    return bool(found) and (found.group(1) in DEMONYMS or found.group(1) in NATIONALITY_NOUNS)


# "The American has", "the Irishman insists": a nationality, then its verb (an auxiliary, a past
# form, or a present one of saying or holding), not an adjective before a noun ("The German company")
NATIONAL_SUBJECT = re.compile(r"\W*(?:(?:And|But|Yet|So)\s+the|The)\s+(?:\d{1,3}-year-old\s+)?([A-Z][a-z]+)\s+"
                              r"(?:[a-z]+ly\s+)?(?:is|was|has|had|will|would|could|can|may|might|must|did|does|"
                              r"remains|says|insists|believes|admits|claims|[a-z]+ed)\b")
# Nouns of nationality that are not the adjective ("the Frenchman", "the Spaniard"): a closed class
NATIONALITY_NOUNS = frozenset("""Frenchman Dutchman Irishman Englishman Welshman Scotsman Scot Spaniard Swede Dane
Finn Pole Turk Briton Brit Croat Serb Kiwi Aussie""".split())


def owns_the_next(text: str, mention: Mention, next_person: int = -1) -> bool:
    """"Tom Reed's former adviser Ann Vale", "Reed's daughter Jill": the name owns the role of the
    person named next, who is what the sentence is about; so with any noun before a person named
    right after it ("Reed's Harwick counterpart Ann Vale", `next_person` where that name starts)."""
    affiliation = AFFILIATION_OF_ROLE.match(text, mention.end)
    if affiliation and affiliation.end() <= next_person and head_word(affiliation.group(1)) in ROLE_HEADS \
            and HONORIFIC_GAP.fullmatch(text, affiliation.end(), next_person):
        return True                # "Tarvel midfielder Tom Reed": Reed, whose club or party Tarvel is
    owner = OWNER_OF_ROLE.match(text, mention.end)
    head = head_word(owner.group(1)) if owner else ""
    if head in ORGANIZATION_ROLE_HEADS or head in PREPOSITIONS or head in CONJUNCTIONS:
        return False
    return head in ROLE_HEADS or head in KINSHIP or bool(owner) and owner.end() == next_person


def titles_the_next(text: str, mention: Mention, next_person: int) -> bool:
    """ "Harwick Under Secretary Tom Reed", "Quenby Chief Constable Sir Ann Vale", "Harwick boss Tom
    Reed": a name opening the title of the person named right after it (a run of capitalised words
    or title words ending on a title word, an honorific or none after it) is the title's place or
    body, not a second person; so is one owning the role of the next (`owns_the_next`)."""
    if owns_the_next(text, mention, next_person):
        return True
    words = text[mention.end:next_person].split()
    if not 1 <= len(words) <= TITLE_RUN_WORDS or any(not w.rstrip(".").replace("-", "").isalpha() for w in words):
        return False                 # punctuation between ("Reed, Vale"), or no title at all
    while words and words[-1].lower().rstrip(".") in HONORIFICS:
        words.pop()
    return bool(words) and _title_word(words[-1]) and all(w[0].isupper() or _title_word(w) for w in words)


def _title_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in TITLE_WORDS or head_word(low) in ROLE_HEADS


TITLE_RUN_WORDS = 4      # words of a title between its owner and its holder ("Deputy Chief Constable")


def seat_of(text: str, mention: Mention) -> int | None:
    """Where "the Harwick MP" ends, for the mention "Harwick" in it: a place naming a seat, no person."""
    letters = SEAT_LETTERS.match(text, mention.end)
    return letters.end() if letters and THE_BEFORE.search(text, max(0, mention.start - 4), mention.start) else None


def said_of(text: str, mention: Mention) -> bool:
    """ "…, said Lowe was right": a name after a reporting verb that its own clause goes on from is
    whom the words are about, not who said them (as in "…, said Lowe.")."""
    before = WORD_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    return bool(before) and before.group(1) in SAY_VERBS and VERB_AFTER.match(text, mention.end) is not None


def head_of(word: str) -> str:
    """The noun a description's last word is, singular: "officials" -> "official", "MPs" -> "mp".
    The word whole, unlike roles.head_word (which answers the lexicon's entry: "ex-minister" ->
    "minister", "MPs" as listed): callers tell a plural by its singular differing from it ("the two
    MPs said" names nobody), which a prefix cut off or a listed plural would hide; and the plurals
    of any organisation's kind ("schools") are read too."""
    return singular_in(word.lower().strip("’'"), ROLE_OR_ORGANIZATION_HEADS)


def actor_kinds(index: ActorIndex) -> dict[str, str]:
    """Each actor's kind, read once per corpus and passed to `speakers_of` for every document."""
    return {a.name: a.kind for a in index.actors}


def actor_affiliations(index: ActorIndex) -> dict[str, str]:
    """Each affiliated actor's affiliation, read once per corpus and passed to `speakers_of` for
    every document (read again for each, it cost a pass over every actor per document: 3 % of a
    build of the BBC corpus)."""
    return {a.name: a.affiliation for a in index.actors if a.affiliation}


def speakers_of(corpus: Corpus, index: ActorIndex, doc: int, kinds: dict[str, str],
                affiliated: dict[str, str]) -> DocumentSpeakers:
    """The actor mentions of document `doc`, with the actors' roles, kinds (actor_kinds(index)) and
    affiliations (actor_affiliations(index))."""
    document = corpus.documents[doc]
    people = []
    for m in document_names(document).mentions:
        # every actor a mention stands for, organizations named by a lone word ("Acme said") too:
        # `is_personal` tells people from the rest
        name = index.local.get((doc, m.entity))
        if name:
            people.append((m, name))
    spans = {s.index: (s.start, s.end) for s in document.sentences}
    all_roles = index.roles()
    roles = {name: all_roles[name] for _, name in people if name in all_roles}
    own_kinds = {name: kinds[name] for _, name in people if name in kinds}
    named = {name for _, name in people}
    affiliations = {name: affiliated[name] for name in named if name in affiliated}
    return DocumentSpeakers(doc, document, people, spans, roles, own_kinds, affiliations=affiliations)


def is_personal(ctx: DocumentSpeakers, mention: Mention, name: str) -> bool:
    """A person's mention: written as a person's name, or standing for a person actor."""
    return mention.kind == "person" or ctx.kinds.get(name) == "person"


# looked up for each capitalised word before a name (a union formed once, not at each look-up)
TITLE_OR_HONORIFIC = TITLE_WORDS | HONORIFICS


def after_preposition(text: str, start: int) -> bool:
    """ "in Townsville", "of the group Redress", "Regarding Senator Lowe": a name in a phrase, not a
    subject (titles before the name are passed over)."""
    words = text[max(0, start - 60):start].split()
    titled = len(words)
    while words and words[-1][:1].isupper() and words[-1].lower().strip(".,") in TITLE_OR_HONORIFIC:
        words.pop()
    if len(words) < titled and len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].isupper() \
            and words[-2][-1] not in ".!?:;\"“”":
        return False        # "Treasury Under Secretary Tom Reed": a capital inside a title, no preposition
    return bool(words) and words[-1].lower() in PREPOSITIONS


def _acts_after(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by a word of its own clause ("Acme said", "Acme
    has cut", "Acme spokesman"), not by a person's post it names ("Acme chairman Tom Reed"), whose
    holder is the subject and speaks for himself."""
    after = SAID_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    return word not in ROLE_HEADS or word.startswith("spokes")
