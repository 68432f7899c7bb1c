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


# --- picking: each rule on a few invented events, their centrality set by hand -------------

def picking_context(sentences: dict[str, tuple[str, float]], actors: dict[str, list[str]] | None = None):
    """A context whose documents each hold one sentence (so each is its report's opening),
    with the given centrality, and actors named in the given documents."""
    from briefing.compose.context import ComposeContext
    from briefing.model import ActorFact, Corpus, CorpusFacts, Document, Sentence, SentenceRef
    docs = [Document(name, f"{name}.txt", name, text, sentences=[Sentence(0, 0, len(text), text)],
                     published="2025-03-11") for name, (text, _) in sentences.items()]
    corpus = Corpus.of(docs)
    refs = {name: SentenceRef(i, 0) for i, name in enumerate(sentences)}
    facts = CorpusFacts(corpus, actors=[ActorFact(who, "person", mention_refs=[refs[n] for n in names])
                                        for who, names in (actors or {}).items()])
    ctx = ComposeContext(corpus, facts, load_template("standard"))
    ctx.__dict__["centrality"] = {refs[name]: c for name, (_, c) in sentences.items()}
    return ctx, refs


def picked(ctx, refs, dated: dict[str, str], limit: int) -> list[str]:
    from briefing.compose.timeline import pick_events
    from briefing.model import EventFact
    by_ref = {ref: name for name, ref in refs.items()}
    events = [EventFact(date, "", refs[name]) for name, date in dated.items()]
    return sorted(by_ref[e.ref] for e in pick_events(ctx, events, limit))


def test_a_busy_day_is_told_by_its_different_actors():
    ctx, refs = picking_context({
        "vote": ("The council approved the harbour budget after a long debate.", 1.0),
        "again": ("Councillors passed the spending plan for the port late at night.", 0.75),
        "mayor": ("Mayor Elena Brandt resigned in protest at the outcome.", 0.6),
    }, actors={"Elena Brandt": ["mayor"]})
    day = "2025-03-11"
    assert picked(ctx, refs, {"vote": day, "again": day, "mayor": day}, 2) == ["mayor", "vote"]


def test_an_event_dated_only_to_a_month_gives_way_to_days_of_that_month():
    ctx, refs = picking_context({
        "first": ("The ferry line opened its northern route to passengers.", 1.5),
        "second": ("The ferry line added a night crossing to the islands.", 1.4),
        "month": ("Ticket prices on the ferry line rose sharply for the season.", 0.85),
        "other": ("A storm damaged the old pier beyond repair.", 0.9),
    })
    dated = {"first": "2025-03-04", "second": "2025-03-10", "month": "2025-03", "other": "2024-06"}
    assert picked(ctx, refs, dated, 3) == ["first", "other", "second"]


def test_a_reports_opening_sentence_tells_its_happening_before_later_ones():
    from briefing.compose.context import ComposeContext
    from briefing.model import Corpus, CorpusFacts, Document, Sentence, SentenceRef
    texts = ["The port authority fined the shipping firm for the spill.",
             "Divers inspected the hull of the tanker at the quay."]
    doc = Document("d", "d.txt", "d", " ".join(texts), published="2025-03-11",
                   sentences=[Sentence(0, 0, len(texts[0]), texts[0]),
                              Sentence(1, len(texts[0]) + 1, len(texts[0]) + 1 + len(texts[1]), texts[1])])
    corpus = Corpus.of([doc])
    ctx = ComposeContext(corpus, CorpusFacts(corpus), load_template("standard"))
    first, later = SentenceRef(0, 0), SentenceRef(0, 1)
    ctx.__dict__["centrality"] = {first: 0.5, later: 0.55}
    refs = {"first": first, "later": later}
    assert picked(ctx, refs, {"first": "2025-03-10", "later": "2025-03-09"}, 1) == ["first"]


def test_an_event_told_by_the_writer_ranks_before_one_opening_on_a_quotation():
    ctx, refs = picking_context({
        "quoted": ("“We have won,” the union leader told the crowd at the docks.", 0.5),
        "told": ("The union called off the strike at the docks.", 0.45),
    })
    assert picked(ctx, refs, {"told": "2025-03-10", "quoted": "2025-03-09"}, 1) == ["told"]


def test_one_actor_doing_one_thing_on_a_day_is_one_happening_in_other_words():
    ctx, refs = picking_context({
        "vote": ("Lawmakers voted to remove Governor Mara Quinlan from office.", 1.0),
        "again": ("The state assembly voted overwhelmingly to impeach the governor after a bitter debate.", 0.9),
        "quit": ("Governor Mara Quinlan resigned hours later and left the capital by train.", 0.8),
    }, actors={"Mara Quinlan": ["vote", "again", "quit"]})
    day = "2025-03-11"
    assert picked(ctx, refs, {"vote": day, "again": day, "quit": day}, 3) == ["quit", "vote"]


def test_past_verbs_are_the_words_that_tell_a_sentence_in_the_past():
    from briefing.analysis.dates import past_verbs
    assert past_verbs("The board has approved the plan and workers walked out, she said.") == \
        {"has", "approved", "walked", "said"}


def test_an_event_dated_by_its_decade_reads_as_the_decade_not_its_first_year(tmp_path):
    docs = {"a.txt": ("Published: 3 May 2024\n\nThe mill was sold off in the early 1980s to a private buyer.\n\n"
                      "The mill closed for good in 1991 after a long decline.\n")}
    brief = brief_from(tmp_path, docs)
    events = section(brief, "timeline").events
    assert [e.date for e in events] == ["1980", "1991"]
    assert [event_when(e) for e in events] == ["early 1980s", "1991"]
    assert "| early 1980s |" in brief_markdown(brief) and "| 1991 |" in brief_markdown(brief)


def test_a_year_is_not_shown_as_a_decade_because_its_text_names_another():
    assert event_when(Event("1990", "1990, in the 1980s", "x", [])) == "1990"
    assert event_when(Event("1980", "1980", "x", [])) == "1980"


def test_a_row_opening_on_she_follows_the_sentence_of_its_paragraph_naming_her(tmp_path):
    docs = {"a.txt": "The harbour board approved a new ferry terminal in 2024.\n\n"
                     "Ann Vale is the harbour board's longest-serving member. "
                     "She became its chair in 2009 after a vote of the island's councillors.\n",
            "b.txt": "The old pier was closed after a storm damaged it in 2019.\n"}
    rows = section(brief_from(tmp_path, docs), "timeline").events
    [row] = [e for e in rows if e.date == "2009"]
    assert row.text == ("Ann Vale is the harbour board's longest-serving member. She became its chair in 2009 "
                        "after a vote of the island's councillors.")


def test_a_year_a_figure_is_compared_with_gives_no_timeline_row(tmp_path):
    docs = {"c.txt": ("The Harwick toll bridge carried 4.2 million cars last year, up from 3.1 million in 2003.\n\n"
                      "The bridge opened to traffic in June 1998 after four years of work.\n")}
    events = section(brief_from(tmp_path, docs), "timeline").events
    assert [e.date for e in events] == ["1998-06"]


def test_one_deed_told_in_other_words_on_one_date_is_one_happening():
    ctx, refs = picking_context({
        "admitting": ("Tarvel Telecom hit the headlines in 2002 after admitting it illegally booked expenses "
                      "and inflated profits.", 1.0),
        "admission": ("The collapse followed its admission in 2002 that it illegally booked expenses and "
                      "inflated profits.", 0.9),
        "office": ("Tarvel Telecom opened a call centre in Harwick in 2002 and hired local staff.", 0.8),
        "later": ("Tarvel Telecom emerged from bankruptcy protection in 2004 under a new name.", 0.7),
        "undated": ("Shares in Tarvel Telecom fell sharply as the collapse deepened.", 0.6),
    })
    from briefing.compose.timeline import pick_events
    from briefing.model import EventFact
    # each dated by the year it states: the words of the date are left out of the comparison
    dated = {"admitting": "2002", "admission": "2002", "office": "2002", "later": "2004"}
    events = [EventFact(year, year, refs[name]) for name, year in dated.items()]
    assert [e.ref for e in pick_events(ctx, events, 4)] == [refs["admitting"], refs["office"], refs["later"]]


def test_the_words_stating_a_shared_date_make_two_events_no_more_alike():
    from briefing.compose.timeline import likeness_beside_date
    from briefing.model import EventFact
    ctx, refs = picking_context({
        "cup": ("Harwick Rovers won the county cup in 1994.", 1.0),
        "ferry": ("The Tarvel ferry made its first crossing in 1994.", 0.9),
        "undated": ("Harwick Rovers and the Tarvel ferry are the pride of the coast.", 0.8),
    })
    cup, ferry = EventFact("1994", "1994", refs["cup"]), EventFact("1994", "1994", refs["ferry"])
    assert ctx.likeness(refs["cup"], refs["ferry"]) > 0
    assert likeness_beside_date(ctx, cup, ferry) == 0


def test_two_reports_restating_one_years_background_with_the_same_two_actors_give_one_row():
    from briefing.compose.timeline import pick_events
    from briefing.model import EventFact
    ctx, refs = picking_context({
        "alliance": ("Tarvel Motors gained the right to sell its car unit to Harwick Group under an alliance "
                     "agreed in 2000.", 1.0),
        "contract": ("Harwick Group says the contract Tarvel Motors signed in 2000 is no longer valid.", 0.9),
        "plant": ("Tarvel Motors opened a paint shop at its northern plant in 2000.", 0.8),
        "forecast": ("Tarvel Motors and Harwick Group expect sales of their joint van to double in 2006.", 0.7),
        "outlook": ("Tarvel Motors and Harwick Group plan to open a dealer network in 2006.", 0.6),
    }, actors={"Tarvel Motors": ["alliance", "contract", "plant", "forecast", "outlook"],
               "Harwick Group": ["alliance", "contract", "forecast", "outlook"]})
    events = [EventFact("2000", "2000", refs[n]) for n in ("alliance", "contract", "plant")]
    events += [EventFact("2006", "2006", refs[n], future=True) for n in ("forecast", "outlook")]
    assert [e.ref for e in pick_events(ctx, events, 5)] == \
        [refs["alliance"], refs["plant"], refs["forecast"], refs["outlook"]]


def test_reports_restating_one_past_happening_of_a_year_give_one_row_and_other_happenings_stay():
    from briefing.compose.timeline import pick_events
    from briefing.model import EventFact
    ctx, refs = picking_context({
        "trial": ("Mr Kessfield is on trial for fraud in relation to Quorvane's collapse in 2002.", 1.0),
        "collapsed": ("The phone company collapsed in 2002 and prosecutors say losses were hidden from "
                      "its shareholders.", 0.9),
        "led": ("Prosecutors say the fraud led to the collapse of the firm in 2002 after a long "
                "inquiry by its auditors.", 0.8),
        "bankruptcy": ("The operator filed for bankruptcy in 2002 when an accounting scandal was unearthed.", 0.7),
        "saw": ("We are not seeing the numbers we saw in the second half of 2003, the Belmisk dealer "
                "added.", 0.6),
        "models": ("Belmisk brought out numbers of models in the second half of 2003.", 0.5),
        "growth": ("The region saw growth of 1.4% in 2004, up from 0.6% a year earlier.", 0.4),
        "enjoyed": ("The regional lender has enjoyed strong growth in 2004 thanks to its branches.", 0.3),
    })
    dated = {"trial": "2002", "collapsed": "2002", "led": "2002", "bankruptcy": "2002",
             "saw": "second half of 2003", "models": "second half of 2003", "growth": "2004", "enjoyed": "2004"}
    events = [EventFact(text[-4:], text, refs[name]) for name, text in dated.items()]
    # the collapse told three times is one row; the bankruptcy filing that year is another
    # happening, and so are a word shared further from the date and a year's measures in figures
    assert [e.ref for e in pick_events(ctx, events, 8)] == \
        [refs[n] for n in ("trial", "bankruptcy", "saw", "models", "growth", "enjoyed")]


def test_two_reports_naming_one_days_vote_before_its_date_give_one_row():
    from briefing.compose.timeline import pick_events
    from briefing.model import EventFact
    ctx, refs = picking_context({
        "vote": ("Kessfield councillors backed the depot closure in a vote on 4 March by a wide margin.", 1.0),
        "unlike": ("Unlike the first vote on 4 March, every member of the ruling group attended.", 0.9),
        "fire": ("A fire broke out at the Quorvane depot on 4 March and crews worked through the night.", 0.8),
    })
    events = [EventFact("2025-03-04", "4 March", refs[n]) for n in ("vote", "unlike", "fire")]
    assert [e.ref for e in pick_events(ctx, events, 3)] == [refs["vote"], refs["fire"]]
