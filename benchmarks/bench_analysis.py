"""Analysis speed and memory: analyse the BBC articles in ../shared/corpora/bbc-news in place.

Run by hand: `python benchmarks/bench_analysis.py [FOLDER]`. Reads the files once (ingest is
timed apart), then analyses growing prefixes (100 documents up to all) to show how time grows,
printing docs/s and peak memory. Writes benchmarks/results/analysis.json.
Target (issue 4): all 2,095 files in under 10 s, peak memory under 500 MB, linear growth.
"""

from __future__ import annotations

import gc
import json
import platform
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from briefing.analysis import analyse
from briefing.model import Corpus, run_to_end
from briefing.services import ingest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news" / "news"
RESULT = ROOT / "benchmarks" / "results" / "analysis.json"
TARGET_SECONDS = 10.0
TARGET_MB = 500
SIZES = (100, 250, 500, 1000, 1500)


def timed_analysis(documents: list) -> tuple[float, float]:
    """(seconds, peak MB traced) for one analysis of `documents`."""
    gc.collect()
    tracemalloc.start()
    started = time.perf_counter()
    run_to_end(analyse(Corpus.of(documents)))
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else CORPUS
    if not folder.is_dir():
        print(f"bench_analysis: no corpus at {folder}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    documents = run_to_end(ingest([folder])).documents
    ingest_seconds = time.perf_counter() - started
    sizes = [n for n in SIZES if n < len(documents)] + [len(documents)]
    rows = []
    print(f"ingest: {len(documents)} documents in {ingest_seconds:.2f} s (not counted below)")
    print(f"{'docs':>6} {'sentences':>9} {'seconds':>8} {'docs/s':>8} {'ms/doc':>7} {'traced MB':>9}")
    for n in sizes:
        # time without tracing (tracemalloc slows Python down), then trace memory on a second run
        gc.collect()
        t0 = time.perf_counter()
        run_to_end(analyse(Corpus.of(documents[:n])))
        seconds = time.perf_counter() - t0
        _, peak = timed_analysis(documents[:n]) if n == len(documents) else (0.0, 0.0)
        sentences = sum(len(d.sentences) for d in documents[:n])
        rows.append({"documents": n, "sentences": sentences, "seconds": round(seconds, 3),
                     "docs_per_s": round(n / seconds, 1), "ms_per_doc": round(1000 * seconds / n, 2),
                     "traced_peak_mb": round(peak, 1) if peak else None})
        print(f"{n:>6} {sentences:>9} {seconds:>8.2f} {n / seconds:>8.0f} {1000 * seconds / n:>7.2f} "
              f"{peak:>9.0f}" if peak else f"{n:>6} {sentences:>9} {seconds:>8.2f} {n / seconds:>8.0f} "
              f"{1000 * seconds / n:>7.2f} {'':>9}")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # Linux: KiB
    full = rows[-1]
    growth = full["ms_per_doc"] / rows[0]["ms_per_doc"]
    print(f"peak resident memory of the process: {rss_mb:.0f} MB")
    print(f"time per document, {rows[0]['documents']} -> {full['documents']} documents: x{growth:.2f} "
          f"({'linear' if growth < 1.5 else 'GROWS FASTER THAN LINEAR'})")
    print(f"{'within' if full['seconds'] < TARGET_SECONDS else 'OVER'} the {TARGET_SECONDS:.0f} s target; "
          f"{'within' if rss_mb < TARGET_MB else 'OVER'} the {TARGET_MB} MB target")
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps({
        "corpus": str(folder), "ingest_seconds": round(ingest_seconds, 3), "runs": rows,
        "peak_rss_mb": round(rss_mb, 1), "ms_per_doc_growth": round(growth, 2),
        "target_seconds": TARGET_SECONDS, "target_mb": TARGET_MB,
        "python": platform.python_version(), "machine": platform.machine()}, indent=2) + "\n",
        encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
