"""Polls: native on Reddit (praw's poll submission against the fake Reddit), a post listing
the options elsewhere (the demo connector), results synced or entered."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from connectors.reddit import polls as reddit_polls
from connectors.testing.reddit_poll_routes import vote
from connectors.testing.reddit_server import FakeReddit, served
from workbench.core.events.model import EventDraft, EventError, PollSpec
from workbench.core.events.state import EventKind
from workbench.core.outbox.state import OutboxStatus
from workbench.core.workspace import Workspace


@pytest.fixture
def fake_reddit(shared_fixtures: Path) -> Iterator[FakeReddit]:
    yield from served(shared_fixtures)


def poll_event(ws: Workspace, community_ids: tuple[int, ...]) -> int:
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1)
    draft = EventDraft(
        title="Which day for the next AMA?",
        kind=EventKind.POLL,
        start=start,
        end=start + timedelta(days=3),
        community_ids=community_ids,
        poll=PollSpec("Which day suits you?", ("Monday", "Wednesday", "Friday"), 3),
    )
    return ws.events.create(draft).id


def test_installed_praw_submits_polls() -> None:
    assert reddit_polls.available()


def test_a_native_reddit_poll_and_its_results(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    fake_reddit.model.add_post("python", "Welcome", "hello")
    account = workspace.accounts.add(
        "reddit", "Reddit mods", fake_reddit.settings(subreddits="python")
    )
    workspace.sync.sync(account.id, force=True)
    python = workspace.communities.find("r/python")
    event = poll_event(workspace, (python.id,))
    posted = workspace.polls.publish(event, python.id, by="alex")
    assert (posted.native, posted.state) == (True, "posted")
    thing = fake_reddit.model.things[posted.external_id]
    assert thing["title"] == "Which day suits you?"
    assert thing["poll"]["options"] == ["Monday", "Wednesday", "Friday"]
    assert thing["poll"]["duration"] == 3
    assert workspace.polls.publish(event, python.id, by="alex") == posted  # not twice
    vote(fake_reddit.model, posted.external_id, [4, 9, 2])
    tally = workspace.polls.sync_results(event)
    assert tally is not None and tally.votes == (("Monday", 4), ("Wednesday", 9), ("Friday", 2))
    assert (tally.total, tally.source) == (15, "synced")
    assert workspace.polls.results(event) == tally
    # Editing the event keeps where the poll went and its votes.
    view = workspace.events.get(event)
    workspace.events.update(event, view.to_draft())
    assert workspace.polls.results(event) == tally and workspace.polls.publications(event)


def test_a_poll_where_the_platform_has_none_is_a_post_listing_the_options(
    workspace: Workspace,
) -> None:
    account = workspace.accounts.add("demo", "Demo", {"size": "5"})
    workspace.sync.sync(account.id)
    community = workspace.communities.all()[0]
    event = poll_event(workspace, (community.id,))
    posted = workspace.polls.publish(event, community.id, by="alex")
    assert (posted.native, posted.state) == (False, "listed")
    entry = workspace.actions.get(posted.outbox_id or 0)
    assert entry.status is OutboxStatus.SENT
    assert entry.text.startswith("Which day suits you?\n\n1. Monday\n2. Wednesday\n3. Friday\n\n")
    assert "Reply with the number of your choice by" in entry.text
    assert workspace.polls.sync_results(event) is None
    tally = workspace.polls.enter_results(event, [1, 5, 0])
    assert (tally.total, tally.source) == (6, "entered")
    with pytest.raises(EventError, match="one number"):
        workspace.polls.enter_results(event, [1, 2])


def test_a_poll_left_sending_by_a_crash_is_not_posted_again_silently(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    fake_reddit.model.add_post("python", "Welcome", "hello")
    account = workspace.accounts.add(
        "reddit", "Reddit mods", fake_reddit.settings(subreddits="python")
    )
    workspace.sync.sync(account.id, force=True)
    python = workspace.communities.find("r/python")
    event = poll_event(workspace, (python.id,))
    # What a crash between "sending" and the answer leaves behind.
    workspace.polls._save(event, {"posted": {str(python.id): {
        "community_id": python.id, "native": True, "state": "sending"}}})  # fmt: skip
    first = workspace.polls.publish(event, python.id, by="alex")
    assert first.state == "failed" and "Check on the platform" in first.error
    assert not any("poll" in t for t in fake_reddit.model.things.values())
    again = workspace.polls.publish(event, python.id, by="alex")  # the user asks again
    assert again.state == "posted"
