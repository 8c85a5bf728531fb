"""Writing a connector batch into the store: the hot path of every sync.

One batch is one transaction: communities, members, items, deletions and the cursor that
covers them commit together, so a crash at any point resumes from the last saved cursor
with nothing lost and nothing doubled. New items are inserted and added to the full-text
index; changed items are rewritten; unchanged items (same content hash) are not touched.
This module decides what to write; the store's ``ItemWrites`` (SQLite's in
workbench/db/sqlite/items.py) writes it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Connection

from connectors.api import Batch, CommunityRecord, ItemRecord, MemberRecord
from workbench.core.sync.after_commit import Touched
from workbench.core.sync.rows import EXTERNAL_ID, HASH, Row, build_rows, epoch, first_of_each
from workbench.core.sync.waiting import wait_through_ctrl_c
from workbench.db.interfaces import ItemWrites
from workbench.db.store import item_writes

log = logging.getLogger(__name__)


class _Background:
    """One store call running on a helper thread (SQLite lets go of the GIL meanwhile)."""

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
        # New and changed ids of the open transaction, for the after-commit steps.
        self.touched = Touched()

    def take_touched(self) -> Touched:
        """The ids touched since the last call (after a commit; dropped after a rollback)."""
        touched, self.touched = self.touched, Touched()
        return touched

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

    def _upsert_communities(self, writes: ItemWrites, records: Sequence[CommunityRecord]) -> None:
        for record in records:
            self._communities[record.external_id] = writes.upsert_community(
                self.account_id,
                (
                    record.external_id,
                    record.platform or self.platform,
                    record.name,
                    record.url,
                    record.community_type.value if record.community_type else None,
                    record.description,
                ),
            )

    def _community_id(self, writes: ItemWrites, external_id: str) -> int:
        found = self._communities.get(external_id)
        if found is None:
            found = writes.community_id(self.account_id, external_id)
            if found is None:  # an item arrived before its community: create a plain one
                placeholder = CommunityRecord(external_id, external_id, self.platform)
                self._upsert_communities(writes, [placeholder])
                return self._communities[external_id]
            self._communities[external_id] = found
        return found

    # -- members ----------------------------------------------------------------------

    def _resolve_members(self, writes: ItemWrites, items: Sequence[ItemRecord]) -> None:
        wanted: dict[tuple[str, str], MemberRecord] = {}
        for item in items:
            author = item.author
            if author is not None:
                key = (author.platform or self.platform, author.external_id)
                if key not in self._members:
                    wanted[key] = author
        if wanted:
            self._members.update(
                writes.upsert_members(
                    [(p, e, m.name, m.display_name, m.url) for (p, e), m in wanted.items()]
                )
            )

    # -- items ------------------------------------------------------------------------

    def _is_fresh(self, writes: ItemWrites) -> bool:
        """True while this run has only ever added items to an account that had none.

        Checked once per writer: a first sync (or a first import) then inserts without
        looking each item up first, and looks up only the few that turn out to exist.
        """
        if self._fresh is None:
            self._fresh = not writes.has_items(self.account_id)
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
        writes: ItemWrites,
        items: Sequence[ItemRecord],
        rows: list[Row | None],
        missing: list[int],
        now: int,
    ) -> list[Row]:
        """Rows for the items whose author or community had no id yet: look them up."""
        wanted = [items[i] for i in missing]
        self._resolve_members(writes, wanted)
        for item in wanted:
            if item.community_id not in self._communities:
                self._community_id(writes, item.community_id)
        filled, left = self._rows(wanted, now)
        assert not left, "every author and community has an id now"
        for position, row in zip(missing, filled, strict=True):
            rows[position] = row
        return [row for row in rows if row is not None]

    def _write_items(self, writes: ItemWrites, rows: Sequence[Row]) -> tuple[WriteCounts, int]:
        """Insert new rows, rewrite changed ones, leave unchanged ones; the new rows (ids
        above the returned one) are not in the full-text index yet."""
        counts = WriteCounts()
        # Writers are serialized, so new rows get the ids above the current maximum.
        before = writes.max_item_id()
        if not rows:
            return counts, before
        inserted_first = self._is_fresh(writes)
        if inserted_first:
            counts.new = writes.insert(rows, skip_existing=True)
            # Only items that were there already (sent again in this run) need a look.
            existing: dict[str, tuple[int, int]] = {}
            if counts.new < len(rows):
                existing = writes.existing(
                    self.account_id, [r[EXTERNAL_ID] for r in rows], up_to=before
                )
        else:
            existing = writes.existing(self.account_id, [r[EXTERNAL_ID] for r in rows])
        inserts: list[Row] = []
        updates: list[Row] = []
        update_ids: list[int] = []
        for row in rows if existing or not inserted_first else ():
            old = existing.get(row[EXTERNAL_ID])
            if old is None:
                inserts.append(row)
            elif old[1] != row[HASH]:
                updates.append(row)
                update_ids.append(old[0])
            else:
                counts.unchanged += 1
        if inserts and not inserted_first:
            counts.new = writes.insert(inserts)
        if updates:
            writes.update(updates, update_ids)
            counts.updated = len(updates)
            self.touched.changed.extend(update_ids)
        self.touched.add_new(before, counts.new)
        return counts, before

    def _erase(self, writes: ItemWrites, batch: Batch, now: int) -> int:
        if not batch.deletions:
            return 0
        when: dict[int, int] = {}
        existing = writes.existing(self.account_id, [d.external_id for d in batch.deletions])
        for deletion in batch.deletions:
            found = existing.get(deletion.external_id)
            if found is not None:
                when.setdefault(found[0], epoch(deletion.deleted_at) or now)
        return writes.erase(when, now) if when else 0

    def apply(self, connection: Connection, batch: Batch) -> WriteCounts:
        """Write one batch inside the caller's transaction."""
        now = int(time.time())
        items = first_of_each(batch.items)  # the same item twice in a batch: the first
        # Built while the previous batch's new items may still be being indexed.
        rows, missing = self._rows(items, now)
        self.flush()
        writes = item_writes(connection, fts=self.fts)
        try:
            self._upsert_communities(writes, batch.communities)
            # With nothing missing, no row is None.
            ready = (
                self._fill_in(writes, items, rows, missing, now)
                if missing
                else cast(list[Row], rows)
            )
            counts, before = self._write_items(writes, ready)
            # Deletions may erase items of this very batch: index those first.
            index_later = bool(
                counts.new
                and self.fts
                and self.overlap
                and writes.index_in_background
                and not batch.deletions
            )
            if counts.new and self.fts and not index_later:
                writes.index_new(before)
            counts.deleted = self._erase(writes, batch, now)
            counts.skipped = len(batch.skipped)
            for skipped in batch.skipped:
                # INFO, not WARNING: the summary counts them, and a file of a million
                # unreadable rows must not print a million lines.
                log.info("skipped %s: %s", skipped.external_id, skipped.reason)
            if batch.cursor is not None:
                writes.save_cursor(self.account_id, batch.cursor, now)
            if batch.budget is not None:
                writes.save_budget(
                    self.account_id, batch.budget.remaining, epoch(batch.budget.reset_at)
                )
        finally:
            writes.close()
        if index_later:
            # The next statement on this connection is the next batch's, after flush().
            self._indexing = _Background(lambda: writes.index_new(before))
            self._indexing.wait_started()
        return counts
