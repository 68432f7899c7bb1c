"""The garbage collector is held off during an analysis and given back as it was."""

import gc

import pytest

from briefing.analysis.collector import collector_paused


def test_collector_is_off_inside_and_on_again_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()        # the inner pause leaves the outer one in force
    assert gc.isenabled()


def test_collector_comes_back_when_the_work_fails() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("cancelled")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
