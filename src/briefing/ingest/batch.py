"""Read files in worker processes, each file within a time and memory budget, in the order given.

Each file is read by `read_document` in a worker process; a file it cannot read is handed back
as its BriefingError, never raised, so one bad file costs one line. A worker that takes longer
than READ_SECONDS over one file is killed and that file reported; one that dies on a file (past
its memory ceiling, a crash in a parser library) costs that file only. Either way a fresh
worker reads on. Processes that may not start others (daemonic ones), and BRIEFING_WORKERS=1,
read in this process instead, without the budgets.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path

from briefing.ingest.registry import OUT_OF_MEMORY, READERS, read_document, reader_for
from briefing.model import BriefingError, Document

log = logging.getLogger(__name__)

# How long one file may take to read, and how much memory (address space, beyond what the
# worker had when it started) it may take. Real documents read in well under a second each; the
# longest text the readers take (2 million characters) reads in 0.5 s as text or DOCX, 1.6 s as
# HTML, 2.1 s as a 300-page PDF of 1.5 million, each under 100 MB, on the shared two-core machine: the
# budgets leave ten times that. Overridable from the environment, e.g. for a slow machine.
READ_SECONDS = float(os.environ.get("BRIEFING_READ_SECONDS") or 30)
READ_MEMORY_MB = int(os.environ.get("BRIEFING_READ_MEMORY_MB") or 1024)
# Files go to the workers in chunks (one file each costs more in passing it than in reading a
# short text): up to this many files, or about this many bytes (a few web pages, dozens of texts).
CHUNK_FILES = 32
CHUNK_BYTES = 512 * 1024
# Files read ahead of the one being handed back, per worker: keeps every worker busy while
# bounding what waits in memory.
AHEAD_PER_WORKER = 4 * CHUNK_FILES
# What a worker may have sent that this process has not received yet, in bytes, before its next
# send waits: room for its answers to the two chunks it may hold (a document comes back at several
# times its text's size, with its names and words). The system's default (Linux: 208 KB) holds
# some twenty short articles: while this process imports the analysis after the first document
# (services.ingest), each worker sat blocked on its twentieth answer. The system may grant less
# (Linux: up to net.core.wmem_max); the memory is taken only by answers waiting.
ANSWERS_BUFFER_BYTES = 4 * 1024 * 1024
# A worker whose parent has gone (killed on cancel) ends itself within this many seconds.
ORPHAN_CHECK_S = 1.0
# How often the budgets are checked while every worker is busy.
CHECK_EVERY_S = 0.5
IDLE = -1

Outcome = Document | BriefingError


def read_one(path: Path) -> Outcome:
    """`read_document(path)`, with its one-line error handed back instead of raised."""
    try:
        return read_document(path)
    except BriefingError as exc:
        if str(exc) != OUT_OF_MEMORY:
            return exc
    except MemoryError:
        pass               # the message is made once the traceback has let go of the memory
    return BriefingError(f"{OUT_OF_MEMORY} ({READ_MEMORY_MB} MB; BRIEFING_READ_MEMORY_MB sets the limit)")


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(ORPHAN_CHECK_S)
        if os.getppid() != parent:
            os._exit(0)


def _address_space() -> int | None:
    """Bytes of address space this process has mapped (Linux), or None where it cannot tell."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return None


def limit_memory(headroom_mb: int) -> None:
    """Let this process map at most `headroom_mb` more than it has now (Linux's RLIMIT_AS): an
    allocation past it fails with MemoryError instead of taking the machine's memory."""
    try:
        import resource
    except ImportError:         # not on this system: the time budget still holds
        return
    used = _address_space()
    if used is None or headroom_mb <= 0:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = used + headroom_mb * 2**20
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def read_some(paths: list[Path]) -> list[Outcome]:
    """`read_one` for each path: the work `read_documents` does unless given other work."""
    return [read_one(path) for path in paths]


def _one(work: Callable[[list[Path]], list], path: Path) -> object:
    try:
        return work([path])[0]
    except MemoryError:
        pass               # the message is made once the traceback has let go of the memory
    return BriefingError(f"{OUT_OF_MEMORY} ({READ_MEMORY_MB} MB; BRIEFING_READ_MEMORY_MB sets the limit)")


def serve(conn: Connection, parent: int, reading, memory_mb: int, work: Callable[[list[Path]], list]) -> None:
    """A worker: do `work` on each file of each chunk of (index, path) it is sent, one file at a
    time, sending back (index, outcome) for each, and saying in `reading` which file it is on and
    since when."""
    # Ctrl+C reaches every process of the terminal's group: the parent stops the workers, which
    # would otherwise each print a KeyboardInterrupt traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    limit_memory(memory_mb)
    # the parent may have held its collector off (services.ingest); a worker reading a long pile
    # must free its garbage all the same
    gc.enable()
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        for index, path in chunk:
            reading[1] = time.monotonic()
            reading[0] = index
            outcome = _one(work, path)
            reading[0] = IDLE
            try:
                conn.send((index, outcome))
            except (EOFError, OSError):
                return
            except Exception as exc:      # the document could not be pickled
                conn.send((index, BriefingError(f"cannot read ({type(exc).__name__})")))


def worker_count(files: int) -> int:
    """How many worker processes to read `files` files with (0: read in this process)."""
    if multiprocessing.current_process().daemon or os.environ.get("BRIEFING_WORKERS", "") == "1":
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, files))


def _context() -> multiprocessing.context.BaseContext:
    # fork starts a worker in milliseconds with the readers already imported; elsewhere spawn
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _chunks(paths: list[Path]) -> Iterator[list[tuple[int, Path]]]:
    """(index, path) in order, in chunks of up to CHUNK_FILES files or about CHUNK_BYTES bytes."""
    chunk: list[tuple[int, Path]] = []
    size = 0
    for index, path in enumerate(paths):
        try:
            size += path.stat().st_size
        except OSError:
            pass                  # read_one will say what is wrong with it
        chunk.append((index, path))
        if len(chunk) >= CHUNK_FILES or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _hold_answers(conn: Connection, size: int) -> None:
    """Let `size` bytes sent through `conn` wait to be received before a send blocks, where
    `conn` is a socket (POSIX) and the system allows; else it stays as it is."""
    try:
        fd = os.dup(conn.fileno())
    except OSError:
        return
    try:
        end = socket.socket(fileno=fd)          # closes fd when closed
    except (OSError, ValueError):
        os.close(fd)
        return
    with end:
        try:
            end.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, size)
        except OSError:
            pass


class _Worker:
    """One worker process, the files sent to it and not yet answered, and which it is reading."""

    def __init__(self, context: multiprocessing.context.BaseContext, memory_mb: int,
                 work: Callable[[list[Path]], list]) -> None:
        self.conn, child_end = context.Pipe()
        _hold_answers(child_end, ANSWERS_BUFFER_BYTES)
        self.reading = context.Array("d", [IDLE, 0.0], lock=False)    # index, since (monotonic)
        self.process = context.Process(target=serve, args=(child_end, os.getpid(), self.reading, memory_mb, work),
                                       daemon=True)
        self.process.start()
        child_end.close()        # so that its end closing (the worker gone) reads as EOF here
        self.sent: deque[tuple[int, Path]] = deque()

    def give(self, chunk: list[tuple[int, Path]]) -> bool:
        """Send it `chunk`; False when it cannot take it (it has gone)."""
        try:
            self.conn.send(chunk)
        except OSError:
            return False
        self.sent.extend(chunk)
        return True

    def overrun(self, now: float, budget: float) -> int | None:
        """The index of the file it has been reading for longer than `budget`, or None."""
        index, since = int(self.reading[0]), self.reading[1]
        return index if index != IDLE and now - since > budget else None

    def time_left(self, now: float, budget: float) -> float:
        index, since = int(self.reading[0]), self.reading[1]
        return budget - (now - since) if index != IDLE else budget

    def answers(self) -> Iterator[tuple[int, Outcome]]:
        """What it has sent back so far (without waiting); stops at its end."""
        try:
            while self.conn.poll():
                index, outcome = self.conn.recv()
                self.sent.popleft()
                yield index, outcome
        except (EOFError, OSError):
            return

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def read_documents(paths: list[Path], workers: int | None = None,
                   work: Callable[[list[Path]], list] = read_some) -> Iterator[tuple[Path, Outcome]]:
    """(path, Document or BriefingError) for each path, in the order given.

    Closing the iterator early (the job was cancelled) stops the workers at once. `work` may do
    more than read (the library also analyses and encodes each file in the workers): it is given
    a list of paths and returns one outcome for each, never raising for one bad file; the workers
    give it one file at a time, so that the budgets hold for each file.
    """
    workers = worker_count(len(paths)) if workers is None else workers
    if workers <= 0:
        for path in paths:
            yield path, _one(work, path)
        return
    context = _context()
    if context.get_start_method() == "fork":
        _import_readers(paths)
    budget, memory_mb = READ_SECONDS, READ_MEMORY_MB
    pending = deque(_chunks(paths))
    results: dict[int, Outcome] = {}
    done = 0                          # paths[:done] have been handed back
    pool: list[_Worker] = []
    try:
        while done < len(paths):
            while done in results:
                yield paths[done], results.pop(done)
                done += 1
            if done == len(paths):
                break
            while pending and pending[0][0][0] < done + workers * AHEAD_PER_WORKER:
                # each worker has the chunk it reads and at most one more waiting, so it never waits
                taker = min((w for w in pool if len(w.sent) <= CHUNK_FILES), key=lambda w: len(w.sent), default=None)
                if (taker is None or taker.sent) and len(pool) < workers:
                    try:
                        taker = _Worker(context, memory_mb, work)
                    except OSError:       # no process can be started: read what is left here
                        log.info("cannot start a reader process", exc_info=True)
                        if not pool:
                            for index, path in [item for chunk in pending for item in chunk]:
                                results[index] = _one(work, path)
                            pending.clear()
                        break
                    pool.append(taker)
                if taker is None:
                    break
                if not taker.give(pending[0]):
                    taker.process.kill()        # it has gone: seen to below like any worker that died
                    break
                pending.popleft()
            busy = [w for w in pool if w.sent]
            if busy:
                now = time.monotonic()
                timeout = min(CHECK_EVERY_S, max(0.0, min(w.time_left(now, budget) for w in busy)))
                wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
            now = time.monotonic()
            for worker in list(pool):
                results.update(worker.answers())
                overrun = worker.overrun(now, budget)
                if worker.process.is_alive() and overrun is None:
                    continue
                # past its budget, or gone: what it sent is in; the file it was on is reported
                worker.stop()
                results.update(worker.answers())
                pool.remove(worker)
                if not worker.sent:
                    continue
                (index, path), *rest = worker.sent
                if overrun is not None and index != overrun:     # it was done with that one just in time
                    pending.appendleft(list(worker.sent))
                    continue
                if overrun is not None:
                    log.info("reading %s took over %g s: stopped", path, budget)
                    results[index] = BriefingError(f"reading it took over {budget:g} s; left out "
                                                   "(BRIEFING_READ_SECONDS sets the limit)")
                else:
                    log.info("reader process died on %s (exit code %s)", path, worker.process.exitcode)
                    results[index] = BriefingError("the reader stopped unexpectedly on this file (a damaged file, "
                                                   f"or one needing more than {memory_mb} MB)")
                if rest:
                    pending.appendleft(rest)
    finally:
        # closed early (cancelled), the files being read are not wanted; done, the workers are idle
        for worker in pool:
            worker.stop()


def _import_readers(paths: list[Path]) -> None:
    """Import the readers these files need before forking, so that each worker starts with them
    (and one started after another was stopped does not import them again)."""
    for extension in {p.suffix.lower() for p in paths} & set(READERS):
        reader_for(extension)
