"""The fitted weights of the prose sections' ranking models (see compose/statement_ranking.py).

Fitted by `python benchmarks/ranking_fit.py` (weighted logistic regression, L2 0.2) on all eight
labelled sets (the seeds and `../shared/eval/dev/*`); how well they carry to a topic left out is
shown by `python benchmarks/bench_quality.py --leave-one-out`. Refit and paste when a feature or
the labelled sets change. The outlook was last refitted alone, with its lead_ahead feature: a refit
of the summary and background on today's analysis, their features unchanged, takes one set a
summary item, a background item and an issue and an unseen topic a summary and a background item
(their held-out figures are the same), so they are as fitted before. The outlook's `scheduled` has
since read a year or a span looked ahead to as well (statement_ranking.time_ahead); refitted with it
(scheduled .634 -> .703, date_ahead 1.143 -> .979) one set gains an outlook item and an unseen topic
loses one with an issue (a report's opening preview and a plain future verb change places by .14),
so the outlook keeps these weights; held out, where every fold is refitted, outlook .649 -> .665.
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
    outlook=SectionWeights(-2.36, {
        'quoted': 0.457,
        'lead_ahead': -0.573,
        'role_outlook': 2.013,
        'future_verb': 1.433,
        'modal': 0.095,
        'unresolved': 2.821,
        'scheduled': 0.634,
        'date_ahead': 1.143,
        'recency': 1.555,
        'age': -0.737,
        'quote_ahead': 1.985,
    }),
)
