"""Replying from the inbox through the outbox: sent, offline then sent on the next sync,
refused then retried, and manual assist where the platform has no reply API."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot

from tests.inbox.conftest import wait_idle
from workbench.core.inbox.query import View
from workbench.core.workspace import Workspace
from workbench.gui.inbox import InboxPane
from workbench.gui.tasks import TaskRunner


def open_item(qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, search: str) -> int:
    """Show "Everything" narrowed by ``search`` and open its first item."""
    pane.select_view("everything")
    pane.filters.search.setText(search)
    pane.filters.changed.emit()
    wait_idle(qtbot, pane, tasks)
    assert pane.model.rowCount() >= 1
    pane.table.selectRow(0)
    item_id = pane.current_id()
    qtbot.waitUntil(
        lambda: pane.item_view.detail is not None and pane.item_view.detail.row.id == item_id
    )
    pane.table.setFocus()
    return int(item_id or 0)


def write_reply(qtbot: QtBot, pane: InboxPane, text: str) -> None:
    qtbot.keyClick(pane.table, Qt.Key.Key_R)
    composer = pane.composing.composer
    assert composer is not None and composer.isVisible()
    qtbot.keyClicks(composer.editor, text)
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)


def statuses(ws: Workspace, item_id: int) -> list[str]:
    return [e.status for e in ws.outbox.for_item(item_id)]


def test_reply_is_sent_through_the_outbox(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    item_id = open_item(qtbot, pane, tasks, "perspective")
    write_reply(qtbot, pane, "Thanks for sharing!")
    wait_idle(qtbot, pane, tasks)
    assert statuses(demo_ws, item_id) == ["sent"]
    assert pane.status.text() == "Reply sent."
    entry = demo_ws.outbox.for_item(item_id)[0]
    assert entry.text == "Thanks for sharing!"
    assert entry.created_by == "cm_alex"
    qtbot.waitUntil(lambda: pane.item_view.outbox.count() == 1)
    assert "Sent" in pane.item_view.outbox.item(0).text()
    # The reply stands in the item's thread at once, not only in the Replies tab.
    thread = pane.item_view.thread_list
    lines = [thread.item(i).text() for i in range(thread.count())]
    assert any("Reply by cm_alex: Thanks for sharing!" in line for line in lines), lines
    assert not any("No other items" in line for line in lines)


def add_forum(ws: Workspace, send: str) -> int:
    account = ws.accounts.add("inbox_replying", "Forum", {"send": "ok"})
    assert ws.sync.sync(account.id).status == "ok"
    ws.accounts.update(account.id, {"send": send})
    return account.id


def test_offline_reply_waits_and_goes_out_with_the_next_sync(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    account_id = add_forum(demo_ws, "offline")
    item_id = open_item(qtbot, pane, tasks, "password")
    write_reply(qtbot, pane, "Use the reset link on the sign-in page.")
    wait_idle(qtbot, pane, tasks)
    assert statuses(demo_ws, item_id) == ["pending"]
    assert "waits in the outbox" in pane.status.text()
    qtbot.waitUntil(lambda: pane.item_view.outbox.count() == 1)
    assert "Waiting to be sent" in pane.item_view.outbox.item(0).text()
    # Back online: the next sync sends it.
    demo_ws.accounts.update(account_id, {"send": "ok"})
    summary = demo_ws.sync.sync(account_id)
    assert summary.sent == 1
    assert statuses(demo_ws, item_id) == ["sent"]
    plugin = importlib.import_module("workbench_user_plugins.inbox_replying")
    assert [a.text for a in plugin.ReplyingConnector.sent][
        -1
    ] == "Use the reset link on the sign-in page."


def test_refused_reply_shows_on_the_item_and_can_be_retried(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    account_id = add_forum(demo_ws, "refuse")
    item_id = open_item(qtbot, pane, tasks, "password")
    write_reply(qtbot, pane, "Try again later")
    wait_idle(qtbot, pane, tasks)
    assert statuses(demo_ws, item_id) == ["failed"]
    view = pane.item_view
    qtbot.waitUntil(lambda: view.outbox.count() == 1 and "locked" in view.outbox.item(0).text())
    assert "1 failed" in view.tabs.tabText(3)
    assert view.retry_button.isEnabled()
    demo_ws.accounts.update(account_id, {"send": "ok"})
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, pane, tasks)
    assert statuses(demo_ws, item_id) == ["sent"]
    qtbot.waitUntil(lambda: "Sent" in view.outbox.item(0).text())


class UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_manual_assist_copies_opens_and_keeps_an_audit_entry(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    account = demo_ws.accounts.add("inbox_manual", "Group", {})
    assert demo_ws.sync.sync(account.id).status == "ok"
    recorder = UrlRecorder()
    # Qt's own hook for opened URLs: no browser starts during the test.
    QDesktopServices.setUrlHandler("https", recorder, "open")
    try:
        item_id = open_item(qtbot, pane, tasks, '"Group question"')
        write_reply(qtbot, pane, "Welcome aboard!")
        composer = pane.composing.composer
        assert composer is not None
        assert QGuiApplication.clipboard().text() == "Welcome aboard!"
        assert recorder.opened == ["https://grouply.test/g1/g-post"]
        wait_idle(qtbot, pane, tasks)
        assert statuses(demo_ws, item_id) == ["manual"]
        assert composer.done_button.isVisible()
        qtbot.mouseClick(composer.done_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, pane, tasks)
        assert statuses(demo_ws, item_id) == ["done"]
        entry: Any = demo_ws.outbox.for_item(item_id)[0]
        assert "marked done by cm_alex" in entry.reason
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_remote_images_stay_unloaded_until_asked(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    add_forum(demo_ws, "ok")
    open_item(qtbot, pane, tasks, "look")
    view = pane.item_view
    assert view.detail is not None and "<script>" in view.detail.html
    shown = view.browser.toHtml()
    assert "alert(1)" not in shown  # sanitized by nh3
    assert view.remote_button.isVisible()
    assert view.remote_images() == ["https://images.example.org/x.png"]
    assert View() is not None


def test_moderating_where_the_platform_cannot_says_so_and_queues_nothing(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    add_forum(demo_ws, "ok")
    item_id = open_item(qtbot, pane, tasks, "password")
    qtbot.keyClick(pane.table, Qt.Key.Key_L)  # lock
    assert "cannot moderate through its API" in pane.status.text()
    assert statuses(demo_ws, item_id) == []


def test_new_post_in_the_community_goes_through_the_outbox(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    open_item(qtbot, pane, tasks, "perspective")
    qtbot.keyClick(pane.table, Qt.Key.Key_C)
    composer = pane.composing.post_composer
    assert composer is not None and composer.can_post
    composer.title.setText("What are you sketching this weekend?")
    composer.editor.setPlainText("Share a photo of your page!")
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, pane, tasks)
    [entry] = [e for e in demo_ws.outbox.entries() if e.action == "post"]
    assert entry.status == "sent" and entry.payload["title"].startswith("What are you")
    assert pane.status.text() == "Posted."
