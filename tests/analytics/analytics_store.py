"""The items of the charts' store (conftest.py), shared by the number and pane tests."""

from __future__ import annotations

T0 = 1_700_006_400  # Wednesday 2023-11-15 00:00 UTC (the week of Monday the 13th)
W2 = T0 + 7 * 86400  # Wednesday 2023-11-22 (the week of the 20th)
MIN = 60


def post(i: str, at: int, author: str, community: str, *flags: str) -> dict[str, object]:
    return {"id": i, "kind": "post", "created": at, "thread": i, "author": author,
            "community": community, "flags": list(flags)}  # fmt: skip


def reply(i: str, thread: str, at: int, author: str, community: str) -> dict[str, object]:
    team = author == "cm_alex"
    return {"id": i, "kind": "comment", "created": at, "thread": thread, "parent": thread,
            "author": author, "community": community, "flags": ["own"] if team else []}  # fmt: skip


ITEMS = [
    # Week 1, General: p1 answered after 30 min, p2 after 10 hours, p3 never.
    post("p1", T0, "alice", "general", "question"),
    reply("r1", "p1", T0 + 30 * MIN, "cm_alex", "general"),
    post("p2", T0 + 60 * MIN, "bob", "general"),
    reply("r2", "p2", T0 + 660 * MIN, "cm_alex", "general"),
    post("p3", T0 + 120 * MIN, "alice", "general", "question"),
    # Week 2, Help: p4 by a newcomer answered after 30 hours (past the 24-hour target);
    # bob, known from General, comments there first.
    post("p4", W2, "carol", "help"),
    reply("r3", "p4", W2 + 10 * MIN, "bob", "help"),
    reply("r4", "p4", W2 + 1800 * MIN, "cm_alex", "help"),
    # Week 2, General: alice is back, answered after an hour.
    post("p5", W2 + 60 * MIN, "alice", "general"),
    reply("r5", "p5", W2 + 120 * MIN, "cm_alex", "general"),
]
LATER = W2 + 3 * 86400  # every thread is old enough to judge
