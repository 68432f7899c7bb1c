"""The document library at scale (issue 15, point 4), on a generated corpus of 100,000 documents.

The corpus is built deterministically from the 2,095 BBC articles (read in place): document i is
article (i * 7919) mod 2,095 with one of its paragraphs left out and one from another article of
its category put in, dated over 2001-2006 and given one of twelve invented outlets; seven in ten
are Markdown with front matter, the rest plain text with a "Published:" line and a copyright line.
It is written once under the work folder (/tmp by default, never the repository) and kept.

Measured, as the user meets them:
- indexing: `briefing library add CORPUS` as a process of its own, on a new library (docs/s);
- adding again, nothing changed: the same command again (seconds);
- search: the first page (20 hits with snippets) of 100 queries made from the corpus's titles
  (words, pairs, phrases, prefixes as typed, with date and outlet filters), median and p95;
- composing from 200 documents: `briefing build --query Q --limit 200` against `briefing build`
  given the same 200 files, whole processes, median of 3 (and the two briefs compared); and the
  same on the 106 saved web pages of ../shared/corpora/web-extraction, where reading costs more;
- the database size per 1,000 documents;
- the window's search: the longest the event loop is held while the Library pane searches as
  someone types (offscreen Qt), over the whole library.

Run by hand: `python benchmarks/bench_library.py [--docs N] [--work DIR] [--runs N] [--no-window]`.
The machine is shared: timings vary with what else runs; the table shows the load average before
and after each step. Writes benchmarks/results/library.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news" / "news"
WEB_PAGES = ROOT.parent / "shared" / "corpora" / "web-extraction" / "cache"
RESULT = ROOT / "benchmarks" / "results" / "library.json"
GENERATOR_VERSION = 1
OUTLETS = ("Northern Courier", "Valley Ledger", "Coast Bulletin", "Evening Standard Post", "The Daily Meridian",
           "Harbour Times", "Capital Wire", "Midland Gazette", "The Weekly Observer", "Metro Dispatch",
           "Riverside Herald", "Global Desk")
FOLDER_SIZE = 1000
# Issue 15, point 4
TARGETS = {"docs_per_s": 300, "readd_s": 10.0, "search_median_ms": 50, "search_p95_ms": 150,
           "compose_speedup": 3.0, "window_stall_ms": 50}
FUNCTION_WORDS = frozenset("the a an and or of in on at to for from by with as is are was were be has have had "
                           "will would its it this that his her their new says said over after into".split())


# --- the corpus --------------------------------------------------------------------------------

def bbc_articles() -> list[tuple[str, str, list[str]]]:
    """(category, title, paragraphs) of every BBC article, in path order."""
    out = []
    for path in sorted(BBC.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        title, _, body = text.strip().partition("\n")
        paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
        out.append((path.parent.name, title.strip(), paragraphs))
    return out


def document(i: int, articles: list, by_category: dict[str, list[int]]) -> tuple[str, str]:
    """(relative path, text) of generated document i."""
    rng = random.Random(i)
    base = (i * 7919) % len(articles)
    category, title, paragraphs = articles[base]
    paragraphs = list(paragraphs)
    if len(paragraphs) > 3:
        del paragraphs[rng.randrange(1, len(paragraphs))]
    others = by_category[category]
    extra = articles[others[rng.randrange(len(others))]][2]
    if extra:
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), extra[rng.randrange(len(extra))])
    day = 730 + rng.randrange(6 * 365)                     # 2001-2006
    date = time.strftime("%Y-%m-%d", time.gmtime(978307200 + (day - 730) * 86400))
    outlet = OUTLETS[min(int(rng.expovariate(0.35)), len(OUTLETS) - 1)]
    body = "\n\n".join(paragraphs)
    folder = f"{i // FOLDER_SIZE:03d}"
    if rng.random() < 0.7:
        text = f"---\ntitle: {json.dumps(title)}\ndate: {date}\noutlet: {outlet}\n---\n\n{body}\n"
        return f"{folder}/{category}-{i:06d}.md", text
    pretty = time.strftime("%d %B %Y", time.strptime(date, "%Y-%m-%d")).lstrip("0")
    return f"{folder}/{category}-{i:06d}.txt", f"{title}\n\nPublished: {pretty}\n\n{body}\n\n© {date[:4]} {outlet}\n"


def make_corpus(folder: Path, count: int) -> Path:
    manifest = folder / "manifest.json"
    wanted = {"documents": count, "generator": GENERATOR_VERSION}
    if manifest.is_file() and json.loads(manifest.read_text()) == wanted:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    articles = bbc_articles()
    by_category: dict[str, list[int]] = {}
    for n, (category, _, _) in enumerate(articles):
        by_category.setdefault(category, []).append(n)
    print(f"writing {count:,} documents under {folder} …", file=sys.stderr)
    for i in range(count):
        relative, text = document(i, articles, by_category)
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    manifest.write_text(json.dumps(wanted))
    return folder


def queries(count: int = 100) -> list[dict]:
    """Search queries made from the BBC titles: words, pairs, phrases, prefixes, filters."""
    rng = random.Random(15)
    titles = [t for _, t, _ in bbc_articles()]
    out: list[dict] = []
    while len(out) < count:
        words = [w.strip("'\".,:?!()").lower() for w in rng.choice(titles).split()]
        words = [w for w in words if len(w) >= 4 and w.isalpha() and w not in FUNCTION_WORDS]
        if len(words) < 2:
            continue
        kind = len(out) % 10
        if kind < 4:
            out.append({"text": rng.choice(words)})
        elif kind < 7:
            out.append({"text": " ".join(rng.sample(words, 2))})
        elif kind == 7:
            out.append({"text": f'"{words[0]} {words[1]}"'})
        elif kind == 8:
            out.append({"text": rng.choice(words)[:4], "prefix_last": True})
        else:
            year = rng.randrange(2001, 2007)
            extra = {"since": f"{year}-01-01", "until": f"{year}-12-31"} if rng.random() < 0.5 else \
                {"outlet": rng.choice(OUTLETS[:6])}
            out.append({"text": rng.choice(words), **extra})
    return out


# --- measuring ---------------------------------------------------------------------------------

def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command: list[str], env: dict | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds of it and its children) of a command that must succeed."""
    cpu = children_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          env={**os.environ, **(env or {})})
    wall = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr}")
    return wall, children_cpu() - cpu


def briefing(*args: str) -> list[str]:
    return [sys.executable, "-m", "briefing", *args]


def load() -> float:
    return round(os.getloadavg()[0], 2)


def measure_search(db: Path, qs: list[dict]) -> dict:
    from briefing.library import SearchQuery, open_library
    with open_library(db) as library:
        for q in qs[:10]:
            library.search(SearchQuery(**q))                      # the pages the queries touch, read once
        times, totals = [], []
        for q in qs:
            started = time.perf_counter()
            page = library.search(SearchQuery(**q))
            times.append((time.perf_counter() - started) * 1000)
            totals.append(page.total)
    times_sorted = sorted(times)
    return {"queries": len(qs), "median_ms": round(statistics.median(times), 1),
            "p95_ms": round(times_sorted[int(0.95 * (len(times) - 1))], 1), "max_ms": round(max(times), 1),
            "median_hits": int(statistics.median(totals)), "slowest": qs[times.index(max(times))]["text"]}


def measure_compose(db: Path, query: str, limit: int, work: Path, runs: int) -> dict:
    """`build --query` against `build` given the same files, whole processes, median of `runs`."""
    from briefing.library import SearchQuery, open_library
    with open_library(db) as library:
        page = library.search(SearchQuery(query, limit=limit))
    paths = sorted({entry.path for entry in page.entries})
    env = {"SOURCE_DATE_EPOCH": "1767225600"}
    from_library = [run(briefing("build", "--query", query, "--limit", str(limit), "--db", str(db), "-o",
                                 str(work / "from-library.json"), "-q"), env) for _ in range(runs)]
    from_files = [run(briefing("build", *paths, "-o", str(work / "from-files.json"), "-q"), env) for _ in range(runs)]
    same = (work / "from-library.json").read_text() == (work / "from-files.json").read_text()
    lib = statistics.median(w for w, _ in from_library)
    files = statistics.median(w for w, _ in from_files)
    return {"query": query, "documents": len(paths), "library_s": round(lib, 3), "files_s": round(files, 3),
            "speedup": round(files / lib, 2), "same_brief": same,
            "library_cpu_s": round(statistics.median(c for _, c in from_library), 2),
            "files_cpu_s": round(statistics.median(c for _, c in from_files), 2)}


def measure_compose_web(work: Path, runs: int) -> dict:
    """The same on the saved web pages (HTML: reading costs more than the BBC texts' ~1 ms)."""
    db = work / "web.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    run(briefing("library", "add", str(WEB_PAGES), "--db", str(db), "-q"))
    return measure_compose(db, "", 200, work, runs)


def measure_window(db: Path, qs: list[dict]) -> dict:
    """The Library pane offscreen, typing each query a letter at a time; the longest event-loop stall."""
    script = Path(__file__).with_name("bench_library_window.py")
    done = subprocess.run([sys.executable, str(script), str(db), json.dumps([q["text"] for q in qs[:30]])],
                          capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if done.returncode:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"}
    return json.loads(done.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "briefing-bench-library")
    ap.add_argument("--runs", type=int, default=3, help="runs of each compose (median)")
    ap.add_argument("--no-window", action="store_true", help="leave out the window's search")
    ap.add_argument("--reuse", action="store_true",
                    help="keep the library a previous run indexed (indexing and adding again are not measured)")
    args = ap.parse_args()
    if ROOT in args.work.resolve().parents:
        raise SystemExit("--work must be outside the repository")
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = make_corpus(args.work / f"corpus-{args.docs}", args.docs)
    db = args.work / "library.sqlite"
    results: dict = {"documents": args.docs, "corpus": str(corpus), "cores": os.cpu_count(),
                     "python": platform.python_version(), "sqlite": sqlite3.sqlite_version}
    if args.reuse and db.is_file():
        previous = json.loads(RESULT.read_text()) if RESULT.is_file() else {}
        results["index"], results["readd"] = previous["index"], previous["readd"]
        index = results["index"]
        index.setdefault("cpu_ms_per_doc", round(index["cpu_s"] / args.docs * 1000, 2))
        index.setdefault("docs_per_s_cores_free", round(args.docs / (index["cpu_s"] / (os.cpu_count() or 1)), 1))
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        before = load()
        wall, cpu = run(briefing("library", "add", str(corpus), "--db", str(db), "-q"))
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        results["index"] = {"seconds": round(wall, 1), "cpu_s": round(cpu, 1),
                            "docs_per_s": round(args.docs / wall, 1), "cpu_per_wall": round(cpu / wall, 2),
                            "cpu_ms_per_doc": round(cpu / args.docs * 1000, 2),
                            # what the same work would take with every core free for it (others' load away)
                            "docs_per_s_cores_free": round(args.docs / max(cpu / cores, wall / 100), 1),
                            "load_before": before, "load_after": load()}
        print(f"indexed in {wall:.1f} s", file=sys.stderr)
        before = load()
        wall, cpu = run(briefing("library", "add", str(corpus), "--db", str(db), "-q"))
        results["readd"] = {"seconds": round(wall, 2), "load_before": before, "load_after": load()}
    before = load()
    results["search"] = {**measure_search(db, queries()), "load_before": before, "load_after": load()}
    before = load()
    results["compose"] = {**measure_compose(db, "election", 200, args.work, args.runs), "load_before": before,
                          "load_after": load()}
    if WEB_PAGES.is_dir():
        before = load()
        results["compose_web"] = {**measure_compose_web(args.work, args.runs), "load_before": before,
                                  "load_after": load()}
    if not args.no_window:
        before = load()
        results["window"] = {**measure_window(db, queries()), "load_before": before, "load_after": load()}
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = db.stat().st_size + (Path(f"{db}-wal").stat().st_size if Path(f"{db}-wal").exists() else 0)
    results["size"] = {"bytes": size, "mb_per_1000_docs": round(size / 2**20 / args.docs * 1000, 2),
                       "corpus_mb": round(sum(p.stat().st_size for p in corpus.rglob("*.*")) / 2**20, 1)}
    results["targets"] = TARGETS
    report(results)
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(results, indent=2) + "\n")
    return 0


def report(r: dict) -> None:
    t = TARGETS
    rows = [
        ("indexing", f"{r['index']['docs_per_s']:,.0f} docs/s ({r['index']['seconds']:.0f} s, "
                     f"{r['index']['cpu_per_wall']:.2f} cores got; {r['index']['cpu_ms_per_doc']:.1f} ms CPU/doc: "
                     f"{r['index']['docs_per_s_cores_free']:,.0f}/s on free cores)", f">= {t['docs_per_s']} docs/s",
         r["index"]["docs_per_s"] >= t["docs_per_s"], r["index"]),
        ("add again, unchanged", f"{r['readd']['seconds']:.2f} s", f"< {t['readd_s']:.0f} s",
         r["readd"]["seconds"] < t["readd_s"], r["readd"]),
        ("search, median", f"{r['search']['median_ms']:.1f} ms", f"< {t['search_median_ms']} ms",
         r["search"]["median_ms"] < t["search_median_ms"], r["search"]),
        ("search, p95", f"{r['search']['p95_ms']:.1f} ms (max {r['search']['max_ms']:.0f})",
         f"< {t['search_p95_ms']} ms", r["search"]["p95_ms"] < t["search_p95_ms"], r["search"]),
        ("compose 200: library", f"{r['compose']['library_s']:.2f} s vs {r['compose']['files_s']:.2f} s from files "
                                 f"= {r['compose']['speedup']:.2f}x (CPU {r['compose']['library_cpu_s']:.2f} vs "
                                 f"{r['compose']['files_cpu_s']:.2f} s; same brief: {r['compose']['same_brief']})",
         f">= {t['compose_speedup']:.0f}x", r["compose"]["speedup"] >= t["compose_speedup"], r["compose"]),
        *([("compose web pages", f"{r['compose_web']['library_s']:.2f} s vs {r['compose_web']['files_s']:.2f} s "
                                 f"({r['compose_web']['documents']} pages) = {r['compose_web']['speedup']:.2f}x "
                                 f"(same brief: {r['compose_web']['same_brief']})", "(supplement)", None,
               r["compose_web"])] if "compose_web" in r else []),
        ("database size", f"{r['size']['mb_per_1000_docs']:.2f} MB per 1,000 docs "
                          f"({r['size']['bytes'] / 2**20:,.0f} MB; corpus {r['size']['corpus_mb']:,.0f} MB)",
         "reported", None, {}),
    ]
    if "window" in r:
        w = r["window"]
        rows.append(("window search stall", f"{w['longest_stall_ms']:.0f} ms longest" if "longest_stall_ms" in w
                     else w.get("error", "?"), f"<= {t['window_stall_ms']} ms",
                     w.get("longest_stall_ms", 1e9) <= t["window_stall_ms"], w))
    print(f"{r['documents']:,} documents, {r['cores']} cores, Python {r['python']}, SQLite {r['sqlite']}")
    width = max(len(row[1]) for row in rows)
    print(f"{'measure':<22} {'result':<{width}} {'target':<14} {'met':<5} load")
    for name, result, target, met, part in rows:
        mark = "" if met is None else ("yes" if met else "NO")
        loads = f"{part['load_before']}->{part['load_after']}" if "load_before" in part else ""
        print(f"{name:<22} {result:<{width}} {target:<14} {mark:<5} {loads}")


if __name__ == "__main__":
    sys.exit(main())
