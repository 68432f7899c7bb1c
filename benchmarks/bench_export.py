"""Export speed: render a ~40-page brief built from BBC politics articles to PDF and DOCX.

Run by hand: `python benchmarks/bench_export.py [FOLDER]`. The brief is synthetic (sentences
taken in order from the articles into every section kind) so that its size does not depend on
the composer. Prints a table and writes benchmarks/results/export.json.
Targets (issues 6 and 13): PDF under 2 s, DOCX under 1 s, with the three figures.
"""

from __future__ import annotations

import json
import platform
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from pypdf import PdfReader

from briefing.export import write_brief
from briefing.model import (
    Actor,
    Brief,
    Citation,
    Contradiction,
    Event,
    Figure,
    Issue,
    Quote,
    Section,
    Source,
    Statement,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news" / "news" / "politics"
RESULT = ROOT / "benchmarks" / "results" / "export.json"
TARGETS = {"pdf": 2.0, "docx": 1.0}
ARTICLES = 90          # sources in the brief; with the counts below the PDF is about 40 A4 pages
RUNS = 3               # best of three, so that a cold start does not count

NAMED = ("Labour", "Tory", "Blair", "Brown", "government", "Howard", "Kennedy", "Lib Dems", "Tories",
         "minister", "party", "election")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _sentences(folder: Path) -> Iterator[tuple[str, Citation]]:
    for n, path in enumerate(sorted(folder.glob("*.txt"))[:ARTICLES], 1):
        body = path.read_text(encoding="utf-8", errors="replace").split("\n", 1)[-1]
        for k, sentence in enumerate(_SENTENCE.split(" ".join(body.split()))):
            if 8 <= len(sentence.split()) <= 60:
                yield sentence, Citation(f"S{n}", k, 0, len(sentence))


def synthetic_brief(folder: Path) -> Brief:
    """Every section kind, filled in order from the articles' sentences."""
    pool = _sentences(folder)

    def statements(count: int) -> list[Statement]:
        out = []
        for i in range(count):
            text, citation = next(pool)
            extra = [Citation(f"S{(int(citation.source[1:]) % ARTICLES) + 1}", 0, 0, 1)] if i % 3 == 0 else []
            out.append(Statement(text, [citation, *extra], edited=i % 17 == 5))
        return out

    def actors(count: int) -> list[Actor]:
        # the first actors go by words the issues' sentences use, so the actor × issue matrix has marks
        return [Actor(f"Actor {i} Ministerson", ("person", "organization", "country")[i % 3],
                      s.text[:90], "United Kingdom", aliases=[NAMED[i]] if i < len(NAMED) else [],
                      mentions=count - i,
                      sources=[c.source for c in s.citations], citations=s.citations)
                for i, s in enumerate(statements(count))]

    sources = [Source(f"S{n}", path.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0].strip(),
                      str(path.relative_to(folder.parent)), ("BBC News", "BBC Sport", "BBC Online")[n % 3],
                      f"2005-{1 + n % 6:02d}-{1 + n % 27:02d}", words=400,
                      flags=["truncated"] if n % 9 == 0 else [])
               for n, path in enumerate(sorted(folder.glob("*.txt"))[:ARTICLES], 1)]
    sections = [
        Section("summary", "Bottom line up front", statements=statements(8)),
        Section("background", "Background", statements=statements(120)),
        Section("actors", "Key actors", actors=actors(80)),
        Section("issues", "Open issues", issues=[Issue(f"Issue {i}", "discovered", [], statements(8))
                                                  for i in range(20)]),
        Section("outlook", "Outlook", statements=statements(60)),
        Section("timeline", "Timeline", events=[Event(f"2005-{1 + i % 12:02d}-{1 + i % 28:02d}", "", s.text,
                                                      s.citations) for i, s in enumerate(statements(200))]),
        Section("quotes", "Key quotes", quotes=[Quote(f"Speaker {i}", s.text, s.citations)
                                                for i, s in enumerate(statements(60))]),
        Section("contradictions", "Conflicting reports", items=[Contradiction(f"Topic {i}", statements(2))
                                                                 for i in range(8)]),
        Section("sources", "Sources"),
    ]
    return Brief("Politics briefing: benchmark", "Briefing pack", "Benchmark", "OFFICIAL",
                 "2026-11-25T12:00:00+00:00", sources=sources, sections=sections,
                 figures=[Figure("timeline", "timeline"), Figure("actor-issues", "issues"),
                          Figure("sources", "sources")])


def _best_time(brief: Brief, path: Path) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        write_brief(brief, path)
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else CORPUS
    if not folder.is_dir():
        print(f"bench_export: no corpus at {folder}", file=sys.stderr)
        return 1
    brief = synthetic_brief(folder)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("pdf", "docx"):
            path = Path(tmp) / f"brief.{fmt}"
            seconds = _best_time(brief, path)
            pages = len(PdfReader(path).pages) if fmt == "pdf" else None
            rows.append({"format": fmt, "seconds": round(seconds, 3), "bytes": path.stat().st_size,
                         "pages": pages, "target_seconds": TARGETS[fmt],
                         "within_target": seconds < TARGETS[fmt]})
    print(f"{'format':>6} {'pages':>5} {'kB':>7} {'seconds':>8} {'target':>7}")
    for row in rows:
        pages = row["pages"] if row["pages"] is not None else "-"
        verdict = "ok" if row["within_target"] else "OVER"
        print(f"{row['format']:>6} {pages:>5} {row['bytes'] / 1024:>7.0f} {row['seconds']:>8.2f} "
              f"{row['target_seconds']:>6.1f}s {verdict}")
    from reportlab.lib import rl_accel
    accelerated = getattr(rl_accel.fp_str, "__module__", "") == "_rl_accel"   # optional C speed-ups
    print(f"reportlab C accelerator (pip package rl_accel): {'loaded' if accelerated else 'not installed'}")
    result = {"corpus": str(folder), "articles": len(brief.sources), "runs": RUNS, "results": rows,
              "rl_accel": accelerated,
              "python": platform.python_version(), "machine": platform.machine()}
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
