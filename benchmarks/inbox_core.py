"""Inbox core figures on a generated store: the service call behind each of 50 queries.

    python benchmarks/inbox_core.py [DIR] [--items 1000000] [--communities 50]

For a view or search the call is what the pane runs before showing rows: the first page
of ids plus the first 100 rows. For a sidebar count it is the capped count. The full id
list that follows in the background is timed too (reported, not part of the figure).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.inbox_common import DEFAULT_DIR, ME_NAME, prepare, queries
from workbench.core.inbox.service import InboxService
from workbench.core.workspace import Workspace

FIRST_PAGE = 200


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--communities", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    prepare(args.data_dir, args.items, args.communities)
    ws = Workspace.open(args.data_dir)
    service = InboxService(ws.store, me=ME_NAME)
    fixed = queries(service)
    calls: list[float] = []
    print(f"{'query':58s} {'call ms':>8s} {'full list ms':>13s} {'ids':>9s}")
    for query in fixed:
        best = float("inf")
        for _ in range(args.rounds):  # the best of a few runs: a warm cache, as in the app
            started = time.perf_counter()
            if query.kind == "count":
                found = service.counts({"q": query.view})["q"]
            else:
                first = service.ids(query.view, limit=FIRST_PAGE)
                service.rows(first.ids[:100])
                found = len(first)
            best = min(best, time.perf_counter() - started)
        calls.append(best * 1000)
        full = ""
        if query.kind == "view":
            started = time.perf_counter()
            found = len(service.ids(query.view))
            full = f"{(time.perf_counter() - started) * 1000:13.1f}"
        print(f"{query.label[:58]:58s} {best * 1000:8.1f} {full:>13s} {found:9d}")
    calls.sort()
    p95 = calls[int(0.95 * len(calls)) - 1]
    print(
        f"\n{len(calls)} queries: p50 {statistics.median(calls):.1f} ms, "
        f"p95 {p95:.1f} ms, max {calls[-1]:.1f} ms (target p95 <= 50 ms)"
    )
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
