"""Faults of Reddit's token endpoint (/api/v1/access_token), through praw over real HTTP.

prawcore fetches the token on its own before the first request; its faults there must end
in the same plain account states as the same faults on a listing: rate-limited until a
time, failing with a sentence, never a traceback.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC
from typing import Any

import pytest
from reddit_helpers import add_account, fill, stored, sync

from connectors.testing.reddit_server import FakeReddit
from workbench.core.workspace import Workspace

TOKEN = "/api/v1/access_token"
LISTING = "/r/python/new"


def _no_traceback(caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> None:
    logged = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert not logged, [r.getMessage() for r in logged]
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err


def _state(workspace: Workspace, account: int) -> tuple[str, str]:
    view = workspace.accounts.get(account)
    return str(view.status), view.status_message


@pytest.mark.parametrize(
    ("fault", "status", "words"),
    [
        ({"kind": "bad_json"}, "failing", "not valid JSON"),
        ({"kind": "status", "status": 500}, "failing", "having trouble (500)"),
        ({"kind": "status", "status": 503}, "failing", "having trouble (503)"),
    ],
)
def test_a_token_fault_gives_the_same_plain_state_as_on_a_listing(
    workspace: Workspace,
    fake_reddit: FakeReddit,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    fault: dict[str, Any],
    status: str,
    words: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    fill(fake_reddit, posts=3, comments_per_post=0)
    on_token = add_account(workspace, fake_reddit, "Token")
    on_listing = add_account(workspace, fake_reddit, "Listing")

    fake_reddit.fail(TOKEN, **fault)
    summary = sync(workspace, on_token)
    assert summary.status == "failed"
    assert words in summary.message and "Error" not in summary.message
    assert fake_reddit.calls(LISTING) == []  # it failed at the token, before reading

    assert sync(workspace, on_listing).status == "ok"  # signed in; now the listing fails
    # prawcore retries a listing twice on 5xx (never the token endpoint): fail all three.
    fake_reddit.fail(LISTING, **fault, times=3 if fault["kind"] == "status" else 1)
    assert sync(workspace, on_listing).status == "failed"

    token_state, listing_state = _state(workspace, on_token), _state(workspace, on_listing)
    assert token_state[0] == listing_state[0] == status
    assert words in token_state[1]
    _no_traceback(caplog, capfd)

    # The fault passes: the next sync reads everything, nothing was lost.
    assert sync(workspace, on_token).status == "ok"
    assert len(stored(workspace, on_token)) == 3


@pytest.mark.parametrize(
    "body",
    [
        [],  # JSON, but not an object
        {"token_type": "bearer"},  # no access token in it
        "<html><body>Our CDN was unable to reach our servers</body></html>",
    ],
)
def test_a_token_answer_without_a_token_is_bad_data_not_a_crash(
    workspace: Workspace,
    fake_reddit: FakeReddit,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    body: Any,
) -> None:
    caplog.set_level(logging.DEBUG)
    fill(fake_reddit, posts=1, comments_per_post=0)
    account = add_account(workspace, fake_reddit)
    fake_reddit.fail(TOKEN, kind="json", status=200, body=body)
    summary = sync(workspace, account)
    assert summary.status == "failed"
    state, message = _state(workspace, account)
    assert state == "failing"
    assert message.startswith("Reddit's sign-in answer") or "sign-in with something" in message
    _no_traceback(caplog, capfd)


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [("120", 120), (None, 600)],  # without retry-after: x-ratelimit-reset (the fake's 600 s)
)
def test_429_at_the_token_endpoint_is_rate_limited_until_the_reset(
    workspace: Workspace,
    fake_reddit: FakeReddit,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    retry_after: str | None,
    expected: int,
) -> None:
    caplog.set_level(logging.DEBUG)
    fill(fake_reddit, posts=2, comments_per_post=0)
    account = add_account(workspace, fake_reddit)
    fake_reddit.fail(TOKEN, status=429, retry_after=retry_after)
    before = time.time()
    summary = sync(workspace, account)
    view = workspace.accounts.get(account)
    assert summary.status == "failed"
    assert view.status == "rate-limited", view.status_message
    assert view.retry_at is not None
    wait = view.retry_at.replace(tzinfo=view.retry_at.tzinfo or UTC).timestamp() - before
    assert expected - 5 <= wait <= expected + 5
    assert f"{view.retry_at.astimezone():%H:%M}" in view.status_message
    # Not forced, the next sync waits for the time Reddit gave, as after a listing 429.
    assert workspace.sync.sync(account).status == "skipped"
    _no_traceback(caplog, capfd)
