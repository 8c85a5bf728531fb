"""Long comment threads the comment listing does not cover: trees and "more" stubs."""

from __future__ import annotations

from reddit_helpers import add_account, count_items, stored, sync

from connectors.testing.reddit_server import FakeReddit
from workbench.core.workspace import Workspace


def _long_thread(fake: FakeReddit, comments: int) -> tuple[str, list[str]]:
    model = fake.model
    post = model.add_post("python", "Megathread?", "")
    made: list[str] = []
    for number in range(comments):
        # Every third comment answers an earlier one: a real tree.
        parent = made[number - 2] if number % 3 == 2 else post
        made.append(model.add_comment(parent, f"Thread comment {number}"))
    return post, made


def test_more_stubs_are_expanded_within_the_budget(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    post, comments = _long_thread(fake_reddit, 450)
    fake_reddit.listing_cap = 100  # the comment listing reaches back only 100 comments
    fake_reddit.tree_limit = 50  # the tree shows 50, the rest behind "more" stubs
    account = add_account(workspace, fake_reddit, more_comments_budget="10")

    summary = sync(workspace, account)

    assert summary.status == "ok", summary.message
    items = stored(workspace, account)
    assert set(comments) <= set(items)  # 100 from the listing, the rest from the tree
    assert len(fake_reddit.calls(f"/comments/{post[3:]}")) == 1
    more = fake_reddit.calls("/api/morechildren")
    assert 1 <= len(more) <= 9
    assert all(len(c.param("children").split(",")) <= 100 for c in more)
    with workspace.store.engine.connect() as connection:
        parents: dict[str, str | None] = dict(
            connection.exec_driver_sql(
                "SELECT external_id, parent_external_id FROM items WHERE kind = 'comment'"
            ).all()
        )
    assert parents[comments[2]] == comments[0] and parents[comments[3]] == post


def test_a_small_budget_stops_expanding_and_reads_the_rest_of_nothing_twice(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    _post, comments = _long_thread(fake_reddit, 450)
    fake_reddit.listing_cap = 100
    fake_reddit.tree_limit = 50
    account = add_account(workspace, fake_reddit, more_comments_budget="2")
    assert sync(workspace, account).status == "ok"
    assert len(fake_reddit.calls("/api/morechildren")) == 1  # tree + one stub = 2 requests
    got = {k for k, v in stored(workspace, account).items() if v[0] == "comment"}
    assert 150 <= len(got) < len(comments)
    rows, distinct = count_items(workspace, account)
    assert rows == distinct
