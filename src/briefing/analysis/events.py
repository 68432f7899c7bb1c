"""Events: sentences that report a dated happening, with an ISO (possibly partial) date.

Only dates with a year — stated, or resolved against the publication date — make an event;
"Monday" in an undated article stays out of the timeline rather than get an invented year.
"""

from __future__ import annotations

import re

from briefing.analysis.dates import DateMention, find_dates
from briefing.analysis.tense import FUTURE
from briefing.model import Corpus, EventFact, SentenceRef

DIGIT = re.compile(r"\d")
MIN_EVENT_WORDS = 5      # shorter "sentences" are captions or headings, not reports


def event_date(mentions: list[DateMention]) -> DateMention | None:
    """The date a sentence is about: its first stated date ("early 2001" counts), before a
    decade ("the 1990s") or a date worked out from the publication date ("last week")."""
    dated = [d for d in mentions if d.iso]
    if not dated:
        return None
    return min(dated, key=lambda d: (d.relative, d.kind == "decade", d.start))


def is_future(iso: str, published: str | None, looks_ahead: bool) -> bool:
    if published:
        return iso > published[:len(iso)]
    return looks_ahead


def find_events(corpus: Corpus) -> list[EventFact]:
    events: list[EventFact] = []
    for i, (doc, sentences) in enumerate(zip(corpus.documents, corpus.sentences, strict=True)):
        for s in sentences:
            if len(s.text.split()) < MIN_EVENT_WORDS or not doc.published and not DIGIT.search(s.text):
                continue   # without a publication date only stated years (digits) can date it
            looks_ahead = bool(FUTURE.search(s.text))
            date = event_date(find_dates(s.text, doc.published, looks_ahead))
            if date is None:
                continue
            events.append(EventFact(date.iso, date.text, SentenceRef(i, s.index),
                                    approximate=date.approximate or date.relative,
                                    future=is_future(date.iso, doc.published, looks_ahead)))
    return events
