"""A prompt scheduled for r/python on the fake Reddit (connectors/testing/reddit_server.py):
sent exactly once across a restart, a failure retried by the user, and the post linked and
counted once a sync brings it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from connectors.testing.reddit_server import FakeReddit, served
from workbench.core.communities import CommunityRef
from workbench.core.prompts.state import UseState
from workbench.core.workspace import Workspace


@pytest.fixture
def fake_reddit(shared_fixtures: Path) -> Iterator[FakeReddit]:
    yield from served(shared_fixtures)


def python(ws: Workspace, fake: FakeReddit) -> CommunityRef:
    account = ws.accounts.add("reddit", "Reddit mods", fake.settings(subreddits="python"))
    ws.sync.sync(account.id, force=True)
    return ws.communities.find("r/python")


def submitted(fake: FakeReddit) -> list[dict[str, str]]:
    return [
        {k: c.form[k] for k in ("sr", "title", "text")}
        for c in fake.calls("/api/submit", "POST")
        if c.status == 200
    ]


def test_a_scheduled_use_goes_to_reddit_once_across_a_restart_and_is_counted(
    workspace: Workspace, data_dir: Path, fake_reddit: FakeReddit
) -> None:
    community = python(workspace, fake_reddit)
    prompt = workspace.prompts.add(lang="en", text="What did you ship with {topic} this week?")
    at = datetime.now(UTC) + timedelta(seconds=2)
    use = workspace.prompt_uses.use(
        prompt.id, community.id, values={"topic": "Django"}, title="Weekly", at=at, by="alex"
    )
    assert use.state is UseState.SCHEDULED and use.due_at is not None and use.due_at >= at
    assert workspace.actions.send_due() == 0 and submitted(fake_reddit) == []
    workspace.close()
    time.sleep(max(0.0, (use.due_at - datetime.now(UTC)).total_seconds()) + 0.1)
    again = Workspace.open(data_dir)  # the app was closed when it fell due
    try:
        assert again.actions.send_due() == 1
        assert again.actions.send_due() == 0
        assert submitted(fake_reddit) == [
            {"sr": "python", "title": "Weekly", "text": "What did you ship with Django this week?"}
        ]
        assert again.prompt_uses.get(use.id).state is UseState.SCHEDULED  # until refreshed
        (sent,) = again.prompt_uses.uses()
        assert sent.state is UseState.SENT  # posted; the next sync brings the post in
        account = community.account_id
        again.sync.sync(account, force=True)
        post = next(f for f, t in fake_reddit.model.things.items() if t.get("title") == "Weekly")
        fake_reddit.model.add_comment(post, "A blog", author="member_one", created=time.time())
        again.sync.sync(account, force=True)
        again.prompt_uses.refresh()
        linked = again.prompt_uses.get(use.id)
        assert linked.state is UseState.LINKED and (linked.replies, linked.members) == (1, 1)
    finally:
        again.close()


def test_a_reddit_failure_leaves_the_use_failed_until_the_user_retries(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    community = python(workspace, fake_reddit)
    prompt = workspace.prompts.add(lang="en", text="Which talk should we invite next?")
    fake_reddit.fail("/api/submit", status=403)
    use = workspace.prompt_uses.use(prompt.id, community.id, values={}, by="alex")
    assert use.state is UseState.FAILED and submitted(fake_reddit) == []
    assert workspace.actions.send_due() == 0  # never sent again by itself
    assert workspace.prompt_uses.retry(use.id).state is UseState.SENT
    assert submitted(fake_reddit) == [
        {"sr": "python", "title": "Which talk should we invite next?", "text": prompt.text}
    ]
