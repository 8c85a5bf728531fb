"""The Analytics pane in the main window, driven as a user would (the store: conftest.py):
the charts show the hand-computed numbers, a bar opens its items in the inbox, each chart
saves as PNG, SVG and CSV, and the weekly report is a one-page PDF."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from workbench.core.workspace import Workspace
from workbench.gui.analytics.pane import AnalyticsPane
from workbench.gui.inbox import InboxPane
from workbench.gui.main_window import MainWindow

ALL_TIME = 3  # the filters' "All time"


def open_analytics(qtbot: QtBot, ws: Workspace) -> tuple[MainWindow, AnalyticsPane]:
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    pane = win.panes["analytics"]
    assert isinstance(pane, AnalyticsPane)
    pane.filters.range.setCurrentIndex(ALL_TIME)  # the store's items are from 2023
    win.show()
    with qtbot.waitSignal(pane.shown, timeout=60_000):
        win.show_pane("analytics")
    return win, pane


def close(win: MainWindow) -> None:
    win.close()
    win.tasks.wait()


def test_the_charts_show_the_numbers_and_a_bar_opens_its_items(qtbot: QtBot, ws: Workspace) -> None:
    win, pane = open_analytics(qtbot, ws)
    text = pane.headline.text()
    assert "Items: 10" in text and "Threads started: 5" in text and "Coverage: 60%" in text
    assert "New / returning members: 3 / 2" in text
    assert all(box.chart.image is not None for box in pane.boxes.values())
    # First-reply time per community: two bars (median, p90) for General and for Help.
    help_id = ws.communities.find("Help").id
    bars = pane.boxes["first_reply"].chart.hits
    assert len(bars) == 4
    rect = next(r for r, view in bars if view.community_ids == (help_id,))
    inbox = win.panes["inbox"]
    assert isinstance(inbox, InboxPane)
    chart = pane.boxes["first_reply"].chart
    with qtbot.waitSignal(win.changes.show_in_inbox, timeout=5_000):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.waitUntil(
        lambda: inbox.current_view.community_ids == (help_id,) and not inbox.loading,
        timeout=20_000,
    )
    assert win.current_pane() == "inbox"
    assert len(inbox.model.ids) == 1  # p4, Help's one thread
    inbox.select_view("everything")  # the sidebar's views still work after it
    qtbot.waitUntil(lambda: not inbox.loading and len(inbox.model.ids) == 10, timeout=20_000)
    win.show_pane("analytics")
    # A click beside the bars opens nothing.
    with qtbot.assertNotEmitted(win.changes.show_in_inbox):
        qtbot.mouseClick(pane.boxes["rates"].chart, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    close(win)


def test_the_reply_target_is_kept_with_the_workspace(qtbot: QtBot, ws: Workspace) -> None:
    win, pane = open_analytics(qtbot, ws)
    assert "Coverage: 60%" in pane.headline.text()
    pane.coverage_hours.setValue(48)
    with qtbot.waitSignal(pane.shown, timeout=60_000):
        pane.coverage_hours.editingFinished.emit()
    assert "Coverage: 80%" in pane.headline.text()  # p4's 30 hours are within 48
    assert ws.charts.hours() == (24.0, 48.0)
    close(win)


def test_a_chart_saves_as_png_svg_and_csv(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    win, pane = open_analytics(qtbot, ws)
    for name in ("rates.png", "rates.svg"):
        with qtbot.waitSignal(pane.saved, timeout=30_000):
            pane.save_image("rates", tmp_path / name)
    assert (tmp_path / "rates.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "rates.svg").read_text(encoding="utf-8")[:400]
    with qtbot.waitSignal(pane.saved, timeout=30_000):
        pane.save_table("rates", tmp_path / "rates.csv")
    assert (tmp_path / "rates.csv").read_text(encoding="utf-8").splitlines() == [
        "community,questions,unanswered,unanswered_rate,threads_judged,covered,coverage",
        "General,2,1,0.5,4,3,0.75",  # p3 of p1 and p3; p1 p2 p5 within a day of p1 p2 p3 p5
        "Help,0,0,0.0,1,0,0.0",  # p4 answered after 30 hours
    ]
    with qtbot.waitSignal(pane.saved, timeout=30_000):
        pane.save_table("members", tmp_path / "members.csv")
    assert (tmp_path / "members.csv").read_text(encoding="utf-8").splitlines() == [
        "week,new,returning",
        "2023-11-13,2,0",
        "2023-11-20,1,2",
    ]
    close(win)


def test_the_weekly_report_is_one_page(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    win, pane = open_analytics(qtbot, ws)
    pdf = tmp_path / "week.pdf"
    with qtbot.waitSignal(pane.saved, timeout=60_000):
        pane.save_weekly(pdf, week=date(2023, 11, 22))
    close(win)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.count("\f") == 1  # one page
    assert "Week of 20 November 2023 to 26 November 2023 · All communities" in text
    # Week 2: p4 r3 r4 p5 r5; threads p4 p5, answered after 30 h and 1 h.
    assert "Threads started" in text and "Median first reply" in text
    assert "15.5 h" in text  # the median of 60 and 1,800 minutes
    assert "First-reply time per community" in text
