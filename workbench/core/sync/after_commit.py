"""Steps run after each committed group of a sync: they get the new and changed item ids.

The guideline detectors are one (core/guidelines/after_sync.py); others may register the
same way (``SyncEngine.after_commit``). A step runs on the sync thread, after the commit and
in a transaction of its own: a step that fails is logged and the sync goes on with its
commit kept. New ids come as ranges: writers are serialized, so the rows one transaction
inserts get consecutive ids above the maximum before it (writer.py ``_write_items``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Committed:
    """What one committed group wrote: ids of new items (inclusive ranges) and of changed ones."""

    account_id: int
    new_id_ranges: tuple[tuple[int, int], ...] = ()
    changed_ids: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.new_id_ranges or self.changed_ids)

    @property
    def new_count(self) -> int:
        return sum(last - first + 1 for first, last in self.new_id_ranges)


class AfterCommit(Protocol):
    """A step after each commit; ``name`` appears in the log when it fails."""

    name: str

    def __call__(self, committed: Committed) -> None: ...


@dataclass
class Touched:
    """The ids a writer touched in the open transaction, until it commits."""

    ranges: list[tuple[int, int]] = field(default_factory=list)
    changed: list[int] = field(default_factory=list)

    def add_new(self, after_id: int, count: int) -> None:
        if count <= 0:
            return
        first, last = after_id + 1, after_id + count
        if self.ranges and self.ranges[-1][1] + 1 == first:
            self.ranges[-1] = (self.ranges[-1][0], last)  # batches of one group join up
        else:
            self.ranges.append((first, last))

    def committed(self, account_id: int) -> Committed:
        return Committed(account_id, tuple(self.ranges), tuple(self.changed))


def run_steps(steps: Sequence[AfterCommit], committed: Committed) -> None:
    if committed.empty:
        return
    for step in steps:
        try:
            step(committed)
        except Exception:  # the commit stands; the step's work is what is lost
            log.exception(
                "after-commit step %s failed for account %d (%d new, %d changed items)",
                getattr(step, "name", step),
                committed.account_id,
                committed.new_count,
                len(committed.changed_ids),
            )
