"""The Prompts pane's figures on a library of 10,000 prompts (the bundle plus generated ones).

    python benchmarks/prompts_gui.py [--prompts 10000] [--rounds 5]

Times, offscreen, from the user's action to the list showing its rows (the pane's
``loaded`` signal, the search running on the task runner as in the app): the pane opening,
a search typed in the box (from the filter's ``changed`` signal, after its pause), a
type filter, and selecting a prompt to its detail (text, pair, results, latest uses).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.prompts import _fill_library
from connectors.api import CommunityType
from workbench.core.workspace import Workspace
from workbench.gui.prompts.pane import PromptsPane
from workbench.gui.tasks import TaskRunner


def _wait(signal: object, start: Callable[[], None], timeout_ms: int = 30_000) -> float:
    """``start()``, then ms until ``signal`` fires."""
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    started = time.perf_counter()
    start()
    loop.exec()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]
    return (time.perf_counter() - started) * 1000


def _idle(tasks: TaskRunner) -> None:
    """Until the work an earlier action started (the detail of the new first row) is done:
    each figure times its own action only."""
    while tasks.busy:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def _figure(label: str, times: list[float]) -> None:
    print(f"{label:44s} median {statistics.median(times):7.1f} ms   best {min(times):7.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(["prompts_gui", "-platform", "offscreen"])
    with tempfile.TemporaryDirectory() as folder:
        ws = Workspace.open(Path(folder) / "library")
        tasks = TaskRunner()
        try:
            _fill_library(ws, args.prompts, random.Random(7))
            print(f"{args.prompts} prompts; the list shows at most 1,000 at a time")
            opening, typed, typed_filter, detail = [], [], [], []
            for n in range(args.rounds):
                pane: PromptsPane | None = None

                def build() -> None:
                    nonlocal pane
                    pane = PromptsPane(library=ws.prompts, uses=ws.prompt_uses,
                                       communities=ws.communities, tasks=tasks)  # fmt: skip
                    pane.resize(1280, 720)
                    pane.show()

                loop = QEventLoop()
                QTimer.singleShot(0, loop.quit)
                loop.exec()
                started = time.perf_counter()
                build()
                assert pane is not None
                if pane.loading:
                    _wait(pane.loaded, lambda: None)
                opening.append((time.perf_counter() - started) * 1000)
                _idle(tasks)
                word = ("community", "event", "thread", "moderator", "post")[n % 5]
                pane.filters.search.setText(word)
                typed.append(_wait(pane.loaded, pane.filters._now))
                _idle(tasks)
                pane.filters.search.setText("")
                pane.filters.stop()
                box = pane.filters.type_box
                kind = list(CommunityType)[n % len(CommunityType)]
                typed_filter.append(
                    _wait(pane.loaded, lambda b=box, k=kind: b.setCurrentIndex(b.findData(k)))
                )
                _idle(tasks)
                row = 10 + n
                detail.append(_wait(pane.detail_shown, lambda r=row, p=pane: p.table.selectRow(r)))
                _idle(tasks)
                pane.close()
                pane.deleteLater()
            _figure("open the pane to its list", opening)
            _figure("a search word to its list", typed)
            _figure("a community type to its list", typed_filter)
            _figure("select a prompt to its detail", detail)
        finally:
            tasks.wait()
            ws.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
