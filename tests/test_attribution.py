from analysis_helpers import corpus
from briefing.analysis.actors import find_actors
from briefing.analysis.attribution import find_attributions


def attributions(text):
    c = corpus(text)
    return {ref.sentence: name for ref, name in find_attributions(c, find_actors(c)).items()}


def test_name_before_say_verb():
    assert attributions("Health Secretary John Reid said the reports were damaging.") == {0: "John Reid"}


def test_according_to_names_the_source():
    assert attributions("According to analyst Niu Xiaoping, the visit matters.") == {0: "Niu Xiaoping"}


def test_machine_paraphrased_say_verb_still_attributes():
    assert attributions("Professor Liu Ziyang mentioned that the visit could help.") == {0: "Liu Ziyang"}


def test_pronoun_subject_resolves_to_previous_sentence_subject():
    text = "Tory leader Michael Howard spoke in London. He said the government was split."
    assert attributions(text)[1] == "Michael Howard"


def test_sentence_without_say_verb_has_no_speaker():
    assert attributions("Tory leader Michael Howard visited London.") == {}
