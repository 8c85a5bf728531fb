"""Analytics charts on a generated store: the charts' numbers (AnalyticsCharts.numbers, every
aggregation one chart set needs) and the drawing of each chart, over all time and the last
30 days. Drawing runs off the GUI thread (gui/analytics/render.py); what the GUI thread
does is paint the finished image, timed here too (the issue's target: <= 100 ms).

    python benchmarks/analytics_draw.py [DIR] [--rounds 1]

DIR is a store built by benchmarks/analytics.py (default: the same folder). Opening it
creates SQLite's -wal/-shm files beside it: run it on a copy of a store others share.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QImage, QPainter
from sqlalchemy import text

from benchmarks.inbox_common import DEFAULT_DIR
from workbench.core.analytics.charts import ChartFilters, ChartNumbers
from workbench.core.analytics.tables import CHART_KEYS
from workbench.core.analytics.weekly import week_filters
from workbench.core.workspace import Workspace
from workbench.gui.analytics.render import render
from workbench.gui.analytics.weekly_pdf import render_weekly

WIDTH, HEIGHT = 560, 260  # a chart's size in the pane at 1280 x 720


def best(fn: object, rounds: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = fn()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return min(times), result


def paint_ms(image: QImage) -> float:
    target = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
    started = time.perf_counter()
    painter = QPainter(target)
    painter.drawImage(0, 0, image)
    painter.end()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    if not (args.data_dir / "workbench.sqlite3").exists():
        sys.exit(f"No store in {args.data_dir}: build one with benchmarks/analytics.py first.")
    app = QGuiApplication([])
    ws = Workspace.open(args.data_dir)
    with ws.store.session() as session:
        newest = int(session.execute(text("SELECT max(created_at) FROM items")).scalar_one())
    last = date.fromtimestamp(newest)
    windows = {
        "all time": ChartFilters(by_week=True),
        "30 days": ChartFilters(first=last - timedelta(days=29), last=last),
    }
    print(f"{'what':22s} {'window':9s} {'ms':>8s} {'GUI ms':>7s}")
    for label, filters in windows.items():
        ms, numbers = best(lambda f=filters: ws.charts.numbers(f, now=newest), args.rounds)
        assert isinstance(numbers, ChartNumbers)
        print(f"{'numbers (all charts)':22s} {label:9s} {ms:8.0f} {'':>7s}")
        for key in CHART_KEYS:
            ms, done = best(lambda k=key, n=numbers: render(k, n, WIDTH, HEIGHT, 1.0), args.rounds)
            gui = paint_ms(done.image)  # type: ignore[attr-defined]
            print(f"{'draw ' + key:22s} {label:9s} {ms:8.0f} {gui:7.1f}")
    week = week_filters(last - timedelta(days=7))
    ms, numbers = best(lambda: ws.charts.numbers(week, now=newest), args.rounds)
    print(f"{'numbers (weekly PDF)':22s} {'a week':9s} {ms:8.0f}")
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "week.pdf"
        ms, _done = best(lambda: render_weekly(numbers, pdf, communities="All"), args.rounds)  # type: ignore[arg-type]
    print(f"{'draw weekly PDF':22s} {'a week':9s} {ms:8.0f}")
    ws.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
