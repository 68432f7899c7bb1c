"""Run pieces of analysis in a forked child process while the caller does others.

The analysis is pure Python, so threads cannot use a second core. A forked child shares the
corpus already in memory (nothing to send over) and returns only its results, pickled, one per
task, in the order the tasks were given. Where fork is missing (Windows), unsafe (other Python
threads are running), switched off (`BRIEFING_WORKERS=1`) or not worth it (a small corpus), the
work runs in the caller instead, with the same results.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import struct
import tempfile
import threading
from collections.abc import Callable
from typing import Any

HEADER = struct.Struct("<q")      # a result's length in bytes; -1 says the task failed


def may_fork() -> bool:
    """Fork only from a single-threaded process (a fork copies one thread and any lock another
    held) on a system that has fork, and unless the user asked for one process."""
    return (hasattr(os, "fork") and threading.active_count() == 1
            and os.environ.get("BRIEFING_WORKERS", "") != "1" and (os.cpu_count() or 1) > 1)


def _result_store() -> int:
    """A file for the child's results that no other process can see and that is gone with its
    last descriptor: anonymous memory where the system has it, else an unlinked temporary file.
    (Through a pipe, the child would wait for the caller to read a result before starting on
    the next task.)"""
    memfd_create = getattr(os, "memfd_create", None)
    if memfd_create is not None:
        try:
            return memfd_create("briefing-beside", getattr(os, "MFD_CLOEXEC", 0))
        except OSError:
            pass
    handle = tempfile.TemporaryFile()
    fd = os.dup(handle.fileno())
    handle.close()
    return fd


class Beside:
    """`tasks` started one after another in a child process; `result(i)` waits for the i-th.
    If the child fails, that task and the ones after it are done here, so a result is always the
    same as computed inline (an error is then raised here too). Either way each task is done
    once: asked again, `result(i)` gives the same object."""

    def __init__(self, *tasks: Callable[[], Any], fork: bool = True) -> None:
        self._tasks = tasks
        self._received: list[Any] = []
        self._done_here: dict[int, Any] = {}
        self._pid: int | None = None
        self._read = self._store = -1
        self._offset = 0
        if not (fork and tasks and may_fork()):
            return
        store = _result_store()
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:                                      # the child: compute, store, tell, leave
            try:
                os.close(read)
                _end_with_parent(os.getppid())
                _run_tasks(tasks, store, write)
            finally:
                os._exit(0)
        os.close(write)
        self._pid, self._read, self._store = pid, read, store

    def result(self, i: int = 0) -> Any:
        """The i-th task's result, from the child if it computed it, else computed here."""
        while len(self._received) <= i and self._pid is not None:
            length = self._next_length()
            if length < 0:                               # failed or gone: the rest is done here
                self._stop()
                break
            payload = os.pread(self._store, length, self._offset) if length else b""
            self._offset += length
            self._received.append(pickle.loads(payload))
            if len(self._received) == len(self._tasks):
                self._stop()
        if i < len(self._received):
            return self._received[i]
        if i not in self._done_here:
            self._done_here[i] = self._tasks[i]()
        return self._done_here[i]

    def results(self) -> list[Any]:
        """Every task's result, the caller sharing the work rather than waiting: while the child
        has not come to the last task not done yet, the caller does that one (from the last task
        back); then it takes the child's results for the tasks before (waiting for the one the
        child is on) and stops the child. The same results as `result(i)` for each i."""
        last = len(self._tasks)                # the tasks from this one on are done here
        while last > 0 and self._pid is not None:
            while self._pid is not None and len(self._received) < last and self._told():
                self.result(len(self._received))
            if len(self._received) >= last - 1:    # the child is on the last one left, or done
                break
            last -= 1
            if last not in self._done_here:
                self._done_here[last] = self._tasks[last]()
        out = [self.result(i) for i in range(last)]
        self.cancel()                          # it may be on a task done here
        return out + [self._received[i] if i < len(self._received) else self.result(i)
                      for i in range(last, len(self._tasks))]

    def _told(self) -> bool:
        """The child has told of a result (or ended) that has not been taken: taking it will not wait."""
        poller = select.poll()                 # not select.select: no limit on the descriptor's number
        poller.register(self._read, select.POLLIN)
        return bool(poller.poll(0))

    def cancel(self) -> None:
        """Stop the child, if any, without waiting for its results."""
        if self._pid is not None:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self._stop()

    def _next_length(self) -> int:
        header = b""
        while len(header) < HEADER.size:
            chunk = os.read(self._read, HEADER.size - len(header))
            if not chunk:
                return -1
            header += chunk
        return HEADER.unpack(header)[0]

    def _stop(self) -> None:
        os.waitpid(self._pid, 0)
        os.close(self._read)
        os.close(self._store)
        self._pid = None


def _end_with_parent(parent: int) -> None:
    """Where the system allows (Linux), the child is killed when its parent ends, even by a
    signal that runs no clean-up (the window terminating a job that does not stop)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)     # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:                        # the parent ended before that took effect
        os._exit(0)


def _run_tasks(tasks: tuple[Callable[[], Any], ...], store: int, tell: int) -> None:
    """In the child: each task's result appended to `store`, its length written to `tell`."""
    for task in tasks:
        try:
            payload = pickle.dumps(task(), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:                         # the caller computes it (and raises)
            os.write(tell, HEADER.pack(-1))
            return
        view = memoryview(payload)
        while view:
            view = view[os.write(store, view):]
        os.write(tell, HEADER.pack(len(payload)))


class Ahead:
    """Work on the facts that need no actors (quality flags, events, time roles, groups), given
    to `analyse` as named parts, which it does after those facts, in that order, in its second
    process where it has one, else in the caller when asked: `result(name)` gives a part's
    result either way, the same, as soon as that part is done. Parts given as `here` are done in
    the caller once it has found the actors and the quotes, while its other processes work (or
    when first asked for); `first`, work that needs no facts at all (its result is not kept),
    before the quotes, while the facts are still being found; `waiting`, work given every fact
    but the conflicting reports (its result is not kept), done while they are being found, and a
    function that adds them to the facts, waiting for them, for where it comes to need them."""

    def __init__(self, here: dict[str, Callable[[Any], Any]] | None = None,
                 first: tuple[Callable[[], Any], ...] = (),
                 waiting: Callable[[Any, Callable[[], None]], Any] | None = None,
                 **parts: Callable[[Any], Any]) -> None:
        self.parts = list(parts.items())
        self.here = dict(here or {})
        self.first = first
        self.waiting = waiting
        self._result: Callable[[int], Any] | None = None
        self._cancel: Callable[[], None] = lambda: None
        self._free: Callable[[], Any] | None = None
        self._done: dict[str, Any] = {}

    def started(self, result: Callable[[int], Any], cancel: Callable[[], None],
                free: Callable[[], Any] | None = None) -> None:
        """`result(i)` gives the i-th part's result; `free()` the facts that need no actors, for
        the parts done here."""
        self._result, self._cancel, self._free = result, cancel, free

    def has(self, name: str) -> bool:
        return name in self.here or any(n == name for n, _ in self.parts)

    def work_first(self) -> None:
        """Do the work that needs no facts, if not done yet."""
        first, self.first = self.first, ()
        for work in first:
            work()

    def work_waiting(self, facts: Any, conflicts: Callable[[], None]) -> None:
        """Do the work given every fact but the conflicting reports, if not done yet; it calls
        `conflicts()` to add them to `facts` where it needs them (waiting till they are found)."""
        waiting, self.waiting = self.waiting, None
        if waiting is not None:
            waiting(facts, conflicts)

    def work_here(self) -> None:
        """Do the work meant for the caller that is not done yet."""
        self.work_first()
        for name in self.here:
            self.result(name)

    def result(self, name: str) -> Any:
        if self._result is None:
            raise RuntimeError("the analysis has not run")
        if name in self.here:
            if name not in self._done:
                if self._free is None:
                    raise RuntimeError("the analysis did not give the facts for the work done here")
                self._done[name] = self.here[name](self._free())
            return self._done[name]
        return self._result([n for n, _ in self.parts].index(name))

    def cancel(self) -> None:
        """Stop the work if it is still running (done with the brief, or the job cancelled)."""
        self._cancel()
