from briefing.analysis.claims import claim_parts, same_claim
from briefing.analysis.figures import figures


def test_one_figure_retold_in_other_words_is_one_claim():
    a = "Ann Vale becomes the third head of the Harwick works - which is expected to make a 400m euro ($500m) loss in 2004."
    b = "The works, best known for its marine engines, is expected to make a loss of about 400m euros in 2004."
    assert same_claim(a, b) and same_claim(b, a)


def test_a_different_figure_date_negation_or_mood_makes_two_claims():
    base = "The Harwick works is expected to make a loss of about 400m euros in 2004, its owners said."
    assert same_claim(base, "Its owners said the Harwick works is expected to make a 400m euro loss in 2004.")
    assert not same_claim(base, "Its owners said the Harwick works is expected to make a 600m euro loss in 2004.")
    assert not same_claim(base, "Its owners said the Harwick works is expected to make a 400m euro loss in 2005.")
    assert not same_claim(base, "Its owners said the Harwick works is not expected to make a 400m euro loss in 2004.")
    assert not same_claim(base, "Its owners said the Harwick works made a loss of about 400m euros in 2004.")


def test_one_sum_said_of_other_things_or_parties_is_no_one_claim():
    a = "Tom Reed was fined £2,000 and banned for six weeks for criticising a referee."
    assert same_claim(a, "The league fined Tom Reed £2,000 and banned him for six weeks for his criticism of a referee.")
    assert not same_claim(a, "Ann Vale was fined £2,000 and banned for six weeks for criticising a referee.")
    assert not same_claim("Harwick council spent £2m on the new bridge over the river.",
                          "Tarvel council will spend £2m on school meals next year.")


def test_a_number_in_a_name_is_no_figure_of_a_claim():
    # the two share their words but for what the firm does: read as a figure, "11" would join them
    a = "Tarvel Airways, in Chapter 11 bankruptcy protection, is cutting costs at its Harwick base."
    b = "Tarvel Airways, in Chapter 11 bankruptcy protection, is selling planes from its Harwick base."
    assert claim_parts(a)[0] == ()
    assert not same_claim(a, b)


def test_a_currency_named_in_the_singular_after_a_sum_is_money():
    assert [f.kind for f in figures("a 400m euro loss and a $2bn dollar bond")][:1] == ["money:€"]
    assert not [f for f in figures("a stamp costs 70 euro cents") if f.kind.startswith("money")]
    assert not [f for f in figures("the 12 euro zone countries grew by 2%") if f.kind.startswith("money")]


def test_a_word_and_its_plural_meet_even_where_the_word_ends_in_s():
    from briefing.analysis.claims import key
    assert key("loss") == key("losses") and key("business") == key("businesses")
    assert key("expects") == key("expected") and key("cuts") == key("cut")


def test_a_month_named_may_is_no_look_ahead():
    a = "The Harwick works made a loss of about 400m euros in May, its owners said."
    assert same_claim(a, "Its owners said the Harwick works made a 400m euro loss.")
    assert not same_claim(a, "Its owners said the Harwick works may make a 400m euro loss.")
