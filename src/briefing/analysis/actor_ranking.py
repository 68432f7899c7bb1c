"""How central an actor is to the story: a logistic model over signals of the texts themselves.

The weights are fitted offline on the labelled sets (`benchmarks/fit_actor_ranking.py`, which also
scores each set with the weights fitted on the others) and shipped here as numbers: one model for
"a key actor of the story", one for "an actor at all" (not a place, a slogan, a reporting outlet).
Likely key actors come first, by prominence, then the others by that likelihood; the actors
section leaves out those whose
likelihood of being an actor at all is below `MIN_SALIENCE`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from math import exp, log1p


@dataclass
class ActorSignals:
    """What the texts say about one actor, as numbers."""

    mentions: float = 0.0        # log(1 + mentions)
    docs: float = 0.0            # log(1 + documents naming it)
    spread: float = 0.0          # share of the corpus's documents naming it
    speaks: float = 0.0          # log(1 + "X said" / "according to X")
    stated_role: float = 0.0     # a title or an appositive gives its role
    person: float = 0.0
    organization: float = 0.0
    country: float = 0.0
    lead: float = 0.0            # share of its documents that name it in their first sentences
    acronym: float = 0.0         # named only by an acronym
    common_word: float = 0.0     # a common English word written with a capital ("Delta")
    named_in_roles: float = 0.0  # log(1 + speakers whose role or affiliation names it)
    place_like: float = 0.0      # share of mentions after "in", "at", "near" or before ", <country>"
    full_name: float = 0.0       # a person named by given name and surname somewhere
    defined: float = 0.0         # the text spells out its acronym ("… Party (PPP)")

    def vector(self) -> list[float]:
        return [1.0] + [getattr(self, f.name) for f in fields(self)]


SIGNALS = ["bias"] + [f.name for f in fields(ActorSignals)]

# Fitted by benchmarks/fit_actor_ranking.py on all eight labelled sets (L2 0.01); the script's
# leave-one-set-out run gives the same actor recall and precision within 0.05 on every set.
KEY_WEIGHTS = [-4.211, 0.915, 0.364, -0.086, 1.275, 1.513, 0.528, 0.434, -0.962, 0.525, -0.533, 0.263, -0.147, -0.017, 0.651, 0.462]
ACTOR_WEIGHTS = [0.077, 0.798, 0.470, 0.189, 0.842, 0.711, 0.695, -0.708, 0.013, -0.496, -0.862, 0.051, 0.379, -0.172, 0.874, 0.437]
# Below this likelihood of being an actor at all, an actor is not listed (over the eight sets,
# recall holds and precision rises from 0.55 to 0.65; at 0.75 recall falls).
MIN_SALIENCE = 0.6


# Actors likely to be key ones come first, in order of prominence (mentions, sources, speech:
# `ActorFact.score`); the others follow by that likelihood.
KEY_LIKELY = 0.5


def rank_key(key_likelihood: float, score: float) -> tuple[bool, float]:
    """Sort key of an actor: likely key actors by prominence, then the rest by likelihood."""
    likely = key_likelihood >= KEY_LIKELY
    return (not likely, -score if likely else -key_likelihood)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + exp(-z)) if z > -60 else 0.0


def likelihoods(signals: ActorSignals, key_weights: list[float] = KEY_WEIGHTS,
                actor_weights: list[float] = ACTOR_WEIGHTS) -> tuple[float, float]:
    """(key actor, actor at all) likelihoods of an actor with these signals."""
    x = signals.vector()
    return (_sigmoid(sum(w * v for w, v in zip(key_weights, x, strict=True))),
            _sigmoid(sum(w * v for w, v in zip(actor_weights, x, strict=True))))


def log_count(n: float) -> float:
    return log1p(max(0.0, n))
