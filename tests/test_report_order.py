"""Which undated report came later (benchmarks/report_order.py, a measurement): an event one
report tells as ahead and another as done, and back references ("Tuesday's vote")."""

import sys
from pathlib import Path

from analysis_helpers import corpus
from briefing.model import SentenceRef

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from report_order import (  # noqa: E402
    back_reference_places,
    done,
    links_in_order,
    overtaking,
    preview,
    preview_links,
    report_places,
    tells_done,
)

AHEAD = "Harwick councillors will vote on the Tellmark plant plan on Tuesday. The plan has divided the town."
DONE = "The plant was opposed by residents. Harwick councillors voted on Tuesday to reject the Tellmark plant plan."


def test_a_report_telling_done_what_another_previews_is_the_later():
    pile = corpus(AHEAD, DONE)
    assert preview_links(pile) == {(0, 1): 1}
    assert overtaking(pile) == {SentenceRef(1, 1): 0}


def test_the_preview_is_read_from_the_verb_after_the_future_form():
    ahead = preview("The court is due to rule on Ms Varga's appeal next week.")
    assert ahead is not None and ahead.head == "rul"
    assert {"varga", "appeal"} <= ahead.rest


def test_an_event_set_for_another_weekday_is_another_event():
    third = preview("Dock workers will vote on a third pay offer on Monday.")
    first = done("Dock workers voted on Thursday to reject the first pay offer.")
    assert third is not None and first is not None
    assert not tells_done(third, first)
    assert tells_done(third, done("Dock workers voted on Monday to accept the pay offer."))


def test_a_deed_of_a_year_named_is_history_not_the_news():
    assert done("In March 2001 the appeals court ruled in favour of the Orlen networks.") is None


def test_reported_speech_and_plain_states_overtake_nothing():
    # "would consult" is a plan told in the past, "faces charges" a state begun before
    assert preview_links(corpus("Ms Varga will consult the Harwick prosecutors on the new measures soon.",
                                "Ms Varga said she would consult the Harwick prosecutors on the new measures.")) == {}
    assert done("Mr Osei faces charges of fraud at the Tellmark plant.") is None


def test_one_shared_word_does_not_link_two_reports():
    pile = corpus("The Orlen board will vote on the merger next month.",
                  "Shareholders of a rival firm voted against a pay deal.")
    assert preview_links(pile) == {}


def test_a_light_verb_tells_no_event():
    assert preview("The Harwick dispute is set to continue with both sides still at odds over pay.") is None


def test_the_previewing_report_is_placed_before_the_report_that_overtook_it():
    assert report_places(corpus("Ms Varga spoke to the press.", AHEAD, DONE)) == [0.5, 0.0, 1.0]
    assert report_places(corpus(AHEAD, "The Tellmark plant employs 300 people.")) is None


def test_a_report_naming_past_days_events_ranks_later():
    places = back_reference_places(corpus("Harwick councillors will meet on Tuesday to discuss the Tellmark plant.",
                                          "After yesterday's vote, Ms Varga said last week's protest had worked."))
    assert places == [0.0, 1.0]


def test_only_linked_dated_pairs_are_counted_in_order():
    assert links_in_order({(0, 1): 1, (2, 1): 1, (1, 3): 1}, ["2024-05-01", "2024-05-03", "2024-05-04", None]) == (1, 1)
