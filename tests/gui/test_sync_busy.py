"""A second window (or a `workbench sync`) syncing the same workspace: this window's sync does
not start, and its status line says which process is syncing."""

from __future__ import annotations

import os

from pytestqt.qtbot import QtBot

from workbench.core.sync.lock import LOCK_FILE, WorkspaceLock
from workbench.core.workspace import Workspace
from workbench.gui.main_window import MainWindow


def test_sync_while_another_process_syncs_says_so_and_the_next_one_runs(
    qtbot: QtBot, workspace: Workspace
) -> None:
    workspace.accounts.add("demo", "Demo", {"size": "100"})
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    other = WorkspaceLock(workspace.data_dir / LOCK_FILE)  # what another process holds
    with other.held(), qtbot.waitSignal(win.syncer.busy, timeout=10_000) as busy:
        win.sync_action.trigger()
    assert busy.args is not None
    assert f"another program (process {os.getpid()}, since " in busy.args[0]
    assert busy.args[0] in win.sync_label.text()
    assert win.sync_action.isEnabled() and not win.syncer.running
    with qtbot.waitSignal(win.syncer.finished, timeout=10_000):
        win.sync_action.trigger()
    assert "100 new" in win.sync_label.text()
    win.tasks.wait()
