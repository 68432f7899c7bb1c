"""Sentences reporting a dated happening become events with an ISO date and a future flag."""

from briefing.analysis.events import find_events
from briefing.model import Corpus, Document, Sentence


def corpus_of(*texts: str, published: str | None = None) -> Corpus:
    sentences, start = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(i, start, start + len(t), t))
        start += len(t) + 1
    doc = Document("d1", "d1.txt", "T", " ".join(texts), sentences=sentences, published=published)
    return Corpus.of([doc])


def test_sentence_with_a_stated_year_is_an_event_with_that_date():
    [event] = find_events(corpus_of("The missile shield was deployed in 2017 despite protests."))
    assert (event.date, event.date_text, event.future) == ("2017", "2017", False)


def test_weekday_without_publication_date_makes_no_event():
    assert find_events(corpus_of("The minister resigned on Monday after the vote.")) == []


def test_weekday_with_publication_date_is_resolved_and_future_is_flagged():
    events = find_events(corpus_of("The minister resigned on Monday after the vote.",
                                   "The president will visit the capital next month for talks.",
                                   published="2025-12-10"))
    assert [(e.date, e.future) for e in events] == [("2025-12-08", False), ("2026-01", True)]


def test_a_stated_year_is_preferred_to_a_decade_in_the_same_sentence():
    [event] = find_events(corpus_of("In the early 1990s the firm grew, and it collapsed in July 2002."))
    assert event.date == "2002-07"


def test_the_first_stated_year_dates_the_sentence_even_when_approximate():
    [event] = find_events(corpus_of("The auditors approved the accounts in early 2001 and 2002."))
    assert (event.date, event.date_text) == ("2001", "early 2001")
