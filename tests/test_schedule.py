"""Scheduled posts (OutboxActions.schedule_post, send_due), the communities every area
names, workspace settings and reminders (core/communities.py, settings.py, reminders.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from plugins.support import TOKEN, batch, install, item, write_script

from tests.test_outbox import sends
from workbench.core.communities import CommunityRef
from workbench.core.reminders import Reminder
from workbench.core.workspace import Workspace


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted", "gated")
    return folder


def scripted(ws: Workspace, **script: object) -> tuple[CommunityRef, Path]:
    path = write_script(
        ws.data_dir / "script.json",
        communities=[{"id": "general", "name": "General"}, {"id": "help", "name": "r/Help"}],
        batches=[batch(item("p1"), cursor="1")],
        **script,
    )
    account = ws.accounts.add("scripted", "Scripted", {"script": str(path), "token": TOKEN})
    ws.sync.sync(account.id)
    return ws.communities.find("General"), path


def test_communities_are_found_by_the_names_users_type(workspace: Workspace) -> None:
    general, _ = scripted(workspace)
    assert general.name == "General" and general.connector_id == "scripted"
    assert workspace.communities.find("  general ").id == general.id
    assert workspace.communities.find("help").name == "r/Help"  # "r/" is optional
    assert workspace.communities.find("r/help").name == "r/Help"
    assert workspace.communities.get(general.id) == general
    with pytest.raises(LookupError, match="No community is named 'nowhere'"):
        workspace.communities.find("nowhere")
    with pytest.raises(LookupError):
        workspace.communities.get(999)
    assert [c.name for c in workspace.communities.all()] == ["General", "r/Help"]


def test_a_scheduled_post_waits_for_its_time_then_goes_out_once(workspace: Workspace) -> None:
    general, script = scripted(workspace)
    at = datetime.now(UTC) + timedelta(hours=1)
    queued = workspace.actions.schedule_post(
        general, "Weekly thread", "What are you building?", by="alex", at=at
    )
    assert queued.status == "pending"
    assert workspace.actions.send_due() == 0 and sends(script) == []  # not yet
    assert workspace.actions.send_due(now=at - timedelta(seconds=1)) == 0
    workspace.sync.sync(general.account_id)
    assert sends(script) == []  # a sync leaves it alone too
    assert workspace.actions.send_due(now=at) == 1
    assert workspace.actions.send_due(now=at + timedelta(hours=1)) == 0  # exactly once
    workspace.sync.sync(general.account_id)
    assert [s["send"] for s in sends(script)] == ["post"]
    assert workspace.actions.status(queued.entry_id) == "sent"


def test_a_due_post_is_sent_once_after_a_restart(workspace: Workspace, data_dir: Path) -> None:
    general, script = scripted(workspace)
    at = datetime.now(UTC) + timedelta(hours=1)
    queued = workspace.actions.schedule_post(
        general, "", "What did you learn today?", by="alex", at=at
    )
    workspace.close()
    later = at + timedelta(minutes=5)
    again = Workspace.open(data_dir)  # the app was closed when it fell due
    try:
        assert again.actions.send_due(now=later) == 1
        assert again.actions.send_due(now=later) == 0
        assert [s["send"] for s in sends(script)] == ["post"]
        assert again.actions.status(queued.entry_id) == "sent"
    finally:
        again.close()


def test_a_failed_scheduled_post_waits_for_retry(workspace: Workspace) -> None:
    general, script = scripted(workspace, send_error={"type": "ConnectorError", "message": "nope"})
    at = datetime.now(UTC) + timedelta(hours=1)
    queued = workspace.actions.schedule_post(general, "", "Share a win?", by="alex", at=at)
    assert workspace.actions.send_due(now=at) == 0
    assert workspace.actions.status(queued.entry_id) == "failed"
    assert workspace.actions.send_due(now=at) == 0  # never sent again by itself
    write_script(script, communities=[{"id": "general", "name": "General"}], batches=[])
    assert workspace.actions.retry(queued.entry_id) == "sent"
    assert [s["send"] for s in sends(script)] == ["post", "post"]


def test_now_or_in_the_past_sends_at_once(workspace: Workspace) -> None:
    general, script = scripted(workspace)
    queued = workspace.actions.schedule_post(
        general,
        "",
        "How do you start your week?",
        by="alex",
        at=datetime.now(UTC) - timedelta(hours=1),
    )
    assert queued.status == "sent" and [s["send"] for s in sends(script)] == ["post"]


def gated(ws: Workspace) -> CommunityRef:
    (ws.data_dir / "go").write_text("", encoding="utf-8")  # the slow platform does not wait
    account = ws.accounts.add("gated", "Slow", {"folder": str(ws.data_dir)})
    ws.sync.sync(account.id)
    return ws.communities.find("The slow one")


def test_where_the_platform_cannot_post_a_due_post_is_a_reminder(
    workspace: Workspace, data_dir: Path
) -> None:
    slow = gated(workspace)
    at = datetime.now(UTC) + timedelta(hours=1)
    queued = workspace.actions.schedule_post(slow, "", "What are you reading?", by="alex", at=at)
    assert queued.status == "manual"
    assert workspace.reminders.due() == []  # not due yet
    later = at + timedelta(minutes=1)
    assert workspace.actions.send_due(now=later) == 0  # nothing the app can send
    due = workspace.reminders.due(now=later)
    assert [(r.key, r.pane, r.detail) for r in due] == [
        (f"outbox:{queued.entry_id}", "inbox", "What are you reading?")
    ]
    workspace.close()
    again = Workspace.open(data_dir)  # fell due while closed: still there at the next start
    try:
        assert [r.key for r in again.reminders.due(now=later)] == [f"outbox:{queued.entry_id}"]
        again.reminders.acknowledge([f"outbox:{queued.entry_id}"])
        assert again.reminders.due(now=later) == []
    finally:
        again.close()
    third = Workspace.open(data_dir)
    try:
        assert third.reminders.due(now=later) == []  # seen stays seen
    finally:
        third.close()


class Broken:
    def reminders(self, start: datetime, end: datetime) -> list[Reminder]:
        raise RuntimeError("a bug in one area")


class Fixed:
    def __init__(self, *due: datetime) -> None:
        self.due = due

    def reminders(self, start: datetime, end: datetime) -> list[Reminder]:
        return [
            Reminder(f"fixed:{d.isoformat()}", d, "Event starts", "", "events")
            for d in self.due
            if start <= d <= end
        ]


def test_one_broken_source_hides_no_other_reminder(workspace: Workspace) -> None:
    now = datetime.now(UTC)
    workspace.reminders.add_source(Broken())
    workspace.reminders.add_source(
        Fixed(now - timedelta(hours=2), now - timedelta(days=40), now + timedelta(hours=1))
    )
    due = workspace.reminders.due()
    assert [r.due_at for r in due] == [now - timedelta(hours=2)]  # not too old, not future


def test_settings_keep_values_with_the_workspace(workspace: Workspace, data_dir: Path) -> None:
    assert workspace.settings.get("prompts.rest_weeks", 6) == 6
    workspace.settings.set("prompts.rest_weeks", 4)
    workspace.settings.set("events.buffer_minutes", "oops")
    assert workspace.settings.get("events.buffer_minutes", 15) == 15  # wrong type: default
    with pytest.raises(ValueError, match="too large"):
        workspace.settings.set("huge", "x" * 200_000)
    workspace.close()
    again = Workspace.open(data_dir)
    try:
        assert again.settings.get("prompts.rest_weeks", 6) == 4
    finally:
        again.close()
