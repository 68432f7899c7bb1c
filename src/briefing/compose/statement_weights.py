"""The fitted weights of the prose sections' ranking models (see compose/statement_ranking.py).

Fitted by `python benchmarks/ranking_fit.py` (weighted logistic regression, L2 0.2) on all eight
labelled sets (the seeds and `../shared/eval/dev/*`); how well they carry to a topic left out is
shown by `python benchmarks/bench_quality.py --leave-one-out`. Refit and paste when a feature or
the labelled sets change.
"""

from briefing.compose.statement_ranking import RankingWeights, SectionWeights

FITTED = RankingWeights(
    summary=SectionWeights(-1.68, {
        'central': 2.227,
        'corroborated': -0.424,
        'lead': 0.882,
        'headlines': 1.388,
        'quoted': -1.09,
        'figures': 0.679,
    }),
    background=SectionWeights(-0.742, {
        'central': 1.214,
        'corroborated': 0.811,
        'quoted': -0.464,
        'role_background': 1.037,
        'role_outlook': -0.152,
        'date_before': 1.396,
        'past_perfect': -0.844,
        'past_marker': -0.432,
        'past_tense': 0.422,
        'explains': 0.798,
        'recency': -2.267,
        'age': 0.761,
    }),
    outlook=SectionWeights(-2.142, {
        'quoted': 1.339,
        'role_outlook': 1.799,
        'future_verb': 1.297,
        'modal': 0.086,
        'unresolved': 1.927,
        'scheduled': 0.55,
        'date_ahead': 0.674,
        'recency': 1.698,
        'age': -0.551,
    }),
)
