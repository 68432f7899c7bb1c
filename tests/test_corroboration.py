"""Near-duplicate sentences across sources are grouped; different ones are not."""

from analysis_helpers import doc
from briefing.analysis.corroboration import group_near_duplicates
from briefing.model import Corpus, SentenceRef


def test_reworded_copies_in_two_sources_form_one_group():
    a = doc("a", "The finance chief admitted lying to the auditors about the quarterly accounts.",
            "Shares fell sharply in early trading.")
    b = doc("b", "Weather forecasters expect heavy rain across the north.",
            "The former finance chief admitted lying to auditors about quarterly accounts on Tuesday.")
    assert group_near_duplicates(Corpus.of([a, b])) == [[SentenceRef(0, 0), SentenceRef(1, 1)]]


def test_sentences_that_only_share_a_topic_stay_apart():
    a = doc("a", "The finance chief admitted lying to the auditors about the quarterly accounts.")
    b = doc("b", "The auditors said the quarterly accounts were approved by the board in March.")
    assert group_near_duplicates(Corpus.of([a, b])) == []


def test_content_words_found_while_reading_are_used_for_that_document_only(monkeypatch):
    import briefing.analysis.corroboration as corroboration
    from briefing.analysis.corroboration import document_words, remember_words, sentence_words
    from briefing.analysis.memo import DocumentMemo

    monkeypatch.setattr(corroboration, "_KNOWN", DocumentMemo())
    a = doc("harbour-a", "Harbour pilots walked out over night shifts.", "Talks resume on Monday.")
    b = doc("harbour-b", "Harbour pilots walked out over night shifts.")
    assert sentence_words(Corpus.of([a]))[1] == document_words(a)
    remember_words(b, [frozenset({"found-elsewhere"})])
    refs, bags = sentence_words(Corpus.of([a, b]))
    assert refs == [SentenceRef(0, 0), SentenceRef(0, 1), SentenceRef(1, 0)]
    assert bags == [*document_words(a), frozenset({"found-elsewhere"})]
