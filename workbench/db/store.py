"""Opening the store: engine, pragmas, migrations, and plain-words errors.

Any SQLAlchemy URL is accepted; SQLite gets WAL, foreign keys and the FTS5 index, other
databases get the same tables without the SQLite-only parts.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

# The newest schema revision this version of the app knows. A test keeps it equal to the
# head of migrations/versions, so start-up can skip loading Alembic when nothing is to do.
HEAD_REVISION = "0006"
MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(Exception):
    """The store cannot be opened or used; the message says why in plain words."""


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


BUSY_TIMEOUT = 10.0  # seconds a write waits for another program's lock before giving up


def _on_connect(dbapi_connection: Any, _record: Any, busy_timeout: float = BUSY_TIMEOUT) -> None:
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


def explain(error: BaseException, where: str) -> StoreError:
    """Tell an environment problem (locked, corrupt, full, read-only) from a bug."""
    message = str(getattr(error, "orig", error)).lower()
    if "locked" in message or "busy" in message:
        return StoreError(f"The workspace {where} is in use by another program (database locked).")
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return StoreError(
            f"The workspace file {where} is damaged or is not a Community Workbench database. "
            "Restore it from a backup or choose another workspace folder."
        )
    if "disk" in message and "full" in message:
        return StoreError(f"The disk holding {where} is full.")
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return StoreError(f"The workspace {where} cannot be opened for writing: {message}.")
    return StoreError(f"The workspace {where} cannot be opened: {message}.")


class Store:
    """The open store: an engine, a session factory and the single-writer lock."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        # SQLite allows one writer at a time; serializing writers here avoids busy waits.
        self.write_lock = threading.RLock()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session whose transaction commits on success, under the write lock.

        A lock held by another program past the busy timeout (or a disk that fills up)
        becomes a StoreError in words; integrity errors are bugs and stay as they are.
        """
        try:
            with self.write_lock, self.sessions.begin() as session:
                yield session
        except OperationalError as error:
            raise explain(error, str(self.engine.url.database or self.engine.url)) from error

    def close(self) -> None:
        self.engine.dispose()


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
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": busy_timeout}
        )

        def on_connect(dbapi_connection: Any, record: Any) -> None:
            _on_connect(dbapi_connection, record, busy_timeout)

        event.listen(engine, "connect", on_connect)
    else:
        engine = create_engine(url)
    try:
        if engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                # Touch the file: a corrupt or foreign file fails here, not mid-migration.
                connection.exec_driver_sql("PRAGMA journal_mode = WAL").first()
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").first()
        if migrate_schema:
            migrate(engine, where)
    except StoreError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as error:
        engine.dispose()
        raise explain(error, where) from error
    return Store(engine)
