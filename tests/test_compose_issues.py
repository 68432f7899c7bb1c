"""Open issues: watch list first, then distinct issues found from recurring noun phrases."""

import pytest

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
    # without the bottom line, which is built first and would take one of the two oyster reports
    template = load_template("standard")
    template.sections = [s for s in template.sections if s.kind != "summary"]
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


def test_an_actor_described_or_named_is_no_issue(tmp_path):
    docs = {"a.txt": ("The haulage firm Bolderco cut the dock levy on Monday.\n\n"
                      "Dockers said the haulage firm had ignored the dock levy for years.\n\n"
                      "The Harbour Trust Board met on Friday about the dock levy.\n"),
            "b.txt": ("A spokesman for the haulage firm declined to comment on the dock levy.\n\n"
                      "The Harbour Trust Board will vote on the dock levy in May.\n\n"
                      "The haulage firm owns the old cable station by the quay.\n")}
    names = [i.name for i in section(brief_from(tmp_path, docs), "issues").issues]
    assert "Dock levy" in names
    assert not any(n in names for n in ("Haulage firm", "Harbour Trust Board", "Bolderco"))


def test_one_person_described_as_a_man_or_a_woman_is_no_issue(tmp_path):
    # "the richest man", "the woman who sued": a description of one person, an actor
    docs = {"a.txt": ("The port's richest man owns the old cable station by the quay.\n\n"
                      "Dockers say the dock levy will close the fish market.\n\n"
                      "The richest man in the port has not paid the dock levy for years.\n"),
            "b.txt": ("The richest man in town declined to comment on the dock levy.\n\n"
                      "The Harbour Trust Board will vote on the dock levy in May.\n\n"
                      "The richest man also owns the ferry company.\n")}
    names = [i.name.lower() for i in section(brief_from(tmp_path, docs), "issues").issues]
    assert "dock levy" in names
    assert not any(n.endswith("man") for n in names)


def test_a_statement_opening_on_they_is_shown_after_the_sentence_of_its_paragraph_before_it(tmp_path):
    # "They say ..." alone does not say who; after the sentence naming the crews it reads whole
    docs = {"a.txt": ("The Quellport ferry crews rejected the night timetable on Monday. They say the night timetable "
                      "doubles their hours at sea.\n\n"
                      "The harbour board will vote on the dock levy in May.\n\n"
                      "Traders blame the dock levy for empty shops.\n"),
            "b.txt": ("Skippers warned that the night timetable would leave the island without a morning boat.\n\n"
                      "The dock levy rose by a third last year.\n\n"
                      "A lighthouse keeper retired after forty years.\n")}
    texts = [s.text for i in section(brief_from(tmp_path, docs), "issues").issues for s in i.statements]
    assert "The Quellport ferry crews rejected the night timetable on Monday. They say the night timetable " \
           "doubles their hours at sea." in texts
    assert not any(t.startswith("They") for t in texts)


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


def test_two_forms_of_one_word_are_one_matter():
    from briefing.compose.issues import name_words, same_matter, same_word
    assert same_word("quarrels", "quarrelling") and same_word("election", "elections")
    assert same_matter(name_words("Peace talks"), name_words("talk"))
    assert not same_word("rating", "ratification") and not same_word("strike", "strategy")
    assert same_matter({"allotment", "plan"}, {"allotments"})


def test_a_compound_written_as_one_word_or_two_is_one_matter():
    # news writes "web logs" and "weblogs", "hand sets" and "handsets": one matter under two spellings;
    # words English never runs together ("cash machines") and run-together web tags are no compound
    from briefing.compose.issues import name_words, same_matter
    assert same_matter(name_words("Web logs"), name_words("Weblogs"))
    assert same_matter(name_words("Handsets"), name_words("hand sets"))
    assert not same_matter(name_words("Cash machines"), name_words("Cashmere"))
    assert "humanrights" not in name_words("human rights")


def test_two_sums_of_one_scale_are_two_matters():
    # "billion" is a number's scale, not a word of the matter: a pledge of $70bn and an earlier
    # offer of $55bn are two figures a reader keeps apart
    from briefing.compose.issues import name_words, same_matter
    assert not same_matter(name_words("$70 billion"), name_words("$55 billion"))
    assert not same_matter(name_words("12 per cent"), name_words("9 per cent"))
    assert same_matter(name_words("$70 billion pledge"), name_words("Pledge"))


def test_a_figure_or_a_count_alone_names_no_matter_but_a_sum_of_money_does():
    from briefing.compose.issues import figure_alone
    assert figure_alone("£800m") and figure_alone("40%") and figure_alone("1.4 million")
    assert not figure_alone("$300 billion") and not figure_alone("1.4 million workers")
    assert not figure_alone("4x100m team")


def test_a_count_of_the_dead_is_told_by_its_figures_as_well_as_by_its_name(tmp_path):
    # a toll that rises is a matter a reader follows; the reports giving the count without the
    # words "death toll" tell it as well
    docs = {"a.txt": ("The death toll from the Riverton floods rose to 40 on Monday, officials said.\n\n"
                      "Rescuers pulled 12 bodies from the river near the old mill.\n\n"
                      "The town council met to discuss the bridge repairs.\n"),
            "b.txt": ("The death toll climbed to 47 on Tuesday as the waters fell.\n\n"
                      "At least 52 people were killed in the valley, the regional governor said.\n\n"
                      "The bridge repairs will cost the council far more than planned.\n")}
    template = load_template("standard")
    for spec in template.sections:
        spec.enabled = spec.kind == "issues"
    issues = section(brief_from(tmp_path, docs, template), "issues").issues
    toll = next(i for i in issues if "toll" in i.name.lower())
    texts = [s.text for s in toll.statements]
    assert any("killed" in t or "bodies" in t for t in texts)


def test_no_issue_statement_opens_on_a_word_pointing_back(tmp_path):
    docs = {"a.txt": ("The ferry subsidy was cut in April after a long review.\n\n"
                      "He said the ferry subsidy had cost the council too much.\n\n"
                      "Islanders want the ferry subsidy restored before the summer season.\n"),
            "b.txt": ("This ferry subsidy kept the island connected for a decade.\n\n"
                      "Traders say the ferry subsidy cut has halved their takings.\n\n"
                      "The ferry subsidy will be debated again next month.\n")}
    issues = section(brief_from(tmp_path, docs), "issues").issues
    texts = [st.text for issue in issues for st in issue.statements]
    assert texts and not any(t.split()[0] in ("He", "This") for t in texts)


def test_rarer_than_rare_is_no_more_specific():
    from briefing.compose.issues import RARE_ZIPF, SPECIFIC_ZIPF, capped_specificity
    assert capped_specificity(["zorbulation"]) == capped_specificity(["denuclearization"]) == SPECIFIC_ZIPF - RARE_ZIPF
    assert capped_specificity(["treasurer"]) < SPECIFIC_ZIPF - RARE_ZIPF


def test_on_the_seeds_the_standard_template_names_the_disputed_sea_and_the_submarines_among_five():
    # the user's own example of an open issue, found without a watch list
    from pathlib import Path

    from briefing.model import run_to_end
    from briefing.services import build
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    brief = run_to_end(build([seeds], "standard")).brief
    names = " ".join(i.name.lower() for i in section(brief, "issues").issues[:5])
    assert "submarine" in names and "sea" in names


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


def test_what_nearly_every_document_is_about_is_the_subject_not_an_issue(tmp_path):
    # every report is about the mill's collapse: the school closure is a matter within it
    names = [i.name for i in section(brief_from(tmp_path, MILL), "issues").issues]
    assert "School closure" in names
    assert "Collapse" not in names


def test_an_issue_is_headed_by_the_fullest_form_the_texts_use_for_its_matter(tmp_path):
    docs = {"a.txt": ("The ministry cut the port's fishing quota on Monday after the storm.\n\n"
                      "A smaller quota halves the fleet's catch for a decade.\n\n"
                      "Dockers marched past the harbour office in the rain.\n"),
            "b.txt": ("The port's fishing quota now sits at its lowest since the war.\n\n"
                      "Skippers expect the quota to fall again if the stocks shrink.\n\n"
                      "Ferries were diverted to the northern quay all week.\n")}
    names = [i.name for i in section(brief_from(tmp_path, docs), "issues").issues]
    assert "Fishing quota" in names and "Quota" not in names


FERRY = {
    "a.txt": ("Ferry strike enters second week\n\n"
              "The ferry strike on the island routes entered its second week on Monday.\n\n"
              "Union leader Mara Ferrow rejected the pay offer on Monday, calling it an insult to the crews.\n\n"
              "Ferrow said the pay offer would not cover the rising cost of fuel and rent.\n\n"
              "The timetable cuts have left islanders without a morning crossing to the mainland.\n\n"
              "Shops on the island say the timetable cuts have halved their trade.\n"),
    "b.txt": ("Islanders count cost of ferry strike\n\n"
              "Islanders are counting the cost of the ferry strike as the dispute drags on.\n\n"
              "Mara Ferrow told reporters that the crews' demands were modest and fair.\n\n"
              "The operator said the pay offer was the best it could afford this year, but Ferrow disagreed.\n\n"
              "Hauliers warned that the timetable cuts could empty supermarket shelves within days.\n\n"
              "A council report said the timetable cuts would cost the island tourism trade dearly.\n"),
    "c.txt": ("Talks planned in ferry strike\n\n"
              "Talks to end the ferry strike are planned for Thursday in the harbour town.\n\n"
              "The operator hopes to revive the pay offer talks, but Mara Ferrow has said the crews will not budge.\n\n"
              "Crews walked out after the operator froze wages for a third year.\n\n"
              "Commuters said the timetable cuts had made the journey to work impossible.\n\n"
              "The strike has also delayed deliveries of medicine to the island clinic.\n"),
}


def test_a_matter_one_actor_is_about_is_headed_with_the_actor(tmp_path):
    # the union leader is named in most sentences on the pay offer and in few others
    names = [i.name for i in section(brief_from(tmp_path, FERRY), "issues").issues]
    assert "Ferrow's pay offer" in names
    assert "Timetable cuts" in names


def test_an_organisation_is_a_modifier_unless_the_texts_write_it_as_a_possessive():
    from briefing.compose.issues import Candidate, heading
    from briefing.model import ActorFact, SentenceRef
    pile = pile_of(["The Harbour Board set the dock levy in May.", "Dockers say the dock levy is too high."],
                   ["The Harbour Board will review the dock levy.", "The dock levy funds the quay."])
    phrase = pile.index.phrases["dock levy"]
    board = ActorFact("Harbour Board", "organization")
    cand = Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=board)
    assert heading(pile, cand) == "Harbour Board dock levy"
    pile = pile_of(["The Harbour Board's dock levy rose in May.", "Dockers say the dock levy is too high."],
                   ["The Harbour Board will review the dock levy.", "The dock levy funds the quay."])
    phrase = pile.index.phrases["dock levy"]
    cand = Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=board)
    assert heading(pile, cand) == "Harbour Board's dock levy"
    assert heading(pile, Candidate(phrase, 1.0, frozenset([SentenceRef(0, 0)]))) == "Dock levy"


def pile_of(*documents: list[str], titles: list[str] | None = None, actors=()):
    from briefing.compose.context import ComposeContext
    from briefing.compose.issues import Pile
    from briefing.model import Corpus, CorpusFacts, Document, Sentence
    docs = []
    for d, texts in enumerate(documents):
        sentences, start = [], 0
        for i, t in enumerate(texts):
            sentences.append(Sentence(i, start, start + len(t), t))
            start += len(t) + 1
        title = titles[d] if titles else ""
        docs.append(Document(f"d{d}", f"d{d}.txt", title, " ".join(texts), sentences=sentences))
    corpus = Corpus.of(docs)
    facts = CorpusFacts(corpus)
    facts.actors.extend(actors)
    return Pile(ComposeContext(corpus, facts, load_template("standard")))


def test_the_counts_of_the_dead_hurt_or_missing_are_the_sentences_giving_them():
    from briefing.model import SentenceRef
    pile = pile_of(["At least 12 people were killed in the blast.", "Some 40 others were injured.",
                    "Sales rose 12% to $40bn at 200 shops.", "The Night of the Dead drew 4,000 fans."],
                   ["Another 9 people are missing off Harwick.", "The toll was not known."])
    assert pile.counts == {"deaths": {SentenceRef(0, 0)}, "injured": {SentenceRef(0, 1)},
                           "missing": {SentenceRef(1, 0)}}


def test_a_large_pile_is_read_in_its_most_central_sentences(monkeypatch):
    import briefing.compose.issues as issues
    monkeypatch.setattr(issues, "MAX_SENTENCES", 3)
    pile = pile_of(["The ferry levy rose again.", "The ferry levy hurt the island trade.",
                    "A gull stole a chip."],
                   ["Islanders oppose the ferry levy.", "The ferry levy funds the harbour."])
    assert len(pile.refs) == 3
    assert all("levy" in pile.ctx.text(r) for r in pile.refs)


def test_a_country_named_only_as_where_something_happens_is_not_what_the_sentence_is_about():
    from briefing.model import ActorFact, SentenceRef
    refs = [SentenceRef(d, s) for d, s in ((0, 0), (0, 1), (0, 2), (1, 0), (1, 1))]
    pile = pile_of(["Talks on the dock levy in Baku, Ruritania ended late.",
                    "Ruritania rejected the dock levy.", "Ruritania's envoy walked out of the talks."],
                   ["The summit in Ruritania closed on Sunday.", "Ruritania wants the dock levy halved."],
                   actors=[ActorFact("Ruritania", "country", mention_refs=refs)])
    [(_, named)] = pile.actors
    assert named == {SentenceRef(0, 1), SentenceRef(0, 2), SentenceRef(1, 1)}


def heading_about(organisation: str, matter: str, *documents: list[str]) -> str:
    """The heading of the matter `matter` of a pile of `documents`, about the organisation."""
    from briefing.compose.issues import Candidate, heading
    from briefing.model import ActorFact
    pile = pile_of(*documents)
    phrase = pile.index.phrases[matter]
    actor = ActorFact(organisation, "organization")
    return heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=actor))


def test_a_heading_opens_on_a_capital_though_the_texts_name_its_actor_in_lower_case():
    assert heading_about("junta", "curfew truce",
                         ["The junta declared a curfew truce on Monday.", "Rebels doubt the curfew truce."],
                         ["The junta says the curfew truce will hold.", "Aid convoys wait for the curfew truce."]) \
        == "Junta curfew truce"


def test_a_word_that_mostly_modifies_another_is_headed_with_what_it_modifies():
    from briefing.compose.issues import candidates
    pile = pile_of(["Dockers rejected the ballot result on Monday.", "The ballot result split the union.",
                    "A second ballot is due in May."],
                   ["Organisers said the ballot result was final.", "The ballot result surprised the port.",
                    "Pickets left the quay before the ballot."])
    forms = {c.phrase.key: c.form for c in candidates(pile)}
    assert forms["ballot"] == "ballot result"
    # a word that heads its phrase as often as not keeps its own form
    pile = pile_of(["Dockers rejected the ballot on Monday.", "The ballot result split the union.",
                    "A second ballot is due in May."],
                   ["Organisers said the ballot was final.", "The ballot result surprised the port.",
                    "Pickets left the quay before the ballot."])
    assert {c.phrase.key: c.form for c in candidates(pile)}["ballot"] == "ballot"


def test_a_group_several_headlines_name_in_common_words_is_a_matter(tmp_path):
    from briefing.compose.issues import candidates
    headlined = pile_of(["The harbour council rejected the dock levy.", "The harbour council split over the dock levy."],
                        ["Two members quit the harbour council on Friday.", "The dock levy funds the quay."],
                        titles=["Harbour council rejects levy", "Members quit harbour council"])
    assert "harbour council" in {c.phrase.key for c in candidates(headlined)}
    # the same group no headline names is an actor described, listed under Key actors
    unheadlined = pile_of(["The harbour council rejected the dock levy.", "The harbour council split over the dock levy."],
                          ["Two members quit the harbour council on Friday.", "The dock levy funds the quay."])
    assert "harbour council" not in {c.phrase.key for c in candidates(unheadlined)}


def test_a_matter_told_in_many_sentences_leaves_the_ones_it_shares_to_a_matter_told_in_few():
    from briefing.compose.issues import Selection, candidates
    pile = pile_of(["The dock levy and the cable station sale split the town council on Monday.",
                    "The dock levy rose by a third in May after a stormy winter.",
                    "Dockers on the north quay oppose the dock levy and its timing.",
                    "Skippers of the small boats say they pay the dock levy twice."],
                   ["The dock levy funds repairs to the quay and the old lighthouse.",
                    "The cable station sale closed on Friday after months of delay.",
                    "Traders on the high street welcomed the dock levy last week.",
                    "The dock levy and the cable station sale were debated for hours."])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    pool = {c.phrase.key: c for c in candidates(pile)}
    chosen = Selection(pile, spec, 2, set())
    chosen.consider(list(pool.values()))
    assert chosen.add(pool["dock levy"])
    assert not any("cable station" in s.text for s in chosen.issues[0].statements)
    assert chosen.add(pool["cable station sale"])


def test_a_sentence_is_left_only_to_another_matter_not_yet_an_issue():
    from briefing.compose.issues import Selection, candidates, name_words
    from briefing.model import SentenceRef
    pile = pile_of(["The final pay offer and the night timetable angered the islanders.",
                    "The pay offer rose again.", "Crews rejected the pay offer.", "The pay offer is late."],
                   ["The final pay offer came on Friday.", "The night timetable starts in May.",
                    "Skippers back the pay offer."])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    pool = {c.phrase.key: c for c in candidates(pile)}
    chosen = Selection(pile, spec, 2, set())
    chosen.consider(list(pool.values()))
    offer, shared, final = pool["pay offer"], SentenceRef(0, 0), SentenceRef(1, 0)
    words = name_words(offer.form)
    assert chosen.needed_more(shared, offer, words)          # the night timetable needs it
    assert not chosen.needed_more(final, offer, words)       # "final pay offer" is the pay offer
    chosen.names.append(name_words("night timetable"))
    assert not chosen.needed_more(shared, offer, words)      # the timetable is an issue already


def test_a_matter_named_by_one_word_is_headed_by_what_its_statements_are_about():
    from briefing.compose.issues import Selection
    from briefing.model import SentenceRef
    pile = pile_of(["Four ferry skippers filed a lawsuit against the port on Monday.",
                    "The lawsuit names the harbour master as well."],
                   ["The ferry skippers say the lawsuit could take a year.",
                    "A lawsuit over the quay closed last spring."])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    chosen = Selection(pile, spec, 4, set())
    lawsuit = next(c for c in pile_candidates(pile) if c.phrase.key == "lawsuit")
    shown = [SentenceRef(0, 0), SentenceRef(1, 0)]
    assert chosen.specific_name(lawsuit, shown) == "Ferry skippers lawsuit"
    # statements that share no phrase of several words keep the word as their heading
    assert chosen.specific_name(lawsuit, [SentenceRef(0, 1), SentenceRef(1, 1)]) is None


def test_two_matters_in_the_plural_that_the_texts_never_write_together_are_joined_by_and():
    from briefing.compose.issues import Selection
    from briefing.model import SentenceRef
    pile = pile_of(["Harwick Ferries announced pay cuts for managers and furloughs for crews.",
                    "The furloughs follow pay cuts at Tarvel Ferries."],
                   ["Crews say the furloughs and the pay cuts are unfair.", "The furloughs end in May."])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    chosen = Selection(pile, spec, 4, set())
    furloughs = next(c for c in pile_candidates(pile) if c.phrase.key == "furlough")
    shown = [SentenceRef(0, 0), SentenceRef(0, 1), SentenceRef(1, 0)]
    # "Pay cuts furloughs" reads as two nouns stuck together: plural nouns modify nothing
    assert chosen.specific_name(furloughs, shown) == "Pay cuts and furloughs"


def test_a_one_word_matter_and_its_statements_phrase_take_the_preposition_the_texts_join_them_by():
    from briefing.compose.issues import Selection
    from briefing.model import SentenceRef
    pile = pile_of(["Ms Varga expects a windfall from a compensation claim against the Tellmark plant.",
                    "The windfall would come in May."],
                   ["Her compensation claim names the plant's owners, and the windfall may reach $2m.",
                    "The windfall is not taxed."])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    chosen = Selection(pile, spec, 4, set())
    windfall = next(c for c in pile_candidates(pile) if c.phrase.key == "windfall")
    shown = [SentenceRef(0, 0), SentenceRef(1, 0)]
    # not "Compensation claim windfall", two nouns no text writes side by side
    assert chosen.specific_name(windfall, shown) == "Windfall from compensation claim"


def test_a_linked_form_is_the_texts_words_either_way_round_without_the_article():
    from briefing.compose.issues import linked_form
    assert linked_form(["The Harwick court handed down a life sentence for murder."],
                       ["murder"], ["life sentence"]) == "life sentence for murder"
    # a name's first word before the phrase stays: it is part of what the phrase names
    assert linked_form(["Ann Vale won the prize at the Tarvel Music Awards on Sunday."],
                       ["prize"], ["Music Awards"]) == "prize at Tarvel Music Awards"


def test_a_linked_form_is_none_where_the_noun_phrase_runs_on_or_the_two_are_never_joined():
    from briefing.compose.issues import linked_form
    # "raw material" is only part of "raw material costs": the increase is in costs
    assert linked_form(["Prices rose after an increase in raw material costs."], ["increase"], ["raw material"]) is None
    assert linked_form(["Pensioners will pay less council tax, Ms Varga said."], ["pensioners"], ["council tax"]) is None
    # a form longer than a heading may be is no heading
    assert linked_form(["The claim over the Tellmark plant night shift overtime pay"],
                       ["claim"], ["Tellmark plant night shift overtime pay"]) is None


def test_a_phrase_is_plural_by_its_last_word_however_short_but_news_is_no_plural():
    from collections import Counter

    from briefing.analysis.keyphrases import Keyphrase
    from briefing.compose.issues import plural

    def written(form):
        return Keyphrase(form.lower(), Counter({form: 1}))

    assert plural(written("pay cuts")) and plural(written("furloughs")) and plural(written("Tax rises"))
    assert not plural(written("tax cut")) and not plural(written("lawsuit")) and not plural(written("evening news"))
    assert not plural(written("crisis")) and not plural(written("bus"))


def pile_candidates(pile):
    from briefing.compose.issues import Candidate
    return [Candidate(p, 1.0, frozenset(p.refs)) for p in pile.index.phrases.values()]


def specific_name_of(pile, key: str, shown) -> str | None:
    """The heading `Selection.specific_name` gives the pile's one-word matter `key` shown by `shown`."""
    from briefing.compose.issues import Selection
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    matter = next(c for c in pile_candidates(pile) if c.phrase.key == key)
    return Selection(pile, spec, 4, set()).specific_name(matter, shown)


def test_a_matter_whose_statements_all_speak_of_an_issue_chosen_before_is_that_issue_again():
    from briefing.compose.issues import Selection, candidates
    pile = pile_of(["The flood losses on the coast reached $2bn, the insurers said.",
                    "Brokers' estimates put the flood losses far higher.",
                    "The estimates of the flood losses differ by a billion.",
                    "The flood losses hit the farms of the valley hardest."],
                   ["Farmers on the coast counted their flood losses on Friday.",
                    "The new estimates of the losses came from two brokers.",
                    "The sea wall repairs begin in May.", "The sea wall repairs will take a year.",
                    "Early estimates of the sea wall repairs ran to $40m."])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    pool = {c.phrase.key: c for c in candidates(pile)}
    chosen = Selection(pile, spec, 4, set())
    chosen.consider(list(pool.values()))
    assert chosen.add(pool["flood loss"])
    picked = [r for r in pool["estimate"].phrase.refs if "loss" in pile.ctx.text(r)]
    assert chosen.told_again(pool["estimate"], picked)
    # one statement on another matter ("sea wall repairs") keeps the estimates a matter of their own
    assert not chosen.told_again(pool["estimate"], sorted(pool["estimate"].phrase.refs))
    assert chosen.add(pool["sea wall repair"])


def test_a_matter_of_several_words_whose_other_sentences_other_sections_show_stands_on_one_statement():
    from briefing.compose.issues import Selection, candidates
    from briefing.model import SentenceRef
    pile = pile_of(["The harbour tax doubles the cost of a berth.", "The council will close the night ferry in May."],
                   ["Skippers fear the harbour tax will empty the marina.", "They say the night ferry is losing money."],
                   ["The quay rents rose in May.", "The quay rents fell in June."])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    pool = {c.phrase.key: c for c in candidates(pile)}
    pile.ctx.used.update({SentenceRef(0, 0), SentenceRef(2, 0)})       # shown by other sections
    chosen = Selection(pile, spec, 4, set())
    assert chosen.add(pool["harbour tax"])
    assert [s.text for s in chosen.issues[0].statements] == ["Skippers fear the harbour tax will empty the marina."]
    # its other report shown nowhere (it points back, "They say ..."), or told in one document only
    assert not chosen.add(pool["night ferry"])
    assert not chosen.add(pool["quay rent"])


def test_a_second_matter_told_only_by_the_report_telling_an_issue_is_that_story_again():
    from briefing.compose.issues import Selection, candidates, one_report
    pile = pile_of(["Vorrin called the manager's tirade a disgrace on Sunday.",
                    "Fans say the disgrace will hang over the club for months.",
                    "The feud began with a soup fight in the tunnel.", "Nobody at the ground has forgotten the soup fight.",
                    "The feud shows no sign of ending."],
                   ["The quay levy rises in May.", "Skippers fear the quay levy."],
                   ["The quay levy funds dredging.", "Harwick set the quay levy."],
                   titles=["Vorrin steps up feud", "Quay levy to rise", "Harwick defends quay levy"])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    pool = {c.phrase.key: c for c in candidates(pile)}
    chosen = Selection(pile, spec, 4, set())
    assert chosen.add(pool["disgrace"])
    assert not chosen.add(pool["soup fight"])      # the feud's report again: its food fight is no matter of its own
    assert one_report(pile, pool["quay levy"]) is None          # told by two reports


def test_a_report_whose_headline_names_only_who_it_is_about_may_tell_several_matters():
    from briefing.compose.issues import Selection, candidates
    pile = pile_of(["Vorrin called the manager's tirade a disgrace on Sunday.",
                    "Fans say the disgrace will hang over the club for months.",
                    "The feud began with a soup fight in the tunnel.", "Nobody at the ground has forgotten the soup fight.",
                    "The feud shows no sign of ending."],
                   ["The quay levy rises in May.", "Skippers fear the quay levy."],
                   titles=["What now for Vorrin?", "Quay levy to rise"])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    pool = {c.phrase.key: c for c in candidates(pile)}
    chosen = Selection(pile, spec, 4, set())
    assert chosen.add(pool["disgrace"])
    assert chosen.add(pool["soup fight"])


def test_a_matter_an_earlier_heading_names_in_full_is_that_issue_again():
    from briefing.compose.issues import Selection, candidates
    from briefing.model import Issue
    pile = pile_of(["The ferry levy hits pensioners on the island.", "Skippers fear the ferry levy will rise in May."],
                   ["Harwick defends the ferry levy as fair.", "The ferry levy funds dredging of the harbour."],
                   ["The harbour board meets on Monday.", "The harbour board has six members."])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    pool = {c.phrase.key: c for c in candidates(pile)}
    assert Selection(pile, spec, 4, set()).add(pool["ferry levy"])
    chosen = Selection(pile, spec, 4, set())
    chosen.append(Issue("Ferry levy pensioners", "discovered", ["pensioners"], []), set(), [], {"pensioner"})
    assert not chosen.add(pool["ferry levy"])


def test_a_matter_named_by_one_word_takes_the_two_word_form_its_sentences_write():
    from briefing.compose.issues import Selection
    pile = pile_of(["The ratification vote is due on Monday.", "Officials said the vote was fair."],
                   ["Workers rejected the offer in a ratification vote.", "A second vote may follow."])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    chosen = Selection(pile, spec, 4, set())
    vote = next(c for c in pile_candidates(pile) if c.phrase.key == "vote")
    assert chosen.modified_name(vote, set(vote.phrase.refs)) == "Ratification vote"
    # written so in one sentence only, the form is no heading
    once = pile_of(["The ratification vote is due on Monday.", "Officials said the vote was fair."],
                   ["A second vote may follow.", "The vote count starts at noon."])
    vote = next(c for c in pile_candidates(once) if c.phrase.key == "vote")
    assert Selection(once, spec, 4, set()).modified_name(vote, set(vote.phrase.refs)) is None


def test_an_organisation_named_in_the_plural_heads_a_matter_in_the_possessive():
    assert heading_about("Greens", "dock levy",
                         ["The Greens set out the dock levy in May.", "Dockers say the dock levy is too high."],
                         ["The Greens will review the dock levy.", "The dock levy funds the quay."]) \
        == "Greens' dock levy"


def test_a_matter_is_told_by_the_sentences_around_its_name_before_as_after():
    from briefing.compose.issues import neighbours
    from briefing.model import SentenceRef
    pile = pile_of(["Tenants in the old mill face eviction by March.",
                    "The eviction notices cite unpaid rent.",
                    "Landlords blame the mill's damp walls.",
                    "A brass band played in the square."])
    named = {SentenceRef(0, 1)}
    # the sentence that opens the paragraph shares "eviction" and is about the same matter;
    # the one after shares "mill" with it only, not with the sentence naming the notices
    assert neighbours(pile.ctx, named) == {SentenceRef(0, 0)}
    assert SentenceRef(0, 1) in neighbours(pile.ctx, {SentenceRef(0, 0)})


def test_a_country_the_texts_never_call_by_its_full_name_heads_a_matter_by_the_name_they_use():
    from briefing.compose.issues import Candidate, heading
    from briefing.model import ActorFact
    pile = pile_of(["Ruritania will tighten its border checks.", "Protesters in Strelsau oppose the border checks.",
                    "Lorries queued at Strelsau for the border checks."],
                   ["Ruritania defended the border checks on Friday.", "In Strelsau the border checks start in June."])
    phrase = pile.index.phrases["border check"]
    country = ActorFact("Kingdom of Ruritania", "country", aliases=["Strelsau", "Ruritania"])
    name = heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=country))
    # the texts write "Ruritania" acting and "Strelsau" only as where something happens
    assert name.startswith("Ruritania") and "Kingdom" not in name


def test_a_matter_short_of_sentences_of_its_own_is_told_by_other_words_of_its_family():
    from briefing.compose.issues import Selection, candidates
    from briefing.model import SentenceRef
    pile = pile_of(["The harbour protest began in March after the fish market closed.", "A brass band played."],
                   ["Fishermen fear the protest will spread to the other ports this summer.", "A library opened."],
                   ["The protesters blocked the quay at dawn with their boats and nets.", "The library shut."],
                   ["Police moved the protesters from the slipway late on Tuesday night.", "The band played."])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    pool = {c.phrase.key: c for c in candidates(pile)}
    pile.ctx.used.add(SentenceRef(0, 0))          # shown by another section
    chosen = Selection(pile, spec, 4, set())
    assert chosen.add(pool["protest"])
    # its own sentence first, those telling it by another word of its family after
    texts = [s.text for s in chosen.issues[0].statements]
    assert texts[0] == "Fishermen fear the protest will spread to the other ports this summer."
    assert len(texts) == 3 and all("protesters" in t for t in texts[1:])


def test_a_matter_is_not_headed_by_a_phrase_holding_its_own_word_in_another_form():
    from briefing.compose.issues import Selection
    pile = pile_of(["Millions of downloaders ignore the warnings from the record labels.",
                    "Legal download services try to lure the downloaders away."],
                   ["Legal download services charge a fee for every song.",
                    "The downloaders share files on the quiet every night."])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    chosen = Selection(pile, spec, 4, set())
    downloaders = next(c for c in pile_candidates(pile) if c.phrase.key == "downloader")
    picked = sorted(downloaders.phrase.refs | pile.index.phrases["download service"].refs)
    assert chosen.specific_name(downloaders, picked) is None


def test_a_matter_of_several_words_is_told_on_by_its_head_noun_alone_which_fills_places_but_makes_no_matter():
    from briefing.compose.issues import Selection, candidates
    pile = pile_of(["Skippers say the harbour levy will drive the trawlers to other ports.",
                    "The levy was first raised when the fish market closed in March.",
                    "A brass band played on the quay all afternoon."],
                   ["The harbour levy doubles the cost of a berth for every boat.",
                    "Officials insist the levy pays for dredging the silted channel.",
                    "The sea wall repair starts when the winter storms end.",
                    "Engineers say the sea wall repair will take three years."],
                   ["The mayor opened a new library beside the old sea wall in June.",
                    "The band played again at the library every Sunday."])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    pool = {c.phrase.key: c for c in candidates(pile)}
    chosen = Selection(pile, spec, 4, set())
    assert chosen.add(pool["harbour levy"])
    texts = [s.text for s in chosen.issues[0].statements]
    assert len(texts) == 4 and all("harbour levy" in t for t in texts[:2])
    # a matter with one sentence of its own is no issue on its head noun's sentences
    alone = pile_of(["Skippers say the harbour levy will drive the trawlers to other ports.",
                     "A brass band played on the quay all afternoon long.",
                     "The levy was first raised when the fish market closed in March."],
                    ["Officials insist the levy pays for dredging the silted channel.",
                     "The mayor opened a new library beside the old quay.",
                     "It said the harbour levy came up at the long council meeting."])
    pool = {c.phrase.key: c for c in candidates(alone)}
    assert not Selection(alone, spec, 4, set()).add(pool["harbour levy"])


def test_a_heading_opens_on_a_capital_but_a_camel_case_name_keeps_its_small_letter():
    from briefing.compose.issues import capitalised
    assert capitalised("the junta's ceasefire") == "The junta's ceasefire"
    assert capitalised("eShop trackers") == "eShop trackers"


def test_a_clipped_form_of_the_subject_is_the_subject_too():
    # every report is about the wildfire, two of them also call it "the fire": both are its subject
    from briefing.compose.issues import candidates
    pile = pile_of(["The wildfire near Harwick forced an evacuation order for the valley.",
                    "The fire crossed the ridge at dawn."],
                   ["Crews fought the wildfire through the night near Tarvel.",
                    "The evacuation order was lifted for the lower valley on Friday."],
                   ["The wildfire burned through dry scrub above the reservoir.",
                    "Ann Vale said the fire had destroyed her barn."],
                   ["Smoke from the wildfire closed the coast road.",
                    "The evacuation order covered three villages."])
    keys = {c.phrase.key for c in candidates(pile)}
    assert "evacuation order" in keys
    assert "fire" not in keys and "wildfire" not in keys


def test_a_word_ending_like_another_is_no_compound_of_it():
    from briefing.compose.issues import with_clipped_forms
    spread = with_clipped_forms({"earthquake": {0, 1, 2}, "quake": {3}, "urban": {0, 1}, "ban": {2},
                                 "policeman": {0}, "man": {1}})
    assert spread["quake"] == {0, 1, 2, 3}
    assert spread["ban"] == {2} and spread["man"] == {1}      # "ur" + "ban", "police" + "man": a part under four letters


def test_a_short_pile_with_places_left_takes_matters_its_texts_write_only_after_modifiers(tmp_path):
    # "revolt" never follows its article directly ("a possible revolt"): a matter still,
    # asked for where the pile's other matters leave places empty
    docs = {"a.txt": ("Vale faces levy revolt\n\n"
                      "Council leader Ann Vale faces a possible revolt over the harbour levy on Monday.\n\n"
                      "The harbour levy would double the cost of mooring at Harwick.\n\n"
                      "Fishermen say the harbour levy will drive boats to Tarvel.\n\n"
                      "Her deputy played down talk of a full revolt at the quay.\n"),
            "b.txt": ("Harwick councillors warn of revolt\n\n"
                      "Councillor Tom Reed warned of a wider revolt against the plan.\n\n"
                      "Traders marched to the town hall over the harbour levy on Saturday.\n\n"
                      "The quay repairs will be paid from the harbour levy, officials said.\n\n"
                      "Reed said a bigger revolt could follow in June.\n")}
    names = [i.name for i in section(brief_from(tmp_path, docs), "issues").issues]
    assert any("revolt" in n.lower() for n in names)


def test_a_matter_told_by_its_verb_is_told_in_its_issue(tmp_path):
    # "the ban" and "banned him from travelling" are one matter: the report that says what was
    # banned tells it, though it never writes the noun
    docs = {"a.txt": ("The Tarvel ministry approved the ban on Monday after a request from prosecutors.\n\n"
                      "The harbour levy rose by a third last year.\n\n"
                      "Traders say the harbour levy has emptied the quay.\n\n"
                      "Lawyers for Tom Reed said the ban broke his rights.\n"),
            "b.txt": ("Officials in Harwick banned Tom Reed from travelling abroad during the inquiry.\n\n"
                      "The harbour levy will be reviewed in May.\n\n"
                      "A lighthouse keeper retired after forty years.\n")}
    template = load_template("standard")
    for spec in template.sections:
        spec.enabled = spec.kind == "issues"
    issues = section(brief_from(tmp_path, docs, template), "issues").issues
    ban = next(i for i in issues if "ban" in i.name.lower().split())
    assert any("banned Tom Reed" in s.text for s in ban.statements)


def test_the_verb_of_a_noun_is_written_as_english_inflects_it():
    from briefing.compose.issues import verb_forms
    assert verb_forms("ban") == {"banned", "banning"}
    assert verb_forms("raid") == {"raided", "raiding"}
    assert verb_forms("vote") == {"voted", "voting"}


def test_a_matter_named_with_of_is_a_candidate_headed_by_its_first_noun_but_a_name_so_written_is_not():
    from briefing.compose.issues import candidates
    # "Court of Tarvel" and "Port of Refuge" are names ("refuge" is also written in lower case)
    pile = pile_of(["Critics called the Harwick ferry scheme an abuse of power.",
                    "The Court of Tarvel will hear the ferry case in May.",
                    "Boats sheltered in the Port of Refuge on Sunday."],
                   ["Ann Vale said the new berths were an abuse of power.",
                    "Tom Reed took the ferry case to the Court of Tarvel.",
                    "The Port of Refuge was a refuge for forty boats."],
                   ["The ferry scheme was an abuse of power, traders said."])
    pool = {c.phrase.key: c for c in candidates(pile)}
    assert pool["abuse of power"].form == "abuse of power"
    assert pool["abuse of power"].phrase.head == "abuse"
    assert "court of tarvel" not in pool
    assert "port of refuge" not in pool


def test_a_place_named_as_a_party_is_no_contested_place():
    from briefing.compose.issues import candidates
    contested = pile_of(["Trawlers from both sides fish the Harwick Strait.", "Patrol boats crossed the Harwick Strait."],
                        ["The Harwick Strait is claimed by two states.", "Talks on the Harwick Strait stalled."])
    assert "harwick strait" in {c.phrase.key for c in candidates(contested)}
    party = pile_of(["The Tarvel Islands' envoy walked out of the talks.", "Aid for the Tarvel Islands was cut."],
                    ["Ann Vale, Tarvel Islands climate envoy, said the deal failed.",
                     "The Tarvel Islands rejected the deal."])
    assert "tarvel island" not in {c.phrase.key for c in candidates(party)}


def test_a_matter_whose_statements_name_an_issue_chosen_before_only_in_another_clause_is_its_own():
    from briefing.compose.issues import Selection, candidates, speaks_of
    pile = pile_of(["The dock levy rose by a third in May.", "Hauliers say the dock levy is too high.",
                    "The ferry timetable was cut in March, but the dock levy stays.",
                    "The ferry timetable loses two sailings, while the dock levy rises again."],
                   ["Tom Reed called the dock levy a tax on the island.",
                    "Skippers said the new ferry timetable leaves the island cut off, though the dock levy is paid."])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    pool = {c.phrase.key: c for c in candidates(pile)}
    chosen = Selection(pile, spec, 4, set())
    chosen.consider(list(pool.values()))
    assert chosen.add(pool["dock levy"])
    picked = sorted(pool["ferry timetable"].phrase.refs)
    assert not chosen.told_again(pool["ferry timetable"], picked)
    assert speaks_of("Brokers say the ferry timetable costs the dock levy dear.", "levy", ["ferry", "timetable"])
    assert not speaks_of("The ferry timetable was cut, but the levy stays.", "levy", ["ferry", "timetable"])


def test_a_two_word_form_is_no_heading_from_one_sentence_two_outlets_carry_nor_when_never_a_whole_phrase():
    from briefing.compose.issues import Pile, Selection
    from briefing.model import SentenceRef
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    copied = "Critics named it the best record of the year at the Harwick awards."
    pile = pile_of([copied, "The record sold a million copies in Tarvel.", "Fans queued all night for the record."],
                   [copied, "The record topped the chart for a third week."])
    pile.ctx.facts.groups = [[SentenceRef(0, 0), SentenceRef(1, 0)]]      # one sentence, two outlets
    pile.ctx.__dict__.pop("group_of", None)
    pile = Pile(pile.ctx)
    record = next(c for c in pile_candidates(pile) if c.phrase.key == "record")
    assert Selection(pile, spec, 4, set()).modified_name(record, set(record.phrase.refs)) is None
    pile = pile_of(["Ann Vale's song was the Christmas number one.", "The number of sales rose."],
                   ["Tom Reed hoped for a Christmas number one.", "The number of downloads doubled."])
    number = next(c for c in pile_candidates(pile) if c.phrase.key == "number")
    assert Selection(pile, spec, 4, set()).modified_name(number, set(number.phrase.refs)) is None


def test_a_hyphenated_prefix_before_a_capital_is_no_camel_case_name():
    from briefing.compose.issues import capitalised
    assert capitalised("pan-Tarvel bourse") == "Pan-Tarvel bourse"
    assert capitalised("anti-Harwick protests") == "Anti-Harwick protests"
    assert capitalised("eShop trackers") == "eShop trackers"


def test_an_organisation_is_named_by_a_short_form_only_where_the_texts_write_it_alone():
    from briefing.compose.issues import actor_form
    from briefing.model import ActorFact
    pile = pile_of(["Tarvel Boerse made a bid for the Harwick exchange.",
                    "Tarvel Boerse raised its bid on Monday."],
                   ["Shareholders of Tarvel Boerse oppose the bid.", "The Boerse bid is too high, they say."])
    exchange = ActorFact("Tarvel Boerse", "organization", aliases=["Boerse"])
    phrase = pile.index.phrases["bid"]
    assert actor_form(pile, exchange, frozenset(phrase.refs)) == "Tarvel Boerse"
    # written alone more often than in full, the short form is the one the texts prefer
    pile = pile_of(["Tarvel Boerse made a bid for the Harwick exchange.", "The Boerse raised its bid."],
                   ["The Boerse bid is too high.", "Boerse shareholders oppose the bid."])
    phrase = pile.index.phrases["bid"]
    assert actor_form(pile, exchange, frozenset(phrase.refs)) == "Boerse"


def test_a_matter_named_by_one_word_is_not_headed_by_who_speaks_of_it():
    from briefing.model import SentenceRef
    pile = pile_of(["The opposition leader said the budget would raise taxes.",
                    "The budget hides tax rises, the opposition leader said."],
                   ["The budget was unveiled by the treasurer.", "Critics say the budget favours pensioners."])
    assert specific_name_of(pile, "budget", [SentenceRef(0, 0), SentenceRef(0, 1)]) is None


def test_a_matter_named_by_one_word_is_not_headed_by_a_persons_title_and_name_cut_short():
    from briefing.model import SentenceRef
    pile = pile_of(["Opposition leader Tom Reed said the budget would raise taxes.",
                    "The budget hides tax rises, Opposition leader Tom Reed said."],
                   ["The budget was unveiled by the treasurer.", "Critics say the budget favours pensioners."])
    pile.__dict__["people"] = {"tom", "reed"}        # Tom Reed, a key actor
    assert specific_name_of(pile, "budget", [SentenceRef(0, 0), SentenceRef(0, 1)]) is None


def test_an_actor_a_statement_writes_after_the_matter_past_a_placing_preposition_is_not_its_owner():
    from briefing.compose.issues import Candidate, heading
    from briefing.model import ActorFact
    # the two-goal lead is the other side's: "Tarvel Rovers lead" would make it Rovers'
    pile = pile_of(["Harwick United held a two-goal lead over Tarvel Rovers at half-time.",
                    "Tarvel Rovers cut the lead to one."],
                   ["The lead lasted until the 80th minute, Tarvel Rovers said.", "Tarvel Rovers lost the lead."])
    phrase = pile.index.phrases["lead"]
    rovers = ActorFact("Tarvel Rovers", "organization")
    assert heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=rovers)) == "Lead over Tarvel Rovers"
    # a pledge Ms Varga was given is no pledge of hers
    pile = pile_of(["Tom Reed went back on a pledge to Ms Varga, the book says.", "Ms Varga said the pledge was clear."],
                   ["Ms Varga never saw the pledge in writing.", "The pledge dates from 1994, Ms Varga said."])
    phrase = pile.index.phrases["pledge"]
    varga = ActorFact("Ms Varga", "person", aliases=["Varga"])
    assert heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=varga)) == "Pledge to Ms Varga"


def test_a_placed_form_needs_the_name_to_end_its_noun_phrase_and_no_owning_preposition():
    from briefing.compose.issues import placed_form
    assert placed_form(["A win at the Harwick Arena on Sunday."], "win", ["Harwick Arena"]) == "win at Harwick Arena"
    # "Harwick Arena" modifies "crowd": the win is not at the arena
    assert placed_form(["A win at Harwick Arena crowds."], "win", ["Harwick Arena"]) is None
    # "by" names the agent, "of" the owner: the modifier or possessive heading is right
    assert placed_form(["A stake by Bolderco, the firm said."], "stake", ["Bolderco"]) is None
    assert placed_form(["The debts of Bolderco grew."], "debts", ["Bolderco"]) is None
    # an empty alias names no one
    assert placed_form(["A lead over , they said."], "lead", [""]) is None


def test_a_matter_written_as_a_name_keeps_its_capital_after_its_actor():
    from briefing.compose.issues import Candidate, heading
    from briefing.model import ActorFact
    pile = pile_of(["Ann Vale sent the memo to Nightwatch by mistake.", "Ann Vale said Nightwatch should apologise."],
                   ["Her note read: tell nightwatch to drop it.", "Ann Vale later rang Nightwatch again."])
    phrase = pile.index.phrases["nightwatch"]
    vale = ActorFact("Ann Vale", "person", aliases=["Vale"])
    assert heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=vale)) == "Vale's Nightwatch"
    # a common noun a sentence opens on is written in lower case after the actor
    pile = pile_of(["Levy rises anger Tom Reed.", "Tom Reed set the levy in May."],
                   ["Tom Reed will review the levy.", "The levy funds the quay, Tom Reed says."])
    phrase = pile.index.phrases["levy"]
    reed = ActorFact("Tom Reed", "person", aliases=["Reed"])
    assert heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=reed)) == "Reed's levy"


def test_an_organisations_name_holding_a_possessive_is_not_put_before_a_matter():
    from briefing.compose.issues import actor_form
    from briefing.model import ActorFact
    pile = pile_of(["Tarvel's government may raise fuel prices.", "Tarvel's government says fuel prices must rise."],
                   ["The Tarvelian government set fuel prices in May.", "Fuel prices rose again."])
    government = ActorFact("Tarvelian government", "organization", aliases=["Tarvel's government"])
    phrase = pile.index.phrases["fuel price"]
    assert actor_form(pile, government, frozenset(phrase.refs)) == "Tarvelian government"


def test_a_matter_named_by_one_word_is_not_headed_by_a_figure():
    from briefing.model import SentenceRef
    pile = pile_of(["In Tarvel, tourism brings in about 6% of the national income.",
                    "Tourism there grew by about 6% last year."],
                   ["Tourism in Harwick fell.", "Officials hope tourism will recover."])
    assert specific_name_of(pile, "tourism", [SentenceRef(0, 0), SentenceRef(0, 1)]) is None


def test_an_issue_shows_a_sentence_pointing_back_to_a_person_after_the_sentence_naming_them():
    from analysis_helpers import corpus as corpus_of
    from briefing.analysis import analyse
    from briefing.compose.context import ComposeContext
    from briefing.compose.issues import antecedents, ranked_statements, statements_of
    from briefing.model import CancelFlag, run_to_end
    text = ("Traders in Tarvel marched against the harbour levy on Saturday.\n\n"
            "Council leader Ann Vale spoke to reporters at Harwick. She said the harbour levy would pay for the quay.\n\n"
            "The vote was close. He said the harbour levy would be cut in spring.\n")
    corpus = corpus_of(text)
    ctx = ComposeContext(corpus, run_to_end(analyse(corpus, CancelFlag())), load_template("standard"))
    spec = next(s for s in ctx.template.sections if s.kind == "issues")
    levy = {r for r in ctx.words if "harbour levy" in ctx.text(r)}
    picked = ranked_statements(ctx, spec, levy, 4, set())
    shown = [s.text for s in statements_of(ctx, picked, antecedents(ctx, spec, picked))]
    assert "Council leader Ann Vale spoke to reporters at Harwick. She said the harbour levy would pay for the quay." \
        in shown
    # a sentence before it that names no one does not say who "he" is: it is left out
    assert not any("cut in spring" in t for t in shown)
    assert not any(t.startswith(("She ", "He ")) for t in shown)


@pytest.mark.parametrize("adjective", ["conventional", "alleged"])
def test_a_word_with_an_adjective_ending_that_mostly_modifies_and_has_no_fuller_form_heads_no_issue(tmp_path, adjective):
    # the word ends a noun phrase once ("through conventional, cheaper outlets") and modifies a
    # different noun everywhere else: an adjective, no matter
    docs = {"a.txt": ("Harwick sells ferry tickets through conventional, cheaper outlets.\n\n"
                      "Conventional ferries still sail from the quay at dawn.\n\n"
                      "The harbour toll angered Tom Reed and the crews.\n"),
            "b.txt": ("Tarvel runs conventional trains on the branch line.\n\n"
                      "Ann Vale backed the harbour toll on Monday.\n\n"
                      "Commuters prefer the conventional timetable, Tarvel said.\n"),
            "c.txt": "Fares rose in May for the third time.\n\nTom Reed said the harbour toll was unfair.\n",
            "d.txt": ("The dredging contract went to a Tarvel firm.\n\n"
                      "The dredging contract runs for ten years.\n"),
            "e.txt": "Ann Vale said the dredging contract was too long.\n\nTom Reed praised the quay.\n"}
    docs = {name: text.replace("conventional", adjective).replace("Conventional", adjective.title())
            for name, text in docs.items()}
    names = [i.name for i in section(brief_from(tmp_path, docs), "issues").issues]
    assert "Dredging contract" in names
    assert not any(n.lower().endswith(adjective) for n in names), names     # was "Tarvel conventional"


@pytest.mark.parametrize("word", ["way", "lot", "old house"])
def test_a_heading_made_only_of_the_commonest_words_of_english_heads_no_issue(tmp_path, word):
    # "the way" recurs in three reports, as "the dredging contract" does: a matter by its count,
    # but the heading alone would say nothing a reader could place
    docs = {"a.txt": ("Tom Reed said the way the council spent the money was wrong.\n\n"
                      "The harbour toll angered the crews.\n"),
            "b.txt": ("Ann Vale backed the harbour toll on Monday.\n\n"
                      "Commuters disliked the way the ferry timetable changed, Tarvel said.\n"),
            "c.txt": "Fares rose in May.\n\nTom Reed said the harbour toll was unfair.\n",
            "d.txt": ("The dredging contract went to a Tarvel firm.\n\n"
                      "The dredging contract runs for ten years, and the way it was awarded is under review.\n"),
            "e.txt": "Ann Vale said the dredging contract was too long.\n\nTom Reed praised the quay.\n"}
    docs = {name: text.replace("the way", f"a {word}" if word == "lot" else f"the {word}") for name, text in docs.items()}
    names = [i.name for i in section(brief_from(tmp_path, docs), "issues").issues]
    assert "Dredging contract" in names
    assert word.capitalize() not in names, names


@pytest.mark.parametrize("word, complement, kept", [("chance", "to", False), ("future", "of", False),
                                                    ("hope", "that", False), ("bill", "for", True)])
def test_a_common_word_the_texts_mostly_follow_by_its_complement_heads_no_issue(tmp_path, word, complement, kept):
    # "the chance to ..." recurs in three reports, as "the dredging contract" does: what it is
    # about is its complement, which differs in each; the word alone names no matter
    docs = {"a.txt": (f"Tom Reed said the {word} {complement} the quay was repaired had gone.\n\n"
                      "The harbour toll angered the crews.\n"),
            "b.txt": ("Ann Vale backed the harbour toll on Monday.\n\n"
                      f"Commuters spoke of the {word} {complement} fares fell, Tarvel said.\n"),
            "c.txt": "Fares rose in May.\n\nTom Reed said the harbour toll was unfair.\n",
            "d.txt": ("The dredging contract went to a Tarvel firm.\n\n"
                      f"The dredging contract runs for ten years, and the {word} {complement} it ends soon is slim.\n"),
            "e.txt": "Ann Vale said the dredging contract was too long.\n\nTom Reed praised the quay.\n"}
    names = [i.name for i in section(brief_from(tmp_path, docs), "issues").issues]
    assert "Dredging contract" in names
    # "the bill for ..." is a matter as common, written with no complement: it stays
    assert any(n.lower().endswith(word) for n in names) == kept, names


def test_a_complement_naming_the_matters_own_actor_leaves_the_word_a_matter():
    from briefing.compose.issues import takes_complement
    from briefing.model import ActorFact
    # "the future of Tom Reed" is what "Tom Reed's future" says; "the future of the quay" is not
    pile = pile_of(["Talks on the future of Tom Reed went on all day.", "Ann Vale spoke on the future of Reed."],
                   ["The board will decide the future of Tom Reed in May.", "Fares rose."])
    future = pile.index.phrases["future"]
    assert not takes_complement(pile, future, ActorFact("Tom Reed", "person"))
    assert takes_complement(pile, future, ActorFact("Ann Vale", "person"))
    assert takes_complement(pile, future)


def test_a_word_in_s_after_a_subject_pronoun_is_told_as_a_verb_unless_a_determiner_opens_it_too():
    from briefing.compose.issues import told_as_verb
    # "The lawsuit seeks" reads like "the pay cuts"; "It also seeks" tells the verb
    pile = pile_of(["The lawsuit seeks to force Tarvel council to cut fares.", "Tom Reed backed it."],
                   ["It also seeks damages for the crews.", "The lawsuit seeks an apology."])
    assert told_as_verb(pile, pile.index.phrases["seek"])
    # "the demands" is a noun whatever "it also demands" makes of it
    pile = pile_of(["Ann Vale rejected the demands of the crews.", "The demands were unfair."],
                   ["It also demands a pay rise for the crews.", "The union demands talks."])
    assert not told_as_verb(pile, pile.index.phrases["demand"])


def test_a_word_the_texts_always_follow_by_an_object_is_a_verb_not_a_matter():
    from briefing.compose.issues import takes_object
    # "films include Tarvel Nights": after a plural noun, "include" reads like the head of "film include"
    pile = pile_of(["The actor, whose films include Tarvel Nights and Harwick Road, said fares were unfair.",
                    "Tom Reed backed the crews."],
                   ["Ann Vale, whose films include The Harwick Years, agreed.", "Her hits include Tarvel Nights."])
    assert takes_object(pile, pile.index.phrases["film include"])
    assert takes_object(pile, pile.index.phrases["include"])
    # a noun is followed by its verb or a preposition ("fares rose", "the fares of the crews")
    pile = pile_of(["Ferry fares rose in May.", "Ferry fares of the crews were cut."],
                   ["Ann Vale said ferry fares were unfair.", "Tom Reed backed the crews."])
    assert not takes_object(pile, pile.index.phrases["ferry fare"])


def test_a_country_heads_a_matter_in_the_possessive_but_its_short_form_as_a_modifier():
    from briefing.compose.issues import Candidate, heading
    from briefing.model import ActorFact
    pile = pile_of(["Tarvel will tighten the border checks.", "Lorry drivers oppose the border checks."],
                   ["Tarvel defended the border checks on Friday.", "The border checks start in June."])
    phrase = pile.index.phrases["border check"]
    tarvel = ActorFact("Tarvel", "country")
    assert heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=tarvel)) \
        == "Tarvel's border checks"          # was "Tarvel border checks"
    pile = pile_of(["The TR will tighten the border checks.", "Lorry drivers oppose the border checks."],
                   ["The TR defended the border checks on Friday.", "The border checks start in June."])
    phrase = pile.index.phrases["border check"]
    short = ActorFact("TR", "country")
    assert heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=short)) == "TR border checks"


def test_a_persons_matter_made_only_of_the_commonest_words_heads_no_issue(tmp_path):
    # Tom Reed's "time" is his career, no matter a reader could place; his pay claim is one
    docs = {"a.txt": ("Tom Reed said his time at the harbour board had been happy.\n\n"
                      "The harbour toll angered the crews.\n\n"
                      "Tom Reed lodged a pay claim with the board.\n"),
            "b.txt": ("Ann Vale backed the harbour toll on Monday.\n\n"
                      "Tom Reed spent most of that time on the quay, Tarvel said.\n"),
            "c.txt": "Fares rose in May.\n\nAnn Vale said the harbour toll was unfair.\n",
            "d.txt": ("The dredging contract went to a Tarvel firm.\n\n"
                      "Tom Reed looked back on his time with pride.\n\n"
                      "The board rejected Tom Reed's pay claim.\n"),
            "e.txt": "Ann Vale said the dredging contract was too long.\n\nThe dredging contract runs for ten years.\n"}
    names = [i.name for i in section(brief_from(tmp_path, docs), "issues").issues]
    assert "Dredging contract" in names
    assert not any(n.endswith("time") for n in names), names


def test_a_named_contest_law_or_treaty_is_a_matter_where_other_names_are_not():
    from briefing.compose.issues import candidates
    pile = pile_of(["Hauliers fear the Harwick Open will be cancelled.", "The Harwick Open drew 4,000 fans.",
                    "The Tarvel Protocol caps the dock levy.", "Ann Vale read the Morning Digest."],
                   ["Tom Reed wants the Tarvel Protocol scrapped.", "Sponsors left the Harwick Open in May.",
                    "The Morning Digest printed the letter."])
    keys = {c.phrase.key for c in candidates(pile)}
    assert {"harwick open", "tarvel protocol"} <= keys
    assert "morning digest" not in keys


def test_a_title_a_season_is_played_for_is_a_matter_where_other_names_are_not():
    from briefing.compose.issues import candidates
    pile = pile_of(["Harwick are chasing a first Grand Slam since 1960.", "A Grand Slam would crown the coach's year.",
                    "Harwick also want the Triple Crown.", "Ann Vale read the Morning Digest."],
                   ["Tom Reed says talk of the Grand Slam is premature.", "The Triple Crown is still open.",
                    "The Morning Digest printed the letter."])
    keys = {c.phrase.key for c in candidates(pile)}
    assert {"grand slam", "triple crown"} <= keys
    assert "morning digest" not in keys


def test_a_name_is_headed_in_full_where_every_use_runs_on_past_its_key_phrase():
    from briefing.compose.issues import candidates, heading
    pile = pile_of(["The Protection of Harbour Workers Act will be amended.",
                    "Unions want the Protection of Harbour Workers Act kept.",
                    "The Harwick Convention on Ferry Safety binds both states."],
                   ["Tom Reed says the Protection of Harbour Workers Act costs jobs.",
                    "Tarvel signed the Harwick Convention on Ferry Safety in May."])
    headings = {c.phrase.key: heading(pile, c) for c in candidates(pile)}
    assert headings["harbour worker act"] == "Protection of Harbour Workers Act"
    assert headings["harwick convention"] == "Harwick Convention on Ferry Safety"
    mixed = pile_of(["The Protection of Harbour Workers Act will be amended.",
                     "Unions want the Harbour Workers Act kept."],
                    ["Tom Reed says the Harbour Workers Act costs jobs."])
    assert {heading(mixed, c) for c in candidates(mixed)} == {"Harbour Workers Act"}
    dated = pile_of(["Ann Vale spoke at the Harwick Summit on Monday."], ["Tom Reed left the Harwick Summit on Monday."])
    assert {heading(dated, c) for c in candidates(dated)} == {"Harwick Summit"}


def test_what_the_texts_call_an_actor_in_its_role_is_no_matter_but_what_it_heads_is():
    from briefing.compose.issues import candidates
    from briefing.model import ActorFact
    documents = (["Bolderco, the jet fuel supplier, lost $50m.", "The jet fuel supplier blamed the ferry inquiry.",
                  "Ann Vale heads the ferry inquiry."],
                 ["Shares in the jet fuel supplier fell.", "The ferry inquiry reports in May."])
    plain = {c.phrase.key for c in candidates(pile_of(*documents))}
    assert {"jet fuel supplier", "ferry inquiry"} <= plain
    actors = [ActorFact("Bolderco", "organization", role="scandal-hit jet fuel supplier"),
              ActorFact("Ann Vale", "person", role="head of the ferry inquiry")]
    described = {c.phrase.key for c in candidates(pile_of(*documents, actors=actors))}
    assert "jet fuel supplier" not in described
    assert "ferry inquiry" in described


def test_whom_something_is_told_is_not_what_the_sentence_is_about():
    from briefing.model import ActorFact, SentenceRef
    refs = [SentenceRef(0, 0), SentenceRef(0, 1), SentenceRef(1, 0)]
    pile = pile_of(["Ann Vale told the Harwick Post the dock levy would rise.", "The Harwick Post printed the levy tables."],
                   ["The Harwick Post's owners sold the paper."],
                   actors=[ActorFact("Harwick Post", "organization", mention_refs=refs)])
    [(_, named)] = pile.actors
    assert named == {SentenceRef(0, 1), SentenceRef(1, 0)}


@pytest.mark.parametrize(("role", "expected"), [("Harwick Digest journalist", "Staffing shortfall"),
                                                 ("ferry union leader", "Ann Vale's staffing shortfall")])
def test_a_matter_told_in_a_commentators_words_is_not_headed_with_the_commentator(tmp_path, role, expected):
    # the one who says it in most of the matter's sentences is a party to it, unless their role
    # is to comment on the story (a journalist, an analyst)
    docs = {"a.txt": ("Ferry crews strike over pay\n\nFerry crews walked out on Monday over the pay offer.\n\n"
                      f"Ann Vale, a {role}, said the staffing shortfall had been hidden for years.\n\n"
                      "The operator said the pay offer was final.\n"),
            "b.txt": ("Talks on ferry pay stall\n\nThe pay offer was rejected by the crews.\n\n"
                      "Ann Vale said the staffing shortfall left the night ferries without cooks.\n\n"
                      "Commuters said the timetable cuts had made the journey to work impossible.\n"),
            "c.txt": ("Ferry strike spreads\n\nThe strike spread to the island routes.\n\n"
                      "The timetable cuts hit the island hardest.\n\n"
                      "Tom Reed, the harbour master, said the pay offer was fair.\n")}
    names = [i.name for i in section(brief_from(tmp_path, docs), "issues").issues]
    assert expected in names, names


def test_a_role_is_headed_by_its_last_word_before_a_preposition():
    from briefing.compose.issues import role_head
    assert role_head("Harwick Digest journalist") == "journalist"
    assert role_head("market analysts with Tarvel Research") == "analyst"
    assert role_head("head of the ferry inquiry") == "head"
    assert role_head("") == ""


@pytest.mark.parametrize("quoted", [True, False])
def test_a_word_the_texts_use_mostly_inside_quotation_marks_heads_no_issue_alone(tmp_path, quoted):
    # "the morale" recurs in three reports, as "the dredging contract" does; where the people quoted
    # use it ("We showed real morale"), it is what they say in passing, not a matter the reporters name
    said = [("\"We showed real morale on the quay,\" Tom Reed said.",
             "The crews showed real morale on the quay, Tom Reed said."),
            ("Ann Vale said: \"The morale of the crews is good.\"",
             "Ann Vale said the morale of the crews was good."),
            ("\"I think the morale will carry us through,\" she added.",
             "The morale of the crews will carry them through, Tarvel said.")]
    lines = [q if quoted else r for q, r in said]
    docs = {"a.txt": f"{lines[0]}\n\nThe harbour toll angered the crews.\n",
            "b.txt": f"Ann Vale backed the harbour toll on Monday.\n\n{lines[1]}\n",
            "c.txt": "Fares rose in May.\n\nTom Reed said the harbour toll was unfair.\n",
            "d.txt": f"The dredging contract went to a Tarvel firm.\n\n{lines[2]}\n",
            "e.txt": "Ann Vale said the dredging contract was too long.\n\nTom Reed praised the quay.\n"}
    names = [i.name for i in section(brief_from(tmp_path, docs), "issues").issues]
    assert "Dredging contract" in names
    assert any(n.split()[0] == "Morale" for n in names) != quoted, names     # "Morale of crews", as written


def test_a_word_is_inside_quotation_marks_opened_before_it_or_closed_after_it():
    from briefing.compose.issues import inside_quotation
    opened = '"We showed real morale," he said.'
    assert inside_quotation(opened, opened.index("morale"))
    curly = "She said: “The morale is good.” Then she spoke of the morale of the crews."
    assert inside_quotation(curly, curly.index("morale"))
    assert not inside_quotation(curly, curly.rindex("morale"))
    # the last sentence of a quotation of several paragraphs closes a quotation opened before it
    closing = 'The morale will carry us through."'
    assert inside_quotation(closing, closing.index("morale"))
    reported = "The crews showed real morale, Tom Reed said."
    assert not inside_quotation(reported, reported.index("morale"))


def test_a_matter_of_one_word_written_capitalised_inside_a_name_is_headed_by_the_whole_name():
    from briefing.compose.issues import candidates, heading
    pile = pile_of(["The skippers can appeal to the Panel of Conciliation for Ferries.",
                    "An appeal to the Panel of Conciliation for Ferries takes weeks."],
                   ["Tom Reed said the Panel of Conciliation for Ferries would hear the case.",
                    "He had hoped to avoid conciliation."])
    headings = {c.phrase.key: heading(pile, c) for c in candidates(pile)}
    assert headings.get("conciliation") == "Panel of Conciliation for Ferries", headings
    # written in lower case inside its sentences, the word is a matter of its own, not a name's word
    plain = pile_of(["The skippers asked for conciliation with the port.",
                     "Talks on conciliation with the port of Harwick failed."],
                    ["Tom Reed said conciliation with the port was over."])
    assert {c.phrase.key: heading(plain, c) for c in candidates(plain)}.get("conciliation") == "Conciliation"


def test_a_phrase_ending_the_name_of_whom_something_is_told_is_no_matter():
    from briefing.compose.issues import told_to
    told = ["Ann Vale told the Harwick Digest website the ferry levy would rise.",
            "Tom Reed told the Harwick Digest website that skippers would strike."]
    pile = pile_of(told, ["The Harwick Digest website ran the story first."])
    website = next(p for p in pile.index.phrases.values() if p.words[-1] == "website")
    assert told_to(pile, website)
    plain = pile_of(["Skippers read the website daily.", "The website crashed."], told)
    assert not told_to(plain, next(p for p in plain.index.phrases.values() if p.key == "website"))


def test_a_country_its_matters_sentences_name_only_as_a_place_or_object_does_not_head_it():
    from briefing.compose.issues import Candidate, heading
    from briefing.model import ActorFact
    tarvel = ActorFact("Tarvel", "country")
    pile = pile_of(["Donors sent food relief to Tarvel.", "The food relief arrived late."],
                   ["Aid groups want food relief for Tarvel and Harwick.", "Food relief ran short in May."])
    phrase = pile.index.phrases["food relief"]
    assert heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=tarvel)) == "Food relief"
    # a defeat by Tarvel is its opponent's
    pile = pile_of(["Harwick slumped to a heavy defeat by Tarvel.", "The heavy defeat cost the coach his job."],
                   ["After the heavy defeat against Tarvel, fans left early.", "A heavy defeat was expected."])
    phrase = pile.index.phrases["heavy defeat"]
    assert heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=tarvel)) == "Heavy defeat"
    # acting, owning or modifying, it owns the matter
    for acting in ("Tarvel sent food relief to the coast.", "Tarvel's food relief arrived late.",
                   "The Tarvel food relief arrived late."):
        pile = pile_of([acting, "The food relief arrived late."], ["Food relief ran short in May."])
        phrase = pile.index.phrases["food relief"]
        assert heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=tarvel)) \
            in ("Tarvel's food relief", "Tarvel food relief"), acting


def test_a_person_the_texts_write_as_the_modifier_of_a_matter_heads_it_as_one():
    from briefing.compose.issues import Candidate, heading
    from briefing.model import ActorFact
    reed = ActorFact("Tom Reed", "person")
    pile = pile_of(["Critics praised the Tom Reed biopic.", "The biopic opens in May."],
                   ["The Tom Reed biopic won a prize.", "Tom Reed died in 1990."])
    phrase = pile.index.phrases["biopic"]
    assert heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=reed)) == "Tom Reed biopic"
    pile = pile_of(["Critics praised Tom Reed's biopic.", "The biopic opens in May."],
                   ["The Tom Reed biopic won a prize.", "Tom Reed died in 1990."])
    phrase = pile.index.phrases["biopic"]
    assert heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=reed)) == "Tom Reed's biopic"


def test_a_person_s_name_before_the_matter_with_no_determiner_is_the_person_and_a_verb_not_a_modifier():
    from briefing.compose.issues import Candidate, heading
    from briefing.model import ActorFact
    reed = ActorFact("Tom Reed", "person")
    pile = pile_of(["Growth will slow next year, Tom Reed forecast.", "The forecast was too rosy, critics said."],
                   ["Tom Reed defended the forecast on Monday.", "The forecast is due in May."])
    phrase = pile.index.phrases["forecast"]
    assert heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=reed)) == "Tom Reed's forecast"
    # a determiner before the name, or before words that run on into it, opens a noun phrase the name modifies
    for opening in ("The Tom Reed forecast was too rosy.", "Critics found the first Tom Reed forecast too rosy."):
        pile = pile_of([opening, "Growth will slow next year."],
                       ["Tom Reed defended the forecast on Monday.", "The forecast is due in May."])
        phrase = pile.index.phrases["forecast"]
        assert heading(pile, Candidate(phrase, 1.0, pile.independent(phrase.refs), actor=reed)) == "Tom Reed forecast"


def test_a_short_pile_matter_in_other_sections_sentences_shows_those_no_section_shows_or_its_best_alone():
    from briefing.compose.issues import Selection, candidates
    from briefing.model import SentenceRef
    pile = pile_of(["The quay levy doubles the cost of a berth at Tellmark.", "Ms Varga said the quay levy is fair."],
                   ["Skippers fear the quay levy will empty the marina.", "The quay levy starts in May."],
                   ["The night ferry lost money again.", "The council may sell the night ferry."],
                   ["Crews say the night ferry keeps the island alive.", "The night ferry runs until June."])
    spec = next(s for s in load_template("standard").sections if s.kind == "issues")
    pool = {c.phrase.key: c for c in candidates(pile)}
    shown = {SentenceRef(0, 0), SentenceRef(1, 0), SentenceRef(1, 1)}   # by the background and outlook
    shown |= {SentenceRef(d, i) for d in (2, 3) for i in (0, 1)}
    pile.ctx.used.update(shown)
    pile.ctx.shown.update(shown)
    chosen = Selection(pile, spec, 4, set())
    assert chosen.add(pool["quay levy"], shown_too=True)
    assert [s.text for s in chosen.issues[0].statements] == ["Ms Varga said the quay levy is fair."]
    # every sentence of the matter shown elsewhere: its best one alone, not all four again
    assert chosen.add(pool["night ferry"], shown_too=True)
    assert len(chosen.issues[1].statements) == 1


def carried_pile(copies: int) -> dict[str, str]:
    """Five reports on a harbour toll, `copies` of them carrying one warning word for word."""
    warning = "Mr Dalby of Harwick Mills warned that hauliers would send their lorries along the coast road.\n\n"
    reports = [("Harwick toll vote looms\n\n"
                "Councillors in Harwick vote on the harbour toll next week.\n\n"
                "The harbour toll would pay for new lock gates, officials said.\n\n"),
               ("Harwick toll splits council\n\n"
                "The harbour toll has split the ruling group on the council.\n\n"
                "Two councillors said they would vote against the harbour toll.\n\n"),
               ("Toll opponents march in Harwick\n\n"
                "Hundreds marched through Harwick on Saturday against the harbour toll.\n\n"
                "Organisers said the harbour toll would hurt the town's shops.\n\n"),
               ("Harbour toll plan revised\n\n"
                "Officials cut the proposed harbour toll for fishing boats on Monday.\n\n"
                "The revised harbour toll still faces a council vote.\n\n"),
               ("Harwick harbour toll explained\n\n"
                "The harbour toll would be charged on every vessel using the lock.\n\n"
                "Fishing crews have asked for the harbour toll to be phased in.\n\n")]
    return {f"{n}.txt": text + (warning if n < copies else "") for n, text in enumerate(reports)}


@pytest.mark.parametrize("copies, shown", [(3, True), (2, False)])
def test_a_sentence_most_reports_carry_is_a_matter_on_that_one_sentence(tmp_path, copies, shown):
    # the warning is one sentence however many reports carry it: told by three of five, most of
    # them, its matter is an issue; by two, a phrase used once, it is not
    template = load_template("standard")
    template.sections = [s for s in template.sections if s.kind != "summary"]
    issues = section(brief_from(tmp_path, carried_pile(copies), template), "issues").issues
    telling = [i for i in issues if any("coast road" in s.text for s in i.statements)]
    assert bool(telling) == shown
    assert all(len(i.statements) == 1 for i in telling)


def completed_name_of(key: str, *documents: list[str], complements: bool = True) -> str | None:
    """`completed_name` of the pile's matter `key`, headed without its actor, shown by the pile's every
    sentence."""
    from briefing.compose.issues import completed_name
    pile = pile_of(*documents)
    matter = next(c for c in pile_candidates(pile) if c.phrase.key == key)
    return completed_name(pile, matter, sorted(pile.refs), complements)


def test_a_one_word_matter_is_headed_with_the_complement_its_sentences_write_it_with():
    assert completed_name_of("rebellion", ["Ministers face a rebellion over the dock levy.", "The rebellion grew."],
                             ["The dock levy funds the quay.", "Whips fear the rebellion."]) == "Rebellion over dock levy"
    # "on" joins a verb's phrase as often as a noun's: only where the texts write the matter before it twice
    assert completed_name_of("record", ["Tom Reed set a record on his debut.", "The record stood."],
                             ["Fans cheered the record.", "The debut was in May."]) is None
    assert completed_name_of("cap", ["A cap on fares starts soon.", "The cap was agreed."],
                             ["Ferry firms oppose the cap on fares.", "Fares fell."]) == "Cap on fares"


def test_a_complement_that_is_a_date_a_figure_or_the_commonest_words_completes_no_heading():
    assert completed_name_of("report", ["The report of March was late.", "The report cost £4m."],
                             ["Critics read the report.", "March was wet."]) is None
    assert completed_name_of("immediacy", ["The immediacy of the thing struck him.", "Its immediacy helped."],
                             ["Such immediacy is rare.", "The thing was new."]) is None


def test_a_matter_is_headed_with_the_owner_its_sentences_name_in_the_possessive_but_no_day_is_an_owner():
    assert completed_name_of("judgement", ["Lawyers read the Tarvel Bench's judgement.", "The judgement ran long."],
                             ["Ministers will study the judgement.", "The Tarvel Bench sat late."]) \
        == "Tarvel Bench's judgement"
    assert completed_name_of("final", ["Sunday's final drew crowds.", "The final was close."],
                             ["Fans left the final early.", "Sunday was cold."]) is None
    # an owner of the longer phrase the word modifies there is none of the matter's
    assert completed_name_of("budget", ["Tarvel's budget airline grew.", "The budget was cut."],
                             ["Ministers set the budget.", "A budget airline flies daily."]) is None
    # a matter opening on a name of its own takes no owner: "Tarvel's Harwick Cup" says no more
    assert completed_name_of("harwick cup", ["Tarvel's Harwick Cup run ended.", "The Harwick Cup final is set."],
                             ["Fans love the Harwick Cup.", "Tarvel lost."]) is None
    # a matter of several words takes its owner, not a complement
    assert completed_name_of("quay tariff", ["The Harwick Party's quay tariff failed.", "A quay tariff over the quay."],
                             ["Dockers backed a quay tariff.", "The quay closed."], complements=False) \
        == "Harwick Party's quay tariff"


def test_a_heading_is_completed_only_by_a_form_a_shown_statement_writes():
    from briefing.compose.issues import completed_name
    from briefing.model import SentenceRef
    pile = pile_of(["Voters recall Ruritania's election of 2001.", "The election is due in May."],
                   ["Parties began the election race.", "Turnout in the election may fall."])
    matter = next(c for c in pile_candidates(pile) if c.phrase.key == "election")
    assert completed_name(pile, matter, [SentenceRef(0, 1), SentenceRef(1, 0)]) is None
    assert completed_name(pile, matter, [SentenceRef(0, 0), SentenceRef(0, 1)]) == "Ruritania's election"


def test_a_matter_named_by_one_word_is_not_headed_by_a_subject_and_the_verb_it_takes_an_object_by():
    from briefing.model import SentenceRef
    pile = pile_of(["The film shows Mr Dalby mocking the harbour tax, a speech writer said.",
                    "The film shows the private side of the speech writer at home with the tax."],
                   ["The tax was unveiled by the treasurer.", "Critics say the tax favours pensioners."])
    assert specific_name_of(pile, "tax", [SentenceRef(0, 0), SentenceRef(0, 1)]) != "Film shows tax"
