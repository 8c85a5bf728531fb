"""The rollups (migration 0015) give every number exactly as the queries on the items do
(db/sqlite/analytics_reference.py), through each way items change: a sync from the fake
Reddit, a team reply sent from the outbox and synced back, edits, deletions upstream, a
member's erasure; the migration's rebuild fills the same rows the upkeep keeps, and
removing the account removes them."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from connectors.testing.reddit_server import FakeReddit, served
from workbench.core.outbox.actions import Target
from workbench.core.workspace import DATABASE_FILE, Workspace
from workbench.db.interfaces import AnalyticsReads, AnalyticsScope
from workbench.db.sqlite.analytics_reference import ReferenceAnalytics
from workbench.db.sqlite.analytics_rollup import rebuild

HOUR = 3600
DAY = 24 * HOUR
NOW = int(time.time())
START = NOW - 10 * DAY + 1234  # not on an hour: the window's partial ends are counted too


@pytest.fixture
def fake_reddit(shared_fixtures: Path) -> Iterator[FakeReddit]:
    yield from served(shared_fixtures)


def fill(fake: FakeReddit) -> dict[str, str]:
    """Two subreddits over ten days: questions answered by the team within and after 24
    hours, never, or only by members; a conversation a member opened and one the team did."""
    m = fake.model
    team = fake.username
    made: dict[str, str] = {}
    for n in range(12):
        sub = "python" if n % 3 else "rust"
        at = START + n * 17 * HOUR + n * 61
        title = f"How do I do thing {n}?" if n % 2 else f"Thing {n} works"
        post = m.add_post(sub, title, "body", author=f"member_{n % 5}", created=at)
        made[f"p{n}"] = post
        if n % 4 == 0:
            m.add_comment(post, "me too", author=f"member_{(n + 1) % 5}", created=at + 600)
        if n % 4 in (1, 2):  # the team answers, after 30 min or 30 hours
            wait = 30 * 60 if n % 4 == 1 else 30 * HOUR
            made[f"r{n}"] = m.add_comment(post, "try this", author=team, created=at + wait)
    m.add_post("python", "Team news?", "from us", author=team, created=START + 5 * DAY)
    opened = m.add_conversation("python", "Help?", "member_3", "hi", created=START + 2 * DAY)
    m.add_message(opened, team, "hello", created=START + 2 * DAY + 2 * HOUR)
    ours = m.add_conversation("python", "Notice", team, "read this", created=START + 3 * DAY)
    m.add_message(ours, "member_4", "ok", created=START + 3 * DAY + HOUR)
    return made


def numbers(reads: AnalyticsReads, community_id: int) -> dict[str, Any]:
    scopes = {
        "all time": AnalyticsScope(),
        "window": AnalyticsScope(since=START + 2 * DAY + 77, until=NOW - 5 * HOUR - 13),
        "community": AnalyticsScope(community_ids=(community_id,)),
        "platform": AnalyticsScope(platforms=("reddit",), since=START + DAY),
    }
    out: dict[str, Any] = {}
    for name, s in scopes.items():
        out[name] = {
            "first reply": reads.first_reply(s),
            "unanswered": reads.unanswered(s, within_seconds=24 * HOUR, now=NOW),
            "unanswered 1 h": reads.unanswered(s, within_seconds=HOUR, now=NOW),
            "coverage": reads.coverage(s, within_seconds=24 * HOUR, now=NOW),
            "per week": reads.first_reply_by_week(s),
            "days": reads.activity(s, by_week=False),
            "weeks": reads.activity(s, by_week=True),
            "members": reads.members_by_week(s),
        }
    return out


def community(ws: Workspace, name: str) -> int:
    return next(c.id for c in ws.communities.all() if c.name.endswith(name))


def check(ws: Workspace) -> dict[str, Any]:
    """Every number from the rollups equals the number from the items."""
    reference = ReferenceAnalytics(str(ws.data_dir / DATABASE_FILE))
    try:
        expected = numbers(reference, community(ws, "python"))
    finally:
        reference.close()
    got = numbers(ws.analytics.reads, community(ws, "python"))
    for scope, values in expected.items():
        for name, value in values.items():
            assert got[scope][name] == value, (scope, name)
    return got


def answered(got: dict[str, Any]) -> int:
    return sum(r.answered for r in got["all time"]["first reply"])


def open_questions(got: dict[str, Any]) -> int:
    return sum(r.unanswered for r in got["all time"]["unanswered"])


def table(path: Path, name: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as db:
        return sorted(db.execute(f"SELECT * FROM {name}").fetchall())


def test_rollups_follow_syncs_replies_edits_deletions_and_erasure(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    ws = workspace
    made = fill(fake_reddit)
    account = ws.accounts.add("reddit", "Mods", fake_reddit.settings(subreddits="python,rust"))
    assert not ws.sync.sync(account.id, force=True).failed
    first = check(ws)
    assert answered(first) > 0 and open_questions(first) > 0  # the scenario has both

    # A team reply from the outbox to an open question, synced back as the team's item.
    external = made["p3"]
    item_id, community_external = ws_item(ws, external)
    target = Target(account.id, item_id, external, community_external, "reddit")
    ws.actions.reply(target, "Here is how.", by="alex")
    assert not ws.sync.sync(account.id, force=True).failed
    replied = check(ws)
    assert answered(replied) == answered(first) + 1  # days late: still open after 24 hours
    assert open_questions(replied) == open_questions(first)

    # Edits upstream: a post becomes a question (rewritten with its new flags).
    model = fake_reddit.model
    with fake_reddit.lock:
        model.things[made["p4"]]["title"] = "Thing 4 fails?"
        model.things[made["p4"]]["edited"] = time.time()
    assert not ws.sync.sync(account.id, force=True).failed
    edited = check(ws)
    questions = sum(r.questions for r in edited["all time"]["unanswered"])
    assert questions == sum(r.questions for r in replied["all time"]["unanswered"]) + 1

    # Deleted upstream: the thread leaves first reply (its items still count as activity).
    with fake_reddit.lock:
        model.delete(made["p1"])
    assert not ws.sync.sync(account.id, force=True).failed
    deleted = check(ws)
    threads = sum(r.threads for r in deleted["all time"]["first reply"])
    assert threads == sum(r.threads for r in edited["all time"]["first reply"]) - 1

    # A member erased: their posts are tombstones, out of every thread count.
    (member,) = ws.moderation.notes.find("member_0")
    ws.moderation.erase_member(member.id)
    erased = check(ws)
    assert sum(r.threads for r in erased["all time"]["first reply"]) < threads

    # The migration's backfill gives the very rows the upkeep kept.
    path = ws.data_dir / DATABASE_FILE
    kept = {name: table(path, name) for name in ("analytics_activity", "analytics_threads")}
    with sqlite3.connect(path, isolation_level=None) as db:
        db.execute("BEGIN IMMEDIATE")
        rebuild(db.cursor())
        db.execute("COMMIT")
    rebuilt = {name: table(path, name) for name in kept}
    # Rows at zero may stay after a rewrite (the reads skip them); the rebuild has none.
    kept["analytics_activity"] = [r for r in kept["analytics_activity"] if r[3] > 0]
    assert rebuilt == kept
    assert check(ws) == erased

    # The account removed: its items go, and their rows with them (the cascade).
    ws.accounts.remove(account.id)
    assert not any(table(path, name) for name in kept)


def ws_item(ws: Workspace, external_id: str) -> tuple[int, str]:
    with ws.store.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT i.id, c.external_id FROM items i JOIN communities c ON c.id = i.community_id "
            "WHERE i.external_id = ?",
            (external_id,),
        ).one()
    return int(row[0]), str(row[1])


@pytest.fixture
def half_hour_zone() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Kolkata"  # +5:30: UTC hours straddle local days
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_a_zone_off_the_hour_counts_activity_from_the_items(
    workspace: Workspace, fake_reddit: FakeReddit, half_hour_zone: None
) -> None:
    fill(fake_reddit)
    account = workspace.accounts.add("reddit", "Mods", fake_reddit.settings(subreddits="python"))
    assert not workspace.sync.sync(account.id, force=True).failed
    got = check(workspace)
    assert got["all time"]["days"]  # counted, and equal to the items' own local days
