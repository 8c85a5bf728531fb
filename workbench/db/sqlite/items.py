"""The sync's hot write path on SQLite: items, communities, members, cursors by DBAPI.

The item upsert runs on the DBAPI cursor with executemany (the ORM costs several times
more per row here, see benchmarks/ingest.py); new items join the full-text index with one
INSERT ... SELECT per batch, which may run on a helper thread (SQLite lets go of the GIL).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from workbench.db.interfaces import CommunityValues, Row
from workbench.db.sqlite.analytics_rollup import Rollups
from workbench.db.sqlite.connect import driver_cursor
from workbench.db.sqlite.fts import DELETE_IDS, INDEX_NEW, INSERT_IDS

CHUNK = 500  # SQLite parameters per IN (...) list, well under its limit

ITEM_COLUMNS = (
    "account_id, community_id, kind, external_id, parent_external_id, thread_external_id, "
    "author_id, created_at, edited_at, deleted_at, title, text, html, url, score, reply_count, "
    "flags, raw, content_hash, synced_at, state, priority"
)
INSERT_ITEM = (
    f"INSERT INTO items ({ITEM_COLUMNS}) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', 0)"
)
# A first sync inserts without looking first; the rare item already there is skipped
# here and compared afterwards.
INSERT_NEW_ITEM = f"{INSERT_ITEM} ON CONFLICT (account_id, external_id) DO NOTHING"
UPDATE_ITEM = (
    "UPDATE items SET community_id=?, kind=?, parent_external_id=?, thread_external_id=?, "
    "author_id=?, created_at=?, edited_at=?, deleted_at=NULL, title=?, text=?, html=?, url=?, "
    "score=?, reply_count=?, flags=?, raw=?, content_hash=?, synced_at=? WHERE id=?"
)
UPSERT_COMMUNITY = (
    "INSERT INTO communities (account_id, external_id, platform, name, url, "
    "community_type, description, followed) VALUES (?, ?, ?, ?, ?, ?, ?, 1) "
    "ON CONFLICT (account_id, external_id) DO UPDATE SET name=excluded.name, "
    "url=excluded.url, platform=excluded.platform, description=excluded.description, "
    "community_type=COALESCE(communities.community_type, excluded.community_type)"
)
UPSERT_MEMBER = (
    "INSERT INTO members (platform, external_id, name, display_name, url) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, external_id) DO UPDATE SET "
    "name=excluded.name, display_name=excluded.display_name, url=excluded.url "
    "WHERE members.name IS NOT excluded.name OR members.display_name IS NOT "
    "excluded.display_name OR members.url IS NOT excluded.url"
)


def _chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _marks(chunk: Sequence[Any]) -> str:
    return ",".join("?" * len(chunk))


class SqliteItemWrites:
    """One batch's writes inside the caller's transaction (``connection``)."""

    index_in_background = True

    def __init__(self, connection: Connection, *, fts: bool = True) -> None:
        self.driver = connection.connection.driver_connection
        self.cur = driver_cursor(connection)
        self.fts = fts
        # Analytics' tables follow every write, in the same transaction (analytics_rollup.py).
        self.rollups = Rollups(self.cur)

    def close(self) -> None:
        self.cur.close()

    # -- communities and members --------------------------------------------------------

    def community_id(self, account_id: int, external_id: str) -> int | None:
        row = self.cur.execute(
            "SELECT id FROM communities WHERE account_id=? AND external_id=?",
            (account_id, external_id),
        ).fetchone()
        return None if row is None else int(row[0])

    def upsert_community(self, account_id: int, values: CommunityValues) -> int:
        self.cur.execute(UPSERT_COMMUNITY, (account_id, *values))
        found = self.community_id(account_id, values[0])
        assert found is not None, "the community was just written"
        return found

    def upsert_members(
        self, members: Sequence[tuple[str, str, str, str, str]]
    ) -> dict[tuple[str, str], int]:
        self.cur.executemany(UPSERT_MEMBER, members)
        by_platform: dict[str, list[str]] = {}
        for platform, external_id, *_ in members:
            by_platform.setdefault(platform, []).append(external_id)
        ids: dict[tuple[str, str], int] = {}
        for platform, external_ids in by_platform.items():
            for chunk in _chunks(external_ids):
                for member_id, external_id in self.cur.execute(
                    "SELECT id, external_id FROM members WHERE platform=? "
                    f"AND external_id IN ({_marks(chunk)})",
                    (platform, *chunk),
                ):
                    ids[(platform, external_id)] = member_id
        return ids

    # -- items --------------------------------------------------------------------------

    def has_items(self, account_id: int) -> bool:
        row = self.cur.execute(
            "SELECT 1 FROM items WHERE account_id=? LIMIT 1", (account_id,)
        ).fetchone()
        return row is not None

    def max_item_id(self) -> int:
        return int(self.cur.execute("SELECT COALESCE(MAX(id), 0) FROM items").fetchone()[0])

    def existing(
        self, account_id: int, external_ids: Sequence[str], *, up_to: int | None = None
    ) -> dict[str, tuple[int, int]]:
        found: dict[str, tuple[int, int]] = {}
        limit = "" if up_to is None else f" AND id <= {int(up_to)}"
        for chunk in _chunks(external_ids):
            for external_id, item_id, old_hash in self.cur.execute(
                f"SELECT external_id, id, content_hash FROM items "
                f"WHERE account_id=? AND external_id IN ({_marks(chunk)}){limit}",
                (account_id, *chunk),
            ):
                found[external_id] = (item_id, old_hash)
        return found

    def insert(self, rows: Sequence[Row], *, skip_existing: bool = False) -> int:
        before = self.max_item_id()
        self.cur.executemany(INSERT_NEW_ITEM if skip_existing else INSERT_ITEM, rows)
        inserted = int(self.cur.rowcount) if skip_existing else len(rows)
        if inserted:
            self.rollups.added(before)
        return inserted

    def _fts(self, statement: str, ids: Sequence[int]) -> None:
        if self.fts:
            for chunk in _chunks(ids):
                self.cur.execute(statement.format(marks=_marks(chunk)), tuple(chunk))

    def update(self, rows: Sequence[Row], ids: Sequence[int]) -> None:
        self._fts(DELETE_IDS, ids)
        for chunk in _chunks(ids):
            self.rollups.before_change(chunk)
        # UPDATE_ITEM takes the row without account and external id, then the id.
        self.cur.executemany(
            UPDATE_ITEM,
            [(*row[1:3], *row[4:], item_id) for row, item_id in zip(rows, ids, strict=True)],
        )
        self._fts(INSERT_IDS, ids)
        for chunk in _chunks(ids):
            self.rollups.changed(chunk)

    def index_new(self, after_id: int) -> None:
        # On the driver connection, not this cursor: it may run on a helper thread after
        # close(), as the next statement on the connection (the caller waits for it first).
        if self.fts:
            self.driver.execute(INDEX_NEW, (after_id,)).close()  # type: ignore[union-attr]

    def erase(self, deleted_at: Mapping[int, int], now: int) -> int:
        ids = list(deleted_at)
        self._fts(DELETE_IDS, ids)
        # Erase the content but keep the row as a tombstone: triage history and threads
        # stay. A tombstone deleted again is left as it is.
        self.cur.executemany(
            "UPDATE items SET title='', text='', html='', raw=NULL, content_hash=0, "
            "deleted_at=?, synced_at=? WHERE id=? AND deleted_at IS NULL",
            [(deleted_at[i], now, i) for i in ids],
        )
        erased = int(self.cur.rowcount)
        for chunk in _chunks(ids):
            self.rollups.deleted(chunk)
        return erased

    # -- reading position and budget ----------------------------------------------------

    def save_cursor(self, account_id: int, value: str, now: int) -> None:
        self.cur.execute(
            "INSERT INTO sync_cursors (account_id, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (account_id) DO UPDATE SET value=excluded.value, "
            "updated_at=excluded.updated_at",
            (account_id, value, now),
        )

    def save_budget(self, account_id: int, remaining: int | None, reset_at: int | None) -> None:
        self.cur.execute(
            "UPDATE accounts SET budget_remaining=?, budget_reset_at=? WHERE id=?",
            (remaining, reset_at, account_id),
        )
