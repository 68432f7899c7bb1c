"""Edits to a brief as services functions: refused when empty, marked, carried into a recomposed brief."""

import pytest

from briefing.model import (
    Actor,
    Brief,
    BriefingError,
    Citation,
    Event,
    Issue,
    Quote,
    Section,
    Source,
    Statement,
)
from briefing.services.editing import (
    carry_edits,
    check_iso_date,
    set_actor,
    set_event_date,
    set_issue_name,
    set_quote_speaker,
    set_statement_text,
)


def cite(source, sentence):
    return [Citation(source, sentence, 0, 10)]


def brief(first_id="S1", second_id="S2"):
    """Two invented sources; the ids differ between composes, the contents (sha256) do not."""
    return Brief("Harbour talks", sources=[Source(first_id, "Port story", "/a.txt", sha256="aaa"),
                                           Source(second_id, "Quay story", "/b.txt", sha256="bbb")],
                 sections=[
                     Section("summary", "Summary", statements=[Statement("The port reopened.", cite(first_id, 2)),
                                                               Statement("Ferries resumed.", cite(second_id, 4))]),
                     Section("actors", "Actors", actors=[Actor("Mara Quell", role="harbour master")]),
                     Section("issues", "Issues", issues=[Issue("Dredging", statements=[
                         Statement("Dredging is late.", cite(first_id, 7))])]),
                     Section("timeline", "Timeline", events=[Event("2024-03-01", "1 March", "It reopened.",
                                                                   cite(second_id, 1))]),
                     Section("quotes", "Quotes", quotes=[Quote("Mara Quell", "We are open.", cite(first_id, 3))]),
                 ])


@pytest.mark.parametrize("edit", [
    lambda b: set_statement_text(b, (0, "statements", 0), "  \n "),
    lambda b: set_actor(b, (1, "actors", 0), "", "role", ""),
    lambda b: set_quote_speaker(b, (4, "quotes", 0), " "),
    lambda b: set_issue_name(b, (2, "issues", 0), ""),
    lambda b: set_event_date(b, (3, "events", 0), "next spring"),
])
def test_an_edit_that_would_leave_an_item_empty_or_undated_is_refused(edit):
    before = brief()
    after = brief()
    with pytest.raises(BriefingError):
        edit(after)
    assert after == before


def test_partial_iso_dates_are_dates_and_impossible_ones_are_not():
    assert [check_iso_date(d) for d in ("2024", "2024-02", "2024-02-29")] == ["2024", "2024-02", "2024-02-29"]
    for bad in ("2023-02-29", "2024-13", "24-01-01", "March 2024"):
        with pytest.raises(BriefingError):
            check_iso_date(bad)


def test_edits_are_carried_to_the_same_items_of_a_recomposed_brief():
    old = brief()
    set_statement_text(old, (0, "statements", 1), "Ferries resumed on Monday.")
    set_actor(old, (1, "actors", 0), "Mara Quell-Ode", "port director", "Harbour Board")
    set_issue_name(old, (2, "issues", 0), "Channel dredging")
    set_event_date(old, (3, "events", 0), "2024-03-02")
    set_quote_speaker(old, (4, "quotes", 0), "The harbour master")
    new = brief(first_id="S2", second_id="S1")          # the sources numbered the other way round
    new.sections[0].statements.reverse()
    assert carry_edits(old, new) == 5
    ferries = next(s for s in new.sections[0].statements if s.citations[0].sentence == 4)
    assert ferries.text == "Ferries resumed on Monday." and ferries.edited
    assert next(s for s in new.sections[0].statements if s is not ferries).edited is False
    actor = new.sections[1].actors[0]
    assert (actor.name, actor.role, actor.affiliation, actor.edited) == \
        ("Mara Quell-Ode", "port director", "Harbour Board", True)
    assert "Mara Quell" in actor.aliases
    assert new.sections[2].issues[0].name == "Channel dredging"
    assert new.sections[3].events[0].date == "2024-03-02"
    assert new.sections[4].quotes[0].speaker == "The harbour master"


def test_an_edit_whose_item_is_gone_is_not_carried():
    old = brief()
    set_statement_text(old, (0, "statements", 0), "The port reopened at dawn.")
    new = brief()
    new.sections[0].statements.pop(0)
    assert carry_edits(old, new) == 0
    assert all(not s.edited for s in new.sections[0].statements)


def test_an_edit_is_carried_when_a_document_telling_the_same_is_added_or_left_out():
    old = brief()
    old.sections[0].statements[0].citations += cite("S2", 9)      # two documents tell it
    set_statement_text(old, (0, "statements", 0), "The port reopened at dawn.")
    fewer = brief()                                            # the second document was left out
    assert carry_edits(old, fewer) == 1
    assert fewer.sections[0].statements[0].text == "The port reopened at dawn."
    assert not fewer.sections[0].statements[1].edited
    more = brief()
    more.sections[0].statements[0].citations += cite("S2", 9) + cite("S2", 11)   # and a third sentence
    assert carry_edits(old, more) == 1 and more.sections[0].statements[0].edited


def test_a_redated_event_moves_to_its_place_in_date_order():
    old = brief()
    events = old.sections[3].events
    events += [Event("2024-03-04", "4 March", "Talks resumed.", cite("S1", 5)),
               Event("2024-03-09", "9 March", "A deal was signed.", cite("S2", 6))]
    assert set_event_date(old, (3, "events", 0), "2024-03-05") == (3, "events", 1)
    assert [e.date for e in events] == ["2024-03-04", "2024-03-05", "2024-03-09"]
    assert events[1].text == "It reopened." and events[1].edited
    assert set_event_date(old, (3, "events", 2), "2024-03-04") == (3, "events", 1)   # after its date's others
    assert [e.text for e in events] == ["Talks resumed.", "A deal was signed.", "It reopened."]
    assert set_event_date(old, (3, "events", 1), "2024-03-04") == (3, "events", 1)   # unchanged: stays


def test_edited_marks_survive_the_json_round_trip():
    old = brief()
    set_event_date(old, (3, "events", 0), "2024-03-02")
    set_actor(old, (1, "actors", 0), "Mara Quell", "port director", "")
    again = Brief.from_dict(old.to_dict())
    assert again.sections[3].events[0].edited and again.sections[1].actors[0].edited
    assert "edited" not in brief().to_dict()["sections"][3]["events"][0]     # unedited: the contract's JSON
