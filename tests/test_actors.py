from analysis_helpers import corpus, document
from briefing.analysis.actors import actor_index, find_actors
from briefing.analysis.names import document_names
from briefing.analysis.quotes import find_quotes
from briefing.analysis.roles import class_before, head_word, one_of_plural, role_after, role_as, role_copula


def actor(actors, name):
    return next(a for a in actors if a.name == name)


ELSEWHERE = "Markets were calm on Friday."     # a second report, naming no one


def actors_of(*texts):
    """The actors found in documents of `texts`, by name."""
    return {a.name: a for a in find_actors(corpus(*texts))}


def test_title_before_name_gives_role_and_country_affiliation():
    actors = find_actors(corpus("Lim met Chilean Foreign Minister Tomas Arrieta in Santiago on Monday."))
    arrieta = actor(actors, "Tomas Arrieta")
    assert (arrieta.role, arrieta.affiliation, arrieta.kind) == ("Foreign Minister", "Chile", "person")


def test_lowercase_role_phrase_before_name_is_kept_whole():
    actors = find_actors(corpus("The delegation was led by former parliament speaker Bae Jin-ho."))
    assert actor(actors, "Bae Jin-ho").role == "former parliament speaker"


def test_appositive_after_name_gives_role():
    text = "Lena Marsh, a Panama Canal specialist at the Northfield Institute, said talks went well."
    assert actor(find_actors(corpus(text)), "Lena Marsh").role.startswith("Panama Canal specialist")


def test_apposition_says_more_than_a_bare_class_word_before_the_name():
    # "Farmer", "campaigner": a reporter's one-word tag, which the apposition after the name outdoes
    farmer = "Farmer Tom Dalby, a senior member of the Harwick hunt, said the ban was unfair."
    assert actor(find_actors(corpus(farmer)), "Tom Dalby").role == "senior member of the Harwick hunt"
    lower = "The ban was unfair, said campaigner Ann Vale, the founder of a rural trust."
    assert actor(find_actors(corpus(lower)), "Ann Vale").role == "founder of a rural trust"


def test_office_or_rank_before_the_name_beats_an_apposition():
    for text, role in (("President Tom Reed, a former banker, said so.", "President"),
                       ("Professor Ann Vale, head of information systems at a college, said so.", "Professor"),
                       ("Farmer Tom Dalby, 54, said so.", "Farmer")):      # no apposition to say more
        person = next(a for a in find_actors(corpus(text)) if a.kind == "person")
        assert person.role == role


def test_surname_resolves_per_document_when_people_share_it():
    first = "Envoy Bae Jin-ho flew to Lima. Bae said the visit went well."
    second = "Vice Minister Bae Soo-min held talks in Quito. Bae said more talks would follow."
    actors = find_actors(corpus(first, second))
    assert actor(actors, "Bae Jin-ho").mentions == 2
    assert actor(actors, "Bae Soo-min").mentions == 2
    # a surname two people share is an alias of neither
    assert "Bae" not in actor(actors, "Bae Jin-ho").aliases


def test_mr_surname_and_title_surname_become_aliases():
    text = ("Chancellor Martin Gray spoke on Monday. Mr Gray said he was focused on the election. "
            "Critics of Mr Gray disagreed.")
    gray = actor(find_actors(corpus(text)), "Martin Gray")
    assert "Mr Gray" in gray.aliases and gray.mentions == 3 and gray.role == "Chancellor"


def test_spelling_variants_and_nicknames_merge_across_documents():
    actors = find_actors(corpus("President Ryu Hyeon Chul left the capital.", "Ryu Hyeon-chul arrived.",
                                "Former chief executive Alex Marlowe testified.", "Alexander Marlowe denied it."))
    assert actor(actors, "Ryu Hyeon Chul").docs == [0, 1]
    marlowe = [a for a in actors if a.name in ("Alex Marlowe", "Alexander Marlowe")]
    assert len(marlowe) == 1 and set(marlowe[0].aliases) & {"Alex Marlowe", "Alexander Marlowe"}


def test_surname_alone_in_a_document_joins_the_full_name_elsewhere():
    actors = find_actors(corpus("Defence lawyer Carl Halvorsen spoke.", "Mr Halvorsen asked the witness."))
    assert actor(actors, "Carl Halvorsen").docs == [0, 1]


def test_places_months_headline_words_and_sentence_starts_are_not_actors():
    text = ("Lima Pushes High-Level Talks With Quito This Quarter\n"
            "During March, Foreign Minister Ana Ruiz travelled to Northern Cape Province. "
            "Similarly, the talks in New York went well on Monday.")
    names = set(actors_of(text))
    assert "Ana Ruiz" in names
    assert not names & {"Pushes High-Level Talks", "During", "March", "Similarly", "Northern Cape Province",
                        "New York", "Monday", "Quarter"}


def test_capital_stands_for_its_country():
    actors = find_actors(corpus("Paris opposed the plan. France said so again."))
    france = actor(actors, "France")
    assert france.kind == "country" and france.mentions == 2 and france.aliases == ["Paris"]


def test_people_with_roles_rank_before_bare_names():
    text = ("Opposition leader Peter Long spoke in London. Lahan Choose was also there. "
            "Peter Long said more later.")
    names = [a.name for a in find_actors(corpus(text))]
    assert names.index("Peter Long") < names.index("Lahan Choose") if "Lahan Choose" in names else True
    assert names[0] == "Peter Long"


def test_party_of_a_person_is_a_role_for_want_of_one():
    assert actor(find_actors(corpus("Reform's Tim Vale said it was a meeting like no other.")),
                 "Tim Vale").role == "Reform"


def test_title_after_a_place_word_starts_a_new_name():
    actors = find_actors(corpus("A spokesman for New York State Comptroller Ruth Calder spoke."))
    assert actor(actors, "Ruth Calder").role == "New York State Comptroller"


def test_output_is_deterministic():
    texts = ("Chancellor Martin Gray met Tony Calloway.", "Mr Calloway and Mr Gray spoke to Robin Vance.")
    first = [(a.name, a.score, a.aliases) for a in find_actors(corpus(*texts))]
    assert first == [(a.name, a.score, a.aliases) for a in find_actors(corpus(*texts))]


def test_titled_surname_with_a_typo_joins_the_full_name():
    actors = find_actors(corpus("Former chief executive Alex Marlowe denied fraud. Later Mr Marlowe spoke.",
                                "Lawyers for Mr Marlow objected."))
    assert [a.name for a in actors if "Marlow" in a.name] == ["Alex Marlowe"]


def test_a_lone_surname_a_letter_off_the_full_name_its_report_gave_is_that_person():
    text = ("Agent Orwen Tallack says no offer has come in. Tallak says the player wants to stay. "
            '"He is happy here," said Tallak.')
    actors = find_actors(corpus(text))
    assert [a.name for a in actors if a.name.startswith("Tall") or "Tallack" in a.name] == ["Orwen Tallack"]
    assert actor(actors, "Orwen Tallack").mentions == 3


def test_a_surnames_plural_is_the_family_not_the_person():
    text = "Singer Orwen Tallack was there. The Tallacks have three children."
    tallacks = [m for m in document_names(corpus(text).documents[0]).mentions if m.text == "Tallacks"]
    assert all(m.entity != "Orwen Tallack" for m in tallacks)


def test_a_peer_named_once_is_no_slip_for_someone_never_titled_so():
    actors = find_actors(corpus("Campaigner Alex Marlow was freed in 1989. Mr Marlow spoke to reporters.",
                                "The bill was attacked by Lord Marlowe, a former police chief."))
    assert sorted(a.name for a in actors if "Marlow" in a.name) == ["Alex Marlow", "Lord Marlowe"]


def test_two_given_names_english_writes_apart_are_two_people_of_one_surname():
    actors = find_actors(corpus("Harwick prop Tom Reed scored twice. Tom Reed was named man of the match.",
                                "Tarvel coach Tim Reed praised his side. Tim Reed said the win was deserved."))
    assert sorted(a.name for a in actors if "Reed" in a.name) == ["Tim Reed", "Tom Reed"]


def test_a_titled_surname_written_again_is_a_name_of_its_own_not_a_typo():
    actors = find_actors(corpus("Finance minister Alex Marlow denied the claims. Later Mr Marlow spoke.",
                                "Tarvel Oil chief Lord Marlowe said profits rose. Lord Marlowe said prices would stay high."))
    assert sorted(a.name for a in actors if "Marlow" in a.name) == ["Alex Marlow", "Lord Marlowe"]


def test_office_named_throughout_goes_to_the_untitled_leading_person():
    texts = [f"Tony Calloway spoke on day {i}. The prime minister said little. Martin Gray, the chancellor, "
             f"said more." for i in range(3)]
    assert actor(find_actors(corpus(*texts)), "Tony Calloway").role == "prime minister"



def test_an_office_two_reports_name_goes_to_the_person_both_name_but_not_to_one_named_in_one():
    texts = ["Tom Reed set out his budget. Markets rose. The chancellor said taxes would not rise. Mr Reed left.",
             "Tom Reed was criticised. Markets fell. The chancellor defended the plan.",
             "Ann Vale said the plan was wrong. Ms Vale left. Ms Vale spoke again.",
             "Ann Vale was angry. Ms Vale left. Crowds came. The prime minister was abroad.",
             "Jo Pike spoke. The prime minister met Ms Pike. Ms Pike left."]
    actors = {a.name: a for a in find_actors(corpus(*texts))}
    assert actors["Tom Reed"].role == "chancellor"
    assert actors["Ann Vale"].role == "" and actors["Jo Pike"].role == ""

def test_role_before_a_comma_needs_a_definite_phrase():
    actors = find_actors(corpus("The firm handles music artists, Duncan Smith and others. "
                                "Peru's former president, Rosa Quintero, was criticised."))
    assert actor(actors, "Duncan Smith").role == ""
    quintero = actor(actors, "Rosa Quintero")
    assert (quintero.role, quintero.affiliation) == ("former president", "Peru")


def test_office_after_the_name_is_a_role_but_a_verb_before_it_is_not():
    actors = find_actors(corpus("Former welfare minister Alan Price MP spoke. Then Alan Price left. "
                                "The manager ordered captain Tom Reed to rest."))
    assert actor(actors, "Tom Reed").role == "captain"
    assert "minister" in actor(actors, "Alan Price").role


def test_events_and_prizes_are_not_actors():
    names = {a.name for a in find_actors(corpus("Harwick won Sunday's Vellmoor Cup final. Coach Tomas Verlander "
                                                "left for the Australian Open.", "The Vellmoor Cup was won."))}
    assert "Tomas Verlander" in names and not names & {"Vellmoor Cup", "Vellmoor", "Australian Open", "Sunday"}


def test_rare_word_recurring_across_documents_is_an_organization():
    actors = find_actors(corpus("Oil giant Norvex said output fell. Shares in Norvex slid.", "Norvex denied it.",
                                "The talks in Tarvel ended. They met in Tarvel again.",
                                "Leaders arrived in Tarvel."))
    assert actor(actors, "Norvex").kind == "organization"
    assert "Tarvel" not in {a.name for a in actors}


def test_end_of_a_full_name_at_a_sentence_start_joins_it():
    actors = find_actors(corpus("Tarvel assistant coach Joost Ten Harkel was angry. Ten Harkel said so."))
    assert actor(actors, "Joost Ten Harkel").mentions == 2


def test_a_lone_name_the_next_sentence_takes_up_as_a_body_is_an_organization():
    # "The software maker said": the subject just named, called by its kind; its role that kind
    text = "Veltrion has recalled its printers. The software maker said the fault was rare. Veltrion will pay."
    veltrion = actors_of(text, ELSEWHERE)["Veltrion"]
    assert (veltrion.kind, veltrion.role) == ("organization", "software maker")


def test_a_counterpart_or_a_noun_already_said_after_the_name_is_no_description_of_it():
    for text in ("Harwick was flooded overnight. The council said roads were shut. Harwick is near the coast.",
                 "Veltrion is cutting 300 jobs. The union said it would fight. Veltrion made no comment.",
                 "Tarvex was sold to a shell company in May. The shell company was then bought. Tarvex was small.",
                 "Harwick beat Tarvel 3-0. The home side led at half-time. Harwick are second."):
        assert not {"Harwick", "Veltrion", "Tarvex"} & set(actors_of(text, ELSEWHERE))


def test_given_name_alone_counts_but_is_no_alias():
    actors = find_actors(corpus("Leader Robert Darrow-Vane quit. Robert said he was tired."))
    leader = actor(actors, "Robert Darrow-Vane")
    assert leader.mentions == 2 and "Robert" not in leader.aliases


def test_role_in_the_lead_goes_to_the_person_opening_the_next_sentence():
    text = ("The feud has prompted a Reform donor to say he will stop giving money. "
            "Gareth Moss also attacked the government.")
    assert actor(find_actors(corpus(text)), "Gareth Moss").role == "Reform donor"


def test_institution_after_a_role_is_the_affiliation():
    text = "Liu Wenbo, a professor of world business at Halden University, said the visit mattered."
    liu = actor(find_actors(corpus(text)), "Liu Wenbo")
    assert (liu.role, liu.affiliation) == ("professor of world business", "Halden University")


def test_common_words_after_a_role_noun_are_a_name():
    text = '"It is a frenzy," bookmaker spokesman Tom Reed said.'
    assert actor(find_actors(corpus(text)), "Tom Reed").role == "bookmaker spokesman"


def test_list_of_people_is_no_appositive_and_titles_of_works_are_no_people():
    actors = find_actors(corpus("Guests included Trevor Mallory, actor Hugh Brannock and writer Joanne Halbrook. "
                                "The film Finding Marrowby won."))
    assert actor(actors, "Trevor Mallory").role == ""
    assert actor(actors, "Hugh Brannock").role == "actor"
    assert "Finding Marrowby" not in {a.name for a in actors}


def test_names_in_many_styles_with_particles_accents_and_hyphens():
    text = ("Regional Council President Anke von der Heide met Turkish President Mehmet Ali Karadağ "
            "in Ankara. Leftist leader Jean-Luc Mélenchon and Brazilian President Luiz Inácio Tavares da Rocha "
            "later joined. Von der Heide said talks went well. Karadağ agreed, and Tavares said so too.")
    actors = find_actors(corpus(text))
    assert actor(actors, "Mehmet Ali Karadağ").affiliation == "Turkey"
    assert actor(actors, "Luiz Inácio Tavares da Rocha").mentions == 2
    assert actor(actors, "Anke von der Heide").mentions == 2
    assert actor(actors, "Jean-Luc Mélenchon").role == "Leftist leader"


def test_sentences_left_out_are_not_counted_even_after_a_full_run():
    c = corpus("Chancellor Martin Gray spoke. Mr Gray left. Opposition leader Peter Long stayed.")
    assert actor(find_actors(c), "Martin Gray").mentions == 2
    c.sentences[0] = [s for s in c.sentences[0] if s.index != 1]
    assert actor(find_actors(c), "Martin Gray").mentions == 1


def test_department_words_inside_a_title_and_street_abbreviations_are_no_names():
    actors = find_actors(corpus("International Development Secretary Hilary Stroud spoke in Carter St. "
                                "London-based funds rose. Anais Deverel, an analyst at Nomura told the BBC "
                                "it was fine."))
    names = {a.name for a in actors}
    assert actor(actors, "Hilary Stroud").role == "International Development Secretary"
    assert not names & {"Development", "Carter St", "London-based"}
    assert actor(actors, "Anais Deverel").role == "analyst"


def test_a_name_never_titled_nor_given_is_an_organization():
    actors = find_actors(corpus("Nordhafen Boerse said it would bid.", "Nordhafen Boerse said so again."))
    assert actor(actors, "Nordhafen Boerse").kind == "organization"


def test_a_full_name_after_a_nationality_before_its_country_or_an_age_is_a_persons_though_never_titled():
    # no list knows "Jurko", "Olvar" or "Ivet" for a given name; a firm's nationality comes with
    # its kind ("the Austrian firm Tarvel Boerse") and a firm has no age
    actors = find_actors(corpus("Harwick beat Austrian Jurko Varelin in the second round.",
                                "Jurko Varelin will face Olvar Quenbeck of Belgium next.",
                                "Olvar Quenbeck lost to Harwick last year. Ivet Drannic, 23, won the final.",
                                "Ivet Drannic plays Harwick next.",
                                "The Austrian firm Tarvel Boerse said it would bid.", "Tarvel Boerse said so again."))
    assert [actor(actors, name).kind for name in ("Jurko Varelin", "Olvar Quenbeck", "Ivet Drannic")] == ["person"] * 3
    assert actor(actors, "Tarvel Boerse").kind == "organization"


def test_a_surname_alone_that_says_he_is_a_persons_and_one_that_says_it_a_firms():
    actors = find_actors(corpus("Afterwards, Varelin said he rated the young Tarvelco side highly.",
                                "Varelin won in three sets on Tuesday. Tarvelco said it would appeal.",
                                "Tarvelco said it would appeal. The draw favours Varelin."))
    assert (actor(actors, "Varelin").kind, actor(actors, "Tarvelco").kind) == ("person", "organization")


def test_a_first_word_another_described_person_opens_on_is_a_given_name_but_not_its_own_description():
    actors = find_actors(corpus("Coach Ann Vale picked flanker Jurko Tarvel and Jurko Varelin for Saturday.",
                                "Jurko Varelin missed the best chance after 106 minutes.",
                                "German club and former European champion Tarvo Dortmel has warned it may fold.",
                                "Tarvo Dortmel posted a record loss. Tarvo Dortmel's chairman resigned."))
    assert (actor(actors, "Jurko Varelin").kind, actor(actors, "Tarvo Dortmel").kind) == ("person", "organization")


def test_a_full_name_going_on_with_who_is_a_persons_but_a_plural_ones_a_groups():
    actors = find_actors(corpus("The prize went to Conlan Tarvelli, who plays the lead in Harwick.",
                                "Conlan Tarvelli for Harwick at the Tarvel Theatre.",
                                "Harwick Sisters, who formed in 2001, will tour.", "Harwick Sisters played Tarvel."))
    assert (actor(actors, "Conlan Tarvelli").kind, actor(actors, "Harwick Sisters").kind) == ("person", "organization")


def test_plain_word_opening_a_sentence_before_a_name_is_not_part_of_it():
    actors = find_actors(corpus("Agent Brian Hollick insists the move is right. Ryu Hyeon Chul, the mayor, disagreed."))
    names = {a.name for a in actors}
    assert "Brian Hollick" in names and "Ryu Hyeon Chul" in names


def test_a_less_common_word_opening_a_sentence_before_a_given_name_is_not_part_of_the_name():
    names = {a.name for a in find_actors(corpus("Defiant Tom Reed says he will not quit as coach. Reed said so.",
                                                "Ailsa Jane Pike said no. Ms Pike left."))}
    assert "Tom Reed" in names and "Defiant Tom Reed" not in names
    assert "Ailsa Jane Pike" in names        # a rare word may be a given name of its own


def test_a_less_common_plain_word_that_only_ever_opens_a_sentence_is_no_part_of_the_name():
    # "newcomer" is rarer than the words a name written mid-sentence may open on ("Rich Tarvel"),
    # but written only at the opening of sentences its capital is the sentence's
    actors = find_actors(corpus("Newcomer Anya Korvelli beat the top seed in Harwick. The win stunned the crowd.",
                                "Anya Korvelli will face Lina Marsh in the final. Korvelli said she was ready."))
    assert "Anya Korvelli" in names_of(actors) and "Newcomer Anya Korvelli" not in names_of(actors)


def test_a_country_and_an_adjective_before_a_noun_name_no_national_body():
    names = {a.name for a in find_actors(corpus(
        "Ann Vale led the Danish Olympic team to Harwick. The Danish Olympic team won. "
        "UK Rowing said the Danish Olympic team was strong. UK Rowing agreed."))}
    assert "UK Rowing" in names and "Danish Olympic" not in names


def names_of(actors):
    return {a.name for a in actors}


def test_surname_that_is_an_english_word_or_a_title_stays_in_the_full_name():
    actors = find_actors(corpus("Ruth May met the envoy on Monday.",
                                "Marta Judge, head of the harbour authority, said the docks would reopen."))
    assert {"Ruth May", "Marta Judge"} <= names_of(actors)
    assert "head of the harbour authority" in actor(actors, "Marta Judge").role


def test_title_noun_between_names_splits_the_organization_from_the_person():
    actors = find_actors(corpus("Zentrix CEO Ola Brandt said the plant would close.",
                                "Zentrix said it would appeal."))
    assert actor(actors, "Ola Brandt").role == "Zentrix CEO"


def test_romanisations_and_middle_initials_of_one_person_merge():
    actors = find_actors(corpus("Prime Minister Kwon Juck-soo resigned.", "Kwon Jeok-su left office.",
                                "Kwon Dong-min, the party leader, objected.",
                                "The geologist Ross T. Varga said the fault moved.", "Ross Varga warned of aftershocks."))
    kwon = actor(actors, "Kwon Juck-soo")
    assert "Kwon Jeok-su" in kwon.aliases and "Kwon Dong-min" not in kwon.aliases
    assert any(a.name in ("Ross T. Varga", "Ross Varga") and len(a.docs) == 2 for a in actors)


def test_acronym_joins_the_name_it_is_defined_for_and_a_legal_suffix_is_the_same_company():
    actors = find_actors(corpus("The Federation of Dock and Harbour Workers (FDHW) called a strike.",
                                "The FDHW said talks had failed.", "Harlow Shipping Co. rejected the demand.",
                                "Harlow Shipping said wages were fair."))
    union = next(a for a in actors if "FDHW" in [a.name, *a.aliases])
    assert union.name.startswith("Federation of Dock")
    assert any({"Harlow Shipping", "Harlow Shipping Co"} <= {a.name, *a.aliases} for a in actors)


def test_a_capitalised_common_word_that_speaks_is_an_organization_and_its_description_its_role():
    text = ("Workers at Falcon walked out on Monday. Falcon said the strike was unlawful. "
            "The carmaker said production had stopped. Falcon told investors it would recover.")
    falcon = actor(find_actors(corpus(text, "Falcon said it would meet the union.")), "Falcon")
    assert falcon.kind == "organization" and falcon.role == "carmaker"


def test_organizations_take_their_role_from_the_words_before_them_or_their_own_type_word():
    actors = find_actors(corpus("The ruling Civic Renewal Party lost the vote.",
                                "The ruling Civic Renewal Party will meet.",
                                "The Supreme Tribunal of Arland will rule on Friday."))
    assert actor(actors, "Civic Renewal Party").role == "ruling party"
    assert actor(actors, "Supreme Tribunal of Arland").role == "tribunal"


def test_a_house_of_a_legislature_is_a_chamber_but_a_shop_called_house_of_is_not():
    actors = actors_of("The House of Delegates passed the bill on Monday. The House of Delegates will vote again.",
                       "The House of Delegates rejected the plan, and House of Harwick said its shops would close. "
                       "House of Harwick said sales fell.")
    assert actors["House of Delegates"].role == "chamber"
    assert actors["House of Harwick"].role != "chamber"


def test_countries_have_a_role_and_continents_model_designations_and_codes_are_no_actors():
    actors = find_actors(corpus("France and Europe watched as the 717 LX 2 flew to G31.",
                                "France said the jets were grounded."))
    assert actor(actors, "France").role == "country"
    assert not names_of(actors) & {"Europe", "LX", "G31"}


def test_credits_and_bylines_name_no_actor():
    text = ("The minister resigned on Tuesday. (Reporting by Jane Holloway; Editing by Tom Reeve)\n"
            "A crowd gathers outside. WIREPIX/Ana Petrov")
    assert not names_of(find_actors(corpus(text))) & {"Jane Holloway", "Tom Reeve", "Ana Petrov"}


def test_speaker_behind_an_appositive_speaks_for_the_organization_they_chair():
    text = ("Lena Okafor, chair of the Coastal Nations Bloc, said the offer was too small. "
            "Okafor said talks would go on.")
    actors = find_actors(corpus(text))
    names = [a.name for a in actors]
    assert names.index("Coastal Nations Bloc") == names.index("Lena Okafor") + 1


def test_lower_case_collective_after_a_country_is_an_organization_under_its_fullest_name():
    actors = find_actors(corpus("Peru’s ruling military junta said on Friday it would extend the truce. "
                                "The junta has asked for foreign aid.",
                                "Peru's junta announces a ceasefire. The military kept shelling villages, residents said."))
    junta = actor(actors, "Peru military junta")
    assert junta.kind == "organization" and junta.mentions == 4 and junta.docs == [0, 1]
    assert {"junta", "Peru’s ruling military junta", "Peru's junta"} <= set(junta.aliases)
    assert "junta" in junta.role


def test_the_junta_of_a_document_naming_no_country_joins_the_one_junta_of_the_corpus():
    actors = find_actors(corpus("The Chilean junta closed the border.", "The junta said the toll had risen.",
                                "Aid reached the coast, the junta said."))
    assert actor(actors, "Chilean junta").docs == [0, 1, 2]


def test_a_collective_noun_before_another_noun_names_no_actor():
    actors = find_actors(corpus("Government buildings collapsed across Peru. Peru's military aircraft landed "
                                "at dawn, and Peru's army trucks followed."))
    assert not [a for a in actors if a.kind == "organization"]


def test_the_country_s_ministry_joins_the_capitalised_ministry_of_its_name():
    actors = find_actors(corpus("Chile's Ministry of Trade said exports fell.",
                                "In Chile, the country's trade ministry said on Monday that talks would resume."))
    ministry = actor(actors, "Ministry of Trade")
    assert ministry.docs == [0, 1] and "trade ministry" in ministry.aliases
    assert not [a for a in actors if a.name.lower().endswith("trade ministry")]


def test_collectives_of_two_countries_or_of_two_kinds_stay_apart():
    actors = find_actors(corpus("Peru's foreign ministry and Peru's defence ministry disagreed. "
                                "The Chilean government stayed silent, and the ministry declined to comment."))
    names = names_of(actors)
    assert {"Peru foreign ministry", "Peru defence ministry", "Chilean government"} <= names
    assert actor(actors, "Peru defence ministry").mentions == 2     # "the ministry": the last named before it


def test_and_before_an_organization_noun_starts_a_second_organization():
    actors = find_actors(corpus("The Ministry of Fisheries and Ministry of Ports said the quay would reopen. "
                                "The Federation of Dockworkers and Harbour Pilots agreed."))
    assert {"Ministry of Fisheries", "Ministry of Ports", "Federation of Dockworkers and Harbour Pilots"} <= names_of(actors)


def test_a_name_opening_on_a_compass_word_is_a_place_unless_titled_or_speaking():
    first = ("Councillor Ann Pell was due to stand in the East Harwick seat at the next election. "
             "Voters in East Harwick turned out in numbers. She toured East Harwick on Friday.")
    second = ("The MEP for the Upper Marsh, Tom Reeve, quit the party. Upper Marsh voters were angry. "
              "Prices rose again, Eastern Velstra said on Monday. Eastern Velstra said it would reply.")
    actors = find_actors(corpus(first, second))
    names = {a.name: a.kind for a in actors}
    assert "East Harwick" not in names and "Upper Marsh" not in names
    assert names.get("Eastern Velstra") == "organization"
    assert names.get("Ann Pell") == "person" and names.get("Tom Reeve") == "person"


def test_a_person_whose_surname_is_a_compass_word_stays_a_person():
    text = "Senator Maria West said the vote was close. West said she would try again in May."
    assert actor(find_actors(corpus(text)), "Maria West").kind == "person"


def test_a_plural_apposition_names_a_group_the_person_is_in_not_the_persons_role():
    text = ("The mayor was joined by one of Harwick's two Town Council members, Ann Pell, on Friday. "
            "Ann Pell said the plan was sound.")
    assert actor(find_actors(corpus(text)), "Ann Pell").role == ""
    text = "On Friday the firm's director, Ann Pell, said the plan was sound."
    assert actor(find_actors(corpus(text)), "Ann Pell").role == "firm's director"


def test_an_office_after_an_article_or_a_demonym_is_no_person_but_a_person_with_a_role_surname_is():
    text = ("The Veltrian Tourism Minister said the resorts would reopen. Tourism Minister Dana Orr said so too. "
            "The Tourism Minister said more on Friday. Orla Bishop, head of the unit, said it was ready.")
    names = {a.name: a.role for a in find_actors(corpus(text))}
    assert "Tourism Minister" not in names
    assert names["Dana Orr"] == "Tourism Minister" and "Orla Bishop" in names


def test_a_name_described_as_a_company_is_an_organization_and_a_person_heading_one_is_not():
    text = ("Harwick Re, the largest reinsurance company, said its exposure was small. "
            "Harwick Re said it would pay claims. Dana Orr, head of the company, said so. Ms Orr said more.")
    kinds = {a.name: a.kind for a in find_actors(corpus(text))}
    assert kinds["Harwick Re"] == "organization" and kinds["Dana Orr"] == "person"
    text = "Kimberly Vance, publisher of the weekly, said sales rose. Ms Vance said more."
    assert actor(find_actors(corpus(text)), "Kimberly Vance").kind == "person"


def test_a_clause_after_a_name_and_comma_is_no_apposition():
    from briefing.analysis.roles import role_after
    assert role_after(", quit the party on Friday.") == ""
    assert role_after(", resigned the Harwick Party whip in October.") == ""
    assert role_after(", chief executive of the firm, said") == "chief executive of the firm"
    assert role_after(", a ferry specialist at the Tarrow Institute, said") == "ferry specialist at the Tarrow Institute"


def test_a_phrase_of_company_after_a_name_is_no_apposition():
    from briefing.analysis.roles import role_after
    assert role_after(", along with fellow flanker Tom Reed.") == ""
    assert role_after(", together with party leader Ann Vale, said") == ""


def test_clubs_and_research_firms_are_organizations_and_an_expo_is_no_actor():
    text = ("Harwick United said the bid undervalued the club. Fans of Harwick United protested. "
            "Tarrow Research said sales would rise. Analysts at Tarrow Research agreed. "
            "The firm unveiled the player at the Velstra Expo. Crowds filled the Velstra Expo.")
    actors = actors_of(text)
    assert actors["Harwick United"].kind == "organization" and actors["Harwick United"].role != "united"
    assert actors["Tarrow Research"].kind == "organization" and actors["Tarrow Research"].role != "research"
    assert "Velstra Expo" not in actors


def test_another_organizations_name_in_a_list_is_no_organizations_role():
    from briefing.analysis.roles import organization_role_after
    assert organization_role_after(", the Harwick Monetary Fund, the World Ferry Bank and others") == ""
    assert organization_role_after(", a coalition of island nations, said") == "coalition of island nations"


def test_a_possessive_opens_an_organisations_apposition_as_an_article_does():
    from briefing.analysis.roles import organization_role_after
    assert organization_role_after(", Tarvel's third-biggest lender, said") == "Tarvel's third-biggest lender"
    assert organization_role_after(", Vale's management company, said") == "Vale's management company"
    assert organization_role_after(", Tarvel's Harwick Bank and others") == ""


def test_a_newspaper_telling_the_story_after_a_name_gives_it_no_role():
    from briefing.analysis.roles import organization_role_after
    assert organization_role_after(", the Vale Gazette newspaper reports.") == ""
    assert organization_role_after(", Tarvel's Vale Gazette newspaper reported.") == ""


def test_an_adjective_compound_before_a_name_is_no_part_of_it():
    text = ("Actor Clive Barrow won the prize. Celebrating his win, the Tony-nominated Barrow told reporters "
            "the season was new to him. Award-winning Barrow said more. London-based Ferris Holdings agreed. "
            "Envoy Bae Jin-ho said talks went well.")
    actors = actors_of(text)
    assert "Clive Barrow" in actors and not any("-" in alias for alias in actors["Clive Barrow"].aliases)
    assert not any(name.startswith(("Tony", "Award", "London")) for name in actors)
    assert "Bae Jin-ho" in actors


def test_an_organization_gets_no_role_only_a_person_can_have():
    text = ('"The finishing touch at Tarvoni is a fantastic manager like Orr," he said. Tarvoni said the deal '
            "was done. Fans of Tarvoni cheered. Tarvoni won again on Saturday.")
    club = actor(find_actors(corpus(text, "Tarvoni lost on Sunday. Tarvoni said it would appeal.")), "Tarvoni")
    assert club.kind == "organization" and "manager" not in club.role


def test_common_nouns_written_as_acronyms_are_no_actors_and_name_endings_give_a_type():
    text = ("Harwick Telecom said local TV would reach every home. Viewers bought a new PC and a DVD. "
            "TV was the main draw, Harwick Telecom said. Tarrow Airways said fares would rise. "
            "Tarrow Airways said it would add routes.")
    actors = actors_of(text)
    assert not {"TV", "PC", "DVD"} & set(actors)
    assert actors["Tarrow Airways"].role == "airline"


def test_a_name_owned_like_a_thing_is_an_organization_and_its_possessive_defines_no_second_actor():
    text = ("Harwick Boerse said its profits rose. Shareholders own 5% of Harwick Boerse's (HB) shares. "
            "Harwick Boerse said its offer stands. HB said more. Rio Tarvel praised his team. "
            "Rio Tarvel said his side would win.")
    kinds = {a.name: a.kind for a in find_actors(corpus(text))}
    assert kinds.get("Harwick Boerse") == "organization" and "Harwick Boerse's" not in kinds
    assert kinds.get("Rio Tarvel") == "person"


def test_an_acronym_defined_after_a_possessive_names_the_organization_without_it():
    from briefing.analysis.aliases import acronym_definitions
    assert acronym_definitions("owners of 5% of Harwick Boerse's (HB) shares") == [("Harwick Boerse", "HB")]


def test_a_role_right_before_an_honorific_is_the_persons_but_not_across_a_comma():
    text = "Harwick United boss Sir Rex Ferris said the team played well. Sir Rex said more."
    assert actor(find_actors(corpus(text)), "Rex Ferris").role == "Harwick United boss"
    text = ("Asked whether he trusted the prime minister, Mr Dale Orton replied that he did. "
            "Mr Orton said more on Friday.")
    assert actor(find_actors(corpus(text)), "Dale Orton").role == ""


def test_an_apposition_before_an_honorific_gives_the_role_where_a_comma_closes_it_after_the_name():
    actors = actors_of("The Lord Chancellor, Lord Tarn, agreed the act was unfair. Lord Tarn said more.",
                       "But the percentage hardly changed, said its chief executive, Sir Tom Reed.",
                       "Asked whether he trusted the home secretary, Mr Dale Orton replied that he did. Mr Orton spoke.")
    assert (actors["Lord Tarn"].role, actors["Tom Reed"].role, actors["Dale Orton"].role) == \
        ("Lord Chancellor", "chief executive", "")


def test_a_deputy_does_not_hold_the_office_the_texts_name_without_a_name():
    from briefing.analysis.actors import holds_office
    assert holds_office("british prime minister", "prime minister")
    assert not holds_office("deputy prime minister", "prime minister")
    assert not holds_office("vice-president", "president")


def test_a_player_known_by_one_name_with_a_persons_role_is_a_person():
    text = ("Harwick's Brazilian midfielder Zelvik has hit out at the club. Zelvik's deal expires next summer. "
            "Harwick defender Sol Tarrant is injured. And Zelvik, 26, added that he was unhappy.")
    actors = actors_of(text, "Harwick's midfielder Zelvik scored again.")
    assert actors["Zelvik"].kind == "person" and "midfielder" in actors["Zelvik"].role
    assert "defender" in actors["Sol Tarrant"].role


def test_contractions_and_a_continents_people_are_never_actors():
    texts = ["Harwick TV's I'm A Star show drew 9 million viewers. \"I'm thrilled,\" the host said. "
             "Harwick's European business grew.",
             "The winner of Harwick TV's I'm A Star was named. Tarvel's European arm shrank. European sales fell.",
             "I'm A Star returns next year, Harwick TV said. Orvane's European unit was sold. European rights were sold."]
    names = set(actors_of(*texts))
    assert not {"I'm", "European"} & names


def test_a_religions_adjective_alone_is_never_an_actor():
    texts = ["Asked whether he would point to Ms Dunn's Jewish beliefs to win Muslim support, he replied: "
             "\"That is outrageous.\" He apologised once he learnt the reporter was Jewish, said Mr Holt.",
             "Tarvel Holt told the Harwick Gazette he would never attack Mara Dunn's Muslim faith."]
    names = set(actors_of(*texts))
    assert not {"Jewish", "Muslim"} & names
    assert "Tarvel Holt" in names


def test_a_plural_possessive_and_an_ampersand_are_no_part_of_a_name():
    texts = ["The Greens have unveiled plans for a rail levy. The Greens' plans would cut fares, said Mara Holt. "
             "Mr Blake&#191;s office said the Greens' costings did not add up. Tom Blake, the transport "
             "secretary, attacked the Greens. AT&T was not involved.",
             "Tom Blake attacked the Greens on Monday. Mr Blake&#191;s aides said the Greens' sums were wrong."]
    actors = actors_of(*texts)
    assert not any(n.endswith(("'", "' ", "&")) for a in actors.values() for n in [a.name, *a.aliases])
    assert "Mr Blake" in actors["Tom Blake"].aliases


def test_a_party_is_one_actor_under_its_name_its_followers_name_and_its_nickname():
    texts = ["The Conservative Party unveiled its manifesto on Monday. The Conservatives promised tax cuts, "
             "said leader Mara Dunn. The Tories also pledged more police. Labour said the sums did not add up.",
             "The Labour Party attacked the Conservatives. Labour leader Tom Holt said the Tories would cut "
             "services. The Liberal Democrats said the Lib Dems would hold the balance. Labour will reply.",
             "Ms Dunn said the Conservatives would win. London's Labour mayor Jo Pike said Labour was ready."]
    actors = actors_of(*texts)
    by_name = {n: a.name for a in actors.values() for n in [a.name, *a.aliases]}
    assert by_name["Tories"] == by_name["Conservatives"] == by_name["Conservative Party"]
    assert by_name["Labour"] == by_name["Labour Party"]
    assert by_name["Lib Dems"] == by_name["Liberal Democrats"]
    assert actors[by_name["Liberal Democrats"]].kind == "organization"
    assert actors[by_name["Labour"]].role == "party"          # not "London", from "London's Labour mayor"
    assert actors["Jo Pike"].role.endswith("mayor")


def test_party_names_share_the_creed_they_say():
    from briefing.analysis.aliases import party_key
    assert party_key("Democratic Party") == party_key("the Democrats") == party_key("Dems") == "democrat"
    assert party_key("Republicans") == party_key("GOP") == "republican"
    assert party_key("Social Democrats") == party_key("Social Democratic Party") != party_key("Democrats")
    assert party_key("Tory Party") == "conservative"
    assert party_key("Harwick Party") == "harwick"
    assert party_key("Party of Regions") is None and party_key("Harwick Boerse") is None


def test_an_organisations_name_runs_on_through_of_and_a_capitalised_preposition():
    texts = ["Jo Pike, of the League Against Noisy Neighbours, said the ban was fair. The Association of Chief "
             "Harbour Officers' spokesman said it would be enforced.",
             "The League Against Noisy Neighbours has 100 monitors. The Association of Chief Harbour Officers "
             "issued guidance. Bank of Tarvel Governor Mervyn Holt said rates would hold."]
    actors = actors_of(*texts)
    assert {"League Against Noisy Neighbours", "Association of Chief Harbour Officers"} <= set(actors)
    assert "Noisy Neighbours" not in actors
    assert actors["Mervyn Holt"].kind == "person" and "Governor" in actors["Mervyn Holt"].role


def test_a_capitalised_preposition_in_prose_joins_a_bodys_name_without_a_head_word():
    texts = ["Tarvellers Without Frontiers said it would send staff to Harwick. The press group "
             "Tarvellers Without Frontiers has 40 members.",
             "Ann Vale of Campaigners Against Harwick Tolls said the charge was unfair. Campaigners Against "
             "Harwick Tolls said the group would protest."]
    actors = actors_of(*texts)
    assert {"Tarvellers Without Frontiers", "Campaigners Against Harwick Tolls"} <= set(actors)
    assert not {"Tarvellers", "Frontiers", "Harwick Tolls"} & set(actors)
    assert actors["Ann Vale"].kind == "person"
    # a work's title, a song's opening on a verb's -ing and a law are no bodies
    mentions = document_names(document("Critics praised Ann Vale's The Plot Against Harwick and Tom Reed's "
                                       "Dancing Without Shoes. The Tarvel Protection Against Spam Act passed.")).mentions
    assert not {"Plot Against Harwick", "Dancing Without Shoes", "Tarvel Protection Against Spam Act"} \
        & {m.entity for m in mentions}
    # a title-case headline's capitals are its own words', not one name's
    mentions = document_names(document("Tarvel Without Frontiers Fights On\n\nTom Reed said so.")).mentions
    assert "Tarvel Without Frontiers" not in {m.entity for m in mentions}


def test_of_the_after_a_plural_common_word_runs_a_bodys_name_on_but_not_a_works_title():
    texts = ["The campaign group Friends of the Harbour said the toll was unfair. Tom Reed said Friends of "
             "the Harbour would march.", "Groups such as Friends of the Harbour called for a vote on Tuesday."]
    actors = actors_of(*texts)
    assert "Friends of the Harbour" in actors and actors["Friends of the Harbour"].kind == "organization"
    assert not {"Friends", "Harbour"} & set(actors)
    # a work's title (after a work's word, "in" or a quotation mark) and a sentence's opening words
    # ("Users of the …") stay split
    for text in ["Ann Vale starred in Sons of the Tarvel.", "The film Sons of the Tarvel made money.",
                 "Critics liked \"Sons of the Tarvel\" best.", "Sons of the Tarvel can vote online."]:
        assert "Sons of the Tarvel" not in {m.entity for m in document_names(document(text)).mentions}
    # one that neither speaks nor is said to be anything is no actor ("while making Sons of the …")
    actors = actors_of("Ann Vale was hurt while making Sons of the Tarvel. Critics said Sons of the Tarvel "
                       "was poor.", "Tom Reed liked Sons of the Tarvel best.")
    assert "Sons of the Tarvel" not in actors


def test_a_person_of_an_organisation_speaks_for_it_and_has_it_for_a_role():
    texts = ["Tom Pike, of the Harwick Dockers Union, said: \"We will strike.\" Ann Holt, from the Port Users "
             "Association, said the strike was wrong.",
             "Tom Pike, of the Harwick Dockers Union, told reporters the offer was too low. Mr Pike, from "
             "Harwick, said so."]
    index = actor_index(corpus(*texts))
    actors = {a.name: a for a in index.actors}
    assert actors["Tom Pike"].role == "Harwick Dockers Union"      # not "Harwick", the town he is from
    assert index.signals["Tom Pike"].speaks > 0 and index.signals["Ann Holt"].speaks > 0
    assert index.signals["Harwick Dockers Union"].speaks == 0


def test_one_person_under_two_romanisations_of_given_and_family_name():
    from briefing.analysis.aliases import same_person_spelled_apart
    assert same_person_spelled_apart("Costas Varelis", "Kostas Varelis")
    assert same_person_spelled_apart("Grigoris Andreadis", "Gregory Andreaddis")
    assert not same_person_spelled_apart("Grigoris Andreadis", "Nikos Andreadis")
    assert not same_person_spelled_apart("Ann Lee", "Anne Li")          # a short family name says too little



def test_names_that_may_be_one_person_share_a_spelling_key_and_others_mostly_not():
    # the actors compare only names sharing a key: every pair that may merge must share one
    from briefing.analysis.aliases import same_person_spelled_apart, spelling_keys, without_initials
    from briefing.analysis.lexicon import fold
    names = ["Costas Varelis", "Kostas Varelis", "Grigoris Andreadis", "Gregory Andreaddis", "Nikos Andreadis",
             "Bae Juck-soo", "Bae Jeok-su", "Bae Dong-min", "Maya R. Okafor", "Maya Okafor", "Tom Tarvel",
             "Tom Tarvell", "Tom Tarvek", "Gavyn Harwick", "Gavin Harwick", "Ann Tarvel", "Ann Tervel",
             "Ann Tarvels", "Jon Pellow", "John Pellow", "Robin van Tarvel", "Robin Van Tarvel", "Tom Reed"]
    alike = 0
    for a in names:
        for b in names:
            if a != b and (fold(without_initials(a)) == fold(without_initials(b)) or same_person_spelled_apart(a, b)):
                alike += 1
                assert spelling_keys(a) & spelling_keys(b), (a, b)
    assert alike >= 20
    assert not spelling_keys("Tom Tarvel") & spelling_keys("Tom Reed")      # one given name, no more

def test_names_one_consonant_apart_are_two_people_not_two_romanisations():
    from briefing.analysis.aliases import same_person_spelled_apart
    assert not same_person_spelled_apart("Tom Tarvel", "Tom Tarvek")      # another family name
    assert not same_person_spelled_apart("Janie Harwick", "Jimi Harwick")  # another given name, in no list
    assert same_person_spelled_apart("Tom Tarvel", "Tom Tarvell")         # a doubled letter is a spelling


def test_a_v_in_a_name_is_a_consonant_not_a_vowel_dropped():
    from briefing.analysis.aliases import same_person_spelled_apart
    assert not same_person_spelled_apart("Glyn Harwick", "Gavyn Harwick")  # "Gavyn" is not "Glyn" and a vowel
    assert same_person_spelled_apart("Gavyn Harwick", "Gavin Harwick")     # vowels still set aside


def test_family_names_apart_at_their_ends_are_two_people():
    from briefing.analysis.aliases import same_person_spelled_apart
    assert not same_person_spelled_apart("Tom Davis", "Tom Davey")
    assert same_person_spelled_apart("Ann Tarvel", "Ann Tervel")           # a vowel inside is a spelling
    assert same_person_spelled_apart("Ann Tarvel", "Ann Tarvels")          # "Tarvel's" with its mark lost


def test_letters_after_a_name_say_a_person_and_what_they_are():
    texts = ["The chairman of the Harwick Bar, Tarquin Vell QC has warned of a real risk. Tarquin Vell QC said "
             "people would be stopped.", "Tarquin Vell QC warned there was a real risk to young men."]
    actors = actors_of(*texts)
    assert actors["Tarquin Vell"].kind == "person" and actors["Tarquin Vell"].role == "QC"


def test_a_role_after_his_or_her_and_a_description_before_the_name_without_a_comma():
    texts = ["Jo Varr, her lawyer, said the charge was wrong. Al Pike, spokesman for athletics' ruling body "
             "the IWAF, said the case would go on.",
             "Jo Varr said the athletes were innocent. The ruling body the IWAF said it would appeal."]
    actors = actors_of(*texts)
    assert actors["Jo Varr"].role == "lawyer"
    assert actors["IWAF"].role == "ruling body"


def test_a_description_goes_to_the_organisation_its_own_name_says_it_is():
    texts = ["The Harwick Party unveiled its plans. Leader Jo Varr told the Tarvel Broadcaster on Monday that "
             "the party would cut taxes. The party said it would win.",
             "Mr Varr was speaking to the Tarvel Broadcaster. The party said its sums were sound. "
             "The Harwick Party will publish its manifesto."]
    actors = actors_of(*texts)
    assert actors["Tarvel Broadcaster"].role != "party"


def test_a_census_first_name_opens_a_name_of_two_common_words():
    texts = ["Double Olympic champion Sandy Banks was back to her best on Saturday. Banks won the 1500m.",
             "Banks said she would decide her future next month. Briton Tim Ardle was second. "
             "\"I think deep down Sandy wants to run,\" said her coach."]
    actors = actors_of(*texts)
    assert actors["Sandy Banks"].kind == "person" and "champion" in actors["Sandy Banks"].role
    assert "Tim Ardle" in actors and "Briton Tim Ardle" not in actors


def test_a_house_of_parliament_a_prison_and_a_role_between_dashes():
    texts = ["Lord Tarrow - a senior judge - said the rules were wrong. The bill now goes to the House of "
             "Peers, where ministers have no majority. The men are held at Harwick Prison.",
             "The House of Peers will debate the bill on Monday. Lord Tarrow said so again. Harwick Prison "
             "holds nine men. New Yorker William Trowdell and Texan Mike Chicaine pleaded guilty."]
    actors = actors_of(*texts)
    assert actors["House of Peers"].kind == "organization"
    assert "Harwick Prison" not in actors
    assert any(a.role == "senior judge" for a in actors.values() if "Tarrow" in a.name)
    assert "William Trowdell" in actors and "Mike Chicaine" in actors


def test_the_people_on_a_squad_list_are_not_actors_of_the_story():
    texts = ["Double champion Tarra Vell was named in the squad on Monday. Vell said she was delighted.\n\n"
             "D Cossan (Harwick Harriers), R Daven (Tarvel AC), D Garlow (Orvane AC), R Predd (Tarvel AC).\n\n"
             "K Endcott (City of Harwick AC), J Kwaley (Orvane Green with Tarvel Ladies), T Vell (Tarvel AC).\n\n"
             "K Endcott (City of Harwick AC), R Daven (Tarvel AC), J Kwaley (Orvane Green with Tarvel Ladies).\n\n"
             "R Daven (Tarvel AC), K Endcott (City of Harwick AC), J Kwaley (Orvane Green with Tarvel Ladies).",
             "Tarra Vell won again. D Cossan, D Garlow and R Predd were all picked, the coach Jo Varr said."]
    names = set(actors_of(*texts))
    assert "Tarra Vell" in names
    assert not {"K Endcott", "J Kwaley", "R Daven"} & names


def test_a_kinship_apposition_says_a_person():
    texts = ["Those charged included Tobin Varley, the 22-year-old son of rock star Brand Varley and Luke Orme, "
             "27. Tobin Varley, a joint leader of the Harwick Hunt, said: \"I have no regrets.\"",
             "Tobin Varley will appear in court next month. Trevor Holt, actor Hugh Dunn and others signed."]
    actors = actors_of(*texts)
    assert actors["Tobin Varley"].kind == "person" and "son of" in actors["Tobin Varley"].role


def test_a_description_in_the_same_clause_names_another_organisation():
    texts = ["The Harwick Party is to back controversial government plans. The Harwick Party said the "
             "government was right. Party leader Jo Varr said the government's bill would pass.",
             "The Harwick Party backed the government's plans on Monday. The party said it had no choice."]
    actors = actors_of(*texts)
    assert actors["Harwick Party"].role != "government"


def test_occupations_before_a_name_are_roles():
    texts = ["Despite site administrator Zorvek's involvement, the network closed. Zorvek said a new one would "
             "open. Zorvek said it would be harder to shut.", "BBC pundit Sam Dorran said she would run again."]
    actors = actors_of(*texts)
    assert actors["Zorvek"].kind == "person" and "administrator" in actors["Zorvek"].role
    assert "pundit" in actors["Sam Dorran"].role


def test_a_party_is_a_party_whatever_the_sentences_around_it_call_the_government():
    texts = ["The Tories attacked the budget. The government said the Tory plans did not add up. "
             "The Conservative Party promised tax cuts. The government said they were unfunded.",
             "The Tories said they would cut waste. The government said that was fantasy. A Tory spokesman "
             "agreed with the Tories. The Tory manifesto is due next week."]
    actors = actors_of(*texts)
    by_name = {n: a for a in actors.values() for n in [a.name, *a.aliases]}
    assert by_name["Tories"] is by_name["Conservative Party"] and by_name["Tories"].role == "party"
    assert "Tory" not in actors or actors["Tory"] is by_name["Tories"]


def test_a_role_set_before_the_name_at_the_start_of_the_sentence():
    texts = ["The host of the talks, Ann Dorr, said they would resume. The new chairman of the Harwick Bar, "
             "Tarquin Vell QC warned of a real risk.", "Ann Dorr said so again. The union, Tom Pike and Jo Varr met."]
    actors = actors_of(*texts)
    assert actors["Ann Dorr"].role == "host of the talks"
    assert actors["Tarquin Vell"].role in ("new chairman of the Harwick Bar", "QC")


def test_letters_after_two_common_words_make_them_a_name():
    actors = {a.name: a for a in find_actors(corpus("The new chairman of the Harwick Bar, Guy Holt QC warned "
                                                     "of a risk.", "Guy Holt QC said so again."))}
    assert "Guy Holt" in actors and "Guy" not in actors


def test_a_person_whose_family_name_two_reports_spell_apart_is_one_actor():
    texts = ["Lawyer Gregory Andreaddis said the charges were false. Andreaddis said he would appeal.",
             "The athletes' lawyer Grigoris Andreadis said he was sure the charges would be dropped."]
    actors = actors_of(*texts)
    assert len([n for n in actors if "Andrea" in n]) == 1


def test_the_possessive_of_a_name_also_written_without_it_is_no_alias():
    texts = ["Harwick's manager praised the team. Harwick won 2-0 on Saturday, Harwick said.",
             "Harwick's chairman said Harwick would spend more. Harwick beat Tarvel again."]
    actors = actors_of(*texts)
    assert "Harwick" in actors and "Harwick's" not in actors["Harwick"].aliases


def test_a_broadcaster_someone_talked_to_is_no_speaker():
    from briefing.analysis.names import _said_before
    assert not _said_before("Mr Pike told ")                 # "... told Harwick Radio": the listener
    assert not _said_before("She said ")                     # "She said Jo Pike had left": whom she spoke of
    assert _said_before('"We will appeal," said ')           # the speaker after the words said
    assert _said_before("The plan will fail, added ")
    assert _said_before("The costs rose, according to ")


def test_a_company_named_with_and_without_its_line_of_business_is_one_actor():
    texts = ["Northwind Insurance Services, a provider of flood cover, expects losses to rise.",
             "Northwind said its estimates were cautious. Northwind said claims would rise. Northwind "
             "expects more claims.", "Northwind said the losses were insured."]
    names = [a.name for a in find_actors(corpus(*texts))]
    assert len([n for n in names if n.startswith("Northwind")]) == 1


def test_a_company_named_alone_is_not_the_unit_that_opens_on_its_name():
    texts = ["Veltrion plans to close the Veltrion Powertrain plant, unions said. Powertrain makes engines.",
             "Veltrion said it would cut jobs. Veltrion shares fell.",
             "Veltrion, Peru's largest private employer, did not comment. Veltrion said talks went on.",
             "Talks between Veltrion and Harlow Motors ended. Veltrion said it was pleased."]
    actors = actors_of(*texts)
    assert "Veltrion" in actors and actors["Veltrion"].kind == "organization"
    assert actors["Veltrion"].mentions >= 6 and actors["Veltrion Powertrain"].kind == "organization"


def test_an_apposition_on_a_country_does_not_make_a_place():
    from briefing.analysis.names import PLACE_AFTER
    assert not PLACE_AFTER.match(", Peru's largest bank, said")
    assert PLACE_AFTER.match(", Peru, on Monday")


def test_a_peer_is_named_with_the_title_and_the_place_of_the_title_is_no_actor():
    texts = ["Lord Ashby of Tarrowby, in his ruling, said the law was flawed. Lord Ashby said more.",
             "The ruling by Lord Ashby of Tarrowby was welcomed. Lord Ashby of Tarrowby agreed."]
    names = set(actors_of(*texts))
    assert "Lord Ashby" in names and "Tarrowby" not in names


def test_a_titled_surname_does_not_join_a_given_name_one_letter_away():
    texts = ["Lawyer Marlow Tarrant QC said the men were held unlawfully. Marlow Tarrant said so again.",
             "Lord Marlowe said the detention was wrong. Lord Marlowe agreed with the others."]
    actors = actors_of(*texts)
    assert "Lord Marlowe" not in actors["Marlow Tarrant"].aliases


def test_an_organisation_defines_an_acronym_of_its_name_in_another_language():
    from briefing.analysis.aliases import acronym_definitions
    assert acronym_definitions("They were cleared by the Tarrow Rowing Federation (FAR).") == \
        [("Tarrow Rowing Federation", "FAR")]
    assert acronym_definitions("Shares in Harwick (HWK) rose.") == []        # no organisation's name before it
    texts = ["The Tarrow Rowing Federation (FAR) cleared them. FAR said it was satisfied.",
             "The Tarrow Federation (FAR) will meet. The Tarrow Rowing Federation said nothing."]
    names = [a.name for a in find_actors(corpus(*texts))]
    assert len([n for n in names if "Tarrow" in n or n == "FAR"]) == 1


def test_a_short_name_made_of_the_openings_of_a_bodys_words_is_its_alias():
    from briefing.analysis.aliases import acronym_definitions
    assert acronym_definitions("The Harwick Copper Commission (Harcoco) said so.") == \
        [("Harwick Copper Commission", "Harcoco")]
    assert acronym_definitions("The Office of Tarvel Services (Oftar) said so.") == [("Office of Tarvel Services", "Oftar")]
    assert acronym_definitions("Trams for Harwick (TfH) said so.") == [("Trams for Harwick", "TfH")]
    # a place, a team or a word of one of its words alone is no short name of it
    for text in ("Harwick Copper (Tarvel) rose.", "Tom Reed (Harwick) scored.", "Harwick Mills (Harwick) fell."):
        assert acronym_definitions(text) == []
    texts = ["The Harwick Copper Commission (Harcoco) said prices would rise. Harcoco expects a deficit.",
             "Harcoco and the Harwick Copper Commission met."]
    commission = [a for a in find_actors(corpus(*texts)) if "Harcoco" in (a.name, *a.aliases)]
    assert len(commission) == 1 and "Harwick Copper Commission" in (commission[0].name, *commission[0].aliases)


def test_a_peoples_adjective_left_alone_is_no_organisation():
    texts = ["She will decide whether to run at the European Indoors next month.",
             "She had planned to compete at the European Indoors before her injury.",
             "Her first European Indoors would be in Tarrow. The European Indoors start on Friday.",
             "The European Indoors are her aim. He won the European Indoors twice.",
             "Tickets for the European Indoors sold out. The European Indoors open on Friday.",
             "He will carry hopes at next weekend's Harwick Union European trials in Tarrow."]
    assert "European" not in set(actors_of(*texts))


def test_a_place_or_an_event_of_common_words_leaves_no_word_of_it_as_an_actor():
    texts = ["New York traders said shares fell on Tuesday.",
             "Trading resumes after the New Year holiday, New York dealers said.",
             "New York shares rose. The New Year sales began.",
             "Ada Voss will play at the Australian Open next month, the Australian Open said.",
             "Voss lost in the French Open final. The Australian Open said she would return."]
    names = set(actors_of(*texts))
    assert not names & {"New", "Open"}


def test_a_body_of_people_under_one_plural_title_is_an_organisation():
    texts = ["The Law Lords ruled that the detention was unlawful.",
             "Ministers said the Law Lords were wrong. The Law Lords said the act discriminated."]
    actors = actors_of(*texts)
    assert actors["Law Lords"].kind == "organization" and "Law" not in actors


def test_an_owner_before_a_name_that_modifies_a_noun_is_no_role():
    texts = ["The remarks, made to Voss's Harwick club-mate Ada Reyes, were meant to motivate her.",
             "Harwick beat Tarvel 2-0. Harwick said it was pleased. Harwick won again."]
    actors = actors_of(*texts)
    assert actors["Harwick"].role != "Voss"
    assert actor(find_actors(corpus("Reform's Tim Vale said Ada Reyes was wrong.")), "Tim Vale").role == "Reform"


def test_a_qualifier_of_a_title_alone_is_no_title():
    texts = ['The opposition called the budget a "Second Insurrection with Changed Faces" on Sunday.',
             "First Vice Foreign Minister Ryu Hyon said so. State Senator Ann Holt agreed."]
    actors = actors_of(*texts)
    assert "Insurrection" not in actors
    assert actors["Ryu Hyon"].role == "First Vice Foreign Minister" and actors["Ann Holt"].role == "State Senator"


def test_no_name_is_read_inside_a_word_that_opens_in_lower_case():
    from briefing.analysis.names import CAPITAL_STRETCH
    # the whole word or nothing: a brand on a lower-case prefix letter is a name, no "Bay" inside it
    assert [m.group() for m in CAPITAL_STRETCH.finditer("Shoppers bought them on eBay or iTunes")] \
        == ["Shoppers", "eBay", "iTunes"]
    assert [m.group() for m in CAPITAL_STRETCH.finditer("Shoppers bought them on ebayBay")] == ["Shoppers"]


def test_a_description_across_a_sentence_end_or_after_a_preposition_is_no_role():
    from briefing.analysis.roles import descriptor_before
    assert descriptor_before('"Harwick listened to representatives of the council. ') == ""
    assert descriptor_before("It excludes papers disliked by the government, ") == ""
    assert descriptor_before("The union, the ") == "union"


def test_of_the_after_a_bodys_head_runs_its_name_on():
    texts = ["The Office of the Harbour Master said the port would close. Ann Vale told the News of the Tarvel "
             "that it was a shame.", "The Office of the Harbour Master fined Harwick. The News of the Tarvel "
             "said so. Researchers from the University of the Tarvel and Isles and Harwick agreed."]
    actors = actors_of(*texts)
    assert {"Office of the Harbour Master", "News of the Tarvel"} <= set(actors)
    assert not {"Harbour Master", "Tarvel", "Office"} & set(actors)
    # a second "and" joins no more: a list of bodies goes on
    assert "University of the Tarvel and Isles and Harwick" not in actors


def test_a_watchdog_named_by_watch_is_a_body_whose_head_gives_no_role():
    texts = ["A report by Harwick Rights Watch said the law was harsh. Tom Reed, of Harwick Rights Watch, "
             "said more was needed.", "Harwick Rights Watch said the ban should go."]
    actors = actors_of(*texts)
    assert actors["Harwick Rights Watch"].kind == "organization"
    assert actors["Harwick Rights Watch"].role != "watch"
    assert actors["Tom Reed"].role == "Harwick Rights Watch"


def test_and_between_two_fields_before_an_institutions_head_joins_one_name():
    texts = ["The Shipping and Harbour Commission said the port would close. Tom Reed of the Public and "
             "Port Services Union said it was a shame. Shares in Harvest and Tarvel Motors rose.",
             "The US Shipping and Harbour Commission fined Harwick. The Public and Port Services Union said "
             "it would strike. The HTA and Tarvel Bank met."]
    actors = actors_of(*texts)
    assert {"Shipping and Harbour Commission", "Public and Port Services Union"} <= set(actors)
    assert not {"Harbour Commission", "Port Services Union", "Shipping"} & set(actors)
    # a firm's, a club's or an acronym's name on either side is a name of its own
    assert not {"Harvest and Tarvel Motors", "HTA and Tarvel Bank"} & set(actors)


def test_where_a_body_is_from_before_its_description_leaves_the_description_its_role():
    from briefing.analysis.roles import descriptor_before
    assert descriptor_before("Analysts said the Italian carmaker ") == "carmaker"
    assert descriptor_before("It was bought by the US software giant ") == "software giant"
    assert descriptor_before("It was bought by the Harwick software giant ") == ""     # no country: a name
    texts = ["Harwick has sold the Italian subsidiary Tarvelco. There were 17 staff at its Tarvelco offices in Rome.",
             "Tom Reed bought Tarvelco."]
    assert actors_of(*texts)["Tarvelco"].role == "subsidiary"


def test_a_thing_a_person_owns_takes_no_role_from_them():
    texts = ["The row over Ada Voss's Budget turned into a battle. The Budget was cheered by Tarvel MPs.",
             "The Budget was attacked. The Budget passed."]
    roles = {a.name: a.role for a in find_actors(corpus(*texts))}
    assert roles.get("Budget", "") != "Voss"
    assert actor(find_actors(corpus("Reform's Tim Vale said Ada Reyes was wrong.")), "Tim Vale").role == "Reform"


def test_a_word_of_when_before_a_name_is_no_description_of_it():
    from briefing.analysis.roles import descriptor_before
    assert descriptor_before('"If the next ') == "" and descriptor_before("the ruling ") == "ruling"


def test_a_continent_after_a_company_name_is_no_part_of_a_person():
    texts = ["Sales at Veltrion North America rose by 5%. Veltrion North America said so.",
             "Veltrion North America expects more. Veltrion said profits would rise."]
    assert all(a.kind != "person" for a in find_actors(corpus(*texts)))


def test_a_measure_or_what_a_body_does_to_a_name_is_no_role_of_it():
    from briefing.analysis.roles import descriptor_before, role_after
    assert role_after(", 15 points behind leaders Tarvel, and face a tough run.") == ""
    assert role_after(", 22-year-old son of rock star Bryan Vale, said").startswith("22-year-old son")
    assert descriptor_before("replaced the Tories as the party challenging ") == ""
    assert descriptor_before("the mining company ") == "mining company"


def test_a_country_whose_name_opens_on_an_organisation_word_is_the_country():
    texts = ["He was held by the United States for three years. The United States said he was a threat.",
             "The United Kingdom and the United States agreed. Harwick United won again."]
    actors = actors_of(*texts)
    assert "United" not in actors and "States" not in actors and "Kingdom" not in actors
    assert actors["United States"].kind == "country" and actors["Harwick United"].kind == "organization"


def test_a_people_named_in_the_plural_is_no_actor():
    texts = ["Britons spent more on holidays, the survey found. Most Britons said prices rose.",
             "Britons travelled less, according to the report.", "Many Britons are worried. Britons said so.",
             "Europeans saved more. Europeans said they were worried."]
    assert not any("Britons" in a.name or "Europeans" in a.name for a in find_actors(corpus(*texts)))


def test_a_verb_after_a_pronoun_is_no_part_of_a_role():
    from briefing.analysis.roles import role_before
    assert role_before("top clubs are circling as they eye captain ") == "captain"
    assert role_before("the club captain ") == "club captain"
    # "which" is a clause's subject as "who" is: "includes" is its verb
    assert role_before("the commission - which includes singer ") == "singer"


def test_a_verb_in_s_after_its_subject_is_no_part_of_a_role():
    from briefing.analysis.roles import role_before
    # a role noun's plural, or a verb in -s, said of a pronoun or a work before it
    assert role_before("It stars actress ") == "actress"
    assert role_before("It also stars actor ") == "actor"
    assert role_before("The film, which stars actress ") == "actress"
    assert role_before("The album features rapper ") == "rapper"
    assert role_before("the drama stars comedian ") == "comedian"
    # a plural or a word in -s a role keeps follows no such subject
    assert role_before("the sales director ") == "sales director"
    assert role_before("the news agency ") == "news agency"
    assert role_before("the series director ") == "series director"


def test_an_actor_a_work_stars_takes_the_role_noun_alone():
    texts = ["The Tarvel Road opens next week. It stars actress Nora Quill, who grew up in Harwick.",
             "Nora Quill said the film had changed her life. Quill will attend the premiere."]
    quill = next(a for a in find_actors(corpus(*texts)) if a.name == "Nora Quill")
    assert quill.role == "actress"


def test_one_of_a_group_takes_the_groups_role_noun_in_the_singular():
    # ", one of the firm's directors,": what each of the group is
    assert role_after(", one of the firm's directors, said") == "firm's director"
    assert role_after(", one of the co-founders of the Tarvel Trust, said") == "co-founder of the Tarvel Trust"
    assert role_after(", one of six Harwick executives charged in the case") == "Harwick executive charged in the case"
    assert role_after(", one of the chief critics of the plan, said") == "chief critic of the plan"
    # no plural role noun: no role ("the best" is a rank, "partnerships" no one's post)
    assert role_after(", one of the best, said") == ""
    assert role_after(", one of the most effective partnerships in the game") == ""


def test_a_body_one_of_a_kind_takes_that_kind_in_the_singular():
    from briefing.analysis.roles import ORGANIZATION_HEADS
    assert role_after(", one of the world's largest steel producers, said", ORGANIZATION_HEADS) \
        == "world's largest steel producer"


def test_a_person_one_of_a_group_is_given_its_role():
    texts = ["Tarvel Games has sacked 90 staff. \"We were told on Friday,\" said Edvin Brandt, one of the game "
             "developers sacked by Tarvel Games.", "Edvin Brandt said the studio owed him two months' pay."]
    brandt = next(a for a in find_actors(corpus(*texts)) if a.name == "Edvin Brandt")
    assert brandt.role == "game developer sacked by Tarvel Games"


def test_a_preposition_before_a_role_is_no_part_of_it():
    from briefing.analysis.roles import role_before
    assert role_before("The wing handed off hooker ") == "hooker"
    assert role_before("but Tom Reed headed past keeper ") == "keeper"
    assert role_before("Tom Reed got past former champion ") == "former champion"


def test_a_two_word_compound_before_a_role_noun_stays_whole():
    from briefing.analysis.roles import role_before
    # the pair stands after a role's edge: the sentence's start, an article, a capital, "world"
    assert role_before("Former cross country champion ") == "Former cross country champion"
    assert role_before("she beat the world long jump champion ") == "long jump champion"
    assert role_before("a deal with the real estate developer ") == "real estate developer"
    assert role_before("said Harwick private equity firm boss ") == "Harwick private equity firm boss"
    # a verb or a word of the clause before is no compound's first word
    assert role_before("Tom Reed will face top seed ") == "top seed"
    assert role_before("The register shows former Harwick leader ") == "former Harwick leader"
    assert role_before("Harwick hails comeback king ") == "comeback king"
    assert role_before("Harwick ordered team captain ") == "team captain"


def test_an_apposition_telling_what_a_thing_does_is_no_role():
    from briefing.analysis.roles import role_after
    assert role_after(", starring Ann Vale went on general release on Friday.") == ""
    assert role_after(", acting chairman of the board, said").startswith("acting chairman")


def test_a_common_word_after_a_capitalised_word_that_is_no_title_is_no_person():
    assert "Dreams" not in actors_of("The film Star Dreams opened on Friday. Star Dreams took $50m.")
    assert "Connection" not in actors_of("Members of Harwick Developer Connection get the software first.")
    # a title or an honorific, or speech, still makes a person of a common word
    kept = actors_of("Coach Young said the side was ready. Mr Brown agreed. Tom Reed was dropped.")
    assert kept["Young"].kind == "person" and kept["Brown"].kind == "person"


def test_an_apposition_opening_on_a_hyphenated_compound_in_ing_gives_a_role():
    described = "The Harwick Alliance, a pro-cycling lobby group, said it would appeal. The Harwick Alliance has lodged papers."
    assert actors_of(described)["Harwick Alliance"].role == "pro-cycling lobby group"
    assert actors_of("Ann Vale, the record-breaking swimmer, said she would swim. Ms Vale won.")["Ann Vale"].role \
        == "record-breaking swimmer"



def test_an_apposition_opening_on_an_article_and_a_word_in_ing_gives_a_role_but_a_participle_does_not():
    actors = actors_of('"Prices will fall," said Tom Reed, a marketing vice president at Harwick Systems. Mr Reed left.',
                       "The play, starring Ann Vale, opened in May. Ms Vale was pleased.")
    assert actors["Tom Reed"].role == "marketing vice president"
    assert actors["Ann Vale"].role == ""


def test_a_role_the_sentence_opens_on_before_a_comma_and_a_name_is_its_role_but_a_phrase_of_the_clause_is_not():
    actors = actors_of("The deal was signed. Harwick chairwoman, Ann Vale, said it was fair. Ms Vale left.",
                       "Another actress, Jo Pike, plays the lead. Ms Pike was pleased.",
                       "He met the music artists, Tom Reed among them. Mr Reed sang.")
    assert (actors["Ann Vale"].role, actors["Jo Pike"].role) == ("Harwick chairwoman", "actress")
    assert actors["Tom Reed"].role == ""


def test_each_name_of_a_list_a_plural_role_opens_is_one_of_that_class_but_a_persons_role_is_the_first_ones():
    actors = actors_of("It was signed by senior cabinet members Tom Reed, Jo Pike and Ed Lane. Mr Reed, Ms Pike and Mr Lane spoke.",
                       "The deal was agreed by chairman Dan Cole and Kim Orr. Mr Cole and Ms Orr spoke.",
                       "He met former-President Ann Vale, and Ben Roe. Ms Vale and Mr Roe spoke.")
    assert {actors[n].role for n in ("Tom Reed", "Jo Pike", "Ed Lane")} == {"senior cabinet member"}
    firms = actors_of("Shares in pay-TV operators Harwick Cable, Tarvel Vision and Vale Media rose. "
                      "Harwick Cable, Tarvel Vision and Vale Media said so.")
    assert firms["Tarvel Vision"].role == firms["Harwick Cable"].role == "pay-TV operator"
    assert (actors["Dan Cole"].role, actors["Kim Orr"].role) == ("chairman", "")
    assert actors["Ben Roe"].role == ""


def test_a_person_of_or_for_a_body_the_pile_names_takes_it_for_a_role_but_not_a_town():
    actors = actors_of('"Directors rarely pay," said Tom Reed, of Harwick Securities. Harwick Securities said it was fine.',
                       "Jo Pike, for the Tarvel Party, said it was wrong. The Tarvel Party said more.",
                       "Ann Vale, of Tarvelton, said it was cold. Ms Vale left.",
                       "Dan Cole from Quillon Networks said prices would fall. Quillon Networks said so.",
                       "Kim Orr from Tarvelton said it was cold. Ms Orr left.")
    assert (actors["Tom Reed"].role, actors["Jo Pike"].role) == ("Harwick Securities", "Tarvel Party")
    assert actors["Dan Cole"].role == "Quillon Networks"
    assert actors["Ann Vale"].role == actors["Kim Orr"].role == ""


def test_a_person_of_a_body_with_no_comma_takes_it_for_a_role_with_its_town_left_out_but_not_a_town():
    actors = actors_of('"Prices will fall," said Ann Vale of Quillon Securities in New York. Quillon Securities said so.',
                       '"Prices will fall," said Dan Cole from research firm Tarvelco. Mr Cole left.',
                       "Kim Orr of Tarvelton said it was cold. Ms Orr left.")
    assert (actors["Ann Vale"].role, actors["Dan Cole"].role) == ("Quillon Securities", "Tarvelco")
    assert actors["Kim Orr"].role == ""


def test_a_lone_word_one_report_names_is_an_organization_where_a_persons_title_makes_it_their_employer():
    # one report of a pile of two (a pile of one report is all there is to read: `LONE_ORG_DOCS`)
    told = '"It is hard," said Quillex chief executive Tom Reed.'
    # (it never speaks: a word one report names thrice and that speaks there is a body already)
    lone = "Quillex cut 300 jobs on Monday. Quillex blamed falling demand, and Quillex will close a plant. "
    assert actors_of(lone + told, ELSEWHERE)["Quillex"].kind == "organization"
    assert actors_of(lone + '"It was hard," said former Quillex boss Tom Reed.', ELSEWHERE)["Quillex"].kind == "organization"
    assert "Quillex" not in actors_of(lone + '"It is hard," said Tom Reed.', ELSEWHERE)
    # its stock, its staff named after it, or a description before it say so too
    assert actors_of(lone + "Quillex shares fell 3%.", ELSEWHERE)["Quillex"].kind == "organization"
    assert actors_of(lone.replace("Monday. ", "Monday. Drinks giant ", 1), ELSEWHERE)["Quillex"].kind == "organization"
    # a team, by its players' and staff's titles
    games = "Quillex won on Saturday. Quillex had lost twice, but Quillex will now top the table. "
    assert "Quillex" not in actors_of(games + "Tom Reed scored twice.", ELSEWHERE)
    assert actors_of(games + "Quillex lock Tom Reed scored twice.", ELSEWHERE)["Quillex"].kind == "organization"
    # a coach is named by the athlete coached, not by an employer
    assert "Vale" not in actors_of("Vale coach Dan Cole said Vale was fit. Vale won the race on Sunday, and Vale will run again.",
                                   ELSEWHERE)


def test_a_one_word_body_written_as_often_with_its_possessive_as_without_is_named_without():
    actors = actors_of("Quillex cut 300 jobs. Quillex's profits fell, and Quillex's shares rose. Quillex said so.")
    assert "Quillex" in actors and actors["Quillex"].kind == "organization"


def test_a_day_or_month_saying_when_is_no_word_of_the_role_but_one_naming_a_club_or_paper_is():
    actors = actors_of("On Tuesday Harwick chairman Tom Reed said it was over. Mr Reed left.",
                       "And on 26 November singer Ann Vale quit. Ms Vale left.",
                       "It was written by Sunday Tarvel journalist Jo Pike. Ms Pike left.",
                       "Harwick Wednesday manager Dan Cole was sacked. Mr Cole left.")
    assert (actors["Tom Reed"].role, actors["Ann Vale"].role) == ("Harwick chairman", "singer")
    assert (actors["Jo Pike"].role, actors["Dan Cole"].role) == ("Sunday Tarvel journalist", "Harwick Wednesday manager")


def test_a_copula_gives_the_role_its_noun_heads_but_not_one_of_a_qualifier_after_another_noun():
    actors = actors_of("He said Tom Reed was an example of several players willing to attack. Mr Reed won.",
                       "Ann Vale is a lawyer at Harwick Chambers. Ms Vale spoke.")
    assert (actors["Tom Reed"].role, actors["Ann Vale"].role) == ("", "lawyer")


def test_a_band_is_what_a_group_named_as_one_is():
    actors = actors_of("The Harwick Hounds played on Friday. The band said it will tour in May. The Harwick Hounds said so.")
    assert actors["Harwick Hounds"].role == "band"


def test_the_organization_a_person_is_from_is_kept_whole_as_the_role_with_its_for():
    actors = actors_of("Carl Vale, from the Institute for Tarvel Studies, told reporters it was fine. Mr Vale left.")
    assert (actors["Carl Vale"].role, actors["Carl Vale"].affiliation) == ("Institute for Tarvel Studies", "")


def test_an_and_inside_what_a_role_is_of_stays_in_the_role_but_one_before_a_name_lists_people():
    actors = actors_of("Tom Reed, director of the law and technology programme at Harwick University, said so. Mr Reed left.",
                       "Jo Pike, son of rock star Dan Cole and Ann Vale, said so. Mr Pike left.")
    assert actors["Tom Reed"].role == "director of the law and technology programme"
    assert actors["Jo Pike"].role == "son of rock star Dan Cole"


def test_a_sentence_opening_on_an_indefinite_role_and_whom_it_is_for_then_a_name_gives_its_role():
    actors = actors_of("It was wrong. A lawyer for the victims, Tom Reed, told reporters so. Mr Reed left.",
                       "It was wrong. An hour after the vote, Ann Vale left. Ms Vale spoke.")
    assert (actors["Tom Reed"].role, actors["Ann Vale"].role) == ("lawyer for the victims", "")


def test_an_apposition_closing_its_sentence_keeps_an_and_joining_a_field_but_not_a_second_role():
    actors = actors_of('"It is fine," said Tom Reed, operations and safety editor at Harwick Monthly. Mr Reed left.',
                       '"It is fine," said Ann Vale, founder and chairman of Tarvel Systems. Ms Vale left.')
    assert (actors["Tom Reed"].role, actors["Tom Reed"].affiliation) == ("operations and safety editor", "Harwick Monthly")
    assert actors["Ann Vale"].role == "founder"


def test_a_sentence_opening_on_a_role_then_an_honorific_and_a_name_gives_the_role_but_not_a_list():
    actors = actors_of("It was fine. A spokesman for Harwick Builders, Dr Tom Reed, told reporters so. Dr Reed left.",
                       "The owner of brands such as Vale Milk, Dr Tarvel and Pike Cola, said sales rose. Dr Tarvel sold well.")
    assert (actors["Tom Reed"].role, actors["Tom Reed"].affiliation) == ("spokesman", "Harwick Builders")
    assert actors["Tarvel"].role == ""


def test_an_age_between_commas_does_not_hide_the_apposition_after_it():
    actors = actors_of("Tom Reed, 34, a teacher from Harwick, said it was fine. Mr Reed left.",
                       "Ann Vale, 79, who is chairman of the Tarvel Board, said so. Ms Vale left.",
                       "Jo Pike, 15 points behind, said so. Ms Pike left.")
    assert (actors["Tom Reed"].role, actors["Ann Vale"].role) == ("teacher from Harwick", "chairman of the Tarvel Board")
    assert actors["Jo Pike"].role == ""


def test_the_class_a_report_puts_a_person_named_by_a_given_name_in_with_such_as_is_their_role():
    actors = actors_of("The label has artists such as Jo Pike and Ann Vale on its roster. Ms Vale and Ms Pike left.",
                       "Clubs want players such as Tom Reed. Mr Reed left.",
                       "It signed artists such as Scarlet Quills. Scarlet Quills toured.")
    assert (actors["Jo Pike"].role, actors["Ann Vale"].role, actors["Tom Reed"].role) == ("artist", "artist", "player")
    assert actors["Scarlet Quills"].role == "organization"       # a band's name, no given name: not made a person

def test_a_gerund_naming_a_field_before_a_role_noun_stays_in_the_role_but_a_verb_before_one_does_not():
    actors = actors_of("The letter was signed by chief operating officer Tom Reed. Reed said more.",
                       "Shares in UK mining firm Tarvel Holdings rose. Tarvel Holdings said so.",
                       "It was written with his writing partner Ed Tarvel. Tarvel said more.",
                       "She lost in May after beating champion Jo Pike. Pike said more.",
                       "Reporters covering singer Ann Vale's trial asked for papers. Vale said more.")
    assert (actors["Tom Reed"].role, actors["Tarvel Holdings"].role, actors["Ed Tarvel"].role) == \
        ("chief operating officer", "UK mining firm", "writing partner")
    assert (actors["Jo Pike"].role, actors["Ann Vale"].role) == ("champion", "singer")


def test_and_joining_two_fields_or_two_roles_before_a_name_stays_in_the_role():
    actors = actors_of("Shares in oil and gas company Tarvel Holdings rose. Tarvel Holdings said so.",
                       "It was backed by Tory work and pensions spokesman Tom Reed. Mr Reed said so.",
                       "The firm is run by chairman and chief executive Ann Vale. Vale said so.",
                       "He played with confidence and keeper Jo Pike made saves. Pike said so.",
                       "It was backed by Ed Lane and chief executive Kim Orr. Orr said so. Lane agreed.")
    assert (actors["Tarvel Holdings"].role, actors["Tom Reed"].role, actors["Ann Vale"].role) == \
        ("oil and gas company", "Tory work and pensions spokesman", "chairman and chief executive")
    # a noun of the clause before a role, or another person named before "and", is no part of it
    assert (actors["Jo Pike"].role, actors["Kim Orr"].role) == ("keeper", "chief executive")


def test_a_lone_name_after_an_organizations_noun_takes_the_organizations_longer_description():
    actors = actors_of("Costs could reach $1bn, freight and storage services firm Tarvex estimates. "
                       "Tarvex said so.",
                       "Harwick's biggest retail bank Pelbro has cut rates. Pelbro said so.")
    assert (actors["Tarvex"].role, actors["Pelbro"].role) == \
        ("freight and storage services firm", "Harwick's biggest retail bank")


def test_an_apposition_ending_on_a_firm_and_its_name_is_a_role_but_one_ending_on_a_person_is_a_list():
    actors = actors_of("Tom Reed, a partner at law firm Vale Pike, said so. Reed agreed.",
                       "Ed Lane, actor Tom Tarvel and Jo Pike came. Lane said so.")
    assert (actors["Tom Reed"].role, actors["Ed Lane"].role) == ("partner at law firm Vale Pike", "")


def test_neither_at_a_sentence_start_is_no_part_of_a_name():
    from briefing.analysis.names import capitalised_runs, segment_run, tokens_of
    text = "Neither Tarvex nor Harwick would comment."
    runs = capitalised_runs(tokens_of(text, 0), text, 0)
    names = [" ".join(t.text for t in s.toks) for r in runs for s in segment_run(r, r[0].start == 0)]
    assert "Neither Tarvex" not in names and "Tarvex" in names


def test_a_titled_surname_joins_the_person_the_reports_give_that_title():
    texts = ["Singer Kate Tarrant released an album. Kate Tarrant said it was her best.", "Kate Tarrant toured.",
             "Fans of Kate Tarrant queued.", "President George Tarrant spoke. President Tarrant said the war went well.",
             "President Tarrant met the premier on Monday."]
    actors = actors_of(*texts)
    assert actors["George Tarrant"].mentions == 3 and actors["Kate Tarrant"].mentions == 4


def test_an_apposition_running_into_someone_speaking_is_no_role():
    from briefing.analysis.roles import role_after
    assert role_after(", the firm said.") == ""
    assert role_after(", Tory spokesman Ann Vale suggested the posters were part of a trend.") == ""
    assert role_after(", the chairman of the Alliance of Small Harbour States, a coalition") \
        == "chairman of the Alliance of Small Harbour States"


def test_a_feast_day_or_a_family_name_prefix_makes_no_organisation():
    texts = ["Christmas was quiet for the shops. Christmas sales fell, Harwick Retail said.",
             "Retailers hoped Christmas would help. Christmas trading began early.",
             "Actor Leo DiCaprio starred. DiCaprio said he was pleased. DiCaprio won."]
    actors = actors_of(*texts)
    assert "Christmas" not in actors
    assert all(a.kind != "organization" for n, a in actors.items() if "DiCaprio" in n)


def test_no_description_from_a_headline_above_a_pronoun_or_a_word_of_when():
    from briefing.analysis.roles import descriptor_before, role_after
    assert descriptor_before("Harwick's four little words\n\n") == ""
    assert descriptor_before("the former ") == ""
    assert role_after(", I spoke with the manager and he said") == ""
    assert role_after(", US trade secretary, said") == "US trade secretary"


def test_a_word_a_title_makes_a_person_in_one_report_stays_an_organisation_in_the_others():
    texts = ["The prime minister Lord Harwick once lived there.",
             "Harwick beat Tarvel 2-0. Harwick said it was pleased.", "Harwick won again, Harwick said.",
             "Harwick lost to Tarvel. Harwick said the referee erred.", "Harwick signed a striker. Harwick said so."]
    actors = actors_of(*texts)
    assert actors["Harwick"].kind == "organization" and actors["Harwick"].mentions >= 8
    city = ["The prime minister Lord Tarrow once lived there.", "Fans gathered in Tarrow on Monday.",
            "The match in Tarrow ended 2-0.", "Tarrow council said the roads were shut. Rain fell in Tarrow."]
    assert "Lord Tarrow" not in {a.name for a in find_actors(corpus(*city)) if a.mentions > 1}
    single = ["Mr Vale said the talks failed.", "Vale said he would try again.", "Vale met the union on Monday."]
    assert actor(find_actors(corpus(*single)), "Vale").kind == "person"


def test_a_party_word_before_a_persons_name_is_no_part_of_it():
    names = {a.name for a in find_actors(corpus("The youngest was Tory Edward Turnour, who won the by-election.",
                                                "Conservative Ann Vale said so. Two-time Olympic champion Bo Tarr won."))}
    assert {"Edward Turnour", "Ann Vale", "Bo Tarr"} <= names and not any("Olympic" in n for n in names)
    names = {a.name for a in find_actors(corpus("An inspection team from the International Olympic committee came.",
                                                "The International Olympic committee said so."))}
    assert "Olympic" not in names


def test_a_clause_after_a_name_or_a_word_of_extent_before_it_is_no_role():
    from briefing.analysis.roles import descriptor_before, role_after
    assert role_after(', the government would have "great difficulty" with it') == ""
    assert descriptor_before("miss the entire ") == "" and descriptor_before("the incoming ") == ""


def test_a_royal_named_by_title_and_given_name_is_not_another_of_that_name():
    texts = ["Fans queued for Harry Tarrant films. Harry Tarrant books sold well.", "Harry Tarrant is a hit.",
             "Prince Harry visited the troops. Prince Harry said they were brave."]
    actors = actors_of(*texts)
    assert "Prince Harry" in actors and actors["Harry Tarrant"].mentions == 3


def test_a_phrase_of_the_clause_before_is_no_role_and_an_age_no_name():
    from briefing.analysis.roles import role_before
    assert role_before("publications disliked by the government, ") == ""
    assert role_before("the former president, ") == "former president"
    names = set(actors_of("Fifteen-year-old Donald Vale won the final. Donald Vale said so."))
    assert "Donald Vale" in names and not any("year-old" in n for n in names)


def test_the_place_an_office_is_for_neither_speaks_nor_is_a_person():
    texts = ["Stephen Vale, MP for Harwick North, said so. The Labour MP for Harwick North agreed.",
             "Voters in Harwick North were asked. Harwick North MP Stephen Vale spoke."]
    names = set(actors_of(*texts))
    assert "Stephen Vale" in names and "Harwick North" not in names


def test_a_company_described_so_joins_no_person_of_its_name():
    texts = ["Kevin Tarrant said the fries were cold. Kevin Tarrant agreed.",
             "Fast-food giant Tarrant said profits rose. Tarrant said sales grew.", "Tarrant shares fell, Tarrant said."]
    actors = actors_of(*texts)
    assert actors["Tarrant"].kind == "organization" and actors["Kevin Tarrant"].mentions == 2


def test_more_occupations_are_roles():
    texts = ['But World Indoor 800m record holder Vasko said: "There is never an easy race." Vasko added more.',
             "Coroner Ann Tarrant said the death was accidental. Ann Tarrant closed the inquest."]
    actors = actors_of(*texts)
    assert "record holder" in actors["Vasko"].role and actors["Ann Tarrant"].role == "Coroner"


def test_a_role_with_and_inside_a_closed_apposition_is_read_whole():
    from briefing.analysis.roles import role_after
    assert role_after(", his transport and environment spokesman, said the plans stink.") \
        == "transport and environment spokesman"
    assert role_after(", the chairman and chief executive, said") == "chairman and chief executive"
    assert role_after(", Harwick and Tarvel, agreed") == ""


def test_a_plural_description_after_a_company_is_not_what_the_company_is():
    texts = ["Harwick is to stop making engines for its Tarvex subsidiary. The unions claim Harwick will close "
             "the plant.", "Tarvex cars will use other engines, Tarvex said. Tarvex said so again."]
    roles = {a.name: a.role for a in find_actors(corpus(*texts))}
    assert roles.get("Tarvex") != "unions"


def test_a_description_before_a_name_that_modifies_a_noun_is_the_nouns():
    texts = ["He won a safe Tarvel seat in 1997. The Tarvel Party said it was pleased.",
             "It was once a safe Tarvel seat. Tarvel said it would hold on.", "The ruling Tarvel government said so."]
    roles = {a.name: a.role for a in find_actors(corpus(*texts))}
    assert not any("safe" in (r or "") for r in roles.values())


def test_the_county_after_a_town_in_a_persons_apposition_is_not_a_speaker():
    texts = ["One of the men, Tom Varley, 34, from Eastbrook, Harwickshire, said he would appeal.",
             "The BBC's Ann Bright, with the Oldfield Hunt in Marston, Harwickshire said hundreds had gathered."]
    index = actor_index(corpus(*texts))
    assert "Harwickshire" not in index.signals or index.signals["Harwickshire"].speaks == 0


def test_a_persons_role_is_a_singular_one_before_the_plural_of_a_pair():
    actors = actors_of("Harwick sprinters Ann Vale and Ruth Cole were banned. Harwick sprinters Ann Vale and Ruth "
                       "Cole will appeal.", "Harwick sprinter Ann Vale denied the charge.")
    assert actors["Ann Vale"].role == "Harwick sprinter"


def test_a_role_in_apposition_after_a_preposition_where_the_name_ends_the_sentence():
    actors = actors_of("Ann Vale took office after the resignation of her predecessor, Tom Reed. Reed had said he "
                       "would stay.", "Ms Vale said her successor, Jo Pike, would finish the work. Pike agreed.")
    assert (actors["Tom Reed"].role, actors["Jo Pike"].role) == ("predecessor", "successor")


def test_an_acronym_with_an_acronym_inside_or_of_a_fuller_name_joins_the_name():
    actors = actors_of("UK Rowing chief Tom Reed said the crew was ready. The target for UKR is gold, Reed said.",
                       "Ann Vale was voted Harwick Rowing (HRA) rower of the year. HRA members backed her.",
                       "UK Rowing will pick the crew. Harwick Rowing said it would send two boats.")
    assert "UKR" in actors["UK Rowing"].aliases and "UKR" not in actors
    assert "HRA" in actors["Harwick Rowing"].aliases and "HRA" not in actors


def test_a_national_body_named_by_country_and_field_is_one_organisation():
    actors = actors_of("UK Rowing chief Tom Reed said the crew was ready. British Cycling said it agreed.",
                       "UK Rowing will pick the crew, and British Cycling will name its riders.")
    assert actors["UK Rowing"].kind == actors["British Cycling"].kind == "organization"
    assert "Rowing" not in actors and "Cycling" not in actors


def test_no_national_body_of_a_title_a_people_a_party_member_or_a_given_name():
    actors = actors_of("British Prime Minister Ann Vale met American Tom Bell. British Muslims and Scottish "
                       "Conservative members protested.", "Ms Vale said Mr Bell was welcome. Tom Bell agreed.")
    assert {"British Prime Minister", "American Tom Bell", "British Muslims", "Scottish Conservative"}.isdisjoint(actors)
    assert actors["Ann Vale"].role == "Prime Minister"


def test_two_national_firms_of_one_country_are_not_one_firm():
    actors = actors_of("British Telecom said profits rose. British Airways said fares would rise.",
                       "British Telecom and British Airways both said so.")
    assert "British Telecom" in actors and "British Airways" in actors
    assert "British Telecom" not in actors["British Airways"].aliases


def test_a_countrys_prosecutors_authorities_officials_and_troops_are_collective_actors():
    actors = actors_of("Danish prosecutors charged the pair with fraud. Danish prosecutors said the trial would open "
                       "in May.", "Peruvian authorities said they had seized the ship. The authorities gave no reason.",
                       "Chilean officials said talks would resume. Chilean troops left the port. Chilean officials "
                       "confirmed it, and Chilean troops were seen on the road.")
    names = ("Danish prosecutors", "Peruvian authorities", "Chilean officials", "Chilean troops")
    assert {actors[name].kind for name in names} == {"organization"}
    # what each is in the story is what its own noun says, not "organization"
    assert [actors[name].role for name in names] == ["prosecutors", "authorities", "officials", "troops"]


def test_a_plural_role_noun_inside_a_role_phrase_keeps_the_phrase_whole():
    actors = actors_of("Chief fire officers spokesman Tom Reed said crews were ready. Reed said so twice.")
    assert actors["Tom Reed"].role == "Chief fire officers spokesman"


def test_an_organisations_kind_written_after_its_name_or_acronym_is_its_role():
    actors = actors_of("Tom Reed, chair of the Small Island Voices (SIV) group, said the deal was poor. "
                       "The Small Island Voices group said it would walk out.",
                       "The Small Island Voices will meet again. Harwick Ratings cut the port's score.",
                       "Harwick Ratings said the outlook was negative.")
    assert actors["Small Island Voices"].role == "group"
    assert actors["Harwick Ratings"].role == "ratings agency"


def test_an_office_before_a_peers_or_knights_honorific_is_the_role():
    actors = actors_of("The Attorney General Lord Ashby has not issued any instructions. Lord Ashby said so.",
                       "Foreign Secretary Lord Tarn met Home Secretary Sir Tom Reed. Lord Tarn agreed.")
    assert (actors["Lord Ashby"].role, actors["Lord Tarn"].role, actors["Tom Reed"].role) == \
        ("Attorney General", "Foreign Secretary", "Home Secretary")


def test_a_relative_clause_of_holding_an_office_gives_the_role():
    actors = actors_of("Tom Reed, who chairs the science committee, said no. Reed said so again.",
                       "Ann Vale, who heads the Harwick Port Authority, said yes. Vale agreed.",
                       "Jo Pike, who is now the party's deputy leader, spoke. Pike agreed. Ed Lane, who was hurt, left.")
    assert actors["Tom Reed"].role == "chair of the science committee"
    assert actors["Ann Vale"].role == "head of the Harwick Port Authority"
    assert actors["Jo Pike"].role == "party's deputy leader"


def test_a_relative_clause_gives_the_office_it_opens_on_and_leaves_out_when():
    actors = actors_of("Ann Vale, who was head of the Harwick rowing team at the Tarvel regatta last year, "
                       "also spoke. Vale said so.",
                       "Jo Pike, who was runner-up to Kim Orr in last year's final, spoke. Pike agreed.",
                       "Ed Lane, who was the first man to be Harwick Speaker, spoke. Lane agreed.",
                       "Tom Reed, who is under investigation by the agency, said so. Reed agreed.")
    assert (actors["Ann Vale"].role, actors["Jo Pike"].role, actors["Ed Lane"].role, actors["Tom Reed"].role) == \
        ("head of the Harwick rowing team at the Tarvel regatta", "runner-up to Kim Orr",
         "first man to be Harwick Speaker", "")


def test_rugby_positions_skippers_winners_legends_and_workers_are_roles_but_a_bodys_centre_is_not():
    actors = actors_of("Tarvel centre Ann Vale scored twice. Vale said so.",
                       "Harwick skipper Tom Reed was dropped. Reed said so.",
                       "Idol winner Jo Pike sang. Pike said so. Aid worker Kim Orr was freed. Orr said so.",
                       "Ed Lane spoke. In a speech to the Harwick Policy Centre Mr Lane said it was over.")
    assert (actors["Ann Vale"].role, actors["Tom Reed"].role, actors["Jo Pike"].role, actors["Kim Orr"].role) == \
        ("Tarvel centre", "Harwick skipper", "Idol winner", "Aid worker")
    assert actors["Ed Lane"].role == ""


def test_a_plural_role_noun_before_a_capital_is_a_verb_not_part_of_the_role():
    actors = actors_of("The film stars Harwick screen legend Tom Reed as a judge. Reed said so.",
                       "Chief police officers spokesman Ann Vale said so. Vale agreed.")
    assert (actors["Tom Reed"].role, actors["Ann Vale"].role) == ("Harwick screen legend", "Chief police officers spokesman")


def test_a_preposition_before_a_role_noun_is_no_part_of_the_role():
    actors = actors_of("Jo Pike finished a minute behind winner Ann Vale. Vale said so. Pike agreed.")
    assert actors["Ann Vale"].role == "winner"


def test_a_peer_and_a_civil_servant_are_roles_before_a_name():
    actors = actors_of("Labour peer Lord Ashby spoke. Lord Ashby agreed.",
                       "The inquiry by civil servant Sir Jo Pike is under way. Sir Jo Pike said so.")
    assert (actors["Lord Ashby"].role, actors["Jo Pike"].role) == ("Labour peer", "civil servant")


def test_a_treaty_or_an_accord_is_no_actor():
    actors = actors_of("Ann Vale refused to sign the Harwick Protocol. The Harwick Protocol cuts emissions.",
                       "Tom Reed backed the Tarvel Accord. The Tarvel Accord was signed by Reed.")
    assert "Harwick Protocol" not in actors and "Tarvel Accord" not in actors and "Ann Vale" in actors


def test_a_peerage_title_before_an_office_names_the_office_not_a_person():
    actors = actors_of("The Lord Chancellor said the reform was needed. Lord Chancellor Lord Tarn agreed.",
                       "The Lord Chancellor spoke again. Lord Tarn said so. Mr Judge said no. Mr Judge agreed.")
    assert "Lord Chancellor" not in actors and actors["Lord Tarn"].role == "Lord Chancellor"
    assert actors["Judge"].kind == "person"         # after Mr, a word that is also a role is a surname


def test_a_party_word_and_a_common_word_name_no_person_and_lone_party_words_join_no_one():
    actors = actors_of("Tom Reed will back Tory Parliamentary hopefuls Ann Vale and Jo Pike. The Tory leader "
                       "will speak. Tory plans were set out.", "The Tory leader said so. Tory Ann Vale won.")
    assert "Tory Parliamentary" not in actors
    assert all("Tory" not in a.aliases for a in actors.values() if a.kind == "person")


def test_an_honorific_before_a_possessive_owner_makes_the_owner_a_person_and_no_role():
    actors = actors_of("Mr Vale's Budget would not risk stability. Mr Vale's Budget was praised.",
                       "The Budget was due on Tuesday. Tom Vale said the Budget was fair.")
    assert "Budget" not in actors or actors["Budget"].role != "Vale"


def test_a_news_agency_is_a_news_outlet_whatever_a_sentence_seems_to_call_it():
    actors = actors_of("The report rebuked Tom Reed's department, BBC environment correspondent Ann Vale said.",
                       "Mr Reed told the BBC he disagreed. The BBC said the report was fair.")
    assert actors["BBC"].role == "news outlet"


def test_a_name_ending_on_a_word_as_often_another_bodys_is_a_news_outlet_only_where_a_report_cites_it():
    actors = actors_of("Shares in Harwick Express rose 8%. Harwick Express said profits would grow.",
                       "Tom Reed told the Tarvel Post that he would stay. The Tarvel Post said so.",
                       "The plan was first reported in the Harwick Evening Post. The Harwick Evening Post said so.",
                       "Mail was lost, said Tarvel Mail. Tarvel Mail said it would look into it.")
    assert actors["Tarvel Post"].role == "news outlet"
    assert actors["Harwick Evening Post"].role == "news outlet"     # a paper's time of issue
    assert actors["Harwick Express"].role != "news outlet"
    assert actors["Tarvel Mail"].role != "news outlet"


def test_a_legal_suffix_after_an_outlets_name_makes_the_company_that_owns_it():
    actors = actors_of("Harwick News Corporation will buy the studio, Ann Vale told the Tarvel Times.",
                       "Harwick News Corporation said the deal was done. The Tarvel Times said so.")
    assert actors["Harwick News Corporation"].role == "company"
    assert actors["Tarvel Times"].role == "news outlet"


def test_a_news_agency_named_so_is_a_news_outlet_not_a_government_agency():
    actors = actors_of("Prices rose, the official Tarvelian News Agency reported. Tarvelian News Agency said so.",
                       "The Harwick Environment Agency said it would act. The Harwick Environment Agency met.")
    assert actors["Tarvelian News Agency"].role == "news outlet"
    assert actors["Harwick Environment Agency"].role != "news outlet"


def test_a_broadcasters_name_not_cited_as_a_source_makes_it_a_broadcaster():
    actors = actors_of("Harwick Radio will launch a new station. Harwick Radio said it had 2m listeners.",
                       "Ann Vale told Tarvel Television she would stand. Tarvel Television said so.",
                       "The show began on BBC Radio in 1990. BBC Radio said it was proud.")
    assert actors["Harwick Radio"].role == "broadcaster"
    assert actors["Tarvel Television"].role == "news outlet"
    assert actors["BBC Radio"].role == "news outlet"      # a news agency's name opens it


def test_a_company_suffix_after_a_bodys_head_word_makes_it_a_company_and_for_heads_a_name_as_of_does():
    actors = actors_of("The Tarvel Post Company will build the network. The Tarvel Post Company said so.",
                       "The Institute for Applied Radio Studies backed it. The Institute for Applied Radio Studies met.")
    assert actors["Tarvel Post Company"].role == "company"
    assert actors["Institute for Applied Radio Studies"].role == "institute"


def test_a_given_name_before_press_or_post_names_a_person_not_an_outlet():
    actors = actors_of('"Sales rose," Tom Press, chief operating officer of Harwick Motors, said. Mr Press smiled.',
                       "The film stars actress Ann Post, who won an award. The Harwick Post said so.")
    assert actors["Tom Press"].kind == "person" and actors["Tom Press"].role.startswith("chief operating officer")
    assert actors["Ann Post"].kind == "person"
    assert actors["Harwick Post"].kind == "organization"


def test_a_name_described_once_as_a_firm_is_a_firms_though_a_persons_word_describes_it_more_often():
    actors = actors_of("Prosecutors have gone after auditors Grant Tarvel. Ann Vale, of auditor Grant Tarvel, said so.",
                       "Joe Reed, a specialist at accountancy firm Grant Tarvel, said the support was vital.")
    assert (actors["Grant Tarvel"].kind, actors["Grant Tarvel"].role) == ("organization", "accountancy firm")


def test_a_countrys_acronym_after_a_bodys_name_is_part_of_the_name_not_the_country():
    actors = actors_of("But the chairman of Harwick Watch UK, Sir Tom Reed, said the plans were a disgrace to us all.",
                       "A spokesman for Tarvex USA said the company would appeal against the ruling of the court.",
                       "Overall UK sales fell by 3% over the year, the figures from the trade body showed.")
    assert {"Harwick Watch UK", "Tarvex USA"} <= set(actors)
    assert "Overall UK" not in actors


def test_a_person_named_before_of_and_a_bodys_name_is_a_person_of_that_body():
    actors = actors_of('"The figures were weak," said Tom Tarvel of Harwick Research, who expects a cut in rates.',
                       "Prices rose, according to the Bank of Tarvelia, which will meet again in the spring.")
    assert actors["Tom Tarvel"].kind == "person" and actors["Harwick Research"].kind == "organization"
    assert "Bank of Tarvelia" in actors
    titled = actors_of("The car was found on Friday, Detective Inspector Tom Reed of Harwick Police said yesterday.")
    assert titled["Tom Reed"].role == "Detective Inspector" and "Harwick Police" in titled


def test_a_name_ending_on_a_line_of_business_never_titled_is_a_firms():
    actors = actors_of("The venture between security firm Harwick and storage specialists Tarvex Software will sell "
                       "the kit. Tarvex Software has come up with techniques to prove that files were not changed.")
    assert actors["Tarvex Software"].kind == "organization"
    films = actors_of("Harwick Films, a company owned by a relative, made the film. Harwick Films said it would "
                      "release it in May.")
    assert films["Harwick Films"].kind == "organization"
    gold = actors_of("The venture between security firm Harwick and gold producer Tarvex Gold will sell the kit. "
                     "Tarvex Gold has come up with techniques to prove that the mine is safe.")
    assert gold["Tarvex Gold"].kind == "organization"


def test_a_name_written_before_a_business_noun_after_the_is_a_firms():
    actors = actors_of("Harwick bought 18.8% of Tarvo, the global winemaker behind the Penvale, Lindvale and Tarvel "
                       "brands. The seller was Reline Investments, the family investment firm for the Vales, who "
                       "founded the Tarvel Estates label and sold it to Tarvo in 2001.",
                       "It agreed on buying a stake in Tarvo from the Vale family, which founded the Tarvel Estates "
                       "business and later merged it into Tarvo.")
    assert actors["Tarvel Estates"].kind == "organization"


def test_two_words_run_together_in_the_source_describe_no_organisation():
    actors = actors_of("Ann Vale spoke of the central purpose ofNew Harwick Party members.",
                       "The Harwick Party said so. The Harwick Party met.")
    assert "ofNew" not in actors["Harwick Party"].role


def test_an_owners_possessive_stays_in_a_role_before_a_comma_and_more_occupations_head_roles():
    actors = actors_of("\"We may cancel,\" said the festival's executive director, Tom Prater. Prater said so.",
                       "The Reverend Adrian Bell said it. Mr Bell agreed. The widow of Harwick frontman Jo Pike "
                       "spoke. Pike was 27.")
    assert actors["Tom Prater"].role == "festival's executive director"
    assert (actors["Adrian Bell"].role, actors["Jo Pike"].role) == ("Reverend", "Harwick frontman")


def test_two_short_given_names_a_consonant_apart_are_two_people_a_dropped_letter_one():
    from briefing.analysis.aliases import same_person_spelled_apart
    assert not same_person_spelled_apart("Max Varley", "Mick Varley")
    assert same_person_spelled_apart("Jon Varley", "John Varley")



def test_a_role_after_is_or_was_ends_before_a_time_clause_and_more_occupations_head_roles():
    actors = actors_of("Sir John Vale was the permanent secretary during the period. Sir John said so.",
                       "Tom Reed is a Harwick councillor. Reed said no. Producers praised theatre impresario Jo Pike. "
                       "Pike agreed.")
    assert actors["John Vale"].role == "permanent secretary"
    assert (actors["Tom Reed"].role, actors["Jo Pike"].role) == ("Harwick councillor", "theatre impresario")


def test_a_ministerial_portfolio_stays_whole_in_a_role():
    actors = actors_of("The minister replied to Liberal Democrat constitutional affairs spokesman Tom Heath. Mr Heath "
                       "said so.", "Shadow rural affairs minister Ann Vale spoke. Vale agreed.")
    assert actors["Tom Heath"].role == "Liberal Democrat constitutional affairs spokesman"
    assert actors["Ann Vale"].role == "Shadow rural affairs minister"


def test_a_firm_named_like_a_person_and_described_as_a_brokerage_is_an_organisation():
    actors = actors_of('"The deal is off," brokerage Harwick Lynch said in a note. Tom Reed agreed.',
                       "Ann Vale of brokerage Harwick Lynch spoke.")
    assert (actors["Harwick Lynch"].kind, actors["Harwick Lynch"].role) == ("organization", "brokerage")


def test_a_surname_after_a_particle_owns_no_role_of_the_word_after_it():
    actors = actors_of("Hicham El Harrak's Olympic dream ended. Hicham El Harrak's Olympic record stands.",
                       "El Harrak's Olympic gold was a surprise. Olympic officials met.",
                       "Hicham El Harrak won. El Harrak said so.")
    assert "Olympic" not in actors or actors["Olympic"].role != "Harrak"


def test_a_number_of_nations_is_a_competition_but_its_council_a_body():
    actors = actors_of("Harwick face Tarvel in the Six Nations on Saturday. The Six Nations opens in May.",
                       "The Six Nations Council said no. The Six Nations Council met.")
    assert "Six Nations" not in actors and actors["Six Nations Council"].kind == "organization"


def test_a_speaker_speaks_for_the_longest_name_in_the_role_not_also_for_the_words_inside_it():
    index = actor_index(corpus("Harwick Liberal Democrat leader Tom Reed said the plan was wrong. The Liberal "
                               "Democrats agreed. The Liberals of old were gone. The Democrats in Tarvel won.",
                               "Tom Reed said so again. The Liberal Democrats met. The Liberals met. The Democrats met."))
    assert index.speaks_for["Tom Reed"] == ["Liberal Democrats"]


def test_a_capitalised_plain_word_before_a_word_that_is_also_a_name_names_no_one_at_a_sentence_start():
    actors = actors_of("Strong Tony contenders were named on Monday. Strong Tony hopes rose again.",
                       "Strong Tony bids were made. Tom Reed won the Tony.")
    assert "Strong Tony" not in actors and "Tom Reed" in actors


def test_an_owner_before_an_organisations_name_is_no_role_of_it():
    actors = actors_of("Harwick's Zorvex said profits rose. Zorvex said so again.",
                       "Zorvex shares fell. Zorvex said it would cut jobs.")
    assert actors["Zorvex"].kind == "organization" and actors["Zorvex"].role != "Harwick"
    assert actors_of("Reform's Tom Reed agreed. Tom Reed said so.")["Tom Reed"].role == "Reform"


def test_a_stray_apostrophe_in_the_source_ends_a_role_phrase():
    actors = actors_of("The HK' opposition Socialists said no. The Socialists met.",
                       "Socialist leader Tom Reed said so. The Greens' transport spokesman Ann Vale agreed. Ann Vale said so.")
    assert "HK'" not in actors["Socialists"].role
    assert actors["Ann Vale"].role == "Greens' transport spokesman"


def test_a_persons_role_is_held_at_the_organisation_another_report_says_they_are_of():
    actors = actors_of("Chief executive Tom Reed said the levy was unfair.",
                       "But Tom Reed of the Harwick Dockers Union has questioned the count. Tom Reed said so again.",
                       "Director Ann Vale spoke first. Harwick Nights' Ann Vale later agreed.")
    assert (actors["Tom Reed"].role, actors["Tom Reed"].affiliation) == ("Chief executive", "Harwick Dockers Union")
    assert {ref.doc for ref in actors["Tom Reed"].role_refs} == {0, 1}       # each part cited where it is said
    # an owner before a name may be a film she made or a channel she spoke to: no affiliation
    assert (actors["Ann Vale"].role, actors["Ann Vale"].affiliation) == ("Director", "")


def test_of_the_organisation_after_a_name_is_its_role_for_want_of_another():
    actors = actors_of("Ruth Cole of the Tarvel Dockers Union said the port would close. Ruth Cole said so twice.")
    assert actors["Ruth Cole"].role == "Tarvel Dockers Union"


def test_an_office_of_a_body_in_capitals_is_no_part_of_the_bodys_name():
    actors = actors_of("Tom Reed, Chairman of Harwick Rowing Club, said the regatta would go ahead. "
                       "Harwick Rowing Club said it had sold every ticket.")
    assert actors["Tom Reed"].role == "Chairman of Harwick Rowing Club"
    assert actors["Harwick Rowing Club"].kind == "organization"
    assert "Chairman of Harwick Rowing Club" not in actors


def test_trusts_studios_guilds_and_orchestras_are_organisations_and_a_country_is_no_ones_organisation():
    actors = actors_of("The Harwick Health Trust said wards would close. Tarvel Studios said filming would stop.",
                       "The Writers Guild said so too, and the Harwick Symphony Orchestra cancelled a concert.",
                       "Ann Vale of the United States won the race. Ann Vale said she was tired.")
    assert [(actors[n].kind, actors[n].role) for n in ("Harwick Health Trust", "Tarvel Studios", "Writers Guild",
                                                        "Harwick Symphony Orchestra")] \
        == [("organization", "trust"), ("organization", "studios"), ("organization", "guild"),
            ("organization", "orchestra")]
    assert actors["Ann Vale"].role != "United States"


def test_a_forum_is_a_body_its_speaker_is_from():
    actors = actors_of("Dobrava Tarvelova, from the Harwick Safety Forum, said the port was unsafe.")
    assert actors["Harwick Safety Forum"].kind == "organization"
    assert actors["Dobrava Tarvelova"].role == "Harwick Safety Forum"


def test_two_joined_roles_before_an_appositive_name_are_its_role():
    actors = actors_of("HARWICK — The veteran autocrat and host of this year's regional summit, Tom Reed, opened the talks. "
                       "Tom Reed said the talks would last two days.",
                       "The rain and the wind, Ann Vale said, kept crowds away. Ann Vale spoke again later.")
    assert actors["Tom Reed"].role == "veteran autocrat and host of this year's regional summit"
    assert actors["Ann Vale"].role == ""


def test_a_body_of_states_is_an_international_organization_unless_the_text_says_more():
    actors = actors_of("The United Nations said aid would reach Tarvel on Monday. The United Nations appealed for funds.",
                       "The World Bank, the global lender, said it would help. The World Bank said so again.")
    assert actors["United Nations"].role == "international organization"
    assert actors["World Bank"].role == "global lender"


def test_a_company_named_with_its_legal_form_is_a_company_but_a_band_called_company_is_not():
    actors = actors_of("Harwick Steel Corp said output fell. Harwick Steel Corp will cut jobs.",
                       "Good Company said the tour was cancelled. Good Company will play in May.")
    assert actors["Harwick Steel Corp"].role == "steel company"       # and the trade before its legal form
    assert "company" not in actors["Good Company"].role


def test_lead_speaker_takes_the_description_the_next_sentence_opens_on():
    text = ("The new fishing law is clear and can be enforced, Ann Vale has said. "
            "The coastal affairs minister said it would be obvious if people broke it. "
            "Ms Vale spoke in Harwick on Monday.")
    vale = actors_of(text)["Ann Vale"]
    assert vale.role == "coastal affairs minister"
    assert [r.sentence for r in vale.role_refs] == [0, 1]


def test_description_after_a_sentence_naming_two_people_or_deep_in_a_report_gives_no_role():
    two = ("Tom Reed has said the fishing law is clear, after talks with Ann Vale. "
           "The coastal affairs minister said it would be obvious if people broke it. Mr Reed left.")
    assert actors_of(two)["Tom Reed"].role == ""
    deep = ("Boats left Harwick at dawn. Nets were cast. The catch was small. Prices rose. "
            "Tom Reed said prices would rise again. The council spokeswoman said the law was clear. "
            "Mr Reed left.")
    assert actors_of(deep)["Tom Reed"].role == ""
    held = ("Coastal affairs minister Ann Vale spoke first. Tom Reed said nothing. "
            "The coastal affairs minister said it would be obvious if people broke it. Mr Reed left.")
    assert actors_of(held)["Tom Reed"].role == ""          # that is Ann Vale's title


def test_description_that_is_no_one_persons_role_gives_no_role():
    for second in ("The company said it would appeal.", "The ministers said it would be obvious.",
                   "The 52-year-old said it would be obvious.", "The man's lawyer said it was unfair."):
        text = f"The new fishing law is clear, Tom Reed has said. {second} Mr Reed left Harwick."
        assert actors_of(text)["Tom Reed"].role == "", second


def test_headline_naming_one_person_over_a_description_gives_that_role():
    from analysis_helpers import document
    from briefing.model import Corpus

    text = ("The home secretary has defended plans to hold suspects without charge. "
            "Tom Reed told MPs the plans were needed. Mr Reed spoke in Harwick.")
    headed = document(text)
    headed.title = "Reed defends detention plans"
    reed = actor(find_actors(Corpus.of([headed])), "Tom Reed")
    assert reed.role == "home secretary"
    other = document(text + " He left.")        # another text: the analysis keeps the last corpus's actors
    other.title = "Detention plans defended"
    assert actor(find_actors(Corpus.of([other])), "Tom Reed").role == ""


def test_a_lead_whose_speaker_is_described_gives_that_role_to_the_person_named_next():
    said = actors_of("Plans to cut the tax are sound, the coastal affairs minister has said. "
                     "Tom Reed said the cost was known. Mr Reed spoke again.")
    assert said["Tom Reed"].role == "coastal affairs minister"
    owned = actors_of("Harwick's justice minister has warned fans that she will act. "
                      "Ann Vale said bans were one measure. Ms Vale spoke in Tarvel.")
    assert owned["Ann Vale"].role == "Harwick's justice minister"
    # the description after a named person may be that person's, not the next one's
    after = actors_of("Tom Reed lost the vote. The club coach said the count was wrong. "
                      "But Ann Vale said the count was fair. Ms Vale spoke in Tarvel.")
    assert after["Ann Vale"].role == ""
    body = actors_of("Plans to cut the tax are sound, the government has said. Ann Vale said the cost was known. "
                     "Ms Vale spoke in Tarvel.")
    assert body["Ann Vale"].role == ""


def test_headline_naming_one_person_over_a_described_speaker_gives_that_role():
    from analysis_helpers import document
    from briefing.model import Corpus

    headed = document("Actors have joined a new sitcom, the comedian has told reporters. He said they had agreed. "
                      "Tom Reed said more later.")
    headed.title = "Stars flock to Reed sitcom"
    assert actor(find_actors(Corpus.of([headed])), "Tom Reed").role == "comedian"


def test_organization_takes_the_class_a_report_puts_it_in_before_such_as_as_one_of_it():
    text = ("Protest groups - such as the Tarvel Heath League - sent monitors to the meets. "
            "The Tarvel Heath League said the law had been broken. The Tarvel Heath League will go to court.")
    assert actors_of(text)["Tarvel Heath League"].role == "Protest group"
    plain = ("Groups such as the Tarvel Heath League sent monitors to the meets. "
             "The Tarvel Heath League said the law had been broken. The Tarvel Heath League will go to court.")
    assert actors_of(plain)["Tarvel Heath League"].role == "league"      # "groups" says no more


def test_organizations_take_the_class_a_report_gives_them_by_count_right_after_their_names():
    text = ("The ministry fined Harwick Air and Tarvel Jet, two regional airlines. "
            "Harwick Air was fined again in May. Tarvel Jet will appeal, lawyers for Tarvel Jet said.")
    found = actors_of(text)
    assert found["Harwick Air"].role == "regional airline"
    assert found["Tarvel Jet"].role == "regional airline"
    years = ("The deal with Harwick Air, two years ago, failed. Harwick Air said it would try again. "
             "Harwick Air will meet the ministry.")
    assert actors_of(years)["Harwick Air"].role != "year"


def test_an_organization_the_reports_describe_in_words_counts_as_one_with_a_stated_role():
    text = ("The ministry fined Harwick Air and Tarvel Jet, two regional airlines. "
            "Harwick Air was fined again in May. Harwick Air will appeal.")
    index = actor_index(corpus(text))
    assert index.signals["Harwick Air"].stated_role == 1.0
    plain = "The ministry fined Harwick Air. Harwick Air was fined again in May. Harwick Air will appeal."
    assert actor_index(corpus(plain)).signals["Harwick Air"].stated_role == 0.0


def test_an_organizations_role_written_for_several_it_lists_is_shown_in_the_singular():
    text = ("Hedge funds Harwick and Tarvel opposed the bid. Harwick said the price was too low. "
            "Harwick owns 2% of the exchange, Harwick said.")
    assert actors_of(text)["Harwick"].role == "Hedge fund"


def test_actors_the_ranking_finds_equal_come_in_the_order_a_report_names_them():
    text = ("Harwick council met on Monday. The council voted on the plan. The plan was approved. "
            "Work will start soon. Residents were told in a letter. Zara Tull, a local lawyer, said the "
            "vote was rushed. The council disagreed. Amos Reed, a local lawyer, said the vote was fair.")
    names = [a.name for a in find_actors(corpus(text))]
    assert names.index("Zara Tull") < names.index("Amos Reed")


def test_a_web_address_written_as_a_name_is_an_organization_and_its_name_without_the_ending_too():
    text = ("Police shut Tarvelnet.org on Monday. Tarvelnet had offered films to swap. "
            "Moderators on Tarvelnet checked files. Users of Tarvelnet moved on.")
    site = actors_of(text)["Tarvelnet"]
    assert (site.kind, site.mentions, site.aliases) == ("organization", 4, ["Tarvelnet.org"])


def test_the_family_a_surname_names_is_one_actor_of_its_own_not_a_person_of_that_name():
    text = ("The Harwick family owns the Tarvel Mills. The wealthy Harwick family met the buyers on "
            "Monday, Tarvel Mills said. Tom Harwick, who died last year, ran Tarvel Mills.")
    found = actors_of(text)
    family = found["Harwick family"]
    assert (family.kind, family.role, family.mentions) == ("organization", "family", 2)
    assert found["Tom Harwick"].mentions == 1


def test_a_word_a_landform_follows_is_a_place_not_an_organization():
    texts = ("Floods spread along the Tarvel river. Ann Vale, a Harwick engineer, said the Tarvel river had risen.",
             "Boats worked along the Tarvel river. The Tarvel river may rise again, Ann Vale said.")
    assert "Tarvel" not in actors_of(*texts)
    assert "Tarvel" in actors_of(*(t.replace("Tarvel river", "Tarvel group") for t in texts))


def test_a_count_before_an_organizations_name_is_no_description_of_it():
    text = ("He was joined by one of the Harwick Party's two Tarvel Assembly members, Ann Vale. "
            "The party called on Ms Vale to quit the Tarvel Assembly.")
    assert actors_of(text, text.replace("He was", "Tom Reed was"))["Tarvel Assembly"].role == "assembly"


def test_most_prominent_actors_rank_with_likely_key_ones_unless_quite_unlikely():
    from briefing.analysis.actor_ranking import prominence_floor, rank_key

    floor = prominence_floor([40.0, 35.0, 30.0, 20.0, 10.0, 8.0, 5.0, 3.7, 3.7])
    body_never_titled = rank_key(0.3, 30.0, floor)       # named in most reports
    quoted_once = rank_key(0.57, 3.7, floor)             # a title, one quote
    setting = rank_key(0.1, 40.0, floor)                 # the model finds it quite unlikely
    assert sorted([setting, quoted_once, body_never_titled]) == [body_never_titled, quoted_once, setting]
    assert rank_key(0.3, 8.0, floor) > quoted_once       # not among the five most prominent


def test_a_person_named_again_across_reports_ranks_before_unlikelier_people_named_once_with_a_title():
    texts = ("Harwick beat Fenmarsh 2-1 in the Tarvel Cup final on Saturday. Harwick coach Ann Vale said her side had"
             " earned the win. The crowd sang through the second half. Dace Mullery scored both goals for Harwick."
             " Mullery struck first after ten minutes. Playwright Tom Pellow watched from the stand.",
             "Harwick will face Quillex in the next round. Ann Vale said she would wait for news of her players."
             " The draw was made on Sunday. Dace Mullery is doubtful after he was hurt in the final."
             " Novelist Jo Brenwick presented the cup.",
             "Fenmarsh manager Ed Varlowe said his team had been unlucky. Fenmarsh will now focus on the league.")
    actors = find_actors(corpus(*texts))
    names = [a.name for a in actors]
    by_name = {a.name: a for a in actors}
    # the model finds the scorer less likely a key actor than the two named once with a title
    assert by_name["Dace Mullery"].key_likelihood < by_name["Tom Pellow"].key_likelihood < 0.5
    assert names.index("Dace Mullery") < names.index("Tom Pellow")
    assert names.index("Dace Mullery") < names.index("Jo Brenwick")
    assert names.index("Ed Varlowe") < names.index("Dace Mullery")     # a likely key actor still comes first


def test_a_recurring_person_is_named_three_times_in_two_reports_and_no_body_is_one():
    from briefing.analysis.actor_ranking import ActorSignals, log_count, recurring_person

    def person(mentions, reports, **kind):
        return ActorSignals(mentions=log_count(mentions), docs=log_count(reports), **(kind or {"person": 1.0}))

    assert recurring_person(person(3, 2))
    assert not recurring_person(person(2, 2))                        # named twice in passing
    assert not recurring_person(person(6, 1))                        # in one report only
    assert not recurring_person(person(6, 3, organization=1.0))      # a body (a product, a sponsor) is not


def test_noun_of_a_sentence_opening_phrase_is_no_role_of_the_subject_after_it():
    text = ("But despite the alliance Tarvel Motors failed to win back buyers. "
            "Its chief executive quit. Tarvel Motors said it would recover.")
    assert actors_of(text)["Tarvel Motors"].role == "company"      # its name's type word, no "alliance"
    described = "Talks with the carmaker Tarvel Motors ended. Tarvel Motors said it would recover. Tarvel Motors grew."
    assert actors_of(described)["Tarvel Motors"].role == "carmaker"


def test_word_for_a_place_s_people_before_a_name_is_a_role_where_nothing_says_more():
    text = ("New Yorker Tom Reed and Texan Ian Moss opened the boat show in Harwick. "
            "Mr Reed and Mr Moss will sail to Tarvel in March.")
    found = actors_of(text)
    assert (found["Tom Reed"].role, found["Ian Moss"].role) == ("New Yorker", "Texan")
    described = ("Texan Ian Moss, a retired banker, opened the boat show in Harwick. "
                 "Mr Moss will sail to Tarvel in March.")
    assert actors_of(described)["Ian Moss"].role == "retired banker"


def test_a_nationality_before_a_name_is_its_affiliation_and_the_role_where_nothing_says_more():
    text = ("Chilean Tom Reed beat fellow Swede Ann Vale 6-3 6-4 in Harwick. She will now face fifth seed "
            "Danish Eva Lund. Reed said he was pleased. Vale said she was tired. Lund said nothing.")
    found = actors_of(text)
    assert (found["Tom Reed"].role, found["Tom Reed"].affiliation) == ("Chilean", "Chile")
    assert (found["Ann Vale"].role, found["Ann Vale"].affiliation) == ("Swede", "Sweden")     # not "fellow"
    assert (found["Eva Lund"].role, found["Eva Lund"].affiliation) == ("fifth seed", "Denmark")
    described = ("Chilean Tom Reed, a retired banker, opened the boat show in Harwick. "
                 "Mr Reed will sail to Tarvel in March.")
    assert actors_of(described)["Tom Reed"].role == "retired banker"
    # a people's word inside a longer name is no one's nationality
    guards = actors_of("Former Danish Guardsman Tom Reed will stand in Harwick. Mr Reed said so.")
    assert (guards["Tom Reed"].role, guards["Tom Reed"].affiliation) == ("Guardsman", "")


def test_titled_person_speaks_after_an_apposition_between_commas():
    text = ("The fishing law is unclear, critics say. Tory MP Ann Vale, another co-chair of the Harwick group, "
            "said that the law was poorly drafted. Lord Tarvel, the government's independent reviewer of the "
            "law, said it could be enforced.")
    index = actor_index(corpus(text))
    assert index.signals["Ann Vale"].speaks > 0 and index.signals["Lord Tarvel"].speaks > 0
    listed = ("The fishing law is unclear, critics say. Ann Vale, Tom Reed and Ian Moss said nothing. "
              "Tory MP Kay Dunn, Harwick, said that the law was poorly drafted.")
    assert actor_index(corpus(listed)).signals["Kay Dunn"].speaks == 0


def test_a_source_named_once_speaks_after_an_apposition_said_of_a_person():
    # given names no list holds, so only the apposition and the say-verb tell a person
    text = ("Harwick dock plans were approved on Monday. "
            "Dobrava Tarvelova, from the Harwick Dockers Forum, said: \"This is a sad day for us.\" "
            "Vasko Orlanich, one of Mr Tarvel's lawyers, said the ruling would be appealed. "
            "Ilenka Morvath, 45, said she had lived by the docks all her life. "
            "Radomir Keszel, who has fished there since 1980, told reporters the port was finished. "
            "\"We will fight on,\" said Zorana Belvic, a spokeswoman for the Harwick Trust.")
    signals = actor_index(corpus(text)).signals
    for name in ("Dobrava Tarvelova", "Vasko Orlanich", "Ilenka Morvath", "Radomir Keszel", "Zorana Belvic"):
        assert signals[name].speaks > 0, name


def test_a_source_named_once_speaks_after_a_sentence_adverb_or_the_party_they_speak_for():
    # given names no list holds, so only the commas and the say-verb tell a person
    text = ("Harwick dock plans were approved on Monday. The mayor backed them. "
            "Dobrava Tarvelova, however, said the port would close within a year. "
            "Vasko Orlanich, meanwhile, told reporters the ruling would be appealed. "
            "Ilenka Morvath, for the Harwick Greens, said the vote was a disgrace.")
    signals = actor_index(corpus(text)).signals
    for name in ("Dobrava Tarvelova", "Vasko Orlanich", "Ilenka Morvath"):
        assert signals[name].speaks > 0, name


def test_a_source_named_once_speaks_after_where_or_how_they_spoke():
    text = ("Harwick dock plans were approved on Monday. The mayor backed them. "
            "Dobrava Tarvelova, in a statement, said the port would close within a year. "
            "Vasko Orlanich, speaking to reporters, said the ruling would be appealed.")
    signals = actor_index(corpus(text)).signals
    for name in ("Dobrava Tarvelova", "Vasko Orlanich"):
        assert signals[name].speaks > 0, name


def test_a_name_before_an_apposition_and_a_participle_is_not_its_speaker():
    # "saying" belongs to the sentence's subject, who praised the person the clause is about
    text = "Coach Tom Reed praised Dobrava Tarvelova, who scored twice, saying she had earned her place."
    assert "Dobrava Tarvelova" not in actors_of(text)


def test_a_name_inside_another_s_apposition_does_not_speak_for_the_apposition_after_it():
    for text in ("Ann Vale, the mother of Dobrava Tarvelova, who died in 2003, said the inquiry had failed.",
                 "Ann Vale, a lawyer for Dobrava Tarvelova, 45, said the inquiry had failed."):
        signals = actor_index(corpus(text)).signals
        assert "Dobrava Tarvelova" not in signals or signals["Dobrava Tarvelova"].speaks == 0, text


def test_a_lord_in_lower_case_is_a_role_and_a_lord_s_honorific_is_not():
    text = ("Senior law lord Lord Tarvel said the rules broke the convention. "
            "Lord Tarvel - a senior law lord - sat with eight others.")
    assert actors_of(text)["Lord Tarvel"].role.lower() == "senior law lord"
    listed = ("Tom Reed, Lord Harwick and Ann Vale met on Monday. Mr Reed, Lord Harwick, said little. "
              "Lord Harwick left.")
    assert "Lord" not in actors_of(listed)["Tom Reed"].role


def test_organization_description_before_its_name_keeps_two_plain_words():
    text = ("The fine was upheld by French stock market regulator Tarvel Authority on Monday. "
            "Tarvel Authority said it would not back down. Tarvel Authority fined two banks.")
    assert actors_of(text)["Tarvel Authority"].role == "French stock market regulator"


def test_a_name_written_after_the_or_a_possessive_is_a_thing_not_a_person():
    found = actors_of("The Jessica Star sailed from Harwick on Monday with grain for the mills. "
                      "Tom Reed, the harbour master, said the Jessica Star was two days late. "
                      "Crews loaded the Jessica Star at night.",
                      "Tom Reed said the port would stay open. The Jessica Star is due back next week.")
    assert "Jessica Star" not in found and found["Tom Reed"].kind == "person"


def test_a_product_reports_name_by_its_kind_or_its_versions_is_no_actor_and_its_maker_stays():
    found = actors_of("Harwick Systems said users of Tarvelio should upgrade at once. "
                      "Versions of Tarvelio before 4.7 let hackers in, Harwick Systems said.",
                      "Harwick Systems' music jukebox Tarvelio sold well in Europe. "
                      "Tarvelio was launched last year, Tom Reed, a Harwick Systems spokesman, said.")
    assert "Tarvelio" not in found and found["Harwick Systems"].kind == "organization"


def test_a_name_a_body_of_the_pile_owns_in_its_possessive_is_its_product():
    found = actors_of("Harwick Group said sales rose. Harwick Group's Tarvelio sold well in Europe. "
                      "Tom Reed, the chief executive, said Harwick Group's Tarvelio would reach Asia.",
                      "Harwick Systems' Tarvelio was priced at $99. Buyers liked Tarvelio, Ann Vale said.")
    assert "Tarvelio" not in found and found["Harwick Group"].kind == "organization"


def test_a_unit_a_body_owns_in_its_possessive_stays_an_actor():
    found = actors_of("The Harwick Fund said growth slowed. The Harwick Fund's Tarvel Department cut its forecast.",
                      "Economists at the Harwick Fund's Tarvel Department expect a rebound, the Harwick Fund said.")
    assert found["Tarvel Department"].kind == "organization"


def test_a_name_written_before_its_kind_noun_after_a_determiner_is_a_product():
    found = actors_of("Banks are moving to the Tarvelio operating system. Tarvelio runs most cash machines.",
                      "Harwick Bank said this new Tarvelio software was safe. Flaws in the Tarvelio operating "
                      "system worry Ann Vale, a security expert.")
    assert "Tarvelio" not in found and found["Harwick Bank"].kind == "organization"


def test_a_person_named_before_a_work_s_kind_noun_made_it_and_stays_a_person():
    found = actors_of("Harwick Nights is the sequel to the Tom Reed comedy Tarvel Days, which also starred Ann Vale.",
                      "The Tom Reed comedy took $40m. A sequel to Tom Reed film Tarvel Days is due in May.")
    assert found["Tom Reed"].kind == "person"


def test_a_name_said_to_be_launched_or_developed_by_another_is_a_product():
    found = actors_of("Tarvelio was developed by Harwick Systems. Buyers liked Tarvelio, Ann Vale said.",
                      "Harwick Systems said Tarvelio is designed to stop copying. Tarvelio was launched in May.")
    assert "Tarvelio" not in found and found["Harwick Systems"].kind == "organization"


def test_a_film_named_like_a_person_after_its_kind_is_no_actor():
    found = actors_of("Critics praised the film Vera Harwick on Friday. Director Tom Reed said he was pleased.",
                      "Period drama Vera Harwick won three awards. Tom Reed thanked the cast.")
    assert "Vera Harwick" not in found and found["Tom Reed"].kind == "person"


def test_a_name_written_after_a_kind_noun_stays_an_actor_where_it_speaks_more_often():
    found = actors_of("Search tools such as the browser Tarvelio are popular. Tarvelio said its users grew. "
                      "Tarvelio said it would hire 200 staff.",
                      "The software Tarvelio sells well. Tarvelio said profits rose. Tarvelio said so again.")
    assert found["Tarvelio"].kind == "organization"


def test_a_group_named_in_the_plural_after_the_is_an_organization():
    found = actors_of("The Billy Boys played in Harwick on Friday night. "
                      "Fans cheered the Billy Boys until midnight, Tom Reed said.",
                      "The Billy Boys will tour next year. Tom Reed said the Billy Boys were the best band he had seen.")
    assert found["Billy Boys"].kind == "organization"


def test_a_person_s_name_as_an_attribute_after_an_article_stays_a_person_s():
    found = actors_of("Ann Vale scored twice for Harwick on Saturday. "
                      "An Ann Vale free kick sealed it, and the Ann Vale fan club cheered.",
                      "Vale said she was pleased with her form. Ann Vale joined Harwick in May.")
    assert found["Ann Vale"].kind == "person"


def test_a_function_word_opening_a_title_is_no_name_however_often_it_is_capitalised():
    from analysis_helpers import document
    text = ("Sales of the charity single Do They Know It's Christmas? reached 200,000 on Monday. "
            "Shops stocked an import version of Do They Know It's Christmas, which sold well in Tarvel. "
            "Singer Ann Vale said Do They Know It's Christmas? had raised money for famine relief.")
    found = {m.entity for m in document_names(document(text)).mentions}
    assert "Do" not in found and "Ann Vale" in found


def test_a_role_written_for_several_people_is_one_person_s_in_the_singular():
    from briefing.analysis.actors import _as_one
    found = actors_of("The gallery in Harwick will show work by fellow artists Ann Vale and Tom Reed from March. "
                      "Ann Vale said the show was a dream. Vale has painted the harbour for 30 years.",
                      "Critics praised the Harwick show. Ann Vale said she was delighted.")
    assert found["Ann Vale"].role == "fellow artist"
    assert _as_one("members of his band") == "member of his band"
    assert [_as_one(r) for r in ("co-star", "actress", "series", "boss")] == ["co-star", "actress", "series", "boss"]


def test_a_common_noun_raised_before_a_country_mid_sentence_names_a_body_not_a_person():
    actors = actors_of("Harwick sold ten jets to flag carrier Air Peru on Monday. Air Peru said it was pleased.",
                       "Harwick opened an office in Northern Peru and in Colonial Peru.",
                       "Harwick Leaders Vow to Restore Peru\n\nHarwick and Tarvel met in Lima.")
    assert actors["Air Peru"].kind == "organization" and "Air" not in actors
    # a part or an age of the country is still the country, and a headline's capitals name nothing
    assert not {"Northern Peru", "Colonial Peru", "Restore Peru"} & set(actors)


def test_a_role_ends_where_a_relative_clause_on_that_begins():
    from briefing.analysis.roles import organization_role_after, role_after
    assert organization_role_after(", a group of harbour pilots that checks ships entering the port, said") \
        == "group of harbour pilots"
    assert role_after(", a lawyer that the Harwick firm hired last year, said") == "lawyer"


def test_abbreviated_police_ranks_are_titles_not_names():
    actors = actors_of("The unit's head, Tom Reed, said the raids worked.",
                       "Chief Supt Reed went on to warn of more fraud. Det Insp Ann Vale agreed.")
    assert "Supt Reed" not in actors and "Det Insp Ann Vale" not in actors
    assert actors["Tom Reed"].mentions == 2 and "Ann Vale" in actors


def test_an_initials_full_stop_does_not_end_a_role():
    from briefing.analysis.roles import role_after
    assert role_after(", a partner of the Harwick J. Tarvel consultancy, said") == \
        "partner of the Harwick J. Tarvel consultancy"
    assert role_after(", a partner at Harwick. She left") == "partner at Harwick"


def test_the_last_word_of_the_sentence_before_is_no_role():
    from briefing.analysis.roles import ORGANIZATION_HEADS, role_before
    assert role_before("They heard the concerns of the council. ", ORGANIZATION_HEADS) == ""
    assert role_before("They heard the concerns of council chairman ") == "council chairman"


def test_a_people_in_the_plural_is_no_persons_name():
    actors = actors_of("Asian Britons were more likely to vote, the Harwick survey found. Asian Britons also gave more.",
                       "Many Irish Americans backed Tom Reed. Irish Americans gave most. Tom Reed said he was grateful.")
    assert not {"Asian Britons", "Irish Americans", "Asian", "Irish"} & set(actors) and "Tom Reed" in actors


def test_a_country_owning_a_name_is_its_affiliation_not_its_role():
    actors = actors_of("Chile's Ann Vale won the final. Ann Vale said she was tired.",
                       "Sprinter Ann Vale will run again. Ann Vale said so.")
    assert (actors["Ann Vale"].role, actors["Ann Vale"].affiliation) == ("Sprinter", "Chile")
    alone = actors_of("Chile's Tom Reed lost in three sets. Tom Reed said he was tired.")["Tom Reed"]
    # no country for a role ("Chile"), but its people's word, as "Chilean Tom Reed" gives
    assert (alone.role, alone.affiliation, alone.kind) == ("Chilean", "Chile", "person")


def test_a_country_of_two_words_owns_a_name_whole():
    reed = actors_of("New Zealand's Tom Reed lost in three sets. Tom Reed said he was tired.")["Tom Reed"]
    assert reed.affiliation == "New Zealand"


def test_a_full_name_opening_on_a_census_first_name_stays_a_person():
    # "Marlena" is no hand-picked given name, only a census one; never titled, never "his" or "her"
    actors = actors_of("The song was written for Marlena Tarvel in 1990.",
                       "Marlena Tarvel won the award on Sunday night.")
    assert actors["Marlena Tarvel"].kind == "person"
    firm = actors_of("Nordhafen Boerse said profits rose.", "Nordhafen Boerse shares fell.")
    assert firm["Nordhafen Boerse"].kind == "organization"


def test_a_role_a_person_or_a_firm_holds_is_a_persons_beside_a_first_name():
    actors = actors_of("Jo Tarvel, a veteran broadcaster, said the show would go on.")
    assert actors["Jo Tarvel"].kind == "person"
    firm = actors_of("Harwick Media, a broadcaster, said the show would go on.")
    assert firm["Harwick Media"].kind == "organization"


def test_a_sentence_adverb_is_no_part_of_the_name_after_it():
    actors = actors_of("Coach Tom Tarvel picked the side. However Tarvel warned his players. Often Tarvel rests them.")
    assert "However Tarvel" not in actors and "Often Tarvel" not in actors
    assert actors["Tom Tarvel"].mentions == 3


def test_a_name_described_as_only_a_firm_is_can_open_on_a_given_name():
    actors = actors_of("Grant Tarvel, the investment firm, said profits rose.", "Grant Tarvel shares fell.")
    assert actors["Grant Tarvel"].kind == "organization"
    titled = actors_of("Mr Tom Reed, the bank, said profits rose.", "Tom Reed smiled.")
    assert titled["Tom Reed"].kind == "person"


def test_an_organisations_type_word_heads_its_name_before_of():
    actors = actors_of("The Association of Harwick Police Officers has issued guidance to forces.",
                       "The Association of Harwick Police Officers said the law would be enforced.")
    assert actors["Association of Harwick Police Officers"].role == "association"


def test_a_time_adverb_opening_a_sentence_is_no_part_of_the_role_after_it():
    actors = actors_of("Yesterday economy minister Tom Reed said prices would fall. Tom Reed said so.",
                       "Earlier costume designer Ann Vale won. Ann Vale said so.")
    assert (actors["Tom Reed"].role, actors["Ann Vale"].role) == ("economy minister", "costume designer")


def test_a_rank_in_an_order_is_a_role():
    actors = actors_of("British number one Tom Reed beat Ann Vale. Tom Reed said so.",
                       "Former world number one Ned Tarvel is planning a comeback. Ned Tarvel said so.",
                       "Jo Harwick, the world number two, is in the same half. Jo Harwick said so.")
    assert (actors["Tom Reed"].role, actors["Tom Reed"].affiliation) == ("British number one", "United Kingdom")
    assert actors["Ned Tarvel"].role == "Former world number one"
    assert actors["Jo Harwick"].role == "world number two"


def test_a_chart_position_is_no_role():
    actors = actors_of("Singer Ann Vale, who fell to number four, said so. Ann Vale smiled.",
                       "Tom Reed - debuted at number one - was pleased. Tom Reed said so.")
    assert actors["Ann Vale"].role == "Singer" and "number" not in actors["Tom Reed"].role


def test_no_one_before_a_name_is_no_rank():
    # "number one" and "No 1" are ranks; "no one" is nobody
    actors = actors_of("There is no one Tom Reed trusts more than Ann Vale. Tom Reed said so.",
                       "World No 2 Ned Tarvel lost. Ned Tarvel said so.")
    assert actors["Tom Reed"].role == "" and actors["Ned Tarvel"].role == "World No 2"


def test_sports_positions_and_seeds_are_roles():
    actors = actors_of("Harwick flanker Tom Reed was injured. Tom Reed said so.",
                       "Third seed Ann Vale lost in Tarvik. Ann Vale said so.",
                       "Ned Tarvel beat fifth seed Jo Harwick. Jo Harwick said so.")
    assert actors["Tom Reed"].role == "Harwick flanker"
    assert actors["Ann Vale"].role == "Third seed"
    assert actors["Jo Harwick"].role == "fifth seed"


def test_a_past_tense_verb_before_a_role_is_no_part_of_it():
    # "beat", "drew": a verb of the clause before, not a free word of the role ("fifth seed" above
    # spends the role's one free word on "fifth", so the verb there is never weighed)
    actors = actors_of("Ned Tarvel beat third seed Jo Harwick. Jo Harwick said so.",
                       "Ann Vale drew qualifier Eva Lund. Eva Lund said so.")
    assert (actors["Jo Harwick"].role, actors["Eva Lund"].role) == ("third seed", "qualifier")


def test_a_country_after_a_given_name_is_a_surname():
    actors = actors_of('"These awards mean everything," said film producer Michael London. Mr London smiled.',
                       'Telecoms ombudsman Margaret Jordan said: "We will look at it." Ms Jordan added more.')
    assert actors["Michael London"].kind == "person" and actors["Michael London"].role == "film producer"
    assert actors["Margaret Jordan"].kind == "person"


def test_a_short_form_of_a_given_name_is_the_same_person():
    actors = actors_of("Tribunal head Dimitrios Harwick said the hearing would resume. Harwick said so.",
                       "Dimos Harwick, the tribunal head, said a ruling would come in March.")
    assert "Dimos Harwick" not in actors and actors["Dimitrios Harwick"].mentions == 3
    # a short form of three letters too, whichever of the two is named more
    ali = actors_of("Flanker Allister Tarvel scored. Allister Tarvel said so. Allister Tarvel smiled.",
                    "Ali Tarvel was injured.")
    assert "Ali Tarvel" not in ali and ali["Allister Tarvel"].mentions == 4
    apart = actors_of("Tom Tarvel met Timothy Tarvel.", "Tom Tarvel said so. Timothy Tarvel said no.")
    assert "Tom Tarvel" in apart and "Timothy Tarvel" in apart


def test_the_word_before_a_rank_stays_in_the_role():
    actors = actors_of("Defending champion and world number one Tom Reed faces Ann Vale. Tom Reed said so.")
    assert actors["Tom Reed"].role.split()[-3:] == ["world", "number", "one"]     # "and" joins the champion


def test_a_brand_on_a_lower_case_prefix_letter_is_a_name():
    actors = actors_of("The suits were filed against users of eTarvel and DirectLink, the lawyers said.",
                       "Shoppers use eTarvel and iHarwick. eTarvel said it would fight. The cell holds 5 mAh.",
                       "Ann Vale bought an iPelder, a music player. Tom Reed owns Harwick iGrove.")
    assert actors["eTarvel"].kind == "organization" and actors["eTarvel"].mentions == 3
    assert "iHarwick" in actors and "mAh" not in actors
    assert "iPelder" not in actors                               # a product, after its article
    assert "iGrove" in actors and "Harwick iGrove" not in actors     # a maker, then its product


def test_a_national_body_named_by_a_rare_field_adjective_and_a_department_word():
    actors = actors_of("Ann Vale wrote an open letter to the British Tarvelographic Industry last month.",
                       "The BTI is quick to condemn them. The BTI strongly believes in it, it said.")
    assert actors["British Tarvelographic Industry"].kind == "organization"
    assert "Tarvelographic Industry" not in actors and "BTI" not in actors


def test_a_country_and_a_sport_name_that_sports_governing_body():
    roles = {a.name: a.role for a in find_actors(corpus(
        "UK Gymnastics chief Tom Reed said Ann Vale would compete. UK Gymnastics picked her for the Worlds.",
        "She was voted European Gymnastics (EG) athlete of the year. She starred in My Big Fat Greek Wedding."))}
    assert roles["UK Gymnastics"] == "UK gymnastics governing body"
    assert roles["European Gymnastics"] == "European gymnastics governing body"
    assert "governing" not in roles.get("Greek Wedding", "")
    named_first = {a.name: a.role for a in find_actors(corpus(
        "Gymnastics Norway (GN) banned Ann Vale for a year. Gymnastics Norway said she missed a test."))}
    assert named_first["Gymnastics Norway"] == "Norway gymnastics governing body"


def test_a_company_kind_after_a_name_written_with_its_s_is_its_role():
    roles = {a.name: a.role for a in find_actors(corpus(
        "The debt has stood at Baa3 with Harwick’s Ratings since April. Harwick’s said it was reviewing it.",
        "The firm has debt coming due, according to Harwick’s. Tom Reed’s Ratings Board met."))}
    assert roles["Harwick’s"] == "ratings agency"


def test_a_name_ending_in_research_is_a_research_firm_unless_another_type_word_says_otherwise():
    roles = {a.name: a.role for a in find_actors(corpus(
        "Tom Reed, an analyst at Tarrow Research, said sales would fall. Tarrow Research expects more.",
        "The Harwick Institute for Economic Research said growth would slow."))}
    assert roles["Tarrow Research"] == "research firm"
    assert roles["Harwick Institute for Economic Research"] == "institute"


def test_a_word_said_only_of_a_person_before_a_name_makes_it_a_persons():
    kinds = {a.name: a.kind for a in find_actors(corpus(
        "Her rivalry with compatriot Dobrava Tarvelova livened up the field events. Ann Vale won.",
        "Ann Vale broke her record and beat Russian rival Dobrava Tarvelova. It was her 11th record.",
        "The organisers hope that Vale's main rival, fellow Russian Dobrava Tarvelova, will also take part."))}
    assert kinds["Dobrava Tarvelova"] == "person"


def test_a_full_name_listed_beside_a_persons_is_a_persons():
    text = ("The stars include Tom Reed and Dobrava Tarvelova. Dobrava Tarvelova won an award.",
            "Dobrava Tarvelova appeared at the premiere. Ann Vale and Velvet Marrows played.",
            "Velvet Marrows topped the chart. Velvet Marrows won.")
    kinds = {a.name: a.kind for a in find_actors(corpus(*text))}
    assert kinds["Dobrava Tarvelova"] == "person" and kinds["Velvet Marrows"] == "organization"


def test_a_common_word_written_as_a_name_and_traded_as_a_company_is_an_organization():
    actors = actors_of("Harwick Motors owns a 56% stake in Beacon.",
                       "The brand is currently owned by Beacon. Beacon sells about 10,000 cars a year.",
                       "Steps being considered include a listing of Beacon on the stock market.")
    assert actors["Beacon"].kind == "organization"


def test_what_a_body_does_in_a_which_clause_describes_it_past_its_type_word():
    actors = actors_of("The Harwick Casino Association (HCA), which represents casino owners, said it would appeal.",
                       "The Harwick Casino Association said it was pleased.",
                       "Tarvel Steel Corp, which denies wrongdoing, said it would appeal. Tarvel Steel Corp said more.",
                       "The Vale Council, which promotes the city for arts, music and sport, met.")
    assert actors["Harwick Casino Association"].role == "association which represents casino owners"
    assert actors["Tarvel Steel Corp"].role == "steel company"        # a denial is an act, not what it is
    assert actors["Vale Council"].role == "council which promotes the city for arts, music and sport"


def test_a_department_whose_role_is_its_type_word_is_named_by_its_field():
    actors = actors_of("The Harwick Commerce Department said exports rose. The Harwick Commerce Department said more.",
                       "The Department of Trade and Industry said exports rose. The Department of Trade and Industry met.",
                       "The Tarvel Police Department said crime fell. The Tarvel Police Department said more.",
                       "The Department of Tarvel said exports rose. The Department of Tarvel said more.")
    assert actors["Harwick Commerce Department"].role == "commerce department"
    assert actors["Department of Trade and Industry"].role == "trade and industry department"
    assert actors["Tarvel Police Department"].role == "police department"      # the city left out
    assert actors["Department of Tarvel"].role == "department"                 # a proper name is no field



def test_a_body_named_by_its_type_word_and_what_it_is_of_in_common_words_is_named_by_that_field():
    actors = actors_of("The Council of Chief Ferry Pilots said crossings would stop. The council said ferry pilots were tired.",
                       "The University of Tarvel said its study was sound. The university said so.",
                       "The Society of Harwick Writers met. The society said its writers were paid.")
    assert actors["Council of Chief Ferry Pilots"].role == "chief ferry pilots council"
    assert actors["University of Tarvel"].role == "university"       # a place, never written in small letters
    assert actors["Society of Harwick Writers"].role == "society"

def test_a_type_word_in_an_appositive_keeps_the_clause_saying_what_the_body_does():
    actors = actors_of("The Harwick Arts Council, the body that funds theatres, said it would appeal. "
                       "The Harwick Arts Council said more.",
                       "Ann Vale thanked the Tarvel Fund, the charity which partly funded her film. The Tarvel Fund said more.")
    assert actors["Harwick Arts Council"].role == "body that funds theatres"
    assert actors["Tarvel Fund"].role == "charity which partly funded her film"


def test_a_body_whose_role_is_its_own_names_type_word_takes_what_a_clause_says_it_does_but_a_paper_does_not():
    actors = actors_of("The Tarvel Society, which helps abused children, said it would appeal. The Tarvel Society said more.",
                       "The Harwick Times, which cites people close to the case, said so. The Harwick Times said more.")
    assert actors["Tarvel Society"].role == "society which helps abused children"
    assert actors["Harwick Times"].role == "news outlet"


def test_another_bodys_name_read_as_an_apposition_is_no_organizations_role():
    actors = actors_of("Among the firms accused were Harwick Group, Tarvel Tobacco, Vale Group and Pike Holdings. "
                       "Tarvel Tobacco denied it.")
    assert actors["Tarvel Tobacco"].kind == "organization"
    assert actors["Tarvel Tobacco"].role == "tobacco company"      # its name's trade, no other body's name


def test_a_field_and_a_kind_after_the_and_a_name_say_what_the_body_is_but_a_part_of_it_does_not():
    actors = actors_of("Harwick Motors owns the Vantorini car company, which it bought in May. Vantorini said it made "
                       "losses. Vantorini said it would close.",
                       "Fans queued at the Tarvel box office, which opened at nine. Tarvel said tickets were gone. "
                       "Tarvel said it would close.")
    assert (actors["Vantorini"].role, actors["Tarvel"].role) == ("car company", "organization")


def test_a_one_word_class_a_body_is_put_in_is_its_role_where_nothing_else_says_what_it_is():
    actors = actors_of("Card thieves met on websites such as Tarvelcrew. Tarvelcrew said it would close. Tarvelcrew said more.",
                       "Groups such as the Harwick Union said so. The Harwick Union has 300 members.")
    assert actors["Tarvelcrew"].role == "website"
    assert actors["Harwick Union"].role == "union"        # its own name's type word says as much


def test_a_which_clause_between_dashes_describes_the_body_too():
    actors = actors_of("The sale valued Tarvel - which owns the Vale brand - at more than before. "
                       "Tarvel said more. Tarvel said it again.")
    assert actors["Tarvel"].role == "organization which owns the Vale brand"


def test_a_description_opening_the_sentence_after_its_subject_is_its_own_in_a_pile_of_other_companies():
    # "Marlow Motors" (a company by its name) takes "the company" in its own report, not in the other
    texts = ["Marlow Motors said its sales rose. Marlow Motors said it would hire.",
             "Harwick Brands has announced a second plant in Tarvel. The company said the plant would build "
             "cars. Harwick Brands expects sales to grow. Harwick Brands shares rose."]
    roles = {a.name: a.role for a in find_actors(corpus(*texts))}
    assert roles.get("Harwick Brands") == "company"     # a name ending on no trade ("Foods" says one)


def test_a_description_after_a_name_that_was_not_its_sentences_subject_is_not_its_own():
    from briefing.analysis.actors import _subject_then_described
    def told(text, name, phrase="The company"):
        start = text.index(name)
        return _subject_then_described(text, start, start + len(name), text.index(phrase))
    assert told("Tarvel's Harwick Motors has opened a plant. The company said so.", "Harwick Motors")
    assert not told("One in six cars sold by the Tarvel group was a Harwick. The company admits it.", "Harwick")
    assert not told("Tarvel's Harwick software is widely used. The company is trying to fix it.", "Harwick")
    assert not told("Harwick Motors opened a plant. Tom Reed left. The company said so.", "Harwick Motors")


def _actors_of_titled(texts, title, word):
    """The actor each `title` + `word` mention of the documents of `texts` stands for."""
    from briefing.analysis.names import document_names
    built = corpus(*texts)
    index = actor_index(built)
    return [index.actor_of(d, m) for d, doc in enumerate(built.documents)
            for mentions in document_names(doc).entities().values() for m in mentions
            if m.title == title and m.text == word]


def test_mr_and_a_word_is_the_person_of_that_surname_not_one_of_that_first_name():
    text = ("Reed Harwick, a Tarvel MP, was sacked on Monday. Mr Harwick said he would fight on. Reed Harwick "
            "has the backing of his local party. Tom Reed, the party leader, spoke later. Mr Reed insisted he had "
            "played by the rules.")
    assert _actors_of_titled([text], "Mr", "Reed") == ["Tom Reed"]


def test_mr_and_a_word_in_a_report_that_never_names_him_in_full_is_not_the_first_name_holder():
    named = "Tom Reed, the party leader, spoke on Monday. Reed Harwick, a Tarvel MP, was sacked."
    sacked = ("Reed Harwick was sacked by the party. Mr Harwick said he would fight on. Mr Harwick has the backing "
              "of his local party. Mr Reed insisted he had played by the rules.")
    assert _actors_of_titled([named, sacked], "Mr", "Reed") == ["Tom Reed"]
    assert _actors_of_titled([sacked], "Mr", "Reed") != ["Reed Harwick"]


def test_mr_and_a_family_name_written_first_is_still_that_person():
    texts = ("Bae Juck-soo, the Harwick trade minister, met Tarvel officials on Monday.",
             "Talks went on. Mr Bae said the deal was close.")
    assert _actors_of_titled(texts, "Mr", "Bae") == ["Bae Juck-soo"]


def test_dame_and_a_given_name_is_still_that_person():
    texts = ("Ann Vale won the Tarvel marathon on Sunday.", "Dame Ann said she would run again next year.")
    assert _actors_of_titled(texts, "Dame", "Ann") == ["Ann Vale"]


def test_a_company_named_with_its_line_of_business_is_the_organization_another_report_names_without_it():
    actors = actors_of("The Harwick Foundation is also defending TarvCast Networks, the company behind the Zing "
                       "file-sharing software. Tom Reed, president of TarvCast Networks, said the case was about freedom.",
                       "A court in Harwick ruled in favour of TarvCast and Pomrel, two file-sharing networks.")
    assert "TarvCast" not in actors and actors["TarvCast Networks"].mentions == 3
    assert "TarvCast" in actors["TarvCast Networks"].aliases


def test_a_firm_named_with_its_line_of_business_stays_apart_from_a_group_sharing_only_its_first_word():
    actors = actors_of("Tarvel Group, the country's biggest conglomerate, said profits rose. Tarvel Group "
                       "also owns Tarvel Energy, another Tarvel Group company. Tarvel Energy said sales fell.")
    assert "Tarvel Energy" in actors and "Tarvel Energy" not in actors["Tarvel Group"].aliases


def test_a_surname_alone_that_the_next_sentences_take_up_as_he_is_a_person_not_a_firm():
    actors = actors_of("Tarvelli puts Harwick first. But Tarvelli, speaking to reporters, said the club would not sell. "
                       "He added that talks went on.",
                       "Tarvelli said the offer was too low. She said no more.",
                       "Tarvelli has rejected the bid. Tarvelli said talks were over.")
    assert actors["Tarvelli"].kind == "person"


def test_a_name_alone_that_the_next_sentences_take_up_as_it_stays_a_firm():
    actors = actors_of("Tarvelli puts prices up. But Tarvelli, a Harwick retailer, said costs rose. It added that "
                       "sales fell.", "Tarvelli said the offer was too low. It said no more.",
                       "Tarvelli has rejected the bid. Tarvelli said talks were over.")
    assert actors["Tarvelli"].kind == "organization"


def test_a_plain_word_capitalised_at_a_sentence_start_before_a_full_name_written_too_is_no_part_of_it():
    actors = actors_of("Teenager Dravka Ilinen beat the second seed on Monday. Ilinen said she was happy.",
                       "Dravka Ilinen plays again on Friday. Ilinen is 18.")
    assert "Dravka Ilinen" in actors and "Teenager Dravka Ilinen" not in actors


def test_a_given_name_before_a_name_written_without_it_stays_the_persons_name():
    actors = actors_of("Anna Ten Broek won the race on Monday, her third title.",
                       "Ten Broek said she was happy. Anna Ten Broek will race again.")
    assert "Anna Ten Broek" in actors


def test_a_royal_named_by_title_and_given_name_is_not_a_commoner_of_the_report_with_that_first_name():
    actors = actors_of("Tomas Harwick, the Liberal leader, spoke first. Prince Tomas and his wife watched. "
                       "Prince Tomas said it was a fine day. Harwick said so too.")
    assert actors["Tomas Harwick"].role == "Liberal leader"
    assert "Prince Tomas" not in actors["Tomas Harwick"].aliases


def test_a_royal_named_in_full_with_the_title_is_the_same_royal_by_title_and_given_name():
    actors = actors_of("The investor Prince Tarik bin Vale bought a stake. Prince Tarik said he was pleased.")
    assert any(a.name.startswith("Tarik bin Vale") or a.name == "Prince Tarik" for a in actors.values())
    assert not ("Tarik bin Vale" in actors and "Prince Tarik" in actors)


def test_an_apposition_going_on_with_and_a_role_noun_and_a_full_name_is_a_list_of_people():
    from briefing.analysis.roles import role_after
    # "banter between Tom Reed, members of his band and engineer Ann Vale": no role of Tom Reed's
    assert role_after(", members of his band and engineer Ann Vale.") == ""
    assert role_after(", his transport and environment spokesman, said") == "transport and environment spokesman"
    actors = actors_of("The tapes hold banter between Tom Reed, members of his band and engineer Ann Vale. "
                       "The late singer Tom Reed is likely to top the charts again.")
    assert actors["Tom Reed"].role == "late singer"


def test_a_dj_named_by_the_acronym_before_the_name_is_a_person_with_that_role():
    actors = actors_of("Controversial DJ Tom Reed has been dropped from four radio stations. Reed said he would "
                       "move to satellite radio.", "Radio DJ Ann Vale played the record. Vale said it was a hit.")
    assert actors["Tom Reed"].kind == "person" and "DJ" in actors["Tom Reed"].role
    assert actors["Ann Vale"].role == "Radio DJ"
    assert "DJ" not in actors


def test_an_apposition_holding_an_auxiliary_before_its_role_noun_is_a_clause_of_its_own():
    from briefing.analysis.roles import role_after
    # "Featuring Ann Vale, the song was written by former DJ Tom Reed": no role of Ann Vale's
    assert role_after(", the song was written by former DJ Tom Reed.") == ""
    assert role_after(", who was head of the team, said") == "head of the team"


def test_a_name_ending_on_incorporated_is_a_company():
    actors = actors_of("On Tuesday, Tarvel Incorporated - the owner of the rights to the Harwick cartoons - will list its shares.")
    assert actors["Tarvel Incorporated"].kind == "organization"


def test_a_role_holding_the_actors_own_full_name_is_not_its_role():
    actors = actors_of("The success of the film 'Tarvo', a portrait of jazz singer Tarvo Harwick, has helped earnings. "
                       "Tarvo Harwick died last year.")
    assert actors["Tarvo Harwick"].role == "jazz singer"


def test_a_role_noun_after_a_names_comma_followed_by_a_verb_and_its_object_opens_the_next_clause():
    from briefing.analysis.roles import role_after
    # "he passed to Tom Reed, the flanker showed his pace to score": no apposition of Tom Reed's
    assert role_after(", the flanker showed his pace to score.") == ""
    assert role_after(", the striker found the corner.") == ""
    assert role_after(", the player banned for two years, said") == "player banned for two years"


def test_a_national_body_named_by_a_field_and_a_plural_closing_word_is_an_organization():
    actors = actors_of("Ann Vale, director general of British Theatre Rights, said the law was clear. "
                       "British Theatre Rights wants schools to pay.")
    assert actors["British Theatre Rights"].kind == "organization"
    assert "Theatre Rights" not in actors


def test_a_description_of_several_words_after_a_name_is_read_to_its_organization_noun():
    from briefing.analysis.roles import organization_descriptions
    text = "Tarvel has sued. The computer giant says the way the firm works is the union leader's."
    assert [phrase for _, phrase in organization_descriptions(text)] == ["computer giant", "firm", "union"]
    # only "The", as a sentence opens, where asked (the lower-case ones are not read to their noun)
    assert organization_descriptions(text, opening=True) == [(17, "computer giant")]
    actors = actors_of("Tarvel has sued three men over the leak. The computer giant said it was serious. "
                       "Tarvel said more. Tarvel said it again.")
    assert actors["Tarvel"].role == "computer giant"


def test_a_description_read_once_is_not_a_name_s_that_was_not_its_sentence_s_subject():
    # "Harwick" (a product named in a sentence about another) takes nothing from "The software giant"
    actors = actors_of("Users of Harwick can now search their files. The software giant said it was late. "
                       "Harwick said more. Harwick said it again.")
    assert actors["Harwick"].role == "organization"


def test_an_appositions_time_and_relation_to_another_person_are_no_part_of_the_role():
    from briefing.analysis.roles import role_after
    assert role_after(", runner-up behind him three years ago in Tarvel, said") == "runner-up"
    assert role_after(", the player she beat in last year's final, said") == "player"
    assert role_after(", winner in Harwick last week, said") == "winner in Harwick"
    assert role_after(", winner in Harwick for the last two years, said") == "winner in Harwick"
    assert role_after(", a lawyer for her, said") == "lawyer"
    # which one, or how long the role was held, stays
    assert role_after(", chairman of this year's festival, said") == "chairman of this year's festival"
    assert role_after(", head of the Tarvel label until last year, said") == "head of the Tarvel label until last year"
    actors = actors_of("Tom Reed, runner-up behind him three years ago in Tarvel, said he was ready.")
    assert actors["Tom Reed"].role == "runner-up"


def test_a_verb_after_another_persons_name_ends_the_role_before_a_name():
    from briefing.analysis.roles import role_before
    assert role_before("Coach Harwick says lock Tom Reed replaces veteran ") == "veteran"
    assert role_before("Harwick said that Ann Vale's official spokesman ") == "Ann Vale's official spokesman"
    assert role_before("the BBC sports presenter ") == "BBC sports presenter"


def test_an_organization_is_what_a_sentence_says_it_is():
    from briefing.analysis.roles import organization_role_copula
    actors = actors_of("Tarvel Foundation is the main open source organisation in Harwick. Tarvel Foundation said more.")
    assert actors["Tarvel Foundation"].role == "main open source organisation"
    assert organization_role_copula(" is the country's biggest carmaker.") == "country's biggest carmaker"
    assert organization_role_copula(" is the first company to sell it.") == ""       # what it did first
    assert organization_role_copula(" is one of the firms that sell it.") == ""      # one of several


def test_a_headline_describing_its_subject_gives_the_body_its_lead_names_that_role():
    from dataclasses import replace

    from briefing.analysis.actors import _headline_description
    from briefing.model import Corpus

    def roles(title, text):
        doc = replace(corpus(text).documents[0], title=title)
        return {a.name: a.role for a in find_actors(Corpus.of([doc]))}

    lead = ("The film industry has struck out at pirates. The Harwick Picture Association said it had "
            "closed a network. The Harwick Picture Association said more.")
    assert roles("Film body hits net pirates", lead)["Harwick Picture Association"] == "film body"
    assert roles("Pirates face new suits", lead + " ")["Harwick Picture Association"] == "association"
    assert _headline_description("US bank to cut jobs", "") == "US bank"
    assert _headline_description("Tarvel bank barred from suing", "") == ""       # the headline names it
    assert _headline_description("Small firms hit by costs", "") == ""            # several
    assert _headline_description("Muslim group attacks drama", "A British Muslim group said") == "Muslim group"


def test_a_royal_title_after_a_role_before_a_name_is_the_title_not_the_role():
    from briefing.analysis.roles import role_before
    assert role_before("the Tarvelian Foreign Minister Prince ") == "Tarvelian Foreign Minister"
    assert role_before("the Hollywood actress Queen ") == "Hollywood actress"
    assert role_before("the Tarvelian Crown Prince ") == "Tarvelian Crown Prince"      # his role


def test_an_organization_takes_the_class_a_list_puts_it_in_with_including_like_or_a_count():
    from briefing.analysis.roles import class_before
    assert class_before("big public banks including ") == "big public bank"
    assert class_before("local PC makers like ") == "local PC maker"
    assert class_before("two Tarvelian airlines - ") == "Tarvelian airline"
    assert class_before("rival 3G networks like ") == ""          # no class of words ("G network")
    assert class_before("players like ") == ""                    # no organization's noun
    actors = actors_of("Airbus signed deals with two Tarvelian airlines - Harwick Air and Vale Jet. "
                       "Harwick Air said more. Harwick Air said it again.")
    assert actors["Harwick Air"].role == "Tarvelian airline"


def test_a_class_listed_before_a_longer_name_is_not_the_shorter_names():
    actors = actors_of("Harwick has sued three men. The computer giant said it was serious. Legal download "
                       "services, like Harwick iTarv and Vale, have grown. Harwick said more. Harwick said it again.")
    assert actors["Harwick"].role == "computer giant"


def test_a_body_is_described_by_nouns_of_trade_and_sport_before_its_name():
    actors = actors_of("The mill, Tarvelstal, is one of the most profitable. Tarvelstal said more. Tarvelstal said it again.",
                       "A fan website, Harwick United, said the show would return. Harwick United said more.")
    assert actors["Tarvelstal"].role == "mill"
    assert actors["Harwick United"].role == "fan website"


def test_a_description_read_once_that_says_more_than_the_bodys_own_type_word_is_its_role():
    actors = actors_of("The Harwick Society has called for reform. The political reform group said the change "
                       "was overdue. The Harwick Society said more.")
    assert actors["Harwick Society"].role == "political reform group"
    actors = actors_of("The Tarvel Society has called for reform. The society said the change was overdue. "
                       "The Tarvel Society said more.")
    assert actors["Tarvel Society"].role == "society"


def test_a_government_office_is_a_government_department_where_the_text_says_nothing_more():
    actors = actors_of("The Foreign Office said the envoy would return. The Foreign Office said more.",
                       "The Harwick Office said the plan would go ahead. The Harwick Office said more.")
    assert actors["Foreign Office"].role == "government department"
    assert actors["Harwick Office"].role == "office"


def test_a_body_named_by_a_scope_a_field_and_its_type_word_is_named_by_its_field():
    from briefing.analysis.actors import _department_role
    assert _department_role("International Rowing Council", "council") == "rowing council"
    assert _department_role("World Anti-Doping Agency", "agency") == "anti-doping agency"
    assert _department_role("National Audit Office", "office") == "audit office"
    assert _department_role("International Harwick Council", "council") == ""      # a proper name, no field
    assert _department_role("Harwick Rowing Council", "council") == ""             # no scope: a place may lead


def test_a_verb_in_the_past_without_ed_after_a_name_leaves_it_the_subject():
    from briefing.analysis.actors import _modifies_a_noun
    assert not _modifies_a_noun("The Harwick Board found similar problems.", len("The Harwick Board"))
    assert _modifies_a_noun("the Harwick left wing", len("the Harwick"))          # a noun too: left
    actors = actors_of("The HTC found similar problems. The watchdog's chief said more. The HTC said so. "
                       "The HTC said it again.")
    assert actors["HTC"].role == "watchdog"


def test_a_person_who_left_the_office_another_took_was_its_former_holder():
    actors = actors_of("New Home Secretary Tom Reed spoke. Mr Reed, who took on the post on Friday after Ann Vale quit, "
                       "met the police. Ann Vale was not there.",
                       "On his first day as transport minister following Jo Pike's resignation, Tom Reed spoke. "
                       "Jo Pike was silent.")
    assert (actors["Ann Vale"].role, actors["Jo Pike"].role) == ("former Home Secretary", "former transport minister")


def test_one_named_as_leaving_with_no_office_taken_in_the_sentence_gets_no_role_from_it():
    actors = actors_of("Tom Reed spoke after Ann Vale quit the meeting. Ann Vale was not there.",
                       "The show was postponed after Jo Pike's exit. Jo Pike was silent.")
    assert actors["Ann Vale"].role == "" and actors["Jo Pike"].role == ""


def test_a_person_opening_the_lead_takes_the_description_opening_the_next_sentence():
    actors = actors_of("Tom Reed has launched an attack on the Harwick plans. The home secretary has told a "
                       "meeting the plans would fail. Mr Reed left.")
    assert actors["Tom Reed"].role == "home secretary"


def test_a_name_in_a_list_of_names_has_no_apposition_from_the_next_one():
    from briefing.analysis.roles import role_after
    assert role_after(", Star Wars and The Good Life.") == ""
    assert role_after(", Chief Executive and Tom Reed.") == ""
    assert role_after(", Foreign Secretary, said") == "Foreign Secretary"
    assert role_after(", his transport and environment spokesman, said") == "transport and environment spokesman"


def test_a_name_like_a_persons_written_as_a_work_and_never_acting_is_no_actor():
    found = actors_of("The stage version of the film Ann Vale opened in London. The Ann Vale musical won praise.",
                      "The Ann Vale musical won two awards, Tom Reed said. Mr Reed was pleased.")
    assert "Ann Vale" not in found and "Tom Reed" in found
    found = actors_of("The stage version of the film Ann Vale opened in London. The Ann Vale musical won praise.",
                      "The Ann Vale musical won two awards. Ms Vale said she was pleased.")
    assert found["Ann Vale"].kind == "person"


def test_a_profession_before_a_name_is_its_role():
    actors = actors_of("Sports psychologist Tom Reed said the runner was ready. Mr Reed was calm.",
                       "Her longtime publicist, Ann Vale, declined to comment. Ms Vale left.")
    assert (actors["Tom Reed"].role, actors["Ann Vale"].role) == ("Sports psychologist", "longtime publicist")


def test_a_verb_after_a_modal_is_no_word_of_the_role_before_a_name():
    from briefing.analysis.roles import role_before
    assert role_before("In the final she will face eighth-seed ") == "eighth-seed"
    assert role_before("She lost in the final to world number six ") == "world number six"


def test_an_organization_speaks_through_a_spokesperson_the_report_leaves_unnamed():
    index = actor_index(corpus(
        "A spokesman for the Harwick Society said the rules were clear. The Tarvel Trust met on Friday.",
        "\"We will act,\" said a spokeswoman for the Harwick Society. A Tarvel Trust report came out.",
        "A Harwick Society spokesman told reporters the rules stood. The Tarvel Trust met on Monday."))
    assert index.signals["Harwick Society"].speaks > 0
    assert index.signals["Tarvel Trust"].speaks == 0


def test_a_spokesperson_opening_the_next_sentence_speaks_for_the_body_that_was_its_subject():
    index = actor_index(corpus(
        "The Harwick Society has issued guidance to forces. A spokesman said: \"We will act.\"",
        "Tom Reed criticised the Tarvel Trust on Monday. A spokesman said: \"We regret it.\""))
    assert index.signals["Harwick Society"].speaks > 0
    assert index.signals["Tarvel Trust"].speaks == 0


def test_a_speaker_whose_apposition_makes_him_a_bodys_spokesman_speaks_for_it_whatever_his_title():
    index = actor_index(corpus(
        "Chief Constable Tom Reed, the Harwick Police Association's spokesman on rural policing, "
        "told the BBC the law would be enforced. The Harwick Police Association met on Monday."))
    assert index.speaks_for["Tom Reed"] == ["Harwick Police Association"]
    assert index.signals["Harwick Police Association"].named_in_roles > 0


def test_a_bodys_manager_editor_or_administrator_speaks_for_it():
    index = actor_index(corpus(
        "Harwick Rovers manager Tom Reed said the side was ready. Harwick Rovers won on Saturday.",
        "Ann Vale, editor of Tarvel Monthly, said sales had doubled. Tarvel Monthly is sold in shops.",
        "Jo Pike, the Tarvex Network administrator, said the site would return. Tarvex Network was shut."))
    assert index.speaks_for["Tom Reed"] == ["Harwick Rovers"]
    assert index.speaks_for["Ann Vale"] == ["Tarvel Monthly"]
    assert index.speaks_for["Jo Pike"] == ["Tarvex Network"]


def test_a_person_quoted_at_length_is_more_prominent_than_one_quoted_in_passing():
    found = actors_of("Ann Vale, a local peer, said the ruling was clear. Tom Reed, a reviewer, said the law was "
                      "wrong. He added that it would change. He also said ministers had been warned.")
    assert found["Tom Reed"].score > found["Ann Vale"].score
    found = actors_of("Tom Reed, a reviewer, said the law was wrong. He met the minister later. "
                      "Ann Vale, a local peer, said the ruling was clear.")
    assert found["Tom Reed"].score == found["Ann Vale"].score


def test_a_person_quoted_in_several_sentences_is_more_prominent_than_one_quoted_once():
    found = actors_of('Ann Vale, a local peer, said the ruling was clear. Tom Reed, a reviewer, spoke later. '
                      '"The law is wrong," he said. "It will have to change," he told reporters.')
    assert found["Tom Reed"].score > found["Ann Vale"].score


def test_a_report_counts_for_a_speakers_prominence_up_to_three_sentences():
    def reed(sentences):
        quotes = " ".join(f'"Point {n} stands," he said.' for n in range(1, sentences + 1))
        return actors_of(f"Tom Reed, a reviewer, spoke later. {quotes} Ann Vale, a peer, said it was clear.")["Tom Reed"]
    assert reed(2).score < reed(3).score == reed(6).score


def test_a_body_speaking_through_its_spokesman_is_more_prominent_than_one_only_named():
    found = actors_of("A spokesman for the Harwick Society said the ban would fail. The Tarvel Forum met.")
    assert found["Harwick Society"].score > found["Tarvel Forum"].score


def test_the_quote_step_finds_the_quotations_read_to_rank_the_actors():
    from briefing.analysis.quotes import find_quotes, quotations
    c = corpus('Tom Reed, the home secretary, spoke. "We will act," the home secretary said. "It is late." '
               'A Harwick Society spokesman said: "The law is wrong."')
    index = actor_index(c)
    assert index.quotes
    assert find_quotes(c, index.actors) == quotations(c, index, {a.name for a in index.actors})


def test_a_body_named_before_the_word_website_is_a_website():
    found = actors_of("Users moved on to other sites. The popular Tarvnova.org website was forced to close. "
                      "Tarvnova had millions of users.", "Tarvnova, run by Jo Pike, was shut.")
    assert found["Tarvnova"].role == "website"


def test_a_person_whose_apposition_closes_on_a_gloss_between_dashes_speaks():
    mentions = document_names(document(
        "Tom Reed, chief executive of Tarvex - a music service which sells downloads - believes it is time "
        "advertisers stopped.")).mentions
    assert next(m for m in mentions if m.text == "Tom Reed").speaker


def test_a_unit_written_right_after_a_number_is_no_name():
    found = actors_of("Rival firms offer 2Mbps services. Harwick Telecom offers 8Mbps now.",
                      "Speeds of 20Mbps would be ideal, said Tom Reed of Harwick Telecom.")
    assert "Mbps" not in found and "Harwick Telecom" in found


def test_letters_after_a_word_that_go_on_into_a_name_are_that_names_title():
    found = actors_of("Lib Dem MP Tom Reed said ministers had invented a new category of hunting.",
                      "Ann Vale QC said the law was clear.")
    assert "Lib Dem" not in found
    assert found["Tom Reed"].role == "Lib Dem MP" and found["Ann Vale"].kind == "person"


def test_an_office_after_a_modified_determiner_or_a_copula_names_no_person():
    found = actors_of("But the outgoing Harbour Commissioner said his comments needed context.",
                      "Ann Vale, who was the first woman to be Commons Speaker, said she agreed.",
                      "The new Tourism Minister Tom Reed said it was fine.")
    assert "Harbour Commissioner" not in found and "Commons Speaker" not in found
    assert found["Tom Reed"].role == "Tourism Minister" and "Ann Vale" in found


def test_a_given_names_english_short_form_is_the_same_person():
    found = actors_of("The body appointed psychologist Dave Tarvell as its director.",
                      "\"The appointment of David Tarvell is a fine one,\" said Ann Vale. Mr Tarvell starts in May.")
    assert "Dave Tarvell" not in found or "David Tarvell" not in found
    assert found.get("David Tarvell", found.get("Dave Tarvell")).mentions == 3


def test_a_name_ending_on_a_compass_word_that_its_sentences_follow_with_his_is_a_persons():
    text = ("US hip-hop star Tarvo West has released a second album. West, 26, began rapping at his school. "
            "A car crash left West with his jaw wired shut. West announced plans for a solo album.")
    assert actor(find_actors(corpus(text)), "Tarvo West").kind == "person"


def test_a_name_opening_on_an_initial_is_a_persons():
    text = ("The story was first told by K Tarvel in 1906. Readers wrote to K Tarvel for years after. "
            "The sequel was written by R. Moravec, who also wrote plays. Critics praised R. Moravec.")
    kinds = {a.name: a.kind for a in find_actors(corpus(text))}
    assert kinds.get("K Tarvel") == "person" and kinds.get("R. Moravec") == "person"


def test_a_name_after_a_persons_noun_in_the_plural_is_a_group_unless_a_list_goes_on():
    texts = ["Sales rose 8%, according to industry analysts Harwick Digest. Harwick Digest expects more.",
             "Rock veterans Tarvo Mondel have joined the line-up. Tarvo Mondel last toured in 1990.",
             "The band's members Tom Reed and Ann Vale met at school. Tom Reed wrote the songs."]
    kinds = {a.name: a.kind for a in find_actors(corpus(*texts))}
    assert kinds.get("Harwick Digest") == "organization" and kinds.get("Tarvo Mondel") == "organization"
    assert kinds.get("Tom Reed") == "person"


def test_a_name_before_a_persons_noun_and_a_persons_name_is_the_body_the_person_is_of():
    texts = ["Tarvo Mondel guitarist Tom Reed is being sued by his former manager.",
             "Tarvo Mondel reunited last year after five years apart.",
             "Harwick economist Ann Vale said the figures were weak. Vale expects rates to rise."]
    kinds = {a.name: a.kind for a in find_actors(corpus(*texts))}
    assert kinds.get("Tarvo Mondel") == "organization"
    assert kinds.get("Tom Reed") == "person" and kinds.get("Ann Vale") == "person"


def test_a_name_whose_chairman_or_shareholders_a_report_names_is_a_companys():
    texts = ["Tarvelco - owner of two chains - will buy a rival for $2bn, said Tarvelco's chairman, Ann Vale.",
             "The deal needs the approval of Tarvelco's shareholders. Tarvelco expects savings."]
    assert {a.name: a.kind for a in find_actors(corpus(*texts))}.get("Tarvelco") == "organization"


def test_a_thomas_named_in_full_with_no_title_or_role_is_a_person():
    texts = ["The champion lost in straight sets to Thomas Tarvelsson on Monday.",
             "Only Thomas Tarvelsson has beaten the champion this year."]
    assert {a.name: a.kind for a in find_actors(corpus(*texts))}.get("Thomas Tarvelsson") == "person"


def test_a_name_ending_on_a_line_of_business_is_a_firms():
    texts = ["The air force is also weighing bids from foreign firms such as France's Yamato Aviation.",
             "\"Demand is weak,\" said Ann Vale, a strategist at Russia's Kesto Securities."]
    kinds = {a.name: a.kind for a in find_actors(corpus(*texts))}
    assert kinds.get("Yamato Aviation") == "organization" and kinds.get("Kesto Securities") == "organization"


def test_one_its_after_a_name_opening_on_a_census_first_name_leaves_it_a_person():
    texts = ["Its new owner told Tessa Marlowe he would run the channel with its current remit intact.",
             "The deal was welcomed by Tessa Marlowe on Monday."]
    assert {a.name: a.kind for a in find_actors(corpus(*texts))}.get("Tessa Marlowe") == "person"


def test_one_its_after_a_name_described_only_as_a_person_leaves_it_a_person():
    texts = ["But novelist Ozrik Tarvelli defended the film, saying it was brave for its frank subject.",
             "Tarvex Iron, the country's largest steel producer, said its output rose."]
    kinds = {a.name: a.kind for a in find_actors(corpus(*texts))}
    assert kinds.get("Ozrik Tarvelli") == "person" and kinds.get("Tarvex Iron") == "organization"


def test_one_its_after_a_name_the_reports_also_write_by_its_last_word_leaves_it_a_person():
    texts = ["The film earned a prize for its director, Ozrik Tarvelli, and its young star.",
             "Tarvelli said he made the film to show people the cinema ignores."]
    assert {a.name: a.kind for a in find_actors(corpus(*texts))}.get("Ozrik Tarvelli") == "person"


def test_a_name_ending_on_a_common_nouns_plural_is_a_bodys_unless_its_last_word_stands_alone_for_it():
    texts = ["In a book out this week Ann Vale, a member of Tom Reed's Tarvo Chambers, says the war was unlawful.",
             "Ozrik Sands won the title on Sunday. Sands said he was delighted."]
    kinds = {a.name: a.kind for a in find_actors(corpus(*texts))}
    assert kinds.get("Tarvo Chambers") == "organization" and kinds.get("Ozrik Sands") == "person"


def test_a_name_the_reports_call_by_its_first_word_is_a_firms():
    text = ("Shares in Tarvelco rose on talk of a bid by France's Ozrik Lamelle. Ozrik said it was seeking "
            "acquisitions. Ozrik shares slipped 1% in Paris. Last year Ozrik tried to buy a whisky maker.")
    assert actor(find_actors(corpus(text)), "Ozrik Lamelle").kind == "organization"


def test_a_name_whose_share_price_moves_by_a_percentage_is_a_companys():
    text = "Travel firms also took a hit, with Japan's Ozrik Nakuma sliding 1.5% and Harwick dropping 3.3%."
    assert actor(find_actors(corpus(text)), "Ozrik Nakuma").kind == "organization"


def test_a_peoples_adjective_before_a_surname_the_report_gives_a_person_is_no_national_body():
    text = ("Ann Marsh beat Kim Orr in three sets on Tuesday. American Marsh will now face Tom Vale. "
            "Then British Cycling named its riders, and Australian Jorvan Pike lost. Pike said he was tired.")
    actors = actors_of(text)
    assert {"American Marsh", "Australian Jorvan Pike"}.isdisjoint(actors)
    assert actors["Ann Marsh"].mentions == 2 and actors["Jorvan Pike"].kind == "person"
    assert actors["British Cycling"].kind == "organization"


def test_a_country_inside_a_name_before_a_role_stays_in_the_role_and_is_no_affiliation():
    text = ("The prize was presented by Harwick Britain star Tom Marsh. Former England captain Ann Vale "
            "was there, with Tarvel Scotland reporter Kim Orr.")
    actors = actors_of(text)
    assert (actors["Tom Marsh"].role, actors["Tom Marsh"].affiliation) == ("Harwick Britain star", "")
    assert (actors["Kim Orr"].role, actors["Kim Orr"].affiliation) == ("Tarvel Scotland reporter", "")
    assert (actors["Ann Vale"].role, actors["Ann Vale"].affiliation) == ("Former captain", "England")


def test_a_lone_name_a_bodys_apposition_follows_takes_it_for_its_role_when_its_noun_heads_it():
    texts = ["Buying Harwick would give Tarvelco, a local phone service provider, access to its network. "
             "Tarvelco has itself come under suspicion.", "Tarvelco said it would bid again.",
             "Sales of Vorlen, a charity anthem inspired by the success of the appeal, rose. Vorlen sold well."]
    actors = actors_of(*texts)
    assert actors["Tarvelco"].role == "local phone service provider"
    assert "Vorlen" not in actors or "charity" not in actors["Vorlen"].role


def test_the_role_noun_a_person_is_called_by_is_their_role():
    actors = actors_of("The band hired a rhythm guitarist called Jorvan Pike. Pike said he was glad. "
                       "A man called Ozrik Vell said he had seen it.")
    assert actors["Jorvan Pike"].role == "rhythm guitarist"
    assert actors["Ozrik Vell"].role == ""


def test_a_verb_of_including_before_a_role_noun_is_no_part_of_the_role():
    actors = actors_of("Other ambassadors include actors Jorvan Pike and Ann Vale. "
                       "The band, which includes members Tom Reed and Kim Orr, split.")
    assert actors["Jorvan Pike"].role == actors["Ann Vale"].role == "actor"
    assert actors["Tom Reed"].role == actors["Kim Orr"].role == "member"


def test_role_nouns_of_sport_the_arts_and_wealth_before_a_name_are_roles():
    actors = actors_of("The coaches include former British triple jumper Tom Reed. Film critic Ann Vale "
                       "liked it. Billionaire Jorvan Pike bought Harwick Media, a media company controlled by "
                       "billionaire Kim Orr. Harwick Media said it was pleased.")
    assert actors["Tom Reed"].role == "former triple jumper"
    assert actors["Ann Vale"].role == "Film critic"
    assert actors["Jorvan Pike"].role == "Billionaire"
    assert actors["Harwick Media"].role.startswith("media company controlled by")


def test_a_real_name_given_after_the_name_a_person_goes_by_is_the_same_actor():
    texts = ["Rapper Ozz-K - real name Kim Orr - was sued on Monday. Ozz-K denied it.",
             "The singer Tarvo Max, whose real name is Jorvan Pike, told a news conference he was sorry. "
             "Tarvo Max had fired at a rival, Ann Vale, real name unknown, said."]
    actors = find_actors(corpus(*texts))
    names = {a.name: {a.name, *a.aliases} for a in actors}
    assert any({"Ozz-K", "Kim Orr"} <= forms for forms in names.values())
    assert any({"Tarvo Max", "Jorvan Pike"} <= forms for forms in names.values())


def test_an_apposition_in_the_plural_after_one_name_is_a_list_not_the_persons_role():
    actors = actors_of("The line has the support of the Mayor of Harwick, Jorvan Pike, business groups and "
                       "the government. Pike said he was glad. Tom Reed and Ann Vale, analysts with Harwick "
                       "Research, said it was sound. Tarvel Labs, makers of the Vorlen software, agreed.")
    assert actors["Jorvan Pike"].role != "business group"
    assert actors["Ann Vale"].role == "analyst"
    assert actors["Tarvel Labs"].kind == "organization"


def test_a_body_named_with_its_class_after_a_persons_name_is_their_role_a_place_is_not():
    actors = actors_of("Jorvan Pike, of brokers Harwick, said the deal was sound. Ann Vale, from human rights "
                       "group Tarvel, said it was not. Tom Reed, from north Tarvelton, said nothing.")
    assert (actors["Jorvan Pike"].role, actors["Ann Vale"].role, actors["Tom Reed"].role) == ("Harwick", "Tarvel", "")


def test_a_contest_reports_name_by_its_matches_or_by_playing_in_it_is_no_actor_but_a_league_that_speaks_is():
    found = actors_of("Harwick Rovers won the Tarvel League last season. Tom Reed, the Harwick Rovers coach, "
                      "said his side were ready for the Tarvel League matches.",
                      "Harwick Rovers have played in the Tarvel League since 1990. Their Tarvel League win over "
                      "Dunmore was their fifth in a row, Ann Vale said.")
    assert "Tarvel League" not in found and found["Tom Reed"].role == "Harwick Rovers coach"
    spoken = actors_of("The Tarvel League said fixtures would not move. Tarvel League matches start in May.",
                       "Tarvel League games drew big crowds, the Tarvel League said on Monday.")
    assert spoken["Tarvel League"].kind == "organization"


def test_a_name_a_body_of_the_pile_writes_before_it_with_an_article_or_counted_in_the_plural_is_a_product():
    found = actors_of("Harwick said it had sold two million iTarvels since May. Tom Reed bought a Harwick iTarvel.",
                      "Harwick, the maker, said a new type of iTarvel would follow. Ann Vale uses a Harwick "
                      "iTarvel at work. Shops sold 40,000 iTarvels in a week, Harwick said.")
    assert "iTarvel" not in found and "iTarvels" not in found and found["Harwick"].kind == "organization"


def test_a_common_word_a_team_name_taking_plural_verbs_is_an_organization():
    first = ("Orchard are through to the final after a late goal. Orchard have not lost since March, "
             "and fans of Orchard expect more.")
    second = "Tom Reed scored for Orchard. But Orchard were poor in the first half."
    team = actor(find_actors(corpus(first, second)), "Orchard")
    assert team.kind == "organization"


def test_a_plural_verb_after_a_list_a_phrase_or_a_longer_name_makes_no_organization():
    first = ("Thistle and Meadow are rivals. Prices in Thistle are rising. The Grand Thistle are "
             "said to be near. Thistle saw more visitors.")
    second = "Wine from Thistle and Meadow are popular. Both Thistle and Meadow were full."
    names = {a.name for a in find_actors(corpus(first, second))}
    assert "Thistle" not in names and "Meadow" not in names


def test_a_plural_word_taking_a_plural_verb_is_no_organization():
    first = "The Anchors are a proud people. The Anchors have lived by the coast for centuries."
    second = "Visitors meet the Anchors at the festival. The Anchors were welcoming."
    assert "Anchors" not in {a.name for a in find_actors(corpus(first, second))}


def test_will_written_with_a_capital_mid_sentence_before_a_surname_is_a_given_name():
    text = ("The best single award went to the singer Will Tarrow on Monday night in the hall. "
            "Later that night the fans of Will Tarrow cheered loudly outside the hall for a long time.")
    mentions = document_names(document(text)).mentions
    assert [m.text for m in mentions] == ["Will Tarrow", "Will Tarrow"] and mentions[0].kind == "person"


def test_will_opening_a_question_or_a_title_case_headline_is_no_given_name():
    question = "Will Harwick agree to the deal on pay that the union put to it last week?"
    headline = "Will Tarvel Agree To The Deal On Pay"
    found = {m.text for t in (question, headline) for m in document_names(document(t)).mentions}
    assert not any(name.startswith("Will ") for name in found)


def test_a_name_of_a_capital_and_a_digit_that_acts_is_an_organization():
    first = "The rock band Z7 played in Harwick on Monday. Z7 are due to tour next year."
    second = "Tickets for Z7 sold out in an hour. Z7 have sold more records than anyone this year."
    band = actor(find_actors(corpus(first, second)), "Z7")
    assert band.kind == "organization"


def test_a_name_of_a_capital_and_a_digit_that_only_meets_is_no_actor():
    first = "Leaders met at the V9 summit in Harwick. The V9 agreed nothing on trade."
    second = "Ann Vale left the V9 talks early. Critics of the V9 said the meeting failed."
    assert "V9" not in {a.name for a in find_actors(corpus(first, second))}


def test_a_plural_role_written_with_capitals_is_each_listed_names_in_the_singular():
    # the sentence's capital ("Judges") or an acronym's plural ("MPs") ran into the list's first name
    judges = actors_of("Judges Ann Vale and Tom Reed will pick the winner.")
    assert (judges["Ann Vale"].role, judges["Tom Reed"].role) == ("Judge", "Judge")
    mps = actors_of("The vote was close. Labour MPs Ann Vale and Tom Reed voted against.")
    assert (mps["Ann Vale"].role, mps["Tom Reed"].role) == ("Labour MP", "Labour MP")
    # a capital inside the phrase is a name's: no role of the people after it
    band = actors_of("The fans cheered when Harwick Chiefs Ann Vale and Tom Reed came on.")
    assert not band["Tom Reed"].role


def test_of_between_two_capitals_is_part_of_the_bodys_name_in_a_title_before_a_name():
    # "of" had ended the title: "Tarvel chief", and the country's name taken out as her affiliation
    actors = actors_of("Rates will hold, said Bank of Tarvel chief Ann Vale.",
                       "Growth slowed, said Football Association of Wales secretary Tom Reed.")
    assert (actors["Ann Vale"].role, actors["Ann Vale"].kind) == ("Bank of Tarvel chief", "person")
    assert (actors["Tom Reed"].role, actors["Tom Reed"].affiliation) == ("Football Association of Wales secretary", "")
    # a title before "of" names a person ("Duke of Harwick"): no body's name to run on through
    assert actors_of("Rates will hold, said Duke of Harwick aide Jo Pike.")["Jo Pike"].role == "Harwick aide"


def test_an_and_between_capitals_of_a_bodys_name_stays_in_the_apposition():
    text = '"It is fair," said Tom Reed, director general of the Harwick and Tarvel Traders Association. "We agree."'
    assert actors_of(text)["Tom Reed"].role == "director general of the Harwick and Tarvel Traders Association"
    # a person's name after the "and" is a list, not the body's name
    assert actors_of("Tom Reed, chairman of Harwick and Ann Vale, went home.")["Tom Reed"].role == "chairman of Harwick"


def test_a_body_named_before_a_playing_position_in_a_players_title_is_a_club():
    actors = actors_of("Harwick Hawks lock Tom Reed scored twice. Harwick Hawks won the game.")
    assert actors["Harwick Hawks"].role == "club"
    # a firm's staff are named by the firm too, but no position in a game says it is a team
    firm = actors_of("Tarvel Hawks chief executive Tom Reed spoke. Tarvel Hawks shares fell.")
    assert firm["Tarvel Hawks"].role != "club"


def test_a_body_named_before_a_managers_or_coachs_title_is_a_club_but_not_before_a_bosss():
    actors = actors_of("Harwick Rovers manager Tom Reed was angry. Harwick Rovers are second in the table.")
    assert actors["Harwick Rovers"].role == "club"
    # "boss" heads a firm as often as a team
    firm = actors_of("Tarvel Rovers boss Tom Reed was angry. Tarvel Rovers are hiring again.")
    assert firm["Tarvel Rovers"].role != "club"


def test_a_body_beside_a_games_score_is_a_club():
    assert actors_of("Tom Reed scored in a 3-1 win over Tarvel Rovers. Tarvel Rovers are bottom.")["Tarvel Rovers"].role \
        == "club"
    assert actors_of("Harwick Albion 2-1 Tarvel Town. Harwick Albion were lucky.")["Harwick Albion"].role == "club"
    # a vote's split is no score
    assert actors_of("The Tarvel Rovers 5-4 vote passed. Tarvel Rovers are pleased.")["Tarvel Rovers"].role != "club"


def test_a_body_named_once_in_a_fixture_or_beside_a_result_word_is_no_club_but_twice_is():
    # "v" heads a court case too, and "victory over" a dispute's end
    once = actors_of("Tarvel Rovers won a victory over Harwick Albion in court. Harwick Albion are appealing.")
    assert once["Harwick Albion"].role != "club"
    twice = actors_of("Harwick Albion v Tarvel Rovers. Tarvel Rovers won a draw with Harwick Albion. Harwick Albion are fine.")
    assert twice["Harwick Albion"].role == "club"


def test_a_sports_body_of_a_governing_type_says_which_sport_it_runs():
    actors = actors_of("The Harwick Football Association fined him. The Harwick Football Association met on Monday.")
    assert actors["Harwick Football Association"].role == "football association"
    # "rugby union" names a sport: a union of a sport is its governing body
    union = actors_of("The Tarvel Rugby Union backed him. The Tarvel Rugby Union met on Monday.")
    assert union["Tarvel Rugby Union"].role == "rugby governing body"
    # no sport in the name: no sport's body
    assert "governing body" not in actors_of("The Harwick Teachers Union backed him. The Harwick Teachers Union met.")[
        "Harwick Teachers Union"].role


def test_a_name_opening_on_a_given_name_whose_last_word_alone_takes_plural_verbs_is_a_body():
    actors = actors_of("Tom Reed joined Ann Tarvel on loan. Tarvel have paid for him. Tarvel are fifth in the league.")
    assert actors["Ann Tarvel"].kind == "organization"
    # once is a slip; and a surname in a list takes the list's verb
    once = actors_of("Tom Reed joined Ann Tarvel on loan. Tarvel have paid for him. Tarvel is fifth in the league.")
    assert once["Ann Tarvel"].kind == "person"
    listed = actors_of("Tom Reed met Ann Tarvel. Reed and Tarvel are friends. Reed and Tarvel have met twice.")
    assert listed["Ann Tarvel"].kind == "person"


def test_a_club_or_band_its_peoples_titles_show_counts_as_one_with_a_stated_role_but_a_clubs_own_name_does_not():
    team = "Harwick Rovers manager Tom Reed was angry. Harwick Rovers are second in the table."
    assert actor_index(corpus(team)).signals["Harwick Rovers"].stated_role == 1.0
    band = "Harwick Stars drummer Tom Reed left. Harwick Stars are touring in May."
    assert actor_index(corpus(band)).signals["Harwick Stars"].stated_role == 1.0
    # "club" said by the name's own type word is no report's description
    own = "The Harwick Club met on Monday. The Harwick Club wants a loan."
    assert actor_index(corpus(own)).signals["Harwick Club"].stated_role == 0.0


def test_which_side_a_team_was_in_one_game_is_no_description_of_it():
    # "the home side" after a score may be either team's
    actors = actors_of("Harwick Albion 0-5 Tarvel Rovers. Tarvel Rovers were too good. The home side had chances.")
    assert actors["Tarvel Rovers"].role == "club"


def test_a_body_named_before_a_band_members_title_is_a_band():
    actors = actors_of("Harwick Stars frontwoman Ann Vale sang. Harwick Stars are touring in May.")
    assert actors["Harwick Stars"].role == "band"
    drummer = actors_of("Tarvel Stars drummer Tom Reed left. Tarvel Stars are touring in May.")
    assert drummer["Tarvel Stars"].role == "band"


def test_a_firm_named_after_the_plural_of_its_peoples_profession_keeps_it_as_its_role():
    # "analysts" is a person's role noun, which had made it no role of a body's
    assert actors_of("Sales rose 5%, said market analysts Tarvelnet. Tarvelnet expects more.")["Tarvelnet"].role \
        == "market analysts"


def test_a_role_noun_with_another_persons_name_after_it_is_not_the_apposition_of_the_name_before():
    actors = actors_of("The side, without Jo Pike and Tom Reed, partnered young striker Ann Vale with Ed Lane up front.")
    assert not actors["Tom Reed"].role and actors["Ann Vale"].role == "young striker"
    # ... but "wife of" and an owner's role stay: "former leader Ann Vale's husband" is his
    owned = actors_of("Tom Reed, former leader Ann Vale's husband, said no.")
    assert owned["Tom Reed"].role == "former leader Ann Vale's husband"


def test_a_marque_named_by_its_maker_is_what_the_body_is():
    text = "The car business, best known for its Tarvel Romeo marque, expects a loss. Tarvel Romeo sales fell."
    assert actors_of(text)["Tarvel Romeo"].role == "marque"


def test_peer_is_not_a_commoner_of_that_name_named_in_another_report():
    actors = actors_of("Tom Reed, the party's leader, spoke in Leeds. Mr Reed said the vote was close.",
                       "Baroness Reed said the bill was flawed. Baroness Reed chairs the committee.")
    assert "Baroness Reed" not in actors["Tom Reed"].aliases
    assert actors["Baroness Reed"].kind == "person"


def test_peer_is_the_person_a_report_names_in_full_beside_the_title():
    actors = actors_of("Ann Vale, a former minister, was made a peer. Baroness Vale said she was honoured.",
                       "Baroness Vale said the bill was flawed.")
    assert "Baroness Vale" in actors["Ann Vale"].aliases


def test_a_description_without_an_article_before_a_body_is_its_role():
    texts = ["US band Harwick Lights will tour next year. Harwick Lights have sold two million records.",
             "Ann Vale scored twice for Harwick club Tarvel Rovers. Tarvel Rovers are third.",
             "The group has signed with record label Brimstel Music. Brimstel Music said it was pleased."]
    actors = actors_of(*texts)
    assert actors["Harwick Lights"].role == "band"
    assert actors["Tarvel Rovers"].role == "club"
    assert actors["Brimstel Music"].role == "record label"


def test_a_description_without_an_article_is_read_where_a_sentence_opens_or_after_a_verb_or_preposition():
    from briefing.analysis.roles import bare_descriptor_before
    assert bare_descriptor_before("It said so. Budget airline ") == "airline"       # the place word left out
    assert bare_descriptor_before("Shares in software giant ") == "software giant"
    assert bare_descriptor_before("Ann Vale said regulator ") == "regulator"
    assert bare_descriptor_before("US band ", whole=True) == "band"


def test_a_description_without_an_article_is_not_read_after_a_determiner_a_comma_a_name_or_a_cut():
    from briefing.analysis.roles import bare_descriptor_before
    assert bare_descriptor_before("It said so. The Harwick club ") == ""     # the determiner's phrase reads that
    assert bare_descriptor_before("It was sold to Tarvel, US band ") == ""
    assert bare_descriptor_before("It said so. Rock band singer ") == ""      # the band's singer, a person
    assert bare_descriptor_before("US band ") == ""             # the words before it may be another name's
    assert bare_descriptor_before("It said so. Rival carmakers ") == ""        # many bodies, not one
    assert bare_descriptor_before("It said so. Club ") == ""    # no lower-case word left to say what it is


def test_a_description_without_an_article_in_the_headline_is_no_role():
    texts = ["Record label Brimstel Music to close\n\nBrimstel Music said it would close. Brimstel Music has 40 staff.",
             "Brimstel Music said it was pleased."]
    assert actors_of(*texts)["Brimstel Music"].role != "label"


def test_a_firm_professions_plural_before_one_name_makes_it_a_firm_though_it_opens_on_a_given_name():
    actors = actors_of("Prosecutors have gone after auditors Grant Tarvel. They denied it.",
                       "Harwick, formerly the arm of auditor Grant Tarvel, faces lawsuits.",
                       "Grant Tarvel - now rid of the unit - is still being sued.")
    assert actors["Grant Tarvel"].kind == "organization"
    one = actors_of("The court heard auditor Grant Tarvel. He denied it.", "Grant Tarvel said he was calm.")
    assert one["Grant Tarvel"].kind == "person"


def test_a_sentence_opening_plural_role_noun_is_no_part_of_the_name_after_it():
    actors = actors_of("Bookmakers Harlocks says the singer has even odds of winning.",
                       "On Friday, Harlocks suspended betting after the singer quit.",
                       '"She is a troublemaker," said Harlocks\' Tom Reed.')
    assert "Bookmakers Harlocks" not in actors
    assert actors["Harlocks"].kind == "organization"


def test_a_full_name_that_takes_a_plural_verb_is_a_bands_not_a_persons():
    actors = actors_of("Chart stars Duran Vale are to appear in a special on TV.",
                       '"We wanted to make a great Duran Vale album," said keyboard player Tom Reed.',
                       "Duran Vale are currently promoting the album's second single.")
    assert actors["Duran Vale"].kind == "organization"
    pair = actors_of("Tom Reed and Ann Vale are to appear on TV.", "Ann Vale and Tom Reed were seen.",
                     "Tom Reed said he was glad.")
    assert pair["Tom Reed"].kind == "person"


def test_a_name_opening_on_air_is_an_airlines_not_a_persons():
    actors = actors_of("For its part, Air Tarvel, set up by army officer Tom Reed, plans to grow.",
                       "Air Tarvel will buy 15 new planes.")
    assert actors["Air Tarvel"].kind == "organization"


def test_a_full_name_described_as_a_person_before_a_plural_verb_stays_a_persons():
    actors = actors_of("He and his shadow minister Tom Tarvel have taken too long.",
                       "Ann Vale and shadow minister Tom Tarvel have said no.", "Tom Tarvel spoke.")
    assert actors["Tom Tarvel"].kind == "person"


def test_a_one_word_name_listed_again_and_again_among_people_is_a_persons():
    actors = actors_of("British stars such as Vellia and Tom Reed are well known.",
                       "It features vocals from the likes of Tom Reed, Vellia, Ann Vale and the Tarvels.",
                       "Vellia, Ann Vale and Tom Reed are among those featured.")
    assert actors["Vellia"].kind == "person"


def test_a_name_in_apposition_to_a_person_is_not_listed_among_people():
    from briefing.analysis.actors import _listed_among_people
    from briefing.analysis.names import Mention
    text = "Tom Reed, Harwick's chief, said so. Ann Vale, Tarvel leader, agreed. Tom Reed, Vellia and Ann Vale sang."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Harwick", "Tarvel", "Vellia")]
    listed = [_listed_among_people(text, Mention(a, b, 0, text[a:b], "single")) for a, b in spans]
    assert listed == [False, False, True]


def test_a_title_a_performer_starred_in_and_one_said_to_star_another_is_a_work():
    found = actors_of("Ann Vale starred in Tarvel Nights last year. Tarvel Nights, starring Tom Reed, took $40m.",
                      "Tom Reed said he was proud of the cast. Mr Reed flew home on Friday.")
    assert "Tarvel Nights" not in found and found["Tom Reed"].kind == "person"


def test_a_title_said_to_be_made_into_a_film_or_translated_is_a_work():
    found = actors_of("Critics say Tarvel Nights has been translated into 40 languages, Tom Reed said.",
                      "In May Tarvel Nights was turned into a film. Mr Reed will direct it.")
    assert "Tarvel Nights" not in found and found["Tom Reed"].kind == "person"


def test_a_title_named_after_series_or_sequel_is_a_work():
    found = actors_of("The hit series Tarvel Nights returns in May. Ann Vale said she was delighted.",
                      "The sequel Tarvel Nights took $12m. Ms Vale will star again.")
    assert "Tarvel Nights" not in found and found["Ann Vale"].kind == "person"


def test_a_person_directed_by_another_or_starring_in_nothing_stays_a_person():
    found = actors_of("Ann Vale starred in a play in Harwick. Tom Reed said Ann Vale was superb.",
                      "Ann Vale, starring beside him, won praise. Ann Vale, directed by Tom Reed, shone.")
    assert found["Ann Vale"].kind == "person"


def test_a_maker_named_in_the_possessive_after_starred_in_stays_a_person():
    found = actors_of("Ann Vale starred in Tom Reed's film Tarvel Nights. Critics liked it.",
                      "She also starred in Tom Reed's first play. Harwick fans cheered Tom Reed on Friday.")
    assert found["Tom Reed"].kind == "person"


def test_a_performer_named_before_a_comma_and_a_work_made_into_another_stays_a_person():
    found = actors_of("The 1950 film starring Tom Reed, is being turned into a musical. Critics liked it.",
                      "The old play with Ann Vale and Tom Reed, was turned into a film. Harwick fans cheered Tom Reed.")
    assert found["Tom Reed"].kind == "person"


def test_a_title_said_to_star_a_performer_is_a_work():
    found = actors_of("Critics liked Tarvel Nights, which stars Ann Vale. Tom Reed said so.",
                      "Fans queued for Tarvel Nights, which also starred Tom Reed. Mr Reed was pleased.")
    assert "Tarvel Nights" not in found and found["Tom Reed"].kind == "person"



def test_a_title_a_performer_had_a_role_or_a_debut_in_is_a_work():
    found = actors_of("Ann Quellby won praise for her role in Vera Pellsworth. Tom Reed said so.",
                      "Ann Quellby made her debut in Vera Pellsworth in May. Vera Pellsworth took $10m.")
    assert "Vera Pellsworth" not in found and found["Ann Quellby"].kind == "person"


def test_a_name_like_a_persons_its_star_or_director_is_named_by_is_a_work():
    found = actors_of("Vera Pellsworth star Ann Quellby said she was proud. Tom Reed agreed.",
                      "Vera Pellsworth director Tom Reed won praise. Vera Pellsworth took $10m.")
    assert "Vera Pellsworth" not in found and found["Ann Quellby"].kind == "person"


def test_a_person_who_directed_a_film_or_stars_in_one_stays_a_person():
    found = actors_of("Tom Reed directed the film. Tom Reed said he was proud of his cast.",
                      "Ann Quellby starred beside Tom Reed. Tom Reed stars in the sequel.")
    assert found["Tom Reed"].kind == "person"


def test_a_title_said_to_be_a_film_or_a_game_is_a_work_but_not_one_said_to_be_a_games_firm():
    found = actors_of("Drannock Hill is a gorgeous movie, Tom Reed said. Fans loved it.",
                      "Ann Quellby starred in Drannock Hill. Drannock Hill was the film of the year.")
    assert "Drannock Hill" not in found and found["Tom Reed"].kind == "person"
    found = actors_of("Kellin Soft is the biggest games publisher in Europe, Tom Reed said.",
                      "Kellin Soft said its profits rose. Kellin Soft is the top games firm.")
    assert found["Kellin Soft"].kind == "organization"


def test_a_subtitle_after_a_series_title_and_a_colon_is_a_work_but_a_team_line_up_is_not():
    found = actors_of("Gamers queued for Harwick Quest: Drannock Hill on Friday, Tom Reed said.",
                      "The sequel Harwick Quest: Drannock Hill sold well, and Drannock Hill took first place.")
    assert "Drannock Hill" not in found and found["Tom Reed"].kind == "person"
    found = actors_of("Harwick won 2-1. Harwick Utd: Tom Reed, Ann Quellby, Jon Merrow. Tom Reed said he was glad.",
                      "Tom Reed scored twice. Tarvel: Jon Merrow, Tom Reed, Ann Quellby.")
    assert found["Tom Reed"].kind == "person"


def test_a_part_a_performer_plays_is_a_character_and_no_actor():
    found = actors_of("Ann Quellby will play Tomas Vrenkel in the film, due next year. Tomas Vrenkel is a retired spy.",
                      "The main character, Tomas Vrenkel, is a spy. Ann Quellby said she loved the part.")
    assert "Tomas Vrenkel" not in found and found["Ann Quellby"].kind == "person"
    found = actors_of("Ann Quellby landed the role of Tomas Vrenkel. Tomas Vrenkel, played by Ann Quellby, is a spy.")
    assert "Tomas Vrenkel" not in found
    found = actors_of("Ann Quellby won praise for her role as retired spy Tomas Vrenkel. Tom Reed said so.")
    assert "Tomas Vrenkel" not in found and found["Ann Quellby"].kind == "person"


def test_a_person_whose_role_in_a_matter_is_questioned_stays_a_person():
    found = actors_of("Critics asked about the role of Tomas Vrenkel's firm. Tomas Vrenkel said he had done no wrong.",
                      "Ann Quellby, in her role as chairman of the Harwick Trust, met Tomas Vrenkel on Friday.")
    assert found["Tomas Vrenkel"].kind == "person"


def test_a_player_another_plays_in_a_match_stays_a_person():
    found = actors_of("Ann Quellby plays Tomas Vrenkel in the final on Sunday. Tomas Vrenkel beat Jon Merrow last week.",
                      "Tomas Vrenkel will play Ann Quellby next. Ann Quellby as Tomas Vrenkel won in May.")
    assert found["Tomas Vrenkel"].kind == "person"


def test_a_title_its_cast_or_maker_is_named_after_is_a_work():
    found = actors_of("Marrowdale actress Ann Vale said she would return to the show. Marrowdale was axed in May.",
                      "The Marrowdale creator, Tom Reed, said Marrowdale had run for 21 years. Marrowdale drew 8m viewers.")
    assert "Marrowdale" not in found and found["Ann Vale"].kind == "person"
    found = actors_of("The cast of Marrowdale Nights said goodbye on Friday. Ann Vale was in tears.",
                      "Tom Reed, a Marrowdale Nights actor, said the cast of Marrowdale Nights would meet again.")
    assert "Marrowdale Nights" not in found


def test_a_title_whose_cast_a_headline_names_is_a_work():
    found = actors_of("Marrowdale actress dies\n\nAnn Vale, who appeared in Marrowdale, has died, Tom Reed said.",
                      "Ann Vale was in the soap Marrowdale for ten years. Marrowdale drew 8m viewers.")
    assert "Marrowdale" not in found and found["Ann Vale"].kind == "person"


def test_a_title_with_a_work_in_apposition_is_a_work_and_a_studio_behind_a_film_stays_a_body():
    found = actors_of("Critics praised Marrowdale Nights, an adaptation of the novel by Ann Vale. Tom Reed said so.",
                      "Marrowdale Nights, a comedy starring Tom Reed, opens in May. Mr Reed was pleased.")
    assert "Marrowdale Nights" not in found and found["Tom Reed"].kind == "person"
    found = actors_of("Harwick Pictures, the studio behind the film, said profits rose. Tom Reed said so.",
                      "Harwick Pictures, a maker of films, hired Ann Vale. Harwick Pictures said it would grow.")
    assert found["Harwick Pictures"].kind == "organization"

def test_a_person_named_alone_deep_in_a_report_takes_the_description_opening_the_next_sentence():
    text = ("Boats left Harwick at dawn. Nets were cast. The catch was small. Prices rose. "
            "A bishop praised Tom Reed's stance on quotas. The opposition leader supports a cut in the catch. "
            "Mr Reed left.")
    reed = actors_of(text)["Tom Reed"]
    assert reed.role == "opposition leader"
    assert [r.sentence for r in reed.role_refs] == [4, 5]
    did = ("Boats left Harwick at dawn. Nets were cast. The catch was small. Prices rose. "
           "Tom Reed told traders that jobs would go. The Tarvel-born tycoon did not say where. Mr Reed left.")
    assert actors_of(did)["Tom Reed"].role == "Tarvel-born tycoon"


def test_a_description_next_is_not_the_persons_when_it_answers_them_or_was_said_before():
    answered = ("Boats left Harwick at dawn. Nets were cast. The catch was small. Prices rose. "
                "Tom Reed said prices would rise again. The council spokeswoman replied the law was clear. "
                "Mr Reed left.")
    assert actors_of(answered)["Tom Reed"].role == ""
    before = ("Boats left Harwick at dawn. Nets were cast. The catch was small. Prices rose. "
              "Asked about Tom Reed's plan, the mayor's spokesman said it was costly. "
              "The spokesman declined to say more. Mr Reed left.")
    assert actors_of(before)["Tom Reed"].role == ""
    many = ("Boats left Harwick at dawn. Nets were cast. The catch was small. Prices rose. "
            "Tom Reed spoke with Ann Vale about quotas. The harbour master supports a cut. Mr Reed left.")
    assert actors_of(many)["Tom Reed"].role == ""


def test_a_description_opening_a_sentence_before_its_verb_names_one_persons_role():
    from briefing.analysis.roles import person_description_acting
    assert person_description_acting("The opposition leader supports a cut.") == "opposition leader"
    assert person_description_acting("The Tarvel-born tycoon did not say where.") == "Tarvel-born tycoon"
    assert person_description_acting("The winger, who is on loan, scored twice.") == "winger"
    for sentence in ("The plan supports jobs.", "The chairman, chief executive and two directors resigned.",
                     "The 22-year-old won the race.", "The players were tired.", "The company said so."):
        assert person_description_acting(sentence) == "", sentence


def test_two_capitalised_words_an_organizations_apposition_follows_take_it_for_a_role():
    actors = actors_of("Harwick Pellow boosts dividend\n\nHarwick Pellow, the Tarvel stock exchange that is "
                       "trying to buy its rival, has said it will raise its dividend. Harwick Pellow said profit "
                       "rose. Harwick Pellow will pay in May.")
    pellow = actors["Harwick Pellow"]
    assert (pellow.kind, pellow.role) == ("organization", "Tarvel stock exchange")


def test_a_named_owners_description_before_a_bodys_name_is_its_role():
    from briefing.analysis.roles import descriptor_before
    assert descriptor_before("a board member of Tarvel's central bank, the ") == "central bank"
    assert descriptor_before("Shares rose, said Harwick's budget airline, ") == "budget airline"
    # a clause after a phrase with a preposition, and a contraction, describe nothing
    assert descriptor_before("Backed by Tarvel's biggest bank, ") == ""
    assert descriptor_before("It's a small firm, the ") == ""
    actors = actors_of("Prices rose, said Tarvel's central bank, the Vellmark. The Vellmark will meet again.",
                       "The Vellmark said inflation was low.")
    assert actors["Vellmark"].role == "central bank"


def test_a_headline_calling_its_subject_by_a_role_gives_it_to_the_person_opening_the_lead():
    from briefing.model import Corpus
    text = ("Investors who lost money at the dairy firm are to be repaid. "
            "Ann Vale said she would co-operate fully with prosecutors. Ms Vale is 66.")
    headed = document(text)
    headed.title = "Tarvel founder offers apology"
    vale = actor(find_actors(Corpus.of([headed])), "Ann Vale")
    assert vale.role == "Tarvel founder"
    named = document(text + " She left.")       # a headline naming the person, or several people, gives nothing
    named.title = "Tarvel boss Vale offers apology"
    assert actor(find_actors(Corpus.of([named])), "Ann Vale").role == ""
    several = document(text + " It was cold.")
    several.title = "Tarvel workers offer apology"
    assert actor(find_actors(Corpus.of([several])), "Ann Vale").role == ""


def test_a_headline_role_goes_to_no_one_where_two_people_open_the_lead():
    from briefing.model import Corpus
    headed = document("Ann Vale said she would co-operate. Tom Reed said he would not. Ms Vale is 66. Mr Reed left.")
    headed.title = "Tarvel founder offers apology"
    found = find_actors(Corpus.of([headed]))
    assert (actor(found, "Ann Vale").role, actor(found, "Tom Reed").role) == ("", "")


def test_an_apposition_owned_by_its_gives_the_role_as_his_or_her_does():
    from briefing.analysis.roles import organization_role_after, role_after
    assert role_after(", its chief executive, said the plan would work") == "chief executive"
    assert role_after(", its founder.") == "founder"
    assert organization_role_after(", its parent company, said") == "parent company"
    assert role_after(", its shares fell") == "" and role_after(", its chief executive said") == ""
    actors = actors_of("Harwick Motors named a successor to Tom Reed, its highly successful boss, on Monday. "
                       "Mr Reed will stay until May.")
    assert actors["Tom Reed"].role == "highly successful boss"


def test_closed_class_titles_of_sport_police_clergy_and_schools_before_a_name_are_roles():
    texts = ["Quillex forward Tobin Vrenn scored twice. Vrenn said the side had earned it.",
             "Police sergeant Ulla Pardet said the road was closed. Pardet said it would reopen.",
             "Local imam Faruq Dellaby led the prayers. Dellaby said the mosque would stay open.",
             "Orsana assistant Jarko Menivel will take over as coach. Menivel said he was ready.",
             "Puppet-show creator Ida Ketterby said the series would end. Ketterby said she was sad."]
    actors = actors_of(*texts)
    assert "forward" in actors["Tobin Vrenn"].role
    assert "sergeant" in actors["Ulla Pardet"].role
    assert "imam" in actors["Faruq Dellaby"].role
    assert "assistant" in actors["Jarko Menivel"].role
    assert "creator" in actors["Ida Ketterby"].role


def test_a_post_taken_kept_or_left_as_a_role_gives_the_role_and_a_post_left_is_former():
    texts = ["Tobin Vrenn has been sacked as Quillex coach just eight months into the job. Vrenn said little.",
             "Jarko Menivel will take over as the new coach next week. Menivel said he was ready.",
             "Orsana have appointed Ida Ketterby as their captain for the tour. Ketterby said she was honoured.",
             "Faruq Dellaby will step down as party leader in May. Dellaby said he was tired.",
             "Ulla Pardet may return as a minister. Pardet said nothing.",
             "Orsana named Ovid Pell as one of five directors. Pell said he was pleased.",
             "Ann Corrow will succeed Brede Sollum as Orsana manager. Sollum said he was glad.",
             "Vrenn says replacing Kell Oduya as Quillex captain will be easy. Oduya said nothing."]
    actors = actors_of(*texts)
    assert actors["Tobin Vrenn"].role == "former Quillex coach"
    assert actors["Jarko Menivel"].role == "new coach"
    assert actors["Ida Ketterby"].role == "captain"
    assert actors["Faruq Dellaby"].role == "party leader"       # he holds it until he steps down
    assert actors["Ulla Pardet"].role == "" and actors["Ovid Pell"].role == ""
    assert actors["Brede Sollum"].role == "Orsana manager"        # until she succeeds him
    assert actors["Kell Oduya"].role == "former Quillex captain"


def test_a_description_opening_the_next_sentence_is_the_persons_role_though_it_names_others_after_its_verb():
    texts = ["Quillex may bid for Tobin Vrenn, according to reports. The Orsana striker has been linked "
             "with a move since the summer and is behind Jarko Menivel and Ovid Pell. Vrenn said he was happy."]
    assert "striker" in actors_of(*texts)["Tobin Vrenn"].role


def test_ampersand_between_capitalised_words_joins_one_organization_name():
    found = actors_of("Prices will rise, said Ken Dorvak, an analyst at Pellow & Varrick Research.",
                      "Shares in Quarnet & Sollby fell 3% on Monday. Quarnet & Sollby said it would cut 200 jobs.")
    assert "Pellow & Varrick Research" in found and "Varrick Research" not in found
    assert found["Quarnet & Sollby"].kind == "organization"


def test_ampersand_between_two_full_names_or_after_a_persons_of_lists_them():
    found = actors_of("Comedians Tom Dorvak & Ann Sollby won the award, said Ken Pellow of Quarnet & Varrick.")
    assert {"Tom Dorvak", "Ann Sollby", "Ken Pellow", "Quarnet & Varrick"} <= set(found)


def test_surname_opening_on_a_particle_is_named_by_the_full_name_it_ends():
    found = actors_of("Striker Robin van Tarvel scored twice. Van Tarvel said he was happy.",
                      "Van Tarvel added that the club was right. Substitute Robin van Tarvel came on late.")
    assert "Robin van Tarvel" in found and "Van Tarvel" in found["Robin van Tarvel"].aliases


def test_initial_written_without_its_stop_keeps_a_full_name_whole():
    found = actors_of("Since President Ann T Orchard came to office the deficit grew. Ms Orchard said so.")
    assert "Ann T Orchard" in found and "Ms Orchard" in found["Ann T Orchard"].aliases


def test_name_opening_a_title_and_counted_in_a_series_is_a_work_not_a_person():
    found = actors_of("Tom Tarvel and the Harbour of Glass topped the chart. Fans queued for the third Tom "
                      "Tarvel film, and Tarvel fans bought the book.")
    assert "Tom Tarvel" not in found


def test_director_named_before_his_film_in_a_series_stays_a_person():
    found = actors_of("Director Ann Vorla said the first Ann Vorla film was hard to make. The second Ann Vorla "
                      "film opens soon.")
    assert found["Ann Vorla"].kind == "person"


def test_ampersand_in_a_title_case_headline_joins_only_the_words_beside_it():
    found = actors_of("Quarnet & Sollby Profits Rise Sharply\n\nQuarnet & Sollby said its profits rose by 5% in the "
                      "year to March.")
    assert "Quarnet & Sollby" in found and not any("Profits" in name for name in found)


def test_a_role_of_a_field_before_a_name_keeps_its_field():
    text = ("Brindleford director of rugby Orlen Vasko said the side would improve. Vasko said the pack was young. "
            "Earlier, the minister for civil aviation Teodor Marwick said fares would fall. Marwick said so again.")
    actors = actors_of(text)
    assert actors["Orlen Vasko"].role == "Brindleford director of rugby"
    assert actors["Teodor Marwick"].role == "minister for civil aviation"


def test_a_role_noun_a_count_or_a_publication_in_the_field_before_a_name_is_no_field():
    from briefing.analysis.roles import role_before

    # "head of chairman X": the chairman's head, which fans chant for; "winner of two X Prizes": a
    # count; "editor of trade weekly X": the weekly's name follows
    text = "Fans were chanting for the head of chairman Orlen Vasko after the game. Vasko said nothing."
    assert actors_of(text)["Orlen Vasko"].role == "chairman"
    assert role_before("a novel by the winner of two ") == ""
    assert role_before("said Teodor, news editor of trade weekly ") == ""
    assert role_before("said Teodor, head of giant chip maker ") == "giant chip maker"


def test_a_description_after_an_owner_and_before_the_name_has_no_stray_s():
    from briefing.analysis.roles import descriptor_before

    assert descriptor_before("had been in touch with Brindleford's financial watchdog the ") == "financial watchdog"


def test_a_position_in_a_clause_after_the_name_is_the_players_role():
    text = ("The pass to Teodor Marwick went forward but when the centre was held up short, the ball was switched "
            "left. Marwick said it was a fair call. Brindleford will face Orlen Vasko after the fourth seed was too strong for "
            "the champion. Vasko said he was tired.")
    actors = actors_of(text)
    assert actors["Teodor Marwick"].role == "centre"
    assert actors["Orlen Vasko"].role == "fourth seed"


def test_an_office_in_a_clause_after_the_name_is_no_role_of_the_one_named():
    # "the prime minister" in a clause after a name is as often someone else
    text = ("Orlen Vasko hosted a dinner in Brindleford where the prime minister told guests he would stay. "
            "Vasko said the dinner was private.")
    assert actors_of(text)["Orlen Vasko"].role == ""


def test_a_relative_clause_in_the_perfect_or_with_became_gives_one_persons_role():
    from briefing.analysis.roles import role_after

    text = "The singer married Orlen Vasko, who had been a dancer on the tour, in Brindleford. Vasko said little."
    assert actors_of(text)["Orlen Vasko"].role == "dancer on the tour"
    assert role_after(", who became the first winners to receive the prize, said") == ""     # two people
    assert role_after(", who will become chairman, said") == ""       # not yet


def test_an_owner_of_two_words_before_a_name_is_owner_whole():
    # "Harwick United's X", "Quarnet Bank's X": the body whole, not its last word; a word the sentence
    # opens on is no part of it
    text = ("The defence was weak, with Brindleford Quillan's Orlen Vasko injured again. Vasko said he would rest. "
            "Yesterday Marwick's Teodor Selby said nothing. Selby was absent.")
    actors = actors_of(text)
    assert actors["Orlen Vasko"].role == "Brindleford Quillan"
    assert actors["Teodor Selby"].role == "Marwick"


def test_an_owner_of_two_words_opening_the_sentence_is_whole_where_the_report_writes_it_inside_one():
    text = ("Brindleford Quillan's Orlen Vasko is injured. Vasko joined Brindleford Quillan in 2003 and "
            "said he would rest.")
    assert actors_of(text)["Orlen Vasko"].role == "Brindleford Quillan"


def test_a_role_set_before_the_name_may_have_an_owner_and_a_place():
    text = ("Fares rose again. The Brindleford Gazette's correspondent in Quillan, Orlen Vasko, said more rises "
            "were due. Vasko said so twice.")
    assert actors_of(text)["Orlen Vasko"].role == "Brindleford Gazette's correspondent in Quillan"


def test_a_player_put_at_a_position_after_the_name_has_that_role():
    text = ("Orlen Vasko continues at scrum-half despite the return of the veteran. Vasko said he was fit. "
            "Brindleford will make the Quillan team at fly-half again. Quillan said nothing.")
    actors = actors_of(text)
    assert actors["Orlen Vasko"].role == "scrum-half"
    assert "fly-half" not in (actors["Quillan"].role if "Quillan" in actors else "")


def test_word_of_renown_capitalised_inside_a_sentence_before_plain_words_names_a_work():
    # "the Star Lantern films": "star" is no title, and "Lantern" no one's name; opening a sentence, the
    # same word before a person's name is hers ("Songwriter Ann Orlen")
    actors = actors_of("Fans queued for the new Star Lantern film on Friday. The Star Lantern Voyage "
                       "sold out. Songwriter Ann Orlen said she loved it. Tom Vesk, a critic, agreed.")
    assert not {"Lantern", "Lantern Voyage"} & set(actors)
    assert actors["Ann Orlen"].role == "Songwriter"


def test_a_plural_of_a_role_opening_a_sentence_or_of_a_people_opens_no_persons_name():
    actors = actors_of("Sprinters Ann Orlen and Tom Vesk won their heats. Orlen said she was happy.",
                       "The race was won as Norwegians Tom Vesk and Ann Orlen pulled clear. Vesk said so.")
    assert {"Ann Orlen", "Tom Vesk"} <= set(actors)
    assert not any(alias.startswith(("Sprinters", "Norwegians"))
                   for name in ("Ann Orlen", "Tom Vesk") for alias in actors[name].aliases)
    assert actors["Ann Orlen"].docs == [0, 1] and actors["Tom Vesk"].docs == [0, 1]


def test_a_role_nouns_plural_in_ies_is_read_as_its_plural_like_one_in_s():
    assert [head_word(w) for w in ("secretaries", "deputies", "companies", "envoys", "series")] == \
        ["secretary", "deputy", "company", "envoy", "series"]
    assert (one_of_plural("party secretaries"), one_of_plural("Harwick winners")) == ("secretary", "winner")


def test_the_class_a_body_is_put_in_with_such_as_may_be_a_plural_in_ies_but_no_verb_or_time_before_it():
    actors = actors_of("Oil companies such as Harwick Petroleum raised prices. Harwick Petroleum said so.",
                       "The deal means traditional companies like Tarvel Foods want a share. Tarvel Foods said so.")
    assert (actors["Harwick Petroleum"].role, actors["Tarvel Foods"].role) == ("Oil company", "traditional company")
    assert class_before("In recent months companies such as ") == ""
    assert class_before("Consumer electronics companies such as ") == "Consumer electronics company"


def test_an_apposition_opening_on_now_or_currently_gives_the_role_held_now():
    actors = actors_of("Ann Vale, currently a consultant at Pikeway, said so. Ms Vale left.",
                       "Jo Pike, now effectively the deputy leader, said so. Pike left.",
                       "Tom Reed, now chairman of Harwick TV, said so. Reed left.")
    assert (actors["Ann Vale"].role, actors["Ann Vale"].affiliation) == ("consultant", "Pikeway")
    assert (actors["Jo Pike"].role, actors["Tom Reed"].role) == ("deputy leader", "chairman of Harwick TV")
    assert role_after(", now that prices have fallen, said") == ""
    assert role_after(", now working on the campaign, said") == ""


def test_a_one_word_name_listed_after_a_bodys_class_is_one_of_that_class_too():
    actors = actors_of("Cable firms Harwick and Tarvelnet have both launched video services. Tarvelnet said so. "
                       "Harwick said so too. Tarvelnet will launch more.")
    assert (actors["Harwick"].role, actors["Tarvelnet"].role) == ("Cable firm", "Cable firm")


def test_a_person_given_a_real_name_is_called_by_the_name_the_texts_go_by():
    actors = actors_of("US rapper Kelvax has been charged. Kelvax denies it. Kelvax, whose real name is "
                       "Tomas Brill, said so.")
    assert actors["Kelvax"].aliases == ["Tomas Brill"]
    # a name read without the word it opens on ("40 Kelvo" read as "Kelvo") does not take its place
    actors = actors_of("Rapper 40 Kelvo topped the chart. 40 Kelvo, real name Tomas Brill, said he was glad.")
    assert "Tomas Brill" in actors


def test_a_name_read_without_its_opening_word_has_the_role_before_that_word():
    actors = actors_of("US rapper The Vandal is the protege of Kelvax. The Vandal, whose real name is Tomas Brill, "
                       "told a news conference it was over.",
                       "Rapper 40 Kelvo topped the chart. 40 Kelvo sang.")
    assert actors["Tomas Brill"].role == "rapper"
    assert actors["Kelvo"].role == "Rapper"
    # a rank read whole keeps its numeral: "world number 46 Tom Reed"
    actors = actors_of("World number 46 Tom Reed broke serve. Reed won.")
    assert actors["Tom Reed"].role == "World number 46"


def test_a_party_members_word_before_a_full_name_is_no_part_of_it_and_stands_for_a_role():
    actors = actors_of("The group includes Liberal Democrat Paul Orrick. Mr Orrick spoke.",
                       "Tory Tom Vale said the plan was wrong. Lib Dem Ann Pell agreed.")
    assert (actors["Paul Orrick"].role, actors["Tom Vale"].role, actors["Ann Pell"].role) \
        == ("Liberal Democrat", "Tory", "Lib Dem")
    # a role said of the person comes before the party
    actors = actors_of("Liberal Democrat home affairs spokesman Paul Orrick said so.", "Liberal Democrat Paul Orrick spoke.")
    assert actors["Paul Orrick"].role == "Liberal Democrat home affairs spokesman"


def test_a_lone_name_taking_plural_verbs_as_a_team_is_an_organization_despite_its_area():
    actors = actors_of("Dorvale have signed a new striker from Brennick. The deal was done on Monday.",
                       "Dorvale are top of the league after a win over Brennick.",
                       "The ball went from the edge of the Dorvale area into the net. Dorvale were happy with the draw.")
    assert actors["Dorvale"].kind == "organization"


def test_an_acronym_written_small_only_in_a_web_address_is_still_a_name():
    text = ("Warning over 'HWTA virus'\n\nThe Harwick Water Transit Agency (HWTA) is warning that a virus is spread "
            "by e-mails that claim to come from an hwta.gov address. The messages say the HWTA has watched the "
            "users. The attachment holds the virus, the HWTA said. Write to press@hwta.org for more.")
    found = actors_of(text)
    assert found["Harwick Water Transit Agency"].mentions >= 4


def test_a_lone_word_a_bands_kind_is_written_before_is_an_organization_though_named_in_one_report():
    # "pop band Marrowby", then the name once more: a band, not a word of the sentence
    actors = actors_of("Chart-topping pop band Marrowby have confirmed that they plan to take a break. "
                       "Their label said that Marrowby would reconvene in due course.")
    assert actors["Marrowby"].kind == "organization"
    assert "band" in actors["Marrowby"].role


def test_a_lone_word_a_plural_relative_clause_follows_is_a_group():
    # "…, who are …" is said of a group: of a person English says "who is"
    actors = actors_of("The guitarist with Dunmere has quit. A new guitarist has yet to be named by Dunmere, who are "
                       "at work on a new album. The other members of Dunmere, who are known for loud shows, wished him well.")
    assert actors["Dunmere"].kind == "organization"


def test_a_body_a_verb_of_a_result_takes_twice_is_a_team():
    actors = actors_of("Brennick lost to Dorvale on Saturday in the league. Dorvale said the pitch was poor.",
                       "Pellane beat Dorvale in the cup on Tuesday. Dorvale said the referee was wrong.")
    assert actors["Dorvale"].role == "club"


def test_a_body_a_boss_is_named_by_and_taking_plural_verbs_is_a_team():
    actors = actors_of("Dorvale boss Tom Reed said his side had played well. Dorvale have signed a new striker.",
                       "Dorvale are top of the league. Dorvale were happy with the draw, Tom Reed said.")
    assert actors["Dorvale"].role == "club"


def test_a_given_name_and_a_places_last_word_name_a_person_who_speaks_or_has_a_title():
    actors = actors_of("The firm will appeal, Tarvel spokesman Tom Basin told reporters on Monday. "
                       "The tapes are lost, Ann Reef, a spokeswoman for the bank, said. Crowds met in Victoria Glacier.")
    assert actors["Tom Basin"].role == "Tarvel spokesman"
    assert actors["Ann Reef"].kind == "person"
    assert "Victoria Glacier" not in actors


def test_nickname_in_quotation_marks_inside_a_name_is_one_person():
    text = ('Label boss Delbert "Grusk" Kettleby has quit. Kettleby said the job was done. '
            'Fans of Rafaela “Brisket” Quenby cheered on Monday. Quenby thanked them.')
    actors = actors_of(text)
    assert set(actors['Delbert "Grusk" Kettleby'].aliases) >= {"Delbert Kettleby", "Kettleby"}
    assert "Rafaela Quenby" in actors["Rafaela “Brisket” Quenby"].aliases
    assert not {"Grusk", "Brisket", "Delbert", "Rafaela"} & set(actors)


def test_quoted_word_after_a_word_that_is_no_given_name_joins_no_name():
    names = {m.text for m in document_names(document('A Rebooted "Grusk" Thornvale is planned.')).mentions}
    assert 'Rebooted "Grusk" Thornvale' not in names


def test_a_clause_after_a_names_comma_is_no_role():
    # a verb in the past, or a pronoun's contraction, after the comma opens a clause, not an apposition
    actors = actors_of("The film, directed by Jorund Kessavy, received best actress, picture and director nominations.",
                       "Hollis Brenneck thanked the studio. \"Thank you, Wystan Orrick, for taking a chance. "
                       "Wystan, you're my director of the year.\"")
    assert actor(actors.values(), "Jorund Kessavy").role == "director"       # the credit, not the clause
    assert actor(actors.values(), "Wystan Orrick").role == ""
    assert role_after(", retired judge, said") == "retired judge"


def test_a_works_credit_gives_the_person_named_after_by_a_role():
    actors = actors_of("The top prize went to thriller Tarvel Nights, written and directed by Wystan Orrick.",
                       "Directed by Hollis Brenneck, it made over $60m. Brenneck went on to other films.",
                       "The song was written by Mattea Quorrel and Sondrel Pellamy for the appeal.")
    assert actor(actors.values(), "Wystan Orrick").role == "writer and director"
    assert actor(actors.values(), "Hollis Brenneck").role == "director"
    assert actor(actors.values(), "Sondrel Pellamy").role == "writer"


def test_a_star_of_a_hit_film_leaves_the_films_title_without_a_role():
    actors = actors_of("French actress Delma Prautz, star of hit film Tarvel Nights, will play the lead.")
    assert actor(actors.values(), "Delma Prautz").role == "actress"
    assert all(not a.role.startswith("star of") for a in actors.values())


def test_a_role_said_in_a_quotation_keeps_its_noun_without_the_speakers_opinion():
    actors = actors_of('Wystan Orrick has missed three months. "Orrick is the best striker in Tarvel. '
                       'We will see," said Hollis Brenneck.')
    assert actor(actors.values(), "Wystan Orrick").role == "striker"
    assert role_copula(" is the best striker in Tarvel.") == "best striker in Tarvel"


def test_a_name_right_after_a_preposition_of_place_does_not_speak_the_verb_after_it():
    # the police speak, not the place they are in; the analysts, not the firm they work at
    names = document_names(document("Police in San Quendro said the man was arrested on Monday. "
                                     "Analysts at Tarnwell Devices said demand was weak."))
    assert not any(m.speaker for m in names.mentions)
    actors = actors_of("Police in San Quendro said the man was arrested on Monday. He was held overnight.")
    assert "San Quendro" not in actors


def test_a_larger_city_of_several_words_is_no_person_unless_titled(monkeypatch):
    import briefing.analysis.actors as actors_module
    from briefing.analysis.lexicon import fold

    monkeypatch.setattr(actors_module, "CITY_KEYS", frozenset({fold("Port Haldane")}))
    actors = actors_of("The electronics fair closed on Thursday. Port Haldane said it brought $200m to local firms.",
                       "Chief executive Ilsa Varrowby said Tarnwell Devices sold 3,000 handsets at the fair.")
    assert "Port Haldane" not in actors and actors["Ilsa Varrowby"].kind == "person"
    # a person called so, whom a title or a description names as one, stays one
    titled = actors_of("Mayor Port Haldane said the fair brought $200m.", "Mr Haldane said sales would rise.")
    assert titled["Port Haldane"].kind == "person"


def test_role_an_owners_pronoun_opens_before_a_closed_apposition_survives_a_preposition():
    actors = actors_of("The scandal led to the resignation of its chairman, Sir Tom Varley, and others.",
                       "She was represented in court by her lawyer, Ann Pike, on Monday.",
                       "After a row with his coach, Ray Dunmore, 25, left the Harwick club.",
                       "Angry at his manager, Leo Brandt walked out.")
    assert actors["Tom Varley"].role == "chairman"
    assert actors["Ann Pike"].role == "lawyer"
    # the phrase sits in an opening adverbial, the name after it is the subject; nor is an open
    # apposition one
    assert actors["Ray Dunmore"].role == ""
    assert actors["Leo Brandt"].role == ""


def test_a_relative_named_after_an_owner_and_a_kinship_noun_has_that_kinship_as_role():
    actors = actors_of("His mother Ann Varley told reporters that her son was innocent.",
                       "Tarvel's daughter Rita Moss said she was proud of the singer Tom Tarvel.",
                       "She thanked her husband, Leo Brandt, for his support.",
                       "She ran to her sister, Jo Pike said.")
    assert actors["Ann Varley"].role == "mother"
    assert actors["Rita Moss"].role == "Tarvel's daughter"
    assert actors["Leo Brandt"].role == "husband"
    assert actors["Jo Pike"].role == ""         # no comma closes an apposition: she speaks of another


def test_an_acronym_a_law_or_an_event_defines_is_no_actor_but_a_bodys_is():
    law = actors_of("The Harwick Trade Act (HTA) gives firms access. Tom Reed, a minister, praised the HTA.",
                    "The HTA expires in 2008, Tom Reed said.")
    assert "HTA" not in law and "Harwick Trade Act" not in law
    body = actors_of("The Harwick Trade Agency (HTA) gives firms access. Tom Reed, a minister, praised the HTA.",
                     "The HTA said it would grow.")
    assert body["Harwick Trade Agency"].kind == "organization"


def test_a_body_only_named_as_the_opening_of_another_name_takes_no_role_from_its_own_type_word():
    sponsor = actors_of("Ann Pike won the 1500m at the Harwick Union Grand Prix. She will race at the "
                        "Harwick Union International in Glasgow. The Harwick Union GB team is strong.")
    assert sponsor["Harwick Union"].role != "union"
    insurer = actors_of("Harwick Union said profits rose. Harwick Union is to cut 200 jobs at the Harwick "
                        "Union Tower in Leeds. Harwick Union shares fell.")
    assert insurer["Harwick Union"].role == "union"


def test_a_name_after_a_places_noun_and_of_is_a_place_not_a_person():
    actors = actors_of("Ann Kite told the court in the Tarvelian town of Santa Vera that she was hired.",
                       "Costs to the city of Santa Vera are rising, Ann Kite said.")
    assert "Santa Vera" not in actors and "Ann Kite" in actors
    # a title makes a person of a name a place's noun also stood before
    titled = actors_of("Ann Kite visited the town of Santa Vera. Mayor Santa Vera said she was welcome.")
    assert "Santa Vera" in titled


def test_a_body_the_rest_of_its_sentence_calls_the_firm_is_a_firm_where_nothing_else_says_what_it_is():
    alone = actors_of("Tellmark said profits rose. Tellmark is to pay the ex-chief who quit after the firm "
                      "over-stated its reserves. Tellmark shares rose. Tellmark said so.")
    assert alone["Tellmark"].role == "firm"
    # another body named between them may be the one meant
    two = actors_of("Tellmark said profits rose. Tellmark will sue Harwick Motors after the firm over-stated "
                    "its reserves. Tellmark shares rose. Tellmark said so.")
    assert two["Tellmark"].role != "firm"


def test_an_apposition_a_persons_plain_noun_heads_is_a_role_where_it_says_more_than_the_noun():
    actors = actors_of("Oskar Velmatov, the country's richest man, bought the mill. Oskar Velmatov said so.",
                       "Ann Vale, the first Tarvelian woman to reach the final, won. Ann Vale said so.",
                       "Tom Varley, a man who had been jailed, said it was wrong. Tom Varley left.")
    assert (actors["Oskar Velmatov"].kind, actors["Oskar Velmatov"].role) == ("person", "country's richest man")
    assert actors["Ann Vale"].role.startswith("first Tarvelian woman")
    assert actors["Tom Varley"].role == ""


def test_a_persons_counterpart_is_a_role_as_a_predecessor_is():
    actors = actors_of("Mr Vale held talks with his Tarvelian counterpart, Oren Talvik, on Monday. Mr Talvik said so.",
                       "Mr Vale will meet his Varish counterpart Hans Velder on Monday. Mr Velder said so.")
    assert actors["Oren Talvik"].role == "Tarvelian counterpart"
    assert "counterpart" in actors["Hans Velder"].role
    # a thing's counterpart is no person's role
    things = actors_of("Viewers prefer the service's free counterpart, Tarvelview, to cable. Tarvelview is "
                       "popular. Tarvelview said so.")
    assert "counterpart" not in getattr(things.get("Tarvelview"), "role", "")


def test_a_tournament_or_a_fair_named_classic_or_show_is_no_actor():
    actors = actors_of("Tom Reed won the Harwick Classic on Sunday. The Harwick Classic is a warm-up event.",
                       "Firms showed phones at the Tarvel Electronics Show. The Tarvel Electronics Show opens "
                       "today, said Ann Pike, an analyst. Tom Reed, the top seed, agreed.")
    assert not {"Harwick Classic", "Tarvel Electronics Show"} & set(actors)
    assert actors["Ann Pike"].role == "analyst"


def test_last_years_champion_keeps_the_time_its_possessive_is_of():
    actors = actors_of("It is a blow, as last year's champion, Jana Orlik, will be absent. Jana Orlik said so.",
                       "Ann Vale beat last year's runner-up Vera Malik in the final. Vera Malik said so.")
    assert actors["Jana Orlik"].role == "last year's champion"
    assert actors["Vera Malik"].role == "last year's runner-up"


def test_an_acronyms_plural_is_no_organization():
    actors = actors_of("Players of VRPGs spend hours online. VRPGs are popular, said Ann Pike, an analyst.",
                       "Many VRPGs charge fees. Tarvel said VRPGs grow. The HVRA said fees rose.",
                       "The HVRA later said the fees would rise again.")
    assert "VRPGs" not in actors
    assert actors["HVRA"].kind == "organization"
def test_lone_firm_named_often_in_one_report_is_an_actor_in_a_pile_of_one_or_where_it_speaks():
    # one report cannot name a firm in two reports; named three times, it is one
    report = ("Harwick Foods rejected a bid from Tellmark on Monday. Tellmark said it was disappointed. "
              "Analysts expect Tellmark to return with a higher offer.")
    assert actor(find_actors(corpus(report)), "Tellmark").kind == "organization"
    # the same report beside another that never names it: a word of one report of two is one where it
    # speaks there, and not where it only recurs
    other = "Harwick Foods shares rose on Tuesday."
    assert actor(find_actors(corpus(report, other)), "Tellmark").kind == "organization"
    mute = report.replace("Tellmark said it was disappointed", "The Tellmark offer was low")
    assert actor(find_actors(corpus(mute)), "Tellmark").kind == "organization"
    assert "Tellmark" not in {a.name for a in find_actors(corpus(mute, other))}


def test_lone_firm_named_twice_in_one_report_of_several_is_an_actor_when_it_speaks_a_quotation():
    other = 'Harwick Foods shares rose on Tuesday. "We are pleased," said Harwick Foods chief Ann Vale.'
    bid = "Harwick Foods rejected a bid from Tellmark on Monday. "
    for said in ('Tellmark said it was "deeply disappointed by a short-sighted decision".',
                 '"We are deeply disappointed by a short-sighted decision," Tellmark said.',
                 '"We are deeply disappointed by a short-sighted decision," said Tellmark.'):
        pile = corpus(bid + said, other)
        assert actor(find_actors(pile), "Tellmark").kind == "organization"
        assert "Tellmark" in {q.speaker for q in find_quotes(pile, find_actors(pile))}
    # named after "from" as often as it is quoted: a place would not speak the quotation
    bids = ("Harwick Foods rejected a bid from Tellmark.", "Shares rose after the bid from Tellmark. "
            '"We remain convinced this deal makes sense," Tellmark said in a statement.', other)
    assert actor(find_actors(corpus(*bids)), "Tellmark").kind == "organization"
    # said without quotation marks, said by someone the name describes or of it, or inside the
    # quoted words: no quotation of its own
    for said in ("Tellmark said it was deeply disappointed by the decision.",
                 '"We are deeply disappointed," said Tellmark boss Tom Reed.',
                 '"It was calm," a resident of Tellmark said.',
                 '"We are deeply disappointed," Tom Reed told Tellmark.',
                 '"Everybody knows Tellmark said no," Tom Reed said.'):
        assert "Tellmark" not in {a.name for a in find_actors(corpus(bid + said, other))}, said


def test_european_union_is_shown_as_a_union_of_states_not_a_country():
    eu = actors_of("The European Union has agreed to cut tariffs on steel. The EU said the deal would help "
                   "growers. France and Germany backed the European Union plan.", ELSEWHERE)["European Union"]
    assert (eu.kind, eu.role) == ("organization", "union of European states")


def test_body_named_before_a_playing_position_is_a_team_and_not_the_owner_of_his():
    rovers = actors_of("Harwick Rovers have rejected a third bid for the midfielder. Harwick Rovers said the "
                       "offer was too low. The Harwick Rovers winger won his first cap in 1991.", ELSEWHERE)
    assert (rovers["Harwick Rovers"].kind, rovers["Harwick Rovers"].role) == ("organization", "club")


def test_body_whose_player_is_named_is_a_team():
    ospreys = actors_of("Tom Reed returns from the Tarvel Ospreys. Tarvel Ospreys player Ann Vale is injured. "
                        "The Tarvel Ospreys said Reed would be fit.", ELSEWHERE)["Tarvel Ospreys"]
    assert ospreys.role == "club"


def test_a_farmer_is_described_by_that_occupation():
    people = actors_of('"They will hijack the subsidy," said Tom Dalby, a cocoa farmer from the Harwick valley. '
                       "Mr Dalby was angry.", ELSEWHERE)
    assert people["Tom Dalby"].role.startswith("cocoa farmer")


def test_a_people_in_the_plural_opens_no_name_whatever_word_follows():
    names = actors_of("Kenyans Rufin Dalby and Margaret Tarvel took the titles. Dalby won in 2:08. "
                      "Tarvel won in 2:24.", ELSEWHERE)
    assert "Rufin Dalby" in names and not any(n.startswith("Kenyans") for n in names)


def test_a_body_named_with_and_without_its_joining_word_is_one():
    bodies = actors_of("The Office for Harwick Statistics said prices rose. Figures from the Office of Harwick "
                       "Statistics showed a fall in May. The Office for Harwick Statistics will report again.",
                       ELSEWHERE)
    assert "Office of Harwick Statistics" in bodies["Office for Harwick Statistics"].aliases


def test_a_hyphenated_participle_without_ed_opens_no_name():
    bodies = actors_of("Debt-ridden Tarvel Airways has cut 2,000 jobs. Tarvel Airways said sales fell. "
                       "Trouble-hit Tarvel Airways will sell planes.", ELSEWHERE)
    assert not any("-" in name for name in bodies)



def test_a_firms_first_word_written_alone_is_an_alias_of_its_full_name():
    # named in full first, then by its first word, as reporters shorten a firm's name; shown under its
    # full name, never under the possessive the later reports write most ("Tarvel's shares")
    for whole in ("Tarvel Airways", "Tarvel Pharma"):     # a line of business or not
        actors = actors_of(f"{whole} has ordered 40 new machines, the firm said on Monday. Tarvel, which was "
                           "founded by Tom Reed in 1998, plans to grow. The company has grown fast.",
                           "Tarvel's shares rose 5%. Tarvel's fleet is young. Tarvel said so.",
                           "Rival Dalby Air said prices would fall. Tarvel's chief said the market was tough.",
                           ELSEWHERE)
        assert not {"Tarvel", "Tarvel's"} & set(actors)
        assert "Tarvel" in actors[whole].aliases


def test_a_first_word_two_names_open_on_or_a_family_name_is_no_short_form():
    later = " Tarvel, which was founded in 1998, plans to grow. Tarvel's shares rose. Tarvel said so."
    two = actors_of("Tarvel Pharma and Tarvel Optics reported profits on Monday.", later, ELSEWHERE)
    assert "Tarvel" not in two["Tarvel Pharma"].aliases and "Tarvel" not in two["Tarvel Optics"].aliases
    family = actors_of("Tarvel Pharma reported profits. Tarvel Pharma's founder, Ann Tarvel, said so.", later, ELSEWHERE)
    assert "Tarvel" not in family["Tarvel Pharma"].aliases
    unit = actors_of("Tarvel said it would sell Tarvel Pharma.", later, ELSEWHERE)
    assert "Tarvel" not in unit["Tarvel Pharma"].aliases


def test_an_actor_is_never_named_by_its_possessive_where_the_name_is_written_bare():
    actors = actors_of("Veltrion's shares fell. Veltrion's profits fell. Veltrion's boss quit. Veltrion said it would recover.",
                       "Veltrion's printers were recalled. Veltrion has apologised.", ELSEWHERE)
    assert "Veltrion" in actors and "Veltrion's" not in actors


def test_air_lines_ending_a_name_make_an_airline():
    from briefing.analysis.actors import _own_type_word
    assert _own_type_word("Tarvel Air Lines") == _own_type_word("Tarvel Airlines") == "airline"


def test_a_short_form_the_next_sentence_takes_up_as_a_company_is_the_full_names_alias():
    # "The company has grown" takes up "Tarvel", the short form of the firm the report named first:
    # one actor, under its full name, not a second body called "Tarvel" or "Tarvel's"
    actors = actors_of("Tarvel Studios has ordered 40 new cameras. Tarvel, which was founded by Tom Reed in "
                       "1998, plans to open ten new sites. The company has grown fast since then.",
                       "Tarvel's shares rose 5% on Tuesday. Rival Dalby Air said it was not worried.", ELSEWHERE)
    assert not {"Tarvel", "Tarvel's"} & set(actors)
    assert actors["Tarvel Studios"].kind == "organization" and "Tarvel" in actors["Tarvel Studios"].aliases


def test_a_firms_name_alone_is_not_its_news_service_or_station():
    # "Tarvel News" is a service of the firm Tarvel, which speaks for it: two actors
    actors = actors_of("Tarvel News has been blocked in Harwickstan, campaigners said. Tarvel said it was "
                       "investigating. Tarvel has not commented further.", "Tarvel said on Friday it would appeal.",
                       ELSEWHERE)
    assert "Tarvel" not in getattr(actors.get("Tarvel News"), "aliases", [])


def test_a_one_word_name_takes_the_shorter_word_in_brackets_after_it_as_its_alias():
    # a long one-word firm's name, then what the reports call it: its opening, or letters of it
    from briefing.analysis.aliases import acronym_definitions
    assert acronym_definitions("Shares in Harwickneftegaz (Harwick) fell.") == [("Harwickneftegaz", "Harwick")]
    assert acronym_definitions("The auditors TarwickDalby (TwD) were hired.") == [("TarwickDalby", "TwD")]
    # another word in brackets is another thing: a city's old name, a player's country, a day
    assert acronym_definitions("Flights to Tarvelpur (Bomdale) resumed.") == []
    assert acronym_definitions("He beat Tom Reed (Harwick) in the final.") == []
    texts = ["Shares in Harwickneftegaz (Harwick) fell sharply. Harwick said it would cut jobs.",
             "Harwick shares fell again on Monday."]
    firm = actors_of(*texts)["Harwickneftegaz"]
    assert (firm.kind, firm.aliases) == ("organization", ["Harwick"])


def test_a_body_owning_a_person_is_their_role_though_its_name_opens_on_a_given_name():
    # "Cecil" is a given name, but no person's name ends on "Society": the body's
    text = "The Cecil Society's Tom Dalby said the change was overdue. Mr Dalby said more."
    assert actors_of(text, "The Cecil Society wants change.")["Tom Dalby"].role == "Cecil Society"
    # ... at a sentence's opening too, a body's two words, not its type word alone
    text = "Harwick Society's Tom Dalby said the change was overdue. Mr Dalby said more."
    assert actors_of(text, "The Harwick Society wants change.")["Tom Dalby"].role == "Harwick Society"


def test_a_body_the_rest_of_its_sentence_calls_the_club_is_a_club():
    # "… with the union accusing the club of …": the only body its sentence has named so far
    text = ("Tom Reed was sacked by Harwick on Friday. Harwick have been criticised for the decision, with "
            "the players' union accusing the club of failing its duty.")
    assert actors_of(text, "Harwick will face Dalby Town on Sunday.")["Harwick"].role == "club"


def test_a_name_before_a_firms_or_an_outlets_noun_is_that_body():
    text = "His name is no longer enough, said Le Tarvel newspaper. The top woman on Le Tarvel's list was Ann Vale."
    paper = actors_of(text, "Ann Vale earned most.")["Le Tarvel"]
    assert (paper.kind, paper.role) == ("organization", "newspaper")
    # a noun describing the name after it is that name's ("Harwick company Tarvel Foods"), and one the
    # name modifies in turn is another thing ("the Tom Reed company car")
    from briefing.analysis.actors import _before_a_body_noun
    text = "Its maker, Harwick company Tarvel Foods, said so. He drove the Tom Reed company car."
    assert not _before_a_body_noun(text, text.index("Harwick") + len("Harwick"))
    assert not _before_a_body_noun(text, text.index("Tom Reed") + len("Tom Reed"))
    assert _before_a_body_noun("said Le Tarvel newspaper.", len("said Le Tarvel"))


def test_a_body_given_plural_verbs_beside_teams_is_a_team_and_beside_bands_a_band():
    clubs = actors_of("Harwick striker Tom Reed scored twice as Harwick beat Dalby 2-0. Harwick manager Ann Cole "
                      "was pleased.", "Tarvel have signed Ann Vale. Tarvel are top of the league. Tarvel were beaten.")
    assert clubs["Tarvel"].role == "club"
    bands = actors_of("Harwick drummer Tom Reed left the band on Monday. Harwick guitarist Ann Cole stayed. Harwick "
                      "played in Leeds.", "Tarvel have a new album. Tarvel are touring. Tarvel were signed in May. "
                      "Harwick will tour.")
    assert bands["Tarvel"].role == "band"
    # with no teams nor bands beside it, a plural verb says nothing of what a body is
    alone = actors_of("Tarvel have a new plan. Tarvel are hiring. Tarvel were founded in May.", ELSEWHERE)
    assert alone["Tarvel"].role not in ("club", "band")


def test_a_people_word_for_the_one_just_named_is_their_role_where_no_role_noun_is():
    text = "Tom Reed was beaten in Paris on Sunday. The Swede was made to graft. Reed won in 2001."
    reed = actors_of(text, "Reed will play again.")["Tom Reed"]
    assert (reed.role, reed.affiliation) == ("Swede", "Sweden")
    # a description by a role noun says more, wherever it is; a people's word of two is no one's
    text = ("Tom Reed is hoping to race. The Northern Irishman is hoping to win. Tom Reed ran well. The indoor "
            "champion accelerated away.")
    assert actors_of(text, "Reed will run again.")["Tom Reed"].role == "indoor champion"


def test_an_owners_role_of_a_field_apposed_before_a_name_opening_the_sentence_is_the_role():
    text = "Tarvel's senior vice president of technology and manufacturing, Tom Dalby, believes the chip will sell."
    dalby = actors_of(text, "Mr Dalby said so.")["Tom Dalby"]
    assert dalby.role == "Tarvel's senior vice president of technology and manufacturing"


def test_who_runs_or_presents_something_gives_its_head_or_presenter():
    runs = actors_of("Ann Vale, who runs a dance school in Harwick, said the ban was unfair.", "Ms Vale said more.")
    assert runs["Ann Vale"].role == "head of a dance school in Harwick"
    shows = actors_of("Ann Vale, who presents The Harwick Hour, said the show would end.", "Ms Vale said more.")
    assert shows["Ann Vale"].role == "presenter of The Harwick Hour"


def test_a_body_a_person_is_of_named_once_is_their_role_where_its_name_ends_on_a_type_word():
    text = '"Rates will rise," said Ann Vale, of Tarvel Securities. Ms Vale said more.'
    assert actors_of(text, ELSEWHERE)["Ann Vale"].role == "Tarvel Securities"
    # a town's name says nothing of a body
    assert actors_of("Tom Reed, of Harwick Park, said the match was fine. Reed said more.", ELSEWHERE)["Tom Reed"].role == ""


def test_a_line_of_business_opening_a_sentence_before_its_noun_is_no_firms_short_name():
    text = ("Shares in Harwick Steel rose on Monday. Steel analyst Tom Reed said demand was strong. "
            "Harwick Steel said profits rose.")
    firm = actors_of(text, "Harwick Steel shares rose.")["Harwick Steel"]
    assert "Steel" not in firm.aliases and firm.mentions == 3
    # a surname before its verb still is one
    assert "Gold" in actors_of("Gary Gold was named coach. Gold said he was pleased.", ELSEWHERE)["Gary Gold"].aliases


def test_a_name_ending_on_an_industry_word_is_a_firm_though_it_never_takes_its():
    for name in ("Tarvel Pharma", "Harwick Telecoms"):
        assert actors_of(f"{name} said profits rose by 10%.", ELSEWHERE)[name].kind == "organization"


def test_a_verb_of_taking_or_leaving_a_post_before_a_name_gives_the_post_named_after_as():
    # the verb ends the text before the name, across any spaces: "… appointed Tom Reed as its chairman"
    assert role_as("The board appointed ", " as its chairman.") == "chairman"
    assert role_as("The club sacked\n", " as coach after the defeat.") == "former coach"
    assert role_as("Members have re elected  ", " as club captain.") == "club captain"
    assert role_as("Tarvel will succeed ", " as club captain.") == "club captain"
    # no verb of a post right before the name, or none before it at all
    for prefix in ("The board appointed", "Ann Vale reappointed ", "   ", ""):
        assert role_as(prefix, " as its chairman.") == "", prefix


def test_a_company_the_reports_call_no_more_than_a_company_is_of_the_trade_its_name_ends_on():
    actors = actors_of("Tarvel Pharmaceuticals said its profits rose. Tarvel Pharmaceuticals will hire 200 staff.",
                       "Dalby Tobacco lost its appeal. The company said it would pay. Dalby Tobacco shares fell.",
                       "Harwick Records signed the singer. Harwick Records said the album was due in May.",
                       "Morrow Steel Corp cut output. Morrow Steel Corp said demand was weak.")
    assert actors["Tarvel Pharmaceuticals"].role == "pharmaceuticals company"
    assert actors["Dalby Tobacco"].role == "tobacco company"
    assert actors["Harwick Records"].role == "record label"
    assert actors["Morrow Steel Corp"].role == "steel company"


def test_a_trade_word_after_everyday_words_names_no_company_and_a_description_beats_it():
    actors = actors_of("Dalby Steel, the rail maker, said prices would rise. Dalby Steel said more.",
                       "Natural Gas said prices would rise. Natural Gas said it would hire.")
    assert actors["Dalby Steel"].role == "rail maker"
    assert actors["Natural Gas"].role == "organization"      # a fuel's name as often as a firm's


def test_a_person_a_country_owns_is_of_its_people_where_nothing_else_describes_them():
    actors = actors_of("The draw was made in Harwick. Morocco's Ann Pell won the 1500m. Pell said she was delighted.",
                       "The final was played on Sunday. Britain's Tom Reed, the world champion, won again. Reed said so.")
    assert actors["Ann Pell"].role == "Moroccan"
    assert actors["Tom Reed"].role == "world champion"      # any description says more than where he is from


def test_a_name_opening_an_apposition_its_noun_heads_takes_no_role_from_before_the_comma():
    text = "The ruling will hit Tarvelia's sole cheese producer, Harwick company Dalby Purse Cheeses. Ann Bell said so."
    roles = {m.text: m.role for m in document_names(corpus(text).documents[0]).mentions}
    assert roles["Harwick"] == ""               # the place the company is from, no producer
    assert roles["Dalby Purse Cheeses"] == "Harwick company"


def test_a_trade_opening_a_sentence_before_its_noun_is_no_short_name_of_a_company_of_that_trade():
    actors = actors_of("Dalby Tobacco won its appeal. Tobacco stocks rose sharply. Dalby Tobacco said it was pleased.")
    assert "Tobacco" not in actors["Dalby Tobacco"].aliases
    assert actors["Dalby Tobacco"].role == "tobacco company"


def test_a_trade_named_company_keeps_the_reports_own_noun_for_it():
    actors = actors_of("Harwick Telecom cut prices on Monday. The firm said profits rose. Harwick Telecom will hire "
                       "more staff. Harwick Telecom said the firm would grow.")
    assert actors["Harwick Telecom"].role == "telecom firm"


def test_a_description_after_a_link_to_the_sentence_before_names_the_person_just_named():
    from briefing.analysis.roles import person_description_acting
    assert person_description_acting("But the Tarvel-born tycoon did not say where.") == "Tarvel-born tycoon"
    assert person_description_acting("However, the actress has refused to comment.") == "actress"
    # "Meanwhile" turns to another strand; "Only the" singles one out of several
    assert person_description_acting("Meanwhile, the chancellor is touring Tarvel.") == ""
    assert person_description_acting("Only the captain was fit.") == ""
    text = ("Boats left Harwick at dawn. Nets were cast. The catch was small. Prices rose. "
            "Tom Reed told traders that jobs would go. But the Tarvel-born tycoon did not say where. Mr Reed left.")
    assert actors_of(text)["Tom Reed"].role == "Tarvel-born tycoon"


def test_a_description_going_on_with_what_the_person_said_is_theirs_not_a_second_voice():
    added = ("Boats left Harwick at dawn. Nets were cast. The catch was small. Prices rose. "
             "Tom Reed said he would keep working with his squad. "
             "However, the Harwick coach added that he was pleased. Mr Reed left.")
    assert actors_of(added)["Tom Reed"].role == "Harwick coach"


def test_a_person_described_several_ways_takes_the_role_noun_said_most():
    text = ("Boats left Harwick at dawn. Nets were cast. The catch was small. Prices rose. "
            "Tom Reed was sold in May. The captain wants to leave. Nets were cast. Tom Reed scored twice. "
            "The striker has signed. Tom Reed is fit. The striker trained on Monday.")
    assert actors_of(text)["Tom Reed"].role == "striker"


def test_a_description_next_is_no_ones_after_two_people_of_a_group_or_inside_a_quotation():
    lead = "Boats left Harwick at dawn. Nets were cast. The catch was small. Prices rose. "
    two = actors_of(lead + "Tom Reed told Ann Vale that jobs would go. But the actress refused to say where. "
                    "Mr Reed left.")
    assert two["Tom Reed"].role == two["Ann Vale"].role == ""
    group = actors_of(lead + "Tom Reed told traders that jobs would go. But the fishermen said they would strike. "
                      "Mr Reed left.")
    assert group["Tom Reed"].role == ""
    quoted = actors_of(lead + "\"We let Tom Reed go in May. The striker wants to play abroad,\" Ann Vale said. "
                       "Ms Vale left.")
    assert quoted["Tom Reed"].role == ""


def test_a_description_next_may_carry_an_age_and_run_into_an_irregular_past():
    from briefing.analysis.roles import person_description_acting
    assert person_description_acting("The 30-year-old sprinter went home.") == "sprinter"
    assert person_description_acting("The Harwick chairman won the vote.") == "Harwick chairman"
    for sentence in ("The 22-year-old won the race.", "The 31-year-old crowd went home.", "The fans went home."):
        assert person_description_acting(sentence) == "", sentence
    text = ("Boats left Harwick at dawn. Nets were cast. The catch was small. Prices rose. "
            "Harwick have offered Tom Reed a new deal. The 31-year-old scrum-half has impressed since May. "
            "Mr Reed left.")
    assert actors_of(text)["Tom Reed"].role == "scrum-half"


def test_a_description_after_a_link_is_not_given_to_a_person_named_deep_in_the_sentence_before():
    text = ("Boats left Harwick at dawn. Nets were cast. The catch was small. Prices rose. "
            "Quotas were an issue in Tarvel, where Tom Reed opposed them. "
            "But the opposition leader argued there was a case for them. Mr Reed left.")
    assert actors_of(text)["Tom Reed"].role == ""
    named_again = ("Boats left Harwick at dawn. Nets were cast. The catch was small. Prices rose. "
                   "Crowds cheered Ann Vale. The Olympic champion beat Ms Vale by a second. Ms Vale left.")
    assert actors_of(named_again)["Ann Vale"].role == ""
