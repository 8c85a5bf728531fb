"""Committing a sync's batches: the ones already read go into one transaction together.

Each commit rewrites every index page its items touched, so a big first sync commits the
batches waiting behind the current one with it (at most GROUP_ITEMS items or GROUP_SECONDS):
benchmarks/ingest.py measured a fifth more items per second. A cursor is committed only with
every batch before it, as with one commit per batch.

When writing one batch of a group fails (bad data, a bug), the group is written again one
batch per transaction, so the batches before the bad one are kept, as they would have been
without grouping; a failure that does not come back (a passing lock) costs nothing.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection

from connectors.api import Batch
from workbench.core.sync.after_commit import AfterCommit, run_steps
from workbench.core.sync.prefetch import Failure, Next, Prefetcher
from workbench.core.sync.writer import BatchWriter, WriteCounts
from workbench.db.store import Store, StoreError

log = logging.getLogger(__name__)

GROUP_ITEMS = 50_000
GROUP_SECONDS = 1.0  # keeps the inbox current during a sync and other writers' waits short
GROUP_WAIT = 0.02  # how long a young transaction waits for the reader's next batch


def _size(batch: Batch) -> int:
    return len(batch.items) + len(batch.deletions)


class Committer:
    """Takes batches from the reader and commits them in groups, for one sync run."""

    def __init__(
        self,
        store: Store,
        writer: BatchWriter,
        reader: Prefetcher,
        cancel: threading.Event,
        after_commit: Sequence[AfterCommit] = (),
    ) -> None:
        self.store = store
        self.writer = writer
        self.reader = reader
        self.cancel = cancel
        self.after_commit = after_commit

    def _committed(self) -> None:
        """Hand the ids of the transaction just committed to the after-commit steps."""
        touched = self.writer.take_touched()
        run_steps(self.after_commit, touched.committed(self.writer.account_id))

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        # Immediate: the writer's reads (existing ids, the highest item id it indexes from)
        # must not see another process's rows land before its own writes. A lock held past
        # the busy timeout, or a full disk, comes out as a StoreError in words.
        with self.store.writing_immediately() as connection:
            try:
                yield connection
            finally:
                self.writer.flush()  # background indexing ends before commit or rollback

    def next_group(self) -> tuple[list[Batch], WriteCounts, Next]:
        """Commit the next batch and those already waiting behind it.

        Returns the batches committed, their counts, and what ended the group: END, a
        Failure (the caller raises it: the batches before it are committed), or None.
        """
        first = self.reader.get()
        if not isinstance(first, Batch):
            return [], WriteCounts(), first
        tried: list[Batch] = []
        counts = WriteCounts()
        after: Next = None
        try:
            with self._transaction() as connection:
                started, items, batch = time.monotonic(), 0, first
                while True:
                    tried.append(batch)
                    counts.add(self.writer.apply(connection, batch))
                    items += _size(batch)
                    left = GROUP_SECONDS - (time.monotonic() - started)
                    if items >= GROUP_ITEMS or left <= 0 or self.cancel.is_set():
                        break
                    after = self.reader.get(timeout=min(left, GROUP_WAIT))
                    if not isinstance(after, Batch):
                        break
                    batch, after = after, None
        except StoreError:  # the workspace's problem (locked, full): nothing to retry here
            self.writer.take_touched()
            raise
        except Exception as error:
            self.writer.take_touched()  # rolled back: none of those ids exist
            if len(tried) == 1:
                raise
            log.warning("writing %d batches together failed (%s): one at a time", len(tried), error)
            return self._one_at_a_time(tried)
        self._committed()
        return tried, counts, after

    def _one_at_a_time(self, batches: list[Batch]) -> tuple[list[Batch], WriteCounts, Next]:
        """Write ``batches`` one transaction each, up to the first that fails: returned as
        the Failure that ends the group, after the batches before it."""
        self.writer.forget_ids()  # ids seen in the rolled-back transaction may not exist
        overlap, self.writer.overlap = self.writer.overlap, False  # errors name their batch
        counts = WriteCounts()
        committed: list[Batch] = []
        try:
            for batch in batches:
                try:
                    with self._transaction() as connection:
                        done = self.writer.apply(connection, batch)
                except StoreError:
                    self.writer.take_touched()
                    raise
                except Exception as error:
                    self.writer.take_touched()
                    return committed, counts, Failure(error)
                self._committed()
                committed.append(batch)
                counts.add(done)
        finally:
            self.writer.overlap = overlap
        return committed, counts, None
