"""The inbox pane driven like a user: keyboard, mouse, menus, prompts, search, views."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QToolButton
from pytestqt.qtbot import QtBot

from tests.inbox.conftest import wait_idle
from workbench.core.changes import AFTER_SYNC
from workbench.core.inbox.query import View
from workbench.core.inbox.triage import Triage
from workbench.core.workspace import Workspace
from workbench.gui.inbox import InboxPane
from workbench.gui.inbox.actions import specs
from workbench.gui.inbox.model import COLUMNS
from workbench.gui.tasks import TaskRunner

HOSTILE = ['"', "AND(", "*", "x" * 10_000, "\x00", "-", 'a "b', "author:", "NEAR(", "🙂"]


def state_of(pane: InboxPane, item_id: int) -> str:
    return pane.service.rows([item_id])[0].state


def click_row(
    qtbot: QtBot,
    pane: InboxPane,
    row: int,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    table = pane.table
    rect = table.visualRect(pane.model.index(row, COLUMNS.index("item")))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


# The demo's 400 items without the 23 that are the team's own (All new leaves those out).
ALL_NEW = 377


def button_for(pane: InboxPane, key: str) -> QToolButton:
    return pane.findChild(QToolButton, f"inboxButton_{key}")


def test_opens_on_all_new_with_the_first_item_shown(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner
) -> None:
    assert pane.current_key == "all-new"
    assert pane.model.rowCount() == ALL_NEW  # the 400 items but the team's own
    assert pane.current_id() == pane.model.ids[0]
    qtbot.waitUntil(lambda: pane.item_view.detail is not None)
    assert pane.item_view.detail.row.id == pane.model.ids[0]  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: (
            f"All new  ({ALL_NEW})"
            in [pane.sidebar.item(i).text() for i in range(pane.sidebar.count())]
        )
    )


def test_keyboard_triage_and_undo(qtbot: QtBot, pane: InboxPane, tasks: TaskRunner) -> None:
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_J)
    qtbot.keyClick(pane.table, Qt.Key.Key_J)
    qtbot.keyClick(pane.table, Qt.Key.Key_K)
    assert pane.table.currentIndex().row() == 1
    target = pane.current_id()
    following = pane.model.ids[2]
    assert target is not None
    qtbot.keyClick(pane.table, Qt.Key.Key_E)
    wait_idle(qtbot, pane, tasks)
    assert state_of(pane, target) == "done"
    assert target not in pane.model.ids  # done items leave "All new"...
    assert pane.current_id() == following  # ...and the next one is selected
    assert "Press U to undo" in pane.status.text()
    qtbot.keyClick(pane.table, Qt.Key.Key_U)
    wait_idle(qtbot, pane, tasks)
    assert state_of(pane, target) == "new"
    assert target in pane.model.ids
    assert pane.current_id() == following  # the selection stays where it was
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)  # Enter opens the item to read
    wait_idle(qtbot, pane, tasks)
    assert pane.item_view.detail is not None
    assert pane.item_view.detail.row.id == following
    assert pane.item_view.browser.hasFocus()


def test_mouse_multi_selection_bulk_action_and_undo(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner
) -> None:
    click_row(qtbot, pane, 0)
    click_row(qtbot, pane, 2, Qt.KeyboardModifier.ControlModifier)
    click_row(qtbot, pane, 4, Qt.KeyboardModifier.ControlModifier)
    chosen = pane.selected_ids()
    assert chosen == [pane.model.ids[0], pane.model.ids[2], pane.model.ids[4]]
    qtbot.mouseClick(button_for(pane, "waiting"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, pane, tasks)
    assert {state_of(pane, i) for i in chosen} == {"waiting"}
    assert not set(chosen) & set(pane.model.ids)
    qtbot.mouseClick(button_for(pane, "undo"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, pane, tasks)
    assert {state_of(pane, i) for i in chosen} == {"new"}
    assert pane.model.rowCount() == ALL_NEW


def test_every_action_is_in_the_menu_and_context_menu(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner
) -> None:
    in_menu = {a.objectName() for a in pane.menu.actions() if a.objectName()}
    assert in_menu == {f"inbox_{s.key}" for s in specs()}
    rect = pane.table.visualRect(pane.model.index(3, 1))
    pane.asking.context_menu(rect.center())  # what a right click does
    assert pane.current_id() == pane.model.ids[3]
    assert pane.menu.isVisible()
    pane.menu.hide()
    needs_reply = pane.actions_by_key["needs_reply"]
    needs_reply.trigger()
    wait_idle(qtbot, pane, tasks)
    pane.select_view("needs-reply")
    wait_idle(qtbot, pane, tasks)
    assert pane.model.rowCount() == 1


def answer_prompt(qtbot: QtBot, pane: InboxPane, value: str) -> None:
    qtbot.waitUntil(
        lambda: isinstance(pane.asking.prompt, QInputDialog) and pane.asking.prompt.isVisible()
    )
    prompt = pane.asking.prompt
    assert prompt is not None
    prompt.setTextValue(value)
    prompt.accept()


def test_assign_tag_priority_note_with_keys(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner
) -> None:
    pane.table.setFocus()
    pane.table.selectionModel().select(
        pane.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = pane.selected_ids()
    assert len(chosen) == 2
    qtbot.keyClick(pane.table, Qt.Key.Key_A)
    answer_prompt(qtbot, pane, "sam")
    wait_idle(qtbot, pane, tasks)
    qtbot.keyClick(pane.table, Qt.Key.Key_T)
    answer_prompt(qtbot, pane, "billing")
    wait_idle(qtbot, pane, tasks)
    qtbot.keyClick(pane.table, Qt.Key.Key_P)
    answer_prompt(qtbot, pane, "3 — urgent")
    wait_idle(qtbot, pane, tasks)
    qtbot.keyClick(pane.table, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    answer_prompt(qtbot, pane, "Refund promised")
    wait_idle(qtbot, pane, tasks)
    rows = pane.service.rows(chosen)
    assert {(r.assignee, r.tags, r.priority) for r in rows} == {("sam", ("billing",), 3)}
    assert all(len(pane.service.detail(i).notes) == 1 for i in chosen)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: pane.filters.tag.findData("billing") > 0)
    qtbot.waitUntil(
        lambda: pane.model.data(pane.model.index(0, COLUMNS.index("tags"))) == "billing"
    )
    # Undo goes back one action at a time: the note, then the priority.
    qtbot.keyClick(pane.table, Qt.Key.Key_U)
    wait_idle(qtbot, pane, tasks)
    qtbot.keyClick(pane.table, Qt.Key.Key_U)
    wait_idle(qtbot, pane, tasks)
    assert {r.priority for r in pane.service.rows(chosen)} == {0}
    assert all(not pane.service.detail(i).notes for i in chosen)  # type: ignore[union-attr]


def test_snooze_then_wake_when_due(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    pane.table.setFocus()
    target = pane.current_id()
    assert target is not None
    qtbot.keyClick(pane.table, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: pane.asking.snooze_menu.isVisible())
    pane.asking.snooze_menu.actions()[0].trigger()  # "In 1 hour"
    pane.asking.snooze_menu.hide()
    wait_idle(qtbot, pane, tasks)
    assert state_of(pane, target) == "snoozed"
    assert target not in pane.model.ids
    # The hour passes: the item comes back to New by itself.
    Triage(demo_ws.store).snooze([target], int(time.time()) - 1)
    pane.triaging.wake_snoozed()
    qtbot.waitUntil(lambda: target in pane.model.ids, timeout=5000)
    wait_idle(qtbot, pane, tasks)
    assert state_of(pane, target) == "new"


def test_filters_and_saved_views(qtbot: QtBot, pane: InboxPane, tasks: TaskRunner) -> None:
    pane.filters.kind.setCurrentIndex(pane.filters.kind.findData("report"))
    wait_idle(qtbot, pane, tasks)
    reports = list(pane.model.ids)
    assert reports and all(r.kind == "report" for r in pane.service.rows(reports))
    pane.asking.save_view("My reports")
    qtbot.waitUntil(lambda: pane.current_key.startswith("saved:"))
    wait_idle(qtbot, pane, tasks)
    assert list(pane.model.ids) == reports
    texts = [pane.sidebar.item(i).text() for i in range(pane.sidebar.count())]
    qtbot.waitUntil(
        lambda: (
            f"My reports  ({len(reports)})"
            in [pane.sidebar.item(i).text() for i in range(pane.sidebar.count())]
        )
    )
    assert "Saved views" in texts
    pane.select_view("everything")
    wait_idle(qtbot, pane, tasks)
    assert pane.model.rowCount() == 400
    saved_key = next(k for k in pane.views if k.startswith("saved:"))
    pane.select_view(saved_key)
    wait_idle(qtbot, pane, tasks)
    assert list(pane.model.ids) == reports
    pane.asking.delete_view()
    qtbot.waitUntil(lambda: saved_key not in pane.views)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_search_gives_results_or_a_message(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, text: str
) -> None:
    qtbot.keyClick(pane.table, Qt.Key.Key_Slash)
    assert pane.filters.search.hasFocus()
    pane.filters.search.setText(text)  # typing 10,000 keys would only slow the test down
    qtbot.keyClick(pane.filters.search, Qt.Key.Key_Return)
    wait_idle(qtbot, pane, tasks)
    assert "items" in pane.status.text()
    assert pane.model.rowCount() == len(pane.service.ids(pane.current_view))


def test_typing_a_search_narrows_the_list(qtbot: QtBot, pane: InboxPane, tasks: TaskRunner) -> None:
    pane.filters.search.setFocus()
    qtbot.keyClicks(pane.filters.search, "perspective")
    qtbot.waitUntil(lambda: 0 < pane.model.rowCount() < 400, timeout=5000)
    wait_idle(qtbot, pane, tasks)
    assert pane.filters.search.text() == "perspective"  # shortcuts did not eat the letters


def test_new_items_from_a_sync_keep_selection_and_scroll(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, demo_ws: Workspace
) -> None:
    pane.table.selectRow(60)
    pane.table.verticalScrollBar().setValue(50)
    selected = pane.current_id()
    top = pane.model.ids[pane.table.rowAt(0)]
    account = demo_ws.accounts.add("inbox_replying", "Forum", {})
    assert demo_ws.sync.sync(account.id).status == "ok"
    pane.changes.announce(AFTER_SYNC)
    wait_idle(qtbot, pane, tasks)
    assert pane.model.rowCount() == ALL_NEW + 3
    assert pane.current_id() == selected
    assert pane.model.ids[pane.table.rowAt(0)] == top
    assert pane.new_button.isVisible()
    assert pane.new_button.text() == "3 new"
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    assert pane.table.rowAt(0) == 0
    assert not pane.new_button.isVisible()


def test_help_export_and_screenshot(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner, tmp_path: Path
) -> None:
    qtbot.keyClick(pane.table, Qt.Key.Key_Question)
    qtbot.waitUntil(lambda: pane.asking.help is not None and pane.asking.help.isVisible())
    pane.asking.help.close()  # type: ignore[union-attr]
    pane.asking.export_to(tmp_path / "view.csv")
    qtbot.waitUntil(lambda: f"Exported {ALL_NEW} items" in pane.status.text())
    assert len((tmp_path / "view.csv").read_text().splitlines()) >= ALL_NEW + 1
    qtbot.waitUntil(lambda: pane.item_view.detail is not None)
    image = pane.grab()
    assert not image.isNull()
    assert image.save(str(tmp_path / "inbox.png"))
    assert pane.table.viewport().mapToGlobal(QPoint(0, 0)) is not None


def test_undo_with_nothing_to_undo_says_so(pane: InboxPane) -> None:
    pane.triaging.undo()
    assert pane.status.text() == "Nothing to undo."
    assert View() == pane.views["everything"].view
