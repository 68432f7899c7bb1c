"""Reports that disagree are found and paired; reports that agree, or that tell of different
things, are not. Every sentence here is invented."""

import pytest

from briefing.analysis.account_conflicts import denial_object, short_denial
from briefing.analysis.contradictions import find_contradictions
from briefing.analysis.figure_conflicts import ceiling
from briefing.analysis.figures import clock_times, figures
from briefing.model import ActorFact, Corpus, CorpusFacts, Document, Sentence, SentenceRef


def doc(name: str, *texts: str, published: str | None = None) -> Document:
    sentences, start = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(i, start, start + len(t), t))
        start += len(t) + 1
    return Document(name, name, name, " ".join(texts), sentences=sentences, published=published)


def conflicts(*docs: Document, actors: list[ActorFact] | None = None):
    corpus = Corpus.of(list(docs))
    return find_contradictions(corpus, CorpusFacts(corpus, actors=actors or []))


def person(name: str, *aliases: str) -> ActorFact:
    return ActorFact(name, "person", aliases=list(aliases))


def country(name: str) -> ActorFact:
    return ActorFact(name, "country")


# --- reading figures -------------------------------------------------------------------------

def test_more_than_a_round_figure_is_below_the_next_round_figure():
    [f] = figures("The storm forced more than 6,000 flight cancellations.")
    assert (f.lo, f.noun) == (6000, ("flight", "cancellations"))
    assert not f.agrees(figures("Airlines cancelled 7,000 flights.")[0])
    assert f.agrees(figures("Airlines cancelled 6,400 flights.")[0])


def test_sums_compare_across_scales_and_spellings():
    [a] = figures("The port lost $1.08 billion last year.")
    [b] = figures("The port lost $1080m last year.")
    assert a.agrees(b) and a.kind == b.kind == "money:$"


def test_a_sum_rounded_to_fewer_decimals_agrees_with_the_sum():
    [exact] = figures("The port paid 260.75bn euros for the depot.")
    [whole] = figures("The port paid 261bn euros for the depot.")
    assert exact.agrees(whole) and whole.agrees(exact)
    assert figures("It paid $9.37bn.")[0].agrees(figures("It paid $9.4bn.")[0])
    assert not figures("It paid $9.37bn.")[0].agrees(figures("It paid $9.3bn.")[0])
    assert not figures("94.6% voted to strike.")[0].agrees(figures("94% voted to strike.")[0])
    assert not figures("The fraud cost £5.7bn.")[0].agrees(figures("The fraud cost £5.8bn.")[0])
    assert not figures("Airlines cancelled 6,600 flights.")[0].agrees(figures("Airlines cancelled 7,000 flights.")[0])


def test_a_range_is_one_figure_of_two_ends():
    [f] = figures("Insured losses will be between $400m and $1.5bn, the modeller said.")
    assert f.span and (f.lo, f.hi) == (400e6, 1.5e9)


def test_from_one_figure_to_another_is_a_change_not_a_range():
    cut = figures("The fund is to cut its growth forecast for the Tarvel economy from 1.8% to 0.8%.")
    assert [(f.lo, f.span) for f in cut] == [(1.8, False), (0.8, False)]
    fell = figures("Staff numbers at Harwick Rail fell from 155,000 to 110,000 over the decade.")
    assert not any(f.span for f in fell)
    # a bare first end ("from 5 to 7.5%") is no range either
    rose = figures("The Tarvel sales tax rose from 5 to 7.5% in May.")
    assert not any(f.span for f in rose)
    [ranging] = figures("Tickets for the Harwick final sell at prices ranging from £19 to £29.")
    assert ranging.span and (ranging.lo, ranging.hi) == (19, 29)


def test_a_cut_forecast_is_no_range_to_set_against_another():
    a = doc("a", "The fund is to cut its 2005 growth forecast for the Tarvel economy from 1.8% to 0.8%, the paper said.")
    b = doc("b", "Growth in Harwick for the three months to December was 0.7-0.8%, ahead of the 0.6% forecast.")
    assert conflicts(a, b) == []


def test_a_coarse_duration_holds_the_days_a_finer_one_names():
    [weeks] = figures("The seven-week stoppage ended on Monday.")
    [days] = figures("Workers returned after a 52-day stoppage.")
    assert weeks.agrees(days)


def test_over_before_a_duration_means_during():
    [share, years] = figures("The union asked for a 40% raise over three years.")
    assert years.lo == years.hi or years.hi < figures("a four-year deal")[0].lo


def test_ages_years_and_distances_are_not_counts():
    assert figures("The singer, who died aged 27 in 1971, was buried 800 miles away.") == ()


@pytest.mark.parametrize("text", [
    "The Harwick poet died on 26 February at his home.",
    "The Tarvel coach was found dead at his home on December 18.",
    "Those who died in the crash were Tom Reed, 46, from Harwick, and Ann Vale, 37.",
    "The Tarvel conductor has died in Harwick at 50.",
    "The Harwick comedy beat Night of the Dead and Tarvel 2 to the prize.",
])
def test_a_day_of_a_month_an_age_or_a_title_beside_a_death_is_no_count_of_the_dead(text):
    assert figures(text) == ()


def test_a_count_of_the_dead_stays_beside_a_date_or_an_age():
    assert [f.text for f in figures("The Harwick floods of 3 May killed 12 people.")] == ["12"]
    assert [f.text for f in figures("In January 25 people died in the Tarvel floods.")] == ["25"]
    assert [f.kind for f in figures("Harwick said 12 died in the blast.")] == ["deaths"]
    assert [f.text for f in figures("The death toll in Harwick stood at 50.")] == ["50"]


def test_the_dead_are_counted_by_the_words_around_the_number():
    kinds = [f.kind for f in figures("The flood killed at least 144 people and left 732 others injured.")]
    assert kinds == ["deaths", "injured"]
    assert figures("The ministry raised the death toll from the flood to 2,886.")[0].kind == "deaths"


def test_a_count_of_the_dead_or_missing_together_is_of_neither_alone():
    assert [f.kind for f in figures("At least 300 people were killed or injured in the Harwick blast.")] == ["count"]
    assert figures("The number of Tarvel citizens dead or missing has reached 440.") == ()
    a = doc("a", "Eleven Tarvel citizens are confirmed dead, with 158 others missing after the flood.")
    b = doc("b", "The number of Tarvel citizens dead or missing after the flood has reached 440.")
    assert conflicts(a, b) == []


def test_missing_before_a_count_is_a_verb_unless_it_follows_people():
    assert figures("Tom Reed has been under fire for missing the Harwick vote, along with 16 other MPs.") == ()
    assert [f.kind for f in figures("The number of people missing after the Tarvel flood rose to 440.")] == ["missing"]


def test_a_casualty_word_after_other_words_is_no_count_of_casualties():
    assert [f.kind for f in figures("Under the plan 168 public bodies would go, the Harwick council said.")] == ["count"]
    assert [f.kind for f in figures("The Tarvel drug may be linked to as many as 56,000 American deaths.")] == ["deaths"]
    assert [f.kind for f in figures("In Harwick 12 were killed and 40 injured in the blast.")] == ["deaths", "injured"]


def test_clock_times_read_parts_of_the_day_and_zones():
    [late] = clock_times("The vote closed at 2:40 a.m. local time.")
    [near] = clock_times("The chair closed the session shortly before 3am.")
    [part] = clock_times("The tremor struck in the early hours of Friday.")
    assert late.agrees(near) and late.agrees(part)
    assert not late.agrees(clock_times("It struck at 12:51 p.m.")[0])
    assert [t.zone for t in clock_times("at 03:00 local time (23:00 GMT)")] == ["", "GMT"]


# --- figures that disagree -------------------------------------------------------------------

def test_same_sum_converted_differently_is_a_conflict():
    a = doc("a", "Mr Halvorsen is accused of overseeing an $8bn (£4bn) fraud at the shipping firm.")
    b = doc("b", "The shipping firm had been overstating its accounts by $8bn (£6.5bn), auditors said.")
    [item] = conflicts(a, b)
    assert item.topic.startswith("Sum") and "£4bn vs £6.5bn" in item.topic


def test_the_same_sum_converted_alike_is_no_conflict():
    a = doc("a", "Mr Halvorsen is accused of overseeing an $8bn (£4bn) fraud at the shipping firm.")
    b = doc("b", "The shipping firm had been overstating its accounts by $8bn (£4bn), auditors said.")
    assert conflicts(a, b) == []


def test_a_duration_told_differently_is_a_conflict():
    a = doc("a", "The ferry crews went back to work after a 41-day stoppage at the northern port.")
    b = doc("b", "Crews at the northern port had stayed off the ferries for 43 days in all.")
    [item] = conflicts(a, b)
    assert item.topic.startswith("Duration") and item.topic.endswith(": 41-day vs 43 days")
    assert item.refs == [SentenceRef(0, 0), SentenceRef(1, 0)]


@pytest.mark.parametrize("parties, told, retold, again, kind", [
    (("Harwick Foods", "Tarvel Arts"), "The bankers held four days of talks in the city.",
     "The festival ran for five days in the summer.", "Its festival ran for four days in the summer.", "Duration"),
    (("Harwick Foods", "Tarvel Bank"), "Pre-tax profits rose 15% from a year ago to reach a record.",
     "Pre-tax profits rose 18% from a year ago to reach a record.",
     "Pre-tax profits rose 15% from a year ago to reach a record.", "Share"),
])
def test_figures_of_reports_naming_no_party_in_common_are_two_stories(parties, told, retold, again, kind):
    """However alike their words, two figures are one quantity only where their reports name a
    party in common (a, b: none; b, c: both name the second party)."""
    harwick, tarvel = (ActorFact(name, "organization") for name in parties)
    a = doc("a", f"{harwick.name} reported its news.", told)
    b = doc("b", f"{tarvel.name} reported its news.", retold)
    assert conflicts(a, b, actors=[harwick, tarvel]) == []
    c = doc("c", f"{tarvel.name} reported its news.", again)
    [item] = conflicts(b, c, actors=[harwick, tarvel])
    assert item.topic.startswith(kind)


def test_durations_tied_only_by_rare_units_of_two_sizes_are_two_quantities():
    a = doc("a", "The band headlined the three-day event in Harwick.")
    b = doc("b", "The singer also did 70 hours of community service.")
    assert conflicts(a, b) == []
    c = doc("c", "The singer also did 80 hours of community service.")
    assert len(conflicts(b, c)) == 1          # one unit: still one quantity told twice


def test_two_reports_giving_a_penalty_ceiling_differently_disagree():
    """The most a rule allows is one figure, however far apart the reports put it and whether the
    accused "could receive" it or "faces" it; without "maximum" the two are two bans."""
    a = doc("a", "Under Tarvel league rules, the two riders could receive a maximum one-year ban.")
    b = doc("b", "The riders, both 30, face a maximum two-year ban if found guilty by the league.")
    [item] = conflicts(a, b)
    assert item.topic.startswith("Most allowed") and item.topic.endswith(": one-year vs two-year")
    c = doc("c", "Under Tarvel league rules, the two riders could receive a one-year ban.")
    d = doc("d", "The riders, both 30, face a two-year ban if found guilty by the league.")
    assert conflicts(c, d) == []


def test_a_penalty_ceiling_and_a_penalty_given_are_two_quantities():
    a = doc("a", "The former Harwick treasurer faces a maximum of eight years in jail for the pension fraud, the court heard.")
    b = doc("b", "The former Harwick treasurer was given six years in jail for the pension fraud, the court heard.")
    assert conflicts(a, b) == []
    c = doc("c", "The former Harwick treasurer was given seven years in jail for the pension fraud, the court heard.")
    assert len(conflicts(b, c)) == 1          # two penalties given still disagree


@pytest.mark.parametrize("text, kinds", [
    ("Tom Reed faces up to five years in jail and a fine of up to £5,000.", [{"custody"}, {"money"}]),
    ("Under Tarvel rules, the riders could receive a maximum one-year ban.", [{"bar"}]),
    ("The council fined up to 2,000 traders under the new rules.", [set()]),        # a count: no penalty's figure
    ("Tom Reed was jailed for five years and fined £5,000.", [set(), set()]),          # penalties given
])
def test_a_ceiling_is_read_where_maximum_or_up_to_sets_a_penalty_told_in_its_figure(text, kinds):
    assert [set(ceiling(text, f)) for f in figures(text)] == kinds


def test_ceilings_of_two_kinds_of_penalty_or_of_two_people_are_two_quantities():
    a = doc("a", "The Harwick coach faces a maximum two-year ban from the sport.")
    b = doc("b", "The Harwick coach faces a maximum of three years in prison if convicted.")
    assert conflicts(a, b) == []
    g = doc("g", "Under the Tarvel council's plans, market traders would face a fine of a maximum of £4,000.")
    h = doc("h", "Market traders now face a fine of a maximum of £2,500, the Tarvel council said.")
    assert conflicts(g, h) == []              # a ceiling proposed and the one in force
    vale, reed = person("Ann Vale"), person("Tom Reed")
    c = doc("c", "Ann Vale faces a maximum one-year ban from the Tarvel league.")
    d = doc("d", "Tom Reed faces a maximum two-year ban from the Tarvel league.")
    assert conflicts(c, d, actors=[vale, reed]) == []


def test_a_forecast_and_its_outcome_are_no_conflict():
    a = doc("a", "Last week, the riders' league said more than 250 clubs would meet legally on the first day of the new rules.")
    b = doc("b", "Some 270 clubs met legally on the first day of the new rules, the riders' league said.")
    assert conflicts(a, b) == []
    c = doc("c", "Some 250 clubs met legally on the first day of the new rules, the riders' league said.")
    assert len(conflicts(b, c)) == 1          # two reports of what happened still disagree


def test_a_count_of_the_number_of_something_counts_that_thing():
    assert figures("The number of ferries sued rose to 49.")[0].noun == ("ferries", "sued")
    assert figures("That brought to 49 the number of ferries the port has sued.")[0].noun == ("ferries",)
    assert figures("The total number of ferries is 12, the port said.")[0].noun == ("ferries",)
    assert figures("The number of ferries rose by 40.") == ()                  # a change, not a count
    assert figures("The number of ferries, the port said, is 12.") == ()        # across a clause break


def test_a_count_told_as_the_number_of_a_thing_disagrees_with_a_count_of_that_thing():
    a = doc("a", "Orvane Dairies has sued 45 banks as it tries to reclaim money paid before its collapse.")
    b = doc("b", "That brought to 49 the number of banks that Orvane Dairies has sued, a mass of legal action.")
    [found] = conflicts(a, b)
    assert "45" in found.topic and "49" in found.topic


def test_a_bound_in_a_report_does_not_tell_two_figures_apart():
    a = doc("a", "The lender Calvane restated earnings by $5bn last year after a probe of its books.")
    b = doc("b", "Its rival Ostrel could have to restate its earnings by up to $9bn, regulators said.",
            "Calvane was forced to restate its earnings by $4.4bn last year after a probe of its books.")
    [found] = conflicts(a, b)
    assert "$5bn" in found.topic and "$4.4bn" in found.topic
    c = doc("c", "Its rival Ostrel could have to restate its earnings by $5bn, regulators said.",
            "Calvane was forced to restate its earnings by $4.4bn last year after a probe of its books.")
    assert conflicts(a, c) == []        # a value of its own: the report tells the two apart


def test_a_share_price_a_move_reached_is_no_conflict_with_the_price_at_another_time():
    a = doc("a", "Brenmoor's shares were suspended at A$4.25 before the offer for the winemaker.")
    b = doc("b", "Brenmoor's shares rose 12% to A$4.76 on news of the offer for the winemaker.")
    assert conflicts(a, b) == []
    c = doc("c", "The offer for the winemaker values Brenmoor at A$4.25bn, its board said.")
    d = doc("d", "The offer for the winemaker values Brenmoor at A$4.76bn, its board said.")
    assert len(conflicts(c, d)) == 1        # a sum, not a price that moves


def test_a_figure_of_no_named_month_is_of_the_month_its_report_opens_on():
    a = doc("a", "The Veltrian economy created fewer jobs than expected in January, official figures show.",
            "Even so, a fall in jobseekers pushed the Veltrian jobless rate down to 5.2%.")
    b = doc("b", "Veltrian employers kept hiring at a steady pace, official figures show.",
            "The Veltrian jobless rate stayed at 5.4% in December, the figures show.")
    assert conflicts(a, b) == []
    c = doc("c", "The Veltrian economy created fewer jobs than expected in December, official figures show.",
            "Even so, a fall in jobseekers pushed the Veltrian jobless rate down to 5.2%.")
    assert len(conflicts(c, b)) == 1        # the same month: two readings of it


def test_a_figure_read_as_of_its_reports_opening_month_is_not_joined_to_another_months_by_a_third():
    a = doc("a", "The Veltrian economy created fewer jobs than expected in January, official figures show.",
            "Even so, a fall in jobseekers pushed the Veltrian jobless rate down to 5.2%.")
    b = doc("b", "Veltrian employers kept hiring at a steady pace, official figures show.",
            "The Veltrian jobless rate stayed at 5.4% in December, the figures show.")
    d = doc("d", "Veltrian employers kept hiring at a steady pace, official figures show.",
            "The Veltrian jobless rate was 5.3%, the figures show.")
    assert not any({0, 1} <= {r.doc for r in found.refs} for found in conflicts(a, b, d))


def test_a_figure_in_a_condition_and_one_that_happened_are_no_conflict():
    a = doc("a", "If the charity single sold 500,000 copies, more than £1m would be raised for the Tarvel appeal.")
    b = doc("b", "The first charity single for the Tarvel appeal sold 750,000 copies in its first week.")
    assert conflicts(a, b) == []
    c = doc("c", "The first charity single for the Tarvel appeal sold 650,000 copies in its first week.")
    assert len(conflicts(b, c)) == 1          # two reports of what happened still disagree


def test_a_figure_followed_by_a_comparison_is_a_difference_not_a_quantity():
    a = doc("a", "The new £200 harbour rebate for pensioners did nothing for the Tarvel fishermen, Tom Reed said.")
    b = doc("b", "The harbour rebate for pensioners was £300 less than what Tarvel was offering, Tom Reed said.")
    assert conflicts(a, b, actors=[person("Tom Reed")]) == []


def test_minutes_on_a_game_clock_are_moments_not_durations():
    a = doc("a", "Tom Reed came on for Vale after 76 minutes with the Harwick game already won.")
    b = doc("b", "Tarvel scored on 80 minutes, but Harwick held on to win the game.")
    assert conflicts(a, b, actors=[person("Tom Reed")]) == []


def test_minutes_before_a_game_ends_are_moments_not_durations():
    a = doc("a", "Tom Reed put Harwick ahead with ten minutes left in the game against Tarvel.")
    b = doc("b", "Tarvel conceded the winner against Harwick twelve minutes from time in the game.")
    assert conflicts(a, b, actors=[person("Tom Reed")]) == []
    c = doc("c", "Tarvel and Harwick stood for twelve minutes in silence before the game.")
    d = doc("d", "Tarvel and Harwick stood for ten minutes in silence before the game.")
    assert len(conflicts(c, d)) == 1          # spans of time told differently still disagree


def test_undated_market_levels_and_moves_are_no_conflict():
    a = doc("a", "Tarvel light crude fell $2.86 to $41.32 a barrel on the Harwick exchange.")
    b = doc("b", "Tarvel light crude closed up $2.80 to $43.15 a barrel on the Harwick exchange.")
    assert conflicts(a, b) == []
    c = doc("c", "Tarvel light crude closed down 51 cents at $44.38 a barrel on the Harwick exchange.")
    d = doc("d", "Tarvel light crude closed at $40.15 a barrel on the Harwick exchange.")
    assert conflicts(c, d) == []


def test_figures_told_of_two_named_periods_are_two_quantities():
    # two months' readings of one survey, a year's growth and a year's to March
    a = doc("a", "The average Tarvel house price fell to £180,200 in October, the Harwick survey said.")
    b = doc("b", "The average Tarvel house price was £190,300 in November, the Harwick survey said.")
    assert conflicts(a, b) == []
    e = doc("e", "Tarvel's economy grew 6.9% in 2004, its finance ministry said.")
    f = doc("f", "In the year to March 2004, Tarvel's economy grew by 8.5%, its finance ministry said.")
    assert conflicts(e, f) == []
    # one period told two ways still disagrees
    c = doc("c", "The average Tarvel house price was £186,000 in October, the Harwick survey said.")
    assert len(conflicts(a, c)) == 1
    g = doc("g", "Tarvel's economy grew by 8.5% in 2004, its finance ministry said.")
    assert len(conflicts(e, g)) == 1


def test_a_figure_of_no_named_period_does_not_join_two_periods_figures():
    a = doc("a", "The average Tarvel house price fell to £180,200 in October, the Harwick survey said.")
    b = doc("b", "The average Tarvel house price was £190,300 in November, the Harwick survey said.")
    d = doc("d", "The average Tarvel house price was £185,000, the Harwick survey said.")
    assert not any({0, 1} <= {r.doc for r in found.refs} for found in conflicts(a, b, d))


def test_where_a_move_starts_and_where_another_ends_are_two_periods_levels():
    a = doc("a", "The Tarvel jobless rate went up to 5.7% from 5.4% in September, the Harwick office said.")
    b = doc("b", "Strong hiring pushed down the Tarvel jobless rate to 5.2%, the Harwick office said.")
    assert conflicts(a, b) == []
    c = doc("c", "The Tarvel jobless rate rose from 5.1% in September, the Harwick office said.")
    assert len(conflicts(a, c)) == 1          # two starts of one move still disagree


def test_figures_told_of_two_places_are_two_quantities():
    places = [country("Veltria"), country("Quorna")]
    a = doc("a", "The Harwick survey found the average house price was £192,700 in Veltria and £139,500 in Quorna.")
    b = doc("b", "The average house price in Veltria and Quorna was £182,900, down from £187,900, the Harwick survey said.")
    assert conflicts(a, b, actors=places) == []
    c = doc("c", "The average house price in Veltria was £182,900, the Harwick survey said.")
    assert len(conflicts(a, c, actors=places)) == 1       # one place told two ways still disagrees


def test_a_projected_figure_and_an_outcome_are_no_conflict():
    a = doc("a", "The Tarvel budget deficit is projected to peak at $427bn, the Harwick office said.")
    b = doc("b", "The Tarvel budget deficit hit a record $412bn, the Harwick office said.")
    assert conflicts(a, b) == []
    c = doc("c", "The Tarvel budget deficit hit a record $430bn, the Harwick office said.")
    assert len(conflicts(b, c)) == 1


def test_prices_per_unit_traded_read_on_two_days_are_no_conflict():
    # a price per barrel, ounce or share moves from day to day, told as a level or a move alike
    a = doc("a", "Tarvel crude prices surged back above the $47 a barrel mark on Thursday after a watchdog raised its forecasts.")
    b = doc("b", "Cold weather has pushed Tarvel crude prices above $50 a barrel for the first time in three months.")
    assert conflicts(a, b) == []
    c = doc("c", "Tarvel crude prices rose to $47 a barrel on Thursday after a watchdog raised its demand forecasts.",
            published="2005-02-11")
    d = doc("d", "Cold weather in the north pushed Tarvel crude prices to $50 a barrel on Tuesday.", published="2005-02-09")
    assert conflicts(c, d) == []
    # a sum that is no price per unit still compares
    e = doc("e", "The Harwick mill was sold for $800m to a consortium after a watchdog raised its forecasts.")
    f = doc("f", "The Harwick mill was sold for $900m to a consortium after a watchdog raised its forecasts.")
    assert len(conflicts(e, f)) == 1


def test_undated_moves_of_a_share_price_are_no_conflict():
    # a share price moves through the day: "by noon" and "closed" are two moments
    a = doc("a", "Shares in Harwick United closed up 4.75% on Monday following a new offer from Tom Reed.")
    b = doc("b", "Shares in Harwick United were up over 5% by noon on Monday following a new offer from Tom Reed.")
    assert conflicts(a, b) == []
    # a share of something else, in the same words, still compares
    c = doc("c", "Tom Reed now owns 28.1% of Harwick United following a new offer on Monday.")
    d = doc("d", "Tom Reed now owns 25.2% of Harwick United following a new offer on Monday.")
    assert len(conflicts(c, d)) == 1


def test_a_phase_of_a_game_and_a_moment_ahead_are_not_durations():
    a = doc("a", "Harwick reasserted their authority in the final 10 minutes of the Tarvel cup game.")
    b = doc("b", "The defining moments of the Tarvel cup game came with Harwick under pressure in the final 12 minutes.")
    assert conflicts(a, b) == []
    c = doc("c", "Harwick next face Tarvel at home in two weeks' time before the title decider.")
    d = doc("d", "Harwick and Tarvel face a potential title decider at home in three weeks' time.")
    assert conflicts(c, d) == []


def test_the_span_since_a_record_is_no_duration_told_twice():
    a = doc("a", "Norland's unemployment rate fell to its lowest level in three years in December, the ministry said.")
    b = doc("b", "Estavia's unemployment rate rose to its highest level in four years in December, its ministry said.")
    assert conflicts(a, b) == []


def test_a_span_after_a_word_only_ending_in_est_is_still_a_duration():
    a = doc("a", "The ferry crews went back to work after a protest at the northern port that lasted for 41 days.")
    b = doc("b", "Crews at the northern port had stayed off the ferries in protest for 43 days in all.")
    [item] = conflicts(a, b)
    assert item.topic.endswith(": 41 days vs 43 days")


def test_a_race_time_after_an_ordinal_is_still_a_duration():
    a = doc("a", "Ann Vale finished third in the Harwick 60m final in 7.27 seconds on Sunday.")
    b = doc("b", "Ann Vale finished third in the Harwick 60m final on Sunday, clocking 7.29 seconds.")
    [item] = conflicts(a, b, actors=[person("Ann Vale")])
    assert item.topic.startswith("Duration")


def test_figures_of_two_parties_are_not_one_quantity():
    a = doc("a", "Shares in Orvane rose 8.1% after the regulator approved the new drug trial.")
    b = doc("b", "Belcastro shares rose 10.7% after the regulator approved the new drug trial.")
    actors = [ActorFact("Orvane", "organization"), ActorFact("Belcastro", "organization")]
    assert conflicts(a, b, actors=actors) == []


def test_a_party_named_only_after_anothers_figure_holds_a_figure_of_its_own():
    # the first report names Tom Reed only after Ann Vale's count: his count is another quantity
    actors = [person("Ann Vale"), person("Tom Reed")]
    a = doc("a", "Singer Ann Vale - who leads the race for this year's Harwick awards with 10 nominations - "
                 "rose to fame writing songs for Tom Reed.")
    b = doc("b", "Tom Reed has 12 nominations for the Harwick awards, which will be held in May.")
    assert conflicts(a, b, actors=actors) == []
    # where the second report names her, as the holder or not, the two may still be one count
    c = doc("c", "Ann Vale has 12 nominations for the Harwick awards, which will be held in May.")
    [item] = conflicts(a, c, actors=actors)
    assert item.topic.startswith("Number of nominations")


def test_figures_owned_by_two_countries_after_a_pronoun_are_not_one_quantity():
    a = doc("a", "He said Veltria's economy grew 6.9% in 2004, the fastest pace in years.")
    b = doc("b", "Officials said Castorra's economy grew by 8.1% in 2004, the fastest pace in years.")
    assert conflicts(a, b, actors=[country("Veltria"), country("Castorra")]) == []
    c = doc("c", "Officials said Veltria's economy grew by 8.1% in 2004, the fastest pace in years.")
    assert len(conflicts(a, c, actors=[country("Veltria"), country("Castorra")])) == 1


def test_a_bound_reaching_a_figure_ties_no_conversions():
    # "as much as $6bn" takes in "$4bn", but the two deals are not said to be one sum
    a = doc("a", "Orvane is to supply Kestrel Jet with up to 50 jets in a deal that could be worth as much as "
                 "$6bn (£3.1bn) for the maker.")
    b = doc("b", "Tarvel Air has placed an order for 70 Orvane jets, in a deal valued at $4bn (£2.1bn) which "
                 "should lead to new jobs.")
    assert conflicts(a, b) == []


def test_a_conversion_rounded_from_another_ties_no_conversions():
    # "$22m" is "$21.6m" rounded: their conversions differ as much as they do
    a = doc("a", "Due to the holiday, the Harwick thriller opened on Wednesday, bringing its total takings to "
                 "$21.6m (£11.4m).")
    b = doc("b", "The thriller went straight to the top spot after taking $22m (£11.7m) at the box office.")
    assert conflicts(a, b) == []


def test_one_round_sum_in_two_stories_ties_no_conversions():
    # 1bn euros of costs and a 1bn-euro sale share only their currency
    a = doc("a", "\"There is a risk that we will go over by around 10%, which is about 1bn euros (£686m),\" "
                 "he told Tarvel Radio.")
    b = doc("b", "Ann Vale began a visit to Harwick on Monday by signing a deal worth 1bn euros (£690m) "
                 "for the sale of 23 ferries.")
    assert conflicts(a, b) == []
    c = doc("c", "Tom Reed signed a deal worth 1bn euros (£650m) for the sale of 23 ferries in Harwick.")
    assert len(conflicts(b, c)) == 1


def test_two_deals_of_one_party_with_two_others_are_not_one_sum():
    actors = [ActorFact("Tarvel Air", "organization"), ActorFact("Orvane", "organization"),
              ActorFact("Kestrel Jet", "organization")]
    a = doc("a", "Tarvel Air has ordered 70 Orvane planes in a deal valued at $4bn, the airline said.")
    b = doc("b", "Orvane will supply Kestrel Jet with 50 planes in a deal valued at $5bn, the airline said.")
    assert conflicts(a, b, actors=actors) == []
    c = doc("c", "Tarvel Air has ordered 70 Orvane planes in a deal valued at $5bn, the airline said.")
    assert len(conflicts(a, c, actors=actors)) == 1


def test_sums_of_a_period_named_from_undated_reports_days_are_not_one_quantity():
    a = doc("a", "The top ten films at Harwick cinemas took $12.5m at the weekend, the chain said.")
    b = doc("b", "This weekend's top ten films at Harwick cinemas took $14.2m, the chain said.")
    assert conflicts(a, b) == []
    c = doc("c", "The top ten films at Harwick cinemas took $12.5m over the festival, the chain said.")
    d = doc("d", "The top ten films at Harwick cinemas took $14.2m over the festival, the chain said.")
    assert len(conflicts(c, d)) == 1


def test_a_rare_count_told_of_two_different_people_is_not_one_quantity():
    # two matches: nothing but the rare unit ties the counts, and each names its own player
    actors = [person("Ann Vale"), person("Eva Lund")]
    a = doc("a", "The match lasted almost three hours and featured 13 service breaks, including three in the "
                 "final set when Vale held her nerve.")
    b = doc("b", "The pair traded 16 service breaks during an exhausting baseline battle, with Lund taking the "
                 "eighth game of the final set.")
    assert conflicts(a, b, actors=actors) == []
    c = doc("c", "The pair traded 16 service breaks during an exhausting baseline battle in the final set.")
    assert len(conflicts(a, c, actors=actors)) == 1


def test_two_rare_ranges_of_shares_are_not_tied_by_their_rarity():
    # a story gives shares of many things: inflation and growth are two, though both are ranges
    a = doc("a", "Tom Reed added that inflation is expected to remain at between 3% and 6% until at least 2008.")
    b = doc("b", "In Tarvel, growth will be between 4.7% and 4.8%, the ministry said.")
    assert conflicts(a, b) == []


def test_two_ranges_of_shares_with_one_end_in_common_are_not_tied_by_it():
    a = doc("a", "Harwick Bank is forecasting growth of 2% this year, below the Tarvel minister's forecast of 3% to 3.5%.")
    b = doc("b", "Looking ahead, Vale Telecom forecast sales growth of between 3% and 5% over the next three years.")
    assert conflicts(a, b) == []


def test_net_and_gross_figures_are_not_one_quantity():
    a = doc("a", "The carmaker has more than $45 billion in net debt after a weak year of sales.")
    b = doc("b", "The carmaker has $58 billion of debt after a weak year of sales, analysts said.")
    assert conflicts(a, b) == []


def test_a_toll_is_dated_by_its_own_as_of_day_else_by_its_reports_month():
    a = doc("a", "The landslide killed at least 120 people, officials said.", published="2031-05-02")
    b = doc("b", "The landslide has left at least 410 people dead as of May 9, officials said.", published="2031-05")
    c = doc("c", "Rescuers said the landslide had killed 265 people.", published="2031-05")
    [item] = conflicts(a, b, c)
    assert item.topic == "Death toll (rising): at least 410 on 9 May, 265 in May, at least 120 on 2 May"


def test_a_figure_rising_over_more_than_a_year_shows_the_years():
    a = doc("a", "The outage grounded more than 6,000 flights, the airline said.", published="2031-07-31")
    b = doc("b", "A review found the outage grounded 7,000 flights in all.", published="2032-05-19")
    [item] = conflicts(a, b)
    assert item.topic.endswith(": 7,000 on 19 May 2032, more than 6,000 on 31 Jul 2031")


def test_a_report_that_gives_both_values_tells_two_quantities_apart():
    a = doc("a", "Dockers rejected the offer of a 35% wage increase over the life of the contract.")
    b = doc("b", "The new contract includes a 38% wage increase over the life of the contract.",
            "It follows the 35% wage increase dockers rejected last month.")
    assert conflicts(a, b) == []


def test_a_figure_rising_with_the_reports_dates_is_an_update_latest_first():
    a = doc("a", "The landslide killed at least 120 people, officials said.", published="2031-05-02")
    b = doc("b", "The number of people who died in the landslide has risen to 410.", published="2031-05-05")
    c = doc("c", "Rescuers said the landslide had killed 265 people.", published="2031-05-03")
    [item] = conflicts(a, b, c)
    assert item.topic == "Death toll (rising): 410 on 5 May, 265 on 3 May, at least 120 on 2 May"
    assert [r.doc for r in item.refs] == [1, 2, 0]


def test_a_reports_smaller_counts_of_the_dead_are_parts_of_its_toll():
    a = doc("a", "The landslide killed 265 people, including 40 deaths in the market town.")
    b = doc("b", "Rescuers said the landslide had killed 265 people.")
    assert conflicts(a, b) == []


def test_a_toll_of_a_report_naming_nothing_the_others_name_is_another_disasters():
    actors = [country("Veltria"), ActorFact("Harwick Rail", "organization")]
    a = doc("a", "The flood in Veltria has killed at least 2,500 people.")
    b = doc("b", "Officials in Veltria said the flood had killed more than 3,000 people.")
    c = doc("c", "Harwick Rail said 191 people were killed when the train left the tracks.")
    [item] = conflicts(a, b, c, actors=actors)
    assert "191" not in item.topic and "2,500" in item.topic and "3,000" in item.topic


# --- times and days --------------------------------------------------------------------------

def test_one_event_at_two_clock_times_is_a_conflict():
    a = doc("a", "The assembly finally adopted the charter at 2:40 a.m. local time after long talks.")
    b = doc("b", "Delegates finally adopted the charter at 03:00 local time, ending the talks.")
    [item] = conflicts(a, b)
    assert item.topic == "Time: 2:40 a.m. vs 03:00"


def test_a_clock_time_heading_times_the_sentence_after_it():
    a = doc("a", "Governor Ambler declared a curfew at 11 p.m. in a televised address.")
    b = doc("b", "How the night unfolded.", "10:23 p.m.", "Governor Ambler declares a curfew in a televised address.")
    [item] = conflicts(a, b, actors=[person("Ruth Ambler")])
    assert item.topic == "Time: 11 p.m. vs 10:23 p.m."
    assert SentenceRef(1, 1) in item.sides[1]


def test_different_events_at_different_times_are_no_conflict():
    a = doc("a", "The assembly adopted the charter at 2:40 a.m. local time.")
    b = doc("b", "Protesters gathered outside the assembly at 6 p.m. to march on the square.")
    assert conflicts(a, b) == []


def test_one_event_told_alike_on_two_days_is_a_conflict():
    a = doc("a", "The regional assembly adopted the new water charter on Saturday after long talks.")
    b = doc("b", "The regional assembly adopted the new water charter on Sunday after long talks.")
    [item] = conflicts(a, b)
    assert item.topic == "Day: on Saturday vs on Sunday"


def test_one_quantity_measured_on_two_days_is_no_event_put_on_two_days():
    # the day rule leaves such a pair alone: two values of one kind, none in common
    from briefing.analysis.account_conflicts import measured_apart
    assert measured_apart("In late trading, the krona reached $1.2871 against the euro, from $1.2974 on Thursday.",
                          "This compares with $1.354 to the euro in late trading on Friday, then a record low.")
    assert not measured_apart("The assembly adopted the $300m water charter on Saturday.",
                              "The assembly adopted the $300m water charter on Sunday.")
    assert not measured_apart("The assembly adopted the water charter on Saturday after 30 hours of talks.",
                              "The assembly adopted the water charter on Sunday, $300m in all.")


def test_one_event_told_with_the_same_sum_on_two_days_is_still_a_conflict():
    a = doc("a", "The regional assembly adopted the $300m water charter on Saturday after long talks.")
    b = doc("b", "The regional assembly adopted the $300m water charter on Sunday after long talks.")
    [item] = conflicts(a, b)
    assert item.topic == "Day: on Saturday vs on Sunday"


# --- places ----------------------------------------------------------------------------------

CUP_IN_BRANNOCK = "Harwick's only other cup title came in 2001, when they beat Tarvel in Brannock."


def test_one_event_put_in_different_places_by_two_reports_disagrees():
    a = doc("a", CUP_IN_BRANNOCK)
    b = doc("b", "Harwick's only other cup title came three years ago in Oskeld, when they beat Tarvel.")
    [item] = conflicts(a, b)
    assert item.topic == "Place: Brannock vs Oskeld"
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 0)]]


def test_a_report_naming_both_places_does_not_disagree_on_the_place():
    a = doc("a", CUP_IN_BRANNOCK)
    b = doc("b", "Harwick's only other cup title came three years ago in Oskeld, not in Brannock, when they beat Tarvel.")
    assert conflicts(a, b) == []


def test_months_after_in_are_no_places():
    a = doc("a", "Harwick's ferry sales fell sharply in March, the port authority said on its website.")
    b = doc("b", "Harwick's ferry sales fell sharply in April, the port authority said on its website.")
    assert not [item for item in conflicts(a, b) if item.topic.startswith("Place")]


def test_events_told_in_different_words_are_not_compared_on_their_places():
    a = doc("a", "Tarvel beat Harwick in Brannock on a wet night.")
    b = doc("b", "Tarvel will open a new ferry office in Oskeld next spring, the council said.")
    assert conflicts(a, b) == []


# --- claims and denials ----------------------------------------------------------------------

def test_denial_of_a_reported_claim_is_paired():
    a = doc("a", "A new book claims the minister promised his deputy he would resign before the election.")
    b = doc("b", "The minister has dismissed reports he promised his deputy he would resign before the election.")
    [item] = conflicts(a, b)
    assert item.topic.startswith("Claim and denial: he promised his deputy")
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 0)]]


def test_a_denial_of_claims_described_after_a_comma_is_named_by_the_claims():
    a = doc("a", "The claims about Ann Vale's part in the harbour sale were made in a book published this week.")
    b = doc("b", "The council has denied the claims, made in a new book about the Tarvel harbour sale.")
    [item] = conflicts(a, b, actors=[person("Ann Vale")])
    assert item.topic.startswith("Claim and denial: the claims made in a new book about")


def test_a_denial_of_that_quote_answers_the_sentence_before():
    a = doc("a", "The memoir claimed that the envoy told the mayor: \"I will never trust you again.\"",
            "The envoy directly denied that quote on Monday.")
    [item] = conflicts(a)
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(0, 1)]]


def test_a_denial_of_these_claims_answers_speculation_told_before_it():
    a = doc("a", "There was speculation the two councillors were trying to outdo each other over the flood fund.",
            "But the mayor said she had discussed these claims with them and dismissed them as a fantasy.")
    [item] = conflicts(a)
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(0, 1)]]
    assert item.topic == "Claim and denial: the two councillors were trying to outdo each other over…"


def test_a_denial_of_the_charges_answers_the_allegation_told_before_it():
    a = doc("a", "Prosecutors have alleged that Tom Reed moved the harbour fund's money to his own firm.",
            "Mr Reed has denied all the charges, saying he was unaware of the transfers.")
    [item] = conflicts(a, actors=[person("Tom Reed")])
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(0, 1)]]
    assert item.topic == "Claim and denial: Tom Reed moved the harbour fund's money to his own…"


def test_a_charge_told_in_other_words_by_another_report_is_answered_by_the_denial():
    a = doc("a", "Prosecutors have alleged that Mr Reed directed Ann Vale to hide the true state of the "
                 "harbour accounts by giving false figures to its auditors.")
    b = doc("b", "Speaking in court, Mr Reed rejected allegations he pressured the fund's former treasurer "
                 "Ann Vale to falsify the harbour accounts.")
    [item] = conflicts(a, b, actors=[person("Tom Reed", "Mr Reed"), person("Ann Vale")])
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 0)]]
    assert item.topic.startswith("Claim and denial: he pressured the fund's former treasurer")


def test_a_charge_the_denier_makes_or_one_on_another_matter_answers_no_denial():
    denial = doc("b", "Speaking in court, Mr Reed rejected allegations he pressured the fund's former treasurer "
                      "Ann Vale to falsify the harbour accounts.")
    people = [person("Tom Reed", "Mr Reed"), person("Ann Vale")]
    # the denier charging another: a party does not deny its own charges
    made = doc("a", "Mr Reed has alleged that Ann Vale hid the true state of the harbour accounts from the "
                    "auditors.")
    # the denier charged with something else: too few of the denied words
    other = doc("a", "The mayor accused Mr Reed of missing three council meetings on the harbour.")
    assert conflicts(made, denial, actors=people) == []
    assert conflicts(other, denial, actors=people) == []


def test_a_denial_of_few_words_answers_the_claim_told_before_it():
    a = doc("a", "The Harwick Gazette claimed that the two ferry firms will merge next spring.",
            "The firms denied that they are about to merge, but said they would share berths.")
    [item] = conflicts(a)
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(0, 1)]]
    assert item.topic == "Claim and denial: the two ferry firms will merge next spring"


def test_a_denial_of_few_words_by_an_unnamed_denier_answers_nothing():
    # shown as a version, "He denied ..." would not say whose denial it is
    a = doc("a", "The Harwick Gazette claimed that the two ferry firms will merge next spring.",
            "He denied that they are about to merge, but said they would share berths.")
    assert conflicts(a) == []


def test_a_denial_of_few_words_answers_no_words_of_plain_saying_before_it():
    a = doc("a", 'Tom Reed told the radio: "Those who write these books have to know the cost."',
            "Ann Vale dismissed claims of broken promises, saying the deal was done.")
    assert conflicts(a, actors=[person("Tom Reed"), person("Ann Vale")]) == []


def test_an_argument_dismissed_answers_speculation_told_before_it():
    a = doc("a", "There was speculation the two councillors were trying to outdo each other over the flood fund.",
            "But this argument was dismissed as a fantasy by the mayor.")
    [item] = conflicts(a)
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(0, 1)]]
    assert item.topic.startswith("Claim and rebuttal: ")


def test_a_denial_after_a_plain_fact_answers_nothing():
    a = doc("a", "The two councillors were trying to outdo each other over the flood fund.",
            "But the mayor said she had discussed these claims with them and dismissed them as a fantasy.")
    assert conflicts(a) == []


def test_a_claim_and_its_denial_copied_in_two_reports_are_one_item():
    told = ("There were rumours Tom Reed would quit if he was not offered a new contract.",
            "But he denied that, saying he was happy at Tarvel.")
    [item] = conflicts(doc("a", *told), doc("b", "Tarvel won again on Saturday.", *told))
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(0, 1)]]


def test_a_clause_denied_without_that_answers_the_claim_told_just_before_it():
    a = doc("a", "Ann Vale has suggested the harbour police could have been involved in the fire at the depot.",
            "Tom Reed denied the harbour police were involved.")
    [item] = conflicts(a, actors=[person("Ann Vale"), person("Tom Reed")])
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(0, 1)]]
    assert item.topic == "Claim and denial: the harbour police could have been involved in the fire…"


def test_a_clause_denied_without_that_is_not_looked_for_in_other_reports():
    # its few plain words meet sentences of other matters: only the claim just before it is answered
    a = doc("a", "The harbour police said they had been involved in the search for the missing boat.")
    b = doc("b", "Tarvel won again on Saturday.", "Tom Reed denied the harbour police were involved in the fire.")
    assert conflicts(a, b, actors=[person("Tom Reed")]) == []


def test_a_clause_denied_without_that_after_a_plain_fact_answers_nothing():
    a = doc("a", "The harbour police were at the depot when the fire started.",
            "Tom Reed denied the harbour police were involved.")
    assert conflicts(a, actors=[person("Tom Reed")]) == []


def test_a_clause_denied_without_that_has_no_that_clause_in_its_subject():
    # "Harwick claims that he had ...": the claims are what is denied, not a clause "claims ... had"
    assert short_denial("Tom Reed denied Harwick claims that he had sold the land to a ferry firm.") is None


def test_a_denial_of_an_earlier_report_is_paired_with_the_report():
    a = doc("a", "A Tarvel paper reported that Ann Vale planned to sell the harbour depot to a ferry firm.")
    b = doc("b", "Ann Vale denied an earlier report that she planned to sell the harbour depot to a ferry firm.")
    [item] = conflicts(a, b, actors=[person("Ann Vale")])
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 0)]]


@pytest.mark.parametrize("denial", [
    "Critics say the harbour board hid a loss of five million pounds, a claim denied by the board.",
    "Critics say the harbour board hid a loss of five million pounds, a charge the board denies.",
    "Critics say the harbour board hid a loss of five million pounds, which the board strongly denies.",
    "Critics say the harbour board hid a loss of five million pounds, something the board denies.",
    "Tom Reed's claim that the harbour board hid a loss of five million pounds was strongly denied by the board.",
])
def test_a_claim_told_before_its_denial_is_looked_for_in_other_reports(denial):
    a = doc("a", "Tom Reed said the harbour board had hidden a loss of five million pounds from the council.")
    b = doc("b", denial)
    [item] = conflicts(a, b, actors=REED)
    assert item.topic.startswith("Claim and denial: ")
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 0)]]


def test_a_claim_told_in_its_denial_answers_no_talk_near_it():
    # the sentence holds the claim it denies: talk told beside it is of another matter
    a = doc("a", "Critics say the harbour board hid a loss of five million pounds, a claim denied by the board.",
            "There has been speculation that the board will sell its ferry berths next year.")
    assert conflicts(a) == []


def test_talk_a_denial_tells_itself_is_paired_with_the_deniers_answer_after_it():
    # no other report tells the claim: the denial states it, the denier's answer follows
    a = doc("a", "Ann Vale has angrily rejected claims that the Tarvel crew is a fading force in rowing.",
            "The crew ended last season without a title for the first time in six years.",
            'But Vale said: "That is not fair, we have been training hard."')
    [item] = conflicts(a, actors=[person("Ann Vale")])
    assert item.topic == "Claim and denial: the Tarvel crew is a fading force in rowing"
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(0, 2)]]


@pytest.mark.parametrize("after", [
    'But the coach said: "That is not fair, they have been training hard."',   # another party
    'Ms Vale\'s crew won the Harwick cup in May.',                             # no words of hers
    '"Tom Reed carries the whole town on his shoulders," said Vale.',          # words on another matter
])
def test_talk_a_denial_tells_itself_is_no_item_without_the_deniers_own_answer(after):
    a = doc("a", "Ann Vale has angrily rejected claims that the Tarvel crew is a fading force in rowing.", after)
    assert conflicts(a, actors=[person("Ann Vale"), person("Tom Reed")]) == []


def test_a_denial_of_talk_by_someone_unnamed_is_no_item():
    a = doc("a", "She has angrily rejected claims that the Tarvel crew is a fading force in rowing.",
            'But Vale said: "That is not fair, we have been training hard."')
    assert conflicts(a, actors=[person("Ann Vale")]) == []


def test_a_bid_which_a_party_rejected_is_no_claim_denied():
    assert denial_object("The Tarvel firm offered five million pounds for the harbour depot, which the board "
                         "rejected.") is None


def test_an_act_denied_by_its_gerund_is_looked_for_in_other_reports():
    a = doc("a", "Prosecutors said Ann Vale had moved the harbour fund's money to a Tarvel ferry firm.")
    b = doc("b", "Ann Vale denies moving the harbour fund's money to a Tarvel ferry firm and says she will sue.")
    [item] = conflicts(a, b, actors=[person("Ann Vale")])
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 0)]]
    assert item.topic == "Claim and denial: moving the harbour fund's money to a Tarvel ferry firm"


@pytest.mark.parametrize(("text", "denied"), [
    ("Ann Vale has denied being \"leaned on\" by the harbour board to sign the ferry lease.",
     "being leaned on by the harbour board to sign the ferry lease."),
    ("Tom Reed has always denied ever taking money from the ferry firm, although he met its owner.",
     "taking money from the ferry firm"),
])
def test_a_gerund_denial_denies_the_act_to_its_end(text, denied):
    assert denial_object(text) == (denied, False)


@pytest.mark.parametrize("text", [
    "The passengers were denied boarding on the ferry to Tarvel after the harbour strike.",
    "Ann Vale denied anything had gone wrong at the harbour board's meeting.",
    "The council denies engaging in campaigning.",      # too few plain words to find the claim by
])
def test_what_is_no_gerund_denial_to_look_for(text):
    assert denial_object(text) is None


@pytest.mark.parametrize("text", [
    "Tom Reed denied Ann Vale a place in the side as he was poised to strike.",
    "Ann Vale has been denied a visa she was promised by the council.",
    "He was denied entry the club had promised him.",
    "The keeper denied Harwick, Tarvel and Vale as they were pressing.",
    "Only two of the permits denied under the old rule would have been granted under the new one.",
    "Tarvel denies ferry comeback\n\nThe council has said there are no plans for a new ferry.",
])
def test_deny_as_refuse_or_prevent_is_no_denial_of_a_clause(text):
    assert denial_object(text) is None and short_denial(text) is None


@pytest.mark.parametrize("text", [
    "Critics challenged the mayor to deny reports that she had sold the land.",
    "The mayor failed to deny claims that she had sold the land.",
    "\"I cannot deny that we made a lot of mistakes in those years,\" the mayor said.",
    "A fiercely contested budget was approved on Sunday.",
    "The two owners, who hold a 29% stake in Harwick United, will reject any formal offer for the club.",
    "He denied this plan was opportunism, insisting the party's policies on fees were popular with voters.",
    "Under the settlement Harwick Bank \"neither admits nor denies the allegations\".",
    "The ministry said it had no word from the Tarvel authorities to confirm or deny the report.",
])
def test_what_is_not_a_denial(text):
    assert denial_object(text) is None


# --- claims and rebuttals; A and not-A --------------------------------------------------------

def org(name: str, *aliases: str) -> ActorFact:
    return ActorFact(name, "organization", aliases=list(aliases))


def test_a_party_said_to_be_wrong_is_paired_with_what_it_said():
    a = doc("a", "The appeal judges said the harbour permits were unlawful because they ignored the wetland survey.")
    b = doc("b", "The minister said the appeal judges were simply wrong to imply the permits ignored the survey.")
    [item] = conflicts(a, b, actors=[org("Appeal Judges"), person("Edvin Marsh")])
    assert item.topic == "Claim and rebuttal: the permits ignored the survey"
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 0)]]


def test_a_partys_argument_called_baseless_is_paired_with_the_argument():
    a = doc("a", "The ferry operator argues that the port's new fees broke the 2019 lease.",
            "Port chief Ada Lind said the operator's argument \"has no basis\" in the lease.")
    [item] = conflicts(a, actors=[org("Ferry Operator", "operator"), person("Ada Lind")])
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(0, 1)]]
    assert item.topic.startswith("Claim and rebuttal: the port's new fees broke")


def test_rejecting_a_partys_claim_is_a_rebuttal():
    a = doc("a", "Northvale Water claims that the reservoir will be full by June.")
    b = doc("b", "Farmers' leaders rejected Northvale Water's claim, pointing to the dry spring.")
    [item] = conflicts(a, b, actors=[org("Northvale Water")])
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 0)]]


def test_a_rebutted_contention_is_paired_only_with_a_claim_in_its_words():
    actors = [person("Ann Vey"), person("Tom Reid")]
    a = doc("a", "Coach Ann Vey insisted she was furious after the referee's decisions on Sunday.")
    b = doc("b", "Tom Reid rejected Vey's contention that her side dominated the scrums.")
    assert conflicts(a, b, actors=actors) == []
    c = doc("c", "Coach Ann Vey said her side dominated the scrums in the second half.")
    [item] = conflicts(a, b, c, actors=actors)
    assert item.sides == [[SentenceRef(2, 0)], [SentenceRef(1, 0)]]
    assert item.topic == "Claim and rebuttal: her side dominated the scrums"


def test_an_answer_rebuts_the_claim_told_just_before_it():
    a = doc("a", "The landlord's lawyer argued that the tenants had broken the lease by keeping goats.",
            "But this argument was dismissed as \"fanciful\" by the judge.")
    [item] = conflicts(a)
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(0, 1)]]
    assert item.topic == "Claim and rebuttal: the tenants had broken the lease by keeping goats"
    b = doc("b", "The tenants kept three goats and a pony in the yard behind the flats.",
            "But the idea was rejected by the judge at the hearing.")
    assert conflicts(b) == []       # the sentence before tells no claim
    c = doc("c", "The landlord's lawyer argued that the tenants had broken the lease by keeping goats.",
            "\"That is complete nonsense,\" the tenants' lawyer said.")
    assert conflicts(c) == []       # shown alone, "That" would point to nothing the reader has


@pytest.mark.parametrize("answer", ["But the claim was denied by a spokesman for the Harwick Party.",
                                    "The allegations have been strongly denied by the Harwick Party.",
                                    "The accusations were rejected by the Harwick Party on Monday."])
def test_a_passive_denial_answers_the_claim_told_just_before_it(answer):
    a = doc("a", "Tom Reed accused the Harwick Party of signing a secret deal with the Tarvel League.", answer)
    [item] = conflicts(a, actors=REED)
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(0, 1)]]
    # a claim opening on "He" does not say whose it is: shown as a version, it would dangle
    b = doc("b", "He accused the Harwick Party of signing a secret deal with the Tarvel League.", answer)
    assert conflicts(b, actors=REED) == []


def test_a_clause_called_wrong_without_a_party_is_paired_with_its_report():
    a = doc("a", "A union leaflet claims the harbour ferry will stop running on winter weekends.")
    b = doc("b", "The council said it was wrong to suggest the harbour ferry would stop running on winter weekends.")
    [item] = conflicts(a, b)
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 0)]]
    c = doc("c", "The council said claims of a ferry strike were untrue.")
    assert conflicts(a, c) == []


def test_agreement_and_a_rebuttal_of_a_silent_party_are_no_conflict():
    actors = [org("Appeal Judges"), person("Edvin Marsh")]
    a = doc("a", "The appeal judges said the harbour permits were unlawful because they ignored the wetland survey.")
    b = doc("b", "The minister said the appeal judges were right to say the permits ignored the survey.")
    assert conflicts(a, b, actors=actors) == []
    c = doc("c", "The harbour permits were signed in March after a long inquiry.")
    d = doc("d", "The minister said the appeal judges were simply wrong to imply the permits ignored the survey.")
    assert conflicts(c, d, actors=actors) == []
    e = doc("e", "If the appeal judges were wrong to say so, the minister said, the permits stand.")
    assert conflicts(a, e, actors=actors) == []


def test_a_matter_told_as_a_and_as_not_a_by_two_reports_is_a_conflict():
    a = doc("a", "\"The new grazing rule is quite fair,\" the farm minister said.")
    b = doc("b", "Landowners say the grazing rule is unfair and impossible to enforce.")
    [item] = conflicts(a, b)
    assert item.topic == "Whether the grazing rule is fair: quite fair vs unfair"
    c = doc("c", "Landowners say the grazing rule is no longer fair after the ruling.")
    assert len(conflicts(a, c)) == 1


def test_a_and_not_a_in_one_report_need_two_speakers():
    actors = [org("Harbour Board"), org("Ferry Union")]
    a = doc("a", "The Harbour Board says the new berth is safe for the larger ferries.",
            "The Ferry Union says the new berth is unsafe in high winds.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == "Whether the berth is safe: safe vs unsafe"
    b = doc("b", "The Harbour Board says the new berth is safe for the larger ferries.",
            "The Harbour Board says the old berth is unsafe in high winds.")
    assert conflicts(b, actors=actors) == []


@pytest.mark.parametrize("other", [
    "It is unfair that the grazing rule will be enforced, landowners say.",         # no subject
    "The grazing rule is unfair and impossible to enforce.",                        # the reporter's own words
    "Landowners say the grazing rule is not fair.",                                 # a bare "not"
])
def test_what_is_not_a_matter_told_as_not_a(other):
    a = doc("a", "\"The new grazing rule is quite fair,\" the farm minister said.")
    assert conflicts(a, doc("b", other)) == []


def test_a_participle_is_not_the_opposite_of_its_stem():
    a = doc("a", "The panel chair said the board was appointed in May.")
    b = doc("b", "The panel chair said the board was disappointed in May.")
    assert conflicts(a, b) == []



# --- two parties' views set against each other -----------------------------------------------

REED = [person("Tom Reed")]


def test_a_view_a_report_sets_against_another_partys_is_a_conflict():
    a = doc("a", "Tom Reed says the new permits will cut traffic in Harwick.",
            "But opponents say similar permits in Tarvel have not reduced a single queue.")
    [item] = conflicts(a, actors=REED)
    assert item.topic == "Views differ: Tom Reed vs opponents"
    assert [side[0].sentence for side in item.sides] == [0, 1]


def test_views_of_two_classes_of_people_set_against_each_other_are_an_item():
    a = doc("a", "Ministers say the new permits will cut traffic in Harwick.",
            "But opponents say similar permits in Tarvel have not reduced a single queue.")
    [item] = conflicts(a, actors=REED)
    assert item.topic == "Views differ: Ministers vs opponents"


@pytest.mark.parametrize("opponents", ["Critics say", "Opponents of the scheme argue", "Sceptics have warned"])
def test_a_party_named_for_its_opposition_answers_the_view_before_it_without_a_contrast(opponents):
    a = doc("a", "Tom Reed says the new permits will cut traffic in Harwick.",
            f"{opponents} that similar permits in Tarvel have not reduced a single queue.")
    [item] = conflicts(a, actors=REED)
    assert item.topic.startswith("Views differ: Tom Reed vs ")
    assert [side[0].sentence for side in item.sides] == [0, 1]


def test_critics_after_a_plain_fact_answer_no_view():
    a = doc("a", "The new permits came into force in Harwick on Monday.",
            "Critics say similar permits in Tarvel have not reduced a single queue.")
    assert conflicts(a, actors=REED) == []


@pytest.mark.parametrize("first, second", [("Some", "others"), ("Many", "others"), ("Some", "many")])
def test_views_of_parties_named_by_a_quantifier_alone_are_no_item(first, second):
    a = doc("a", f"{first} say the new permits will cut traffic in Harwick.",
            f"But {second} say similar permits in Tarvel have not reduced a single queue.")
    assert conflicts(a, actors=REED) == []


def test_a_view_after_a_lead_in_or_named_in_an_apposition_is_answered():
    actors = [org("Harwick Council"), org("Tarvel Ferries"), person("Tom Reed")]
    a = doc("a", "In recent weeks, Harwick Council has reiterated its claims that the lease is still binding.",
            "However, Tarvel Ferries argues that the sale of its depot ended the lease.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == "Views differ: Harwick Council vs Tarvel Ferries"
    b = doc("b", "The harbour's owner, Tom Reed, has said the new berth is safe for larger ferries.",
            "But Tarvel Ferries said the berth was too shallow at low tide.")
    [item] = conflicts(b, actors=actors)
    assert item.topic == "Views differ: Tom Reed vs Tarvel Ferries"


@pytest.mark.parametrize("view, answer, topic", [
    ("Wenlow crofters have reacted with anger, saying the grazing rule will ruin small farms.",
     "But Harwick Council says the rule protects the moor from overgrazing.",
     "Views differ: Wenlow crofters vs Harwick Council"),
    ("Ferry unions want the council to withdraw the new winter rota.",
     "But Harwick Council said the rota would go ahead in April.",
     "Views differ: Ferry unions vs Harwick Council"),
    ("According to Tom Reed, the new berth is deep enough for larger ferries.",
     "But Tarvel Ferries said the berth was too shallow at low tide.",
     "Views differ: Tom Reed vs Tarvel Ferries"),
])
def test_a_view_told_by_a_participle_an_aim_or_according_to_a_party_is_answered(view, answer, topic):
    actors = [org("Harwick Council"), org("Tarvel Ferries"), person("Tom Reed")]
    [item] = conflicts(doc("a", view, answer), actors=actors)
    assert item.topic == topic


def test_a_denial_told_with_a_participle_is_no_view_to_answer():
    a = doc("a", "The harbour master also denied the reports, saying he was never pressed to sign.",
            "But the ferry unions say they want the full inspection published.")
    assert conflicts(a, actors=REED) == []


def test_a_speaker_is_labelled_by_the_actor_its_phrase_ends_on():
    actors = [org("Harwick Council"), person("Tom Reed")]
    a = doc("a", "A Harwick Council spokesman said the lease was still binding.",
            "But Tom Reed said the sale of the depot had ended it.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == "Views differ: Harwick Council spokesman vs Tom Reed"


def test_a_party_answering_by_the_role_of_the_one_named_may_be_that_one():
    minister = ActorFact("Ann Vale", "person", role="justice minister")
    a = doc("a", "Ann Vale said the new orders were one of many measures being weighed.",
            "However, the minister said ending the abuse at matches was a key aim.")
    assert conflicts(a, actors=[minister]) == []
    b = doc("b", "Ann Vale said the new orders were one of many measures being weighed.",
            "However, the mayor said the orders would never be used.")
    assert len(conflicts(b, actors=[minister])) == 1



def test_a_party_answering_by_what_the_one_named_is_or_wrote_may_be_that_one_but_not_by_another_office():
    actors = [org("Harwick Institute"), person("Ann Vale")]
    for answer in ("However, the economics think tank said growth could still recover.",
                   "However, the report warned that exports would fall."):
        a = doc("a", "Harwick Institute said growth would slow to 2% next year.", answer)
        assert conflicts(a, actors=actors) == []
    b = doc("b", "Ann Vale says she is standing by her remarks about the harbour.",
            "But the prime minister says it is time for Ms Vale to say sorry.")
    assert len(conflicts(b, actors=actors)) == 1


@pytest.mark.parametrize("view", [
    'The harbour charges are "a fair deal for every town", Ann Vale said.',       # the speaker closes it
    '"The harbour charges are a fair deal for every town," Ann Vale said on Monday.',  # ...a quotation too
    '"The harbour charges are a fair deal for every town," said Ann Vale.',       # ...after its verb
    'The harbour charges are a fair deal, says the council leader, Ann Vale.',    # ...described first
])
def test_a_view_whose_speaker_closes_the_sentence_is_answered(view):
    actors = [person("Ann Vale"), person("Tom Reed")]
    a = doc("a", view, "But Tom Reed said the charges would drive trade to Tarvel.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == "Views differ: Ann Vale vs Tom Reed"


def test_a_clause_after_a_closing_speaker_is_no_description_of_the_speaker():
    actors = [person("Ann Vale"), person("Tom Reed")]
    a = doc("a", "Traffic was still growing, said Ann Vale, but she did not think the charges would help.",
            "But Tom Reed said such warnings were premature.")
    assert conflicts(a, actors=actors) == []


def test_a_quotation_closed_by_a_pronoun_goes_on_with_the_view_before_it():
    actors = [person("Ann Vale"), person("Tom Reed")]
    a = doc("a", "Ann Vale said the harbour charges were fair.",
            '"They are a fair deal for every town," she said.',
            "But Tom Reed said the charges would drive trade to Tarvel.")
    [item] = conflicts(a, actors=actors)
    assert [side[0].sentence for side in item.sides] == [0, 2]


@pytest.mark.parametrize("going_on", [
    "Public opinion would force them to change, she told the radio.",
    "Public opinion would force them to change, she told BBC Radio Harwick's morning programme.",
])
def test_a_clause_whose_speaker_closes_it_by_a_pronoun_goes_on_with_the_view_before_it(going_on):
    actors = [person("Ann Vale"), person("Tom Reed")]
    a = doc("a", "Ann Vale has said the council will cut the harbour charges despite the mayor's refusal.",
            going_on, "But Tom Reed said there would be no change in the council's stance.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == "Views differ: Ann Vale vs Tom Reed"
    assert [side[0].sentence for side in item.sides] == [0, 2]


@pytest.mark.parametrize("view", [
    '"The harbour charges are a fair deal for every town," Ann Vale told the council.',
    'Ann Vale told the radio the harbour charges were "a fair deal for every town".',
])
def test_a_party_telling_someone_its_view_in_its_own_quoted_words_is_answered(view):
    actors = [person("Ann Vale"), person("Tom Reed")]
    a = doc("a", view, "But Tom Reed said the charges would drive trade to Tarvel.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == "Views differ: Ann Vale vs Tom Reed"


@pytest.mark.parametrize("report, topic", [
    ("Harwick United were reported to have bid £3m for the Tarvel striker this week.",
     "Reported and answered: Harwick United were reported to have bid £3m for the…"),
    ("Tom Reed is out of contract, but it is understood that the club will not raise its offer.",
     "Reported and answered: the club will not raise its offer"),
])
def test_a_report_no_party_is_named_as_making_is_answered_by_a_party_named(report, topic):
    a = doc("a", report, "But Ann Vale said the club would avoid a bidding war.")
    [item] = conflicts(a, actors=[person("Ann Vale"), person("Tom Reed")])
    assert item.topic == topic
    assert [side[0].sentence for side in item.sides] == [0, 1]


@pytest.mark.parametrize("verb", ["reportedly", "allegedly"])
def test_a_report_told_as_reportedly_made_is_answered_by_a_party_named(verb):
    a = doc("a", f"Harwick United have {verb} offered £3m for the Tarvel striker this week.",
            'But Ann Vale told the radio the bid was "a waste of paper".')
    [item] = conflicts(a, actors=[person("Ann Vale")])
    assert item.topic.startswith(f"Reported and answered: Harwick United have {verb} offered £3m")
    assert [side[0].sentence for side in item.sides] == [0, 1]


def test_reportedly_in_a_sentence_a_party_states_leaves_its_view_to_that_party():
    # the sentence tells Tom Reed's view (his own words), not talk no party is named as making
    a = doc("a", "Tom Reed said the club had reportedly offered £3m for the Tarvel striker.",
            "But Ann Vale said the club would avoid a bidding war.")
    [item] = conflicts(a, actors=[person("Ann Vale"), person("Tom Reed")])
    assert item.topic == "Views differ: Tom Reed vs Ann Vale"


def test_an_estimate_no_party_is_named_as_making_is_no_report_answered():
    a = doc("a", "The harbour painting is thought to be worth £3m.", "But Ann Vale said the club would avoid a bidding war.")
    assert conflicts(a, actors=[person("Ann Vale")]) == []


def test_a_denial_answering_a_view_is_paired_with_the_sentence_saying_what_it_denies():
    actors = [person("Tom Reed"), person("Ann Vale")]
    a = doc("a", "Tom Reed, of the harbour board, said the survey would be sent to the council.",
            "He said the new berth had flooded twice since the spring.",
            "But Ms Vale, who manages the berth, denied it had ever flooded.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == "Views differ: Tom Reed vs Ann Vale"
    assert [side[0].sentence for side in item.sides] == [1, 2]
    b = doc("b", "Harbour users claimed the closure was caused by the dredging.",
             "But board chairman Tom Reed has denied the claims.")
    [item] = conflicts(b, actors=actors)        # once: as the denial of the claim before it
    assert item.topic == "Claim and denial: the closure was caused by the dredging"




@pytest.mark.parametrize("view, first", [
    ("Tarvel Ports - its owner - admitted this week that the berth was 40m euros over budget.", "Tarvel Ports"),
    ("Campaigner Ann Vale has called on the council to scrap the berth and refund the traders.", "Ann Vale"),
    ("Campaigner Ann Vale pointed out that the berth had cost twice what was planned.", "Ann Vale"),
    ("Campaigner Ann Vale stressed that the berth would block the channel in winter.", "Ann Vale"),
    ("Ann Vale, of the Harwick traders' group, spoke of \"broken promises\" over the berth.", "Ann Vale"),
    ("Tarvel Ports described the berth's cost as \"out of control\" in a letter to traders.", "Tarvel Ports"),
])
def test_a_party_taking_a_side_without_a_verb_of_saying_is_a_view_a_contrast_answers(view, first):
    actors = [person("Tom Reed"), person("Ann Vale"), org("Tarvel Ports")]
    a = doc("a", view, "But harbour master Tom Reed denied this, saying the berth was on budget.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == f"Views differ: {first} vs Tom Reed"


@pytest.mark.parametrize("view, first", [
    ("Some harbour users are concerned that the new berth could block the channel.", "harbour users"),
    ("Tarvel Ports has expressed doubt as to whether the new berth could be built this year.", "Tarvel Ports"),
    ("Campaigner Ann Vale has raised questions about whether the berth was ever surveyed.", "Ann Vale"),
    ("Ferry firms are keen for the council to open the new berth by the spring.", "Ferry firms"),
    ("Tarvel Ports is opposed to any berth north of the old customs house.", "Tarvel Ports"),
])
def test_a_party_telling_its_stance_rather_than_its_words_is_a_view_a_contrast_answers(view, first):
    actors = [person("Tom Reed"), person("Ann Vale"), org("Tarvel Ports")]
    a = doc("a", view, "But harbour master Tom Reed said the berth was safe and would open in May.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == f"Views differ: {first} vs Tom Reed"


@pytest.mark.parametrize("answer, second", [
    ("But harbour users are sceptical that the berth will ever take larger ferries.", "harbour users"),
    ("However, Ann Vale is furious that her fleet was not consulted.", "Ann Vale"),
    ("But Tarvel Ports has expressed doubts about the depth of the channel.", "Tarvel Ports"),
])
def test_a_party_opposing_a_view_by_its_stance_after_a_contrast_answers_it(answer, second):
    actors = [person("Tom Reed"), person("Ann Vale"), org("Tarvel Ports")]
    a = doc("a", "Harbour master Tom Reed said the new berth was safe and would open in May.", answer)
    [item] = conflicts(a, actors=actors)
    assert item.topic == f"Views differ: Tom Reed vs {second}"


@pytest.mark.parametrize("verb", ["lambasted", "berated", "castigated", "slammed"])
def test_a_party_lambasting_another_tells_a_view_a_contrast_answers(verb):
    actors = [person("Tom Reed"), person("Ann Vale"), org("Tarvel Ports")]
    a = doc("a", f"Harbour master Tom Reed {verb} Tarvel Ports for the delays to the new berth.",
            "But Ann Vale said the delays were the council's own doing.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == "Views differ: Tom Reed vs Ann Vale"


def test_an_office_the_story_gives_another_person_is_not_the_party_answering():
    actors = [ActorFact("Tom Reed", "person", role="Harwick harbour master", aliases=["Mr Reed"]),
              ActorFact("Ann Vale", "person", role="Tarvel harbour master", aliases=["Ms Vale"])]
    a = doc("a", "The Harwick harbour master said last week that the new berth should be closed until the survey is done.",
            "However, Ms Vale said the berth was safe and should stay open.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == "Views differ: Harwick harbour master vs Ann Vale"


def test_an_office_the_story_gives_the_party_answering_is_that_party():
    actors = [ActorFact("Tom Reed", "person", role="Harwick harbour master", aliases=["Mr Reed"]),
              ActorFact("Ann Vale", "person", role="Tarvel harbour master", aliases=["Ms Vale"])]
    a = doc("a", "The Tarvel harbour master said last week that the new berth should be closed until the survey is done.",
            "However, Ms Vale said the berth could open for small ferries.")
    assert conflicts(a, actors=actors) == []


def test_a_party_keen_or_confident_after_a_contrast_takes_no_opposing_side():
    actors = [person("Tom Reed"), person("Ann Vale")]
    a = doc("a", "Harbour master Tom Reed said the new berth was safe and would open in May.",
            "But Ann Vale is confident that her fleet will use it by the summer.")
    assert conflicts(a, actors=actors) == []


def test_a_speaker_named_with_a_long_title_tells_a_view():
    actors = [person("Ann Vale", "Ms Vale"), person("Tom Reed")]
    a = doc("a", "New Harwick Harbour Board deputy chair Ann Vale has backed the berth, saying it is needed.",
            "But Mr Reed said the berth would harm the fishing fleet.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == "Views differ: Ann Vale vs Tom Reed"


def test_a_speaker_sharing_only_a_surname_with_an_actor_is_labelled_as_written():
    actors = [person("Tom Blair", "Mr Blair"), person("Ann Vale", "Ms Vale")]
    a = doc("a", "Harbour master Sir Ian Blair has backed the berth, saying it is needed.",
            "But Ms Vale said the berth would harm the fishing fleet.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == "Views differ: Ian Blair vs Ann Vale"


@pytest.mark.parametrize("answer, second", [
    ("But Simon Hale of the Harwick Society has questioned how the berth will be kept clear.", "Harwick Society"),
    ("But a spokesman for Ann Vale said the berth would harm the fishing fleet.", "Ann Vale"),
    ("But analysts at Tarvel Bank said the berth would never pay for itself.", "Tarvel Bank"),
])
def test_a_speaker_tied_to_a_body_or_person_by_a_preposition_tells_its_side(answer, second):
    actors = [person("Tom Reed"), person("Ann Vale"), org("Harwick Society"), org("Tarvel Bank")]
    a = doc("a", "Harbour master Tom Reed said he expected most boats would use the new berth.", answer)
    [item] = conflicts(a, actors=actors)
    assert item.topic == f"Views differ: Tom Reed vs {second}"


def test_two_named_parties_joined_by_and_tell_one_side():
    actors = [person("Tom Reed"), org("Harwick Council"), org("Tarvel Society")]
    a = doc("a", "Harwick Council and the Tarvel Society have said the berth's sums do not add up.",
            "But Tom Reed said traders faced a clear choice between the berth and higher charges.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == "Views differ: Tarvel Society vs Tom Reed"


@pytest.mark.parametrize("view, first", [
    ("The harbour plan has broad support from traders who say it would bring trade back.", "traders"),
    ("The plan was criticised by the Tarvel Society, which accused the council of rushing it.", "Tarvel Society"),
])
def test_a_view_told_in_a_relative_clause_of_the_sentence_before_is_answered(view, first):
    actors = [person("Tom Reed"), org("Tarvel Society")]
    a = doc("a", view, "But harbour master Tom Reed said the plan would close the channel to the fleet.")
    [item] = conflicts(a, actors=actors)
    assert item.topic == f"Views differ: {first} vs Tom Reed"


def test_a_stance_told_as_also_held_is_a_view_a_contrast_answers():
    a = doc("a", "Harbour users are also angry they will have only two days to object to the plans.",
            "But the council says the old permits run out soon so must be replaced quickly.")
    [item] = conflicts(a, actors=REED)
    assert item.topic == "Views differ: Harbour users vs council"


def test_a_stance_that_is_a_fact_of_the_party_is_no_view():
    actors = [person("Tom Reed"), org("Tarvel Ports")]
    a = doc("a", "Tarvel Ports is based in the old customs house by the harbour.",
            "But harbour master Tom Reed said the berth was safe and would open in May.")
    assert conflicts(a, actors=actors) == []


def test_a_party_answering_also_adds_to_what_was_said():
    actors = [person("Tom Reed"), person("Ann Vale")]
    a = doc("a", "A harbour chief has backed the new berth, saying traders would gain from it.",
            "However, harbour master Tom Reed also warned that much dredging was still needed.")
    assert conflicts(a, actors=actors) == []

@pytest.mark.parametrize("answer", [
    "But transport chief Tom Reed defended the charges, saying they would cut traffic.",
    "But transport chief Tom Reed accused Ms Vale of scaring shoppers for her own gain.",
    "But transport chief Tom Reed criticised her approach and called for a survey of shops.",
])
def test_a_party_defending_what_another_criticised_or_turning_on_it_answers_that_view(answer):
    actors = [person("Tom Reed"), person("Ann Vale", "Ms Vale")]
    a = doc("a", "Ms Vale said the new parking charges would drive shoppers out of Harwick.", answer)
    [item] = conflicts(a, actors=actors)
    assert item.topic == "Views differ: Ann Vale vs Tom Reed"


def test_two_copies_of_one_report_set_views_against_each_other_once():
    texts = ("Tom Reed says the new permits will cut traffic in Harwick.",
             "But opponents say similar permits in Tarvel have not reduced a single queue.")
    assert len(conflicts(doc("a", *texts), doc("b", *texts), actors=REED)) == 1


@pytest.mark.parametrize("allegation, answer", [
    ("He has alleged that the Harwick lenders knew of the losses but went on lending to the firm.",
     "The lenders insist they were the victims of false book-keeping."),
    ("The sale came shortly after Ann Vale claimed in her memoir that Tom Reed had misled the board.",
     "But Mr Reed insisted he sold the stake because the price was too good to refuse."),
])
def test_an_allegation_and_the_accused_partys_answer_are_an_item(allegation, answer):
    a = doc("a", "Tom Reed took over the Harwick dairy in May.", allegation, answer)
    [item] = conflicts(a, actors=[person("Tom Reed", "Mr Reed"), person("Ann Vale")])
    assert item.topic.startswith("Alleged and answered: ")
    assert [side[0].sentence for side in item.sides] == [1, 2]


@pytest.mark.parametrize("texts", [
    ("Ann Vale said the Harwick lenders would grow next year.",                                   # a view, not
     "The lenders insist they will grow next year."),                                             # an allegation
    ("The lenders alleged that Ann Vale knew of the losses.",                                     # the accuser
     "The lenders insist the losses were hidden from them."),                                     # holding firm
    ("He has alleged that the Harwick lenders knew of the losses.",                               # plain "said"
     "The lenders said their results would be out in May."),                                      # tells more
])
def test_what_is_no_allegation_answered_by_the_accused(texts):
    assert conflicts(doc("a", *texts), actors=[person("Ann Vale")]) == []


def test_a_view_goes_on_over_a_sentence_opening_on_a_pronoun():
    a = doc("a", "Tom Reed says the new permits will cut traffic in Harwick.",
            "He expects queues to halve by the spring.",
            "But opponents say similar permits in Tarvel have not reduced a single queue.")
    [item] = conflicts(a, actors=REED)
    assert [side[0].sentence for side in item.sides] == [0, 2]


def test_a_view_goes_on_over_a_sentence_in_which_its_named_speaker_adds_to_it():
    a = doc("a", "Tom Reed says the new permits will cut traffic in Harwick.",
            "Mr Reed added he would \"love\" to see the scheme copied in Tarvel.",
            "But Ann Vale said there were no plans for permits in Tarvel.")
    [item] = conflicts(a, actors=[person("Tom Reed", "Mr Reed"), person("Ann Vale")])
    assert item.topic == "Views differ: Tom Reed vs Ann Vale"
    assert [side[0].sentence for side in item.sides] == [0, 2]


def test_a_party_that_will_weigh_the_matter_takes_no_side_a_contrast_answers():
    actors = [person("Ann Vale"), person("Tom Reed")]
    a = doc("a", 'Ann Vale said: "We will need to study this detailed judgment before we decide."',
            "But Tom Reed said the judges had been right to quash the harbour permits.")
    assert conflicts(a, actors=actors) == []


def test_a_named_party_answering_another_is_labelled_by_its_actor_name():
    a = doc("a", "Council leader Ann Vale last week said the budget was \"a fair deal\" for the towns.",
            "However, Tom Reed said it would mean steep rises in every district.")
    [item] = conflicts(a, actors=[person("Ann Vale"), person("Tom Reed")])
    assert item.topic == "Views differ: Ann Vale vs Tom Reed"


def test_an_office_told_first_is_another_party_than_one_named_who_holds_another_role():
    a = doc("a", "The opposition leader said the harbour levy was a chance to question the whole budget.",
            "But Mr Reed said he had backed the levy from the start and backed it now.")
    [item] = conflicts(a, actors=[ActorFact("Tom Reed", "person", role="finance secretary")])
    assert item.topic == "Views differ: opposition leader vs Tom Reed"


def test_an_office_told_first_is_not_the_party_named_who_holds_its_shadow():
    a = doc("a", "The finance secretary said the harbour levy was a fair deal for the towns.",
            "But Mr Reed said rises were likely in every district.")
    [item] = conflicts(a, actors=[ActorFact("Tom Reed", "person", role="shadow finance secretary")])
    assert item.topic == "Views differ: finance secretary vs Tom Reed"


def test_an_office_told_first_may_be_the_party_named_who_holds_it():
    a = doc("a", "The finance secretary said the harbour levy was a fair deal for the towns.",
            "But Mr Reed said rises were likely in every district.")
    assert conflicts(a, actors=[ActorFact("Tom Reed", "person", role="finance secretary")]) == []


@pytest.mark.parametrize("texts", [
    ("Ann Vale said the budget was a fair deal.", "But she said rises were likely."),            # a pronoun
    ("Ann Vale said the budget was a fair deal.", "But Ms Vale said rises were likely."),         # the same party
    ("Party sources told the paper Ann Vale had always backed the plan.",                         # information
     "But the council insisted it would hold ministers to account."),                            # passed on
    ("Ann Vale said the budget was a fair deal.", "But a council spokesman said he could not comment."),
    ("Ann Vale said the budget was a fair deal.", "But the rises came later than planned."),     # no view
    ("Tarvel Ferries said the timetable was fixed.",                                              # may be
     "But the company said winter sailings could change."),                                      # the same
    ("Ann Vale met the towns on Monday.", "The council leader said the budget was a fair deal.",  # may be the
     "However, Ann Vale said rises were likely."),                                               # one named before
    ("Ann Vale said the budget was a fair deal.", "Some 40 towns kept their rates.",              # answers the
     "But campaigners said many families would pay more."),                                      # fact before
    ("The budget is a fair deal for the towns, said our correspondent.",                          # the outlet's
     "But Ms Vale said rises were likely."),                                                     # own reporter
    ("Ann Vale said the budget was a fair deal.",                                                 # one speaker
     "But committee member and harbour master Tom Reed said rises were likely."),                # described twice
])
def test_what_is_not_one_view_set_against_another(texts):
    actors = [person("Ann Vale", "Ms Vale"), org("Tarvel Ferries")]
    assert conflicts(doc("a", *texts), actors=actors) == []


def test_a_description_before_a_party_its_report_had_not_named_is_another_party():
    # "The council leader" points back to someone named before it, not to the party answering by
    # name for the first time
    a = doc("a", "The council leader said the budget was a fair deal.", "However, Ann Vale said rises were likely.")
    [item] = conflicts(a, actors=[person("Ann Vale", "Ms Vale")])
    assert item.topic == "Views differ: council leader vs Ann Vale"


def test_a_body_described_after_a_person_is_another_party():
    a = doc("a", "Ann Vale said the harbour levy was a fair deal for the towns.",
            "But the harbour agency is worried the levy will drive ferries to Tarvel.")
    [item] = conflicts(a, actors=[person("Ann Vale", "Ms Vale")])
    assert item.topic == "Views differ: Ann Vale vs harbour agency"


@pytest.mark.parametrize("texts", [
    ("The number of Harwick people filing initial jobless claims jumped to 3,600, the highest rate since May.",
     "However, long-term claims slipped to their lowest level since 2001."),
    ("Ann Vale's office also rejected the claims, saying the levy was fair.",
     "But Tom Reed says the levy should be dropped."),
])
def test_claims_as_a_noun_is_no_verb_of_saying(texts):
    assert conflicts(doc("a", *texts), actors=[person("Ann Vale"), person("Tom Reed")]) == []


def test_one_quotation_worded_two_ways_is_a_conflict():
    a = doc("a", "\"This plan is little more than a paper shield for the coast,\" the mayor told the council.")
    b = doc("b", "The mayor said: \"This plan is nothing more than a paper shield for the coast.\"")
    [item] = conflicts(a, b)
    assert item.topic == "Wording of a quotation: “little more than a paper shield for” vs " \
                         "“nothing more than a paper shield for”"


@pytest.mark.parametrize("other", [
    "The mayor said the plan was \"little more than a paper shield for our coastal defence\" and left.",  # excerpt
    "\"This plan is little more than a paper shield for our coastal defense,\" the mayor said.",  # spelling
    "\"This plan is little more than a paper shield for Mayor Dunn's coastal defence,\" she said.",  # a name
])
def test_excerpts_and_spellings_of_one_quotation_are_no_conflict(other):
    a = doc("a", "\"This plan is little more than a paper shield for our coastal defence,\" the mayor told the council.")
    assert conflicts(a, doc("b", other)) == []


# --- one role, one act, one outcome ----------------------------------------------------------

def test_one_role_given_to_two_people_is_a_conflict():
    a = doc("a", "Mr Dunmore, 58, is accused of being the mastermind behind the bond fraud.")
    b = doc("b", "Defence lawyers paint Ms Okafor, who has admitted fraud, as the mastermind behind the bond fraud.")
    actors = [person("Carl Dunmore"), person("Ada Okafor")]
    [item] = conflicts(a, b, actors=actors)
    assert item.topic == "Who is the mastermind: Carl Dunmore vs Ada Okafor"


def test_a_general_noun_after_the_is_no_role_two_people_can_be_given():
    a = doc("a", 'Tom Reed said: "Harwick, for me, is the man who can run and organise the game."')
    b = doc("b", 'Ann Vale said: "Tarvel was the man who, with his brother, made the club big."')
    actors = [person("Tom Reed"), person("Ann Vale"), person("Harwick"), person("Tarvel")]
    assert [i for i in conflicts(a, b, actors=actors) if i.topic.startswith("Who is")] == []


def test_a_superlative_alone_is_no_role_two_parties_can_be_given():
    # "the latest twist" and "were the latest" rank two things, they give no one role
    a = doc("a", "Harwick Oil's interest is the latest twist in a saga that has brought the depot to its knees.")
    b = doc("b", "Two managers from Tarvel Ferries and one from the port board were the latest.")
    actors = [ActorFact("Harwick Oil", "organization"), ActorFact("Tarvel Ferries", "organization")]
    assert [i for i in conflicts(a, b, actors=actors) if i.topic.startswith("Who is")] == []


def test_a_role_after_a_superlative_is_the_noun_it_ranks():
    a = doc("a", "Mr Dunmore, 58, is accused of being the biggest mastermind behind the bond fraud.")
    b = doc("b", "Defence lawyers paint Ms Okafor, who has admitted fraud, as the mastermind behind the bond fraud.")
    [item] = conflicts(a, b, actors=[person("Carl Dunmore"), person("Ada Okafor")])
    assert item.topic == "Who is the mastermind: Carl Dunmore vs Ada Okafor"


def test_two_countries_each_called_the_first_is_a_conflict():
    a = doc("a", "Norland, which sent two aircraft, became the first country to bring rescue teams to the valley.")
    b = doc("b", "Estavia's rescue team arrived on Saturday, becoming the first international rescue team in the valley.")
    [item] = conflicts(a, b, actors=[country("Norland"), country("Estavia")])
    assert item.topic == "Who was first (rescue): Norland vs Estavia"


def test_the_first_of_two_peoples_are_two_roles():
    a = doc("a", "After Ann Vale became the first Norlandic woman to win the Harwick open, two more followed.")
    b = doc("b", "Eva Lund became the first Estavian woman to win a round at the Harwick open on Wednesday.")
    assert conflicts(a, b, actors=[person("Ann Vale"), person("Eva Lund")]) == []


def test_two_firsts_of_one_class_of_people_at_different_things_are_two_roles():
    a = doc("a", "Tom Reed became the first man to defend the Harwick open title by beating Jon Lund in three sets.")
    b = doc("b", "Three runners were disqualified, including Eli Vance, who was the first man guilty of a false start.")
    assert conflicts(a, b, actors=[person("Tom Reed"), person("Eli Vance"), person("Jon Lund")]) == []


def test_a_first_hoped_for_is_no_claim_that_one_was_first():
    a = doc("a", "Norland, which sent two aircraft, became the first country to bring rescue teams to the valley.")
    b = doc("b", "Estavia is hoping to become the first country to bring rescue teams to the valley.")
    assert conflicts(a, b, actors=[country("Norland"), country("Estavia")]) == []


def test_parts_of_a_time_told_in_several_units_are_no_durations_of_their_own():
    a = doc("a", "Ann Vale set the Harwick course record in two hours 18 minutes 15 seconds.")
    b = doc("b", "Ann Vale finished the Harwick course in two hours 23 minutes, short of the record.")
    assert conflicts(a, b, actors=[person("Ann Vale")]) == []


def test_spans_in_units_two_steps_apart_are_not_one_duration():
    a = doc("a", "The Tarvel broadband trial in homes across Harwick lasted 12 months.")
    b = doc("b", "The Tarvel broadband trial offered 10,000 hours of shows in homes across Harwick.")
    assert conflicts(a, b) == []


def test_sums_whose_conversions_are_far_apart_are_two_sums():
    a = doc("a", "The Tarvel port authority paid $800m (£374m) for the harbour land last year.")
    b = doc("b", "The Tarvel port authority paid $500m (£379m) for the harbour land last year.")
    assert conflicts(a, b) == []
    c = doc("c", "The Tarvel port authority paid $800m (£390m) for the harbour land last year.")
    [item] = conflicts(a, c)                  # one sum, converted two ways, still disagrees
    assert item.topic.endswith("£374m vs £390m")


def test_a_count_is_labelled_by_the_lower_case_words_after_it_only():
    a = doc("a", "Harwick have lost eight of their last 13 matches - Tarvel coach Tom Reed says they will recover.")
    b = doc("b", "Since the final, Harwick have lost nine of their 14 matches - Tarvel coach Tom Reed is unworried.")
    [item] = conflicts(a, b, actors=[person("Tom Reed")])
    assert item.topic == "Number of matches: 13 vs 14"


def test_a_first_given_in_a_relative_clause_is_held_by_whom_the_clause_tells_of():
    a = doc("a", "Norland, which sent two aircraft, became the first country to bring rescue teams to the valley.")
    b = doc("b", "Teams from Harwick arrived on Sunday, behind Estavia, which became the first country to bring "
                 "rescue teams to the valley.")
    actors = [country("Norland"), country("Estavia"), country("Harwick")]
    [item] = conflicts(a, b, actors=actors)
    assert item.topic.startswith("Who was first") and item.topic.endswith(": Norland vs Estavia")


def test_a_verb_after_the_noun_a_role_names_is_no_role():
    a = doc("a", "Ann Vale's speech will be looked back on as the one that kicked off the Tarvel campaign.")
    b = doc("b", "Tom Reed said the Harwick council was the one that kicked off the Tarvel campaign cuts.")
    assert conflicts(a, b, actors=[person("Ann Vale"), person("Tom Reed")]) == []


def test_one_act_told_of_two_doers_is_a_conflict_only_with_the_same_third_party():
    a = doc("a", "Mr Harlan delivered a letter from the governor to Premier Vasko, extending an invitation to the "
                 "autumn harbour summit.")
    b = doc("b", "According to the ministry, Mr Tull has invited Premier Vasko to attend the autumn harbour summit.")
    actors = [person("Jon Harlan"), person("Ben Tull"), person("Edvin Vasko")]
    [item] = conflicts(a, b, actors=actors)
    assert item.topic == "Invitation: by Jon Harlan vs by Ben Tull"
    c = doc("c", "Mr Harlan pleaded guilty to fraud and agreed to assist the prosecutors with the case.")
    d = doc("d", "Mr Tull has already pleaded guilty to fraud and is assisting the prosecutors.")
    assert conflicts(c, d, actors=actors) == []


def test_an_act_told_in_a_reported_clause_is_done_by_that_clauses_subject():
    # Tom Reed only declined to talk of it: Harwick Bank held the talks in both reports
    actors = [person("Tom Reed"), ActorFact("Harwick Bank", "organization"), country("Norland"),
              ActorFact("Tarvel Trust", "organization")]
    a = doc("a", "Speaking on the radio, Mr Reed declined to be drawn on reports that Harwick Bank had held "
                 "merger talks with the Tarvel Trust.")
    b = doc("b", "Shares in Norland banking group Harwick Bank rose on Monday after a press report that it had "
                 "held merger talks with the Tarvel Trust.")
    others = [doc(f"c{k}", "The annual report was published on Friday.", "A second report is due in May.")
              for k in range(2)]
    assert conflicts(a, b, *others, actors=actors) == []
    c = doc("c", "Harwick Bank has held merger talks with the Tarvel Trust, the paper said.")
    d = doc("d", "Tom Reed held merger talks with the Tarvel Trust, the paper said.")
    [item] = conflicts(c, d, *others, actors=actors)
    assert item.topic.endswith(": by Harwick Bank vs by Tom Reed")


def test_an_act_a_party_is_told_to_wish_for_is_no_act_done():
    actors = [person("Tom Reed"), ActorFact("Harwick Rovers", "organization"), person("Edvin Vasko")]
    others = [doc(f"c{k}", "The annual report was published on Friday.", "A second report is due in May.")
              for k in range(2)]
    a = doc("a", "Tom Reed said he understood why the league was so keen on signing Edvin Vasko from Tarvel Town this winter.")
    b = doc("b", "Harwick Rovers are among the clubs interested in signing Edvin Vasko from Tarvel Town this winter.")
    assert conflicts(a, b, *others, actors=actors) == []
    c = doc("c", "Tom Reed completed the signing of Edvin Vasko from Tarvel on Friday night.")
    d = doc("d", "Harwick Rovers completed the signing of Edvin Vasko from Tarvel on Friday night.")
    [item] = conflicts(c, d, *others, actors=actors)
    assert item.topic.endswith(": by Tom Reed vs by Harwick Rovers")


def test_an_act_called_for_or_supposed_under_a_modal_is_no_act_done():
    # the members only say the stake should be cut; the assembly voted to cut it
    actors = [ActorFact("Tarvel Assembly", "organization"), ActorFact("Harwick Telecom", "organization"),
              ActorFact("Vasko Party", "organization")]
    others = [doc(f"c{k}", "The annual report was published on Friday.", "A second report is due in May.")
              for k in range(2)]
    a = doc("a", "Members of the Vasko Party say Harwick Telecom's stake in the new network should be cut from 70% to 49%.")
    b = doc("b", "The Tarvel Assembly voted by a large majority to cut Harwick Telecom's stake in the new network "
                 "from 70% to 49%.")
    assert conflicts(a, b, *others, actors=actors) == []
    c = doc("c", "The Vasko Party cut Harwick Telecom's stake in the new network from 70% to 49% on Friday.")
    [item] = conflicts(c, b, *others, actors=actors)
    assert item.topic.startswith("Cut: by ")


def test_an_act_of_a_partys_possession_is_not_the_partys_own():
    # "Norland's national airline" makes the debut, not Norland
    actors = [country("Norland"), ActorFact("Norland Air", "organization"), ActorFact("Harwick Exchange", "organization")]
    a = doc("a", "Norland's national airline is to make its overseas stock market debut with a listing on the "
                 "Harwick Exchange, the exchange said.")
    b = doc("b", "Norland Air picked the Harwick Exchange for its listing in its stock market debut last month.")
    assert conflicts(a, b, actors=actors) == []


def test_what_a_party_did_told_in_a_relative_clause_is_not_the_act_told():
    actors = [person("Ann Vale"), ActorFact("Harwick Party", "organization"),
              ActorFact("Norland League", "organization"), country("Tarvel")]
    a = doc("a", "Ms Vale was expelled from the Harwick Party because of her staunch opposition to the war on Tarvel.")
    b = doc("b", "Last year the Norland League, which opposed the war in Tarvel, urged voters not to back the "
                 "Harwick Party.")
    assert conflicts(a, b, actors=actors) == []


def test_one_person_in_two_exclusive_outcomes_is_a_conflict():
    a = doc("a", "Governor Ambler was removed by the council on Saturday after the vote.")
    b = doc("b", "Now censured, Ambler's authority as governor is suspended until the court rules.")
    c = doc("c", "If Ambler is removed, an election must follow within 60 days.")
    [item] = conflicts(a, b, c, actors=[person("Ruth Ambler")])
    assert item.topic == "What happened to Ruth Ambler: removed vs suspended"
    assert {r.doc for r in item.refs} == {0, 1}


# --- all together ----------------------------------------------------------------------------

def test_agreeing_sources_are_not_a_conflict():
    a = doc("a", "The regional trade summit opens in the port city in October.")
    b = doc("b", "The regional trade summit opens in the port city in October, officials said.")
    assert conflicts(a, b) == []


def test_each_sentence_is_shown_in_one_item_only():
    a = doc("a", "Mr Dunmore, 58, is accused of being the mastermind behind the $8bn (£4bn) bond fraud.")
    b = doc("b", "The bond firm had been overstating its accounts by $8bn (£6.5bn), auditors said.")
    c = doc("c", "The bond firm's losses from the $8bn (£5bn) fraud were found by auditors.")
    d = doc("d", "Defence lawyers paint Ms Okafor, who has admitted fraud, as the mastermind behind the bond fraud.")
    items = conflicts(a, b, c, d, actors=[person("Carl Dunmore"), person("Ada Okafor")])
    shown = [r for item in items for r in item.refs]
    assert len(shown) == len(set(shown))
    assert any(item.topic.startswith("Who is the mastermind") for item in items)


def test_the_times_of_two_different_races_are_no_conflict():
    first = doc("a.txt", "The 31-year-old shook off the rust to win the indoor mile in two minutes, 35.39 seconds.")
    second = doc("b.txt", "The quartet held off the favourites to win the relay in 38.07 seconds.")
    assert conflicts(first, second) == []
    assert figures("in 38.07 seconds")[0].kind == "duration"


def test_a_count_is_labelled_by_the_noun_that_heads_its_words():
    from briefing.analysis.figure_conflicts import counted_phrase
    text = "He would not use the powers even for the 11 current ferry deckhands in the port."
    count = next(f for f in figures(text) if f.kind == "count")
    assert count.noun == ("current", "ferry")
    assert counted_phrase(text, count) == ("current", "ferry", "deckhands")


# --- one act told as to be done and as not to be ----------------------------------------------

VALE = [person("Ann Vale"), org("Tarvel Party")]


def test_an_act_one_report_says_will_not_be_done_and_another_says_will_is_a_conflict():
    a = doc("a", "Ann Vale has told friends she will not run for mayor again.")
    b = doc("b", "\"Vale still wants to run,\" her agent said.")
    [item] = conflicts(a, b, actors=VALE)
    assert item.topic == "Whether Ann Vale will run: wants to run vs will not run"
    assert item.sides == [[SentenceRef(1, 0)], [SentenceRef(0, 0)]]


def test_verbs_naming_one_act_compare_for_a_doer_most_reports_name():
    a = doc("a", "The minister said the prisoners will not be freed this year.")
    b = doc("b", "A judge said some of the prisoners could soon be released.")
    c = doc("c", "The prisoners have been held in Harwick for three years.")
    [item] = conflicts(a, b, c)
    assert item.topic == "Whether the prisoners will be released: could soon be released vs will not be freed"
    g = doc("g", "Officials said the prisoners would not be freed before the spring.")
    [item] = conflicts(a, b, c, g)
    assert item.sides == [[SentenceRef(1, 0)], [SentenceRef(0, 0), SentenceRef(3, 0)]]   # each version's reports
    d = doc("d", "The court sat in Harwick for three days.")
    e = doc("e", "A clerk said the court is in Tarvel.")
    f = doc("f", "The court will sit again in May.")
    assert conflicts(a, b, d, e, f) == []   # a noun two reports of five name is no one doer


@pytest.mark.parametrize("other", [
    "Ann Vale wants to run the Harwick marathon next spring.",          # another act: run what
    "Party members urged Vale to run for mayor again.",                 # asked of her, not her intent
    "The Tarvel Party said she wants to run for mayor again.",          # "she" is not the party
    "Ann Vale could run for mayor again if the party asked her.",        # a condition
])
def test_what_is_not_one_act_told_as_done_and_not_done(other):
    a = doc("a", "Ann Vale has told friends she will not run for mayor again.")
    assert conflicts(a, doc("b", other), actors=VALE) == []


def test_an_act_negated_in_a_relative_clause_or_in_another_voice_is_no_conflict():
    a = doc("a", "The suspects could be deported next week, the minister said.")
    b = doc("b", "Suspects who cannot be deported are held in Tarvel.")
    c = doc("c", "The suspects have been in Tarvel for a year.")
    assert conflicts(a, b, c) == []
    d = doc("d", "The suspects will not be deported next week, the judge said.")
    assert len(conflicts(a, d, c)) == 1
    e = doc("e", "The suspects will not deport next week, the judge said.")
    assert conflicts(a, e, c) == []


VALE_REED = [person("Ann Vale"), person("Tom Reed")]
DENIED_RESIGNATION = "Harwick Rovers director Ann Vale has denied that manager Tom Reed resigned because of a clash with the board."


def test_a_denial_answers_the_talk_its_own_report_tells_after_it():
    # reporters word the talk and its denial differently: it is found by where it stands
    a = doc("a", DENIED_RESIGNATION,
            "There had been newspaper speculation that Reed had felt undermined by Vale's role at the club.")
    [item] = conflicts(a, actors=VALE_REED)
    assert item.sides == [[SentenceRef(0, 1)], [SentenceRef(0, 0)]]
    assert item.topic == "Claim and denial: Reed had felt undermined by Vale's role at the club"


def test_talk_the_denier_tells_is_not_what_the_denier_denies():
    a = doc("a", DENIED_RESIGNATION, "Ann Vale claimed that the board had backed Reed all season.")
    assert conflicts(a, actors=VALE_REED) == []


def test_talk_beyond_another_denial_is_that_denials_not_the_first():
    a = doc("a", DENIED_RESIGNATION, "She also dismissed talk of a sale.",
            "There had been newspaper speculation that Reed had felt undermined by Vale's role at the club.")
    assert conflicts(a, actors=VALE_REED) == []


def test_a_plain_fact_or_a_published_report_near_a_denial_is_no_talk_it_answers():
    a = doc("a", DENIED_RESIGNATION, "Reed joined the club from Tarvel in the summer.",
            "The club published its annual report on Monday.")
    assert conflicts(a, actors=VALE_REED) == []


def test_a_denial_whose_claim_another_item_shows_is_not_set_against_the_deniers_own_words():
    a = doc("a", "A new book claims the minister promised his deputy he would resign before the election.")
    b = doc("b", "The minister has dismissed reports he promised his deputy he would resign before the election.")
    c = doc("c", "The minister's aide Ann Vale rejected claims that he promised his deputy he would resign before the "
                 "election.", "Ann Vale said: \"He never promised anything of the kind.\"")
    [item] = conflicts(a, b, c, actors=VALE_REED)
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 0)]]


def test_a_denial_answers_the_charge_another_report_tells():
    a = doc("a", "Port chief Ada Lind has denied claims that she sold the harbour land to a Tarvel developer.")
    b = doc("b", "Ada Lind has been charged with selling the harbour land to a Tarvel developer last year.")
    [item] = conflicts(a, b, actors=[person("Ada Lind")])
    assert item.sides == [[SentenceRef(1, 0)], [SentenceRef(0, 0)]]
    assert item.topic.startswith("Claim and denial: she sold the harbour land")


def test_a_denial_answers_a_claim_told_in_other_inflections_of_its_words():
    a = doc("a", "Sprinter Tom Reed has denied claims that he faked a crash to dodge a drugs test in Harwick.")
    b = doc("b", "Reed has been charged with faking the crash and dodging the drugs test, prosecutors said.",
            "The Tarvel team has named a new coach for the season.")
    [item] = conflicts(a, b, actors=[person("Tom Reed")])
    assert item.topic.startswith("Claim and denial: he faked a crash")
    assert item.sides == [[SentenceRef(1, 0)], [SentenceRef(0, 0)]]


def test_the_claim_naming_the_act_denied_comes_before_one_more_like_the_denial():
    a = doc("a", "Ann Vale has denied claims that she misled the Tarvel council over the harbour sale.")
    b = doc("b", "The Tarvel council's report on the harbour sale claims Ann Vale kept the council in the dark over the sale.",
            "The auditor says Vale misled the Tarvel council over the price, the report claims.")
    [item] = conflicts(a, b, actors=[person("Ann Vale")])
    assert item.sides[0] == [SentenceRef(1, 1), SentenceRef(1, 0)]


def test_a_denial_is_shown_with_the_deniers_own_words_that_follow_it():
    a = doc("a", "Sprinter Tom Reed has denied claims that he sold the club's land to a Tarvel developer.",
            "The club's board meets next week.",
            "Reed insisted: \"I never sold an inch of that land.\"")
    b = doc("b", "Tom Reed sold the club's land to a Tarvel developer last year, the report claims.")
    [item] = conflicts(a, b, actors=[person("Tom Reed")])
    assert item.sides == [[SentenceRef(1, 0)], [SentenceRef(0, 0)], [SentenceRef(0, 2)]]


def test_a_denial_without_the_deniers_own_words_after_it_has_two_sides():
    a = doc("a", "Sprinter Tom Reed has denied claims that he sold the club's land to a Tarvel developer.",
            "The club's board meets next week.",
            "Its chairman, Ann Vale, said: \"We will look at the accounts.\"")
    b = doc("b", "Tom Reed sold the club's land to a Tarvel developer last year, the report claims.")
    [item] = conflicts(a, b, actors=[person("Tom Reed"), person("Ann Vale")])
    assert item.sides == [[SentenceRef(1, 0)], [SentenceRef(0, 0)]]



@pytest.mark.parametrize("answer", [
    'The Tarvel port authority dismissed the study as "utter nonsense".',     # what a party found
    "A Tarvel port authority spokesman rejected the latest claims, saying the port was on track.",  # one word qualifies them
])
def test_a_dismissal_of_research_or_the_latest_claims_answers_the_claim_told_before_it(answer):
    a = doc("a", "The Harwick Institute says the port's takings fell because of the 2002 tax rises.", answer)
    [item] = conflicts(a, actors=[org("Harwick Institute"), org("Tarvel port authority")])
    assert item.topic.startswith("Claim and denial: the port's takings fell")
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(0, 1)]]



def test_what_follows_a_dismissal_of_criticism_is_what_was_criticised_not_a_claim():
    a = doc("a", "Tarvel have joined the race to sign Harwick striker Tom Reed, according to reports.")
    b = doc("b", "Reed said he was happy and dismissed criticism of his decision to join Harwick.")
    assert conflicts(a, b, actors=[person("Tom Reed")]) == []


def test_a_dismissal_answers_the_claim_before_it_not_the_deniers_own_words_after_it():
    actors = [person("Tom Reed"), person("Ann Vale")]
    a = doc("a", '"There could be a role for harbour tagging orders," said Mr Reed.',
            "Ann Vale has rejected that idea saying tagging is only a small part of the harbour plan.")
    b = doc("b", "Ann Vale said tagging was only a small part of the harbour plan and would cost too much.")
    [item] = conflicts(a, b, actors=actors)
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(0, 1)]]
    assert item.topic == "Claim and denial: There could be a role for harbour tagging orders"


def test_a_dismissal_told_as_one_more_does_not_answer_the_allys_words_before_it():
    a = doc("a", "The Harwick Institute says household incomes fell last year.",
            'Incomes had "risen by 20%" if the self-employed were left out, Tom Reed said.',
            "Ann Vale also dismissed the figures, saying families were better off.")
    assert conflicts(a, actors=[org("Harwick Institute"), person("Tom Reed"), person("Ann Vale")]) == []


def test_rejecting_an_offer_after_a_claim_is_no_denial_of_it():
    a = doc("a", "The Harwick Institute says the port's takings fell because of the 2002 tax rises.",
            "Tarvel Ports rejected the latest takeover offer.")
    assert conflicts(a, actors=[org("Harwick Institute"), org("Tarvel Ports")]) == []

# --- a fact stated and said not to be known ---------------------------------------------------

def test_a_fact_one_report_states_and_another_says_is_not_clear_is_a_conflict():
    a = doc("a", "Harbour police held three trawlermen under the new fishing law in Harwick on Saturday.")
    b = doc("b", "Three trawlermen were held in Harwick on Saturday, but it is not clear whether they were "
                 "held under the new fishing law.")
    [item] = conflicts(a, b)
    assert item.topic == "Stated and not clear: they were held under the new fishing law"
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 0)]]


@pytest.mark.parametrize("stated", [
    "Police said they held three trawlermen under the new fishing law in Harwick on Saturday.",  # someone's words
    "In Tarvel, a trawler captain was fined for fishing without a licence.",                     # another event
])
def test_what_is_not_a_fact_stated_against_its_doubt(stated):
    b = doc("b", "Three trawlermen were held in Harwick on Saturday, but it is not clear whether they were "
                 "held under the new fishing law.")
    assert conflicts(doc("a", stated), b) == []


# --- within the law or not, one party's account against another's --------------------------

LAW_PARTIES = [person("Tom Reed"), org("Harwick Anglers"), org("Tarvel Rivers Trust")]


def test_one_party_telling_an_act_lawful_and_another_unlawful_is_a_conflict():
    a = doc("a", "Tom Reed, chairman of the Harwick Anglers, spoke at the weir on Saturday.",
            "The club had netted salmon \"legally\" below the weir, he said.")
    b = doc("b", "The Tarvel Rivers Trust claimed the new act had been broken when salmon were netted below the weir.")
    [item] = conflicts(a, b, actors=LAW_PARTIES)
    assert item.topic == "Within the law: Tom Reed vs Tarvel Rivers Trust"
    assert item.sides == [[SentenceRef(0, 1)], [SentenceRef(1, 0)]]


@pytest.mark.parametrize("other", [
    "The Tarvel Rivers Trust said the club had not netted salmon illegally below the weir.",   # negated
    "The Tarvel Rivers Trust asked whether the salmon netted below the weir were taken illegally.",  # a question
    "The Tarvel Rivers Trust said the club netted salmon legally, but others netted illegally below the weir.",
    "Salmon were netted illegally below the weir, the trust's own count shows.",               # no party named
    "Tom Reed later said salmon had been netted illegally below the weir.",                    # the same party
])
def test_what_is_not_two_parties_telling_lawful_and_unlawful(other):
    a = doc("a", "Tom Reed said the club had netted salmon \"legally\" below the weir.")
    assert conflicts(a, doc("b", other), actors=LAW_PARTIES) == []


def test_lawful_and_unlawful_of_different_matters_are_no_conflict():
    a = doc("a", "Tom Reed said the club had netted salmon \"legally\" below the weir.")
    b = doc("b", "The Tarvel Rivers Trust said a Harwick factory had been dumping waste illegally for years.")
    assert conflicts(a, b, actors=LAW_PARTIES) == []


def test_legally_binding_tells_an_obligation_not_lawfulness():
    a = doc("a", "Tom Reed said the weir agreement with the club was legally binding.")
    b = doc("b", "The Tarvel Rivers Trust said the weir agreement with the club was illegal.")
    assert conflicts(a, b, actors=LAW_PARTIES) == []


@pytest.mark.parametrize("lawful, unlawful", [
    ("Tom Reed said the Harwick waters are legal salmon beats below the weir.",               # classes them
     "The Tarvel Rivers Trust said salmon were netted illegally below the weir."),
    ("Tom Reed said salmon were netted legally below the weir.",
     "The Tarvel Rivers Trust said salmon nets can be used illegally below the weir."),      # what can be done
])
def test_what_tells_no_act_lawful_or_unlawful_is_no_side(lawful, unlawful):
    assert conflicts(doc("a", lawful), doc("b", unlawful), actors=LAW_PARTIES) == []


# --- a body's ruling and another party calling it wrong or appealing against it ------------

RULING_PARTIES = [person("Tom Reed"), org("Harwick Anglers"), org("Tarvel Rivers Tribunal")]
CLEARED = "The Tarvel Rivers Tribunal cleared Tom Reed of netting salmon below the weir on Friday."


@pytest.mark.parametrize("ruling, objection", [
    (CLEARED, "Harwick Anglers will appeal against the acquittal of Tom Reed over the salmon netted below the weir."),
    ("Tom Reed was cleared of netting salmon below the weir by the Tarvel Rivers Tribunal.",     # the body after "by"
     "Harwick Anglers said the decision on the salmon netted below the weir was \"unjust\"."),
])
def test_a_ruling_and_another_party_calling_it_wrong_is_a_conflict(ruling, objection):
    [item] = conflicts(doc("a", ruling), doc("b", objection), actors=RULING_PARTIES)
    assert item.topic == "Ruling: Tarvel Rivers Tribunal vs Harwick Anglers"
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 0)]]


def test_an_objectors_side_shows_its_own_words_before_its_bare_act():
    objection = doc("b", "Harwick Anglers will appeal against the acquittal of Tom Reed over the salmon netted below the weir.",
                    "The anglers have fished the river for a century.",
                    "A Harwick Anglers statement said: \"The board concluded that the decision is flawed.\"")
    [item] = conflicts(doc("a", CLEARED), objection, actors=RULING_PARTIES)
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 2), SentenceRef(1, 0)]]


OBJECTED = "Harwick Anglers will appeal against the acquittal of Tom Reed over the salmon netted below the weir."
CLEARED_BY = "Tom Reed was cleared of netting salmon below the weir by the Tarvel Rivers Tribunal."


def test_a_ruling_told_of_a_court_by_its_kind_alone_is_the_court_its_report_names():
    ruling = doc("a", CLEARED_BY, "But the independent tribunal ruled that the weir's owner had licensed the nets.")
    [item] = conflicts(ruling, doc("b", OBJECTED), actors=RULING_PARTIES)
    assert item.sides[0] == [SentenceRef(0, 1), SentenceRef(0, 0)]


@pytest.mark.parametrize("other_court", [
    "But a Harwick court ruled that the weir's owner had licensed the nets.",           # a court told with a name
    "A court ruled that the nets were licensed, but Tarvel Rivers Tribunal cleared him.",   # two courts
])
def test_a_ruling_of_a_court_that_may_be_another_is_no_named_courts(other_court):
    [item] = conflicts(doc("a", CLEARED_BY, other_court), doc("b", OBJECTED), actors=RULING_PARTIES)
    assert item.sides[0] == [SentenceRef(0, 0)]


def test_a_ruling_paired_from_a_report_telling_the_courts_words_before_a_closer_bare_one():
    worded = doc("c", "The Tarvel Rivers Tribunal ruled that Tom Reed had fished for salmon with a licence for the weir.")
    [item] = conflicts(doc("a", CLEARED), doc("b", OBJECTED), worded, actors=RULING_PARTIES)
    assert item.sides[0] == [SentenceRef(2, 0)]


def test_a_partys_side_takes_no_sentence_of_its_other_reports():
    again = doc("c", "Harwick Anglers said the acquittal was \"unjust\" and will appeal against the decision.")
    objection = doc("b", "Harwick Anglers will appeal against the acquittal of Tom Reed over the salmon netted below the weir.")
    [item] = conflicts(doc("a", CLEARED), objection, again, actors=RULING_PARTIES)
    assert item.sides == [[SentenceRef(0, 0)], [SentenceRef(1, 0)]]


@pytest.mark.parametrize("ruling, objection", [
    ("Tom Reed was cleared of netting salmon below the weir on Friday.",                        # no body named
     "Harwick Anglers will appeal against the acquittal of Tom Reed over the salmon netted below the weir."),
    ("Tom Reed thanked the tribunal that cleared him of netting salmon below the weir.",        # a relative clause
     "Harwick Anglers will appeal against the acquittal of Tom Reed over the salmon netted below the weir."),
    (CLEARED, "Harwick Anglers could appeal against the acquittal of Tom Reed over the salmon netted below the weir."),
    (CLEARED, "Harwick Anglers will appeal against the acquittal of Tom Reed over the salmon netted below the "
              "weir, if the trust does not."),                                                 # a condition
    (CLEARED, "The Tarvel Rivers Tribunal will appeal against the acquittal over the salmon netted below the weir."),
    (CLEARED, "Harwick Anglers will appeal against the ruling on the factory's waste permit."),  # another matter
])
def test_what_is_not_one_party_objecting_to_another_bodys_ruling(ruling, objection):
    assert conflicts(doc("a", ruling), doc("b", objection), actors=RULING_PARTIES) == []


def test_a_speaker_named_before_an_apposition_speaks_not_the_body_the_apposition_names():
    from briefing.analysis.conflicts import named_before
    text = "In a book, Tom Reed QC, a member of the Harwick Society, says the ban was unlawful."
    names = [(text.index(n), text.index(n) + len(n), n) for n in ("Tom Reed", "Harwick Society")]
    assert named_before(text, names, text.index("says"), 3) == "Tom Reed"
    # the comma closing the apposition is often left out
    text = text.replace("Society,", "Society")
    assert named_before(text, names, text.index("says"), 3) == "Tom Reed"
    # a body named alone speaks for itself
    text = "On Monday the Harwick Society says the ban was unlawful."
    names = [(text.index("Harwick Society"), text.index("Harwick Society") + 15, "Harwick Society")]
    assert named_before(text, names, text.index("says"), 3) == "Harwick Society"


# --- actors' names in a text (ActorNames.find) ------------------------------------------------

def names_by_every_length(names, text: str) -> list[tuple[int, int, str]]:
    """ActorNames.find as it read a text before it knew how long the names opening on a word run
    (every run of up to `longest` words tried, the longest first): what it must still give."""
    from briefing.analysis.conflicts import POSSESSIVE, TOKEN

    tokens = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
    out, k = [], 0
    while k < len(tokens):
        start, first_end = tokens[k]
        first = text[start:first_end]
        hit = None
        if text[start].isupper() and (first in names.lengths or POSSESSIVE.sub("", first) in names.lengths):
            for n in range(min(names.longest, len(tokens) - k), 0, -1):
                name = text[start:tokens[k + n - 1][1]]
                bare = POSSESSIVE.sub("", name) if name.endswith(("’s", "'s")) else name
                if who := names.owner.get(name) or names.owner.get(bare):
                    hit = (start, start + len(bare), who, n)
                    break
        out.append(hit[:3]) if hit else None
        k += hit[3] if hit else 1
    return out


def test_actor_names_are_found_longest_first_whatever_their_words_hold():
    from briefing.analysis.conflicts import ActorNames

    corpus = Corpus.of([doc("a", "Nothing here.")])
    actors = [ActorFact("Tellmark Holdings Group", "organization", aliases=["Tellmark", "THG"]),
              ActorFact("Bank of Norland", "organization", aliases=["Norland Bank"]),
              person("Anna O'Varga-Reed", "Ms O'Varga-Reed"), person("Tom Brisk", "T. J. Brisk"),
              ActorFact("Norland", "country"), ActorFact("Vale's Kitchen", "organization"),
              ActorFact("Harwick & Vale", "organization"), person("J.P. Calloway")]
    names = ActorNames(CorpusFacts(corpus, actors=actors))
    texts = ["Tellmark Holdings Group said Tellmark Holdings would not sell, THG added.",
             "The Bank of Norland's governor met Norland Bank staff in Norland.",
             "Ms O'Varga-Reed’s plan, Anna O'Varga-Reed said, and O'Varga-Reed's team.",
             "T. J. Brisk and Tom Brisk's aide, Brisk, ate at Vale's Kitchen and Vale's.",
             "Tellmark’s shares fell; Norland’s bank and T. J. Brisk’s firm Tellmark Holdings Group’s.",
             "Harwick & Vale hired J.P. Calloway, whom Harwick & Vale's board and Calloway's J.P. Calloway’s."]
    for text in texts:
        assert names.find(text) == names_by_every_length(names, text), text
    assert [who for _, _, who in names.find(texts[3])] == ["Tom Brisk", "Tom Brisk", "Tom Brisk", "Vale's Kitchen"]
    assert names.find(texts[1])[0][2] == "Bank of Norland"       # the longest name at a place
    # names whose words are not split at spaces alone: "&" is no word, "J.P." two
    assert [who for _, _, who in names.find(texts[5])] == ["Harwick & Vale", "J.P. Calloway"] * 2 + ["J.P. Calloway"]


def test_actor_names_in_an_ascii_text_are_those_read_from_every_word():
    # a text of ASCII alone is read by its capitalised words only: the same names
    from briefing.analysis.conflicts import ActorNames

    corpus = Corpus.of([doc("a", "Nothing here.")])
    actors = [ActorFact("Tellmark Holdings Group", "organization", aliases=["Tellmark"]), person("Tom Brisk"),
              person("Anna O'Varga-Reed"), ActorFact("Orvanne Mills", "organization"), ActorFact("Norland", "country")]
    names = ActorNames(CorpusFacts(corpus, actors=actors))
    texts = ["Tellmark Holdings Group and Tellmark Holdings, said Tom Brisk's aide Brisk.",
             "Lucan d'Orvanne Mills met Anna O'Varga-Reed and O'Varga-Reed's team in Norland.",
             "TOM BRISK, Tom-Brisk and Tom  Brisk met tellmark at Norland's Tellmark Holdings Group's",
             "x'Orvanne Mills 'Orvanne Mills' and -Norland -Tom Brisk _Norland 9Norland",
             "Tom Brisk", "Tom", "Norland's", ""]
    for text in texts:
        assert text.isascii()
        assert names.find(text) == names_by_every_length(names, text), text
