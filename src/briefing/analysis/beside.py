"""Run one piece of analysis in a forked child process while the caller does another.

The analysis is pure Python, so threads cannot use a second core. A forked child shares the
corpus already in memory (nothing to send over) and returns only its result, pickled. Where
fork is missing (Windows), unsafe (other Python threads are running), switched off
(`BRIEFING_WORKERS=1`) or not worth it (a small corpus), the work runs in the caller instead,
with the same result.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


def may_fork() -> bool:
    """Fork only from a single-threaded process (a fork copies one thread and any lock another
    held) on a system that has fork, and unless the user asked for one process."""
    return (hasattr(os, "fork") and threading.active_count() == 1
            and os.environ.get("BRIEFING_WORKERS", "") != "1" and (os.cpu_count() or 1) > 1)


class Beside(Generic[T]):
    """`work()` started in a child process; `result()` waits for it. If the child fails, the
    work is done again here, so a result is always the same as computed inline."""

    def __init__(self, work: Callable[[], T], fork: bool = True) -> None:
        self._work = work
        self._pid: int | None = None
        self._read = -1
        if fork and may_fork():
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:                                  # the child: compute, send, leave
                os.close(read)
                try:
                    payload = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
                except BaseException:                     # the parent recomputes
                    payload = b""
                with os.fdopen(write, "wb") as out:
                    out.write(payload)
                os._exit(0)
            os.close(write)
            self._pid, self._read = pid, read

    def result(self) -> T:
        if self._pid is None:
            return self._work()
        with os.fdopen(self._read, "rb") as pipe:
            payload = pipe.read()
        os.waitpid(self._pid, 0)
        self._pid = None
        return pickle.loads(payload) if payload else self._work()

    def cancel(self) -> None:
        """Stop the child, if any, without waiting for its result."""
        if self._pid is not None:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(self._pid, 0)
            os.close(self._read)
            self._pid = None
