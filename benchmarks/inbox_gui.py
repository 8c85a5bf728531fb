"""Inbox GUI figures on a generated store (offscreen Qt):

- open ("first rows"): from creating the pane to the first rows painted;
- change of view, filter or search ("shown"): until the new rows are painted (the table's
  first paint after they reached the pane: until 2026-12-01 the harness forced one more
  paint of its own on top, counting two paints where the app does one), over the 42
  view queries of the fixed list (the 8 others are sidebar counts, which never block rows);
  each change starts with the app idle (no task running, nothing painted for 100 ms), and where its time went is printed: the
  core query (the first page of ids and rows, on a worker), the hand-over of its result
  to the GUI thread, the pane's callback, and painting (the rest);
- scroll from top to bottom through every row of "Everything": the longest frame;
- resident memory with the inbox open.

    QT_QPA_PLATFORM=offscreen python benchmarks/inbox_gui.py [DIR]
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.inbox_common import DEFAULT_DIR, ME_NAME, prepare, queries
from workbench.core import heap
from workbench.core.inbox.views import NamedView
from workbench.core.workspace import Workspace
from workbench.gui import memory
from workbench.gui.inbox import InboxPane
from workbench.gui.inbox.model import ROW_ROLE
from workbench.gui.tasks import TaskRunner


@dataclass
class Timing:
    """One task of the runner: queued and the callback's times on the GUI thread, the
    others on the worker (perf_counter seconds)."""

    queued: float
    started: float = math.nan
    finished: float = math.nan
    called: float = math.nan
    returned: float = math.nan


class TimedTasks(TaskRunner):
    """The app's task runner, noting when each task runs and when its result is handled."""

    def __init__(self) -> None:
        super().__init__()
        self.timings: list[Timing] = []
        self.recording = True

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        if not self.recording:
            super().run(fn, on_done, on_error, owner)
            return
        timing = Timing(time.perf_counter())
        self.timings.append(timing)

        def timed() -> Any:
            timing.started = time.perf_counter()
            try:
                return fn()
            finally:
                timing.finished = time.perf_counter()

        def done(result: Any) -> None:
            timing.called = time.perf_counter()
            try:
                if on_done is not None:
                    on_done(result)
            finally:
                timing.returned = time.perf_counter()

        super().run(timed, done, on_error, owner)


def percentile(values: list[float], p: float) -> float:
    """Nearest rank: the smallest value with at least p% of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(math.ceil(p / 100 * len(ordered)), 1) - 1]


PHASES = ("core", "hand-over", "callback", "paint", "gui cpu")


def phases(first: Timing, started: float, ended: float, cpu: float) -> dict[str, float]:
    """Where a change's time went (ms); ``first`` is the first-page query's task."""
    return {
        "core": (first.finished - first.started) * 1000,
        "hand-over": (first.called - first.finished) * 1000,
        "callback": (first.returned - first.called) * 1000,
        "paint": (ended - first.returned) * 1000,
        "gui cpu": cpu * 1000,
        # what is left: the wait for a pool thread and for the pane to ask
        "total": (ended - started) * 1000,
    }


class PaintCounter(QObject):
    """Counts the paints of a widget and notes when the last one started."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.last = -math.inf

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
            self.last = time.perf_counter()
        return False


def painted_after(paints: PaintCounter, task: Timing) -> bool:
    """The table was painted (in full: the loop turn that painted it has returned) after
    the task's result reached the pane. Before it did, ``returned`` is NaN: False."""
    return paints.last > task.returned


def rss_mb(field: str = "VmRSS") -> float:
    """Resident memory in MB: all of it (VmRSS), or its part in the heap (RssAnon) or in
    mapped files (RssFile: the code, and the store's pages the inbox reads through a map)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
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


class Quiet(QObject):
    """Notes when the last paint of any widget happened."""

    def __init__(self) -> None:
        super().__init__()
        self.last_paint = time.perf_counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.last_paint = time.perf_counter()
        return False


def settle(app: QApplication, quiet: Quiet, tasks: TaskRunner, pane: InboxPane) -> None:
    """Wait until the app is idle as it is when a user acts: for 100 ms no task running and
    nothing painted. Waiting for the tasks alone left the paints they cause (the open item's
    detail, the counts) to land inside the next change's time, where they also held the GIL
    against its query; so did a last task's result handled just as the 100 ms ran out (its
    paint comes on the next turn of the loop)."""
    busy_seen = time.perf_counter()

    def idle() -> bool:
        nonlocal busy_seen
        now = time.perf_counter()
        if tasks.busy or pane.loading:
            busy_seen = now
        return now - busy_seen > 0.1 and now - quiet.last_paint > 0.1

    spin_until(app, idle)


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
    gc.collect()  # what setting up the store left, before the app's start is timed
    heap.pause_collector()  # as `workbench` does from its first import (core/heap.py)
    memory.limit_arenas()  # as the app does at start (gui/app.py)
    app = QApplication.instance() or QApplication([])
    ws = Workspace.open(args.data_dir)
    tasks = TimedTasks()
    before = rss_mb()

    started, cpu = time.perf_counter(), time.thread_time()
    pane = InboxPane(
        inbox=ws.inbox,
        triage=ws.triage,
        views=ws.views,
        actions=ws.actions,
        tasks=tasks,
    )
    built = time.perf_counter()
    first = tasks.timings[0]  # the pane's first query is the first page of its view
    pane.service.me = ME_NAME
    pane.resize(1400, 900)
    table_paints = PaintCounter()
    pane.table.viewport().installEventFilter(table_paints)
    pane.show()
    heap.keep_startup_objects()  # as the app does once its window is shown
    spin_until(
        app,
        lambda: (
            pane.shown_generation >= 0 and rows_painted(pane) and painted_after(table_paints, first)
        ),
    )
    ended = time.perf_counter()
    opened = phases(first, started, ended, time.thread_time() - cpu)
    print(
        f"open: first rows painted after {opened['total']:.1f} ms (target <= 100 ms): "
        f"building the pane {(built - started) * 1000:.1f} ms, "
        + ", ".join(f"{k} {opened[k]:.1f}" for k in PHASES)
    )
    quiet = Quiet()
    app.installEventFilter(quiet)
    settle(app, quiet, tasks, pane)

    print(f"  {'query':46s} {'shown':>7s} " + " ".join(f"{k:>9s}" for k in PHASES) + "  rows")
    changes: list[dict[str, float]] = []
    for query in queries(pane.service):
        if query.kind != "view":
            continue
        pane.views["bench"] = NamedView("bench", query.label, query.view)
        pane.current_key = "bench"
        pane.filters.reset(query.view)  # as choosing a view does: the bar follows it
        tasks.timings.clear()
        started, cpu = time.perf_counter(), time.thread_time()
        pane.refresh()
        first = tasks.timings[0]  # what refresh() started: the first page of the view
        generation = pane._generation
        spin_until(
            app,
            lambda g=generation, f=first: (
                pane.shown_generation == g and rows_painted(pane) and painted_after(table_paints, f)
            ),
        )
        change = phases(first, started, time.perf_counter(), time.thread_time() - cpu)
        changes.append(change)
        print(
            f"  {query.label[:46]:46s} {change['total']:7.1f} "
            + " ".join(f"{change[k]:9.1f}" for k in PHASES)
            + f"  {len(pane.model.ids):,}"
        )
        settle(app, quiet, tasks, pane)
    shown = [c["total"] for c in changes]
    print(
        f"change of view/filter/search ('shown'), {len(shown)} queries: p50 "
        f"{statistics.median(shown):.1f} ms, p95 {percentile(shown, 95):.1f} ms, "
        f"max {max(shown):.1f} ms (target p95 <= 60 ms)"
    )
    print(
        "  where it went, p50 / p95 ms: "
        + ", ".join(
            f"{k} {statistics.median(v):.1f} / {percentile(v, 95):.1f}"
            for k in PHASES
            for v in [[c[k] for c in changes]]
        )
    )

    app.removeEventFilter(quiet)
    tasks.recording = False
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
    # Resident memory of the app left idle a moment (the task runner then trims the heap).
    trims = memory.trims
    spin_until(app, lambda: not tasks.busy and memory.trims > trims)
    QThreadPool.globalInstance().waitForDone()
    print(
        f"resident memory with the inbox open on {total:,} items: {rss_mb():.0f} MB "
        f"(before the pane: {before:.0f} MB; target <= 250 MB); of it in the heap "
        f"{rss_mb('RssAnon'):.0f} MB, in mapped files {rss_mb('RssFile'):.0f} MB"
    )
    pane.close()
    tasks.wait()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
