"""Time and memory of `briefing build` over pathological files (issue 12, point 5), full size.

Builds tests/hostile's folder at full size in a temporary folder (a PDF whose pages make the parser
work without end, a PDF page unpacking to a gigabyte, HTML nested 100,000 levels deep, a Word
file unpacking to 190 MB of XML, a 60 MB text, a 10 MB text, beside five good documents) and
runs `briefing build FOLDER -o brief.EXT` on it once per export format, and once on the BBC corpus
for comparison. While each build runs, the memory of the whole process tree (the build, its
reader and analysis workers) is sampled every 50 ms from /proc (Linux): the table gives the peak
of their sum and of the largest single process, the wall time, and each file's one-line message.

Run by hand: `python benchmarks/bench_hostile.py [--formats json,pdf] [--no-bbc]`.
Writes benchmarks/results/hostile.json.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news" / "news"
RESULT = ROOT / "benchmarks" / "results" / "hostile.json"
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

from hostile_folder import make_hostile_folder  # noqa: E402

SAMPLE_S = 0.05
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def run_sampled(command: list[str], env: dict[str, str]) -> dict:
    """Run `command`; its wall time, exit code, stderr and the peak memory of its process tree."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    peak_sum = peak_one = 0
    stderr_chunks: list[str] = []
    reader = threading.Thread(target=lambda: stderr_chunks.append(process.stderr.read()), daemon=True)
    reader.start()
    while process.poll() is None:
        tree = _children()
        pids, todo = [], [process.pid]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            todo.extend(tree.get(pid, []))
        sizes = [_rss(pid) for pid in pids]
        peak_sum, peak_one = max(peak_sum, sum(sizes)), max(peak_one, max(sizes, default=0))
        time.sleep(SAMPLE_S)
    reader.join()
    return {"seconds": round(time.perf_counter() - started, 2), "exit_code": process.returncode,
            "peak_tree_mb": round(peak_sum / 2**20), "peak_process_mb": round(peak_one / 2**20),
            "stderr": "".join(stderr_chunks)}


def main(argv: list[str]) -> int:
    if not Path("/proc/self/statm").exists():
        print("bench_hostile: needs Linux's /proc to measure memory", file=sys.stderr)
        return 1
    formats = argv[argv.index("--formats") + 1].split(",") if "--formats" in argv else ["json", "md", "docx", "pdf"]
    env = {**os.environ}
    env.pop("BRIEFING_WORKERS", None)
    env.pop("BRIEFING_READ_SECONDS", None)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "hostile"
        made = time.perf_counter()
        expected = make_hostile_folder(folder, full_size=True)
        print(f"made the folder in {time.perf_counter() - made:.1f} s: "
              + ", ".join(f"{p.name} {p.stat().st_size / 2**20:.1f} MB" for p in sorted(folder.iterdir())),
              file=sys.stderr)
        cases = [(f"hostile.{fmt}", folder, Path(tmp) / f"brief.{fmt}") for fmt in formats]
        if "--no-bbc" not in argv and BBC.is_dir():
            cases.append(("bbc.json", BBC, Path(tmp) / "bbc.json"))
        for name, source, out in cases:
            load = os.getloadavg()[0]
            row = run_sampled([sys.executable, "-m", "briefing", "build", str(source), "-o", str(out)], env)
            messages = {line.split(": ", 2)[1].rsplit("/", 1)[-1]: line.split(": ", 2)[2]
                        for line in row.pop("stderr").splitlines() if line.startswith("briefing: skipped ")}
            row.update(name=name, load_before=round(load, 2), written=out.is_file(), skipped=messages)
            rows.append(row)
            print(f"{name}: {row['seconds']:.1f} s, peak {row['peak_tree_mb']} MB", file=sys.stderr)
    print(f"{'build':<14} {'exit':>4} {'wall s':>7} {'tree MB':>8} {'process MB':>10} {'load':>5}  skipped")
    for r in rows:
        print(f"{r['name']:<14} {r['exit_code']:>4} {r['seconds']:>7.1f} {r['peak_tree_mb']:>8} "
              f"{r['peak_process_mb']:>10} {r['load_before']:>5.2f}  {len(r['skipped'])} files")
    for name, message in (rows[0]["skipped"] if rows else {}).items():
        print(f"  {name}: {message}")
    missing = [name for name in expected.bad if rows and name not in rows[0]["skipped"]]
    if missing:
        print(f"NOT SKIPPED: {', '.join(missing)}")
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps({"builds": rows, "cpus": os.cpu_count(), "python": platform.python_version(),
                                  "machine": platform.machine()}, indent=2) + "\n", encoding="utf-8")
    return 0 if not missing and all(r["exit_code"] == 0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
