"""Sign-in, expired and revoked tokens, rate limits, refusals, and secrets kept secret."""

from __future__ import annotations

import io
import logging
import threading
import time
from datetime import UTC
from pathlib import Path

import pytest
import requests
from reddit_helpers import add_account, fill, stored, sync

from connectors.reddit import RedditConnector
from connectors.testing.reddit_server import FakeReddit
from workbench.core.accounts import secrets
from workbench.core.items.export import export_items
from workbench.core.workspace import DATABASE_FILE, Workspace


def test_expired_access_token_is_renewed_without_the_user(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    fill(fake_reddit, posts=3, comments_per_post=0)
    account = add_account(workspace, fake_reddit)
    assert sync(workspace, account).status == "ok"
    fake_reddit.expire_tokens()
    fake_reddit.model.add_post("python", "After expiry", "")
    summary = sync(workspace, account)
    assert summary.status == "ok" and summary.counts.new == 1


def test_revoked_sign_in_asks_to_sign_in_again_and_keeps_items(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    fill(fake_reddit, posts=3, comments_per_post=1)
    account = add_account(workspace, fake_reddit)
    assert sync(workspace, account).counts.new == 6
    fake_reddit.revoke()
    summary = sync(workspace, account)
    view = workspace.accounts.get(account)
    assert summary.status == "failed"
    assert view.status == "auth-needed" and view.state_text == "sign in again"
    assert len(stored(workspace, account)) == 6


def test_expired_token_401_mid_listing_with_refresh_refused_is_auth_needed(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    fill(fake_reddit, posts=3, comments_per_post=0)
    account = add_account(workspace, fake_reddit)
    fake_reddit.fail("/r/python/new", status=401, times=1)
    fake_reddit.revoke()
    sync(workspace, account)
    assert workspace.accounts.get(account).status == "auth-needed"


@pytest.mark.parametrize("retry_after", ["120", None])
def test_429_puts_the_account_on_hold_until_retry_time(
    workspace: Workspace, fake_reddit: FakeReddit, retry_after: str | None
) -> None:
    fill(fake_reddit, posts=3, comments_per_post=0)
    account = add_account(workspace, fake_reddit)
    fake_reddit.fail("/r/python/new", status=429, times=1, retry_after=retry_after)
    before = time.time()
    summary = sync(workspace, account)
    view = workspace.accounts.get(account)
    assert summary.status == "failed" and view.status == "rate-limited"
    assert view.retry_at is not None
    wait = view.retry_at.replace(tzinfo=view.retry_at.tzinfo or UTC).timestamp() - before
    # With retry-after: that long; without: until the x-ratelimit-reset of the window (600 s).
    expected = 120 if retry_after else 600
    assert expected - 5 <= wait <= expected + 5
    skipped = workspace.sync.sync(account)  # not forced: waits for retry_at
    assert skipped.status == "skipped"


def test_403_is_a_permission_failure(workspace: Workspace, fake_reddit: FakeReddit) -> None:
    account = add_account(workspace, fake_reddit)
    fake_reddit.fail("/about/modqueue", status=403, times=1)
    summary = sync(workspace, account)
    assert summary.status == "failed" and "403" in summary.message
    assert workspace.accounts.get(account).status == "failing"


def test_secrets_never_reach_the_database_logs_or_export(
    workspace: Workspace,
    fake_reddit: FakeReddit,
    data_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    fill(fake_reddit, posts=5, comments_per_post=2)
    account = add_account(workspace, fake_reddit)
    fake_reddit.expire_tokens()  # one more token round trip in the middle
    assert sync(workspace, account).status == "ok"
    fake_reddit.expire_tokens()
    assert sync(workspace, account).status == "ok"
    issued = [t for t in fake_reddit.tokens] + [
        fake_reddit.password,
        fake_reddit.client_secret,
        fake_reddit.client_id,
    ]
    export = io.StringIO()
    for record in export_items(workspace.store):
        export.write(repr(record))
    workspace.store.engine.dispose()
    database = b"".join(
        p.read_bytes() for p in data_dir.iterdir() if p.name.startswith(DATABASE_FILE)
    )
    logs = caplog.text + "".join(r.getMessage() for r in caplog.records)
    assert "Fetching: GET" in logs  # praw's debug logging was on
    for secret in issued:
        assert secret.encode() not in database
        assert secret not in logs
        assert secret not in export.getvalue()
    assert export.getvalue()


def test_sign_in_in_the_browser_stores_a_refresh_token_in_the_keyring(
    workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    fill(fake_reddit, posts=2, comments_per_post=0)
    settings = {
        "client_id": fake_reddit.client_id,  # an installed app: no secret, no password
        "username": fake_reddit.username,
        "subreddits": "python",
        "oauth_url": fake_reddit.url,
        "reddit_url": fake_reddit.url,
        "redirect_uri": "http://127.0.0.1:0/authorize_callback",
    }
    account = workspace.accounts.add("reddit", "Installed", settings)
    # Before signing in, syncing asks for a sign-in.
    sync(workspace, account.id)
    assert workspace.accounts.get(account.id).status == "auth-needed"

    browser: list[threading.Thread] = []

    def open_browser(url: str) -> None:
        # The user's browser: Reddit's consent page redirects to our local listener.
        thread = threading.Thread(target=requests.get, args=(url,), kwargs={"timeout": 10})
        thread.start()
        browser.append(thread)

    connector = workspace.accounts.connector(workspace.accounts.get(account.id))
    assert isinstance(connector, RedditConnector)
    try:
        info = connector.sign_in(open_browser)
    finally:
        connector.close()
        for thread in browser:
            thread.join(10)
    assert info.summary == "Signed in as u/mod_alex"
    token = secrets.get_secret(account.uid, "refresh_token")
    assert token and token in fake_reddit.refresh_tokens
    (authorize,) = fake_reddit.calls("/api/v1/authorize")
    assert authorize.query["duration"] == "permanent"
    assert "modposts" in authorize.query["scope"]

    summary = sync(workspace, account.id)
    assert summary.status == "ok" and summary.counts.new == 2
    grants = [c.form.get("grant_type") for c in fake_reddit.calls("/api/v1/access_token")]
    assert grants[-1] == "refresh_token"
    workspace.store.engine.dispose()
    database = (workspace.data_dir / DATABASE_FILE).read_bytes()
    assert token.encode() not in database
