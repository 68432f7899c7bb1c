"""Dates as written, absolute and relative, resolved against a publication date."""

from briefing.analysis.dates import find_dates


def isos(text: str, published: str | None = None, future: bool = False) -> list[str]:
    return [d.iso for d in find_dates(text, published, future)]


def test_absolute_dates_in_the_usual_forms_become_iso():
    assert isos("It began on Oct. 31, 2025 and ended on 31 October 2025.") == ["2025-10-31", "2025-10-31"]
    assert isos("Talks stalled in August 2019 and again in 2017.") == ["2019-08", "2017"]
    assert isos("He rose in the 1990s.") == ["1990"]


def test_relative_date_is_resolved_against_the_publication_date():
    assert isos("The minister spoke on Monday.", "2025-12-10") == ["2025-12-08"]
    assert isos("They will meet next month.", "2025-12-10", future=True) == ["2026-01"]
    assert isos("He visits in early January.", "2025-12-10", future=True) == ["2026-01"]
    assert isos("Talks are planned for the first quarter.", "2025-12-10", future=True) == ["2026-01"]
    assert isos("Turnout fell last year.", "2025-12-10") == ["2024"]


def test_relative_date_without_publication_date_stays_partial_and_approximate():
    [monday] = find_dates("The minister spoke on Monday.")
    assert monday.iso == "" and monday.approximate
    [january] = find_dates("He visits in early January.", future=True)
    assert january.iso == "" and january.approximate


def test_amounts_and_counts_are_not_years():
    assert isos("The $2000 fee hit 2,000 workers; 1999 people came.") == []


def test_may_the_verb_is_not_a_month():
    assert isos("It may be late. In May be careful.", "2025-01-01") == []


# --- resolution against the dateline (a Thursday, 12 September 2024, unless stated) ---------

THURSDAY = "2024-09-12"


def test_a_weekday_that_names_the_datelines_own_day_is_that_day():
    assert isos("Workers were voting Thursday on the new contract.", THURSDAY) == ["2024-09-12"]
    assert isos("The regulator said on Thursday it will review the rating.", THURSDAY) == ["2024-09-12"]


def test_a_weekday_faces_the_way_its_own_clause_does():
    assert isos("The ministry said Tuesday that the plant will close.", THURSDAY) == ["2024-09-10"]
    assert isos("A walkout could begin on Monday, the union warned.", THURSDAY) == ["2024-09-16"]
    # the will of the reported speech does not carry the clause that dates the saying
    assert isos("The stoppage will cost millions, the agency said Tuesday.", THURSDAY) == ["2024-09-10"]


def test_the_day_after_the_dateline_is_that_day_even_told_in_the_past():
    # a dateline lags the local date of events in other time zones, or a page updated overnight
    assert isos("The deal was approved on Friday after talks ran all night.", THURSDAY) == ["2024-09-13"]


def test_a_reported_future_takes_the_nearer_weekday():
    assert isos("The rebels said they would pause fighting on Wednesday.", THURSDAY) == ["2024-09-11"]
    assert isos("The rebels said they would pause fighting on Saturday.", THURSDAY) == ["2024-09-14"]


def test_an_explicit_date_beats_a_weekday_beside_it():
    [weekday, explicit] = find_dates("Ministers met on Friday, Nov. 22, in the capital.", "2024-11-25")
    assert (weekday.level, explicit.level) == (2, 1) and explicit.iso == "2024-11-22"


def test_a_day_and_month_take_the_datelines_year_unless_their_clause_faces_away_by_more_than_a_week():
    assert isos("The strike began on 13 September.", "2024-11-05") == ["2024-09-13"]
    assert isos("Workers can return as late as Nov. 12.", "2024-11-05") == ["2024-11-12"]
    assert isos("The fire broke out on December 28.", "2025-01-05") == ["2024-12-28"]
    assert isos("The summit will open on January 9.", "2024-12-20") == ["2025-01-09"]
    # a week's slack: "Sunday, November 24" told in the past under a 23 November dateline
    assert isos("The package was approved on November 24.", "2024-11-23") == ["2024-11-24"]


def test_a_bare_month_faces_the_way_its_clause_does():
    text = "Workers who voted to authorise a strike in July will vote again on Thursday."
    assert isos(text, THURSDAY, future=True) == ["2024-07", "2024-09-12"]
    assert isos("The envoy plans to visit in April.", "2024-12-03") == ["2025-04"]


def test_a_dateline_that_states_only_a_month_dates_weekdays_to_that_month():
    assert isos("The junta on Wednesday announced a ceasefire.", "2025-04") == ["2025-04"]
    assert isos("The ceasefire will last until April 22.", "2025-04") == ["2025-04-22"]
    assert isos("The minister resigned on Monday.", "2025") == [""]


def test_a_day_of_the_datelines_month_written_as_an_ordinal():
    assert isos("The two leaders announced on the 8th that they would share power.", "2024-12-08") == \
        ["2024-12-08"]
    assert isos("The vote must happen on the 14th, the leader said.", "2024-12-08") == ["2024-12-14"]
    assert isos("She lives on the 8th floor.", "2024-12-08") == []


def test_relative_forms_counted_from_the_dateline():
    assert isos("Prosecutors arrested the former minister over the weekend.", "2024-12-10") == ["2024-12"]
    assert isos("He had opposed the motion only a day earlier.", "2024-12-06") == ["2024-12-05"]
    assert isos("The firm sued three months after the July 19, 2024 outage.", "2025-05-19") == ["2024-10"]
    # "for the past month" is a span up to now, not a date
    assert isos("They had worked there for the past month.", "2025-03-31") == []


def test_what_a_date_is_to_its_sentence():
    [deadline] = find_dates("The goal is $300 billion a year by 2035.")
    [since] = find_dates("Its rating has stood there since April.", THURSDAY)
    [attribute] = find_dates("Friday's quake shook the region.", THURSDAY)
    [thing] = find_dates("Relief followed the 2015 earthquake in the region.")
    [question] = find_dates("Asked whether the country would suffer next year, she shrugged.", THURSDAY)
    [until] = find_dates("The decision was postponed until the next talks in 2025.")
    assert [d.role for d in (deadline, since, attribute, thing, question, until)] == \
        ["target", "since", "attribute", "attribute", "hypothetical", "target"]


def test_a_dated_thing_in_a_phrase_of_time_dates_its_clause():
    [coup] = find_dates("The army seized power from the elected cabinet in a 2019 coup.")
    [storm] = find_dates("Two fishermen drowned during Friday's storm off the cape.", THURSDAY)
    [thing] = find_dates("Aid arrived after the 2019 coup in the capital.")
    assert [(coup.iso, coup.role), storm.role, thing.role] == [("2019", ""), "", "attribute"]


def test_a_year_after_a_possessive_names_a_thing_unless_a_phrase_of_time_holds_it():
    [bid] = find_dates("She wore Harwick's 2030 bid slogan on her vest.")
    [contract] = find_dates("The riders' 2026 contract ends the dispute.")
    [season] = find_dates("Sales fell in Tarvel's 2019 season.")
    assert [bid.role, contract.role, season.role] == ["attribute", "attribute", ""]


def test_a_thing_dated_by_of_is_an_attribute_but_a_time_of_a_date_is_not():
    [events] = find_dates("The minister resigned over the events of March 3 at the border.", "2025-03-20")
    [summer] = find_dates("The harbour flooded in the summer of 2019.")
    [end] = find_dates("Talks resumed at the end of 2023 in the capital.")
    assert [events.role, summer.role, end.role] == ["attribute", "", ""]


def test_a_deadline_with_no_tense_of_its_own_lies_ahead():
    assert isos("The offer remains contingent on a vote by Friday.", "2024-09-25") == ["2024-09-27"]


def test_an_author_year_reference_is_not_a_date():
    assert isos("The fault slips 24 mm a year (Tin et al., 2022). In 1946 a quake struck.") == ["1946"]
    assert isos("Smith, J. (2019). A study of faults. Journal of Quakes.") == []


def test_end_of_a_year_and_a_last_year_named_whole():
    assert isos("Plans are due by end-2026.") == ["2026"]
    [last_year] = find_dates("Last year, another country played host.", "2024-11-12")
    assert (last_year.iso, last_year.approximate) == ("2023", False)


def test_a_date_in_the_figure_a_figure_is_compared_with_is_a_baseline():
    [profit] = find_dates("Net profit was $40m in the quarter, compared with $9.5m in the same period in 2003.")
    [sales] = find_dates("Sales at Harwick Mills rose to 4,500 units from 3,900,000 in 2003.")
    [share] = find_dates("Its share of the market fell to 12% from 19% in 2003.")
    [rise_from, rise_to] = find_dates("Prices rose from $4 in March 2003 to $6 in 2004.")
    [span_start, _] = find_dates("The Tarvel plant ran from 2001 to 2004.")
    [moved] = find_dates("The firm moved from Harwick in 2003.")
    assert [d.role for d in (profit, sales, share, rise_from, rise_to, span_start, moved)] == \
        ["baseline", "baseline", "baseline", "baseline", "", "", ""]


def test_a_time_on_the_24_hour_clock_is_no_year():
    assert find_dates("The Harwick count will be shown at 1830 GMT.") == []
    assert find_dates("Tarvel schools stay open from 0800 to 1800GMT for working parents.") == []
    assert [d.iso for d in find_dates("The Harwick ferry sailed at 0900 local time in 1998.")] == ["1998"]


def test_forms_tried_only_where_their_own_words_stand_are_still_read():
    # each form is tried only where the sentence holds the words it needs (NEEDS): a relative
    # word, "earlier"/"later", "weekend", an ordinal's ending after its digit
    sentences = {"The Harwick board met last week to approve the sale.": "relative_unit",
                 "The pair signed the deal and two days later the talks collapsed.": "days_later",
                 "Ann Vale said the vote was held on the 21st.": "day_of_month",
                 "Tom Reed flew to Harwick over the weekend for the talks.": "weekend"}
    for text, kind in sentences.items():
        assert [d.kind for d in find_dates(text, "2024-12-10")] == [kind]
