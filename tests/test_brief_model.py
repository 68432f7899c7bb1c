"""The briefing/1 data: round trips, contract keys, version check."""

import pytest

from briefing.model import Actor, Brief, Citation, Event, Issue, Quote, Section, Source, Statement


def sample_brief() -> Brief:
    cite = Citation("S1", 3, 120, 180)
    return Brief(
        title="Ties", created="2026-01-01T00:00:00+00:00",
        sources=[Source("S1", "One", "docs/one.txt", published="2025-08-24", words=10, flags=["truncated"],
                        date_source="html-meta", author="Ann Lee", url="https://news.example/one")],
        sections=[
            Section("summary", "Bottom line", statements=[Statement("A said B.", [cite], edited=True)]),
            Section("actors", "Actors", actors=[Actor("Ann Lee", "person", "minister", "Ruritania",
                                                      ["Lee"], 3, ["S1"], [cite], Quote("Ann Lee", "yes", [cite]))]),
            Section("issues", "Issues", issues=[Issue("Ports", "template", ["port"], [Statement("x.", [cite])])]),
            Section("timeline", "Timeline", events=[Event("2017", "2017", "In 2017 it rained.", [cite])]),
            Section("sources", "Sources"),
        ])


def test_brief_round_trips_through_its_dict_form():
    brief = sample_brief()
    assert Brief.from_dict(brief.to_dict()) == brief


def test_brief_dict_has_the_contract_keys():
    data = sample_brief().to_dict()
    assert data["format"] == "briefing/1"
    assert set(data) >= {"title", "subtitle", "author", "marking", "created", "template", "sources", "sections"}
    assert set(data["sources"][0]) >= {"id", "title", "path", "outlet", "published", "words", "sha256",
                                       "flags", "headings", "excluded_headings"}
    kinds = {s["kind"]: s for s in data["sections"]}
    assert "statements" in kinds["summary"] and "actors" in kinds["actors"]
    assert "events" in kinds["timeline"] and "issues" in kinds["issues"]
    assert set(kinds["summary"]["statements"][0]["citations"][0]) == {"source", "sentence", "start", "end"}


def test_a_source_keeps_where_its_date_came_from_its_author_and_address():
    data = sample_brief().to_dict()["sources"][0]
    assert (data["date_source"], data["author"], data["url"]) == ("html-meta", "Ann Lee", "https://news.example/one")
    older = {k: v for k, v in data.items() if k not in ("date_source", "author", "url")}
    assert Source.from_dict(older).date_source is None      # briefs saved before these keys still load


def test_unknown_brief_format_is_refused():
    data = sample_brief().to_dict()
    data["format"] = "briefing/9"
    with pytest.raises(ValueError, match="briefing/9"):
        Brief.from_dict(data)


@pytest.mark.parametrize("role, affiliation, phrase", [
    ("President", "South Korea", "President, South Korea"),
    ("President of South Korea", "South Korea", "President of South Korea"),
    ("", "Reuters", "Reuters"),
    ("professor", "", "professor"),
])
def test_actor_role_phrase_names_the_affiliation_once(role, affiliation, phrase):
    assert Actor("X", role=role, affiliation=affiliation).role_phrase() == phrase
