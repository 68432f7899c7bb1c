"""Timeline: dated events in date order, no invented years."""

from briefing.export.markdown import brief_markdown
from briefing.export.printed import event_when
from briefing.model import Event
from briefing.templates import load_template
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


def test_planned_events_are_marked_and_the_exports_say_so(tmp_path):
    docs = {"d.txt": "Harbour Works Begin\nPublished: 10 December 2025\n\n"
                     "The harbour master resigned on Monday after the vote.\n\n"
                     "The new dock will open to ships in March 2026, the council said.\n"}
    brief = brief_from(tmp_path, docs)
    events = section(brief, "timeline").events
    assert [(e.date, e.planned) for e in events] == [("2025-12-08", False), ("2026-03", True)]
    assert event_when(events[1]) == "Mar 2026 (planned)"
    assert "| 2026-03 (planned) |" in brief_markdown(brief)
    [timeline] = [s for s in brief.to_dict()["sections"] if s["kind"] == "timeline"]
    assert [e["planned"] for e in timeline["events"]] == [False, True]
    assert [Event.from_dict(e).planned for e in timeline["events"]] == [False, True]


def test_one_happening_reported_twice_on_a_day_is_one_event(tmp_path):
    docs = {"a.txt": "Published: 28 March 2025\n\nA magnitude 7.2 earthquake struck the coast on Friday.\n",
            "b.txt": "Published: 29 March 2025\n\nThe 7.2 quake that hit the coastal towns on Friday killed dozens.\n"}
    events = section(brief_from(tmp_path, docs), "timeline").events
    assert len(events) == 1 and events[0].date == "2025-03-28"


def test_the_storys_own_days_come_before_passing_mentions_of_old_years(tmp_path):
    docs = {
        "a.txt": "River Floods\nPublished: 10 May 2025\n\nFlood defences on the river failed on Saturday, "
                 "the agency said.\n\nThe river burst its banks at the mill on Saturday, flooding homes.\n",
        "b.txt": "Town Evacuated\nPublished: 11 May 2025\n\nThe council evacuated two hundred homes on Sunday "
                 "as the river rose.\n\nSoldiers filled sandbags along the flooded river bank on Sunday.\n",
        "c.txt": "Waters Recede\nPublished: 12 May 2025\n\nThe flood waters receded from the town centre on Monday "
                 "morning.\n\nThe river agency said on Monday that the flood barrier had held overnight.\n",
        # passing mentions of old years, in the story's own words
        "old.txt": "River History\nPublished: 12 May 2025\n\nThe river burst its banks and flooded homes in "
                   "1953, the agency said.\n\nThe council evacuated homes as the river rose in 1978.\n\n"
                   "Soldiers filled sandbags as flood waters reached the town centre in 2004.\n",
    }
    template = load_template("standard")
    for spec in template.sections:
        if spec.kind == "timeline":
            spec.max_items = 4
    events = section(brief_from(tmp_path, docs, template), "timeline").events
    assert [e.date[:4] for e in events].count("2025") >= 3


def test_a_figure_is_neither_a_clock_times_minutes_nor_a_day_or_year():
    from briefing.compose.timeline import figures
    assert figures("At 2:40 a.m. on 24 November 2024 the $300 billion goal, a 7.7 quake, 1,287 km.") == \
        {"300", "7.7", "1,287"}
