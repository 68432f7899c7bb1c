"""The garbage collector is held off during an analysis and given back as it was."""

import gc
import subprocess
import sys

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


def _import_the_command_line(before: str) -> list[str]:
    """What a fresh process says of its collector after `before` and importing briefing.cli:
    enabled, and how many objects it has frozen."""
    script = f"import gc\n{before}\nimport briefing.cli\nprint(gc.isenabled(), gc.get_freeze_count())"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_the_command_line_is_imported_with_the_collector_paused_then_frozen() -> None:
    enabled, frozen = _import_the_command_line("")
    assert enabled == "True"
    assert int(frozen) > 10_000         # the modules' objects: not walked by any later pass


def test_importing_the_command_line_leaves_a_collector_switched_off_off() -> None:
    enabled, frozen = _import_the_command_line("gc.disable()")
    assert enabled == "False"
    assert frozen == "0"
