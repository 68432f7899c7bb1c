"""The library's tables, as a list of forward migrations: version N is the first N steps applied.

A database records its version in `PRAGMA user_version` and that it is a briefing library in
`PRAGMA application_id`. Opening an older library applies the missing steps in one transaction;
a newer one is refused (its tables may mean something this program does not know). A step is
never edited once released: a change is a new step.
"""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x42524C42          # "BRLB": a briefing library, not another program's database

# Words are indexed by their Porter stem ("elections" finds "election"), accents folded.
TOKENIZER = "porter unicode61 remove_diacritics 2"

MIGRATIONS: list[tuple[str, list[str]]] = [
    ("the first schema: documents once per content, the files holding them, stored text, layout "
     "and analysis, and a contentless full-text index over title and text", [
        """CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID""",
        # one row per content (sha256); what the reader found, kept small for fast filters and lists
        """CREATE TABLE documents(
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            doc_id TEXT NOT NULL,
            title TEXT NOT NULL,
            published TEXT,
            date_source TEXT,
            outlet TEXT,
            author TEXT,
            url TEXT,
            kind TEXT NOT NULL,
            size INTEGER NOT NULL,
            words INTEGER NOT NULL,
            flags TEXT NOT NULL DEFAULT '[]',
            indexed TEXT NOT NULL)""",
        # the stored form: text (zlib), headings/sentences/furniture (msgpack+zlib), the per-document
        # analysis (msgpack+zlib), and the program version that made them
        """CREATE TABLE contents(
            document INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            text BLOB NOT NULL,
            layout BLOB NOT NULL,
            analysis BLOB,
            made_by TEXT NOT NULL)""",
        # every file seen: its content (NULL where it could not be read, `problem` says why)
        """CREATE TABLE files(
            path TEXT PRIMARY KEY,
            document INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            problem TEXT,
            missing INTEGER NOT NULL DEFAULT 0,
            made_by TEXT NOT NULL)""",
        """CREATE INDEX files_document ON files(document)""",
        f"""CREATE VIRTUAL TABLE search USING fts5(title, body, content='', tokenize='{TOKENIZER}')""",
    ]),
    ("the folders given to `add`, so that `check` finds files not yet indexed and a damaged "
     "library can be rebuilt from them", [
        """CREATE TABLE folders(path TEXT PRIMARY KEY, added TEXT NOT NULL) WITHOUT ROWID""",
    ]),
    ("filters by date and outlet without reading every document", [
        """CREATE INDEX documents_published ON documents(published)""",
        """CREATE INDEX documents_outlet ON documents(outlet COLLATE NOCASE)""",
    ]),
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def application_id(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA application_id").fetchone()[0]


def has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_schema LIMIT 1").fetchone() is not None


def apply_migrations(conn: sqlite3.Connection, upto: int = SCHEMA_VERSION) -> int:
    """Bring the database (in a write transaction the caller holds) to version `upto`; returns
    the version it had."""
    found = schema_version(conn)
    if found == 0:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for _, statements in MIGRATIONS[found:upto]:
        for statement in statements:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {upto}")
    return found
