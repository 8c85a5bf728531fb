"""The one-page weekly report as PDF: the week's headline numbers and three charts.

Drawn with matplotlib's PDF backend on a Figure of its own, without a QApplication, so the
command line (``workbench report weekly``) and the pane (off the GUI thread) share it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication

from workbench.core.analytics.charts import ChartNumbers
from workbench.core.analytics.tables import Headline, headline
from workbench.gui.analytics.drawing import chart_title, draw_activity, draw_first_reply, draw_rates

translate = QCoreApplication.translate

A4 = (8.27, 11.69)  # inches, portrait


def _duration(minutes: float | None) -> str:
    if minutes is None:
        return "–"
    if minutes < 120:
        return translate("WeeklyReport", "{n:g} min").format(n=round(minutes))
    return translate("WeeklyReport", "{n:.1f} h").format(n=minutes / 60)


def _percent(share: float, of: int) -> str:
    return f"{100 * share:.0f} %" if of else "–"


def tiles(h: Headline) -> list[tuple[str, str]]:
    """(label, value) in reading order."""
    return [
        (translate("WeeklyReport", "Items"), f"{h.items:,}"),
        (translate("WeeklyReport", "Threads started"), f"{h.threads:,}"),
        (
            translate("WeeklyReport", "Answered"),
            _percent(h.answered / h.threads if h.threads else 0.0, h.threads),
        ),
        (translate("WeeklyReport", "Median first reply"), _duration(h.median_minutes)),
        (translate("WeeklyReport", "90th percentile"), _duration(h.p90_minutes)),
        (
            translate("WeeklyReport", "Unanswered questions"),
            _percent(h.unanswered_rate, h.questions),
        ),
        (translate("WeeklyReport", "Coverage"), _percent(h.coverage, h.judged)),
        (
            translate("WeeklyReport", "New / returning members"),
            f"{h.new_members:,} / {h.returning_members:,}",
        ),
    ]


def render_weekly(numbers: ChartNumbers, path: Path, *, communities: str) -> Path:
    """Write the report on the week of ``numbers.filters`` to ``path`` (PDF).

    ``communities``: what the report is about, as the reader should see it ("All
    communities", a name).
    """
    first = numbers.filters.first
    assert first is not None, "a weekly report is about one week"
    last = numbers.filters.last or first + timedelta(days=6)
    figure = Figure(figsize=A4)
    figure.set_facecolor("white")
    figure.text(0.06, 0.955, translate("WeeklyReport", "Community report"), fontsize=18,
                weight="bold")  # fmt: skip
    subtitle = translate("WeeklyReport", "Week of {first} to {last} · {communities}").format(
        first=first.strftime("%d %B %Y"), last=last.strftime("%d %B %Y"), communities=communities
    )
    figure.text(0.06, 0.93, subtitle, fontsize=10, color="#444444")
    made = translate("WeeklyReport", "Made on {when} by Community Workbench, from the local store")
    figure.text(0.06, 0.02, made.format(when=datetime.now().strftime("%d %B %Y %H:%M")),
                fontsize=7, color="#777777")  # fmt: skip
    for i, (label, value) in enumerate(tiles(headline(numbers))):
        x = 0.06 + (i % 4) * 0.225
        y = 0.875 - (i // 4) * 0.06
        figure.text(x, y, value, fontsize=15, weight="bold", color="#1f3b66")
        figure.text(x, y - 0.016, label, fontsize=8, color="#444444")
    charts = (
        ("activity", draw_activity, (0.08, 0.57, 0.88, 0.19)),
        ("first_reply", draw_first_reply, (0.26, 0.31, 0.70, 0.19)),
        ("rates", draw_rates, (0.26, 0.06, 0.70, 0.19)),
    )
    for key, drawer, rect in charts:
        ax = figure.add_axes(rect)
        drawer(ax, numbers)
        ax.set_title(chart_title(key), fontsize=10, loc="left", x=-0.2 if key != "activity" else 0)
    figure.savefig(path, format="pdf")
    return path
