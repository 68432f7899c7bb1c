"""Nouns of acts and the verbs they are made from: "resignation" from "resign", "refusal" from
"refuse", "apology" from "apologise", by English morphology, and the forms a verb is written in.
"""

from __future__ import annotations

import re

from briefing.analysis.words import commonness

# A verb base is an English word at least this common (Zipf): a cut that is no word ("refus" of
# "refusal", "signe" of "signal") links nothing.
VERB_ZIPF = 3.0
# Nouns of acts English does not make by a suffix, a closed list of general English pairs: the noun
# and the verbs it names the act of.
IRREGULAR_ACTS: dict[str, tuple[str, ...]] = {
    "apology": ("apologise", "apologize"),
    "lawsuit": ("sue",),
    "suit": ("sue",),
    "complaint": ("complain",),
    "defence": ("defend",),
    "defense": ("defend",),
    "offence": ("offend",),
    "pursuit": ("pursue",),
    "testimony": ("testify",),
    "threat": ("threaten",),
    "analysis": ("analyse", "analyze"),
    "trial": ("try",),
    "loss": ("lose",),
    "sale": ("sell",),
    "choice": ("choose",),
    "proof": ("prove",),
    "death": ("die",),
}
# Suffixes that make a noun of an act from a verb, each with the ways English joins it to the base:
# (letters cut from the noun, letters added for the base), longest suffix first.
SUFFIXES: tuple[tuple[str, tuple[tuple[int, str], ...]], ...] = (
    ("ification", ((9, "ify"),)),                     # justification <- justify
    ("ation", ((5, ""), (5, "e"), (3, "e"))),         # resignation, accusation, negotiation
    ("ssion", ((3, ""), (5, "t"))),                   # confession <- confess, admission <- admit
    ("sion", ((4, "d"), (4, "de"))),                  # suspension <- suspend, decision <- decide
    ("tion", ((3, ""), (3, "e"))),                    # election <- elect, prosecution <- prosecute
    ("ment", ((4, ""),)),                             # impeachment <- impeach, settlement <- settle
    ("ial", ((3, "y"),)),                             # denial <- deny
    ("wal", ((2, ""),)),                              # withdrawal <- withdraw, renewal <- renew
    ("yal", ((2, ""),)),                              # betrayal <- betray
    ("ssal", ((2, ""),)),                             # dismissal <- dismiss
    ("al", ((2, "e"),)),                              # refusal <- refuse (not "informal" <- "inform")
    ("ance", ((4, ""), (4, "e"))),                    # acceptance <- accept, insurance <- insure
    ("ence", ((4, ""), (4, "e"))),                    # reference <- refer, interference <- interfere
    ("ure", ((3, ""), (3, "e"))),                     # failure <- fail, closure <- close
)
VOWEL_CONSONANT = re.compile(r"[^aeiou][aeiou][^aeiouwxy]$")


def act_verbs(noun: str) -> set[str]:
    """The English verbs a noun made by a suffix may name the act of ("resignation" -> {"resign"}),
    bases that are English words (VERB_ZIPF). A noun that is its verb's own word ("ban",
    "appeal") gets none: its verb's forms are its own matter's already."""
    if noun in IRREGULAR_ACTS:
        return set(IRREGULAR_ACTS[noun])
    for suffix, joins in SUFFIXES:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            return {b for cut, add in joins if commonness(b := noun[:-cut] + add) >= VERB_ZIPF}
    return set()


def verb_forms(verb: str) -> set[str]:
    """The forms that write a verb as one, beside its base: the past and participle (-ed, after a
    final e -d, after a consonant y -ied, with the last consonant doubled after a short vowel:
    "banned", "acquitted", "cancelled") and the -ing form. The third person ("bans", "results")
    is left out: it is the noun's plural as often.)"""
    if verb.endswith("e"):
        stems = [verb[:-1]]
    elif re.search(r"[^aeiou]y$", verb):
        return {verb[:-1] + "ied", verb + "ing"}
    else:
        stems = [verb] + ([verb + verb[-1]] if VOWEL_CONSONANT.search(verb) else [])
    return {s + end for s in stems for end in ("ed", "ing")}
