"""The Moderation pane driven as a moderator would: the queue sorted and filtered, an entry
in context, actions by key and by button on one or many entries, the decision log and its
CSV export, member notes; and a screenshot at 1280x720."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from connectors.testing.reddit_mod_routes import state
from connectors.testing.reddit_server import FakeReddit
from workbench.core.moderation.state import Decision, QueueOrder
from workbench.gui.moderation import ModerationPane
from workbench.gui.moderation.dialogs import RemoveDialog, WarnDialog


def rows(pane: ModerationPane) -> list[tuple[str, str]]:
    """(author, reason) of each row, as shown."""
    model = pane.model
    return [
        (str(model.index(r, 4).data()), str(model.index(r, 3).data()))
        for r in range(model.rowCount())
    ]


def select(qtbot: QtBot, pane: ModerationPane, author: str) -> None:
    row = next(i for i, (who, _) in enumerate(rows(pane)) if who == author)
    pane.table.selectRow(row)
    wanted = pane.model.entries[row].item_id
    # The entry shown is the one selected (the first row's, selected on load, may come first).
    qtbot.waitUntil(
        lambda: (c := pane.entry_view.context) is not None and c.entry.item_id == wanted,
        timeout=30000,
    )
    pane.table.setFocus()


def test_the_queue_shows_every_report_sorted_and_filtered(
    qtbot: QtBot, pane: ModerationPane
) -> None:
    assert sorted(rows(pane)) == [
        ("bad_actor", "Personal information"),
        ("rude_one", "Harassment"),
        ("spammer1", "Spam"),
    ]
    with qtbot.waitSignal(pane.queue_loaded, timeout=30000):
        pane.order.setCurrentIndex(pane.order.findData(QueueOrder.SEVERITY.value))
    assert rows(pane)[0][0] == "bad_actor"  # a moderator's report weighs most
    assert pane.model.index(0, 0).data() == "High"
    with qtbot.waitSignal(pane.queue_loaded, timeout=30000):
        pane.search.setText("harass")
    assert rows(pane) == [("rude_one", "Harassment")]


def test_an_entry_shows_its_item_in_context(qtbot: QtBot, pane: ModerationPane) -> None:
    select(qtbot, pane, "rude_one")
    view = pane.entry_view
    assert view.reasons.text() == "Harassment"
    assert view.text.toPlainText() == "you are an idiot"
    assert "How do I pin a version?" in view.thread_list.item(0).text()  # the post it answers
    assert "Notes on the author (0)" in view.tabs.tabText(2)


def test_approve_by_key_sends_it_and_the_entry_leaves(
    qtbot: QtBot, pane: ModerationPane, fake_reddit: FakeReddit
) -> None:
    select(qtbot, pane, "rude_one")
    with qtbot.waitSignals([pane.acted, pane.queue_loaded], timeout=30000):
        qtbot.keyClick(pane.table, Qt.Key.Key_A)
    assert len(fake_reddit.calls("/api/approve", "POST")) == 1
    assert "rude_one" not in [who for who, _ in rows(pane)]
    assert pane.status.text().startswith(("2 open", "Done"))


def test_many_entries_are_dismissed_at_once(qtbot: QtBot, pane: ModerationPane) -> None:
    pane.table.selectAll()
    pane.table.setFocus()
    assert "3 entries selected" in pane.entry_view.summary.text()
    with qtbot.waitSignals([pane.acted, pane.queue_loaded], timeout=30000):
        qtbot.keyClick(pane.table, Qt.Key.Key_D)
    assert rows(pane) == []
    assert "queue is empty" in pane.status.text()


def test_remove_with_a_reason_previews_the_message_and_sends_it(
    qtbot: QtBot, pane: ModerationPane, fake_reddit: FakeReddit
) -> None:
    select(qtbot, pane, "spammer1")
    qtbot.mouseClick(pane.action_bar.buttons[Decision.REMOVE], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(pane.dialog, RemoveDialog), timeout=30000)
    dialog = pane.dialog
    assert isinstance(dialog, RemoveDialog)
    dialog.template.setCurrentIndex(dialog.template.findText("Spam or self-promotion"))
    dialog.reason.setText("Rule 4")
    assert 'Hi u/spammer1, your submission "Buy cheap watches"' in dialog.preview.toPlainText()
    dialog.rule.setText("No spam")
    with qtbot.waitSignal(pane.acted, timeout=30000):
        dialog.accept()
    (message,) = state(fake_reddit).removal_messages
    assert message["type"] == "public" and message["message"].endswith("Rule 4")
    assert pane.moderation.decisions.entries()[0].rule == "No spam"


def test_a_warning_asks_its_text_and_the_decisions_tab_exports_csv(
    qtbot: QtBot, pane: ModerationPane, tmp_path: Path
) -> None:
    select(qtbot, pane, "rude_one")
    qtbot.keyClick(pane.table, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: isinstance(pane.dialog, WarnDialog), timeout=30000)
    dialog = pane.dialog
    assert isinstance(dialog, WarnDialog)
    dialog.message.setPlainText("Keep it civil, please.")
    dialog.rationale.setText("first time")
    with qtbot.waitSignal(pane.acted, timeout=30000):
        dialog.accept()
    with qtbot.waitSignal(pane.decisions_tab.loaded, timeout=30000):
        pane.tabs.setCurrentWidget(pane.decisions_tab)
    table = pane.decisions_tab.table
    assert table.rowCount() == 1 and table.item(0, 1).text() == "Warn"
    assert table.item(0, 6).text() == "Done on the platform"
    assert "1 decision(s)" in pane.decisions_tab.summary.text()
    target = tmp_path / "decisions.csv"
    with qtbot.waitSignal(pane.decisions_tab.exported, timeout=30000):
        pane.decisions_tab.export_to(target)
    (row,) = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert (row["action"], row["rationale"], row["member"]) == ("warn", "first time", "rude_one")


def test_member_notes_are_found_added_and_shown_in_context(
    qtbot: QtBot, pane: ModerationPane
) -> None:
    notes = pane.notes_tab
    pane.tabs.setCurrentWidget(notes)
    notes.name.setText("u/spammer1")
    with qtbot.waitSignal(notes.loaded, timeout=30000):
        qtbot.keyClick(notes.name, Qt.Key.Key_Return)
    assert notes.member.currentText() == "spammer1 (reddit)"
    notes.text.setText("Second watch post this week")
    with qtbot.waitSignal(notes.loaded, timeout=30000):
        qtbot.keyClick(notes.text, Qt.Key.Key_Return)
    assert "Second watch post this week" in notes.notes.item(0).text()
    pane.tabs.setCurrentIndex(0)
    select(qtbot, pane, "spammer1")
    assert "Notes on the author (1)" in pane.entry_view.tabs.tabText(2)
    assert "Another watch deal" in pane.entry_view.author_items.item(0).text()


def test_the_platform_notes_on_the_author_are_read_on_request(
    qtbot: QtBot, pane: ModerationPane, fake_reddit: FakeReddit
) -> None:
    state(fake_reddit).add_note("python", "rude_one", "Said sorry in modmail", operator="mod_sam")
    select(qtbot, pane, "rude_one")
    with qtbot.waitSignal(pane.context_loaded, timeout=30000):
        qtbot.mouseClick(pane.entry_view.read_notes, Qt.MouseButton.LeftButton)
    assert pane.status.text() == "1 new note(s) from the platform."
    assert "Notes on the author (1)" in pane.entry_view.tabs.tabText(2)
    assert "Said sorry in modmail" in pane.entry_view.notes.item(0).text()


def test_screenshots_at_1280x720(qtbot: QtBot, pane: ModerationPane, tmp_path: Path) -> None:
    """Saved for a person to look at (the queue, member notes, decisions)."""
    select(qtbot, pane, "spammer1")
    pane.resize(1280, 720)
    assert pane.grab().save(str(tmp_path / "moderation_queue.png"))
    with qtbot.waitSignal(pane.acted, timeout=30000):
        qtbot.keyClick(pane.table, Qt.Key.Key_E)  # escalate: the decision shows in the log
    notes = pane.notes_tab
    pane.tabs.setCurrentWidget(notes)
    notes.name.setText("spammer1")
    with qtbot.waitSignal(notes.loaded, timeout=30000):
        notes.find_member()
    assert pane.grab().save(str(tmp_path / "moderation_notes.png"))
    with qtbot.waitSignal(pane.decisions_tab.loaded, timeout=30000):
        pane.tabs.setCurrentWidget(pane.decisions_tab)
    assert pane.decisions_tab.table.rowCount() == 1
    assert pane.grab().save(str(tmp_path / "moderation_decisions.png"))


def test_the_queue_model_passes_the_model_tester(
    qtmodeltester: ModelTester, pane: ModerationPane
) -> None:
    assert pane.model.rowCount() == 3
    qtmodeltester.check(pane.model)


def test_a_case_is_opened_from_selected_entries_and_closed_in_its_tab(
    qtbot: QtBot, pane: ModerationPane
) -> None:
    pane.table.selectAll()
    with qtbot.waitSignal(pane.case_opened, timeout=30000):
        pane.open_case("Watch spam ring", pane.selected_ids())
    assert "opened with 3 item(s)" in pane.status.text()
    cases = pane.cases_tab
    with qtbot.waitSignal(cases.loaded, timeout=30000):
        pane.tabs.setCurrentWidget(cases)
    assert cases.table.rowCount() == 1
    assert [cases.table.item(0, c).text() for c in range(4)] == [
        "Watch spam ring",
        "Open",
        "3",
        "3",
    ]
    cases.table.selectRow(0)
    cases.status.setCurrentIndex(cases.status.findData("closed"))
    cases.notes.setPlainText("All three banned")
    with qtbot.waitSignal(cases.loaded, timeout=30000):
        qtbot.mouseClick(cases.save, Qt.MouseButton.LeftButton)
    assert cases.table.item(0, 1).text() == "Closed"
    (case,) = pane.moderation.cases.all()
    assert case.notes == "All three banned"
