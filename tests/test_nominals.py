"""Nouns of acts and the verbs they are made from, by English morphology."""

from briefing.analysis.nominals import act_verbs, verb_forms


def test_a_noun_made_by_a_suffix_names_the_act_of_its_verb():
    assert "resign" in act_verbs("resignation")
    assert "refuse" in act_verbs("refusal")
    assert "withdraw" in act_verbs("withdrawal")
    assert "suspend" in act_verbs("suspension")
    assert "impeach" in act_verbs("impeachment")
    assert "deny" in act_verbs("denial")
    assert "fail" in act_verbs("failure")


def test_irregular_nouns_of_acts_come_from_a_closed_list():
    assert act_verbs("lawsuit") == {"sue"}
    assert act_verbs("apology") == {"apologise", "apologize"}


def test_a_cut_that_is_no_english_word_or_no_act_links_no_verb():
    assert "inform" not in act_verbs("informal")
    assert "sign" not in act_verbs("signal")
    assert act_verbs("ban") == set()        # a noun that is its verb's own word


def test_verb_forms_follow_english_spelling():
    assert {"banned", "banning"} <= verb_forms("ban")
    assert {"resigned", "resigning"} <= verb_forms("resign")
    assert {"refused", "refusing"} <= verb_forms("refuse")
    assert {"denied", "denying"} <= verb_forms("deny")
    assert not any(f.endswith("s") for f in verb_forms("resign"))
