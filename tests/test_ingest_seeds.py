"""The seed documents end to end: titles are headlines and no sentence carries page furniture."""

from pathlib import Path

import pytest
import yaml

from briefing.ingest import read_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD = ROOT.parent / "shared" / "eval" / "seeds-gold.yaml"


@pytest.mark.parametrize("path", SEEDS, ids=[p.name for p in SEEDS])
def test_every_seed_sentence_is_verbatim_from_the_file(path):
    doc = read_document(path)
    # the one change a reader makes: a non-breaking hyphen is read as a hyphen (same glyph)
    raw = path.read_text(encoding="utf-8").replace("\u2011", "-")
    assert doc.sentences
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
        assert " ".join(raw[s.start:s.end].split()) == " ".join(s.text.split())


@pytest.mark.skipif(not GOLD.is_file(), reason="needs ../shared/eval")
def test_no_seed_sentence_holds_a_gold_noise_string():
    noise = [n.casefold() for n in yaml.safe_load(GOLD.read_text(encoding="utf-8"))["noise"]]
    found = [(p.name, s.text) for p in SEEDS for s in read_document(p).sentences
             if any(n in s.text.casefold() for n in noise)]
    assert found == []


def test_aggregator_seed_is_titled_by_its_headline_not_its_menu():
    doc = read_document(next(p for p in SEEDS if p.name.startswith("003_")))
    assert doc.title == "South Korea Launches Dual-Track Diplomacy With China and Japan to Ease Regional Frictions"
    assert "aggregator-page" in doc.flags
