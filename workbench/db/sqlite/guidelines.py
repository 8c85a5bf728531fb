"""Guidelines on SQLite: the texts detectors read, their hits, backtest scans.

The sync step reads the new rows of a commit by id range (one query per range, so a
50,000-item commit is one scan of the primary key) and writes its hits with one
executemany. A backtest of watched words asks the full-text index first (FTS5 finds the
few items holding a word in milliseconds); a regex scans the stored texts in id order.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Engine

from workbench.db.interfaces import BodyRow, HitRow, TextRow
from workbench.db.sqlite.connect import driver_cursor, open_reader

CHUNK = 500
FETCH = 20_000
_COLUMNS = "i.id, i.community_id, i.title, i.text, i.created_at, i.author_id"
_BODY = "CAST(CASE WHEN i.title != '' THEN i.title || char(10) || i.text ELSE i.text END AS BLOB)"


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _fts_query(terms: Sequence[tuple[str, bool]]) -> str:
    # Each term quoted as an FTS5 string: no user text reaches the query parser as syntax.
    return " OR ".join('"' + t.replace('"', '""') + '"' + ("*" if p else "") for t, p in terms)


class SqliteRuleWrites:
    """Inside the caller's write transaction (``connection``)."""

    def __init__(self, connection: Connection) -> None:
        self.cur = driver_cursor(connection)

    def close(self) -> None:
        self.cur.close()

    def texts_in_range(self, first: int, last: int) -> list[TextRow]:
        rows: list[TextRow] = self.cur.execute(
            f"SELECT {_COLUMNS} FROM items i WHERE i.id BETWEEN ? AND ? AND i.deleted_at IS NULL",
            (first, last),
        ).fetchall()
        return rows

    def texts_of(self, ids: Sequence[int]) -> list[TextRow]:
        out: list[TextRow] = []
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            out.extend(
                self.cur.execute(
                    f"SELECT {_COLUMNS} FROM items i WHERE i.id IN ({_marks(len(chunk))}) "
                    "AND i.deleted_at IS NULL",
                    tuple(chunk),
                )
            )
        return out

    def add_hits(self, hits: Sequence[HitRow]) -> int:
        before = self.cur.connection.total_changes
        self.cur.executemany(
            "INSERT INTO rule_hits (rule_id, item_id, kind, reason, created_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (rule_id, item_id) DO NOTHING",
            hits,
        )
        return int(self.cur.connection.total_changes - before)

    def communities_with_text(
        self, hashes: Sequence[int], since: int
    ) -> dict[int, set[int | None]]:
        """For each hash, the communities whose items had that text since ``since``."""
        found: dict[int, set[int | None]] = {}
        for start in range(0, len(hashes), CHUNK):
            chunk = hashes[start : start + CHUNK]
            for value, community in self.cur.execute(
                "SELECT hash, community_id FROM text_fingerprints "
                f"WHERE hash IN ({_marks(len(chunk))}) AND created_at >= ?",
                (*chunk, since),
            ):
                found.setdefault(value, set()).add(community)
        return found

    def add_fingerprints(self, rows: Sequence[tuple[int, int, int | None, int]]) -> None:
        self.cur.executemany(
            "INSERT INTO text_fingerprints (item_id, hash, community_id, created_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET hash=excluded.hash, "
            "community_id=excluded.community_id, created_at=excluded.created_at",
            rows,
        )


def _read_ahead(path: str, query: str, params: Sequence[Any]) -> Iterator[list[Any]]:
    """The query's rows in batches, read on a helper thread one batch ahead: SQLite lets
    go of the GIL while it steps, so reading the next batch overlaps searching this one."""
    batches: queue.Queue[list[Any] | BaseException | None] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def read() -> None:
        connection = open_reader(path)
        try:
            cursor = connection.execute(query, params)
            while not stop.is_set():
                rows = cursor.fetchmany(FETCH)
                if not rows:
                    break
                batches.put(rows)
            batches.put(None)
        except BaseException as error:  # raised again on the caller's thread
            batches.put(error)
        finally:
            connection.close()

    reader = threading.Thread(target=read, name="backtest read-ahead", daemon=True)
    reader.start()
    try:
        while (batch := batches.get()) is not None:
            if isinstance(batch, BaseException):
                raise batch
            yield batch
    finally:
        stop.set()
        while reader.is_alive():  # unblock a reader waiting to put, then let it end
            with contextlib.suppress(queue.Empty):
                batches.get(timeout=0.05)
        reader.join()


class SqliteBacktestReads:
    """Scans for a backtest, on a read connection of its own."""

    def __init__(self, engine: Engine) -> None:
        self.path = str(engine.url.database or "")

    def scan(
        self,
        community_ids: Sequence[int] | None,
        terms: Sequence[tuple[str, bool]] | None,
    ) -> Iterator[list[TextRow]]:
        """Rows in batches: those the full-text index finds for ``terms`` (any of them), or
        every stored item; only in ``community_ids`` when given."""
        where = ["i.deleted_at IS NULL"]
        params: list[Any] = []
        if terms is not None:
            if not terms:
                return
            source = "items_fts f JOIN items i ON i.id = f.rowid"
            where.insert(0, "items_fts MATCH ?")
            params.append(_fts_query(terms))
        else:
            source = "items i"
        if community_ids is not None:
            where.append(f"i.community_id IN ({_marks(len(community_ids))})")
            params.extend(community_ids)
        connection = open_reader(self.path)
        try:
            cursor = connection.execute(
                f"SELECT {_COLUMNS} FROM {source} WHERE {' AND '.join(where)}", params
            )
            while rows := cursor.fetchmany(FETCH):
                yield rows
        finally:
            connection.close()

    def bodies(
        self,
        community_ids: Sequence[int] | None,
        terms: Sequence[tuple[str, bool]] | None,
    ) -> Iterator[list[BodyRow]]:
        """As ``scan``, but each row is (id, community id, body): the title, a newline and
        the text as UTF-8 bytes, joined by SQLite (a million rows, no Python per column)."""
        where = ["i.deleted_at IS NULL"]
        params: list[Any] = []
        if terms is not None:
            if not terms:
                return
            source = "items_fts f JOIN items i ON i.id = f.rowid"
            where.insert(0, "items_fts MATCH ?")
            params.append(_fts_query(terms))
        else:
            source = "items i"
        if community_ids is not None:
            where.append(f"i.community_id IN ({_marks(len(community_ids))})")
            params.extend(community_ids)
        query = f"SELECT i.id, i.community_id, {_BODY} FROM {source} WHERE {' AND '.join(where)}"
        yield from _read_ahead(self.path, query, params)

    def describe(self, ids: Sequence[int]) -> dict[int, tuple[str, str, str, str, str]]:
        """Account name, external id, community name, title and text (its first 1,000
        characters) of each item."""
        out: dict[int, tuple[str, str, str, str, str]] = {}
        connection = open_reader(self.path)
        try:
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                for item_id, *described in connection.execute(
                    "SELECT i.id, a.name, i.external_id, COALESCE(c.name, ''), i.title, "
                    "substr(i.text, 1, 1000) FROM items i "
                    "JOIN accounts a ON a.id = i.account_id "
                    "LEFT JOIN communities c ON c.id = i.community_id "
                    f"WHERE i.id IN ({_marks(len(chunk))})",
                    tuple(chunk),
                ):
                    out[item_id] = tuple(described)
        finally:
            connection.close()
        return out
