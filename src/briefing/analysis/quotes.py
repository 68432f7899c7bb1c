"""Direct quotations and who said them.

Quotation marks are paired within a paragraph, straight or curly; an opening mark repeated
before the last one closed (news style for quotes that run over several sentences) ends the
earlier quote, and a quote left open at the paragraph's end runs to it. The speaker is named
after the quote ("…," Niu said), before it (Mr Howard asked: "…"; Wang emphasised "…"), by a
pronoun for the person just mentioned, or, for an unattributed quote, by the quote before it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefing.analysis.actors import actor_index
from briefing.analysis.attribution import DocumentSpeakers, speaker_in, speakers_of
from briefing.model import ActorFact, Corpus, QuoteFact, SentenceRef

QUOTE_MARK = re.compile('["“”]')
MIN_WORDS = 3            # shorter quotations are scare quotes ("juvenile"), not statements
LOOK_AFTER = 90          # characters after a closing mark where "…," he said is looked for
OPENERS = "“‘"           # only double marks delimit quotes; single ones nest inside them
OPENING_CONTEXT = " \t([{—–-/\u00a0\u202f"
# '"…?" Mr Weingarten pressed.': a name right after the closing mark, then a verb in the past
NAME_THEN_VERB = re.compile(r"[,?!]?\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+\s+[a-z]+ed\b")


@dataclass
class Span:
    start: int           # the words inside the marks
    end: int
    open_mark: int       # offset of the opening mark
    close_mark: int | None
    line: int            # paragraph number


def quotation_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    for line_no, line in enumerate(text.splitlines(keepends=True)):
        open_at: int | None = None
        for mark in QUOTE_MARK.finditer(line):
            k, ch = mark.start(), mark.group()
            before = line[k - 1] if k else " "
            after = line[k + 1] if k + 1 < len(line) else " "
            opening = ch == "“" or (ch == '"' and (before in OPENING_CONTEXT or before in "“‘'")
                                     and not after.isspace())
            if opening:
                if open_at is not None:      # reopened without closing: the earlier quote ends here
                    spans.append(Span(pos + open_at + 1, pos + k, pos + open_at, None, line_no))
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
        if len(text[s.start:s.end].split()) >= MIN_WORDS:
            out.append(s)
    return out


def find_quotes(corpus: Corpus, actors: list[ActorFact]) -> list[QuoteFact]:
    """Quotations with a known speaker, in document order."""
    index = actor_index(corpus)
    known = {a.name for a in actors}
    quotes: list[QuoteFact] = []
    for doc, sentences in enumerate(corpus.sentences):
        document = corpus.documents[doc]
        if '"' not in document.text and "“" not in document.text:
            continue
        ctx = speakers_of(corpus, index, doc)
        starts = [s.start for s in sentences]
        spans = quotation_spans(document.text)
        inside = [(s.open_mark, s.end + 1) for s in spans]
        previous: tuple[Span, str] | None = None
        for span in spans:
            k = bisect.bisect_right(starts, span.start) - 1
            if k < 0 or not (sentences[k].start <= span.start < sentences[k].end + 1):
                continue                     # in a left-out section or between sentences
            speaker = _speaker(ctx, span, sentences[k].start, previous, inside)
            if not speaker or speaker not in known:
                continue
            covered = [s.index for s in sentences if s.start < span.end and s.end > span.start]
            ctx.last_speaker = (span.start, speaker)
            quotes.append(QuoteFact(speaker, document.text[span.start:span.end],
                                    SentenceRef(doc, sentences[k].index), span.start, span.end, covered))
            previous = (span, speaker)
    return quotes


def _speaker(ctx: DocumentSpeakers, span: Span, sentence_start: int, previous: tuple[Span, str] | None,
             inside: list[tuple[int, int]]) -> str | None:
    text = ctx.document.text
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    last_char = text[span.end - 1] if span.end > span.start else ""
    # '"…," he said' attributes; '"… need." Labour's X said' starts a new sentence about something else
    if span.close_mark is not None and last_char != ".":
        after_start = span.close_mark + 1
        after_end = min(line_end, after_start + (LOOK_AFTER if last_char not in "?!" else LOOK_AFTER // 2))
        next_quote = min((a for a, _ in inside if a >= after_start), default=after_end)
        after_end = min(after_end, next_quote)
        # "…?" Mr Weingarten pressed.  A name right after the closing mark, then a verb
        named = NAME_THEN_VERB.match(text, after_start, after_end)
        if named:
            people = ctx.between(after_start, after_start + len(named.group()))
            if people:
                return people[0][1]
        sentence_end = re.search(r"[.!?](?:\s|$)", text[after_start:after_end])
        stop = after_start + sentence_end.end() if sentence_end else after_end
        # after "?" or "!" only a short clause that ends there attributes ('"…?" Mr Howard asked.'),
        # not the next sentence introducing another quote ('… told reporters: "…"')
        if last_char not in "?!" or sentence_end:
            found = speaker_in(ctx, after_start, stop, prefer_last=False, inside=inside, after_quote=True)
            if found:
                return found
    window_start = max(sentence_start, previous[0].end + 1 if previous and previous[0].line == span.line else 0)
    found = speaker_in(ctx, window_start, span.open_mark, prefer_last=True, inside=inside)
    if found:
        return found
    # the same speaker goes on, in this paragraph or in the next one that opens with the quote
    if previous and (previous[0].line == span.line or (previous[0].line in (span.line - 1, span.line - 2)
                                                       and not text[text.rfind("\n", 0, span.open_mark) + 1:span.open_mark].strip())):
        return previous[1]
    return None
