"""Features and fitted weights that rank the prose sections' sentences (invented sentences)."""

from briefing.analysis import analyse
from briefing.compose.context import ComposeContext
from briefing.compose.statement_ranking import (
    FEATURES,
    INDEX,
    SECTION_FEATURES,
    SECTIONS,
    firm_future,
    period_end,
    quoted_share,
    time_ahead,
)
from briefing.compose.statement_weights import FITTED
from briefing.model import Corpus, run_to_end
from briefing.services import ingest
from briefing.templates import load_template


def context(tmp_path, texts: dict[str, str]) -> ComposeContext:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    corpus = Corpus.of(run_to_end(ingest([folder])).documents)
    return ComposeContext(corpus, run_to_end(analyse(corpus)), load_template("standard"))


def features_of(ctx: ComposeContext, fragment: str) -> dict[str, float]:
    ref = next(r for r in ctx.corpus.refs() if fragment in ctx.text(r))
    return dict(zip(FEATURES, ctx.features[ref], strict=True))


def test_every_feature_is_normalised_to_between_zero_and_one(tmp_path):
    ctx = context(tmp_path, {"a.txt": "Harbour talks resume\n\nThe harbour board will meet the dockers on Friday.\n\n"
                                      "The dockers had struck for a week in 2019.\n\n"
                                      "Nobody knows \"whether the talks will last\", a clerk said.\n"})
    for values in ctx.features.values():
        assert len(values) == len(FEATURES)
        assert all(0.0 <= v <= 1.0 for v in values)


def test_the_writer_s_own_future_verb_looks_ahead_but_a_cause_or_a_purpose_does_not():
    assert firm_future("The council will vote on the budget next week.")
    assert firm_future("The ferry is due to sail at dawn.")
    assert not firm_future("Flights were cancelled due to the storm.")
    assert not firm_future("The aim of the new office is to cut waiting times.")
    # the future of a thing the sentence names, told beside a past event, is not its own
    assert not firm_future("Ann Vale, who will be one of the favourites, took second in the final.")


def test_a_look_ahead_form_in_the_past_tense_looks_ahead_only_as_reported_speech():
    assert not firm_future("Harwick campaigners were also expected to demonstrate during the conference.")
    assert not firm_future("Ann Vale was due to race in Perth but decided to rest her knee.")
    assert not firm_future("Part of the rise was due to Tarvel stretching its network.")
    assert firm_future("Work was expected to be completed by the summer, Tarvel said.")
    assert firm_future("Tom Reed confirmed that he was due to light the flame.")
    assert firm_future("The ferry is due to sail at dawn.")
    assert not firm_future("The Harwick line was tipped to win the award but came last.")
    assert not firm_future("Demand was predicted to rise in the spring.")
    assert firm_future("Demand was predicted to rise in the spring, Tarvel said.")


def test_an_expectation_told_in_the_past_perfect_was_held_before_and_is_no_look_ahead():
    assert not firm_future("Harwick Mills had been expected to win the contract, but did not bid.")
    assert not firm_future("Ann Vale had been tipped to take the title before her injury.")
    # the present perfect still looks ahead from now
    assert firm_future("Harwick Mills has been expected to win the contract for months.")


def test_a_forecast_told_in_the_writer_s_own_words_looks_ahead():
    assert firm_future("Sales at Tarvel are forecast to rise by 4% next year.")
    assert firm_future("The Harwick line is tipped to win the award.")
    assert firm_future("Output is projected to fall in the spring.")
    assert firm_future("Fares are predicted to climb after the merger.")
    # "to" before a determiner is a preposition: no forecast of a deed
    assert not firm_future("Tarvel predicted to the board a loss.")


def test_share_of_a_sentence_in_quotation_marks():
    assert quoted_share("The mayor opened the bridge on Sunday.") == 0.0
    assert quoted_share("“We are ready,” she said.") > 0.5


def test_a_partial_date_means_the_last_day_of_its_period():
    assert str(period_end("2019")) == "2019-12-31"
    assert str(period_end("2024-02")) == "2024-02-29"
    assert str(period_end("2024-11-05")) == "2024-11-05"


def test_dates_before_and_after_the_dateline_and_the_newest_document_are_told_apart(tmp_path):
    ctx = context(tmp_path, {
        "a.txt": "Port strike begins\nPublished 2024-03-01\n\nDockers at the northern port walked out on Friday.\n\n"
                 "The union last struck in June 2016 over pensions.\n\n"
                 "Talks with the port owners are scheduled for March 20.\n",
        "b.txt": "Port strike ends\nPublished 2024-04-15\n\nDockers at the northern port voted to end their strike.\n"})
    walked, struck, talks = (features_of(ctx, f) for f in ("walked out", "last struck", "scheduled for"))
    ended = features_of(ctx, "voted to end")
    assert struck["date_before"] == 1.0 and walked["date_before"] == 0.0
    assert talks["date_ahead"] == 1.0 and walked["date_ahead"] == 0.0
    assert walked["recency"] == 0.0 and ended["recency"] == 1.0
    assert walked["age"] > 0.5 and ended["age"] == 0.0


def test_an_undated_report_s_last_year_or_years_ago_is_told_before_whatever_its_date(tmp_path):
    ctx = context(tmp_path, {
        "a.txt": "Harwick Mills sold\n\nHarwick Mills was sold to a Tarvel group on Monday.\n\n"
                 "Mr Dalby of Harwick Mills took over the firm last year after a long dispute.\n\n"
                 "The mill first closed its doors 30 years ago, in a slump of the wool trade.\n\n"
                 "The last year has seen the mill's orders double.\n\n"
                 "Its orders have doubled since last summer.\n\n"
                 "Its workers were told of the sale last week.\n"})
    assert features_of(ctx, "took over the firm")["date_before"] == 1.0
    assert features_of(ctx, "30 years ago")["date_before"] == 1.0
    # a span up to now, and a time the report's own news may fall in, are not told before it
    assert features_of(ctx, "The last year")["date_before"] == 0.0
    assert features_of(ctx, "since last summer")["date_before"] == 0.0
    assert features_of(ctx, "last week")["date_before"] == 0.0
    assert features_of(ctx, "on Monday")["date_before"] == 0.0


def test_a_past_marker_naming_a_time_long_before_is_no_marker_the_fit_corrects_for(tmp_path):
    ctx = context(tmp_path, {
        "a.txt": "Harwick Mills sold\n\nHarwick Mills was sold to a Tarvel group on Monday.\n\n"
                 "Last April, Mr Dalby of Harwick Mills spoke of the firm's debts.\n\n"
                 "The mill was previously owned by a Tarvel family.\n\n"
                 "Its workers were told of the sale last week.\n"})
    april, previously, week = (features_of(ctx, f) for f in ("Last April", "previously", "last week"))
    # "last April" lies before any dateline: the earlier time itself (date_before), not a marker
    assert april["date_before"] == 1.0 and april["past_marker"] == 0.0
    # the other markers, which the tense analysis reads as earlier too, stay markers
    assert previously["past_marker"] == 1.0 and week["past_marker"] == 1.0
    assert FITTED.background.score(ctx.features[ref_of(ctx, "Last April")]) > \
        FITTED.background.score(ctx.features[ref_of(ctx, "last week")])


def ref_of(ctx: ComposeContext, fragment: str):
    return next(r for r in ctx.corpus.refs() if fragment in ctx.text(r))


def test_a_sentence_that_states_what_another_document_s_headline_says_is_near_that_headline(tmp_path):
    ctx = context(tmp_path, {
        "a.txt": "Glassworks to close its riverside plant\n\nThe glassworks will close its riverside plant in May.\n",
        "b.txt": "Town reacts\n\nWorkers at the riverside plant heard the news from the glassworks on Monday.\n\n"
                 "The weather in the valley stayed mild all week.\n"})
    assert features_of(ctx, "heard the news")["headlines"] > features_of(ctx, "weather")["headlines"]


def test_a_year_or_a_span_looked_ahead_to_is_a_time_a_plan_is_set_for():
    assert time_ahead("The first Harwick cards would be issued in 2008.") == 2008
    assert time_ahead("Tarvel is due to be shipped in early 2005, and a second model by 2007.") == 2007
    assert time_ahead("The rest of the money will follow within 90 days.") > 2100
    # set before the clause it times
    assert time_ahead("By 2010, the Harwick plant will have closed.") == 2010
    # a year told before the sentence looks ahead, or a sentence that does not look ahead
    assert time_ahead("The ruling in 1984 found that Ann Vale should not be held responsible.") == 0
    assert time_ahead("In 2000 the lobby blocked roads after Tom Reed threatened to raise taxes.") == 0
    assert time_ahead("Ann Vale won the seat in 2004.") == 0


def test_a_span_looked_ahead_to_is_read_whatever_the_case_of_within_and_a_figure_alone_is_none():
    # time_ahead skips sentences holding neither a year's digits nor "within", in any case
    assert time_ahead("THE REST OF THE MONEY WILL FOLLOW WITHIN 90 DAYS.") > 2100
    assert time_ahead("Harwick will follow Within 3 weeks, Tom Reed said.") > 2100
    assert time_ahead("Tarvel will hire 250 workers and pay them 12% more.") == 0
    assert time_ahead("The Harwick line will open in 2031-32.") == 2031


def test_a_year_looked_ahead_to_is_scheduled_unless_it_is_before_the_report_s_year(tmp_path):
    ctx = context(tmp_path, {
        "a.txt": "Harwick plans\nPublished 2005-02-01\n\nThe Harwick line is due to open in 2008.\n\n"
                 "The Harwick line was expected to make a loss in 2004, its owners said.\n\n"
                 "The Harwick line opened its first station in March.\n"})
    assert features_of(ctx, "open in 2008")["scheduled"] == 1.0
    assert features_of(ctx, "loss in 2004")["scheduled"] == 0.0


def test_shipped_weights_name_only_each_section_s_own_features():
    for kind in SECTIONS:
        assert set(FITTED.section(kind).weights) <= set(SECTION_FEATURES[kind]) <= set(INDEX)


def test_shipped_weights_point_the_way_each_section_is_defined():
    summary, background, outlook = (FITTED.section(k).weights for k in SECTIONS)
    assert summary["central"] > 0 and summary["lead"] > 0 and summary["quoted"] < 0
    assert background["date_before"] > 0 and background["role_background"] > 0 and background["recency"] < 0
    assert outlook["role_outlook"] > 0 and outlook["future_verb"] > 0 and outlook["unresolved"] > 0
    assert outlook["recency"] > 0


def test_outlook_ranks_a_sentence_that_looks_ahead_above_one_that_reports(tmp_path):
    ctx = context(tmp_path, {"a.txt": "Bridge repairs\n\nCrews repaired the old bridge over the weekend.\n\n"
                                      "The council will decide in June whether to replace the bridge.\n\n"
                                      "It remains unclear who will pay for a new bridge.\n"})
    def score(fragment):
        return FITTED.outlook.score(ctx.features[next(
            r for r in ctx.corpus.refs() if fragment in ctx.text(r))])
    assert score("will decide in June") > score("Crews repaired")
    assert score("remains unclear") > score("Crews repaired")


def test_a_sentence_saying_what_something_is_defines():
    from briefing.compose.statement_ranking import defines
    for text in ("The council is a body of elected mayors formed in 1990.",
                 "The old mill company emerged from bankruptcy and is now known as Rivermills.",
                 "The rupture was oblique, which means the ground moved both up and sideways.",
                 "A recall requires the support of two-thirds of the assembly.",
                 "The harbour guild, which represents the ferry crews, has called a meeting."):
        assert defines(text), text
    for text in ("It is a sad day for the town, the mayor said.",
                 "There is a long queue at the harbour gate.",
                 "The guild, which said it was surprised, called a meeting."):
        assert not defines(text), text


def test_defines_finds_what_its_whole_pattern_finds():
    from briefing.analysis.words import lower_words
    from briefing.compose.statement_ranking import DEFINES, DEFINING_PHRASES, DEFINING_WORDS, defines
    for text in ("It is a pity, but the Harwick Mills trust is now a charity.",
                 "Harwick Mills ARE AN employer of note.",
                 "The well-known is a phrase of the guild.",
                 "(is a note) and the mill is a ruin.",
                 "It is a mill, it is an old one.",
                 "Mr Dalby\u00a0is\u00a0a farmer.",
                 "The Dalby Trust, which runs the ferry, is a charity formed by the guild.",
                 "is a", "Dalby is a", "Dalby is a ", "they are an odd lot", "The mill is an"):
        worded = not DEFINING_WORDS.isdisjoint(lower_words(text)) or any(p in text for p in DEFINING_PHRASES)
        assert defines(text) == (worded and bool(DEFINES.search(text))), text


def test_words_quoted_that_look_ahead_are_told_from_narration_that_does(tmp_path):
    ctx = context(tmp_path, {"a.txt": "Harbour talks\n\n\"We will fight this closure to the very end,\" the mayor said.\n\n"
                                      "\"We fought hard for the harbour,\" the mayor said on Monday.\n\n"
                                      "The harbour board will meet the dockers on Friday.\n"})
    assert features_of(ctx, "We will fight")["quote_ahead"] == 1.0
    assert features_of(ctx, "We fought hard")["quote_ahead"] == 0.0
    assert features_of(ctx, "board will meet")["quote_ahead"] == 0.0


def test_the_present_perfect_counts_as_told_before_now_only_past_a_report_s_opening_lines(tmp_path):
    # in a report's first lines the present perfect is the news itself ("The talks have collapsed")
    ctx = context(tmp_path, {"a.txt": "Harbour strike\n\nThe dockers have walked out at the harbour.\n\n"
                                      "The harbour board met the dockers on Friday.\n\n"
                                      "The crane drivers say they are tired.\n\n"
                                      "The board has already closed the night shift twice.\n"})
    assert features_of(ctx, "have walked out")["present_perfect"] == 0.0
    assert features_of(ctx, "has already closed")["present_perfect"] == 1.0
    assert FITTED.background.weights["present_perfect"] > 0


def test_a_present_perfect_beside_a_future_verb_is_not_told_before_now(tmp_path):
    ctx = context(tmp_path, {"a.txt": "Harbour fraud trial\n\nThe harbour trial opened on Monday.\n\n"
                                      "The clerk gave evidence for a second day.\n\n"
                                      "The treasurer has already pleaded guilty and will be sentenced in May.\n\n"
                                      "The treasurer has already pleaded guilty to fraud.\n"})
    assert features_of(ctx, "and will be sentenced")["present_perfect"] == 0.0
    assert features_of(ctx, "guilty to fraud")["present_perfect"] == 1.0


def test_outlook_ranks_a_report_s_opening_preview_below_what_it_expects_further_down(tmp_path):
    # the opening line of a report written ahead of an event is that report's news
    ctx = context(tmp_path, {"a.txt": "Harwick vote\n\nHarwick council will vote on the harbour plan on Monday.\n\n"
                                      "The plan was drawn up by Ann Vale.\n\n"
                                      "The council will also review the ferry budget next year.\n"})
    preview, expected = (features_of(ctx, f) for f in ("will vote on", "will also review"))
    assert preview["lead_ahead"] == 1.0 and expected["lead_ahead"] == 0.0
    assert preview["future_verb"] == expected["future_verb"] == 1.0
    def score(fragment):
        return FITTED.outlook.score(ctx.features[next(r for r in ctx.corpus.refs() if fragment in ctx.text(r))])
    assert score("will also review") > score("will vote on")


def test_past_tense_and_long_before_answer_as_their_whole_patterns_do():
    # the quick tests (an "ed" ending, the words a sentence holds) must answer as the patterns
    # searched at every character would, on capitals, digits, hyphens, apostrophes and the letters
    # that match an ASCII one only when case is ignored ("ſ" for "s")
    from briefing.analysis.words import lower_words
    from briefing.compose.statement_ranking import LONG_BEFORE, PAST_TENSE, long_before, past_tense
    sentences = [
        "Mr Dalby of Harwick Mills walked out.", "The mill hed no say.", "Red Tarvel said it.", "A reed bed.",
        "WAS it fair?", "Was it fair?", "It was fair.", "The Tarvelwas case.", "Sales of 1234ed units.",
        "They re-edited it.", "Ab_ed and abced_ now.", "A fixed-term deal.", "She had-", "He made it.",
        "Naïve édited São", "He BROUGHT it.", "Tom Reed won’t go.", "He won.", "Harwick's team led.",
        "Last year the mill shut.", "The last year was hard.", "It shut last August.", "It shut LAST summer.",
        "It shut laſt summer.", "Two years ago it shut.", "10 decades ago.", "A year ago today.",
        "The lasting year.", "It shut last week.", "Ten years agony.", "It shut the last season.",
    ]
    for text in sentences:
        words = lower_words(text)
        assert past_tense(text, words) == (PAST_TENSE.search(text) is not None), text
        assert long_before(text, words) == (LONG_BEFORE.search(text) is not None), text
