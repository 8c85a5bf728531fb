"""The moderation, prompt and event charts, drawn as drawing.py draws the others (from the
tables of core/analytics/more_tables.py, so a CSV holds the numbers drawn).

Reports and an event's days before and after are items: their bars open them in the inbox.
Decisions and prompt uses are not items, so those bars open nothing (the Moderation and
Prompts panes list them).
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator
from PySide6.QtCore import QCoreApplication

from workbench.core.analytics import more_tables as mt
from workbench.core.analytics.more import MAX_EVENTS, MoreNumbers
from workbench.core.moderation.state import Decision
from workbench.gui.analytics.drawing import (
    FONT,
    MEDIAN,
    P90,
    Hits,
    _community_bars,
    _empty,
    _hours_or_minutes,
    _period_labels,
    _style,
)
from workbench.gui.analytics.local import day_month, number
from workbench.gui.moderation.words import decision_words

translate = QCoreApplication.translate

ACTION_COLOURS: dict[str, str] = {
    Decision.APPROVE: "#55a868",
    Decision.REMOVE: "#c44e52",
    Decision.SPAM: "#8c564b",
    Decision.WARN: "#dd8452",
    Decision.BAN: "#8172b3",
    Decision.NOTE: "#9e9e9e",
    Decision.ESCALATE: "#4c72b0",
    Decision.DISMISS: "#c7c7c7",
}
MEMBERS, REPLIES = "#4c72b0", "#a1c9f4"
BEFORE, AFTER = "#c7c7c7", "#55a868"


def _action_label(action: str) -> str:
    known = {d.value for d in Decision}
    return decision_words(Decision(action)) if action in known else action


def _short(text: str, size: int = 24) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def draw_mod_actions(ax: Axes, numbers: MoreNumbers) -> Hits:
    """Decisions per week, stacked by action."""
    rows = mt.mod_actions(numbers).rows
    if not rows:
        return _empty(ax)
    _style(ax)
    weeks = sorted({w for w, _a, _n in rows})
    index = {w: i for i, w in enumerate(weeks)}
    bottom = [0] * len(weeks)
    for action in mt.actions_in(numbers):
        heights = [0] * len(weeks)
        for w, a, n in rows:
            if a == action:
                heights[index[w]] = n
        ax.bar(range(len(weeks)), heights, bottom=bottom, width=0.8,
               color=ACTION_COLOURS.get(action, "#999999"), label=_action_label(action))  # fmt: skip
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    _period_labels(ax, weeks, week=True)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    ax.legend(fontsize=FONT - 1, frameon=False, ncols=4, loc="upper left")
    ax.set_ylim(0, max(bottom) * 1.35)
    return []


def draw_mod_rules(ax: Axes, numbers: MoreNumbers) -> Hits:
    """Decisions per rule over the window, stacked by action (most decisions on top)."""
    rows = mt.mod_rules(numbers).rows
    if not rows:
        return _empty(ax)
    _style(ax)
    rules = list(dict.fromkeys(r for r, _a, _n in rows))
    index = {r: i for i, r in enumerate(rules)}
    left = [0] * len(rules)
    for action in mt.actions_in(numbers):
        widths = [0] * len(rules)
        for r, a, n in rows:
            if a == action:
                widths[index[r]] = n
        if any(widths):
            ax.barh(range(len(rules)), widths, left=left, height=0.7,
                    color=ACTION_COLOURS.get(action, "#999999"), label=_action_label(action))  # fmt: skip
        left = [x + w for x, w in zip(left, widths, strict=True)]
    no_rule = translate("AnalyticsCharts", "No rule")
    ax.set_yticks(range(len(rules)))
    ax.set_yticklabels([_short(r) if r else no_rule for r in rules])
    ax.set_ylim(max(len(rules), 5) - 0.5, -0.6)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    ax.legend(fontsize=FONT - 1, frameon=False, ncols=4, loc="lower right", bbox_to_anchor=(1, 1))
    return []


def draw_handling_weeks(ax: Axes, numbers: MoreNumbers) -> Hits:
    """Median and 90th percentile time to the first decision on a report, per week; a week
    whose reports are all open has no point, only its open count."""
    weeks = numbers.handling_weeks
    if not weeks:
        return _empty(ax)
    _style(ax)
    handled = [(i, h) for i, h in enumerate(weeks) if h.handled]
    scale, unit = _hours_or_minutes([h.p90_minutes or 0.0 for _i, h in handled])
    x = [i for i, _h in handled]
    views = [mt.reports_view(numbers, week=h.week) for _i, h in handled]
    hits: Hits = []
    for label, colour, values in (
        (translate("AnalyticsCharts", "Median"), MEDIAN, [(h.median_minutes or 0) / scale for _i, h in handled]),
        (translate("AnalyticsCharts", "90th percentile"), P90, [(h.p90_minutes or 0) / scale for _i, h in handled]),
    ):  # fmt: skip
        ax.plot(x, values, color=colour, linewidth=1.5, label=label)
        points = ax.scatter(x, values, color=colour, s=14, zorder=3)
        hits.append((points, views))
    for i, h in enumerate(weeks):  # open reports are not in the median: say how many
        if h.open:
            ax.annotate(translate("AnalyticsCharts", "{n} open").format(n=number(h.open)), (i, 0),
                        xytext=(0, 3), textcoords="offset points", ha="center",
                        fontsize=FONT - 1, color="#c44e52")  # fmt: skip
    _period_labels(ax, [h.week for h in weeks], week=True)
    ax.set_ylabel(unit, fontsize=FONT)
    top = max(((h.p90_minutes or 0) / scale for _i, h in handled), default=0)
    ax.set_ylim(0, top * 1.3 or 1)
    ax.legend(fontsize=FONT - 1, frameon=False, ncols=2, loc="upper left")
    return hits


def draw_handling_communities(ax: Axes, numbers: MoreNumbers) -> Hits:
    """Median and 90th percentile time to handle a report, per community."""
    shown = [h for h in mt.shown_handling(numbers) if h.handled]
    if not shown:
        return _empty(ax)
    _style(ax)
    scale, unit = _hours_or_minutes([h.p90_minutes or 0.0 for h in shown])
    bars = _community_bars(
        ax,
        [h.community or "–" for h in shown],
        [
            (translate("AnalyticsCharts", "Median"), MEDIAN, [(h.median_minutes or 0) / scale for h in shown]),
            (translate("AnalyticsCharts", "90th percentile"), P90, [(h.p90_minutes or 0) / scale for h in shown]),
        ],
    )  # fmt: skip
    ax.set_xlabel(unit, fontsize=FONT)
    longest = max((h.p90_minutes or 0) / scale for h in shown) or 1
    ax.set_xlim(0, longest * 1.25)  # room for the open count after the bars
    for i, h in enumerate(shown):  # open reports are not in the median: say how many
        if h.open:
            end = max(h.median_minutes or 0, h.p90_minutes or 0) / scale
            ax.annotate(translate("AnalyticsCharts", "{n} open").format(n=number(h.open)), (end, i),
                        xytext=(3, 0), textcoords="offset points", va="center",
                        fontsize=FONT - 1, color="#c44e52")  # fmt: skip
    return [
        (bar, mt.reports_view(numbers, community_id=shown[i].community_id))
        for row in bars
        for i, bar in enumerate(row)
        if shown[i].community_id is not None
    ]


def _prompt_bars(ax: Axes, names: list[str], members: list[float], replies: list[float]) -> None:
    _style(ax)
    _community_bars(
        ax,
        [_short(n) for n in names],
        [
            (translate("AnalyticsCharts", "Members per post"), MEMBERS, members),
            (translate("AnalyticsCharts", "Member replies per post"), REPLIES, replies),
        ],
    )


def draw_prompts_best(ax: Axes, numbers: MoreNumbers) -> Hits:
    """The prompts whose posts drew most members, per post that came back with a sync."""
    shown = [o for o in numbers.prompts[: mt.MAX_PROMPTS] if o.counted]
    if not shown:
        return _empty(ax)
    _prompt_bars(ax, [o.label for o in shown], [o.members_per_post for o in shown],
                 [o.replies_per_post for o in shown])  # fmt: skip
    return []


def draw_prompts_communities(ax: Axes, numbers: MoreNumbers) -> Hits:
    """Prompt outcomes side by side per community."""
    shown = [o for o in mt.shown_prompt_communities(numbers) if o.counted]
    if not shown:
        return _empty(ax)
    _prompt_bars(ax, [o.label for o in shown], [o.members_per_post for o in shown],
                 [o.replies_per_post for o in shown])  # fmt: skip
    return []


def draw_event_impact(ax: Axes, numbers: MoreNumbers) -> Hits:
    """Per event: items a week before it (average of four weeks) and in the week after."""
    events = numbers.events[-MAX_EVENTS:]
    if not events:
        return _empty(ax)
    _style(ax)
    x = list(range(len(events)))
    before = ax.bar([i - 0.2 for i in x], [e.weekly_before for e in events], width=0.38,
                    color=BEFORE, label=translate("AnalyticsCharts", "A week before (average)"))  # fmt: skip
    after = ax.bar([i + 0.2 for i in x], [e.week_after for e in events], width=0.38,
                   color=AFTER, label=translate("AnalyticsCharts", "The week after"))  # fmt: skip
    top = max(max(e.weekly_before, e.week_after) for e in events) or 1
    for i, e in enumerate(events):
        if e.attendance is not None:
            text = translate("AnalyticsCharts", "{n} came").format(n=number(e.attendance))
            ax.text(i, max(e.weekly_before, e.week_after) + top * 0.04, text,
                    ha="center", fontsize=FONT - 1, color="#444444")  # fmt: skip
    ax.set_xticks(x)
    ax.set_xticklabels(
        [f"{_short(e.title, 16)}\n{day_month(e.start.astimezone().date())}" for e in events],
        fontsize=FONT - 1,
    )
    ax.set_xlim(-0.6, max(len(events), 4) - 0.4)
    ax.set_ylim(0, top * 1.35)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    ax.legend(fontsize=FONT - 1, frameon=False, ncols=2, loc="upper left")
    hits: Hits = []
    for i in x:
        hits.append((before.patches[i], mt.event_view(numbers, i, after=False)))
        hits.append((after.patches[i], mt.event_view(numbers, i, after=True)))
    return hits


DRAW_MORE: dict[str, Callable[[Axes, MoreNumbers], Hits]] = {
    "mod_actions": draw_mod_actions,
    "mod_rules": draw_mod_rules,
    "handling_weeks": draw_handling_weeks,
    "handling_communities": draw_handling_communities,
    "prompts_best": draw_prompts_best,
    "prompts_communities": draw_prompts_communities,
    "event_impact": draw_event_impact,
}
