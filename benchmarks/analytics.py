"""Analytics figures on a generated store: each number over all time and over the last 30
days (the issue's targets: <= 1 s and <= 300 ms), wall and CPU time, best of three.

    python benchmarks/analytics.py [DIR] [--items 1000000]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from benchmarks.inbox_common import DEFAULT_DIR, prepare
from workbench.core.workspace import Workspace
from workbench.db.interfaces import AnalyticsScope


def timed(fn: Callable[[], Any], rounds: int = 3) -> tuple[float, float, int]:
    best_wall = best_cpu = float("inf")
    rows = 0
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        rows = len(fn())
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall * 1000, best_cpu * 1000, rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--communities", type=int, default=50)
    args = parser.parse_args()
    prepare(args.data_dir, args.items, args.communities)
    ws = Workspace.open(args.data_dir)
    with ws.store.session() as session:  # the generated data's own "now"
        newest = session.execute(text("SELECT max(created_at) FROM items")).scalar_one()
    scopes = {
        "all time": AnalyticsScope(),
        "30 days": AnalyticsScope(since=int(newest) - 30 * 86400),
    }
    a = ws.analytics
    numbers: dict[str, Callable[[AnalyticsScope], Callable[[], Any]]] = {
        "first-reply": lambda s: lambda: a.first_reply(s),
        "unanswered": lambda s: lambda: a.unanswered(s, now=int(newest)),
        "activity by day": lambda s: lambda: a.activity(s),
        "activity by week": lambda s: lambda: a.activity(s, by_week=True),
    }
    print(f"{'number':20s} {'window':9s} {'wall ms':>9s} {'cpu ms':>9s} {'rows':>7s}")
    for name, make in numbers.items():
        for label, scope in scopes.items():
            wall, cpu, rows = timed(make(scope))
            print(f"{name:20s} {label:9s} {wall:9.0f} {cpu:9.0f} {rows:7d}")
    ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
