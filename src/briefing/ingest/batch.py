"""Read many files on every core, handing the results back in the order given.

Each file is read by `read_document` in a worker process; a file it cannot read is handed back
as its BriefingError, never raised, so one bad file costs one line. Small batches, one-core
machines and processes that may not start others (daemonic ones) read in this process instead.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from briefing.ingest.registry import read_document
from briefing.model import BriefingError, Document

log = logging.getLogger(__name__)

# Below this many files, starting worker processes (about 0.1 s) costs more than it saves.
MIN_FILES_FOR_POOL = 12
# Files go to the workers in chunks (one file each costs more in passing it than in reading a
# short text): up to this many files, or about this many bytes (a few web pages, dozens of texts).
CHUNK_FILES = 32
CHUNK_BYTES = 512 * 1024
# Chunks handed to the workers ahead of the one being handed back: keeps both cores busy while
# bounding what waits in memory.
AHEAD_PER_WORKER = 4
# A worker whose parent has gone (killed on cancel) ends itself within this many seconds.
ORPHAN_CHECK_S = 1.0

Outcome = Document | BriefingError


def read_one(path: Path) -> Outcome:
    """`read_document(path)`, with its one-line error handed back instead of raised."""
    try:
        return read_document(path)
    except BriefingError as exc:
        return exc


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(ORPHAN_CHECK_S)
        if os.getppid() != parent:
            os._exit(0)


def _start_worker(parent: int) -> None:
    # Ctrl+C reaches every process of the terminal's group: the parent stops the workers, which
    # would otherwise each print a KeyboardInterrupt traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def worker_count(files: int) -> int:
    """How many processes to read `files` files with (1: read here)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if files < MIN_FILES_FOR_POOL or cores < 2 or multiprocessing.current_process().daemon:
        return 1
    return min(cores, files)


def _context() -> multiprocessing.context.BaseContext:
    # fork starts a worker in milliseconds with the readers already imported; elsewhere spawn
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def read_some(paths: list[Path]) -> list[Outcome]:
    """`read_one` for each path: what one worker does with one chunk."""
    return [read_one(path) for path in paths]


def _chunks(paths: list[Path]) -> Iterator[list[Path]]:
    """The paths in order, in chunks of up to CHUNK_FILES files or about CHUNK_BYTES bytes."""
    chunk: list[Path] = []
    size = 0
    for path in paths:
        try:
            size += path.stat().st_size
        except OSError:
            pass                  # read_one will say what is wrong with it
        chunk.append(path)
        if len(chunk) >= CHUNK_FILES or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def read_documents(paths: list[Path], workers: int | None = None,
                   work: Callable[[list[Path]], list] = read_some) -> Iterator[tuple[Path, Outcome]]:
    """(path, Document or BriefingError) for each path, in the order given.

    Closing the iterator early (the job was cancelled) stops the workers at once. `work` may do
    more than read (the library also analyses and encodes each file in the workers): it is given
    a chunk of paths and returns one outcome for each, never raising for one bad file.
    """
    workers = worker_count(len(paths)) if workers is None else workers
    if workers <= 1:
        for path in paths:
            yield path, work([path])[0]
        return
    pending = deque(_chunks(paths))
    while pending:
        pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start_worker,
                                   initargs=(os.getpid(),))
        running: deque[tuple[list[Path], Future[list[Outcome]]]] = deque()
        try:
            while pending or running:
                while pending and len(running) < workers * AHEAD_PER_WORKER:
                    try:
                        running.append((pending[0], pool.submit(work, pending[0])))
                    except BrokenProcessPool:     # a worker died: a running chunk's result tells
                        break
                    pending.popleft()
                if not running:                   # the pool broke before it ran anything (a worker
                    for path in [p for c in pending for p in c]:   # cannot start): read them here
                        yield path, work([path])[0]
                    pending.clear()
                    break
                chunk, future = running.popleft()
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    # a worker died (out of memory, a crash in a parser library): the files go to a
                    # fresh pool one by one, so that the one it dies on is the one reported
                    if len(chunk) == 1:
                        log.warning("reader process died on %s", chunk[0])
                        yield chunk[0], BriefingError("the reader stopped unexpectedly on this file")
                        pending.extendleft(reversed([c for c, _ in running]))
                    else:
                        pending.extendleft(reversed([[p] for p in chunk] + [c for c, _ in running]))
                    running.clear()
                    break
                except Exception as exc:    # the results could not be sent back (pickling)
                    log.debug("reading %s failed in a worker", chunk, exc_info=True)
                    outcomes = [BriefingError(f"cannot read ({type(exc).__name__})")] * len(chunk)
                yield from zip(chunk, outcomes, strict=True)
        finally:
            # closed early (cancelled), the files being read are not wanted: left running, the
            # workers would hold up the exit of a process that is itself a worker (the window's job).
            # Done, the pool is waited for: its manager thread left running would keep the
            # analysis from forking (a fork is only safe from a single-threaded process).
            workers_left = list((getattr(pool, "_processes", None) or {}).values()) if running else []
            pool.shutdown(wait=not running, cancel_futures=True)
            for process in workers_left:
                process.terminate()
