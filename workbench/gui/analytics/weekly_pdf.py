"""The one-page weekly report as PDF: the week's headline numbers and three charts; with
the moderation and prompt numbers (``more``), a third row of tiles for them.

Drawn with matplotlib's PDF backend on a Figure of its own, without a QApplication, so the
command line (``workbench report weekly``) and the pane (off the GUI thread) share it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from workbench.core.analytics.charts import ChartNumbers
from workbench.core.analytics.more import MoreNumbers
from workbench.core.analytics.more_tables import MoreHeadline, more_headline
from workbench.core.analytics.tables import Headline, headline
from workbench.gui.analytics.local import drawing_locale, long_date, long_moment, number, percent
from workbench.gui.analytics.titles import chart_title

translate = QCoreApplication.translate

A4 = (8.27, 11.69)  # inches, portrait


def _duration(minutes: float | None) -> str:
    if minutes is None:
        return "–"
    if minutes < 120:
        return translate("WeeklyReport", "{n} min").format(n=number(minutes))
    return translate("WeeklyReport", "{n} h").format(n=number(minutes / 60, 1))


def _percent(share: float, of: int) -> str:
    return percent(100 * share) if of else "–"


def tiles(h: Headline) -> list[tuple[str, str]]:
    """(label, value) in reading order, in the drawing locale (local.drawing_locale)."""
    return [
        (translate("WeeklyReport", "Items"), number(h.items)),
        (translate("WeeklyReport", "Threads started"), number(h.threads)),
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
            f"{number(h.new_members)} / {number(h.returning_members)}",
        ),
    ]


def more_tiles(h: MoreHeadline) -> list[tuple[str, str]]:
    """The moderation and prompt tiles (label, value) in reading order."""
    return [
        (translate("WeeklyReport", "Moderation actions"), number(h.decisions)),
        (
            translate("WeeklyReport", "Reports handled"),
            translate("WeeklyReport", "{handled} of {reports}").format(
                handled=number(h.handled), reports=number(h.reports)
            )
            if h.reports
            else "–",
        ),
        (translate("WeeklyReport", "Median time to handle"), _duration(h.median_handling_minutes)),
        (
            translate("WeeklyReport", "Members replying to prompts"),
            number(h.prompt_members) if h.prompt_posts else "–",
        ),
    ]


def render_weekly(
    numbers: ChartNumbers,
    path: Path,
    *,
    communities: str,
    more: MoreNumbers | None = None,
    locale: str | None = None,
) -> Path:
    """Write the report on the week of ``numbers.filters`` to ``path`` (PDF).

    ``communities``: what the report is about, as the reader should see it ("All
    communities", a name). ``locale`` ("fr_FR"): how its numbers and dates are written
    (none: English, the command line's).
    """
    with drawing_locale(locale):
        _render_weekly(numbers, path, communities, more)
    return path


def _render_weekly(
    numbers: ChartNumbers, path: Path, communities: str, more: MoreNumbers | None
) -> None:
    # matplotlib is imported here, in the worker writing the report: not at start.
    from matplotlib.figure import Figure

    from workbench.gui.analytics.drawing import draw_activity, draw_first_reply, draw_rates

    first = numbers.filters.first
    assert first is not None, "a weekly report is about one week"
    last = numbers.filters.last or first + timedelta(days=6)
    figure = Figure(figsize=A4)
    figure.set_facecolor("white")
    figure.text(0.06, 0.955, translate("WeeklyReport", "Community report"), fontsize=18,
                weight="bold")  # fmt: skip
    subtitle = translate("WeeklyReport", "Week of {first} to {last} · {communities}").format(
        first=long_date(first), last=long_date(last), communities=communities
    )
    figure.text(0.06, 0.93, subtitle, fontsize=10, color="#444444")
    made = translate("WeeklyReport", "Made on {when} by Community Workbench, from the local store")
    figure.text(0.06, 0.02, made.format(when=long_moment(datetime.now(UTC))),
                fontsize=7, color="#777777")  # fmt: skip
    shown = tiles(headline(numbers)) + (more_tiles(more_headline(more)) if more else [])
    for i, (label, value) in enumerate(shown):
        x = 0.06 + (i % 4) * 0.225
        y = 0.875 - (i // 4) * 0.06
        figure.text(x, y, value, fontsize=15, weight="bold", color="#1f3b66")
        figure.text(x, y - 0.016, label, fontsize=8, color="#444444")
    # A third row of tiles takes room from the charts, not from the margins.
    top, height, gap = (0.57, 0.19, 0.255) if more is None else (0.53, 0.165, 0.236)
    charts = (
        ("activity", draw_activity, (0.08, top, 0.88, height)),
        ("first_reply", draw_first_reply, (0.26, top - gap, 0.70, height)),
        ("rates", draw_rates, (0.26, top - 2 * gap, 0.70, height)),
    )
    for key, drawer, rect in charts:
        ax = figure.add_axes(rect)
        drawer(ax, numbers)
        ax.set_title(chart_title(key), fontsize=10, loc="left", x=-0.2 if key != "activity" else 0)
    figure.savefig(path, format="pdf")  # in the block: the ticks are formatted now
