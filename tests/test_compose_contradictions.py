"""Conflicting reports: sentences from different sources that disagree, both sides cited."""

from compose_helpers import brief_from, section


def test_different_figures_for_the_same_amount_are_reported_with_both_sources(tmp_path):
    docs = {"a.txt": "The insurer lost $4bn (£3bn) on the failed property venture last year.\n",
            "b.txt": "Analysts say the insurer lost $4bn (£2.2bn) on the failed property venture.\n"}
    items = section(brief_from(tmp_path, docs), "contradictions").items
    assert len(items) == 1
    assert items[0].topic.startswith("Figures differ")
    assert sorted(s.citations[0].source for s in items[0].statements) == ["S1", "S2"]


def test_sources_that_agree_give_no_conflict(tmp_path):
    docs = {"a.txt": "The insurer lost $4bn (£3bn) on the failed property venture last year.\n",
            "b.txt": "Analysts say the insurer lost $4bn (£3bn) on the failed property venture.\n"}
    assert section(brief_from(tmp_path, docs), "contradictions").items == []
