"""Inbox GUI figures on a generated store (offscreen Qt):

- open: from creating the pane to the first rows painted;
- change of view, filter or search: until the new rows are painted, over the 42 view
  queries of the fixed list (the 8 others are sidebar counts, which never block rows);
- scroll from top to bottom through every row of "Everything": the longest frame;
- resident memory with the inbox open.

    QT_QPA_PLATFORM=offscreen python benchmarks/inbox_gui.py [DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.inbox_common import DEFAULT_DIR, ME_NAME, prepare, queries
from workbench.core.inbox.views import NamedView
from workbench.core.workspace import Workspace
from workbench.gui.inbox import InboxPane
from workbench.gui.inbox.model import ROW_ROLE
from workbench.gui.tasks import TaskRunner


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def spin_until(app: QApplication, done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop until ``done()``. The loop waits for events like the app's own
    loop does (a busy loop would hold the GIL and slow the workers down)."""
    limit = time.perf_counter() + timeout
    loop = QEventLoop()
    tick = QTimer()
    tick.start(2)  # wake up now and then even if nothing else happens
    try:
        while not done():
            loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.perf_counter() > limit:
                raise TimeoutError("the pane did not get there in time")
    finally:
        tick.stop()


def rows_painted(pane: InboxPane) -> bool:
    """The visible rows have their data (not placeholders), or the view is empty."""
    model = pane.model
    if pane.loading and not model.ids:
        return False
    top = max(pane.table.rowAt(0), 0)
    bottom = pane.table.rowAt(pane.table.viewport().height() - 1)
    bottom = len(model.ids) - 1 if bottom < 0 else bottom
    return all(model.data(model.index(r, 1), ROW_ROLE) is not None for r in range(top, bottom + 1))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--communities", type=int, default=50)
    parser.add_argument("--drag-steps", type=int, default=3000)
    args = parser.parse_args()
    prepare(args.data_dir, args.items, args.communities)
    app = QApplication.instance() or QApplication([])
    ws = Workspace.open(args.data_dir)
    tasks = TaskRunner()
    before = rss_mb()

    started = time.perf_counter()
    pane = InboxPane(
        inbox=ws.inbox,
        triage=ws.triage,
        views=ws.views,
        actions=ws.actions,
        tasks=tasks,
    )
    pane.service.me = ME_NAME
    pane.resize(1400, 900)
    pane.show()
    spin_until(app, lambda: pane.shown_generation >= 0 and rows_painted(pane))
    pane.table.viewport().repaint()
    opened = (time.perf_counter() - started) * 1000
    print(f"open: first rows painted after {opened:.1f} ms (target <= 150 ms)")
    spin_until(app, lambda: not tasks.busy and not pane.loading)

    changes: list[float] = []
    for query in queries(pane.service):
        if query.kind != "view":
            continue
        pane.views["bench"] = NamedView("bench", query.label, query.view)
        pane.current_key = "bench"
        started = time.perf_counter()
        pane.refresh()
        generation = pane._generation
        spin_until(app, lambda g=generation: pane.shown_generation == g and rows_painted(pane))
        pane.table.viewport().repaint()
        elapsed = (time.perf_counter() - started) * 1000
        changes.append(elapsed)
        print(f"  {query.label[:60]:60s} {elapsed:7.1f} ms  {len(pane.model.ids):>9,} rows")
        spin_until(app, lambda: not tasks.busy and not pane.loading)
    changes.sort()
    p95 = changes[int(0.95 * len(changes)) - 1]
    print(
        f"change of view/filter/search, {len(changes)} queries: p50 "
        f"{statistics.median(changes):.1f} ms, p95 {p95:.1f} ms, max {changes[-1]:.1f} ms "
        "(target p95 <= 100 ms)"
    )

    pane.select_view("everything")
    spin_until(
        app, lambda: pane.current_key == "everything" and not pane.loading and not tasks.busy
    )
    total = len(pane.model.ids)
    bar = pane.table.verticalScrollBar()
    frames: list[float] = []

    paints = PaintCounter()
    pane.table.viewport().installEventFilter(paints)

    def frame(value: int) -> None:
        # One turn of the event loop after a scroll input: the scroll, the paint it asks
        # for, and whatever else is queued (rows arriving from the task runner).
        started = time.perf_counter()
        bar.setValue(value)
        app.processEvents()
        frames.append((time.perf_counter() - started) * 1000)

    # A user dragging the thumb from top to bottom, then paging through the last screens.
    for step in range(args.drag_steps + 1):
        frame(bar.maximum() * step // args.drag_steps)
    for _ in range(300):
        frame(max(bar.value() - bar.pageStep(), 0))
    # And paging down from the top, as with the keyboard.
    bar.setValue(0)
    for _ in range(300):
        frame(bar.value() + bar.pageStep())
    spin_until(app, lambda: rows_painted(pane))
    print(f"  ({paints.count} paints of the table in {len(frames)} frames)")
    frames.sort()
    print(
        f"scroll through {total:,} rows in {len(frames)} frames: p50 {statistics.median(frames):.2f} ms, "
        f"p99 {frames[int(0.99 * len(frames))]:.2f} ms, longest {frames[-1]:.1f} ms (target <= 50 ms)"
    )
    spin_until(app, lambda: not tasks.busy)
    print(
        f"resident memory with the inbox open on {total:,} items: {rss_mb():.0f} MB "
        f"(before the pane: {before:.0f} MB; target <= 400 MB)"
    )
    pane.close()
    tasks.wait()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
