"""Sentences from different sources whose figures, agents or claims disagree are paired."""

from briefing.analysis.contradictions import figures_disagree, find_contradictions
from briefing.model import Corpus, CorpusFacts, Document, Sentence, SentenceRef


def doc(name: str, *texts: str) -> Document:
    sentences, start = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(i, start, start + len(t), t))
        start += len(t) + 1
    return Document(name, name, name, " ".join(texts), sentences=sentences)


def conflicts(*docs: Document):
    corpus = Corpus.of(list(docs))
    return find_contradictions(corpus, CorpusFacts(corpus))


def test_same_figure_converted_differently_is_a_conflict():
    assert figures_disagree("an $11bn (£6bn) accounting fraud", "overstating its accounts by $11bn (£8.5bn)")
    assert not figures_disagree("an $11bn (£6bn) fraud", "the $11bn (£6bn) fraud")


def test_different_sources_naming_different_inviters_are_paired():
    a = doc("a", "The envoy delivered a letter from President Moreau to Premier Tanaka, extending an "
                 "invitation to the regional trade summit in October.")
    b = doc("b", "According to the ministry, Okafor has invited Tanaka to attend the regional trade summit "
                 "in October.")
    [item] = conflicts(a, b)
    assert item.refs == [SentenceRef(0, 0), SentenceRef(1, 0)]
    assert item.topic.startswith("Accounts differ")


def test_denial_of_a_reported_claim_is_paired():
    a = doc("a", "The book claims the minister promised his deputy he would resign before the election.")
    b = doc("b", "The minister has dismissed claims he promised his deputy he would resign.")
    [item] = conflicts(a, b)
    assert item.topic.startswith("Claim and denial")


def test_agreeing_sources_are_not_a_conflict():
    a = doc("a", "The regional trade summit opens in the port city in October.")
    b = doc("b", "The regional trade summit opens in the port city in October, officials said.")
    assert conflicts(a, b) == []


def test_every_report_of_one_figure_joins_one_item():
    a = doc("a", "The insurer is accused of hiding a $4bn (£3bn) loss on the property venture.")
    b = doc("b", "Auditors found the insurer had hidden a $4bn (£2.2bn) loss from its shareholders.")
    c = doc("c", "The $4bn (£2.5bn) loss led to the collapse of the insurer last spring.")
    items = [i for i in conflicts(a, b, c) if i.topic.startswith("Figures differ")]
    assert len(items) == 1
    assert sorted(r.doc for r in items[0].refs) == [0, 1, 2]
