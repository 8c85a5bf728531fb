"""The moderation, prompt and event charts' numbers as tables: what each chart draws and
what its CSV export holds (as tables.py for the other charts)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from workbench.core.analytics.engagement import PromptOutcome
from workbench.core.analytics.moderation import Handling, actions_by_rule, actions_by_week
from workbench.core.analytics.more import MAX_EVENTS, MoreNumbers
from workbench.core.analytics.service import local_day_range
from workbench.core.analytics.tables import MAX_COMMUNITIES, Table
from workbench.core.events.impact import AFTER, BEFORE
from workbench.core.inbox.query import Order, View
from workbench.core.moderation.state import Decision

MAX_RULES = 10
MAX_PROMPTS = 10
MORE_KEYS = (
    "mod_actions",
    "mod_rules",
    "handling_weeks",
    "handling_communities",
    "prompts_best",
    "prompts_communities",
    "event_impact",
)
ACTION_ORDER = {d.value: i for i, d in enumerate(Decision)}


def _action_key(action: str) -> tuple[int, str]:
    return ACTION_ORDER.get(action, 99), action


def actions_in(numbers: MoreNumbers) -> list[str]:
    """The actions present, in the log's order (approve, remove, ...): the stacks' order."""
    return sorted({a.action for a in numbers.actions}, key=_action_key)


def mod_actions(numbers: MoreNumbers) -> Table:
    rows = [
        (week, action, n)
        for week, counts in actions_by_week(numbers.actions).items()
        for action, n in sorted(counts.items(), key=lambda kv: _action_key(kv[0]))
    ]
    return Table(("week", "action", "decisions"), rows)


def mod_rules(numbers: MoreNumbers) -> Table:
    """The rules with most decisions over the window ("" : no rule named)."""
    top = list(actions_by_rule(numbers.actions).items())[:MAX_RULES]
    rows = [
        (rule, action, n)
        for rule, counts in top
        for action, n in sorted(counts.items(), key=lambda kv: _action_key(kv[0]))
    ]
    return Table(("rule", "action", "decisions"), rows)


HANDLING_COLUMNS = ("reports", "handled", "open", "median_minutes", "p90_minutes")


def _handling_row(h: Handling) -> tuple[int, int, int, float | None, float | None]:
    return h.reports, h.handled, h.open, h.median_minutes, h.p90_minutes


def handling_weeks(numbers: MoreNumbers) -> Table:
    return Table(
        ("week", *HANDLING_COLUMNS), [(h.week, *_handling_row(h)) for h in numbers.handling_weeks]
    )


def shown_handling(numbers: MoreNumbers) -> list[Handling]:
    """The communities drawn: those with most reports, in name order."""
    busiest = sorted(numbers.handling_communities, key=lambda h: (-h.reports, h.community))
    return sorted(busiest[:MAX_COMMUNITIES], key=lambda h: (h.community.casefold(), h.community))


def handling_communities(numbers: MoreNumbers) -> Table:
    return Table(
        ("community", *HANDLING_COLUMNS),
        [(h.community or "–", *_handling_row(h)) for h in shown_handling(numbers)],
    )


PROMPT_COLUMNS = (
    "uses",
    "counted",
    "member_replies",
    "members",
    "members_per_post",
    "replies_per_post",
    "first_reply_minutes",
    "posts_without_reply",
)


def _prompt_row(o: PromptOutcome) -> tuple[object, ...]:
    return (
        o.uses,
        o.counted,
        o.member_replies,
        o.members,
        round(o.members_per_post, 2),
        round(o.replies_per_post, 2),
        o.first_reply_minutes,
        o.no_reply,
    )


def prompts_best(numbers: MoreNumbers) -> Table:
    return Table(
        ("prompt", *PROMPT_COLUMNS),
        [(o.label, *_prompt_row(o)) for o in numbers.prompts[:MAX_PROMPTS]],
    )


def shown_prompt_communities(numbers: MoreNumbers) -> list[PromptOutcome]:
    busiest = sorted(numbers.prompt_communities, key=lambda o: (-o.uses, o.label.casefold()))
    return sorted(busiest[:MAX_COMMUNITIES], key=lambda o: (o.label.casefold(), o.key))


def prompts_communities(numbers: MoreNumbers) -> Table:
    return Table(
        ("community", *PROMPT_COLUMNS),
        [(o.label, *_prompt_row(o)) for o in shown_prompt_communities(numbers)],
    )


def event_impact(numbers: MoreNumbers) -> Table:
    """The latest events of the window, by start."""
    return Table(
        ("event", "start", "attendance", "weekly_before", "week_after", "change", "complete"),
        [
            (
                e.title,
                e.start.astimezone().strftime("%Y-%m-%d %H:%M"),
                e.attendance,
                round(e.weekly_before, 2),
                e.week_after,
                None if e.change is None else round(e.change, 4),
                "yes" if e.complete else "no",
            )
            for e in numbers.events[-MAX_EVENTS:]
        ],
    )


MORE_TABLES: dict[str, Callable[[MoreNumbers], Table]] = {
    "mod_actions": mod_actions,
    "mod_rules": mod_rules,
    "handling_weeks": handling_weeks,
    "handling_communities": handling_communities,
    "prompts_best": prompts_best,
    "prompts_communities": prompts_communities,
    "event_impact": event_impact,
}


def more_table(key: str, numbers: MoreNumbers) -> Table:
    return MORE_TABLES[key](numbers)


# -- the inbox views behind the bars (reports are items; decisions and prompt uses are not)


def _window(numbers: MoreNumbers) -> tuple[int | None, int | None]:
    return local_day_range(numbers.filters.first, numbers.filters.last)


def reports_view(numbers: MoreNumbers, *, community_id: int | None = None, week: str = "") -> View:
    """The report items the sync stored, of one community or one local week, in the window
    (reports recorded by hand are in the moderation queue, not the inbox)."""
    since, until = _window(numbers)
    if week:
        first = date.fromisoformat(week)
        lo, hi = local_day_range(first, first + timedelta(days=6))
        since = lo if since is None or lo is None else max(since, lo)
        until = hi if until is None or hi is None else min(until, hi)
    return View(
        community_ids=(community_id,) if community_id is not None else numbers.community_ids,
        kinds=("report",),
        since=since,
        until=until,
        order=Order.OLDEST,
    )


def event_view(numbers: MoreNumbers, index: int, *, after: bool) -> View:
    """The items an event's bar counts: its communities' 28 days before its start, or the
    7 days after its end."""
    event = numbers.events[-MAX_EVENTS:][index]
    if after:
        since, until = event.end, event.end + AFTER
    else:
        since, until = event.start - BEFORE, event.start
    return View(
        community_ids=event.community_ids,
        since=int(since.timestamp()),
        until=int(until.timestamp()),
        order=Order.OLDEST,
    )


@dataclass(frozen=True)
class MoreHeadline:
    """The weekly report's moderation and prompt tiles, over everything the filters chose."""

    decisions: int
    reports: int
    handled: int
    median_handling_minutes: float | None  # only for a single week (medians do not add up)
    prompt_posts: int  # uses whose post came back with a sync
    prompt_members: int  # distinct members per post, added up


def more_headline(numbers: MoreNumbers) -> MoreHeadline:
    weeks = numbers.handling_weeks
    return MoreHeadline(
        decisions=sum(a.decisions for a in numbers.actions),
        reports=sum(h.reports for h in weeks),
        handled=sum(h.handled for h in weeks),
        median_handling_minutes=weeks[0].median_minutes if len(weeks) == 1 else None,
        prompt_posts=sum(o.counted for o in numbers.prompt_communities),
        prompt_members=sum(o.members for o in numbers.prompt_communities),
    )
