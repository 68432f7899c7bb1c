"""How likely a candidate matter is an open issue a reader would name: a logistic model over
signals of the texts themselves.

The weights are fitted offline on the labelled sets (`benchmarks/fit_issue_ranking.py`, which
also scores each set with the weights fitted on the others) and shipped here as numbers. A
candidate counts as an issue in the fit where its heading and statements, built as the issues
section builds them, hold a gold issue's terms and its heading alone names that same issue.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from math import exp


@dataclass
class IssueSignals:
    """What the texts say about one candidate matter, as numbers."""

    weight: float = 0.0          # log(1 + its TF-IDF weight over the pile)
    actor: float = 0.0           # 1 where one actor is what its sentences are about
    words: float = 0.0           # words beyond the first, at most 2

    def vector(self) -> list[float]:
        return [1.0] + [getattr(self, f.name) for f in fields(self)]


SIGNALS = ["bias"] + [f.name for f in fields(IssueSignals)]

# Fitted by benchmarks/fit_issue_ranking.py on all eight labelled sets (L2 0.01). Further signals
# tried (uses, spread, headlines, position, attribution, tense, centrality, capitals) fit the sets
# no better and score the held-out set worse.
WEIGHTS = [-3.76, 1.11, 0.90, 0.25]


def likelihood(signals: IssueSignals, weights: list[float] | None = None) -> float:
    """Probability that the candidate is an issue a reader would name."""
    z = sum(w * x for w, x in zip(weights or WEIGHTS, signals.vector(), strict=True))
    return 1.0 / (1.0 + exp(-max(-60.0, min(60.0, z))))
