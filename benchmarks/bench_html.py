"""Web-page extraction: the HTML reader on the 990 saved pages of ../shared/corpora/web-extraction,
scored as that corpus's README says, beside trafilatura's `extract()` when it is installed.

Run by hand: `python benchmarks/bench_html.py [--no-trafilatura] [--jobs N] [--dump FILE]`.
Prints a table and writes benchmarks/results/html.json. The pages are read in place, through the
same path the app reads many files with (`ingest.batch.read_documents`, all cores).
Targets (issue 11): F1 >= 0.92 and precision >= 0.90; a date for >= 95 % and an outlet for
>= 90 % of the pages; all pages in under 15 s; none raises anything but our one-line errors.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import sys
import time
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from briefing.ingest.batch import read_documents, worker_count
from briefing.model import BriefingError

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared")) / "corpora" / "web-extraction"
RESULT = ROOT / "benchmarks" / "results" / "html.json"
TARGETS = {"f1": 0.92, "precision": 0.90, "date_share": 0.95, "outlet_share": 0.90, "seconds": 15.0}


def normalize(text: str) -> str:
    """As the corpus README says: Unicode NFC, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass
class Score:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, text: str | None, keep: list[str], drop: list[str]) -> None:
        found = normalize(text) if text is not None else None
        for snippet in keep:
            if found is not None and normalize(snippet) in found:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in drop:
            if found is not None and normalize(snippet) in found:
                self.fp += 1
            else:
                self.tn += 1

    def figures(self) -> dict[str, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        total = self.tp + self.fn + self.fp + self.tn
        return {"precision": round(precision, 3), "recall": round(recall, 3),
                "accuracy": round((self.tp + self.tn) / total, 3) if total else 0.0,
                "f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0}


@dataclass
class Run:
    name: str
    score: Score = field(default_factory=Score)
    seconds: float = 0.0
    cpu_seconds: float = 0.0     # user+system time of the worker processes: what a quiet machine needs
    dated: int = 0
    with_outlet: int = 0
    refused: Counter = field(default_factory=Counter)
    pages: int = 0

    def row(self) -> dict:
        share = (lambda n: round(n / self.pages, 3)) if self.pages else (lambda n: 0.0)
        return {"reader": self.name, **self.score.figures(), "seconds": round(self.seconds, 2),
                "cpu_seconds": round(self.cpu_seconds, 1),
                "date_share": share(self.dated), "outlet_share": share(self.with_outlet),
                "refused": sum(self.refused.values()), "pages": self.pages}


def load_pages(corpus: Path) -> list[tuple[str, Path, dict]]:
    data = json.loads((corpus / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url, item in data.items():
        path = corpus / "eval" / item["file"]
        if not path.is_file():
            path = corpus / "cache" / item["file"]
        pages.append((url, path, item))
    return pages


def run_ours(pages: list[tuple[str, Path, dict]], jobs: int | None, dump: dict) -> Run:
    run = Run("briefing", pages=len(pages))
    by_path = {path: (url, item) for url, path, item in pages}
    cpu = _children_cpu()
    started = time.perf_counter()
    outcomes = list(read_documents([path for _, path, _ in pages], jobs))
    run.seconds = time.perf_counter() - started
    run.cpu_seconds = _children_cpu() - cpu
    for path, outcome in outcomes:
        url, item = by_path[path]
        if isinstance(outcome, BriefingError):
            run.refused[str(outcome)] += 1
            run.score.add(None, item["with"], item["without"])
            dump[url] = {"ours": None, "refused": str(outcome)}
            continue
        run.score.add(outcome.text, item["with"], item["without"])
        run.dated += bool(outcome.published)
        run.with_outlet += bool(outcome.outlet)
        dump[url] = {"ours": outcome.text, "published": outcome.published, "date_source": outcome.date_source,
                     "outlet": outcome.outlet, "title": outcome.title, "author": outcome.author,
                     "headings": [h.title for h in outcome.headings]}
    return run


def _children_cpu() -> float:
    """CPU seconds used by finished child processes (the pool's workers, once they have exited)."""
    deadline = time.monotonic() + 5
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _trafilatura_page(path: Path) -> tuple[str | None, bool, bool]:
    import trafilatura
    raw = path.read_bytes()
    return trafilatura.extract(raw), False, False


def _trafilatura_metadata(path: Path) -> tuple[bool, bool]:
    from trafilatura.metadata import extract_metadata
    found = extract_metadata(path.read_bytes())
    return bool(found.date), bool(found.sitename)


def run_trafilatura(pages: list[tuple[str, Path, dict]], jobs: int, metadata: bool, dump: dict) -> Run | None:
    try:
        import trafilatura
    except ImportError:
        return None
    run = Run(f"trafilatura {trafilatura.__version__}", pages=len(pages))
    paths = [path for _, path, _ in pages]
    cpu = _children_cpu()
    started = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:
        texts = list(pool.map(_trafilatura_page, paths, chunksize=4))
    run.seconds = time.perf_counter() - started
    run.cpu_seconds = _children_cpu() - cpu
    found = []
    if metadata:                 # not timed: what its metadata finds, for the shares
        with ProcessPoolExecutor(jobs) as pool:
            found = list(pool.map(_trafilatura_metadata, paths, chunksize=4))
    for (url, _, item), (text, _, _) in zip(pages, texts, strict=True):
        run.score.add(text, item["with"], item["without"])
        run.refused["no text"] += text is None
        dump.setdefault(url, {})["trafilatura"] = text
    run.dated = sum(d for d, _ in found)
    run.with_outlet = sum(o for _, o in found)
    if not metadata:
        run.pages = 0          # shares not measured
    return run


def print_table(runs: list[Run]) -> None:
    print(f"{'reader':<18} {'P':>6} {'R':>6} {'acc':>6} {'F1':>6} {'seconds':>8} {'cpu s':>7} {'date':>6} {'outlet':>6} "
          f"{'refused':>7}")
    for run in runs:
        row = run.row()
        shares = (f"{row['date_share']:>6.3f} {row['outlet_share']:>6.3f}" if run.pages else f"{'-':>6} {'-':>6}")
        print(f"{row['reader']:<18} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['accuracy']:>6.3f} "
              f"{row['f1']:>6.3f} {row['seconds']:>8.2f} {row['cpu_seconds']:>7.1f} {shares} {row['refused']:>7}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    parser.add_argument("--no-trafilatura", action="store_true", help="only our reader")
    parser.add_argument("--trafilatura-metadata", action="store_true",
                        help="also measure trafilatura's date and outlet shares (slow, untimed)")
    parser.add_argument("--dump", type=Path, help="write every page's extracted texts to this JSON file")
    args = parser.parse_args(argv)
    if not (args.corpus / "evaldata.json").is_file():
        print(f"bench_html: no corpus at {args.corpus}", file=sys.stderr)
        return 1
    pages = load_pages(args.corpus)
    jobs = args.jobs or worker_count(len(pages))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    dump: dict = {}
    runs = [run_ours(pages, jobs, dump)]
    if not args.no_trafilatura:
        other = run_trafilatura(pages, jobs, args.trafilatura_metadata, dump)
        if other is not None:
            runs.append(other)
    print(f"Web extraction, {len(pages)} pages, {jobs} worker process(es), load average {load:.1f} at start")
    print_table(runs)
    ours = runs[0]
    for message, count in ours.refused.most_common():
        print(f"  refused {count}x: {message}")
    row = ours.row()
    misses = [k for k, target in TARGETS.items()
              if (row[k] > target if k == "seconds" else row[k] < target)]
    print("all targets met" if not misses else f"targets missed: {', '.join(misses)}")
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps({"pages": len(pages), "jobs": jobs, "load_average": round(load, 2),
                                  "python": platform.python_version(), "machine": platform.machine(),
                                  "targets": TARGETS, "runs": [r.row() for r in runs]}, indent=2) + "\n",
                      encoding="utf-8")
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
