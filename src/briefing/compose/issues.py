"""The open-issues section: the template's watch list first, then the matters the documents
are about, found as key phrases.

A candidate matter is a noun phrase the texts repeat (`analysis.keyphrases`), weighted by TF-IDF
over the pile with its documents as the classes: a phrase that several sentences of some
documents (or their headlines) use, and that is rare in English, is a matter; what nearly every
document uses is the pile's subject, not a matter within it. Names are not matters on their own:
people, organisations and what describes them ("haulage firm") are key actors. Where one actor
is what a matter's sentences are about, the heading says so ("Ferrow's pay offer", "Harbour
Board levy"), in the words the texts use for both.

The candidates are taken heaviest first; two forms of one word ("probe", "probes") are one
matter. An issue's statements are the sentences that use its phrase (and the sentences around
them that share a rare word), then, in the places those leave, the sentences using another word of
its head's family ("protesters" for "protest") or its head noun alone ("the levy" for "the harbour
levy"); they leave out the bottom line, the conflicting reports and, unless the pile leaves too
few issues otherwise, what the other sections already show; a matter told in many sentences
leaves those it shares to a matter told in few. An issue shows two statements, or one where the
other sections show the rest of a matter of several words; one whose every statement speaks of
an issue chosen before is that issue told again. A matter named by one word alone is headed by
the phrase its shown statements share ("ferry skippers lawsuit"). A statement opening on "He" or
"She" is shown after the sentence of its paragraph naming that person, as the outlook shows it; one
opening on "They", after the sentence of its paragraph before it, whoever that names.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from math import log

from briefing.analysis.actor_ranking import MIN_SALIENCE
from briefing.analysis.aliases import POSSESSIVE_END
from briefing.analysis.figures import CASUALTY_CLASSES, CURRENCY_SIGN, figures, names_casualties
from briefing.analysis.keyphrases import (
    NUMBER_WORDS,
    SPECIFIC_ZIPF,
    Keyphrase,
    PhraseIndex,
    find_keyphrases,
    heads_a_noun_phrase,
    names_a_thing,
    singular,
    tokenize,
)
from briefing.analysis.lexicon import DAY_NAMES, EVENT_HEADS, MONTHS, ORG_HEADS, ROLE_HEADS
from briefing.analysis.names import quoted
from briefing.analysis.words import commonness, fold, has_digit
from briefing.compose.context import ComposeContext
from briefing.compose.statements import antecedent
from briefing.model import ActorFact, Issue, Section, SentenceRef, Statement
from briefing.templates import SectionSpec

# How a phrase is weighed: TF-IDF and specificity are the method, these numbers only scale its
# parts. Chosen over all eight labelled sets, where within TITLE_USES 1-4, MULTIWORD_BONUS
# 0.25-1, RARE_ZIPF 2-3.5, AMOUNT_SPECIFIC 1.5-2.5, FLAGGED_USES 0.5-1 and SUBJECT_DOCS 0.8-0.9
# the issue coverage, naming and precision summed over the sets move by 0.2 at most (SUBJECT_DOCS
# 0.7 halves one set's naming; none at all lets the subject in as an issue).
TITLE_USES = 2            # a headline names its story's matter: it counts as this many sentences
MULTIWORD_BONUS = 0.5     # a collocation ("night curfew") is more specific than its rarest word
RARE_ZIPF = 3.0           # rarer than once per million words, a word is as specific as words get:
                          # rarer still marks names and jargon, not a bigger matter
AMOUNT_SPECIFIC = 2.0     # a sum ("$40bn") counts as specific as a word of Zipf 4 ("treasurer")
SUBJECT_DOCS = 0.8        # a word this share of the documents use (of three or more) is the subject
FLAGGED_USES = 0.85       # a use in a flagged source (paraphrased, aggregated) counts this much,
                          # as the ranking counts their sentences (compose.context.FLAGGED_FACTOR)
# How much of the pile is looked at: the whole of a pile of news reports on one story, the most
# central sentences of a large collection (a matter of the pile is told in its central sentences).
MAX_SENTENCES = 2000
MAX_CANDIDATES = 60       # the heaviest candidates considered for issues (40-120 give the same
                          # scores over the eight sets; fewer leave places empty)
# How issues are told apart and filled.
MIN_USES = 2              # sentences (near-duplicates counting once) a phrase needs to be a matter
MIN_STATEMENTS = 2        # sentences using its phrase an issue must be able to show
SAME_STEM = 5             # letters two forms of one word share at least ("quarrel-")
INFLECTION = 3            # letters an English inflection changes at most (-s, -ed, -ing, -ling)
# An actor is what a matter is about where it is named in at least ACTOR_SHARE of the matter's
# sentences, and ACTOR_LIFT times as often as in the pile's sentences (the pile's subject, named
# everywhere, is about every matter and so about none in particular). Over the eight sets,
# ACTOR_SHARE 0.4-0.6 and ACTOR_LIFT 1.2-1.5 give the same scores; at a lift of 2 one set's
# naming falls by 0.1.
ACTOR_SHARE = 0.5
ACTOR_LIFT = 1.5
# A sentence that a matter told in fewer sentences also uses costs an issue this much of its
# statement ranking (which counts the sentence's sources, about 1-5): a matter told in many
# sentences leaves the sentences they share to another matter that has few others and is not yet
# an issue, so that both can be shown. Over the eight sets 2-100 give the same scores; 0.5 leaves
# one set's issue coverage lower by 0.1; none, three sets' issue coverage or naming.
SCARCE_COST = 2.0
# A short pile's matters in the other sections' sentences (`fill`, shown_too) show first the
# sentences no section shows, at this cost to the others, and only those where they have any (or
# their best one alone): on 10 BBC piles of 2-5 reports of one story the brief's repeats 45 -> 13,
# no issue lost (one pile two more); the fifteen visible sets unchanged (one issue is so filled).
# Measured and left out: such a matter with no sentence of its own left refused (repeats 13 -> 4,
# but 10 issues fewer over the piles, and a visible set's naming .56 -> .44: a heading naming a
# gold matter gone); the cost alone, statements as before (45 -> 44: few unshown sentences).
SHOWN_COST = 10.0
# A matter named by one word alone, with no actor it is about, is headed by a phrase of several
# words that this many of its shown statements use: what they are about ("former directors"
# for a lawsuit). Over the eight sets 2 raises one set's naming (.44 -> .56) and moves nothing
# else; at 3 that gain is lost (few issues show three statements sharing one phrase).
RENAME_USES = 2
# A matter of several words that this many documents use, with one statement of its own left
# and others the other sections show, is an issue on that one statement: those sections found its
# sentences worth telling, so it is a matter of the story, not a phrase in passing. Over the eight
# sets 2 raises two sets (seeds naming .30 -> .50; blair coverage .89 -> 1.0, naming .67 -> .78,
# precision .80 -> .90) and lowers no issue figure; 1 lets in phrases one report repeats (three
# sets lower), 3 keeps blair's gain only; single words on one statement lower another set.
LONE_STATEMENT_DOCS = 2
# A sentence that most of the reports carry, in their own copy of it (a warning or a pledge the wire
# copy puts in every version of a story), is a matter on that one sentence: its phrase is used once
# where near-duplicates count once (MIN_USES), yet more reports chose to tell it than tell most
# matters told twice. At least CARRIED_DOCS documents and more than CARRIED_SHARE of them. Over the
# fifteen visible sets it fires only in the one pile of five reports that repeat whole paragraphs
# (its issue coverage/precision .56/.83 -> .67/.86, repeats 1 -> 0: two gold matters, each a
# warning or pledge the reports copied); any share from 0 to a half gives the same scores; two
# documents let in another set's phrases (its coverage/precision .78/.70 -> .67/.60) and cost the
# first set's precision (.83 -> .60); at 0.7 (four of five reports) a third matter comes in on a
# sentence the other sections show (repeats 1 -> 2). On 23 BBC piles of 4-8 reports (of one story
# or by a name) no copy is carried by three reports: nothing changes.
CARRIED_DOCS = 3
CARRIED_SHARE = 0.5
# A sentence using another word of the family of a matter's head word ("economic" for "economy",
# "those detained" for "detainees"), or its head noun alone ("the levy" for "the dock levy"), ranks
# this much lower than the matter's own sentences and their neighbours: far below any (the ranking
# counts a sentence's sources, rarely ten), it fills only the places they leave. Over the fifteen
# sets any cost from 2 up gives the same scores; ranked as the matter's own (cost -0.5), family
# words take their places: one labelled set's naming and one unseen set's fact coverage fall.
# The head noun alone, less surely the matter, ranks lower still (twice the cost), and fills
# places but does not make a matter: counted among the two statements an issue needs, it lets in
# matters of one sentence ("sustainable growth" among "growth").
KIN_COST = 100.0
MAX_HEADING_WORDS = 5     # a heading longer than this is a sentence, not a name
NAMES_KEPT = 4096         # the name words remembered (frozen_name_words): several briefs' candidates
HEAD_SHARE = 0.5          # (over the eight sets 0.4-0.6 all give the same scores)
ADJECTIVE_ENDING = re.compile(r"\w\w(?:al|ic|ive|ous|ful|less|able|ible|ed)$")
# Words this common in English (Zipf 5.5, some 300 uses a million words: "way", "lot", "game",
# "time", "people", the few hundred commonest) name no matter on their own: a reader cannot tell
# from "Lot", "Game" or "Best team" what the issue is. Over the 15 visible sets no heading is
# made only of such words, and the quality tables are the same; 58 BBC piles lose 33 headings so
# made (all empty of meaning) to the next candidates.
EVERYDAY_ZIPF = 5.5
# A word nearly as common (Zipf COMPLEMENT_ZIPF or more: "chance", "hope", "future", "role") that
# the texts follow by "of", "to" or "that" in COMPLEMENT_SHARE of its uses, MIN_USES at least
# ("the chance to", "the hope that", "the future of"), takes a complement, which says what it is
# about: alone it names no matter. Rarer words name one of their own even so ("the collapse of",
# "the suffering of"), and common matters ("bill", "vote", "final") are seldom so followed. Over
# the 15 visible sets no heading is such a word; 58 BBC piles lose 9 so made. At Zipf 4.5 a
# visible set's coverage and precision fall a place (.80 -> .70: a leader's "suffering") and a
# "conflict of interest" goes. Measured and left out: a person's matter in one word of Zipf 5.0
# or more as everyday as "Lot" (58 piles: 20 headings leave, 11 for the better, "Tom Reed's season",
# "... lead", "... chance", 3 for the worse, a detainee's "release"; 11 come, mostly as vague):
# a person's "plan", "offer", "return" or "death" is that common and a matter.
COMPLEMENT_ZIPF = 5.0
COMPLEMENT_SHARE = 0.5
COMPLEMENT = re.compile(r"\s+(?:of|to|that)\b", re.IGNORECASE)
# A word that the texts use inside quotation marks in more than QUOTED_SHARE of its uses (MIN_USES
# at least) is what the people quoted say in passing ("I get so much confidence", "my goal", "the
# boys are doing well"), not a matter the reporters name: news names its matters in its own words and
# quotes the people it is about. Only for a heading of one word alone, which says nothing else of
# what the matter is. Measured (s27): the 15 visible sets unchanged (no heading so made); over 109
# BBC piles (59 of one story, 50 by a headline word) 30 headings so made, 26 of which a reader would
# drop ('Confidence', 'Guys', 'Field', 'Match', 'Fitness', 'Wrong'), 4 naming a matter ('Bid',
# 'Judiciary', 'Victims', 'Summary'); in the 21 piles changed, headings a reader would write 4 -> 8
# ('Tuition fees', 'Hip injury', a party's slogan), the rest of the places as vague as before or
# left empty. At two thirds or more 41 fire, 37 rightly, but a visible set's one-word heading with 2
# of its 3 uses quoted names a gold matter. Of the 247 one-word headings of the 59
# one-story piles, some 150 name no matter a reader would list, some 25 would read better with the
# modifier or owner the texts give them ('trade shortfall', 'donation cap'), but a form written the
# same way in two of the matter's own sentences is rare: after a name (a party's "voters"), 2 of 109
# piles change, 1 for the better; a possessive or an "of" phrase, 6 headings, 4 of them the moments
# of a game (a player's "corner").
# Measured and left out: the same test for a heading of several words, or of one word after its
# actor's name: the people quoted also coin the matters of a story, and a reader keeps their words
# (three visible sets' headings of two words, 3 of 3 to 6 of 7 uses quoted, name gold matters); for
# an actor's one word, 5 fire over the 109 piles, one a firm's 'restatement'. A sentence holding no
# quotation mark but "I", "we", "my" or "our" counted as quoted too (the middle of a long quotation):
# 3 more fire over the piles, one a matter ('Addiction').
QUOTED_SHARE = 2 / 3
# A word in -s right after "he", "she" or "it", an adverb between or none ("It also seeks damages"),
# is a verb in the present, whatever a noun before it elsewhere makes it seem ("The lawsuit seeks").
AFTER_SUBJECT_PRONOUN = re.compile(
    r"(?<![\w’'-])(?:he|she|it)\s+(?:(?:also|still|now|only|never|often|always|already|even|just|\w+ly)\s+)?$",
    re.IGNORECASE)
# Nouns that head a description of a person or an organisation ("chief inspector", "haulage
# firm", "transport ministry"): what they head is an actor, listed under Key actors.
ACTOR_HEADS = ROLE_HEADS | ORG_HEADS
# The nouns English names one person by, written in the singular ("the world's richest man", "the
# woman who sued"): what they head describes that person, an actor; in the plural ("deaf people")
# they may be a class of those a matter touches. A closed class of English.
PERSON_NOUNS = frozenset("man woman boy girl person".split())
# ... unless it is no name but a description in common words ("ruling party") that this many of
# the pile's headlines use: a headline says what its story is about, and a group several headlines
# name as the one acting ("ruling party boycotts vote") is a matter of the pile in itself, as
# its courts or its board would be. Over the eight sets 1-3 give the same scores (one set's naming
# higher, nothing else moved); with no headline asked for, classes of actors the texts describe
# ("cyber insurers") take the places of better matters.
MATTER_TITLES = 2
# Heads of the names of waters and territories, which news stories contest ("Red Sea", "Bering
# Strait"): such a name may be a matter, where other names are actors, titles or addresses.
CONTESTED_PLACES = frozenset("sea ocean strait gulf bay peninsula island islands coast border strip".split())
# Heads of the names of contests, meetings, laws and treaties ("Harwick Open", "Tarvel Protocol",
# "Freedom of Tarvel Act"): what such a name names is a matter of a story, where other names are
# actors, titles or addresses; the titles of works ("book", "film") are left as names. Over the
# 15 visible sets one set's naming rises (.62 -> .75: a championship the gold asks about) and
# nothing else moves; over 48 BBC piles by a headline word 12 headings change, 9 for the better
# ('Bid' -> a named meeting, 'Legislation' -> a named protocol, 'Defeat' -> a named open), 1 no
# better, 2 worse; over 30 random piles of 12 articles, 15 named contests and prizes take the places
# of 7 vague words ('Race', 'Final', 'Minutes') and of 6 narrower matters (a player's accident, a
# wrist injury), and 2 names come out whole.
# The titles a season of contests is played for ("Grand Slam", "Triple Crown") are such matters too:
# what a side or a player is "going for", the stake its every match report and preview comes back to.
# A closed class of English (s27: over 6 BBC sport piles the stake a reader names first, never a
# candidate while its name was taken for an actor's).
TITLE_HEADS = frozenset({"slam", "crown"})
NAMED_MATTERS = EVENT_HEADS - {"book", "novel", "album", "film", "movie", "song"} | TITLE_HEADS
# Measured and left out (s22, commit b253e7a, reverted): a court the texts name as an actor and
# write after "the" in half its uses or more ("the High Court ruled", not "at Tarvel Court") as a
# matter, the case before it. 15 visible sets: one set's ic/in/ip .70/.40/.70 -> .80/.50/.80 (a
# legal challenge the gold asks about), two more head a matter by its court at the same figures
# ("Supreme Court" for "Programs BitTorrent users"); 192 BBC piles: 4 headings change, 1 better,
# 3 as good, none worse. Left out because a labelled set's fact coverage falls .94 -> .91, under
# its floor (.93): the court's place displaces a vague issue whose one statement held a
# background fact. It also draws a verb of its head ("courted") into its statements (`Pile.kin`);
# without verb forms for names, 2 named matters of 110 piles are lost for want of statements.
# A name that runs on past the key phrase, which stops at a small word: capitalised words and
# "of" before it ("Protection of Harbour Workers Act"), "of", "on" or "for" and capitalised words after it
# ("Convention on Tarvel Rights").
NAME_RUNS_ON_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s+)+of\s+(?:the\s+)?$")
NAME_RUNS_ON_AFTER = re.compile(r"\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
# Words that end the noun phrase describing an actor in its role: prepositions and the openings
# of clauses ("head of the inquiry", "commission which oversees", "spokesman quoted in"): a closed
# class of English.
ROLE_BREAKS = frozenset("of for into on at in from to with by over under which who that whose quoted "
                        "and or".split())
# Nouns that head the role of one whom news quotes to explain a story, not a party to it ("Ann
# Vale, a Harwick Digest journalist", "Tom Reed, a researcher at Tarvel University"): a matter
# told in their words is not theirs, and its heading is not in their name. A closed class of
# English: the professions that comment, study or report.
COMMENTATOR_HEADS = frozenset("""analyst economist expert researcher professor lecturer academic scholar
historian commentator pundit journalist correspondent reporter columnist pollster strategist critic""".split())
# Pronouns and determiners that point back to something said before ("He", "This move"): a
# closed class of English.
BACK_POINTERS = frozenset("he she they it this these those that his her their its such".split())
# The parts of a compound written as one word ("earth" + "quake"): each of at least
# COMPOUND_PART letters, the first an English word at least as common as Zipf COMPOUND_ZIPF,
# so that a chance ending is no part ("urban" is no "ur" + "ban", "seasonal" no "sea" + "sonal").
# Over the fifteen sets 3-5 letters and Zipf 3-4 give the same scores.
COMPOUND_PART = 4
COMPOUND_ZIPF = 3.5
JOINED_ZIPF = 2.5              # a compound as rare as "weblog" (2.6) is a word; "worldcup" (2.0) a tag
VERB_ENDINGS = ("ed", "ing")   # the regular past and participles of English verbs
VERB_FORM = re.compile(r"(?<![\w'’-])[A-Za-z]+(?:ed|ing)(?![\w'’-])")
SHORT_WORD = 4                 # letters of a word of one syllable whose last consonant doubles ("banned")
SHORT_PLURAL = 4               # letters of a plural `singular` leaves as it is ("cuts", "jobs")
INNER_POSSESSIVE = re.compile(r"\w[’']s?\s")     # a possessive inside a name: "Tarvel's government"
# a name ending like a plural modifies a noun only in the possessive: "Tories' spending plans"
PLURAL_NAME = re.compile(r"[^su']s$")
# Where one clause of a sentence ends and another begins: a comma, semicolon, colon or dash,
# or a conjunction that sets two statements against each other.
CLAUSE_BREAK = re.compile(r"[,;:–—]|\s(?:but|while|whereas|although|though)\s")
FIRST_WORD = re.compile(r"[A-Za-z']+")
# What comes before the one who hears what is told: "told", "told the" ("Ann Vale told the Harwick
# Post"): the hearer of a statement is not what it is about.
HEARER = re.compile(r"\btold\s+(?:the\s+)?")
# ... and the words of the hearer's name before a phrase that ends it ("told the Harwick Post website",
# "told Harwick Sport"): the phrase is who was told.
TOLD_BEFORE = re.compile(r"(?<![\w’'-])told\s+(?:the\s+)?(?:[A-Z0-9][\w’'&.-]*\s+)*$")
# What comes before a place named as where something happens: a locative preposition ("in", "at",
# "near"), or a place it is part of ("Baku, Ruritania").
LOCATIVE = re.compile(r"(?:\b(?:in|at|near|across|throughout|inside|outside)\s+(?:the\s+)?|[A-Z][\w’'-]+,\s+)$")
# What puts a name in a phrase of its own, as a place, a direction or an object ("aid to Tarvel", "a
# defeat by Tarvel", "the Tarvel Games", "beat Tarvel too"): a preposition before it, or after it a
# preposition, conjunction or adverb, punctuation or a capitalised word, not its verb ("Tarvel
# drew") or what it modifies ("Tarvel exports"). Closed classes of English.
PLACE_BEFORE = re.compile(r"\b(?:in|at|to|by|from|for|against|with|on|into|over|across|throughout|near|between"
                          r"|inside|outside|about|under|of|than|like|as)\s+(?:the\s+)?$", re.IGNORECASE)
OWNER_AFTER = re.compile(r"\s+(?!(?:in|at|to|by|from|for|against|with|on|into|over|across|near|between|about|under"
                         r"|of|than|like|as|and|or|but|too|also|again|however|who|which|that|where|when|while|if)\b)[a-z]")
OWNS = re.compile(r"[’']s?(?!\w)")          # "Tarvel's", "Tarvel'": the name owns what follows


@dataclass(repr=False)
class Candidate:
    """A key phrase weighed as an open issue's matter."""

    phrase: Keyphrase
    weight: float                            # TF-IDF over the pile
    refs: frozenset[SentenceRef]             # the sentences using it, near-duplicates once
    fuller: Keyphrase | None = None          # the most used longer candidate ending in its words
    actor: ActorFact | None = None           # the actor its sentences are about, if one is

    @property
    def form(self) -> str:
        """The matter in the fullest form the texts use for it."""
        return (self.fuller or self.phrase).form


def pile_refs(ctx: ComposeContext) -> list[SentenceRef]:
    """The sentences looked at, in document order."""
    refs = list(ctx.words)
    if len(refs) > MAX_SENTENCES:
        refs = sorted(sorted(refs, key=lambda r: (-ctx.centrality.get(r, 0.0), r))[:MAX_SENTENCES])
    return refs


def issue_keyphrases(ctx: ComposeContext) -> PhraseIndex:
    """The key phrases of the sentences looked at; needs none of the actors. Those fewer than
    MIN_USES sentences use are kept as their form alone: no matter, and no other name for one
    (RENAME_USES), is weighed from them; only a heading joining two phrases asks how the texts
    write the two together (specific_name)."""
    return find_keyphrases(ctx.corpus, refs=pile_refs(ctx), min_sentences=MIN_USES).recurring(
        min(MIN_USES, RENAME_USES))


def issue_phrases(ctx: ComposeContext) -> tuple[PhraseIndex, list[tuple[str, float]], dict[str, set[SentenceRef]],
                                                set[str]]:
    """`issue_keyphrases`, with the part of the candidates that needs none of the actors
    (`weighed_phrases`), the counts (`Pile.counts`) and the subject's words (`Pile.spread_subject`):
    the analysis works them out in its second process, beside this one. The index goes without
    the documents using each word, which only the subject's words read: a fifth of what that
    process sends this one, read back at the end of the build."""
    index = issue_keyphrases(ctx)
    pile = Pile(ctx, index)
    weighed = weighed_phrases(pile)
    return replace(index, documents_of={}), weighed, pile.counts, pile.spread_subject


class Pile:
    """What the issues section works out once per brief: the sentences looked at, their key
    phrases, and who is named where."""

    def __init__(self, ctx: ComposeContext, index: PhraseIndex | None = None) -> None:
        self.ctx = ctx
        self.refs = pile_refs(ctx)
        self.first = {r: min(g) for r, g in ctx.group_of.items()}
        # the candidates' actor-free part (weighed_phrases), where worked out ahead with the index
        self.weighed: list[tuple[str, float]] | None = None
        if index is None:
            # the verb forms and who is named where need no key phrase: read before asking for
            # the phrases, which the analysis's second process may still be finding while this
            # one waits (the candidates read the names, the matters' headings the actors)
            self.__dict__["verbs"] = self.verb_forms()
            for known in ("actor_names", "people", "actors_in"):
                getattr(self, known)
            ahead = ctx.worked_ahead("keyphrases")
            if ahead is not None:
                index, self.weighed, self.__dict__["counts"], self.__dict__["spread_subject"] = ahead
        self.index: PhraseIndex = index or issue_keyphrases(ctx)

    @cached_property
    def spread_subject(self) -> set[str]:
        """The words nearly every document uses (a compound's last part counting as the
        compound): the pile's subject, no matter of its own."""
        documents = len(self.ctx.corpus.documents)
        if documents < 3:
            return set()
        spread = with_clipped_forms(self.index.documents_of)
        return {w for w, docs in spread.items() if len(docs) >= SUBJECT_DOCS * documents}

    @cached_property
    def people(self) -> set[str]:
        """`person_words`, once: the candidates and every matter's specific name read them."""
        return person_words(self.ctx)

    @cached_property
    def descriptions(self) -> set[tuple[str, ...]]:
        """The last words of the noun phrase that describes each actor in its role, two or more of
        them ("jet fuel supplier", "fuel supplier" of "scandal-hit jet fuel supplier"; up to the role's
        first preposition or clause, not "head" in "head of the ferry inquiry"), folded and in the
        singular: every ending, so that a phrase is looked up, not compared with each role."""
        out = set()
        for actor in self.ctx.facts.actors:
            words = role_words(actor.role)
            out.update(tuple(words[-n:]) for n in range(2, len(words) + 1))
        return out

    @cached_property
    def actor_names(self) -> set[str]:
        """`actor_names`, once: on the BBC corpus (6,000 actors) each call took 20 ms."""
        return actor_names(self.ctx)

    def independent(self, refs) -> frozenset[SentenceRef]:
        """One sentence per group of near-duplicates: a wire sentence five outlets carry is one use."""
        return frozenset(self.first.get(r, r) for r in refs)

    @cached_property
    def counts(self) -> dict[str, set[SentenceRef]]:
        """The sentences giving a count of the dead, the hurt or the missing, by kind."""
        out: dict[str, set[SentenceRef]] = {}
        kinds = {kind for kind, _ in CASUALTY_CLASSES}
        for ref in self.refs:
            text = self.ctx.text(ref)
            if has_digit(text) and names_casualties(text):     # the others give no such count
                for figure in figures(text):
                    if figure.kind in kinds:
                        out.setdefault(figure.kind, set()).add(ref)
        return out

    def counting(self, refs: set[SentenceRef]) -> set[SentenceRef]:
        """Where most of `refs` give one kind of count, every sentence giving it: a toll that
        rises is told in figures as much as by its name."""
        for _, counted in sorted(self.counts.items(), key=lambda item: item[0]):
            if len(refs & counted) * 2 > len(refs) and len({r.doc for r in counted}) >= MIN_USES:
                return counted
        return set()

    @cached_property
    def phrases_in(self) -> dict[SentenceRef, list[Keyphrase]]:
        """The phrases of several words each sentence uses."""
        out: dict[SentenceRef, list[Keyphrase]] = {}
        for phrase in self.index.phrases.values():
            if len(phrase.words) > 1:
                for r in phrase.sentences:
                    out.setdefault(r, []).append(phrase)
        return out

    @cached_property
    def families(self) -> dict[str, list[str]]:
        """The single words of the key phrases by their first SAME_STEM letters, where two forms
        of one word (`same_word`) are found."""
        out: dict[str, list[str]] = {}
        for key in self.index.phrases:
            if " " not in key and len(key) >= SAME_STEM:
                out.setdefault(key[:SAME_STEM], []).append(key)
        return out

    def kin(self, word: str) -> set[SentenceRef]:
        """The sentences using another word of the word's family in a noun phrase ("economic" for
        "economy", "those detained" for "detainees") or the word as a verb ("banned" for "ban"):
        news tells a matter by its adjective, its verb and its participle as much as by its noun."""
        out: set[SentenceRef] = set()
        for other in self.families.get(word[:SAME_STEM], ()):
            if other != word and same_word(other, word):
                out |= self.index.phrases[other].refs
        for form in verb_forms(word):
            out |= self.verbs.get(form, set())
        return out

    @cached_property
    def verbs(self) -> dict[str, set[SentenceRef]]:
        return self.verb_forms()

    def verb_forms(self) -> dict[str, set[SentenceRef]]:
        """The sentences using each word ending as a verb's past or participle does (-ed, -ing)."""
        out: dict[str, set[SentenceRef]] = {}
        for ref in self.refs:
            for w in VERB_FORM.findall(self.ctx.text(ref)):
                out.setdefault(w.lower(), set()).add(ref)
        return out

    def head_alone(self, phrase: Keyphrase) -> set[SentenceRef]:
        """For a phrase of several words, the sentences using its head noun ("levy" for "dock
        levy"): news names a matter in full once and goes on with its head alone."""
        head = self.index.phrases.get(phrase.head) if len(phrase.words) > 1 else None
        return set(head.refs) if head is not None else set()

    @cached_property
    def headlined(self) -> set[int]:
        """The documents whose headline uses a key phrase the texts write in lower case: a
        headline that names its story's matter ("Harwick steps up row"), not only who it is about."""
        return {d for p in self.index.phrases.values() if p.titles and p.form[:1].islower() for d in p.titles}

    @cached_property
    def sentences(self) -> int:
        return len(self.independent(self.refs))

    @cached_property
    def actors(self) -> list[tuple[ActorFact, frozenset[SentenceRef]]]:
        """The actors (not mere mentions: likely actors of the story) with the sentences naming them
        as actors, among the sentences looked at: a country named only as where something happens
        ("talks in Baku, Ruritania") is not what that sentence is about."""
        out = []
        looked_at = set(self.refs)
        telling = {r for r in self.refs if "told" in self.ctx.text(r)}
        for actor in self.ctx.facts.actors:
            if actor.salience < MIN_SALIENCE or comments(actor):
                continue
            refs = self.independent(r for r in actor.mention_refs if r in looked_at)
            if actor.kind == "country":
                names = "|".join(re.escape(n) for n in sorted([actor.name, *actor.aliases], key=len, reverse=True))
                named = re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")
                refs = frozenset(r for r in refs if not self.only_where(named, self.ctx.text(r)))
            hearers = refs & telling
            if hearers:
                forms = sorted([actor.name, *actor.aliases], key=len, reverse=True)
                refs = refs - {r for r in hearers if only_told(self.ctx.text(r), forms)}
            if len(refs) >= MIN_USES:
                out.append((actor, refs))
        return out

    @staticmethod
    def only_where(named: re.Pattern[str], text: str) -> bool:
        """The text names the place only as where something happens."""
        found = list(named.finditer(text))
        return bool(found) and all(LOCATIVE.search(text[:m.start()]) for m in found)

    @cached_property
    def ranked(self) -> list[Candidate]:
        """`ranked_candidates`, once: it reads no section, so it may be made before they are built."""
        return ranked_candidates(self)

    @cached_property
    def actors_in(self) -> dict[SentenceRef, list[int]]:
        """The actors each sentence names, as indices into `actors`."""
        out: dict[SentenceRef, list[int]] = {}
        for k, (_, refs) in enumerate(self.actors):
            for r in refs:
                out.setdefault(r, []).append(k)
        return out


def role_words(role: str) -> list[str]:
    """The words of the noun phrase a role opens with, folded and in the singular: up to its first
    preposition or clause ("harwick digest journalist" of "Harwick Digest journalist", "head" of
    "head of the inquiry")."""
    words = []
    for w in role.split():
        if fold(w) in ROLE_BREAKS or not re.fullmatch(r"[\w’'-]+", w):
            break
        words.append(singular(fold(w)))
    return words


def role_head(role: str) -> str:
    """The noun heading a role (`role_words`' last): "journalist" of "Harwick Digest journalist"."""
    words = role_words(role)
    return words[-1] if words else ""


def comments(actor: ActorFact) -> bool:
    """The actor is a person whose role is one of those who comment on a story (COMMENTATOR_HEADS)."""
    return actor.kind == "person" and role_head(actor.role) in COMMENTATOR_HEADS


def only_told(text: str, forms: list[str]) -> bool:
    """The text names the actor (by `forms`, longest first) only as whom something is told ("Ann
    Vale told the Harwick Post"). Plain string search: a pattern compiled for every actor of a
    large pile cost more than the rest of its issues."""
    rest = text
    for m in HEARER.finditer(text):
        form = next((f for f in forms if text.startswith(f, m.end()) and ends_word(text, m.end() + len(f))), None)
        if form is None:
            continue
        rest = rest[:m.end()] + " " * len(form) + rest[m.end() + len(form):]
    return rest != text and not any(named_in(rest, f) for f in forms)


def ends_word(text: str, at: int) -> bool:
    return at >= len(text) or not (text[at].isalnum() or text[at] in "-_")


def named_in(text: str, form: str) -> bool:
    """The form is written in the text as a word or words of its own."""
    at = text.find(form)
    while at >= 0:
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")) and ends_word(text, at + len(form)):
            return True
        at = text.find(form, at + 1)
    return False


def verb_forms(noun: str) -> set[str]:
    """The regular past and participle of the verb a noun may be the same word as ("ban" ->
    "banned", "banning"; "raid" -> "raided"; "vote" -> "voted"): news tells a matter by its verb
    ("banned him from travelling") as much as by its noun ("the ban"). English doubles the last
    consonant of a short word ending consonant-vowel-consonant, and drops a final silent "e"."""
    if noun.endswith("e"):
        stem = noun[:-1]
    elif len(noun) <= SHORT_WORD and re.fullmatch(r".*[^aeiou][aeiou][^aeiouwxy]", noun):
        stem = noun + noun[-1]
    else:
        stem = noun
    return {stem + end for end in VERB_ENDINGS}


def capped_specificity(words: list[str]) -> float:
    """Powers of ten the phrase's rarest word is rarer than an everyday word, counting no word
    as rarer than RARE_ZIPF."""
    return max(0.0, max(SPECIFIC_ZIPF - max(commonness(w), commonness(singular(w)), RARE_ZIPF) for w in words))


def is_name(phrase: Keyphrase) -> bool:
    """Written as a name of two words or more, every word capitalised but "of" ("Morning Digest",
    "Port of Harwick")."""
    form = phrase.form.split()
    return len(form) > 1 and all(w[0].isupper() for w in form if w != "of")


# Measured and left out (s30-issues, 15 visible sets; issue coverage/naming/precision summed over
# them 12.18/9.83/12.03): the weight times the documents using the phrase to a power (spread:
# +0.3 11.64/9.23/11.53, +0.6 11.77/8.72/11.63; concentration: -0.3 11.46/8.99/11.33, one set's
# coverage the only gain); each use weighed by its sentence's topicality over the pile's mean (to
# the power 0.5 11.87/9.23/11.73, 1 11.53/8.89/11.43: a round-up's other people told apart, but the
# places go to no better matters); a report's uses scaled by its length against the pile's mean, as
# BM25 does (b 0.5 11.74/9.53/11.63, b 1 11.34/9.43/11.23; with saturation k1 1.2 or 3 at b 0.75,
# 11.02/9.27/10.93 and 11.23/9.53/11.13; k1 2 alone 11.27/9.52/11.13).
def phrase_weight(ctx: ComposeContext, phrase: Keyphrase, refs: frozenset[SentenceRef]) -> float:
    """TF-IDF over the pile with its documents as the classes: the phrase's uses (near-duplicate
    sentences once, a headline as TITLE_USES, a flagged document's at FLAGGED_USES) times
    log((D + 1) / df), times how specific its words are in English (a name names
    one thing, however ordinary its words: "Red Sea"). A phrase every document uses weighs little."""
    documents = len(ctx.corpus.documents)
    per_doc: Counter[int] = Counter(r.doc for r in refs)
    for doc in phrase.titles:
        per_doc[doc] += TITLE_USES
    uses = sum(n * (FLAGGED_USES if d in ctx.flagged_docs else 1.0) for d, n in per_doc.items())
    rarity = log((documents + 1) / len(per_doc))
    specific = SPECIFIC_ZIPF - RARE_ZIPF if is_name(phrase) else AMOUNT_SPECIFIC if phrase.key[0] in "$%#" \
        else capped_specificity(phrase.words)
    return uses * rarity * (specific + MULTIWORD_BONUS * (len(phrase.words) - 1))


def carried(phrase: Keyphrase, documents: int) -> bool:
    """CARRIED_DOCS documents or more use the phrase, more than CARRIED_SHARE of the pile's: where
    its uses are one sentence and its copies, a sentence most of the reports carry."""
    docs = len({r.doc for r in phrase.refs})
    return docs >= CARRIED_DOCS and docs > CARRIED_SHARE * documents


def headlined_group(pile: Pile, phrase: Keyphrase) -> bool:
    """A group described in common words ("ruling party", not "Harbour Board" or "party"
    alone) that MATTER_TITLES headlines or more use, and that the texts never write before a name:
    "haulage firm Bolderco" describes the actor Bolderco."""
    if len(phrase.words) == 1 or not phrase.form[0].islower() or len(phrase.titles) < MATTER_TITLES:
        return False
    before_name = re.compile(r"(?<![\w-])" + re.escape(phrase.form) + r"\s+([A-Z][\w’'-]*)", re.IGNORECASE)
    return not any(pile.index.proper(m.group(1)) for r in phrase.refs
                   for m in before_name.finditer(pile.ctx.text(r)) if m.group(1)[0].isupper())


def acts_as_party(pile: Pile, phrase: Keyphrase) -> bool:
    """A place named as a party, not as a place contested: the texts write it in the possessive
    ("the Tarvel Islands' envoy") or before a person's office ("Tarvel Islands climate envoy"),
    as they write a country's name."""
    party = re.compile(r"(?<![\w-])" + re.escape(phrase.form) + r"(?:[’']s?(?!\w)|\s+(?:[a-z]+\s+)?(\w+))")
    for r in phrase.refs:
        for m in party.finditer(pile.ctx.text(r)):
            if m.group(1) is None or m.group(1).lower() in ROLE_HEADS:
                return True
    return False


def actor_names(ctx: ComposeContext) -> set[str]:
    """Every actor's name and alias, folded: an actor is listed under Key actors, not an issue."""
    return {fold(n) for a in ctx.facts.actors for n in [a.name, *a.aliases]}


def person_words(ctx: ComposeContext) -> set[str]:
    names: set[str] = set()
    for actor in ctx.facts.actors:
        if actor.kind == "person":
            for n in [actor.name, *actor.aliases]:
                names.update(fold(w) for w in n.split())
    return names


def with_clipped_forms(documents_of: dict[str, set[int]]) -> dict[str, set[int]]:
    """The documents using each word, where a compound's last part counts as the compound
    ("quake" for "earthquake", "fire" for "wildfire"): news names its subject in full and
    clipped, one word in two forms. A compound is a word of COMPOUND_PART letters or more and
    Zipf COMPOUND_ZIPF or more, then a word the pile uses."""
    out = {w: set(docs) for w, docs in documents_of.items()}
    for word, docs in documents_of.items():
        for cut in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1):
            tail = word[cut:]
            if tail in out and commonness(word[:cut]) >= COMPOUND_ZIPF:
                out[tail] |= docs
    return out


def weighed_phrases(pile: Pile, loosely: bool = False) -> list[tuple[str, float]]:
    """The key phrases that can name a matter by all that needs none of the actors (`candidates`
    leaves out those naming actors), by key, with their TF-IDF weight, in the index's order."""
    ctx, index = pile.ctx, pile.index
    documents = len(ctx.corpus.documents)
    recurring = [p for p in index.phrases.values() if len(p.sentences) >= MIN_USES]
    # what nearly every document says, in names as much as anywhere, is the pile's subject
    subject = {p.key for p in recurring if p.key[0] in "$%#" and documents >= 3
               and len({r.doc for r in p.sentences}) >= SUBJECT_DOCS * documents}
    subject |= pile.spread_subject
    out = []
    for phrase in recurring:
        words = phrase.words
        if phrase.head in ACTOR_HEADS and not headlined_group(pile, phrase):
            continue           # "chief inspector", "haulage firm": an actor described
        if fold(phrase.form.split()[-1]) in PERSON_NOUNS:
            continue           # "richest man": one person described
        form = phrase.form.split()
        if phrase.key in subject or words[-1] in subject and all(w[0].isupper() for w in form[:-1]) \
                or any(w[0].isupper() and k in subject for w, k in zip(form, words, strict=False)):
            continue           # "outage", "Bolderco outage" in a pile on Bolderco's outage: its subject
        if is_name(phrase) and words[-1] not in NAMED_MATTERS \
                and (words[-1] not in CONTESTED_PLACES or acts_as_party(pile, phrase)):
            continue           # a name ("Morning Digest", "Park Lane"): an actor, title or address
        if not heads_a_noun_phrase(phrase, index, loosely) or names_a_thing(phrase, index):
            continue
        refs = pile.independent(phrase.refs)
        if len(refs) < MIN_USES and not carried(phrase, documents):
            continue
        out.append((phrase.key, phrase_weight(ctx, phrase, refs)))
    return out


# Measured and left out (experiment b679a17): a candidate for an act the pile tells by a verb in
# two reports or more and names by a noun of the act somewhere ('resigned' ... 'his resignation'),
# linked by English suffixes (-ation, -sion, -ment, -al, -ance, -ure) and a closed list of
# irregular pairs (lawsuit/sue, apology/apologise), headed by the noun, weighed as the noun
# phrases are, for nouns no candidate already has. On the 15 visible sets it reaches none of the
# gold matters told by verbs: their texts write no noun of the act ('apologized' three times, no
# 'apology'), or tell it in one report ('sued', 'repealed', 'bombs' once each), or the noun is a
# candidate already ('resignation' six times). What it finds are reporting and claim verbs
# ('insistence', 'suggestion', 'accusation') and participles read as adjectives ('expectation',
# 'disappointment', 'involvement', 'direction' from 'directed by'); with those left out, nothing
# on the 15 sets or 75 BBC piles becomes an issue, and a candidate in the pool still moves
# statements (korea ic/ip .80 -> .70 through SCARCE_COST). Looser, boeing naming .80 -> .70
# ('Boeing negotiation') and cop29 ic/in/ip down .10 ('Developing countries negotiating').
def candidates(pile: Pile, loosely: bool = False) -> list[Candidate]:
    """Noun phrases that can name a matter, with their TF-IDF weight, heaviest first; `loosely`,
    also the words seen as nouns only after modifiers (`heads_a_noun_phrase`)."""
    index = pile.index
    actors = pile.actor_names
    people = pile.people
    out = []
    weighed = pile.weighed if pile.weighed is not None and not loosely else weighed_phrases(pile, loosely)
    for key, weight in weighed:
        phrase = index.phrases[key]
        if any(w in people for w in phrase.words) or fold(phrase.form) in actors:
            continue           # a person's name ("Ferrow"), an actor's ("Harbour Board")
        out.append(Candidate(phrase, weight, pile.independent(phrase.refs)))
    out.sort(key=lambda c: (-c.weight, c.phrase.key))
    # a heading names the matter in the fullest form the texts use for it ("fishing quota"
    # for "quota"): the candidate ending in its words that most sentences use
    # ("abuse of power" is no fuller form of "power": its head is "abuse")
    by_head: dict[str, list[Keyphrase]] = {}
    for cand in out:
        words = cand.phrase.words
        if cand.phrase.head != words[-1]:
            continue
        for k in range(1, len(words)):
            by_head.setdefault(" ".join(words[k:]), []).append(cand.phrase)
    # a word that mostly modifies the next ("ratification vote", "ratification bonus") names its
    # matter with what it modifies: the candidate opening on it that most sentences use
    by_modifier: dict[str, list[Keyphrase]] = {}
    for cand in out:
        words = cand.phrase.words
        if len(words) > 1 and cand.phrase.head == words[-1]:
            by_modifier.setdefault(words[0], []).append(cand.phrase)
    for cand in out:
        longer = by_head.get(cand.phrase.key) or modifies(cand.phrase) and by_modifier.get(cand.phrase.key)
        if longer:
            cand.fuller = max(longer, key=lambda q: (len(q.sentences), -len(q.words), q.key))
    # "jet fuel supplier", "rock band": what the texts call an actor in its role ("Bolderco, the jet
    # fuel supplier"), unless several headlines name it as the one acting (headlined_group)
    described = pile.descriptions
    return [c for c in out if not (describes(c.fuller or c.phrase, described)
                                   and not headlined_group(pile, c.fuller or c.phrase))]


def describes(phrase: Keyphrase, descriptions: set[tuple[str, ...]]) -> bool:
    """The phrase, of several words, ends the description of an actor (`Pile.descriptions`)."""
    return len(phrase.words) > 1 and tuple(phrase.words) in descriptions


def plural(phrase: Keyphrase) -> bool:
    """The phrase ends on a noun written in the plural ("pay cuts"): in English a noun that
    modifies another is written in the singular ("tax cut pledge"), so a plural before a noun
    is a second matter beside it, not a kind of it. A word of SHORT_PLURAL letters or fewer,
    which `singular` leaves as it is, is a plural where it ends in -s and is rarer than its
    cut form ("cuts", "jobs"); "news" is none."""
    word = fold(phrase.form.split()[-1])
    if singular(word) != word:
        return True
    return len(word) <= SHORT_PLURAL and word.endswith("s") and not word.endswith(("ss", "us", "is")) \
        and word != "news" and commonness(word[:-1]) >= commonness(word)


def adjectival(word: str) -> bool:
    """A word with an ending English makes adjectives by (-al, -ic, -ive, -ous, -ful, -less, -able,
    -ible: "conventional", "economic"), or a past participle's (-ed: "alleged", whose verb is too
    rare for `participle`): most such words are adjectives; the nouns among them ("trial",
    "proposal", "speed") mostly head their noun phrases, which `modifies` tells."""
    return ADJECTIVE_ENDING.search(word) is not None


def everyday(heading: str) -> bool:
    """A heading made only of the commonest words of English (Zipf EVERYDAY_ZIPF or more: "Lot",
    "Way", "Best team", "Four times")."""
    return all(max(commonness(fold(w)), commonness(singular(fold(w)))) >= EVERYDAY_ZIPF
               for w in re.split(r"[\s-]+", heading) if w)


def takes_complement(pile: Pile, phrase: Keyphrase, actor: ActorFact | None = None) -> bool:
    """One common word that its sentences mostly follow by "of", "to" or "that": "Chance",
    "Hope", "Future" ("the chance to win", "the future of the plant"). A complement naming the
    matter's actor ("the future of Tom Reed") is what its heading says ("Tom Reed's future"), and
    leaves the word a matter."""
    word = phrase.key
    if len(phrase.words) != 1 or max(commonness(word), commonness(singular(word))) < COMPLEMENT_ZIPF:
        return False
    names = [w for n in [actor.name, *actor.aliases] for w in [n, n.split()[-1]]] if actor is not None else []
    own = re.compile(r"\s+of\s+(?:the\s+)?(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])") if names else None
    followed, uses = uses_where(pile, phrase, lambda text, m: COMPLEMENT.match(text, m.end()) is not None
                                and not (own and own.match(text, m.end())))
    return followed >= MIN_USES and followed >= COMPLEMENT_SHARE * uses


def said_in_passing(pile: Pile, phrase: Keyphrase) -> bool:
    """The phrase is written inside quotation marks in more than QUOTED_SHARE of its uses, MIN_USES
    at least: words of the people quoted, not the reporters' name for a matter."""
    inside, uses = uses_where(pile, phrase, lambda text, m: inside_quotation(text, m.start()))
    return inside >= MIN_USES and inside > QUOTED_SHARE * uses


# Measured (s28): the 15 visible sets unchanged (never fires); over 123 BBC piles (16 of one story, 107
# by a headline word) 4 headings go, all an outlet the people quoted spoke to (a broadcaster's 'News
# website' three times, a coach's 'Sport' after "told <Broadcaster> Sport"); their places go to 2 matters ('Mobile phones', a
# trade show's 'multimedia content') and 2 headings as vague as before ('Success', a side's 'field').
def told_to(pile: Pile, phrase: Keyphrase) -> bool:
    """The phrase ends the name of whom something is told in more than half its uses, MIN_USES at
    least ("Ann Vale told the Harwick Post website", "told Harwick Sport"): the outlet the people
    quoted spoke to, not what they spoke of."""
    told, uses = uses_where(pile, phrase, lambda text, m: TOLD_BEFORE.search(text, 0, m.start()) is not None)
    return told >= MIN_USES and 2 * told > uses


def inside_quotation(sentence: str, at: int) -> bool:
    """`at` lies inside quotation marks: opened before it in the sentence (`names.quoted`), or
    closed after it where none comes before (the last sentence of a quotation of several)."""
    if quoted(sentence, at):
        return True
    before, after = sentence[:at], sentence[at:]
    if any(mark in before for mark in '"“”'):
        return False
    return after.count('"') % 2 == 1 or after.count("”") > after.count("“")


def uses_where(pile: Pile, phrase: Keyphrase, test: Callable[[str, re.Match[str]], bool]) -> tuple[int, int]:
    """How many of the phrase's written uses (`written_uses`, in any of its forms) `test` holds for,
    given the sentence's text and the use, and how many uses there are."""
    hits = uses = 0
    for text, m in written_uses(pile, phrase, phrase.forms):
        uses += 1
        hits += bool(test(text, m))
    return hits, uses


def written_uses(pile: Pile, phrase: Keyphrase, forms: Iterable[str]) -> Iterator[tuple[str, re.Match[str]]]:
    """Each place one of `forms` is written as a word of its own (any case) in the phrase's
    sentences, with that sentence's text."""
    written = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w’'-])", re.IGNORECASE)
    for ref in phrase.sentences:
        text = pile.ctx.text(ref)
        for m in written.finditer(text):
            yield text, m


def told_as_verb(pile: Pile, phrase: Keyphrase) -> bool:
    """One word written in -s that one of its sentences puts right after a subject pronoun, and
    none right after a determiner: a verb ("It also seeks damages"), though after a noun it
    looked like one ("The lawsuit seeks")."""
    if len(phrase.words) != 1 or phrase.headed:
        return False           # "the demands", "their demands": a noun too
    forms = [f for f in phrase.forms if f.endswith("s")]
    if not forms:
        return False
    return any(AFTER_SUBJECT_PRONOUN.search(text[:m.start()]) for text, m in written_uses(pile, phrase, forms))


# What a verb's object opens on, where a noun ending its phrase is followed by a verb, a
# preposition or punctuation: an article or possessive, or a capitalised word inside a sentence.
OBJECT_OPENING = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its|our|my|your)\s|[A-Z])")


def always_before_an_object(pile: Pile, phrase: Keyphrase, forms: list[str]) -> bool:
    """`forms` are written in the phrase's sentences at least MIN_USES times, each time followed by
    what opens a verb's object (OBJECT_OPENING)."""
    uses = list(written_uses(pile, phrase, forms))
    return len(uses) >= MIN_USES and all(OBJECT_OPENING.match(text, m.end()) for text, m in uses)


def takes_object(pile: Pile, phrase: Keyphrase) -> bool:
    """A phrase never written after a determiner whose last word the texts follow, in every
    use, by an object ("films include Tarvel Nights", "hits include the"): a verb in the present
    after a plural subject, though after a noun it looked like one's head. Over the 15 visible
    sets it never fires; over 82 BBC piles by a name or headline word 3 headings go, all verbs
    ('Include', 'Film include', and a film's title cut at its verb, "<Title>'s comedy Meet"), for a
    deal, a sequel and 'Novel' (or none: one pile short of matters keeps the place empty); over
    177 piles of 12 reports in a row, none."""
    return not phrase.headed and always_before_an_object(pile, phrase, phrase.form.split()[-1:])


# Measured (s31-naming): the 15 visible sets unchanged (never fires); over 69 BBC piles (686 headings:
# 20 of one story or a headline word, 49 of reports in a row) one story's rename changes, in both piles
# holding it: 'Film shows impression' -> "<Impressionist>'s impression", the form a statement writes.
def ends_on_verb(pile: Pile, phrase: Keyphrase) -> bool:
    """A phrase of several words ending in -s whose every use the texts follow by an object ("the
    film shows the private side", "the film shows Mr Dalby"): a subject and its verb in the
    present, though the two read as a compound noun ("film shows"); determiners before it belong
    to its subject, so `takes_object` cannot tell."""
    return len(phrase.words) > 1 and phrase.form.endswith("s") and always_before_an_object(pile, phrase, [phrase.form])


def modifies(phrase: Keyphrase) -> bool:
    """One word that ends its noun phrase in fewer than HEAD_SHARE of the sentences using it:
    it is mostly a modifier ("the ratification vote", "rich countries"), not a head."""
    return len(phrase.words) == 1 and phrase.whole < HEAD_SHARE * len(phrase.sentences)


# --- Whom a matter is about, and its heading ------------------------------------------------

def actor_of(pile: Pile, refs: frozenset[SentenceRef]) -> ActorFact | None:
    """The actor named in at least ACTOR_SHARE of the sentences, and ACTOR_LIFT times as often
    as in the pile; of several, the one most concentrated there."""
    named = Counter(k for r in refs for k in pile.actors_in.get(r, ()))
    best, best_score = None, 0.0
    for k, count in sorted(named.items()):
        actor, everywhere = pile.actors[k]
        share = count / len(refs)
        lift = share * pile.sentences / len(everywhere)
        if share >= ACTOR_SHARE and lift >= ACTOR_LIFT and count >= MIN_USES:
            score = share * log(lift)
            if score > best_score:
                best, best_score = actor, score
    return best


def actor_form(pile: Pile, actor: ActorFact, refs: frozenset[SentenceRef]) -> str:
    """The actor as the matter's sentences name it most often: a person by the one word the texts
    use for them alone ("Ferrow") unless another person shares it, else by the full name; an
    organisation by its name or the alias the texts prefer written alone ("IAM"); a country by its name (not
    by its capital, which the texts may also use for its government), or, where the texts never
    write that name, by the other name they use most for the country acting, not for where
    something happens ("Ruritania's laws", not "talks in Strelsau")."""
    forms = [actor.name]
    text = " ".join(pile.ctx.text(r) for r in refs)
    if actor.kind == "person":
        others = {fold(w) for a, _ in pile.actors if a is not actor and a.kind == "person"
                  for n in [a.name, *a.aliases] for w in n.split()}
        forms += [a for a in actor.aliases if " " not in a and a in actor.name.split() and fold(a) not in others]
    elif actor.kind != "country":
        # "Tarvel's government" already says whose: before the matter it would be a second owner
        forms += [a for a in actor.aliases if not POSSESSIVE_END.search(a) and not INNER_POSSESSIVE.search(a)]
    elif actor.aliases:
        name = written(actor.name)          # one pattern for the pile's every sentence
        if not any(name.search(pile.ctx.text(r)) for r in pile.refs):
            return max(actor.aliases, key=lambda a: (acting_uses(a, text), -len(a), a))
    if actor.kind == "person":
        # a surname counts in every use of the full name: the texts call the person by it
        return max(forms, key=lambda f: (len(written(f).findall(text)), -len(f), f))
    return max(forms, key=lambda f: (uses_alone(f, forms, text), -len(f), f))


def uses_alone(form: str, forms: list[str], text: str) -> int:
    """Uses of an organisation's form that are not part of a longer form of its name: "Boerse"
    inside "Tarvel Boerse" is the full name written, not the short one ("the Boerse")."""
    spans = [(m.start(), m.end()) for f in forms if f != form and form in f for m in written(f).finditer(text)]
    return sum(1 for m in written(form).finditer(text) if not any(a <= m.start() and m.end() <= b for a, b in spans))


def written(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


def acting_uses(name: str, text: str) -> int:
    """Uses of a place's name that are not where something happens (after "in", "at"...)."""
    return sum(1 for m in written(name).finditer(text) if not LOCATIVE.search(text[:m.start()]))


# Measured (s28): a country is the owner of a matter only where the matter's sentences name it
# owning, acting or modifying; named only as a place or an object, the matter is headed without it.
# 15 visible sets: figures unchanged, one heading changes (a host country's plan that it shares
# with the next host loses its owner: as good). 148 BBC piles by a headline word: 11 headings
# change, all 11 losing a false owner ('<Country>'s defeat' for a defeat BY it, '<Country>'s
# relief' for aid sent there, '<Country>'s embargo' for one imposed on it, '<Capital>'s merger',
# a host's ceremony, a side's opponent's 'second-half replacement'), none worse. Counting a name
# before a noun as a place too ("UK exports") took away 3 right modifiers: it counts as the owner.
# Measured and left out: the same test for a person (40 piles: 13 fire, 6 of them on right
# owners, the subject hidden behind a title, "Treasury Secretary Tom Reed said"); nor does the
# actor written in the clause of the matter tell right owners from wrong (16 piles, 59 headings
# with an actor: 21 of 27 wrong ones, a player's "rain", a leader's "inquiry" by others, and 16
# of 32 right ones are so untied).
def acts_in(pile: Pile, actor: ActorFact, phrase: Keyphrase) -> bool:
    """Some sentence of the phrase names the actor owning ("Tarvel's debts", "the debts of Tarvel"),
    acting ("Tarvel drew the tie") or as a modifier ("Tarvel exports"), not only as a place or an
    object ("aid to Tarvel", "beat Tarvel too", "the defeat by Tarvel")."""
    names = sorted([actor.name, *actor.aliases], key=len, reverse=True)
    name = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    of = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(f) for f in phrase.forms) + r")\s+of\s+(?:the\s+)?$",
                    re.IGNORECASE)
    for ref in phrase.refs:
        text = pile.ctx.text(ref)
        for m in name.finditer(text):
            if OWNS.match(text, m.end()) or of.search(text, 0, m.start()) \
                    or not PLACE_BEFORE.search(text, 0, m.start()) and OWNER_AFTER.match(text, m.end()):
                return True
    return False


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


# Measured and left out (s21, 15 visible sets and 57 BBC piles): a person's or a country's matter
# headed without them where the texts give it to another owner in half its uses or more ("the
# town's suffering", "the future of the harbour"): figures unchanged; 6 headings change,
# 1 for the better (a leader's "election manifesto", his party's), 3 true but vaguer ("Suffering",
# "Finances"), 2 worse (a golfer's "shot" -> "Shot", a leader's "conflict" of interest ->
# "Conflict"). A one-word matter with an actor in the two-word form its sentences use ("levy" ->
# "dock levy", as `Selection.modified_name` does without one): no change.
# Measured and left out (s23, 15 visible sets, 101 BBC piles of 6-15 articles sharing a headline
# word): a person is no owner of a matter where the matter's sentences name them only as the
# speaker of the words quoted ("Tom Reed said", "said Mr Reed"; not where the sentence speaks of
# someone in the singular, "I", "his", who may be the speaker). Dropped from the actor's
# sentences, figures unchanged; 10 headings change: 7 lose a false owner (a party leader's
# "Genuine refugees", a minister's "Sectarianism"), 2 stay as vague, 1 goes to the person quoted
# about (a pundit's choice of a player becomes the player's "choice"), and a label's owner is lost
# where his speaking sentences drop his share under ACTOR_SHARE. Counted only against his
# sentences of his own (MIN_USES of them besides those he speaks): 5 and 4 piles change, the same
# kinds. Nearly every firing is a person named in two sentences, one as the speaker: a margin, not
# a sign. Nor do the texts tie a matter to its person ("her", "Reed's", "of Reed") more often for
# the right possessive headings (a chancellor's "feud") than for the weak ones (a sprinter's
# "track", a president's "suffering"): over the 15 sets most of both are untied.
# Measured (s28): a person's or a country's name that the matter's sentences write right before
# the matter ("the Tom Reed biopic", "his Tarvel captaincy") and never as its possessive heads it as
# a modifier. 15 visible sets: unchanged. 148 BBC piles: 6 headings change, 2 for the better (a film
# about its subject, a lecture named after a writer), 4 as good (a singer's re-release, a captaincy, a
# minister's affair, a side's "victory" after "gave <Side> victory"), none worse.
# Measured (s32): a person's name so written only after a determiner ("the", "his", up to three words
# between: "the 14th Tom Reed Lecture"), as English writes a name modifying a noun; right after a
# clause's start it is the person and a verb ("..., Mr Reed forecast."). 15 visible sets: unchanged (no
# heading changes). 58 BBC piles (29 by a story word, 29 by a name or a common word of a category): one
# heading changes, a chancellor's '<Name> forecast' (from "Mr <Name> forecast.") -> his "forecast" as
# a possessive; a lecture named after a writer keeps its form. A country's name needs no determiner
# ("Tarvel rugby", "UK exports"): left as it was.
def heading(pile: Pile, cand: Candidate) -> str:
    """The matter as the texts name it, with the actor it is about: a person's or a country's as
    a possessive ("Ferrow's pay offer", "Tarvel's border checks": English puts a country's name
    before a noun as a possessive, and its adjective or short form as a modifier, "UK border
    checks", which stays); an organisation's as a possessive where the texts write it so, else as a
    modifier, as headlines do ("Harbour Board levy"); not where the phrase already names the
    actor, opens on a name of its own, or the heading would run too long, nor for a country its
    sentences name only as a place or an object ("aid to Tarvel", `acts_in`). A person or a country
    the texts write as the matter's modifier, and never as its owner, stays one ("Tom Reed biopic");
    an actor a statement writes after the matter as its place, object or partner, and none as its
    owner, is written so ("Lead over Tarvel Rovers", `placed_form`)."""
    form = whole_name(pile, cand.phrase) if is_name(cand.phrase) or capitalised_word(pile, cand) else cand.form
    words = form.split()
    actor = cand.actor
    if actor is not None and actor.kind == "country" and not acts_in(pile, actor, cand.phrase):
        actor = None           # "Tarvel's relief": aid sent to Tarvel, a place its sentences name, not theirs
    if actor is not None and not pile.index.proper(words[0]):
        name = actor_form(pile, actor, cand.refs)
        own = {fold(w) for n in [actor.name, *actor.aliases] for w in n.split()}
        if not own & {fold(w) for w in words} and len(name.split()) + len(words) <= MAX_HEADING_WORDS:
            matter = form if mostly_capitalised(pile, words[0], cand.phrase.refs) else form[0].lower() + form[1:]
            said = re.compile(r"(?<!\w)" + re.escape(name) + r"[’']s?\s+(?:\w+\s+)?" + re.escape(words[0]),
                              re.IGNORECASE)
            texts = [pile.ctx.text(r) for r in cand.phrase.refs]
            owned = any(said.search(t) for t in texts)
            # "the Tom Reed biopic", "the Tarvel captaincy": the texts write the name as a modifier of
            # the matter, which is about the actor, not theirs; a possessive would make it theirs. A
            # person's name modifies a noun only inside a noun phrase a determiner opens: without one,
            # "Mr Reed forecast" is the person and a verb
            opens = DETERMINER_BEFORE if actor.kind == "person" else ""
            modifier = re.compile(r"(?<![\w’'-])" + opens + re.escape(name) + r"\s+" + re.escape(words[0])
                                  + r"(?![\w’'-])")
            if actor.kind in ("person", "country") and not owned and any(modifier.search(t) for t in texts):
                return capitalised(f"{name} {matter}")
            placed = None if owned else placed_form(texts, form, [actor.name, *actor.aliases])
            if placed is not None and len(placed.split()) <= MAX_HEADING_WORDS:
                return capitalised(placed)          # "lead over Tarvel Rovers": no lead of theirs
            if actor.kind == "person" or actor.kind == "country" and not name.isupper() \
                    or owned or PLURAL_NAME.search(name):
                return capitalised(f"{possessive(name)} {matter}")
            return capitalised(f"{name} {matter}")
    return capitalised(form)


# What opens a noun phrase in which a person's name may modify the noun after it ("the Tom Reed
# biopic", "his Tom Reed impression", "the 14th Tom Reed Lecture": a determiner, a closed class of
# English, capitalised too as a sentence opens, then up to three words, with no punctuation between).
DETERMINER_BEFORE = r"(?:[Tt]he|[Aa]n?|his|her|their|its|our|this|that)\s+(?:[\w’'-]+\s+){0,3}"
# What puts a name after a matter as its place, its object or its partner, not its owner: "a lead over
# Tarvel Rovers" (another side's), "a win at Harwick", "a relationship with the Harwick Trust". Not
# "by" (the agent: "a stake by Bolderco" is Bolderco's), "of" (the owner) nor "between" (two parties).
PLACING = r"(?:over|at|against|with|in|on|for|from|to|into)"


# Measured (s29): over 105 BBC piles (35 by a headline word, 70 of 12 reports in a row) a matter headed
# with an actor's name before it that a statement writes after it, past one of PLACING ("Tarvel Rovers'
# lead" for "a two-goal lead over Tarvel Rovers"), 7 times: 3 wrong owners mended (a lead over a side,
# an advert in a newspaper, a minister's "rift" that was a rift with him), 4 as good ("Replay at Harwick
# United", "Users in <a country>", "Visitors to <a library>", "Tax dispute with <a government>"), none
# worse. 15 visible sets: 3 headings change, figures unchanged: a leader's pledge headed as his rival's
# now "Pledge to <the rival>", a feud and a consensus written with their other party.
def names_a_day(word: str) -> bool:
    """A month's or a weekday's name: a date, which no heading holds."""
    return fold(word) in MONTHS or fold(word) in DAY_NAMES


def placed_form(texts: list[str], matter: str, names: list[str]) -> str | None:
    """How a statement writes the matter with the actor's name after it, past a preposition that
    places the actor rather than makes it the owner ("a lead over Tarvel Rovers": the lead is
    another side's), the article dropped, where the name ends its noun phrase there."""
    names = [n for n in names if n.strip()]
    if not names:
        return None
    names_pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    written = re.compile(rf"(?<![\w’'-])(?P<first>{re.escape(matter)})\s+(?P<link>{PLACING})\s+(?:the\s+)?"
                         rf"(?P<last>{names_pattern})(?![\w’'-])", re.IGNORECASE)
    return next(joined_forms(texts, [written]), None)


# Measured (s28): on the 15 visible sets one heading changes, a name's word ('Arbitration') headed by the
# whole name its every capitalised use runs on into (one set's naming .80 -> .90, nothing else moved); over
# 123 BBC piles (16 of one story, 107 by a headline word) one, a song's word after its singer ("<Singer>'s
# Fire") headed by the song's whole title, the matter its statements name. Where the uses run on into
# different names, or none, the word stays as it is.
def capitalised_word(pile: Pile, cand: Candidate) -> bool:
    """A matter of one word that its sentences write capitalised inside them (`mostly_capitalised`):
    a word of a name, which may run on past it ("Panel of Conciliation for Ferries"), as a name of
    several words may (`whole_name`)."""
    return cand.fuller is None and len(cand.phrase.words) == 1 \
        and mostly_capitalised(pile, cand.phrase.form, cand.phrase.refs)


def whole_name(pile: Pile, phrase: Keyphrase) -> str:
    """A name as its sentences write it in full: where every use runs on into capitalised words
    joined by "of", "on" or "for" ("Protection of Harbour Workers Act", "Convention on Tarvel
    Rights"), the key phrase, which stops at the small word, holds only part of it; a day or a month
    is no part of a name ("the Harwick Summit on Monday")."""
    written = re.compile(r"(?<![\w’'-])" + re.escape(phrase.form) + r"(?![\w’'-])")
    found = set()
    for ref in phrase.refs:
        text = pile.ctx.text(ref)
        for m in written.finditer(text):
            left = NAME_RUNS_ON_BEFORE.search(text, 0, m.start())
            right = NAME_RUNS_ON_AFTER.match(text, m.end())
            found.add((re.sub(r"^The\s+", "", left.group(0)) if left else "", right.group(0) if right else ""))
    if len(found) != 1:
        return phrase.form
    left, right = found.pop()
    full = f"{left}{phrase.form}{right}"
    if len(full.split()) > MAX_HEADING_WORDS or any(names_a_day(w) for w in full.split()):
        return phrase.form
    return full


def mostly_capitalised(pile: Pile, word: str, refs: set[SentenceRef]) -> bool:
    """The sentences write the word capitalised inside them more often than in lower case: a
    name ("Newsnight", once written "newsnight" in a hasty e-mail), which keeps its capital after
    an actor's name."""
    inside = re.compile(r"(?<=[\w,;:’'\")] )" + re.escape(word) + r"(?!\w)", re.IGNORECASE)
    upper = lower = 0
    for ref in refs:
        for m in inside.finditer(pile.ctx.text(ref)):
            if m.group(0)[0].isupper():
                upper += 1
            else:
                lower += 1
    return upper > lower


def capitalised(heading: str) -> str:
    """A heading opens on a capital, whoever it names first ("the junta" -> "Junta ceasefire"),
    but a name written in camel case keeps its small first letter ("eBay", "iPhone"); a word
    whose capital comes after a hyphen ("pan-European") is no such name."""
    first = heading.split(maxsplit=1)[0] if heading.strip() else ""
    if first[:1].islower() and any(c.isupper() for c in first[1:].split("-", 1)[0]):
        return heading          # a prefix before a hyphen ("pan-European", "anti-Tarvel") is no camel case
    return heading[0].upper() + heading[1:]


# Measured (s29): over 105 BBC piles (35 by a headline word, 70 of twelve reports in a row) a one-word
# matter was renamed by a phrase its statements share 38 times, 37 of them joined in words the texts
# never write side by side ("dock levy pensioners", "jail term theft"); in 4 the statements write
# the two joined by a preposition, and that form now heads the matter ("Jail term for theft",
# "Agreement with Tarvel Rovers"; all 4 read better). 15 visible sets: none fires (their six joins
# are never so written), figures unchanged.
LINKING = r"(?:of|for|on|over|in|into|against|from|with|at|by|among|about|between)"
# What may follow a noun phrase that has ended: punctuation, or a word that opens no modifier of it
# (a conjunction, a preposition, an auxiliary, a relative pronoun): "an increase in raw material
# costs" runs on past "raw material", "a windfall from a compensation claim, she said" does not.
PHRASE_ENDS = re.compile(r"\s*(?:[,.;:!?)\"”’']|$)|\s+(?:and|or|but|to|that|which|who|was|were|is|are|has|have|had|"
                         r"will|would|could|should|may|might|can|after|as|at|in|on|for|from|by|with|of|over|"
                         r"against|since|because|if|when|while|than)\b")


def linked_form(texts: list[str], word_forms: Iterable[str], phrase_forms: Iterable[str]) -> str | None:
    """How the texts write a one-word matter and a phrase joined by a preposition, either way round
    ("a windfall from a compensation claim", "a life sentence for murder"), without the article,
    where the phrase's noun phrase ends there; None where no text so writes them or the form runs
    past MAX_HEADING_WORDS."""
    def alternatives(forms: Iterable[str]) -> str:
        return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))

    word, phrase = alternatives(word_forms), alternatives(phrase_forms)
    article = r"(?:(?:the|a|an)\s+)?"
    patterns = [rf"(?<![\w’'-])(?P<first>{word})\s+(?P<link>{LINKING})\s+{article}(?P<last>(?-i:[A-Z][\w’'&.-]*\s+)?(?:{phrase}))(?![\w’'-])",
                rf"(?<![\w’'-])(?P<first>{phrase})\s+(?P<link>{LINKING})\s+{article}(?P<last>{word})(?![\w’'-])"]
    return next((" ".join(form.split()) for form in joined_forms(texts, [re.compile(p, re.IGNORECASE) for p in patterns])
                 if len(form.split()) <= MAX_HEADING_WORDS), None)


def joined_forms(texts: list[str], patterns: list[re.Pattern[str]]) -> Iterator[str]:
    """Each "first link last" (the patterns' groups, the preposition in lower case) the texts write,
    text by text and pattern by pattern, where the last part's noun phrase ends (PHRASE_ENDS)."""
    for text in texts:
        for pattern in patterns:
            for m in pattern.finditer(text):
                if PHRASE_ENDS.match(text, m.end()):
                    yield f"{m.group('first')} {m.group('link').lower()} {m.group('last')}"


# Measured (s30-naming): a heading left without its actor completed by the owner or the complement its
# shown statements write it with (`completed_name`). It only adds words to a heading, after every test
# that refuses a matter: no issue, statement or gold term a heading held changes. 15 visible sets: figures
# unchanged, 3 headings change (a court's 'Judgement' headed with the court, a government's 'Concessions'
# with the bill they are on, a relay team with its country). 42 BBC piles (21 by a story word, 21 of
# twelve reports in a row; 418 headings): 11 change, 9 for the better (a party's 'Manifesto', the 'Merger'
# of two named regiments, a novelist's 'Novel', a singer's 'Songs', a painting's 'Portrait' with its
# sitter), 2 as vague ('Minutes into injury time', 'Amount of gas'); before `modifies_next`, a firm's
# "budget airline" made a pile's 'Budget' that firm's, and "the Tarvel Party's dock levy proposals" its
# 'Dock levy' the party's. Left out there: any sentence of the matter's, not only a shown one, as the
# source (19 change, but an election another country held the year before heads a pile's coming election);
# "for", "with", "by" and "from" (a side's 'Season for <club>', 'Manifesto with plans', 'Cap for future');
# "on", "against" and "about" on one use ('Record on debut', 'Minutes on clock', 'Customers about
# internet'); lower-case owners ("the group's recovery": one fired, as vague).
# What joins a noun to the complement that says what it is about or whose it is: "of", "over",
# "into" and "between" after a noun nearly always do ("the judgement of the Harwick Bench", "a revolt
# over the dock levy", "an inquiry into", "talks between"); "on", "against" and "about" do after
# some nouns ("a cap on fares", "concessions on the levy", "the case against") but as often
# join the verb's phrase or say where or when ("set a record on his debut", "asked customers about
# the internet"), so they count only where the matter's sentences write the word before them twice
# or more, a habit of the word. Not "in", "at", "to", "for", "with", "by" or "from": a place or
# a time, an infinitive ("a bid to buy"), for whom, with what or by whom a thing is done ("a season
# for Tarvel Rovers", "a manifesto with plans to"). Closed classes of English.
TAKEN_LINKS = frozenset("of over into between".split())
HABIT_LINKS = frozenset("on against about".split())
# What may open the complement, and a heading leaves out as headlines do.
ARTICLE_OR_POSSESSIVE = r"(?:(?:the|a|an|its|their|his|her|our)\s+)?"
COMPLEMENT_WORDS = 3      # words of a complement at most ("disputed dock levy")
OWNER_WORDS = 3           # words of an owner's name at most ("Harwick Port Authority's")


def completed_name(pile: Pile, cand: Candidate, shown: list[SentenceRef], complements: bool = True) -> str | None:
    """A matter headed without its actor, as its sentences write it with whose it is: after an
    owner's name in the possessive ("Harwick Bench's judgement", "Tarvel's dock levy": a name the
    pile only ever writes capitalised, no date), unless the matter opens on a name of its own
    ("Harwick Cup"); and, with `complements` (a matter of one word alone), with what it is about:
    before a complement a preposition joins to it ("Revolt over dock levy", "Cap on fares": a
    noun phrase of the pile that ends there, not of the commonest words alone, no date, figure or
    word of a person's name). Of the forms a `shown` statement writes (the heading names what the
    reader is shown: "an election" another country held a year before is not the one the issue
    tells), the one the matter's sentences write most; none holding a word of the matter again."""
    written = re.escape(cand.form)      # "the sale of a stake" tells one sale, not the "Sales"
    links = "|".join(sorted(TAKEN_LINKS | HABIT_LINKS))
    complemented = re.compile(rf"(?<![\w’'-])(?P<first>{written})\s+(?P<link>{links})\s+{ARTICLE_OR_POSSESSIVE}"
                              rf"(?P<rest>(?:[\w’'-]+\s+){{0,{COMPLEMENT_WORDS - 1}}}[\w’'-]+)", re.IGNORECASE)
    owned = re.compile(rf"(?<![\w’'-])(?P<owner>(?:[A-Z][\w’'-]*\s+){{0,{OWNER_WORDS - 1}}}[A-Z][\w’'-]*?)"
                       rf"[’']s?\s+(?P<first>{written})(?![\w’'-])")
    owners = not pile.index.proper(cand.form.split()[0])
    own = name_words(cand.form)
    uses: Counter[str] = Counter()        # each form, by the sentences writing it
    habits: Counter[str] = Counter()      # the matter written before each preposition
    linked: dict[str, str] = {}           # each complemented form's preposition
    seen: set[str] = set()                # the forms a shown statement writes
    for ref in pile.independent(cand.phrase.refs) | set(shown):
        text = pile.ctx.text(ref)
        here: set[str] = set()
        for m in complemented.finditer(text) if complements else ():
            link = m.group("link").lower()
            habits[link] += 1
            rest = complement(pile, text, m.start("rest"), m.group("rest").split())
            if rest is not None and not name_words(rest) & own:
                form = f"{m.group('first')} {link} {rest}"
                here.add(form)
                linked[form] = link
        for m in owned.finditer(text) if owners else ():
            if modifies_next(pile, cand.phrase, text, m.end()):
                continue       # "Tarvel's budget airline": the word modifies another, whose owner that is
            owner = re.sub(r"^(?:The|A|An)\s+", "", m.group("owner"))     # "The Greens' pledge" opening a sentence
            # "London-based Tarvel's": a capitalised adjective is no part of an owner's name
            if all(pile.index.proper(w) and not re.search(r"-[a-z]", w) and not names_a_day(w)
                   for w in owner.split()) and not name_words(owner) & own:
                here.add(f"{possessive(owner)} {m.group('first')}")
        uses.update(here)
        if ref in shown:
            seen |= here
    forms = [f for f in uses if f in seen and len(f.split()) <= MAX_HEADING_WORDS
             and (linked.get(f) not in HABIT_LINKS or habits[linked[f]] >= MIN_USES)]
    best = max(forms, key=lambda f: (uses[f], -len(f), f), default=None)
    return capitalised(best) if best is not None else None


def modifies_next(pile: Pile, phrase: Keyphrase, text: str, at: int) -> bool:
    """The phrase, written in the text up to `at`, runs on into a longer noun phrase of the pile
    ("budget" in "budget airline"): it modifies the word after it there."""
    after = re.match(r"\s+([a-z][\w’'-]*)", text[at:])
    return after is not None and pile.index.form_of(f"{phrase.key} {singular(fold(after.group(1)))}") is not None


def complement(pile: Pile, text: str, at: int, words: list[str]) -> str | None:
    """The noun phrase opening on `words` (written from `at` in the text) where it ends: a key phrase
    of the pile or a name, followed by punctuation or a word that opens no modifier of it
    (PHRASE_ENDS); None where it holds a date, a figure, a pointer back or a word of a person's name."""
    for n in range(1, len(words) + 1):
        part = words[:n]
        if any(names_a_day(w) or has_digit(w) or fold(w) in pile.people
               or fold(w) in BACK_POINTERS for w in part):
            return None
        end = at + len(" ".join(part))
        if text[at:end] != " ".join(part) or not PHRASE_ENDS.match(text, end):
            continue
        if all(pile.index.proper(w) for w in part) or pile.index.form_of(" ".join(singular(fold(w)) for w in part)) \
                is not None and not everyday(" ".join(part)):
            return " ".join(part)
    return None


def ranked_candidates(pile: Pile, loosely: bool = False) -> list[Candidate]:
    """The MAX_CANDIDATES heaviest candidates, with the actor each is about."""
    pool = candidates(pile, loosely)[:MAX_CANDIDATES]
    for cand in pool:
        cand.actor = actor_of(pile, cand.refs)
    return pool


# --- Statements ------------------------------------------------------------------------------

def name_words(name: str) -> set[str]:
    """The words of an issue's name, hyphenated ones apart, folded and in the singular; a
    number's scale ("billion", "per cent") is no word of a matter: two sums are two figures."""
    return set(frozen_name_words(name))


@lru_cache(maxsize=NAMES_KEPT)
def frozen_name_words(name: str) -> frozenset[str]:
    """`name_words`, kept: the choice asks it of the same candidates for every sentence it weighs.
    Two words English also writes as one ("web logs", "hand sets") count as that word too
    (`joined_words`): "Weblogs" after "Web logs" is that matter again."""
    parts = [fold(w) for w in re.split(r"[\s-]+", name) if w]
    words = {singular(w) for w in parts if w not in NUMBER_WORDS and w != "of"}
    return frozenset(words | joined_words(parts))


def joined_words(parts: list[str]) -> set[str]:
    """The words two neighbouring words make written as one, where English knows that word
    ("web" "logs" -> "weblog", "hand" "sets" -> "handset"): a compound news writes either way; a
    number's scale ("per cent") is none, as in `name_words`.
    The word list also holds the run-together tags of web text ("humanrights", Zipf 1.4,
    "worldcup" 2.0), which no news report writes: a word rarer than JOINED_ZIPF is no compound."""
    out = set()
    for a, b in zip(parts, parts[1:], strict=False):
        joined = singular(a + b)
        if a.isalpha() and b.isalpha() and not {a, b} & NUMBER_WORDS \
                and max(commonness(a + b), commonness(joined)) >= JOINED_ZIPF:
            out.add(joined)
    return out


def same_word(a: str, b: str) -> bool:
    """One word in two forms ("quarrels", "quarrelling"): they differ only in their last
    INFLECTION letters or fewer and share at least SAME_STEM."""
    common = len(os.path.commonprefix([a, b]))
    return a == b or common >= SAME_STEM and common >= min(len(a), len(b)) - INFLECTION


def same_matter(a: set[str], b: set[str]) -> bool:
    return any(same_word(x, y) for x in a for y in b)


def speaks_of(text: str, head: str, phrase: list[str]) -> bool:
    """The sentence uses `head` in a clause that also uses the phrase's own words, where it uses
    them ("estimates of the flood losses", "Brokers estimate that the losses will rise"): the
    phrase is about that head's matter. In another clause ("the ventures ended, but the engines
    stay") it tells another matter that happens to mention it."""
    clauses = [tokenize(c).singular for c in CLAUSE_BREAK.split(text)]
    if not any(head in words for words in clauses):
        return False
    if not any(w in phrase for words in clauses for w in words):
        return True
    return any(head in words and any(w in phrase for w in words) for words in clauses)


def points_back(text: str) -> bool:
    first = FIRST_WORD.search(text)
    return bool(first) and first.group(0).lower() in BACK_POINTERS


def ranked_statements(ctx: ComposeContext, spec: SectionSpec, refs: set[SentenceRef], limit: int,
                      taken: set[SentenceRef], relevance=None) -> list[SentenceRef]:
    """The issue's best sentences: most corroborated first, then most central. A sentence that
    opens by pointing back ("He said...", "This move...") is left out, shown alone it does not
    say who or what, unless it may be shown after the sentence naming that person (`antecedent`)."""
    # a sentence another issue has, in its own words or another source's, is that issue's
    def free(r: SentenceRef) -> bool:
        return not ctx.among(r, taken)

    fresh = [r for r in refs if free(r) and (not points_back(ctx.text(r))
                                             or (before := antecedent(ctx, r, spec, groups=True)) is not None
                                             and free(before))]
    relevance = relevance or (lambda r: 0.0)
    return ctx.pick(fresh, spec, limit,
                    key=lambda r: relevance(r) + ctx.sources_of(r) + ctx.centrality.get(r, 0.0) / 10)


def antecedents(ctx: ComposeContext, spec: SectionSpec, refs: list[SentenceRef]) -> dict[SentenceRef, SentenceRef]:
    """The sentence each of `refs` that points back to a person ("He said...") is shown after."""
    return {r: before for r in refs
            if points_back(ctx.text(r)) and (before := antecedent(ctx, r, spec, groups=True)) is not None}


def statements_of(ctx: ComposeContext, refs: list[SentenceRef], pairs: dict[SentenceRef, SentenceRef]) -> list[Statement]:
    """The sentences as statements; one pointing back to a person after the sentence before it
    that names them (`pairs`, from `antecedents`), the two as the source writes them (and that one
    not again on its own)."""
    return [ctx.run_statement([pairs[r], r], ctx.others(r)) if r in pairs else ctx.corroborated(r)
            for r in refs if r not in pairs.values()]


def neighbours(ctx: ComposeContext, refs: set[SentenceRef]) -> set[SentenceRef]:
    """The sentences before and after each of `refs` in its document, where the two share a rare
    word: news writing tells one matter over a paragraph and names it once, in the sentence that
    opens it ("The scheme was shelved in May.") as often as in the one that leads on to it."""
    out = set()
    for ref in refs:
        sentences = ctx.corpus.sentences[ref.doc]
        at = ctx.place(ref)
        if at is None:
            continue
        for k in (at - 1, at + 1):
            if 0 <= k < len(sentences):
                near = SentenceRef(ref.doc, sentences[k].index)
                if ctx.rare_words(near) & ctx.rare_words(ref):
                    out.add(near)
    return out - refs


def term_pattern(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(fold(term)).replace(r"\ ", r"[\s-]+"))


def watch_issues(ctx: ComposeContext, spec: SectionSpec, per_issue: int,
                 taken: set[SentenceRef]) -> list[tuple[Issue, set[SentenceRef]]]:
    out = []
    for watch in ctx.template.watchlist:
        patterns = [term_pattern(t) for t in watch.terms or [watch.name]]
        hits: dict[SentenceRef, int] = {}
        for ref in ctx.corpus.refs():
            text = fold(ctx.text(ref))
            n = sum(1 for p in patterns if p.search(text))
            if n:
                hits[ref] = n
        refs = ranked_statements(ctx, spec, set(hits), per_issue, taken, relevance=lambda r, h=hits: h[r])
        pairs = antecedents(ctx, spec, refs)
        taken.update(refs)
        taken.update(pairs.values())
        out.append((Issue(watch.name, "template", list(watch.terms), statements_of(ctx, refs, pairs)), set(hits)))
    return out


# --- Choosing the issues ---------------------------------------------------------------------

@dataclass(repr=False)
class Selection:
    """The issues chosen so far, and what keeps the next one distinct from them."""
    pile: Pile
    spec: SectionSpec
    per_issue: int
    taken: set[SentenceRef]                  # the bottom line's, the conflicting reports' and the issues' sentences
    issues: list[Issue] = field(default_factory=list)
    names: list[set[str]] = field(default_factory=list)              # each issue's name words
    # each sentence's fewest uses: how many sentences the scarcest candidate using it has
    # (a bound that spares looking through the candidates for most sentences)
    scarcest: dict[SentenceRef, int] = field(default_factory=dict)
    pool: list[Candidate] = field(default_factory=list)
    users: dict[SentenceRef, list[Candidate]] = field(default_factory=dict)   # the pool's candidates using each sentence
    heads: list[str] = field(default_factory=list)                   # each discovered issue's head word
    # the documents alone telling a discovered issue's matter (`one_report`)
    lone_reports: set[int] = field(default_factory=set)

    def consider(self, pool: list[Candidate]) -> None:
        """The candidates whose sentences an issue may leave to them."""
        self.pool = pool
        self.users = {}
        for cand in pool:
            for r in cand.phrase.refs:
                self.scarcest[r] = min(self.scarcest.get(r, len(cand.refs)), len(cand.refs))
                self.users.setdefault(r, []).append(cand)

    def needed_more(self, ref: SentenceRef, cand: Candidate, words: set[str]) -> bool:
        """Another matter, told in fewer sentences than the candidate's and not yet an issue,
        uses the sentence (`words`: the candidate's name words; a shorter form of its own matter,
        "vote" for "ratification vote", needs nothing of it)."""
        if self.scarcest.get(ref, len(cand.refs)) >= len(cand.refs):
            return False
        for other in self.users.get(ref, ()):
            if len(other.refs) < len(cand.refs):
                theirs = frozen_name_words(other.phrase.form) | frozen_name_words(other.form)
                if not same_matter(theirs, words) and not any(same_matter(theirs, n) for n in self.names):
                    return True
        return False

    # Measured and left out (15 visible sets, issue coverage/naming/precision): a candidate is no
    # matter of its own where an issue chosen before holds most of its sentences (or their
    # neighbours). At half or more: seeds ic .90 -> .80, boeing .80 -> .60 naming, korea and
    # myanmar ic .80 -> .70, fiat-gm naming .67 -> .56; at two thirds, korea ic/in/ip down a place;
    # even where every sentence is held, korea ic .80 -> .70 ('Martial law proceedings' inside the
    # impeachment vote's) and fiat-gm naming .67 -> .56 ('Joint ventures' inside the engines'):
    # matters told in one paragraph are distinct. Near-synonym heads as one matter (row/rift/feud/
    # spat/squabble, ruling/judgement/verdict, ban/suspension) lowered blair-brown-rift (ic 1.0 -> .89,
    # in .89 -> .78) and terror-detention (ic .70 -> .60): each carried a gold matter of its own, and
    # the places freed went to a prime minister's 'voters', 'PLP discontent', 'Four miscarriages of justice'.
    # Measured and left out (s21, 15 visible sets and 57 BBC piles): two matters sharing only a word
    # that half the documents or more use (or a third, the same) taken as two, not one ("ferry fares"
    # and "ferry timetable" in a pile on a ferry strike): one visible set's naming .75 -> .88 (two
    # championships told apart), nothing else moved, but on the piles three matters came twice
    # under two modifiers of one word ("harbour fees" beside "harbour dues"): 2
    # headings better, 3 worse; at 0.8 of the documents nothing moves.
    def told_again(self, cand: Candidate, picked: list[SentenceRef]) -> bool:
        """Every statement the candidate would show uses the head word of an issue chosen before
        (not its own), in the clause that uses its own words (`speaks_of`): that issue's matter
        told in other words, as estimates of the losses after the losses. Shared words in its
        name would not tell (an "estimate" is no "loss"); shared statements alone would not
        either, for matters told in one paragraph stay distinct."""
        own = cand.phrase.head
        texts = [self.pile.ctx.text(r) for r in picked]
        return any(head != own and all(speaks_of(text, head, cand.phrase.words) for text in texts)
                   for head in self.heads)

    def shown_by_others(self, ref: SentenceRef) -> bool:
        """Another section shows the sentence, or another report's copy of it."""
        return self.pile.ctx.among(ref, self.pile.ctx.shown)

    def shown_elsewhere(self, cand: Candidate, picked: list[SentenceRef]) -> bool:
        """A matter of several words that LONE_STATEMENT_DOCS documents use, with one statement
        of its own to show and others that the other sections show already."""
        refs = cand.phrase.refs
        return len(picked) == 1 and len(cand.phrase.words) > 1 and len({r.doc for r in refs}) >= LONE_STATEMENT_DOCS \
            and any(r in self.pile.ctx.used or r in self.pile.ctx.in_contradictions for r in refs if r not in picked)

    # Measured and left out (15 visible sets: gold matters named by the headings alone 92 of 144,
    # covered 117): most of the 25 covered but not named are told in one of their issue's first
    # four statements (a side matter of an issue about another); four are two headings naming one
    # matter. Few headings are vague (their head word in under half the first four statements: 9,
    # seven of which name a gold matter already).
    # Renamings compared with the gold before wiring in: by the most specific phrase of several
    # words two of the first four statements share, 92 -> 84 over all issues, 92 -> 89 for the
    # vague ones only; a one-word heading by a noun of the pile whose verb (-ed/-ing, or the stem
    # of an -ion/-ment noun) two of the first four use (not the subject, a name or an earlier
    # issue's matter), 92 -> 93 ('Mosque' -> 'Building collapses'), but on 50 BBC piles of 30 all
    # 13 changes read worse ('Asbestos' -> 'Build', 'Studio' -> 'Record', 'Award' -> 'Coach',
    # 'E-mails' -> 'Deletion'); -ion/-ment nouns alone: none on the 15 sets, 6 worse on BBC; a
    # one-word heading by the 'X of Y' phrase two shown statements write it in ('Arbitration' ->
    # 'Court of Arbitration'), 92 -> 93 and no change on the BBC piles: a case, not a rule.
    # Measured (s31-naming, 15 visible sets; issue coverage/naming/precision as s30 left them): of the
    # 28 gold matters covered under a heading naming another matter, 25 have no term of their gold in
    # two of the issue's first four statements (one statement tells them in passing); the other 3 share
    # only a verb, a word of a quotation or a word two gold matters share. No heading drawn from an
    # issue's own statements can name them: they are a matter of which sentences and candidates an
    # issue gets, not of its heading. Tried there and left out (visible figures unchanged each time;
    # 69 BBC piles of one story or of reports in a row, 686 headings): "for" as a habit link of
    # `completed_name` (no heading changes); an actor's one-word matter headed by its complement
    # instead of its owner (6 change: 'Shareholders of <firm>' for a speaker's, but 'Biography of
    # <a queen>' with her name cut, and an influence given to the wrong name); an organisation named
    # only as a place or an object left out of its matter's heading, as a country is (`acts_in`: 5
    # change, 4 worse: '<Firm> merger' -> 'Merger' where "the merger of <gas giant> <Firm>" puts words
    # between); a lower-case plural ending the key phrase before a capitalised word (the "programs
    # <Name>" of "unlike most programs <Name> works", a comma left out): the fragment "Programs <Name>
    # users" becomes 'Users', one visible set's naming .70 -> .60 (the fragment held the name); one-word
    # matters in -ers, -ors, -ees, -ants or -ists (a class of people: 'Customers') tried after the
    # others: four sets' coverage down .10, one up. Not tried: a person named only as the speaker of a matter's sentences ("said Harwick
    # coach Tom Reed") refused as its owner; the tested design is that a party speaking of a matter
    # owns it, and only a commentator's role says otherwise.
    def specific_name(self, cand: Candidate, picked: list[SentenceRef]) -> str | None:
        """A matter named by one common word alone ("Lawsuit") is headed by what its shown
        statements are about: the phrase of several words that most of them use (RENAME_USES or
        more; no figure, actor's name, word of a person's name or description of one person, nor a
        phrase holding the word in any form), as the texts write the two together, side by side or
        joined by a preposition in a statement ("windfall from a compensation claim", `linked_form`),
        else as a modifier of the word ("dock workers lawsuit"); two matters in the plural that the
        texts never write together, beside each other ("pay cuts and furloughs")."""
        shown = set(picked)
        index = self.pile.index
        actors = self.pile.actor_names
        best, best_uses = None, (0, 0)
        for other in {p.key: p for r in picked for p in self.pile.phrases_in.get(r, ())}.values():
            if any(same_word(w, cand.phrase.key) for w in other.words) or fold(other.form) in actors:
                continue       # "download services downloaders": its own word in another form is no modifier
            if other.key[0] in "$%#":
                continue       # "6% tourism": a figure says how much, not what kind of matter
            if any(w in self.pile.people for w in other.words):
                continue       # "Tory leader Michael": a person's title and name cut short
            last = fold(other.form.split()[-1])
            if other.head in ROLE_HEADS and singular(last) == last:
                continue       # "opposition leader": one person, who speaks of the matter, not what
                               # kind of matter it is ("former directors lawsuit" names a class of party)
            uses = (len(shown & other.refs), len(other.sentences))
            if uses[0] >= RENAME_USES and ends_on_verb(self.pile, other):
                continue       # "the film shows the ...": a subject and its verb, no noun phrase
            if uses[0] >= RENAME_USES and (uses, other.key) > (best_uses, best.key if best else ""):
                best, best_uses = other, uses
        if best is None or len(best.words) + 1 > MAX_HEADING_WORDS:
            return None
        together = index.form_of(f"{best.key} {cand.phrase.key}")      # as the texts write the two
        # ... or the two joined by a preposition as a statement writes them ("windfall from a
        # compensation claim"), where they are never written side by side
        linked = None if together else linked_form([self.pile.ctx.text(r) for r in picked if r in best.refs],
                                                   cand.phrase.forms, best.forms)
        name = together or linked or f"{best.form} {cand.phrase.form}"
        if not together and not linked and plural(best) and plural(cand.phrase) \
                and len(best.words) + 2 <= MAX_HEADING_WORDS:
            name = f"{best.form} and {cand.phrase.form}"     # "pay cuts furloughs": a plural modifies no noun
        words = [fold(w) for w in name.split()]
        if len(set(words)) < len(words):       # "$20bn $20bn": the same matter under two keys
            return None
        return capitalised(name)

    def modified_name(self, cand: Candidate, refs: set[SentenceRef]) -> str | None:
        """A matter named by one word alone, in the two-word form the texts most write it with
        ("vote" -> "ratification vote"), where its own sentences use that form (RENAME_USES, a
        sentence several outlets carry counting once) as a whole noun phrase somewhere ("Christmas
        number" is only ever part of "Christmas number one")."""
        actors = self.pile.actor_names
        key = cand.phrase.key
        forms = [p for p in self.pile.index.phrases.values()
                 if len(p.words) == 2 and p.words[1] == key and p.whole and fold(p.form) not in actors
                 and not any(fold(w) in actors for w in p.form.split()) and not same_word(p.words[0], key)]
        used = [(len(self.pile.independent(p.refs & refs)), len(p.sentences), p.key, p) for p in forms]
        best = max(used, default=None, key=lambda u: u[:3])
        if best is None or best[0] < RENAME_USES:
            return None
        return capitalised(best[3].form)

    def append(self, issue: Issue, refs: set[SentenceRef], shown: list[SentenceRef],
               words: set[str] | None = None) -> None:
        self.issues.append(issue)
        self.names.append(words if words is not None else set().union(*(name_words(t) for t in [issue.name, *issue.terms])))
        self.taken.update(shown)

    # Measured and left out (15 visible sets; issue coverage/naming/precision summed over them
    # 12.18/9.60/12.03; gold matters by cause (benchmarks/issue_headings.py): 87 named and covered,
    # 30 covered under a heading naming another matter, 5 named but not covered, 8 told in an
    # issue standing for another, 14 in no issue). Statements: a matter's own sentences far above
    # their neighbours (relevance 3 or 10, not 1) lowers korea ic/ip .80 -> .70 and moves nothing
    # else (the first statements already use their phrase); a sentence weighed also by how many of
    # the matter's sentences share a rare word with it (1, 3, 10 places of the ranking) lowers cop29
    # and myanmar ic/ip by .10; centrality weighed 3 (not 0.1) trades korea ic .80 -> .70 for
    # terror-detention .70 -> .80; filler (neighbours, family, head alone) that a scarcer matter uses
    # as its own left to it outright, not at SCARCE_COST, raises seeds naming .50 -> .60 only by
    # losing an issue short of statements ('West Sea'; boeing 'Pay cuts and furloughs' ->
    # 'Furloughs', korea's travel ban gone). Matters: two one only where one's
    # head is a word of the other (not any word shared) 12.18/9.60/12.03 -> 11.76/9.38/11.63
    # ('accounting fraud' beside 'accounting decisions'); a phrase of the pile's subject words only
    # as the subject ('hunting ban') -> 11.86/9.28/11.80 (in five reports the subject's words take
    # in 'Asian men'); a one-word matter's family and verb sentences counted in its weight ->
    # 11.77/8.97/11.63; three statements for a one-word matter -> 11.82/8.93/11.80; RARE_ZIPF 3.5
    # trades cop29 naming for terror-detention coverage, 4 -> 11.87/9.10/11.73; one statement
    # enough where places stay empty (id-cards alone) in .56 -> .67 for ip .83 -> .71; matters
    # whose sentences name none of the pile's 3 or 6 most salient actors taken after the others
    # (off the story: kelly-holmes 'Bid', '4x100m team') -> 11.55/8.95/11.43, 11.57/9.38/11.43. Headings:
    # appending to every heading the phrase two of its shown statements share names no more gold
    # matters (92 -> 92: a side matter's words are in one statement); that phrase refused where an
    # earlier heading holds it ('Council tax pensioners' after 'Council tax'), figures identical,
    # on 40 BBC piles as many headings vaguer ('Martial law proceedings' -> 'Proceedings', 'Minimum
    # wage jobs' -> 'Jobs') as clearer ('Control systems and files' -> 'Files').
    def add(self, cand: Candidate, shown_too: bool = False) -> bool:
        """Add the candidate's issue unless it is one already chosen, or it has too few
        statements that no other section shows (or, `shown_too`, that are not in the bottom line):
        two, or one where the other sections show the rest of a matter of several words. With
        `shown_too` it shows only those no other section shows, or its best one where none is."""
        ctx = self.pile.ctx
        if figure_alone(cand.phrase.form):
            return False
        if cand.fuller is None and modifies(cand.phrase) and adjectival(cand.phrase.key):
            return False       # "conventional (means)", "economic (growth)": an adjective whose noun the
                               # heading would leave out; it stays in the pool, whose sentences it shares
        if told_as_verb(self.pile, cand.phrase) or takes_object(self.pile, cand.fuller or cand.phrase):
            return False       # "(Harwick) seeks", "(films) include": a verb of its sentences, no matter
        name = heading(self.pile, cand)
        words = name_words(cand.phrase.form) | name_words(cand.form)
        if any(same_matter(words, n) for n in self.names):
            return False
        # "council tax" after "Council tax pensioners" (a one-word matter renamed by the phrase its
        # statements share): that heading names it already. Measured (s27): 15 visible sets
        # unchanged; 74 BBC piles 2 fire, both right, and the places go to a party's 'Local income
        # tax' and 'Student fees' (and a firm's second matter)
        own_form = f" {fold(cand.form)} "
        if len(cand.form.split()) > 1 and any(own_form in f" {fold(i.name)} " for i in self.issues):
            return False
        report = one_report(self.pile, cand)
        if report is not None and report in self.lone_reports:
            return False       # a second matter of the one report telling an issue: its story told again
        refs = cand.phrase.refs
        told = refs | self.pile.counting(refs)
        # the places its own sentences and their neighbours leave: other words of its head's family,
        # then, for a matter of several words, its head noun alone ("the levy" for "the dock levy"),
        # which fills places but makes no matter
        near = neighbours(ctx, refs)
        kin = self.pile.kin(cand.phrase.head) - told - near
        alone = self.pile.head_alone(cand.phrase) - told - near - kin
        avoid = self.taken if shown_too else self.taken | ctx.used
        picked = ranked_statements(ctx, self.spec, told | near | kin | alone, self.per_issue, avoid,
                                   relevance=lambda r: (1.0 if r in refs else 0.5 if r in told else 0.0 if r in near
                                                        else -KIN_COST if r in kin else -2 * KIN_COST)
                                   - (SCARCE_COST if self.needed_more(r, cand, words) else 0.0)
                                   - (SHOWN_COST if shown_too and self.shown_by_others(r) else 0.0))
        own = [r for r in picked if r not in alone]
        enough = len(own) >= min(MIN_STATEMENTS, self.per_issue) or self.shown_elsewhere(cand, own) \
            or len(own) == 1 and len(cand.refs) == 1 and carried(cand.phrase, len(ctx.corpus.documents))
        if not enough or not any(r in told for r in picked) or self.told_again(cand, picked):
            return False
        if shown_too:
            # a matter in the other sections' sentences shows those no section shows, or, where
            # there are none, its best one alone: a reader meets each sentence once where another
            # would do
            picked = [r for r in picked if not self.shown_by_others(r)] or picked[:1]
        # Measured and left out (58 BBC and visible unseen piles): a one-word matter with an actor
        # renamed as one without (by the phrase its statements share) changed 4 headings, none for
        # the better (a blogger's "arrest" -> "Online journalists arrest", "Sport" -> "Court of
        # Arbitration Sport"); the fuller form preferring the longer phrase on a tie changed one,
        # for the worse (a governing body's "given provisional suspensions").
        # Measured and left out: the words of a heading so renamed counted as its matter's, so that a
        # later candidate using them is that matter again ("Tsunami" after "Tsunami blog"): one
        # visible set's ic/in/ip .90/.80/.90 -> .80/.70/.80 (a doping test refused after "Drugs
        # tests duo"), nothing else moved.
        own_name = name
        if cand.actor is None and cand.fuller is None and len(name.split()) == 1:
            name = self.specific_name(cand, picked) or self.modified_name(cand, refs) or name
        # "Lot", "Best team": no issue a reader could place; nor a person's "time" or "second set",
        # which is their life or their match; an organisation's may be a matter ("Harwick money",
        # what a firm pays or is paid: refused too, a visible unseen set's ic/ip .89/.80 -> .78/.70)
        matter = name if cand.actor is None else cand.form if cand.actor.kind == "person" else None
        if matter is not None and everyday(matter):
            return False
        if name == own_name and cand.fuller is None and takes_complement(self.pile, cand.phrase, cand.actor):
            return False       # "Chance", "Harwick future": what it is about is left unsaid
        if name == own_name and cand.fuller is None and cand.actor is None and len(name.split()) == 1 \
                and said_in_passing(self.pile, cand.phrase):
            return False       # "Confidence", "Guys": words the people quoted use, no matter a reporter names
        if told_to(self.pile, cand.phrase):
            return False       # "Harwick Digest website": whom the people quoted spoke to
        if name == capitalised(cand.form) and not INNER_POSSESSIVE.search(name):
            name = completed_name(self.pile, cand, picked, complements=len(name.split()) == 1) or name
        # the matter's words, not its actor's: one actor may be what several matters are about
        self.heads.append(cand.phrase.head)
        if report is not None:
            self.lone_reports.add(report)
        pairs = antecedents(ctx, self.spec, picked)
        self.append(Issue(name, "discovered", [cand.phrase.form], statements_of(ctx, picked, pairs)),
                    set(refs), [*picked, *pairs.values()], words)
        return True


# A matter whose phrase one report alone uses, where that report already tells an issue's matter
# the same way, is a part of that report's story: a round-up of many stories shows each story
# once (a manager's "X steps up row": 'Disgrace', 'Diatribe', a player's 'tackle', 'Food fight'). Only where
# the report's headline names a matter in common words ("steps up row"): a feature headed by
# whom it is about ("What now for Tom Reed?") may tell several (with no headline asked for, one
# visible set's coverage .75 -> .62, its 'Ambition' refused after its 'Outdoor season'), and a
# matter its headline names is that report's own (a visible set's rebellion: coverage .56 -> .44 without).
# Measured (s27): 15 visible sets unchanged but file-sharing fact coverage .97 -> 1.00; 74 BBC
# piles (17 of sport, entertainment and business read issue by issue, the issues a reader would
# list written down first): 29 change, some 53 headings refused, all but 3 a second matter of
# a story an issue tells (those 3: a distinct part of a long saga, or better named than the
# story's first issue: a player's 'accident' after his 'Physio sessions'); the places go to some
# 48 others, 14 of them stories no issue told (a tycoon's brothers, 'Mail order', 'General
# election'), the rest mostly as vague as what they replace ('Pitch', 'Display', 'Football').
def one_report(pile: Pile, cand: Candidate) -> int | None:
    """The one document whose sentences alone use the candidate's phrase, where its headline
    names another matter (`Pile.headlined`): the phrase tells a part of that report's story."""
    docs = {r.doc for r in cand.phrase.refs}
    return next(iter(docs)) if len(docs) == 1 and not cand.phrase.titles and docs <= pile.headlined else None


def figure_alone(form: str) -> bool:
    """A phrase that is a figure and says not what matter it is: "£800m", "40%", or a count with
    its scale in words ("1.4 million", of what?). A sum with its currency sign and its scale in
    words is what a story on money names its deal by ("$300 billion"), and stays."""
    if not any(w.isalpha() for w in form.replace("-", "").split()):
        return True
    return not CURRENCY_SIGN.search(form) and not any(w.isalpha() for w in name_words(form))


# Measured and left out (s30-issues, 15 visible sets; issue coverage/naming/precision summed over
# them 12.18/9.83/12.03). Of the 29 issues standing for no gold matter, some 15 tell a gold matter
# another issue stands for (a pastime's lawful form under two of its names), some 10 are a thing,
# a class of people or the story's frame in passing (a building, the people held, a bill's name),
# 4 a round-up's other stories or old background (other athletes' results, a boom years before).
# Tried: the pile's subject read from each report's own sentences, a copy of an earlier report's
# sentence not counted (five reports repeating one paragraph made the words of one quoted warning
# subject words): 12.07/9.71/11.93, a book's claim paragraph repeated in every report no longer
# the subject (a war it names takes a place; with SUBJECT_DOCS 0.7 or 0.9 11.97/9.63/11.83,
# 12.07/9.60/11.93; with a phrase made only of subject words left out, 11.97/9.51/11.83).
# Candidates used by half or more of the documents (the story's frame: a law's name, the ban
# itself) tried after the others: 11.65/9.00/11.53 (at 0.4, 11.56/8.80/11.43). Candidates whose
# sentences the other sections show tried first: 11.55/8.13/11.43; their weight times 1 + 0.3 per
# such sentence (three at most): 11.93/9.32/11.83. A matter of one report whose sentences name
# none of the pile's 1 or 3 most salient actors refused: 11.37/8.78/11.23, 11.67/9.28/11.53 (a
# meeting report's other athletes go, no better matter comes). A matter an earlier issue's shown
# statements already name (in one of them, or two): 11.76/9.03/11.63, 12.08/9.83/11.93. An issue's
# statements spread over the reports first (`pick`'s spread): 12.01/9.39/11.83. Read, not wired:
# the share of a matter's sentences within two sentences of an earlier issue's, or naming its
# heading's words, is as high for matters of their own (1.0) as for the same matter told again
# (.75). A sum of money alone kept as a matter (the fee a scheme charges): one unseen set's ic .56
# -> .67, but on 9 BBC piles all 5 such issues join unrelated sentences ('$1bn' of contracts and
# of dividends).
def issues_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    limit = spec.max_items or 10
    per_issue = int(spec.options.get("statements_per_issue", 4))
    pile = ctx.issues_pile
    # a look-ahead a later report tells as done is no open issue (statements.OVERTAKEN_IN)
    chosen = Selection(pile, spec, per_issue, ctx.in_summary | ctx.in_contradictions | ctx.overtaken)
    for issue, refs in watch_issues(ctx, spec, per_issue, chosen.taken):
        chosen.append(issue, refs, [])
    pool = pile.ranked
    chosen.consider(pool)
    # sentences no other section shows; only where that fills fewer than half the places (a short
    # pile whose sentences the other sections have used) is a matter an issue in their words
    fill(chosen, pool, limit)
    if len(chosen.issues) < limit:
        # a short pile that leaves places empty: the words its texts use as nouns only after
        # modifiers ("a possible rebellion") are matters too
        looked = {cand.phrase.key for cand in pool}
        more = [cand for cand in ranked_candidates(pile, loosely=True) if cand.phrase.key not in looked]
        chosen.consider(pool + more)
        fill(chosen, more, limit)
    return Section(spec.kind, spec.title, issues=chosen.issues[:limit])


# Measured and left out: one-word candidates that look like a thing or a class of people rather
# than a matter ('Computer', 'Deer', 'Quorum') tried after the others, by three signs read over
# each word's sentences. None separates: the pile writes no verb of the word (-ed/-ing, or a
# deverbal -ment/-ion form) marks 'deal', 'appeal', 'protest', 'bid', 'verdict', 'ruling' as things
# and 'hamstring', 'fault' as acts (hunting-ban ic .70 -> .90 and korea .80 -> .90 against worldcom
# ic .78 -> .67, in .56 -> .33, kelly-holmes ic .75 -> .50, myanmar and terror-detention ic down .10,
# greek-sprinters in .80 -> .60); a share of sentences with modal, stance or negation words under
# .3 (platform .75, deer .50, bid and ambition 0; worldcom ic .78 -> .67, in .56 -> .33, kelly-holmes
# ic .75 -> .62, nothing up); the word counted by a number or quantifier (read, not scored: 'protest'
# .67, 'bid' .50, 'deer' and 'mosque' 0). The
# weight relative to the heaviest candidate does not separate them either (Platform .25, Cash .24,
# Mosque .18, Disaster .16): they are the places left once the heavier candidates are refused.
# Measured and left out (s23, 15 visible sets; issue coverage/naming/precision summed over them
# 12.18/9.73/12.03). Of the 53 headings naming no gold matter (benchmarks/issue_headings.py),
# 21 stand for a gold matter another heading names, 19 for none, 13 for one no heading names:
# the places go to second and off-story matters more than to badly worded ones. A family of
# candidates sharing a word (`same_matter`) headed by the member the most sentences use, not the
# heaviest: 11.84/9.18/11.73, seven sets down. Common one-word matters (Zipf 4.5 or 4.0 and over,
# no fuller form) tried after all others: 11.78/9.63/11.63 and 11.46/9.30/11.33 ('Vote', 'Cash',
# 'Verdict' carry gold matters). EVERYDAY_ZIPF at 5.0: naming 9.73 -> 9.63 ('Vote' lost); at 4.7,
# four sets down. A phrase whose head is a word of the pile's subject left out whatever its
# modifier ('Magnitude earthquake' in a pile on an earthquake), not only after a name:
# 11.65/8.99/11.60, seven sets down.
# Measured (s23-issues, 15 visible sets): why each of the 51 gold matters with no issue of its own
# (28 covered under another matter's heading, 14 in no issue, 9 told in an issue standing for
# another) got none. 18 never became a candidate though the index holds a phrase naming them:
# 10 are words the texts use mostly as modifiers or verbs ('production', 'management',
# 'intercept', 'compulsory', 'distance': `heads_a_noun_phrase`), 4 head an actor ('judges',
# 'police', 'auditors', 'presidency': ACTOR_HEADS), 3 count one use once near-duplicates merge
# ('dotcom boom'), 1 holds a person's name ('... family'). 12 were candidates in the pool, never
# tried because ten heavier ones filled the places first (places 16-50: 'resignation', 'pension',
# 'appeal', 'career', 'hearing', 'legal action'). 11 have no key phrase at all: the texts tell them
# by verbs or in varied words ('bombing' as 'dropped bombs', a donor's 'funds'). 7 were tried and
# refused: 5 short of free statements (3 because an earlier, heavier issue showed their sentences,
# 'denuclearization', 'missile defense system', 'pause'; 2 because their sentences open on "They"
# or say the same, `ranked_statements`), 2 as the same matter as an issue of a shared word
# ('major championships' after 'European Championships'). 3 are actors' names. The commonest
# causes are upstream of the choice (noun-phrase test, actor heads) and the fixed ten places; the
# sharing of statements, the subject of many variants above, holds 3 of the 51.
# Measured and left out (s23-issues): `told_again` read over the whole sentence, not the clause
# using the candidate's own words: fiat-gm ic/in/ip .89/.67/.80 -> .78/.56/.70, nothing else moved.
# Also measured and left out there (ic/in/ip sums over the 15 visible sets 12.18/9.73/12.03): the
# weight's rarity as its square root or to the power 1.5, or log(2(D+1)/df): 11.74/8.82/11.63,
# 11.15/8.67/11.03, 11.84/9.23/11.73. An issue showing no sentence a scarcer matter not yet an
# issue needs, where two others are left to show (not only ranked lower, SCARCE_COST): 11.37/9.63/
# 11.23 (four issues lose the statement that held their gold matter); with matters of as many
# sentences counted scarcer too, 11.24/9.60/11.13. An issue renamed after a more specific matter
# refused for want of statements whose sentence it shows ('Legislation' -> 'Pause'): naming 9.73
# -> 9.10, and most renamings worse ('Legislation' -> 'Good opportunity'); one-word headings only,
# 9.63. The words seen as nouns only after modifiers in the pool from the start, not only for
# places left empty: 11.66/9.50/11.53. A candidate whose sentences' rare words are mostly (a half,
# 0.7, 0.9) in an issue's shown statements tried after the others: 12.07/9.63/11.93, 12.07/9.73/
# 11.93, no change. A word written right after a verb in -ed or -ing ("halted production") taken
# as a noun phrase: file-sharing ic/in/ip down .10, id-cards ip .83 -> .71. "It" as an empty
# subject ("It is hard to ...", "It is thought that ...") not pointing back: 7 fired on 80 BBC
# piles and the visible sets, all right, but no issue statement changed. A matter of several words
# with one statement of its own where an earlier issue shows its others (as `shown_elsewhere` does
# for the other sections'): no change.
# And a phrase opening on a word the pile mostly uses as a verb counted a noun phrase where the
# texts also write it after "the", "a" or a preposition ("the search engine"): the visible sets
# unchanged, 80 BBC piles 3 headings better, 1 as good, 1 worse; the topics held back from every fit
# ic/ip -.02/-.04 in sum (one .89/.80 -> .78/.70, another .82/.90 -> .91/1.00): left out.
# Measured and left out: matters in the other sections' sentences taken until every place is
# filled, not only where fewer than half are: one visible set's naming .56 -> .67 (a call for a
# pause) for its precision .83 -> .71, and repeats 1 -> 2 there and in another set.
# Measured (s25-issues, 21 BBC piles of 6-12 reports by a name or a story word, the open issues a
# reader would list written down before the brief was read; 10 piles read issue by issue): of 100
# issues some 48 name a matter of a story, 20 tell a matter an earlier issue tells (a story of one
# or two reports in a mixed pile split under its several words: 'Farms', 'Land', a ranch's name),
# 30 are vague or no matter (in match reports the moments of a game: 'Semis', 'Ruck', 'Loose
# ball'), 2 describe a person. Tried and left out there: an issue whose statements' reports all lie
# among one earlier issue's, taken as that issue again (visible sets: of 37 so placed, 25 stand for
# a gold matter of their own); a one-word matter the texts write mostly capitalised inside
# sentences, as part of a name ('Sport', 'Arbitration': 12 fired over 94 piles, half of them rightly,
# two gold matters among the rest); a matter whose first
# statements mostly give a score ('8-3 lead': 13 fired over 94 piles, 7 moments of a game, the
# rest odds, dates and ages; too few and too mixed);
# "It’s" with a curly apostrophe read as "It's" (not pointing back) as the straight form is: only
# texts with curly quotes change, and none of the visible figures. `told_again` read over the
# candidate's own sentences among those it would show, not its neighbours too (a gas 'Price
# dispute' after the gas deal): cop29 ic/in/ip .80/.70/.80 -> .70/.60/.70.
# Measured (s26-isport, 24 BBC piles of 5-12 reports, 13 of them sport, arts and technology, the
# matters a reader would list written down from the reports before the brief was read; 58 piles by
# a headline word and 177 piles of 12 reports in a row for firing counts). Of the 70 issues of the
# seven sport piles some 12 name a matter well, 8 tell one under a vague heading ('Tennis' for a
# player's search for a coach, a contest's name for a player quitting it), 10 tell a matter an earlier
# issue tells (a player's row with his manager as his 'injury', 'row' and the manager's 'lying'),
# and 40 are no matter: the moments of a game ('Tiebreak', 'Free kick', a player's 'serve') and
# words in passing ('Ball', 'Compatriot'). Technology piles on a kind of product head their
# issues by the products ('Handsets', 'Marine chronometer'). Tried and left out there: a matter whose
# actor an earlier issue is about, told only in that issue's reports (its shown statements and
# every use), some of the pile's reports not: never on the 15 visible sets; over 82 piles 8 fired,
# 7 of them a story told again (an actor's 'murder' trial after his gunshot 'residue'), but the
# places went to no better matters ('Movies', 'Lead role', 'Kind of thing') and one matter lost its
# owner (a firm's 'rival bids' -> 'Rival bids'). A matter whose first four statements mostly give
# a score or a minute of play, again (s25 read the first two): 25 fired over 82 piles, 16 moments
# of a game, 9 matters (a player's forearm, a hamstring doubt, a comeback): too mixed. A person's
# one word (the last of a stage name, "50 Tarvel") used for them only where the texts write it
# alone: no change, the actor itself is found under that one word.
# Measured (s27-issues, 17 BBC piles of 6-14 reports, 6 sport, 5 entertainment, 6 business, the
# 92 issues a reader would list written down before the brief was read; 74 piles for firing
# counts). Headings a reader would write: sport 17 of 59, entertainment 20 of 50, business 35 of
# 60; of the reader's issues 22 had none (sport 11). Causes, most common first: moments of a game
# ('Penalty', 'Ruck', 'Right corner', 'Late goal', 'Match point': 22, sport only), one common
# word alone ('Confidence', 'Threat', 'Tennis', 'Release': some 25), one story under several
# headings (some 15: a row as 'Disgrace', 'Diatribe', 'Food fight'; a listing and its
# 'Flotation'), a name taken for an actor's ('Grand Slam', now a matter). Tried and left out:
# uses in a report's first two sentences (or first one, or three) weighed double or 1.5 times
# (YAKE's position): blair ic/in/ip 1.0/.89/.90 -> .89/.78/.80, crowdstrike and kelly-holmes
# down; the moments told apart by the share of their sentences in reports dense with scores, by
# their uses after a count or an ordinal ("second penalty", "24 fouls"), by how few of their
# sentences speak, look ahead or deny (a player's hamstring injury, a bankruptcy and a fault
# line as low as a ruck), or by a rare word their first two statements share beside their own
# (nearly every one-word issue shares none, good or bad): none separates. The bottom line's
# sentences left to the issues too: no heading of the 74 piles changes, one visible set's ip
# .83 -> .71. The report of an issue whose phrase its headline uses counted among the reports
# telling an issue (`one_report`): 13 piles change, about half for the worse (a trial's 'murder'
# refused, a party leader's asylum costs replaced by a prime minister's 'voters').
# Measured (s29-naming, 15 visible sets, 144 gold matters, 94 named by a heading; issue coverage/
# naming/precision summed 12.18/9.83/12.03). Of the 52 headings naming no gold matter: some 21 name
# the right matter's neighbour (a party, a thing, a setting or a detail of it: a person's department
# for his hearing, 'Deer' for what counts as hunting), 13 a common word alone or after an owner
# ('Nations', a leader's 'journey'), 7 are a second heading on a matter another names, 4 the pile's
# subject in other words, 3 made-up joins, 2 fragments. Of the 50 gold matters no heading names, some
# 20 would be named by a secondary actor's name (a minister who resigned, an auditor, a regulator).
# Over 105 BBC piles (35 by a headline word, 70 of twelve reports in a row; 1021 headings): 406 are one
# word (about 70% of a sample of 60 vague: 'Rupees', 'Move', 'Stint'), 180 an actor's possessive (of
# 40 read, some 10 a wrong owner, 8 vague), 38 one-word renames (37 made-up joins), some 8 fragments,
# 2 a matter twice. Tried and left out there: the secondary actors (in under half the documents) as
# candidates, headed by the phrase two of their statements share: naming 9.83 -> 9.15 (most such
# actors' sentences share no phrase; those taken displace better matters; with one statement
# enough, 8.39); one word in the lower-case plural of an actor head as a matter ("judges",
# "auditors"): 12.08/9.63/11.93; an actor's one-word matter renamed by the phrase its statements
# share, the owner kept: 14 BBC headings change, nearly all worse ("<Country>'s biggest oil crude");
# the two-word form a one-word matter is written with taken from one sentence (not two): visible
# sets unchanged, 4 BBC headings change, 2 better; ACTOR_SHARE 0.34 or 0.2 with ACTOR_LIFT 1.2 or 1.0:
# every figure unchanged. Read and found not to separate vague one-word matters from good ones: the
# share of uses after "the" or a possessive (definite), after "a", as a whole noun phrase, the share of
# documents or of headlines using the word.
# Measured and left out (s31-issues2, 15 visible sets; issue coverage/naming/precision summed over
# them 12.29/9.83/12.06). Of the 26 gold matters no issue covers, some 17 have no candidate in the
# pool whose words name them (told by verbs, in varied words, or as an actor); 3 are issues whose
# statements lack their gold's words, 3 candidates refused for want of free statements, 3 ranked
# below the ten places. The order of the places:
# candidates used by two reports or more tried before those of one report (a matter several
# reports tell over one report's repeated phrase): 11.23/8.68/11.06, ten sets down (a matter one
# report tells, a poll or a court case, is as often a gold matter as one every report names);
# one report's phrase of under three sentences and no headline tried after the others, or its
# weight times 0.7, 1.3 or 1.6: 11.53/9.28/11.36, 11.84/9.73/11.66, 12.19/9.93/11.96, 12.16/9.80/
# 11.96; at each step a candidate used by a report that no issue's statements cite yet tried
# first: 11.86/9.39/11.66 (a report's headline phrase so: 11.89/9.09/11.66); a candidate two
# thirds of whose sentences, or all, use an earlier issue's phrase refused as that matter again:
# 12.18/9.72/11.96 (it fires nearly only where `same_matter` refuses already, and once on two
# matters of one paragraph). The constants: TITLE_USES 1 or 3, 12.19/9.63/11.96, 12.09/9.42/11.86;
# MULTIWORD_BONUS 0.25 or 0.75, 11.97/9.49/11.76, 12.29/9.63/12.06; a headline's phrase counted
# as specific as a word of Zipf 5, 4.5 or 4 at least (a report's own matter in common words,
# "fare rise"): 11.98/9.83/11.76, 11.89/9.48/11.66, 11.69/9.17/11.46. The statements: none of the
# neighbours, none of the head's family or none of the head alone among them: 11.79/9.73/11.56,
# 11.88/9.83/11.66, 12.09/9.83/11.86 (each keeps a gold matter's statement in some issue); a
# matter's own sentence sharing no rare word but the matter's own with any other of its sentences
# (of three or more: the matter said in passing) ranked as a sentence of its family (0.5) or as
# a neighbour (0): 12.09/9.63/11.86, 12.19/9.63/11.96; the places left filled by any sentence of
# the pile holding two rare words that two of the matter's sentences use (or one, or using them
# once): 12.29/9.83/12.06 (nothing moves), 12.19/9.73/11.96, 12.19/9.63/11.96; a report's first two
# sentences (its lead, which states its matter) ranked 0.5 or 2 above its others: 12.29/9.83/12.06,
# 12.19/9.83/11.96.
# Measured and left out (s32-issues, 15 visible sets; issue coverage/naming/precision summed over them
# 12.29/9.83/12.06; 29 BBC piles of 2-8 reports by a story word, none of them files a held-back topic
# uses, read heading by heading). A candidate refused for want of a second free statement, where only
# an earlier issue shows the sentence it lacks, given that sentence in a second choice (every other
# issue ranked without it): 12.09/9.93/11.86, fires in two sets; one names a matter no heading named
# (its naming .50 -> .60), but each accepted matter pushes the last issue out, and those held a gold
# matter in their statements (coverage and precision .10 lower in both), one taking in an actor's
# description (the ruling side named by its role). Places a short pile leaves empty filled, after
# every other pass, by candidates that three reports or more use, in the other sections' sentences
# (each showing its best one): only one visible set leaves places empty, its ic/in/ip .67/.56/.86 ->
# .89/.78/.80 but repeats 0 -> 3 (two reports the same; four: .78/.78/.78, repeats 2); every sentence
# of its three new matters another section shows, so asking one unshown sentence fires never; on 13 of
# the BBC piles it fires once at three reports (a quoted speech's "scenes of destruction"), three
# times at two ('Character', a leader's "problems"): no matter a reader would list. One free statement
# enough where the matter's other sentences are free but open on a pronoun pointing back ("They were
# fined under ...", shown alone it says not who): the matter is told twice, one telling cannot stand
# alone. 15 sets: one set's naming .40 -> .50 (a named act), another swaps one gold matter for
# another, nothing else moves (12.29/9.93/12.06); with it, a phrase opening on a participle after
# "was", "were", "has" or "had" in every use ("were given formal warnings") refused as a verb and its
# object, which it let in once. But on the BBC piles it fires 18 times: 4 matters a reader would list
# (a "legal presumption" of access, "compulsory mediation", a backbench "rebellion", a tax
# "revaluation"), the rest words in passing or in a quotation ('Role', 'Streets', 'Belief',
# 'Mythology', a song's title, "scenes of destruction"), mostly in place of headings as vague; in two
# short piles the vague ones fill empty places. Neither the quotation nor the word's commonness tells
# the good from the bad (a quoted "offence" under a named act is one of the good). The weight of a
# candidate whose last word ends as English names an act or a state (-tion, -sion, -ment, -ance,
# -ence, -ure: "resignation", "destruction", "infringement", ranked 16th to 35th where gold matters
# are missed) times 1.3, 1.6 or 2: 11.98/9.62/11.76, 11.88/9.52/11.66, 11.54/9.06/11.36 (at 1.3 four
# sets down: the places go to matters told again in other words: an election beside a party's
# manifesto, the offences beside a test, a group's 'negotiations' beside the group).
# Also left out (analysis.keyphrases): a word right after a determiner and capitalised modifiers ("the
# Harwick survey", "a Tarvel Digest poll") counted as heading its noun phrase, so that a survey or a
# poll the texts name only by whose it is becomes a candidate: 12.18/9.83/11.91 (one set's coverage
# .67 -> .56 and precision .86 -> .71, two sets' fact coverage .03 lower, no matter gained).
def fill(chosen: Selection, pool: list[Candidate], limit: int) -> None:
    """Add the pool's candidates as issues, heaviest first, until `limit`: first those with
    sentences no other section shows, then, where that fills fewer than half the places (a short
    pile whose sentences the other sections have used), matters in their sentences too."""
    for shown_too in (False, True):
        if shown_too and len(chosen.issues) >= limit / 2:
            break
        for cand in pool:
            if len(chosen.issues) >= limit:
                break
            chosen.add(cand, shown_too)
