from analysis_helpers import corpus
from briefing.analysis.actors import find_actors
from briefing.analysis.attribution import speaker_clause
from briefing.analysis.names import Mention
from briefing.analysis.quotes import find_quotes, is_title
from briefing.analysis.referents import DocumentSpeakers


def quotes(*texts):
    c = corpus(*texts)
    return [(q.speaker, q.text) for q in find_quotes(c, find_actors(c))]


def speakers(*texts):
    return [s for s, _ in quotes(*texts)]


# --- where the speaker is named --------------------------------------------------------------

def test_speaker_named_after_the_quote():
    text = 'Professor Hana Oduya spoke. "This visit should be understood as pragmatic," Oduya said.'
    assert quotes(text) == [("Hana Oduya", "This visit should be understood as pragmatic,")]


def test_a_surname_misspelt_by_a_letter_speaks_for_the_person_the_report_named():
    text = ("Agent Orwen Tallack says no offer has come in. Tallak says the player wants to stay. "
            '"He wants to stay in the city and finish the season," said Tallak.')
    assert speakers(text) == ["Orwen Tallack"]


def test_a_surname_that_is_a_common_word_opening_a_sentence_is_the_person_of_that_surname():
    # the report never writes the full name (a link the copy lost); another report gives it
    first = "Tom Kettle won the title in straight sets. Tom Kettle is the top seed."
    second = ("The champion beat Ann Pebble in four sets. Kettle admitted he was tired. "
              '"I had a bad start but I came back well," he said.')
    assert speakers(first, second) == ["Tom Kettle"]


def test_a_common_plural_opening_a_sentence_before_said_names_nobody():
    text = ("Analysts said the firm was in trouble. Tom Pebble, its chief, was upbeat. "
            'Critics said "this plan will never work at all".')
    assert "Critics" not in speakers(text) and "Analysts" not in {a.name for a in find_actors(corpus(text))}


def test_a_common_word_opening_a_name_read_as_a_persons_is_not_that_person_alone():
    # "Golden Tarvexa" (a club) reads as a person's name; "Golden" alone, opening the title of the
    # person named next, is not that person and takes no pronoun
    text = ("Golden Tarvexa will finish their match against Kellam on Sunday. Golden director of sport "
            'Ann Pebble praised the fans. "They showed great maturity and patience," she said.')
    assert speakers(text) == ["Ann Pebble"]


def test_speaker_named_before_the_quote_with_a_colon():
    text = 'Opposition leader Marcus Delane asked: "How can they fight crime when they are fighting each other?"'
    assert quotes(text) == [("Marcus Delane", "How can they fight crime when they are fighting each other?")]


def test_a_clause_opening_on_a_conjunction_after_the_closing_mark_is_the_next_quotations():
    text = ('Senator Ilka Brenholt spoke in Tarvelo. Mayor Ott Quessy spoke too. Ms Brenholt said a vote for '
            'the mayor would "let the old guard back in for years", while Mr Quessy said her plan meant '
            '"higher rents for every family in town".')
    assert quotes(text) == [("Ilka Brenholt", "let the old guard back in for years"),
                            ("Ott Quessy", "higher rents for every family in town")]


def test_curly_and_straight_marks_both_delimit_quotes():
    text = ('Analyst Tomas Varga said “ties are deepening fast now” on Monday. '
            'Tomas Varga also said "the talks will go on next year" later.')
    assert [t for _, t in quotes(text)] == ["ties are deepening fast now", "the talks will go on next year"]


def test_name_right_after_the_closing_mark_is_the_speaker():
    text = ('Defence lawyer Pietro Valens questioned David Orrin, a witness. "Not that I am aware of," '
            'Mr Orrin replied. "Did you ever see him make an entry?" Mr Valens pressed.')
    assert speakers(text) == ["David Orrin", "Pietro Valens"]


def test_inverted_attribution_with_any_reporting_verb_and_a_role_before_the_name():
    text = ('Talks ended at dawn. "It is a paltry sum for the damage done," thundered Ruritania\'s delegate '
            'Ines Kalder. Ines Kalder left early.')
    assert quotes(text) == [("Ines Kalder", "It is a paltry sum for the damage done,")]


def test_the_person_the_clause_after_a_quotation_names_speaks_it_not_the_speaker_before():
    story = ('Vesk Shipping has pulled out of the Quenby harbour plan. Tobin Pellard, who chairs the harbour '
             'group, fought the plan. Dessa Morrick, director of the Quenby Trust, backed it.\n\n'
             'Vesk Shipping said: "We remain committed to the people of Quenby."\n\n'
             '"It will be a tragedy if the council throws this chance away," said the chairman of the '
             'harbour group, local businessman Tobin Pellard.\n\n'
             '"The old town and the new harbour are going to blur," predicted Dessa Morrick, director of '
             'the Quenby Trust.\n\n'
             '"Nobody asked us about any of it, not once," laughs Ms Morrick.')
    assert speakers(story) == ["Vesk Shipping", "Tobin Pellard", "Dessa Morrick", "Dessa Morrick"]


def test_a_capitalised_preposition_inside_a_title_is_part_of_it_and_the_name_after_speaks():
    story = ('Dessa Morrick backed the Quenby harbour plan. Tobin Pellard doubted it.\n\n'
             'Dessa Morrick said the harbour would open in spring. "We are not convinced that is the right way to '
             'do it," said Treasury Under Secretary Tobin Pellard.')
    assert speakers(story)[-1] == "Tobin Pellard"


def test_a_place_opening_the_speakers_title_after_a_quotation_is_not_its_speaker():
    opening = ('Dessa Morrick backed the Quenby harbour plan. Tobin Pellard doubted it.\n\n'
               'Dessa Morrick said the harbour would open in spring. "We are not convinced that is the right way '
               'to do it," ')
    for clause in ('said Quenby Under Secretary Tobin Pellard.', 'predicted Quenby Under Secretary Tobin Pellard.',
                   'laughs Quenby Chief Constable Tobin Pellard.', 'predicted Quenby boss Sir Tobin Pellard.'):
        assert speakers(opening + clause)[-1] == "Tobin Pellard", clause


def test_a_spokesman_for_a_body_speaks_its_words_and_he_after_him_is_nobody_named_before():
    story = ('Vesk Shipping has pulled out of the Quenby harbour plan. Vesk Shipping had offered to build two '
             'berths. Dessa Morrick, director of the Quenby Trust, backed it. Dessa Morrick spoke to the council.\n\n'
             'A spokesman for Vesk Shipping said: "The harbour was never going to pay for itself."\n\n'
             'A Vesk Shipping spokesman said: "The decision was not taken lightly." He added: "We wish the '
             'town well in everything it does."\n\n'
             'Dessa Morrick\'s spokeswoman said the trust was disappointed. She added: "We had hoped for more '
             'from the firm after all these years."')
    found = quotes(story)
    assert ("Vesk Shipping", "The harbour was never going to pay for itself.") in found
    assert "Dessa Morrick" not in [s for s, _ in found]


def test_a_quotation_left_open_ends_before_the_reporter_tells_what_someone_else_said():
    story = ('Dessa Morrick beat Tobin Pellard in the Quenby Open final.\n\n'
             'Morrick confirmed afterwards: "I am giving my prize money to the flood appeal, hoping it helps '
             'the families. Pellard said he would give an unspecified sum to the appeal as well.')
    assert quotes(story) == [("Dessa Morrick", "I am giving my prize money to the flood appeal, hoping it helps "
                                                "the families.")]


def test_a_name_in_a_clause_of_its_own_after_a_quotation_does_not_speak_it():
    story = ('Dessa Morrick, director of the Quenby Trust, backed the plan. Tobin Pellard fought it.\n\n'
             'Dessa Morrick said: "We remain committed to the people of Quenby."\n\n'
             '"Nobody asked us about any of it, not once," the crowd chanted as Tobin Pellard left.')
    assert "Tobin Pellard" not in speakers(story)


def test_dotted_honorific_does_not_end_the_attribution():
    text = ('Senior vice president Oren Malloy testified on Tuesday. "On behalf of everyone here, I want to '
            'apologize," Mr. Malloy told lawmakers.')
    assert quotes(text) == [("Oren Malloy", "On behalf of everyone here, I want to apologize,")]


def test_reporting_clause_at_the_end_of_the_sentence_attributes_every_quote_in_it():
    text = ('Party leader Yuna Thorsby resigned. Governor Ben Castell "does not accept that the decree is '
            'wrong" and has failed to act against those who "illegally intervened", Thorsby added.')
    assert speakers(text)[0] == "Yuna Thorsby"


def test_speech_act_verb_attributes_a_partial_quote_to_its_subject():
    text = 'Governor Ben Castell on Thursday vowed to fight "until the very last minute of his term".'
    assert speakers(text) == ["Ben Castell"]


def test_verb_after_and_shares_the_subject_that_opens_the_sentence():
    text = ('Shipping line Meridane Freight Holdings withdrew its offer on Monday. Meridane Freight Holdings '
            'withdrew the offer and said further talks "do not make sense at this point."')
    assert speakers(text) == ["Meridane Freight Holdings"]


def test_passive_reporting_verb_keeps_its_subject():
    text = ('In the book Minister Carl Edvik is alleged to have told the mayor: "There is nothing you '
            'could ever say to me now that I could believe."')
    assert speakers(text) == ["Carl Edvik"]


def test_surname_that_is_also_a_title_word_names_the_person_of_the_document():
    text = ('Airline president Anna Bishop wrote to staff on Monday. "Instead, the union made demands far in '
            'excess of what we can accept," Bishop said in a staff note.')
    assert speakers(text) == ["Anna Bishop"]


def test_an_organization_named_by_a_lone_word_speaks():
    texts = ("On Monday, Vantair said it had withdrawn its offer to the machinists.",
             "The planemaker Vantair withdrew the offer. Vantair said further talks “do not make sense at this point”.",
             "The machinists rejected the offer from Vantair on Sunday, the union said.")
    assert quotes(*texts) == [("Vantair", "do not make sense at this point")]


def test_an_organization_whose_name_ends_in_s_speaks():
    text = "Harlow’s said on Friday that it would review the rating."
    doc = corpus(text).documents[0]
    harlow = Mention(0, 6, 0, "Harlow", "single", entity="Harlow")      # the name finder drops the "’s"
    ctx = DocumentSpeakers(0, doc, [(harlow, "Harlow’s")], {0: (0, len(text))}, kinds={"Harlow’s": "organization"})
    assert speaker_clause(ctx, 0, len(text), prefer_last=False).speaker == "Harlow’s"


# --- pronouns and descriptions ----------------------------------------------------------------

def test_he_said_resolves_to_the_person_just_mentioned():
    text = ("Lena Morrow, a professor at Kettering College, noted that President Anton Reyes could act. "
            "“If the council is lenient, it could be unacceptable for the city,” she added.")
    assert quotes(text) == [("Lena Morrow", "If the council is lenient, it could be unacceptable for the city,")]


def test_she_stands_for_a_person_not_for_the_company_named_with_her():
    text = ("Software maker Quillon said on Friday its update had failed. Quillon chief executive Dara Whitcombe "
            "apologised for the failure.\n\n“We are deeply sorry for the impact on customers,” she told a "
            "television programme.")
    assert speakers(text) == ["Dara Whitcombe"]


def test_a_photo_credit_between_is_passed_over():
    text = ("Marshal Tavi Orlen addressed the nation on television after the flood.\n\n"
            "Victims lie in hospital beds\n\nPHOTO/ Jonas Ebbe/Agency Photo\n\n"
            "“In some places, some bridges collapsed,” he said in the speech.")
    assert speakers(text) == ["Tavi Orlen"]


def test_pronoun_reaches_back_past_captions():
    text = ("Marshal Tavi Orlen addressed the nation. After confirming the toll, he said many were hurt. "
            "Victims lie in beds. In this image provided by an agency, a hospital is seen. A second image. "
            "A third caption line here. “Some bridges collapsed in the night,” he said in the speech.")
    assert speakers(text) == ["Tavi Orlen"]


def test_pronoun_before_the_quote_refers_to_the_subject_of_its_own_sentence():
    text = ("Envoy Rufin Onn met officials. Similarly, Prime Minister Edvin Strand made a long state visit "
            "to Kestria last month, where he said that “his country will remain a strong supporter of free "
            "trade,” according to a report by the Harbour Gazette.")
    assert speakers(text) == ["Edvin Strand"]


def test_a_name_in_a_prepositional_phrase_is_not_what_he_stands_for():
    text = ('Party leader Oskar Brill spoke for an hour. Regarding Premier Hugo Tamm, he said, "Even an '
            'ordinary person would ask who he thinks he is."')
    assert speakers(text) == ["Oskar Brill"]


def test_a_pronoun_after_a_reporting_verb_stands_for_its_subject_not_the_woman_named_before():
    vale = 'Ann Vale, the council leader, said the plan was sound. "We will not back down," she said. '
    assert quotes(vale + 'Her rival Jo Hutt said she thought "the plan will ruin the town for good".')[1] == \
        ("Jo Hutt", "the plan will ruin the town for good")
    # someone we do not know said it: their words, so nobody's, not Ms Vale's
    assert speakers(vale + 'A local resident said she believed "the plan will ruin the town for good".') == \
        ["Ann Vale"]


def test_a_source_named_once_before_a_sentence_adverb_speaks_her_reported_clause():
    vale = 'Ann Vale, the council leader, said the plan was sound. "We will not back down," she said. '
    assert quotes(vale + 'Dobrava Tarvelova, however, said she was "deeply disappointed by the vote".')[1] == \
        ("Dobrava Tarvelova", "deeply disappointed by the vote")
    assert quotes(vale + 'Dobrava Tarvelova, for the Harwick Greens, said she thought "the town will fight on".')[1] \
        == ("Dobrava Tarvelova", "the town will fight on")


def test_a_pronoun_speaking_after_the_quote_leaves_it_to_the_speaker_named_before_it():
    # the source left out the full stop after the quotation, so her next sentence runs on in its own
    text = ('Jo Hutt, the health minister, lost her post on Monday. Ann Vale, the council leader, added: "It '
            'changes nothing at all for the town," she said. Meanwhile Ms Hutt said she hoped "the people would '
            'benefit from my work" Asked about the lists, she said they were short.')
    assert quotes(text)[1] == ("Jo Hutt", "the people would benefit from my work")


def test_she_stands_for_no_man_an_honorific_names_nor_he_for_a_woman():
    # a spokeswoman nobody names said it, not the man named last ("Mr Reed's")
    text = ('Tom Reed wrote to the regulator. A spokeswoman for the regulator said it was examining one '
            "complaint, understood to be Mr Reed's. \"We are investigating one of the complaints,\" she said.")
    assert quotes(text) == []
    text = ('Tom Reed, the festival director, spoke first. His words were echoed by Ann Vale, head of the '
            'sister event. Mrs Vale spoke briefly. "We have been careful," he said.')
    assert speakers(text) == ["Tom Reed"]


def test_a_pronoun_stands_for_the_person_a_role_names_not_for_the_roles_owner():
    text = ("The vote was close. Tom Reed's former adviser Ann Vale was in no mood to celebrate. "
            'She said: "We were never asked."')
    assert speakers(text) == ["Ann Vale"]
    # his daughter, whom no actor stands for, said it: nobody's
    text = "Tom Reed died on Monday. Reed's daughter Jill said he would be missed. \"He was loved,\" she said."
    assert speakers(text) == []
    # "Reed's speech" names no one after it: Reed is what the sentence is about
    text = "The vote was close. Tom Reed's speech to the council was short. He said: \"We were never asked.\""
    assert speakers(text) == ["Tom Reed"]


def test_a_plural_noun_before_its_verb_is_no_reporting_verb():
    vale = 'Ann Vale, the council leader, said the plan was sound. "We will not back down," she said. '
    assert quotes(vale + 'Jo Hutt said she thought Ms Vale\'s comments were "a disgrace to the town".')[1] == \
        ("Jo Hutt", "a disgrace to the town")
    # after a pronoun it is the verb: "what she says are"
    assert quotes(vale + 'Jo Hutt, the housing minister, backs a rival plan to tackle what she says are "the worst '
                  'housing shortages in years".')[1] == ("Jo Hutt", "the worst housing shortages in years")


def test_description_as_subject_names_the_speaker_by_role():
    text = ('Opposition leader Marcus Delane spoke first. Mr Ferro said nothing. '
            'The opposition leader countered that deals had been struck. He declared: "He is the deals on '
            'meals prime minister." "You don\'t do deals over jobs like this," the opposition leader told reporters.')
    assert speakers(text) == ["Marcus Delane", "Marcus Delane"]


def test_description_right_before_the_verb_outranks_the_source_named_earlier():
    texts = [f"Arthur Ferro spoke on day {i}. The prime minister said little." for i in range(3)]
    texts.append('Journalist Nils Harrow wrote about Arthur Ferro. According to Mr Harrow the prime minister said: '
                 '"Help me to get through the year and I will then stand down."')
    assert quotes(*texts) == [("Arthur Ferro", "Help me to get through the year and I will then stand down.")]


def test_a_body_s_officer_described_by_an_of_phrase_then_named_is_the_speaker():
    text = ('Harwick Air said it would cut routes. "The decision to suspend flights is a difficult one," '
            'said Harwick Air director of commercial planning, Tom Reed.')
    assert speakers(text) == ["Tom Reed"]


def test_the_office_a_description_names_is_not_the_deputy_of_that_office():
    text = ('Prime Minister Arthur Ferro and Deputy Prime Minister Jo Hutt met the unions. '
            '"We will not change course," the prime minister told reporters.')
    assert speakers(text) == ["Arthur Ferro"]


def test_a_description_of_an_office_points_back_to_nobody_holding_another_of_that_name():
    text = ('Arthur Ferro was at the dinner. It was hosted by Deputy Prime Minister Jo Hutt. '
            'According to Mr Harrow the prime minister said: "Help me to get through the year."')
    assert "Jo Hutt" not in speakers(text)


def test_it_said_stands_for_the_organization_just_named():
    text = ("The Harbour Workers Union said its members would stop work for two weeks.\n"
            "It said it would “keep the port open for medical supplies and rescue teams”.")
    assert speakers(text) == ["Harbour Workers Union"]


def test_it_said_stands_for_the_organization_the_sentence_before_names_by_its_kind():
    text = ("The Ministry of Water Supply opened an inquiry into the leaks in March. Engineers visited the "
            "plant. The pumps were old. Repairs began. Crews worked at night. Residents complained. Prices "
            "rose. Tankers came. On Friday the ministry announced that the inquiry had ended. "
            'It said "all the pumps will be replaced before the summer heat arrives".')
    assert speakers(text) == ["Ministry of Water Supply"]


def test_the_firm_stands_for_the_organization_the_story_quotes():
    text = ("Modelling firm Caldera Group estimates the losses at $2bn, Caldera Group said.\n\n"
            "“Our model shows far more destructive scenarios in more extreme events,” said the modelling firm.")
    assert speakers(text) == ["Caldera Group"]


def test_a_spokesperson_speaks_for_the_organization():
    text = ("Carmaker Voltane Motors said output would resume, Voltane Motors said on Monday. "
            "A Voltane Motors spokesperson said they would \"restart the lines safely and methodically\".")
    assert speakers(text) == ["Voltane Motors"]


def test_the_report_speaks_for_the_organization_that_published_it():
    text = ("Software maker Quillon Systems published its full report on Tuesday, Quillon Systems said. "
            "Quillon Systems' root cause report found several errors.\n\n"
            '"The new template defined 21 fields, but the code supplied only 20 values," the report said.')
    assert speakers(text) == ["Quillon Systems"]


def test_an_organizations_spokesman_named_by_its_possessive_speaks_for_it():
    text = ('Harwick Motors said sales fell. Harwick Motors\' spokesman said: "We are confident of a recovery '
            'next year."')
    assert quotes(text) == [("Harwick Motors", "We are confident of a recovery next year.")]


def test_a_persons_own_statement_gives_their_words():
    text = ('Tarvel founder Ann Vale was arrested in March. "I apologise to all who have suffered," Ms Vale\'s '
            'statement said.')
    assert quotes(text) == [("Ann Vale", "I apologise to all who have suffered,")]


def test_a_person_given_by_age_before_the_verb_is_the_one_just_named():
    text = ('Striker Tom Reed scored twice for Harwick United. Tom Reed was happy. '
            '"We played well and deserved the win," the 36-year-old said.')
    assert quotes(text) == [("Tom Reed", "We played well and deserved the win,")]


def test_a_clause_ending_on_a_colon_introduces_the_words_of_its_subject():
    assert quotes('Tarvel Party leader Ann Vale spoke on Monday. Ms Vale is confident though: "I think we '
                  'will win the vote next week."') == [("Ann Vale", "I think we will win the vote next week.")]
    assert quotes('Harwick United beat Tarvel Rovers 2-0.\n\n - Home boss Tom Reed: "We played well and '
                  'deserved the win."') == [("Tom Reed", "We played well and deserved the win.")]
    assert quotes('Tarvel Party leader Ann Vale spoke on Monday. She is prepared to go this far: "A clear '
                  'conclusion has been reached by the party."') == [
        ("Ann Vale", "A clear conclusion has been reached by the party.")]


def test_a_colon_after_a_passive_or_a_second_name_introduces_nobodys_words():
    assert quotes('Tarvel Party leader Ann Vale spoke on Monday. Ms Vale was told: "You will lose the vote '
                  'next week."') == []
    assert quotes('Tarvel Party leader Ann Vale spoke on Monday. Harwick mayor Tom Reed spoke too. Ms Vale had '
                  'a message for Mr Reed: "You will lose the vote next week."') == []


def test_a_spokesperson_speaks_for_the_body_the_sentences_before_have_as_subject():
    text = ('Tarvel Council backed the plan on Monday. They said they would press Harwick Motors too. '
            '"It is important to remember that this will take a decade," a spokesman said. "It will do '
            'nothing to solve the problems."')
    assert quotes(text) == [("Tarvel Council", "It is important to remember that this will take a decade,"),
                            ("Tarvel Council", "It will do nothing to solve the problems.")]


def test_a_spokespersons_body_may_follow_a_phrase_put_before_it():
    text = ('Despite giving its backing to the plan, Tarvel Council insisted it would hold ministers to account. '
            '"It is important to remember that this will take a decade," a spokesman said.')
    assert quotes(text) == [("Tarvel Council", "It is important to remember that this will take a decade,")]


def test_a_persons_lawyer_is_not_that_person():
    text = 'Tom Reed was arrested in Harwick. "We will fight this charge all the way," Tom Reed\'s lawyer said.'
    assert quotes(text) == []


def test_a_persons_spokesperson_speaks_not_for_the_body_spoken_of():
    for whose in ("Tom Reed's", "his"):
        text = ('Harwick Motors cut 500 jobs on Monday. "We regret the loss of every one of these jobs," '
                f'{whose} spokesman said.')
        assert quotes(text) == []


def test_a_spokesperson_after_a_sentence_naming_two_bodies_speaks_for_neither():
    text = ('Harwick Motors sued Tarvel Council on Monday. "We will see them in court," a spokesman said.')
    assert quotes(text) == []


def test_she_after_a_sentence_opening_on_he_stands_for_the_woman_that_sentence_names():
    text = ('Tom Reed was campaigning in Harwick. He must remember his clash with Ann Vale, the nurse who '
            'harangued him. "You have done nothing for us," she said. Mr Reed left.')
    assert speakers(text) == ["Ann Vale"]
    text = 'Ann Vale was campaigning in Harwick. She met Tom Reed. "We talked about the hospital," she said.'
    assert speakers(text) == ["Ann Vale"]


def test_she_passes_over_a_description_of_a_man():
    text = ('Nurse Ann Vale waited outside the hall in Harwick. Prime Minister Tom Reed arrived late. The prime '
            'minister knows the risks of such visits. "You have done nothing for us," she said. Mr Reed left.')
    assert speakers(text) == ["Ann Vale"]


# --- attributions we cannot resolve are nobody's ----------------------------------------------

def test_a_persons_spokesman_ends_the_run_of_that_persons_quotations():
    text = ('Prime Minister Tom Reed spoke in Tarvel. "We did well," Tom Reed said. Tom Reed\'s official '
            'spokesman said: "There are British nationals in the country." "We are making plans."')
    assert quotes(text) == [("Tom Reed", "We did well,")]


def test_the_one_told_is_never_the_one_a_pronoun_before_told_stands_for():
    # the only person named before is the one spoken to: "she" is someone the report did not name
    for clause in ("she told Tom Reed", "he told Mr Reed", "he said to Mr Reed", "he warned Mr Reed"):
        text = f'Tom Reed was stopped by a nurse at the Harwick hospital. "You have done nothing for us," {clause}.'
        assert quotes(text) == [], clause
    text = 'Tom Reed was stopped by a voter. "Why have you done nothing for us?" he asked Mr Reed.'
    assert quotes(text) == []


def test_a_pronoun_before_told_still_stands_for_the_person_named_before_the_one_told():
    text = ('Tom Dalby of Harwick Mills spoke to Ann Vale at the plant. "We will not close this site," '
            'he told Ms Vale.')
    assert speakers(text) == ["Tom Dalby"]
    text = 'Tom Dalby visited the plant on Monday. "We will not close this site," he told Harwick Radio.'
    assert speakers(text) == ["Tom Dalby"]


def test_a_clause_after_the_words_naming_whom_they_were_said_to_gives_them_to_nobody_we_know():
    for clause in ("one voter told Mr Reed", "angry locals told Tom Reed", "Mr Reed was told"):
        text = f'Tom Reed visited Harwick on Monday. "You have done nothing for us," {clause}.'
        assert quotes(text) == [], clause


def test_a_verb_of_telling_before_its_subject_has_no_hearer():
    text = ('Producer Kevin Dunmore signed the deal on Monday. "There will be no singing and dancing, and the '
            'music will be traditional," assured Mr Dunmore.')
    assert speakers(text) == ["Kevin Dunmore"]


def test_a_nationality_before_the_verb_names_nobody_just_mentioned():
    text = ('Tom Reed beat Ann Vale in the final in Tarvel. Tom Reed was happy. '
            '"You are the best player in the world," the Australian said.')
    assert quotes(text) == []


def test_words_naming_their_speaker_are_someone_elses_about_them():
    text = ('Coach Tom Reed joined Harwick United in May. Defender Ann Vale has played under him for a year. '
            'She says his methods work. "Another quality that Mr Reed has is that every player is equal," '
            'she said. "It is a changed dressing-room."')
    assert [s for s, _ in quotes(text)] == ["Ann Vale", "Ann Vale"]
    text = ('Coach Tom Reed joined Harwick United in May. "Another quality that Mr Reed has is that every '
            'player is equal," he said. "It is a changed dressing-room."')
    assert quotes(text) == []


def test_a_quotation_left_open_may_name_its_speaker_after_its_first_sentence():
    text = ('Writer Tom Reed runs a blog. "Blogs are a messy argument," said Mr Reed. "If you have no blog '
            'policy now you had better start looking at having one. Mr Reed said that the blogsphere was '
            'powerful. "Everyone does this," he said.')
    assert [s for s, _ in quotes(text)] == ["Tom Reed", "Tom Reed", "Tom Reed"]


def test_a_quotation_left_open_ends_before_a_sentence_naming_its_speaker():
    text = ('Midfielder Tom Reed hopes for a new deal at Harwick United. "I am waiting to see," he said. "The main '
            'concern is my age but I think I have proved I am fit enough. Reed joined Harwick from Tarvel in 2003 '
            'and struggled at first.\n\nHe scored twice.')
    assert quotes(text)[-1] == ("Tom Reed", "The main concern is my age but I think I have proved I am fit enough.")


def test_an_organizations_statement_may_name_it():
    text = ('Harwick Motors cut jobs. "Harwick Motors has always abided by the law," the company said.')
    assert quotes(text) == [("Harwick Motors", "Harwick Motors has always abided by the law,")]


def test_a_spokesman_is_not_the_person_just_mentioned():
    text = 'Opposition leader Marcus Delane spoke. "We have no comment on the matter," the spokesman said.'
    assert quotes(text) == []


def test_a_speaker_no_actor_stands_for_is_not_replaced_by_the_previous_one():
    text = ('Law firm partner Ruth Calloway said the airline would sue. "We will pursue every claim we have," '
            'Calloway said.\n\n"We have no choice," Zembla said. "You cannot run an airline like this."\n\n'
            'He added that the servers "did not all come back the way they left".')
    assert speakers(text) == ["Ruth Calloway"]


def test_they_said_is_nobody_we_can_name():
    text = ('Summit chair Oona Pell said the deal was done. "It is a good deal for everyone here," she said. '
            'They said they had "made every effort to be an honest broker for all sides".')
    assert speakers(text) == ["Oona Pell"]


def test_an_unnamed_witness_is_not_the_place_named_in_the_subject():
    text = ('The quake hit Dunmore hardest. Mayor Kit Asher visited Dunmore. A witness who survived the collapse '
            'of the school in Dunmore described the scene: “It was Friday, and many people were gathered inside.”')
    assert quotes(text) == []


def test_a_plural_description_names_nobody():
    text = ('Deputy minister Aldo Finch met his counterpart. The two officials mentioned “mutual problems of '
            'interest, including the border situation,” according to the ministry.')
    assert quotes(text) == []


def test_a_book_that_says_something_is_not_its_author_speaking():
    text = ('Prime Minister Arthur Ferro denied it. "We are concentrating on the issues," Mr Ferro said. '
            'The book, by journalist Nils Harrow and serialised in a newspaper, said the pair had "mutual '
            'animosity and contempt" for each other.')
    assert speakers(text) == ["Arthur Ferro"]


def test_an_organization_described_as_speaker_is_not_the_person_before_it():
    text = ('Chief executive Gerry Spindel resigned. The company said these actions should "restore '
            'profits within two years".')
    assert quotes(text) == []


def test_name_after_the_quote_in_a_new_sentence_is_not_the_speaker():
    text = ('Historian Jon Gallo won. The judges called it "an impressive and readable piece of scholarship". '
            'Gallo has published many histories.')
    assert quotes(text) == []


# --- quotes running on, split, partial -------------------------------------------------------

def test_quote_over_several_sentences_with_reopened_marks():
    text = ('Journalist Nils Harrow told the radio: "They are not nearly as close as they once were. '
            '"What the book says is there is mutual mistrust.')
    got = quotes(text)
    assert got[0] == ("Nils Harrow", "They are not nearly as close as they once were.")
    assert got[1][0] == "Nils Harrow"


def test_a_quote_left_open_ends_with_its_sentence_where_the_next_is_introduced_in_the_same_line():
    text = ('Council leader Ann Lowe said: "The budget is balanced for the year. '
            'Her deputy Tom Reed said: "We will not raise the tax this year."')
    assert quotes(text) == [("Ann Lowe", "The budget is balanced for the year."),
                            ("Tom Reed", "We will not raise the tax this year.")]


def test_unattributed_quote_continues_the_speaker_of_the_paragraph_before():
    text = ('Health Secretary Joan Reddy said: "Those who co-operate will know it."\n\n'
            '"They always do it by damaging the record of the government."\n')
    assert speakers(text) == ["Joan Reddy", "Joan Reddy"]


def test_quote_standing_alone_after_a_scare_quote_continues_its_speaker():
    text = ('Opposition leader Vera Lind on Sunday appealed to the judges to "swiftly" remove the governor. '
            '"This is the only way to end the turmoil and ease the suffering of the people."')
    assert speakers(text) == ["Vera Lind"]


def test_words_quoted_inside_another_subjects_sentence_do_not_continue_the_last_speaker():
    text = ('"It is time for our members to lock in these gains," union head Rosa Kemp said.\n'
            'Chief executive Ken Ashdown took over in August and has pledged a "fundamental change of culture".')
    assert speakers(text) == ["Rosa Kemp", "Ken Ashdown"]


def test_partial_quote_in_reported_speech_keeps_the_speaker():
    text = ("Foreign Minister Wen Dalio emphasized “seeking common ground while reserving differences,” "
            "while adding that both sides should “improve national sentiment and manage sensitivities.”")
    assert speakers(text) == ["Wen Dalio", "Wen Dalio"]


def test_participle_takes_the_subject_of_its_clause():
    text = ("President Anton Reyes met former Prime Minister Taro Ibuki, describing both nations as "
            "“neighbors sharing a front yard.”")
    assert quotes(text) == [("Anton Reyes", "neighbors sharing a front yard.")]


def test_participle_without_a_comma_takes_the_subject_of_the_main_verb():
    text = ('Labour\'s Paul Fenwick said the two leaders had a "scorching" from MPs adding: "It was a party '
            'meeting like no other."')
    assert quotes(text) == [("Paul Fenwick", "It was a party meeting like no other.")]


def test_quote_ending_in_a_full_stop_is_not_attributed_by_the_next_sentence():
    text = ('Prime Minister Arthur Ferro told MPs: "Nothing will get in the way of a unified party." '
            "Labour's Paul Fenwick said the pair had a scorching.")
    assert quotes(text) == [("Arthur Ferro", "Nothing will get in the way of a unified party.")]


# --- what is not a quotation -----------------------------------------------------------------

def test_scare_quotes_are_not_quotations():
    assert quotes('Party co-chairman Liam Rook called them "juvenile" yesterday.') == []


def test_a_title_in_title_case_is_not_speech():
    assert is_title("Building a Sustainable Tomorrow Together")
    assert is_title("External Technical Root Cause Analysis")
    assert not is_title("We strike at midnight.")
    assert not is_title("Strike! Strike! Strike!")
    assert not is_title("unremittingly New Labour")
    text = 'Summit host Ana Pirez opened the forum. She said its motto was "Building a Sustainable Tomorrow".'
    assert quotes(text) == []


def test_inverted_attribution_in_the_present_tense():
    text = ('Coach Brenna Holt watched the heats. "You rarely get a chance like this in a career," '
            'agreed Holt. "She always trains like that," explains Holt.')
    assert speakers(text) == ["Brenna Holt", "Brenna Holt"]


def test_post_nominal_letters_between_the_speaker_and_the_verb():
    text = ('Bar leader Tomas Verran QC has warned of a real risk. "What will happen to the young men '
            'stopped in the street?" Verran added.\n'
            'Tomas Verran QC said "the scheme will be tested in court soon".')
    assert speakers(text) == ["Tomas Verran", "Tomas Verran"]


def test_honorific_before_a_title_word_makes_it_a_surname():
    text = '"They just do what works," said Mr King, an analyst.'
    assert quotes(text) == [("King", "They just do what works,")]


def test_subject_before_a_long_appositive_is_the_speaker():
    text = ('After the ruling Carla Fenton, legal director of the human rights organisation Redline, '
            'said: "It is not enough for the military to investigate behind closed doors."')
    assert speakers(text) == ["Carla Fenton"]


def test_name_inside_an_appositive_after_a_description_is_the_speaker():
    text = ("The prosecution's star witness, former finance chief Scott Sellers, has said that the chief "
            'executive ordered the entries, telling him to "hit our books this quarter".')
    assert speakers(text) == ["Scott Sellers"]


def said_by(*texts):
    return {text: speaker for speaker, text in quotes(*texts)}


def test_he_after_a_sentence_opening_on_he_goes_on_about_the_speaker_before_it():
    found = said_by("Earlier Tom Pike, whose union opposes the plan, said there was still time to think. "
                     "He told reporters that Mr Dunmore had been less keen than his predecessors. "
                     "\"Wouldn't this be a good moment to stop?\" he asked.")
    assert found["Wouldn't this be a good moment to stop?"] == "Tom Pike"


def test_he_stands_for_the_speaker_of_the_main_clause_not_of_a_clause_after_it():
    found = said_by("Home Secretary Colin Dunmore backed the plan. But Mr Dunmore said he had supported the "
                     "cards when Mr Oakes argued for them in cabinet. \"The cards will make us safer,\" he said.")
    assert found["The cards will make us safer,"] == "Colin Dunmore"


def test_a_place_in_an_apposition_is_not_the_speaker():
    found = said_by("But Tom Banks, Labour MP for Kirk Harwick, said the issue would soon fade. "
                     "\"Let the voters decide this,\" he said.")
    assert found["Let the voters decide this,"] == "Tom Banks"


def test_a_person_of_a_body_we_do_not_know_is_the_speaker_not_the_body():
    # the firm is no actor of ours: the clause's subject is the person it is after, whom "she" stands for
    for member in ("of", "from"):
        found = said_by(f"Markets fell on Monday. Ann Vale {member} Tarvel Capital said the results were \"weak\". "
                         "\"It is quite good on the revenue side,\" she said.")
        assert found["It is quite good on the revenue side,"] == "Ann Vale"


def test_he_revealed_after_a_quotation_is_its_speaker():
    found = said_by("Tom Reed will reach the top 50 after his win. "
                     "\"It has taken a lot of work and fighting in my mind,\" he revealed.")
    assert found["It has taken a lot of work and fighting in my mind,"] == "Tom Reed"


def test_a_thing_that_revealed_something_does_not_end_a_speakers_run():
    found = said_by("\"We did the first version in a hurry,\" explains Tom Reed. The restoration of the older "
                     "films revealed some odd items too.\n\n\"There is a cabinet stuck behind one of the doors.\"")
    assert found["There is a cabinet stuck behind one of the doors."] == "Tom Reed"


def test_a_speaker_reporting_others_words_is_he_in_the_next_sentence():
    found = said_by("Tory leader Colin Dunmore backed the bill. Mr Dunmore said the police had said the cards "
                     "could \"help them stop a bomb plot\". He added: \"When the police say that, you listen.\"")
    assert found["When the police say that, you listen."] == "Colin Dunmore"


# --- a quotation after a sentence reporting its speaker's words --------------------------------

def test_quote_standing_alone_after_reported_speech_is_that_speakers():
    text = ('Union leader Tom Reed said the strike at Harwick would go on. '
            '"Our members are angry and they will not back down."')
    assert speakers(text) == ["Tom Reed"]


def test_quote_opening_a_paragraph_after_reported_speech_is_that_speakers():
    text = ('Mayor Ann Vale, from the Tarvel council, said the bridge would reopen in May.\n\n'
            '"We have listened to the people who use it every day."\n')
    assert speakers(text) == ["Ann Vale"]


def test_reported_speech_of_someone_unknown_does_not_pass_the_quote_to_an_earlier_speaker():
    text = ('Mayor Ann Vale said: "The bridge will reopen in May." A resident said the repairs had taken '
            'far too long. "We have waited two years for this bridge."')
    assert speakers(text) == ["Ann Vale"]


def test_sentence_without_a_reporting_verb_passes_no_speaker_to_the_quote_after_it():
    text = ('Union leader Tom Reed met the board at Harwick. Ann Vale chairs the board. '
            '"Our members are angry and they will not back down."')
    assert speakers(text) == []


def test_spokesperson_named_before_an_appositive_with_a_relative_clause_is_the_speaker():
    text = ('The Tarvel Board banned two riders. Ann Vale, spokeswoman for the sport\'s ruling body the Tarvel '
            'Board, which handed out the bans, said: "We cannot comment on a hearing we did not attend."')
    assert speakers(text) == ["Ann Vale"]


def test_organization_with_a_relative_clause_before_its_verb_is_the_speaker():
    text = ('Ann Vale joined the Tarvel Board in May. The Tarvel Board, which handed out the bans, '
            'said: "We cannot comment on a hearing we did not attend."')
    assert speakers(text) == ["Tarvel Board"]


def test_a_statement_an_organization_issues_is_its_words():
    text = ('The Tarvel Board will appeal against the ruling. A Tarvel Board statement said: "The review panel '
            'concluded that the decision is wrong." The statement continued: "Both cases will go to arbitration."')
    assert speakers(text) == ["Tarvel Board", "Tarvel Board"]


def test_a_statement_by_nobody_named_is_nobodys():
    text = ('Mayor Ann Vale left the Tarvel Board. A statement said: "The review panel concluded that the '
            'decision is wrong."')
    assert speakers(text) == []


def test_pointed_out_is_a_reporting_verb_before_or_after_its_subject():
    text = ('Coach Tom Reed watched the race at Harwick. "It is a lot easier being champion than training to '
            'stay at the top," points out former sprinter and radio pundit Tom Reed. Ann Vale pointed out: '
            '"Nobody runs that fast in the rain."')
    assert speakers(text) == ["Tom Reed", "Ann Vale"]


def test_points_without_out_is_no_reporting_verb():
    text = "Harwick points to a record year, and its rival Tarvel won on points."
    doc = corpus(text).documents[0]
    harwick = Mention(0, 7, 0, "Harwick", "single", entity="Harwick")
    ctx = DocumentSpeakers(0, doc, [(harwick, "Harwick")], {0: (0, len(text))}, kinds={"Harwick": "organization"})
    assert not speaker_clause(ctx, 0, len(text), prefer_last=False).found


def test_questioning_how_or_whether_reports_the_quote_after_it():
    text = ('But Tom Reed of the Harwick Riders has questioned how police will enforce the ban. "The rules are '
            'so blurred that officers must make impossible calls."')
    assert speakers(text) == ["Tom Reed"]


def test_questioning_someone_reports_no_words():
    text = ('Detectives questioned Tom Reed at Harwick on Monday. "The rules are so blurred that officers must '
            'make impossible calls."')
    assert speakers(text) == []


def test_a_person_of_an_organization_is_the_speaker_not_the_organization():
    text = ('The Harwick Riders met on Monday. But Tom Reed of the Harwick Riders said: "The rules are so blurred '
            'that officers must make impossible calls." Ann Vale from Tarvel Council said: "We will ask the '
            'police to explain."')
    assert speakers(text) == ["Tom Reed", "Ann Vale"]


def test_an_unnamed_member_of_an_organization_is_nobody_we_can_name():
    text = ('The Harwick Riders met on Monday. One of the Harwick Riders said: "The rules are so blurred that '
            'officers must make impossible calls."')
    assert speakers(text) == []


def test_reported_speech_by_a_pronoun_keeps_the_run_of_the_last_speaker():
    text = ('Asked about the team, Tom Reed replied: "I could tell you yes." The Harwick coach said that he had '
            'been impressed by Ann Vale\'s form. "She deserves her chance and I look forward to it." And he added '
            'that Ann Vale would start. "She is young and talented and there are not many like her."')
    assert speakers(text) == ["Tom Reed", "Tom Reed", "Tom Reed"]


def _headlined(title, body):
    from analysis_helpers import document
    from briefing.model import Corpus, Sentence
    text = title + "\n\n" + body
    doc = document(text)
    offset = len(title) + 2
    doc.title = title
    doc.sentences = [Sentence(i, s.start + offset, s.end + offset, s.text) for i, s in enumerate(document(body).sentences)]
    return Corpus.of([doc])


def test_he_opening_a_report_is_the_person_its_headline_has_speaking():
    c = _headlined("Harwick Air boss says strike cost millions",
                   '"This strike cost us a fortune," he said on Monday. The airline lost two days of flights. '
                   'Harwick Air boss Tom Reed met the union. Ann Vale, who leads the union, said: "We are ready to talk."')
    assert [(q.speaker, q.text) for q in find_quotes(c, find_actors(c))][0] == ("Tom Reed", "This strike cost us a fortune,")


def test_he_opening_a_report_whose_headline_has_nobody_speaking_is_nobody():
    c = _headlined("Strike cost Harwick Air millions",
                   '"This strike cost us a fortune," he said on Monday. The airline lost two days of flights. '
                   'Harwick Air boss Tom Reed met the union. Ann Vale, who leads the union, said: "We are ready to talk."')
    assert [q.speaker for q in find_quotes(c, find_actors(c))] == ["Ann Vale"]


def test_a_mark_before_a_comma_closes_a_quotation_after_a_nested_one():
    text = ('Coach Tom Reed spoke at Harwick. "That is nonsense. He is the one who said \'I will go\' and so he '
            'went\'", said Tom Reed. The club has a new structure.')
    assert [t for _, t in quotes(text)] == ["That is nonsense. He is the one who said 'I will go' and so he went'"]


def test_a_description_after_the_verb_naming_a_body_is_the_person_it_describes():
    text = ('Harwick United sporting director Tom Reed spoke on Monday. "That is absolute nonsense and we will not '
            'pay him," said the Harwick United sporting director.')
    assert speakers(text) == ["Tom Reed"]


def test_an_appositive_between_dashes_keeps_the_name_before_it_as_the_speaker():
    text = ('Lord Ashby - a senior judge - said the rules allowed detention "in a way that discriminates on the '
            'ground of nationality".')
    assert speakers(text) == ["Lord Ashby"]


def test_went_on_to_say_keeps_the_subject_of_the_sentence():
    text = ('Tom Reed said the plan for Harwick was flawed. He went on to say: "If we do not get the changes we '
            'want, we will vote against it."')
    assert speakers(text) == ["Tom Reed"]


def test_mentions_given_out_of_text_order_are_found_between_two_offsets():
    text = "Tarvel Holdings sued. Later chief executive Tom Reed spoke to the court."
    doc = corpus(text).documents[0]
    reed = Mention(text.index("Tom"), text.index("Tom") + 8, 1, "Tom Reed", "person", entity="Tom Reed")
    tarvel = Mention(0, 15, 0, "Tarvel Holdings", "organization", entity="Tarvel Holdings")
    ctx = DocumentSpeakers(0, doc, [(reed, "Tom Reed"), (tarvel, "Tarvel Holdings")],
                           {0: (0, 21), 1: (22, len(text))})
    assert [n for _, n in ctx.between(22, len(text))] == ["Tom Reed"]
    assert [n for _, n in ctx.between(0, 21)] == ["Tarvel Holdings"]


def test_a_description_with_a_word_before_the_role_finds_the_one_holding_the_role():
    text = ('President Tom Reed spoke at Harwick on Monday. "It was theft, plain and simple," a lawyer said. '
            '"Now the state is protecting its interests," the Danish president said.')
    assert quotes(text) == [("Tom Reed", "Now the state is protecting its interests,")]


def test_a_description_with_a_name_before_the_role_is_not_anyone_holding_the_role():
    text = ('Harwick boss Tom Reed spoke on Monday. "It was theft, plain and simple," a lawyer said. '
            '"He was my assistant for years," the Tarvel United boss said.')
    assert quotes(text) == []


def test_pronoun_before_the_quotation_is_what_the_speaker_said_of_herself_not_an_inverted_subject():
    text = ('Sprinter Tom Reed retired last year. The season will only get harder for Ann Vale, '
            'who has already admitted she "does not enjoy the winter training any more."')
    assert quotes(text) == [("Ann Vale", "does not enjoy the winter training any more.")]


def test_relative_who_after_a_person_in_a_phrase_names_that_person():
    text = ('Coach Tom Reed was hopeful. The decision was a blow for Ann Vale, who said: '
            '"I will be back on the track within a month."')
    assert speakers(text) == ["Ann Vale"]


def test_already_between_subject_and_verb_keeps_the_subject():
    text = ('Former union leader Ann Vale has already accused the government of starting '
            'a "bidding war over who can promise the most".')
    assert speakers(text) == ["Ann Vale"]


def test_a_description_after_the_verb_names_the_person_just_mentioned_not_the_last_speaker():
    text = ('"We played well in the end," said coach Tom Reed. Ann Vale was delighted with her win over '
            'Kit Marsh. "I felt pretty good," said the 22-year-old.')
    assert speakers(text) == ["Tom Reed", "Ann Vale"]


def test_a_described_subject_of_the_quoted_words_is_not_the_speaker():
    text = ('Secretary General Ann Vale said she had hoped for more but added the agreement '
            '"provides a base on which to build".')
    assert quotes(text) == [("Ann Vale", "provides a base on which to build")]


def test_a_plural_description_after_the_verb_is_nobody_named():
    text = ('Analyst Tom Reed said the tool was useful. "The add-in removes hidden data from your files," '
            'says the instructions on the website.')
    assert quotes(text) == []


def test_a_name_the_reporting_verb_goes_on_about_is_not_whom_he_stands_for():
    text = ('Tom Reed beat Kit Marsh in two sets. And Ann Vale, who lost to him last week, said Reed was an '
            'example of the new players on the tour. "A lot more of them can do it now," she said.')
    assert speakers(text) == ["Ann Vale"]


def test_a_sentence_naming_someone_only_in_a_phrase_before_he_said_is_passed_over():
    text = ('Home Secretary Ann Vale set out her plans. Speaking on a breakfast show with Tom Reed, she said '
            'migrants were of great value. She said: "We will establish a fair system for everyone."')
    assert speakers(text) == ["Ann Vale"]


def test_he_claimed_after_the_words_reported_is_not_the_person_they_are_about():
    text = ('Opposition leader Ann Vale gave her new year message. Prime Minister Tom Reed has failed to '
            'tackle these problems, she claimed.\n\n"The result is higher taxes for every family in the land."')
    assert speakers(text) == ["Ann Vale"]


def test_he_after_a_clause_opening_on_a_named_subject_is_that_person():
    text = ('Coach Kit Marsh spoke first. When Tom Reed arrived at Harwick, he said: "We are glad to be here '
            'at last."')
    assert speakers(text) == ["Tom Reed"]


def test_a_sentence_opening_on_another_person_gives_the_next_quotation_to_them():
    text = ('"The young players were superb today," said captain Tavish Quarmby. Coach Ilse Brodwin, though, is keen '
            'to rest her players before the final. "At this stage there is nothing more they can show me."')
    assert speakers(text) == ["Tavish Quarmby", "Ilse Brodwin"]


def test_words_about_a_he_after_a_sentence_opening_on_another_person_are_nobodys():
    text = ('"The young players were superb today," said captain Tavish Quarmby. Ilse Brodwin, 21, has struggled for '
            'form in recent weeks. "It is his first season and he was phenomenal until the spring."')
    assert speakers(text) == ["Tavish Quarmby"]


def test_a_sentence_opening_on_a_persons_possession_gives_the_next_quotation_to_nobody():
    text = ('"The young players were superb today," said captain Tavish Quarmby. Ilse Brodwin\'s contract, though, runs '
            'out in the summer. "We will talk about it when the season is over."')
    assert speakers(text) == ["Tavish Quarmby"]


def test_a_sentence_about_the_speaker_between_two_quotations_keeps_the_run():
    text = ('"The young players were superb today," said captain Tom Reed. Reed, though, is keen to rest '
            'before the final. "At this stage there is nothing more I can show anyone."')
    assert speakers(text) == ["Tom Reed", "Tom Reed"]


def test_went_on_before_a_quotation_reports_it():
    text = ('Opposition leader Ann Vale attacked the minister. The opposition leader went on: "He does not stop '
            'there: he thinks every colleague is weak." Later Ms Vale went on the attack over spending.')
    assert quotes(text) == [("Ann Vale", "He does not stop there: he thinks every colleague is weak.")]


def test_an_appositive_without_its_closing_comma_leaves_the_name_the_speaker():
    text = ('"In this case it is only the interests of the big companies that are protected," Ann Vale, a '
            'Green member of the Harwick Parliament said in a statement.')
    assert speakers(text) == ["Ann Vale"]


def test_said_a_person_of_an_organization_is_the_persons_quotation():
    text = ('The Harwick Patent Office agreed. "Some of the patents have dubious validity," said Dr Tom Reed '
            'of the Harwick Patent Office.')
    assert speakers(text) == ["Tom Reed"]


def test_a_name_before_the_quotation_outranks_a_pronoun_after_it():
    text = ('Chancellor Tom Reed set out his plans. Shadow minister Ann Vale said: "Everyone who looks at the '
            'economy says there is a black hole," she said. Kit Marsh, for the Harwick Party, added: "The '
            'change will serve no purpose at all," she said.')
    assert speakers(text) == ["Ann Vale"]


def test_an_unclosed_appositive_without_an_article_leaves_the_name_the_speaker():
    text = ('"It is very encouraging for the makers," Tom Reed, editor of Harwick Games Weekly told the BBC.')
    assert speakers(text) == ["Tom Reed"]


def test_an_unclosed_appositive_after_a_name_with_its_honorific_leaves_the_name_the_speaker():
    text = ('Dr Oren Halvik studies the buses of Harwick. Dr Oren Halvik, of the Tarvel Institute for '
            'Transport in Harwick said: "The new buses are not made for older passengers."')
    assert speakers(text) == ["Oren Halvik"]


def test_two_appositives_after_a_name_with_its_honorific_leave_the_name_the_speaker():
    text = ('Brindle Networks will sell phone television in May. Mr Oren Halvik, chief executive of Brindle '
            'Networks, also at the fair, said: "We have plans to integrate television with our own services."')
    assert speakers(text) == ["Oren Halvik"]


def test_an_age_then_a_relative_clause_after_a_name_leave_the_name_the_speaker():
    text = ('Tom Reed spoke in Harwick. Tom Reed, 79, who has been in Harwick for the talks, said: "Rates will '
            'have to rise further this year."')
    assert speakers(text) == ["Tom Reed"]


def test_a_name_inside_a_clause_before_a_spokesman_is_not_the_speaker():
    text = ('Minister Ann Vale travelled to Harwick. After meeting Ann Vale, a spokesman said: "The talks went '
            'well for both sides."')
    assert speakers(text) == []


def test_said_the_paper_is_not_the_person_just_named():
    text = ('Coach Tom Reed was criticised again. "Perhaps it was because their team had played so poorly," '
            'said the paper.')
    assert quotes(text) == []


def test_said_a_person_then_a_phrase_about_the_words_is_the_persons_quotation():
    text = ('Ann Vale was found guilty of stamping on a rival. "I am extremely disappointed with the ruling," '
            "said Rovers manager Tom Reed of Vale's punishment.")
    assert speakers(text) == ["Tom Reed"]


def test_said_a_description_then_the_name_it_stands_for_is_that_persons_quotation():
    text = ('Kostas Marel and Ann Vale face a hearing. "A decision is now expected by around mid-March," said one '
            'of their lawyers, Tom Reed.')
    assert speakers(text) == ["Tom Reed"]


def test_he_added_after_a_quotation_whose_speaker_is_named_after_it_is_that_speaker():
    quotes = speakers('Tom Reed was attacked in Harwick on Saturday. He was out with friends. '
                      '"He was shaken but not badly hurt," said Tarvel spokesman Ian Pellow. '
                      'He added: "He will not be pressing charges."')
    assert quotes == ["Ian Pellow", "Ian Pellow"]


def test_a_name_in_a_participle_phrase_between_subject_and_verb_is_not_the_speaker():
    text = ('Ann Vale sued Tom Reed in May. Her lawsuit, filed in the district court in Port Harwick, '
            'said she "has never taken banned drugs". Port Harwick Mills said so.')
    assert "Port Harwick" not in speakers(text)


def test_an_agency_quoting_someone_unnamed_as_saying_gives_the_words_to_nobody():
    text = ('Tarvel Capital shares rose on Monday, the news agency Reuters reported. Reuters said the bid was in '
            'doubt. "A deal does not seem likely," Reuters quoted one trader as saying. "The board will wait."')
    assert quotes(text) == []


def test_an_agency_quoting_a_named_person_as_saying_gives_the_words_to_that_person():
    text = ('Harwick Motors chief Tom Reed spoke on Monday, Reuters reported. "We will not sell," Reuters quoted '
            'Harwick Motors chief executive Tom Reed as saying.')
    assert speakers(text) == ["Tom Reed"]


def test_a_person_quoted_in_a_paper_as_saying_is_the_speaker():
    text = 'Ann Vale met the board. "We will appeal," Ann Vale was quoted by a newspaper as saying.'
    assert speakers(text) == ["Ann Vale"]


def test_a_name_after_said_whom_the_quoted_words_go_on_about_is_not_their_speaker():
    # the subject's relative clause is too long to be looked past, so the name after "said" is
    # all there is: 'said Ann Vale "should …"' makes her the subject of the words quoted
    text = ('Tom Reed spoke at Harwick. However, Mr Reed, who was forced to apologise last year for an '
            'article in the magazine he edits about the people of Tarvel grieving over the death of the '
            'hostage Jill Lowe in the desert, said Ann Vale "should butt out of" the row.')
    assert "Ann Vale" not in speakers(text)


def test_he_after_a_name_owning_the_noun_before_a_person_stands_for_that_person():
    text = ('Harwick lost 3-1 to Tarvel on Tuesday. "This was a bad night for us," said Tom Reed. '
            "But Reed's Tarvel counterpart Jack Vale was in no mood to celebrate either. "
            'He said: "I am far from happy despite the win."')
    assert quotes(text)[-1] == ("Jack Vale", "I am far from happy despite the win.")


def test_a_name_after_an_indefinite_article_modifies_a_noun_and_is_not_whom_he_stands_for():
    text = ('Boss Tom Reed felt Harwick were never in danger of going out. An early own goal followed by '
            'a Jack Vale strike earned them a win. "It gave us a great advantage," he said.')
    assert quotes(text) == [("Tom Reed", "It gave us a great advantage,")]


def test_the_last_name_of_an_open_relative_clause_and_a_name_said_of_are_not_whom_the_editor_stands_for():
    # "Mr Reed, who … the hostage Jack Lowe, said": Lowe ends Reed's relative clause; 'said Ann Vale
    # "should …"' is what Reed said of her: the editor is Reed, the sentence's subject
    text = ('Tom Reed spoke at Harwick. Mr Reed, who was forced to apologise last year for an article in the '
            'magazine he edits about the people of Tarvel grieving over the death of the hostage Jack Lowe, '
            'said Ann Vale "should resign". "I don\'t see why she stays," the editor told the radio.')
    assert quotes(text)[-1] == ("Tom Reed", "I don't see why she stays,")


def test_a_body_named_only_inside_someone_s_quoted_words_is_not_whom_the_bank_said_stands_for():
    text = ('Two lenders later became part of Acme Holdings. Acme Holdings apologised on Monday. '
            '"We apologise for the role that Tarvel Bank played," chief executive Tom Reed said in a letter. '
            'Acme Holdings said that it was setting up a scholarship fund. '
            'The bank said that it is a "very different company than the lenders of the 1800s".')
    assert "Tarvel Bank" not in speakers(text)


def test_it_said_after_a_body_we_do_not_know_is_nobodys_not_an_earlier_bodys():
    text = ('The Tarvel Ministry of Labour published its plan on Monday. "Workers will gain," the ministry said. '
            'Unions had opposed the plan. The Harwick Chambers of Trade welcomed the latest proposal. '
            '"This move today is the best of both worlds," it said.')
    assert quotes(text) == [("Tarvel Ministry of Labour", "Workers will gain,")]


def test_he_after_words_reported_then_said_name_is_that_name_not_one_in_the_words():
    text = ('Home Secretary Tom Vale defended the law on Monday. The barrister who had represented Mr Reed had said '
            'the rules were fair, said Mr Vale. He said: "The problem is that too few people understand it."')
    assert speakers(text) == ["Tom Vale"]


def test_he_after_a_sentence_naming_no_one_but_a_role_that_speaks_is_the_role_holder():
    text = ('Prime Minister Tom Reed opened the debate on Monday. Police chief Jack Vale later backed a change to the law. '
            'The pressure prompted the prime minister to say the police would be consulted. '
            'He told MPs: "If we get the right response, we will support a change in the law."')
    assert speakers(text) == ["Tom Reed"]


def test_he_does_not_stand_for_a_name_inside_a_relative_clause_not_yet_closed():
    text = ('Harwick forward Tom Reed is happy at the club. But the 25-year-old, who has spent the season behind '
            'Jack Vale, did not rule out a move. "I am pleased with the start I have made here," he told the BBC.')
    assert "Jack Vale" not in speakers(text)


def test_a_name_after_said_with_an_adverb_and_a_verb_is_whom_it_was_said_of():
    text = ('Chancellor Tom Reed will lead the campaign. A party spokesman played down the row and said Mr Reed '
            'already had a prominent role. "This election is a choice between going forward and going back."')
    assert speakers(text) == []


def test_a_description_is_not_the_person_its_own_sentence_names_after_it():
    text = ('First Minister Tom Reed spoke to pupils about drinking. But the Executive has insisted Mr Reed was '
            'speaking about adults and his comments were "a recognition that people will get drunk".')
    assert speakers(text) == []


def test_the_place_mp_is_the_person_holding_the_seat_not_the_place():
    text = ('Ann Vale said shops would be searched because of the threat. Her comments were called "rash" by the '
            'Tarvel Traders Council.\n\n"The threat is most likely to come from a few people," the Harwick MP told '
            'the committee. It was a reality, she said. "We will act," she added.')
    assert speakers(text) == ["Ann Vale", "Ann Vale"]


def test_a_name_before_a_role_word_and_a_person_is_the_persons_club_not_whom_he_stands_for():
    text = ('Harwick have signed Tarvel midfielder Tom Reed until the end of the season.\n\n'
            '"It was a very easy decision to make," the 34-year-old told Harwick\'s website.')
    assert speakers(text, 'Jack Tarvel scored twice for the visitors. Tarvel was later injured.') == ["Tom Reed"]


def test_continued_as_the_verb_of_going_on_reports_nobody():
    # 'if the growth continued' is no reporting clause: the paragraph's quotation goes on from
    # the sentence reporting Reed's words before it
    text = ('Prices rose again, said economist Tom Reed.\n\nHe said if the growth continued at this rate '
            'then rates would rise.\n\n"I think the key is what the bank expects to happen next."')
    assert speakers(text) == ["Tom Reed"]


def test_continued_beside_a_quotation_reports_it():
    text = ('Ann Vale spoke to the board. "We cannot go on like this," she continued. '
            'Later Ms Vale continued: "The plan for Harwick is the right one."')
    assert speakers(text) == ["Ann Vale", "Ann Vale"]


def test_a_club_named_before_its_bosss_role_and_name_leaves_the_boss_the_speaker():
    # the reactions list of a match report: '- <club> boss <honorific> <name>: "…"'
    text = ('Harwick Rovers beat Tarvel United 2-0 on Saturday. Harwick Rovers said the win was deserved. '
            'Tarvel United said they would appeal against the red card.\n\n'
            '- Harwick Rovers boss Tom Reed: "We were the better side in the second half and deserved the win."\n'
            ' - Tarvel United boss Sir Ann Vale: "We did not play with enough speed and paid for it today."')
    assert quotes(text)[-2:] == [("Tom Reed", "We were the better side in the second half and deserved the win."),
                                 ("Ann Vale", "We did not play with enough speed and paid for it today.")]


def test_he_after_a_person_named_by_nationality_is_not_the_name_in_that_sentence():
    # 'The American' is someone named before, not Vale, whose claims he doubted
    text = ('Tom Reed was involved in a row with Ann Vale last year. The American had doubted Vale\'s claims '
            'about her injury.\n\nAnd the American remains critical of the team. "The only time you see them '
            'upset is when they argue among themselves," he said.')
    assert speakers(text) == []


def test_a_nationality_before_a_noun_is_no_persons_description():
    text = ('Ann Vale met the board on Monday. The German company welcomed Ms Vale\'s offer. '
            '"We will invest in the Harwick plant next year," she said.')
    assert speakers(text) == ["Ann Vale"]


def test_a_stray_comma_between_a_speaker_and_her_verb_leaves_her_the_speaker():
    # no appositive opens before the comma: the next quotation is hers, not the run of the one before
    text = ('"The old notes were like funny money," Tom Reed, chief economist at Harwick Bank, told reporters. '
            'However, some savers are not happy. "If a person has ten billion in savings this will suddenly '
            'look smaller," shop owner Ann Vale, told reporters.')
    assert speakers(text) == ["Tom Reed", "Ann Vale"]


def test_a_comma_before_an_inverted_verb_is_no_stray_one():
    text = ('Ann Vale studies aircraft makers. "Tarvel Air is now where its rival was a few years ago" with its '
            'range of jets, said Ms Vale.')
    assert speakers(text) == ["Ann Vale"]


def test_a_sentence_owned_by_his_goes_on_about_the_person_before_not_the_possessor_it_names():
    text = ('Tom Reed won the 60m in Harwick on Saturday. His times were well short of Ann Vale\'s world '
            'record. "It is a very hard record to break, but I have trained very well," said the champion.')
    assert speakers(text) == ["Tom Reed"]


def test_a_countrys_adjective_picks_that_countrys_holder_of_a_role_several_hold():
    text = ('US President Tom Reed won the election. French President Ann Vale said Europe must unite. His '
            'words about President Reed met a cool reception from Ms Vale. The French president told '
            'reporters: "Europe today has more than ever the need to reinforce itself and its unity."')
    assert speakers(text) == ["Ann Vale"]


def test_a_description_opening_a_reporting_clause_is_not_someone_named_inside_the_quotation_before():
    text = ('Ilse Brodwin is the favourite to take over at Harwick. Tavish Quarmby said: "She would be the '
            'outstanding candidate as far as I\'m concerned. "You need somebody who knows the game and Brodwin would '
            'bring a wealth of experience to the job." The Harwick boss continued: "I don\'t know what credentials '
            'are needed but it is a job that needs a lot of experience."')
    assert speakers(text) == ["Tavish Quarmby"] * 3


def test_a_name_in_a_phrase_a_preposition_opens_after_a_quotation_does_not_speak_it():
    text = ('The Harwick Party says a vote for Reform would mean "higher taxes and more debt". Reform leader Tavish '
            'Quarmby toured the marginal seats on Monday. He said voters were "highly sceptical" about Unity and '
            'Harwick Party promises on tax. "If you look at the last four elections, we have shown that we can beat '
            'the government in its own seats."')
    assert speakers(text) == ["Harwick Party", "Tavish Quarmby"]


def test_he_after_a_sentence_opening_on_a_persons_description_is_not_someone_named_in_its_phrases():
    text = ('Top seed Tavish Quarmby had to save two match points at the Harwick Open, where Ilse Brodwin also won. '
            'Quarmby was not unduly worried despite being taken to three sets again. The world number one was forced '
            'to go the distance against Ilse Brodwin in the final last week. "I definitely had a slow start again and '
            'to come back every time is quite an effort," he said.')
    assert speakers(text) == ["Tavish Quarmby"]


def test_a_quotation_closed_after_a_stray_space_ends_and_the_next_sentences_subject_does_not_speak_it():
    text = ('Councillor Wendrel Osk said: "The plan cannot be paid for. "The only people who would pay '
            'are the families who would be worse off a year. " And Minister Pasco Trellin said the '
            'figures did not add up. Pasco Trellin left early.')
    assert speakers(text) == ["Wendrel Osk", "Wendrel Osk"]


def test_a_quotation_whose_full_stop_runs_on_into_said_keeps_the_name_after_it():
    text = ('Profits fell. "Wall Street has got a bit ahead of the firm this year." said analyst Pasco '
            'Trellin. Pasco Trellin left early.')
    assert speakers(text) == ["Pasco Trellin"]


def test_the_company_is_not_a_firm_only_named_in_another_persons_post():
    text = ('Strong sales outside Europe helped Dravenport lift its profits by 40% last year. Growth came '
            'mainly from new markets. Japanese carmaker Brannock - in which Dravenport owns a stake - added '
            '1.7bn euros. Brannock chairman Tobin Quillet is to take charge of both firms later this year.\n\n'
            'The firm said it expected margins to be lower this year. "In a sluggish market, we intend to '
            'keep growing our sales," the company said in a statement.')
    assert "Brannock" not in speakers(text)


def test_he_after_a_described_subject_behind_a_time_adverbial_is_the_person_it_describes():
    text = ('The archbishop, Pellow Vantrice, criticised the cost of the war. The archbishop said the money '
            'should go to the poor.\n\n'
            'Merrow Kellane, the head of the smaller church, also said the war had damaged faith.\n\n'
            'On Friday, the archbishop will ask the congregation to pray. "It is possible, it is real, '
            'and it is always worth striving for," he will say.')
    assert speakers(text)[-1] == "Pellow Vantrice"


def test_speaker_with_a_nickname_in_quotation_marks_inside_the_name():
    text = 'Label boss Delbert "Grusk" Kettleby said: "I am leaving because the job is done."'
    assert quotes(text) == [('Delbert "Grusk" Kettleby', "I am leaving because the job is done.")]


def test_he_after_a_speech_set_at_a_place_is_the_described_speaker_not_the_person_in_his_words():
    text = ('Chancellor rallies supporters\n\nChancellor Tom Reed has urged supporters to turn out in the election. '
            'To a packed hall in Harwick, the chancellor said the cuts proposed by shadow chancellor Mark Dunmore '
            'were reckless, he told activists. Laying into the record of the last government he said: '
            '"I give you this promise: we will never return to those mistakes."')
    assert speakers(text) == ["Tom Reed"]


def test_a_description_does_not_stand_for_a_holder_of_its_role_the_report_names_only_later():
    text = ('Director plans sequel\n\nFilm director Tom Reed has said it will be four years before he starts work '
            'on the sequel. The Oscar winner said on a visit to Harwick there was a "desire" to make it. '
            '"I think it will be a lot of lawyers sitting in a room for a long time," said the New Zealander. '
            'The picture stars Oscar winner Mark Dunmore and is due out in December.')
    assert speakers(text) == ["Tom Reed"]


def test_a_description_in_the_opening_sentence_may_stand_for_the_person_named_after_it():
    text = ('Minister backs reform\n\nThe post should go to "the best person for the job", the courts minister has '
            'told MPs. "It no more needs a lawyer than health needs a doctor," said courts minister Tom Reed. '
            'Mr Reed said: "The prime minister should be able to appoint whoever is best."')
    assert speakers(text)[0] == "Tom Reed"
