"""The charts, drawn with matplotlib on a Figure (no pyplot, no Qt): the pane's canvases, the
exports and the weekly PDF share these functions, so each looks the same everywhere.

Each ``draw_*`` fills an Axes from the chart's table (core/analytics/tables.py, so a CSV
holds the numbers drawn) and returns the bars and points a click opens, with the inbox
view behind each. Matplotlib is imported here, under workbench/gui only (import-linter).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from PySide6.QtCore import QCoreApplication

from workbench.core.analytics import drill, tables
from workbench.core.analytics.charts import ChartNumbers
from workbench.core.analytics.more import MoreNumbers
from workbench.core.inbox.query import KINDS, View
from workbench.gui.analytics.local import (
    day_month,
    drawing_locale,
    locale,
    month_year,
    number_axes,
    percent_axis,
    tick_number,
)
from workbench.gui.words import item_kinds

translate = QCoreApplication.translate

# A bar's view, or a scatter's views by point index.
Hits = list[tuple[Artist, View | list[View]]]
KIND_COLOURS = dict(
    zip(KINDS, ("#4c72b0", "#55a868", "#dd8452", "#c44e52", "#8172b3"), strict=True)
)
MEDIAN, P90 = "#4c72b0", "#a1c9f4"
NEW, RETURNING = "#55a868", "#8de5a1"
UNANSWERED, COVERED = "#c44e52", "#55a868"
FONT = 8


def new_figure(width: float = 5.4, height: float = 2.8, dpi: float = 100) -> Figure:
    figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    figure.set_facecolor("white")
    return figure


def _style(ax: Axes) -> None:
    ax.tick_params(labelsize=FONT)
    number_axes(ax)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="both", alpha=0.25, linewidth=0.5)
    ax.set_axisbelow(True)


def _empty(ax: Axes) -> Hits:
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        translate("AnalyticsCharts", "Nothing in this period"),
        ha="center",
        va="center",
        fontsize=FONT + 1,
        color="#777777",
        transform=ax.transAxes,
    )
    return []


def _period_labels(ax: Axes, periods: list[str], *, week: bool) -> None:
    """A few dates under the bars, never crowded (one label per ~10 bars at most)."""
    step = max(1, len(periods) // 8)
    ticks = list(range(0, len(periods), step))
    ax.set_xticks(ticks)
    label = day_month if len(periods) < 60 or week else month_year
    ax.set_xticklabels([label(date.fromisoformat(periods[i])) for i in ticks])
    ax.set_xlim(-0.6, len(periods) - 0.4)


def _hours_or_minutes(values: list[float]) -> tuple[float, str]:
    if values and max(values) >= 120:
        return 60.0, translate("AnalyticsCharts", "hours")
    return 1.0, translate("AnalyticsCharts", "minutes")


def draw_activity(ax: Axes, numbers: ChartNumbers) -> Hits:
    """Items per day (or week), stacked by kind."""
    rows = tables.activity(numbers).rows
    if not rows:
        return _empty(ax)
    _style(ax)
    periods = sorted({p for p, _k, _n in rows})
    index = {p: i for i, p in enumerate(periods)}
    bottom = [0] * len(periods)
    hits: Hits = []
    week = numbers.filters.by_week
    for kind in [k for k in KINDS if any(r[1] == k for r in rows)]:
        heights = [0] * len(periods)
        for p, k, n in rows:
            if k == kind:
                heights[index[p]] = n
        bars = ax.bar(
            range(len(periods)),
            heights,
            bottom=bottom,
            width=0.85,
            color=KIND_COLOURS.get(kind, "#999999"),
            label=item_kinds(kind),
        )
        for i, bar in enumerate(bars.patches):
            if heights[i]:
                hits.append((bar, drill.period_view(numbers, periods[i], week=week, kind=kind)))
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    _period_labels(ax, periods, week=week)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    ax.legend(fontsize=FONT - 1, frameon=False, ncols=5, loc="upper left")
    ax.set_ylim(0, max(bottom) * 1.25)
    return hits


def _weeks_bars(ax: Axes, weeks: list[str]) -> None:
    _period_labels(ax, weeks, week=True)


def draw_members(ax: Axes, numbers: ChartNumbers) -> Hits:
    """New and returning members per week."""
    rows = tables.members(numbers).rows
    if not rows:
        return _empty(ax)
    _style(ax)
    weeks = [r[0] for r in rows]
    new = [r[1] for r in rows]
    back = [r[2] for r in rows]
    x = range(len(weeks))
    first = ax.bar(x, new, width=0.8, color=NEW, label=translate("AnalyticsCharts", "New"))
    second = ax.bar(
        x,
        back,
        bottom=new,
        width=0.8,
        color=RETURNING,
        label=translate("AnalyticsCharts", "Returning"),
    )
    hits: Hits = []
    for i, week in enumerate(weeks):
        view = drill.members_view(numbers, week)
        hits += [(first.patches[i], view), (second.patches[i], view)]
    _weeks_bars(ax, weeks)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    ax.legend(fontsize=FONT - 1, frameon=False, ncols=2, loc="upper left")
    ax.set_ylim(0, max(n + b for n, b in zip(new, back, strict=True)) * 1.25)
    return hits


def _community_bars(
    ax: Axes,
    names: list[str],
    pairs: list[tuple[str, str, list[float]]],
) -> list[list[Artist]]:
    """Two horizontal bars per community (top to bottom in name order)."""
    y = list(range(len(names)))
    bars: list[list[Artist]] = []
    for j, (label, colour, values) in enumerate(pairs):
        drawn = ax.barh(
            [v + (j - 0.5) * 0.38 for v in y], values, height=0.36, color=colour, label=label
        )
        bars.append(list(drawn.patches))
    ax.set_yticks(y)
    ax.set_yticklabels([n if len(n) <= 22 else n[:21] + "…" for n in names])
    # Top to bottom, and room for five at least: one community gets bars, not slabs.
    ax.set_ylim(max(len(names), 5) - 0.5, -0.6)
    # Above the bars, right-aligned: inside, it would hide the longest ones.
    ax.legend(fontsize=FONT - 1, frameon=False, ncols=2, loc="lower right", bbox_to_anchor=(1, 1))
    return bars


def draw_first_reply(ax: Axes, numbers: ChartNumbers) -> Hits:
    """Median and 90th percentile first-reply time per community."""
    shown = [c for c in tables.shown_communities(numbers) if c.answered]
    if not shown:
        return _empty(ax)
    _style(ax)
    scale, unit = _hours_or_minutes([c.p90_minutes or 0.0 for c in shown])
    bars = _community_bars(
        ax,
        [c.community for c in shown],
        [
            (translate("AnalyticsCharts", "Median"), MEDIAN, [(c.median_minutes or 0) / scale for c in shown]),
            (translate("AnalyticsCharts", "90th percentile"), P90, [(c.p90_minutes or 0) / scale for c in shown]),
        ],
    )  # fmt: skip
    ax.set_xlabel(unit, fontsize=FONT)
    return [
        (bar, drill.threads_view(numbers, shown[i].community_id))
        for row in bars
        for i, bar in enumerate(row)
    ]


def draw_first_reply_weeks(ax: Axes, numbers: ChartNumbers) -> Hits:
    """Median and 90th percentile first-reply time per week, over the chosen communities."""
    weeks = [w for w in numbers.first_reply_weeks if w.answered]
    if not weeks:
        return _empty(ax)
    _style(ax)
    scale, unit = _hours_or_minutes([w.p90_minutes or 0.0 for w in weeks])
    x = list(range(len(weeks)))
    views = [drill.week_threads_view(numbers, w.week) for w in weeks]
    hits: Hits = []
    for label, colour, values in (
        (translate("AnalyticsCharts", "Median"), MEDIAN, [(w.median_minutes or 0) / scale for w in weeks]),
        (translate("AnalyticsCharts", "90th percentile"), P90, [(w.p90_minutes or 0) / scale for w in weeks]),
    ):  # fmt: skip
        ax.plot(x, values, color=colour, linewidth=1.5, label=label)
        points = ax.scatter(x, values, color=colour, s=14, zorder=3)
        points.set_picker(True)
        hits.append((points, views))
    _weeks_bars(ax, [w.week for w in weeks])
    ax.set_ylabel(unit, fontsize=FONT)
    top = max((w.p90_minutes or 0) / scale for w in weeks)
    ax.set_ylim(0, top * 1.3 or 1)  # room for the legend above the highest point
    ax.legend(fontsize=FONT - 1, frameon=False, ncols=2, loc="upper left")
    return hits


def draw_rates(ax: Axes, numbers: ChartNumbers) -> Hits:
    """Unanswered questions and coverage within the target, per community, in percent."""
    shown = tables.shown_communities(numbers)
    if not shown:
        return _empty(ax)
    _style(ax)
    bars = _community_bars(
        ax,
        [c.community for c in shown],
        [
            (
                translate("AnalyticsCharts", "Unanswered after {hours} h").format(hours=tick_number(numbers.unanswered_hours, locale())),
                UNANSWERED,
                [100 * c.unanswered_rate for c in shown],
            ),
            (
                translate("AnalyticsCharts", "Answered within {hours} h").format(hours=tick_number(numbers.coverage_hours, locale())),
                COVERED,
                [100 * c.coverage for c in shown],
            ),
        ],
    )  # fmt: skip
    ax.set_xlim(0, 100)
    percent_axis(ax)
    hits: Hits = []
    for i, c in enumerate(shown):
        hits.append((bars[0][i], drill.unanswered_view(numbers, c.community_id)))
        hits.append((bars[1][i], drill.threads_view(numbers, c.community_id)))
    return hits


DRAW: dict[str, Callable[[Axes, ChartNumbers], Hits]] = {
    "activity": draw_activity,
    "members": draw_members,
    "first_reply": draw_first_reply,
    "first_reply_weeks": draw_first_reply_weeks,
    "rates": draw_rates,
}


def draw(
    figure: Figure, key: str, numbers: ChartNumbers | MoreNumbers, locale: str | None = None
) -> Hits:
    """Clear ``figure`` and draw chart ``key`` on it (a moderation, prompt or event chart
    from ``MoreNumbers``, drawing_more.py), its dates and numbers in ``locale`` ("fr_FR")."""
    figure.clear()
    ax = figure.add_subplot()
    with drawing_locale(locale):
        if isinstance(numbers, MoreNumbers):
            from workbench.gui.analytics.drawing_more import DRAW_MORE  # (it imports this)

            return DRAW_MORE[key](ax, numbers)
        return DRAW[key](ax, numbers)
