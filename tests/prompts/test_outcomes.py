"""Outcome memory: replies synced from the fake Reddit (connectors/testing/reddit_server.py)
counted for a prompt's post, threads without new items not counted again, and a manual-assist
use linked to the post the manager pasted on a platform the app cannot post to."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from connectors.testing.reddit_server import FakeReddit, served
from workbench.core.communities import CommunityRef
from workbench.core.prompts.state import UseState
from workbench.core.workspace import Workspace

READ_ONLY = Path(__file__).resolve().parent / "plugins" / "readonly.py"


@pytest.fixture
def fake_reddit(shared_fixtures: Path) -> Iterator[FakeReddit]:
    yield from served(shared_fixtures)


def python(ws: Workspace, fake: FakeReddit) -> CommunityRef:
    account = ws.accounts.add("reddit", "Reddit mods", fake.settings(subreddits="python"))
    ws.sync.sync(account.id, force=True)
    return ws.communities.find("r/python")


def post_of(fake: FakeReddit, title: str) -> str:
    return next(f for f, t in fake.model.things.items() if t.get("title") == title)


def test_replies_synced_from_reddit_are_counted_for_the_prompts_post(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    community = python(workspace, fake_reddit)
    prompt = workspace.prompts.add(lang="en", text="What are you building with {topic}?")
    use = workspace.prompt_uses.use(prompt.id, community.id, values={"topic": "asyncio"}, by="alex")
    assert use.state is UseState.SENT  # posted on the fake Reddit through the outbox
    model, now = fake_reddit.model, time.time()
    post = post_of(fake_reddit, "What are you building with asyncio?")
    workspace.sync.sync(community.account_id, force=True)
    (linked,) = workspace.prompt_uses.uses()
    assert linked.state is UseState.LINKED and linked.replies == 0 and linked.score == 0
    model.add_comment(post, "A scraper", author="member_one", created=now + 300)
    model.add_comment(post, "Thanks!", author=fake_reddit.username, created=now + 400)
    reply = model.add_comment(post, "A bot", author="member_two", created=now + 900)
    model.add_comment(reply, "Nice", author="member_one", created=now + 1000)
    workspace.sync.sync(community.account_id, force=True)
    (counted,) = workspace.prompt_uses.uses()
    assert (counted.replies, counted.member_replies, counted.team_replies) == (4, 3, 1)
    assert counted.members == 2 and counted.first_reply_minutes == 5.0
    assert counted.score == 3 * 2 + 3 + 2
    (row,) = workspace.prompt_uses.results(per="community")
    assert (row.community_id, row.members, row.score) == (community.id, 2, 11.0)


def test_a_thread_without_new_items_is_not_counted_again(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    community = python(workspace, fake_reddit)
    prompt = workspace.prompts.add(lang="en", text="Which library surprised you this year?")
    use = workspace.prompt_uses.use(prompt.id, community.id, values={}, by="alex")
    model, now = fake_reddit.model, time.time()
    post = post_of(fake_reddit, prompt.text)
    model.add_comment(post, "httpx", author="member_one", created=now + 60)
    workspace.sync.sync(community.account_id, force=True)
    assert workspace.prompt_uses.refresh() == 2  # linked, then counted
    assert workspace.prompt_uses.refresh() == 0  # nothing new: nothing recounted
    other = model.add_post("python", "Elsewhere", "no reply to the prompt", created=now + 70)
    model.add_comment(other, "a reply elsewhere", author="member_two", created=now + 80)
    workspace.sync.sync(community.account_id, force=True)
    assert workspace.prompt_uses.refresh() == 0  # new items, but not in the prompt's thread
    model.add_comment(post, "rich", author="member_two", created=now + 90)
    workspace.sync.sync(community.account_id, force=True)
    assert workspace.prompt_uses.refresh() == 1
    assert workspace.prompt_uses.get(use.id).members == 2


def platform_holds(folder: Path, *items: dict[str, Any]) -> None:
    (folder / "items.json").write_text(json.dumps(list(items)), encoding="utf-8")


def test_a_manual_use_is_linked_to_the_post_the_manager_pasted(
    workspace: Workspace, tmp_path: Path
) -> None:
    (workspace.data_dir / "plugins").mkdir(exist_ok=True)
    shutil.copy(READ_ONLY, workspace.data_dir / "plugins" / "readonly.py")
    again = Workspace.open(workspace.data_dir)  # finds the plugin, as after a restart
    try:
        folder = tmp_path / "platform"
        folder.mkdir()
        account = again.accounts.add("readonly", "Club", {"folder": str(folder)})
        again.sync.sync(account.id, force=True)
        club = again.communities.find("Book club")
        prompt = again.prompts.add(lang="en", text="Which book changed your mind about {topic}?")
        use = again.prompt_uses.use(prompt.id, club.id, values={"topic": "work"}, by="alex")
        assert use.state is UseState.MANUAL  # the manager posts it; the outbox keeps the entry
        now = int(time.time())
        mine = {"author": "alex", "flags": ["own"], "created": now}
        platform_holds(
            folder,
            {"id": "p1", "text": use.text, "author": "bea", "created": now},  # a member quoting it
            {"id": "p2", "text": "Something else", **mine},
            {"id": "p3", "text": f"  {use.text}\n", **mine},  # what the manager pasted
            {"id": "c1", "kind": "comment", "thread": "p3", "author": "bea", "created": now + 120},
        )
        again.sync.sync(account.id, force=True)
        linked = next(u for u in again.prompt_uses.uses() if u.id == use.id)
        assert linked.state is UseState.LINKED and (linked.replies, linked.members) == (1, 1)
        assert linked.first_reply_minutes == 2.0
    finally:
        again.close()
