"""The fitted weights of the prose sections' ranking models (see compose/statement_ranking.py).

Fitted by `python benchmarks/ranking_fit.py` (weighted logistic regression, L2 0.2) on all eight
labelled sets (the seeds and `../shared/eval/dev/*`); how well they carry to a topic left out is
shown by `python benchmarks/bench_quality.py --leave-one-out`. Refit and paste when a feature or
the labelled sets change.
"""

from briefing.compose.statement_ranking import RankingWeights, SectionWeights

FITTED = RankingWeights(
    summary=SectionWeights(-1.669, {
        'central': 2.214,
        'corroborated': -0.415,
        'lead': 0.882,
        'headlines': 1.379,
        'quoted': -1.071,
        'figures': 0.673,
    }),
    background=SectionWeights(-0.34, {
        'central': 1.098,
        'corroborated': 0.585,
        'quoted': -0.501,
        'role_background': 1.412,
        'role_outlook': 0.009,
        'date_before': 0.911,
        'past_perfect': -0.86,
        'present_perfect': 1.248,
        'past_marker': -0.807,
        'past_tense': 0.337,
        'explains': 0.744,
        'recency': -2.758,
        'defines': 1.069,
    }),
    outlook=SectionWeights(-2.383, {
        'quoted': 0.735,
        'role_outlook': 2.011,
        'future_verb': 1.325,
        'modal': 0.093,
        'unresolved': 2.786,
        'scheduled': 0.62,
        'date_ahead': 1.157,
        'recency': 1.586,
        'age': -0.677,
        'quote_ahead': 1.654,
    }),
)
