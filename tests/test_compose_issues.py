"""Open issues: watch list first, then distinct issues found from recurring noun phrases."""

from collections import Counter

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


def without_summary():
    """The standard template without its bottom line, which is built first and would take most
    of the few sentences of a corpus written in a test: the issues are then found on their own."""
    template = load_template("standard")
    template.sections = [s for s in template.sections if s.kind != "summary"]
    return template


def test_discovered_issues_are_distinct_and_named_from_the_text(tmp_path):
    issues = section(brief_from(tmp_path, DOCS, without_summary()), "issues").issues
    names = [i.name.lower() for i in issues]
    assert any("dredging" in n for n in names)
    assert any("parking" in n for n in names)
    assert len(names) == len(set(names))
    for issue in issues:
        assert issue.origin == "discovered"
        assert all(any(t.lower() in s.text.lower() for t in issue.terms) for s in issue.statements)


def test_watch_list_issues_come_first_with_statements_gathered_by_their_terms(tmp_path):
    template = without_summary()
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


def test_a_phrase_every_statement_of_an_issue_uses_is_that_issue():
    from briefing.compose.issues import Phrase, told_by
    from briefing.model import Citation, Issue, Statement
    cite = [Citation("S1", 0, 0, 1)]
    issue = Issue("Pension fund", "discovered", [], [
        Statement("The pension fund collapsed in March.", cite),
        Statement("Savers lost their homes when the fund's collapse came.", cite)])
    collapse = Phrase("collapse", forms=Counter({"collapse": 2}))
    assert told_by(collapse, issue)
    issue.statements.append(Statement("Trustees met the regulator on Friday.", cite))
    assert not told_by(collapse, issue)


def test_a_document_with_a_lead_story_of_its_own_gets_an_issue_though_other_issues_cite_it(tmp_path):
    # the lighthouse sale leads one report only; that report's later sentences feed shared issues
    shared = ("The harbour dredging plan has split the town council this winter.\n\n"
              "Fishermen say the harbour dredging will ruin the oyster beds in the estuary.\n\n"
              "Traders blame the parking charges for the empty shops in the high street.\n\n"
              "The parking charges rose by a third last year, the council said.\n\n")
    docs = {f"{n}.txt": f"Town report {n}\n\n" + shared for n in "abcde"}
    docs["lone.txt"] = ("Lighthouse sold to a jeweller\n\n"
                        "A retired jeweller bought the Victorian lighthouse at auction for a modest sum.\n\n"
                        "The jeweller plans to restore the lantern and open a small museum inside.\n\n"
                        "Opponents of the harbour dredging plan marched to the town hall on Saturday.\n\n"
                        "Marine biologists warned that the harbour dredging stirs silt over the oyster beds.\n")
    issues = section(brief_from(tmp_path, docs, without_summary()), "issues").issues
    assert any(i.name == "Lighthouse sold to a jeweller" for i in issues)


COUNCIL = {
    "a.txt": ("Council rows deepen\n\nThe harbour dredging plan has split the town council this winter.\n\n"
              "Traders blame the parking charges for the empty shops in the high street.\n\n"
              "Islanders say the ferry timetable cuts leave them stranded on Sundays.\n\n"
              "Parents fear the school closure will mean long journeys for younger pupils.\n"),
    "b.txt": ("Town hall under pressure\n\nFishermen say the harbour dredging will ruin the oyster beds.\n\n"
              "The parking charges rose by a third last year, the treasurer said.\n\n"
              "The ferry timetable was cut after the operator lost its subsidy in April.\n\n"
              "A petition against the school closure gathered four thousand names.\n"),
    "c.txt": ("Councillors face angry meeting\n\nOpponents of harbour dredging packed the public gallery on Monday.\n\n"
              "Shopkeepers asked councillors to scrap the parking charges before Easter.\n\n"
              "The ferry timetable will be reviewed by a panel of islanders next month.\n\n"
              "Governors said the school closure would save money on repairs.\n"),
}


def test_a_document_whose_lead_the_bottom_line_gives_gets_no_issue_of_its_own(tmp_path):
    from briefing.analysis import analyse
    from briefing.compose.context import ComposeContext
    from briefing.compose.issues import give_documents_their_issue
    from briefing.model import Citation, Corpus, Issue, SentenceRef, Statement, run_to_end
    from briefing.services import ingest
    folder = tmp_path / "docs"
    folder.mkdir()
    # the lighthouse report is read first, so that it is the first document of its own
    docs = {**COUNCIL, "0-lone.txt": (
        "Lighthouse sold to a jeweller\n\n"
        "A retired jeweller bought the Victorian lighthouse at auction for a modest sum.\n\n"
        "The jeweller intends to restore the lantern and open a small museum inside.\n\n"
        "Opponents of the harbour dredging plan marched to the town hall on Saturday.\n")}
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    corpus = Corpus.of(run_to_end(ingest([folder])).documents)
    template = load_template("standard")
    ctx = ComposeContext(corpus, run_to_end(analyse(corpus)), template)
    spec = next(s for s in template.sections if s.kind == "issues")
    lone = next(i for i, d in enumerate(corpus.documents) if d.title.startswith("Lighthouse"))
    lead = next(SentenceRef(lone, s.index) for s in corpus.sentences[lone] if "retired jeweller" in s.text)
    names = {}
    council = [i for i in range(len(corpus.documents)) if i != lone]
    for bottom_line in (set(), {lead}):
        # phrase issues that draw on every council report, none on the lighthouse one
        chosen = [(Issue(f"Phrase {i}", "discovered", [], [Statement("A council matter.", [Citation(f"S{i + 1}", 0, 0, 1)])]),
                   set()) for i in council]
        give_documents_their_issue(ctx, spec, chosen, 10, 4, set(bottom_line), 0)
        names[bool(bottom_line)] = [issue.name for issue, _ in chosen]
    assert "Lighthouse sold to a jeweller" in names[False]
    assert "Lighthouse sold to a jeweller" not in names[True]


def test_a_second_document_of_its_own_replaces_a_phrase_issue_not_the_first_document(tmp_path):
    from briefing.analysis import analyse
    from briefing.compose.context import ComposeContext
    from briefing.compose.issues import give_documents_their_issue
    from briefing.model import Citation, Corpus, Issue, Statement, run_to_end
    from briefing.services import ingest
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Lighthouse sold to a jeweller\n\n"
        "A retired jeweller bought the Victorian lighthouse at auction for a modest sum.\n\n"
        "The jeweller intends to restore the lantern and open a small museum inside.\n\n"
        "Neighbours hope the museum will bring walkers back to the headland path.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        "Circus returns to the meadow\n\n"
        "A travelling circus pitched its striped tent on the riverside meadow at dawn.\n\n"
        "Acrobats and clowns will perform twice daily until the end of the month.\n\n"
        "Tickets for the opening night sold out within an hour of going on sale.\n", encoding="utf-8")
    corpus = Corpus.of(run_to_end(ingest([folder])).documents)
    template = load_template("standard")
    ctx = ComposeContext(corpus, run_to_end(analyse(corpus)), template)
    spec = next(s for s in template.sections if s.kind == "issues")
    elsewhere = [Statement("An issue drawn from another pile entirely.", [Citation("S9", 0, 0, 1)])]
    chosen = [(Issue(f"Phrase {n}", "discovered", [], elsewhere), set()) for n in range(5)]
    give_documents_their_issue(ctx, spec, chosen, 5, 4, set(), 0)
    names = [issue.name for issue, _ in chosen]
    assert names == ["Phrase 0", "Phrase 1", "Phrase 2", "Lighthouse sold to a jeweller",
                     "Circus returns to the meadow"]


MILL = {
    "a.txt": (
        "Mill closure\n\n"
        "The weaving mill shut its gates for good on Friday.\n\n"
        "Annuity savers lost their pensions in the mill's collapse.\n\n"
        "The owner was named as the mastermind of the collapse by the inspectors.\n\n"
        "Parents fear the school closure will mean long journeys for younger pupils.\n\n"
        "Suppliers are still owed money since the collapse of their biggest customer.\n"),
    "b.txt": (
        "Mill owner questioned\n\n"
        "Police questioned the owner of the weaving mill on Monday.\n\n"
        "Annuity savers were ruined when the mill collapsed last spring.\n\n"
        "Inspectors called him the mastermind behind the collapse of the firm.\n\n"
        "A petition against the school closure gathered four thousand names.\n\n"
        "Bankers say the collapse could have been foreseen two years ago.\n"),
    "c.txt": (
        "Town counts the cost\n\n"
        "Shops near the weaving mill have lost half their trade.\n\n"
        "The collapse left the town without its biggest employer.\n\n"
        "Governors said the school closure would save money on repairs.\n\n"
        "The council will study the collapse at a special meeting next week.\n"),
}


def test_a_phrase_an_issue_already_tells_is_no_issue_and_takes_its_sentences_along(tmp_path):
    # every statement of "Annuity savers" tells of the collapse; "Mastermind" is only ever said
    # of the collapse, so it is that issue too
    names = [i.name for i in section(brief_from(tmp_path, MILL, without_summary()), "issues").issues]
    assert "Annuity savers" in names
    assert "Collapse" not in names and "Mastermind" not in names
