""" "Report this" in the inbox: a member's report recorded by hand joins the moderation
queue with who reported it and why (keyboard: !)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.inbox.conftest import make_pane, wait_idle
from tests.inbox.test_reply import open_item
from workbench.core.workspace import Workspace
from workbench.gui.inbox import InboxPane
from workbench.gui.inbox.moderation import ReportDialog
from workbench.gui.tasks import TaskRunner


@pytest.fixture
def reporting(qtbot: QtBot, demo_ws: Workspace, tasks: TaskRunner) -> Iterator[InboxPane]:
    widget = InboxPane(
        inbox=demo_ws.inbox,
        triage=demo_ws.triage,
        views=demo_ws.views,
        actions=demo_ws.actions,
        tasks=tasks,
        report=demo_ws.moderation.report,
    )
    widget.service.me = "cm_alex"
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    wait_idle(qtbot, widget, tasks)
    yield widget
    wait_idle(qtbot, widget, tasks)
    if shiboken6.isValid(widget):
        widget.close()


def answer(reporter: str, reason: str, *, accept: bool = True) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReportDialog), dialog
        dialog.reporter.setText(reporter)
        dialog.reason.setText(reason)
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(0, fill)


def test_a_reported_item_joins_the_moderation_queue(
    qtbot: QtBot, reporting: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    item_id = open_item(qtbot, reporting, tasks, "perspective")
    answer("u/kind_member", "Harassment in a reply")
    reporting.actions_by_key["report"].trigger()
    qtbot.waitUntil(lambda: "moderation queue" in reporting.status.text())
    entries = [e for e in demo_ws.moderation.queue.entries() if e.item_id == item_id]
    assert len(entries) == 1
    # Beside the platform's own reports of the demo item, if any.
    assert ("u/kind_member", "Harassment in a reply") in [
        (f.reporter, f.reason) for f in entries[0].flags
    ]


def test_a_report_without_a_reason_or_taken_back_records_nothing(
    qtbot: QtBot, reporting: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    open_item(qtbot, reporting, tasks, "perspective")
    before = [(e.item_id, e.flags) for e in demo_ws.moderation.queue.entries()]
    answer("u/someone", "")
    reporting.actions_by_key["report"].trigger()
    qtbot.waitUntil(lambda: reporting.status.text() == "A report needs a reason.")
    answer("u/someone", "spam", accept=False)
    reporting.actions_by_key["report"].trigger()
    wait_idle(qtbot, reporting, tasks)
    assert [(e.item_id, e.flags) for e in demo_ws.moderation.queue.entries()] == before


def test_without_a_moderation_queue_the_pane_says_so(
    qtbot: QtBot, demo_ws: Workspace, tasks: TaskRunner
) -> None:
    pane = make_pane(demo_ws, tasks)  # no report function given
    qtbot.addWidget(pane)
    pane.actions_by_key["report"].trigger()
    assert pane.status.text() == "Open an item to report it."
    wait_idle(qtbot, pane, tasks)
