"""Reading an organization page through the fake LinkedIn API, and replying."""

from __future__ import annotations

import json
import logging
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from connectors.api import Reply
from connectors.linkedin.connector import expiry_notice
from connectors.testing.linkedin_server import FakeLinkedIn
from workbench.core.accounts.service import AccountView
from workbench.core.workspace import Workspace
from workbench.db.models import Item

DAY_MS = 24 * 3600 * 1000


def _count(workspace: Workspace) -> int:
    with workspace.store.session() as session:
        return session.scalar(select(func.count()).select_from(Item)) or 0


def test_three_syncs_without_duplicates(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView
) -> None:
    now = int(time.time() * 1000)
    for number in range(70):  # two pages of 50
        linkedin.add_post(f"Post {number}", at_ms=now - number * DAY_MS)
    first_post = linkedin.posts[0]["id"]
    comment = linkedin.add_comment(first_post, "Great news?")
    linkedin.add_comment(comment["commentUrn"], "Thanks!", actor=linkedin.organization)

    first = workspace.sync.sync(org_account.id)
    assert first.status == "ok", first.message
    assert first.counts.new == 72 == _count(workspace)
    assert workspace.accounts.get(org_account.id).community_count == 1

    linkedin.add_comment(linkedin.posts[1]["id"], "Late comment on a recent post")
    new_post = linkedin.add_post("Hiring!")
    second = workspace.sync.sync(org_account.id)
    assert second.status == "ok", second.message
    assert second.counts.new == 2
    # Only the recent posts were looked at again, not all 70.
    comment_reads = [r for r in linkedin.requests if "socialActions" in r.path]
    assert len(comment_reads) < 72 + 30

    linkedin.add_comment(new_post["id"], "Where?")
    third = workspace.sync.sync(org_account.id)
    assert third.counts.new == 1
    assert _count(workspace) == 75

    with workspace.store.session() as session:
        reply = session.scalars(select(Item).where(Item.text == "Thanks!")).one()
        assert reply.parent_external_id == comment["commentUrn"]
        assert reply.thread_external_id == first_post
        assert "own" in reply.flags


def test_every_request_sends_the_version_headers(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView
) -> None:
    linkedin.add_post("Hello")
    workspace.sync.sync(org_account.id)
    assert linkedin.requests
    for request in linkedin.requests:
        assert request.headers["linkedin-version"] == "202610"
        assert request.headers["x-restli-protocol-version"] == "2.0.0"
    posts = next(r for r in linkedin.requests if r.path == "/rest/posts")
    assert posts.params["author"] == linkedin.organization
    assert posts.params["q"] == "author"


def test_reply_to_a_comment_goes_out_through_the_outbox(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView
) -> None:
    post = linkedin.add_post("Our new office")
    comment = linkedin.add_comment(post["id"], "Congrats! Is it in Berlin?")
    workspace.sync.sync(org_account.id)
    workspace.outbox.queue(org_account.id, Reply(comment["commentUrn"], "Yes, Berlin!"))
    summary = workspace.sync.sync(org_account.id)
    assert summary.sent == 1, summary.message
    sent = [r for r in linkedin.requests if r.method == "POST"]
    assert len(sent) == 1
    assert sent[0].body["parentComment"] == comment["commentUrn"]
    assert sent[0].body["actor"] == linkedin.organization
    entry = workspace.outbox.entries(account_id=org_account.id)[0]
    assert entry.status == "sent"
    assert entry.result_url.endswith(f"{comment['object']}/")
    with workspace.store.session() as session:  # the same sync read the reply back
        assert session.scalars(select(Item).where(Item.text == "Yes, Berlin!")).one()


def test_the_cursor_resumes_mid_list(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView
) -> None:
    now = int(time.time() * 1000)
    for number in range(70):
        linkedin.add_post(f"Post {number}", at_ms=now - number * 60_000)
    calls = {"n": 0}
    original = linkedin.answer

    def second_page_fails(method, path, params, headers, body):  # type: ignore[no-untyped-def]
        if path == "/rest/posts":
            calls["n"] += 1
            if calls["n"] == 2:
                return 503, {"status": 503, "message": "Service Unavailable"}, {}
        return original(method, path, params, headers, body)

    linkedin.answer = second_page_fails  # type: ignore[method-assign]
    assert workspace.sync.sync(org_account.id).status == "failed"
    assert _count(workspace) == 50
    cursor = json.loads(workspace.sync.cursor(org_account.id) or "{}")
    assert cursor["start"] == 50
    assert workspace.sync.sync(org_account.id).status == "ok"
    assert _count(workspace) == 70


@pytest.mark.parametrize(
    ("expires", "warned"),
    [(3, True), (7, True), (8, False), (-1, True)],
)
def test_the_token_expiry_warning_comes_a_week_ahead(expires: int, warned: bool) -> None:
    today = datetime(2026, 11, 25, tzinfo=UTC).date()
    day = (today + timedelta(days=expires)).isoformat()
    assert bool(expiry_notice(day, today)) is warned


def test_sync_and_test_connection_warn_before_the_token_expires(
    workspace: Workspace, linkedin: FakeLinkedIn
) -> None:
    soon = (datetime.now(UTC) + timedelta(days=5)).date().isoformat()
    account = workspace.accounts.add(
        "linkedin",
        "Expiring",
        {
            "organization_id": linkedin.organization_id,
            "access_token": linkedin.token,
            "api_url": linkedin.url,
            "token_expires_at": soon,
        },
    )
    info = workspace.accounts.test_connection(account.id)
    assert "Acme Corp" in info.summary and soon in info.summary
    summary = workspace.sync.sync(account.id)
    assert summary.status == "ok"
    view = workspace.accounts.get(account.id)
    assert view.status == "ok"
    assert soon in view.status_message and "sign in again" in view.status_message


def test_the_token_is_never_stored_or_logged(
    workspace: Workspace,
    linkedin: FakeLinkedIn,
    org_account: AccountView,
    data_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    post = linkedin.add_post("Hello")
    workspace.sync.sync(org_account.id)
    workspace.outbox.queue(org_account.id, Reply(post["id"], "Welcome"))
    linkedin.fail("/rest/posts", 401, {"status": 401, "message": "Invalid access token"})
    workspace.sync.sync(org_account.id)
    assert workspace.accounts.get(org_account.id).status == "auth-needed"
    assert linkedin.token not in caplog.text
    workspace.store.close()
    for file in data_dir.glob("workbench.sqlite3*"):
        assert linkedin.token.encode() not in file.read_bytes()


def test_posts_and_comments_deleted_on_linkedin_are_erased(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView
) -> None:
    now = int(time.time() * 1000)
    old = linkedin.add_post("Last year's news", at_ms=now - 400 * DAY_MS)
    post = linkedin.add_post("Webinar on Friday", at_ms=now - 3 * 3600_000)
    spam = linkedin.add_comment(post["id"], "Buy followers")
    kept = linkedin.add_comment(post["id"], "Signed up!")
    doomed = linkedin.add_post("Typo post", at_ms=now - 2 * 3600_000)
    assert workspace.sync.sync(org_account.id).status == "ok"
    linkedin.delete(spam["commentUrn"])
    linkedin.delete(doomed["id"])
    summary = workspace.sync.sync(org_account.id)
    assert summary.counts.deleted == 2, summary.message
    with workspace.store.session() as session:
        rows = {i.external_id: i for i in session.scalars(select(Item))}
    assert rows[spam["commentUrn"]].deleted_at is not None
    assert rows[doomed["id"]].text == ""
    assert rows[kept["commentUrn"]].deleted_at is None
    assert rows[old["id"]].deleted_at is None
