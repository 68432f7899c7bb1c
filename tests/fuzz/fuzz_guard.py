"""What a fuzzed call may do: end in time, stay within memory, and fail only with our one-line error.

`Guard` runs one call of code under test: a soft time budget in CPU seconds of the process
(SIGVTALRM raises `Overrun` in the main thread, so a Python loop that never ends is a failure with
its traceback; CPU time, so that a machine busy with other work does not fail a call), a hard one
(faulthandler ends the whole run with every thread's stack if C code never returns), and a
ceiling on address space (RLIMIT_AS: memory past it is a MemoryError, not a machine brought
down). It also collects the exceptions our code logs and swallows, so that a crash hidden
behind a broad `except` (a reader's catch-all, a page skipped) is still a failure.
"""

from __future__ import annotations

import faulthandler
import gc
import logging
import os
import signal
import sys
import traceback
import unicodedata
from contextlib import contextmanager
from pathlib import Path

import briefing

OUR_CODE = str(Path(briefing.__file__).resolve().parent)
HARD_FACTOR = 6        # the hard budget (whole run ended) is this many times the soft one
MEMORY_HEADROOM = 1024 * 2**20    # address space a fuzzed call may add to what the process has
# A one-line message quotes what is wrong, not the whole input: the longest honest ones (a path, a
# key, the list of allowed keys) stay well under this.
MAX_MESSAGE = 1000


class Overrun(BaseException):
    """A call ran past its time budget. Not an Exception, so that no `except Exception` in the
    code under test takes it for an error of its own and goes on."""


def _address_space() -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


@contextmanager
def memory_ceiling(headroom: int = MEMORY_HEADROOM):
    """Allocations beyond the process's present address space plus `headroom` fail (Linux)."""
    try:
        import resource
    except ImportError:
        yield
        return
    used = _address_space()
    if used is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = used + headroom if hard == resource.RLIM_INFINITY else min(hard, used + headroom)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


class _Swallowed(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            self.records.append(record)


def innermost_file(exc: BaseException) -> str:
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return str(Path(tb.tb_frame.f_code.co_filename).resolve()) if tb is not None else ""


def is_ours(exc: BaseException) -> bool:
    return innermost_file(exc).startswith(OUR_CODE)


@contextmanager
def guard(seconds: float):
    """Run the body under the time and memory budgets; yields the list of swallowed exceptions
    (log records carrying one) for the caller to judge."""
    logger = logging.getLogger("briefing")
    handler = _Swallowed()
    old_level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)

    fired: list[bool] = []

    def overrun(signum, frame):
        fired.append(True)
        raise Overrun(f"still running after {seconds:g} s")

    # No garbage collection during the call: a full collection walks every object of the process
    # (Hypothesis's own data grows to gigabytes over a long run), took seconds and was counted
    # against the call. Collections happen between calls, where they cost no budget. (Freezing
    # the old objects instead kept a long run's full collections from ever running: 24 GB.)
    collecting = gc.isenabled()
    gc.disable()
    previous = signal.signal(signal.SIGVTALRM, overrun)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    faulthandler.dump_traceback_later(seconds * HARD_FACTOR, exit=True, file=sys.__stderr__)
    try:
        with memory_ceiling():
            yield handler.records
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)
        faulthandler.cancel_dump_traceback_later()
        if collecting:
            gc.enable()
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    # the interrupt can be lost where Python cannot raise it (a garbage-collector callback prints
    # "Exception ignored" and goes on): the call still ran past its budget
    assert not fired, f"ran past its budget of {seconds:g} s (the interrupt was lost on the way)"


def assert_one_line(message: str) -> None:
    """A message the CLI can print as one line: not empty, no line breaks or control characters."""
    assert message.strip(), "empty message"
    bad = [ch for ch in message if unicodedata.category(ch) in ("Cc", "Zl", "Zp")]
    assert not bad, f"control characters {bad!r} in message {message!r}"
    assert "Traceback" not in message, message
    assert len(message) <= MAX_MESSAGE, f"message of {len(message)} characters"


def no_crash_of_ours(records: list[logging.LogRecord]) -> None:
    """None of the exceptions our code caught and logged was raised by our own code."""
    for record in records:
        exc = record.exc_info[1]
        assert not is_ours(exc), (f"our code raised {type(exc).__name__}: {exc} (logged as "
                                  f"{record.getMessage()!r})\n" + "".join(traceback.format_exception(exc)))


def crash_report(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc))


# SIGVTALRM and RLIMIT_AS: the fuzz tests run where the system has them
SUPPORTED = hasattr(signal, "setitimer") and hasattr(signal, "SIGVTALRM") and os.name == "posix"
