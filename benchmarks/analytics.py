"""Analytics figures on a generated store: each number over all time and over the last 30
days (the issue's targets: <= 1 s and <= 300 ms), wall and CPU time, best of three, read
from the rollups (migration 0015) and, with --reference, from the items as before.

    python benchmarks/analytics.py [DIR] [--items 1000000] [--reference] [--backfill]

--backfill times the migration's backfill (analytics_rollup.rebuild: one INSERT ... SELECT
per table) on the store, in a transaction that is rolled back: the store is not changed.
Opening a store of schema 0014 migrates it (and so writes to it): run it on a copy.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from benchmarks.inbox_common import DEFAULT_DIR, prepare
from workbench.core.workspace import DATABASE_FILE, Workspace
from workbench.db.interfaces import AnalyticsReads, AnalyticsScope
from workbench.db.sqlite.analytics_reference import ReferenceAnalytics
from workbench.db.sqlite.analytics_rollup import rebuild
from workbench.db.sqlite.connect import on_connect

DAY = 86400
HOURS = 24 * 3600


def timed(fn: Callable[[], Any], rounds: int = 3) -> tuple[float, float, int]:
    best_wall = best_cpu = float("inf")
    rows = 0
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        rows = len(fn())
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall * 1000, best_cpu * 1000, rows


def numbers(reads: AnalyticsReads, now: int) -> dict[str, Callable[[AnalyticsScope], Any]]:
    return {
        "first-reply": lambda s: reads.first_reply(s),
        "unanswered": lambda s: reads.unanswered(s, within_seconds=HOURS, now=now),
        "coverage": lambda s: reads.coverage(s, within_seconds=HOURS, now=now),
        "first reply by week": lambda s: reads.first_reply_by_week(s),
        "activity by day": lambda s: reads.activity(s, by_week=False),
        "activity by week": lambda s: reads.activity(s, by_week=True),
        "members by week": lambda s: reads.members_by_week(s),
    }


def run(label: str, reads: AnalyticsReads, scopes: dict[str, AnalyticsScope], now: int) -> None:
    for name, number in numbers(reads, now).items():
        for window, scope in scopes.items():
            wall, cpu, rows = timed(lambda n=number, s=scope: n(s))  # type: ignore[misc]
            print(f"{label:9s} {name:20s} {window:9s} {wall:9.0f} {cpu:9.0f} {rows:7d}")


def backfill(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    on_connect(connection, None)
    try:
        cursor = connection.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        wall, cpu = time.perf_counter(), time.process_time()
        rebuild(cursor)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        activity = cursor.execute("SELECT count(*) FROM analytics_activity").fetchone()[0]
        threads = cursor.execute("SELECT count(*) FROM analytics_threads").fetchone()[0]
        cursor.execute("ROLLBACK")
    finally:
        connection.close()
    print(
        f"backfill: {wall:.1f} s wall, {cpu:.1f} s CPU "
        f"({activity} hour rows, {threads} thread rows; rolled back)"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--communities", type=int, default=50)
    parser.add_argument("--reference", action="store_true", help="also time the old queries")
    parser.add_argument("--backfill", action="store_true", help="time the rollups' rebuild")
    args = parser.parse_args()
    prepare(args.data_dir, args.items, args.communities)
    ws = Workspace.open(args.data_dir)
    with ws.store.session() as session:  # the generated data's own "now"
        newest = int(session.execute(text("SELECT max(created_at) FROM items")).scalar_one())
    scopes = {"all time": AnalyticsScope(), "30 days": AnalyticsScope(since=newest - 30 * DAY)}
    print(f"{'reads':9s} {'number':20s} {'window':9s} {'wall ms':>9s} {'cpu ms':>9s} {'rows':>7s}")
    run("rollups", ws.analytics.reads, scopes, newest)
    if args.reference:
        reference = ReferenceAnalytics(str(args.data_dir / DATABASE_FILE))
        run("items", reference, scopes, newest)
        reference.close()
    ws.close()
    if args.backfill:
        backfill(args.data_dir / DATABASE_FILE)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
