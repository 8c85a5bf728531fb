"""A promotion plan to the outbox to sent, through the demo connector (a real built-in
connector that answers without a network), and the reminders the events area gives."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from workbench.core.communities import CommunityRef
from workbench.core.events.model import EventDraft, EventError
from workbench.core.events.promotion import StepDraft
from workbench.core.events.state import EventKind, StepKind, StepState
from workbench.core.outbox.state import OutboxStatus
from workbench.core.workspace import Workspace

PARIS = ZoneInfo("Europe/Paris")


def communities(ws: Workspace) -> list[CommunityRef]:
    account = ws.accounts.add("demo", "Demo", {"size": "20"})
    ws.sync.sync(account.id)
    return ws.communities.all()[:2]


def webinar(ws: Workspace, start: datetime, community_ids: tuple[int, ...]) -> int:
    draft = EventDraft(
        title="Spring webinar",
        kind=EventKind.WEBINAR,
        start=start.astimezone(PARIS),
        end=start.astimezone(PARIS) + timedelta(hours=1),
        tz="Europe/Paris",
        community_ids=community_ids,
        online_link="https://meet.example.com/spring",
        reminders_minutes=(60,),
    )
    return ws.events.create(draft).id


def test_the_default_plan_in_each_community(workspace: Workspace) -> None:
    first, second = communities(workspace)
    start = datetime(2030, 3, 20, 17, tzinfo=UTC)
    event = webinar(workspace, start, (first.id, second.id))
    workspace.promotion.set_steps(event, workspace.promotion.default_steps(event))
    plan = workspace.promotion.plan(event, prompt="What would you like to learn next?")
    assert len(plan) == 10 and {s.state for s in plan} == {StepState.PLANNED}
    mine = [s for s in plan if s.community_id == first.id]
    assert [(s.step, s.due_at) for s in mine] == [
        (StepKind.ANNOUNCE, start - timedelta(days=14)),
        (StepKind.REMIND, start - timedelta(days=7)),
        (StepKind.REMIND, start - timedelta(days=1)),
        (StepKind.STARTING, start - timedelta(hours=1)),
        (StepKind.FOLLOW_UP, start + timedelta(hours=1, days=1)),
    ]
    announce = mine[0]
    assert announce.title == "Coming up: Spring webinar on Wednesday 20 March 2030"
    assert announce.text == (
        "Save the date: **Spring webinar** on Wednesday 20 March 2030 at 18:00 (Europe/Paris)."
        f"\n\nJoin here: https://meet.example.com/spring\n\nSee you there, {first.name}!"
    )  # no registration link: its line is left out
    assert mine[-1].text == (
        "Thank you to everyone who joined **Spring webinar**!\n\nWhat would you like to learn next?"
    )  # no recording yet: its line waits
    workspace.events.record_outcome(event, recording_link="https://video.example.com/r1")
    follow = workspace.promotion.plan(event)[-1]
    assert "The recording: https://video.example.com/r1" in follow.text


def test_plan_to_outbox_to_sent(workspace: Workspace) -> None:
    [first, _] = communities(workspace)
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    event = webinar(workspace, start, (first.id,))
    soon = (datetime.now(UTC) + timedelta(seconds=1)) - start
    workspace.promotion.set_steps(
        event,
        [
            StepDraft(StepKind.ANNOUNCE, timedelta(days=-14), first.id),  # past: goes out now
            StepDraft(StepKind.REMIND, soon, first.id, title="Soon: {event}"),
            StepDraft(StepKind.REMIND, timedelta(days=-1), first.id),
        ],
    )
    assert workspace.promotion.schedule(event, by="alex") == 3
    plan = {s.title.split(":")[0]: s for s in workspace.promotion.plan(event)}
    assert plan["Coming up"].state is StepState.SENT
    assert workspace.actions.get(plan["Coming up"].outbox_id or 0).status is OutboxStatus.SENT
    assert plan["Soon"].state is StepState.PLANNED
    assert plan["Reminder"].state is StepState.PLANNED
    time.sleep(max((plan["Soon"].due_at - datetime.now(UTC)).total_seconds(), 0) + 0.1)
    assert workspace.promotion.plan(event)[1].state is StepState.DUE  # due, not sent yet
    assert workspace.actions.send_due() == 1
    states = [s.state for s in workspace.promotion.plan(event)]
    assert states == [StepState.SENT, StepState.SENT, StepState.PLANNED]
    # Scheduling again (after an edit) leaves sent posts alone and sends nothing twice.
    assert workspace.promotion.schedule(event, by="alex") == 1
    assert workspace.actions.send_due() == 0
    posts = [e for e in workspace.actions.entries() if e.action == "post"]
    assert [e.status for e in posts] == [OutboxStatus.SENT, OutboxStatus.SENT, OutboxStatus.PENDING]


def test_editing_the_plan_takes_back_what_was_not_sent(workspace: Workspace) -> None:
    [first, _] = communities(workspace)
    start = datetime.now(UTC) + timedelta(days=30)
    event = webinar(workspace, start, (first.id,))
    workspace.promotion.set_steps(event, workspace.promotion.default_steps(event))
    workspace.promotion.schedule(event, by="alex")
    assert len(workspace.actions.entries(status=OutboxStatus.PENDING)) == 5
    workspace.promotion.set_steps(
        event, [StepDraft(StepKind.ANNOUNCE, timedelta(days=-10), first.id)]
    )
    assert workspace.actions.entries(status=OutboxStatus.PENDING) == []
    [step] = workspace.promotion.plan(event)
    assert step.due_at == start.replace(microsecond=0) - timedelta(days=10)
    with pytest.raises(EventError, match="follow-up is posted after"):
        workspace.promotion.set_steps(
            event, [StepDraft(StepKind.FOLLOW_UP, timedelta(days=-1), first.id)]
        )
    with pytest.raises(LookupError):
        workspace.promotion.set_steps(event, [StepDraft(StepKind.REMIND, timedelta(0), 999)])


def test_french_templates(workspace: Workspace) -> None:
    [first, _] = communities(workspace)
    event = webinar(workspace, datetime(2030, 3, 20, 17, tzinfo=UTC), (first.id,))
    workspace.promotion.language = "fr"
    workspace.promotion.set_steps(event, workspace.promotion.default_steps(event))
    announce = workspace.promotion.plan(event)[0]
    assert announce.title == "Bientôt : Spring webinar le mercredi 20 mars 2030"


def test_reminders_for_an_event_and_a_due_step(workspace: Workspace) -> None:
    [first, _] = communities(workspace)
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=30)
    event = webinar(workspace, start, (first.id,))
    due = workspace.reminders.due()
    starting = [r for r in due if r.pane == "events"]
    assert [(r.title, r.detail) for r in starting] == [
        ("An event is about to start", "Spring webinar")
    ]
    assert starting[0].due_at == start - timedelta(hours=1)
    workspace.reminders.acknowledge(r.key for r in starting)
    assert [r for r in workspace.reminders.due() if r.pane == "events"] == []
    workspace.events.delete(event)


def test_no_reminder_for_an_event_already_over_or_cancelled(workspace: Workspace) -> None:
    start = datetime.now(UTC).replace(microsecond=0)
    over = EventDraft(title="Yesterday's AMA", start=start - timedelta(days=1),
                      end=start - timedelta(days=1) + timedelta(hours=1))  # fmt: skip
    workspace.events.create(over)
    soon = EventDraft(title="Cancelled chat", start=start + timedelta(minutes=20),
                      end=start + timedelta(minutes=50), reminders_minutes=(30,))  # fmt: skip
    workspace.events.cancel_occurrence(workspace.events.create(soon).id, start)
    assert [r for r in workspace.reminders.due() if r.pane == "events"] == []
