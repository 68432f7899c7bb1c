"""Summary, background and outlook sections: roles, corroboration, redundancy, limits."""

from briefing.templates import load_template
from compose_helpers import brief_from, section, verbatim

A = ("Ministers agreed a new rail funding deal for the northern regions on Tuesday.\n\n"
     "The deal was first proposed in 2019 by a cross-party committee.\n\n"
     "The transport secretary will present the detailed budget to parliament next month.\n\n"
     "Construction is expected to begin in the spring, officials said.\n")
B = ("Ministers agreed a new rail funding deal for the northern regions on Tuesday, officials confirmed.\n\n"
     "Regional leaders had campaigned for better rail links since the 1990s.\n\n"
     "Unions are set to ballot members over the staffing plans in the new timetable.\n")


def test_outlook_holds_future_sentences_and_background_past_ones(tmp_path):
    brief = brief_from(tmp_path, {"a.txt": A, "b.txt": B})
    outlook = [s.text for s in section(brief, "outlook").statements]
    background = [s.text for s in section(brief, "background").statements]
    assert any("will present the detailed budget" in t for t in outlook)
    assert any("set to ballot" in t for t in outlook)
    assert any("had campaigned for better rail links" in t for t in background)
    assert not any("will present" in t or "set to ballot" in t for t in background)
    assert not any("2019" in t or "1990s" in t for t in outlook)


def test_corroborated_statement_carries_every_source_and_its_text_is_the_first_ones(tmp_path):
    brief = brief_from(tmp_path, {"a.txt": A, "b.txt": B})
    statements = [s for sec in brief.sections for s in sec.statements]
    deal = next(s for s in statements if "rail funding deal" in s.text)
    assert sorted(c.source for c in deal.citations) == ["S1", "S2"]
    assert verbatim(brief, tmp_path, deal)


def test_no_statement_appears_twice_in_a_section(tmp_path):
    brief = brief_from(tmp_path, {"a.txt": A, "b.txt": B})
    for sec in brief.sections:
        texts = [s.text for s in sec.statements]
        assert len(texts) == len(set(texts))
        deal = [t for t in texts if "rail funding deal" in t]
        assert len(deal) <= 1      # the two near-identical reports count as one


def test_summary_gives_three_to_five_statements_within_the_word_limit(tmp_path):
    template = load_template("standard")
    spec = next(s for s in template.sections if s.kind == "summary")
    spec.max_words = 14
    brief = brief_from(tmp_path, {"a.txt": A, "b.txt": B}, template)
    summary = section(brief, "summary").statements
    assert 1 <= len(summary) <= 5
    assert all(len(s.text.split()) <= 14 for s in summary)


def test_min_sources_keeps_only_corroborated_statements(tmp_path):
    template = load_template("standard")
    spec = next(s for s in template.sections if s.kind == "summary")
    spec.min_sources = 2
    brief = brief_from(tmp_path, {"a.txt": A, "b.txt": B}, template)
    summary = section(brief, "summary").statements
    assert summary and all(len({c.source for c in s.citations}) >= 2 for s in summary)


def test_sentences_under_an_excluded_heading_are_never_used(tmp_path):
    from briefing.model import run_to_end
    from briefing.services import Selection, compose, ingest
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text(
        "# Rail deal\n\nMinisters agreed a new rail funding deal for the northern regions on Tuesday.\n\n"
        "The transport secretary will present the detailed budget to parliament next month.\n\n"
        "## Advertisement\n\nThe sponsor will give every reader a free rail ticket next month for sure.\n\n"
        "The sponsor was founded in 1999 and sells rail tickets across the northern regions.\n",
        encoding="utf-8")
    documents = run_to_end(ingest([folder])).documents
    brief = run_to_end(compose(documents, selection=Selection(excluded_heading_titles={"Advertisement"})))
    texts = [s.text for sec in brief.sections for s in sec.statements]
    texts += [s.text for sec in brief.sections for i in sec.issues for s in i.statements]
    texts += [e.text for sec in brief.sections for e in sec.events]
    assert texts and not any("sponsor" in t for t in texts)


def test_closing_about_sections_rank_below_the_same_words_in_the_report(tmp_path):
    from briefing.analysis import analyse
    from briefing.compose.context import ComposeContext
    from briefing.model import Corpus, run_to_end
    from briefing.services import ingest
    folder = tmp_path / "docs"
    folder.mkdir()
    line = "The union leader has led every strike at the northern port since 1980."
    (folder / "a.md").write_text(f"# Port strike\n\n{line}\n\n## Timeline\n\nDock workers walked out in 2019.\n",
                                 encoding="utf-8")
    (folder / "b.md").write_text(f"# Port strike goes on\n\nTalks resumed in 2024.\n\n"
                                 f"## About the People Mentioned\n\n{line}\n", encoding="utf-8")
    corpus = Corpus.of(run_to_end(ingest([folder])).documents)
    ctx = ComposeContext(corpus, run_to_end(analyse(corpus)), load_template("standard"))
    report, sidebar = (next(r for r in corpus.refs() if r.doc == d and ctx.text(r) == line) for d in (0, 1))
    assert ctx.sidebar == {sidebar}
    assert ctx.rank(sidebar) < ctx.rank(report)


def test_two_reports_of_one_plan_take_one_outlook_place(tmp_path):
    docs = {"a.txt": "Later this week the premier is due to set out the themes of the coalition manifesto.\n\n"
                     "The harbour authority will publish its dredging plans in March.\n",
            "b.txt": "Later this week the premier is expected to outline the direction of the manifesto.\n\n"
                     "The ferry operator is set to raise fares on island routes next year.\n"}
    outlook = [s.text for s in section(brief_from(tmp_path, docs), "outlook").statements]
    assert sum("manifesto" in t for t in outlook) == 1
    assert any("dredging" in t for t in outlook) and any("fares" in t for t in outlook)


def test_a_sentence_going_on_about_the_talks_just_named_takes_no_second_outlook_place(tmp_path):
    docs = {"a.txt": "The two premiers will hold talks in the capital on border crossings.\n\n"
                     "Officials on both sides have prepared for weeks.\n\n"
                     "The talks are expected to cover customs checks and rail freight.\n\n"
                     "The harbour authority is set to publish its dredging plans.\n"}
    outlook = [s.text for s in section(brief_from(tmp_path, docs), "outlook").statements]
    assert sum("talks" in t for t in outlook) == 1
    assert any("dredging" in t for t in outlook)


def test_one_person_s_plans_for_one_month_take_one_outlook_place(tmp_path):
    docs = {"a.txt": "Prime Minister Anna Kowalski is set to visit the northern port in March.\n\n"
                     "The harbour authority is set to publish its dredging plans.\n",
            "b.txt": "Kowalski will tour the shipyards during her trip in March, her office said.\n\n"
                     "The ferry operator is set to raise fares on island routes.\n"}
    outlook = [s.text for s in section(brief_from(tmp_path, docs), "outlook").statements]
    assert sum("March" in t for t in outlook) == 1
    assert any("dredging" in t for t in outlook) and any("fares" in t for t in outlook)


def test_no_prose_statement_opens_on_a_word_pointing_back(tmp_path):
    docs = {"a.txt": "The harbour board approved a new ferry terminal for the island on Monday.\n\n"
                     "He said the terminal would open to passengers within two years.\n\n"
                     "This decision ends a decade of argument over the old pier.\n\n"
                     "Their objections had delayed the project since 2015.\n",
            "b.txt": "Island councillors welcomed the ferry terminal approved by the harbour board.\n\n"
                     "She will ask ministers for money to widen the coast road next spring.\n\n"
                     "Such plans have been shelved twice before, in 2009 and 2016.\n"}
    brief = brief_from(tmp_path, docs)
    openers = {"he", "she", "they", "this", "these", "those", "that", "his", "her", "their", "its", "such"}
    prose = [s.text for kind in ("summary", "background", "outlook") for s in section(brief, kind).statements]
    assert prose
    assert not [t for t in prose if t.split()[0].lower() in openers]


def test_no_sentence_appears_in_two_prose_sections(tmp_path):
    docs = {name: text for name, text in (
        ("a.txt", "The river authority will open the new flood barrier in October.\n\n"
                  "The barrier was first proposed after floods in 2007 ruined the old town.\n\n"
                  "Engineers finished testing the barrier gates last week."),
        ("b.txt", "The river authority will open the new flood barrier in October, officials said.\n\n"
                  "Floods in 2007 ruined the old town and led to the plan for a barrier.\n\n"
                  "Residents say the barrier has already raised house prices."),
        ("c.txt", "The new flood barrier is to open in October, the river authority said.\n\n"
                  "Insurers expect premiums in the old town to fall once the barrier opens."))}
    brief = brief_from(tmp_path, docs)
    from briefing.analysis.words import near_identical
    shown = [(kind, s.text) for kind in ("summary", "background", "outlook")
             for s in section(brief, kind).statements]
    for i, (kind, text) in enumerate(shown):
        for other_kind, other in shown[i + 1:]:
            assert kind == other_kind or not near_identical(text, other), (text, other)


def composer_of_a_and_b(tmp_path):
    """Compose the brief of documents A and B with given prose-ranking weights (None: the fitted ones)."""
    from briefing.analysis import analyse
    from briefing.compose.brief import compose_from_facts
    from briefing.model import CancelFlag, Corpus, run_to_end
    from briefing.services import ingest
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")
    corpus = Corpus.of(run_to_end(ingest([folder])).documents)
    facts = run_to_end(analyse(corpus))
    return lambda weights: run_to_end(compose_from_facts(corpus, facts, load_template("standard"), {}, {},
                                                         CancelFlag(), weights=weights))


def test_the_prose_sections_rank_with_the_weights_the_composer_is_given(tmp_path):
    from briefing.compose.statement_ranking import RankingWeights, SectionWeights
    compose = composer_of_a_and_b(tmp_path)

    def outlook_with(weights):
        return [s.text for s in section(compose(weights), "outlook").statements]

    plain = SectionWeights(0.0)
    past_first = RankingWeights(plain, plain, SectionWeights(0.0, {"past_tense": 5.0}))
    default = outlook_with(None)
    given = outlook_with(past_first)
    assert default != given
    assert any("first proposed in 2019" in t or "had campaigned" in t for t in given)


def test_a_sentence_the_bottom_line_passed_by_may_stand_in_the_background(tmp_path):
    # every sentence reads far more as bottom-line news than as background; the bottom line,
    # built first, takes a few: the rest are no longer left to it
    from briefing.compose.statement_ranking import RankingWeights, SectionWeights
    news_first = RankingWeights(SectionWeights(10.0), SectionWeights(0.0), SectionWeights(-10.0))
    brief = composer_of_a_and_b(tmp_path)(news_first)
    bottom_line = {s.text for s in section(brief, "summary").statements}
    background = [s.text for s in section(brief, "background").statements]
    assert bottom_line and background
    assert not bottom_line & set(background)


def test_a_bottom_line_is_short_beside_a_small_corpus(tmp_path):
    docs = {"a.txt": "The harbour board approved a new ferry terminal on Monday.\n\n"
                     "Island councillors welcomed the plan for the ferry terminal.\n\n"
                     "Fishermen fear the terminal will crowd the small harbour.\n\n"
                     "The board will publish the building timetable next month.\n"}
    summary = section(brief_from(tmp_path, docs), "summary").statements
    assert len(summary) == 1


def test_a_headline_repeated_in_its_document_s_text_is_no_statement(tmp_path):
    headline = "Why the island council froze ferry fares for a year?"
    docs = {"a.txt": f"{headline}\n\nThe island council froze ferry fares for a year on Monday.\n\n{headline}\n\n"
                     "Islanders had paid the highest fares in the region since 2019.\n\n"
                     "The council will review the fares again next spring.\n",
            "b.txt": "Ferry fares frozen\n\nFerry fares to the island will stay frozen until next spring.\n\n"
                     "Traders said the freeze would bring visitors back to the island.\n"}
    brief = brief_from(tmp_path, docs)
    prose = [s.text for kind in ("summary", "background", "outlook") for s in section(brief, kind).statements]
    assert prose and headline not in prose


def test_a_forecast_that_a_count_will_change_is_read_with_its_direction():
    from briefing.compose.statements import forecast
    assert forecast("Officials warned the number of missing fishermen was likely to rise.") == ("count", "up")
    assert forecast("Rescuers say the toll could be higher than the official figure.") == ("count", "up")
    assert forecast("The tally of flooded homes is expected to fall as the water recedes.") == ("count", "down")
    assert forecast("Ferry fares will rise in the spring, the operator said.") == ("fares", "up")
    assert forecast("Ferry fares rose sharply last spring.") is None
    assert forecast("The council will publish its harbour plan in March.") is None


def test_two_wordings_of_one_forecast_take_one_outlook_place(tmp_path):
    docs = {"a.txt": "The storm flooded the valley towns overnight, leaving hundreds of homes under water.\n\n"
                     "Officials say the number of flooded homes is likely to rise as crews reach the hills.\n\n"
                     "The harbour authority will publish its dredging plans in March.\n",
            "b.txt": "Floods swept through the valley towns after the storm, reports from the region say.\n\n"
                     "With roads closed, the tally of damaged houses could be higher than the first count.\n\n"
                     "The ferry operator is set to raise fares on island routes next year.\n"}
    outlook = [s.text for s in section(brief_from(tmp_path, docs), "outlook").statements]
    assert sum("likely to rise" in t or "could be higher" in t for t in outlook) == 1
    assert any("dredging" in t for t in outlook) and any("fares" in t for t in outlook)


def test_the_forms_of_one_word_meet_in_one_stem():
    from briefing.compose.context import stem
    assert stem("collapsed") == stem("collapse") == stem("collapsing")
    assert stem("rises") == stem("rising") == stem("rise")
    assert stem("companies") == stem("company")
    assert stem("process") == "process" and stem("2019") == "2019"


def _context(documents: list[list[str]], published: str | list[str | None] | None = None):
    """A composing context over documents given as their sentences (invented, no analysis), all
    dated `published` (or each by its own date, given a list)."""
    from briefing.compose.context import ComposeContext
    from briefing.model import Corpus, CorpusFacts, Document, Sentence
    docs = []
    for i, texts in enumerate(documents):
        sentences, start = [], 0
        for j, text in enumerate(texts):
            sentences.append(Sentence(j, start, start + len(text), text))
            start += len(text) + 1
        dated = published[i] if isinstance(published, list) else published
        docs.append(Document(f"d{i}", f"d{i}", f"d{i}", " ".join(texts), sentences=sentences, published=dated))
    corpus = Corpus.of(docs)
    return ComposeContext(corpus, CorpusFacts(corpus), load_template("standard"))


def test_two_reports_sharing_only_a_long_name_are_less_alike_than_two_sharing_what_happened():
    from briefing.model import SentenceRef
    ctx = _context([["The Northern Harbour Dockworkers Guild of Lowport rejected the offer."],
                    ["The Northern Harbour Dockworkers Guild of Lowport approved a contract."],
                    ["Dockers rejected the offer."],
                    ["Fishermen mended their nets on the quay."],
                    ["The ferry timetable changes in winter."]])
    a, b, c = SentenceRef(0, 0), SentenceRef(1, 0), SentenceRef(2, 0)
    assert ctx.likeness(a, c) > ctx.likeness(a, b)


def test_a_section_spreads_its_places_over_the_reports():
    from briefing.compose.statements import pick_diverse
    from briefing.model import SentenceRef
    ctx = _context([["The ferry operator will raise fares next spring.",
                     "The harbour board will publish dredging plans in March."],
                    ["Island councillors are set to vote on a new pier."]])
    a1, a2, b1 = SentenceRef(0, 0), SentenceRef(0, 1), SentenceRef(1, 0)
    assert ctx.likeness(a1, a2) == 0.0
    assert pick_diverse(ctx, [a1, a2, b1], 2, {a1: 3.0, a2: 2.9, b1: 2.8}) == [a1, b1]
    assert pick_diverse(ctx, [a1, a2, b1], 2, {a1: 3.0, a2: 2.9, b1: 1.8}) == [a1, a2]


def test_a_pick_shown_inside_another_pick_s_statement_leaves_its_place_to_the_next(monkeypatch):
    import dataclasses

    from analysis_helpers import corpus as corpus_of
    from briefing.analysis import analyse
    from briefing.compose import statements
    from briefing.compose.context import ComposeContext
    from briefing.model import CancelFlag, run_to_end
    text = ("Harwick council will vote on the harbour plan next month.\n\n"
            "Board chairman Tom Reed will meet the ferry operators on Friday. He said the terminal will open within two years.\n\n"
            "The mayor will open the new library in June.\n")
    corpus = corpus_of(text)
    ctx = ComposeContext(corpus, run_to_end(analyse(corpus, CancelFlag())), load_template("standard"))
    refs = {word: r for r in ctx.words for word in ("vote", "meet", "terminal", "library") if word in ctx.text(r)}
    wanted = {refs["meet"]: 5.0, refs["terminal"]: 4.5, refs["vote"]: 3.0, refs["library"]: 2.0}
    monkeypatch.setattr(statements, "section_scores", lambda ctx, kind: {r: wanted.get(r, -9.0) for r in ctx.features})
    spec = dataclasses.replace(next(s for s in ctx.template.sections if s.kind == "outlook"), max_items=2)
    shown = statements.ranked_section(ctx, spec, "outlook", 8).statements
    # "He said ..." is shown after the sentence naming him, the two one statement: the second place
    # goes to the next pick
    assert [s.text[:20] for s in shown] == ["Board chairman Tom R", "Harwick council will"]
    assert shown[0].text.endswith("within two years.")


def test_an_outlook_sentence_opening_on_they_is_shown_after_the_sentence_of_its_paragraph_naming_them(monkeypatch):
    import dataclasses

    from analysis_helpers import corpus as corpus_of
    from briefing.analysis import analyse
    from briefing.compose import statements
    from briefing.compose.context import ComposeContext
    from briefing.model import CancelFlag, run_to_end
    text = ("Harwick council will vote on the harbour plan next month.\n\n"
            "Six dockers from Tarvel were charged with obstruction after the protest on the quay. "
            "They will appear before magistrates on 21 December.\n\n"
            "\u201cWe will not stop,\u201d the crowd chanted. They will march again in May.\n")
    corpus = corpus_of(text)
    ctx = ComposeContext(corpus, run_to_end(analyse(corpus, CancelFlag())), load_template("standard"))
    refs = {word: r for r in ctx.words for word in ("vote", "magistrates", "march") if word in ctx.text(r)}
    wanted = {refs["magistrates"]: 5.0, refs["march"]: 4.5, refs["vote"]: 3.0}
    monkeypatch.setattr(statements, "section_scores", lambda ctx, kind: {r: wanted.get(r, -9.0) for r in ctx.features})
    spec = dataclasses.replace(next(s for s in ctx.template.sections if s.kind == "outlook"), max_items=2)
    shown = [s.text for s in statements.ranked_section(ctx, spec, "outlook", 8).statements]
    # the court date is shown after the sentence saying who "they" are; "They will march again" after
    # a quotation is not shown (the quotation does not name them)
    assert shown == ["Six dockers from Tarvel were charged with obstruction after the protest on the quay. "
                     "They will appear before magistrates on 21 December.",
                     "Harwick council will vote on the harbour plan next month."]


def test_background_and_outlook_leave_a_sentence_a_conflicting_report_needs_and_the_bottom_line_does_not():
    from briefing.compose.statements import pick_diverse
    from briefing.model import ContradictionFact, SentenceRef
    ctx = _context([["The insurer lost $4bn on the failed property venture last year."],
                    ["Auditors found the insurer lost $5bn on the venture."],
                    ["The insurer's chairman resigned over the venture in the spring."]])
    four, five, chairman = SentenceRef(0, 0), SentenceRef(1, 0), SentenceRef(2, 0)
    ctx.facts.contradictions.append(ContradictionFact("Sum: $4bn vs $5bn", [four, five], [[four], [five]]))
    assert ctx.needed_by_conflict(four) and not ctx.needed_by_conflict(chairman)
    scores = {four: 3.0, chairman: 2.8}
    assert pick_diverse(ctx, [four, chairman], 1, scores, "background") == [chairman]
    assert pick_diverse(ctx, [four, chairman], 1, scores, "summary") == [four]
    assert pick_diverse(ctx, [four, chairman], 1, {four: 5.0, chairman: 2.8}, "background") == [four]


def test_of_two_sentences_a_section_weighs_alike_the_more_central_comes_first():
    from briefing.compose.statements import pick_diverse
    from briefing.model import SentenceRef
    ctx = _context([["Island councillors are set to vote on a new pier."],
                    ["The ferry operator will raise fares on island routes next spring."],
                    ["Fares on the ferry routes rose last spring, the operator said."]])
    pier, fares = SentenceRef(0, 0), SentenceRef(1, 0)
    assert ctx.centrality[fares] > ctx.centrality[pier]
    assert pick_diverse(ctx, [pier, fares], 1, {pier: 2.0, fares: 2.0}, "outlook") == [fares]


def test_two_sentences_of_one_report_on_one_matter_take_one_place_though_worded_apart():
    from briefing.compose.statements import pick_diverse, shared_matter
    from briefing.model import SentenceRef
    ctx = _context([["Analysts at Vellmoor Partners expect reinsurers to raise premiums sharply this winter.",
                     "Brokers said coastal landlords could soon pay reinsurers far higher premiums.",
                     "The harbour authority will reopen the eastern pier on Friday."],
                    ["Island councillors are set to vote on a new ferry timetable.",
                     "The ferry operator will add a night crossing in the summer."]])
    first, same_matter, pier = SentenceRef(0, 0), SentenceRef(0, 1), SentenceRef(0, 2)
    assert ctx.likeness(first, same_matter) < 0.3 and shared_matter(ctx, first, same_matter) > 0.6
    assert shared_matter(ctx, first, pier) == 0.0
    scores = {first: 3.0, same_matter: 2.9, pier: 2.5}
    assert pick_diverse(ctx, [first, same_matter, pier], 2, scores, "outlook") == [first, pier]


def test_two_reports_of_one_person_s_deed_in_their_own_words_take_one_bottom_line_place():
    from briefing.compose.statements import pick_diverse, shared_matter
    from briefing.model import ActorFact, SentenceRef
    resigned, quit, fares = SentenceRef(0, 0), SentenceRef(1, 0), SentenceRef(2, 0)

    def context(named: bool):
        ctx = _context([["Mayor Talvi Renko resigned on Monday over the dredging contracts scandal."],
                        ["Renko quit the town hall after auditors questioned dredging contracts."],
                        ["The ferry operator will raise fares on island routes next spring."],
                        ["Harbour pilots said the winter storms had silted the channel."]])
        if named:
            ctx.facts.actors.append(ActorFact("Talvi Renko", "person", mention_refs=[resigned, quit]))
        return ctx

    ctx = context(named=False)
    assert ctx.likeness(resigned, quit) < 0.2 and shared_matter(ctx, resigned, quit) > 0.5
    scores = {resigned: 3.0, quit: 2.9, fares: 2.0}
    # told of no one person, or not in the bottom line, the second wording adds enough
    assert pick_diverse(ctx, [resigned, quit, fares], 2, scores, "summary") == [resigned, quit]
    assert pick_diverse(context(named=True), [resigned, quit, fares], 2, scores, "outlook") == [resigned, quit]
    assert pick_diverse(context(named=True), [resigned, quit, fares], 2, scores, "summary") == [resigned, fares]


def test_two_reports_of_one_past_event_in_their_own_words_take_one_background_place():
    from briefing.compose.statements import pick_diverse
    from briefing.model import ActorFact, SentenceRef
    folded, receivership, fares = SentenceRef(0, 0), SentenceRef(1, 0), SentenceRef(2, 0)

    def context(second_year: str):
        ctx = _context([["The old Marrow Point shipyard folded in 1998 after its lenders withdrew credit."],
                        [f"Lenders cut off credit and the Marrow Point yard went into receivership in {second_year}, "
                         "leaving hundreds of welders unpaid."],
                        ["The ferry operator will raise fares on island routes next spring."],
                        ["Harbour pilots said the winter storms had silted the channel."]])
        ctx.facts.actors.append(ActorFact("Marrow Point", "organization", mention_refs=[folded, receivership]))
        return ctx

    ctx = context("1998")
    assert ctx.likeness(folded, receivership) < 0.2
    scores = {folded: 3.0, receivership: 2.9, fares: 2.0}
    pool = [folded, receivership, fares]
    assert pick_diverse(ctx, pool, 2, scores, "background") == [folded, fares]
    # outside the background, or in two different years, the second wording adds enough
    assert pick_diverse(ctx, pool, 2, scores, "outlook") == [folded, receivership]
    assert pick_diverse(context("2001"), pool, 2, scores, "background") == [folded, receivership]


def test_two_reports_of_one_year_and_its_matter_with_no_doer_or_deed_in_common_keep_two_background_places():
    from briefing.compose.statements import matter, one_past_event, pick_diverse
    from briefing.model import ActorFact, SentenceRef
    vale, reed, fares = SentenceRef(0, 0), SentenceRef(1, 0), SentenceRef(2, 0)

    def context(reed_too: bool):
        ctx = _context([["Ann Vale won the Harwick regional cup in 2003 with a late winning goal."],
                        ["Tom Reed kicked the winning goal in the 2003 county final for Tarvel."],
                        ["The ferry operator will raise fares on island routes next spring."],
                        ["Harbour pilots said the winter storms had silted the channel."]])
        ctx.facts.actors.append(ActorFact("Ann Vale", "person", mention_refs=[vale]))
        ctx.facts.actors.append(ActorFact("Tom Reed", "person", mention_refs=[reed, vale] if reed_too else [reed]))
        return ctx

    ctx = context(reed_too=False)
    # one year and two words of the story's matter, but two doers and two deeds: two events
    assert len(matter(ctx, vale).keys() & matter(ctx, reed).keys()) >= 2 and not one_past_event(ctx, vale, reed)
    scores = {vale: 3.0, reed: 2.9, fares: 2.0}
    assert pick_diverse(ctx, [vale, reed, fares], 2, scores, "background") == [vale, reed]
    # the same doer in both: one event told twice
    assert pick_diverse(context(reed_too=True), [vale, reed, fares], 2, scores, "background") == [vale, fares]


def test_a_past_year_is_read_with_the_words_beside_it_and_n_years_ago_counts_back_from_the_dateline():
    from briefing.compose.statements import past_years, year_words
    from briefing.model import SentenceRef
    ctx = _context([["The Marrow Point yard collapsed in 1998 and its welders went unpaid.",
                     "A flood swept the valley 40 years ago, the mayor recalled.",
                     "The yard's 2031 expansion plan was shelved."]], published="2024-05-02")
    collapsed, flood, plan = SentenceRef(0, 0), SentenceRef(0, 1), SentenceRef(0, 2)
    assert year_words(ctx, collapsed) == {(1998, "collaps"), (1998, "welder")}
    assert past_years(ctx, flood) == {1984} and year_words(ctx, flood) == {(1984, "valley"), (1984, "mayor")}
    assert past_years(ctx, plan) == set() and year_words(ctx, plan) == set()
    # an undated report counts nothing back
    assert past_years(_context([["A flood swept the valley 40 years ago."]]), SentenceRef(0, 0)) == set()


def test_one_past_event_told_twice_with_one_word_beside_its_year_takes_one_background_place():
    from briefing.compose.statements import matter, pick_diverse
    from briefing.model import SentenceRef
    documents = [["Lowport's shipyard collapsed in 1998 after its lenders withdrew credit."],
                 ["Hundreds of welders lost their pensions when the yard collapsed in 1998."],
                 ["Ferry fares will rise on island routes next spring."],
                 ["The island's bus service collapsed during the winter storms."]]
    ctx = _context(documents, published="2024-05-02")
    first, second, fares = SentenceRef(0, 0), SentenceRef(1, 0), SentenceRef(2, 0)
    # they share a year and one word of what happened, no more
    assert ctx.likeness(first, second) < 0.3 and len(matter(ctx, first).keys() & matter(ctx, second).keys()) < 2
    scores = {first: 3.0, second: 2.9, fares: 1.5}
    assert pick_diverse(ctx, [first, second, fares], 2, scores, "background") == [first, fares]
    # in another section, or in another year, the second telling adds enough
    assert pick_diverse(ctx, [first, second, fares], 2, scores, "outlook") == [first, second]
    documents[1][0] = documents[1][0].replace("1998", "2003")
    assert pick_diverse(_context(documents, "2024-05-02"), [first, second, fares], 2, scores, "background") == \
        [first, second]


def test_a_past_event_told_as_a_year_and_as_years_ago_in_one_report_takes_one_background_place():
    from briefing.compose.statements import pick_diverse
    from briefing.model import SentenceRef
    ctx = _context([["The old harbour wall at Lowport collapsed in 1984, sinking two trawlers at their moorings.",
                     "Engineers say the new breakwater, built where the wall collapsed 40 years ago, needs checks."],
                    ["Ferry fares will rise on island routes next spring."]], published="2024-05-02")
    year, ago, fares = SentenceRef(0, 0), SentenceRef(0, 1), SentenceRef(1, 0)
    scores = {year: 3.0, ago: 2.9, fares: 0.5}
    assert pick_diverse(ctx, [year, ago, fares], 2, scores, "background") == [year, fares]
    assert pick_diverse(ctx, [year, ago, fares], 2, scores, "outlook") == [year, ago]


def test_a_deed_is_a_past_tense_verb_of_the_writer_with_the_words_it_acts_on():
    from briefing.compose.statements import deeds
    from briefing.model import SentenceRef
    ctx = _context([["A powerful quake struck the northern coast at dawn, the agency said.",
                     "The embattled mayor resigned over the harbour contracts.",
                     "Officials said \"we closed every school\" and were checking bridges."]])
    quake, mayor, quoted = SentenceRef(0, 0), SentenceRef(0, 1), SentenceRef(0, 2)
    assert deeds(ctx, quake) == {("struck", "northern"), ("struck", "coast")}
    assert deeds(ctx, mayor) == {("resign", "harbour"), ("resign", "contract")}
    assert deeds(ctx, quoted) == set()      # a speaker's words, a verb of speech, an auxiliary


def test_two_reports_of_one_deed_in_their_own_words_take_one_bottom_line_place():
    from briefing.compose.statements import pick_diverse, shared_deeds
    from briefing.model import SentenceRef
    ctx = _context([["A powerful quake struck the northern coast at dawn, flattening fishing villages near Varna Bay."],
                    ["Rescuers said dozens were missing after a quake of magnitude 6.8 struck the northern coast."],
                    ["The quake struck the northern coast before the regional council evacuated three islands."],
                    ["The ferry operator will raise fares on island routes next spring."]])
    dawn, missing, evacuated, fares = SentenceRef(0, 0), SentenceRef(1, 0), SentenceRef(2, 0), SentenceRef(3, 0)
    assert ctx.likeness(dawn, missing) < 0.25
    assert shared_deeds(ctx, missing, dawn) == 1.0 and shared_deeds(ctx, evacuated, dawn) == 0.5
    scores = {dawn: 3.0, missing: 2.9, fares: 1.5}
    assert pick_diverse(ctx, [dawn, missing, fares], 2, scores, "summary") == [dawn, fares]
    # outside the bottom line the second telling adds enough; one telling more keeps most of its worth
    assert pick_diverse(ctx, [dawn, missing, fares], 2, scores, "background") == [dawn, missing]
    scores = {dawn: 3.0, evacuated: 2.9, fares: 1.5}
    assert pick_diverse(ctx, [dawn, evacuated, fares], 2, scores, "summary") == [dawn, evacuated]


def test_the_bottom_line_does_not_count_the_likeness_every_sentence_of_the_story_shares_as_a_repeat():
    from briefing.compose.statements import REDUNDANCY, pick_diverse, story_likeness
    from briefing.model import SentenceRef
    ctx = _context([["Ferry crews strike at the harbour over weekend rosters."],
                    ["The ferry strike at the harbour strands island commuters."],
                    ["Harbour ferry strike talks resume with a mediator."],
                    ["The ferry strike at the harbour halts freight deliveries."],
                    ["A new bakery opens on the promenade."]])
    first, other, aside = SentenceRef(0, 0), SentenceRef(1, 0), SentenceRef(4, 0)
    pool = [first, other, SentenceRef(2, 0), SentenceRef(3, 0), aside]
    shared = ctx.likeness(first, other)
    usual = story_likeness(ctx, pool)
    assert 0 < usual < shared
    # the aside scores between the other report less all its likeness to the first and that
    # report less only its likeness above the story's usual one
    scores = {first: 5.0, other: 2.0, aside: 2.0 - REDUNDANCY * (shared - usual / 2),
              SentenceRef(2, 0): -5.0, SentenceRef(3, 0): -5.0}
    assert ctx.likeness(first, aside) == 0.0
    assert pick_diverse(ctx, pool, 2, scores, "summary") == [first, other]
    assert pick_diverse(ctx, pool, 2, scores, "outlook") == [first, aside]


def test_a_sentence_whose_speaker_or_doer_is_only_it_is_read_as_leaning_on_the_one_before():
    from briefing.compose.statements import stands_for_a_party_before
    from briefing.model import SentenceRef
    texts = ["It said the Tarvel bakery would close in the spring.",
             "It has also claimed that Harwick Foods owes it money.",
             "It also has an option on a further 70 ovens.",
             "It made a profit of $5m in the year to March.",
             "It is likely that the Tarvel bakery will close in the spring.",
             "It comes after Harwick Foods cut 300 jobs at the bakery.",
             "It has been reported that the bakery lost money.",
             "It took the council a week to answer.",
             "It has not yet been decided whether the bakery will close.",
             "It has not said whether the Tarvel bakery will close.",
             "It still has an option on a further 70 ovens.",
             "Harwick Foods said it would close the Tarvel bakery."]
    ctx = _context([texts])
    assert [stands_for_a_party_before(ctx, SentenceRef(0, i)) for i in range(len(texts))] == \
        [True, True, True, True, False, False, False, False, False, True, True, False]


def test_a_sentence_whose_doer_is_only_the_company_leans_on_the_one_before_as_it_does():
    from briefing.compose.statements import stands_for_a_party_before
    from briefing.model import SentenceRef
    texts = ["The company said the Tarvel bakery would close in the spring.",
             "Earlier this week the firm released a new loaf.",
             "The group's shares fell by a fifth on Monday.",
             "The company Harwick Foods bought last year made a loss.",
             "Harwick Foods said the company would close the Tarvel bakery.",
             "The companies that bake in Tarvel employ 300 people."]
    ctx = _context([texts])
    assert [stands_for_a_party_before(ctx, SentenceRef(0, i)) for i in range(len(texts))] == \
        [True, True, True, False, False, False]


def test_the_bottom_line_takes_no_sentence_whose_speaker_is_only_it(tmp_path):
    docs = {"a.txt": "Harwick Foods will shut its Tarvel bakery, the Tarvel Gazette has reported.\n\n"
                     "It said Harwick Foods was set to close the Tarvel bakery after losing its supermarket contract.\n\n"
                     "Bakers at the Tarvel plant met union officials on Friday.\n",
            "b.txt": "Harwick Foods has confirmed it will close the Tarvel bakery with the loss of 300 jobs.\n\n"
                     "Union leader Ann Vale said the Tarvel bakery closure was a blow to the town.\n\n"
                     "The supermarket contract ended in the spring.\n",
            "c.txt": "Staff at the Tarvel bakery of Harwick Foods learned of the closure on Monday.\n\n"
                     "Tom Reed, who has baked at Tarvel for 30 years, said staff were shocked.\n\n"
                     "Harwick Foods said the Tarvel bakery had lost money for three years.\n"}
    summary = [s.text for s in section(brief_from(tmp_path, docs), "summary").statements]
    assert summary
    assert not [t for t in summary if t.startswith("It ")]


def test_a_sentence_opening_on_he_or_she_is_shown_after_the_sentence_of_its_paragraph_naming_the_person():
    from analysis_helpers import corpus as corpus_of
    from briefing.analysis import analyse
    from briefing.compose.context import ComposeContext
    from briefing.compose.statements import antecedent
    from briefing.model import CancelFlag, run_to_end
    text = ("The harbour board approved a new ferry terminal on Monday.\n\n"
            "Board chairman Tom Reed spoke to reporters on the quay. He said the terminal will open within two years.\n\n"
            "\u201cIt is a great day,\u201d the mayor told the crowd. She said the road will be widened next year.\n\n"
            "The vote was close. He said the pier will be demolished in spring.\n\n"
            "Ann Vale, the harbour engineer, showed the plans.\n\nShe said dredging will start in May.\n")
    corpus = corpus_of(text)
    ctx = ComposeContext(corpus, run_to_end(analyse(corpus, CancelFlag())), load_template("standard"))
    spec = next(s for s in ctx.template.sections if s.kind == "outlook")
    refs = {word: r for r in ctx.words for word in ("terminal", "road", "pier", "dredging")
            if ctx.text(r).startswith(("He said", "She said")) and word in ctx.text(r)}
    paired = antecedent(ctx, refs["terminal"], spec)
    assert paired is not None and ctx.text(paired).startswith("Board chairman Tom Reed")
    statement = ctx.run_statement([paired, refs["terminal"]], [])
    assert statement.text == ("Board chairman Tom Reed spoke to reporters on the quay. "
                              "He said the terminal will open within two years.")
    assert text[statement.citations[0].start:statement.citations[0].end] == statement.text
    # not after a quotation, nor after a sentence naming no one, nor across a paragraph break
    assert antecedent(ctx, refs["road"], spec) is None
    assert antecedent(ctx, refs["pier"], spec) is None
    assert antecedent(ctx, refs["dredging"], spec) is None


def test_a_sentence_naming_a_person_by_age_alone_is_no_statement_of_its_own(tmp_path):
    docs = {"a.txt": "Harwick Foods will close its Tarvel bakery in March, the firm said on Monday.\n\n"
                     "Baker Tom Reed has worked at the Tarvel bakery since it opened.\n\n"
                     "The 52-year-old said he will retire when the Tarvel bakery closes in March.\n\n"
                     "The Tarvel bakery closure will cost 300 jobs next year.\n",
            "b.txt": "Harwick Foods confirmed it will close the Tarvel bakery in March.\n\n"
                     "The 41-year-old manager of the Tarvel bakery will move to a Harwick plant next year.\n\n"
                     "Union leader Ann Vale said the Tarvel bakery closure will be a blow to the town.\n"}
    brief = brief_from(tmp_path, docs)
    shown = [s.text for kind in ("summary", "background", "outlook") for s in section(brief, kind).statements]
    assert shown
    assert not [t for t in shown if t.startswith("The 52-year-old") or t.startswith("The 41-year-old")]


def test_a_sentence_naming_a_person_by_a_description_and_an_age_is_no_statement_of_its_own(tmp_path):
    docs = {"a.txt": "Harwick Foods will close its Tarvel bakery in March, the firm said on Monday.\n\n"
                     "Baker Tom Reed has worked at the Tarvel bakery since it opened.\n\n"
                     "The master baker, 52, said he will retire when the Tarvel bakery closes in March.\n\n"
                     "The Tarvel bakery closure will cost 300 jobs next year.\n",
            "b.txt": "Harwick Foods confirmed it will close the Tarvel bakery in March.\n\n"
                     "The bakery manager, 41, will move to a Harwick plant next year.\n\n"
                     "Union leader Ann Vale said the Tarvel bakery closure will be a blow to the town.\n"}
    brief = brief_from(tmp_path, docs)
    shown = [s.text for kind in ("summary", "background", "outlook") for s in section(brief, kind).statements]
    assert shown
    assert not [t for t in shown if t.startswith(("The master baker, 52", "The bakery manager, 41"))]


def test_a_sentence_opening_on_a_persons_age_is_shown_after_the_sentence_of_its_paragraph_naming_the_person():
    from analysis_helpers import corpus as corpus_of
    from briefing.analysis import analyse
    from briefing.compose.context import ComposeContext
    from briefing.compose.statements import antecedent
    from briefing.model import CancelFlag, run_to_end
    text = ("The harbour board approved a new ferry terminal on Monday.\n\n"
            "Board chairman Tom Reed spoke to reporters on the quay. The 58-year-old said the terminal will open "
            "within two years.\n\n"
            "The vote was close. The 44-year-old said the pier will be demolished in spring.\n")
    corpus = corpus_of(text)
    ctx = ComposeContext(corpus, run_to_end(analyse(corpus, CancelFlag())), load_template("standard"))
    spec = next(s for s in ctx.template.sections if s.kind == "outlook")
    refs = {word: r for r in ctx.words for word in ("terminal", "pier")
            if "-year-old said" in ctx.text(r) and word in ctx.text(r)}
    paired = antecedent(ctx, refs["terminal"], spec)
    assert paired is not None and ctx.text(paired).startswith("Board chairman Tom Reed")
    assert antecedent(ctx, refs["pier"], spec) is None      # the sentence before names no one


def test_first_person_words_outside_quotation_marks_are_a_speakers_not_the_writers():
    from briefing.compose.statements import first_person
    assert first_person("I fell out with the Tarvel council over the bypass budget.")
    assert first_person("Things went wrong in the summer and then I resigned.")
    assert first_person("The decision, I think, was the right one for my town.")
    assert not first_person("Veterans of World War I gathered in Tarvel on Sunday.")
    assert not first_person("Phase I trials of the Harwick vaccine ended in May.")
    assert not first_person("Ann Vale said the Tarvel council would meet on Monday.")


def test_we_us_or_our_outside_quotation_marks_are_a_speakers_words_and_our_correspondent_the_writer_s():
    from briefing.compose.statements import FIRST_PERSON_PLURAL
    assert FIRST_PERSON_PLURAL.search("We will assess the knee in the morning.")
    assert FIRST_PERSON_PLURAL.search("As of today we have not received any letter from Tarvel council.")
    assert FIRST_PERSON_PLURAL.search("Our members will decide on the Harwick offer next week.")
    assert FIRST_PERSON_PLURAL.search("The council has let us down again.")
    assert not FIRST_PERSON_PLURAL.search("Our political correspondent said the Harwick vote would be close.")
    assert not FIRST_PERSON_PLURAL.search("The US will open talks with Tarvel in May.")
    assert not FIRST_PERSON_PLURAL.search("Tom Reed said the Harwick mill would close.")


def test_no_prose_section_shows_a_line_of_a_quotation_whose_speaker_it_does_not_name(tmp_path):
    line = ("I fell out with the Tarvel council over the Harwick bypass budget and things went badly "
            "wrong in the summer, and then the papers picked up the Harwick bypass story.")
    docs = {"a.txt": "Tom Reed has resigned as leader of Tarvel council over the Harwick bypass budget.\n\n"
                     f"{line}\n\n"
                     "The Harwick bypass budget was cut by half in the summer.\n",
            "b.txt": "Tarvel council leader Tom Reed quit on Monday after a row over the Harwick bypass budget.\n\n"
                     "Ann Vale will lead Tarvel council until an election in May.\n\n"
                     "The Harwick bypass was first planned in 1998.\n",
            "c.txt": "The row over the Harwick bypass budget has cost Tarvel council its leader.\n\n"
                     "Opposition councillors said the Harwick bypass budget should be reviewed.\n\n"
                     "The papers picked up the Harwick bypass story in the summer.\n"}
    brief = brief_from(tmp_path, docs)
    shown = [s.text for kind in ("summary", "background", "outlook") for s in section(brief, kind).statements]
    assert shown
    assert line not in shown


def _preview_and_result(preview: str, result: str, published: list[str | None], ahead: str | None,
                        told: str, day: str = "Monday", shared: bool = True):
    """A context of a report looking ahead (`preview`, its day `ahead` where its report is dated)
    and a later one telling the deed (`result`, dated `told`, the day as written `day`), with an
    actor both name (or each its own)."""
    from briefing.model import ActorFact, EventFact, SentenceRef
    ctx = _context([[preview], [result]], published=published)
    if ahead is not None:
        ctx.facts.events.append(EventFact(ahead, day, SentenceRef(0, 0), future=True))
    ctx.facts.events.append(EventFact(told, day, SentenceRef(1, 0)))
    both = [SentenceRef(0, 0), SentenceRef(1, 0)]
    ctx.facts.actors.extend([ActorFact("Harwick", "organization", mention_refs=both if shared else both[:1]),
                             ActorFact("Tarvel", "organization", mention_refs=[] if shared else both[1:])])
    return ctx


def test_a_look_ahead_sentence_a_later_report_tells_as_done_is_overtaken():
    from briefing.compose.statements import overtaken
    from briefing.model import SentenceRef
    vote = "Harwick dock workers will vote on the new pay offer on Monday, the union said."
    voted = "Dock workers at Harwick voted on Monday to accept the pay offer and end the strike."
    preview = SentenceRef(0, 0)
    # dated: the later report, dated after the day, gives the deed that day
    assert overtaken(_preview_and_result(vote, voted, ["2024-05-02", "2024-05-07"], "2024-05-06", "2024-05-06")) == {preview}
    # undated preview: the same weekday named
    assert overtaken(_preview_and_result(vote, voted, [None, "2024-05-07"], None, "2024-05-06")) == {preview}
    # a passive: "is expected to be signed" and "was signed"
    sign = "The Harwick accord is expected to be signed on Thursday in the capital."
    signed = "The Harwick accord was signed on Thursday by both sides."
    assert overtaken(_preview_and_result(sign, signed, ["2024-05-02", "2024-05-04"], "2024-05-02", "2024-05-02",
                                         day="Thursday")) == {preview}
    # no link: another day, another deed, no actor in common, a light verb, no later date
    assert not overtaken(_preview_and_result(vote, voted, ["2024-05-02", "2024-05-07"], "2024-05-13", "2024-05-06"))
    rejected = "Dock workers at Harwick rejected the pay offer on Monday."
    assert not overtaken(_preview_and_result(vote, rejected, ["2024-05-02", "2024-05-07"], "2024-05-06", "2024-05-06"))
    assert not overtaken(_preview_and_result(vote, voted, ["2024-05-02", "2024-05-07"], "2024-05-06", "2024-05-06",
                                             shared=False))
    be = "Harwick dock workers will be on strike on Monday."
    assert not overtaken(_preview_and_result(be, "Harwick dock workers were on strike on Monday.",
                                             ["2024-05-02", "2024-05-07"], "2024-05-06", "2024-05-06"))
    assert not overtaken(_preview_and_result(vote, voted, ["2024-05-02", "2024-05-06"], "2024-05-06", "2024-05-06"))


def test_neither_the_outlook_nor_the_open_issues_show_a_vote_a_later_report_tells_as_held(tmp_path):
    preview = ("Harwick dock strike: workers to vote on new offer\nMay 2, 2024\n\n"
               "Harwick dock workers will vote on the new pay offer on Monday, the Tarvel Dockers Union said.\n\n"
               "The strike has closed the port of Harwick for three weeks and stranded cargo worth millions.\n\n"
               "Ann Vale, the union's leader, said members were divided over the offer.\n")
    result = ("Harwick dock workers accept pay offer, ending strike\nMay 7, 2024\n\n"
              "Dock workers at Harwick voted on Monday to accept the pay offer and end the strike, the Tarvel "
              "Dockers Union said.\n\n"
              "The port of Harwick will reopen on Wednesday, the port authority said.\n\n"
              "Tom Reed, the port's chief executive, said the strike had cost the port millions.\n")
    brief = brief_from(tmp_path, {"a.txt": preview, "b.txt": result})
    shown = [x.text for s in brief.sections for x in s.statements or []]
    shown += [x.text for s in brief.sections for i in s.issues or [] for x in i.statements]
    assert any("voted on Monday" in t for t in shown)
    assert not any("will vote" in t for t in shown)


def test_a_claim_another_report_retells_by_its_figure_is_shown_once_citing_both():
    from briefing.compose.statements import pick_diverse
    from briefing.model import SentenceRef
    ctx = _context([["The Harwick works is expected to make a loss of about 400m euros in 2004, its owners said."],
                    ["Ann Vale becomes the third head of the works, which is expected to make a 400m euro loss in 2004."],
                    ["The harbour authority will reopen the eastern pier on Friday."]])
    loss, retold, pier = SentenceRef(0, 0), SentenceRef(1, 0), SentenceRef(2, 0)
    also: dict = {}
    assert pick_diverse(ctx, [loss, retold, pier], 2, {loss: 3.0, retold: 2.9, pier: 1.0}, "outlook", also) == [loss, pier]
    assert also == {loss: [retold]}


def test_a_retold_claim_is_cited_once_per_further_source():
    from briefing.compose.statements import cited_with
    from briefing.model import SentenceRef
    ctx = _context([["The Harwick works is expected to make a loss of about 400m euros in 2004, its owners said.",
                     "The works, which is expected to make a 400m euro loss in 2004, will shed 80 jobs."],
                    ["Ann Vale becomes the third head of the works, which is expected to make a 400m euro loss in 2004.",
                     "Tarvel analysts said the works is expected to make a loss of 400m euros in 2004."]])
    loss = SentenceRef(0, 0)
    retold = [SentenceRef(0, 1), SentenceRef(1, 0), SentenceRef(1, 1)]
    assert cited_with(ctx, loss, retold) == [SentenceRef(1, 0)]


def test_a_sentence_opening_on_an_earlier_named_time_is_read_as_set_before_the_news():
    from briefing.compose.statements import opens_at_an_earlier_time
    earlier = ["Last April, Ann Vale spoke to the Tarvel Gazette about her injuries.",
               "Last year's final was won by Harwick in extra time.",
               "Last season he scored 20 goals for Tarvel.",
               "Ten years ago the Harwick mill closed with the loss of 300 jobs.",
               "Last year, 3,000 people visited the Tarvel show."]
    current = ["Last week, the Tarvel council voted to close the mill.",
               "Last month Harwick Foods cut 300 jobs.",
               "Last night Ann Vale won the Harwick cup.",
               "Last-minute talks between Harwick and Tarvel failed on Monday.",
               "Lastly, the council agreed to meet again in May.",
               "The Harwick mill closed last year with the loss of 300 jobs.",
               "Ann Vale said the mill had closed ten years ago."]
    assert [opens_at_an_earlier_time(t) for t in earlier] == [True] * len(earlier)
    assert [opens_at_an_earlier_time(t) for t in current] == [False] * len(current)


def test_the_bottom_line_takes_no_sentence_set_at_an_earlier_named_time_and_the_background_may(tmp_path):
    docs = {"a.txt": "Harwick Foods will close its Tarvel bakery with the loss of 300 jobs, the firm has said.\n\n"
                     "Union leader Ann Vale said the closure of the Tarvel bakery was a blow to the town.\n\n"
                     "The bakery has made bread in Tarvel since the war.\n",
            "b.txt": "Harwick Foods has confirmed it will close the Tarvel bakery with the loss of 300 jobs.\n\n"
                     "Tom Reed, who has baked at Tarvel for 30 years, said staff were shocked by the closure.\n\n"
                     "Shoppers in Tarvel queued for a last loaf on Saturday morning.\n",
            "c.txt": "Staff at the Tarvel bakery of Harwick Foods learned of the closure on Monday.\n\n"
                     "The Tarvel bakery of Harwick Foods lost its supermarket contract in the spring.\n\n"
                     "Council leaders in Tarvel asked ministers for help with the jobs.\n",
            "d.txt": "Last year, Harwick Foods cut 300 jobs at the Tarvel bakery after the closure of its supermarket "
                     "contract.\n\n"
                     "The Tarvel bakery union said then that the bakery jobs were safe.\n\n"
                     "Harwick Foods makes bread and cakes at six plants.\n"}
    brief = brief_from(tmp_path, docs)
    summary = [s.text for s in section(brief, "summary").statements]
    background = [s.text for s in section(brief, "background").statements]
    assert summary
    assert not [t for t in summary if t.startswith("Last year")]
    assert [t for t in background if t.startswith("Last year")]


def test_a_sentence_opening_on_he_is_not_shown_after_a_sentence_another_reports_copy_of_which_is_shown():
    from analysis_helpers import corpus as corpus_of
    from briefing.analysis import analyse
    from briefing.compose.context import ComposeContext
    from briefing.compose.statements import antecedent
    from briefing.model import CancelFlag, SentenceRef, run_to_end
    text = ("The harbour board approved a new ferry terminal on Monday.\n\n"
            "Board chairman Tom Reed spoke to reporters on the quay. He said the terminal will open within two years.\n")
    corpus = corpus_of(text)
    ctx = ComposeContext(corpus, run_to_end(analyse(corpus, CancelFlag())), load_template("standard"))
    spec = next(s for s in ctx.template.sections if s.kind == "outlook")
    then = next(r for r in ctx.words if ctx.text(r).startswith("He said"))
    before = antecedent(ctx, then, spec)
    assert before is not None
    # another report's copy of "Board chairman Tom Reed spoke ..." is shown by an earlier section:
    # the pair would show that sentence again
    copy = SentenceRef(1, 0)
    ctx.group_of[before] = [before, copy]
    ctx.used.add(copy)
    assert antecedent(ctx, then, spec) is None
