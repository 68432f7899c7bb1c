"""A brief's title from its documents when the user gives none: the matter and its main actors.

"Strike: Veltrion and DWU" — the matter is the phrase most of the documents' headlines share
(words of the documents, as they write them); the actors are the first two listed people or
organizations, by the short name the documents use for them.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.analysis.actor_ranking import MIN_SALIENCE
from briefing.analysis.keyphrases import CARDINALS
from briefing.analysis.lexicon import ROLE_HEADS, fold
from briefing.analysis.roles import head_word
from briefing.analysis.words import STOP_WORDS
from briefing.compose.actors import headlines, reports_only
from briefing.compose.issues import capitalised
from briefing.model import ActorFact, Corpus

DEFAULT_TITLE = "Briefing"
HEADLINE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
MAX_MATTER_WORDS = 3
MIN_HEADLINES = 2         # a matter is shared by this many headlines at least...
MIN_HEADLINE_SHARE = 0.15  # ...and by this share of them (the fifteen labelled topics' matters: 0.2 to 1)
TITLE_ACTORS = 2
MAX_TITLE_CHARS = 70      # longer, the actors are left out
FULLER_SHARE = 0.15       # of a one-word matter's uses, those its fuller form must account for...
FULLER_USES = 3           # ...and at least this many
MAX_SHORT_NAME_WORDS = 4  # an organization's name longer than this, without an acronym, is left out
# words for a number of people: a headline's "Pair", like its "MPs", says who, not what is at stake
PEOPLE_COUNT_WORDS = frozenset("pair duo trio quartet couple".split())
# words that take an object as a preposition does and so end no phrase ("a deal worth $2bn"),
# beside the prepositions of STOP_WORDS: a closed class of English
PREPOSITION_LIKE = frozenset("worth including excluding plus minus versus apiece ago aboard".split())


def brief_title(corpus: Corpus, actors: list[ActorFact]) -> str:
    """The title of a brief over `corpus`: one document's own title, else "Matter: A and B"."""
    if len(corpus.documents) == 1 and corpus.documents[0].title:
        return corpus.documents[0].title
    # taken in rank order as far as needed: asking every actor whether it only reports the story
    # took 0.14 s on the BBC corpus
    titles = headlines(corpus)
    candidates = (a for a in actors if a.kind in ("person", "organization") and a.salience >= MIN_SALIENCE
                  and not reports_only(corpus, a, titles))
    main: list[ActorFact] = []
    names: list[str] = []
    for actor in candidates:
        main.append(actor)
        if name := short_name(actor):
            names.append(name)
        if len(names) == TITLE_ACTORS:      # `main` holds these two at least
            break
    taken = {fold(w) for a in actors for n in [a.name, *a.aliases] for w in n.split()}
    # a title made from a document's opening words or file name is no headline
    matter = headline_matter([d.title for d in corpus.documents if not d.title_generated], taken)
    if matter and " " not in matter:
        matter = fuller_matter(corpus, matter, taken)
    who = " and ".join(names)
    if matter and who and len(matter) + len(who) + 2 <= MAX_TITLE_CHARS:
        return f"{matter}: {who}"
    if matter:
        return matter
    # names alone are the whole title: written in full, not one surname beside a full name
    full = " and ".join(a.name for a in main[:TITLE_ACTORS])
    return (full if len(full) <= MAX_TITLE_CHARS else who) or DEFAULT_TITLE


def headline_matter(headlines: list[str], names: set[str]) -> str:
    """The phrase of one to three words most headlines share, no name among its words, no function
    word at either end and no word for people at its end ("MPs", "pair"), as the first headline
    holding it writes it (first letter raised). A word of a name that a headline writes in lower
    case is a common noun there ("Vale confirms harbour climbdown" beside the Harbour Association):
    a headline capitalises the names it holds."""
    seen: Counter[tuple[str, ...]] = Counter()
    written: dict[tuple[str, ...], str] = {}
    for headline in headlines:
        words = HEADLINE_WORD.findall(headline or "")
        keys = [w.lower().strip("’'") for w in words]
        grams: set[tuple[str, ...]] = set()
        for i in range(len(words)):
            for n in range(1, MAX_MATTER_WORDS + 1):
                gram = tuple(keys[i:i + n])
                if len(gram) < n or gram[0] in STOP_WORDS or gram[-1] in STOP_WORDS \
                        or any(len(w) < 3 for w in gram) or _names_people(gram[-1]) or _counts_people(gram) \
                        or any(fold(key) in names and not word.islower()
                               for key, word in zip(gram, words[i:i + n], strict=True)):
                    continue
                grams.add(gram)
                # a closing quotation mark is no part of the word ("'greatest gadget'")
                written.setdefault(gram, " ".join(w.rstrip("’'") for w in words[i:i + n]))
        seen.update(grams)
    if not seen:
        return ""
    # the most shared; a longer phrase wins over its own words when as many headlines share it
    order = {g: i for i, g in enumerate(written)}
    best = max(seen, key=lambda g: (seen[g], len(g), -order[g]))
    if seen[best] < max(MIN_HEADLINES, MIN_HEADLINE_SHARE * len(headlines)):
        return ""           # a pile on many matters has none ("set" in 31 of 2,095 headlines)
    return capitalised(written[best])


def _names_people(word: str) -> bool:
    return word in PEOPLE_COUNT_WORDS or head_word(word) in ROLE_HEADS


def _counts_people(gram: tuple[str, ...]) -> bool:
    """A number alone in a headline stands for people as "pair" does ("Harwick four freed"):
    it says how many, not what is at stake."""
    return len(gram) == 1 and gram[0] in CARDINALS


def fuller_matter(corpus: Corpus, matter: str, names: set[str]) -> str:
    """A one-word matter in the fuller form the reports use for it: with the word most of its uses
    have before it ("Ban" -> "Hunting ban", "Cards" -> "ID cards") or, for a word that modifies,
    after it ("Terror" -> "Terror suspects"); kept alone unless FULLER_SHARE of its uses, and
    FULLER_USES at least, have that word. No name (of an actor, or capitalised) joins it. The word
    is written as the reports most often write it ("Southern Asia", "Hunting ban")."""
    word = matter.lower()
    found = re.compile(r"(?i)(?:\b([a-z][\w-]+)\s+)?\b(" + re.escape(word) + r")\b(?:\s+([a-z][\w-]+)\b)?")
    uses = 0
    pairs: Counter[tuple[str, str]] = Counter()
    written: Counter[str] = Counter()       # the word as the reports write it ("ban", "Asia")
    for sentences in corpus.sentences:
        for sentence in sentences:
            if word not in sentence.text.lower():
                continue
            for m in found.finditer(sentence.text):
                uses += 1
                written[m.group(2)] += 1
                for other, side in ((m.group(1), "before"), (m.group(3), "after")):
                    if other and other.lower() not in STOP_WORDS and other.lower() not in PREPOSITION_LIKE \
                            and fold(other) not in names and len(other) > 1 \
                            and (other.islower() or other.isupper() and side == "before"):
                        pairs[(side, other)] += 1
    if not pairs:
        return matter
    (side, other), count = min(pairs.items(), key=lambda kv: (-kv[1], kv[0]))
    if count < FULLER_USES or count < FULLER_SHARE * uses:
        return matter
    word = min(written.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return capitalised(f"{other} {word}" if side == "before" else f"{word} {other}")


def short_name(actor: ActorFact) -> str:
    """How the documents name an actor in short: a person's surname as used alone ("Calloway"), an
    organization's acronym ("DWU") or its name when short."""
    single = [a for a in actor.aliases if " " not in a and a[:1].isupper() and not a.endswith(("’s", "'s"))]
    if actor.kind == "person":
        words = actor.name.split()
        # the word a title stands before ("President Orlov", "Mr Calloway"), else the last name word
        titled = [a.split()[-1] for a in actor.aliases if len(a.split()) == 2 and a.split()[-1] in words]
        surnames = [w for w in titled if w in single] or [w for w in single if w == words[-1]]
        return surnames[0] if surnames else actor.name
    acronyms = [a for a in single if a.isupper() and len(a) >= 2]
    if len(actor.name.split()) <= MAX_SHORT_NAME_WORDS:
        return actor.name if not acronyms or len(actor.name.split()) <= 2 else acronyms[0]
    return acronyms[0] if acronyms else ""
