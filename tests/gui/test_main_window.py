"""Main window: panes, remembered geometry and pane, standard shortcuts, self-test."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from workbench.core.workspace import Workspace
from workbench.gui.main_window import MainWindow


def test_sidebar_lists_every_pane_and_each_shows_its_own(
    qtbot: QtBot, workspace: Workspace
) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    titles = [win.sidebar.item(i).text() for i in range(win.sidebar.count())]
    assert titles == [
        "Inbox",
        "Prompts",
        "Events",
        "Guidelines",
        "Moderation",
        "Analytics",
        "Accounts",
    ]
    shown = set()
    for key in win.panes:
        win.show_pane(key)
        assert win.current_pane() == key
        shown.add(type(win.stack.currentWidget()).__name__)
    assert len(shown) == len(win.panes)  # a pane of its own each, no placeholder
    win.tasks.wait()


def test_geometry_and_last_pane_are_remembered(qtbot: QtBot, workspace: Workspace) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    win.resize(win.minimumSizeHint().width(), 480)  # the offscreen screen is 800x600
    qtbot.waitUntil(lambda: win.height() == 480)
    win.show_pane("accounts")
    win.close()
    again = MainWindow(workspace)
    qtbot.addWidget(again)
    assert again.current_pane() == "accounts"
    again.show()
    qtbot.waitUntil(lambda: again.height() == 480)
    again.tasks.wait()


def test_standard_shortcuts(qtbot: QtBot, workspace: Workspace) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    shortcuts = {a.shortcut() for a in win.actions()}
    for key in (
        QKeySequence.StandardKey.Quit,
        QKeySequence.StandardKey.Preferences,
        QKeySequence.StandardKey.FullScreen,
    ):
        bound = QKeySequence.keyBindings(key)
        assert not bound or bound[0] in shortcuts, key
    win.tasks.wait()


def test_sync_all_updates_the_status_bar(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.accounts.add("demo", "Demo", {"size": "100"})
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.syncer.finished, timeout=10_000):
        win.sync_action.trigger()
    assert "100 new" in win.sync_label.text()
    win.tasks.wait()


def test_stop_cancels_a_running_sync_and_the_next_one_resumes(
    qtbot: QtBot, workspace: Workspace
) -> None:
    workspace.accounts.add("demo", "Big demo", {"size": "200000"})
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    done: list[int] = []
    win.syncer.progress.connect(lambda p: done.append(p.done))
    with qtbot.waitSignal(win.syncer.finished, timeout=30_000) as finished:
        win.syncer.sync_all()
        qtbot.waitUntil(lambda: not win.stop_button.isHidden())
        qtbot.waitUntil(lambda: any(done), timeout=10_000)
        win.stop_button.click()
    [summary] = finished.args[0]
    assert summary.status == "cancelled"
    assert 0 < summary.counts.new < 200_000
    # Everything read before the stop is stored, with the cursor the next sync resumes from.
    account = workspace.accounts.get("Big demo")
    assert account.item_count == summary.counts.new
    cursor = workspace.sync.cursor(account.id)
    assert cursor is not None and f'"emitted": {summary.counts.new}' in cursor
    win.tasks.wait()


def test_no_key_is_bound_to_two_actions(qtbot: QtBot, workspace: Workspace) -> None:
    """Qt fires neither action of an ambiguous shortcut: every key must be unique where it
    works. A pane's keys (WidgetWithChildrenShortcut) work only inside that pane, so two
    panes may share a key (N in the inbox and in Prompts); a window-wide key clashes with all."""
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    seen: dict[str, list[tuple[object, str]]] = {}
    for action in win.findChildren(QAction):
        pane_scoped = action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        scope = action.parent() if pane_scoped else None
        for key in action.shortcuts():
            text = key.toString()
            for other_scope, other in seen.get(text, []):
                clash = scope is None or other_scope is None or scope is other_scope
                assert not clash, f"{text}: {other} and {action.text()}"
            seen.setdefault(text, []).append((scope, action.text()))
    win.tasks.wait()


def test_a_sync_asked_for_during_another_runs_right_after(
    qtbot: QtBot, workspace: Workspace
) -> None:
    first = workspace.accounts.add("demo", "First", {"size": "3000"})
    later = workspace.accounts.add("demo", "Later", {"size": "50"})
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    finished: list[list[str]] = []
    win.syncer.finished.connect(lambda summaries: finished.append([s.account for s in summaries]))
    win.syncer.sync_accounts([first.id])
    win.syncer.sync_accounts([later.id])  # a new account's first sync, while one runs
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=20_000)
    assert finished == [["First"], ["Later"]]
    win.tasks.wait()
