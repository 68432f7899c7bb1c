"""Who says a sentence or a quotation: "X said", "said X", "according to X", "he added"."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from briefing.analysis.actors import ActorIndex, actor_index
from briefing.analysis.lexicon import ORGANIZATION_ROLE_HEADS, ROLE_HEADS, SAY_VERBS
from briefing.analysis.names import Mention, document_names
from briefing.model import ActorFact, Corpus, Document, SentenceRef

LETTERS = re.compile(r"[A-Za-z]+")
# A pronoun or a definite description standing for the person just mentioned ("he said",
# "the Labour MP asked").
STAND_IN = re.compile(r"(?:\b(?:he|she)\b|\bthe\s+([A-Za-z][\w\s-]{0,40}?))\s*$", re.I)
DESCRIBED_SUBJECT = re.compile(r"\W*The\s+((?:[\w-]+\s+){0,4}[\w-]+)")
NEAR = 60        # characters between a say-verb and its speaker
APPOSITIVE_BETWEEN = re.compile(r"\s*,[^,;:\"“”]{1,120},\s*")
LOOK_BACK_SENTENCES = 4
# "the spokesman said": someone speaking for the person just mentioned, not that person
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson aide aides source sources official officials".split())   # how far back a pronoun's person is looked for
SAY_WORDS = SAY_VERBS | {"according"}
PUNCTUATION = ",.;:!?\"“”‘’'()[]"
PRONOUN_SUBJECT = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:he|she)\b", re.I)


@dataclass
class DocumentSpeakers:
    """A document's person mentions, each with the actor it stands for, in text order."""

    doc: int
    document: Document
    people: list[tuple[Mention, str]]
    sentence_of: dict[int, tuple[int, int]]     # Sentence.index -> (start, end)

    def __post_init__(self) -> None:
        self.starts = [m.start for m, _ in self.people]

    def between(self, start: int, end: int) -> list[tuple[Mention, str]]:
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end, first)
        return [(m, name) for m, name in self.people[first:last] if m.end <= end]

    roles: dict[str, str] = field(default_factory=dict)      # actor -> role, lower-case
    last_speaker: tuple[int, str] | None = None     # (offset, name) of the last quote's speaker

    def described(self, description: str) -> str | None:
        """The one actor of this document whose role a description names ("the prime minister",
        "the Tory leader", "the Labour MP for Birkenhead" read as "the Labour MP")."""
        words = description.lower().split()
        for n in range(min(len(words), 4), 0, -1):
            phrase = " ".join(words[:n])
            if words[n - 1].rstrip("s") not in ROLE_HEADS and words[n - 1] not in ROLE_HEADS:
                continue
            found = [name for name, role in self.roles.items()
                     if role == phrase or role.endswith(" " + phrase)]
            if len(found) == 1:
                return found[0]
        return None

    def just_mentioned(self, pos: int, inside: list[tuple[int, int]] = (), clause_start: int | None = None) -> str | None:
        """The person a pronoun at `pos` stands for, looking back sentence by sentence: a sentence
        opening with a description names it ("The Tory leader countered …"), one opening with a
        pronoun continues the last speaker quoted, one naming people gives its speaker or its
        subject (the first person named)."""
        here = next((i for i, (a, b) in self.sentence_of.items() if a <= pos < b), None)
        if here is None:
            return None
        if clause_start is not None:    # "Albanese made a visit, where he said": the sentence's own subject
            earlier = [n for m, n in self.people if clause_start <= m.start and m.end <= pos
                       and m.sentence == here and not any(a <= m.start < b for a, b in inside)]
            if earlier:
                return earlier[0]
        outside = [(m, n) for m, n in self.people if m.end <= pos and m.sentence != here
                   and not any(a <= m.start < b for a, b in inside)]
        by_sentence: dict[int, list[tuple[Mention, str]]] = {}
        for m, n in outside:
            by_sentence.setdefault(m.sentence, []).append((m, n))
        text = self.document.text
        for index in range(here - 1, max(-1, here - 1 - LOOK_BACK_SENTENCES), -1):
            if index not in self.sentence_of:
                continue
            a, b = self.sentence_of[index]
            subject = DESCRIBED_SUBJECT.match(text, a, b)
            found = self.described(subject.group(1)) if subject else None
            if found:
                return found
            named = by_sentence.get(index, [])
            opening = text[a:named[0][0].start] if named else text[a:b]
            if PRONOUN_SUBJECT.match(opening) and self.last_speaker and self.last_speaker[0] < pos:
                return self.last_speaker[1]
            if named:
                speakers = [n for m, n in named if m.speaker]
                return speakers[-1] if speakers else named[0][1]
        return self.last_speaker[1] if self.last_speaker and self.last_speaker[0] < pos else None


def speakers_of(corpus: Corpus, index: ActorIndex, doc: int) -> DocumentSpeakers:
    document = corpus.documents[doc]
    people = []
    for m in document_names(document).mentions:
        if m.kind in ("person", "single"):     # "single": a titled surname never written in full here
            name = index.actor_of(doc, m)
            if name:
                people.append((m, name))
    spans = {s.index: (s.start, s.end) for s in document.sentences}
    all_roles = index.roles()
    roles = {name: all_roles[name] for _, name in people if name in all_roles}
    return DocumentSpeakers(doc, document, people, spans, roles)


def speaker_in(ctx: DocumentSpeakers, start: int, end: int, prefer_last: bool,
               inside: list[tuple[int, int]] = (), after_quote: bool = False) -> str | None:
    """The speaker a say-verb between `start` and `end` names, if any. After a quotation
    ('"…," he said') a pronoun skips the people of its own sentence, who are what the quotation
    is about; elsewhere a person named earlier in the sentence is its first candidate."""
    text = ctx.document.text
    window = text[start:end]
    verbs = [m for m in LETTERS.finditer(window) if m.group().lower() in SAY_WORDS
             and (m.group().lower() != "according" or window[m.end():m.end() + 4].lower() == " to ")]
    if not verbs:
        return None
    if prefer_last:
        verbs.reverse()
    if prefer_last and len(verbs) > 1:
        # "X said …, adding: «…»": a participle takes the subject of the verb before it
        finite = [v for v in verbs if not v.group().lower().endswith("ing")]
        verbs = finite + [v for v in verbs if v not in finite]
    outside = [(m, n) for m, n in ctx.between(start, end) if not any(a <= m.start < b for a, b in inside)]
    for verb in verbs:
        v_start, v_end = start + verb.start(), start + verb.end()
        if verb.group().lower().endswith("ing") and text[max(start, v_start - 2):v_start].strip() == ",":
            subject = [(m, n) for m, n in outside if m.end <= v_start]    # ", describing …"
            if subject:
                return subject[0][1]
        people = [(m, n) for m, n in outside if v_start - NEAR <= m.start and m.end <= v_start]
        if not people:        # "Carla Ferstman, legal director of the group Redress, said:"
            earlier = [(m, n) for m, n in outside if m.end <= v_start]
            if earlier and APPOSITIVE_BETWEEN.fullmatch(text, earlier[-1][0].end, v_start):
                people = earlier[-1:]
        base = max(start, v_start - 50)
        stand_in = STAND_IN.search(text[base:v_start])
        described = ctx.described(stand_in.group(1)) if stand_in and stand_in.group(1) else None
        if described and not (people and people[-1][0].start > base + stand_in.start()):
            return described         # "According to Mr Peston the prime minister said: …"
        if people and not verb.group().lower().startswith("according"):
            return people[-1][1]
        if stand_in and (described or _stands_for_a_person(stand_in.group(1))):
            return described or ctx.just_mentioned(v_start, inside, None if after_quote else start)
        after = [(m, n) for m, n in outside if v_end <= m.start <= v_end + NEAR]
        if after and re.fullmatch(r"[\s\w.’']*", text[v_end:after[0][0].start]) \
                and len(text[v_end:after[0][0].start].split()) <= 4:
            return after[0][1]
    return None


def _stands_for_a_person(description: str | None) -> bool:
    """ "he", "the MP", "the witness"; not "the company" or "the report"."""
    if not description:
        return True
    words = [w.lower() for w in description.split()]
    if any(w in ORGANIZATION_ROLE_HEADS or w.rstrip("s") in ORGANIZATION_ROLE_HEADS or w in SPOKESPEOPLE
           for w in words):
        return False
    return any(w in ROLE_HEADS or w.rstrip("s") in ROLE_HEADS for w in words)   # "the MP for Birkenhead"


def find_attributions(corpus: Corpus, actors: list[ActorFact]) -> dict[SentenceRef, str]:
    """Sentences that say who says them ("X said", "according to X"), with that actor's name."""
    index = actor_index(corpus)
    out: dict[SentenceRef, str] = {}
    for doc, sentences in enumerate(corpus.sentences):
        ctx = None
        for sentence in sentences:
            if SAY_WORDS.isdisjoint(w.strip(PUNCTUATION) for w in sentence.text.lower().split()):
                continue
            ctx = ctx or speakers_of(corpus, index, doc)
            speaker = speaker_in(ctx, sentence.start, sentence.end, prefer_last=False)
            if speaker:
                out[SentenceRef(doc, sentence.index)] = speaker
    return out
