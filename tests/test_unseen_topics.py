"""Briefs on topics no rule was tuned on (BBC articles picked by a word, not labelled sets) read
as a reader expects: headings, titles, actors and quotes free of the slips seen there before.
Skipped where ../shared is absent (a checkout on its own)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from briefing.model import run_to_end
from briefing.services import build

BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "bbc-news" / "news"
# Each word picks the first files holding it that no labelled unseen topic (benchmarks/unseen) holds:
# a slip these briefs show must be mended by a general rule, not on a story the unseen topics measure
# generality with (test_the_piles_hold_no_file_of_an_unseen_topic checks; as topics are added, a
# pile takes the next files holding its word)
TOPICS = {"business": "airline", "politics": "council tax", "sport": "Wimbledon", "tech": "mobile phone"}
UNSEEN = Path(__file__).resolve().parent.parent / "benchmarks" / "unseen"
DOCS_PER_TOPIC = 12


def unseen_files() -> set[tuple[str, str]]:
    """(category, file name) of every file a labelled unseen topic holds."""
    labelled = set()
    for gold in UNSEEN.glob("*/gold.yaml"):
        data = yaml.safe_load(gold.read_text(encoding="utf-8"))
        labelled |= {(data["corpus"].rsplit("/", 1)[-1], name) for name in data["documents"]}
    return labelled


def topic_files(category: str, word: str) -> list[Path]:
    labelled = unseen_files()
    files = sorted(p for p in (BBC / category).glob("*.txt") if (category, p.name) not in labelled
                   and word in p.read_text(encoding="utf-8", errors="replace"))
    return files[:DOCS_PER_TOPIC]


@pytest.fixture(scope="module", params=sorted(TOPICS.items()), ids=lambda t: t[1])
def brief(request):
    if not BBC.is_dir():
        pytest.skip(f"no BBC corpus at {BBC}")
    return run_to_end(build(topic_files(*request.param))).brief


def test_the_piles_hold_no_file_of_an_unseen_topic():
    if not BBC.is_dir():
        pytest.skip(f"no BBC corpus at {BBC}")
    labelled = unseen_files()
    picked = {(category, p.name) for category, word in TOPICS.items() for p in topic_files(category, word)}
    assert len(picked) == len(TOPICS) * DOCS_PER_TOPIC and not picked & labelled, sorted(picked & labelled)


def sections(brief, kind):
    return [s for s in brief.sections if s.kind == kind]


def test_no_issue_heading_says_a_word_twice(brief):
    for section in sections(brief, "issues"):
        for issue in section.issues:
            words = [w.lower() for w in issue.name.split()]
            assert len(set(words)) == len(words), issue.name


def test_no_issue_heading_is_a_figure_alone(brief):
    for section in sections(brief, "issues"):
        for issue in section.issues:
            assert any(w.isalpha() for w in issue.name.replace("-", "").replace("'", "").split()), issue.name


def test_the_title_holds_no_stray_quotation_mark(brief):
    assert not re.search(r"\w['’](?=[:\s]|$)(?<!s')", brief.title), brief.title


# English prepositions a quoted adverbial of the reporter's sentence opens on ("would take it 'to the
# minister if necessary'", "described himself 'as a hard-working MP'")
PREPOSITIONS = frozenset("to in at on for from by with as into over under about after before during until "
                         "within against without".split())


def test_no_key_quote_is_a_short_phrase_of_the_reporters_sentence(brief):
    for section in sections(brief, "quotes"):
        for quote in section.quotes:
            words = quote.text.split()
            assert quote.text[:1].isupper() or len(words) >= 8 or words[0].lower() not in PREPOSITIONS, quote.text


def test_no_actor_is_a_place_or_a_thing_by_its_name(brief):
    compass = {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    for section in sections(brief, "actors"):
        for actor in section.actors:
            assert not (actor.kind == "person" and actor.name.split()[0].lower() in compass), actor.name
            assert actor.name not in {"TV", "PC", "DVD"}, actor.name
