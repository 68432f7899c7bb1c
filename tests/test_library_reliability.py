"""The library file over time and under stress: migrations, foreign and damaged files, a busy
writer, several processes at once, a kill or Ctrl+C in the middle of `add`."""

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from briefing.ingest import read_document
from briefing.library import LibraryBusy, LibraryDamaged, LibraryMissing, SearchQuery, open_library
from briefing.library.codec import encode_document
from briefing.library.schema import SCHEMA_VERSION, apply_migrations
from briefing.library.sqlite_library import SQLiteLibrary
from briefing.model import run_to_end
from library_helpers import write_corpus


def add(library, *paths):
    return run_to_end(library.add([str(p) for p in paths]))


def command(*args):
    return [sys.executable, "-m", "briefing", "library", *args]


def count(db, table="documents"):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


# --- the schema over time -------------------------------------------------------------------

def test_a_library_of_the_first_schema_is_migrated_forward_keeping_its_documents(tmp_path):
    db = tmp_path / "old.sqlite"
    path = write_corpus(tmp_path / "docs", 1)[0]
    stored = encode_document(read_document(path), path.stat().st_size)   # today's layout: stored as version 'old'
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    apply_migrations(conn, upto=1)
    conn.execute("INSERT INTO documents(id, sha256, doc_id, title, published, kind, size, words, flags, indexed) "
                 "VALUES (1, ?, ?, ?, ?, 'md', ?, ?, '[]', '2024-01-01')",
                 (stored.sha256, stored.doc_id, stored.title, stored.published, stored.size, stored.words))
    conn.execute("INSERT INTO contents VALUES (1, ?, ?, NULL, 'old')", (stored.text_blob, stored.layout_blob))
    conn.execute("INSERT INTO files VALUES (?, 1, ?, ?, NULL, 0, 'old')",
                 (str(path), path.stat().st_size, path.stat().st_mtime_ns))
    conn.execute("INSERT INTO search(rowid, title, body) VALUES (1, ?, ?)", (stored.title, stored.text))
    conn.execute("COMMIT")
    conn.close()

    with open_library(db) as library:
        assert library.stats().schema_version == SCHEMA_VERSION
        assert library.search(SearchQuery("levy", since="2024-01-01")).entries[0].path == str(path)
        report = add(library, tmp_path / "docs")          # the old entry is stored again by this version
        assert report.changed == 1 and library.stats().folders == [str(tmp_path / "docs")]
    indexes = {row[0] for row in sqlite3.connect(db).execute("SELECT name FROM sqlite_schema WHERE type='index'")}
    assert {"documents_published", "documents_outlet"} <= indexes


def test_a_library_from_a_newer_briefing_is_refused_and_left_untouched(tmp_path):
    db = tmp_path / "new.sqlite"
    with open_library(db, create=True):
        pass
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(LibraryDamaged, match="newer briefing"):
        open_library(db)
    assert db.read_bytes() == before


def test_another_programs_database_is_refused_in_one_line_and_left_as_it_is(tmp_path):
    db = tmp_path / "photos.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE albums(name TEXT)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(LibraryDamaged) as raised:
        open_library(db, create=True)
    message = str(raised.value)
    assert "not a briefing library" in message and "--db" in message and "\n" not in message
    assert db.read_bytes() == before and list(tmp_path.iterdir()) == [db]


def test_a_file_that_is_not_a_database_is_refused_and_left_as_it_is(tmp_path):
    db = tmp_path / "notes.txt"
    db.write_text("my notes, not a database\n")
    with pytest.raises(LibraryDamaged, match="not an SQLite database"):
        open_library(db, create=True)
    assert db.read_text() == "my notes, not a database\n"


def test_searching_a_library_never_made_says_how_to_make_one(tmp_path):
    with pytest.raises(LibraryMissing, match="briefing library add"):
        open_library(tmp_path / "none.sqlite")
    assert not (tmp_path / "none.sqlite").exists()


def kept_aside(folder):
    """The damaged library files set aside (without their write-ahead log and shared memory)."""
    return [p for p in folder.iterdir() if p.name.startswith("library.sqlite.damaged-")
            and not p.name.endswith(("-wal", "-shm"))]


def _damaged_library(tmp_path, region):
    db = tmp_path / "library.sqlite"
    write_corpus(tmp_path / "docs", 40)
    with open_library(db, create=True) as library:
        add(library, tmp_path / "docs")
    data = bytearray(db.read_bytes())
    start, end = region(len(data))
    data[start:end] = bytes(range(256)) * ((end - start) // 256) + bytes((end - start) % 256)
    db.write_bytes(bytes(data))
    return db, bytes(data)


def test_check_finds_a_damaged_library_keeps_it_aside_and_says_how_to_rebuild(tmp_path):
    db, damaged = _damaged_library(tmp_path, lambda size: (size // 2, size - 4096))
    with open_library(db) as library:
        report = run_to_end(library.check())
    assert not report.sound
    message = report.damage
    assert "damaged" in message and f"briefing library add {tmp_path / 'docs'}" in message and "\n" not in message
    kept = kept_aside(tmp_path)
    assert len(kept) == 1 and kept[0].read_bytes() == damaged and not db.exists()
    with open_library(db, create=True) as fresh:                 # the way out: rebuild
        assert add(fresh, tmp_path / "docs").new == 40


def test_a_library_damaged_where_it_opens_is_kept_aside_at_once(tmp_path):
    db, damaged = _damaged_library(tmp_path, lambda size: (100, 4096))
    with pytest.raises(LibraryDamaged, match="kept as") as raised:
        open_library(db)
    kept = kept_aside(tmp_path)
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert "briefing library add" in str(raised.value)


def test_check_compares_the_index_with_the_files(tmp_path):
    db = tmp_path / "library.sqlite"
    paths = write_corpus(tmp_path / "docs", 4)
    with open_library(db, create=True) as library:
        add(library, tmp_path / "docs")
        paths[0].unlink()
        paths[1].write_text(paths[1].read_text() + "\nOne more sentence was added later.\n")
        os.utime(paths[1], ns=(0, paths[1].stat().st_mtime_ns + 10**10))
        new = write_corpus(tmp_path / "docs" / "later", 1, start=50)[0]
        report = run_to_end(library.check())
    assert report.sound and report.checked_files == 4
    assert (report.missing, report.changed, report.unindexed) == ([str(paths[0])], [str(paths[1])], [str(new)])
    assert not report.up_to_date


# --- several users at once ------------------------------------------------------------------

def test_a_writer_held_up_past_the_wait_says_the_library_is_busy(tmp_path):
    db = tmp_path / "library.sqlite"
    write_corpus(tmp_path / "docs", 2)
    SQLiteLibrary(db, create=True).close()
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        library = SQLiteLibrary(db, busy_wait_s=0.3)
        started = time.monotonic()
        with pytest.raises(LibraryBusy) as raised:
            add(library, tmp_path / "docs")
        assert time.monotonic() - started >= 0.3
        assert "busy" in str(raised.value) and "try again" in str(raised.value)
        assert library.search(SearchQuery("levy")).total == 0       # reading is not held up
    finally:
        other.execute("ROLLBACK")


def test_a_writer_waits_for_another_and_goes_on_when_it_is_done(tmp_path):
    db = tmp_path / "library.sqlite"
    write_corpus(tmp_path / "docs", 3)
    SQLiteLibrary(db, create=True).close()
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(0.5, lambda: other.execute("COMMIT")).start()
    with SQLiteLibrary(db, busy_wait_s=10) as library:
        assert add(library, tmp_path / "docs").new == 3


def test_readers_are_not_held_up_by_a_write_in_progress(tmp_path):
    db = tmp_path / "library.sqlite"
    write_corpus(tmp_path / "docs", 3)
    with open_library(db, create=True) as library:
        add(library, tmp_path / "docs")
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM files")
    try:
        with SQLiteLibrary(db, busy_wait_s=0.2) as reader:
            started = time.monotonic()
            assert reader.search(SearchQuery("levy")).total == 3        # the last committed state
            assert reader.load([1]).documents
            assert time.monotonic() - started < 0.2
    finally:
        writer.execute("ROLLBACK")


def test_searches_succeed_while_another_process_adds(tmp_path):
    db = tmp_path / "library.sqlite"
    write_corpus(tmp_path / "docs", 400)
    SQLiteLibrary(db, create=True).close()
    adding = subprocess.Popen(command("add", str(tmp_path / "docs"), "--db", str(db), "-q"),
                              stderr=subprocess.PIPE, text=True)
    seen = set()
    with open_library(db) as library:
        while adding.poll() is None:
            seen.add(library.search(SearchQuery("levy")).total)
        _, err = adding.communicate()
        assert adding.returncode == 0, err
        assert library.search(SearchQuery("levy")).total == 400
    assert len(seen) > 1                          # the searches saw the library grow


def test_two_processes_adding_at_once_both_finish_with_every_document(tmp_path):
    db = tmp_path / "library.sqlite"
    write_corpus(tmp_path / "a", 150)
    write_corpus(tmp_path / "b", 150, start=150)
    SQLiteLibrary(db, create=True).close()
    runs = [subprocess.Popen(command("add", str(tmp_path / name), "--db", str(db), "-q"),
                             stderr=subprocess.PIPE, text=True) for name in ("a", "b")]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    assert count(db) == count(db, "files") == 300
    with open_library(db) as library:
        assert run_to_end(library.check()).sound


def _interrupted_add(tmp_path, stop):
    db = tmp_path / "library.sqlite"
    write_corpus(tmp_path / "docs", 600)
    SQLiteLibrary(db, create=True).close()
    run = subprocess.Popen(command("add", str(tmp_path / "docs"), "--db", str(db)), stderr=subprocess.PIPE,
                           text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while count(db) < 30 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    written = count(db)
    stop(run)
    _, err = run.communicate(timeout=30)
    assert 30 <= written < 600, "the add was not stopped in the middle"
    return db, written, run.returncode, err


def test_kill_during_add_loses_at_most_the_document_being_written(tmp_path):
    db, written, _, _ = _interrupted_add(tmp_path, lambda run: os.killpg(run.pid, signal.SIGKILL))
    with open_library(db) as library:
        assert run_to_end(library.check()).sound                    # documents, texts and index agree
        kept = library.stats().documents
        assert kept >= written and kept == count(db, "files")
        report = add(library, tmp_path / "docs")
        assert report.unchanged == kept and report.new == 600 - kept
        assert library.stats().documents == 600


def test_ctrl_c_during_add_stops_cleanly_and_leaves_a_sound_library(tmp_path):
    db, written, code, err = _interrupted_add(tmp_path, lambda run: os.killpg(run.pid, signal.SIGINT))
    assert code == 130 and "interrupted; the files indexed so far stay" in err and "Traceback" not in err
    with open_library(db) as library:
        assert run_to_end(library.check()).sound
        assert library.stats().documents >= written


def test_a_python_without_fts5_is_told_so_in_one_line(tmp_path, monkeypatch):
    import briefing.library.sqlite_library as store
    monkeypatch.setattr(store, "fts5_available", lambda: False)
    with pytest.raises(store.LibraryError) as raised:
        open_library(tmp_path / "library.sqlite", create=True)
    assert "FTS5" in str(raised.value) and "\n" not in str(raised.value)
    assert not (tmp_path / "library.sqlite").exists()
