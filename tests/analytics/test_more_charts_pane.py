"""The moderation, prompt and event charts in the Analytics pane (the store: more_store.py),
driven as a user would: the numbers drawn, a report bar and an event bar open their items
in the inbox, each chart saves as PNG, SVG and the CSV of what it draws."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from more_store import sync_more
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_analytics_pane import close, open_analytics

from workbench.core.analytics.charts import ChartFilters
from workbench.core.analytics.moderation import Handling
from workbench.core.analytics.more import MoreNumbers
from workbench.core.analytics.more_tables import MORE_KEYS
from workbench.core.workspace import Workspace
from workbench.gui.analytics.render import render
from workbench.gui.inbox import InboxPane
from workbench.gui.main_window import MainWindow


@pytest.fixture
def more_ws(workspace: Workspace, utc: None) -> Workspace:
    sync_more(workspace)
    return workspace


def click_to_inbox(qtbot: QtBot, win: MainWindow, key: str, index: int) -> InboxPane:
    pane = win.panes["analytics"]
    chart = pane.boxes[key].chart  # type: ignore[attr-defined]
    rect, view = chart.hits[index]
    inbox = win.panes["inbox"]
    assert isinstance(inbox, InboxPane)
    with qtbot.waitSignal(win.changes.show_in_inbox, timeout=5_000):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.waitUntil(
        lambda: (
            (inbox.current_view.community_ids, inbox.current_view.since)
            == (view.community_ids, view.since)
            and not inbox.loading
        ),
        timeout=20_000,
    )
    assert win.current_pane() == "inbox"
    return inbox


def test_the_new_charts_draw_and_their_bars_open_reports_and_event_days(
    qtbot: QtBot, more_ws: Workspace
) -> None:
    win, pane = open_analytics(qtbot, more_ws)
    assert all(pane.boxes[key].chart.image is not None for key in MORE_KEYS)
    # Decisions and prompt uses are not items: those bars open nothing.
    for key in ("mod_actions", "mod_rules", "prompts_best", "prompts_communities"):
        assert pane.boxes[key].chart.hits == []
    # Time to handle a report per community: General then Help, median and p90 each.
    hits = pane.boxes["handling_communities"].chart.hits
    help_id = more_ws.communities.find("Help").id
    assert [v.community_ids for _r, v in hits].count((help_id,)) == 2
    index = next(i for i, (_r, v) in enumerate(hits) if v.community_ids == (help_id,))
    inbox = click_to_inbox(qtbot, win, "handling_communities", index)
    assert len(inbox.model.ids) == 1  # rep3, Help's one report
    win.show_pane("analytics")
    # The event's bars: before (index 0) and after (index 1).
    inbox = click_to_inbox(qtbot, win, "event_impact", 1)
    assert len(inbox.model.ids) == 2  # p5 and r5 in General in the week after the Q&A
    close(win)


def test_each_new_chart_saves_as_png_svg_and_csv(
    qtbot: QtBot, more_ws: Workspace, tmp_path: Path
) -> None:
    win, pane = open_analytics(qtbot, more_ws)
    for key in MORE_KEYS:
        for suffix in (".png", ".svg", ".csv"):
            path = tmp_path / f"{key}{suffix}"
            with qtbot.waitSignal(pane.saved, timeout=30_000):
                if suffix == ".csv":
                    pane.save_table(key, path)
                else:
                    pane.save_image(key, path)
        assert (tmp_path / f"{key}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert "<svg" in (tmp_path / f"{key}.svg").read_text(encoding="utf-8")[:400]
    close(win)

    def csv(key: str) -> list[str]:
        return (tmp_path / f"{key}.csv").read_text(encoding="utf-8").splitlines()

    assert csv("handling_weeks") == [
        "week,reports,handled,open,median_minutes,p90_minutes",
        "2023-11-13,2,1,1,60.0,60.0",  # rep1 after 60 min; rep2 never decided
        "2023-11-20,2,2,0,75.0,120.0",  # the hand report after 30 min, rep3 after 120
    ]
    assert csv("handling_communities") == [
        "community,reports,handled,open,median_minutes,p90_minutes",
        "General,3,2,1,45.0,60.0",
        "Help,1,1,0,120.0,120.0",
    ]
    assert csv("mod_actions") == [
        "week,action,decisions",
        "2023-11-13,approve,1",
        "2023-11-13,remove,1",
        "2023-11-20,remove,1",
        "2023-11-20,warn,1",
        "2023-11-20,ban,1",
    ]
    assert csv("mod_rules")[1:] == [
        "Be kind,remove,1",
        "Be kind,warn,1",
        "Spam,remove,1",
        "Spam,ban,1",
        ",approve,1",  # no rule named
    ]
    assert csv("prompts_best")[1:] == [
        "What are you building this week?,2,2,6,4,2.0,3.0,20.0,0",
        '"Share a win, however small",1,1,0,0,0.0,0.0,,1',
    ]
    assert csv("event_impact") == [
        "event,start,attendance,weekly_before,week_after,change,complete",
        "Python Q&A,2023-11-18 00:00,12,1.75,2,0.1429,yes",  # 7 items in 4 weeks before
    ]


def test_the_weekly_report_adds_moderation_and_prompts_on_its_one_page(
    qtbot: QtBot, more_ws: Workspace, tmp_path: Path
) -> None:
    win, pane = open_analytics(qtbot, more_ws)
    pdf = tmp_path / "week.pdf"
    with qtbot.waitSignal(pane.saved, timeout=60_000):
        pane.save_weekly(pdf, week=date(2023, 11, 22))
    close(win)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.count("\f") == 1  # still one page
    # Week 2: remove p4, warn p5, a ban; rep3 after 120 min and the hand report after 30.
    assert "Moderation actions" in text and "2 of 2" in text and "75 min" in text
    assert "Members replying to prompts" in text


def test_a_week_whose_reports_are_all_open_shows_its_count_and_no_point(qapp: object) -> None:
    numbers = MoreNumbers(
        filters=ChartFilters(),
        handling_weeks=[
            Handling(None, "", "2023-11-13", 3, 0, None, None),  # none decided yet
            Handling(None, "", "2023-11-20", 2, 2, 30.0, 45.0),
        ],
    )
    rendered = render("handling_weeks", numbers, 560, 260, 1.0)
    assert not rendered.image.isNull()
    # One week with points (median, p90), each opening that week's reports.
    assert len(rendered.hits) == 2
    assert {view.kinds for _rect, view in rendered.hits} == {("report",)}
