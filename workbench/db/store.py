"""Opening the store: engine, migrations, plain-words errors, and the dialect's services.

``Store`` picks the implementation of workbench/db/interfaces.py by dialect (SQLite's in
workbench/db/sqlite/) and hands it to core; core never writes dialect-specific SQL.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from workbench.db.interfaces import (
    AnalyticsReads,
    Backend,
    InboxReads,
    ItemWrites,
    Maintenance,
    SearchIndex,
    StoreError,
    TriageWrites,
)
from workbench.db.sqlite import connect as sqlite_connect
from workbench.db.sqlite import errors as sqlite_errors
from workbench.db.sqlite.backend import SqliteBackend
from workbench.db.sqlite.items import SqliteItemWrites
from workbench.db.sqlite.maintenance import backup_before_migration, check_file, copy_database

__all__ = [
    "BUSY_TIMEOUT",
    "HEAD_REVISION",
    "MIGRATIONS",
    "Store",
    "StoreError",
    "backup_database",
    "check_database",
    "explain",
    "item_writes",
    "open_store",
    "sqlite_url",
]

log = logging.getLogger(__name__)

# The newest schema revision this version of the app knows. A test keeps it equal to the
# head of migrations/versions, so start-up can skip loading Alembic when nothing is to do.
HEAD_REVISION = "0017"
MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT = sqlite_connect.BUSY_TIMEOUT


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def explain(error: BaseException, where: str) -> StoreError:
    """The plain-words StoreError for ``error`` (locked, damaged, full, read-only ...)."""
    plain = sqlite_errors.explain(error, where)
    if plain is not None:
        return plain
    return StoreError(f"The workspace {where} cannot be used: {getattr(error, 'orig', error)}.")


def _backend(engine: Engine, write_lock: threading.RLock, store: Store) -> Backend:
    if engine.dialect.name == "sqlite":
        return SqliteBackend(engine, write_lock, store.translate)
    raise StoreError(
        f"Community Workbench cannot keep a workspace in {engine.dialect.name} yet; "
        "use a workspace folder (SQLite)."
    )


def item_writes(connection: Connection, *, fts: bool = True) -> ItemWrites:
    """The sync's writes inside ``connection``'s transaction (from ``writing_immediately``),
    for the connection's dialect. A function, not a Store method: BatchWriter gets only
    the connection."""
    if connection.dialect.name == "sqlite":
        return SqliteItemWrites(connection, fts=fts)
    raise StoreError(f"No item writer for {connection.dialect.name}.")


class Store:
    """The open store: an engine, a session factory, the single-writer lock, and the
    dialect's implementations of the interfaces core calls."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self.where = str(engine.url.database or engine.url)
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        # SQLite allows one writer at a time; serializing writers here avoids busy waits.
        self.write_lock = threading.RLock()
        self._backend = _backend(engine, self.write_lock, self)
        self.triage: TriageWrites = self._backend.triage
        self.search_index: SearchIndex = self._backend.search_index
        self.maintenance: Maintenance = self._backend.maintenance

    @contextmanager
    def translate(self) -> Iterator[None]:
        """Environment errors (locked past the busy timeout, damaged, disk full, read-only)
        become a StoreError in words; anything else (a bug) is raised as it is."""
        try:
            yield
        except (DatabaseError, sqlite3.DatabaseError) as error:
            plain = self._backend.explain(error, self.where)
            if plain is None:
                raise
            raise plain from error

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.translate(), self.sessions() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session whose transaction commits on success, under the write lock."""
        with self.translate(), self.write_lock, self.sessions.begin() as session:
            yield session

    @contextmanager
    def writing_immediately(self) -> Iterator[Connection]:
        """A write transaction that holds the database's write lock from its first
        statement (SQLite: BEGIN IMMEDIATE), so reads in it see no other writer's rows
        land before its own writes; commits on success."""
        with self.translate(), self.write_lock, self.engine.begin() as connection:
            self._backend.immediate(connection)
            yield connection

    def inbox_reads(self) -> InboxReads:
        """Read connections of their own for one inbox (close them with ``close()``)."""
        return self._backend.inbox_reads()

    def analytics_reads(self) -> AnalyticsReads:
        """A read connection of its own for Analytics' aggregations."""
        return self._backend.analytics_reads()

    def check(self) -> list[str]:
        """Problems in the store file and its search index, in plain words ([]: none)."""
        return self.maintenance.check()

    def backup(self, destination: Path) -> None:
        """A consistent copy of the store at ``destination``; refuses an existing file."""
        self.maintenance.backup(destination)

    def close(self) -> None:
        self.engine.dispose()


def check_database(path: Path) -> list[str]:
    """Problems in the database file at ``path`` and its search index ([]: none), without
    opening it as a workspace (so a damaged file can be checked)."""
    return check_file(path)


def backup_database(path: Path, destination: Path, *, overwrite: bool = False) -> None:
    """Copy the database at ``path`` to ``destination`` with SQLite's online backup;
    refuses an existing ``destination`` unless ``overwrite``."""
    if not path.is_file():
        raise StoreError(f"There is no workspace database at {path}.")
    copy_database(path, destination, overwrite=overwrite)


def current_revision(connection: Connection) -> str | None:
    exists = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        if connection.dialect.name == "sqlite"
        else text("SELECT 1 FROM information_schema.tables WHERE table_name='alembic_version'")
    ).first()
    if not exists:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def _alembic_config(connection: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _known_revisions() -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def migrate(engine: Engine, where: str) -> None:
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision == HEAD_REVISION:
        return
    if revision is not None and revision not in _known_revisions():
        raise StoreError(
            f"The workspace {where} was written by a newer version of Community Workbench "
            f"(schema {revision}). Install the newer version to open it."
        )
    if revision is not None and engine.dialect.name == "sqlite":
        # An existing workspace about to change shape: keep a copy to go back to.
        backup_before_migration(Path(where), revision)
    from alembic import command

    log.info("migrating %s from %s to %s", where, revision, HEAD_REVISION)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")


def open_store(
    url: str, *, migrate_schema: bool = True, busy_timeout: float = BUSY_TIMEOUT
) -> Store:
    """Open (and create or upgrade) the store at ``url``; raise StoreError in plain words.

    ``busy_timeout``: seconds to wait for a lock held by another program (SQLite).
    """
    where = url.removeprefix("sqlite:///")
    if url.startswith("sqlite:///"):
        path = Path(where)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"The folder of {where} cannot be created: {error.strerror}."
            ) from error
        engine = sqlite_connect.create_sqlite_engine(url, busy_timeout)
    else:
        engine = create_engine(url)
    try:
        store = Store(engine)
        if engine.dialect.name == "sqlite":
            sqlite_connect.touch(engine)
        if migrate_schema:
            migrate(engine, where)
    except StoreError:
        engine.dispose()
        raise
    except (DatabaseError, sqlite3.DatabaseError) as error:
        engine.dispose()
        raise explain(error, where) from error
    return store
