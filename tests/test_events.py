"""Sentences reporting a dated happening become events with an ISO date and a future flag."""

from briefing.analysis.events import agreed_date, document_dates, find_events
from briefing.model import Corpus, Document, Sentence


def document(*texts: str, published: str | None = None, name: str = "d1") -> Document:
    sentences, start = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(i, start, start + len(t), t))
        start += len(t) + 1
    return Document(name, f"{name}.txt", "T", " ".join(texts), sentences=sentences, published=published)


def corpus_of(*texts: str, published: str | None = None) -> Corpus:
    return Corpus.of([document(*texts, published=published)])


def test_sentence_with_a_stated_year_is_an_event_with_that_date():
    [event] = find_events(corpus_of("The missile shield was deployed in 2017 despite protests."))
    assert (event.date, event.date_text, event.future) == ("2017", "2017", False)


def test_weekday_without_publication_date_makes_no_event():
    assert find_events(corpus_of("The minister resigned on Monday after the vote.")) == []


def test_weekday_with_publication_date_is_resolved_and_future_is_flagged():
    events = find_events(corpus_of("The minister resigned on Monday after the vote.",
                                   "The president will visit the capital next month for talks.",
                                   published="2025-12-10"))
    assert [(e.date, e.future) for e in events] == [("2025-12-08", False), ("2026-01", True)]


def test_a_stated_year_is_preferred_to_a_decade_in_the_same_sentence():
    [event] = find_events(corpus_of("In the early 1990s the firm grew, and it collapsed in July 2002."))
    assert event.date == "2002-07"


def test_the_first_stated_year_dates_the_sentence_even_when_approximate():
    [event] = find_events(corpus_of("The auditors approved the accounts in early 2001 and 2002."))
    assert (event.date, event.date_text) == ("2001", "early 2001")


def dated(events, text_part: str) -> list[str]:
    return [e.date for e in events if text_part in e.date_text or text_part == "" and not e.date_text]


def test_a_report_sentence_without_a_date_of_its_own_happened_on_its_dateline():
    events = find_events(corpus_of("Negotiators from the small states walked out of the talks overnight.",
                                   "Officials previously agreed to meet every year.",
                                   "The ministry will publish its figures next month.",
                                   "It later emerged that the offer had been withdrawn.",
                                   published="2024-11-23"))
    assert [(e.date, e.inferred) for e in events] == [("2024-11-23", True), ("2024-12", False)]


def test_no_dateline_no_own_day_events():
    assert find_events(corpus_of("Negotiators from the small states walked out of the talks.")) == []


def test_a_quotation_alone_and_the_page_speaking_of_itself_are_not_events():
    events = find_events(corpus_of("“We have been ignored and we walked out,” the envoy said.",
                                   "“We have been ignored for years and we have now walked out of here.”",
                                   "A version of this story appeared in our weekly newsletter.",
                                   published="2024-11-23"))
    assert [e.ref.sentence for e in events] == [0]


def test_a_sentence_that_dates_only_a_thing_it_names_happened_on_its_dateline():
    [event] = find_events(corpus_of("The leader was banned from travel over the December 3 decree.",
                                    published="2024-12-12"))
    assert (event.date, event.inferred) == ("2024-12-12", True)


def test_entries_under_clock_times_roll_back_a_day_where_the_night_crosses_midnight():
    events = find_events(corpus_of("10:23 p.m.", "The president declares a state of emergency on air.",
                                   "12:48 a.m.", "The assembly session begins with a quorum.",
                                   "4:26 a.m.", "The president accepts the assembly's demand to withdraw.",
                                   published="2024-12-04"))
    assert [(e.date, e.date_text) for e in events] == [("2024-12-03", "10:23 p.m."), ("2024-12-04", "12:48 a.m."),
                                                        ("2024-12-04", "4:26 a.m.")]


def test_a_report_telling_of_the_day_after_its_dateline_has_its_news_on_that_day():
    events = find_events(corpus_of("The summit approved the deal on Sunday after a night of talks.",
                                   "Delegates from the poorest states walked out of the hall in protest.",
                                   published="2024-11-23"))          # a Saturday
    assert [e.date for e in events] == ["2024-11-24", "2024-11-24"]


def test_the_corpus_agrees_on_the_month_most_of_its_datelines_fall_in_else_the_year():
    assert agreed_date(["2024-12-03", "2024-12-04", "2024-12-16"]) == "2024-12"
    assert agreed_date(["2024-09-12", "2024-09-13", "2024-10-09", "2024-11-05"]) == "2024"
    assert agreed_date(["2019-03-01", "2024-09-12"]) is None
    assert agreed_date([]) is None


def test_an_undated_report_takes_the_corpus_month_for_weekdays_and_only_its_year_for_a_day_and_month():
    dated_docs = [document("The army seized the capital on Monday.", published=f"2024-12-0{d}", name=f"d{d}")
                  for d in (3, 4, 6)]
    undated = document("The minister was arrested on Monday at his home in the capital.",
                       "Parliament rejected the motion on 23 October by a wide margin.", name="u")
    corpus = Corpus.of([*dated_docs, undated])
    assert [d.value for d in document_dates(corpus)][-1] == "2024-12"
    events = [e for e in find_events(corpus) if e.ref.doc == 3]
    assert [(e.date, e.approximate) for e in events] == [("2024-12", True), ("2024-10-23", False)]


def test_where_no_report_is_dated_a_weekday_beside_a_day_and_month_gives_its_report_the_calendar_year():
    # 27 February fell on a Friday in 2004 (and 1998, 2009), on no Saturday from 2002 to 2007: the
    # story is told in 2004 or 2005, so 2004
    preview = document("Brenmoor face Harwick on Friday, 27 February at the Quillan ground.",
                       "Brenmoor beat Harwick in January after a replay.",
                       "Harwick won the cup last year with a young side.",
                       "Fans queued for the new Quillan 2005 game in the town.", name="p")
    other = document("Harwick were founded in 1921 and won the cup in 2004 with a young side.", name="o")
    events = find_events(Corpus.of([preview, other]))
    assert [(e.date, e.date_text) for e in events if e.ref.doc == 0] == [
        ("2004-02-27", "27 February"), ("2004-01", "in January"), ("2003", "last year"), ("2005", "2005")]
    # what a stated year dates stays as it was: a game titled with a year is not planned
    assert not events[3].future
    # a report naming no weekday beside a day, or one no year near the story's fits, stays as it was
    alone = document("Brenmoor beat Harwick in December after a replay.", name="a")
    wrong = document("Brenmoor play Harwick on Saturday, 27 February at the Quillan ground.",
                     "Brenmoor beat Harwick in December after a replay.", name="w")
    assert [e.ref.doc for e in find_events(Corpus.of([alone, wrong, other]))] == [2]


def test_where_no_report_is_dated_a_day_and_month_takes_the_one_year_a_report_states_that_day_with():
    stated = document("The Tolsey council was dissolved on 14 December 2004 after the audit.", name="s")
    told = document("Auditors said the Tolsey council spent its reserve before it was dissolved on 14 December.",
                    "The hearing into the Dravenport claims opened on 9 March before a full bench.", name="t")
    events = [(e.date, e.date_text, e.inferred) for e in find_events(Corpus.of([stated, told])) if e.ref.doc == 1]
    # a day the pile states with its year takes that year, as a date inferred from the other
    # report (the sentence writing the year tells the day first); a day it never states with
    # one stays undated
    assert events == [("2004-12-14", "14 December", True)]
    # a day stated with two different years is left undated
    again = document("A first Tolsey council had been dissolved on 14 December 1998.", name="a")
    assert not [e for e in find_events(Corpus.of([stated, told, again])) if e.ref.doc == 1]


def test_a_wire_dateline_dates_an_undated_report():
    dated_docs = [document("The army seized the capital on Monday.", published="2024-12-03", name="a"),
                  document("The army left the capital on Tuesday.", published="2024-12-04", name="b")]
    wire = document("SEOUL, Dec. 7 (UPI) — The motion failed on Saturday after a walkout.", name="w")
    corpus = Corpus.of([*dated_docs, wire])
    assert document_dates(corpus)[-1].value == "2024-12-07"
    [event] = [e for e in find_events(corpus) if e.ref.doc == 2]
    assert event.date == "2024-12-07"


def test_planned_events_lie_after_the_dateline_unless_told_as_past():
    events = find_events(corpus_of("The envoy will visit the capital on Monday for talks.",
                                   "The deal was approved on Sunday after a night of talks.",
                                   "Plans are due by end-2026, the statement said.",
                                   published="2024-11-23"))
    assert [(e.date, e.future) for e in events] == [("2024-11-25", True), ("2024-11-24", False), ("2026", True)]


def test_what_is_not_planned_the_start_of_a_span_a_date_in_a_month_dateline_told_as_past_the_day_itself():
    events = find_events(corpus_of("The outage is likely to be the largest loss since the attack in 2017.",
                                   "The quake struck the central region on March 28, killing hundreds.",
                                   "The court said on Monday that the airline can pursue its claim.",
                                   published="2025-03-31"))
    assert [(e.date, e.future) for e in events] == [("2017", False), ("2025-03-28", False),
                                                     ("2025-03-31", False)]
    [ahead] = find_events(corpus_of("The ceasefire announced this week will last until April 22.",
                                    published="2025-04"))
    assert (ahead.date, ahead.future) == ("2025-04-22", True)


def test_a_figure_compared_with_an_earlier_year_is_news_of_its_dateline_not_of_that_year():
    events = find_events(corpus_of("Harwick Mills made a profit of $40m in the quarter, compared with $9m in 2003.",
                                   "Harwick Mills opened its first mill in 1998 near the river.",
                                   published="2005-02-03"))
    assert [(e.date, e.compared) for e in events] == [("2003", True), ("1998", False)]


def test_without_datelines_a_year_before_the_one_the_story_is_told_in_is_not_ahead():
    docs = [document("Tarvel Rovers will face the 2003 champions Harwick in the next round.",
                     "Tarvel Rovers beat Ashby in the first round in 2005.", name="a"),
            document("Harwick won the county cup in 2005 after a replay.", name="b"),
            document("The Harwick club said it will build a new stand in 2006.",
                     "Harwick were relegated in 2001 and promoted in 2005.", name="c")]
    events = {e.date: e.future for e in find_events(Corpus.of(docs))}
    assert events["2003"] is False and events["2006"] is True


def test_without_datelines_a_heading_too_short_to_report_does_not_set_the_year_the_story_is_told_in():
    docs = [document("What happened in 2006?", "Tarvel Rovers will face the 2005 champions Harwick next season.",
                     "Tarvel Rovers beat Ashby in the first round in 2004.", name="a")]
    events = {e.date: e.future for e in find_events(Corpus.of(docs))}
    assert events["2005"] is True
