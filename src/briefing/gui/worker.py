"""Run a job (a generator yielding Progress) in a worker thread; report progress and the end by signals."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from briefing.model import BriefingError, CancelFlag, Cancelled
from briefing.model.progress import Job

log = logging.getLogger(__name__)

# Progress is passed to the window at most this often: jobs yield once per file, and 2,000
# queued signals a second would keep the event loop busy repainting a progress bar.
PROGRESS_INTERVAL_S = 0.05


class JobWorker(QThread):
    """Drains `make_job(cancel_flag)` off the GUI thread; exactly one of the end signals fires."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, make_job: Callable[[CancelFlag], Job[Any]], parent=None) -> None:
        super().__init__(parent)
        self._make_job = make_job
        self.cancel_flag = CancelFlag()

    def cancel(self) -> None:
        self.cancel_flag.cancel()

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
        except Exception as exc:   # a bug, not the user's doing: keep the window alive, log the traceback
            log.exception("job failed")
            self.failed.emit(f"unexpected error ({type(exc).__name__}: {exc}); see the log for details")
            return
        self.succeeded.emit(result)
