from analysis_helpers import corpus
from briefing.analysis.actors import find_actors
from briefing.analysis.attribution import find_attributions


def attributions(text):
    c = corpus(text)
    return {ref.sentence: name for ref, name in find_attributions(c, find_actors(c)).items()}


def test_name_before_say_verb():
    assert attributions("Health Secretary Joan Reddy said the reports were damaging.") == {0: "Joan Reddy"}


def test_according_to_names_the_source():
    assert attributions("According to analyst Tomas Varga, the visit matters.") == {0: "Tomas Varga"}


def test_machine_paraphrased_say_verb_still_attributes():
    assert attributions("Professor Hana Oduya mentioned that the visit could help.") == {0: "Hana Oduya"}


def test_pronoun_subject_resolves_to_previous_sentence_subject():
    text = "Opposition leader Marcus Delane spoke in Tarvik. He said the government was split."
    assert attributions(text)[1] == "Marcus Delane"


def test_sentence_without_say_verb_has_no_speaker():
    assert attributions("Opposition leader Marcus Delane visited Tarvik.") == {}


def test_adverbs_and_a_day_between_subject_and_verb():
    text = "Opposition leader Marcus Delane on Sunday also repeatedly warned that the vote would fail."
    assert attributions(text) == {0: "Marcus Delane"}


def test_a_noun_that_looks_like_a_verb_is_not_one():
    text = "Prime Minister Arthur Ferro said the claims were false and dismissed these claims outright."
    assert attributions(text) == {0: "Arthur Ferro"}


def test_critics_said_is_attributed_to_nobody():
    text = "Prime Minister Arthur Ferro met the council. Critics said the plan would fail."
    assert attributions(text) == {}


def test_organization_is_a_speaker():
    text = "The Harbour Workers Union said on Monday that its members would strike."
    assert attributions(text) == {0: "Harbour Workers Union"}


def test_source_after_a_report_by_is_not_the_speaker():
    text = "Shipping line Meridane Freight Holdings grew. Profits rose, according to a report by Meridane Freight Holdings."
    assert 1 not in attributions(text)


def test_a_peer_named_with_the_seat_of_the_title_speaks():
    text = ('Lord Ashby of Tarrowby, in his ruling, said the detention was unlawful. '
            'Lord Ashby said more.')
    assert list(attributions(text).values())[:1] == ["Lord Ashby"]


def test_a_sentence_adverb_between_subject_and_say_verb_is_skipped():
    text = ("Finance Minister Tom Reed spoke in Tarvik. Opposition leader Ann Vale replied. "
            "The finance minister meanwhile said the budget was safe. Ann Vale however said it was not.")
    found = attributions(text)
    assert (found[2], found[3]) == ("Tom Reed", "Ann Vale")


def test_a_capitalised_preposition_in_a_title_after_said_leaves_the_title_holder_the_speaker():
    text = ('Dessa Morrick backed the Quenby harbour plan. Tobin Pellard doubted it. The plan needs more work, '
            'said Quenby Under Secretary Tobin Pellard.')
    assert attributions(text)[2] == "Tobin Pellard"


def test_a_descriptions_head_keeps_its_word_whole_where_the_role_lookup_looks_past_a_prefix():
    """referents.head_of answers the word's own singular, so that a plural shows ("the two MPs
    said" names nobody); roles.head_word answers the lexicon's entry the word may be."""
    from briefing.analysis.referents import head_of
    from briefing.analysis.roles import head_word

    words = ("MPs", "ex-minister", "agencies", "schools", "officials")
    assert [head_of(w) for w in words] == ["mp", "ex-minister", "agency", "school", "official"]
    assert [head_word(w) for w in words] == ["mps", "minister", "agency", "schools", "officials"]
