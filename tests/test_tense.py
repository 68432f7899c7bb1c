"""Time roles: background, current, outlook."""

from briefing.analysis.tense import sentence_role


def test_future_tense_plans_and_expectations_are_outlook():
    assert sentence_role("The president is set to visit the capital in early January.", None, 2025) == "outlook"
    assert sentence_role("Officials are expected to sign the deal on Thursday.", None, 2025) == "outlook"
    assert sentence_role("The trial will last two months.", None, 2025) == "outlook"
    assert sentence_role("Working-level talks are scheduled for next year.", None, 2025) == "outlook"


def test_years_before_the_story_and_past_perfect_are_background():
    assert sentence_role("Relations soured in 2017 over the missile shield.", None, 2025) == "background"
    assert sentence_role("The firm had been overstating its profits.", None, 2025) == "background"


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
