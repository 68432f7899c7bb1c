"""`briefing build` keeps to the exit codes the README lists, and says each problem on one line."""

import importlib
import os
import pty
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.model import CancelFlag

cli = importlib.import_module("briefing.cli.main")


def _prose(n: int) -> str:
    return (f"The port authority of Calmor{n} reopened the northern quay on Monday, officials said.\n\n"
            f"Director Anselm Quist{n} said repairs to berth {n} would finish before the autumn storms.\n\n"
            f"Shipping agents in Calmor{n} said the closure had cost them {n + 2} days of trade.\n")


def _run(args: list[str], cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300, **kwargs)


def _one_line_messages(err: str) -> list[str]:
    lines = err.splitlines()
    assert lines and all(line.startswith("briefing") for line in lines), err
    assert "Traceback" not in err
    return lines


@pytest.fixture
def docs(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(3):
        (folder / f"report-{n}.txt").write_text(_prose(n), encoding="utf-8")
    return folder


def test_exit_0_when_written_even_with_a_file_skipped_and_named(docs, tmp_path):
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 cut short")
    done = _run(["build", str(docs), "-o", "b.md"], tmp_path)
    assert done.returncode == 0
    lines = _one_line_messages(done.stderr)
    assert [line for line in lines if "skipped" in line][0].startswith(f"briefing: skipped {docs / 'broken.pdf'}: ")
    assert (tmp_path / "b.md").is_file()


def test_exit_1_when_no_document_is_usable_and_nothing_is_written(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    done = _run(["build", "empty.txt", "old.doc", "-o", "b.json"], tmp_path)
    assert done.returncode == 1
    lines = _one_line_messages(done.stderr)
    assert any("old.doc" in line and "save it as .docx" in line for line in lines)   # what the user can do
    assert lines[-1] == "briefing: error: no usable documents (2 could not be read; each is listed above)"
    assert not (tmp_path / "b.json").exists()


@pytest.mark.parametrize("args, says", [
    ([], "the following arguments are required: PATH"),
    (["docs", "--frobnicate"], "unrecognized arguments: --frobnicate"),
    (["docs", "--template", "nope"], "no template named 'nope'; available: standard"),
    (["docs", "--template", "bad.yaml"], "bad.yaml:2: unknown section kind 'sumary'"),
    (["docs", "--format", "pdf"], "--format pdf needs -o FILE"),
    (["docs", "-o", "brief.odt"], "brief.odt: cannot tell the format from the extension"),
    (["docs", "--template", "a3.yaml", "-o", "b.pdf"], "a3.yaml: style: page size 'A3' is not one of A4, Letter"),
])
def test_exit_2_on_a_usage_error_before_anything_is_read(docs, tmp_path, args, says):
    (tmp_path / "bad.yaml").write_text("sections:\n  - sumary\n", encoding="utf-8")
    (tmp_path / "a3.yaml").write_text("sections: [summary]\nstyle:\n  page: {size: A3}\n", encoding="utf-8")
    done = _run(["build", *args], tmp_path)
    assert done.returncode == 2
    [line] = _one_line_messages(done.stderr)
    assert says in line
    assert set(tmp_path.iterdir()) == {docs, tmp_path / "bad.yaml", tmp_path / "a3.yaml"}     # nothing written


def test_exit_3_when_the_brief_cannot_be_written_and_an_older_file_stays(docs, tmp_path):
    done = _run(["build", str(docs), "-o", "no/such/folder/b.json"], tmp_path)
    assert done.returncode == 3
    [line] = _one_line_messages(done.stderr)
    assert line == "briefing: error: no/such/folder/b.json: folder no/such/folder does not exist; " \
                   "create it or choose another"
    old = tmp_path / "kept.json"
    old.write_text("the older brief")
    old.chmod(0o444)
    done = _run(["build", str(docs), "-o", str(old)], tmp_path)
    assert done.returncode == 3 and "read-only" in done.stderr and old.read_text() == "the older brief"


@pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal shows the progress bar")
def test_exit_130_when_interrupted_and_nothing_is_written(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(1500):      # several seconds of reading and composing
        (folder / f"r{n}.txt").write_text(_prose(n) * 3, encoding="utf-8")
    # stderr on a terminal, so that the progress bar says when reading has begun: Ctrl+C then
    # reaches the build, not Python still starting up
    terminal, their_end = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "build", str(folder), "-o", "b.json"], cwd=tmp_path,
                            env={**os.environ, "BRIEFING_WORKERS": "1"}, stderr=their_end)
    os.close(their_end)
    shown: list[bytes] = []

    def read_terminal() -> None:          # always drained, so the bar never blocks on a full terminal
        while True:
            try:
                chunk = os.read(terminal, 4096)
            except OSError:               # the child has gone: the terminal is closed
                return
            if not chunk:
                return
            shown.append(chunk)
    reader = threading.Thread(target=read_terminal, daemon=True)
    reader.start()
    started = time.monotonic()
    while b"Reading" not in b"".join(shown):
        assert proc.poll() is None and time.monotonic() - started < 60, "the build never showed its progress"
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    code = proc.wait(timeout=60)
    reader.join(5)
    assert code == 130, b"".join(shown).decode("utf-8", "replace").replace("\r", "\n")
    reader.join(5)
    os.close(terminal)
    said = b"".join(shown)
    last = said.decode("utf-8").replace("\r", "\n").split("\n")
    assert [line.strip() for line in last if line.strip()][-1] == "briefing: interrupted; nothing was written"
    assert not (tmp_path / "b.json").exists() and not list(tmp_path.glob(".b.json*"))


@pytest.mark.skipif(os.name != "posix", reason="an exit by a signal shows as a negative code on POSIX")
def test_exit_130_when_the_interrupt_leaves_code_python_ran_from_a_string(docs, tmp_path):
    # CPython marks a KeyboardInterrupt that leaves code run from a string (a dataclass's or a
    # namedtuple's generated methods, made as a module is imported) as unhandled for the whole
    # process even when it is caught, and `python -m` then ends by killing itself with SIGINT
    (tmp_path / "interrupted_in_exec.py").write_text(
        "import importlib, sys\n"
        "cli = importlib.import_module('briefing.cli.main')\n"
        "def build(args):\n"
        "    exec('raise KeyboardInterrupt')\n"
        "cli.run_build = build\n"
        "sys.exit(cli.main())\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-m", "interrupted_in_exec", "build", str(docs), "-o", "b.json"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 130, done.stderr
    assert done.stderr.splitlines() == ["briefing: interrupted; nothing was written"]
    assert not (tmp_path / "b.json").exists()


def test_a_second_ctrl_c_while_the_first_is_handled_is_ignored_and_the_usual_handler_comes_back():
    cancel = CancelFlag()
    before = signal.getsignal(signal.SIGINT)
    with pytest.raises(KeyboardInterrupt), cli.ctrl_c_cancels(cancel):
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.5)
        except KeyboardInterrupt:
            os.kill(os.getpid(), signal.SIGINT)       # the clean-up is not cut short
            time.sleep(0.05)
            raise
    assert cancel.cancelled
    assert signal.getsignal(signal.SIGINT) is before


def test_a_bug_is_one_line_pointing_at_dash_v_with_exit_70(docs, tmp_path, capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise TypeError("unexpected thing")
    monkeypatch.setattr(cli, "ingest", broken)
    assert main(["build", str(docs), "-o", str(tmp_path / "b.json")]) == 70
    [line] = capsys.readouterr().err.splitlines()
    assert line == ("briefing: internal error (TypeError: unexpected thing); "
                    "run again with -v for the details and report it")


def test_the_readme_lists_the_exit_codes_the_cli_uses():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("Exit codes", 1)[1][:1500]
    for code in (cli.EXIT_WRITTEN, cli.EXIT_NOTHING_USABLE, cli.EXIT_USAGE, cli.EXIT_CANNOT_WRITE,
                 cli.EXIT_INTERNAL, cli.EXIT_INTERRUPTED):
        assert f"`{code}`" in section
