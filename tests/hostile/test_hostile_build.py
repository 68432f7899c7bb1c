"""`briefing build` over a folder of pathological files, end to end, in every export format: each bad
file is left out with one line naming it, every good file is used, the brief is written and reads
back, all within a time limit and a memory cap.

The folder is made at test time (hostile_folder.py), scaled down to what still crosses each limit;
`python benchmarks/bench_hostile.py` runs the full sizes and measures time and memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_folder import STORY, make_hostile_folder

# Each file's reading budget for these runs: what a good file needs many times over on a loaded
# machine, a small part of what the pathological ones would take (the PDF bomb meets pypdf's limit
# in 0.3 s on a quiet machine; at 3 s it once ran out of time first while eight test runs shared two cores).
READ_SECONDS = 5
# The cap on each process's address space (the README's ceiling is for the whole build).
MEMORY_CAP = 2 * 2**30
RUN_TIMEOUT = 180
GOOD_SENTENCE = "Dock workers in the port of Kestrel Bay walked out on Monday"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "docs"
    return folder, make_hostile_folder(folder, full_size=False)


def _capped() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def build(folder: Path, out: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "BRIEFING_READ_SECONDS": str(READ_SECONDS)}
    env.pop("BRIEFING_WORKERS", None)
    return subprocess.run([sys.executable, "-m", "briefing", "build", str(folder), "-o", str(out)],
                          capture_output=True, text=True, timeout=RUN_TIMEOUT, env=env,
                          preexec_fn=_capped if sys.platform.startswith("linux") else None)


def read_back(out: Path) -> str:
    """The brief's text as a user's program would read it."""
    if out.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() for page in PdfReader(out).pages)
    if out.suffix == ".docx":
        import docx
        document = docx.Document(str(out))
        cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("extension", [".pdf", ".docx", ".json", ".md"])
def test_build_over_pathological_files_leaves_each_out_in_one_line_and_uses_every_good_one(
        hostile, tmp_path, extension):
    folder, expected = hostile
    out = tmp_path / f"brief{extension}"
    started = time.monotonic()
    done = build(folder, out)
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "WARNING" not in done.stderr, done.stderr
    lines = done.stderr.splitlines()
    for name, words in expected.bad.items():
        naming = [line for line in lines if name in line]
        assert len(naming) == 1, f"{name}: {naming}"
        assert naming[0].startswith("briefing: skipped ") and any(w in naming[0] for w in words), naming[0]
    for name in expected.good:
        assert not [line for line in lines if "skipped" in line and name in line], name
    # the bad files cost their budget once each, read two at a time, and the rest is quick
    assert elapsed < 2 * READ_SECONDS + 60
    text = read_back(out)
    assert GOOD_SENTENCE in " ".join(text.split())
    if extension == ".json":
        assert sorted(Path(s["path"]).name for s in json.loads(text)["sources"]) == sorted(expected.good)
    else:                           # the source list names every good file
        packed = "".join(text.split())
        assert [name for name in expected.good if name not in packed] == []
        assert [name for name in expected.bad if name in packed] == []


def test_the_hostile_folder_is_made_in_code_and_holds_what_it_says(hostile):
    folder, expected = hostile
    assert sorted(p.name for p in folder.iterdir()) == sorted([*expected.good, *expected.bad])
    assert (folder / "huge.txt").stat().st_size > 50 * 2**20
    assert STORY[0] in (folder / "deep.html").read_text(encoding="utf-8")
