from analysis_helpers import document
from briefing.analysis.actors import find_actors
from briefing.compose.title import brief_title, headline_matter
from briefing.model import Corpus


def titled_corpus(*pairs):
    docs = []
    for i, (headline, body) in enumerate(pairs):
        doc = document(f"{headline}\n\n{body}", f"doc{i}.txt")
        doc.title = headline
        docs.append(doc)
    return Corpus.of(docs)


def test_title_is_the_shared_headline_matter_and_the_main_actors_not_briefing():
    corpus = titled_corpus(
        ("Dock strike spreads to second port", "Dockers Union leader Mara Quint said the strike would go on. "
         "Quint said pay was the issue. Harlow Shipping said wages were fair."),
        ("Dock strike talks collapse", "Mara Quint, the union leader, said talks failed. "
         "Harlow Shipping said it had offered more."),
        ("Shipping firms count cost of dock strike", "Harlow Shipping said losses were mounting. "
         "Quint said members would not give in."))
    title = brief_title(corpus, find_actors(corpus))
    assert title.startswith("Dock strike: ")
    assert "Quint" in title and title != "Briefing"
    assert all(word.strip(":") in " ".join(d.text for d in corpus.documents) for word in title.split() if word != "and")


def test_matter_needs_two_headlines_and_leaves_names_out():
    assert headline_matter(["Flood waters rise in Varel", "Varel braces for more flood waters"], {"varel"}) \
        == "Flood waters"
    assert headline_matter(["Orchard harvest begins", "Council approves budget"], set()) == ""


def test_one_document_keeps_its_own_title():
    corpus = titled_corpus(("Council approves budget", "The council approved the budget on Monday."))
    assert brief_title(corpus, find_actors(corpus)) == "Council approves budget"


def test_without_a_shared_headline_matter_the_main_actors_are_named_in_full():
    corpus = titled_corpus(
        ("Ostrava welcomes envoy", "President Dana Kovacs met Premier Ilya Marten in Ostrava on Monday. "
         "Kovacs said the talks were useful, Marten said."),
        ("Ports reopen after talks", "President Dana Kovacs and Premier Ilya Marten agreed to reopen the ports. "
         "Marten said trade would resume, Kovacs said."))
    title = brief_title(corpus, find_actors(corpus))
    assert "Dana Kovacs" in title and "Ilya Marten" in title


def test_a_quoted_matter_is_named_without_its_closing_quotation_mark():
    assert headline_matter(["Ferry hailed as 'greatest gadget'", "Readers vote ferry 'greatest gadget'"], set()) \
        == "Greatest gadget"


def test_titles_made_from_opening_words_are_no_headlines_to_take_the_matter_from():
    corpus = titled_corpus(
        ("The committee met on Monday", "The committee met on Monday. Mara Quint said talks would go on."),
        ("The committee met again", "The committee met again. Mara Quint said pay was the issue."))
    assert brief_title(corpus, find_actors(corpus)).startswith("Committee")
    for doc in corpus.documents:
        doc.title_generated = True
    assert not brief_title(corpus, find_actors(corpus)).startswith("Committee")


def test_a_one_word_matter_takes_the_word_the_reports_write_with_it():
    corpus = titled_corpus(
        ("Ban comes into force", "The grazing ban began on Friday. Farmers said the grazing ban was unfair."),
        ("Farmers defy ban", "Harlow farmers said they would test the grazing ban. The ban is clear, officials said."),
        ("Ban support falls", "Support for the ban has fallen. A poll found the grazing ban less popular."))
    assert brief_title(corpus, find_actors(corpus)).startswith("Grazing ban")
    modifier = titled_corpus(
        ("New terror curbs unveiled", "Terror suspects will face curfews. Ministers said terror suspects could appeal."),
        ("Terror move attacked", "Lawyers said terror suspects had rights. The terror suspects were held."))
    assert brief_title(modifier, find_actors(modifier)).startswith("Terror suspects")
    plain = titled_corpus(("Strike spreads", "The strike went on. Workers joined the strike."),
                          ("Strike talks fail", "Talks to end the strike failed on Monday."))
    assert brief_title(plain, find_actors(plain)).startswith("Strike")


def test_a_one_word_matter_made_fuller_keeps_the_capital_of_a_name():
    place = titled_corpus(
        ("Africa floods hit farms", "Rains swept southern Africa. Farms in southern Africa were lost."),
        ("Africa counts the cost", "Towns of southern Africa were cut off. Aid reached southern Africa."))
    assert brief_title(place, find_actors(place)) == "Southern Africa"


def test_a_one_word_matter_takes_no_word_that_works_as_a_preposition():
    worth = titled_corpus(
        ("Harwick seals deal", "Harwick signed a deal worth $2bn. The deal worth $2bn includes ten ships."),
        ("Tarvel deal agreed", "Tarvel agreed a deal worth $1bn. Its deal worth $1bn was welcomed."))
    assert brief_title(worth, find_actors(worth)) == "Deal"


def test_a_word_for_people_is_no_matter_the_next_shared_word_is():
    headlines = ["Harwick pair face doping hearing", "Doping hearing delayed for sprint pair",
                 "Pair deny missing tests", "Coach backs pair", "Ministers back doping hearing", "Ministers split"]
    assert headline_matter(headlines, {"harwick"}) == "Doping hearing"
    assert headline_matter(["Labour MPs rebel", "MPs vote on rail plan", "Rail plan passes", "MPs to sit late"],
                           set()) == "Rail plan"


def test_a_pile_on_many_matters_takes_no_matter_from_a_word_few_headlines_share():
    headlines = ["Harwick set to raise rates", "Tarvel set for poll"] + [f"Topic{i} matter{i}" for i in range(20)]
    assert headline_matter(headlines, {"harwick", "tarvel"}) == ""
    assert headline_matter(headlines[:2] + headlines[2:5], {"harwick", "tarvel"}) == "Set"


def test_a_matter_opening_on_a_name_written_with_an_inner_capital_keeps_its_lower_case_first_letter():
    headlines = ["Harwick unveils new iPlayer", "iPlayer sales beat forecasts", "Tarvel rivals the iPlayer"]
    assert headline_matter(headlines, {"harwick", "tarvel"}) == "iPlayer"
    assert headline_matter(["Flood waters rise", "Flood waters fall"], set()) == "Flood waters"


def test_a_name_word_a_headline_writes_in_lower_case_is_a_matter_word_there():
    # "casino" is a word of the Tarvel Casino Association's name, but the headlines write it as
    # a common noun; written with a capital, as title-case headlines write every word, it stays out
    names = {"vale", "tarvel", "casino", "association"}
    assert headline_matter(["Vale confirms casino climbdown", "Tarvel casino plans shelved"], names) == "Casino"
    assert headline_matter(["Vale Confirms Casino Climbdown", "Tarvel Casino Plans Shelved"], names) == ""


def test_a_number_alone_is_no_matter_it_counts_people():
    headlines = ["Harwick four freed in weeks", "Harwick four questioned", "Tarvel says the four may go"]
    assert headline_matter(headlines, {"harwick", "tarvel"}) == ""
    assert headline_matter(["Four nations cup plan", "Four nations cup backed"], set()) == "Four nations cup"
