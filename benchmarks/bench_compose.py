"""Compose speed: a brief from the ~417 BBC politics articles, analysis included, and beside it
sumy's LexRank making a summary of the same length from the first 50 and 200 of them.

Run by hand: `python benchmarks/bench_compose.py [FOLDER]`. Prints a table and writes
benchmarks/results/compose.json. Target (issue 5): the whole folder in under 5 s.
LexRank (sumy, installed only for this benchmark) compares every sentence with every other, so
it is not run on all the articles. NLTK's sentence data cannot be downloaded here, so LexRank is
given a regex tokenizer.
"""

from __future__ import annotations

import json
import platform
import sys
import time
from pathlib import Path

from bench_build import RegexTokenizer
from briefing.model import run_to_end
from briefing.services import compose, ingest
from briefing.templates import load_template

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news" / "news" / "politics"
RESULT = ROOT / "benchmarks" / "results" / "compose.json"
TARGET_SECONDS = 5.0
LEXRANK_SIZES = (50, 200)


def lexrank_seconds(documents: list, sentences: int) -> float | None:
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError:
        return None
    started = time.perf_counter()
    text = "\n\n".join(d.text for d in documents)
    parser = PlaintextParser.from_string(text, RegexTokenizer())
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    summary = summarizer(parser.document, sentences)
    assert len(summary) == sentences
    return time.perf_counter() - started


def compose_seconds(documents: list, template) -> tuple[float, int]:
    started = time.perf_counter()
    brief = run_to_end(compose(documents, template))
    summary = next((s for s in brief.sections if s.kind == "summary"), None)
    return time.perf_counter() - started, len(summary.statements) if summary else 0


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else CORPUS
    if not folder.is_dir():
        print(f"bench_compose: no corpus at {folder}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    documents = run_to_end(ingest([folder])).documents
    ingest_seconds = time.perf_counter() - started
    template = load_template("standard")
    seconds, summary_length = compose_seconds(documents, template)
    print(f"ingest: {len(documents)} documents in {ingest_seconds:.2f} s (not counted below)")
    print(f"compose, standard template, analysis included: {len(documents)} documents in {seconds:.2f} s "
          f"({'within' if seconds < TARGET_SECONDS else 'OVER'} the {TARGET_SECONDS:.0f} s target)")
    rows = []
    print(f"{'docs':>6} {'briefing s':>10} {'LexRank s':>10}   (summary of {summary_length} sentences)")
    for n in [n for n in LEXRANK_SIZES if n <= len(documents)]:
        ours, _ = compose_seconds(documents[:n], template)
        theirs = lexrank_seconds(documents[:n], summary_length)
        rows.append({"documents": n, "briefing_seconds": round(ours, 3),
                     "lexrank_seconds": round(theirs, 3) if theirs is not None else None})
        print(f"{n:>6} {ours:>10.2f} {theirs:>10.2f}" if theirs is not None else
              f"{n:>6} {ours:>10.2f} {'skipped':>10}")
    if any(r["lexrank_seconds"] is None for r in rows):
        print("LexRank skipped: sumy is not installed (pip install sumy, for this benchmark only)")
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps({
        "corpus": str(folder), "documents": len(documents), "ingest_seconds": round(ingest_seconds, 3),
        "compose_seconds": round(seconds, 3), "target_seconds": TARGET_SECONDS,
        "summary_sentences": summary_length, "comparison": rows,
        "python": platform.python_version(), "machine": platform.machine()}, indent=2) + "\n",
        encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
