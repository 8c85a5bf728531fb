"""Reading ahead: a connector's batches, read on their own thread a few batches ahead.

The sync thread writes while the connector waits on the network (or, for generated and
imported data, prepares the next batches), and it can see how many batches are already
waiting. That lets the engine commit several ready batches in one transaction: each commit
rewrites every index page the batch touched, so fewer, larger commits cut the disk work of
a big first sync by about a fifth (benchmarks/ingest.py). The reader never writes.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from connectors.api import Batch
from workbench.core.sync.waiting import wait_through_ctrl_c

# Batches read ahead at most: enough to fill a commit, few enough that a cancel throws away
# little of the platform's request budget.
DEPTH = 4


class _End:
    """The connector has no more batches."""


END: Final = _End()


@dataclass(frozen=True)
class Failure:
    """What the connector raised; the batches before it were delivered first."""

    error: BaseException


Next = Batch | _End | Failure | None  # None: nothing ready within the wait


class Prefetcher:
    """Runs ``batches`` (a connector's ``read()``) on a thread; ``get`` takes them in order.

    ``close`` stops the reader: the connector's generator is closed on the reader's own
    thread (a generator cannot be closed from another thread while it runs).
    """

    def __init__(self, batches: Iterable[Batch], *, depth: int = DEPTH, name: str = "") -> None:
        self._queue: queue.Queue[Batch | _End | Failure] = queue.Queue(depth)
        self._stop = threading.Event()
        self._finished = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(batches,), name=f"read {name}".strip(), daemon=True
        )
        self._thread.start()

    def _run(self, batches: Iterable[Batch]) -> None:
        try:
            self._read(batches)
        finally:
            self._finished.set()

    def _read(self, batches: Iterable[Batch]) -> None:
        iterator: Iterator[Batch] | None = None
        try:
            iterator = iter(batches)
            for batch in iterator:
                if not self._put(batch):
                    return
            self._put(END)
        except BaseException as error:  # handed to the sync thread, which decides
            self._put(Failure(error))
        finally:
            close = getattr(iterator, "close", None)
            if close is not None:
                try:
                    close()
                except Exception as error:
                    self._put(Failure(error))

    def _put(self, item: Batch | _End | Failure) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def get(self, timeout: float | None = None) -> Next:
        """The next batch, END, a Failure, or None when nothing came within ``timeout``."""
        try:
            return self._queue.get(timeout=timeout) if timeout != 0 else self._queue.get_nowait()
        except queue.Empty:
            return None

    def close(self) -> None:
        """Stop reading and wait for the reader (it finishes the request it is in)."""
        self._stop.set()  # a reader waiting on a full queue sees it within 0.1 s
        # Also through Ctrl+C: the connector is closed after this, never while it reads.
        wait_through_ctrl_c(self._finished)
