"""Background tasks: a result reaches its callback on the GUI thread, unless its owner is gone."""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from workbench.gui.tasks import TaskRunner


def gated(release: threading.Event, result: str) -> Callable[[], str]:
    """A task that finishes only once the test lets it (so the owner can go first)."""

    def fn() -> str:
        assert release.wait(timeout=10)
        return result

    return fn


def failing(release: threading.Event) -> Callable[[], str]:
    def fn() -> str:
        assert release.wait(timeout=10)
        raise ValueError("the platform said no")

    return fn


def delete_now(qtbot: QtBot, widget: QLabel) -> None:
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget), timeout=2000)


def test_result_for_a_deleted_owner_is_dropped_and_others_still_arrive(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    release = threading.Event()
    gone, alive = QLabel("counting…"), QLabel("counting…")
    qtbot.addWidget(alive)
    shown: list[tuple[str, str]] = []

    def show_on(label: QLabel, name: str) -> Callable[[str], None]:
        def on_done(result: str) -> None:
            label.setText(result)  # raises on a deleted widget: the crash this prevents
            shown.append((name, result))

        return on_done

    tasks.run(gated(release, "12 items"), show_on(gone, "gone"), owner=gone)
    tasks.run(gated(release, "34 items"), show_on(alive, "alive"), owner=alive)
    tasks.run(gated(release, "56 items"), lambda result: shown.append(("none", result)))
    delete_now(qtbot, gone)  # e.g. the pane closed while its count was still running
    try:
        release.set()
        assert tasks.wait(5000)
        qtbot.waitUntil(lambda: not tasks.busy, timeout=2000)  # every result was handled
    finally:
        release.set()
    assert sorted(shown) == [("alive", "34 items"), ("none", "56 items")]
    assert alive.text() == "34 items"


def test_failure_for_a_deleted_owner_is_dropped(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    release = threading.Event()
    gone, alive = QLabel(), QLabel()
    qtbot.addWidget(alive)
    errors: list[tuple[str, str]] = []

    def show_on(label: QLabel, name: str) -> Callable[[Exception], None]:
        def on_error(error: Exception) -> None:
            label.setText(str(error))
            errors.append((name, str(error)))

        return on_error

    tasks.run(failing(release), on_error=show_on(gone, "gone"), owner=gone)
    tasks.run(failing(release), on_error=show_on(alive, "alive"), owner=alive)
    delete_now(qtbot, gone)
    try:
        release.set()
        assert tasks.wait(5000)
        qtbot.waitUntil(lambda: not tasks.busy, timeout=2000)
    finally:
        release.set()
    assert errors == [("alive", "the platform said no")]


class PaintLog(QLabel):
    """A label that notes each time it paints."""

    def __init__(self, log: list[str]) -> None:
        super().__init__("rows")
        self.log = log

    def paintEvent(self, event: object) -> None:
        self.log.append("paint")
        super().paintEvent(event)  # type: ignore[arg-type]


def test_tasks_started_in_after_paint_wait_for_the_widget_to_paint(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    log: list[str] = []
    label = PaintLog(log)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    qtbot.waitUntil(lambda: "paint" in log, timeout=2000)
    log.clear()
    with tasks.after_paint(label):
        label.setText("the first rows")  # asks for a paint
        tasks.run(lambda: log.append("task"), lambda _r: log.append("done"))
        assert tasks.busy  # held, but counted: waiting for idle still waits for it
    qtbot.waitUntil(lambda: "done" in log, timeout=2000)
    assert log.index("paint") < log.index("task") < log.index("done")
    # Outside the block a task starts at once, paint or not.
    tasks.run(lambda: log.append("at once"))
    assert tasks.wait(2000)
    assert "at once" in log


def test_held_tasks_start_without_a_paint_and_on_wait(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    hidden = QLabel()  # never painted: the tasks must not wait for it forever
    qtbot.addWidget(hidden)
    shown = QLabel("nothing changes")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    ran: list[str] = []
    with tasks.after_paint(hidden):
        tasks.run(lambda: ran.append("hidden"))
    qtbot.waitUntil(lambda: "hidden" in ran, timeout=2000)
    qtbot.wait(50)  # let the first paint of the shown label pass
    with tasks.after_paint(shown):  # nothing asks it to paint again: the wait runs out
        tasks.run(lambda: ran.append("no paint"))
    qtbot.waitUntil(lambda: "no paint" in ran, timeout=2000)
    with tasks.after_paint(shown):
        tasks.run(lambda: ran.append("closing"))
    assert tasks.wait(2000)  # shutdown: held tasks are started and waited for
    assert ran == ["hidden", "no paint", "closing"]
