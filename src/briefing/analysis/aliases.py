"""When two written names are one actor: acronyms, legal suffixes, transliterations, initials.

Pure functions on names; `actors` applies them to the corpus's clusters of names.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import Levenshtein

from briefing.analysis.lexicon import (
    CORPORATE_SUFFIXES,
    FIRST_NAMES,
    GIVEN_NAMES,
    NAME_PARTICLES,
    ORG_HEADS,
    PARTY_ADJECTIVES,
    PARTY_CREEDS,
    PARTY_NICKNAMES,
    fold,
    word_cache,
)

# "International Federation of Dockworkers (IFD)": a name and the acronym it defines.
DEFINITION = re.compile(r"((?:[A-Z][\w&’'.-]*|\d+)(?:\s+(?:of|for|and|on|the|de|du|des|&|[A-Z][\w&’'.-]*))*)"
                        r"\s+\(([A-Z][A-Za-z&]{1,9})\)")
ACRONYM_IN_PARENTHESES = re.compile(r"\([A-Z][A-Za-z&]{1,9}\)")     # what DEFINITION needs, found fast
MAX_FOREIGN_ACRONYM = 6     # letters of an acronym that need not spell the English name
FUNCTION_WORDS = frozenset("of for and on the de du des &".split())
INITIAL = re.compile(r"^[A-Z]\.?$")
VOWEL_RUN = re.compile(r"[aeiouy]+")
VOWEL_MARK = "_"           # not a letter, so a "v" stays a consonant ("Kevyn" is not "Klyn")
DOUBLE = re.compile(r"(.)\1+")
HARD_C = re.compile(r"c(?![eiy])")
# Romanisations of one name differ in vowels and doubled letters ("Jeok-su", "Juck-soo"); a
# given name may also differ by one further letter ("Beom-hwan", "Bum-hwan" agree already).
MAX_SKELETON_EDITS = 1
MIN_SKELETON = 3           # a shorter consonant skeleton says too little to merge on
SHORT_SKELETON = 3
MIN_FAMILY_SKELETON = 6    # a family name spelled two ways must be this long a skeleton ("_ndr_d_s")


# a nickname in quotation marks inside a person's name ('Dorvan "DJ" Kettleby')
NICKNAME_INSIDE = re.compile(r"\s[\"“][A-Z][\w.]*[\"”](?=\s)")


def without_nickname(name: str) -> str:
    """ 'Dorvan "DJ" Kettleby' -> 'Dorvan Kettleby'; a name without one as it is."""
    return NICKNAME_INSIDE.sub("", name)


@word_cache
def initials(name: str) -> str:
    """ "Civic Renewal Party" -> "CRP", "U.S. Weather Bureau" -> "USWB"; function words skipped."""
    out = []
    for word in name.split():
        if word.lower() in FUNCTION_WORDS:
            continue
        if re.fullmatch(r"(?:[A-Z]\.)+", word):
            out.append(word.replace(".", ""))
        elif word[:1].isupper():
            out.append(word[0])
    return "".join(out)


@word_cache
def spelled_initials(name: str) -> tuple[str, ...]:
    """The acronyms a name may go by: its initials, and those with each acronym inside it written
    out ("UK Rowing Board" -> "URB", "UKRB")."""
    plain = initials(name)
    inner = "".join(word if ACRONYM_WORD.fullmatch(word) else letters
                    for word in name.split() for letters in [initials(word)] if letters)
    return (plain,) if inner == plain else (plain, inner)


ACRONYM_WORD = re.compile(r"[A-Z]{2,4}")      # "UK", "EU", "NATO" inside a longer name


# An owner's "’s" (or a plural's apostrophe) at the end of a name: "Harwick Boerse's", "the Greens'"
POSSESSIVE_END = re.compile(r"[’']s?$")


def acronym_definitions(text: str) -> list[tuple[str, str]]:
    """(name, acronym) pairs a text defines: "the Coastal Nations Forum (CNF) group" gives
    ("Coastal Nations Forum", "CNF"). The acronym's letters are the first letters of the
    name's words, in order; words before the first of them are not part of the name."""
    out: list[tuple[str, str]] = []
    if not ACRONYM_IN_PARENTHESES.search(text):
        return out
    for m in DEFINITION.finditer(text):
        words, acronym = m.group(1).split(), m.group(2)
        letters = acronym.replace("&", "").upper()
        # the shortest tail of the words whose initials hold the acronym's letters in order
        for start in range(len(words) - 1, -1, -1):
            if words[start].lower() in FUNCTION_WORDS:
                continue
            tail = POSSESSIVE_END.sub("", " ".join(words[start:]))     # "Harwick Boerse's (HB) shares"
            if any(_spells(spelled, letters) for spelled in spelled_initials(tail)):
                if initials(tail)[0] == letters[0] and len(words) - start >= 2:
                    out.append((tail, acronym))
                break
        else:
            if not acronym.isupper() and (tail := _syllable_source(words, acronym)):
                out.append((tail, acronym))     # "the Harwick Copper Commission (Harcoco)"
                continue
            if len(words) == 1 and not acronym.isupper() and _shortens(words[0], acronym):
                # "Harwickneftegaz (Harwick)", "TarwickDalby (TwD)"; capitals alone after one
                # word are as often its share's ticker ("Shares in Harwick (HWK)")
                out.append((words[0], acronym))
                continue
            name = " ".join(words[1:] if words[0].lower() in FUNCTION_WORDS else words)
            if acronym.isupper() and len(name.split()) >= 2 and (
                    # an acronym of the name in its own language ("the Harwick Rowing Federation
                    # (FAR)"): capitals in parentheses right after an organization's name
                    len(acronym) <= MAX_FOREIGN_ACRONYM and name.split()[-1].lower() in ORG_HEADS
                    # the acronym of a fuller name the text shortens ("Harwick Rowing (HRA)"): the
                    # name's initials and one letter more
                    or len(letters) == len(initials(name)) + 1 and letters.startswith(initials(name))):
                out.append((name, acronym))
    return out


def party_key(name: str) -> str | None:
    """The creed a party's name says, which its other names share: "Conservative Party", "the
    Conservatives", "Tories" and "Tory Party" give "conservative"; "Liberal Democrats", "Lib Dems"
    and "Liberal Democrat Party" give "liberal democrat"; "Labour Party" gives "labour". None where
    the name is no party's ("Party of Regions" has no other form to share)."""
    words = name.lower().removeprefix("the ").split()
    if words[-1:] == ["party"]:
        words = words[:-1]
    elif words and words[-1].endswith("s") and words[-1][:-1] in PARTY_CREEDS:
        words[-1] = words[-1][:-1]
    elif " ".join(words) not in PARTY_NICKNAMES:
        return None
    if not words or "of" in words:
        return None
    phrase = " ".join(PARTY_ADJECTIVES.get(w, w) for w in words)
    for nickname in (phrase, " ".join(phrase.split()[:2]), phrase.split()[0]):
        if nickname in PARTY_NICKNAMES:       # "Tory Party", "Lib Dem Party"
            return PARTY_NICKNAMES[nickname] + phrase[len(nickname):]
    return phrase


def _syllable_source(words: list[str], acronym: str) -> str:
    """The shortest tail of `words` a short name not all in capitals is made of, by the openings of
    its words in order, the first word's among them and two words' at least ("Harcoco" of "Harwick
    Copper Commission", "Ofwat" of "Office of Water Services"), or, with capitals inside, by their
    initials, a joining word's too ("TfL" of "Transport for London"); "" if none."""
    short = acronym.lower()
    initials_only = any(c.isupper() for c in acronym[1:])
    for start in range(len(words) - 2, -1, -1):
        if words[start].lower() in FUNCTION_WORDS:
            continue
        tail = [POSSESSIVE_END.sub("", w) for w in words[start:]]
        if _openings_spell([w.lower() for w in tail], short, initials_only):
            return " ".join(tail)
    return ""


def _openings_spell(words: list[str], short: str, initials_only: bool = False) -> bool:
    """`short` is the opening of words[0] then of later words (some skipped: "Interpol" passes over
    "Criminal"), at least two of them and one opening of two letters or more (else initials, which
    only `initials_only` asks for)."""
    def spell(k: int, at: int, used: int, long_piece: bool) -> bool:
        if at == len(short):
            return used >= 2 and (long_piece or initials_only)
        for j in range(k, len(words) if k else 1):
            word = words[j]
            n = 0
            while n < len(word) and at + n < len(short) and word[n] == short[at + n]:
                n += 1
            for length in (range(min(n, 1), 0, -1) if initials_only else range(n, 0, -1)):
                if spell(j + 1, at + length, used + 1, long_piece or length >= 2):
                    return True
        return False
    return spell(0, 0, 0, False)


def _shortens(word: str, short: str) -> bool:
    """`short` is a one-word name's short form: shorter, on the same first letter, and its other
    letters the name's, in order ("Harwick" of "Harwickneftegaz", "TwD" of "TarwickDalby").
    A bracketed word of other letters after a name is another thing: a place's old name ("Tarvelpur
    (Harwick)"), a team, a country or a day after a player's or a fixture's."""
    low, letters = word.lower(), short.lower()
    if not 2 <= len(letters) < len(low) or letters[0] != low[0]:
        return False
    rest = iter(low[1:])
    return all(c in rest for c in letters[1:])


def _spells(initial_letters: str, acronym: str) -> bool:
    """The acronym's letters appear in order among the initials, starting with the first."""
    if not initial_letters or not acronym or initial_letters[0] != acronym[0]:
        return False
    k = 0
    for c in initial_letters:
        if k < len(acronym) and c == acronym[k]:
            k += 1
    return k == len(acronym)


# the endings of a web address written as a name ("Tarvelnet.org"): a closed class
WEB_ENDING = re.compile(r"(?<=\w)\.(?:com|org|net)$")


def without_legal_suffix(name: str) -> str:
    """ "Veltrion Co." -> "Veltrion", "The Veltrion Company" -> "Veltrion", "Veltrion.com" ->
    "Veltrion"; other names unchanged."""
    words = WEB_ENDING.sub("", name).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) >= 2 and words[-1].lower().rstrip(".,") in CORPORATE_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@word_cache
def skeleton(word: str) -> str:
    """A word's consonants with vowel runs as one mark and doubled letters single:
    "Jeok-su" and "Juck-soo" both give "j_ks_" ("ck" read as "k"), "Callos" and "Kallos"
    "k_l_s" (a hard "c" read as "k")."""
    plain = re.sub(r"[^a-z]", "", _ascii(word))
    plain = HARD_C.sub("k", plain.replace("ck", "k").replace("ph", "f"))
    return DOUBLE.sub(r"\1", VOWEL_RUN.sub(VOWEL_MARK, plain))


@word_cache
def name_parts(name: str) -> tuple[str, ...]:
    """The words of a person's name without initials and particles ("Maya R. Okafor" -> Maya, Okafor)."""
    return tuple(w for w in re.split(r"[\s]+", name) if w and not INITIAL.match(w) and w.lower() not in NAME_PARTICLES)


@word_cache
def without_initials(name: str) -> str:
    """ "Maya R. Okafor" -> "Maya Okafor"; a name of initials only is unchanged."""
    parts = [w for w in name.split() if not INITIAL.match(w)]
    return " ".join(parts) if len(parts) >= 2 else name


def _same_family(a: str, b: str) -> bool:
    """One family name, or two romanisations of a long one ("Andreaddis", "Andreadis")."""
    if fold(a) == fold(b):
        return True
    ka, kb = skeleton(a), skeleton(b)
    return ka == kb and len(ka) >= MIN_FAMILY_SKELETON


def _two_given_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two given names English writes apart, each one of the name lists ("Tom", "Tim"; "Jason",
    "Julian"): names of two people, not one name romanised two ways, which the lists hold in one
    spelling at most or in spellings a letter dropped or doubled apart ("Jon", "John"; "Mohamed",
    "Mohammed")."""
    if len(a) != 1 or len(b) != 1:
        return False
    x, y = sorted((DOUBLE.sub(r"\1", a[0].lower()), DOUBLE.sub(r"\1", b[0].lower())), key=len)
    dropped = len(y) == len(x) + 1 and any(y[:i] + y[i + 1:] == x for i in range(len(y)))
    return all(w in FIRST_NAMES or w in GIVEN_NAMES for w in (a[0].lower(), b[0].lower())) \
        and x != y and not dropped


def _one_consonant_changed(ka: str, kb: str) -> bool:
    """Two skeletons alike but for one consonant put for another ("Janie", "Jimi": "j_n_", "j_m_"):
    two given names; romanisations of one differ in vowels, doubled and dropped letters, which the
    skeleton sets aside or the edit allowed keeps ("Jon", "John")."""
    changed = [(x, y) for x, y in zip(ka, kb, strict=False) if x != y]
    return len(ka) == len(kb) and len(changed) == 1 and VOWEL_MARK not in changed[0]


def _ends_apart(a: str, b: str) -> bool:
    """Two family names whose skeletons differ only at their ends ("Tarvis", "Tarvey": "t_rv_s",
    "t_rv_"): two names, where romanisations of one differ in vowels and doubled letters inside
    the word. A name written with letters added at its end is the same name ("Tarvels" for
    "Tarvel's", "Harwicke" for "Harwick")."""
    ka, kb = skeleton(a), skeleton(b)
    x, y = sorted((fold(a), fold(b)), key=len)
    return ka != kb and not y.startswith(x) and (ka.startswith(kb) or kb.startswith(ka) or ka[:-1] == kb[:-1])


def same_person_spelled_apart(a: str, b: str) -> bool:
    """Two romanisations of one name: the same family name (first or last word, exactly), and
    the other words read alike once vowels and doubled letters are set aside ("Bae Juck-soo",
    "Bae Jeok-su"; "Noh Bum Hwan", "Noh Beom-hwan"), not merely a shared family name
    ("Bae Juck-soo", "Bae Dong-min")."""
    pa, pb = name_parts(a), name_parts(b)
    if len(pa) < 2 or len(pb) < 2 or fold(a) == fold(b):
        return False
    family_last = not _same_family(pa[0], pb[0])
    if not family_last:
        rest_a, rest_b = pa[1:], pb[1:]
    elif _same_family(pa[-1], pb[-1]):
        rest_a, rest_b = pa[:-1], pb[:-1]
    else:
        return False
    if _two_given_names(rest_a, rest_b):
        return False                      # "Tom Reed" and "Tim Reed", "Jill Vale" and "Joel Vale": two people
    ka = skeleton("".join(rest_a))
    kb = skeleton("".join(rest_b))
    if min(len(ka), len(kb)) < MIN_SKELETON:
        return ka == kb and bool(ka)
    # the given names must start alike and differ by at most one mark of the skeleton; in a short
    # one a changed consonant is another name ("Max", "Mick"), a dropped one a spelling ("Jon", "John")
    if len(ka) == len(kb) <= SHORT_SKELETON and ka != kb or _one_consonant_changed(ka, kb):
        return False
    if not family_last and _ends_apart("".join(rest_a), "".join(rest_b)):
        return False                      # "Ann Tarvis" and "Ann Tarvey": two family names
    return ka[0] == kb[0] and Levenshtein.distance(ka, kb) <= MAX_SKELETON_EDITS


@word_cache
def spelling_keys(name: str) -> frozenset[tuple[str, str, str]]:
    """Keys that two names share wherever they may be one person's (`same_person_spelled_apart`,
    or one name but for initials): the name without initials, and for each end word its family
    (the word, or a long word's skeleton) with the first mark of the other words' skeleton, which
    romanisations of one name share. Names with no key in common need no closer look."""
    keys = {("=", fold(without_initials(name)), "")}
    parts = name_parts(name)
    if len(parts) >= 2:
        for side, family, rest in (("<", parts[0], parts[1:]), (">", parts[-1], parts[:-1])):
            mark = skeleton("".join(rest))[:1]
            if not mark:
                continue
            keys.add((side, fold(family), mark))
            if len(skeleton(family)) >= MIN_FAMILY_SKELETON:
                keys.add((side + "~", skeleton(family), mark))
    return frozenset(keys)
