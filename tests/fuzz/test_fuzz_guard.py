"""The fuzzing guard itself: a call that never ends fails with its traceback, whatever the load."""

from __future__ import annotations

import gc
import time

import pytest
from fuzz_guard import SUPPORTED, Overrun, guard

pytestmark = pytest.mark.skipif(not SUPPORTED, reason="needs SIGVTALRM and RLIMIT_AS")


def test_a_call_that_keeps_computing_is_stopped_at_its_cpu_budget():
    started = time.process_time()
    with pytest.raises(Overrun):
        with guard(0.3):
            while True:
                pass
    # the kernel charges CPU time by ticks, and on a loaded machine the timer and process_time()
    # can differ by a few of them: the guard fires around its budget, not at once and not never
    assert 0.15 <= time.process_time() - started < 3


def test_a_call_that_waits_uses_no_cpu_budget_and_garbage_is_collected_again_after():
    with guard(0.2):
        assert not gc.isenabled()
        time.sleep(0.4)                # a wait, not work: a busy machine does not fail a call
    assert gc.isenabled()
