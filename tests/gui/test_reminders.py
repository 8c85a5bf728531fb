"""Reminders in the window: what fell due while the app was closed is listed at start,
the status bar counts what is due, seen reminders stay seen; scheduled posts go out from
the window's scheduler without a sync."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from plugins.support import TOKEN, batch, install, item, write_script
from pytestqt.qtbot import QtBot

from tests.test_outbox import sends
from workbench.core.workspace import Workspace
from workbench.gui.main_window import MainWindow
from workbench.gui.reminders import RemindersDialog


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted", "gated")
    return folder


def test_a_post_due_while_closed_is_listed_at_start_and_stays_seen(
    qtbot: QtBot, workspace: Workspace
) -> None:
    (workspace.data_dir / "go").write_text("", encoding="utf-8")
    account = workspace.accounts.add("gated", "Slow", {"folder": str(workspace.data_dir)})
    workspace.sync.sync(account.id)
    slow = workspace.communities.find("The slow one")
    past = datetime.now(UTC) - timedelta(hours=3)
    workspace.actions.schedule_post(slow, "", "What are you reading this week?", by="a", at=past)

    win = MainWindow(workspace)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.reminder_button.dialog is not None)
    dialog = win.reminder_button.dialog
    assert isinstance(dialog, RemindersDialog)
    assert dialog.list.count() == 1
    assert "What are you reading this week?" in dialog.list.item(0).text()
    assert "A post to make by hand is due" in dialog.list.item(0).text()
    assert "1 reminder" in win.reminder_button.text()
    assert not win.reminder_button.isHidden()
    dialog.seen_button.click()
    qtbot.waitUntil(lambda: win.reminder_button.isHidden())
    win.tasks.wait()
    assert workspace.reminders.due() == []
    win.close()

    again = MainWindow(workspace)  # the next start: nothing to show
    qtbot.addWidget(again)
    again.scheduler.tick()
    again.tasks.wait()
    qtbot.wait(10)  # let the queued result arrive
    assert again.reminder_button.dialog is None and again.reminder_button.isHidden()
    again.close()


def test_the_window_sends_a_scheduled_post_when_it_falls_due(
    qtbot: QtBot, workspace: Workspace
) -> None:
    script = write_script(
        workspace.data_dir / "script.json", batches=[batch(item("p1"), cursor="1")]
    )
    account = workspace.accounts.add(
        "scripted", "Scripted", {"script": str(script), "token": TOKEN}
    )
    workspace.sync.sync(account.id)
    general = workspace.communities.find("General")
    at = datetime.now(UTC) + timedelta(hours=1)
    queued = workspace.actions.schedule_post(
        general, "", "Share one thing you learned?", by="a", at=at
    )
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.tasks.wait()
    qtbot.waitUntil(lambda: not win.scheduler.busy)
    assert sends(script) == []  # the first look, at start: not due
    workspace.outbox.release(queued.entry_id)  # its time has come (as a hold that ends)
    with qtbot.waitSignal(win.changes.changed, timeout=5000):
        win.scheduler.tick()  # the half-minute timer's tick
    assert [s["send"] for s in sends(script)] == ["post"]
    win.close()
