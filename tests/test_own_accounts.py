"""One party's account of another, held against that party's own account of itself in another
report, is a conflicting report; accounts that do not answer each other are not. Every sentence
here is invented."""

import pytest

from analysis_helpers import doc
from briefing.analysis.contradictions import find_contradictions
from briefing.model import ActorFact, Corpus, CorpusFacts, Document, SentenceRef

PARTIES = [ActorFact("Ann Vale", "person"), ActorFact("Harwick Mills", "organization"),
           ActorFact("Tom Reed", "person")]
CLAIM = "Ann Vale contends Harwick Mills sold the riverside land to dodge the flood levy."


def conflicts(*docs: Document):
    corpus = Corpus.of(list(docs))
    return find_contradictions(corpus, CorpusFacts(corpus, actors=PARTIES))


@pytest.mark.parametrize("answer", [
    "Harwick Mills maintains that it sold the riverside land because the site kept flooding.",
    "But Harwick Mills has always insisted that it sold the land for the flood defences.",
    "Harwick Mills, the town's oldest employer, said it had not sold the land to escape the levy.",
    "In a statement, Harwick Mills argued its sale of the land had nothing to do with the levy.",
    "\"We sold the riverside land because the site flooded every winter,\" Harwick Mills insisted.",
])
def test_a_partys_own_account_against_anothers_account_of_it_is_a_conflict(answer):
    [item] = conflicts(doc("a", CLAIM), doc("b", answer))
    assert item.topic.startswith("Accounts differ, Ann Vale vs Harwick Mills: ")
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 0)]]


@pytest.mark.parametrize("answer", [
    "Harwick Mills said it sold the riverside land in March.",             # says, and denies nothing
    "Harwick Mills maintains that the council approved the land sale.",     # of another, not of itself
    "Harwick Mills insisted it would keep every job at the weaving sheds.",  # of another matter
    "Tom Reed insisted he had never sold land to dodge the flood levy.",     # another party
    "Has Harwick Mills insisted it sold the land for the flood defences?",   # a question
    "Harwick Mills maintained its lead in the riverside land market despite the flood levy.",  # kept, not held
])
def test_what_answers_no_account_of_the_party_is_no_conflict(answer):
    assert conflicts(doc("a", CLAIM), doc("b", answer)) == []


def test_a_body_answering_by_its_kind_is_the_one_its_report_named_before():
    answer = doc("b", "Harwick Mills has owned the riverside land since 1890.",
                 "The firm insists it sold the land because the site kept flooding.")
    [item] = conflicts(doc("a", CLAIM), answer)
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 1)]]


def test_a_body_answering_by_its_kind_with_no_body_named_before_is_no_one():
    answer = doc("b", "Tom Reed has farmed beside the riverside land since 1990.",
                 "The firm insists it sold the land because the site kept flooding.")
    assert conflicts(doc("a", CLAIM), answer) == []


def test_a_claim_and_its_answer_in_one_report_are_left_to_the_contrast_rules():
    assert conflicts(doc("a", CLAIM, "Harwick Mills maintains that it sold the land because the site kept flooding."),
                     doc("b", "The mill employs 300 people.")) == []


def test_an_account_told_by_no_one_named_is_of_the_party_alone():
    told = doc("a", "The paper reported that Harwick Mills sold the riverside land to dodge the flood levy.")
    [item] = conflicts(told, doc("b", "Harwick Mills maintains that it sold the land because the site kept flooding."))
    assert item.topic.startswith("Accounts of Harwick Mills differ: ")


def test_a_party_closing_its_own_words_is_no_account_of_it():
    said = doc("a", "\"The land was sold to pay for the flood defences,\" claimed Harwick Mills.")
    assert conflicts(said, doc("b", "Harwick Mills maintains that it sold the land because the site kept flooding.")) == []
