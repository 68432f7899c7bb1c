"""Open issues: watch list first, then distinct issues found from recurring noun phrases."""

from briefing.templates import WatchIssue, load_template
from compose_helpers import brief_from, section

DOCS = {
    "a.txt": ("The harbour dredging plan has split the council.\n\n"
              "Fishermen say the dredging will ruin the oyster beds in the estuary.\n\n"
              "The council also faces a row over parking charges in the town centre.\n\n"
              "Traders blame the parking charges for empty shops.\n"),
    "b.txt": ("Opponents of the dredging plan marched to the town hall on Saturday.\n\n"
              "Marine biologists warned that dredging stirs up silt over the oyster beds.\n\n"
              "The parking charges rose by a third last year.\n\n"
              "A lighthouse keeper retired after forty years.\n"),
}


def test_discovered_issues_are_distinct_and_named_from_the_text(tmp_path):
    issues = section(brief_from(tmp_path, DOCS), "issues").issues
    names = [i.name.lower() for i in issues]
    assert any("dredging" in n for n in names)
    assert any("parking" in n for n in names)
    assert len(names) == len(set(names))
    for issue in issues:
        assert issue.origin == "discovered"
        assert all(any(t.lower() in s.text.lower() for t in issue.terms) for s in issue.statements)


def test_watch_list_issues_come_first_with_statements_gathered_by_their_terms(tmp_path):
    template = load_template("standard")
    template.watchlist = [WatchIssue("Shellfish at risk", ["oyster", "shellfish"])]
    issues = section(brief_from(tmp_path, DOCS, template), "issues").issues
    assert issues[0].name == "Shellfish at risk" and issues[0].origin == "template"
    assert len(issues[0].statements) == 2
    assert all("oyster" in s.text for s in issues[0].statements)


def test_statements_per_issue_and_max_items_are_honoured(tmp_path):
    template = load_template("standard")
    spec = next(s for s in template.sections if s.kind == "issues")
    spec.max_items, spec.options = 1, {"statements_per_issue": 1}
    issues = section(brief_from(tmp_path, DOCS, template), "issues").issues
    assert len(issues) == 1 and len(issues[0].statements) == 1


def test_an_organisation_named_in_capitals_is_no_issue():
    from briefing.compose.issues import Casing, fit_for_issue
    casing = Casing()
    casing.lower.update(["parliamentary", "party", "dredging", "plan"])
    assert not fit_for_issue(["Parliamentary", "Labour", "Party"], ["parliamentary", "labour", "party"], casing, set())
    assert fit_for_issue(["dredging", "plan"], ["dredging", "plan"], casing, set())


def test_a_sentence_two_sources_share_serves_one_issue_only(tmp_path):
    shared = "The port strike over dock wages entered its third week on Monday.\n\n"
    docs = {"a.txt": shared + "Pickets blocked the strike-bound container terminal at dawn.\n\n"
                              "Union leaders said the strike would go on until spring.\n",
            "b.txt": shared + "Employers say the dock wages offer is the best in a decade.\n\n"
                              "Dockers want the wages of night shifts doubled.\n"}
    template = load_template("standard")
    template.sections = [s for s in template.sections if s.kind != "summary"]
    template.watchlist = [WatchIssue("Port strike", ["strike"]), WatchIssue("Dock wages", ["wages"])]
    issues = section(brief_from(tmp_path, docs, template), "issues").issues
    texts = [s.text for issue in issues[:2] for s in issue.statements]
    assert sum("third week" in t for t in texts) == 1


def test_open_issues_do_not_repeat_the_bottom_line(tmp_path):
    template = load_template("standard")
    for spec in template.sections:
        spec.enabled = spec.kind in ("summary", "issues")
        if spec.kind == "summary":
            spec.max_items = 2
    brief = brief_from(tmp_path, DOCS, template)
    summary = {s.text for s in section(brief, "summary").statements}
    issues = {s.text for issue in section(brief, "issues").issues for s in issue.statements}
    assert summary and issues
    assert not summary & issues
