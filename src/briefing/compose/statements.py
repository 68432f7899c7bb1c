"""Statement sections: bottom line up front (summary), background, outlook.

Each section ranks the sentences by its fitted model (compose/statement_ranking.py: how
central a sentence is, where it stands, its tense and dates), then picks the best ones that
each add something to what the brief already says (maximal marginal relevance). A sentence
used in one prose section is not used again in another, nor a near-duplicate of it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from math import fsum, log
from statistics import median

from briefing.analysis.claims import same_claim
from briefing.analysis.dates import WEEKDAYS, parse_iso
from briefing.analysis.tense import narration
from briefing.analysis.words import DIGIT, STOP_WORDS, content_words, near_identical, words
from briefing.compose.context import DEFAULT_MAX_WORDS, ComposeContext, stem
from briefing.compose.statement_ranking import PAST_TENSE, SECTIONS, SectionWeights
from briefing.model import Section, SentenceRef
from briefing.templates import SectionSpec

SUMMARY_DEFAULT = 5       # statements in a summary whose template sets no limit
SECTION_DEFAULT = 8       # statements in a background or outlook whose template sets no limit
POOL_FACTOR = 6           # the picks come from the best limit x 6 candidates
REPEAT_SIMILARITY = 0.6   # word overlap (Jaccard) from which a sentence repeats one already shown
CONTINUATION_GAP = 5      # "The talks ..." goes on about talks named at most this many sentences before
# a definite noun phrase opening a sentence, which may refer back to a noun just named
BACK_REFERENCE = re.compile(r"(?:The|This|These|Those|Such)\s+([a-z]+)\b")
# Weight of a candidate's likeness (0..1) to a sentence already shown, against its model score
# (log-odds). Best on the held-out scores of the eight labelled sets: 2-6 score alike, 1 and 8
# lower (too little: one event fills a section; too much: the sections lose their focus).
# Measured and left out: in the bottom line only, the wording's likeness at half weight (the
# deeds, ONE_DEED, still judged in full) raises the worst summary .40 -> .60 fitted and held out
# but costs another set a summary item, its issues .80 -> .70 and a third an outlook item;
# likeness above the candidate's mean likeness to the pool only, or on stems outside the words
# most reports share, trade summary items between sets. For the background alone (the other
# sections at 4, the shipped weights): 2 lowers six sets' background an item, 3 two sets (one by
# two items), 6 three sets (one set up an item).
# Measured and left out (s30-summary), for the bottom line alone with the shipped weights (means over
# the eight labelled sets / the seven unseen topics, against .800 / .571): REDUNDANCY 2 .675 / .543,
# 6 .800 / .571 (one unseen topic up an item, one down); STORY_LIKENESS .8, SAME_DOCUMENT .4, .6 or 1
# moved no bottom line (the story's usual likeness subtracted is .01-.03, and the second sentence of
# a picked report, a wrong pick in 7 of 8 such cases on the unseen topics, gives way to another
# report's aside), SAME_DOCUMENT 0 .750 / .514; MARGIN 1.5 or 2.5 for the bottom line .800 / .600
# (one unseen topic's bottom line up an item, its outlook down one), 0.5 .750 / .543. What a
# candidate adds, as the share of its idf weight the picks together already hold (against their
# union, not the nearest pick), beside or in place of the cosine, at full or .8 weight or raised to
# 1.5: .775 / .514 to .775 / .571, trading items between five sets. A look-ahead sentence taken as
# told by a picked deed of another report it shares matter with ("will meet on Tuesday" / "met on
# Tuesday and agreed"), at least that share like it: with the writer's own future verb nothing moved,
# with any look-ahead cue .750 / .571. Such a preview of a near time (a weekday, this or next week or
# month, this weekend, tomorrow, named after tense.looking_ahead_from) left out of the bottom line
# where another report tells it in the past and holds half its matter (counted over the preview's
# matter, not the shorter sentence's): one unseen topic's bottom line .60 -> .80 and nothing else,
# but by a wrong link (a sentence on the athlete's plans, not the one telling her withdrawal); with
# a named actor in common and two stems of what happens written in lower case (not names or titles,
# which a sentence on another matter naming one minister holds) it fires on 3 previews of the
# fifteen sets, 2 rightly by reading, none in the bottom line's places, and on none of a 120-report
# and a 150-report BBC pile: no brief moved.
# Measured (s31-summary) and left out: a preview of a near named time in the writer's own words (a
# look-ahead verb before a weekday, next week or month, tomorrow or tonight: "Harwick will meet the
# unions on Tuesday") refused from the bottom line, the outlook's matter: one unseen topic's bottom
# line .40 -> .60 (its outlook and issues an item down), 4 of 6 changed practice bottom lines better;
# on the 76 topics held back from fitting bottom line .461 -> .455 and outlook .406 -> .399.
REDUNDANCY = 4.0
# In the bottom line, the likeness two candidates share as a matter of course is no repeat: a
# candidate's likeness to a sentence shown counts only above STORY_LIKENESS times the median
# likeness of the candidates' pairs (the story's own words, which in a pile of reports on one
# story nearly every sentence shares). Best on the fifteen sets (fitted, held out, unseen):
# 0.4-0.6 two more summary items on two unseen sets and nothing else moved; 0.3 one of them,
# 0.75 and 1 also lose an outlook item; for background and outlook it moves nothing.
STORY_LIKENESS = 0.5
BELOW_STORY_LIKENESS = ("summary",)
# Measured (s30-ties) and left out: in the outlook, candidates whose worth (score less likeness to
# what is shown) lies within .03 of the best taken as tied and the most central of them picked (the
# outlook's yes/no features make many candidates share one score, and among them a hundredth of
# likeness decides, which favours a side figure over the story's own matter). Visible sets: two
# outlooks up an item (.38 -> .50, .50 -> .75), nothing down; held out, one labelled set's outlook
# down an item; on the topics held back from fitting, one outlook up and one down, and two topics'
# issues an item down. In the background (.03, .05) and the bottom line (.03) it cost items on the
# visible sets alone. A graded outlook feature (how firmly a sentence is timed) would leave fewer ties.
# Measured (s31-outlook) and left out: among candidates within .03 of the best, one looking ahead to a
# decision or a process ending in one (a vote, verdict, ruling, appeal, hearing, trial, deadline,
# review: gold .82 of the time among the labelled sets' first 20 contenders against .45) picked first:
# one unseen topic's outlook .50 -> .75 from one sentence; held back outlook .403 -> .401 (one topic
# down, none up). That graded feature (a future verb or open matter with a time or decision named 1,
# either alone 2/3, a modal or quoted look-ahead 1/3) fitted beside the yes/no cues .681 / .393 / .665
# and in place of five of them .650 / .446 / .603, against .696 / .446 / .665 (labelled fitted /
# unseen / held out); as the tie's key or a hand bonus two labelled sets lost an outlook item each.
# Likeness, at least, of two sentences of one report in one section: a report's sentences go on
# about one matter, and the sections are best spread over the sources. Best on the eight labelled
# sets (held out): 0.2; 0.1 and 0.3 between that and none. For the background alone (its weights
# refitted, means over the fifteen visible sets against .575, held out over the eight .578): 0 .533
# and .500, 0.1 .533 and .547, 0.35 .517 and .484, 0.5 .500 and .453; its own value is best.
# Measured (s30-outbg) and left out: a report carrying a copy of a pick (a running story's pasted
# paragraph, a wire story twice) counted as of the pick's report, so that the section is spread over
# the reports its statements cite. With a freed place filled (ranked_section) one visible set's
# outlook .50 -> .75 and 7 of 40 BBC practice piles a statement each different; on the topics held
# back from fitting it traded: as many issues, facts and bottom lines lost as won, one repeat more.
# Measured (s31-paraphrase) and left out: two reports' sentences taken as one telling of an event, at
# least .5 like each other in the background, where they name an actor in common and the same past
# verb rare in the pile (no figures differing), or the word beside a past year in one stands within
# two content words of it in the other: one labelled set's background .62 -> .75, on 46 practice
# piles one background changed (neutral); held back background .419 -> .416 and one topic's issues
# and naming an item down, nothing up.
# Measured (s31, lead) and left out: an outlook candidate's likeness to the earlier sections'
# statements read only on its words from where it looks ahead (tense.looking_ahead_from: a sentence
# that retells a shown deed, then says what comes of it, adds its look-ahead): one labelled set's
# outlook back up an item, but on the 76 topics held back outlook .403 -> .400, issues .642 -> .636,
# naming and facts down (the sections retell one another more).
SAME_DOCUMENT = 0.2
# Measured (s29-prose) for background and outlook with the shipped weights and left out; means over
# the eight labelled sets and the seven unseen topics, against background .670 / .481 and outlook
# .681 / .429. A report's third and later pick in one section costing .5 or 1 log-odds more for each
# pick of that report before (one report gives 4 to 6 of a section's 8 statements on six of the
# fifteen sets): background .609 / .499, outlook .630 / .411 (.611 at 1); one set of five reports,
# one of which gave six of its eight outlook statements, fell .57 -> .29. The likeness to an earlier
# section's statements (the bottom line's, the background's) weighed 0, .5, 1.5 or 2 times the
# likeness to this section's picks: at 0 background .609 / .447, outlook .680 / .376 and repeats up
# (the sections retell the bottom line); at 1.5 background .686 / .481, outlook .665 / .391 (two sets'
# background up an item against one down, three sets' outlook an item down); for the background alone
# at 1.5, two sets up an item, one down, and a fourth's outlook an item lower. A pool of the best
# limit x 3 or x 10 candidates instead of x 6 moved no prose section.
# Measured and left out, in the bottom line only: a report's later sentence, once an earlier one of
# it is picked, at least 1.0 like it (each report one statement before its details; 0.5-2 alike; a
# report's lead after its second sentence left at SAME_DOCUMENT, as asking it of any two sentences
# of one report took a lead out for an aside in 4 of 17 changed bottom lines). On the fifteen
# visible sets only one unseen set's background moved (.50 -> .62); over 89 BBC piles of files
# sharing a headline word and 25 story piles 12 bottom lines changed, 8 better (another report's
# news for a told report's detail: "Shares in <airline> tumbled after it warned it could run out
# of cash" for a second line of a profit warning told), 3 the same, 1 worse; but a held-back
# topic's issue naming fell below its floor (the issues avoid the bottom line's sentences), so the
# test suite fails with it. The same for two reports sharing 80% of their sentences (one wire
# story twice) changed 7 pile bottom lines, 5 better, 2 the same, but lowered a visible set's
# issues (.56 -> .44). In the background, two sentences of one report naming one past year taken
# as one past event (whatever words stand beside the year) changed 25 of 114 pile backgrounds,
# mostly for the worse (a report's distinct standing facts of one year, and in an undated pile
# every "in 2004" of a story told early the next year).
# A report's first sentence never left by MARGIN to a later prose section (kept for the bottom
# line): 6 pile bottom lines changed, 5 better, the visible sets as before, but held-back topics
# lost more than they gained (one bottom line .40 -> 0, two topics' issues down a tenth).
# What a sentence is about: its stems found in at least two sentences of the corpus and in at most
# this share of them (rarer words are asides no other sentence takes up, commoner ones name the
# whole story). Two sentences of one report that share much of that go on about one matter
# ("estimates that insured losses will reach ..." / "expects insured losses of ..."), however
# few of their other words they share: their likeness is at least SAME_MATTER times the shared
# part (idf-weighted, of the sentence with less of it). Best on the eight labelled sets held out:
# one more outlook item on one set and nothing else moved with 0.3-0.5 and 0.05-0.07; 0.75 and
# more, or applying it to sentences of different reports, lose background and outlook items; 0.03 finds too few words.
MATTER_SHARE = 0.05
SAME_MATTER = 0.5
# Two reports telling one event of one person in their own words ("the mayor resigned on Monday"
# / "Renko quit the council over ...") make one point of the bottom line: a candidate of another
# report that names a person a picked one names is at least SAME_EVENT times the matter they share
# like it. Best on the eight labelled sets held out: summary coverage mean .65 -> .725 with 1.0
# (0.75 and 1.5: .70; 2 and 3: .675 and outlook lower; 0.5: .675). Persons only: counting
# organisations and countries too (nearly every report of a story names them) loses a summary item
# on one set and a background item on another; applying it to background and outlook loses
# outlook items on two sets.
SAME_EVENT = 1.0
ONE_EVENT_ACROSS_REPORTS = ("summary",)
# Two reports telling one event with one verb and what it acts on ("a quake struck the coast at
# dawn ..." / "a powerful quake struck the coast, killing ...") tell one thing in the bottom line,
# however differently the rest of them runs: a candidate of another report is at least
# ONE_DEED times the share of its events (a past-tense verb with each of the next EVENT_WORDS
# content words, within EVENT_SPAN words) a picked one tells too like it. A share, so that a
# sentence telling that event and others ("... declared martial law before lawmakers voted to
# overturn it") keeps most of its worth. Best on the eight labelled sets, fitted and held out:
# 0.3-0.5 take one set's second telling of its main event out of the bottom line (its repeats in
# another section 1 -> 0 fitted, 2 -> 0 held out) and move nothing else; 0.75 and 1 lose one set a
# summary item; any shared verb and word, not a share, loses one.
ONE_DEED = 0.5
EVENT_WORDS = 2
EVENT_SPAN = 5
# words that are no event of their own: auxiliaries, the verbs that report speech (their object
# is what was said), and the determiners before a participle used as an adjective ("the
# embattled mayor"); closed classes of English
AUXILIARIES = frozenset("was were had did".split())
SPEECH_VERBS = frozenset("said told added stated reported claimed insisted noted explained argued stressed wrote".split())
DETERMINERS = frozenset("the a an its his her their this that these those our my your".split())
# Two reports telling one standing fact of the background in their own words name its year (or
# date) and share words of its matter ("the chain folded in 1998 after its lenders withdrew" / "its
# lenders pulled out and the chain went into receivership in 1998"): in the background, a candidate
# of another report that names a past year a picked one names and shares at least
# PAST_EVENT_SHARED of its matter stems (see MATTER_SHARE) is at least ONE_PAST_EVENT like it.
# Best on the eight labelled sets, fitted and held out: one more background item on one set and
# nothing else moved with 2 stems and 0.75-2; 1 stem loses background and outlook items on that
# set (its distinct events share a year and one word of the story), 3 moves nothing; any shared
# stem, matter or not, or a shared past-tense verb, trade a background item for an outlook one or
# for another set's.
ONE_PAST_EVENT = 1.0
PAST_EVENT_SHARED = 2
# The two reports of that year and matter must also name one same actor (a person, an
# organisation, a country) or tell one same deed (see deeds): one event has one doer or one deed.
# Two events of one year share the story's words as a matter of course ("Tarvel lost to Harwick
# in the 2011 Coastal Cup" / "Tom Reed scored the winning goal in the 2011 Coastal Cup final";
# "under the rules brought in after the 2011 floods, Harwick council sold land ..." / "the Act
# passed in 2011 after the floods lets Tarvel build on the marshes"). Measured on the fifteen sets: one
# unseen set's background .62 -> .75 (fitted and held out; mean .523 -> .532 held out), nothing
# else moved, repeats and duplicates unchanged; over the five BBC category piles the background
# of two changed, each taking one past event of its own for one that shared only a year and
# story words. A shared actor alone, without the deed, made the same briefs.
ONE_PAST_EVENT_IN = ("background",)
# A year in prose is attached to the word beside it: what happened then ("collapsed in 1998",
# "the 1998 collapse", "a flood 30 years ago"). Two sentences, of one report or two, naming one past
# year (a number, or "N years ago" counted back from the report's date) with one same word next to
# it (YEAR_WORDS content words on either side) tell one past event, however else they are worded:
# also ONE_PAST_EVENT like each other in the background. Best on the eight labelled sets, fitted
# and held out: two sets' background .50 -> .62 (one event told in four sentences, one told as a
# year and as "N years ago"), nothing else moved, with 1 word on each side; 2 on each side also
# moves one set's open issues (a later section's choice); words before the year only, or across
# reports only, find one of the two.
YEAR_WORDS = 1
# a year as a number stands in prose (not an amount, a share or a part of a date in figures)
YEAR = re.compile(r"(?<![\d$£€.,/-])(?:1[6-9]|20)\d\d(?![\d%])")
YEARS_AGO = re.compile(r"(?i:\b(\d{1,3})\s+years?\s+ago\b)")
# A sentence whose log-odds for another prose section exceed this section's by more than this
# is left to that section (a plan is not news, a ten-year-old event is not an outlook); 1-3
# score alike on the labelled sets, 0 lower; it matters most in small corpora. Only a section
# still to pick in this brief is left anything: one built before has passed the sentence by, one
# the template leaves out never picks (leaving to them too cost one set a background item).
# 0.5 raises the worst summary .40 -> .60 (fitted and held out) but lowers two sets' summaries
# 1.0 -> .80 and an outlook item. A report's first two sentences kept by the bottom line whatever
# MARGIN says moved no labelled set (fitted or held out) and traded on the unseen topics: one
# summary .60 -> .80 against its outlook .62 -> .50 and issues .80 -> .70 (one lead moved from the
# outlook to the bottom line), another's background .50 -> .62; the first sentence alone moved nothing.
# Measured (s30-outbg, shipped weights) and left out: background and outlook leaving a sentence to an
# earlier prose section too (the bottom line, the background) where it reads as that one's by MARGIN
# plus 0, 1 or 2 (of the background and outlook wrong picks on the fifteen visible sets, 9 and 6
# satisfy a gold summary item, 5 of the outlook's a background one): at MARGIN one set's background
# .75 -> .50, beyond it nothing moved. No background candidate the time roles read as looking ahead
# ("The plan, which ministers claim will cut waiting lists, is expected to be opposed by ..."): two
# sets' background up an item, two down, two sets' issues an item down (one of them an unseen topic,
# its outlook an item down too); asking also for the writer's own future verb, only that topic's
# outlook .50 -> .38.
MARGIN = 1.0
# Measured and left out: in the background, no candidate among the pile's least central tenth (the
# asides of a round-up report): one labelled set and one unseen topic up an item, nothing else
# moved, held out the same (.05 and .15-.3 traded items between sets); over 20 BBC story piles
# (files sharing a headline word) 2 statements changed, 1 better, 1 the same, but over 143 mixed
# piles (each BBC category in runs of 15 files) 46 changed, read 20 worse, 3 better, 23 the same:
# in a mixed pile the standing facts of a story one report tells ("the club was founded in 1890",
# "the first strike there since 1971") are the least central; asking also that the sentence share
# no word with its report's headline, 25 changed, still mostly worse. In the bottom line, a pool of
# the best limit x 4, 8 or 12 candidates, each report's best lead added to the pool, and a likeness
# of .5 or 1 between two sentences of one report (one statement per report) moved no summary item;
# a candidate whose nearest headline (its own included; headlines alike at a cosine of .5 as one)
# is a pick's at least .3, .6 or 1 like it (one statement per headline story: an undated pile's
# headlines each state a report's news) lowered the labelled sets' summary .800 -> .650-.675 (their
# reports' headlines retell one event) and moved the unseen topics' mean nothing (one up, one
# down); a lead of a dated report costing .5 or 1.5 where a later report's lead is .2 or .35 like
# it (stale news) fired on two leads of the fifteen sets (at .2) and moved nothing.
# Measured (s27-background) and left out: of the background statements shown for five BBC story
# piles, 17 of 40 tell no background, most of them a party's reaction or claim of the day ("Orla
# Brennock said ...", "X has dismissed questions ...", "... claimed Mr Tarnby"); no background candidate
# whose narration has a verb of speech or stance (said, told, insisted, claimed, argued, warned,
# dismissed, denied, accused, urged, rejected ...) unless it is read as earlier (the time role, a
# date before, the past perfect) cost three visible sets a background item (.75 -> .62, .50 ->
# .38, .38 -> .25): the gold keeps "X said Y" lines that tell the standing facts.
# A report's second sentence counts as a lead; where the report's first sentence retells a pick, it
# may be that report's detail rather than news. On the fifteen visible sets 28 of the 75 counted
# summary statements are second sentences, 18 of them gold (first sentences: 32 of 46), and of the 8
# whose first sentence was picked or passed over as a repeat, 4 are gold: no mark of a wrong pick.
# Taking the lead weight off a second sentence once its first is .5, .3 or .2 (above the story's
# usual likeness) like a pick of another report lost one, two and four sets a summary item
# (summary mean .693 -> .680, .667, .653); once its own report's first sentence is picked, it moved
# one unseen set's background .50 -> .62 and nothing else, but over 90 BBC piles (files sharing a
# headline word) it changed 26 summaries, read 6 better, 7 worse, 13 the same: what takes the place
# is as often an aside without its context ("On Monday, the group also called for a delay.").
# The bottom line's 25 wrong picks on the fifteen visible sets, read one by one: 8 tell an earlier
# state the pile's other reports overtake (a preview, "faces a stiff test this weekend", "will meet
# on Tuesday", "set for its first real test", "chosen for next month's final", or a first vote
# survived, where another report tells the outcome; 7 of them in undated piles), 5 the development
# a missed gold item tells in other words, 4 an aside or detail, 3 a development a pick tells, 2
# another development, 2 background, 1 an outlook item. No section took one of the 23 missed items
# first (the bottom line is built before the other prose sections; MARGIN left 3 to the outlook),
# and 16 of them ranked in the pool below the picks, passed over for picks that share fewer words
# with the picks before them (ranking_fit.py --misses: "like S9.1 0.10"). Each of these, in
# the bottom line only, lowered or only traded the summary mean (.693): REDUNDANCY 2, 6, 8, 12
# (.613, .693, .627, .547); MARGIN 1.5-3 (.707: one item moved from the outlook to the bottom line,
# that set's outlook .75 -> .62); the story's usual likeness as the 60th, 75th, 90th percentile of
# the pool's pairs, not half the median (.707 with a set's issues and outlook down, .693, .640);
# SAME_EVENT not counting the persons at least a third, half or two thirds of the reports name
# (.653); a likeness of .3-.75 times the matter shared across reports whoever they name (.693, .680);
# a report's second sentence not picked while its first is in the pool (.573); the first sentence
# weighed +.15, +.3, -.15 (.667, .613, .640); a report's centrality among the reports (its
# sentences' or its leads' mean, as a percentile) weighed .25-1 (.653-.533); the likeness to its own
# report's headline weighed .3-1 (.680-.627); in undated reports only, the writer's future verb
# weighed -.5 to -2 (.667, .653) or the past tense +.3, +.6 (.693, .680, others' issues and
# background lower); "The pair ...", "The duo ..." taken as a leaning subject (.693, one set's
# issues and outlook lower). Refitted (ranking_fit.py --try) with future_verb, lead_ahead, recency,
# role_outlook, role_background, present_perfect, past_tense or date_ahead and scheduled, none
# raised the held-out mean (.800 as shipped: .725, .650, .750, .650, .750, .775, .800, .700).
# Counted again (s29-summary, ranking_fit.py --misses): the 23 summary items the fifteen visible
# sets' bottom lines miss all have a sentence of their own in some report (none lost for want of
# one, none cut by length); 16 rank in the pool below the picks (10 of them shown by another
# section, mostly an open issue), 3 are left to the outlook (MARGIN), 2 passed over as repeats of a
# pick, 2 beyond the pool; no section built before takes one. Measured and left out: the bottom
# line's pool the best limit x 1.6, 2 or 3 (not x 6) candidates (the asides far down the ranking
# the likeness pushes in kept out): 1.6 lowers six sets' summary, 2 two, 3 raises one set's
# .40 -> .60 but lowers its outlook .25 -> .12 and another's issue naming .56 -> .33 (what the
# later sections are left); the pool cut at the limit-th candidate's score less .3, .5 or .8 (a
# floor by score, not a count) lowers six sets' summary (one up) at .3, none at .5 or .8;
# REDUNDANCY 3 or 5 in the bottom line alone trade summary items between sets, as 2 and 6 did.
# Background and outlook leave to the conflicting reports a sentence only it can show one of a
# report's versions by, unless it beats the next best by this much (log-odds); the bottom line
# does not, the conflict being often the news itself (a claim and its denial). Chosen on the eight
# labelled sets: repeats at most 2 on each, no coverage lost; 0.5-2 alike, applying it to the
# bottom line costs summary coverage (two sets 0.8 -> 0.4).
CONFLICT_COST = 1.0
# Measured again (s29-prose): 0 shows five of the fifteen visible sets a statement more again in the
# conflicting reports (one set's repeats 1 -> 3), costs two sets a background item and one an outlook
# item (a third set's background up one); .5 only one unseen topic's repeats 0 -> 1.
LEAVE_TO_CONFLICTS = ("background", "outlook")
# "It said ...", "It has also claimed ...", "It also has an option ...": a speaker or doer named
# only as "it" is one the sentence before named (a firm, a paper, a court); unlike the empty "It"
# of "It is likely that ..." or "It comes after ..." (EMPTY_IT_VERBS) this one never stands for
# nothing, so the sentence cannot stand on its own. The bottom line, read first and alone, takes
# none (speakers: an unseen set's summary .20 -> .40, nothing else moved; doers: no table moved);
# left out of background and outlook too, one set's outlook gains an item while another's loses
# one and a third's issues lose one (what the later sections pick next), so only here. The verb is
# read past the auxiliary and the adverbs of negation and time before it: "It has not yet been
# decided ..." is the empty "It" of "It has been decided ...". Measured and left out: background
# and outlook showing such a sentence only where the sentence before it in its report is shown
# before it or names the story's leading organisation (held-out outlook .649 -> .618, background
# .576 -> .546; the gold keeps several such lines, "It has caused a new wave of concern ...").
IT_VERB = re.compile(r"It\s+(?:(?:has|had|also|not|never|yet|still|already)\s+)*([a-z]+)\b")
WITHOUT_LEANING_SUBJECT = ("summary",)
# "The company said …", "Earlier this week the firm released …": a party named only by a generic
# description stands, as "It" does, for one the sentence before named (which company?). After at
# most a few words of time before it ("Earlier this week", "On Monday,"), no name among them.
GENERIC_SUBJECT = re.compile(r"(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3},?\s+)?[Tt]he\s+(?:company|firm|group)(?:[’']s)?\s+[a-z]")
# The verbs an empty "It" opens a sentence with ("It is expected that …", "It has been reported …",
# "It comes after …", "It took a week to …"): a closed class of English; after "It", any other verb
# tells what a party named before did
EMPTY_IT_VERBS = frozenset("""is was are were be been will would could can may might must should shall
seems seemed appears appeared remains remained comes came emerged emerges looks looked takes took
means meant follows followed happened sounds sounded feels felt""".split())
# A sentence that opens by setting all it tells at an earlier named time ("Last April, Ann Vale
# spoke ...", "Last year's final ...", "Last season he ...", "Ten years ago the mill ...") tells what
# came before the reports' news, however central its words are: the bottom line, read as the
# story's news now, takes none (AT_AN_EARLIER_TIME_IN); the background may. A closed class of
# English time phrases: a month by name, the year, the season or a season of the year after "Last",
# or a count of years ago; "Last week", "Last month", "Last night" are the reports' own days and
# stay. Of the BBC corpus's 40,012 sentences 73 open so (a sample of 30 read: every one tells an
# earlier time: last year's figures, last season's ratings, an earlier ban); the bottom lines of the five
# categories, each built as one pile, do not change. On the fifteen visible sets one bottom line
# showed such a sentence instead of a summary item (.40 -> .60); no section takes it instead, so
# that set's fact coverage loses the background fact it told (.69 -> .66); nothing else moved.
EARLIER_OPENING = re.compile(r"\W*(?:Last\s+(?:January|February|March|April|May|June|July|August|September|October|"
                             r"November|December|year|season|spring|summer|autumn|winter)|"
                             r"(?:\d+|[A-Z][a-z]+)\s+years\s+ago)(?![\w-])")
AT_AN_EARLIER_TIME_IN = ("summary",)
# A bottom line is short beside what it sums up: at most this share of the sentences (it
# matters only in small corpora; the labelled sets have 100 to 250 sentences).
SUMMARY_SHARE = 0.25
# "He said the port would reopen in May." reads only after the sentence naming him: background
# and outlook may show such a sentence after the one before it in its report, where that one
# stands on its own and no section shows it, the two as the source writes them. Measured again for
# the background (two of its missed items open on "He"): shipped weights, one set's background
# .62 -> .50 and issues .90 -> .80 against its outlook .57 -> .71, nothing else moved; refitted, the
# mean background over the fifteen visible sets .575 -> .583 (an unseen topic up an item), held out
# over the eight labelled .578 -> .562 (one set down an item)
# The outlook also shows a sentence opening on "They" after the one before it ("Six dockers were
# charged ... They will appear before magistrates on 21 December."), as the open issues do, where
# the tense reads that sentence itself as looking ahead (else, in a short pile whose outlook takes
# what it finds, it took the issues' "They say ..."): a court date, a march, a vote of a group the
# sentence before names; not after a quotation, whose
# "they" the sentence before does not name, nor across a paragraph break. Of the fifteen visible
# sets' missed outlook items, three have a sentence refused as not alone on "They": one is now a
# candidate (ranked far below the budget), one follows a quotation, one a paragraph break; no table
# moved; of 40 BBC practice piles (files sharing a name word) one outlook changed, a
# "They will set up a charity ..." shown after the sentence naming the pair, for another look-ahead.
# Measured and left out: "His" and "Her" openers too ("His spokesman said it was unlikely he would
# give more"): no practice pile's prose sections moved, nor the visible sets'.
WITH_ANTECEDENT = ("outlook",)
PAIR_WORDS = 1.5          # the two together run to at most this many times a statement's length
# ... where it opens on "he" or "she" and the one before names a person, or in the outlook on "they"
PERSON_OPENER = re.compile(r"\W*(?:He|She)\b")
GROUP_OPENER = re.compile(r"They\b")
# ... or on a person named by age alone ("The 52-year-old said ...", "The 34-year-old's coach",
# "The former minister, 61, said ..."): news prose uses the age as an epithet standing for the
# name the sentence before gives, so such a sentence leans on that one as "he" does and cannot
# stand as a statement on its own (one set's outlook and an unseen set's background each showed
# one; the scores do not count it as dangling)
AGE_EPITHET = re.compile(r"\W*The\s+(?:\d{1,3}-year-old\b|(?:[A-Za-z’'-]+\s+){0,3}[A-Za-z’'-]+,\s+\d{1,3},)")
# A sentence whose own words (outside quotation marks) say "I", "me" or "my" is a speaker's, not
# the writer's: a line inside a quotation that runs over several sentences, or of a page of
# quotations, whose speaker it does not name. No prose section shows it as a statement (an unseen
# set's bottom line showed one, "I fell in love ..."). The first-person singular pronouns, a closed
# class; "I" not right after a capitalised word, where it is a numeral ("World War I").
FIRST_PERSON = re.compile(r"\b(?:me|my|mine|myself)\b|(?:^|(\S*)\s+)\(?I(?:[’']m|[’']ve|[’']d|[’']ll)?\b(?![.’'-])")
# The plural too ("We will assess it in the morning.", "Our members will decide."): a news writer
# does not say "we" in a report's own words. Of a BBC category's 5,404 sentences (politics, none of
# the held-back files), 153 do outside quotation marks, and of 40 read 36 are a speaker's line or a
# reader's comment; the others a columnist's aside ("while we are on the subject"), and "our
# correspondent", the broadcaster's own, which is left out. "us" in lower case only: "US" is a
# country. Of 40 BBC practice piles two changed, each for the better: a coach's "We will assess it
# in the morning." left the outlook, a player's "As of today we have not received any statement" a
# background; the fifteen visible sets did not move.
FIRST_PERSON_PLURAL = re.compile(r"\b(?:[Ww]e|us|[Oo]urs|ourselves)\b|"
                                 r"\b[Oo]ur\b(?!\s+(?:[\w-]+\s+){0,2}(?:correspondents?|reporters?|editors?)\b)")
QUOTE_OPENER = re.compile(r"\W*[“\"‘]")

# A look-ahead sentence of one report ("Harwick workers will vote on the offer on Monday") that a
# later report tells as done ("Workers at Harwick voted on Monday to accept ...") is overtaken
# news: the bottom line and the outlook leave it out (OVERTAKEN_IN), and so do the open issues (an
# issue of a vote held is not open). The link is strict: the verb the future governs (AHEAD_HEAD)
# comes back in the past tense, in the writer's words of another report (another document) that
# names an actor of the preview too, dated after the day that report gives the deed, and that day
# is the preview's (its date, or, where the preview's report is undated, the same weekday named).
# An undated pile tells no dated deed and is left as it was. Measured for undated piles and left
# out: a preview whose governed verb another report tells in the past tense, naming an actor of the
# preview, fires 6 times on the 7 undated visible sets, once overtaken (an appeal ruling, which the
# gold outlook keeps as "expected to rule"), the rest other deeds of one verb ("decided to fly
# back" for "will decide if their bans should stand"); asking also for a word after the verb that
# the preview has too, it fires on none of them and once on 19 BBC keyword piles, wrongly
# ("will vote for Labour" / "have traditionally voted Labour").
# How much a better link could give, measured by hand as an oracle would: of the 51 wrong outlook
# picks on the fifteen visible sets, about 14 look ahead to what another report tells as done (an
# undated pile's early previews of a verdict, a hearing, a trial, a race; a dated pile's "the
# strike will continue"). Left out by hand (as overtaken, so the bottom line and the issues lose
# them too), six sets' outlook moved one .75 -> 1.00, one .50 -> .62 (its issues .89 -> .78), one
# .25 -> .12, three not at all: the outlook takes the next previews of the same early reports,
# the gold lying 30 to 60 places down. A report whose opening sentence looks ahead and which
# another report retells in the past (cosine .25-.4) taken as stale whole (its writer's own
# look-ahead sentences overtaken) fired on three reports of the fifteen sets (two rightly), and
# cost one set an outlook item and two sets an issue.
OVERTAKEN_IN = ("summary", "outlook")
AHEAD_HEAD = re.compile(r"(?i:\b(?:will|shall|(?:is|are)\s+(?:set|expected|scheduled|slated|due|poised|going|about)\s+to|"
                        r"(?:plans?|planning|intends?|intending)\s+to|(?:is|are)\s+to)\s+"
                        r"(?:(?:also|then|now|finally|formally|again)\s+)?([a-z]+)\b)")
# verbs too general to tell one event by ("will be", "is to have", "will make")
LIGHT_VERBS = frozenset("be have do get make take go come become remain stay keep give put see".split())
# "will be signed", "is expected to be formally held": the participle tells the deed
PARTICIPLE_AFTER = re.compile(r"\s+(?:(?:formally|officially|finally)\s+)?([a-z]+(?:ed|en)|held|met|sold|told|made|built|won|paid|sent|kept|set)\b")
WEEKDAY = re.compile(r"\b(" + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b")


def section_scores(ctx: ComposeContext, kind: str) -> dict[SentenceRef, float]:
    """Every sentence's log-odds of belonging in the section `kind`."""
    weights = ctx.ranking.section(kind)
    return {ref: weights.score(x) for ref, x in ctx.features.items()}


def fresh(ctx: ComposeContext, ref: SentenceRef) -> bool:
    """Not used by another section, nor one of the sentences saying the same as a used one."""
    return not ctx.among(ref, ctx.used)


def matter(ctx: ComposeContext, ref: SentenceRef) -> dict[str, float]:
    """The stems the sentence is about (see MATTER_SHARE), each with its idf."""
    n = len(ctx.words) + 1
    rarest, commonest = log(n / 2) + 1e-9, log(n / max(2.0, MATTER_SHARE * n))
    stems = {ctx.stem_of[w] for w in ctx.words[ref]}
    return {s: ctx.stem_idf[s] for s in sorted(stems) if commonest <= ctx.stem_idf[s] <= rarest}


def shared_matter(ctx: ComposeContext, a: SentenceRef, b: SentenceRef) -> float:
    """How much of what the one of two sentences with less to say is about the other is about
    too, 0 .. 1 (idf-weighted)."""
    ma, mb = matter(ctx, a), matter(ctx, b)
    if not ma or not mb:
        return 0.0
    shared = fsum(v for s, v in ma.items() if s in mb)
    return shared / min(fsum(ma.values()), fsum(mb.values()))


def likeness(ctx: ComposeContext, a: SentenceRef, b: SentenceRef, chosen: set[SentenceRef],
             people: dict[SentenceRef, frozenset[str]] | None = None, past: bool = False) -> float:
    """How alike two sentences are (ctx.likeness); for two of one report in one section, at
    least SAME_DOCUMENT and SAME_MATTER times the matter they share; where `people` is given
    (the bottom line), for two of different reports, at least SAME_EVENT times the matter they
    share where they name one person, and ONE_DEED times the share of `a`'s deeds `b` tells too;
    where `past` is set (the background), for two telling one past event (one_past_event), at
    least ONE_PAST_EVENT."""
    like = ctx.likeness(a, b)
    if b not in chosen:
        return like
    if a.doc == b.doc:
        like = max(like, SAME_DOCUMENT, SAME_MATTER * shared_matter(ctx, a, b))
    elif people is not None:
        if people.get(a, frozenset()) & people.get(b, frozenset()):
            like = max(like, SAME_EVENT * shared_matter(ctx, a, b))
        like = max(like, ONE_DEED * shared_deeds(ctx, a, b))
    if past and one_past_event(ctx, a, b):
        like = max(like, ONE_PAST_EVENT)
    return like


def story_likeness(ctx: ComposeContext, pool: list[SentenceRef]) -> float:
    """STORY_LIKENESS times the median likeness of the pool's pairs: what two of its sentences
    share as a matter of course (the pool is a section's best few dozen candidates)."""
    pairs = [ctx.likeness(a, b) for i, a in enumerate(pool) for b in pool[i + 1:]]
    return STORY_LIKENESS * median(pairs) if pairs else 0.0


def deeds(ctx: ComposeContext, ref: SentenceRef) -> frozenset[tuple[str, str]]:
    """(verb, word) for each past-tense verb the writer tells (not a speaker's, not an auxiliary
    or a verb of speech) and each of the EVENT_WORDS content words after it: what was done to
    what ("struck the coast" -> (struck, coast))."""
    return deeds_of(ctx.text(ref))


@lru_cache(maxsize=4096)
def deeds_of(text: str) -> frozenset[tuple[str, str]]:
    tokens = words(narration(text))
    out: set[tuple[str, str]] = set()
    for i, t in enumerate(tokens):
        if t in AUXILIARIES or t in SPEECH_VERBS or not PAST_TENSE.fullmatch(t) or i and tokens[i - 1] in DETERMINERS:
            continue
        after = [w for w in tokens[i + 1:i + 1 + EVENT_SPAN] if w not in STOP_WORDS and not DIGIT.search(w)]
        out.update((stem(t), stem(w)) for w in after[:EVENT_WORDS])
    return frozenset(out)


def shared_deeds(ctx: ComposeContext, a: SentenceRef, b: SentenceRef) -> float:
    """The share of the verbs of `a`'s events (deeds) that tell an event of `b` too, 0 .. 1."""
    of_a = deeds(ctx, a)
    if not of_a:
        return 0.0
    of_b = deeds(ctx, b)
    return len({v for v, w in of_a if (v, w) in of_b}) / len({v for v, _ in of_a})


def one_past_event(ctx: ComposeContext, a: SentenceRef, b: SentenceRef) -> bool:
    """The two sentences tell one past event: they name one past year with one same word beside
    it (YEAR_WORDS), or, from two reports, share that year, PAST_EVENT_SHARED matter stems and
    an actor or a deed: one event has one doer or one deed."""
    if not past_years(ctx, a) & past_years(ctx, b):
        return False
    if year_words(ctx, a) & year_words(ctx, b):
        return True
    if a.doc == b.doc or len(matter(ctx, a).keys() & matter(ctx, b).keys()) < PAST_EVENT_SHARED:
        return False
    return bool(ctx.actors_in.get(a, frozenset()) & ctx.actors_in.get(b, frozenset()) or deeds(ctx, a) & deeds(ctx, b))


def past_mentions(text: str, now: int | None) -> list[tuple[int, int, int]]:
    """(year, start, end) of each year the text names that lies before `now` (every year named
    where `now` is None): a year in figures, or "N years ago" counted back from `now`."""
    found = [(int(m.group(0)), m.start(), m.end()) for m in YEAR.finditer(text)]
    found = [f for f in found if now is None or f[0] < now]
    if now is not None:
        found += [(now - int(m.group(1)), m.start(), m.end()) for m in YEARS_AGO.finditer(text)]
    return found


def report_year(ctx: ComposeContext, ref: SentenceRef) -> int | None:
    published = ctx.corpus.documents[ref.doc].published
    return int(published[:4]) if published and published[:4].isdigit() else None


def past_years(ctx: ComposeContext, ref: SentenceRef) -> set[int]:
    """The years the sentence names that lie before its report's date (all it names if undated)."""
    return {year for year, _, _ in past_mentions(ctx.text(ref), report_year(ctx, ref))}


def year_words(ctx: ComposeContext, ref: SentenceRef) -> frozenset[tuple[int, str]]:
    """(year, stem) of the content words beside each past year the sentence names (YEAR_WORDS on
    either side; words, not figures)."""
    return year_words_of(ctx.text(ref), report_year(ctx, ref))


@lru_cache(maxsize=4096)
def year_words_of(text: str, now: int | None) -> frozenset[tuple[int, str]]:
    out: set[tuple[int, str]] = set()
    for year, start, end in past_mentions(text, now):
        before = [w for w in content_words(text[:start]) if not DIGIT.search(w)][-YEAR_WORDS:]
        after = [w for w in content_words(text[end:]) if not DIGIT.search(w)][:YEAR_WORDS]
        out.update((year, stem(w)) for w in before + after)
    return frozenset(out)


def stands_for_a_party_before(ctx: ComposeContext, ref: SentenceRef) -> bool:
    """The sentence, as a statement shows it (no wire dateline), opens on a subject that stands for
    a party named before: "It" speaking ("It said the plant would close") or doing ("It also has an
    option on 70 more", "It made a profit of $5m"), not the empty "It" of "It is likely …",
    "It comes after …" (EMPTY_IT_VERBS); or a generic description ("The company said …",
    GENERIC_SUBJECT)."""
    text = ctx.text(ref)[ctx.leads.get(ref, 0):].lstrip()
    m = IT_VERB.match(text)
    return bool(m) and m.group(1) not in EMPTY_IT_VERBS or GENERIC_SUBJECT.match(text) is not None


def speakers_words(ctx: ComposeContext, ref: SentenceRef) -> bool:
    """The sentence's own words, outside quotation marks, speak in the first person (FIRST_PERSON,
    FIRST_PERSON_PLURAL): "I tried for three years.", "We will assess it in the morning." is a
    line of a quotation running over several sentences."""
    own = narration(ctx.text(ref))
    return first_person(own) or FIRST_PERSON_PLURAL.search(own) is not None


def first_person(text: str) -> bool:
    """`text` says "I", "me" or "my" (FIRST_PERSON): "I" at the start, after a lower-case word or
    after a stop or comma, not right after a capitalised word ("World War I", "Phase I")."""
    for m in FIRST_PERSON.finditer(text):
        before = m.group(1)     # the word before "I" (None for "me", "my" ... or "I" first)
        if not before or not before[0].isupper() or not before[-1].isalnum():
            return True
    return False


def named_by_age(ctx: ComposeContext, ref: SentenceRef) -> bool:
    """The sentence, as a statement shows it (no wire dateline), opens on a person named by age
    alone (AGE_EPITHET): "The 52-year-old said ..."."""
    return bool(AGE_EPITHET.match(ctx.text(ref)[ctx.leads.get(ref, 0):]))


def continues(ctx: ComposeContext, first: SentenceRef, then: SentenceRef) -> bool:
    """`then` follows `first` closely in one document and opens on one of its nouns ("... will
    hold talks. ... The talks are expected to ..."): it says more about the same matter."""
    if first.doc != then.doc or not 0 < then.sentence - first.sentence <= CONTINUATION_GAP:
        return False
    m = BACK_REFERENCE.match(ctx.text(then))
    return bool(m) and m.group(1).lower() in ctx.words[first]


# A forecast that a quantity will change: a change word (a closed class of English verbs and
# comparatives of rising and falling) shortly after a word that looks ahead or hedges.
RISE_WORDS = frozenset("rise rises rising increase increases increasing higher climb climbs climbing grow grows "
                       "growing mount mounts mounting soar soars soaring swell swells swelling".split())
FALL_WORDS = frozenset("fall falls falling drop drops dropping decline declines declining decrease decreases "
                       "decreasing lower shrink shrinks shrinking".split())
AHEAD_OR_HEDGE = frozenset("will would could may might likely expected set continue continues poised bound "
                           "going ll projected forecast predicted".split())
# nouns that name a count of anything ("the number of ...", "the toll", "the tally"): forecasts of
# a count in one direction say one thing, whatever is counted in their words
COUNT_NOUNS = frozenset("number numbers toll tally count total figure figures".split())
FORECAST_WINDOW = 4       # the change word comes at most this many words after the look-ahead word
SUBJECT_WINDOW = 8        # the counted noun comes at most this many words before the change word
TOKEN = re.compile(r"[a-z]+")


def forecast(text: str) -> tuple[str, str] | None:
    """(what, direction) where the sentence forecasts that a quantity will rise or fall ("the
    death toll is likely to rise", "numbers might increase", "could be higher"): `what` is "count"
    for a count of anything, else the word before the forecast."""
    tokens = TOKEN.findall(text.lower())
    for i, t in enumerate(tokens):
        direction = "up" if t in RISE_WORDS else "down" if t in FALL_WORDS else None
        if direction is None:
            continue
        ahead = [j for j in range(max(0, i - FORECAST_WINDOW), i) if tokens[j] in AHEAD_OR_HEDGE]
        if not ahead:
            continue
        before = tokens[max(0, i - SUBJECT_WINDOW):i]
        if COUNT_NOUNS & set(before):
            return "count", direction
        j = ahead[0] - 1
        while j >= 0 and (tokens[j] in STOP_WORDS or tokens[j] in AHEAD_OR_HEDGE):
            j -= 1
        return (tokens[j] if j >= 0 else ""), direction
    return None


def same_forecast(ctx: ComposeContext, a: SentenceRef, b: SentenceRef) -> bool:
    """Both sentences forecast the same change of the same quantity: one point in two wordings."""
    fa = forecast(ctx.text(a))
    return fa is not None and fa == forecast(ctx.text(b))


def overtaken(ctx: ComposeContext) -> set[SentenceRef]:
    """The look-ahead sentences a later report tells as done (see OVERTAKEN_IN)."""
    published = [parse_iso(d.published) for d in ctx.corpus.documents]
    # deeds a dated report gives a day before its dateline, in its own words ("voted on Monday")
    done = [e for e in ctx.facts.events if not (e.future or e.inferred or e.approximate or e.compared)
            and e.date_text and published[e.ref.doc] and len(e.date) == 10
            and e.date < published[e.ref.doc].isoformat()]
    if not done:
        return set()
    days: dict[SentenceRef, set[str]] = {}          # a dated report's look-ahead sentence: its days
    for e in ctx.facts.events:
        if e.future and not e.approximate and len(e.date) == 10 and published[e.ref.doc]:
            days.setdefault(e.ref, set()).add(e.date)
    undated = [r for r in ctx.words if not published[r.doc] and WEEKDAY.search(ctx.text(r))]
    previews: dict[SentenceRef, tuple[str, tuple[str, bool]]] = {}     # a preview's own words, its verb
    for ref in [*days, *undated]:
        own = narration(ctx.text(ref))
        verb = ahead_head(own)
        if verb is not None:
            previews[ref] = own, verb
    if not previews:
        return set()
    told = {e.ref: words(narration(ctx.text(e.ref))) for e in done}      # a deed's report's own words
    named = ctx.actors_in
    out = set()
    for ref, (own, (verb, participle)) in previews.items():
        weekdays = set(WEEKDAY.findall(own)) if ref not in days else set()
        for e in done:
            if e.ref.doc != ref.doc and (e.date in days.get(ref, ()) or any(w in e.date_text for w in weekdays)) \
                    and named.get(ref, frozenset()) & named.get(e.ref, frozenset()) \
                    and any(stem(t) == verb and (participle or t != verb) and PAST_TENSE.fullmatch(t)
                            for t in told[e.ref]):
                out.add(ref)
                break
    return out


def ahead_head(own: str) -> tuple[str, bool] | None:
    """The stem of the verb a look-ahead form governs ("will vote" -> vot, "is expected to be
    signed" -> sign) and whether it is a participle; None for a light verb (LIGHT_VERBS)."""
    m = AHEAD_HEAD.search(own)
    if m is None:
        return None
    head, participle = m.group(1).lower(), False
    if head == "be":
        after = PARTICIPLE_AFTER.match(own, m.end())
        if after is None:
            return None
        head, participle = after.group(1).lower(), True
    return None if head in LIGHT_VERBS else (stem(head), participle)


def pick_diverse(ctx: ComposeContext, pool: list[SentenceRef], limit: int,
                 scores: dict[SentenceRef, float], kind: str = "",
                 also: dict[SentenceRef, list[SentenceRef]] | None = None) -> list[SentenceRef]:
    """Maximal marginal relevance: each next sentence of `pool` for its score less its likeness
    to the sentences already shown (in this section or an earlier prose one); none
    near-identical to one of them nor telling one's claim by its figure in other words (such a
    sentence is noted in `also` under the one it retells), none going on about what a picked one
    just named, none in the bottom line telling a picked one's event of one person in other
    words, none in the background telling a picked one's past event (its year, its matter) in
    other words; in background and outlook, a sentence a conflicting report needs costs
    CONFLICT_COST; in the bottom line, only likeness above the story's usual one
    (story_likeness) counts. Of two weighed alike (the models' features are mostly yes/no), the
    more central to the story first."""
    pool = list(pool)
    shown = sorted(ctx.used)
    shown_texts = [ctx.text(r) for r in shown]
    chosen: list[SentenceRef] = []
    picked: set[SentenceRef] = set()
    # each candidate's likeness to the nearest sentence shown so far, kept up to date as picks come
    nearest = {r: max((likeness(ctx, r, c, picked) for c in shown), default=0.0) for r in pool}
    # in the bottom line, two reports naming one person on one matter tell one event (SAME_EVENT)
    people = ctx.people_in if kind in ONE_EVENT_ACROSS_REPORTS else None
    # a sentence the conflicting reports need to show a version costs this section a little
    cost = {r: CONFLICT_COST if kind in LEAVE_TO_CONFLICTS and ctx.needed_by_conflict(r) else 0.0 for r in pool}

    usual = story_likeness(ctx, pool) if kind in BELOW_STORY_LIKENESS else 0.0

    while pool and len(chosen) < limit:
        best = max(pool, key=lambda r: (round(scores[r] - REDUNDANCY * max(0.0, nearest[r] - usual) - cost[r], 6), ctx.centrality[r],
                                        -r.doc, -r.sentence))
        pool.remove(best)
        text = ctx.text(best)
        if any(near_identical(text, t, REPEAT_SIMILARITY) for t in shown_texts) or \
                any(continues(ctx, c, best) or continues(ctx, best, c) or same_forecast(ctx, c, best) for c in chosen):
            continue
        told = next((c for c in [*shown, *chosen] if same_claim(ctx.text(c), text)), None)
        if told is not None:
            if also is not None:
                also.setdefault(told, []).append(best)
            continue
        chosen.append(best)
        picked.add(best)
        shown_texts.append(text)
        for r in pool:
            nearest[r] = max(nearest[r], likeness(ctx, r, best, picked, people, kind in ONE_PAST_EVENT_IN))
    return chosen


def ranked_section(ctx: ComposeContext, spec: SectionSpec, kind: str, default: int) -> Section:
    """The section's best `limit` x POOL_FACTOR candidates, best first, then picked for what
    each adds. A candidate can stand as a statement, is not used yet, has the sources the
    template asks for, and does not read far more as another prose section's."""
    limit = section_limit(ctx, spec, kind, default)
    scores = section_scores(ctx, kind)
    others = later_sections(ctx, kind)
    pool: list[SentenceRef] = []
    # best first; of sentences weighed alike, the more central first (a stable sort of that order)
    antecedents: dict[SentenceRef, SentenceRef] = {}     # a candidate that points back, and to what
    for r in sorted(ctx.central_order, key=scores.__getitem__, reverse=True):
        if len(pool) >= limit * POOL_FACTOR:
            break
        why, before = candidacy(ctx, r, spec, kind, scores, others)
        if not why:
            pool.append(r)
            if before is not None:
                antecedents[r] = before
    # a sentence that points back is shown after its antecedent, which is then not shown again: a
    # pick shown so inside another's statement leaves its place to the next pick (the picks are
    # made one by one, so the first ones stay as they were). Without this 2 of 40 BBC practice
    # piles showed 7 outlook statements, not 8.
    picks = limit
    while True:
        told_too: dict[SentenceRef, list[SentenceRef]] = {}     # a shown sentence's claim retold (same_claim)
        chosen = pick_diverse(ctx, pool, picks, scores, kind, told_too)
        pairs = {r: antecedents[r] for r in chosen if r in antecedents}
        refs = [r for r in chosen if r not in pairs.values()]
        if len(refs) >= limit or len(chosen) < picks:
            break
        picks += limit - len(refs)
    ctx.used.update(refs)
    # a sentence retelling a shown claim is told by it: no later section shows it; one of another
    # report retelling a claim of this section is cited with it
    ctx.used.update(r for retold in told_too.values() for r in retold)
    ctx.used.update(pairs.values())
    if kind == "summary":
        ctx.in_summary.update(refs)
    also = {r: cited_with(ctx, r, told_too.get(r, [])) for r in refs}
    statements = [ctx.run_statement([pairs[r], r], also[r]) if r in pairs else ctx.statement(r, also[r]) for r in refs]
    return Section(spec.kind, spec.title, statements=statements)


def section_limit(ctx: ComposeContext, spec: SectionSpec, kind: str, default: int) -> int:
    """How many statements the section shows at most: the template's number, the bottom line at
    most SUMMARY_SHARE of the sentences."""
    limit = spec.max_items or default
    return min(limit, max(1, round(SUMMARY_SHARE * len(ctx.features)))) if kind == "summary" else limit


def later_sections(ctx: ComposeContext, kind: str) -> list[tuple[str, SectionWeights]]:
    """The prose sections still to pick after `kind` in this brief, each with its model: a
    sentence reading far more as one of theirs is left to it (see MARGIN)."""
    enabled = {s.kind for s in ctx.template.sections if s.enabled}
    return [(k, ctx.ranking.section(k)) for k in SECTIONS[SECTIONS.index(kind) + 1:] if k in enabled]


def candidacy(ctx: ComposeContext, ref: SentenceRef, spec: SectionSpec, kind: str, scores: dict[SentenceRef, float],
              others: list[tuple[str, SectionWeights]]) -> tuple[str, SentenceRef | None]:
    """Whether `ref` may be picked for the section `kind`: "" and the sentence it is shown after
    (None where it stands alone) if so, else why not: "overtaken" (OVERTAKEN_IN), "not alone"
    (it leans on a sentence before it, speaks in the first person or is no whole sentence),
    "used" (shown by an earlier prose section, or one saying the same is), "sources" (fewer than
    the template asks for), "leaning subject" (WITHOUT_LEANING_SUBJECT), "earlier time"
    (AT_AN_EARLIER_TIME_IN), or "left to" the section
    of `others` (a later prose section: kind and weights) it reads far more as (MARGIN)."""
    if kind in OVERTAKEN_IN and ref in ctx.overtaken:
        return "overtaken", None
    alone = ctx.candidate(ref, spec.max_words) and not named_by_age(ctx, ref) and not speakers_words(ctx, ref)
    # "They ..." only where it looks ahead itself: the outlook is no place for what a group says or did
    ahead = ctx.facts.time_roles.get(ref) == "outlook"
    before = antecedent(ctx, ref, spec, groups=ahead) if not alone and kind in WITH_ANTECEDENT else None
    if not alone and before is None:
        return "not alone", None
    if not fresh(ctx, ref):
        return "used", None
    if ctx.sources_of(ref) < (spec.min_sources or 1):
        return "sources", None
    if kind in WITHOUT_LEANING_SUBJECT and stands_for_a_party_before(ctx, ref):
        return "leaning subject", None
    if kind in AT_AN_EARLIER_TIME_IN and opens_at_an_earlier_time(ctx.text(ref)[ctx.leads.get(ref, 0):]):
        return "earlier time", None
    left = next((k for k, other in others if scores[ref] + MARGIN < other.score(ctx.features[ref])), None)
    return (f"left to {left}", None) if left else ("", before)


def opens_at_an_earlier_time(text: str) -> bool:
    """The sentence opens by setting what it tells at an earlier named time (EARLIER_OPENING)."""
    return bool(EARLIER_OPENING.match(text))


def cited_with(ctx: ComposeContext, ref: SentenceRef, retold: list[SentenceRef]) -> list[SentenceRef]:
    """The sentences a statement of `ref` cites after it: one of each other source saying the same
    (ctx.others), then one of each further source retelling its claim."""
    out = ctx.others(ref)
    docs = {ref.doc} | {r.doc for r in out}
    for r in retold:
        if r.doc not in docs:
            docs.add(r.doc)
            out.append(r)
    return out


def antecedent(ctx: ComposeContext, ref: SentenceRef, spec: SectionSpec, shown_too: bool = False,
               groups: bool = False) -> SentenceRef | None:
    """The sentence before `ref` in its report, where `ref` points back to a person it names ("He
    said ...", "The 52-year-old said ...") and the two read whole together: they are of one
    paragraph, that one stands on its own, is no quotation, no section shows it or another report's
    copy of it yet (unless `shown_too`), and the two are not too long (PAIR_WORDS). With `groups`, also where `ref`
    opens on "They" ("They were charged ..."), whoever the sentence before names."""
    by_group = groups and GROUP_OPENER.match(ctx.text(ref)) is not None
    by_pronoun = ctx.points_back(ref) and (PERSON_OPENER.match(ctx.text(ref)) or by_group)
    if not (by_pronoun or named_by_age(ctx, ref)) or not ctx.usable(ref, spec.max_words):
        return None
    before = ctx.neighbour(ref, -1)
    if before is None or ctx.points_back(before) or not ctx.usable(before, None) \
            or not (ctx.people_in.get(before) or by_group) or QUOTE_OPENER.match(ctx.text(before)) \
            or not shown_too and (not fresh(ctx, before) or before in ctx.shown or ctx.needed_by_conflict(before)):
        return None
    first, second = ctx.corpus.sentence(before), ctx.corpus.sentence(ref)
    if "\n" in ctx.corpus.documents[ref.doc].text[first.end:second.start]:
        return None         # one paragraph: a statement shows no paragraph break
    words = len(ctx.text(before).split()) + len(ctx.text(ref).split())
    return before if words <= PAIR_WORDS * (spec.max_words or DEFAULT_MAX_WORDS) else None


def summary_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    """The story's main news: central sentences, from the leads, that headlines echo."""
    return ranked_section(ctx, spec, "summary", SUMMARY_DEFAULT)


def background_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    """What happened before the story's events and the standing facts that explain it."""
    return ranked_section(ctx, spec, "background", SECTION_DEFAULT)


def outlook_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    """What is expected, planned, threatened, due or still unresolved."""
    return ranked_section(ctx, spec, "outlook", SECTION_DEFAULT)
