"""Actions go through the outbox and reach the fake Reddit as exactly one right request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reddit_helpers import add_account, sync

from connectors.api import ModAction, Moderate, Reply
from connectors.testing.reddit_server import FakeReddit
from workbench.core.workspace import Workspace


@pytest.fixture
def thread(fake_reddit: FakeReddit) -> dict[str, str]:
    model = fake_reddit.model
    post = model.add_post("python", "Help?", "text")
    comment = model.add_comment(post, "an answer")
    conv = model.add_conversation("python", "Question", "member", "Hello mods")
    return {"post": post, "comment": comment, "conv": f"modmail/{conv}", "conv_id": conv}


ACTION_CASES = [
    (Reply("post", "Thanks!"), "/api/comment", {"thing_id": "post", "text": "Thanks!"}),
    (Reply("comment", "Agreed"), "/api/comment", {"thing_id": "comment", "text": "Agreed"}),
    (Moderate("post", ModAction.APPROVE), "/api/approve", {"id": "post"}),
    (Moderate("comment", ModAction.SPAM), "/api/remove", {"id": "comment", "spam": "True"}),
    (Moderate("post", ModAction.LOCK), "/api/lock", {"id": "post"}),
    (Moderate("post", ModAction.UNLOCK), "/api/unlock", {"id": "post"}),
]


@pytest.mark.parametrize(("action", "path", "form"), ACTION_CASES)
def test_each_action_sends_one_right_request(
    workspace: Workspace,
    fake_reddit: FakeReddit,
    thread: dict[str, str],
    action: Reply | Moderate,
    path: str,
    form: dict[str, str],
) -> None:
    account = add_account(workspace, fake_reddit)
    target = thread[action.target_id]
    concrete = (
        Reply(target, action.text) if isinstance(action, Reply) else Moderate(target, action.action)
    )
    entry = workspace.outbox.queue(account, concrete, created_by="alex", reason="test")
    summary = sync(workspace, account)
    assert summary.sent == 1, summary.message
    calls = fake_reddit.calls(path, "POST")
    assert len(calls) == 1
    expected = {k: thread.get(v, v) for k, v in form.items()}
    assert {k: calls[0].form.get(k) for k in expected} == expected
    (sent,) = workspace.outbox.entries(account_id=account)
    assert sent.id == entry.id and sent.status == "sent" and sent.created_by == "alex"
    if isinstance(concrete, Reply):
        reply = fake_reddit.model.children[target][-1]
        assert workspace.outbox.entries(account_id=account)[0].result_url.endswith(f"/{reply[3:]}/")


def test_remove_with_reason_and_message(
    workspace: Workspace, fake_reddit: FakeReddit, thread: dict[str, str]
) -> None:
    account = add_account(workspace, fake_reddit)
    action = Moderate(thread["post"], ModAction.REMOVE, reason="Rule 2", message="Please read")
    workspace.outbox.queue(account, action)
    assert sync(workspace, account).sent == 1
    (remove,) = fake_reddit.calls("/api/remove", "POST")
    assert remove.form["id"] == thread["post"] and remove.form["spam"] == "False"
    (note,) = fake_reddit.calls("/api/v1/modactions/removal_reasons", "POST")
    assert json.loads(note.form["json"]) == {
        "item_ids": [thread["post"]],
        "mod_note": "Rule 2",
        "reason_id": None,
    }
    (message,) = fake_reddit.calls("/api/v1/modactions/removal_link_message", "POST")
    sent = json.loads(message.form["json"])
    assert sent["item_id"] == [thread["post"]] and sent["message"] == "Please read"


@pytest.mark.parametrize("internal", [False, True])
def test_modmail_reply_and_internal_note(
    workspace: Workspace, fake_reddit: FakeReddit, thread: dict[str, str], internal: bool
) -> None:
    account = add_account(workspace, fake_reddit)
    workspace.outbox.queue(account, Reply(thread["conv"], "We will check", internal=internal))
    assert sync(workspace, account).sent == 1
    (call,) = fake_reddit.calls(f"/api/mod/conversations/{thread['conv_id']}", "POST")
    assert call.form["body"] == "We will check"
    assert call.form["isInternal"] == str(internal)
    (entry,) = workspace.outbox.entries(account_id=account)
    assert entry.status == "sent"
    # The next sync reads the reply back from modmail, flagged as the team's own.
    sync(workspace, account)
    with workspace.store.engine.connect() as connection:
        flags = connection.exec_driver_sql(
            "SELECT flags FROM items WHERE text = 'We will check'"
        ).scalar_one()
    assert "own" in flags and ("internal" in flags) == internal


def test_crash_between_queueing_and_sending_still_sends_exactly_once(
    data_dir: Path, fake_reddit: FakeReddit, thread: dict[str, str]
) -> None:
    ws = Workspace.open(data_dir)
    account = add_account(ws, fake_reddit)
    ws.outbox.queue(account, Reply(thread["comment"], "Queued before the crash"))
    ws.close()  # the app dies here: nothing was sent

    reopened = Workspace.open(data_dir)
    try:
        assert sync(reopened, account).sent == 1
        assert sync(reopened, account).sent == 0
    finally:
        reopened.close()
    calls = fake_reddit.calls("/api/comment", "POST")
    assert [c.form["text"] for c in calls] == ["Queued before the crash"]


def test_a_refused_action_is_recorded_on_the_entry(
    workspace: Workspace, fake_reddit: FakeReddit, thread: dict[str, str]
) -> None:
    account = add_account(workspace, fake_reddit)
    fake_reddit.fail("/api/approve", status=403, times=1)
    workspace.outbox.queue(account, Moderate(thread["post"], ModAction.APPROVE))
    summary = sync(workspace, account)
    assert summary.send_failed == 1
    (entry,) = workspace.outbox.entries(account_id=account)
    assert entry.status == "failed" and "403" in entry.last_error
    assert len(fake_reddit.calls("/api/approve")) == 1
