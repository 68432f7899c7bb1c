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
