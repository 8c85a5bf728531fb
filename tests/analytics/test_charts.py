"""The charts' numbers against a small store computed by hand (docs/analytics.md): coverage
within the target, first reply per week, new and returning members per week, and the inbox
views behind a bar."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from plugins.support import TOKEN, batch, install, write_script

from workbench.core.analytics.charts import ChartFilters
from workbench.core.analytics.drill import period_view, threads_view, unanswered_view
from workbench.core.workspace import Workspace
from workbench.db.interfaces import AnalyticsScope

T0 = 1_700_006_400  # Wednesday 2023-11-15 00:00 UTC (the week of Monday the 13th)
W2 = T0 + 7 * 86400  # Wednesday 2023-11-22 (the week of the 20th)
MIN = 60


def post(i: str, at: int, author: str, community: str, *flags: str) -> dict[str, object]:
    return {"id": i, "kind": "post", "created": at, "thread": i, "author": author,
            "community": community, "flags": list(flags)}  # fmt: skip


def reply(i: str, thread: str, at: int, author: str, community: str) -> dict[str, object]:
    team = author == "cm_alex"
    return {"id": i, "kind": "comment", "created": at, "thread": thread, "parent": thread,
            "author": author, "community": community, "flags": ["own"] if team else []}  # fmt: skip


ITEMS = [
    # Week 1, General: p1 answered after 30 min, p2 after 10 hours, p3 never.
    post("p1", T0, "alice", "general", "question"),
    reply("r1", "p1", T0 + 30 * MIN, "cm_alex", "general"),
    post("p2", T0 + 60 * MIN, "bob", "general"),
    reply("r2", "p2", T0 + 660 * MIN, "cm_alex", "general"),
    post("p3", T0 + 120 * MIN, "alice", "general", "question"),
    # Week 2, Help: p4 by a newcomer answered after 30 hours (past the 24-hour target);
    # bob, known from General, comments there first.
    post("p4", W2, "carol", "help"),
    reply("r3", "p4", W2 + 10 * MIN, "bob", "help"),
    reply("r4", "p4", W2 + 1800 * MIN, "cm_alex", "help"),
    # Week 2, General: alice is back, answered after an hour.
    post("p5", W2 + 60 * MIN, "alice", "general"),
    reply("r5", "p5", W2 + 120 * MIN, "cm_alex", "general"),
]
LATER = W2 + 3 * 86400  # every thread is old enough to judge


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted")
    return folder


@pytest.fixture(autouse=True)
def utc() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    script = write_script(
        workspace.data_dir / "script.json",
        communities=[{"id": "general", "name": "General"}, {"id": "help", "name": "Help"}],
        batches=[batch(*ITEMS, cursor="1")],
    )
    account = workspace.accounts.add("scripted", "Team", {"script": str(script), "token": TOKEN})
    workspace.sync.sync(account.id)
    return workspace


def test_coverage_is_the_share_answered_within_the_target(ws: Workspace) -> None:
    rows = {r.community: r for r in ws.charts.coverage(AnalyticsScope(), hours=24, now=LATER)}
    # General: p1 (30 min), p2 (10 h), p5 (1 h) of p1 p2 p3 p5; Help: p4 took 30 hours.
    assert (rows["General"].judged, rows["General"].covered) == (4, 3)
    assert rows["General"].coverage == 0.75
    assert (rows["Help"].judged, rows["Help"].covered, rows["Help"].coverage) == (1, 0, 0.0)
    two_days = {r.community: r for r in ws.charts.coverage(AnalyticsScope(), hours=48, now=LATER)}
    assert two_days["Help"].covered == 1
    # A day and a half hour after W2: p5 (W2 + 1 h) cannot be judged yet, p4 (W2) can.
    early = {
        r.community: (r.judged, r.covered)
        for r in ws.charts.coverage(AnalyticsScope(), hours=24, now=W2 + 86400 + 30 * MIN)
    }
    assert early == {"General": (3, 2), "Help": (1, 0)}
    with pytest.raises(ValueError):
        ws.charts.coverage(AnalyticsScope(), hours=0)


def test_the_hours_are_workspace_settings(ws: Workspace) -> None:
    assert ws.charts.hours() == (24.0, 24.0)
    ws.settings.set("analytics.coverage_hours", 48)
    ws.settings.set("analytics.unanswered_hours", 0.25)
    assert ws.charts.hours() == (0.25, 48.0)
    rows = {r.community: r for r in ws.charts.per_community(AnalyticsScope(), now=LATER)}
    assert rows["Help"].coverage == 1.0  # p4's 30 hours are within 48
    # Questions p1 (answered after 30 min) and p3: both unanswered after a quarter hour.
    assert (rows["General"].questions, rows["General"].unanswered) == (2, 2)
    assert (rows["General"].threads, rows["General"].answered) == (4, 3)
    assert rows["General"].median_minutes == 60.0  # 30, 60, 600


def test_first_reply_per_week(ws: Workspace) -> None:
    weeks = [
        (w.week, w.threads, w.answered, w.median_minutes, w.p90_minutes)
        for w in ws.charts.first_reply_by_week(AnalyticsScope())
    ]
    assert weeks == [
        ("2023-11-13", 3, 2, 315.0, 600.0),  # 30 and 600 minutes; p3 unanswered
        ("2023-11-20", 2, 2, 930.0, 1800.0),  # 60 and 1800
    ]


def test_new_and_returning_members_per_week(ws: Workspace) -> None:
    weeks = [(m.week, m.new, m.returning) for m in ws.charts.members_by_week(AnalyticsScope())]
    # Week 1: alice and bob are new. Week 2: carol is new, alice and bob return; the
    # team (cm_alex) is not a member.
    assert weeks == [("2023-11-13", 2, 0), ("2023-11-20", 1, 2)]
    # A window on week 2 alone still knows alice and bob from week 1.
    since = ChartFilters(first=date(2023, 11, 20)).scope()
    assert [(m.week, m.new, m.returning) for m in ws.charts.members_by_week(since)] == [
        ("2023-11-20", 1, 2)
    ]
    # In Help alone, bob's first item is in week 2: new there.
    help_id = ws.communities.find("Help").id
    only_help = ws.charts.members_by_week(AnalyticsScope(community_ids=(help_id,)))
    assert [(m.week, m.new, m.returning) for m in only_help] == [("2023-11-20", 2, 0)]


def test_the_items_behind_a_bar_are_an_inbox_view(ws: Workspace) -> None:
    help_id = ws.communities.find("Help").id
    numbers = ws.charts.numbers(ChartFilters(first=date(2023, 11, 13), last=date(2023, 11, 26)))
    assert [c.community for c in numbers.communities] == ["General", "Help"]
    assert len(ws.inbox.ids(threads_view(numbers, help_id)).ids) == 1  # p4
    # The posts of Wednesday the 15th: p1, p2, p3.
    day = period_view(numbers, "2023-11-15", week=False, kind="post")
    assert len(ws.inbox.ids(day).ids) == 3
    week = period_view(numbers, "2023-11-20", week=True)
    assert len(ws.inbox.ids(week).ids) == 5  # p4 r3 r4 p5 r5
    # The unanswered question: p3.
    assert len(ws.inbox.ids(unanswered_view(numbers)).ids) == 1


def test_filters_by_platform_and_type_select_communities(ws: Workspace) -> None:
    everything = ws.charts.numbers(ChartFilters(), now=LATER)
    assert everything.community_ids == ()  # every community
    nothing = ws.charts.numbers(ChartFilters(platforms=("mastodon",)), now=LATER)
    assert nothing.community_ids == (-1,) and nothing.communities == [] and nothing.empty
