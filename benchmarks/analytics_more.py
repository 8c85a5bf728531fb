"""Figures for Analytics' moderation, prompt and event numbers on the 1,000,000-item store
(the issue's target: <= 1 s each over all time), wall and CPU time, best of three.

The generated store has report items but no decisions, prompt uses or events, so this adds
them once (seeded, idempotent): a decision on 60 % of the reported items 5 minutes to 3 days
after the report, 20,000 decisions on no report, 5,000 reports recorded by hand, 2,000
prompt uses of 40 prompts, and 100 events over the store's time.

    python benchmarks/analytics_more.py [DIR]     # a copy of /work/bench/1m, e.g. /tmp/amore-1m
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, text

from workbench.core.analytics.charts import ChartFilters
from workbench.core.events.model import EventDraft
from workbench.core.moderation.state import Decision
from workbench.core.workspace import Workspace
from workbench.db.interfaces import AnalyticsScope
from workbench.db.models import MemberReport, ModDecision, PromptUse

RULES = ("Spam", "Be kind", "No self-promotion", "On topic", "No personal information", "")
ACTIONS = [d.value for d in Decision]


def at(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


def generate(ws: Workspace) -> None:
    with ws.store.session() as session:
        if session.execute(text("SELECT count(*) FROM mod_decisions")).scalar_one():
            return
        reports = session.execute(
            text(
                "SELECT t.id, c.name, r.created_at FROM items r JOIN items t "
                "ON t.account_id = r.account_id AND t.external_id = r.parent_external_id "
                "LEFT JOIN communities c ON c.id = t.community_id WHERE r.kind = 'report'"
            )
        ).all()
        items = session.execute(
            text(
                "SELECT i.id, c.name, i.created_at FROM items i JOIN communities c "
                "ON c.id = i.community_id WHERE i.id % 50 = 0 LIMIT 25000"
            )
        ).all()
        communities = session.execute(text("SELECT id, name FROM communities")).all()
        first, last = session.execute(
            text("SELECT min(created_at), max(created_at) FROM items")
        ).one()
    rng = random.Random(15)
    decisions: list[dict[str, Any]] = []
    for item_id, community, reported in reports:
        if rng.random() < 0.6:
            decisions.append(dict(item_id=item_id, community=community or "",
                                  action=rng.choice(ACTIONS[:5]), rule=rng.choice(RULES),
                                  actor="alex", created_at=at(reported + rng.randint(300, 3 * 86400))))  # fmt: skip
    for _ in range(20_000):
        _id, community = rng.choice(communities)
        decisions.append(dict(item_id=None, community=community, action=rng.choice(ACTIONS),
                              rule=rng.choice(RULES), actor="sam",
                              created_at=at(rng.randint(first, last))))  # fmt: skip
    hand = [
        dict(item_id=i, reporter="member", reason="Rude", created_at=at(c + 600), created_by="alex")
        for i, _name, c in items[:5000]
    ]
    prompts = [ws.prompts.add(lang="en", text=f"Prompt number {n}: what do you think?").id
               for n in range(40)]  # fmt: skip
    uses = []
    for _ in range(2000):
        counted = rng.random() < 0.8
        replies = rng.randint(0, 12) if counted else 0
        uses.append(dict(prompt_id=rng.choice(prompts), community_id=rng.choice(communities)[0],
                         text="", state="linked" if counted else "sent",
                         created_at=at(rng.randint(first, last)), replies=replies,
                         member_replies=replies, members=min(replies, rng.randint(0, 6)),
                         first_reply_seconds=rng.randint(60, 86400) if replies else None,
                         counted_at=at(last) if counted else None))  # fmt: skip
    with ws.store.writing() as session:
        session.execute(insert(ModDecision), decisions)
        session.execute(insert(MemberReport), hand)
        session.execute(insert(PromptUse), uses)
    step = (last - first) // 100
    for n in range(100):
        start = at(first + n * step)
        ids = tuple(rng.sample([c[0] for c in communities], 2))
        ws.events.create(EventDraft(title=f"Event {n}", start=start,
                                    end=start + timedelta(hours=1), community_ids=ids))  # fmt: skip
    print(f"added {len(decisions):,} decisions, {len(hand):,} hand reports, "
          f"{len(uses):,} prompt uses, 100 events")  # fmt: skip


def timed(fn: Callable[[], Any], rounds: int = 3) -> tuple[float, float, int]:
    best_wall = best_cpu = float("inf")
    rows = 0
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        rows = len(result) if isinstance(result, list) else 1
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall * 1000, best_cpu * 1000, rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", type=Path, default=Path("/tmp/amore-1m"))
    args = parser.parse_args()
    ws = Workspace.open(args.data_dir)
    generate(ws)
    with ws.store.session() as session:  # the generated data's own "now"
        newest = int(session.execute(text("SELECT max(created_at) FROM items")).scalar_one())
    # The generated store spans 28 days: the second window is the last week.
    week = date.fromtimestamp(newest) - timedelta(days=7)
    scopes = {"all time": AnalyticsScope(), "7 days": AnalyticsScope(since=newest - 7 * 86400)}
    more = ws.analytics_more
    m, e = more.moderation, more.engagement
    now = at(newest)
    numbers: dict[str, Callable[[AnalyticsScope], Callable[[], Any]]] = {
        "mod actions": lambda s: lambda: m.actions(s),
        "handling by week": lambda s: lambda: m.handling(s, by="week"),
        "handling by community": lambda s: lambda: m.handling(s, by="community"),
        "handling comm.+week": lambda s: lambda: m.handling(s, by="community_week"),
        "handling, pane's two": lambda s: lambda: list(m.handling_by(s, ("week", "community"))),
        "prompts": lambda s: lambda: e.prompts(s),
        "prompt communities": lambda s: lambda: e.prompt_communities(s),
        "event impact, all": lambda s: lambda: e.event_impact(s.since, s.until, now=now),
        "event impact, 12": lambda s: lambda: e.event_impact(s.since, s.until, now=now, latest=12),
    }
    print(f"{'number':22s} {'window':9s} {'wall ms':>9s} {'cpu ms':>9s} {'rows':>7s}")
    for name, make in numbers.items():
        for label, scope in scopes.items():
            wall, cpu, rows = timed(make(scope))
            print(f"{name:22s} {label:9s} {wall:9.0f} {cpu:9.0f} {rows:7d}")
    for label, filters in (("all time", ChartFilters()), ("7 days", ChartFilters(first=week))):
        wall, cpu, _rows = timed(lambda f=filters: more.numbers(f, now=now))  # type: ignore[misc]
        print(f"{'all of them (pane)':22s} {label:9s} {wall:9.0f} {cpu:9.0f}")
    ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
