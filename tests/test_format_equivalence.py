"""The same brief from any format: the seeds and two labelled web sets, converted by LibreOffice to
HTML, DOCX and PDF, give briefs that score within 0.05 of the plain-text briefs on every metric,
and each converted document keeps the title and the dateline the text reader finds.

Skipped where LibreOffice (`soffice`) or the labelled sets (../shared/eval) are absent.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from briefing.ingest import read_document
from briefing.model import run_to_end
from briefing.services import build

ROOT = Path(__file__).resolve().parent.parent
SETS = ("seeds", "crowdstrike-outage", "cop29-climate-finance")
FORMATS = ("html", "docx", "pdf")
TOLERANCE = 0.05
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# One seed's headline fills the line exactly in LibreOffice's PDF of the text, so that nothing on
# the page tells it from the subtitle under it; its title is read with the subtitle (the brief
# still scores as the texts' do). Strict: when the PDF reader tells them apart, this says so.
KNOWN_SHORT = {("seeds", "pdf"): "PDF of the seeds: a headline exactly one line wide runs into its subtitle"}

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")]


def _bench_quality():
    spec = importlib.util.spec_from_file_location("bench_quality_for_tests", ROOT / "benchmarks" / "bench_quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def labelled():
    bench = _bench_quality()
    found = {s.name: s for s in bench.labelled_sets()}
    if not all(name in found for name in SETS):
        pytest.skip("the labelled sets (../shared/eval) are not here")
    return {name: found[name] for name in SETS}, bench.load_scorer()


@pytest.fixture(scope="module")
def converted(labelled, tmp_path_factory):
    """{(set, format): folder} of every set's texts as LibreOffice converts them, one run per format."""
    sets, _ = labelled
    root = tmp_path_factory.mktemp("converted")
    texts = {name: sorted(s.docs.glob("*.txt")) for name, s in sets.items()}
    everything = [p for paths in texts.values() for p in paths]
    assert len({p.stem for p in everything}) == len(everything), "file names must differ across sets"
    profile = root / "profile"            # our own profile: other LibreOffice runs may hold theirs
    folders = {}
    for fmt in FORMATS:
        out = root / f"all-{fmt}"
        subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", fmt,
                        "--outdir", str(out), *map(str, everything)], check=True, capture_output=True, timeout=600)
        for name, paths in texts.items():
            folder = root / name / fmt
            folder.mkdir(parents=True)
            for path in paths:
                shutil.move(out / f"{path.stem}.{fmt}", folder / f"{path.stem}.{fmt}")
            folders[name, fmt] = folder
    return folders


def _score(folder: Path, labelled_set, scorer) -> dict:
    """The brief of `folder` graded against the set's gold; citations checked against the .txt originals."""
    brief = run_to_end(build([folder], "standard")).brief.to_dict()
    for source in brief["sources"]:
        source["path"] = str(labelled_set.docs / f"{Path(source['path']).stem}.txt")
    with tempfile.TemporaryDirectory() as tmp:      # not beside the documents: ../shared is not ours
        path = Path(tmp) / "brief.json"
        path.write_text(json.dumps(brief), encoding="utf-8")
        report = scorer.score(scorer.load_brief(str(path)), scorer.load_gold(str(labelled_set.gold)), labelled_set.docs)
    return report.metrics


@pytest.fixture(scope="module")
def text_scores(labelled):
    sets, scorer = labelled
    return {name: _score(s.docs, s, scorer) for name, s in sets.items()}


def _without_conversion_date(folder: Path) -> None:
    """LibreOffice stamps the time of conversion into each PDF as its creation date, a date the
    text never stated (a faithful copy of an undated text has none); the readers use a file's
    creation date where the text states none (tests/test_ingest_metadata.py), so it is removed."""
    for path in folder.glob("*.pdf"):
        writer = PdfWriter(clone_from=PdfReader(path))
        writer.add_metadata({"/CreationDate": "", "/ModDate": ""})
        writer.write(path)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", SETS)
def test_converted_documents_keep_the_texts_title_and_dateline(labelled, converted, name, fmt, request):
    if (name, fmt) in KNOWN_SHORT:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_SHORT[name, fmt], strict=True))
    sets, _ = labelled
    for path in sorted(sets[name].docs.glob("*.txt")):
        as_text = read_document(path)
        other = read_document(converted[name, fmt] / f"{path.stem}.{fmt}")
        if as_text.published:        # with LibreOffice's conversion date still in the PDF
            assert (other.published, other.date_source) == (as_text.published, "dateline"), path.name
        assert _folded(other.title) == _folded(as_text.title), path.name


def _folded(title: str) -> str:
    """A title as words: hyphens of any kind, and where a line break put a space beside one, alike."""
    return " ".join(re.sub(r"\s*[-\u2010\u2011]\s*", "-", title).split())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", SETS)
def test_a_converted_set_gives_a_brief_as_good_as_its_texts(labelled, converted, text_scores, name, fmt):
    sets, scorer = labelled
    folder = converted[name, fmt]
    if fmt == "pdf":
        _without_conversion_date(folder)
    scores = _score(folder, sets[name], scorer)
    expected = text_scores[name]
    apart = {metric: (expected[metric], value) for metric, value in scores.items()
             if (value is None) != (expected[metric] is None)
             or value is not None and abs(value - expected[metric]) > TOLERANCE}
    assert not apart, f"{name} as {fmt}: (text, {fmt}) {apart}"
