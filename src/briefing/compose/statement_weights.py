"""The fitted weights of the prose sections' ranking models (see compose/statement_ranking.py).

Fitted by `python benchmarks/ranking_fit.py` (weighted logistic regression, L2 0.2) on all eight
labelled sets (the seeds and `../shared/eval/dev/*`); how well they carry to a topic left out is
shown by `python benchmarks/bench_quality.py --leave-one-out`. Refit and paste when a feature or
the labelled sets change.
"""

from briefing.compose.statement_ranking import RankingWeights, SectionWeights

FITTED = RankingWeights(
    summary=SectionWeights(-1.697, {
        'central': 2.499,
        'corroborated': -0.54,
        'lead': 0.793,
        'headlines': 1.674,
        'quoted': -1.231,
    }),
    background=SectionWeights(-0.766, {
        'central': 1.277,
        'corroborated': 0.8,
        'quoted': -0.441,
        'role_background': 1.069,
        'role_outlook': -0.151,
        'date_before': 1.273,
        'past_perfect': -0.847,
        'past_marker': -0.47,
        'past_tense': 0.414,
        'explains': 0.844,
        'recency': -2.289,
        'age': 0.733,
    }),
    outlook=SectionWeights(-2.208, {
        'quoted': 1.433,
        'role_outlook': 1.757,
        'future_verb': 1.361,
        'modal': 0.196,
        'unresolved': 1.983,
        'scheduled': 0.715,
        'date_ahead': 0.666,
        'recency': 1.666,
        'age': -0.509,
    }),
)
