"""The reader thread of a sync: order, end, failures, waiting, read-ahead limit, closing."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

from connectors.api import Batch
from workbench.core.sync.prefetch import END, Failure, Prefetcher


def numbered(count: int) -> list[Batch]:
    return [Batch(cursor=str(n)) for n in range(1, count + 1)]


def cursor_of(item: object) -> str | None:
    assert isinstance(item, Batch), item
    return item.cursor


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.005)
    return condition()


class Endless:
    """A connector that always has another batch; it records what it did and where."""

    def __init__(self) -> None:
        self.produced = 0
        self.closed_on: threading.Thread | None = None

    def read(self) -> Iterator[Batch]:
        try:
            while True:
                self.produced += 1
                yield Batch(cursor=str(self.produced))
        finally:
            self.closed_on = threading.current_thread()


def test_batches_come_in_order_then_end() -> None:
    reader = Prefetcher(iter(numbered(20)), depth=3)
    try:
        got = [cursor_of(reader.get(timeout=5)) for _ in range(20)]
        assert got == [str(n) for n in range(1, 21)]
        assert reader.get(timeout=5) is END
    finally:
        reader.close()


def test_an_empty_read_is_just_the_end() -> None:
    reader = Prefetcher(iter([]))
    try:
        assert reader.get(timeout=5) is END
    finally:
        reader.close()


def test_what_the_generator_raised_comes_after_the_batches_before_it() -> None:
    error = ConnectionResetError("the platform hung up")

    def read() -> Iterator[Batch]:
        yield Batch(cursor="1")
        yield Batch(cursor="2")
        raise error

    reader = Prefetcher(read())
    try:
        assert cursor_of(reader.get(timeout=5)) == "1"
        assert cursor_of(reader.get(timeout=5)) == "2"
        failure = reader.get(timeout=5)
        assert isinstance(failure, Failure)
        assert failure.error is error
        assert reader.get(timeout=0.05) is None  # nothing after the failure, not even END
    finally:
        reader.close()


def test_get_with_a_timeout_returns_none_while_the_connector_is_slow() -> None:
    release = threading.Event()

    def read() -> Iterator[Batch]:
        release.wait(timeout=10)  # waiting on the network
        yield Batch(cursor="1")

    reader = Prefetcher(read())
    try:
        assert reader.get(timeout=0.01) is None
        assert reader.get(timeout=0) is None
        release.set()
        assert cursor_of(reader.get(timeout=5)) == "1"
        assert reader.get(timeout=5) is END
    finally:
        release.set()
        reader.close()


def test_close_stops_a_reader_blocked_on_a_full_queue_and_closes_the_generator_there() -> None:
    source = Endless()
    batches = source.read()  # held here too: only an explicit close() runs its ``finally``
    reader = Prefetcher(batches, depth=1, name="probe")
    closer = threading.Thread(target=reader.close, name="closer", daemon=True)
    try:
        # One batch waits in the queue, the next is in the reader's hand: it is blocked.
        assert wait_for(lambda: source.produced == 2)
    finally:
        closer.start()  # on a thread of its own, so that a hanging close() fails the test
        closer.join(timeout=2)
    assert not closer.is_alive(), "close() did not return"
    assert not any(t.name == "read probe" for t in threading.enumerate())
    # The generator's ``finally`` ran, on the reader's thread (not the test's, nor the one
    # that called close()), and the reader read nothing more.
    assert source.closed_on is not None
    assert source.closed_on is not threading.current_thread()
    assert source.closed_on.name == "read probe"
    assert source.produced == 2


def test_the_reader_runs_ahead_by_at_most_depth_batches() -> None:
    depth = 3
    source = Endless()
    reader = Prefetcher(source.read(), depth=depth)
    try:
        # ``depth`` batches queued plus the one the reader holds while it waits for room.
        assert wait_for(lambda: source.produced == depth + 1)
        time.sleep(0.3)  # a few of the reader's put timeouts: it must not read on
        assert source.produced == depth + 1
        assert cursor_of(reader.get(timeout=5)) == "1"
        # Taking one batch makes room for exactly one more.
        assert wait_for(lambda: source.produced == depth + 2)
        time.sleep(0.3)
        assert source.produced == depth + 2
        assert [cursor_of(reader.get(timeout=5)) for _ in range(depth)] == ["2", "3", "4"]
    finally:
        reader.close()
