"""Reading through the real sync engine into a real SQLite store, from the fake Reddit."""

from __future__ import annotations

import pytest
from reddit_helpers import add_account, count_items, fill, stored, sync

from connectors.testing.reddit_server import FakeReddit
from workbench.core.workspace import Workspace


def test_first_sync_reads_posts_comments_queues_and_modmail(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    model = fake_reddit.model
    fill(fake_reddit, posts=150, comments_per_post=2)
    post = model.add_post("python", "Is this allowed?", "Selling stuff")
    comment = model.add_comment(post, "You are all wrong", author="grumpy")
    model.report(post, "Spam")
    model.report(post, "Spam")
    model.report(post, "Off topic")
    model.report(comment, "Rude", moderator="mod_alex")
    conv = model.add_conversation("python", "Appeal", "banned_user", "Please unban me")
    model.add_message(conv, "mod_alex", "Looking into it", internal=True)
    model.add_message(conv, "banned_user", "Thanks")
    account = add_account(workspace, fake_reddit)

    summary = sync(workspace, account)

    assert summary.status == "ok", summary.message
    items = stored(workspace, account)
    posts = [k for k, v in items.items() if v[0] == "post"]
    comments = [k for k, v in items.items() if v[0] == "comment"]
    assert len(posts) == 151 and len(comments) == 301
    assert "question" in items[post][2] and "reported" in items[post][2]
    reports = {v[1]: k for k, v in items.items() if v[0] == "report"}
    assert set(reports) == {"Spam", "Off topic", "Rude"}  # one item per distinct reason
    with workspace.store.engine.connect() as connection:
        parents: dict[str, str | None] = dict(
            connection.exec_driver_sql(
                "SELECT text, parent_external_id FROM items WHERE kind = 'report'"
            ).all()
        )
        thread = connection.exec_driver_sql(
            "SELECT thread_external_id, parent_external_id FROM items WHERE external_id = ?",
            (comment,),
        ).one()
        budget = connection.exec_driver_sql(
            "SELECT budget_remaining, budget_reset_at FROM accounts WHERE id = ?", (account,)
        ).one()
    assert parents == {"Spam": post, "Off topic": post, "Rude": comment}
    assert tuple(thread) == (post, post)
    messages = {v[1]: v[2] for v in items.values() if v[0] == "message"}
    assert set(messages) == {"Please unban me", "Looking into it", "Thanks"}
    assert "internal" in messages["Looking into it"] and "own" in messages["Looking into it"]
    assert budget[0] is not None and budget[0] > 0 and budget[1] is not None
    # Plain listings: 100 items a page.
    assert len(fake_reddit.calls("/r/python/new")) == 2
    assert len(fake_reddit.calls("/r/python/comments")) == 4


def test_incremental_syncs_read_only_what_is_new_and_never_duplicate(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    fill(fake_reddit, posts=120, comments_per_post=1)
    account = add_account(workspace, fake_reddit)
    assert sync(workspace, account).counts.new == 240

    fake_reddit.clear_requests()
    post = fake_reddit.model.add_post("python", "A new day?", "")
    fake_reddit.model.add_comment(post, "Fresh comment")
    second = sync(workspace, account)
    assert second.counts.new == 2
    # Incremental: one page each, stopping at the previous sync's newest item.
    assert len(fake_reddit.calls("/r/python/new")) == 1
    assert len(fake_reddit.calls("/r/python/comments")) == 1

    third = sync(workspace, account)
    assert third.counts.new == 0
    assert count_items(workspace, account) == (242, 242)


def test_a_fault_mid_listing_loses_and_doubles_nothing(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    fill(fake_reddit, posts=350, comments_per_post=0)
    account = add_account(workspace, fake_reddit)
    # Page 2 of the posts listing answers invalid JSON: the sync fails after page 1.
    fake_reddit.fail(
        "/r/python/new", kind="bad_json", times=1, when=lambda r: bool(r.param("after"))
    )
    first = sync(workspace, account)
    assert first.status == "failed"
    assert "not valid JSON" in first.message
    assert count_items(workspace, account) == (100, 100)

    # New posts arrive while the account waits; the next sync resumes at page 2 and
    # then reads the new ones too.
    for number in range(5):
        fake_reddit.model.add_post("python", f"Late post {number}", "")
    second = sync(workspace, account)
    assert second.status == "ok", second.message
    assert count_items(workspace, account) == (355, 355)
    third = sync(workspace, account)
    assert third.counts.new == 0
    assert count_items(workspace, account) == (355, 355)


@pytest.mark.slow
def test_server_errors_and_timeouts_retry_then_fail_then_resume(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    fill(fake_reddit, posts=250, comments_per_post=0)
    account = add_account(workspace, fake_reddit, timeout="1")
    page_two = lambda r: bool(r.param("after"))  # noqa: E731
    # One 503 is retried by prawcore within the same sync.
    fake_reddit.fail("/r/python/new", status=503, times=1, when=page_two)
    assert sync(workspace, account).status == "ok"
    assert count_items(workspace, account) == (250, 250)

    for number in range(200):
        fake_reddit.model.add_post("python", f"Later {number}", "")
    # A timeout that outlasts prawcore's retries fails the sync as temporary.
    fake_reddit.fail("/r/python/new", kind="timeout", times=3, delay=1.5, when=page_two)
    failed = sync(workspace, account)
    assert failed.status == "failed" and "next sync" in failed.message
    assert workspace.accounts.get(account).status == "failing"
    assert count_items(workspace, account) == (350, 350)
    assert sync(workspace, account).status == "ok"
    assert count_items(workspace, account) == (450, 450)


def test_deletion_on_reddit_erases_text_and_search(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    model = fake_reddit.model
    post = model.add_post("python", "Keep me", "ordinary words")
    doomed = model.add_comment(post, "zanzibarquux secret plans")
    removed = model.add_comment(post, "another comment")
    purged = model.add_comment(post, "vanishing words")
    edited = model.add_comment(post, "first version")
    account = add_account(workspace, fake_reddit)
    assert sync(workspace, account).counts.new == 5

    def search(word: str) -> int:
        with workspace.store.engine.connect() as connection:
            return int(
                connection.exec_driver_sql(
                    "SELECT COUNT(*) FROM items_fts WHERE items_fts MATCH ?", (word,)
                ).scalar_one()
            )

    assert search("zanzibarquux") == 1
    model.delete(doomed)
    model.delete(removed, "[removed]")
    model.purge(purged)
    model.edit(edited, "second version")
    summary = sync(workspace, account)

    assert summary.counts.deleted == 3
    items = stored(workspace, account)
    assert items[doomed][1] == items[removed][1] == items[purged][1] == ""
    assert items[edited][1] == "second version"
    assert search("zanzibarquux") == 0 and search("vanishing") == 0
    # One /api/info request for the comments (the post came again with the unmoderated queue).
    info = fake_reddit.calls("/api/info")
    assert len(info) == 1 and len(info[0].param("id").split(",")) == 4


def test_low_budget_reads_moderation_first_and_continues_next_sync(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    fill(fake_reddit, posts=30, comments_per_post=1)
    post = fake_reddit.model.add_post("python", "Bad post", "")
    fake_reddit.model.report(post, "Spam")
    fake_reddit.model.add_conversation("python", "Hi", "member", "Hello")
    account = add_account(workspace, fake_reddit)
    fake_reddit.rate_limit = 1000
    fake_reddit.rate_used = 985  # 15 requests left: moderation and modmail only
    fake_reddit.rate_window = 5  # the budget comes back in seconds (praw waits if it must)

    summary = sync(workspace, account)
    assert summary.status == "ok"
    assert "budget ran low" in workspace.accounts.get(account).status_message
    kinds = {v[0] for v in stored(workspace, account).values()}
    assert {"report", "message"} <= kinds
    assert not fake_reddit.calls("/r/python/new")
    with workspace.store.engine.connect() as connection:
        remaining = connection.exec_driver_sql(
            "SELECT budget_remaining FROM accounts WHERE id = ?", (account,)
        ).scalar_one()
    assert remaining is not None and remaining < 25

    fake_reddit.rate_used = 0
    fake_reddit.rate_limit = 100_000
    fake_reddit.rate_window = 600
    assert sync(workspace, account).status == "ok"
    rows, distinct = count_items(workspace, account)
    assert rows == distinct and rows == 31 + 30 + 1 + 1  # posts, comments, report, message
