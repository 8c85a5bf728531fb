"""Moderation queue figures on a generated store: building the queue and one entry's context.

    python benchmarks/moderation_queue.py [DIR] [--items 1000000] [--communities 50]

The store is datagen's (3% of items are reports pointing at posts); the first run adds 1,000
member reports by hand and resolves 2,000 entries with decisions, as a month of moderation
would. Prints the time of ``queue.entries()`` (every source merged, resolved entries left
out, rows fetched), sorted by severity and filtered by text, and of ``queue.context()``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.datagen import build_store
from workbench.core.moderation.queue import QueueFilter
from workbench.core.moderation.state import Decision, QueueOrder
from workbench.core.workspace import Workspace

DEFAULT_DIR = Path("/tmp/moderation-bench-1m")


def prepare(ws: Workspace) -> None:
    if ws.moderation.decisions.entries():
        return
    started = time.perf_counter()
    rng = random.Random(7)
    entries = ws.moderation.queue.entries()
    with ws.store.engine.connect() as connection:
        posts = [
            int(r[0])
            for r in connection.exec_driver_sql(
                "SELECT id FROM items WHERE kind = 'post' ORDER BY id LIMIT 50000"
            )
        ]
    for item_id in rng.sample(posts, 1000):
        ws.moderation.report(item_id, reporter="member", reason="Off topic", by="bench")
    log = ws.moderation.decisions
    for entry in rng.sample(entries, min(2000, len(entries))):
        log.record(
            Decision.DISMISS, actor="bench", item_id=entry.item_id, community=entry.row.community
        )
    print(
        f"prepared: 1,000 member reports, 2,000 decisions in {time.perf_counter() - started:.1f} s"
    )


def timed(fn: object, rounds: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = fn()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--communities", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    build_store(args.data_dir, args.items, args.communities)
    ws = Workspace.open(args.data_dir)
    try:
        prepare(ws)
        queue = ws.moderation.queue
        with ws.store.engine.connect() as connection:
            items = connection.exec_driver_sql("SELECT COUNT(*) FROM items").scalar_one()
        print(f"store: {items:,} items")
        for name, where in (
            ("queue, oldest first", QueueFilter()),
            ("queue, most severe first", QueueFilter(order=QueueOrder.SEVERITY)),
            ("queue, filtered by text", QueueFilter(text="thread")),
        ):
            seconds, entries = timed(lambda w=where: queue.entries(w), args.rounds)
            print(f"{name:32s} {seconds * 1000:8.0f} ms  {len(entries):,} entries")  # type: ignore[arg-type]
        first = queue.entries()[0]
        seconds, _ = timed(lambda: queue.context(first), args.rounds)
        print(f"{'one entry in context':32s} {seconds * 1000:8.0f} ms")
    finally:
        ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
