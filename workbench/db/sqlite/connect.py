"""SQLite connections: the engine's pragmas, the inbox's read connections, write locks."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

from workbench.db.sqlite.errors import explain

BUSY_TIMEOUT = 10.0  # seconds a write waits for another program's lock before giving up
# Page cache of each inbox read connection: 8 MiB, measured by benchmarks/inbox_gui.py
# (16 MiB held 33 MB in the two lanes for no speed gained).
READ_CACHE_KIB = 8 * 1024


def on_connect(dbapi_connection: Any, _record: Any, busy_timeout: float = BUSY_TIMEOUT) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA cache_size = -65536")  # 64 MiB page cache per connection
    cursor.execute("PRAGMA temp_store = MEMORY")
    # Measured with benchmarks/ingest.py: 8 KiB pages (taken only by a new, empty file) and
    # checkpoints every 4000 pages (32 MiB of WAL instead of 4) cut the CPU per synced item
    # by about a fifth; the items table has a dozen indexes and the full-text index.
    cursor.execute("PRAGMA page_size = 8192")
    cursor.execute("PRAGMA wal_autocheckpoint = 4000")
    cursor.close()


def create_sqlite_engine(url: str, busy_timeout: float = BUSY_TIMEOUT) -> Engine:
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": busy_timeout})

    def connected(dbapi_connection: Any, record: Any) -> None:
        on_connect(dbapi_connection, record, busy_timeout)

    event.listen(engine, "connect", connected)
    return engine


def touch(engine: Engine) -> None:
    """Open the file for real: a corrupt or foreign file fails here, not mid-migration."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode = WAL").first()
        connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").first()


def open_reader(path: str | Path) -> sqlite3.Connection:
    """A read-only connection with a modest page cache (the inbox keeps two)."""
    connection = sqlite3.connect(path, check_same_thread=False, timeout=BUSY_TIMEOUT)
    connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
    connection.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute("PRAGMA query_only = ON")  # reads only: triage writes elsewhere
    return connection


def immediate(connection: Connection) -> None:
    """Take SQLite's write lock at the start of the transaction.

    pysqlite starts the transaction only at the first INSERT, so a writer's reads (existing
    ids, the highest item id it indexes from) could see another process's rows land in
    between. Taking the lock up front makes SQLite wait (busy timeout) rather than fail.
    """
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def driver_cursor(connection: Connection) -> Any:
    """The DBAPI cursor under a SQLAlchemy connection: hot paths skip SQLAlchemy's per-row cost."""
    return connection.connection.driver_connection.cursor()  # type: ignore[union-attr]


class ReadLane:
    """One read connection, used by one query at a time (opened on first use)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.lock = threading.RLock()
        self.connection: sqlite3.Connection | None = None

    @contextmanager
    def cursor(self) -> Iterator[sqlite3.Cursor]:
        with self.lock:
            try:
                if self.connection is None:
                    self.connection = open_reader(self.path)
                cursor = self.connection.cursor()
                try:
                    yield cursor
                finally:
                    cursor.close()
            except sqlite3.DatabaseError as error:
                plain = explain(error, self.path)
                if plain is not None:  # damaged, locked, unreadable: say so in words
                    raise plain from error
                raise

    def close(self) -> None:
        with self.lock:
            if self.connection is not None:
                self.connection.close()
                self.connection = None
