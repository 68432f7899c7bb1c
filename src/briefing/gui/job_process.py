"""The child side of a job run in its own process (no Qt here: the child never loads the window).

A job in the window's own process would share its interpreter lock: the analysis holds it in C
code for 100 ms and more, and the window would freeze. In a child process it cannot, and Cancel
can always end the child.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from importlib import import_module
from multiprocessing.connection import Connection
from typing import Any

from briefing.model import Brief, BriefingError, CancelFlag, Cancelled, Document
from briefing.model.progress import Job
from briefing.templates import Template

log = logging.getLogger(__name__)

# Progress goes to the window at most this often: jobs yield once per file.
PROGRESS_INTERVAL_S = 0.05


class SharedCancelFlag(CancelFlag):
    """A CancelFlag backed by a multiprocessing Event, so the window's process can set it."""

    def __init__(self, event: Any) -> None:
        self._event = event      # set() and is_set() as the threading Event's: CancelFlag's methods serve


def compose_job(documents: list[Document], template: Template, excluded_documents: set[str],
                excluded_headings: dict[str, set[str]], options: dict[str, str], cancel: CancelFlag) -> Job[Brief]:
    """services.compose with the user's choices as plain data (the window does not load services).
    Documents the library holds unchanged are not analysed again (the window's library: $BRIEFING_LIBRARY)."""
    from briefing.services import Selection, compose, use_library_analysis
    selection = Selection(excluded_documents=excluded_documents, excluded_headings=excluded_headings)
    use_library_analysis(documents)
    return compose(documents, template, selection, options, cancel)


def resolve(target: str | Callable[..., Job[Any]]) -> Callable[..., Job[Any]]:
    """A job function, given itself or as "module:function" (so the window need not import it)."""
    if not isinstance(target, str):
        return target
    module, _, function = target.partition(":")
    return getattr(import_module(module), function)


def run_job_in_child(target: str | Callable[..., Job[Any]], args: tuple, conn: Connection, cancel_event: Any,
                     environ: dict[str, str]) -> None:
    """Drain `target(*args, cancel)` and send ("progress", …), then one of ("result", value),
    ("failed", message) or ("cancelled",) through `conn`."""
    os.environ.clear()
    os.environ.update(environ)      # e.g. SOURCE_DATE_EPOCH as the window has it now
    flag = SharedCancelFlag(cancel_event)
    last = 0.0
    try:
        job = resolve(target)(*args, flag)
        while True:
            try:
                step = next(job)
            except StopIteration as stop:
                conn.send(("result", stop.value))
                return
            flag.check()
            now = time.monotonic()
            if now - last >= PROGRESS_INTERVAL_S:
                last = now
                conn.send(("progress", step.done, step.total, step.message))
    except Cancelled:
        conn.send(("cancelled",))
    except BriefingError as exc:
        conn.send(("failed", str(exc)))
    except Exception as exc:   # a bug, not the user's doing: the window stays, the log keeps the traceback
        log.exception("job failed")
        conn.send(("failed", f"unexpected error ({type(exc).__name__}: {exc}); see the log for details"))
    finally:
        conn.close()
