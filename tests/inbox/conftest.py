"""Inbox test fixtures: a real workspace with synced demo data, and the pane over it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from workbench.core.inbox.service import InboxService
from workbench.core.inbox.triage import Triage
from workbench.core.workspace import Workspace
from workbench.gui.inbox import InboxPane
from workbench.gui.tasks import TaskRunner

PLUGINS = Path(__file__).with_name("plugins")
DEMO_SIZE = "400"


@pytest.fixture
def demo_ws(data_dir: Path) -> Iterator[Workspace]:
    """A workspace whose demo account (400 items) is synced, plus the inbox test plugins."""
    (data_dir / "plugins").mkdir(parents=True)
    for plugin in PLUGINS.glob("*.py"):
        shutil.copy(plugin, data_dir / "plugins" / plugin.name)
    ws = Workspace.open(data_dir)
    account = ws.accounts.add("demo", "Demo communities", {"size": DEMO_SIZE})
    summary = ws.sync.sync(account.id)
    assert summary.status == "ok", summary.message
    yield ws
    ws.close()


@pytest.fixture
def service(demo_ws: Workspace) -> Iterator[InboxService]:
    inbox = InboxService(demo_ws.store, me="cm_alex", outbox=demo_ws.outbox)
    yield inbox
    inbox.close()


@pytest.fixture
def triage(demo_ws: Workspace) -> Triage:
    return Triage(demo_ws.store)


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


def wait_idle(qtbot: QtBot, pane: InboxPane, tasks: TaskRunner) -> None:
    """Until every query the pane started has reported back on the GUI thread.

    A pane already deleted (pytest-qt closes widgets before fixtures tear down) never
    finishes loading: its results are dropped, so only the tasks are waited for."""
    qtbot.waitUntil(
        lambda: not tasks.busy and (not shiboken6.isValid(pane) or not pane.loading),
        timeout=30000,  # generous: a loaded 2-core machine can take seconds,
    )


def make_pane(ws: Workspace, tasks: TaskRunner) -> InboxPane:
    """The inbox pane over ``ws``'s services, sending at once (the hold has its own tests)."""
    widget = InboxPane(
        inbox=ws.inbox, triage=ws.triage, views=ws.views, actions=ws.actions, tasks=tasks
    )
    widget.holds.seconds = 0
    return widget


@pytest.fixture
def pane(qtbot: QtBot, demo_ws: Workspace, tasks: TaskRunner) -> Iterator[InboxPane]:
    widget = make_pane(demo_ws, tasks)
    widget.service.me = "cm_alex"
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    wait_idle(qtbot, widget, tasks)
    yield widget
    wait_idle(qtbot, widget, tasks)
    if shiboken6.isValid(widget):  # pytest-qt may have deleted it already
        widget.close()
