"""Run a job (a generator yielding Progress) off the GUI thread; report progress and the end by signals.

`ProcessJob` runs it in a child process (reading and composing: heavy, must never freeze the
window, must always be cancellable); `ThreadJob` in a thread (export: short, and its writers need
nothing sent across). As with any multiprocessing, a script that opens the window must do so under
`if __name__ == "__main__":` (the CLI entry points do).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from briefing.gui.job_process import PROGRESS_INTERVAL_S, run_job_in_child
from briefing.model import BriefingError, CancelFlag, Cancelled
from briefing.model.progress import Job

log = logging.getLogger(__name__)

# After Cancel, a child that has not stopped by itself within this time is terminated.
CANCEL_GRACE_S = 0.4
POLL_S = 0.02


class JobWorker(QThread):
    """Exactly one of the end signals fires, then the thread finishes."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cancel_flag = CancelFlag()

    def cancel(self) -> None:
        self.cancel_flag.cancel()


class ThreadJob(JobWorker):
    def __init__(self, make_job: Callable[[CancelFlag], Job[Any]], parent=None) -> None:
        super().__init__(parent)
        self._make_job = make_job

    def run(self) -> None:
        last = 0.0
        try:
            job = self._make_job(self.cancel_flag)
            while True:
                try:
                    step = next(job)
                except StopIteration as stop:
                    result = stop.value
                    break
                self.cancel_flag.check()
                now = time.monotonic()
                if now - last >= PROGRESS_INTERVAL_S:
                    last = now
                    self.progress.emit(step.done, step.total, step.message)
        except Cancelled:
            self.cancelled.emit()
            return
        except BriefingError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:
            log.exception("job failed")
            self.failed.emit(f"unexpected error ({type(exc).__name__}: {exc}); see the log for details")
            return
        self.succeeded.emit(result)


_context: Any = None


def process_context() -> Any:
    """A fork server that has already loaded the pipeline where the platform has one, else spawn."""
    global _context
    if _context is None:
        if "forkserver" in multiprocessing.get_all_start_methods():
            _context = multiprocessing.get_context("forkserver")
            _context.set_forkserver_preload(["briefing.services.pipeline", "briefing.services.pages",
                                            "briefing.gui.job_process"])
        else:
            _context = multiprocessing.get_context("spawn")
    return _context


class ProcessJob(JobWorker):
    """Runs `target(*args, cancel)` (a module-level job function, e.g. services.compose) in a child."""

    def __init__(self, target: str | Callable[..., Job[Any]], args: tuple, parent=None) -> None:
        super().__init__(parent)
        self._target, self._args = target, args

    def run(self) -> None:
        try:
            self._run()
        except Exception as exc:      # the child could not even start (no processes left, …)
            log.exception("worker process failed")
            self.failed.emit(f"could not run the work in the background ({type(exc).__name__}: {exc})")

    def _run(self) -> None:
        ctx = process_context()
        receive, send = ctx.Pipe(duplex=False)
        cancel_event = ctx.Event()
        # not daemonic: reading many files starts a pool of worker processes in the child, which a
        # daemonic process may not do; the `finally` below always ends the child (and its workers
        # end themselves when it is gone)
        child = ctx.Process(target=run_job_in_child, daemon=False,
                            args=(self._target, self._args, send, cancel_event, dict(os.environ)))
        child.start()
        send.close()
        asked_at: float | None = None
        try:
            while True:
                if self.cancel_flag.cancelled and asked_at is None:
                    cancel_event.set()
                    asked_at = time.monotonic()
                if asked_at is not None and time.monotonic() - asked_at > CANCEL_GRACE_S:
                    child.terminate()
                    self.cancelled.emit()
                    return
                if not receive.poll(POLL_S):
                    continue
                try:
                    message = receive.recv()
                except EOFError:
                    child.join(1)
                    if self.cancel_flag.cancelled:
                        self.cancelled.emit()
                    else:
                        self.failed.emit(f"the background work stopped unexpectedly (exit code {child.exitcode})")
                    return
                kind = message[0]
                if kind == "progress":
                    self.progress.emit(*message[1:])
                elif kind == "result":
                    self.succeeded.emit(message[1])
                    return
                elif kind == "failed":
                    self.failed.emit(message[1])
                    return
                elif kind == "cancelled":
                    self.cancelled.emit()
                    return
        finally:
            receive.close()
            child.join(2)
            if child.is_alive():
                child.kill()
                child.join()
