from briefing.analysis.collectives import collective_after, same_collective, short_collectives


def after(text, owner):
    found = collective_after(text, text.index(owner) + len(owner))
    return found and (text[text.index(owner):found[0]], found[1], found[2])


def test_a_country_s_collective_reads_its_kind_words_and_leaves_descriptors_out():
    assert after("Peru’s isolated military junta met.", "Peru") == ("Peru’s isolated military junta", ("military",), "junta")
    assert after("The Chilean army withdrew.", "Chilean") == ("Chilean army", (), "army")
    assert after("Peru's military aircraft landed.", "Peru") is None       # "military" qualifies "aircraft"


def test_the_head_must_be_followed_by_a_verb_a_function_word_or_punctuation():
    text = ("The government shouldn’t wait. Government buildings fell; the army troops left. "
            "The junta declares a truce, the junta’s spokesman said, and the military overthrew it.")
    found = short_collectives(text, {"government", "army", "junta", "military"})
    assert [c.written for c in found] == ["government", "junta", "junta", "military"]


def test_the_country_s_collective_is_marked_for_the_reader_to_place():
    (found,) = short_collectives("Exports fell, the country's trade ministry said.", {"ministry"})
    assert found.country_reference and found.kind_phrase == "trade ministry"


def test_a_short_form_fits_a_collective_of_its_kind_or_one_naming_its_head():
    assert same_collective("ministry", "", "ministry", "foreign")
    assert same_collective("military", "", "junta", "military")
    assert same_collective("junta", "military", "military", "")
    assert not same_collective("ministry", "defence", "ministry", "foreign")
    assert not same_collective("army", "", "junta", "military")
