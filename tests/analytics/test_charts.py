"""The charts' numbers against a small store computed by hand (docs/analytics.md): coverage
within the target, first reply per week, new and returning members per week, and the inbox
views behind a bar (the store: conftest.py)."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from analytics_store import LATER, W2

from workbench.cli import main
from workbench.core.analytics.charts import ChartFilters
from workbench.core.analytics.drill import period_view, threads_view, unanswered_view
from workbench.core.workspace import Workspace
from workbench.db.interfaces import AnalyticsScope

MIN = 60


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


def run(ws: Workspace, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--data-dir", str(ws.data_dir), *argv], out)
    return code, out.getvalue()


def test_report_weekly_writes_a_one_page_pdf(ws: Workspace, tmp_path: Path) -> None:
    pdf = tmp_path / "help.pdf"
    code, said = run(
        ws, "report", "weekly", "--output", str(pdf), "--community", "Help", "--week", "2023-11-24"
    )
    assert code == 0 and "2023-11-20" in said
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.count("\f") == 1
    assert "Week of 20 November 2023 to 26 November 2023 · Help" in text
    # Help that week: p4 r3 r4 (3 items), one thread answered after 30 hours.
    assert "30.0 h" in text and "General" not in text
    png = tmp_path / "help"
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(png)], check=True)
    assert (tmp_path / "help-1.png").stat().st_size > 10_000  # drawn, not blank


def test_report_weekly_refuses_bad_command_lines(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(ws, "report", "weekly")[0] == 2
    assert "--output FILE.pdf" in capsys.readouterr().err
    assert run(ws, "report", "weekly", "--output", str(tmp_path / "x.png"))[0] == 2
    assert (
        run(ws, "report", "weekly", "--output", str(tmp_path / "x.pdf"), "--community", "No")[0]
        == 2
    )
    assert "No community is named 'No'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
