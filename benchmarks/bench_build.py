"""Whole-process build times (issue 10, point 5): `briefing build FOLDER -o brief.json` run as a
process of its own (start-up, reading, analysis, composing, writing), on the whole BBC corpus, on
the seeds and on the first 200 BBC politics articles, and beside the last sumy's LexRank making a
summary of the same length from the same files, also as a process of its own.

Run by hand: `python benchmarks/bench_build.py [--runs N] [--no-lexrank]`. Each build runs N times
(default 3; LexRank, ~2 minutes, once); the table shows the best and the median wall time, the CPU
time (user + system, the process and its children) of the median run and the load average before
and after, since the machine is shared. Writes benchmarks/results/build.json.
The builds run as an installed package runs: with Python's bytecode cache (a first, untimed run
writes it), even where the environment sets PYTHONDONTWRITEBYTECODE, which would otherwise
compile every module from source in every run. With --no-lexrank the LexRank row of the last
results is kept, marked as from an earlier run.
LexRank (sumy, installed for this benchmark only) compares every sentence with every other, so it
runs on the 200 articles only; NLTK's sentence data cannot be downloaded here, so it is given a
regex tokenizer.
`python benchmarks/bench_build.py --lexrank FOLDER N` is the LexRank process itself.
"""

from __future__ import annotations

import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news" / "news"
SEEDS = ROOT / "seeds"
RESULT = ROOT / "benchmarks" / "results" / "build.json"
POLITICS_DOCS = 200
# Issue 10, point 5
TARGETS = {"bbc": 10.0, "seeds": 1.0}
LEXRANK_FACTOR = 100.0


class RegexTokenizer:
    """What sumy asks of a tokenizer, without NLTK's downloadable sentence model."""

    language = "english"
    SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“A-Z0-9])")
    WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.strip() for s in self.SENTENCE.split(paragraph) if s.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(self.WORD.findall(sentence))


def child_seconds() -> tuple[float, float]:
    """CPU seconds (user, system) of the children waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime, usage.ru_stime


def with_bytecode() -> dict[str, str]:
    """This environment, writing and reading Python's bytecode cache as an installed package does."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of `command`, which must succeed."""
    user, system = child_seconds()
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=with_bytecode())
    wall = time.perf_counter() - started
    user2, system2 = child_seconds()
    return wall, (user2 - user) + (system2 - system)


def build_command(folder: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "briefing", "build", str(folder), "-o", str(out), "-q"]


def measure(name: str, command: list[str], runs: int) -> dict:
    timed(command)                    # untimed: writes the bytecode cache, warms the file cache
    load = os.getloadavg()[0]
    times = [timed(command) for _ in range(runs)]
    walls = sorted(w for w, _ in times)
    median = statistics.median(walls)
    cpu = statistics.median(c for _, c in times)
    return {"name": name, "runs": runs, "best_seconds": round(walls[0], 3),
            "median_seconds": round(median, 3), "cpu_seconds": round(cpu, 3),
            "load_before": round(load, 2), "load_after": round(os.getloadavg()[0], 2)}


def measure_once(name: str, command: list[str]) -> dict:
    """One timed run, without a warm-up (LexRank takes about two minutes)."""
    load = os.getloadavg()[0]
    wall, cpu = timed(command)
    return {"name": name, "runs": 1, "best_seconds": round(wall, 3), "median_seconds": round(wall, 3),
            "cpu_seconds": round(cpu, 3), "load_before": round(load, 2), "load_after": round(os.getloadavg()[0], 2)}


def earlier_lexrank() -> dict | None:
    """The LexRank row of the last results written, marked as measured in an earlier run."""
    try:
        rows = json.loads(RESULT.read_text(encoding="utf-8"))["builds"]
    except (OSError, ValueError, KeyError):
        return None
    row = next((r for r in rows if r.get("name") == "lexrank200"), None)
    return None if row is None else {**row, "earlier_run": True}


def politics_folder(into: Path) -> Path:
    """The first 200 BBC politics articles in the order `briefing` reads a folder (by name)."""
    from briefing.ingest import collect_paths

    files, _ = collect_paths([BBC / "politics"])
    folder = into / "politics200"
    folder.mkdir()
    for path in files[:POLITICS_DOCS]:
        shutil.copy(path, folder / path.name)
    return folder


def lexrank(folder: Path, sentences: int) -> int:
    """The LexRank process: read every file of `folder` and summarise them in `sentences`."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))
    parser = PlaintextParser.from_string(text, RegexTokenizer())
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    summary = summarizer(parser.document, sentences)
    return 0 if len(summary) == sentences else 1


def has_sumy() -> bool:
    try:
        import sumy  # noqa: F401
    except ImportError:
        return False
    return True


def summary_length(brief: Path) -> int:
    sections = json.loads(brief.read_text(encoding="utf-8"))["sections"]
    return sum(len(s.get("statements", [])) for s in sections if s["kind"] == "summary")


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        return 0
    if argv[:1] == ["--lexrank"]:
        return lexrank(Path(argv[1]), int(argv[2]))
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 3
    with_lexrank = "--no-lexrank" not in argv
    if not BBC.is_dir() or not SEEDS.is_dir():
        print(f"bench_build: needs {BBC} and {SEEDS}", file=sys.stderr)
        return 1
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        out = tmp_path / "brief.json"
        politics = politics_folder(tmp_path)
        for name, folder in (("bbc", BBC), ("seeds", SEEDS), ("politics200", politics)):
            rows.append(measure(name, build_command(folder, out), runs))
            print(f"{name}: best {rows[-1]['best_seconds']:.2f} s, median {rows[-1]['median_seconds']:.2f} s",
                  file=sys.stderr)
        sentences = summary_length(out)
        if with_lexrank and has_sumy():
            command = [sys.executable, str(Path(__file__).resolve()), "--lexrank", str(politics), str(sentences)]
            rows.append(measure_once("lexrank200", command))
        elif earlier_lexrank() is not None:
            rows.append(earlier_lexrank())
    print(f"{'build':<12} {'runs':>4} {'best s':>7} {'median s':>8} {'cpu s':>6} {'load':>10}  target")
    by_name = {r["name"]: r for r in rows}
    for r in rows:
        target = ""
        if r["name"] in TARGETS:
            target = f"< {TARGETS[r['name']]:.0f} s: {'met' if r['median_seconds'] < TARGETS[r['name']] else 'MISSED'}"
        elif r["name"] == "politics200" and "lexrank200" in by_name:
            factor = by_name["lexrank200"]["median_seconds"] / r["median_seconds"]
            r["lexrank_factor"] = round(factor, 1)
            target = f"{factor:.0f}x faster than LexRank (>= {LEXRANK_FACTOR:.0f}x: " \
                     f"{'met' if factor >= LEXRANK_FACTOR else 'MISSED'})"
        print(f"{r['name']:<12} {r['runs']:>4} {r['best_seconds']:>7.2f} {r['median_seconds']:>8.2f} "
              f"{r['cpu_seconds']:>6.2f} {r['load_before']:>4.2f}-{r['load_after']:<4.2f}  {target}")
    if by_name.get("lexrank200", {}).get("earlier_run"):
        print("LexRank: the figure of an earlier run (--no-lexrank)")
    if "lexrank200" not in by_name:
        print("LexRank skipped" + ("" if with_lexrank else " (--no-lexrank)") +
              ("" if has_sumy() else ": sumy is not installed (pip install sumy, for this benchmark only)"))
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps({
        "builds": rows, "summary_sentences": sentences, "targets_seconds": TARGETS,
        "lexrank_factor_target": LEXRANK_FACTOR, "cpus": os.cpu_count(),
        "python": platform.python_version(), "machine": platform.machine()}, indent=2) + "\n",
        encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
