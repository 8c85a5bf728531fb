"""What the user sees after acting on an item: a platform action waits a few seconds with an
Undo, keys typed in a composer stay there, and handled items leave Reports and Needs reply."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from tests.inbox.conftest import make_pane, wait_idle
from tests.inbox.test_reply import open_item
from workbench.core.workspace import Workspace
from workbench.gui.inbox import InboxPane
from workbench.gui.tasks import TaskRunner


def entries(ws: Workspace, item_id: int) -> list[tuple[str, str]]:
    return [(e.action, e.status) for e in ws.outbox.for_item(item_id)]


def test_a_lock_waits_with_an_undo_and_u_takes_it_back(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    pane.holds.seconds = 0.5
    item_id = open_item(qtbot, pane, tasks, "perspective")
    qtbot.keyClick(pane.table, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: pane.widgets.undo_send.isVisible())
    assert entries(demo_ws, item_id) == [("moderate", "pending")]
    assert "Undo lock" in pane.widgets.undo_send.text()
    qtbot.keyClick(pane.table, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: pane.status.text() == "Taken back: lock.")
    qtbot.wait(700)  # past the hold: nothing goes out
    wait_idle(qtbot, pane, tasks)
    assert entries(demo_ws, item_id) == []
    assert not pane.widgets.undo_send.isVisible()


def test_a_held_action_goes_out_when_its_seconds_are_over(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    pane.holds.seconds = 0.2
    item_id = open_item(qtbot, pane, tasks, "perspective")
    qtbot.keyClick(pane.table, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: entries(demo_ws, item_id) == [("moderate", "sent")], timeout=5000)
    qtbot.waitUntil(lambda: pane.status.text() == "Done on the platform.")
    assert not pane.widgets.undo_send.isVisible()


def test_keys_typed_in_the_composer_never_reach_the_list(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    item_id = open_item(qtbot, pane, tasks, "perspective")
    qtbot.keyClick(pane.table, Qt.Key.Key_R)
    composer = pane.composing.composer
    assert composer is not None and composer.isVisible()
    composer.editor.setFocus()
    for key in (Qt.Key.Key_E, Qt.Key.Key_L, Qt.Key.Key_H, Qt.Key.Key_U, Qt.Key.Key_J):
        qtbot.keyClick(composer.editor, key)
    qtbot.keyClicks(composer.editor, "A")  # Shift+A approves in the list
    wait_idle(qtbot, pane, tasks)
    assert composer.editor.toPlainText() == "elhujA"
    assert entries(demo_ws, item_id) == []
    assert pane.current_id() == item_id  # J did not move the list
    detail = demo_ws.inbox.detail(item_id)
    assert detail is not None and detail.row.state == "new"  # E did not mark it done
    composer.reject()


def test_a_handled_report_leaves_reports_and_its_history_says_what_was_done(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    pane.select_view("reports")
    wait_idle(qtbot, pane, tasks)
    before = pane.model.rowCount()
    assert before >= 2
    pane.table.selectRow(0)
    item_id = pane.current_id()
    qtbot.waitUntil(lambda: pane.item_view.detail is not None)
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)  # approve
    qtbot.waitUntil(lambda: pane.model.rowCount() == before - 1)
    wait_idle(qtbot, pane, tasks)
    assert item_id not in list(pane.model.ids)
    detail = demo_ws.inbox.detail(item_id or 0)
    assert detail is not None and detail.row.state == "done"
    [entry] = demo_ws.outbox.for_item(item_id or 0)
    assert (entry.action, entry.status, entry.created_by) == ("moderate", "sent", "cm_alex")


def test_a_replied_item_leaves_needs_reply(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    item_id = open_item(qtbot, pane, tasks, "perspective")
    demo_ws.triage.set_state([item_id], "needs_reply")
    pane.filters.search.setText("perspective")
    pane.select_view("needs-reply")
    wait_idle(qtbot, pane, tasks)
    pane.table.selectRow(0)
    assert pane.current_id() == item_id
    qtbot.waitUntil(
        lambda: pane.item_view.detail is not None and pane.item_view.detail.row.id == item_id
    )
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_R)
    composer = pane.composing.composer
    assert composer is not None
    qtbot.keyClicks(composer.editor, "Here is the answer.")
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: item_id not in list(pane.model.ids))
    wait_idle(qtbot, pane, tasks)
    assert entries(demo_ws, item_id) == [("reply", "sent")]


def test_no_new_pill_after_the_first_sync_and_none_after_triage(
    qtbot: QtBot, data_dir: object, tasks: TaskRunner
) -> None:
    from pathlib import Path

    ws = Workspace.open(Path(str(data_dir)) / "fresh")
    pane = make_pane(ws, tasks)
    qtbot.addWidget(pane)
    pane.show()
    wait_idle(qtbot, pane, tasks)
    assert pane.model.rowCount() == 0
    account = ws.accounts.add("demo", "Demo communities", {"size": "200"})
    assert ws.sync.sync(account.id).status == "ok"
    from workbench.core.changes import AFTER_SYNC

    pane.changes.announce(AFTER_SYNC)
    wait_idle(qtbot, pane, tasks)
    assert pane.model.rowCount() > 0
    assert not pane.new_button.isVisible()  # an empty inbox filling up is not "200 new"

    pane.new_count = 3
    pane.new_button.setText("3 new")
    pane.new_button.show()
    pane.table.selectRow(0)
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_E)
    wait_idle(qtbot, pane, tasks)
    assert not pane.new_button.isVisible()
    tasks.wait()
    pane.close()
    ws.close()


def test_after_a_bulk_done_the_next_untriaged_item_is_selected(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner
) -> None:
    wait_idle(qtbot, pane, tasks)
    ids = list(pane.model.ids[:8])
    flags = QItemSelectionModel.SelectionFlag
    selection = pane.table.selectionModel()
    # Rows 2..5 selected, the current one the last (as after Shift+Down three times).
    selection.setCurrentIndex(pane.model.index(5, 0), flags.NoUpdate)
    selection.select(
        QItemSelection(pane.model.index(2, 0), pane.model.index(5, 0)),
        flags.ClearAndSelect | flags.Rows,
    )
    assert sorted(pane.selected_ids()) == sorted(ids[2:6])
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: ids[2] not in list(pane.model.ids[:10]))
    wait_idle(qtbot, pane, tasks)
    assert pane.current_id() == ids[6]  # the item just after the block, none skipped


def test_a_moderation_line_in_the_history_names_the_action_the_reason_and_who() -> None:
    from datetime import UTC, datetime

    from workbench.core.outbox.service import OutboxView
    from workbench.core.outbox.state import OutboxStatus
    from workbench.gui.inbox.detail import outbox_text

    entry = OutboxView(
        id=1, account_id=1, item_id=1, action="moderate",
        payload={"target_id": "t1", "action": "remove", "reason": "Rule 3: no self-promotion",
                 "message": "Please read the rules."},
        status=OutboxStatus.SENT, created_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
        created_by="cm_alex", reason="Rule 3: no self-promotion", attempts=1, last_error="",
        sent_at=None, result_url="",
    )  # fmt: skip
    line = outbox_text(entry)
    assert "Sent · Moderation by cm_alex: remove — reason: Rule 3: no self-promotion" in line
    assert "told the author: Please read the rules." in line


def test_all_new_leaves_the_teams_own_items_out_as_a_view_setting(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    from workbench.core.inbox.query import View

    wait_idle(qtbot, pane, tasks)
    own_new = demo_ws.inbox.count(View(states=("new",), search=""))
    assert pane.current_key == "all-new" and not pane.filters.own.isChecked()
    shown = pane.service.rows(list(pane.model.ids[:200]))
    assert shown and not any("own" in row.flags for row in shown)
    assert pane.model.rowCount() < own_new  # the demo has team replies among the new items
    pane.filters.own.setChecked(True)  # the user shows them for this view
    wait_idle(qtbot, pane, tasks)
    assert pane.model.rowCount() == own_new
    pane.select_view("everything")
    wait_idle(qtbot, pane, tasks)
    assert pane.filters.own.isChecked()  # Everything shows them
    saved = View(states=("new",), hide_own=True)
    assert View.from_dict(saved.to_dict()) == saved  # kept with a saved view
