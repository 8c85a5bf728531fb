"""Each LinkedIn failure ends in the right account state, in words, with nothing lost."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from connectors.testing.linkedin_server import THROTTLED, FakeLinkedIn, error
from workbench.core.accounts.service import AccountView
from workbench.core.workspace import Workspace
from workbench.db.models import Item


def _count(workspace: Workspace) -> int:
    with workspace.store.session() as session:
        return session.scalar(select(func.count()).select_from(Item)) or 0


def _fail_after_a_good_sync(
    workspace: Workspace,
    linkedin: FakeLinkedIn,
    account: AccountView,
    status: int,
    body: Any,
    headers: dict[str, str] | None = None,
) -> AccountView:
    post = linkedin.add_post("First")
    linkedin.add_comment(post["id"], "Nice")
    assert workspace.sync.sync(account.id).status == "ok"
    stored, cursor = _count(workspace), workspace.sync.cursor(account.id)
    linkedin.add_post("Second")
    linkedin.fail("/rest/posts", status, body, headers=headers)
    assert workspace.sync.sync(account.id).status == "failed"
    assert _count(workspace) == stored
    assert workspace.sync.cursor(account.id) == cursor
    return workspace.accounts.get(account.id)


def test_401_asks_to_sign_in_again(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView
) -> None:
    body = {"serviceErrorCode": 65600, "message": "Invalid access token", "status": 401}
    account = _fail_after_a_good_sync(workspace, linkedin, org_account, 401, body)
    assert account.status == "auth-needed"
    assert "Sign in again" in account.status_message


def test_426_names_the_version_setting(workspace: Workspace, linkedin: FakeLinkedIn) -> None:
    account = workspace.accounts.add(
        "linkedin",
        "Old version",
        {
            "organization_id": linkedin.organization_id,
            "access_token": linkedin.token,
            "api_url": linkedin.url,
            "linkedin_version": "202301",
        },
    )
    assert workspace.sync.sync(account.id).status == "failed"
    view = workspace.accounts.get(account.id)
    assert view.status == "failing"
    assert "linkedin_version" in view.status_message and "202301" in view.status_message


def test_429_pauses_until_a_time(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView
) -> None:
    account = _fail_after_a_good_sync(
        workspace, linkedin, org_account, 429, THROTTLED, {"Retry-After": "600"}
    )
    assert account.status == "rate-limited"
    assert account.retry_at is not None
    assert 500 < (account.retry_at - datetime.now(UTC)).total_seconds() < 700


def test_429_without_retry_after_waits_for_the_daily_reset(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView
) -> None:
    account = _fail_after_a_good_sync(workspace, linkedin, org_account, 429, THROTTLED)
    assert account.status == "rate-limited"
    assert account.retry_at is not None
    assert account.retry_at.hour == 0 and account.retry_at > datetime.now(UTC)


def test_403_names_the_permission(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView
) -> None:
    body = error(
        403,
        "Not enough permissions to access: partnerApiPostsExternal.FINDER-author",
        "ACCESS_DENIED",
        100,
    )
    account = _fail_after_a_good_sync(workspace, linkedin, org_account, 403, body)
    assert account.status == "failing"
    assert "r_organization_social" in account.status_message


@pytest.mark.parametrize(
    ("status", "body"),
    [(500, {"message": "INTERNAL SERVER ERROR", "status": 500}), (502, "<html>Bad gateway</html>")],
)
def test_server_errors_are_temporary(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView, status: int, body: Any
) -> None:
    account = _fail_after_a_good_sync(workspace, linkedin, org_account, status, body)
    assert account.status == "failing"
    assert "will retry" in account.status_message
    assert workspace.sync.sync(org_account.id).status == "ok"


def test_a_good_status_with_a_body_that_is_not_json_is_bad_data(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView
) -> None:
    account = _fail_after_a_good_sync(workspace, linkedin, org_account, 200, "<html>login</html>")
    assert account.status == "failing"
    assert "not JSON" in account.status_message


def test_a_wrong_organization_id_names_the_setting(
    workspace: Workspace, linkedin: FakeLinkedIn
) -> None:
    account = workspace.accounts.add(
        "linkedin",
        "Typo",
        {"organization_id": "99", "access_token": linkedin.token, "api_url": linkedin.url},
    )
    assert workspace.sync.sync(account.id).status == "failed"
    view = workspace.accounts.get(account.id)
    assert view.status == "failing"
    assert "organization_id" in view.status_message
