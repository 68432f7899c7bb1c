"""The library in one SQLite file: WAL (readers never wait for the writer), FTS5 with BM25.

Every document is written in a transaction of its own, so stopping `add` at any point (Ctrl+C,
Cancel, a kill) loses at most the document being written. A writer that finds the library busy
waits and retries for BUSY_WAIT_S, then says so. A file that is not a briefing library is never
written to; a damaged one is moved aside (never overwritten) and the message says how to rebuild.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from briefing.library import indexing
from briefing.library.cache_version import program_version
from briefing.library.codec import (
    StoredDocument,
    decode_document,
    decode_names,
    decode_text,
    file_state,
)
from briefing.library.interface import (
    AddReport,
    CheckReport,
    DocumentLibrary,
    Highlighted,
    LibraryBusy,
    LibraryDamaged,
    LibraryEntry,
    LibraryError,
    LibraryMissing,
    LibraryStats,
    LoadResult,
    SearchPage,
    SearchQuery,
)
from briefing.library.query import fts_query
from briefing.library.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    TOKENIZER,
    apply_migrations,
    schema_version,
)
from briefing.model import CancelFlag, InputProblem, Progress
from briefing.model.progress import Job

log = logging.getLogger(__name__)

# How long a writer waits for another writer before saying the library is busy: long enough for
# any one transaction here (one document; a remove of many documents), short enough to tell.
BUSY_WAIT_S = 30.0
# SQLite's own wait inside one attempt; between attempts we pause RETRY_PAUSE_S.
ATTEMPT_WAIT_S = 2.0
RETRY_PAUSE_S = 0.05
# Title words count this many times a body word in the ranking (BM25 column weights): a document
# about the matter usually names it in its headline. Set by hand (nothing labelled to fit it on);
# the tests only ask that a headline match outrank the same words in another document's text.
TITLE_WEIGHT = 4.0
SNIPPET_TOKENS = 24
SNIPPET_CHARS = 220                # a document matched by its title only: its opening, this long
SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"
PROGRESS_EVERY = 2000              # files, while looking for files and comparing them
# While adding, the write-ahead log is copied into the database every this many pages (40 MB)
# rather than SQLite's 1,000: a commit per document then costs 0.7 ms, not 0.9 (10,000 BBC texts).
ADD_CHECKPOINT_PAGES = 10_000
SQLITE_MAGIC = b"SQLite format 3\x00"
DAMAGE_CODES = {"SQLITE_CORRUPT", "SQLITE_CORRUPT_VTAB", "SQLITE_NOTADB", "SQLITE_CORRUPT_INDEX",
                "SQLITE_CORRUPT_SEQUENCE"}
DAMAGE_WORDS = ("malformed", "not a database", "corrupt")
DAMAGE_SHOWN_CHARS = 160           # of SQLite's own account of the damage, in the one-line message


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _is_busy(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc) or "busy" in str(exc)


def _is_damage(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorname", "") in DAMAGE_CODES or \
        any(word in str(exc).lower() for word in DAMAGE_WORDS)


def _under(folder: str) -> tuple[str, str]:
    """The bounds of the paths below `folder` in the index's order: folder/ <= path < folder0."""
    base = folder.rstrip(os.sep) + os.sep
    return base, base[:-1] + chr(ord(os.sep) + 1)


def fts5_available() -> bool:
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.Error:
        return False
    return True


@dataclass
class _Known:
    size: int
    mtime_ns: int
    document: int | None
    made_by: str
    missing: bool


class SQLiteLibrary(DocumentLibrary):
    """The library in the SQLite file at `path` (`create`: make it if it is not there)."""

    def __init__(self, path: str | Path, create: bool = False, busy_wait_s: float = BUSY_WAIT_S) -> None:
        self.location = str(path)
        self._path = Path(path)
        self._busy_wait_s = busy_wait_s
        self._snippets_ready = False
        if not fts5_available():
            raise LibraryError(f"this Python's SQLite ({sqlite3.sqlite_version}) has no FTS5 full-text "
                               "search, which the library needs; use a Python built with FTS5 "
                               "(python.org and most Linux distributions' builds have it)")
        self._conn = self._open(create)

    # --- opening ----------------------------------------------------------------------------
    def _open(self, create: bool) -> sqlite3.Connection:
        path = self._path
        if not path.exists() or (path.is_file() and path.stat().st_size == 0 and create):
            if not create:
                raise LibraryMissing(f"{path}: no library here yet; add documents with "
                                     f"`briefing library add FOLDER...`")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(f"{path}: cannot create the library ({exc.strerror or exc})") from None
        elif path.is_dir():
            raise LibraryDamaged(f"{path}: is a folder, not a library file; give a file path with --db")
        else:
            self._refuse_foreign_file()
        try:
            conn = sqlite3.connect(path, timeout=min(ATTEMPT_WAIT_S, self._busy_wait_s), isolation_level=None)
        except sqlite3.Error as exc:
            raise LibraryError(f"{path}: cannot open the library ({exc})") from None
        conn.row_factory = sqlite3.Row
        try:
            self._prepare(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if _is_busy(exc):
                raise self._busy() from None
            if _is_damage(exc):
                raise self._set_aside(str(exc)) from None
            raise LibraryError(f"{path}: cannot open the library ({exc})") from None
        except BaseException:
            conn.close()
            raise
        return conn

    def _refuse_foreign_file(self) -> None:
        """A file that is not an SQLite database at all is not ours to touch."""
        try:
            with open(self._path, "rb") as handle:
                head = handle.read(100)
        except OSError as exc:
            raise LibraryError(f"{self._path}: cannot read the library ({exc.strerror or exc})") from None
        if head and not head.startswith(SQLITE_MAGIC):
            raise LibraryDamaged(f"{self._path}: not a briefing library (not an SQLite database at all); "
                                 "it was left as it is: give another file with --db (or BRIEFING_LIBRARY), "
                                 "or move it away and run `briefing library add FOLDER...` to build a new library")

    def _prepare(self, conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")     # in WAL: durable on a crash of the program
        conn.execute("PRAGMA temp_store = MEMORY")
        app = conn.execute("PRAGMA application_id").fetchone()[0]
        version = schema_version(conn)
        tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
        if app != APPLICATION_ID and tables:
            raise LibraryDamaged(f"{self._path}: not a briefing library (an SQLite database of another "
                                 "program); it was left as it is: give another file with --db (or BRIEFING_LIBRARY)")
        if version > SCHEMA_VERSION:
            raise LibraryDamaged(f"{self._path}: made by a newer briefing (library version {version}; this "
                                 f"one knows up to {SCHEMA_VERSION}); update briefing, or give another file with --db")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        if version < SCHEMA_VERSION:
            self._conn = conn
            with self._transaction():
                found = apply_migrations(conn)
                if found == 0:
                    conn.execute("INSERT OR REPLACE INTO meta VALUES ('created', ?)", (_now(),))
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_updated', ?)", (_now(),))
            if found:
                log.info("library %s: schema %d -> %d", self._path, found, SCHEMA_VERSION)

    def _busy(self) -> LibraryBusy:
        return LibraryBusy(f"{self._path}: the library is busy: another briefing has been writing to it "
                           f"for {self._busy_wait_s:.0f} s; try again when it has finished")

    def _set_aside(self, why: str) -> LibraryDamaged:
        """Move a damaged library (and its log) aside, never overwriting; the message says how to rebuild."""
        why = " ".join(why.split())                 # SQLite's report spans lines; the message is one
        why = why if len(why) <= DAMAGE_SHOWN_CHARS else why[:DAMAGE_SHOWN_CHARS].rsplit(" ", 1)[0] + " …"
        folders = _folders_of_damaged(self._path)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self._path.with_name(f"{self._path.name}.damaged-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = self._path.with_name(f"{self._path.name}.damaged-{stamp}-{n}")
        try:
            conn = getattr(self, "_conn", None)
            if conn is not None:
                conn.close()
            os.rename(self._path, aside)
            for suffix in ("-wal", "-shm"):
                side = Path(str(self._path) + suffix)
                if side.exists():
                    os.rename(side, Path(str(aside) + suffix))
        except OSError as exc:
            return LibraryDamaged(f"{self._path}: the library is damaged ({why}) and could not be moved "
                                  f"aside ({exc.strerror or exc}); move it away yourself and rebuild with "
                                  f"{_rebuild_command(folders)}")
        log.warning("library %s damaged (%s): moved to %s", self._path, why, aside)
        return LibraryDamaged(f"{self._path}: the library is damaged ({why}); it was kept as {aside}; "
                              f"rebuild it with {_rebuild_command(folders)}")

    def close(self) -> None:
        conn, self._conn = getattr(self, "_conn", None), None
        if conn is not None:
            conn.close()

    # --- transactions -----------------------------------------------------------------------
    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: waits for another writer and retries up to the busy wait."""
        conn = self._connection()
        deadline = time.monotonic() + self._busy_wait_s
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise
                if time.monotonic() >= deadline:
                    raise self._busy() from None
                log.info("library busy, waiting: %s", exc)
                time.sleep(RETRY_PAUSE_S)
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise LibraryError(f"{self._path}: the library was closed")
        return self._conn

    @contextmanager
    def _guarded(self) -> Iterator[None]:
        """SQLite errors as the user's one-line messages: busy, damaged, or what went wrong."""
        try:
            yield
        except LibraryError:
            raise
        except sqlite3.DatabaseError as exc:
            if _is_busy(exc):
                raise self._busy() from None
            if _is_damage(exc):
                raise self._set_aside(str(exc)) from None
            log.debug("library operation failed", exc_info=True)
            raise LibraryError(f"{self._path}: {exc}") from None

    # --- adding -----------------------------------------------------------------------------
    def add(self, paths: list[str], cancel: CancelFlag | None = None) -> Job[AddReport]:
        cancel = cancel or CancelFlag()
        started = time.monotonic()
        report = AddReport()
        version = program_version()
        roots = [os.path.abspath(os.path.expanduser(str(p))) for p in paths]
        found: dict[str, tuple[int, int]] = {}
        folders: list[str] = []
        yield Progress(0, 0, "Looking for files")
        for root in roots:
            if os.path.isdir(root):
                folders.append(root)
                for path, size, mtime in indexing.scan_folder(root):
                    found[path] = (size, mtime)
                    if len(found) % PROGRESS_EVERY == 0:
                        cancel.check()
                        yield Progress(0, 0, f"Looking for files: {len(found):,} found")
            elif os.path.isfile(root):
                state = file_state(root)
                if state is not None:
                    found[root] = state
            else:
                report.problems.append(InputProblem(root, "no such file or folder"))
        report.found = len(found)
        with self._guarded():
            known = self._known_files(roots)
            to_read: list[str] = []
            back: list[str] = []
            for path in sorted(found):
                before = known.get(path)
                if before is not None and (before.size, before.mtime_ns) == found[path] and before.made_by == version:
                    report.unchanged += 1
                    if before.missing:
                        back.append(path)
                else:
                    to_read.append(path)
            gone = [p for p, k in known.items() if p not in found and not k.missing]
            with self._transaction() as conn:
                conn.executemany("INSERT OR IGNORE INTO folders VALUES (?, ?)", [(f, _now()) for f in folders])
                conn.executemany("UPDATE files SET missing = 1 WHERE path = ?", [(p,) for p in gone])
                conn.executemany("UPDATE files SET missing = 0 WHERE path = ?", [(p,) for p in back])
            report.missing, report.back = len(gone), len(back)
            if to_read:
                yield from self._index(to_read, known, version, report, cancel)
        report.seconds = time.monotonic() - started
        yield Progress(len(to_read), len(to_read), f"Indexed {report.indexed:,} files, {report.unchanged:,} unchanged")
        return report

    def _known_files(self, roots: list[str]) -> dict[str, _Known]:
        conn = self._connection()
        columns = "path, size, mtime_ns, document, made_by, missing"
        known: dict[str, _Known] = {}
        rows: list[Any] = []
        for root in roots:
            low, high = _under(root)
            rows += conn.execute(f"SELECT {columns} FROM files WHERE path = ? OR (path >= ? AND path < ?)",
                                 (root, low, high)).fetchall()
        for path, size, mtime, document, made_by, missing in rows:
            known[path] = _Known(size, mtime, document, made_by, bool(missing))
        return known

    def _index(self, to_read: list[str], known: dict[str, _Known], version: str, report: AddReport,
               cancel: CancelFlag) -> Job[None]:
        from briefing.ingest.batch import read_documents
        conn = self._connection()
        indexing.known_contents = frozenset(row[0] for row in conn.execute(
            "SELECT sha256 FROM documents JOIN contents ON contents.document = documents.id WHERE made_by = ?",
            (version,)))
        # the first file here: the readers and the analysis load their word lists and patterns once,
        # and the workers, forked after, start with them loaded
        first, rest = Path(to_read[0]), [Path(p) for p in to_read[1:]]
        yield Progress(0, len(to_read), f"Indexing {first.name}")
        self._store(str(first), indexing.index_one(first), known.get(str(first)), version, report)
        conn.execute(f"PRAGMA wal_autocheckpoint = {ADD_CHECKPOINT_PAGES}")
        outcomes = read_documents(rest, work=indexing.index_some)
        try:
            for done, (path, outcome) in enumerate(outcomes, start=1):
                cancel.check()
                yield Progress(done, len(to_read), f"Indexing {path.name}")
                self._store(str(path), outcome, known.get(str(path)), version, report)
        finally:
            outcomes.close()
            indexing.known_contents = frozenset()
            conn.execute("PRAGMA wal_autocheckpoint = 1000")

    def _store(self, path: str, outcome: Any, before: _Known | None, version: str, report: AddReport) -> None:
        """Write one file's outcome in a transaction of its own."""
        if isinstance(outcome, indexing.SameContent):
            with self._transaction() as conn:
                row = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (outcome.sha256,)).fetchone()
                if row is not None:
                    self._link(conn, path, row[0], outcome.size, outcome.mtime_ns, None, version)
            if row is None:            # removed meanwhile by another program: read it in full here
                outcome = indexing.index_one(Path(path))
            elif before is not None and before.document == row[0]:
                report.unchanged += 1  # touched, not changed: its hash says so
                report.back += before.missing
                return
            else:
                report.same_content += 1
                self._count(before, report)
                return
        with self._transaction() as conn:
            if isinstance(outcome, indexing.Indexed):
                document, reused = self._put_document(conn, outcome.stored, version)
                report.same_content += reused
                self._link(conn, path, document, outcome.size, outcome.mtime_ns, None, version)
            else:
                message = outcome.message if isinstance(outcome, indexing.Unreadable) else str(outcome)
                size, mtime = (outcome.size, outcome.mtime_ns) if isinstance(outcome, indexing.Unreadable) \
                    else file_state(path) or (0, 0)
                self._link(conn, path, None, size, mtime, message, version)
                report.problems.append(InputProblem(path, message))
        self._count(before, report)

    @staticmethod
    def _count(before: _Known | None, report: AddReport) -> None:
        if before is None:
            report.new += 1
        else:
            report.changed += 1

    def _put_document(self, conn: sqlite3.Connection, stored: StoredDocument, version: str) -> tuple[int, bool]:
        """The document's id, stored now unless the library holds this content in the current form
        (then True: it was reused)."""
        row = conn.execute("SELECT d.id, c.made_by FROM documents d LEFT JOIN contents c ON c.document = d.id "
                           "WHERE d.sha256 = ?", (stored.sha256,)).fetchone()
        values = (stored.doc_id, stored.title, stored.published, stored.date_source, stored.outlet,
                  stored.author, stored.url, stored.kind, stored.size, stored.words, stored.flags, _now())
        if row is not None and row["made_by"] == version:
            return row["id"], True
        if row is not None:                         # made by another version: replaced in place
            document = row["id"]
            self._unindex(conn, document)
            conn.execute("UPDATE documents SET doc_id=?, title=?, published=?, date_source=?, outlet=?, author=?, "
                         "url=?, kind=?, size=?, words=?, flags=?, indexed=? WHERE id = ?", (*values, document))
        else:
            document = conn.execute(
                "INSERT INTO documents(sha256, doc_id, title, published, date_source, outlet, author, url, kind, "
                "size, words, flags, indexed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (stored.sha256, *values)).lastrowid
        conn.execute("INSERT OR REPLACE INTO contents(document, text, layout, analysis, made_by) VALUES (?,?,?,?,?)",
                     (document, stored.text_blob, stored.layout_blob, stored.analysis_blob, version))
        conn.execute("INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)", (document, stored.title, stored.text))
        return document, False

    def _link(self, conn: sqlite3.Connection, path: str, document: int | None, size: int, mtime: int,
              problem: str | None, version: str) -> None:
        """Point the file at its document (None: unreadable); the document it held before goes
        when no other file holds it (its content is nowhere on disk now)."""
        old = conn.execute("SELECT document FROM files WHERE path = ?", (path,)).fetchone()
        conn.execute("INSERT INTO files(path, document, size, mtime_ns, problem, missing, made_by) "
                     "VALUES (?,?,?,?,?,0,?) ON CONFLICT(path) DO UPDATE SET document=excluded.document, "
                     "size=excluded.size, mtime_ns=excluded.mtime_ns, problem=excluded.problem, missing=0, "
                     "made_by=excluded.made_by", (path, document, size, mtime, problem, version))
        if old is not None and old[0] is not None and old[0] != document:
            self._drop_if_orphan(conn, old[0])

    def _unindex(self, conn: sqlite3.Connection, document: int) -> None:
        """Take a document out of the contentless full-text index (which needs the words it was given)."""
        row = conn.execute("SELECT d.title, c.text FROM documents d JOIN contents c ON c.document = d.id "
                           "WHERE d.id = ?", (document,)).fetchone()
        if row is not None:
            conn.execute("INSERT INTO search(search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                         (document, row[0], decode_text(row[1])))

    def _drop_if_orphan(self, conn: sqlite3.Connection, document: int) -> bool:
        if conn.execute("SELECT 1 FROM files WHERE document = ? LIMIT 1", (document,)).fetchone():
            return False
        self._unindex(conn, document)
        conn.execute("DELETE FROM documents WHERE id = ?", (document,))
        return True

    # --- searching --------------------------------------------------------------------------
    def search(self, query: SearchQuery) -> SearchPage:
        started = time.perf_counter()
        expression = fts_query(query.text, query.prefix_last)
        where, params = self._filters(query)
        conn = self._connection()
        limit, offset = max(0, query.limit), max(0, query.offset)
        with self._guarded():
            if expression and not where:
                rows = conn.execute(f"SELECT rowid, bm25(search, {TITLE_WEIGHT}, 1.0) AS score FROM search "
                                    "WHERE search MATCH ? ORDER BY score LIMIT ? OFFSET ?",
                                    (expression, limit, offset)).fetchall()
                total = conn.execute("SELECT count(*) FROM search WHERE search MATCH ?", (expression,)).fetchone()[0]
                scores = {row[0]: -row[1] for row in rows}
            elif expression:
                # the words find the documents, then the filters keep some: left to itself, SQLite would
                # go through the filter's index and ask the full-text index about each document (1.7 s
                # for an outlet's 30,000 documents of 100,000, against 10 ms this way)
                rows = conn.execute(
                    f"WITH hits AS MATERIALIZED (SELECT rowid AS id, bm25(search, {TITLE_WEIGHT}, 1.0) AS score "
                    "FROM search WHERE search MATCH ?) SELECT h.id, h.score, count(*) OVER () FROM hits h "
                    f"JOIN documents d ON d.id = h.id WHERE {where} ORDER BY h.score LIMIT ? OFFSET ?",
                    (expression, *params, limit, offset)).fetchall()
                total = rows[0][2] if rows else 0
                if not rows and offset:
                    total = conn.execute(
                        "SELECT count(*) FROM search JOIN documents d ON d.id = search.rowid "
                        f"WHERE search MATCH ? AND {where}", (expression, *params)).fetchone()[0]
                scores = {row[0]: -row[1] for row in rows}
            else:
                condition = f"WHERE {where}" if where else ""
                rows = conn.execute(f"SELECT d.id FROM documents d {condition} "
                                    "ORDER BY d.published IS NULL, d.published DESC, d.id DESC LIMIT ? OFFSET ?",
                                    (*params, limit, offset)).fetchall()
                total = conn.execute(f"SELECT count(*) FROM documents d {condition}", params).fetchone()[0]
                scores = {}
            ids = [row[0] for row in rows]
            snippets = self._snippets(ids, expression)
            entries = [replace(e, score=scores.get(e.id, 0.0), snippet=snippets.get(e.id))
                       for e in self.entries(ids)]
        return SearchPage(entries, total, time.perf_counter() - started)

    @staticmethod
    def _filters(query: SearchQuery) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if query.since:
            clauses.append("d.published >= ?")
            params.append(query.since)
        if query.until:
            # "2005-03-31" takes in "2005-03-31T10:00"; a partial date ("2005-03") compares as its start
            clauses.append("d.published <= ?")
            params.append(query.until + "\uffff")
        if query.outlet:
            clauses.append("d.outlet = ? COLLATE NOCASE")
            params.append(query.outlet)
        if query.kind:
            clauses.append("d.kind = ?")
            params.append(query.kind.lower().lstrip("."))
        if query.missing:
            clauses.append("NOT EXISTS (SELECT 1 FROM files f WHERE f.document = d.id AND f.missing = 0)")
        return " AND ".join(clauses), params

    def _snippets(self, ids: list[int], expression: str) -> dict[int, Highlighted]:
        """The passage of each document where the query's words are, marked; its opening where the
        words are in the title only (or there are none). FTS5 makes the snippet in a small index of
        just these documents (the library's own index keeps no text to make one from)."""
        if not ids:
            return {}
        conn = self._connection()
        marks = ",".join("?" * len(ids))
        texts = {row[0]: decode_text(row[1]) for row in
                 conn.execute(f"SELECT document, text FROM contents WHERE document IN ({marks})", ids)}
        out: dict[int, Highlighted] = {}
        if expression:
            if not self._snippets_ready:
                conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.snippets USING fts5(body, tokenize='{TOKENIZER}')")
                self._snippets_ready = True
            conn.execute("DELETE FROM temp.snippets")
            conn.executemany("INSERT INTO temp.snippets(rowid, body) VALUES (?, ?)", texts.items())
            try:
                rows = conn.execute(f"SELECT rowid, snippet(snippets, 0, ?, ?, '…', {SNIPPET_TOKENS}) FROM "
                                    "temp.snippets WHERE snippets MATCH ?",
                                    (SNIPPET_OPEN, SNIPPET_CLOSE, expression)).fetchall()
            finally:
                conn.execute("DELETE FROM temp.snippets")
            out = {rowid: _highlighted(" ".join(text.split())) for rowid, text in rows}
        for document, text in texts.items():
            if document not in out:
                opening = " ".join(text.split())
                cut = opening[:SNIPPET_CHARS].rsplit(" ", 1)[0] if len(opening) > SNIPPET_CHARS else opening
                out[document] = Highlighted(cut + ("…" if len(cut) < len(opening) else ""))
        return out

    def entries(self, ids: list[int]) -> list[LibraryEntry]:
        if not ids:
            return []
        conn = self._connection()
        marks = ",".join("?" * len(ids))
        with self._guarded():
            rows = {row["id"]: row for row in conn.execute(
                "SELECT id, sha256, title, published, outlet, kind, words, flags FROM documents "
                f"WHERE id IN ({marks})", ids)}
            paths: dict[int, list[tuple[bool, str]]] = {}
            for document, path, missing in conn.execute(
                    f"SELECT document, path, missing FROM files WHERE document IN ({marks})", ids):
                paths.setdefault(document, []).append((bool(missing), path))
        out = []
        for document in ids:
            row = rows.get(document)
            if row is None:
                continue
            held = sorted(paths.get(document, []))
            out.append(LibraryEntry(row["id"], row["sha256"], row["title"], row["published"], row["outlet"],
                                    row["kind"], row["words"], tuple(json.loads(row["flags"])),
                                    tuple(p for _, p in held), all(m for m, _ in held)))
        return out

    def outlets(self) -> list[str]:
        with self._guarded():
            return [row[0] for row in self._connection().execute(
                "SELECT outlet FROM documents WHERE outlet IS NOT NULL AND outlet != '' "
                "GROUP BY outlet COLLATE NOCASE ORDER BY count(*) DESC, outlet")]

    def unreadable(self, limit: int = 1000) -> list[InputProblem]:
        """Files that could not be read, and why (retried when they change)."""
        with self._guarded():
            return [InputProblem(path, problem) for path, problem in self._connection().execute(
                "SELECT path, problem FROM files WHERE document IS NULL AND problem IS NOT NULL "
                "ORDER BY path LIMIT ?", (limit,))]

    # --- removing ---------------------------------------------------------------------------
    def remove(self, paths: list[str], missing: bool = False) -> int:
        removed = 0
        with self._guarded(), self._transaction() as conn:
            for given in paths:
                path = os.path.abspath(os.path.expanduser(given))
                low, high = _under(path)
                removed += conn.execute("DELETE FROM files WHERE path = ? OR (path >= ? AND path < ?)",
                                        (path, low, high)).rowcount
                conn.execute("DELETE FROM folders WHERE path = ? OR (path >= ? AND path < ?)", (path, low, high))
            if missing:
                removed += conn.execute("DELETE FROM files WHERE missing = 1").rowcount
            orphans = [row[0] for row in conn.execute(
                "SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.document = d.id)")]
            for document in orphans:
                self._drop_if_orphan(conn, document)
        return removed

    # --- reading for a brief ----------------------------------------------------------------
    def load(self, ids: list[int], analysis: bool = True) -> LoadResult:
        """Stored documents for unchanged files; a changed file (or one stored by another program
        version) is read afresh; a file gone from disk is composed from the stored copy."""
        version = program_version()
        result = LoadResult([])
        if not ids:
            return result
        conn = self._connection()
        marks = ",".join("?" * len(ids))
        with self._guarded():
            rows = {row["id"]: row for row in conn.execute(
                "SELECT d.*, c.text AS text_blob, c.layout, c.made_by, "
                f"{'c.analysis' if analysis else 'NULL AS analysis'} "
                f"FROM documents d JOIN contents c ON c.document = d.id WHERE d.id IN ({marks})", ids)}
            files: dict[int, list[Any]] = {}
            for row in conn.execute(f"SELECT document, path, size, mtime_ns, missing FROM files "
                                    f"WHERE document IN ({marks}) ORDER BY missing, path", ids):
                files.setdefault(row["document"], []).append(row)
        for document_id in ids:
            row = rows.get(document_id)
            if row is None:
                continue
            current = row["made_by"] == version
            held = files.get(document_id, [])
            chosen, changed = None, False
            for file in held:
                state = file_state(file["path"])
                if state is None:
                    continue
                chosen, changed = file["path"], state != (file["size"], file["mtime_ns"])
                break
            if chosen is not None and (changed or not current):
                fresh = _read_afresh(chosen)
                if not isinstance(fresh, str):
                    result.documents.append(fresh)
                    result.reread += 1
                    continue
                result.problems.append(InputProblem(chosen, f"{fresh}; the library's copy was used"))
            path = chosen or (held[0]["path"] if held else "")
            document = decode_document(decode_text(row["text_blob"]), row["layout"], path)
            if chosen is None:
                result.problems.append(InputProblem(path, "no longer on disk; the library's copy was used"))
            result.documents.append(document)
            if analysis and current and row["analysis"] is not None:
                result.analysis[document.sha256] = decode_names(row["analysis"])
        return result

    def stored_analysis(self, sha256s: list[str]) -> dict[str, Any]:
        if not sha256s:
            return {}
        marks = ",".join("?" * len(sha256s))
        with self._guarded():
            rows = self._connection().execute(
                f"SELECT d.sha256, c.analysis FROM documents d JOIN contents c ON c.document = d.id "
                f"WHERE d.sha256 IN ({marks}) AND c.made_by = ? AND c.analysis IS NOT NULL",
                (*sha256s, program_version())).fetchall()
        return {sha: decode_names(blob) for sha, blob in rows}

    # --- looking after it -------------------------------------------------------------------
    def stats(self) -> LibraryStats:
        conn = self._connection()
        with self._guarded():
            one = lambda sql, *args: conn.execute(sql, args).fetchone()[0]    # noqa: E731
            first, last = conn.execute("SELECT min(published), max(published) FROM documents").fetchone()
            return LibraryStats(
                path=str(self._path),
                documents=one("SELECT count(*) FROM documents"),
                files=one("SELECT count(*) FROM files"),
                missing_files=one("SELECT count(*) FROM files WHERE missing = 1"),
                unreadable_files=one("SELECT count(*) FROM files WHERE document IS NULL"),
                folders=[row[0] for row in conn.execute("SELECT path FROM folders ORDER BY path")],
                outlets=[tuple(row) for row in conn.execute(
                    "SELECT outlet, count(*) FROM documents WHERE outlet IS NOT NULL GROUP BY outlet "
                    "ORDER BY count(*) DESC, outlet LIMIT 20")],
                kinds=[tuple(row) for row in conn.execute(
                    "SELECT kind, count(*) FROM documents GROUP BY kind ORDER BY count(*) DESC")],
                first_date=first, last_date=last,
                words=one("SELECT coalesce(sum(words), 0) FROM documents"),
                bytes_on_disk=sum(os.path.getsize(p) for p in (self._path, Path(f"{self._path}-wal"))
                                  if os.path.exists(p)),
                schema_version=schema_version(conn),
                stale_entries=one("SELECT count(*) FROM contents WHERE made_by != ?", program_version()),
                program_version=program_version())

    def check(self, cancel: CancelFlag | None = None) -> Job[CheckReport]:
        cancel = cancel or CancelFlag()
        report = CheckReport()
        conn = self._connection()
        yield Progress(0, 0, "Checking the database (integrity)")
        try:
            report.integrity = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")
                                if row[0] != "ok"]
            if not report.integrity:
                with self._transaction():       # a command, written as an insert: it changes nothing
                    conn.execute("INSERT INTO search(search) VALUES ('integrity-check')")
                report.integrity += [f"{row[0]} row {row[1]} refers to a missing {row[2]} row"
                                     for row in conn.execute("PRAGMA foreign_key_check")]
                documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                indexed = conn.execute("SELECT count(*) FROM search_docsize").fetchone()[0]
                stored = conn.execute("SELECT count(*) FROM contents").fetchone()[0]
                if not documents == indexed == stored:
                    report.integrity.append(f"{documents} documents, {stored} stored texts and {indexed} "
                                            "in the search index")
        except LibraryError:
            raise
        except sqlite3.DatabaseError as exc:
            if _is_busy(exc):
                raise self._busy() from None
            report.integrity.append(str(exc))
        if report.integrity:
            report.damage = str(self._set_aside("; ".join(report.integrity[:3])))
            return report
        with self._guarded():
            rows = conn.execute("SELECT path, size, mtime_ns, missing FROM files ORDER BY path").fetchall()
            known = {row[0] for row in rows}
            folders = [row[0] for row in conn.execute("SELECT path FROM folders ORDER BY path")]
            report.stale_entries = conn.execute("SELECT count(*) FROM contents WHERE made_by != ?",
                                                (program_version(),)).fetchone()[0]
        for done, (path, size, mtime, _) in enumerate(rows):
            if done % PROGRESS_EVERY == 0:
                cancel.check()
                yield Progress(done, len(rows), "Comparing the index with the files")
            state = file_state(path)
            if state is None:
                report.missing.append(path)
            elif state != (size, mtime):
                report.changed.append(path)
        report.checked_files = len(rows)
        for folder in folders:
            for n, (path, _, _) in enumerate(indexing.scan_folder(folder)):
                if n % PROGRESS_EVERY == 0:
                    cancel.check()
                    yield Progress(len(rows), len(rows), f"Looking for new files in {folder}")
                if path not in known:
                    report.unindexed.append(path)
        report.unindexed.sort()
        yield Progress(len(rows), len(rows), "Checked")
        return report


def _highlighted(marked: str) -> Highlighted:
    """FTS5's snippet with SNIPPET_OPEN/SNIPPET_CLOSE marks as text and spans."""
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    start = None
    for ch in marked:
        if ch == SNIPPET_OPEN:
            start = at
        elif ch == SNIPPET_CLOSE:
            if start is not None:
                spans.append((start, at))
            start = None
        else:
            text.append(ch)
            at += 1
    return Highlighted("".join(text), tuple(spans))


def _read_afresh(path: str) -> Any:
    """The file read now, or the reason it could not be (a str)."""
    from briefing.ingest import read_document
    from briefing.model import BriefingError
    try:
        return read_document(path)
    except BriefingError as exc:
        return str(exc)


def _folders_of_damaged(path: Path) -> list[str]:
    """The folders a damaged library indexed, where they can still be read from it."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1.0)
        try:
            return [row[0] for row in conn.execute("SELECT path FROM folders ORDER BY path")]
        finally:
            conn.close()
    except sqlite3.Error:
        return []


def _rebuild_command(folders: list[str]) -> str:
    if not folders:
        return "`briefing library add FOLDER...` (the folders you had indexed)"
    import shlex
    return "`briefing library add " + " ".join(shlex.quote(f) for f in folders) + "`"
