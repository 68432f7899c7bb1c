"""Work beside the caller in a forked process gives what the caller would have computed."""

from __future__ import annotations

import os

import pytest

from briefing.analysis.beside import Beside, may_fork

needs_fork = pytest.mark.skipif(not may_fork(), reason="fork is not available or not safe here")


@needs_fork
def test_work_beside_runs_in_another_process_and_returns_its_result():
    here = os.getpid()
    beside = Beside(lambda: (os.getpid(), sorted({3, 1, 2})))
    pid, value = beside.result()
    assert pid != here
    assert value == [1, 2, 3]


def test_work_beside_runs_inline_when_asked_not_to_fork():
    here = os.getpid()
    assert Beside(lambda: os.getpid(), fork=False).result() == here


@needs_fork
def test_an_error_in_the_child_is_raised_in_the_caller():
    def fails():
        raise ValueError("bad input in the child")
    with pytest.raises(ValueError, match="bad input"):
        Beside(fails).result()


@needs_fork
def test_cancelled_work_leaves_no_child_behind():
    beside = Beside(lambda: sum(range(10**9)))
    pid = beside._pid
    beside.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_workers_1_in_the_environment_keeps_the_work_in_one_process(monkeypatch):
    monkeypatch.setenv("BRIEFING_WORKERS", "1")
    assert not may_fork()


@needs_fork
def test_analysis_with_a_second_process_finds_the_same_facts(monkeypatch):
    from pathlib import Path

    import briefing.analysis as analysis
    from briefing.model import Corpus, run_to_end
    from briefing.services import ingest

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    corpus = Corpus.of(run_to_end(ingest([seeds])).documents)
    monkeypatch.setattr(analysis, "FORK_MIN_SENTENCES", 0)
    forked = run_to_end(analysis.analyse(corpus))
    monkeypatch.setenv("BRIEFING_WORKERS", "1")
    inline = run_to_end(analysis.analyse(corpus))
    for name in ("doc_flags", "events", "time_roles", "groups", "actors", "quotes", "contradictions"):
        assert getattr(forked, name) == getattr(inline, name), name
