"""Prompt outcomes and event impact against a store computed by hand (docs/analytics.md):
a prompt with no replies, uses not posted (cancelled, scheduled), a use not counted yet,
a cancelled event, a draft, an event elsewhere, one still to come."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from plugins.support import TOKEN, batch, write_script

from workbench.core.analytics.charts import ChartFilters
from workbench.core.events.model import EventDraft
from workbench.core.events.state import EventStatus
from workbench.core.workspace import Workspace
from workbench.db.interfaces import AnalyticsScope
from workbench.db.models import PromptUse

T0 = 1_700_006_400  # Wednesday 2023-11-15 00:00 UTC
DAY = 86400
EVENT = T0 + 10 * DAY  # Saturday 2023-11-25 00:00, an hour long
NOW = datetime.fromtimestamp(T0 + 30 * DAY, UTC)


def item(i: str, at: int, community: str = "general") -> dict[str, object]:
    return {"id": i, "kind": "post", "created": at, "thread": i, "author": "member",
            "community": community, "flags": []}  # fmt: skip


ITEMS = [
    # Before the event: 4 items in the 28 days before its start (1 a week on average) ...
    item("b1", EVENT - 3 * DAY), item("b2", EVENT - 3 * DAY + 60),
    item("b3", EVENT - 20 * DAY), item("b4", EVENT - 27 * DAY),
    item("b5", EVENT - 29 * DAY),  # too early
    # ... and 3 in the 7 days after its end (one 8 days after: too late).
    item("a1", EVENT + 3600 + DAY), item("a2", EVENT + 3600 + 2 * DAY),
    item("a3", EVENT + 3600 + 6 * DAY), item("a4", EVENT + 3600 + 8 * DAY),
    item("h1", EVENT + DAY, "help"),  # another community
]  # fmt: skip


def at(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


@pytest.fixture
def eng(workspace: Workspace, utc: None) -> Workspace:
    script = write_script(
        workspace.data_dir / "script.json",
        communities=[{"id": "general", "name": "General"}, {"id": "help", "name": "Help"}],
        batches=[batch(*ITEMS, cursor="1")],
    )
    account = workspace.accounts.add("scripted", "Team", {"script": str(script), "token": TOKEN})
    workspace.sync.sync(account.id)
    return workspace


def ids(ws: Workspace) -> tuple[int, int]:
    by_name = {c.name: c.id for c in ws.communities.all()}
    return by_name["General"], by_name["Help"]


def add_uses(ws: Workspace) -> None:
    general, help_ = ids(ws)
    a = ws.prompts.add(lang="en", text="What are you building?").id
    b = ws.prompts.add(lang="en", text="Share a win from this week").id
    c = ws.prompts.add(lang="en", text="Ask me anything").id

    def use(prompt: int, community: int, state: str, when: int, *counts: int | None) -> PromptUse:
        replies, members, first = counts if counts else (0, 0, None)
        return PromptUse(prompt_id=prompt, community_id=community, text="", state=state,
                         created_at=at(when), replies=replies or 0, member_replies=replies or 0,
                         members=members or 0, first_reply_seconds=first,
                         counted_at=at(when + DAY) if counts else None)  # fmt: skip

    with ws.store.writing() as session:
        session.add_all([
            use(a, general, "linked", T0, 3, 2, 300),
            use(a, help_, "linked", T0 + DAY, 1, 1, 900),
            use(b, general, "linked", T0, 0, 0, None),  # no member replied
            use(c, general, "linked", T0 + DAY, 2, 2, 60),
            use(c, general, "sent", T0 + 2 * DAY),  # posted, not back with a sync yet
            use(b, general, "cancelled", T0),  # never went out
            use(b, general, "scheduled", T0),
            use(a, general, "linked", T0 - 30 * DAY, 9, 9, 10),  # before the window
        ])  # fmt: skip


WINDOW = AnalyticsScope(since=T0 - DAY)


def test_prompt_outcomes_per_prompt_best_first(eng: Workspace) -> None:
    add_uses(eng)
    rows = eng.analytics_more.engagement.prompts(WINDOW)
    got = [(o.label, o.uses, o.counted, o.member_replies, o.members, o.first_reply_minutes,
            o.no_reply, o.members_per_post) for o in rows]  # fmt: skip
    assert got == [
        ("Ask me anything", 2, 1, 2, 2, 1.0, 0, 2.0),  # the sent use is a use, not counted
        ("What are you building?", 2, 2, 4, 3, 10.0, 0, 1.5),  # median of 5 and 15 min
        ("Share a win from this week", 1, 1, 0, 0, None, 1, 0.0),  # no replies
    ]
    everything = eng.analytics_more.engagement.prompts(AnalyticsScope())
    # All time, the earlier use (9 members) puts it first: 12 members over 3 posts.
    best = everything[0]
    assert (best.label, best.uses, best.members_per_post) == (
        "What are you building?", 3, 4.0,
    )  # fmt: skip


def test_prompt_outcomes_per_community(eng: Workspace) -> None:
    add_uses(eng)
    general, help_ = ids(eng)
    rows = eng.analytics_more.engagement.prompt_communities(WINDOW)
    got = [(o.key, o.uses, o.counted, o.member_replies, o.members, o.first_reply_minutes,
            o.no_reply) for o in rows]  # fmt: skip
    assert got == [(general, 4, 3, 5, 4, 3.0, 1), (help_, 1, 1, 1, 1, 15.0, 0)]
    only_help = AnalyticsScope(since=T0 - DAY, community_ids=(help_,))
    assert [o.label for o in eng.analytics_more.engagement.prompts(only_help)] == [
        "What are you building?"
    ]


def event(ws: Workspace, title: str, start: int, *communities: int, **more: object) -> int:
    draft = EventDraft(title=title, start=at(start), end=at(start + 3600), tz="UTC",
                       community_ids=communities, **more)  # type: ignore[arg-type]  # fmt: skip
    return ws.events.create(draft).id


def test_event_impact_per_event_held_in_the_window(eng: Workspace) -> None:
    general, help_ = ids(eng)
    held = event(eng, "Python Q&A", EVENT, general)
    eng.events.record_outcome(held, attendance=25)
    event(eng, "Called off", EVENT, general, status=EventStatus.CANCELLED)
    event(eng, "Still a draft", EVENT, general, status=EventStatus.DRAFT)
    event(eng, "Help desk hour", EVENT + 3600, help_)
    event(eng, "Nowhere", EVENT)  # in no community: nothing to measure
    event(eng, "Next month", T0 + 40 * DAY, general)  # after now
    numbers = eng.analytics_more.numbers(
        ChartFilters(first=at(T0).date(), community_ids=(general,)), now=NOW
    )
    (impact,) = numbers.events
    assert (impact.title, impact.attendance, impact.weekly_before, impact.week_after) == (
        "Python Q&A", 25, 1.0, 3,
    )  # fmt: skip
    assert impact.change == pytest.approx(2.0) and impact.complete
    everywhere = eng.analytics_more.engagement.event_impact(T0, None, (), now=NOW)
    assert [(e.title, e.week_after) for e in everywhere] == [
        ("Python Q&A", 3),
        ("Help desk hour", 1),
    ]
    soon = eng.analytics_more.engagement.event_impact(
        T0, None, (), now=at(EVENT) + timedelta(days=2)
    )
    assert [(e.title, e.complete) for e in soon] == [
        ("Python Q&A", False),
        ("Help desk hour", False),
    ]
    assert eng.analytics_more.engagement.event_impact(EVENT + DAY, None, (), now=NOW) == []
