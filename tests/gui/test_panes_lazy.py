"""Panes are built when first shown (gui/pane_stack.py), and a user cannot tell: a pane
chosen late shows what changed before it was built, by the sidebar or its shortcut, and a
chart's "show these items" reaches an inbox not built yet."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from workbench.core.inbox.query import View
from workbench.core.workspace import Workspace
from workbench.gui.accounts import AccountsPane
from workbench.gui.inbox import InboxPane
from workbench.gui.main_window import MainWindow
from workbench.gui.panes import PANES


def _window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    return win


def test_only_the_starting_pane_is_built(qtbot: QtBot, workspace: Workspace) -> None:
    win = _window(qtbot, workspace)
    assert [key for key in win.panes if win.panes.is_built(key)] == ["inbox"]
    assert win.stack.count() == len(PANES)  # a page for each pane all the same
    assert "accounts" in win.panes and not win.panes.is_built("accounts")  # asking builds none
    win.tasks.wait()


def test_a_pane_built_late_shows_what_changed_before(qtbot: QtBot, workspace: Workspace) -> None:
    win = _window(qtbot, workspace)
    win.show()
    workspace.accounts.add("demo", "Added before the pane was built", {})
    shortcut = QKeySequence(next(spec.shortcut for spec in PANES if spec.key == "accounts"))
    action = next(a for a in win.actions() if a.shortcut() == shortcut)
    action.trigger()  # Ctrl+7, as the user would
    assert win.current_pane() == "accounts"
    pane = win.stack.currentWidget()
    assert isinstance(pane, AccountsPane) and pane is win.panes["accounts"]
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert pane.model.account(0).name == "Added before the pane was built"
    # Chosen again, the same pane: built once.
    win.sidebar.setCurrentRow(0)
    action.trigger()
    assert win.stack.currentWidget() is pane
    win.tasks.wait()


def test_show_in_inbox_builds_the_inbox_and_shows_the_view(
    qtbot: QtBot, workspace: Workspace
) -> None:
    QSettings().setValue("window/pane", "moderation")  # the last start ended there
    win = _window(qtbot, workspace)
    assert win.current_pane() == "moderation" and not win.panes.is_built("inbox")
    win.changes.show_in_inbox.emit(View(community_ids=(42,)))  # a chart's bar
    assert win.current_pane() == "inbox"
    inbox = win.panes["inbox"]
    assert isinstance(inbox, InboxPane)
    assert inbox.current_view.community_ids == (42,)  # the view itself, not All new
    qtbot.waitUntil(lambda: not inbox.loading, timeout=20_000)
    win.tasks.wait()
