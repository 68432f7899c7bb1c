from analysis_helpers import corpus
from briefing.analysis.actors import find_actors
from briefing.analysis.quotes import find_quotes


def quotes(*texts):
    c = corpus(*texts)
    return [(q.speaker, q.text) for q in find_quotes(c, find_actors(c))]


def test_speaker_named_after_the_quote():
    text = 'Professor Liu Ziyang spoke. "This visit should be understood as pragmatic," Liu said.'
    assert quotes(text) == [("Liu Ziyang", "This visit should be understood as pragmatic,")]


def test_speaker_named_before_the_quote_with_a_colon():
    text = 'Tory leader Michael Howard asked: "How can they fight crime when they are fighting each other?"'
    assert quotes(text) == [("Michael Howard", "How can they fight crime when they are fighting each other?")]


def test_he_said_resolves_to_the_person_just_mentioned():
    text = ("Kang Jun-young, a professor at Hankuk University, noted that President Lee Jae Myung could act. "
            "“If Beijing is lenient, it could be unacceptable for Seoul,” he added.")
    assert quotes(text) == [("Kang Jun-young", "If Beijing is lenient, it could be unacceptable for Seoul,")]


def test_curly_and_straight_marks_both_delimit_quotes():
    text = ('Analyst Niu Xiaoping said “ties are deepening fast now” on Monday. '
            'Niu Xiaoping also said "the talks will go on next year" later.')
    assert [t for _, t in quotes(text)] == ["ties are deepening fast now", "the talks will go on next year"]


def test_quote_over_several_sentences_with_reopened_marks():
    text = ('Journalist Robert Peston told the BBC: "They are not nearly as close as they once were. '
            '"What the book says is there is mutual mistrust.')
    got = quotes(text)
    assert got[0] == ("Robert Peston", "They are not nearly as close as they once were.")
    assert got[1][0] == "Robert Peston"


def test_partial_quote_in_reported_speech_keeps_the_speaker():
    text = ("Foreign Minister Wang Yi emphasized “seeking common ground while reserving differences,” "
            "while adding that both sides should “improve national sentiment and manage sensitivities.”")
    assert [s for s, _ in quotes(text)] == ["Wang Yi", "Wang Yi"]


def test_participle_takes_the_subject_of_its_clause():
    text = ("President Lee Jae Myung met former Prime Minister Taro Aso, describing both nations as "
            "“neighbors sharing a front yard.”")
    assert quotes(text) == [("Lee Jae Myung", "neighbors sharing a front yard.")]


def test_name_right_after_the_closing_mark_is_the_speaker():
    text = ('Defence lawyer Reid Weingarten questioned David Myers, a witness. "Not that I am aware of," '
            'Mr Myers replied. "Did you ever see him make an entry?" Mr Weingarten pressed.')
    assert [s for s, _ in quotes(text)] == ["David Myers", "Reid Weingarten"]


def test_scare_quotes_are_not_quotations():
    assert quotes('Tory co-chairman Liam Fox called them "juvenile" yesterday.') == []


def test_quote_ending_in_a_full_stop_is_not_attributed_by_the_next_sentence():
    text = ('Prime Minister Tony Blair told MPs: "Nothing will get in the way of a unified party." '
            "Labour's Paul Flynn said the pair had a scorching.")
    assert quotes(text) == [("Tony Blair", "Nothing will get in the way of a unified party.")]


def test_description_as_subject_names_the_speaker_by_role():
    text = ('Tory leader Michael Howard spoke first. Mr Blair said nothing. '
            'The Tory leader countered that deals had been struck. He declared: "He is the deals on meals '
            'prime minister." "You don\'t do deals over jobs like this," the Tory leader told reporters.')
    assert [s for s, _ in quotes(text)] == ["Michael Howard", "Michael Howard"]


def test_unattributed_quote_continues_the_speaker_of_the_paragraph_before():
    text = ('Health Secretary John Reid said: "Those who co-operate will know it."\n\n'
            '"They always do it by damaging the record of the government."\n')
    assert [s for s, _ in quotes(text)] == ["John Reid", "John Reid"]


def test_description_right_before_the_verb_outranks_the_source_named_earlier():
    texts = [f"Tony Blair spoke on day {i}. The prime minister said little." for i in range(3)]
    texts.append('Journalist Robert Peston wrote about Tony Blair. According to Mr Peston the prime minister said: '
                 '"Help me to get through the year and I will then stand down."')
    assert quotes(*texts) == [("Tony Blair", "Help me to get through the year and I will then stand down.")]


def test_pronoun_before_the_quote_refers_to_the_subject_of_its_own_sentence():
    text = ("Envoy Park Byeong-seug met officials. Similarly, Prime Minister Anthony Albanese made a long "
            "state visit to China last month, where he said that “Australia will remain a strong supporter "
            "of free trade,” according to a report.")
    assert [s for s, _ in quotes(text)] == ["Anthony Albanese"]


def test_an_organization_described_as_speaker_is_not_the_person_before_it():
    text = ('Chief executive Gerry Spindler resigned. The company said these actions should "restore '
            'profits within two years". "What sort of model is that?" the Labour MP for Birkenhead asked.')
    assert quotes(text) == [("Gerry Spindler", "What sort of model is that?")]


def test_name_after_the_quote_in_a_new_sentence_is_not_the_speaker():
    text = ('Historian John Guy won. The judges called it "an impressive and readable piece of scholarship". '
            'Guy has published many histories.')
    assert quotes(text) == []


def test_honorific_before_a_title_word_makes_it_a_surname():
    text = '"They just do what works," said Mr King, an analyst.'
    assert quotes(text) == [("King", "They just do what works,")]


def test_subject_before_a_long_appositive_is_the_speaker():
    text = ('After the ruling Carla Ferstman, legal director of the human rights organisation Redress, '
            'said: "It is not enough for the military to investigate behind closed doors."')
    assert [s for s, _ in quotes(text)] == ["Carla Ferstman"]


def test_a_spokesman_is_not_the_person_just_mentioned():
    text = 'Tory leader Michael Howard spoke. "We have no comment on the matter," the spokesman said.'
    assert quotes(text) == []
