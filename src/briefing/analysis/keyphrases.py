"""Key phrases of a pile of documents: the noun phrases its texts repeat, weighted by how
specific they are to some of its documents, as TF-IDF does with words.

A candidate is a run of one to four content words with no punctuation or function word inside,
or a noun that "of" joins to a noun ("abuse of power"), counted under its singular, folded form.
The words around each use say how it is used: after a determiner, a possessive or a preposition
it is a noun phrase ("the levy", "of the curfew"); a participle after a noun is a verb ("the
union | rejected the offer"), an adverb ends a phrase.
"""

from __future__ import annotations

import copyreg
import re
from collections import Counter
from dataclasses import dataclass, field
from math import log

from briefing.analysis.dates import UNIT_WORDS
from briefing.analysis.lexicon import (
    COUNTRY_WORDS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    MONTHS,
    ORG_HEADS,
    TITLE_WORDS,
    WEEKDAYS,
)
from briefing.analysis.words import STOP_WORDS, commonness, fold, has_digit
from briefing.model import Corpus, SentenceRef

MAX_WORDS = 3             # longer runs are clauses or names, not what a heading calls a matter
MIN_WORD_LETTERS = 3      # shorter lower-case words are function words or abbreviations of them
STEM_ZIPF = 3.5           # a stem this common in English is a word of its own ("face" in "faced")
# English writes both a comparative and a superlative of an adjective of one or two syllables
# ("tighter", "tightest"; "earlier", "earliest") at least this often, of a noun not at all: over
# 60 common words read, the rarer of the two forms is Zipf 2.2-4.8 for adjectives ("calmest" to
# "greatest") and 0 for nouns ("rainest", "claimest"; "cutest" is a form of "cute", not of "cut").
GRADED_ZIPF = 2.0
SHORT_STEM = 4            # letters of a word of one syllable whose last consonant doubles ("bigger")
PLURAL_ZIPF = 1.0         # a plural is rarely ten times commoner than its singular ("sery" < "series")
SPECIFIC_ZIPF = 6.0       # Zipf 6 is an everyday word ("people", "government"): it says nothing specific
OPENING_QUOTE = re.compile(r"\s+[\"“‘']")   # between two words, quotation marks opening on the second
# between two words, figures alone ("a crushing | 23-3 | win", "the world indoor | 5,000m | record"),
# or after a word, a figure first ("at a breakneck | 9.1%, ")
FIGURE = r"[$£€]?\d[\d,.:–-]*(?:%|[A-Za-z]+)?"
FIGURES_BETWEEN = re.compile(rf"\s+(?:{FIGURE}\s+)+")
FIGURE_AFTER = re.compile(rf"\s+{FIGURE}")
# English adds -es after a hissing sound ("losses", "taxes", "ditches", "bonuses")
SIBILANT_PLURAL = re.compile(r"(?:ss|x|z|ch|sh|[^aeiou]us)es$")
# a word, or letters and figures that open on a figure and hold another after a letter ("4x100m");
# each branch opens on its first character and looks behind it after, so that the regex engine
# skips ahead to a letter or digit instead of trying both branches at every space and stop. The
# group makes TOKEN.split give the text around each word and the word, in order.
TOKEN = re.compile(r"([A-Za-z](?<!\d[A-Za-z])(?:[\w’'-]*\w)?|\d(?<![\w.,]\d)\d*[A-Za-z]+\d[\w’'-]*)")
# A sum or a share: a figure with a currency before it or a scale after it ("$40bn", "USD 2.5
# trillion", "12%"); bare numbers are counts, years and ages, too ambiguous to be a matter.
AMOUNT = re.compile(r"(?<![\w.,])(?P<cur>[$£€¥]|(?:USD|US\$|EUR|GBP)\s?)?(?P<num>\d[\d,]*(?:\.\d+)?)"
                    r"(?:\s?(?P<scale>bn|billion|b|tn|trn|trillion|T|m|mn|million|k|thousand|%|per ?cent)(?![\w]))?")
SCALES = {"bn": 1e9, "billion": 1e9, "b": 1e9, "k": 1e3, "thousand": 1e3, "tn": 1e12, "trn": 1e12,
          "trillion": 1e12, "t": 1e12,
          "m": 1e6, "mn": 1e6, "million": 1e6, "%": 1.0, "per cent": 1.0, "percent": 1.0}
# Closed classes of English function words: what follows them is a noun phrase.
DETERMINERS = frozenset("""the a an its their his her our my your this that these those some any
no each every all both many more most several such another other few whose""".split())
PREPOSITIONS = frozenset("""of in on for with over about from by at into after against amid
among despite under between during without within toward towards before behind beyond across
around through upon onto via than following including regarding concerning along alongside aboard
amongst amidst beneath underneath versus except till""".split())
# ... and a lower-case word after these is a verb ("to restart", "would hold", "they declared").
VERB_MARKERS = frozenset("""to will would shall should can could may might must did does do not never
he she they we who""".split())
# Articles and possessives: what follows them is a noun phrase for certain ("those" and "this"
# may stand alone: "those spreading the rumour").
ARTICLES = frozenset("the a an its their his her our my your".split())
COORDINATORS = frozenset({"and", "or"})
# ... and a noun a cardinal follows is cut from the name they make together ("number one",
# "Formula One", "Channel Four"): the closed class of English cardinals written in words.
CARDINALS = frozenset("one ones two three four five six seven eight nine ten eleven twelve".split())
# ... and a word after these is an adjective used as a predicate ("was overdue", "is very rich").
COPULAS = frozenset("is are was were be been being am it's that's seem seems seemed remain remains remained".split())
DEGREE_ADVERBS = frozenset("very so too quite rather more most less least long still already far".split())
# the words after which find_keyphrases counts how the next word is used (with a negated
# auxiliary, NEGATED): after any other, as after most, there is nothing to count
USE_CUES = VERB_MARKERS | COORDINATORS | DETERMINERS | COPULAS | DEGREE_ADVERBS
CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
# English adverbs of time, place and manner without -ly, which follow a noun as adverbs
# ("computers worldwide", "five days later", "troops abroad"): no part of a noun phrase. (Particles
# of phrasal verbs, "away", "ahead", "apart", stay: "chasing away" is how a matter may be named.)
PLAIN_ADVERBS = frozenset("""later earlier abroad overseas worldwide nationwide apiece alike afterwards
elsewhere together instead rather meanwhile anyway soon ever never twice""".split())
# English sentence adverbs without -ly ("maybe", "perhaps") and quantifiers of degree, which say
# how much, not of what ("little going forward", "enough people sign", "much"): closed classes
# that name no matter and open no noun phrase a heading could use.
HEDGES_AND_QUANTIFIERS = frozenset("maybe perhaps much enough little plenty".split())
NUMBER_WORDS = frozenset("hundred thousand million billion trillion dozen percent per cent".split())
# Nouns that English puts before a word to speak of the word itself ("the word harbour", "the
# term levy"): what follows is the word mentioned, no kind of word; a closed class.
MENTION_HEADS = frozenset("word words term terms phrase expression label tag".split())
# English indefinite pronouns, a closed class: they stand for a noun phrase, they name no matter
# ("nothing better", "something new")
# English words that stand for a noun left out when written alone after an article ("the best",
# "a third", "the latter"): the irregular superlatives and the ordinals, closed classes. They head
# a phrase only with a word before them ("personal best", "a second third").
ELLIPTIC_HEADS = frozenset("""best worst first third fourth fifth sixth seventh eighth ninth tenth
latter former""".split())
# The -ing forms of verbs of saying that English does not use as nouns (not "warning", "calling"):
# after a noun they open a clause ("a message saying it had closed"), and end no noun phrase.
REPORTING_PARTICIPLES = frozenset("saying claiming telling urging insisting arguing stating asking".split())
# The verbs of thinking and saying that English never uses as nouns, in the present ("analysts
# believe", "critics argue"): after a plural noun they open a clause, and end no noun phrase; a
# closed class of English (s27: over 74 BBC piles and the 15 visible sets one key phrase weighed
# so, "Analysts believe", made a heading).
REPORTING_VERBS = frozenset("""believe believes think thinks reckon reckons argue argues insist insists
suggest suggests predict predicts expect expects agree agrees admit admits explain explains""".split())
# A word ending in the contracted "not" ("don't", "can't", "isn't") is an auxiliary verb
# negated, a closed class of English: no part of a noun phrase, and a verb follows it.
NEGATED = ("n't",)
INDEFINITE_PRONOUNS = frozenset("""nothing something anything everything nobody somebody anybody
everybody someone anyone everyone none""".split())
COUNTRY_FOLDED = frozenset(fold(w) for w in COUNTRY_WORDS)


class Forms(Counter[str]):
    """How a phrase is written, with how often: made empty (or from a mapping of counts) and
    counted one use at a time. Made by dict's __init__, in C, and pickled as a dict's items set
    back by the unpickler in C: Counter's own ways run its __init__ in Python, once per phrase
    found (some 7,500 on 200 BBC politics articles) and again per phrase the analysis's second
    process sends (some 3,000)."""

    __init__ = dict.__init__

    def __reduce__(self) -> tuple:
        return copyreg.__newobj__, (Forms,), None, None, iter(self.items())


@dataclass(repr=False)
class Keyphrase:
    """A noun phrase of the pile, with how and where its sentences use it."""

    key: str                                   # folded words, each in the singular
    forms: Counter[str] = field(default_factory=Forms)
    sentences: list[SentenceRef] = field(default_factory=list)   # each sentence using it, once
    nominal: int = 0        # uses after a determiner, possessive, preposition or lower-case modifier
    whole: int = 0          # uses that end their noun phrase (its head, not a modifier)
    headed: int = 0         # uses as a whole noun phrase right after a determiner ("the hearing")
    # uses of one word ending a noun phrase that an article or possessive opens, after modifiers in
    # lower case or quotation marks ("a possible rebellion", 'a "pause"'): a noun as surely, but
    # modifiers also end on adjectives ("the biggest"), so a caller asks for it only for want of others
    loosely_headed: int = 0
    titles: set[int] = field(default_factory=set)     # documents whose headline uses it
    _refs: set[SentenceRef] | None = field(default=None, repr=False)

    @property
    def form(self) -> str:
        """As the documents write it most often (of those, for several words, one opening in
        lower case, as a common noun phrase is written inside a sentence, not in a title or a quoted
        headline; then the first in code-point order: one capitalised word may be a name that
        shares its key with a common noun, "Spurs" and "spur")."""
        forms = self.forms
        if len(forms) == 1:
            return next(iter(forms))
        most = max(forms.values())
        return min((f for f, n in forms.items() if n == most),
                   key=lambda f: (" " in f and not f[:1].islower(), f))

    @property
    def words(self) -> list[str]:
        return self.key.split()

    @property
    def head(self) -> str:
        """The noun it is about: its last word, or the first of "X of Y" ("abuse of power")."""
        words = self.words
        return words[0] if len(words) == 3 and words[1] == "of" else words[-1]

    def __reduce__(self) -> tuple[type[Keyphrase], tuple]:
        # pickled as its values, made again by __init__, without the memo of its sentences (made
        # again when asked): the analysis's second process sends the open issues some 3,000 of
        # these, which pickle's way with a dataclass wrote with every field's name
        return Keyphrase, (self.key, self.forms, self.sentences, self.nominal, self.whole, self.headed,
                           self.loosely_headed, self.titles)

    def use(self, ref: SentenceRef) -> None:
        if not self.sentences or self.sentences[-1] is not ref:    # sentences come one by one
            self.sentences.append(ref)

    @property
    def refs(self) -> set[SentenceRef]:
        if self._refs is None or len(self._refs) != len(self.sentences):
            self._refs = set(self.sentences)
        return self._refs

    @property
    def docs(self) -> Counter[int]:
        """Sentences using it, per document."""
        return Counter(r.doc for r in self.refs)


@dataclass(repr=False)
class PhraseIndex:
    """The key phrases of a pile of sentences, and how the pile uses its words."""

    phrases: dict[str, Keyphrase]
    lower: set[str]          # folded words the pile writes in lower case somewhere
    as_verb: Counter[str] = field(default_factory=Counter)   # uses after "to", a modal, "they"...
    as_noun: Counter[str] = field(default_factory=Counter)   # uses after a determiner
    as_adjective: Counter[str] = field(default_factory=Counter)   # uses after "is", "very"...
    documents_of: dict[str, set[int]] = field(default_factory=dict)   # the documents using each word
    # the phrases fewer sentences use than a caller needs (`recurring`): only how they are written
    rare_forms: dict[str, str] = field(default_factory=dict)

    def recurring(self, min_sentences: int) -> PhraseIndex:
        """This index with the phrases fewer than `min_sentences` sentences use kept only as their
        form (`form_of`): most of the phrases, which a caller that weighs only the others need not
        carry (nor another process send)."""
        kept = {k: p for k, p in self.phrases.items() if len(p.sentences) >= min_sentences}
        rare = {k: p.form for k, p in self.phrases.items() if len(p.sentences) < min_sentences}
        return PhraseIndex(kept, self.lower, self.as_verb, self.as_noun, self.as_adjective, self.documents_of,
                           {**self.rare_forms, **rare})

    def form_of(self, key: str) -> str | None:
        """How the texts most write the phrase of this key, if they use it."""
        phrase = self.phrases.get(key)
        return phrase.form if phrase is not None else self.rare_forms.get(key)

    def verb(self, word: str) -> bool:
        """A word the pile uses as a verb more often than as a noun ("declare", "made")."""
        return self.as_verb[word] > self.as_noun[word]

    def adjective(self, word: str) -> bool:
        """A word the pile uses after a copula or a degree adverb ("was long overdue", "is
        rich") at least as often as a noun after a determiner."""
        return self.as_adjective[word] > 0 and self.as_adjective[word] >= self.as_noun[word]

    def proper(self, written: str) -> bool:
        """A word the pile only ever writes capitalised: part of a name."""
        return written[0].isupper() and fold(written) not in self.lower


def singular(word: str) -> str:
    """"platforms" -> "platform", "losses" -> "loss", "crises" -> "crisis"; a word whose cut
    form is far rarer in English than itself is no plural ("series", "politics")."""
    if len(word) > 4 and word.endswith("ies"):
        cuts = [word[:-3] + "y"]
    elif len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        # -s; -es after a hissing sound; -is become -es ("crises")
        cuts = [word[:-1]] + ([word[:-2]] if SIBILANT_PLURAL.search(word) else []) + \
            ([word[:-2] + "is"] if word.endswith("ses") else [])
    else:
        return word
    for cut in cuts:
        if commonness(cut) >= commonness(word) - PLURAL_ZIPF or commonness(word) == 0:
            return cut
    return word


def superlative(word: str) -> bool:
    """"largest", "biggest", "latest": a commoner English adjective plus -est ("interest" is
    commoner than "inter")."""
    if not word.endswith("est") or len(word) < 6:
        return False
    stems = [word[:-2], word[:-3]] + ([word[:-4]] if word[-4] == word[-5] else [])    # "big-g-est"
    return any(len(stem) >= (3 if stem == word[:-4] else 4) and commonness(stem) > commonness(word) for stem in stems)


def graded(word: str) -> bool:
    """"tight", "early", "great": English writes the word with -er and -est (after "y" -> "i",
    a silent "e" dropped or a last consonant doubled), so it is an adjective, which heads no
    noun phrase ("the early", "a tight" are cut from what they describe)."""
    if len(word) < 3 or not word.isalpha() or word.endswith("est"):
        return False
    if word.endswith("y"):
        stem = word[:-1] + "i"
    elif word.endswith("e"):
        stem = word[:-1]
    elif len(word) <= SHORT_STEM and re.fullmatch(r".*[^aeiou][aeiou][^aeiouwxy]", word):
        stem = word + word[-1]        # "big-g-est"; "cutest" is a form of "cute", not of "cut"
    else:
        stem = word
    return min(commonness(stem + "er"), commonness(stem + "est")) >= GRADED_ZIPF


def known(stem: str, letters: int) -> bool:
    return len(stem) >= letters and commonness(stem) >= STEM_ZIPF


def adverb(word: str) -> bool:
    """"desperately", "controversially": an English word plus -ly (not "family", "supply")."""
    return len(word) >= 6 and word.endswith("ly") and (
        known(word[:-2], 4) or word.endswith("ily") and known(word[:-3] + "y", 4))


def participle(word: str) -> bool:
    """"faced", "declared", "planned", "sued", "hitting", "making": an English verb plus -ed or -ing
    (not "seed" or "need", whose cut forms are other words)."""
    if word.endswith("ed") and len(word) > 4:
        return known(word[:-2], 3) or known(word[:-1], 3) or known(word[:-3], 3)
    if word.endswith("ed") and len(word) == 4 and word[1] != "e" and (word[0] in "aeiou" or word[1] in "aiouy"):
        return known(word[:-1], 3)     # "sued", "owed", "tied": a verb of three letters plus -d
                                       # ("seed", "shed" have no vowel of a verb before it)
    if word.endswith("ing") and len(word) > 5:
        return known(word[:-3], 4) or known(word[:-3] + "e", 4) or known(word[:-4], 3)
    return False


def content(word: str) -> bool:
    return not (word in STOP_WORDS or word in DETERMINERS or word in PREPOSITIONS or word in CALENDAR
                or word in INDEFINITE_PRONOUNS or len(word) < MIN_WORD_LETTERS or word.endswith("'s")
                or word.endswith(NEGATED))


def marks_verb(word: str) -> bool:
    """A lower-case word after this is a verb: "to", a modal, a pronoun, a negated auxiliary."""
    return word in VERB_MARKERS or word.endswith(NEGATED)


def nominal_before(word: str) -> bool:
    return word in DETERMINERS or word in PREPOSITIONS or word.endswith("'s")


@dataclass(repr=False)
class SentenceTokens:
    """A sentence's words as written, folded and in the singular, and whether each runs on to the
    next one without punctuation between (a phrase does not run over "Authority (HPA)")."""
    written: list[str]
    folded: list[str]
    joined: list[bool]
    singular: list[str] = field(default_factory=list)
    quoted: list[bool] = field(default_factory=list)     # quotation marks open on the next word
    figures: dict[int, str] = field(default_factory=dict)   # what comes after word i where a figure opens it
    classes: list[tuple[str, str, bool, bool]] = field(default_factory=list)    # each word's word_class

    def before(self, i: int) -> str:
        """The word before word i, folded; "" at the start or after punctuation."""
        return self.folded[i - 1] if i and self.joined[i - 1] else ""

    def opener(self, i: int) -> str:
        """The word before word i as `before`, or across quotation marks opening on word i
        ('a "pause"')."""
        return self.folded[i - 1] if i and (self.joined[i - 1] or self.quoted[i - 1]) else ""


WORD_CLASSES: dict[str, tuple[str, str, bool, bool]] = {}     # filled by tokenize, word by word


def word_class(written: str) -> tuple[str, str, bool, bool]:
    """A word folded, in the singular, whether it may be part of a noun phrase, and whether it
    is a past form of a verb."""
    f = fold(written)
    return (f, singular(f), content(f) and not adverb(f) and f not in PLAIN_ADVERBS
            and f not in HEDGES_AND_QUANTIFIERS,
            participle(f) and not f.endswith("ing") or f in IRREGULAR_PAST)


def tokenize(text: str) -> SentenceTokens:
    parts = TOKEN.split(text)     # before the first word, a word, a gap, a word, ..., after the last
    written = parts[1::2]
    gaps = parts[2:-2:2] + ["."]
    classes = [WORD_CLASSES.get(w) or WORD_CLASSES.setdefault(w, word_class(w)) for w in written]
    # most gaps are one space, which neither is punctuation nor opens a quotation
    return SentenceTokens(written, [c[0] for c in classes], [gap == " " or not gap.strip() for gap in gaps],
                          [c[1] for c in classes],
                          [gap != " " and OPENING_QUOTE.fullmatch(gap) is not None for gap in gaps],
                          {i: gap for i, gap in enumerate(gaps) if gap[1:2].isdigit()}, classes)


def chunks(t: SentenceTokens) -> list[tuple[int, int]]:
    """Runs of content words that read as noun phrases. A past participle right after a word
    of a run is a verb and ends the run ("the treasurer | faced backbench anger"); one
    opening a run belongs to it only after a determiner or preposition ("the disputed
    platforms") and is dropped elsewhere ("declared | a night curfew"); so does a copula ("the
    recovery | remains fragile", but "the remains"). An -ing word is a noun or
    a modifier ("planning hearing", "tracking systems") unless an auxiliary or "to" comes
    before it ("were | hitting") or a noun in the plural ("players | coming back"). An adverb is
    never part of a run."""
    out = []
    n = len(t.folded)
    classes = t.classes
    # a word of two letters alone may be an acronym modifying the next (most words are neither)
    usable = [c[2] or len(t.written[k]) == 2 and acronym_modifier(t, k, classes) for k, c in enumerate(classes)]
    past = [c[3] for c in classes]
    i = 0
    while i < n:
        if not usable[i] or (past[i] or t.folded[i] in COPULAS) and not nominal_before(t.before(i)) \
                or t.written[i][0].islower() and marks_verb(t.before(i)):
            i += 1
            continue
        j = i
        while j + 1 < n and usable[j + 1] and t.joined[j] and not past[j + 1] and t.folded[j + 1] not in COPULAS \
                and not (t.folded[j + 1].endswith("ing") and t.written[j][0].islower()
                         and t.singular[j] != t.folded[j] and participle(t.folded[j + 1])):
            # an -ing form after a noun in the plural opens a clause ("players | coming back"):
            # a plural modifies no noun in English
            j += 1
        out.append((i, j + 1))
        i = j + 1
    return out


def acronym_modifier(t: SentenceTokens, i: int, classes: list[tuple[str, str, bool, bool]]) -> bool:
    """A word of two capital letters right before a lower-case noun is an acronym that modifies
    it ("ID cards", "UN report", "TV licence"), though too short to be a content word alone. The
    lower-case noun after it rules out a pronoun in a headline set in capitals ("LET US GO") and
    "IT" opening a sentence before its verb ("IT was")."""
    w = t.written[i]
    # a country's short form is left out as its demonym would be ("US dollar" reads as "the
    # dollar"): in the BBC business pile it turned "Strong dollar" into "US dollar"
    return len(w) == 2 and w.isupper() and w.isalpha() and fold(w) not in COUNTRY_FOLDED \
        and i + 1 < len(t.written) and t.joined[i] and t.written[i + 1][0].islower() \
        and classes[i + 1][2] and not classes[i + 1][3]


def find_keyphrases(corpus: Corpus, refs: list[SentenceRef] | None = None, min_sentences: int = 2) -> PhraseIndex:
    """Every run of one to MAX_WORDS words inside a noun-phrase chunk that `min_sentences`
    sentences could share (a word fewer sentences use cannot be part of one), keyed by its
    singular, in the sentences and in the headlines of their documents."""
    found: dict[str, Keyphrase] = {}
    index = PhraseIndex(found, set())
    texts = [(ref, corpus.sentence(ref).text) for ref in (refs if refs is not None else corpus.refs())]
    tokenized = [(ref, tokenize(text)) for ref, text in texts]
    spread: Counter[str] = Counter()
    lowers, as_verb, as_noun, as_adjective = index.lower, index.as_verb, index.as_noun, index.as_adjective
    documents_of = index.documents_of
    for ref, t in tokenized:
        used = set(t.singular)
        spread.update(used)
        for w in used:
            docs = documents_of.get(w)
            if docs is None:          # not setdefault: it would make an empty set for every word seen
                documents_of[w] = {ref.doc}
            else:
                docs.add(ref.doc)
        joined = t.joined
        verb_opened = False        # a verb after "to", a modal or a pronoun opened the clause
        before = ""                # t.before(i), carried along
        for i, (w, f) in enumerate(zip(t.written, t.folded, strict=True)):
            lower = w[0].islower()
            if lower:
                lowers.add(f)
            if not before:
                verb_opened = False
            if before not in USE_CUES and not before.endswith(NEGATED):
                pass
            elif before in VERB_MARKERS or before.endswith(NEGATED):      # marks_verb, inlined: run per word
                as_verb[f] += 1
                verb_opened = verb_opened or lower
            elif before in COORDINATORS and verb_opened and lower:
                as_verb[f] += 1          # its second verb: "to hide costs and inflate sales"
            elif before in DETERMINERS:
                as_noun[f] += 1
            elif before in COPULAS or before in DEGREE_ADVERBS and i and t.before(i - 1) in COPULAS:
                as_adjective[f] += 1
            before = f if joined[i] else ""
    recurring = {w for w, n in spread.items() if n >= min_sentences}
    for (ref, t), (_, text) in zip(tokenized, texts, strict=True):
        spans = chunks(t)
        for start, end in spans:
            add_chunk(found, ref, t, start, end, recurring)
        for head, complement in of_phrases(t, spans):
            add_of_phrase(found, ref, t, head, complement, spans, recurring)
        if has_digit(text):
            for written, key in amounts(text):
                phrase = found.setdefault(key, Keyphrase(key))
                phrase.forms[written] += 1
                phrase.use(ref)
                phrase.whole += 1
                phrase.headed += 1          # a sum is a noun phrase of its own
    read = {ref.doc for ref, _ in tokenized} if refs is not None else range(len(corpus.documents))
    for doc in sorted(read):
        document = corpus.documents[doc]
        t = tokenize(document.title or "")
        spans = chunks(t)
        for start, end in spans:
            for i in range(start, end):
                for j in range(i + 1, min(end, i + MAX_WORDS) + 1):
                    phrase = found.get(" ".join(t.singular[i:j]))
                    if phrase is not None:
                        phrase.titles.add(doc)
        for head, complement in of_phrases(t, spans):
            phrase = found.get(f"{t.singular[head]} of {t.singular[complement]}")
            if phrase is not None:
                phrase.titles.add(doc)
        for _, key in amounts(document.title or ""):
            if key in found:
                found[key].titles.add(doc)
    return index


def amounts(text: str) -> list[tuple[str, str]]:
    """The sums, counts and shares in a text, as written and as a key that is the same however
    it is written ("$40bn", "$40 billion", "USD 40 billion" -> "$ 4e+10")."""
    out = []
    for m in AMOUNT.finditer(text):
        cur, scale = m.group("cur"), (m.group("scale") or "")
        if not cur and (not scale or scale in ("T", "b", "k", "m")):
            continue           # "2.5 T", "5 k" or "60m" without a currency may be anything: "the 60m"
                               # and "the 1,500m" are races, not sixty million
        factor = SCALES[scale.lower().replace("per cent", "percent")] if scale else 1.0
        unit = "%" if factor == 1.0 and scale else "$" if cur else "#"
        value = float(m.group("num").replace(",", "")) * factor
        out.append((m.group(0).strip(), f"{unit} {value:.6g}"))
    return out


def inside_name(written: list[str], end: int, i: int, j: int) -> bool:
    """The run written[i:j] is capitalised and so is the word of its chunk after it: it modifies
    a name's head ("Investigation" in "Investigation Office"), naming nothing of its own; a name's
    last word may still be a matter ("the Belem Roadmap")."""
    return j < end and written[j][0].isupper() and all(w[0].isupper() for w in written[i:j])


def add_chunk(found: dict[str, Keyphrase], ref: SentenceRef, t: SentenceTokens, start: int, end: int,
              recurring: set[str]) -> None:
    """Count every sub-run of the chunk t[start:end] made of `recurring` words."""
    folded, written, singular, classes = t.folded, t.written, t.singular, t.classes
    after_end = folded[end] if end < len(folded) and t.joined[end - 1] else ""
    # a figure inside a noun phrase cuts the chunk, not the phrase: before a figure and a noun
    # ("a crushing 23-3 win", "the world indoor 5,000m record"), or after "a" and before a figure
    # ("grew at a breakneck 9.5%"), the chunk's last word modifies, it heads nothing
    gap = t.figures.get(end - 1)
    through_figure = gap is not None and (
        bool(FIGURES_BETWEEN.fullmatch(gap)) and end < len(folded) and classes[end][2]
        or t.before(start) in ("a", "an") and bool(FIGURE_AFTER.match(gap)))
    # a head: the phrase ends its chunk, and not before "and" + another word ("its civil and
    # military arms": "civil" modifies what follows)
    heads = after_end not in COORDINATORS and after_end not in CARDINALS and not through_figure
    opener = t.opener(start)
    for i in range(start, end):
        if singular[i] not in recurring or singular[i] in NUMBER_WORDS and written[i][0].islower():
            continue           # "(90) million handsets" counts handsets: the phrase is "handsets"
        if folded[i] in CARDINALS and i + 1 < end and written[i + 1][0].islower():
            continue           # "four dogs" counts dogs, as "4 dogs" does; "Seven Tarvel Lanes" is a name
        mention = folded[i] in MENTION_HEADS       # "the word levy" speaks of the word "levy"
        before = t.before(i) if i == start else ""
        # a noun phrase after a determiner, possessive or preposition, or after a lower-case
        # modifier ("backbench discontent"; in "Bolderco withdrew" the second word is a verb)
        nominal = nominal_before(before) if i == start else written[i - 1][0].islower()
        key, form = singular[i], written[i]     # the run's key and form, one word longer each time round
        for j in range(i + 1, min(end, i + MAX_WORDS) + 1):
            if singular[j - 1] not in recurring:
                break
            if j > i + 1:
                if mention:
                    break
                key, form = key + " " + singular[j - 1], form + " " + written[j - 1]
            if j < end and (classes[j - 1][3] or written[j][0].isupper() and inside_name(written, end, i, j)):
                # a past participle describes what follows it; it heads nothing; "Investigation" in
                # "Corruption Investigation Office" is part of a name
                continue
            phrase = found.get(key)
            if phrase is None:
                phrase = found[key] = Keyphrase(key)
            forms = phrase.forms
            forms[form] = forms.get(form, 0) + 1
            sentences = phrase.sentences
            if not sentences or sentences[-1] is not ref:      # Keyphrase.use, inlined: the loop's hottest call
                sentences.append(ref)
            phrase.nominal += nominal
            if j == end and heads:
                phrase.whole += 1
                phrase.headed += i == start and (
                    before in ARTICLES or before.endswith("'s")
                    or before in PREPOSITIONS and not folded[i].endswith("ing"))
                phrase.loosely_headed += j - i == 1 and (opener in ARTICLES or opener.endswith("'s")) \
                    and all(w[0].islower() for w in written[start:j])


def of_phrases(t: SentenceTokens, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The nouns "of" joins to a noun phrase of one word right after it ("an abuse | of |
    power"), as (head, complement) word indices."""
    return [(end - 1, start) for (_, end), (start, after) in zip(spans, spans[1:], strict=False)
            if start == end + 1 and after == start + 1 and t.folded[end] == "of" and t.joined[end - 1] and t.joined[end]]


def add_of_phrase(found: dict[str, Keyphrase], ref: SentenceRef, t: SentenceTokens, head: int, complement: int,
                  spans: list[tuple[int, int]], recurring: set[str]) -> None:
    """Count "X of Y", a noun and the one-word noun phrase "of" joins to it ("abuse of power",
    "conflict of interest"): English names many a matter so, where a chunk of its own would cut it in two."""
    x, y = t.singular[head], t.singular[complement]
    if x not in recurring or y not in recurring or x in NUMBER_WORDS or y in NUMBER_WORDS \
            or x in UNIT_WORDS or participle(y) or t.classes[head][3]:
        return
    key = f"{x} of {y}"
    phrase = found.get(key)
    if phrase is None:
        phrase = found[key] = Keyphrase(key)
    phrase.forms[f"{t.written[head]} of {t.written[complement]}"] += 1
    phrase.use(ref)
    start = next(s for s, e in spans if s <= head < e)
    before = t.before(head) if head == start else ""
    phrase.nominal += nominal_before(before) if head == start else t.written[head - 1][0].islower()
    after_end = t.folded[complement + 1] if complement + 1 < len(t.folded) and t.joined[complement] else ""
    if after_end not in COORDINATORS and after_end not in CARDINALS:
        phrase.whole += 1
        phrase.headed += head == start and (before in ARTICLES or before.endswith("'s") or before in PREPOSITIONS)


def specificity(words: list[str]) -> float:
    """How much rarer in general English the phrase's rarest word is than an everyday word,
    in powers of ten ("levy" 2.2, "curfew" 2.6, "people" 0)."""
    return max(max(0.0, SPECIFIC_ZIPF - max(commonness(w), commonness(singular(w)))) for w in words)


def heads_a_noun_phrase(phrase: Keyphrase, index: PhraseIndex, loosely: bool = False) -> bool:
    """Used as a noun phrase: its last word ends a phrase somewhere and is no verb, adverb or
    number word; one word alone has been seen as a whole phrase after a determiner or (unless it
    ends in -ing, "by spreading") a preposition: "the tolls", "of dredging", never "the
    arrives" or "the diplomatic", and no more often after "is" or "very" than after a
    determiner ("was long overdue"); no time ("the second quarter"); longer phrases opening on a capital or a participle have been
    seen after a determiner, preposition or modifier. `loosely`, one word may also have been seen
    only after modifiers an article opens ("a possible rebellion"), if the pile uses it as no verb."""
    words = phrase.words
    form = phrase.form.split()
    if not phrase.whole or participle(words[-1]) and not words[-1].endswith("ing") or adverb(words[-1]) \
            or words[-1] in IRREGULAR_PARTICIPLES:
        return False
    if words[-1] in REPORTING_PARTICIPLES or words[-1] in REPORTING_VERBS:
        return False           # "a message saying ...", "analysts believe ...": a clause follows
    if words[-1] in NUMBER_WORDS or superlative(words[-1]) or index.adjective(fold(form[-1])):
        return False           # "billion", "the largest", "overdue": numbers and adjectives head nothing
    if graded(words[-1]) and not any(fold(f.split()[-1]) != words[-1] for f in phrase.forms):
        return False           # "the early", "a tight": an adjective, unless the pile writes it in the
                               # plural as a noun ("fines", "record highs")
    if words[-1] in UNIT_WORDS:
        return False           # "the second quarter", "five days": a time, not a matter
    if len(words) == 1:
        if words[0] in ELLIPTIC_HEADS:
            return False       # "the best", "a third": a noun left out, no matter named
        return phrase.headed > 0 or loosely and phrase.loosely_headed > 0 and not index.verb(words[0])
    if index.verb(fold(form[0])):
        return False           # "made planning decisions", "commit theft": a verb and its object
    return phrase.nominal > 0 or not (form[0][0].isupper() or participle(words[0]))


def names_a_thing(phrase: Keyphrase, index: PhraseIndex) -> bool:
    """A name, not a matter: one proper noun ("Bolderco"), a name with a description before
    it ("haulage firm Bolderco"), an organisation's name ("Harbour Trust Board"), a
    country or demonym ("Norwegian"), or an office made only of title words ("Home
    Secretary", "Foreign Affairs")."""
    form = phrase.form.split()
    if index.proper(form[-1]) and not all(index.proper(w) for w in form):
        return True
    if len(form) == 1 and index.proper(form[0]):
        return True
    if all(w[0].isupper() for w in form) and phrase.words[-1] in ORG_HEADS:
        return True
    if fold(phrase.form) in COUNTRY_FOLDED:
        return True
    return all(fold(w) in TITLE_WORDS for w in form)


def weight(phrase: Keyphrase, documents: int, discount: dict[int, float]) -> float:
    """TF-IDF of the phrase over the pile, its documents as the classes: its sentences (those
    of a flagged document at their discount) plus TITLE_USES for each headline using it, times
    log((D + 1) / df), times how specific its words are in English. A phrase in every document
    is the pile's subject and weighs little whatever its count."""
    per_doc = phrase.docs
    for d in phrase.titles:
        per_doc[d] += TITLE_USES
    uses = sum(n * discount.get(d, 1.0) for d, n in per_doc.items())
    idf = log((documents + 1) / len(per_doc))
    return uses * idf * (specificity(phrase.words) + MULTIWORD_BONUS * (len(phrase.words) - 1))


MULTIWORD_BONUS = 0.5     # a collocation is more specific than its rarest word
TITLE_USES = 4
