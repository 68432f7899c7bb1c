"""Time roles: background, current, outlook."""

from briefing.analysis.tense import sentence_role
from briefing.model import Corpus, Document, Sentence


def one_document(texts: list[str]) -> Corpus:
    """A corpus of one undated document whose sentences are `texts`."""
    sentences, start = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(i, start, start + len(t), t))
        start += len(t) + 1
    return Corpus.of([Document("a", "a", "a", " ".join(texts), sentences=sentences)])


def test_future_tense_plans_and_expectations_are_outlook():
    assert sentence_role("The president is set to visit the capital in early January.", None, 2025) == "outlook"
    assert sentence_role("Officials are expected to sign the deal on Thursday.", None, 2025) == "outlook"
    assert sentence_role("The trial will last two months.", None, 2025) == "outlook"
    assert sentence_role("Working-level talks are scheduled for next year.", None, 2025) == "outlook"


def test_years_before_the_story_and_past_perfect_are_background():
    assert sentence_role("Relations soured in 2017 over the missile shield.", None, 2025) == "background"
    assert sentence_role("The firm had been overstating its profits.", None, 2025) == "background"


def test_a_season_or_month_called_last_is_background_without_a_year():
    # without a dateline a report often dates an earlier event only as "last August", "last summer's"
    assert sentence_role("The two riders left the team last August after a row over pay.", None, None) == "background"
    assert sentence_role("She withdrew from last summer's regatta with a back injury.", None, None) == "background"
    assert sentence_role("The club was relegated at the end of last season.", None, None) == "background"
    # "last" of anything else is no time before the story
    assert sentence_role("The last ferry leaves the island at midnight.", None, None) == "current"
    assert sentence_role("Rain fell on the last day of August.", None, None) == "current"


def test_a_past_date_outweighs_a_plan_or_a_pledge():
    text = "He went back on a pledge to make way for his rival after allies intervened in June 2004."
    assert sentence_role(text, None, 2005) == "background"


def test_plain_present_statement_is_current():
    assert sentence_role("The two countries are major trading partners.", None, 2025) == "current"


def test_a_year_in_an_aside_does_not_make_the_sentence_background():
    text = "Prospects are rising for a summit between the two leaders — who last met in 2019 — in April."
    assert sentence_role(text, None, 2025) == "outlook"


def test_an_upcoming_event_named_in_passing_yields_to_a_stated_past_year():
    text = "The upcoming visit follows the president's trip in October, his first since 2014."
    assert sentence_role(text, None, 2025) == "background"


def test_setting_off_somewhere_in_the_present_progressive_is_outlook():
    assert sentence_role("The chancellor is leaving the country on a tour of three states.", None, 2025) == "outlook"


def test_a_cause_introduced_by_due_to_is_not_a_plan():
    assert sentence_role("Flights were cancelled due to the storm.", None, 2025) != "outlook"
    assert sentence_role("The minister is due to visit the port.", None, 2025) == "outlook"


def test_a_capitalised_will_or_shall_naming_a_person_or_a_title_is_no_future():
    assert sentence_role("Singer Will Tarnby said the tour was a success.", None, 2025) == "current"
    assert sentence_role("Will Tarnby scored twice in the second half.", None, 2025) == "current"
    assert sentence_role("The comedy Shall We Sing? topped the chart, ahead of a Vellmoor thriller.", None, 2025) == "current"
    # a question, and the modal after the name, still look ahead
    assert sentence_role("Will the council back the plan?", None, 2025) == "outlook"
    assert sentence_role("Will Vellmoor voters back the plan?", None, 2025) == "outlook"
    assert sentence_role("Will Tarnby will coach the side next season.", None, 2025) == "outlook"


def test_to_before_a_determiner_is_no_look_ahead_form():
    assert sentence_role("Half of the money is going to the poorest families.", None, 2025) == "current"
    assert sentence_role("The rise in costs is due to a weaker currency.", None, 2025) != "outlook"
    assert sentence_role("The club is going to appeal against the ban.", None, 2025) == "outlook"


def test_set_after_an_article_or_an_ordinal_is_the_noun_not_a_plan():
    assert sentence_role("She lost the opening set to her younger rival.", None, 2025) == "current"
    assert sentence_role("He dropped a set to a qualifier in the first round.", None, 2025) == "current"
    assert sentence_role("Fares are set to rise in the spring.", None, 2025) == "outlook"
    assert sentence_role("The strikers look set to walk out again.", None, 2025) == "outlook"


def test_matters_still_open_are_recognised():
    from briefing.analysis.tense import UNRESOLVED
    for text in ("It remains unclear who will lead the new agency.",
                 "The size of the payout has not yet been determined.",
                 "The court has 90 days to rule on the appeal.",
                 "A new election must be held within 60 days.",
                 "The vote was postponed until the spring session.",
                 "Negotiators face a deadline at midnight on Friday."):
        assert UNRESOLVED.search(text), text
    for text in ("The agency opened its new office in the capital.",
                 "Voters elected a new mayor in a close race."):
        assert not UNRESOLVED.search(text), text


def test_a_vow_or_a_threat_looks_ahead():
    assert sentence_role("The mayor vowed to fight the ruling until the very end.", None, 2025) == "outlook"
    assert sentence_role("The union threatened to strike over the new rosters.", None, 2025) == "outlook"
    assert sentence_role("The mayor kept her vow and fought the ruling.", None, 2025) != "outlook"


def test_an_inquiry_or_a_claim_under_way_is_a_matter_still_open():
    from briefing.analysis.tense import UNRESOLVED
    for text in ("The transport regulator is investigating the airline and its refunds.",
                 "The agency said it was considering a cut to the port's rating.",
                 "A judge let the ferry company pursue its claim against the builder."):
        assert UNRESOLVED.search(text), text
    assert not UNRESOLVED.search("The regulator investigated the airline last year.")


def test_without_datelines_the_story_s_year_is_the_latest_year_told_in_a_sentence_that_does_not_look_ahead():
    from briefing.analysis.tense import story_year
    texts = ["The harbour was dredged in 2019 after the storm of 2017.",
             "The board will finish the new pier in 2031.",
             "Ferry fares rose by 4% in 2022, the operator said.",
             "Crews repaired 1200 metres of the sea wall."]
    corpus = one_document(texts)
    assert story_year(corpus) == 2022


def test_without_datelines_a_year_looked_at_or_ending_a_span_does_not_make_the_story_s_year():
    from briefing.analysis.tense import story_year
    texts = ["The harbour was dredged in 2019 after the storm of 2017.",
             "The first ferries would sail from the new pier in 2031.",
             "Harwick gave Tarvel the right to sell its stake between January 2018 and July 2029.",
             "A tribunal ruled on 3 May 2021 that the crews could not be dismissed.",
             "Crews repaired 1200 metres of the sea wall."]
    corpus = one_document(texts)
    assert story_year(corpus) == 2021


def test_without_datelines_a_plan_or_a_time_of_day_does_not_make_the_story_s_year():
    from briefing.analysis.tense import story_year
    # a plan in the present progressive looks ahead; four figures before a time zone tell the time
    assert story_year(one_document(["Ann Vale won the national title in 2005.",
                                    "Harwick is planning a new ferry service in 2024.",
                                    "The final is shown live from 2010 GMT."])) == 2005


def test_without_datelines_the_end_of_a_period_still_running_does_not_make_the_story_s_year():
    from briefing.analysis.tense import story_year
    texts = ["Ann Vale won the national title in 2021.",
             "She is in talks over her deal with Harwick, which ends in 2026.",
             "Tom Reed's lease on the Tarvel ground expires in May 2027."]
    assert story_year(one_document(texts)) == 2021


def test_without_datelines_a_year_naming_a_thing_does_not_make_the_story_s_year():
    from briefing.analysis.tense import story_year
    texts = ["Ann Vale won the national title in 2019.",
             "She wore Harwick's 2030 bid slogan at the trials.",
             "Tom Reed said the 2028 Games were her aim.",
             "It was her first race of 2020 after the injury."]
    corpus = one_document(texts)
    assert story_year(corpus) == 2020


def test_the_end_of_a_span_that_began_before_is_no_plan():
    text = "Harwick gave Tarvel the right to sell its stake between January 2018 and July 2029."
    assert sentence_role(text, None, 2020) == "background"


def test_a_future_in_a_relative_clause_after_a_past_main_clause_is_not_the_sentence_s_outlook():
    assert sentence_role("Ann Vale, who will be one of the favourites, took second in the final.", None, 2025) != "outlook"
    assert sentence_role("The pair appeared at a hearing on Saturday which will decide their case.", None, 2025) != "outlook"
    assert sentence_role("The tribunal, which will meet on Monday, is expected to rule.", None, 2025) == "outlook"
    assert sentence_role("A panel that will review the case meets on Friday.", None, 2025) == "outlook"


def test_a_decision_or_a_date_not_yet_made_is_a_matter_still_open():
    from briefing.analysis.tense import UNRESOLVED
    for text in ("A date for the hearing has not been set.",
                 "No date for the appeal has yet been fixed.",
                 "The size of the fee hasn't been decided.",
                 "Tom Reed and two others are awaiting trial.",
                 "Deals are being sought to return the paintings to Tarvel."):
        assert UNRESOLVED.search(text), text
    for text in ("The long-awaited report was published on Monday.",
                 "The club set a new record and fixed its ground.",
                 "He opposed the plan, yet agreed to sign it."):
        assert not UNRESOLVED.search(text), text


def test_the_present_perfect_of_a_deed_is_told_from_that_of_a_statement():
    from briefing.analysis.tense import PRESENT_PERFECT
    for text in ("The former treasurer has already pleaded guilty to fraud.",
                 "The ferry company has hired a law firm to pursue its claim.",
                 "The bridge has been closed since the floods.",
                 "Both mills have closed their night shifts."):
        assert PRESENT_PERFECT.search(text), text
    for text in ("The mayor has said she will not resign.",
                 "The union has warned of a long strike.",
                 "The dockers had struck for a week.",
                 "The council has a new chairman."):
        assert not PRESENT_PERFECT.search(text), text


def test_a_stated_readiness_or_expectation_of_a_deed_looks_ahead():
    # "is eager to race again", "expects 3,000 people to march": an intention or an expectation
    # told in the present tense, as news prose states a party's next step
    assert sentence_role("Ann Vale says she is eager to race again after the tribunal cleared her.", None, 2005) == "outlook"
    assert sentence_role("The Harwick club is determined to keep its licence.", None, 2005) == "outlook"
    assert sentence_role("The alliance says it expects up to 3,000 supporters to march on the town hall.",
                         None, 2005) == "outlook"
    assert sentence_role("Tom Reed said ministers should expect the bill to be rewritten.", None, 2005) == "outlook"
    # told of the past, or as a trait of a crowd, it looks nowhere
    assert sentence_role("Tarvel was keen to play down the row at the time.", None, 2005) != "outlook"
    assert sentence_role("The lawyer said he did not expect the board to act so fast.", None, 2005) != "outlook"
    assert sentence_role("The site draws young fans keen to hear free music.", None, 2005) != "outlook"


def test_unresolved_parts_agree_with_the_whole_pattern():
    """UNRESOLVED tries each part of its pattern only when one of the part's key words is in the
    text; it must say what the whole pattern, gated by all the keys, says."""
    from briefing.analysis.tense import UNRESOLVED, lower_words

    texts = ["It is not clear whether he will still come.", "It is not clear.", "The bill is still to pass.",
             "The talks were postponed until May.", "A ruling is still awaıted.", "They remaın unclear yet.",
             "The long-awaited report is out.", "The firm has 30 days to reply.", "Nothing was decided."]
    for text in texts:
        whole = not UNRESOLVED.keys.isdisjoint(lower_words(text)) and UNRESOLVED.pattern.search(text)
        assert bool(UNRESOLVED.search(text)) == bool(whole), text


def test_future_parts_start_where_the_whole_pattern_does():
    """FUTURE tries each part of its pattern only when one of the part's key words is in the text
    and returns the match that starts first: where the whole pattern, gated by all the keys and
    phrases, starts (looking_ahead_from uses the start)."""
    from briefing.analysis.tense import FUTURE, lower_words

    texts = ["The plan is to build it, and it will open next year.", "He is\nto go.", "It is to go.",
             "They’LL see in the coming weeks.", "the political will to act", "He wıll go tomorrow.",
             "The vote, scheduled for May, is yet to be held.", "Nothing here.", "If elected, she won't.",
             "Singer Will Tarnby will sing.", "She lost the first set to him and is set to appeal."]
    for text in texts:
        gate = not FUTURE.keys.isdisjoint(lower_words(text)) or any(p in text.lower() for p in FUTURE.phrases)
        whole = FUTURE.pattern.search(text) if gate else None
        m = FUTURE.search(text)
        assert (m and m.start()) == (whole and whole.start()), text


def test_every_look_ahead_form_before_to_is_read_by_each_pattern_built_on_it():
    """One list of look-ahead forms before "to" makes FUTURE_VERB, the words that gate it, FUTURE
    and the ranking's past form: a word added to the list is read by each (the first-letter
    lookahead of FUTURE_VERB included)."""
    from briefing.analysis.tense import AHEAD_BEFORE_TO, FUTURE, FUTURE_VERB, FUTURE_VERB_WORDS, lower_words
    from briefing.compose.statement_ranking import PAST_BE

    for word in AHEAD_BEFORE_TO:
        text = f"The plant is {word} to close."
        assert FUTURE_VERB.search(text).group(0).lower() == f"{word} to", word
        assert not FUTURE_VERB_WORDS.isdisjoint(lower_words(text)), word
        assert FUTURE.search(text), word
        assert PAST_BE.search(f"The plant was {word} to"), word
    assert PAST_BE.search("The ship was due to")
    assert FUTURE.search("The plant is unlikely to close.") and not FUTURE_VERB.search("The plant is unlikely to close.")
    assert not FUTURE_VERB.search("She lost the first set to him.")


def test_could_not_alone_tells_an_inability_not_an_outlook():
    from briefing.analysis.tense import sentence_role
    assert sentence_role("The Harwick keeper could not keep out the late header.", None, 2024) != "outlook"
    assert sentence_role("The council said it could not comment on the sale.", None, 2024) != "outlook"
    # a modal perfect after an adverb (a regular or -en participle, as PAST_PERFECT reads them) is a
    # past that did not happen, as it is without one
    assert sentence_role("Tarvel could also have scored twice but shot wide.", None, 2024) != "outlook"
    # another modal beside it, or the modal with "have to", still looks ahead
    assert sentence_role("Ministers could order suspects who could not be deported to stay at home.", None, 2024) == "outlook"
    assert sentence_role("The Tarvel ferry could still have to close.", None, 2024) == "outlook"
    assert sentence_role("The council warned that the Harwick ferry could close.", None, 2024) == "outlook"


def test_is_to_after_a_way_or_a_best_is_a_copula_not_a_plan():
    from briefing.analysis.tense import sentence_role
    assert sentence_role("The best way to save the Harwick pier is to cut the port fees.", None, 2024) != "outlook"
    assert sentence_role("The hardest is to find out who sold the Tarvel land.", None, 2024) != "outlook"
    assert sentence_role("Harwick council is to close the pier.", None, 2024) == "outlook"
    assert sentence_role("The aim is to open the Tarvel pier in May.", None, 2024) == "outlook"


def test_once_opening_a_clause_beside_a_modal_looks_ahead():
    from briefing.analysis.tense import sentence_role
    assert sentence_role("Harwick would sign the striker once the ban has been served.", None, 2024) == "outlook"
    assert sentence_role("Tarvel could lose its ferry once the subsidy runs out.", None, 2024) == "outlook"
    # the adverb of an earlier time stays so
    assert sentence_role("Tarvel was once the busiest port and could be again.", None, 2024) == "background"
    assert sentence_role("Once the richest man in Harwick, he is on trial for fraud.", None, 2024) == "background"


def test_past_markers_beside_a_modal_differ_from_the_others_only_in_reading_once():
    from briefing.analysis.tense import PAST_MARKERS, PAST_MARKERS_BESIDE_MODAL
    assert PAST_MARKERS.keys == PAST_MARKERS_BESIDE_MODAL.keys
    for text in ("Tarvel closed the pier two years ago.", "He previously ran the Harwick ferry.",
                 "The port used to be busier.", "It was the coldest winter in decades.",
                 "Back in March the council met.", "Prices fell last August.", "The council will meet on Friday."):
        assert bool(PAST_MARKERS.search(text)) == bool(PAST_MARKERS_BESIDE_MODAL.search(text))
    assert PAST_MARKERS.search("Harwick could sign him once the ban ends.")
    assert not PAST_MARKERS_BESIDE_MODAL.search("Harwick could sign him once the ban ends.")
    assert PAST_MARKERS_BESIDE_MODAL.search("Tarvel was once the busiest port.")


def test_a_text_holds_a_letter_folding_to_ascii_only_where_it_writes_one():
    from briefing.analysis.tense import folds_to_ascii
    assert not folds_to_ascii("Mr Dalby of Harwick Mills will go.")
    assert not folds_to_ascii("Naïve São Tarvel will go.")
    assert folds_to_ascii("The mill ſhall close.") and folds_to_ascii("KELVIN \u212a")


def test_a_look_ahead_form_before_to_is_found_from_the_first_to():
    from briefing.analysis.tense import FUTURE, FromFirstTo
    part = next(p for keys, p in FUTURE.parts if isinstance(p, FromFirstTo))
    for text in ("Mr Dalby is SET TO quit the Harwick Mills board.",
                 "(expected to win) the mill is likely to close",
                 "To be sure, the guild is bound to the deal and is unlikely to sign.",
                 "The opening set to the mill was lost, and the firm is poised to bid.",
                 "He is unlikely\u00a0to\u00a0return.", "to", "likely to", "a half-expected to-do list",
                 "The vote is yet to be held.", "Nothing here looks ahead."):
        want, got = part.compiled.search(text), part.search(text)
        assert (want and (want.span(), want.group())) == (got and (got.span(), got.group())), text
