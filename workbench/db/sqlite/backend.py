"""The SQLite store: the implementations of workbench/db/interfaces.py for one open file."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy import Connection, Engine

from workbench.db.interfaces import Maintenance, SearchIndex, StoreError, TriageWrites
from workbench.db.sqlite import connect, errors
from workbench.db.sqlite.analytics_trends import SqliteAnalyticsTrends
from workbench.db.sqlite.fts import SqliteSearchIndex
from workbench.db.sqlite.inbox import SqliteInboxReads
from workbench.db.sqlite.maintenance import check_file, copy_database
from workbench.db.sqlite.triage import SqliteTriage


class SqliteMaintenance:
    def __init__(self, path: Path) -> None:
        self.path = path

    def check(self) -> list[str]:
        return check_file(self.path)

    def backup(self, destination: Path) -> None:
        copy_database(self.path, destination)


class SqliteBackend:
    def __init__(
        self,
        engine: Engine,
        write_lock: threading.RLock,
        translate: Callable[[], AbstractContextManager[None]],
    ) -> None:
        self.path = Path(engine.url.database or "")
        self.triage: TriageWrites = SqliteTriage(engine, write_lock, translate)
        self.search_index: SearchIndex = SqliteSearchIndex()
        self.maintenance: Maintenance = SqliteMaintenance(self.path)

    def inbox_reads(self) -> SqliteInboxReads:
        return SqliteInboxReads(str(self.path))

    def analytics_reads(self) -> SqliteAnalyticsTrends:
        return SqliteAnalyticsTrends(str(self.path))

    def immediate(self, connection: Connection) -> None:
        connect.immediate(connection)

    def explain(self, error: BaseException, where: str) -> StoreError | None:
        return errors.explain(error, where)
