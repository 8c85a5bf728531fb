"""Reading a Page through the fake Graph API: incremental, no duplicates, resumable."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from connectors.testing.graph_server import FakeGraph
from workbench.core.accounts.service import AccountView
from workbench.core.workspace import Workspace
from workbench.db.models import Item


def _count(workspace: Workspace, account_id: int) -> int:
    with workspace.store.session() as session:
        return session.scalar(select(func.count()).where(Item.account_id == account_id)) or 0


def _texts(workspace: Workspace) -> list[str]:
    with workspace.store.session() as session:
        return list(session.scalars(select(Item.text)))


def test_three_syncs_add_only_what_is_new(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView
) -> None:
    recorded = len(graph.posts) + sum(len(c) for c in graph.comments.values())

    first = workspace.sync.sync(page_account.id)
    assert first.status == "ok", first.message
    assert first.counts.new == recorded == _count(workspace, page_account.id)
    account = workspace.accounts.get(page_account.id)
    assert account.status == "ok"
    assert account.community_count == 1

    post = graph.add_post("Our autumn opening hours?")
    graph.add_comment(post["id"], "Open till 6!")
    second = workspace.sync.sync(page_account.id)
    assert second.status == "ok", second.message
    assert second.counts.new == 2
    assert _count(workspace, page_account.id) == recorded + 2

    reply_to = graph.comments[post["id"]][0]["id"]
    graph.add_comment(post["id"], "Thanks!", parent=reply_to)
    before = len(graph.requests)
    third = workspace.sync.sync(page_account.id)
    assert third.counts.new == 1
    assert _count(workspace, page_account.id) == recorded + 3
    # The third sync asked only for recent posts, not the whole 2021 feed again.
    asked = graph.requests[before:]
    feed = [r for r in asked if r.path.endswith("/feed")]
    assert len(feed) == 1 and "since" in feed[0].params
    assert [r.path for r in asked if r.path.endswith("/comments")] == [
        f"/v23.0/{post['id']}/comments"
    ]

    with workspace.store.session() as session:
        reply = session.scalars(select(Item).where(Item.text == "Thanks!")).one()
        assert reply.parent_external_id == reply_to
        assert reply.thread_external_id == post["id"]


def test_recorded_comments_keep_their_threads(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView
) -> None:
    workspace.sync.sync(page_account.id)
    with workspace.store.session() as session:
        replies = session.scalars(
            select(Item).where(Item.kind == "comment", Item.url.like("%reply_comment_id%"))
        ).all()
        assert replies
        ids = set(session.scalars(select(Item.external_id)))
    assert all(r.parent_external_id in ids for r in replies)
    assert "Wow that's great thank you very much" in _texts(workspace)


def test_paging_follows_next_and_the_cursor_holds_no_token(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView
) -> None:
    for number in range(60):  # more than two feed pages of 25
        graph.add_post(f"Post {number}", created=datetime.now(UTC) - timedelta(minutes=number))
    summary = workspace.sync.sync(page_account.id)
    assert summary.status == "ok"
    assert {f"Post {n}" for n in range(60)} <= set(_texts(workspace))
    feed_pages = [r for r in graph.requests if r.path.endswith("/feed")]
    assert len(feed_pages) >= 3
    cursor = workspace.sync.cursor(page_account.id)
    assert cursor is not None
    assert "since" in json.loads(cursor)
    assert graph.token not in cursor


def test_a_crash_mid_feed_resumes_from_the_saved_page(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView
) -> None:
    for number in range(60):
        graph.add_post(f"Post {number}", created=datetime.now(UTC) - timedelta(minutes=number))
    # The third feed page fails: the first two pages stay, with a cursor pointing on.
    calls = {"n": 0}
    original = graph.answer

    def third_page_fails(method: str, path: str, params: dict[str, str]):  # type: ignore[no-untyped-def]
        if path.endswith("/feed"):
            calls["n"] += 1
            if calls["n"] == 3:
                return 500, {
                    "error": {
                        "message": "Service temporarily unavailable",
                        "type": "FacebookApiException",
                        "is_transient": True,
                        "code": 2,
                    }
                }
        return original(method, path, params)

    graph.answer = third_page_fails  # type: ignore[method-assign]
    failed = workspace.sync.sync(page_account.id)
    assert failed.status == "failed"
    assert workspace.accounts.get(page_account.id).status == "failing"
    kept = _count(workspace, page_account.id)
    assert kept >= 50
    cursor = json.loads(workspace.sync.cursor(page_account.id) or "{}")
    assert cursor.get("next")

    resumed = workspace.sync.sync(page_account.id)
    assert resumed.status == "ok", resumed.message
    assert {f"Post {n}" for n in range(60)} <= set(_texts(workspace))
    recorded = len(graph.posts) + sum(len(c) for c in graph.comments.values())
    assert _count(workspace, page_account.id) == recorded  # nothing lost, nothing doubled


def test_posts_and_comments_deleted_on_facebook_are_erased(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView
) -> None:
    post = graph.add_post("Summer sale", created=datetime.now(UTC) - timedelta(hours=5))
    keep = graph.add_comment(post["id"], "Nice")
    rude = graph.add_comment(post["id"], "Something rude")
    doomed = graph.add_post("Wrong price, sorry", created=datetime.now(UTC) - timedelta(hours=4))
    on_doomed = graph.add_comment(doomed["id"], "Is it 5 or 50?")
    assert workspace.sync.sync(page_account.id).status == "ok"
    graph.add_post("Correct price: 50")
    assert workspace.sync.sync(page_account.id).counts.deleted == 0

    graph.delete(rude["id"])
    graph.delete(doomed["id"])
    summary = workspace.sync.sync(page_account.id)
    assert summary.status == "ok", summary.message
    assert summary.counts.deleted == 3
    with workspace.store.session() as session:
        rows = {i.external_id: i for i in session.scalars(select(Item))}
    for gone in (rude["id"], doomed["id"], on_doomed["id"]):
        assert rows[gone].deleted_at is not None and rows[gone].text == ""
    assert rows[keep["id"]].deleted_at is None
    assert rows[post["id"]].text == "Summer sale"
    # Old posts outside the look-back window are never taken for deleted.
    assert all(
        r.deleted_at is None
        for r in rows.values()
        if r.external_id not in (rude["id"], doomed["id"], on_doomed["id"])
    )
