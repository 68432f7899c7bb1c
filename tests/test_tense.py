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
