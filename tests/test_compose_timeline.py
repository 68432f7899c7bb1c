"""Timeline: dated events in date order, no invented years."""

from compose_helpers import brief_from, section

DOCS = {
    "a.txt": ("The bridge opened to traffic in June 1998 after four years of work.\n\n"
              "Cracks were found in the main span in 2011.\n\n"
              "Engineers inspected the cables on Monday.\n"),
    "b.txt": ("The bridge was designed in 1993 by a local firm.\n\n"
              "A full closure for repairs is planned for 2026.\n"),
}


def test_events_are_in_date_order_with_iso_dates(tmp_path):
    events = section(brief_from(tmp_path, DOCS), "timeline").events
    assert [e.date for e in events] == ["1993", "1998-06", "2011", "2026"]
    assert events[1].date_text == "June 1998"


def test_weekday_without_a_publication_date_stays_out_of_the_timeline(tmp_path):
    events = section(brief_from(tmp_path, DOCS), "timeline").events
    assert not any("Monday" in e.text for e in events)


def test_relative_date_is_placed_by_the_publication_date(tmp_path):
    docs = {"c.txt": "Published: 10 December 2025\n\nThe harbour master resigned on Monday after the vote.\n"}
    events = section(brief_from(tmp_path, docs), "timeline").events
    assert [e.date for e in events] == ["2025-12-08"]
