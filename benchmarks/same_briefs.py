"""Briefs byte for byte: build every checked pile to JSON with the code under one `src` tree, and
compare them with the JSON another tree built, so that a speed change can show it changes nothing.

Run by hand: `python benchmarks/same_briefs.py SRC OUT [--compare BASE_OUT]`, e.g. with the tree
before a change extracted by `git archive HEAD src assets | tar -x -C /tmp/base`:
    python benchmarks/same_briefs.py /tmp/base/src /tmp/base-out
    python benchmarks/same_briefs.py src /tmp/new-out --compare /tmp/base-out
The piles: the seeds, the labelled dev sets, the unseen topics (from their gold's file lists), the
first 200 BBC politics articles, the BBC corpus by category and whole, and the seeds and the 200
articles again in one process (BRIEFING_WORKERS=1), made in one fixed folder (PILES: a brief
names its files' paths). SOURCE_DATE_EPOCH fixes the brief's date.
`--visible-only` builds of the unseen topics only the seven whose briefs may be read, so that a
helper never builds a held-back topic. Compares with `cmp` only: nothing is read from the briefs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from bench_quality import FITTED_UNSEEN

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BBC = SHARED / "corpora" / "bbc-news" / "news"
POLITICS_DOCS = 200
PILES = Path(tempfile.gettempdir()) / "briefing-same-briefs"



def piles(into: Path, visible_only: bool = False) -> dict[str, tuple[list[Path], dict[str, str]]]:
    """Each pile's name, its paths and the environment it is built in; with `visible_only`, of the
    unseen topics only those whose briefs may be read (bench_quality.FITTED_UNSEEN)."""
    out: dict[str, tuple[list[Path], dict[str, str]]] = {"seeds": ([ROOT / "seeds"], {})}
    for d in sorted((SHARED / "eval" / "dev").iterdir()):
        if (d / "docs").is_dir():
            out["dev-" + d.name] = ([d / "docs"], {})
    for gold in sorted((ROOT / "benchmarks" / "unseen").glob("*/gold.yaml")):
        if visible_only and gold.parent.name not in FITTED_UNSEEN:
            continue
        data = yaml.safe_load(gold.read_text(encoding="utf-8"))
        source, category = data["corpus"].split("/", 1)
        folder = into / ("unseen-" + gold.parent.name)
        folder.mkdir()
        for name in data["documents"]:
            (folder / name).symlink_to(SHARED / "corpora" / source / "news" / category / name)
        out[folder.name] = ([folder], {})
    politics = into / "politics200"
    politics.mkdir()
    for path in sorted((BBC / "politics").iterdir())[:POLITICS_DOCS]:
        shutil.copy(path, politics / path.name)
    out["politics200"] = ([politics], {})
    for category in sorted(p for p in BBC.iterdir() if p.is_dir()):
        out["bbc-" + category.name] = ([category], {})
    out["bbc-all"] = ([BBC], {})
    out["seeds-one-process"] = ([ROOT / "seeds"], {"BRIEFING_WORKERS": "1"})
    out["politics200-one-process"] = ([politics], {"BRIEFING_WORKERS": "1"})
    return out


def build(src: str, target: Path, paths: list[Path], extra: dict[str, str]) -> str:
    """"" if the build wrote `target`, else what went wrong."""
    env = {**os.environ, "PYTHONPATH": src, "SOURCE_DATE_EPOCH": "1700000000", **extra}
    done = subprocess.run([sys.executable, "-m", "briefing", "build", *map(str, paths), "-o", str(target), "-q"],
                          env=env, capture_output=True, text=True)
    return "" if done.returncode == 0 else f"exit {done.returncode}: {done.stderr.strip()[:300]}"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    src, out = str(Path(argv[0]).resolve()), Path(argv[1])
    base = Path(argv[argv.index("--compare") + 1]) if "--compare" in argv else None
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    shutil.rmtree(PILES, ignore_errors=True)
    PILES.mkdir()
    try:
        for name, (paths, extra) in piles(PILES, "--visible-only" in argv).items():
            problem = build(src, out / f"{name}.json", paths, extra)
            if problem:
                print(f"{name}: {problem}")
                failed += 1
            elif base is not None and subprocess.run(["cmp", "-s", str(base / f"{name}.json"),
                                                      str(out / f"{name}.json")]).returncode != 0:
                print(f"{name}: DIFFERS")
                failed += 1
            else:
                print(f"{name}: {'identical' if base is not None else 'built'}")
    finally:
        shutil.rmtree(PILES, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
