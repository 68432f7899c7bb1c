"""Organizations the texts write in lower case: "Peru's military junta", "the Peruvian
army", "the country's trade ministry", "the junta".

A collective noun of a closed class (government, military, junta, ministry, army, police …) is an
organization when a country, its possessive or demonym stands before it, with at most a few words
of its kind between ("military junta", "trade ministry") or describing it in passing ("the ruling
junta"); after "the" or "the country's" it refers to one named so. This module reads those
phrases; `names` turns them into mentions and `actors` joins them across documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.lexicon import IRREGULAR_PAST, PLAIN_FORM_PAST, ROLE_HEADS, ROLE_STOPS, SAY_VERBS

# Nouns that name a state's collective bodies: a general closed class of English news prose.
COLLECTIVE_HEADS = frozenset("""
government military junta ministry army police navy cabinet parliament regulator administration
regime legislature prosecutors authorities officials regulators troops forces
""".split())
# Words of a collective's kind, part of its name ("military junta", "trade ministry", "interim
# government"): departments, branches and forms of rule.
KIND_WORDS = frozenset("""
military interim transitional caretaker federal central national state foreign trade defence
defense finance justice interior health education economy energy environment agriculture
transport labour labor home shadow civilian communist coalition security emergency industry
commerce culture
""".split())
# Words that describe a collective in passing and are no part of its name ("the ruling junta",
# "its isolated military government").
DESCRIPTORS = frozenset("ruling isolated new former outgoing incoming embattled elected current previous then".split())
MAX_MODIFIERS = 3          # "ruling military junta", "new interim government"
# "the country's", "the nation's": the country the text is about at that point
COUNTRY_REFERENCES = frozenset({"country", "nation"})
THE = frozenset({"the", "The"})
POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
WORD = re.compile(r"\S+")
# after a country's name or demonym: its possessive, words of the collective's kind, the collective
AFTER_OWNER = re.compile(r"(?:[’']s?)?((?:\s+(?:" + "|".join(sorted(KIND_WORDS | DESCRIPTORS)) + r"))"
                         + f"{{0,{MAX_MODIFIERS}}})" + r"\s+(" + "|".join(sorted(COLLECTIVE_HEADS)) + r")(?![\w-])")
FOLLOWER = re.compile(r"\s*([A-Za-z][\w-]*(?:[’'][a-z]+)?|[’']s\b)?")


@dataclass(frozen=True, repr=False)
class Collective:
    """A collective written without its country: "the junta", "the country's trade ministry"."""

    start: int                 # of the phrase as written, without a leading "the"
    end: int
    written: str
    head: str                  # "ministry"
    kinds: tuple[str, ...]     # ("trade",): the words of its kind, in order
    country_reference: bool = False     # "the country's …": the country is for the reader to place

    @property
    def kind_phrase(self) -> str:
        """What it is: "military junta", "trade ministry"."""
        return " ".join((*self.kinds, self.head))


def collective_after(text: str, end: int) -> tuple[int, tuple[str, ...], str] | None:
    """The collective a country or demonym ending at `end` owns ("…’s ruling military junta",
    "… army"), as (end of the phrase, its kind words, its head), or None."""
    m = AFTER_OWNER.match(text, end)
    if m is None or not _names_the_body(text, m.end()):
        return None
    kinds = tuple(w for w in m.group(1).split() if w in KIND_WORDS and w != m.group(2))
    return m.end(), kinds, m.group(2)


def short_collectives(text: str, heads: set[str] | frozenset[str]) -> list[Collective]:
    """The collectives of `heads` that `text` writes without their country: "the junta", "the
    country's trade ministry" (a country's own, found by `collective_after`, are left out)."""
    out: list[Collective] = []
    for head in heads:
        at = text.find(head)
        while at >= 0:
            found = _short_collective_at(text, at, head)
            if found:
                out.append(found)
            at = text.find(head, at + len(head))
    out.sort(key=lambda c: c.start)
    return out


def _short_collective_at(text: str, at: int, head: str) -> Collective | None:
    end = at + len(head)
    before, after = text[at - 1:at] if at else " ", text[end:end + 1]
    if before.isalnum() or before in "-_’'" or after.isalnum() or after in "-_":
        return None                    # inside a longer word or a compound
    if not _names_the_body(text, end):
        return None
    words = [(m.group(), m.start()) for m in WORD.finditer(text, max(0, at - 80), at)]
    kinds: list[str] = []
    k = len(words)
    while k > 0 and len(kinds) < MAX_MODIFIERS and words[k - 1][0] in KIND_WORDS | DESCRIPTORS:
        k -= 1
        kinds.insert(0, words[k][0])
    if k == 0:
        return None
    start = words[k][1] if k < len(words) else at
    kinds = [w for w in kinds if w in KIND_WORDS and w != head]
    word = words[k - 1][0]
    if word in THE:
        return Collective(start, end, text[start:end], head, tuple(kinds))
    bare = POSSESSIVE.sub("", word)
    if bare in COUNTRY_REFERENCES and bare != word and k >= 2 and words[k - 2][0] in THE:
        s = words[k - 2][1]
        return Collective(s, end, text[s:end], head, tuple(kinds), country_reference=True)
    return None


def _names_the_body(text: str, end: int) -> bool:
    """A head followed by a verb, a function word, punctuation or a possessive names the body
    itself; followed by another noun ("government buildings", "junta chief") it qualifies that."""
    follower = FOLLOWER.match(text, end).group(1)
    return not follower or not follower[0].islower() or _verb_or_function_word(follower)


def same_collective(head: str, kinds: str, named_head: str, named_kinds: str) -> bool:
    """Whether "the <kinds> <head>" can be the collective named with `named_kinds named_head`:
    the same head with none of its kind words missing there ("the ministry", "the foreign
    ministry" for "Peru's foreign ministry"), or one's head among the other's kind words ("the
    military" for "Peru's military junta", "the military junta" for "Peru's military")."""
    words = set(kinds.split())
    own = set(named_kinds.split())
    if head == named_head:
        return words <= own
    return (head in own and words <= own) or (named_head in words and own <= words)


def _verb_or_function_word(word: str) -> bool:
    return word in ROLE_STOPS or word in SAY_VERBS or word in IRREGULAR_PAST or word in PLAIN_FORM_PAST or word.endswith(("ed", "n’t", "n't")) \
        or (word.endswith("s") and word[:-1] in VERB_STEMS and word[:-1] not in ROLE_HEADS)


# Verbs a state body is often the subject of in the present tense ("the junta declares"); plural
# nouns after a head ("junta troops") end in "s" too, so only these count as verbs.
VERB_STEMS = frozenset("""
declare announce say warn agree refuse reject deny insist plan want seek urge order approve
extend launch vow pledge claim accuse call continue hope expect need face remain take make
""".split())
