"""The outbox: actions are stored first, sent once by the next sync, failures stay visible."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from plugins.support import TOKEN, batch, install, item, read_log, write_script
from sqlalchemy import text

from connectors.api import ModAction, Moderate, Post, Reply
from workbench.core.outbox.service import INTERRUPTED
from workbench.core.workspace import Workspace


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted", "midstream")
    return folder


def setup_account(ws: Workspace, **script: Any) -> tuple[int, int, Path]:
    """A synced scripted account with one post; returns (account id, item id, script)."""
    path = write_script(ws.data_dir / "script.json", batches=[batch(item("p1"), cursor="1")])
    account = ws.accounts.add("scripted", "Scripted", {"script": str(path), "token": TOKEN})
    ws.sync.sync(account.id)
    write_script(path, batches=[batch(item("p1"), cursor="1")], **script)
    with ws.store.session() as session:
        item_id = session.execute(text("SELECT id FROM items WHERE external_id='p1'")).scalar()
    assert isinstance(item_id, int)
    return account.id, item_id, path


def sends(script: Path) -> list[dict[str, Any]]:
    """What the connector sent (without the thread it sent from)."""
    return [
        {k: v for k, v in entry.items() if k != "thread"}
        for entry in read_log(script)
        if "send" in entry
    ]


def test_queued_reply_is_sent_once_by_the_next_sync(workspace: Workspace) -> None:
    account_id, item_id, script = setup_account(workspace)
    entry = workspace.outbox.queue(
        account_id, Reply("p1", "Thanks, fixed now!"), item_id=item_id, created_by="alex"
    )
    assert entry.status == "pending"
    assert sends(script) == []  # stored first: nothing goes out before the sync

    summary = workspace.sync.sync(account_id)
    assert summary.sent == 1 and summary.send_failed == 0
    sent = workspace.outbox.for_item(item_id)[0]
    assert (sent.status, sent.attempts, sent.text) == ("sent", 1, "Thanks, fixed now!")
    assert sent.result_url == "https://scripted.test/1"
    assert sent.sent_at is not None

    workspace.sync.sync(account_id)
    assert sends(script) == [{"send": "reply", "text": "Thanks, fixed now!"}]


def test_failed_send_stays_visible_and_can_be_retried(workspace: Workspace) -> None:
    refused = {"type": "PermissionDenied", "message": "The page does not allow posts."}
    account_id, _, script = setup_account(workspace, send_error=refused)
    entry = workspace.outbox.queue(account_id, Post("general", "Open question: what now?"))

    summary = workspace.sync.sync(account_id)
    assert (summary.sent, summary.send_failed) == (0, 1)
    assert summary.message == "1 action(s) could not be sent."
    failed = workspace.outbox.entries(status="failed")
    assert [(e.id, e.last_error, e.attempts) for e in failed] == [
        (entry.id, "The page does not allow posts.", 1)
    ]
    # Not retried behind the user's back.
    workspace.sync.sync(account_id)
    assert len(sends(script)) == 1
    assert workspace.outbox.entries()[0].status == "failed"

    write_script(script, batches=[])
    workspace.outbox.retry(entry.id)
    assert workspace.outbox.entries()[0].status == "pending"
    assert workspace.sync.sync(account_id).sent == 1
    done = workspace.outbox.entries()[0]
    assert (done.status, done.attempts, done.last_error) == ("sent", 2, "")
    assert len(sends(script)) == 2


def test_offline_send_waits_for_the_next_sync(workspace: Workspace) -> None:
    offline = {"type": "Offline", "message": "Cannot reach the platform; nothing was sent."}
    account_id, _, script = setup_account(workspace, send_error=offline)
    workspace.outbox.queue(account_id, Reply("p1", "first"))
    workspace.outbox.queue(account_id, Reply("p1", "second"))
    workspace.sync.sync(account_id)
    first, second = workspace.outbox.entries()
    # Nothing reached the platform: the entries wait, in order, for the next sync.
    assert (first.status, first.last_error, first.attempts) == (
        "pending",
        "Cannot reach the platform; nothing was sent.",
        1,
    )
    assert (second.status, second.attempts) == ("pending", 0)

    write_script(script, batches=[])
    assert workspace.sync.sync(account_id).sent == 2
    assert [e.status for e in workspace.outbox.entries()] == ["sent", "sent"]
    assert [s["text"] for s in sends(script)] == ["first", "first", "second"]


def test_temporary_failure_of_a_send_waits_for_the_user(workspace: Workspace) -> None:
    """A 5xx or a timeout may come after the platform acted: never resend on our own."""
    down = {"type": "TemporaryError", "message": "The platform is down (503)."}
    account_id, _, script = setup_account(workspace, send_error=down)
    workspace.outbox.queue(account_id, Reply("p1", "first"))
    summary = workspace.sync.sync(account_id)
    [entry] = workspace.outbox.entries()
    assert (entry.status, entry.last_error) == ("failed", "The platform is down (503).")
    assert summary.send_failed == 1

    write_script(script, batches=[])
    workspace.sync.sync(account_id)
    assert len(sends(script)) == 1  # not resent by itself
    workspace.outbox.retry(entry.id)
    workspace.sync.sync(account_id)
    assert workspace.outbox.entries()[0].status == "sent"
    assert len(sends(script)) == 2


def test_plugin_bug_while_sending_is_a_visible_failure(workspace: Workspace) -> None:
    account_id, _, _ = setup_account(
        workspace, send_error={"type": "ValueError", "message": "boom"}
    )
    workspace.outbox.queue(account_id, Moderate("p1", ModAction.REMOVE, reason="spam"))
    summary = workspace.sync.sync(account_id)
    assert summary.status == "ok" and summary.send_failed == 1
    entry = workspace.outbox.entries()[0]
    assert (entry.status, entry.last_error) == ("failed", "Unexpected error: boom")


def test_queue_then_crash_then_reopen_sends_exactly_once(data_dir: Path) -> None:
    ws = Workspace.open(data_dir)
    account_id, item_id, script = setup_account(ws)
    ws.outbox.queue(account_id, Reply("p1", "Sent after a restart"), item_id=item_id)
    ws.close()  # the app stops before any sync

    ws = Workspace.open(data_dir)
    try:
        assert ws.sync.sync(account_id).sent == 1
        assert ws.sync.sync(account_id).sent == 0
        assert [e.status for e in ws.outbox.entries()] == ["sent"]
    finally:
        ws.close()
    assert sends(script) == [{"send": "reply", "text": "Sent after a restart"}]


def test_entry_left_sending_by_a_crash_is_failed_not_resent(workspace: Workspace) -> None:
    account_id, _, script = setup_account(workspace)
    entry = workspace.outbox.queue(account_id, Reply("p1", "Did this go out?"))
    with workspace.store.writing() as session:  # what a process killed mid-send leaves
        session.execute(
            text("UPDATE outbox SET status='sending', attempts=1, sent_at=:t WHERE id=:i"),
            {"t": int(time.time()) - 600, "i": entry.id},
        )
    workspace.sync.sync(account_id)
    left = workspace.outbox.entries()[0]
    assert left.status == "failed"
    assert left.last_error == INTERRUPTED
    assert "Check on the platform" in left.last_error
    assert sends(script) == []
    # Only the user's explicit retry sends it again.
    workspace.outbox.retry(entry.id)
    workspace.sync.sync(account_id)
    assert len(sends(script)) == 1


def test_entry_being_sent_by_another_process_is_left_alone(workspace: Workspace) -> None:
    account_id, _, script = setup_account(workspace)
    entry = workspace.outbox.queue(account_id, Reply("p1", "In flight elsewhere"))
    with workspace.store.writing() as session:
        session.execute(
            text("UPDATE outbox SET status='sending', attempts=1, sent_at=:t WHERE id=:i"),
            {"t": int(time.time()), "i": entry.id},
        )
    workspace.sync.sync(account_id)
    assert workspace.outbox.entries()[0].status == "sending"
    assert sends(script) == []


def test_manual_entries_are_never_sent_and_mark_done_keeps_the_record(
    workspace: Workspace,
) -> None:
    account_id, item_id, script = setup_account(workspace)
    entry = workspace.outbox.queue(
        account_id,
        Reply("p1", "Welcome to the group!"),
        item_id=item_id,
        created_by="alex",
        reason="group has no API",
        manual=True,
    )
    workspace.sync.sync(account_id)
    assert workspace.outbox.entries()[0].status == "manual"
    workspace.outbox.mark_done(entry.id, by="alex")
    workspace.sync.sync(account_id)
    done = workspace.outbox.entries()[0]
    assert done.status == "done"
    assert done.text == "Welcome to the group!"
    assert done.created_at == entry.created_at
    assert done.sent_at is not None and abs(done.sent_at.timestamp() - time.time()) < 60
    assert "marked done by alex" in done.reason and "group has no API" in done.reason
    assert sends(script) == []


def test_reply_without_the_capability_fails_in_words(workspace: Workspace) -> None:
    stream = workspace.accounts.add("midstream", "Stream", {"batches": "1"})
    workspace.outbox.queue(stream.id, Reply("m1", "hello"))
    workspace.outbox.queue(stream.id, Post("stream", "hello all"))
    summary = workspace.sync.sync(stream.id)
    assert summary.send_failed == 2
    errors = [e.last_error for e in workspace.outbox.entries()]
    assert errors == [
        "Midstream failures cannot reply through its API.",
        "Midstream failures cannot do this through its API.",
    ]


def test_cancel_removes_only_unsent_entries(workspace: Workspace) -> None:
    account_id, _, _ = setup_account(workspace)
    pending = workspace.outbox.queue(account_id, Reply("p1", "never mind"))
    assert workspace.outbox.cancel(pending.id)
    sent = workspace.outbox.queue(account_id, Reply("p1", "out"))
    workspace.sync.sync(account_id)
    assert not workspace.outbox.cancel(sent.id)
    assert [e.status for e in workspace.outbox.entries()] == ["sent"]
