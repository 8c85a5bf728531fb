"""Outcome memory on the fake Reddit (connectors/testing/reddit_server.py): Reddit takes no
posts from the app, so a use there is manual assist; the post the manager pastes is linked
by its text once a sync brings it, and the replies later syncs bring are counted."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from connectors.testing.reddit_server import FakeReddit, served
from workbench.core.prompts.state import UseState
from workbench.core.workspace import Workspace


@pytest.fixture
def fake_reddit(shared_fixtures: Path) -> Iterator[FakeReddit]:
    yield from served(shared_fixtures)


def test_replies_synced_from_reddit_are_counted_for_the_prompts_post(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    account = workspace.accounts.add(
        "reddit", "Reddit mods", fake_reddit.settings(subreddits="python")
    )
    workspace.sync.sync(account.id, force=True)
    python = workspace.communities.find("r/python")
    prompt = workspace.prompts.add(lang="en", text="What are you building with {topic}?")
    use = workspace.prompt_uses.use(prompt.id, python.id, values={"topic": "asyncio"}, by="alex")
    assert use.state is UseState.MANUAL  # the user posts it; the app keeps the audit entry
    model = fake_reddit.model
    now = time.time()
    # The manager pastes it (the title is the question), a member posts something else.
    post = model.add_post("python", use.title, use.text, author=fake_reddit.username, created=now)
    model.add_post("python", "Unrelated", use.text, author="member_one", created=now + 1)
    workspace.sync.sync(account.id, force=True)
    (linked,) = workspace.prompt_uses.uses()
    assert linked.state is UseState.LINKED and linked.replies == 0 and linked.score == 0
    model.add_comment(post, "A scraper", author="member_one", created=now + 300)
    model.add_comment(post, "Thanks!", author=fake_reddit.username, created=now + 400)
    reply = model.add_comment(post, "A bot", author="member_two", created=now + 900)
    model.add_comment(reply, "Nice", author="member_one", created=now + 1000)
    workspace.sync.sync(account.id, force=True)
    (counted,) = workspace.prompt_uses.uses()
    assert (counted.replies, counted.member_replies, counted.team_replies) == (4, 3, 1)
    assert counted.members == 2 and counted.first_reply_minutes == 5.0
    assert counted.score == 3 * 2 + 3 + 2
    (row,) = workspace.prompt_uses.results(per="community")
    assert (row.community_id, row.members, row.score) == (python.id, 2, 11.0)


def test_a_thread_without_new_items_is_not_counted_again(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    account = workspace.accounts.add(
        "reddit", "Reddit mods", fake_reddit.settings(subreddits="python")
    )
    workspace.sync.sync(account.id, force=True)
    python = workspace.communities.find("r/python")
    prompt = workspace.prompts.add(lang="en", text="Which library surprised you this year?")
    use = workspace.prompt_uses.use(prompt.id, python.id, values={}, by="alex")
    model, now = fake_reddit.model, time.time()
    post = model.add_post("python", use.title, use.text, author=fake_reddit.username, created=now)
    model.add_comment(post, "httpx", author="member_one", created=now + 60)
    workspace.sync.sync(account.id, force=True)
    assert workspace.prompt_uses.refresh() == 2  # linked, then counted
    assert workspace.prompt_uses.refresh() == 0  # nothing new: nothing recounted
    other = model.add_post("python", "Elsewhere", "no reply to the prompt", created=now + 70)
    model.add_comment(other, "a reply elsewhere", author="member_two", created=now + 80)
    workspace.sync.sync(account.id, force=True)
    assert workspace.prompt_uses.refresh() == 0  # new items, but not in the prompt's thread
    model.add_comment(post, "rich", author="member_two", created=now + 90)
    workspace.sync.sync(account.id, force=True)
    assert workspace.prompt_uses.refresh() == 1
    assert workspace.prompt_uses.get(use.id).members == 2
