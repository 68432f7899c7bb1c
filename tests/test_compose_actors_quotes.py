from analysis_helpers import corpus
from briefing.analysis import analyse
from briefing.compose.actors import actors_section
from briefing.compose.context import ComposeContext
from briefing.compose.quotes import quotes_section, takes_stance
from briefing.model import run_to_end
from briefing.templates import SectionSpec, Template

TEXTS = (
    'Opposition leader Marcus Delane said: "How can they fight crime when they are fighting each other?" '
    'Chancellor Gordon Brill told reporters: "Of course I trust the prime minister." '
    '"It is very important that we all work in a unified way," Mr Brill added.',
    'Chancellor Gordon Brill told reporters: "Of course I trust the prime minister." '
    'Party co-chairman Liam Rook said: "The show of unity was the worst acting I have seen."',
)


def context(*texts, flags=None):
    c = corpus(*texts)
    for doc, flagged in (flags or {}).items():
        c.documents[doc].flags.extend(flagged)
    facts = run_to_end(analyse(c))
    return c, ComposeContext(c, facts, Template("test"))


def section(*texts, max_items=None, flags=None):
    _, ctx = context(*texts, flags=flags)
    return quotes_section(ctx, SectionSpec("quotes", "Key quotes", max_items=max_items))


def test_quote_text_is_verbatim_at_its_citation():
    c, ctx = context(*TEXTS)
    quotes = quotes_section(ctx, SectionSpec("quotes", "Key quotes")).quotes
    assert quotes
    for quote in quotes:
        first = quote.citations[0]
        doc = c.documents[int(first.source[1:]) - 1]
        assert doc.text[first.start:first.end] == quote.text


def test_repeated_quotation_appears_once_citing_every_source():
    trust = [q for q in section(*TEXTS).quotes if "trust the prime minister" in q.text]
    assert len(trust) == 1 and {c.source for c in trust[0].citations} == {"S1", "S2"}


def test_quotes_section_honours_max_items_and_hears_each_speaker_first():
    quotes = section(*TEXTS, max_items=3).quotes
    assert len(quotes) == 3
    assert len({q.speaker for q in quotes}) == 3


def test_a_speaker_quoted_in_more_documents_gets_more_places():
    said = ["We will rebuild every school in the valley", "The first classrooms open in spring",
            "Teachers will be paid through the summer", "Nobody will be left without a desk",
            "Builders from three regions are on their way", "The budget covers roofs and windows",
            "Parents can enrol children at the town hall", "Buses will run from the camps each morning"]
    texts = [f'Governor Ben Castell spoke on day {i}. "{said[2 * i]}," Mr Castell said. '
             f'"{said[2 * i + 1]}," Mr Castell said.' for i in range(4)]
    texts.append('Councillor Ada Nyquist spoke. "The plan comes far too late for my ward," Ms Nyquist said. '
                 '"We asked for help three years ago," Ms Nyquist said.')
    speakers = [q.speaker for q in section(*texts, max_items=4).quotes]
    assert speakers.count("Ben Castell") == 3 and len(set(speakers)) == 2


def test_the_main_voice_quoted_in_most_reports_is_heard_twice_before_a_voice_each_report_quotes_once():
    said = ["We will rebuild every school in the valley", "The first classrooms open in spring",
            "Teachers will be paid through the summer", "Nobody will be left without a desk",
            "Builders from three regions are on their way", "The budget covers roofs and windows",
            "Parents can enrol children at the town hall", "Buses will run from the camps each morning",
            "Every roof will be mended before the rains", "The old library becomes a school too"]
    others = ["Orla Venner", "Tobin Marsk", "Ilse Draycott", "Perrin Quaile", "Hedda Lunsford"]
    views = ["The plan comes far too late for my ward", "Our roads need mending long before any school",
             "Nobody asked the farmers what they wanted", "I have waited three years for this day",
             "The money should go to the clinic first"]
    texts = [f'Governor Ben Castell spoke on day {i}. "{said[2 * i]}," Mr Castell said. '
             f'"{said[2 * i + 1]}," Mr Castell said. Councillor {name} was there. '
             f'"{views[i]}," {name.split()[1]} said.' for i, name in enumerate(others)]
    speakers = [q.speaker for q in section(*texts, max_items=3).quotes]
    assert speakers[:2] == ["Ben Castell", "Ben Castell"] and len(set(speakers)) == 2


def test_a_speakers_second_document_comes_before_a_second_quote_from_the_first():
    texts = ['Governor Ben Castell spoke. "We will rebuild every school in the valley," Mr Castell said. '
             '"The first ones open in spring, as planned," Mr Castell said.',
             'Governor Ben Castell visited the site. "Nobody will be left without a classroom," Mr Castell said.']
    quotes = [q.text for q in section(*texts, max_items=2).quotes]
    assert any("classroom" in t for t in quotes) and any("valley" in t for t in quotes)


def test_whole_statements_come_before_words_picked_out_of_a_sentence():
    text = ('Governor Ben Castell said the rebuilding would be "slow but very thorough indeed" this year. '
            '"We will rebuild every school in the valley," Mr Castell said.')
    quotes = [q.text for q in section(text, max_items=1).quotes]
    assert quotes == ["We will rebuild every school in the valley,"]


def test_phrases_of_three_words_are_not_shown():
    text = ('Prime Minister Arthur Ferro dismissed the claims as a "load of nonsense" on Sunday. '
            '"What both of us concentrate on are the issues that concern the country," Mr Ferro said.')
    assert [q.text for q in section(text).quotes] == [
        "What both of us concentrate on are the issues that concern the country,"]


def test_a_short_phrase_opening_on_a_preposition_is_the_reporters_sentence_not_a_quote():
    text = ('Councillor Tom Reeve, the Harwick Central member, has pledged to take the matter "to the minister if '
            'necessary". "We will not let the club be sold to the highest bidder," Mr Reeve said. '
            'Mr Reeve called the offer "a threat to everything the town has built over a century". '
            'He said the sale would lead the club "down the road to ruin".')
    assert [q.text for q in section(text).quotes] == [
        "We will not let the club be sold to the highest bidder,",
        "a threat to everything the town has built over a century"]


def test_a_short_phrase_opening_on_a_determiner_or_a_negation_is_the_speakers_judgement():
    text = ('Campaigner Nora Vale spoke outside the court. Ms Vale called the ruling "a travesty of plain '
            'justice". She said the new figures "do not make sense at all". Ms Vale said the appeal would '
            'come "in the next few weeks".')
    assert [q.text for q in section(text).quotes] == [
        "a travesty of plain justice", "do not make sense at all"]


def test_a_capitalised_phrase_opening_a_quoted_sentence_the_reporter_interrupts_is_no_statement():
    text = ('Former finance chief Tom Reed gave evidence at Harwick. "At that point in time," Mr Reed said, '
            'referring to the first entries, "I knew it was wrong and I knew it was against the law." '
            'The court then adjourned. "In the end, we were told to change the figures," Mr Reed said.')
    assert [q.text for q in section(text).quotes] == [
        "I knew it was wrong and I knew it was against the law.",
        "In the end, we were told to change the figures,"]


def test_two_like_sentences_a_speaker_says_in_a_row_are_both_shown():
    text = ('Former finance chief Tom Reed gave evidence at Harwick. "We did not disclose these adjustments," '
            'he said. "We did not talk about these adjustments and the information was false."')
    assert [q.text for q in section(text).quotes] == [
        'We did not disclose these adjustments," he said. '
        '"We did not talk about these adjustments and the information was false.']


def test_a_report_giving_a_quotation_twice_in_other_words_shows_it_once():
    text = ('Minister Ann Vale attacked her rival. She said the claim was "at best misrepresentation at worst a '
            'downright lie".\n\nAt a rally later she added: "And to call that a cut is at best a '
            'misrepresentation, at worst a downright lie."')
    assert len(section(text).quotes) == 1


def test_a_quotation_reopened_sentence_by_sentence_is_shown_whole_and_verbatim():
    text = ('Mayor Ann Vale of Harwick said: "The bridge will reopen in May. "We have listened to the people '
            'who use it every day.\n\n"Nobody will pay a toll to cross it."\n\n'
            'Councillor Tom Reed said: "The repairs came far too late for my ward."')
    c, ctx = context(text)
    quotes = quotes_section(ctx, SectionSpec("quotes", "Key quotes")).quotes
    vale = [q for q in quotes if q.speaker == "Ann Vale"]
    assert len(vale) == 1
    assert vale[0].text.startswith("The bridge will reopen in May.")
    assert vale[0].text.endswith("Nobody will pay a toll to cross it.")
    first = vale[0].citations[0]
    assert c.documents[0].text[first.start:first.end] == vale[0].text


def test_words_picked_out_of_the_reporters_sentence_open_no_run_of_whole_statements():
    text = ('Airline chief Ann Vale spoke in Harwick. Ann Vale said the servers "did not all come back the way '
            'they left."\n\n"We are looking to be paid for every day we lost. Nobody will accept this."')
    _, ctx = context(text)
    quotes = quotes_section(ctx, SectionSpec("quotes", "Key quotes")).quotes
    assert [q.text for q in quotes] == ["We are looking to be paid for every day we lost. Nobody will accept this.",
                                        "did not all come back the way they left."]


def test_a_quotation_the_source_breaks_only_to_say_who_speaks_is_shown_whole_and_verbatim():
    text = ('Mayor Ann Vale of Harwick said: "The bridge will reopen in May." She added: "We have listened to '
            'the people who use it every day."\n\nCouncillor Tom Reed said: "The repairs came far too late."')
    c, ctx = context(text)
    quotes = quotes_section(ctx, SectionSpec("quotes", "Key quotes")).quotes
    assert [q.text for q in quotes] == [
        'The bridge will reopen in May." She added: "We have listened to the people who use it every day.',
        "The repairs came far too late."]
    first = quotes[0].citations[0]
    assert c.documents[0].text[first.start:first.end] == quotes[0].text


def test_a_quotation_goes_on_across_a_paragraph_break_after_its_reporting_clause():
    text = ('Mill owner Tom Dalby spoke at Harwick. "We will appeal against the ruling," Mr Dalby said.\n\n'
            '"The court did not hear half of our evidence."')
    assert [q.text for q in section(text).quotes] == [
        'We will appeal against the ruling," Mr Dalby said.\n\n"The court did not hear half of our evidence.']


def test_a_quotation_shown_already_is_not_carried_into_again():
    # the second report gives the appeal first, so it is shown first; the first report's remark before
    # it then goes on to no second copy of it
    first = ('Mill owner Tom Dalby spoke at Harwick on Monday. "The spring was the wettest we have known," '
             'Mr Dalby said. "We will appeal against the ruling."')
    second = 'Mill owner Tom Dalby said on Monday: "We will appeal against the ruling."'
    assert [q.text for q in section(first, second).quotes] == [
        "We will appeal against the ruling.", "The spring was the wettest we have known,"]


def test_quotations_with_the_reporters_own_words_between_them_stay_apart():
    text = ('Mill owner Tom Dalby spoke at Harwick. "We will appeal against the ruling," Mr Dalby said, adding '
            'that the mill would stay open. "The court did not hear half of our evidence."')
    assert [q.text for q in section(text).quotes] == [
        "We will appeal against the ruling,", "The court did not hear half of our evidence."]


def test_a_quotation_goes_on_past_a_reporting_clause_only_up_to_a_glance():
    long = " ".join(["We have listened to the people of the valley"] * 9)
    text = (f'Mill owner Tom Dalby spoke at Harwick. "We will appeal against the ruling," Mr Dalby said. '
            f'"{long}."')
    assert [q.text for q in section(text).quotes] == ["We will appeal against the ruling,", f"{long}."]


def test_words_picked_out_of_a_sentence_carry_no_quotation_on():
    text = ('Mill owner Tom Dalby called the ruling "a blow to every family in the valley," he said. '
            '"The court did not hear half of our evidence."')
    assert [q.text for q in section(text).quotes] == [
        "The court did not hear half of our evidence.", "a blow to every family in the valley,"]


def test_a_machine_paraphrased_source_gives_no_quotes():
    texts = ('Governor Ben Castell spoke. "We will rebuild every school in the valley," Mr Castell said.',
             'Governor Ben Castell spoke. "We will reconstruct every faculty within the vale," Mr Castell said.')
    quotes = section(*texts, flags={1: ["machine-paraphrase"]}).quotes
    assert [q.citations[0].source for q in quotes] == ["S1"]


def test_words_the_report_only_alleges_someone_said_are_not_shown_as_theirs():
    text = ('Minister Tom Reed met his deputy. In a new book Mr Reed is alleged to have told her: '
            '"There is nothing you could say to me now that I would believe." '
            'Mr Reed said: "Of course I trust my deputy and her judgement."\n\n'
            'Ann Vale, a lawyer, said the rival had reportedly quit. "We will appeal against the ruling," Ms Vale said.')
    shown = {q.text for q in section(text).quotes}
    assert shown == {"Of course I trust my deputy and her judgement.", "We will appeal against the ruling,"}


def test_actors_section_gives_roles_sources_citations_and_a_quote():
    c, ctx = context(*TEXTS)
    section = actors_section(ctx, SectionSpec("actors", "Key actors", max_items=2))
    assert len(section.actors) == 2
    brill = next(a for a in section.actors if a.name == "Gordon Brill")
    assert brill.role == "Chancellor" and brill.sources == ["S1", "S2"]
    cited = brill.citations[0]
    assert "Chancellor Gordon Brill" in c.documents[int(cited.source[1:]) - 1].text[cited.start:cited.end]
    assert brill.quote is not None and brill.quote.speaker == "Gordon Brill"


def test_an_actor_whose_reports_say_nothing_of_what_they_are_gets_no_empty_role_cell():
    texts = ('Marta Quell watched the water rise. "We lost the bakery," Ms Quell said on Tuesday.',
             'Marta Quell waited for news of the ferry. She said the town had no power, Ms Quell added.')
    c, ctx = context(*texts)
    quell = next(a for a in actors_section(ctx, SectionSpec("actors", "Key actors")).actors if a.name == "Marta Quell")
    assert quell.role == "role not stated in the sources"


def test_the_speakers_quotations_are_worked_out_once_for_the_actors_and_the_quotes_sections(monkeypatch):
    import briefing.compose.quotes as quotes

    calls = []
    original = quotes._speaker_quotes
    monkeypatch.setattr(quotes, "_speaker_quotes", lambda ctx: calls.append(ctx) or original(ctx))
    _, ctx = context(*TEXTS)
    actors = actors_section(ctx, SectionSpec("actors", "Key actors"))
    said = quotes_section(ctx, SectionSpec("quotes", "Key quotes"))
    assert len(calls) == 1
    assert any(a.quote for a in actors.actors) and said.quotes
    _, other = context(*TEXTS)
    quotes_section(other, SectionSpec("quotes", "Key quotes"))
    assert len(calls) == 2                   # a new context, worked out anew


def test_a_news_outlet_that_only_reports_is_no_key_actor_unless_a_headline_names_it():
    texts = ["Mayor Ann Vale told the Harwick Times the port would reopen. The Harwick Times said the port was shut.",
             "The mayor told the Harwick Times she was hopeful. Ann Vale said so again.",
             "Ann Vale said the port would reopen, the Harwick Times reported."]
    c, ctx = context(*texts)
    names = [a.name for a in actors_section(ctx, SectionSpec("actors", "Key actors")).actors]
    assert "Ann Vale" in names and "Harwick Times" not in names
    c.documents[0].title = "Harwick Times to cut 200 jobs"
    names = [a.name for a in actors_section(ComposeContext(c, ctx.facts, Template("test")),
                                            SectionSpec("actors", "Key actors")).actors]
    assert "Harwick Times" in names


def test_an_outlet_is_left_out_only_where_no_headline_names_it():
    from types import SimpleNamespace

    from briefing.analysis.actors import NEWS_OUTLET
    from briefing.compose.actors import reports_only
    from briefing.model import ActorFact

    def corpus(*titles):
        return SimpleNamespace(documents=[SimpleNamespace(title=t) for t in titles])

    outlet = ActorFact("Harwick Times", "organization", role=NEWS_OUTLET, aliases=["HT", "Times"])
    assert reports_only(corpus("Strike spreads", None, "Talks resume"), outlet)
    assert not reports_only(corpus("Strike spreads", "Harwick Times to cut 200 jobs"), outlet)
    assert not reports_only(corpus("Strike spreads", "Cuts at the Times."), outlet)          # an alias
    assert reports_only(corpus("HTML guide", "Timesheet rules", "Overtimes"), outlet)      # inside words
    assert not reports_only(corpus("Cuts at\nHT"), outlet)                                 # a line break in a title
    assert reports_only(corpus("Times\nTable"), ActorFact("Times\nTable", "organization", role=NEWS_OUTLET)) is False
    assert not reports_only(corpus("Strike spreads"), ActorFact("Harwick Times", "organization"))   # not an outlet


def test_a_body_its_reports_call_a_newspaper_is_an_outlet_that_may_only_report():
    from types import SimpleNamespace

    from briefing.compose.actors import reports_only
    from briefing.model import ActorFact

    titles = SimpleNamespace(documents=[SimpleNamespace(title="Strike spreads")])
    assert reports_only(titles, ActorFact("Le Tarvel", "organization", role="daily newspaper"))
    assert not reports_only(titles, ActorFact("Harwick Paper Mills", "organization", role="paper maker"))


def test_a_news_agency_cited_by_its_bare_name_only_reports():
    texts = ["Mayor Ann Vale told Reuters the port would reopen. Reuters said the port was shut.",
             "The mayor told Reuters she was hopeful. Ann Vale said so again, Reuters reported."]
    _, ctx = context(*texts)
    names = [a.name for a in actors_section(ctx, SectionSpec("actors", "Key actors")).actors]
    assert "Ann Vale" in names and "Reuters" not in names


def test_an_actor_named_once_in_passing_does_not_fill_the_list():
    texts = ["Mayor Ann Vale said the port would reopen on Monday. Ann Vale said dockers agreed.",
             "Ann Vale, the mayor, said the deal held. A similar strike hit Spain last year.",
             "Mayor Ann Vale said the port was open again."]
    _, ctx = context(*texts)
    names = [a.name for a in actors_section(ctx, SectionSpec("actors", "Key actors")).actors]
    assert "Ann Vale" in names and "Spain" not in names


def test_a_hedge_in_another_clause_of_the_sentence_leaves_the_quotation_on_record():
    text = ('After Ann Vale reportedly told him to go, Minister Tom Reed said: "I will not resign over this '
            'matter." The court sat again later. "We will appeal against the ruling," Mr Reed said, after Ms Vale '
            'reportedly said he had lost.')
    shown = {q.text for q in section(text).quotes}
    assert shown == {"I will not resign over this matter.", "We will appeal against the ruling,"}


def test_of_the_first_quotations_several_reports_carry_the_one_taking_a_stance_comes_first():
    texts = ['Mayor Ann Vale spoke at Harwick. "The hearing opened at the town hall on Monday," Ms Vale said.',
             'Mayor Ann Vale spoke at Harwick. "We will appeal against the ruling of the Tarvel board," Ms Vale said.']
    assert [q.text for q in section(*texts, max_items=1).quotes] == [
        "We will appeal against the ruling of the Tarvel board,"]


def test_a_quotation_several_reports_carry_comes_before_each_reports_own_first_one():
    texts = ['Mayor Ann Vale spoke at Harwick. "The hearing opened at the town hall on Monday," Ms Vale said. '
             '"The Tarvel board met in secret for three hours on Friday," Ms Vale said.',
             'Mayor Ann Vale spoke again. "Our lawyers read the papers through the night," Ms Vale said. '
             '"The Tarvel board met in secret for three hours on Friday," Ms Vale said.']
    assert [q.text for q in section(*texts, max_items=1).quotes] == [
        "The Tarvel board met in secret for three hours on Friday,"]


def test_a_quotation_opening_on_a_condition_takes_no_stance_of_its_own():
    assert takes_stance("It should be the judge who decides, not the minister.")
    assert takes_stance("I think the Harwick plan is a mistake.")
    assert not takes_stance("The hearing opened at the town hall on Monday.")
    assert not takes_stance("If you do, we will give you every support.")


def test_a_denial_takes_a_stance():
    assert takes_stance("The board's decision means nothing,")
    assert takes_stance("There is no confusion about the rules.")
    assert takes_stance("Tom isn't fit yet,")
    assert not takes_stance("The hearing opened at the town hall on Monday.")
    assert not takes_stance("Notably, the hearing opened at noon.")


def test_a_body_no_report_describes_gets_no_role_that_repeats_its_kind():
    texts = ("A recent survey by Harwick Vale predicted that sales would double.",
             "According to recent figures, Harwick Vale's profits tripled in the third quarter.")
    c, ctx = context(*texts)
    vale = next(a for a in actors_section(ctx, SectionSpec("actors", "Key actors")).actors if a.name == "Harwick Vale")
    assert (vale.kind, vale.role) == ("organization", "role not stated in the sources")
