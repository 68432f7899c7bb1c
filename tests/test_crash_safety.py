"""Killed at any moment, a write leaves the previous file whole; the next write clears what it left."""

import json
import os
import random
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest

from briefing import atomic
from briefing.atomic import remove_stale_temporaries, write_text_atomically
from briefing.export import write_brief
from briefing.library import Project, read_project, write_project
from crash_writers import EMBEDDED, big_brief, project_version

KILLS = 20
posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and fork are POSIX")


def _complete(path: Path, fmt: str) -> tuple:
    """What a whole file of this format holds, as numbers that any version of the brief shares."""
    if fmt == "pdf":
        assert path.read_bytes().rstrip().endswith(b"%%EOF")
        return (len(pypdf.PdfReader(path).pages),)
    if fmt == "docx":
        assert zipfile.ZipFile(path).testzip() is None
        return (len(docx.Document(str(path)).paragraphs),)
    if fmt == "json":
        data = json.loads(path.read_text(encoding="utf-8"))
        return len(data["sources"]), sum(len(s.get("statements", [])) for s in data["sections"])
    if fmt == "md":
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[-1].startswith("80. ") and "Report 80" in lines[-1]     # the last source: the end
        return (len(lines),)
    raise ValueError(fmt)


def _leftovers(folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder) if n.endswith(atomic.TEMP_SUFFIX))


# The child process: writes once, says "written", then writes on and on, saying "w" each time a
# write begins (its temporary file is made), so that the kill can be aimed inside a write.
WRITER = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
import briefing.atomic
import crash_writers
write = crash_writers.{function}
n = 1
write({target!r}, n)
print("written", flush=True)
real = briefing.atomic._new_temporary
def begun(folder, name):
    made = real(folder, name)
    print("w", flush=True)
    return made
briefing.atomic._new_temporary = begun
while True:
    n += 1
    write({target!r}, n)
"""


def _kill_while_writing(function: str, target: Path, rng: random.Random, longest: float) -> int:
    """Start a process that writes `target` with `function` over and over; once a write has begun,
    kill it (SIGKILL) at a random moment of the next `longest` seconds (about one write). Its pid."""
    script = WRITER.format(tests=str(Path(__file__).parent), function=function, target=str(target))
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "written", "the writer did not start"
    assert child.stdout.readline().strip() == "w"
    time.sleep(rng.uniform(0, longest))
    child.kill()
    child.wait()
    child.stdout.close()
    return child.pid


def _leftovers_of(target: Path) -> list[str]:
    return [n for n in _leftovers(target.parent) if n.startswith(f".{target.name}.")]


@posix_only
def test_an_export_killed_at_random_points_always_leaves_the_previous_file_whole(tmp_path):
    rng = random.Random(2026)
    seconds = {"pdf": 1.5, "docx": 0.5, "json": 0.01, "md": 0.005}     # about one write of each, or less
    mid_write = 0
    # a loaded machine may finish a write before the kill lands: go on until enough fell inside one
    for kill in range(KILLS * 3):
        if kill >= KILLS and mid_write >= KILLS // 3:
            break
        fmt = ("pdf", "docx", "json", "md")[kill % 4]
        target = tmp_path / f"brief.{fmt}"
        if not target.exists():
            write_brief(big_brief(version=0), target)
        whole = _complete(target, fmt)
        pid = _kill_while_writing("export_version", target, rng, seconds[fmt])
        assert _complete(target, fmt) == whole, f"kill {kill}: {fmt} damaged"
        # what the killed writer left is its own: the one before it was cleared by its first write
        assert all(f".{pid}-" in name for name in _leftovers_of(target)), (kill, pid, _leftovers(tmp_path))
        mid_write += bool(_leftovers_of(target))
    assert mid_write >= KILLS // 3, f"only {mid_write} kills fell inside a write"   # pdf, docx: always
    for fmt in ("pdf", "docx", "json", "md"):                       # the next run clears the rest
        write_brief(big_brief(statements=4, version=99), tmp_path / f"brief.{fmt}")
    assert _leftovers(tmp_path) == []


@posix_only
def test_a_project_save_killed_at_random_points_always_leaves_the_previous_project_whole(tmp_path):
    rng = random.Random(12)
    target = tmp_path / "ferries.briefing"
    write_project(project_version(0), target)
    mid_write = 0
    for kill in range(KILLS * 3):          # on until enough kills fell inside a write, as above
        if kill >= KILLS and mid_write >= KILLS // 2:
            break
        pid = _kill_while_writing("save_version", target, rng, 0.005)
        project = read_project(target)                     # whole: it parses, and holds everything
        assert len(project.documents) == 200 and len(project.brief.sections[0].statements) == 200, kill
        assert project.template_yaml == EMBEDDED
        assert project.options["title"] == project.brief.title.replace("Ferries, version ", "v")
        assert all(f".{pid}-" in name for name in _leftovers_of(target))
        mid_write += bool(_leftovers_of(target))
    assert mid_write >= KILLS // 2, f"only {mid_write} kills fell inside a write"
    write_project(Project(), target)
    assert _leftovers(tmp_path) == []


# -- the write itself ---------------------------------------------------------------------------------

def test_a_write_syncs_the_file_renames_it_then_syncs_the_folder(tmp_path, monkeypatch):
    done: list[str] = []
    real_fsync, real_replace, real_open = os.fsync, os.replace, os.open
    opened: dict[int, str] = {}

    def record_open(path, flags, *args, **kwargs):
        fd = real_open(path, flags, *args, **kwargs)
        opened[fd] = os.fsdecode(path)
        return fd

    monkeypatch.setattr(os, "open", record_open)
    monkeypatch.setattr(os, "fsync", lambda fd: (done.append(f"fsync {opened[fd]}"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (done.append(f"rename {Path(b).name}"), real_replace(a, b))[1])
    write_text_atomically(tmp_path / "brief.md", "# Brief\n")
    assert len(done) == 3 and done[0].startswith(f"fsync {tmp_path}/.brief.md.") and done[0].endswith(".part")
    assert done[1:] == ["rename brief.md", f"fsync {tmp_path}"]
    assert (tmp_path / "brief.md").read_text() == "# Brief\n" and _leftovers(tmp_path) == []


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def test_the_next_write_removes_only_its_own_targets_leftovers_of_dead_processes(tmp_path):
    dead, alive = _dead_pid(), os.getppid()
    keep = [f".brief.md.{alive}-0123456789ab.part",          # a writer still running
            f".other.md.{dead}-0123456789ab.part",           # another file's
            f".brief.md.{dead}-notours.part", ".brief.md.backup", "brief.md.part"]
    for name in keep + [f".brief.md.{dead}-0123456789ab.part"]:
        (tmp_path / name).write_text("x")
    write_text_atomically(tmp_path / "brief.md", "# Brief\n")
    assert sorted(os.listdir(tmp_path)) == sorted(keep + ["brief.md"])


def test_a_leftover_that_is_a_link_is_not_followed_or_removed(tmp_path):
    (tmp_path / "precious").write_text("keep me")
    link = tmp_path / f".brief.md.{_dead_pid()}-0123456789ab.part"
    link.symlink_to(tmp_path / "precious")
    assert remove_stale_temporaries(tmp_path / "brief.md") == []
    assert link.is_symlink() and (tmp_path / "precious").read_text() == "keep me"


def test_a_file_with_the_longest_name_allowed_is_still_written_atomically(tmp_path):
    target = tmp_path / ("n" * 250 + ".md")
    write_text_atomically(target, "x")
    write_text_atomically(target, "y")
    assert target.read_text() == "y" and _leftovers(tmp_path) == []


def test_a_private_file_stays_private_when_rewritten(tmp_path):
    target = tmp_path / "p.briefing"
    write_text_atomically(target, "x")
    target.chmod(0o600)
    write_text_atomically(target, "y")
    assert target.stat().st_mode & 0o777 == 0o600
