"""Analytics' numbers against a small store computed by hand (docs/analytics.md): ties,
unanswered threads, replies by members only, the team's own posts, deleted items,
conversations opened by the team, questions too young to judge, local days."""

from __future__ import annotations

import io
import json
import time

import pytest
from plugins.support import TOKEN, batch, write_script

from workbench.cli import main
from workbench.core.workspace import Workspace
from workbench.db.interfaces import AnalyticsScope

T0 = 1_700_006_400  # 2023-11-15 00:00 UTC
MIN = 60
NOW = T0 + 2 * 86400  # "now" for unanswered questions


def at(minutes: int) -> int:
    return T0 + minutes * MIN


def post(i: str, minutes: int, *flags: str, community: str = "general") -> dict[str, object]:
    return {"id": i, "kind": "post", "created": at(minutes), "thread": i, "author": "member",
            "community": community, "flags": list(flags)}  # fmt: skip


def reply(
    i: str, thread: str, minutes: int, *, team: bool, community: str = "general"
) -> dict[str, object]:
    return {"id": i, "kind": "comment", "created": at(minutes), "thread": thread, "parent": thread,
            "author": "cm_alex" if team else "member", "community": community,
            "flags": ["own"] if team else []}  # fmt: skip


def message(i: str, conversation: str, minutes: int, *, team: bool) -> dict[str, object]:
    return {"id": i, "kind": "message", "created": at(minutes), "thread": conversation,
            "author": "cm_alex" if team else "member", "community": "help",
            "flags": ["own"] if team else []}  # fmt: skip


ITEMS = [
    # General: p1 answered after 30 min (a member's reply before it does not count).
    post("p1", 0, "question"), reply("c2", "p1", 10, team=False), reply("c1", "p1", 30, team=True),
    # p2: two team replies, the earlier one (20 min) listed last.
    post("p2", 60), reply("c4", "p2", 150, team=True), reply("c5", "p2", 80, team=True),
    # p3: only members answer: unanswered.
    post("p3", 120, "question"), reply("c3", "p3", 125, team=False),
    post("p4", 130, "own"),  # the team's own post starts no thread
    post("p5", 140, "question"),  # deleted below: left out of first reply and questions
    # p6: answered after 30 min, a tie with p1.
    post("p6", 200, "question"), reply("c6", "p6", 230, team=True),
    # p8: a question an hour old at NOW: too young to count as unanswered, but a thread.
    post("p8", 2 * 24 * 60 - 60, "question"),
    # Help: a conversation a member opens, answered after an hour, then the member again.
    message("m1", "conv-1", 10, team=False), message("m2", "conv-1", 70, team=True),
    message("m3", "conv-1", 80, team=False),
    # A conversation the team opens: not a member's thread.
    message("m4", "conv-2", 5, team=True), message("m5", "conv-2", 15, team=False),
    # A question answered after four hours.
    post("p7", 0, "question", community="help"), reply("c7", "p7", 240, team=True, community="help"),
]  # fmt: skip


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    script = write_script(
        workspace.data_dir / "script.json",
        communities=[{"id": "general", "name": "General"}, {"id": "help", "name": "Help"}],
        batches=[batch(*ITEMS, cursor="1"), {"items": [], "deletions": ["p5"], "cursor": "2"}],
    )
    account = workspace.accounts.add("scripted", "Team", {"script": str(script), "token": TOKEN})
    workspace.sync.sync(account.id)
    return workspace


def test_first_reply_per_community(ws: Workspace) -> None:
    rows = {r.community: r for r in ws.analytics.first_reply(AnalyticsScope())}
    general, help_ = rows["General"], rows["Help"]
    # Threads: p1 p2 p3 p6 p8 (p4 is the team's, p5 deleted); answered: p1 30, p2 20, p6 30.
    assert (general.threads, general.answered) == (5, 3)
    assert general.median_minutes == 30.0  # 20, 30, 30
    assert general.p90_minutes == 30.0  # nearest rank: the 3rd of 3
    # conv-1 (60 min) and p7 (240 min); conv-2 was opened by the team.
    assert (help_.threads, help_.answered) == (2, 2)
    assert help_.median_minutes == 150.0  # the mean of the two middle values
    assert help_.p90_minutes == 240.0


def test_first_reply_within_a_window_and_a_community(ws: Workspace) -> None:
    help_id = ws.communities.find("Help").id
    only_help = ws.analytics.first_reply(AnalyticsScope(community_ids=(help_id,)))
    assert [(r.community, r.threads) for r in only_help] == [("Help", 2)]
    # Threads started in the first hour: p1, conv-1, p7 (a reply's time is not the window's).
    first_hour = ws.analytics.first_reply(AnalyticsScope(since=T0, until=at(60)))
    assert [(r.community, r.threads, r.answered) for r in first_hour] == [
        ("General", 1, 1),
        ("Help", 2, 2),
    ]


def test_nothing_answered_gives_no_median(ws: Workspace) -> None:
    rows = ws.analytics.first_reply(AnalyticsScope(since=at(100), until=at(190)))
    assert [(r.community, r.threads, r.answered, r.median_minutes) for r in rows] == [
        ("General", 1, 0, None)  # p3: members only
    ]


def test_unanswered_questions(ws: Workspace) -> None:
    day = {r.community: r for r in ws.analytics.unanswered(AnalyticsScope(), now=NOW)}
    # General: p1, p3, p6 are old enough (p8 is an hour old, p5 deleted); p3 is unanswered.
    assert (day["General"].questions, day["General"].unanswered) == (3, 1)
    assert day["General"].rate == pytest.approx(1 / 3)
    assert (day["Help"].questions, day["Help"].unanswered, day["Help"].rate) == (1, 0, 0.0)
    quarter = {
        r.community: r for r in ws.analytics.unanswered(AnalyticsScope(), hours=0.25, now=NOW)
    }
    # After 15 minutes p8 (an hour old) counts too; p1 and p6 were answered after 30.
    assert (quarter["General"].questions, quarter["General"].unanswered) == (4, 4)
    hour = {r.community: r for r in ws.analytics.unanswered(AnalyticsScope(), hours=1, now=NOW)}
    assert hour["Help"].unanswered == 1  # p7 after four hours
    with pytest.raises(ValueError):
        ws.analytics.unanswered(AnalyticsScope(), hours=0)


def test_activity_per_local_day_and_week(ws: Workspace, utc: None) -> None:
    rows = [
        (a.period, a.community, a.kind, a.items) for a in ws.analytics.activity(AnalyticsScope())
    ]
    assert rows == [
        ("2023-11-15", "General", "comment", 6),
        ("2023-11-15", "General", "post", 6),  # the deleted p5 was activity too
        ("2023-11-15", "Help", "comment", 1),
        ("2023-11-15", "Help", "message", 5),
        ("2023-11-15", "Help", "post", 1),
        ("2023-11-16", "General", "post", 1),
    ]
    weeks = {
        (a.period, a.community): 0 for a in ws.analytics.activity(AnalyticsScope(), by_week=True)
    }
    assert sorted(weeks) == [("2023-11-13", "General"), ("2023-11-13", "Help")]  # Monday


def test_local_days_follow_the_time_zone(ws: Workspace) -> None:
    import os

    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"  # UTC-5 in November: the early items are the 14th
    time.tzset()
    try:
        days = {a.period for a in ws.analytics.activity(AnalyticsScope()) if a.community == "Help"}
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()
    assert days == {"2023-11-14"}


def run(ws: Workspace, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--data-dir", str(ws.data_dir), *argv], out)
    return code, out.getvalue()


def test_report_commands_print_the_columns_scripts_read(ws: Workspace) -> None:
    code, text = run(ws, "report", "first-reply", "--format", "csv")
    assert code == 0
    assert text.splitlines() == [
        "community,threads,answered,median_minutes,p90_minutes",
        "General,5,3,30.0,30.0",
        "Help,2,2,150.0,240.0",
    ]
    code, text = run(
        ws, "report", "unanswered", "--community", "Help", "--hours", "1", "--format", "json"
    )
    assert code == 0
    assert json.loads(text) == [
        {"community": "Help", "questions": 1, "unanswered": 1, "unanswered_rate": 1.0}
    ]
    code, text = run(ws, "report", "activity", "--from", "2023-11-16", "--to", "2023-11-16")
    lines = text.splitlines()
    assert lines[0] == "period,community,platform,kind,items" and len(lines) <= 3


def test_report_refuses_bad_command_lines(
    ws: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(ws, "report", "first-reply", "--community", "Nowhere")[0] == 2
    assert "No community is named 'Nowhere'" in capsys.readouterr().err
    assert run(ws, "report", "unanswered", "--hours", "0")[0] == 2
    assert run(ws, "report", "activity", "--from", "2023-11-16", "--to", "2023-11-15")[0] == 2


def test_items_export_carries_flags_and_tags(ws: Workspace) -> None:
    from sqlalchemy import select

    from workbench.core.items.export import export_items
    from workbench.db.models import Item

    with ws.store.session() as session:
        p1 = session.scalars(select(Item.id).where(Item.external_id == "p1")).one()
    ws.triage.add_tag([p1], "onboarding")
    ws.triage.add_tag([p1], "billing")
    exported = {r["external_id"]: r for r in export_items(ws.store)}
    assert exported["p1"]["flags"] == ["question"]
    assert exported["p1"]["tags"] == ["billing", "onboarding"]
    assert exported["c1"]["flags"] == ["own"] and exported["c1"]["tags"] == []
