"""Writing a connector batch into the store: the hot path of every sync.

One batch is one transaction: communities, members, items, deletions and the cursor that
covers them commit together, so a crash at any point resumes from the last saved cursor
with nothing lost and nothing doubled. The item upsert runs on the DBAPI cursor with
executemany (the ORM costs several times more per row here, see benchmarks/ingest.py):
new items are inserted and added to the full-text index with one INSERT ... SELECT per
batch; changed items are rewritten; unchanged items (same content hash) are not touched.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection

from connectors.api import Batch, CommunityRecord, ItemRecord, MemberRecord
from workbench.core.sync.rows import (
    EXTERNAL_ID,
    HASH,
    INSERT_ITEM,
    Row,
    build_rows,
    epoch,
    first_of_each,
)
from workbench.core.sync.waiting import wait_through_ctrl_c

log = logging.getLogger(__name__)

CHUNK = 500  # SQLite parameters per IN (...) list, well under its limit

# A first sync inserts without looking first; the rare item already there is skipped
# here and compared afterwards.
INSERT_NEW_ITEM = f"{INSERT_ITEM} ON CONFLICT (account_id, external_id) DO NOTHING"
UPDATE_ITEM = (
    "UPDATE items SET community_id=?, kind=?, parent_external_id=?, thread_external_id=?, "
    "author_id=?, created_at=?, edited_at=?, deleted_at=NULL, title=?, text=?, html=?, url=?, "
    "score=?, reply_count=?, flags=?, raw=?, content_hash=?, synced_at=? WHERE id=?"
)
INDEX_NEW = (
    "INSERT INTO items_fts (rowid, title, text) SELECT id, title, text FROM items WHERE id > ?"
)


class _Background:
    """One statement running on a helper thread; SQLite lets go of the GIL meanwhile."""

    def __init__(self, work: Callable[[], None]) -> None:
        self._work = work
        self._error: BaseException | None = None
        self._started = threading.Event()
        self._finished = threading.Event()
        self._thread = threading.Thread(target=self._run, name="index new items", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._started.set()
            self._work()
        except BaseException as error:  # raised again on the writer's thread by wait()
            self._error = error
        finally:
            self._finished.set()

    def wait_started(self) -> None:
        """Until the helper is about to enter SQLite: a new thread needs the GIL to get
        there, and the writer's busy Python would otherwise hold it off for a whole switch
        interval (5 ms) per batch."""
        self._started.wait()

    def wait(self) -> None:
        wait_through_ctrl_c(self._finished)
        if self._error is not None:
            raise self._error


@dataclass
class WriteCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    skipped: int = 0

    def add(self, other: WriteCounts) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.deleted += other.deleted
        self.skipped += other.skipped


def _chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class BatchWriter:
    """Applies batches for one account. Keeps id caches for the length of a sync run."""

    def __init__(
        self, account_id: int, platform: str, *, fts: bool = True, overlap: bool = False
    ) -> None:
        """``overlap``: index a batch's new items on a helper thread while the next batch's
        rows are built; the caller must then call ``flush`` before commit or rollback."""
        self.account_id = account_id
        self.platform = platform
        self.fts = fts
        self.overlap = overlap
        self._communities: dict[str, int] = {}
        self._members: dict[tuple[str, str], int] = {}
        self._fresh: bool | None = None  # see _is_fresh
        self._indexing: _Background | None = None

    def flush(self) -> None:
        """Wait for the indexing of the last batch's new items (raises what it raised)."""
        step = self._indexing
        if step is not None:
            try:
                step.wait()
            finally:
                self._indexing = None

    def forget_ids(self) -> None:
        """Drop the cached community and member ids (after a rollback: some may be gone)."""
        self._communities.clear()
        self._members.clear()

    # -- communities ------------------------------------------------------------------

    def _upsert_communities(self, cur: Any, records: Sequence[CommunityRecord]) -> None:
        for record in records:
            cur.execute(
                "INSERT INTO communities (account_id, external_id, platform, name, url, "
                "community_type, description, followed) VALUES (?, ?, ?, ?, ?, ?, ?, 1) "
                "ON CONFLICT (account_id, external_id) DO UPDATE SET name=excluded.name, "
                "url=excluded.url, platform=excluded.platform, description=excluded.description, "
                "community_type=COALESCE(communities.community_type, excluded.community_type)",
                (
                    self.account_id,
                    record.external_id,
                    record.platform or self.platform,
                    record.name,
                    record.url,
                    record.community_type.value if record.community_type else None,
                    record.description,
                ),
            )
            row = cur.execute(
                "SELECT id FROM communities WHERE account_id=? AND external_id=?",
                (self.account_id, record.external_id),
            ).fetchone()
            self._communities[record.external_id] = row[0]

    def _community_id(self, cur: Any, external_id: str) -> int:
        found = self._communities.get(external_id)
        if found is None:
            row = cur.execute(
                "SELECT id FROM communities WHERE account_id=? AND external_id=?",
                (self.account_id, external_id),
            ).fetchone()
            if row is None:  # an item arrived before its community: create a plain one
                placeholder = CommunityRecord(external_id, external_id, self.platform)
                self._upsert_communities(cur, [placeholder])
                return self._communities[external_id]
            found = self._communities[external_id] = row[0]
        return found

    # -- members ----------------------------------------------------------------------

    def _resolve_members(self, cur: Any, items: Sequence[ItemRecord]) -> None:
        wanted: dict[tuple[str, str], MemberRecord] = {}
        for item in items:
            author = item.author
            if author is not None:
                key = (author.platform or self.platform, author.external_id)
                if key not in self._members:
                    wanted[key] = author
        if not wanted:
            return
        cur.executemany(
            "INSERT INTO members (platform, external_id, name, display_name, url) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, external_id) DO UPDATE SET "
            "name=excluded.name, display_name=excluded.display_name, url=excluded.url "
            "WHERE members.name IS NOT excluded.name OR members.display_name IS NOT "
            "excluded.display_name OR members.url IS NOT excluded.url",
            [(p, e, m.name, m.display_name, m.url) for (p, e), m in wanted.items()],
        )
        by_platform: dict[str, list[str]] = {}
        for platform, external_id in wanted:
            by_platform.setdefault(platform, []).append(external_id)
        for platform, ids in by_platform.items():
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                for member_id, external_id in cur.execute(
                    f"SELECT id, external_id FROM members WHERE platform=? AND external_id IN ({marks})",
                    (platform, *chunk),
                ):
                    self._members[(platform, external_id)] = member_id

    # -- items ------------------------------------------------------------------------

    def _existing(
        self, cur: Any, external_ids: Sequence[str], *, up_to: int | None = None
    ) -> dict[str, tuple[int, int]]:
        """Stored items among ``external_ids`` (with ids up to ``up_to``): id and hash."""
        found: dict[str, tuple[int, int]] = {}
        limit = "" if up_to is None else f" AND id <= {int(up_to)}"
        for chunk in _chunks(external_ids):
            marks = ",".join("?" * len(chunk))
            for external_id, item_id, old_hash in cur.execute(
                f"SELECT external_id, id, content_hash FROM items "
                f"WHERE account_id=? AND external_id IN ({marks}){limit}",
                (self.account_id, *chunk),
            ):
                found[external_id] = (item_id, old_hash)
        return found

    def _fts_delete(self, cur: Any, ids: Sequence[int]) -> None:
        if not self.fts:
            return
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            # Tombstones are out of the index already; deleting an entry that is not
            # there corrupts an external-content FTS5 index ("malformed").
            cur.execute(
                "INSERT INTO items_fts (items_fts, rowid, title, text) "
                f"SELECT 'delete', id, title, text FROM items "
                f"WHERE id IN ({marks}) AND deleted_at IS NULL",
                tuple(chunk),
            )

    def _fts_insert(self, cur: Any, ids: Sequence[int]) -> None:
        if not self.fts:
            return
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            cur.execute(
                "INSERT INTO items_fts (rowid, title, text) "
                f"SELECT id, title, text FROM items WHERE id IN ({marks})",
                tuple(chunk),
            )

    def _is_fresh(self, cur: Any) -> bool:
        """True while this run has only ever added items to an account that had none.

        Checked once per writer: a first sync (or a first import) then inserts without
        looking each item up first, and looks up only the few that turn out to exist.
        """
        if self._fresh is None:
            row = cur.execute(
                "SELECT 1 FROM items WHERE account_id=? LIMIT 1", (self.account_id,)
            ).fetchone()
            self._fresh = row is None
        return self._fresh

    def _rows(self, items: Sequence[ItemRecord], now: int) -> tuple[list[Row | None], list[int]]:
        return build_rows(
            items,
            account_id=self.account_id,
            platform=self.platform,
            members=self._members,
            communities=self._communities,
            now=now,
        )

    def _fill_in(
        self,
        cur: Any,
        items: Sequence[ItemRecord],
        rows: list[Row | None],
        missing: list[int],
        now: int,
    ) -> list[Row]:
        """Rows for the items whose author or community had no id yet: look them up."""
        wanted = [items[i] for i in missing]
        self._resolve_members(cur, wanted)
        for item in wanted:
            if item.community_id not in self._communities:
                self._community_id(cur, item.community_id)
        filled, left = self._rows(wanted, now)
        assert not left, "every author and community has an id now"
        for position, row in zip(missing, filled, strict=True):
            rows[position] = row
        return [row for row in rows if row is not None]

    def _write_items(self, cur: Any, rows: Sequence[Row]) -> tuple[WriteCounts, int]:
        """Insert new rows, rewrite changed ones, leave unchanged ones; the new rows (ids
        above the returned one) are not in the full-text index yet."""
        counts = WriteCounts()
        # Writers are serialized, so new rows get the ids above the current maximum.
        before = cur.execute("SELECT COALESCE(MAX(id), 0) FROM items").fetchone()[0]
        if not rows:
            return counts, before
        inserted_first = self._is_fresh(cur)
        if inserted_first:
            cur.executemany(INSERT_NEW_ITEM, rows)
            counts.new = cur.rowcount
            # Only items that were there already (sent again in this run) need a look.
            existing: dict[str, tuple[int, int]] = {}
            if counts.new < len(rows):
                existing = self._existing(cur, [r[EXTERNAL_ID] for r in rows], up_to=before)
        else:
            existing = self._existing(cur, [r[EXTERNAL_ID] for r in rows])
        inserts: list[Row] = []
        updates: list[Row] = []
        for row in rows if existing or not inserted_first else ():
            old = existing.get(row[EXTERNAL_ID])
            if old is None:
                inserts.append(row)
            elif old[1] != row[HASH]:
                # UPDATE_ITEM takes the row without account and external id, then the id.
                updates.append((*row[1:3], *row[4:], old[0]))
            else:
                counts.unchanged += 1
        if inserts and not inserted_first:
            cur.executemany(INSERT_ITEM, inserts)
            counts.new = len(inserts)
        if updates:
            ids = [row[-1] for row in updates]
            self._fts_delete(cur, ids)
            cur.executemany(UPDATE_ITEM, updates)
            self._fts_insert(cur, ids)
            counts.updated = len(updates)
        return counts, before

    def _erase(self, cur: Any, batch: Batch, now: int) -> int:
        if not batch.deletions:
            return 0
        when: dict[int, int] = {}
        existing = self._existing(cur, [d.external_id for d in batch.deletions])
        for deletion in batch.deletions:
            found = existing.get(deletion.external_id)
            if found is not None:
                when.setdefault(found[0], epoch(deletion.deleted_at) or now)
        if not when:
            return 0
        ids = list(when)
        self._fts_delete(cur, ids)
        # Erase the content but keep the row as a tombstone: triage history and threads
        # stay. A tombstone deleted again is left as it is.
        cur.executemany(
            "UPDATE items SET title='', text='', html='', raw=NULL, content_hash=0, "
            "deleted_at=?, synced_at=? WHERE id=? AND deleted_at IS NULL",
            [(when[i], now, i) for i in ids],
        )
        return int(cur.rowcount)

    def apply(self, connection: Connection, batch: Batch) -> WriteCounts:
        """Write one batch inside the caller's transaction."""
        now = int(time.time())
        items = first_of_each(batch.items)  # the same item twice in a batch: the first
        # Built while the previous batch's new items may still be being indexed.
        rows, missing = self._rows(items, now)
        self.flush()
        driver = connection.connection.driver_connection
        cur = driver.cursor()  # type: ignore[union-attr]
        try:
            self._upsert_communities(cur, batch.communities)
            # With nothing missing, no row is None.
            ready = (
                self._fill_in(cur, items, rows, missing, now) if missing else cast(list[Row], rows)
            )
            counts, before = self._write_items(cur, ready)
            # Deletions may erase items of this very batch: index those first.
            index_later = bool(counts.new and self.fts and self.overlap and not batch.deletions)
            if counts.new and self.fts and not index_later:
                cur.execute(INDEX_NEW, (before,))
            counts.deleted = self._erase(cur, batch, now)
            counts.skipped = len(batch.skipped)
            for skipped in batch.skipped:
                log.warning("skipped %s: %s", skipped.external_id, skipped.reason)
            if batch.cursor is not None:
                cur.execute(
                    "INSERT INTO sync_cursors (account_id, value, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (account_id) DO UPDATE SET value=excluded.value, "
                    "updated_at=excluded.updated_at",
                    (self.account_id, batch.cursor, now),
                )
            if batch.budget is not None:
                cur.execute(
                    "UPDATE accounts SET budget_remaining=?, budget_reset_at=? WHERE id=?",
                    (batch.budget.remaining, epoch(batch.budget.reset_at), self.account_id),
                )
        finally:
            cur.close()
        if index_later:
            # The next statement on this connection is the next batch's, after flush().
            self._indexing = _Background(lambda: driver.execute(INDEX_NEW, (before,)).close())  # type: ignore[union-attr]
            self._indexing.wait_started()
        return counts
