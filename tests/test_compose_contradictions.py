"""Conflicting reports: each version of a disputed figure, time or claim shown verbatim and cited,
preferring sentences no other section shows. Every sentence here is invented."""

from briefing.compose.context import ComposeContext
from briefing.compose.contradictions import contradictions_section, pick_version
from briefing.model import (
    ContradictionFact,
    Corpus,
    CorpusFacts,
    Document,
    Issue,
    Section,
    Sentence,
    SentenceRef,
)
from briefing.templates import SectionSpec, load_template
from compose_helpers import brief_from, section, verbatim


def test_different_figures_for_the_same_amount_are_reported_with_both_sources(tmp_path):
    docs = {"a.txt": "The insurer lost $4bn (£3bn) on the failed property venture last year.\n",
            "b.txt": "Analysts say the insurer lost $4bn (£2.2bn) on the failed property venture.\n"}
    items = section(brief_from(tmp_path, docs), "contradictions").items
    assert len(items) == 1
    assert items[0].topic.startswith("Sum") and "£2.2bn vs £3bn" in items[0].topic
    assert sorted(s.citations[0].source for s in items[0].statements) == ["S1", "S2"]


def test_sources_that_agree_give_no_conflict(tmp_path):
    docs = {"a.txt": "The insurer lost $4bn (£3bn) on the failed property venture last year.\n",
            "b.txt": "Analysts say the insurer lost $4bn (£3bn) on the failed property venture.\n"}
    assert section(brief_from(tmp_path, docs), "contradictions").items == []


def test_a_clock_time_heading_is_shown_with_the_sentence_it_heads(tmp_path):
    docs = {"a.txt": "Governor Ruth Ambler declared a curfew at 11 p.m. in a televised address to the city.\n",
            "b.txt": "How the night unfolded in the city.\n\n10:23 p.m.\n\n"
                     "Governor Ruth Ambler declares a curfew in a televised address.\n"}
    brief = brief_from(tmp_path, docs)
    [item] = section(brief, "contradictions").items
    assert item.topic == "Time: 11 p.m. vs 10:23 p.m."
    heading = next(s for s in item.statements if s.citations[0].source == "S2")
    assert heading.text.startswith("10:23 p.m.") and heading.text.endswith("televised address.")
    assert verbatim(brief, tmp_path, heading)


def test_a_version_opening_on_he_is_shown_after_the_sentence_naming_him(tmp_path):
    docs = {"a.txt": "Dockers rejected the port's final offer by 94% before the strike began in the spring.\n",
            "b.txt": "Union leader Tomas Vell spoke to reporters outside the hall on Thursday night. "
                     "He said 96.5% voted to reject the port's final offer before the strike began.\n"}
    brief = brief_from(tmp_path, docs)
    [item] = section(brief, "contradictions").items
    second = next(s for s in item.statements if s.citations[0].source == "S2")
    assert second.text.startswith("Union leader Tomas Vell") and "96.5%" in second.text
    assert verbatim(brief, tmp_path, second)


def test_a_claim_and_its_denial_in_one_report_are_shown(tmp_path):
    docs = {"a.txt": "The memoir claimed that the envoy told the mayor: \"I will never trust you again.\" "
                     "The envoy directly denied that quote on Monday.\n",
            "b.txt": "The harbour reopened on Tuesday after the storm passed through the bay.\n"}
    [item] = section(brief_from(tmp_path, docs), "contradictions").items
    assert item.topic.startswith("Claim and denial")
    assert [s.citations[0].source for s in item.statements] == ["S1", "S1"]


def document(name: str, *texts: str) -> Document:
    sentences, start = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(i, start, start + len(t), t))
        start += len(t) + 1
    return Document(name, name, name, " ".join(texts), sentences=sentences)


def test_a_version_is_shown_by_a_sentence_no_other_section_shows():
    first = "The insurer lost $4bn (£3bn) on the failed property venture last year."
    second = "Auditors found the insurer lost $4bn (£3bn) on its failed property venture."
    corpus = Corpus.of([document("a", first), document("b", second)])
    ctx = ComposeContext(corpus, CorpusFacts(corpus), load_template("standard"))
    side = [SentenceRef(0, 0), SentenceRef(1, 0)]
    spec = SectionSpec("contradictions", "Conflicting reports")
    assert pick_version(ctx, side, spec, set()) == [SentenceRef(0, 0)]
    ctx.used.add(SentenceRef(0, 0))
    assert pick_version(ctx, side, spec, set()) == [SentenceRef(1, 0)]


def test_a_version_another_section_shows_is_left_to_it_while_two_remain():
    texts = ["The firm overstated its accounts by $8bn (£4bn), auditors found last spring.",
             "The firm is accused of an $8bn (£5bn) fraud that auditors found last spring.",
             "Auditors found the firm's $8bn (£6.5bn) fraud at the end of last spring."]
    corpus = Corpus.of([document(name, text) for name, text in zip("abc", texts, strict=True)])
    refs = [SentenceRef(i, 0) for i in range(3)]
    facts = CorpusFacts(corpus, contradictions=[ContradictionFact("Sum: £4bn vs £5bn vs £6.5bn", refs,
                                                                  [[r] for r in refs])])
    ctx = ComposeContext(corpus, facts, load_template("standard"))
    ctx.used.add(refs[1])
    [item] = contradictions_section(ctx, SectionSpec("contradictions", "Conflicting reports")).items
    assert item.topic == "Sum: £4bn vs £5bn vs £6.5bn"
    assert [s.citations[0].source for s in item.statements] == ["S1", "S3"]
    ctx.used.update(refs)
    [item] = contradictions_section(ctx, SectionSpec("contradictions", "Conflicting reports")).items
    assert len(item.statements) == 2


def test_a_version_an_open_issue_shows_is_shown_by_another_sentence_of_its_side():
    first = "The insurer lost $4bn (£3bn) on the failed property venture last year."
    second = "Auditors found the insurer lost $4bn (£3bn) on its failed property venture."
    corpus = Corpus.of([document("a", first), document("b", second)])
    ctx = ComposeContext(corpus, CorpusFacts(corpus), load_template("standard"))
    issue = Section("issues", "Open issues", issues=[Issue("Property venture", statements=[ctx.statement(SentenceRef(0, 0))])])
    ctx.show(issue)
    side = [SentenceRef(0, 0), SentenceRef(1, 0)]
    assert pick_version(ctx, side, SectionSpec("contradictions", "Conflicting reports"), set()) == [SentenceRef(1, 0)]


def test_conflicting_reports_are_built_after_the_prose_sections_and_mark_their_sentences_for_the_issues():
    from briefing.compose.brief import BUILDERS
    order = list(BUILDERS)
    assert all(order.index(kind) < order.index("contradictions") for kind in ("summary", "background", "outlook"))
    assert order.index("contradictions") < order.index("issues")
    texts = ["The firm overstated its accounts by $8bn (£4bn), auditors found last spring.",
             "The firm is accused of an $8bn (£5bn) fraud that auditors found last spring."]
    corpus = Corpus.of([document(name, text) for name, text in zip("ab", texts, strict=True)])
    refs = [SentenceRef(0, 0), SentenceRef(1, 0)]
    facts = CorpusFacts(corpus, contradictions=[ContradictionFact("Sum: £4bn vs £5bn", refs, [[r] for r in refs])])
    ctx = ComposeContext(corpus, facts, load_template("standard"))
    contradictions_section(ctx, SectionSpec("contradictions", "Conflicting reports"))
    assert ctx.in_contradictions == set(refs)


def test_a_denial_of_the_allegations_is_shown_with_the_deniers_words_after_it():
    texts = ["On the stand the bookkeeper repeatedly told jurors that she had warned the mayor about the "
             "missing park funds.",
             "During questioning on Tuesday the mayor denied the allegations.",
             "\"Nobody ever told me a single penny of the park funds was missing,\" she told the court."]
    corpus = Corpus.of([document("a", *texts)])
    ctx = ComposeContext(corpus, CorpusFacts(corpus), load_template("standard"))
    spec = SectionSpec("contradictions", "Conflicting reports")
    assert pick_version(ctx, [SentenceRef(0, 1)], spec, set()) == [SentenceRef(0, 1), SentenceRef(0, 2)]
    corpus = Corpus.of([document("a", *texts[:2], "The court then adjourned for the weekend until Monday morning.")])
    ctx = ComposeContext(corpus, CorpusFacts(corpus), load_template("standard"))
    assert pick_version(ctx, [SentenceRef(0, 1)], spec, set()) == [SentenceRef(0, 1)]


def test_a_version_is_shown_without_the_sources_reference_marks(tmp_path):
    docs = {"a.txt": "The insurer lost $4bn (£3bn) on the failed property venture last year.[2] Its board met.\n",
            "b.txt": "Analysts say the insurer lost $4bn (£2.2bn) on the failed property venture.[7] Shares fell.\n"}
    brief = brief_from(tmp_path, docs)
    [item] = section(brief, "contradictions").items
    assert [s.text.endswith("venture last year.") or s.text.endswith("property venture.") for s in item.statements] \
        == [True, True]
    assert all(s.citations[0].source in ("S1", "S2") for s in item.statements)


def test_a_quotation_going_on_from_the_sentence_before_is_shown_with_the_sentence_naming_its_speaker():
    spec = SectionSpec("contradictions", "Conflicting reports")
    texts = ["Ann Vale told the Tarvel radio station: \"There has been a lot of talk about the harbour rules.",
             "\"The reality is that the harbour rules are very clear."]
    corpus = Corpus.of([document("a", *texts)])
    ctx = ComposeContext(corpus, CorpusFacts(corpus), load_template("standard"))
    assert pick_version(ctx, [SentenceRef(0, 1)], spec, set()) == [SentenceRef(0, 0), SentenceRef(0, 1)]


def test_a_quotation_after_one_that_names_no_speaker_is_shown_alone():
    spec = SectionSpec("contradictions", "Conflicting reports")
    for before in ["\"There has been a lot of talk about the harbour rules from the Harwick fishermen.",
                   "Ann Vale said there had been a lot of talk about the harbour rules from the fishermen."]:
        corpus = Corpus.of([document("a", before, "\"The reality is that the harbour rules are very clear.")])
        ctx = ComposeContext(corpus, CorpusFacts(corpus), load_template("standard"))
        assert pick_version(ctx, [SentenceRef(0, 1)], spec, set()) == [SentenceRef(0, 1)]


def test_a_version_opening_on_a_contrast_and_a_pronoun_is_shown_after_the_sentence_naming_its_party():
    spec = SectionSpec("contradictions", "Conflicting reports")
    named = "At the tribunal on Friday, the Harwick Anglers lost their bid to have the harbour rules struck out."
    for answer, shown in [("But they say the harbour rules are unclear and impossible to police.", [0, 1]),
                          ("But their chairman says the harbour rules are unclear and impossible to police.", [1])]:
        corpus = Corpus.of([document("a", named, answer)])
        ctx = ComposeContext(corpus, CorpusFacts(corpus), load_template("standard"))
        assert pick_version(ctx, [SentenceRef(0, 1)], spec, set()) == [SentenceRef(0, k) for k in shown]
