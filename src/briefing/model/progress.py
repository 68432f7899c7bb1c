"""Long work is a generator that yields Progress and honours a CancelFlag.

The CLI drains it with a progress bar, the GUI in a worker thread; the generator's return value
(StopIteration.value) is the result.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    """How far a job has got, and what it is doing."""

    done: int
    total: int
    message: str = ""

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


class Cancelled(Exception):
    """Raised inside a job when its CancelFlag was set."""


class CancelFlag:
    """A thread-safe flag the caller sets and the job checks between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


Job = Generator[Progress, None, T]


def run_to_end(job: Job[T], on_progress: Callable[[Progress], None] | None = None) -> T:
    """Drain a job, passing each Progress to `on_progress`, and return its result."""
    while True:
        try:
            step = next(job)
        except StopIteration as stop:
            return stop.value
        if on_progress is not None:
            on_progress(step)
