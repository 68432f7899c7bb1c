"""Direct quotations and who said them.

Quotation marks are paired within a paragraph, straight or curly; an opening mark repeated
before the last one closed (news style for quotes that run over several sentences) ends the
earlier quote, and a quote left open at the paragraph's end runs to it. The speaker is named
after the quote ("…," Okafor said; "…," laughs the chairman of the club, Okafor), before it (Mr
Dunmore asked: "…"; Lindqvist emphasised "…"; Ms Vale is confident: "…"), by a pronoun for the
person just mentioned, or, for a quote standing alone, by the sentence before it reporting
someone's words (Lowe said the strike would go on. "…") or the quote before it. Words naming the
person they are given to are someone else's about them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from itertools import islice

from briefing.analysis.actors import ActorIndex, actor_index
from briefing.analysis.attribution import (
    ABBREVIATIONS,
    LETTERS,
    NONE,
    REPORTING_VERBS,
    SUBJECT_OPENING_WORDS,
    UNKNOWN,
    Attribution,
    governing_verb,
    hearer,
    reporting_verbs,
    speaker_clause,
)
from briefing.analysis.lexicon import HONORIFICS
from briefing.analysis.referents import (
    DocumentSpeakers,
    actor_affiliations,
    actor_kinds,
    after_preposition,
    is_personal,
    owns_the_next,
    speakers_of,
    titles_the_next,
)
from briefing.model import ActorFact, Corpus, QuoteFact, Sentence, SentenceRef

QUOTE_MARK = re.compile('["“”]')
SENTENCE_END = re.compile(r"[.!?](?=\s+\S)")
MIN_WORDS = 3            # shorter quotations are scare quotes ("juvenile"), not statements
LOOK_AFTER = 90          # characters after a closing mark where "…," he said is looked for
OPENERS = "“‘"           # only double marks delimit quotes; single ones nest inside them
OPENING_CONTEXT = " \t([{—–-/\u00a0\u202f"
OPENING_PUNCTUATION = " \t([—–-"   # what may stand before a quotation opening its sentence
CLOSING_CONTEXT = ",.;:!?)]}"   # a straight mark before these closes a quotation ('… he went\'", said Lowe')
PARAGRAPH_BREAK_LINES = 2  # line breaks between two paragraphs (a blank line between them)
SHORT_CLAUSE_WORDS = 8   # '"…?" Mr Dunmore asked.': a clause this short after "?" or "!" attributes it
TITLE_WORD = re.compile(r"[^\W_][\w’'-]*")
# '"…?" Mr Ashdown pressed.': a name right after the closing mark, then a verb in the past
# '…," she said', '…" Asked about it, she said': a pronoun as a reporting verb's subject after the
# closing mark; and a pronoun right before an opening mark
# a quotation's own reporting clause follows its closing mark at once ('," Reed said', '," said
# Reed'); one that opens on a conjunction is a clause of its own, about what comes next
CLAUSE_OF_ITS_OWN = re.compile(r"[,;]?\s*(?:while|whilst|whereas|and|but)\b")
PRONOUN_SAYS = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?([a-z]+)")
PRONOUN_BEFORE_MARK = re.compile(r"\b(?:he|she)\s+[a-z]+\s*[:,]?\s*$", re.I)
NAME_THEN_VERB = re.compile(r"[,?!]?\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+\s+[a-z]+ed\b")


@dataclass(repr=False)
class Span:
    """The words between a pair of quotation marks, by offsets."""

    start: int           # the words inside the marks
    end: int
    open_mark: int       # offset of the opening mark
    close_mark: int | None
    line: int            # paragraph number


def quotation_spans(text: str) -> list[Span]:
    """Every quotation of `text`, scare quotes too (they may carry a speaker on to the next one)."""
    spans: list[Span] = []
    pos = 0
    for line_no, line in enumerate(text.splitlines(keepends=True)):
        open_at: int | None = None
        for mark in QUOTE_MARK.finditer(line):
            k, ch = mark.start(), mark.group()
            before = line[k - 1] if k else " "
            after = line[k + 1] if k + 1 < len(line) else " "
            opening = ch == "“" or (ch == '"' and (before in OPENING_CONTEXT or before in "“‘'")
                                     and not after.isspace() and after not in CLOSING_CONTEXT)
            if opening:
                if open_at is not None:      # reopened without closing: the earlier quote ends here
                    spans.append(Span(pos + open_at + 1, pos + _run_on_end(line, open_at + 1, k), pos + open_at,
                                      None, line_no))
                open_at = k
            elif open_at is not None:
                spans.append(Span(pos + open_at + 1, pos + k, pos + open_at, pos + k, line_no))
                open_at = None
        if open_at is not None:
            end = len(line.rstrip())
            spans.append(Span(pos + open_at + 1, pos + end, pos + open_at, None, line_no))
        pos += len(line)
    out = []
    for s in spans:
        while s.end > s.start and text[s.end - 1].isspace():
            s.end -= 1
        if s.end > s.start:
            out.append(s)
    return out


def _run_on_end(line: str, start: int, reopening: int) -> int:
    """Where a quotation left open ends, the next opening mark at `reopening`: there, where that mark
    opens a sentence (news style opens each paragraph of a long quotation afresh); but where the
    mark follows an introduction ('Lowe said: "…', paragraphs run together on one line) at the end
    of the last sentence before it, the words between being the reporter's."""
    if not line[start:reopening].rstrip().endswith((":", ",")):
        return reopening
    last = None
    for end in SENTENCE_END.finditer(line, start, reopening + 1):      # the mark itself may follow
        word = line[max(start, end.start() - 6):end.start()].split()
        if not (word and word[-1].lower().strip("(") in ABBREVIATIONS):
            last = end
    if last and line[last.end():reopening].strip():
        return last.start() + 1
    return reopening


def is_title(text: str) -> bool:
    """ "Building a Sustainable Tomorrow", "Root Cause Analysis": a name or a slogan in title case,
    not speech (which ends in a full stop, a comma, a question or an exclamation)."""
    # read word by word up to the first longer word in small letters, which most quotations hold
    # within a few words (all of a long one's words, read first, took a twentieth of the quote step)
    words = 0
    for found in TITLE_WORD.finditer(text):
        word = found.group()
        if len(word) > 3:
            if not (word[0].isupper() or word[0].isdigit()):
                return False
            words += 1
    return words >= 2 and not text.rstrip().endswith(("?", "!", ",", ";"))


def find_quotes(corpus: Corpus, actors: list[ActorFact]) -> list[QuoteFact]:
    """Quotations with a known speaker, in document order."""
    index = actor_index(corpus)
    known = {a.name for a in actors}
    if index.quotes is not None and known == index.kinds.keys():
        # found already, where the actors were ranked by their speech
        return [replace(q, sentences=list(q.sentences)) for q in index.quotes]
    return quotations(corpus, index, known)


def quotations(corpus: Corpus, index: ActorIndex, known: set[str]) -> list[QuoteFact]:
    """Quotations whose speaker is one of the actors `known`, as `index` reads them (ranked or not)."""
    kinds = actor_kinds(index)
    affiliated = actor_affiliations(index)
    quotes: list[QuoteFact] = []
    for doc, sentences in enumerate(corpus.sentences):
        document = corpus.documents[doc]
        if '"' not in document.text and "“" not in document.text:
            continue
        ctx = speakers_of(corpus, index, doc, kinds, affiliated)
        starts = [s.start for s in sentences]
        spans = quotation_spans(document.text)
        inside = [(s.open_mark, s.end + 1) for s in spans]
        previous: tuple[Span, str] | None = None
        for span in spans:
            k = bisect.bisect_right(starts, span.start) - 1
            if k < 0 or not (sentences[k].start <= span.start < sentences[k].end + 1):
                continue                     # in a left-out section or between sentences
            attribution = _speaker(ctx, span, sentences[k], previous, inside)
            if attribution.speaker and _names_its_speaker(ctx, span, attribution.speaker):
                attribution = UNKNOWN
            speaker = attribution.speaker
            if not speaker or speaker not in known:
                if attribution.found:        # someone we do not know speaks: the last speaker's run ends
                    previous = None
                    ctx.unknown_speakers.add(sentences[k].index)
                continue
            ctx.last_speaker = (span.start, speaker)
            previous = (span, speaker)
            end = _run_on_end_before_speaker(ctx, span, speaker)
            text = document.text[span.start:end]
            if len(text.split()) < MIN_WORDS or is_title(text):
                continue                     # kept only to carry its speaker to the next quotation
            # the sentences it runs over, from its own on (in text order, one after another)
            covered = []
            for s in islice(sentences, k, None):
                if s.start >= end:
                    break
                if s.end > span.start:
                    covered.append(s.index)
            quotes.append(QuoteFact(speaker, text, SentenceRef(doc, sentences[k].index), span.start, end, covered))
    return quotes


def _names_its_speaker(ctx: DocumentSpeakers, span: Span, speaker: str) -> bool:
    """Whether the first sentence of a person's quotation names that person ('"Another quality Mr
    Reed has is …," he said' after Reed is mentioned): people do not speak of themselves by name,
    so the words are someone else's, about them (an organization's statement names it: "Acme has
    always …"). Only the first sentence: a quotation left open may run on into the reporter's next
    ones ('"… start looking. Mr Reed said that …')."""
    here = ctx.sentence_at(span.start)
    end = min(span.end, ctx.sentence_of[here][1]) if here is not None else span.end
    return ctx.kinds.get(speaker) == "person" and any(name == speaker for _, name in ctx.between(span.start, end))


def _run_on_end_before_speaker(ctx: DocumentSpeakers, span: Span, speaker: str) -> int:
    """Where a quotation left open ends: before a later sentence of it that names its speaker ('"I
    think I have proved I am fit. Reed joined the club in 2003 …'), the reporter's, whose closing
    mark the source left out (people do not speak of themselves by name), or that tells in the
    reporter's voice what someone said ('"… hoping it helps. Reed said he would give …'); else where
    its span ends."""
    if span.close_mark is not None:
        return span.end
    here = ctx.sentence_at(span.start)
    if here is None:
        return span.end
    index = here + 1
    while index in ctx.sentence_of and ctx.sentence_of[index][0] < span.end:
        start, end = ctx.sentence_of[index]
        if any(name == speaker for _, name in ctx.between(start, min(end, span.end))) \
                or _reports_in_third_person(ctx, start, min(end, span.end)):
            return len(ctx.document.text[:start].rstrip())
        index += 1
    return span.end


def _reports_in_third_person(ctx: DocumentSpeakers, start: int, end: int) -> bool:
    """Whether the sentence from `start` reports someone's words in the reporter's voice ("Reed said he
    would give the prize money away.", "He said that the club would appeal."): a reporting verb whose
    subject is a name or "he" or "she", in a sentence with no word of the first person, which a
    speaker's own words would hold."""
    text = ctx.document.text
    if FIRST_PERSON.search(text, start, end):
        return False
    for verb in reporting_verbs(ctx, start, end):
        subject = text[start:verb.start()].split()
        if 1 <= len(subject) <= REPORTED_SUBJECT_WORDS and (subject[0] in ("He", "She") or all(
                w[:1].isupper() for w in subject)):
            return True
    return False


FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s|I'm|I’m)\b")
THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er|[Hh]e's|[Ss]he's|[Hh]e’s|[Ss]he’s)\b")
REPORTED_SUBJECT_WORDS = 3   # "He", "Tom Reed", "Coach Tom Reed" opening the sentence right before the verb


def _after_window(ctx: DocumentSpeakers, span: Span, inside: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where '"…," he said' is looked for: the rest of the quotation's sentence, up to the next
    quotation; after a quotation ending in "?" or "!" only a short clause ('"…?" Mr Dunmore asked.')."""
    text = ctx.document.text
    if span.close_mark is None:
        return None
    last_char = text[span.end - 1] if span.end > span.start else ""
    if last_char == ".":
        return None                          # the quotation ends its sentence
    start = span.close_mark + 1
    line_end = text.find("\n", start)
    end = min(len(text) if line_end < 0 else line_end, start + LOOK_AFTER)
    end = min([end] + [a for a, _ in inside if a >= start])
    here = ctx.sentence_at(span.close_mark)
    if here is not None and ctx.sentence_of[here][1] > start + 1:
        end = min(end, ctx.sentence_of[here][1])
    elif last_char in "?!":                  # the splitter ended the sentence at the mark
        following = ctx.sentence_at(end - len(text[start:end].lstrip()))      # the next word
        if following is None:
            return None
        a, b = ctx.sentence_of[following]
        if len(text[a:b].split()) > SHORT_CLAUSE_WORDS:
            return None
        end = min(end, b)
    else:
        return None
    return start, end


def _speaker(ctx: DocumentSpeakers, span: Span, sentence: Sentence, previous: tuple[Span, str] | None,
             inside: list[tuple[int, int]]) -> Attribution:
    """The speaker of a quotation: named after it, before it in its sentence, elsewhere in its
    sentence, or the speaker of the quotation just before it that it continues. A reporting
    clause naming someone we do not know ends the search: the words are not anyone else's."""
    text = ctx.document.text
    window = _after_window(ctx, span, inside)
    if window and CLAUSE_OF_ITS_OWN.match(text, *window):
        window = None      # 'could "let them in", while the Tories say …': the next quotation's clause
    after = NONE
    if window:
        after = speaker_clause(ctx, *window, prefer_last=False, inside=inside, after_quote=True)
        if after.speaker and any(v.group(1) in REPORTING_VERBS for v in PRONOUN_SAYS.finditer(text, *window)):
            # 'Ann Lowe, for the union, added: "…," she said.', 'Ms Vale said she hoped "…" Asked about it,
            # she said': the name before outranks the pronoun
            named_before = speaker_clause(ctx, sentence.start, span.open_mark, prefer_last=True, inside=inside)
            if named_before.found and not _pronoun_speaks_before(text, sentence.start, span.open_mark):
                return named_before
        if after.speaker:
            return after
        named = NAME_THEN_VERB.match(text, *window)      # "…?" Mr Ashdown pressed.
        if named and not after.found:
            people = ctx.between(window[0], window[0] + len(named.group()))
            if people:
                return Attribution(True, people[0][1])
        if not after.found and not text[sentence.start:span.open_mark].strip(OPENING_PUNCTUATION):
            if _spoken_to(ctx, *window, inside):
                return UNKNOWN            # '"…," one voter told Mr Reed.': not Reed's words
            tail = _person_in_tail_clause(ctx, *window, inside)
            if tail:
                return Attribution(True, tail)
    same_line = previous is not None and previous[0].line == span.line
    window_start = max(sentence.start, previous[0].end + 1 if same_line else 0)
    before = speaker_clause(ctx, window_start, span.open_mark, prefer_last=True, inside=inside)
    if not before.found and window_start > sentence.start:     # '… said "…" while adding "…"'
        before = speaker_clause(ctx, sentence.start, span.open_mark, prefer_last=True, inside=inside)
    if before.found or after.found:
        return Attribution(True, before.speaker)    # "He said that «…», according to a report": his
    if not _closed_with_full_stop(text, span):
        rest = speaker_clause(ctx, span.end, sentence.end, prefer_last=False, inside=inside, after_quote=True)
        if rest.found:
            return rest                   # 'X "…" and failed to act, Lowe added.'
    colon = _introduced_by_colon(ctx, sentence, span)
    if colon.found:
        return colon                      # 'Ms Vale is confident though: "…"'
    # A quotation standing as a sentence of its own continues the speaker before it, in this
    # paragraph or in the next one that opens with it; words quoted inside a sentence about
    # something else ('Lowe took over and pledged a "new start"') are that sentence's.
    if text[sentence.start:span.open_mark].strip(OPENING_PUNCTUATION):
        return NONE
    paragraph_opening = not text[text.rfind("\n", 0, span.open_mark) + 1:span.open_mark].strip()
    continues = previous is not None and (
        same_line or (previous[0].line in (span.line - 1, span.line - 2) and paragraph_opening))
    reported = _reported_just_before(ctx, sentence, previous, inside)
    # a speaker the sentence before names by name wins; one it gives by a pronoun or a description
    # ("And he added that …") only where no run of quotations goes on to this one
    if reported.found and not (continues and reported.speaker and not _named_in(ctx, sentence.index - 1,
                                                                              reported.speaker, inside)):
        return reported
    if continues:
        opening = None if reported.found else _person_opening(ctx, sentence.index - 1, previous, inside)
        if opening is not None and opening[0] != previous[1]:
            other, owned = opening
            # '"…," Lowe said. Reed, though, is keen to wait. "We are not ready."': the person the
            # reporter has just brought in speaks next (whole BBC corpus: 12 fired, 12 right); unless the words
            # speak of a "he" or "she" and not of themselves ('Reed has struggled. "It's his first
            # year and he was phenomenal"'): someone else's about them
            first = ctx.sentence_at(span.start)
            end = min(span.end, ctx.sentence_of[first][1]) if first is not None else span.end
            if owned or THIRD_PERSON.search(text, span.start, end) and not FIRST_PERSON.search(text, span.start, end):
                return UNKNOWN      # "Reed's lawyer, though, …": someone of theirs, not named
            return Attribution(True, other)
        return Attribution(True, previous[1])
    return NONE


def _closed_with_full_stop(text: str, span: Span) -> bool:
    """Whether a quotation ends its sentence: a full stop (not an ellipsis, after which '… " Reed
    recalled' may follow) right before its closing mark, and a capital after it ('… the year." said
    Reed' goes on). What follows the mark is a new sentence, though a stray space before the mark
    ('… a year. " And Ms Vale said …') kept the splitter from ending one there, and its subject is
    not the quotation's speaker."""
    if span.close_mark is None or text[span.end - 1:span.end] != "." or text[span.end - 2:span.end] == "..":
        return False
    following = text[span.close_mark + 1:span.close_mark + 3].lstrip()
    return following[:1].isupper()


def _person_in_tail_clause(ctx: DocumentSpeakers, start: int, end: int, inside: list[tuple[int, int]]) -> str | None:
    """The person a quotation's own sentence names after its closing comma, where no reporting clause
    of ours reads there ('"…," said the chairman of the Harwick group, local trader Tom Reed.',
    '"…," predicted Tom Reed, director of …', '"…," laughs Reed'): a quotation opening its sentence
    and closed by a comma is the subject's of the clause that ends it, whatever its verb. Not a name
    in a phrase ("from Reed"), an owner ("Reed's lawyer said") or one in a clause of its own ("as
    Reed left", "who met Reed"), nor one opening the title of the person named next ("laughs Quenby
    Chief Constable Tom Reed": Reed's)."""
    text = ctx.document.text
    named = [(m, n) for m, n in ctx.between(start, end) if not any(a <= m.start < b for a, b in inside)]
    for k, (mention, name) in enumerate(named):
        if not is_personal(ctx, mention, name):
            continue
        if k + 1 < len(named) and is_personal(ctx, *named[k + 1]) \
                and titles_the_next(text, mention, named[k + 1][0].start):
            continue                 # "laughs Quenby Chief Constable Tom Reed": the title's place, not its holder
        words = text[start:mention.start].lower().split()
        if after_preposition(text, mention.start) or POSSESSIVE_AFTER.match(text, mention.end) \
                or len(words) > TAIL_CLAUSE_WORDS or not CLAUSE_OPENERS.isdisjoint(w.strip(",") for w in words):
            return None
        return name
    return None


def _spoken_to(ctx: DocumentSpeakers, start: int, end: int, inside: list[tuple[int, int]]) -> bool:
    """Whether the clause after a quotation names the one the words were spoken to: the object of a
    verb of telling ('"…," one voter told Mr Reed'), or the subject of one in the passive ('"…,"
    Mr Reed was told'); whoever spoke, it was not that person."""
    text = ctx.document.text
    # a verb opening the clause has its subject after it ('"…," assured Mr Reed'): no hearer there
    return PASSIVE.search(text, start, end) is not None \
        or any(hearer(ctx, verb, inside) for verb in reporting_verbs(ctx, start, end, inside)
               if LETTERS.search(text, start, verb.start()))


TAIL_CLAUSE_WORDS = 12   # words of a description before the name ("said the chairman of the … committee, MP Tom Reed")
POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# words opening a clause of its own (a closed class of conjunctions and relative pronouns)
CLAUSE_OPENERS = frozenset("as when while whilst after before because since until unless if and but or who whom whose "
                           "which that where".split())


def _pronoun_speaks_before(text: str, start: int, mark: int) -> bool:
    """Whether a pronoun right before the opening mark at `mark` is its reporting clause's subject
    ('he added: "…'), not that of a clause a reporting verb governs ('Ms Vale said she hoped "…"',
    whose speaker is named)."""
    pronoun = PRONOUN_BEFORE_MARK.search(text, start, mark)
    return pronoun is not None and governing_verb(text, start, pronoun.start()) is None


def _introduced_by_colon(ctx: DocumentSpeakers, sentence: Sentence, span: Span) -> Attribution:
    """ 'Ms Vale is confident though: "…"', 'Reed was at a loss to explain it: "…"': a clause with
    no reporting verb that ends on a colon right before the quotation introduces the words of its
    subject, the person or organization it opens on ("he" or "she" standing for one named before).
    Nobody where the clause names anyone else too, or is passive ('Reed was told: "…"')."""
    text = ctx.document.text
    clause = text[sentence.start:span.open_mark].rstrip()
    if not clause.endswith(":") or any(c in clause for c in '"“”') or PASSIVE.search(clause) \
            or reporting_verbs(ctx, sentence.start, span.open_mark):
        return NONE                       # a reporting clause there names its speaker or nobody we know
    named = ctx.between(sentence.start, span.open_mark)
    # "Harwick boss Tom Reed:", "Reed's deputy Ann Vale is sure:": a name owning the role of the
    # person named next is that person's club, party or superior, not a second subject
    named = [(m, n) for k, (m, n) in enumerate(named)
             if not (k + 1 < len(named) and owns_the_next(text, m, named[k + 1][0].start))]
    if not named:
        pronoun = PERSON_PRONOUN_OPENING.match(clause)
        return Attribution(True, ctx.just_mentioned(sentence.start + pronoun.end())) if pronoun else NONE
    mention, name = named[0]
    if any(n != name for _, n in named) or after_preposition(text, mention.start) \
            or len(_opening_words(text[sentence.start:mention.start])) > SUBJECT_OPENING_WORDS:
        return NONE
    if is_personal(ctx, mention, name) or ctx.kinds.get(name) == "organization":
        return Attribution(True, name)
    return NONE


def _opening_words(text: str) -> list[str]:
    """The words of a clause's opening before its subject's name, leaving out a list's dash and an
    honorific ("- Harwick boss Sir" is three: the name's description)."""
    return [w for w in text.split() if any(c.isalnum() for c in w) and w.lower().strip(".") not in HONORIFICS]


# "was told", "were warned", "is being asked": a clause whose subject is told the words, not says them
# (the passive of verbs of telling, a closed class; "was delighted", "is prepared to" are no such)
PASSIVE = re.compile(r"\b(?:is|was|are|were|been|being)\s+(?:[a-z]+ly\s+)?(?:told|asked|warned|informed|reminded|"
                     r"advised|urged|quoted|given|shown|sent|handed|read|written|greeted|met)\b")
PERSON_PRONOUN_OPENING = re.compile(r"\W*(?:(?:and|but)\s+)?(?:he|she)\b", re.I)


def _person_opening(ctx: DocumentSpeakers, index: int, previous: tuple[Span, str] | None,
                    inside: list[tuple[int, int]]) -> tuple[str, bool] | None:
    """The person sentence `index` opens on, and whether as its subject ("Reed, though, is keen …",
    "Coach Tom Reed wants …": False) or as its subject's owner ("Reed's lawyer …": True), where it
    holds no quotation of the run before it; else None."""
    span = ctx.sentence_of.get(index)
    if span is None or (previous is not None and previous[0].end >= span[0]):
        return None
    start, end = span
    text = ctx.document.text
    for mention, name in ctx.between(start, end):
        if any(a <= mention.start < b for a, b in inside):
            continue
        if len(text[start:mention.start].split()) > SUBJECT_OPENING_WORDS or after_preposition(text, mention.start):
            return None
        if not is_personal(ctx, mention, name):
            return None
        return name, POSSESSIVE_AFTER.match(text, mention.end) is not None
    return None


def _named_in(ctx: DocumentSpeakers, index: int, name: str, inside: list[tuple[int, int]]) -> bool:
    """Whether sentence `index` names `name` as the subject of its reporting verb: before the verb
    ("Lowe said …", "according to Lowe, …") or right after it ("said Lowe"), not in what is
    reported ("he added that Lowe would start")."""
    start, end = ctx.sentence_of[index]
    verbs = reporting_verbs(ctx, start, end, inside)
    if not verbs:
        return False
    text = ctx.document.text
    for mention, who in ctx.between(start, end):
        if who != name:
            continue
        if mention.start < verbs[0].start():
            return True
        if any(0 <= mention.start - v.end() <= NEAR_AFTER_VERB and "that" not in text[v.end():mention.start].split()
               for v in verbs):
            return True
    return False


NEAR_AFTER_VERB = 40     # characters between a verb and the subject after it ("said the union's Ann Lowe")


def _reported_just_before(ctx: DocumentSpeakers, sentence: Sentence, previous: tuple[Span, str] | None,
                          inside: list[tuple[int, int]]) -> Attribution:
    """ 'Lowe said the strike would go on. "Our members are angry."': news style lets a quotation
    standing alone carry on from the sentence right before it that reports someone's words (in its
    paragraph, or closing the one before). A reporting clause there naming someone we do not know
    ("a resident said …") makes the quotation theirs, so nobody's in the brief."""
    before = ctx.sentence_of.get(sentence.index - 1)
    if before is None:
        return NONE
    start, end = before
    if previous is not None and previous[0].end >= start:
        return NONE                          # the sentence before holds a quotation: its speaker goes on
    if sentence.index - 1 in ctx.unknown_speakers:
        return UNKNOWN                       # it holds one of someone we do not know, who goes on
    if ctx.document.text.count("\n", end, sentence.start) > PARAGRAPH_BREAK_LINES:
        return NONE
    return speaker_clause(ctx, start, end, prefer_last=True, inside=inside)
