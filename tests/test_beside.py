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


def test_work_done_inline_is_done_once_however_often_its_result_is_asked_for():
    calls = []
    beside = Beside(lambda: calls.append("first") or ["made"], lambda: calls.append("second"), fork=False)
    made = beside.result(0)
    assert beside.result(0) is made and beside.result(0) is made
    assert calls == ["first"]


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


@needs_fork
def test_the_caller_shares_the_tasks_the_child_has_not_come_to_from_the_last_back():
    import time

    here = os.getpid()

    def slow_first():
        time.sleep(0.5)               # the child is still on it when the caller asks
        return os.getpid(), "first"
    beside = Beside(slow_first, *(lambda i=i: (os.getpid(), i) for i in (1, 2, 3)))
    child = beside._pid
    results = beside.results()
    assert [value for _, value in results] == ["first", 1, 2, 3]
    # the one the child was on is waited for; the caller did the others rather than wait
    assert [pid for pid, _ in results] == [child, here, here, here]
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)


@needs_fork
def test_shared_tasks_the_child_has_done_are_taken_from_it():
    import time

    here = os.getpid()
    beside = Beside(*(lambda i=i: (os.getpid(), i) for i in range(4)))
    time.sleep(0.5)                   # long enough for the child to do all four
    results = beside.results()
    assert [value for _, value in results] == [0, 1, 2, 3]
    assert here not in {pid for pid, _ in results}


def test_shared_tasks_run_inline_in_order_without_a_child():
    calls = []
    beside = Beside(*(lambda i=i: calls.append(i) or i * 10 for i in range(3)), fork=False)
    assert beside.results() == [0, 10, 20]
    assert calls == [0, 1, 2]


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


def _seeds_corpus():
    from pathlib import Path

    from briefing.model import Corpus, run_to_end
    from briefing.services import ingest

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    return Corpus.of(run_to_end(ingest([seeds])).documents)


@needs_fork
def test_work_ahead_is_done_in_the_second_process_on_the_facts_that_need_no_actors(monkeypatch):
    import briefing.analysis as analysis
    from briefing.analysis.beside import Ahead
    from briefing.model import run_to_end

    corpus = _seeds_corpus()
    monkeypatch.setattr(analysis, "FORK_MIN_SENTENCES", 0)
    here = os.getpid()
    ahead = Ahead(found=lambda free: (os.getpid(), len(free.actors), len(free.events), sorted(free.time_roles.items())))
    facts = run_to_end(analysis.analyse(corpus, ahead=ahead))
    pid, actors, events, roles = ahead.result("found")
    assert pid != here
    assert actors == 0 and facts.actors            # the actors were not there to be used
    assert events == len(facts.events) and roles == sorted(facts.time_roles.items())


def test_work_ahead_gives_the_same_in_one_process(monkeypatch):
    import briefing.analysis as analysis
    from briefing.analysis.beside import Ahead
    from briefing.model import run_to_end

    corpus = _seeds_corpus()
    monkeypatch.setattr(analysis, "FORK_MIN_SENTENCES", 0)

    def work(free):
        return len(free.actors), len(free.events), sorted(free.time_roles.items()), free.groups

    forked = Ahead(found=work)
    run_to_end(analysis.analyse(corpus, ahead=forked))
    monkeypatch.setenv("BRIEFING_WORKERS", "1")
    inline = Ahead(found=work)
    run_to_end(analysis.analyse(corpus, ahead=inline))
    assert forked.result("found") == inline.result("found")


@needs_fork
def test_work_marked_here_is_done_in_the_caller_on_the_facts_without_actors(monkeypatch):
    import briefing.analysis as analysis
    from briefing.analysis.beside import Ahead
    from briefing.model import run_to_end

    corpus = _seeds_corpus()
    monkeypatch.setattr(analysis, "FORK_MIN_SENTENCES", 0)
    here = os.getpid()

    def work(free):
        return os.getpid(), len(free.actors), len(free.events), sorted(free.time_roles.items())

    first = []
    ahead = Ahead(here={"mine": work}, first=(lambda: first.append(os.getpid()),), found=work)
    facts = run_to_end(analysis.analyse(corpus, ahead=ahead))
    mine, found = ahead.result("mine"), ahead.result("found")
    assert mine[0] == here and found[0] != here and first == [here]
    assert mine[1:] == found[1:] and mine[1] == 0 and facts.actors
    assert ahead.result("mine") is mine                # done once


@needs_fork
@pytest.mark.parametrize("stage", ["Finding actors", "Writing Key actors"])
def test_a_compose_cancelled_leaves_no_child_behind(monkeypatch, stage):
    import briefing.analysis as analysis
    from briefing.compose import compose_brief
    from briefing.model import CancelFlag, Cancelled
    from briefing.templates import load_template

    corpus = _seeds_corpus()
    monkeypatch.setattr(analysis, "FORK_MIN_SENTENCES", 0)
    children = []
    fork = os.fork

    def recorded_fork():
        pid = fork()
        if pid:
            children.append(pid)
        return pid
    monkeypatch.setattr(os, "fork", recorded_fork)
    cancel = CancelFlag()
    job = compose_brief(corpus, load_template("standard"), {}, {}, cancel)
    while next(job).message != stage:
        pass
    assert children                                  # the children have started
    cancel.cancel()
    with pytest.raises(Cancelled):
        for _ in job:
            pass
    for pid in children:
        with pytest.raises(ChildProcessError):       # stopped and waited for
            os.waitpid(pid, os.WNOHANG)


@needs_fork
def test_a_brief_composed_with_work_ahead_in_a_second_process_is_the_one_composed_inline(monkeypatch):
    import briefing.analysis as analysis
    from briefing.compose import compose_brief
    from briefing.model import CancelFlag, run_to_end
    from briefing.templates import load_template

    corpus = _seeds_corpus()
    template = load_template("standard")     # its prose sections' features and issues' phrases ahead
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    monkeypatch.setattr(analysis, "FORK_MIN_SENTENCES", 0)
    forked = run_to_end(compose_brief(corpus, template, {}, {}, CancelFlag()))
    monkeypatch.setenv("BRIEFING_WORKERS", "1")
    inline = run_to_end(compose_brief(corpus, template, {}, {}, CancelFlag()))
    assert forked == inline


@needs_fork
def test_work_waiting_for_the_conflicting_reports_has_every_other_fact_and_gets_them_when_it_asks(monkeypatch):
    import briefing.analysis as analysis
    from briefing.analysis.beside import Ahead
    from briefing.model import run_to_end

    corpus = _seeds_corpus()
    monkeypatch.setattr(analysis, "FORK_MIN_SENTENCES", 0)
    seen = []

    def waiting(facts, conflicts):
        seen.append((len(facts.contradictions), len(facts.actors), len(facts.quotes), len(facts.events),
                     len(facts.time_roles)))
        conflicts()
        conflicts()                     # added once
        seen.append(len(facts.contradictions))

    facts = run_to_end(analysis.analyse(corpus, ahead=Ahead(waiting=waiting)))
    assert facts.contradictions and facts.events
    assert seen == [(0, len(facts.actors), len(facts.quotes), len(facts.events), len(facts.time_roles)),
                    len(facts.contradictions)]


@needs_fork
def test_the_sections_before_the_conflicting_reports_are_built_while_they_are_found(monkeypatch):
    import briefing.analysis as analysis
    import briefing.compose.brief as brief
    import briefing.compose.issues as issues
    from briefing.model import CancelFlag, run_to_end
    from briefing.templates import load_template

    corpus = _seeds_corpus()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    monkeypatch.setattr(analysis, "FORK_MIN_SENTENCES", 0)
    known = {}      # the conflicting reports known when each part was begun (and a section built)
    seen = {}       # the facts the sections read

    def noting(build):
        def builder(ctx, spec):
            seen["facts"] = ctx.facts
            begun = len(ctx.facts.contradictions)
            section = build(ctx, spec)
            known[spec.kind] = (begun, len(ctx.facts.contradictions))
            return section
        return builder

    def noted(name, work):
        def noting_work(*args, **kwargs):
            if not kwargs.get("loosely"):
                known.setdefault(name, len(seen["facts"].contradictions))
            return work(*args, **kwargs)
        return noting_work

    for kind in ("actors", "timeline", "summary", "background", "contradictions"):
        monkeypatch.setitem(brief.BUILDERS, kind, noting(brief.BUILDERS[kind]))
    monkeypatch.setattr(issues, "Pile", type("Pile", (issues.Pile,), {"__init__": noted("issues' pile", issues.Pile.__init__)}))
    monkeypatch.setattr(issues, "ranked_candidates", noted("issues' candidates", issues.ranked_candidates))
    monkeypatch.setattr(brief, "brief_title", noted("title", brief.brief_title))
    composed = run_to_end(brief.compose_brief(corpus, load_template("standard"), {}, {}, CancelFlag()))
    assert next(s for s in composed.sections if s.kind == "contradictions").items
    assert known["actors"] == known["timeline"] == (0, 0)
    assert known["issues' pile"] == known["issues' candidates"] == known["title"] == 0
    # the background leaves to the conflicting reports the sentences they need: it waits for them
    assert known["summary"][0] == known["background"][0] == 0 and known["background"][1] > 0
    assert known["contradictions"][0] > 0


def test_a_brief_taking_the_work_aheads_context_is_the_one_composed_from_the_facts_alone(monkeypatch):
    from briefing.analysis import analyse
    from briefing.compose import compose_brief
    from briefing.compose.brief import compose_from_facts
    from briefing.compose.context import ComposeContext
    from briefing.model import CancelFlag, run_to_end
    from briefing.templates import load_template

    corpus = _seeds_corpus()
    template = load_template("standard")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    monkeypatch.setenv("BRIEFING_WORKERS", "1")
    taken = []
    original = ComposeContext.take_worked_out
    monkeypatch.setattr(ComposeContext, "take_worked_out",
                        lambda self, other: taken.append(sorted(other.__dict__)) or original(self, other))
    with_ahead = run_to_end(compose_brief(corpus, template, {}, {}, CancelFlag()))
    assert taken and "idf" in taken[0]
    facts = run_to_end(analyse(corpus))
    alone = run_to_end(compose_from_facts(corpus, facts, template, {}, {}, CancelFlag()))
    assert with_ahead == alone


@needs_fork
def test_the_sentences_topicality_is_worked_out_once_in_the_second_process_for_both(monkeypatch, tmp_path):
    from functools import cached_property

    import briefing.analysis as analysis
    from briefing.compose import compose_brief
    from briefing.compose.context import ComposeContext
    from briefing.model import CancelFlag, run_to_end
    from briefing.templates import load_template

    corpus = _seeds_corpus()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    monkeypatch.setattr(analysis, "FORK_MIN_SENTENCES", 0)
    where = tmp_path / "pids"            # the child's own list would stay in the child
    work = ComposeContext.topicality.func

    def noted(ctx):
        with where.open("a") as file:
            file.write(f"{os.getpid()}\n")
        return work(ctx)
    topicality = cached_property(noted)
    topicality.__set_name__(ComposeContext, "topicality")
    monkeypatch.setattr(ComposeContext, "topicality", topicality)
    run_to_end(compose_brief(corpus, load_template("standard"), {}, {}, CancelFlag()))
    pids = where.read_text().split()
    assert len(pids) == 1 and int(pids[0]) != os.getpid()
