"""Moderation's numbers against a store computed by hand (docs/analytics.md): actions by
rule and action per week, and the time to handle a report: ties, open reports, a decision
before the report, a decision without a report, a report recorded by hand."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from plugins.support import TOKEN, batch, write_script

from workbench.core.analytics.charts import ChartFilters
from workbench.core.analytics.moderation import actions_by_rule, actions_by_week
from workbench.core.moderation.state import Decision
from workbench.core.workspace import Workspace
from workbench.db.interfaces import AnalyticsScope
from workbench.db.models import MemberReport

T0 = 1_700_006_400  # Wednesday 2023-11-15 00:00 UTC (the week of Monday the 13th)
W2 = T0 + 7 * 86400  # the week of Monday the 20th
MIN = 60


def post(i: str, at: int, community: str) -> dict[str, object]:
    return {"id": i, "kind": "post", "created": at, "thread": i, "author": "member",
            "community": community, "flags": []}  # fmt: skip


def report(i: str, of: str, at: int, community: str) -> dict[str, object]:
    return {"id": i, "kind": "report", "created": at, "parent": of, "author": "reporter",
            "community": community, "flags": []}  # fmt: skip


ITEMS = [
    post("p1", T0, "general"), report("rep1", "p1", T0 + 10 * MIN, "general"),
    post("p2", T0, "help"), report("rep2", "p2", T0 + 20 * MIN, "help"),
    report("rep3", "p2", T0 + 40 * MIN, "help"),
    post("p3", T0, "general"), report("rep4", "p3", T0 + 60 * MIN, "general"),  # never decided
    post("p4", T0, "general"),  # reported by hand at T0 + 30 min (below)
    post("p5", W2, "general"), report("rep5", "p5", W2, "general"),
    post("p6", T0, "general"), report("rep6", "p6", T0 + 5 * MIN, "general"),  # decided before
]  # fmt: skip


def at(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


@pytest.fixture
def mod(workspace: Workspace, utc: None) -> Workspace:
    script = write_script(
        workspace.data_dir / "script.json",
        communities=[{"id": "general", "name": "General"}, {"id": "help", "name": "Help"}],
        batches=[batch(*ITEMS, cursor="1")],
    )
    account = workspace.accounts.add("scripted", "Team", {"script": str(script), "token": TOKEN})
    workspace.sync.sync(account.id)
    with workspace.store.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT external_id, id FROM items").all()
    ids = {str(e): int(i) for e, i in rows}
    with workspace.store.writing() as session:
        session.add(MemberReport(item_id=ids["p4"], reporter="ann", reason="Rude",
                                 created_at=at(T0 + 30 * MIN), created_by="alex"))  # fmt: skip
    log = workspace.moderation.decisions

    def decide(action: Decision, item: str | None, when: int, rule: str, community: str) -> None:
        log.record(action, actor="alex", item_id=ids[item] if item else None, rule=rule,
                   community=community, at=at(when))  # fmt: skip

    decide(Decision.APPROVE, "p6", T0, "", "General")  # before rep6: rep6 stays open
    decide(Decision.APPROVE, "p1", T0 + 70 * MIN, "", "General")  # rep1: 60 min
    decide(Decision.REMOVE, "p1", T0 + 200 * MIN, "Spam", "General")  # not the first
    decide(Decision.REMOVE, "p2", T0 + 100 * MIN, "Spam", "Help")  # rep2: 80, rep3: 60
    decide(Decision.WARN, "p4", T0 + 90 * MIN, "Be kind", "General")  # hand report: 60
    decide(Decision.BAN, None, T0 + 120 * MIN, "Spam", "General")  # no report behind it
    decide(Decision.REMOVE, "p5", W2 + 30 * MIN, "Spam", "General")  # rep5: 30
    return workspace


def community_id(ws: Workspace, name: str) -> int:
    return next(c.id for c in ws.communities.all() if c.name == name)


def test_actions_by_rule_and_action_per_week(mod: Workspace) -> None:
    numbers = mod.analytics_more.moderation
    actions = numbers.actions(AnalyticsScope())
    assert actions_by_week(actions) == {
        "2023-11-13": {"approve": 2, "remove": 2, "warn": 1, "ban": 1},
        "2023-11-20": {"remove": 1},
    }
    assert actions_by_rule(actions) == {
        "Spam": {"remove": 3, "ban": 1},
        "": {"approve": 2},
        "Be kind": {"warn": 1},
    }
    # The community filter reads the decision's community by name; the window its time.
    help_only = AnalyticsScope(community_ids=(community_id(mod, "Help"),))
    assert [(a.week, a.action, a.rule, a.decisions) for a in numbers.actions(help_only)] == [
        ("2023-11-13", "remove", "Spam", 1)
    ]
    week2 = AnalyticsScope(since=W2 - 2 * 86400)
    assert [(a.week, a.action) for a in numbers.actions(week2)] == [("2023-11-20", "remove")]


def test_time_to_handle_a_report_per_community_and_week(mod: Workspace) -> None:
    numbers = mod.analytics_more.moderation
    rows = numbers.handling(AnalyticsScope(), by="community_week")
    got = [(h.week, h.community, h.reports, h.handled, h.open, h.median_minutes, h.p90_minutes)
           for h in rows]  # fmt: skip
    assert got == [
        # rep1 60, hand report 60 (a tie), rep4 open, rep6 open (decided before it came).
        ("2023-11-13", "General", 4, 2, 2, 60.0, 60.0),
        ("2023-11-13", "Help", 2, 2, 0, 70.0, 80.0),  # 60 and 80: the mean of the middle two
        ("2023-11-20", "General", 1, 1, 0, 30.0, 30.0),
    ]
    weeks = numbers.handling(AnalyticsScope(), by="week")
    assert [(h.week, h.reports, h.handled, h.median_minutes, h.p90_minutes) for h in weeks] == [
        ("2023-11-13", 6, 4, 60.0, 80.0),  # 60, 60, 60, 80: p90 at rank ceil(3.6) = 4
        ("2023-11-20", 1, 1, 30.0, 30.0),
    ]
    per = numbers.handling(AnalyticsScope(), by="community")
    assert [(h.community, h.reports, h.handled, h.median_minutes, h.p90_minutes) for h in per] == [
        ("General", 5, 3, 60.0, 60.0),  # 30, 60, 60
        ("Help", 2, 2, 70.0, 80.0),
    ]


def test_the_window_is_on_when_the_report_came(mod: Workspace) -> None:
    numbers = mod.analytics_more.numbers(ChartFilters(first=at(W2).date()))
    assert [(h.week, h.reports, h.handled) for h in numbers.handling_weeks] == [
        ("2023-11-20", 1, 1)
    ]
    assert [(h.community, h.reports) for h in numbers.handling_communities] == [("General", 1)]
    assert {a.action for a in numbers.actions} == {"remove"}
