"""Using a prompt: post now or schedule through the real outbox (sent exactly once across a
restart, a failure retried), variables that block, a time that has passed, and the use
linked to its synced post with its replies counted."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from plugins.support import install, item, write_script
from uses_helpers import SEED, bring, comment, scripted

from tests.test_outbox import sends
from workbench.core.prompts.library import PromptFilter
from workbench.core.prompts.state import UseState
from workbench.core.prompts.uses import PastSchedule
from workbench.core.prompts.variables import MissingVariable
from workbench.core.workspace import Workspace

POSTED = 1_700_000_000


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted")
    return folder


def learned(ws: Workspace) -> int:
    return ws.prompts.add(lang="en", text="What did you learn about {topic} in {community}?").id


def test_a_use_posts_now_links_to_the_synced_post_and_counts_its_replies(
    workspace: Workspace,
) -> None:
    general, script = scripted(workspace)
    prompt_id = learned(workspace)
    use = workspace.prompt_uses.use(prompt_id, general.id, values={"topic": "Rust"}, by="alex")
    assert use.state is UseState.SENT and use.text == "What did you learn about Rust in General?"
    assert use.title == use.text  # no title given: the first line
    assert sends(script) == [{"send": "post", "text": use.text}]
    post = item("sent-1", use.text, author="alex", created=POSTED)
    bring(
        workspace,
        script,
        general,
        post,
        comment("c1", "sent-1", "bea", POSTED + 600),  # the first member reply: 10 minutes
        comment("c2", "sent-1", "alex", POSTED + 700),  # the team answering: not success
        comment("c3", "sent-1", "bea", POSTED + 800),
        comment("c4", "sent-1", "chris", POSTED + 7200),
        comment("other", "elsewhere", "dan", POSTED + 60),
    )
    (linked,) = workspace.prompt_uses.uses(prompt_id=prompt_id)
    assert linked.state is UseState.LINKED and linked.item_id is not None
    assert (linked.replies, linked.member_replies, linked.team_replies, linked.members) == (
        4,
        3,
        1,
        2,
    )
    assert linked.first_reply_minutes == 10.0
    assert linked.score == 3 * 2 + 3 + 2  # members, member replies, answered within the hour
    assert workspace.prompts.get(prompt_id).score == 11.0
    assert workspace.prompts.get(prompt_id).uses == 1


def test_a_scheduled_use_is_sent_exactly_once_across_a_restart(
    workspace: Workspace, data_dir: Path
) -> None:
    general, script = scripted(workspace)
    prompt_id = learned(workspace)
    at = datetime.now(UTC) + timedelta(seconds=1)
    use = workspace.prompt_uses.use(
        prompt_id, general.id, values={"topic": "Go"}, title="Weekly", at=at, by="alex"
    )
    assert use.state is UseState.SCHEDULED and use.due_at == at.replace(microsecond=0)
    assert workspace.actions.send_due() == 0 and sends(script) == []
    workspace.close()
    time.sleep(1.1)
    again = Workspace.open(data_dir)  # the app was closed when it fell due
    try:
        assert again.actions.send_due() == 1
        assert again.actions.send_due() == 0
        assert sends(script) == [
            {"send": "post", "text": "What did you learn about Go in General?"}
        ]
        (sent,) = again.prompt_uses.uses(community_id=general.id)
        assert sent.state is UseState.SENT and sent.title == "Weekly"
    finally:
        again.close()


def test_a_failed_use_waits_for_a_retry_and_then_goes_out(workspace: Workspace) -> None:
    general, script = scripted(workspace, send_error={"type": "TemporaryError", "message": "503"})
    prompt_id = learned(workspace)
    use = workspace.prompt_uses.use(prompt_id, general.id, values={"topic": "C"}, by="alex")
    assert use.state is UseState.FAILED
    assert workspace.actions.send_due() == 0  # never sent again by itself
    write_script(script, batches=[], **SEED)  # the platform is back
    retried = workspace.prompt_uses.retry(use.id)
    assert retried.state is UseState.SENT
    assert [s["send"] for s in sends(script)] == ["post", "post"]
    with pytest.raises(ValueError, match="only a failed one"):
        workspace.prompt_uses.retry(use.id)


def test_an_empty_variable_blocks_the_use_and_nothing_is_queued(workspace: Workspace) -> None:
    general, script = scripted(workspace)
    prompt_id = learned(workspace)
    with pytest.raises(MissingVariable, match=r"Fill in \{topic\}"):
        workspace.prompt_uses.use(prompt_id, general.id, values={"topic": "  "}, by="alex")
    assert workspace.actions.entries() == [] and sends(script) == []
    assert workspace.prompt_uses.uses() == []


def test_a_time_that_has_passed_asks_first_then_posts_now(workspace: Workspace) -> None:
    general, script = scripted(workspace)
    prompt_id = learned(workspace)
    past = datetime.now(UTC) - timedelta(hours=2)
    with pytest.raises(PastSchedule, match=r"has passed\. Post it now instead\?"):
        workspace.prompt_uses.use(prompt_id, general.id, values={"topic": "Go"}, at=past, by="a")
    assert workspace.actions.entries() == []
    use = workspace.prompt_uses.use(
        prompt_id, general.id, values={"topic": "Go"}, at=past, by="a", allow_past=True
    )
    assert use.state is UseState.SENT and use.due_at is None
    assert len(sends(script)) == 1


def test_a_cancelled_scheduled_use_says_so(workspace: Workspace) -> None:
    general, _ = scripted(workspace)
    prompt_id = learned(workspace)
    at = datetime.now(UTC) + timedelta(days=1)
    use = workspace.prompt_uses.use(prompt_id, general.id, values={"topic": "Go"}, at=at, by="a")
    assert use.outbox_id is not None and workspace.actions.cancel(use.outbox_id)
    assert workspace.prompt_uses.get(use.id).state is UseState.SCHEDULED
    (after,) = workspace.prompt_uses.uses()
    assert after.state is UseState.CANCELLED
    assert workspace.prompts.search(PromptFilter())[0].uses == 0
