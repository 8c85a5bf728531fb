"""Deletions on a Page are concluded only from Graph's answer about that very post or comment.

Issue 10, point 1: the look-back window is measured from the newest post, so after a gap a
post that merely left the window was taken for deleted and erased. Now a post or comment
the feed no longer shows is looked up by id (GET /{id}); only Graph's "does not exist"
(error 100, subcode 33) erases it, and any other answer concludes nothing.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from connectors.api import Batch, Deletion
from connectors.testing.graph_server import FakeGraph, LoggedRequest
from workbench.core.accounts.service import AccountView
from workbench.core.sync.writer import BatchWriter
from workbench.core.workspace import Workspace
from workbench.db.models import Item


def _rows(workspace: Workspace) -> dict[str, Item]:
    with workspace.store.session() as session:
        return {item.external_id: item for item in session.scalars(select(Item))}


def _lookups(requests: list[LoggedRequest]) -> list[str]:
    """The ids looked up one by one (GET /vX.Y/{id}?fields=id)."""
    return [
        r.path.rsplit("/", 1)[1]
        for r in requests
        if r.method == "GET" and r.path.count("/") == 2 and r.params.get("fields") == "id"
    ]


def _live(workspace: Workspace, *ids: str) -> None:
    rows = _rows(workspace)
    for external_id in ids:
        assert rows[external_id].deleted_at is None, external_id
        assert rows[external_id].text, external_id


def _erased(workspace: Workspace, *ids: str) -> None:
    rows = _rows(workspace)
    for external_id in ids:
        assert rows[external_id].deleted_at is not None, external_id
        assert rows[external_id].text == "", external_id


def _ago(days: float) -> datetime:
    return datetime.now(UTC) - timedelta(days=days)


@pytest.mark.parametrize("gap_days", [1, 5, 20, 60])
def test_a_gap_between_syncs_erases_nothing(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView, gap_days: int
) -> None:
    # The last sync saw this post as the newest; `gap_days` later a new post arrives.
    post = graph.add_post("Our opening hours?", created=_ago(gap_days))
    first = graph.add_comment(post["id"], "9 to 5", created=_ago(gap_days))
    second = graph.add_comment(post["id"], "Thanks!", created=_ago(gap_days))
    assert workspace.sync.sync(page_account.id).status == "ok"

    graph.add_post("New menu")
    before = len(graph.requests)
    summary = workspace.sync.sync(page_account.id)
    assert summary.status == "ok", summary.message
    assert (summary.counts.new, summary.counts.updated, summary.counts.deleted) == (1, 0, 0)
    _live(workspace, post["id"], first["id"], second["id"])
    # Everything of the last window was listed again: nothing needed a lookup.
    assert _lookups(graph.requests[before:]) == []

    # And the sync after that, once the old post is far outside the window, neither.
    graph.add_post("Another one")
    assert workspace.sync.sync(page_account.id).counts.deleted == 0
    _live(workspace, post["id"], first["id"], second["id"])


@pytest.mark.parametrize("gap_days", [1, 20])
def test_a_real_deletion_is_erased_after_graph_says_it_is_gone(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView, gap_days: int
) -> None:
    kept = graph.add_post("Summer sale", created=_ago(gap_days))
    nice = graph.add_comment(kept["id"], "Nice")
    rude = graph.add_comment(kept["id"], "Something rude")
    doomed = graph.add_post("Wrong price", created=_ago(gap_days))
    on_doomed = graph.add_comment(doomed["id"], "Is it 5 or 50?")
    assert workspace.sync.sync(page_account.id).status == "ok"

    graph.delete(rude["id"])
    graph.delete(doomed["id"])
    graph.add_post("Correct price: 50")
    before = len(graph.requests)
    summary = workspace.sync.sync(page_account.id)
    assert summary.status == "ok", summary.message
    assert summary.counts.deleted == 3
    _erased(workspace, rude["id"], doomed["id"], on_doomed["id"])
    _live(workspace, kept["id"], nice["id"])
    # Exactly the missing ones were asked about, each by its own id.
    assert sorted(_lookups(graph.requests[before:])) == sorted(
        [rude["id"], doomed["id"], on_doomed["id"]]
    )


def test_a_post_missing_from_the_feed_but_there_by_id_is_kept(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView
) -> None:
    post = graph.add_post("Still here", created=_ago(0.5))
    comment = graph.add_comment(post["id"], "Me too")
    assert workspace.sync.sync(page_account.id).status == "ok"
    graph.unlisted.add(post["id"])  # the feed leaves it out; GET /{id} still returns it
    summary = workspace.sync.sync(page_account.id)
    assert summary.counts.deleted == 0
    _live(workspace, post["id"], comment["id"])


TRANSIENT = {
    "error": {
        "message": "Service temporarily unavailable",
        "type": "FacebookApiException",
        "is_transient": True,
        "code": 2,
        "fbtrace_id": "FakeTrace",
    }
}
PERMISSION = {
    "error": {
        "message": "(#10) This endpoint requires the 'pages_read_engagement' permission",
        "type": "OAuthException",
        "code": 10,
        "fbtrace_id": "FakeTrace",
    }
}
# The restfb v2.3 recording: code 100 without the subcode 33 that says "does not exist".
NO_SUBCODE = {
    "error": {
        "message": "Unsupported get request. Please read the Graph API documentation",
        "type": "GraphMethodException",
        "code": 100,
    }
}


def _not_json(fixtures: Path) -> str:
    return (fixtures / "facebook" / "spring-social-facebook" / "error-not-json.html").read_text()


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (500, TRANSIENT),
        (500, "html"),
        (403, PERMISSION),
        (400, NO_SUBCODE),
        (200, {"name": "an answer without the object"}),
        (200, [1, 2]),
    ],
)
def test_a_failed_lookup_erases_nothing_and_is_asked_again(
    workspace: Workspace,
    graph: FakeGraph,
    page_account: AccountView,
    shared_fixtures: Path,
    status: int,
    body: Any,
) -> None:
    doomed = graph.add_post("Typo", created=_ago(0.5))
    on_doomed = graph.add_comment(doomed["id"], "Typo indeed")
    assert workspace.sync.sync(page_account.id).status == "ok"
    graph.delete(doomed["id"])
    answer = _not_json(shared_fixtures) if body == "html" else body
    for object_id in (doomed["id"], on_doomed["id"]):
        graph.fail(f"/{object_id}", status, answer, method="GET")

    summary = workspace.sync.sync(page_account.id)
    assert summary.status == "ok", summary.message
    assert summary.counts.deleted == 0
    _live(workspace, doomed["id"], on_doomed["id"])
    cursor = json.loads(workspace.sync.cursor(page_account.id) or "{}")
    assert sorted(cursor["pending"]) == sorted([doomed["id"], on_doomed["id"]])

    # The next sync asks again; now Graph answers "does not exist".
    again = workspace.sync.sync(page_account.id)
    assert again.counts.deleted == 2
    _erased(workspace, doomed["id"], on_doomed["id"])
    assert json.loads(workspace.sync.cursor(page_account.id) or "{}")["pending"] == []


def test_a_rate_limit_during_lookups_stops_asking_and_keeps_the_rest(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView
) -> None:
    posts = [graph.add_post(f"Post {n}", created=_ago(0.5)) for n in range(3)]
    assert workspace.sync.sync(page_account.id).status == "ok"
    for post in posts:
        graph.delete(post["id"])
    limited = {"error": {"message": "(#4) Application request limit reached", "code": 4}}
    graph.fail(f"/{posts[0]['id']}", 400, limited, method="GET")
    graph.fail(f"/{posts[1]['id']}", 400, limited, method="GET")
    graph.fail(f"/{posts[2]['id']}", 400, limited, method="GET")
    before = len(graph.requests)
    summary = workspace.sync.sync(page_account.id)
    assert summary.status == "ok" and summary.counts.deleted == 0
    assert len(_lookups(graph.requests[before:])) == 1  # the first refusal stops the rest
    cursor = json.loads(workspace.sync.cursor(page_account.id) or "{}")
    assert len(cursor["pending"]) == 3


def test_items_erased_by_an_earlier_version_come_back(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView
) -> None:
    post = graph.add_post("Five days old", created=_ago(5))
    comments = [graph.add_comment(post["id"], f"Comment {n}") for n in range(2)]
    assert workspace.sync.sync(page_account.id).status == "ok"
    ids = [post["id"], *(c["id"] for c in comments)]

    # What versions before 2 left behind: the three erased by the writer (tombstones),
    # and their cursor (no "v"), whose window no longer holds the post.
    old_cursor = json.dumps({"since": int(_ago(0).timestamp()), "recent": {}})
    writer = BatchWriter(page_account.id, "facebook")
    store = workspace.store
    with store.write_lock, store.engine.begin() as connection:
        writer.apply(connection, Batch(deletions=[Deletion(i) for i in ids], cursor=old_cursor))
    _erased(workspace, *ids)

    summary = workspace.sync.sync(page_account.id)
    assert summary.status == "ok", summary.message
    assert summary.counts.updated == 3 and summary.counts.deleted == 0
    _live(workspace, *ids)
    assert _rows(workspace)[post["id"]].text == "Five days old"
    with store.engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT rowid FROM items_fts WHERE items_fts MATCH 'days'"
        ).all()
        assert [row[0] for row in found] == [_rows(workspace)[post["id"]].id]
        connection.exec_driver_sql(
            "INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)"
        )
    # The cursor is version 2 now: the next sync reads only the window again.
    cursor = json.loads(workspace.sync.cursor(page_account.id) or "{}")
    assert cursor["v"] == 2 and "full" not in cursor
    before = len(graph.requests)
    assert workspace.sync.sync(page_account.id).counts.updated == 0
    feed = [r for r in graph.requests[before:] if r.path.endswith("/feed")]
    assert len(feed) == 1 and "since" in feed[0].params
