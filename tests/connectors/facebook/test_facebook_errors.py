"""Each Graph API failure ends in the right account state, in words, with nothing lost."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from connectors.testing.graph_server import FakeGraph
from workbench.core.accounts.service import AccountView
from workbench.core.workspace import Workspace
from workbench.db.models import Item


def _count(workspace: Workspace) -> int:
    with workspace.store.session() as session:
        return session.scalar(select(func.count()).select_from(Item)) or 0


def _envelope(code: int, message: str) -> dict[str, Any]:
    # The documented envelope (docs_references.md), as in the recorded error bodies.
    return {
        "error": {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "T"}
    }


def _sync_then_fail(
    workspace: Workspace,
    graph: FakeGraph,
    account: AccountView,
    status: int,
    body: Any,
    headers: dict[str, str] | None = None,
) -> tuple[AccountView, int]:
    first = workspace.sync.sync(account.id)
    assert first.status == "ok", first.message
    stored, cursor = _count(workspace), workspace.sync.cursor(account.id)
    graph.add_post("A post the failing sync does not get to")
    graph.fail("/feed", status, body, headers=headers)
    failed = workspace.sync.sync(account.id)
    assert failed.status == "failed"
    assert _count(workspace) == stored  # nothing lost
    assert workspace.sync.cursor(account.id) == cursor  # and the next sync starts where it was
    return workspace.accounts.get(account.id), stored


@pytest.mark.parametrize(
    "name",
    [
        "error-190-tokenExpired.json",
        "error-190-bogusAccessToken.json",
        "error-190-userLoggedOut.json",
        "error-190-userRevokedToken.json",
    ],
)
def test_code_190_asks_to_sign_in_again(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView, fb_errors: Path, name: str
) -> None:
    body = json.loads((fb_errors / name).read_text())
    account, _ = _sync_then_fail(workspace, graph, page_account, 400, body)
    assert account.status == "auth-needed"
    assert "Sign in again" in account.status_message
    assert account.state_text == "sign in again"


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (4, "(#4) Application request limit reached"),
        (17, "(#17) User request limit reached"),
        (32, "(#32) Page request limit reached"),
        (613, "(#613) Calls to this api have exceeded the rate limit."),
    ],
)
def test_rate_limit_codes_pause_until_a_time(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView, code: int, message: str
) -> None:
    account, _ = _sync_then_fail(workspace, graph, page_account, 400, _envelope(code, message))
    assert account.status == "rate-limited"
    assert account.retry_at is not None and account.retry_at > datetime.now(UTC)
    assert "rate limited until" in account.state_text


def test_business_use_case_header_gives_the_regain_time(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView
) -> None:
    usage = {
        "1234": [
            {
                "type": "pages",
                "call_count": 100,
                "total_cputime": 20,
                "total_time": 30,
                "estimated_time_to_regain_access": 12,
            }
        ]
    }
    headers = {"X-Business-Use-Case-Usage": json.dumps(usage)}
    account, _ = _sync_then_fail(
        workspace,
        graph,
        page_account,
        400,
        _envelope(80001, "(#80001) There have been too many calls to this Page account."),
        headers,
    )
    assert account.status == "rate-limited"
    assert account.retry_at is not None
    expected = datetime.now(UTC) + timedelta(minutes=12)
    assert abs((account.retry_at - expected).total_seconds()) < 120


def test_high_app_usage_on_a_good_answer_keeps_it_then_pauses(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView
) -> None:
    graph.headers["X-App-Usage"] = json.dumps(
        {"call_count": 96, "total_cputime": 10, "total_time": 12}
    )
    summary = workspace.sync.sync(page_account.id)
    assert summary.status == "failed"
    account = workspace.accounts.get(page_account.id)
    assert account.status == "rate-limited"
    assert account.retry_at is not None and account.retry_at > datetime.now(UTC) + timedelta(
        minutes=20
    )
    assert account.community_count == 1  # the answer that carried the header was stored
    # No further call went out after the header said stop.
    assert len(graph.requests) == 1
    # A sync before retry_at is skipped, without calling Facebook.
    assert workspace.sync.sync(page_account.id).status == "skipped"
    assert len(graph.requests) == 1


@pytest.mark.parametrize(
    ("name", "permission"),
    [
        ("error-10-permissionDenied.json", "pages_read_engagement"),
        ("error-200-notAuthorizedForAction.json", "pages_read_engagement"),
    ],
)
def test_permission_errors_name_the_permission(
    workspace: Workspace,
    graph: FakeGraph,
    page_account: AccountView,
    fb_errors: Path,
    name: str,
    permission: str,
) -> None:
    body = json.loads((fb_errors / name).read_text())
    account, _ = _sync_then_fail(workspace, graph, page_account, 403, body)
    assert account.status == "failing"
    assert permission in account.status_message


def test_recorded_missing_permission_names_it(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView, shared_fixtures: Path
) -> None:
    path = shared_fixtures / "facebook" / "python-facebook" / "error_100_missing_permission.json"
    account, _ = _sync_then_fail(workspace, graph, page_account, 400, json.loads(path.read_text()))
    assert account.status == "failing"
    assert "pages_read_engagement" in account.status_message


@pytest.mark.parametrize("name", ["error-1-httpsRequired.json", "error-2-serviceUnavailable.json"])
def test_codes_1_and_2_are_temporary(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView, fb_errors: Path, name: str
) -> None:
    body = json.loads((fb_errors / name).read_text())
    account, stored = _sync_then_fail(workspace, graph, page_account, 500, body)
    assert account.status == "failing"
    assert "will retry" in account.status_message
    # The next sync, with Facebook back, gets what the failed one missed.
    assert workspace.sync.sync(page_account.id).status == "ok"
    assert _count(workspace) == stored + 1


def test_a_page_that_is_not_json_is_bad_data(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView, fb_errors: Path
) -> None:
    html = (fb_errors / "error-not-json.html").read_text()
    account, _ = _sync_then_fail(workspace, graph, page_account, 400, html)
    assert account.status == "failing"
    assert "not JSON" in account.status_message


def test_a_wrong_token_from_the_start_is_auth_needed(
    workspace: Workspace, graph: FakeGraph
) -> None:
    account = workspace.accounts.add(
        "facebook",
        "Wrong token",
        {"page_id": graph.page_id, "access_token": "nope", "graph_url": graph.url},
    )
    assert workspace.sync.sync(account.id).status == "failed"
    assert workspace.accounts.get(account.id).status == "auth-needed"


def test_a_wrong_page_id_names_the_setting(workspace: Workspace, graph: FakeGraph) -> None:
    account = workspace.accounts.add(
        "facebook",
        "Typo",
        {"page_id": "123", "access_token": graph.token, "graph_url": graph.url},
    )
    assert workspace.sync.sync(account.id).status == "failed"
    view = workspace.accounts.get(account.id)
    assert view.status == "failing"
    assert "page_id" in view.status_message
