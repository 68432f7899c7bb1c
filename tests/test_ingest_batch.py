"""Many files are read on every core, handed back in the order given, each bad one as one line."""

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.ingest import batch
from briefing.ingest.batch import read_documents, worker_count
from briefing.model import BriefingError, CancelFlag, Cancelled, Progress
from briefing.services import ingest
from briefing.services.pipeline import modules_of

TEXT = "Harbour talks resume\n\nThe port authority of Ruritania said on Monday that berth {n} would open in May.\n"


def make_folder(folder, count=30, bad=(3, 17)):
    folder.mkdir()
    for n in range(count):
        name = folder / f"{n:03d}.txt"
        name.write_bytes(b"\x00\x01\x02\xff" * 50 if n in bad else TEXT.format(n=n).encode("utf-8"))
    return sorted(folder.iterdir())


def test_a_pool_reads_in_the_given_order_and_hands_back_errors(tmp_path):
    paths = make_folder(tmp_path / "docs")
    outcomes = list(read_documents(paths, workers=2))
    assert [p for p, _ in outcomes] == paths
    for n, (_, outcome) in enumerate(outcomes):
        if n in (3, 17):
            assert isinstance(outcome, BriefingError) and "\n" not in str(outcome)
        else:
            assert f"berth {n} would open" in outcome.sentences[0].text


def test_the_pool_gives_the_same_documents_as_reading_one_by_one(tmp_path):
    paths = make_folder(tmp_path / "docs")
    pooled = [o for _, o in read_documents(paths, workers=2)]
    single = [o for _, o in read_documents(paths, workers=0)]
    assert [str(o) if isinstance(o, BriefingError) else o for o in pooled] == \
        [str(o) if isinstance(o, BriefingError) else o for o in single]


def test_reading_in_a_pool_leaves_no_thread_behind_so_the_analysis_may_fork(tmp_path):
    import threading

    paths = make_folder(tmp_path / "docs")
    assert threading.active_count() == 1
    assert len(list(read_documents(paths, workers=2))) == len(paths)
    assert threading.active_count() == 1


def test_even_one_file_is_read_in_a_worker_but_daemonic_processes_read_here(monkeypatch):
    assert worker_count(1) == 1
    monkeypatch.setenv("BRIEFING_WORKERS", "1")
    assert worker_count(500) == 0
    monkeypatch.delenv("BRIEFING_WORKERS")
    monkeypatch.setattr(multiprocessing.current_process(), "_config",
                        {**multiprocessing.current_process()._config, "daemon": True})
    assert worker_count(500) == 0


def test_ingest_job_reports_progress_file_by_file_in_order(tmp_path):
    paths = make_folder(tmp_path / "docs")
    job = ingest([tmp_path / "docs"])
    steps = []
    try:
        while True:
            steps.append(next(job))
    except StopIteration as stop:
        result = stop.value
    reading = [s for s in steps if isinstance(s, Progress) and s.message.startswith("Reading ")]
    assert [s.message for s in reading] == [f"Reading {p.name}" for p in paths]
    assert [s.done for s in reading] == list(range(len(paths)))
    assert [os.path.basename(d.path) for d in result.documents] == [p.name for n, p in enumerate(paths)
                                                                   if n not in (3, 17)]
    assert len(result.problems) == 2


def test_cancelling_the_ingest_job_stops_its_workers(tmp_path):
    make_folder(tmp_path / "docs", count=60)
    cancel = CancelFlag()
    job = ingest([tmp_path / "docs"], cancel)
    for _ in range(5):
        next(job)
    cancel.cancel()
    try:
        next(job)
        raise AssertionError("the job went on after cancel")
    except Cancelled:
        pass
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not multiprocessing.active_children()


def _read_a_little_then_cancel(folder):
    job = ingest([folder])
    for _ in range(5):
        next(job)
    job.close()


def test_a_process_whose_reading_is_cancelled_exits_at_once(tmp_path):
    """As the window's job process does: its pool must not hold up its exit."""
    make_folder(tmp_path / "docs", count=60)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    child = context.Process(target=_read_a_little_then_cancel, args=(tmp_path / "docs",))
    started = time.monotonic()
    child.start()
    child.join(30)
    if child.is_alive():
        child.kill()
    assert child.exitcode == 0 and time.monotonic() - started < 15


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to plant the crash")
def test_a_reader_that_dies_on_one_file_costs_that_file_only(tmp_path, monkeypatch):
    paths = make_folder(tmp_path / "docs", count=40, bad=())
    doomed = paths[21]
    real = batch.read_one

    def dies_on_one(path):
        if path == doomed:
            os._exit(1)            # as a parser library crashing the process would
        return real(path)

    monkeypatch.setattr(batch, "read_one", dies_on_one)     # the workers are forked with it
    outcomes = list(read_documents(paths, workers=2))
    assert [p for p, _ in outcomes] == paths
    failed = [p for p, o in outcomes if isinstance(o, BriefingError)]
    assert failed == [doomed] and "stopped unexpectedly" in str(outcomes[21][1])


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to plant the hang")
def test_a_file_read_past_its_time_budget_is_left_out_and_the_rest_are_read(tmp_path, monkeypatch):
    paths = make_folder(tmp_path / "docs", count=40, bad=())
    stuck = paths[5]
    real = batch.read_one

    def never_ends_on_one(path):
        if path == stuck:
            while True:            # as a parser looping on a hostile file would
                pass
        return real(path)

    monkeypatch.setattr(batch, "read_one", never_ends_on_one)
    monkeypatch.setattr(batch, "READ_SECONDS", 1.0)
    started = time.monotonic()
    outcomes = list(read_documents(paths, workers=2))
    assert time.monotonic() - started < 20
    assert [p for p, _ in outcomes] == paths
    failed = [(p, str(o)) for p, o in outcomes if isinstance(o, BriefingError)]
    assert [p for p, _ in failed] == [stuck] and "took over 1 s" in failed[0][1]
    assert all(f"berth {n} would open" in o.sentences[0].text for n, (_, o) in enumerate(outcomes) if n != 5)
    assert not multiprocessing.active_children()


@pytest.mark.skipif(not os.path.exists("/proc/self/status") or "fork" not in multiprocessing.get_all_start_methods(),
                    reason="the memory ceiling is Linux's RLIMIT_AS")
def test_a_file_needing_more_memory_than_one_file_may_take_is_left_out(tmp_path, monkeypatch):
    paths = make_folder(tmp_path / "docs", count=20, bad=())
    greedy = paths[7]
    real = batch.read_document

    def hoards_on_one(path):
        if path == greedy:
            hoard = bytearray(2 * 2**30)      # as a decompression bomb would
            return hoard
        return real(path)

    monkeypatch.setattr(batch, "read_document", hoards_on_one)
    monkeypatch.setattr(batch, "READ_MEMORY_MB", 300)
    outcomes = list(read_documents(paths, workers=2))
    failed = [(p, str(o)) for p, o in outcomes if isinstance(o, BriefingError)]
    assert [p for p, _ in failed] == [greedy] and "more memory" in failed[0][1] and "300 MB" in failed[0][1]
    assert len([o for _, o in outcomes if not isinstance(o, BriefingError)]) == 19


def test_without_worker_processes_the_files_are_read_here_in_order(tmp_path, monkeypatch):
    paths = make_folder(tmp_path / "docs", count=5, bad=(2,))
    monkeypatch.setenv("BRIEFING_WORKERS", "1")
    monkeypatch.setattr(batch, "_Worker", None)        # starting one would fail the test
    outcomes = list(read_documents(paths))
    assert [p for p, _ in outcomes] == paths and isinstance(outcomes[2][1], BriefingError)


def system_send_buffer_limit():
    """The most a socket's send buffer may be given (Linux), or None where it cannot tell."""
    try:
        return int(Path("/proc/sys/net/core/wmem_max").read_text())
    except (OSError, ValueError):
        return None


def answer_at_length(paths):
    """Work whose answer for each file is 20 KB long, as a long document's with its names."""
    return [(path.name, "x" * 20_000) for path in paths]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to watch the worker")
@pytest.mark.skipif((system_send_buffer_limit() or 0) < 1_000_000, reason="the system grants a smaller send buffer")
def test_a_worker_answers_every_file_it_holds_while_this_process_is_busy(tmp_path, monkeypatch):
    paths = make_folder(tmp_path / "docs", count=40, bad=())
    answered = tmp_path / "answered"
    real_serve = batch.serve

    def serve_then_mark(conn, parent, reading, memory_mb, work):
        original_send = conn.send
        sent = []

        def send(answer):
            original_send(answer)
            sent.append(answer)
            if len(sent) == len(paths):
                answered.touch()
        conn.send = send
        real_serve(conn, parent, reading, memory_mb, work)

    monkeypatch.setattr(batch, "serve", serve_then_mark)    # the worker is forked with it
    outcomes = read_documents(paths, workers=1, work=answer_at_length)
    assert next(outcomes)[1][0] == paths[0].name
    # this process takes no answer for a while (as when it imports the analysis): 800 KB of them
    # wait for it, and the worker, not blocked on sending, is done with every file meanwhile
    deadline = time.monotonic() + 10
    while not answered.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert answered.exists()
    assert [o[0] for _, o in outcomes] == [p.name for p in paths[1:]]


IMPORTS_WHILE_READING = """
import sys
from briefing.model import Progress
from briefing.services import ingest
from briefing.services.pipeline import modules_of

job = ingest([sys.argv[1]], names=True)
seen = []
try:
    while True:
        step = next(job)
        if isinstance(step, Progress) and step.message.startswith("Reading "):
            seen.append(sum(name in sys.modules for name in modules_of("briefing.analysis", "briefing.compose")))
except StopIteration:
    pass
print(*seen)
"""


def test_reading_with_names_imports_the_analysis_a_module_per_document_received(tmp_path):
    make_folder(tmp_path / "docs", count=60, bad=())
    run = subprocess.run([sys.executable, "-c", IMPORTS_WHILE_READING, str(tmp_path / "docs")],
                         capture_output=True, text=True, check=True)
    imported = [int(n) for n in run.stdout.split()]
    # while the readers read, this process takes their answers between imports: no import of
    # all of it at once after the first document
    assert imported[2] < imported[-1] / 2
    assert imported[-1] == len(modules_of("briefing.analysis", "briefing.compose"))
