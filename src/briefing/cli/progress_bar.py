"""A one-line progress bar on stderr, drawn only when stderr is a terminal."""

from __future__ import annotations

import sys
from typing import TextIO

from briefing.model import Progress

WIDTH = 28


class ProgressBar:
    def __init__(self, stream: TextIO = sys.stderr, enabled: bool | None = None) -> None:
        self.stream = stream
        self.enabled = stream.isatty() if enabled is None else enabled
        self.drawn = False

    def __call__(self, step: Progress) -> None:
        if not self.enabled:
            return
        filled = int(WIDTH * min(step.fraction, 1.0))
        message = step.message[:40]
        self.drawn = True          # first: a Ctrl+C during the write below must still clear the line
        self.stream.write(f"\r[{'#' * filled}{'.' * (WIDTH - filled)}] {step.done}/{step.total} {message:<40}")
        self.stream.flush()

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r" + " " * (WIDTH + 60) + "\r")
            self.stream.flush()
            self.drawn = False
