"""How central an actor is to the story: a logistic model over signals of the texts themselves.

The weights are fitted offline on the labelled sets (`benchmarks/fit_actor_ranking.py`, which also
scores each set with the weights fitted on the others) and shipped here as numbers: one model for
"a key actor of the story", one for "an actor at all" (not a place, a slogan, a reporting outlet).
Likely key actors come first, by prominence, then the others by that likelihood; the actors
section leaves out those whose
likelihood of being an actor at all is below `MIN_SALIENCE`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, fields
from math import exp, inf, log1p
from operator import attrgetter


@dataclass(slots=True)
class ActorSignals:
    """What the texts say about one actor, as numbers."""

    mentions: float = 0.0        # log(1 + mentions)
    docs: float = 0.0            # log(1 + documents naming it)
    spread: float = 0.0          # share of the corpus's documents naming it
    speaks: float = 0.0          # log(1 + "X said" / "according to X")
    stated_role: float = 0.0     # a title or an appositive gives its role, or the reports' words an organization's
    person: float = 0.0
    organization: float = 0.0
    country: float = 0.0
    lead: float = 0.0            # share of its documents that name it in their first sentences
    acronym: float = 0.0         # named only by an acronym
    common_word: float = 0.0     # a common English word written with a capital ("Beacon")
    named_in_roles: float = 0.0  # log(1 + speakers whose role or affiliation names it)
    place_like: float = 0.0      # share of mentions after "in", "at", "near" or before ", <country>"
    full_name: float = 0.0       # a person named by given name and surname somewhere
    defined: float = 0.0         # the text spells out its acronym ("… Party (CRP)")
    one_report: float = 0.0      # named in only one of several documents

    def vector(self) -> list[float]:
        return [1.0, *_SIGNAL_VALUES(self)]


SIGNALS = ["bias"] + [f.name for f in fields(ActorSignals)]
_SIGNAL_VALUES = attrgetter(*SIGNALS[1:])

# Fitted by benchmarks/fit_actor_ranking.py on all eight labelled sets (L2 0.003, Newton's method to
# convergence). Fitted, every set's actor recall is 1.00 and precision at least 0.95 (with the
# MIN_KEY_LIKELIHOOD floor below); its leave-one-set-out run (fit on seven, score the eighth) keeps
# recall 1.00 and precision at least 0.95. L2 0.001 scores the same; 0.01 loses recall held out.
# Since `stated_role` also counts an organization the reports describe in words, a refit scores the
# same on all eight, fitted and held out, so these weights were kept. "Named in one report only" lets an actor
# many reports name (a chamber, a company) rank above one described once in a single report.
KEY_WEIGHTS = [-3.369, 0.763, -0.250, -0.433, 1.818, 2.100, 0.641, 0.825, -1.466, 1.404, -1.208, 0.277, 1.245, -0.386, 0.641, 0.866, -1.281]
ACTOR_WEIGHTS = [1.514, 0.570, 0.637, 0.275, 1.459, 0.959, 0.942, -1.096, 0.155, -0.718, -0.831, 0.359, 0.115, -0.276, 0.942, 0.746, -0.463]
# Below this likelihood of being an actor at all, an actor is not listed (over the eight sets,
# recall holds and precision rises from 0.55 to 0.65; at 0.75 recall falls).
MIN_SALIENCE = 0.6
# Nor is one this unlikely to be a key actor, where the list has room left (a country named once):
# over the eight labelled sets precision rises on two and falls on none from 0.03 to 0.05 (0.05
# lowers one); below 0.03 it stays as without a floor.
MIN_KEY_LIKELIHOOD = 0.03


# Actors likely to be key ones come first, in order of prominence (mentions, sources, speech:
# `ActorFact.score`); the others follow by that likelihood.
KEY_LIKELY = 0.5
# So are the few most prominent actors of the corpus, unless the model finds them quite unlikely
# key ones: the model ranks well what is an actor at all, less well among actors, and puts a body
# named in most reports but never titled ("the Harwick Council") below someone quoted once with a
# title. Over the eight labelled sets the scores are the same for any of the 4 to 20 most prominent
# and a floor from 0.2 to 0.25 (0.15 loses a key actor on one); a floor of 0, or every actor above
# 0.2 ranked by prominence, lets places and firms that reports only mention crowd out key actors.
PROMINENT_RANKS = 5
PROMINENT_MIN_KEY = 0.25


# A pile gathers reports that each tell a part of the story, and the actor a report names most is
# that part's subject ("Court hears dock strike case": the court, named three times there and
# nowhere else). Such an actor ranks right after the likely key ones, by prominence, unless the
# model finds it very unlikely: the model, fitted on piles of reports on one event, puts a body one
# report names below anyone quoted once with a title, and its labelled sets hold too few report
# leaders it misses for a fit to weigh (there every report's leader is listed already). A leader
# must lead clearly: named at least twice in the report, and more often than any other actor likely
# to be one, countries aside (the setting). Over the 15 visible sets: one unseen topic gains a key
# actor (a government department a report of convictions quotes), another lists a minor actor for
# one no gold names; the labelled sets list the same actors (two swap places in one); 23 BBC story
# piles keep their first 20 (3 in another order: a commission, an author, a runner move up a
# place or two), 10 piles of 30 articles of one category each keep theirs in the same order. Ranked
# with the likely key ones instead, leaders of reports in the category piles ("HD", a TV series)
# pushed out actors of likelihood .5 to .95; a floor from 0.03 to 0.15 scores the same.
REPORT_LEADER_MENTIONS = 2
REPORT_LEADER_MIN_KEY = 0.1


def report_leaders(reports: Iterable[Counter[str]]) -> set[str]:
    """The actors that lead a report, from each report's count of mentions by actor."""
    leaders = set()
    for counts in reports:
        (first, n), *rest = counts.most_common(2) or [("", 0)]
        if n >= REPORT_LEADER_MENTIONS and (not rest or rest[0][1] < n):
            leaders.add(first)
    return leaders


def prominence_floor(scores: list[float]) -> float:
    """The prominence (`ActorFact.score`) an actor needs to be among the corpus's most prominent,
    from the scores of the actors it lists."""
    top = sorted(scores, reverse=True)[:PROMINENT_RANKS]
    return top[-1] if top else inf


def rank_key(key_likelihood: float, score: float, floor: float = inf, leads: bool = False) -> tuple[int, float]:
    """Sort key of an actor: likely key actors and the most prominent (`score` at least `floor`) by
    prominence, then those leading a report (`leads`) by prominence, then the rest by likelihood."""
    if key_likelihood >= KEY_LIKELY or key_likelihood >= PROMINENT_MIN_KEY and score >= floor:
        return (0, -score)
    if leads and key_likelihood >= REPORT_LEADER_MIN_KEY:
        return (1, -score)
    return (2, -key_likelihood)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + exp(-z)) if z > -60 else 0.0


def likelihoods(signals: ActorSignals, key_weights: list[float] = KEY_WEIGHTS,
                actor_weights: list[float] = ACTOR_WEIGHTS) -> tuple[float, float]:
    """(key actor, actor at all) likelihoods of an actor with these signals."""
    x = signals.vector()
    key = actor = 0.0
    for wk, wa, v in zip(key_weights, actor_weights, x, strict=True):
        key += wk * v
        actor += wa * v
    return _sigmoid(key), _sigmoid(actor)


def log_count(n: float) -> float:
    return log1p(max(0.0, n))
