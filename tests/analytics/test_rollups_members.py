"""New and returning members per week from the member rollups (migration 0017) equal the
numbers computed from the items (db/sqlite/analytics_reference.py), in zones on and off
the hour, at both ends of the grid (UTC+14, UTC-12), through a change to summer time at a
Monday's midnight, for all communities and a choice of them, windows starting and ending
anywhere in a week; after a sync, an edit that moves an item to another week, a deletion
upstream and a member's erasure. The migration's rebuild gives the rows the upkeep kept."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from connectors.testing.reddit_server import FakeReddit, served
from workbench.core.workspace import DATABASE_FILE, Workspace
from workbench.db.interfaces import AnalyticsScope, MembersCounts
from workbench.db.sqlite.analytics_reference import ReferenceAnalytics
from workbench.db.sqlite.analytics_rollup import rebuild

HOUR = 3600
DAY = 24 * HOUR
NOW = int(time.time())
START = NOW - 40 * DAY + 1234
TABLES = ("analytics_member_weeks", "analytics_member_firsts", "analytics_member_community_weeks")


def summer_at_a_monday_midnight() -> str:
    """A POSIX zone at UTC-3:30 whose summer time starts at 00:00 on a Monday inside the
    data (that Monday's local midnight does not exist) and ends months later."""
    day = datetime.fromtimestamp(NOW - 20 * DAY, UTC).date()
    day += timedelta(days=-day.weekday() % 7)
    nth = (day.day - 1) // 7 + 1
    back = (day.month + 5) % 12 + 1
    return f"XST3:30XDT,M{day.month}.{nth}.1/0,M{back}.1.0/0"


ZONES = (
    "UTC",
    "Asia/Kolkata",
    "Pacific/Kiritimati",
    "Etc/GMT+12",
    summer_at_a_monday_midnight(),
)


@pytest.fixture
def fake_reddit(shared_fixtures: Path) -> Iterator[FakeReddit]:
    yield from served(shared_fixtures)


@pytest.fixture
def zones() -> Iterator[None]:
    """The test sets TZ itself; put it back afterwards."""
    old = os.environ.get("TZ")
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def fill(fake: FakeReddit) -> dict[str, str]:
    """Forty days of two subreddits: members starting in different weeks, writing some
    weeks and not others, at every hour of the week, one writing all the time; the team's
    posts and replies."""
    m = fake.model
    made: dict[str, str] = {}
    for n in range(60):
        member = f"member_{n % 9}"
        at = START + (n % 9) * 3 * DAY + n * 15 * HOUR + n * 37
        if at >= NOW - HOUR:
            continue
        sub = "python" if n % 3 else "rust"
        post = m.add_post(sub, f"Thing {n}?", "body", author=member, created=at)
        made[f"p{n}"] = post
        if n % 4 == 0:
            m.add_comment(post, "me too", author=f"member_{(n + 4) % 9}", created=at + 5 * HOUR)
        if n % 5 == 0:
            m.add_comment(post, "try this", author=fake.username, created=at + HOUR)
    # One member writes every seven hours: a window's end inside a grid week has their
    # items on both sides, and in between (looked up in the items).
    daily = m.add_post("rust", "Daily thread", "chat", author="member_busy", created=START)
    for at in range(START + 7 * HOUR, NOW - HOUR, 7 * HOUR):
        m.add_comment(daily, "still here", author="member_busy", created=at)
    m.add_post("python", "Team news", "from us", author=fake.username, created=START + 5 * DAY)
    opened = m.add_conversation("python", "Help?", "member_7", "hi", created=START + 9 * DAY)
    m.add_message(opened, fake.username, "hello", created=START + 9 * DAY + 2 * HOUR)
    return made


def scopes(python: int, rust: int) -> list[AnalyticsScope]:
    out = [
        AnalyticsScope(),
        AnalyticsScope(community_ids=(python,)),
        AnalyticsScope(community_ids=(python, rust)),
        AnalyticsScope(platforms=("reddit",), since=START + 11 * DAY + 5 * HOUR),
        AnalyticsScope(community_ids=(rust,), since=START + 8 * DAY + 7, until=NOW - 9 * DAY),
        AnalyticsScope(since=NOW - 30 * DAY),
        AnalyticsScope(until=NOW - 12 * DAY - 77),
    ]
    # Window ends at every eleventh hour of a week: before and after each zone's Monday,
    # in either half of a grid week, with items on both sides.
    for h in range(0, 7 * 24, 11):
        since = START + 8 * DAY + h * HOUR + 17
        out.append(AnalyticsScope(since=since, until=NOW - 6 * DAY - h * HOUR - 29))
        out.append(AnalyticsScope(since=since, until=since + 2 * DAY))
    return out


def community(ws: Workspace, name: str) -> int:
    return next(c.id for c in ws.communities.all() if c.name.endswith(name))


def check(ws: Workspace) -> dict[str, list[MembersCounts]]:
    """In every zone and scope the rollups give the items' numbers; those of UTC."""
    python, rust = community(ws, "python"), community(ws, "rust")
    reference = ReferenceAnalytics(str(ws.data_dir / DATABASE_FILE))
    got: dict[str, list[MembersCounts]] = {}
    try:
        for zone in ZONES:
            os.environ["TZ"] = zone
            time.tzset()
            for n, scope in enumerate(scopes(python, rust)):
                expected = reference.members_by_week(scope)
                assert ws.analytics.reads.members_by_week(scope) == expected, (zone, n, scope)
                got.setdefault(zone, []).extend(expected)
    finally:
        reference.close()
    return got


def table(path: Path, name: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as db:
        return sorted(db.execute(f"SELECT * FROM {name}").fetchall())


def test_the_summer_zone_changes_its_offset_at_a_monday_midnight_inside_the_data(
    zones: None,
) -> None:
    os.environ["TZ"] = ZONES[-1]
    time.tzset()
    offsets = {time.localtime(t).tm_gmtoff for t in range(START, NOW, HOUR)}
    assert offsets == {-3 * HOUR - 1800, -2 * HOUR - 1800}


def test_members_per_week_follow_syncs_edits_deletions_and_erasure(
    workspace: Workspace, fake_reddit: FakeReddit, zones: None
) -> None:
    ws = workspace
    made = fill(fake_reddit)
    account = ws.accounts.add("reddit", "Mods", fake_reddit.settings(subreddits="python,rust"))
    assert not ws.sync.sync(account.id, force=True).failed
    first = check(ws)
    assert sum(c.new for c in first["UTC"]) and sum(c.returning for c in first["UTC"])

    # Edited upstream: a member's first post moves two weeks earlier (its rows recounted).
    model = fake_reddit.model
    with fake_reddit.lock:
        model.things[made["p8"]]["created"] = START - 14 * DAY
        model.things[made["p8"]]["text"] = "now older"
        model.things[made["p8"]]["edited"] = time.time()
    assert not ws.sync.sync(account.id, force=True).failed
    moved = check(ws)
    assert moved != first

    # Deleted upstream (the author becomes "[deleted]"): the item leaves its member.
    with fake_reddit.lock:
        model.delete(made["p1"])
    assert not ws.sync.sync(account.id, force=True).failed
    check(ws)

    # A member erased: their items stay as tombstones, written all the same.
    (member,) = ws.moderation.notes.find("member_0")
    before = check(ws)
    ws.moderation.erase_member(member.id)
    assert check(ws) == before

    # The migration's backfill gives the very rows the upkeep kept.
    path = ws.data_dir / DATABASE_FILE
    kept = {name: table(path, name) for name in TABLES}
    assert all(kept.values())
    with sqlite3.connect(path, isolation_level=None) as db:
        db.execute("BEGIN IMMEDIATE")
        rebuild(db.cursor())
        db.execute("COMMIT")
    assert {name: table(path, name) for name in TABLES} == kept

    # The account removed: its rows go with its items (the cascade).
    ws.accounts.remove(account.id)
    assert not any(table(path, name) for name in TABLES)


def test_members_in_two_accounts_are_counted_once(
    workspace: Workspace, fake_reddit: FakeReddit, zones: None
) -> None:
    """Two accounts on the same server see the same members: their rows overlap, and the
    numbers are read member by member (still from the rollups)."""
    fill(fake_reddit)
    for name, subreddits in (("Mods", "python,rust"), ("Second", "python")):
        account = ws_add(workspace, fake_reddit, name, subreddits)
        assert not workspace.sync.sync(account, force=True).failed
    got = check(workspace)
    single = max(c.new + c.returning for c in got["UTC"])
    assert 0 < single <= 10  # ten members, not counted twice


def ws_add(ws: Workspace, fake: FakeReddit, name: str, subreddits: str) -> int:
    return ws.accounts.add("reddit", name, fake.settings(subreddits=subreddits)).id
