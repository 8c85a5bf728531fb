"""Helpers shared by the Reddit connector tests."""

from __future__ import annotations

from connectors.testing.reddit_server import FakeReddit
from workbench.core.sync.engine import SyncSummary
from workbench.core.workspace import Workspace


def add_account(ws: Workspace, fake: FakeReddit, name: str = "Reddit mods", **more: str) -> int:
    settings = fake.settings(subreddits="python", **more)
    return ws.accounts.add("reddit", name, settings).id


def sync(ws: Workspace, account_id: int) -> SyncSummary:
    return ws.sync.sync(account_id, force=True)


def fill(fake: FakeReddit, posts: int, comments_per_post: int, subreddit: str = "python") -> None:
    model = fake.model
    for number in range(posts):
        title = (
            f"Question {number}: how do I pin a version?" if number % 3 == 0 else f"Post {number}"
        )
        post = model.add_post(subreddit, title, f"Body of post {number}")
        for reply in range(comments_per_post):
            model.add_comment(post, f"Comment {reply} on post {number}")


def stored(ws: Workspace, account_id: int) -> dict[str, tuple[str, str, str]]:
    """external id -> (kind, text, flags) of the account's stored items."""
    with ws.store.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT external_id, kind, text, flags FROM items WHERE account_id = ?",
            (account_id,),
        ).all()
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


def count_items(ws: Workspace, account_id: int) -> tuple[int, int]:
    """(rows, distinct external ids) of the account's items."""
    with ws.store.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT COUNT(*), COUNT(DISTINCT external_id) FROM items WHERE account_id = ?",
            (account_id,),
        ).one()
    return int(row[0]), int(row[1])
