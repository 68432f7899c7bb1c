"""Ingest speed: read every BBC article in ../shared/corpora/bbc-news in place and time it.

Run by hand: `python benchmarks/bench_ingest.py [FOLDER]`. Prints a table and writes
benchmarks/results/ingest.json. Target (issue 3): all 2,095 files in under 5 s.
"""

from __future__ import annotations

import json
import platform
import sys
import time
from pathlib import Path

from briefing.model import run_to_end
from briefing.services import ingest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news" / "news"
RESULT = ROOT / "benchmarks" / "results" / "ingest.json"
TARGET_SECONDS = 5.0


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else CORPUS
    if not folder.is_dir():
        print(f"bench_ingest: no corpus at {folder}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    result = run_to_end(ingest([folder]))
    seconds = time.perf_counter() - started
    files = len(result.documents) + len(result.problems)
    words = sum(d.words for d in result.documents)
    sentences = sum(len(d.sentences) for d in result.documents)
    row = {"corpus": str(folder), "files": files, "documents": len(result.documents),
           "problems": len(result.problems), "words": words, "sentences": sentences,
           "seconds": round(seconds, 3), "files_per_s": round(files / seconds, 1),
           "words_per_s": round(words / seconds), "target_seconds": TARGET_SECONDS,
           "python": platform.python_version(), "machine": platform.machine()}
    print(f"{'files':>6} {'docs':>6} {'words':>9} {'sentences':>9} {'seconds':>8} {'files/s':>8} {'words/s':>9}")
    print(f"{files:>6} {len(result.documents):>6} {words:>9} {sentences:>9} {seconds:>8.2f} "
          f"{row['files_per_s']:>8.0f} {row['words_per_s']:>9.0f}")
    for problem in result.problems[:10]:
        print(f"  problem: {problem}")
    verdict = "within" if seconds < TARGET_SECONDS else "OVER"
    print(f"{verdict} the {TARGET_SECONDS:.0f} s target")
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(row, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
