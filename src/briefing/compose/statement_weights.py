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
    background=SectionWeights(-0.643, {
        'central': 1.058,
        'corroborated': 0.875,
        'quoted': -0.601,
        'role_background': 1.67,
        'role_outlook': -0.135,
        'date_before': 0.675,
        'past_perfect': -1.272,
        'past_marker': -0.836,
        'past_tense': 0.45,
        'explains': 0.845,
        'recency': -2.35,
        'age': 0.79,
    }),
    outlook=SectionWeights(-2.145, {
        'quoted': 1.364,
        'role_outlook': 1.756,
        'future_verb': 1.337,
        'modal': 0.08,
        'unresolved': 1.663,
        'scheduled': 0.557,
        'date_ahead': 1.165,
        'recency': 1.651,
        'age': -0.468,
    }),
)
