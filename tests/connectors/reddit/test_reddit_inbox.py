"""Moderating Reddit from the inbox, as a moderator would: keys, dialog, outbox, fake Reddit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from connectors.testing.reddit_server import FakeReddit
from tests.connectors.reddit.reddit_helpers import add_account, sync
from tests.inbox.conftest import make_pane, wait_idle
from tests.inbox.test_reply import open_item
from workbench.core.workspace import Workspace
from workbench.gui.inbox import InboxPane
from workbench.gui.inbox.moderation import RemovalDialog
from workbench.gui.tasks import TaskRunner


@pytest.fixture
def moderated(
    qtbot: QtBot, workspace: Workspace, fake_reddit: FakeReddit
) -> Iterator[tuple[InboxPane, TaskRunner]]:
    model = fake_reddit.model
    post = model.add_post("python", "Buy cheap followers here", "spammy text")
    model.add_comment(post, "Please remove this")
    model.add_conversation("python", "Ban appeal", "member", "Please unban me")
    account = add_account(workspace, fake_reddit)
    assert not sync(workspace, account).failed
    tasks = TaskRunner()
    pane = make_pane(workspace, tasks)
    pane.service.me = "mod_alex"
    qtbot.addWidget(pane)
    pane.resize(1400, 800)
    pane.show()
    wait_idle(qtbot, pane, tasks)
    yield pane, tasks
    wait_idle(qtbot, pane, tasks)
    tasks.wait()
    pane.close()


def test_approve_and_remove_with_a_reason_from_the_keyboard(
    qtbot: QtBot, moderated: tuple[InboxPane, TaskRunner], fake_reddit: FakeReddit
) -> None:
    pane, tasks = moderated
    item_id = open_item(qtbot, pane, tasks, "followers")
    qtbot.keyClick(pane.table, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(fake_reddit.calls("/api/approve")) == 1)
    wait_idle(qtbot, pane, tasks)
    assert pane.status.text() == "Done on the platform."

    def fill_removal() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RemovalDialog)
        dialog.reason.setText("Rule 2: no spam")
        dialog.message.setPlainText("Selling followers is not allowed here.")
        dialog.accept()

    QTimer.singleShot(0, fill_removal)
    qtbot.keyClick(pane.table, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(fake_reddit.calls("/api/remove")) == 1)
    wait_idle(qtbot, pane, tasks)
    entries = pane.composing.actions.entries(item_id=item_id)
    assert [(e.action, e.status, e.created_by) for e in entries] == [
        ("moderate", "sent", "mod_alex"),
        ("moderate", "sent", "mod_alex"),
    ]
    assert entries[1].reason == "Rule 2: no spam"
    assert entries[1].payload["message"] == "Selling followers is not allowed here."
    assert len(fake_reddit.calls("/api/approve")) == 1  # each action went out once


def test_internal_moderator_note_on_modmail(
    qtbot: QtBot, moderated: tuple[InboxPane, TaskRunner], fake_reddit: FakeReddit
) -> None:
    pane, tasks = moderated
    open_item(qtbot, pane, tasks, "unban")
    qtbot.keyClick(pane.table, Qt.Key.Key_R)
    composer = pane.composing.composer
    assert composer is not None and not composer.internal.isHidden()
    composer.internal.setChecked(True)
    qtbot.keyClicks(composer.editor, "Second appeal this month")
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(fake_reddit.calls("/api/mod/conversations", method="POST")))
    wait_idle(qtbot, pane, tasks)
    [call] = fake_reddit.calls("/api/mod/conversations", method="POST")
    assert call.form["isInternal"] == "True"


def test_no_internal_note_choice_on_a_post(
    qtbot: QtBot, moderated: tuple[InboxPane, TaskRunner]
) -> None:
    pane, tasks = moderated
    open_item(qtbot, pane, tasks, "followers")
    qtbot.keyClick(pane.table, Qt.Key.Key_R)
    assert pane.composing.composer is not None and pane.composing.composer.internal.isHidden()
    pane.composing.composer.reject()
