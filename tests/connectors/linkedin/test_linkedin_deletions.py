"""Deletions on an organization page are concluded only from LinkedIn's answer about that URN.

Issue 10, point 1: after a gap longer than the 14-day look-back, posts that merely left the
window were taken for deleted and erased. Now a post or comment the list no longer shows
is looked up by URN; only LinkedIn's 404 for it erases it, and any other answer concludes
nothing.
"""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import unquote

import pytest
from sqlalchemy import select

from connectors.api import Batch, Deletion
from connectors.testing.linkedin_server import FakeLinkedIn, LoggedRequest
from workbench.core.accounts.service import AccountView
from workbench.core.sync.writer import BatchWriter
from workbench.core.workspace import Workspace
from workbench.db.models import Item

DAY_MS = 24 * 3600 * 1000


def _now_ms() -> int:
    return int(time.time() * 1000)


def _rows(workspace: Workspace) -> dict[str, Item]:
    with workspace.store.session() as session:
        return {item.external_id: item for item in session.scalars(select(Item))}


def _lookups(requests: list[LoggedRequest]) -> list[str]:
    """The posts and comments looked up one by one (as their URNs)."""
    found = []
    for r in requests:
        parts = r.path.removeprefix("/rest/").split("/")
        if r.method == "GET" and len(parts) == 2 and parts[0] == "posts":
            found.append(unquote(parts[1]))
        elif r.method == "GET" and len(parts) == 4 and parts[0] == "socialActions":
            found.append(f"urn:li:comment:({unquote(parts[1])},{unquote(parts[3])})")
    return found


def _live(workspace: Workspace, *urns: str) -> None:
    rows = _rows(workspace)
    for urn in urns:
        assert rows[urn].deleted_at is None and rows[urn].text, urn


def _erased(workspace: Workspace, *urns: str) -> None:
    rows = _rows(workspace)
    for urn in urns:
        assert rows[urn].deleted_at is not None and rows[urn].text == "", urn


@pytest.mark.parametrize("gap_days", [1, 5, 20, 60])
def test_a_gap_between_syncs_erases_nothing(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView, gap_days: int
) -> None:
    post = linkedin.add_post("Webinar on Friday", at_ms=_now_ms() - gap_days * DAY_MS)
    first = linkedin.add_comment(post["id"], "Signed up!")
    second = linkedin.add_comment(post["id"], "Recording?")
    assert workspace.sync.sync(org_account.id).status == "ok"

    linkedin.add_post("We are hiring")
    before = len(linkedin.requests)
    summary = workspace.sync.sync(org_account.id)
    assert summary.status == "ok", summary.message
    assert (summary.counts.new, summary.counts.updated, summary.counts.deleted) == (1, 0, 0)
    _live(workspace, post["id"], first["commentUrn"], second["commentUrn"])
    assert _lookups(linkedin.requests[before:]) == []

    linkedin.add_post("Another one")
    assert workspace.sync.sync(org_account.id).counts.deleted == 0
    _live(workspace, post["id"], first["commentUrn"], second["commentUrn"])


@pytest.mark.parametrize("gap_days", [1, 20])
def test_a_real_deletion_is_erased_after_linkedin_says_it_is_gone(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView, gap_days: int
) -> None:
    at = _now_ms() - gap_days * DAY_MS
    kept = linkedin.add_post("Webinar", at_ms=at)
    nice = linkedin.add_comment(kept["id"], "Signed up!")
    spam = linkedin.add_comment(kept["id"], "Buy followers")
    doomed = linkedin.add_post("Typo post", at_ms=at + 1000)
    on_doomed = linkedin.add_comment(doomed["id"], "Typo?")
    assert workspace.sync.sync(org_account.id).status == "ok"

    linkedin.delete(spam["commentUrn"])
    linkedin.delete(doomed["id"])
    linkedin.add_post("Fixed post")
    before = len(linkedin.requests)
    summary = workspace.sync.sync(org_account.id)
    assert summary.status == "ok", summary.message
    assert summary.counts.deleted == 3
    _erased(workspace, spam["commentUrn"], doomed["id"], on_doomed["commentUrn"])
    _live(workspace, kept["id"], nice["commentUrn"])
    asked = _lookups(linkedin.requests[before:])
    assert sorted(asked) == sorted([spam["commentUrn"], doomed["id"], on_doomed["commentUrn"]])


def test_a_post_missing_from_the_list_but_there_by_urn_is_kept(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView
) -> None:
    post = linkedin.add_post("Still here", at_ms=_now_ms() - 3600_000)
    comment = linkedin.add_comment(post["id"], "Me too")
    assert workspace.sync.sync(org_account.id).status == "ok"
    linkedin.unlisted.add(post["id"])
    assert workspace.sync.sync(org_account.id).counts.deleted == 0
    _live(workspace, post["id"], comment["commentUrn"])


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (500, {"message": "INTERNAL SERVER ERROR", "status": 500}),
        (503, "<html><body>Service Unavailable</body></html>"),
        (403, {"status": 403, "serviceErrorCode": 100, "code": "ACCESS_DENIED", "message": "no"}),
        # The gateway's unknown-path 404 (mdesjardins/linkedin-v2 recording) is no answer.
        (404, {"serviceErrorCode": 0, "message": "Resource posts does not exist", "status": 404}),
        (404, "<html>Not Found</html>"),  # a 404 without LinkedIn's JSON error body
        (200, ["not", "a", "post"]),
    ],
)
def test_a_failed_lookup_erases_nothing_and_is_asked_again(
    workspace: Workspace,
    linkedin: FakeLinkedIn,
    org_account: AccountView,
    status: int,
    body: Any,
) -> None:
    doomed = linkedin.add_post("Typo", at_ms=_now_ms() - 3600_000)
    assert workspace.sync.sync(org_account.id).status == "ok"
    linkedin.delete(doomed["id"])
    # Only the lookup path ends in the encoded URN; the list is /rest/posts.
    linkedin.fail(doomed["id"].replace(":", "%3A"), status, body)

    summary = workspace.sync.sync(org_account.id)
    assert summary.status == "ok", summary.message
    assert summary.counts.deleted == 0
    _live(workspace, doomed["id"])
    cursor = json.loads(workspace.sync.cursor(org_account.id) or "{}")
    assert cursor["pending"] == [doomed["id"]]

    again = workspace.sync.sync(org_account.id)
    assert again.counts.deleted == 1
    _erased(workspace, doomed["id"])


def test_items_erased_by_an_earlier_version_come_back(
    workspace: Workspace, linkedin: FakeLinkedIn, org_account: AccountView
) -> None:
    post = linkedin.add_post("Twenty days old", at_ms=_now_ms() - 20 * DAY_MS)
    comments = [linkedin.add_comment(post["id"], f"Comment {n}") for n in range(2)]
    assert workspace.sync.sync(org_account.id).status == "ok"
    urns = [post["id"], *(c["commentUrn"] for c in comments)]

    # What versions before 2 left behind: tombstones and a cursor without "v".
    old_cursor = json.dumps({"since": _now_ms(), "recent": {}})
    store = workspace.store
    with store.write_lock, store.engine.begin() as connection:
        BatchWriter(org_account.id, "linkedin").apply(
            connection, Batch(deletions=[Deletion(u) for u in urns], cursor=old_cursor)
        )
    _erased(workspace, *urns)

    summary = workspace.sync.sync(org_account.id)
    assert summary.status == "ok", summary.message
    assert summary.counts.updated == 3 and summary.counts.deleted == 0
    _live(workspace, *urns)
    with store.engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT rowid FROM items_fts WHERE items_fts MATCH 'twenty'"
        ).all()
        assert [row[0] for row in found] == [_rows(workspace)[post["id"]].id]
        connection.exec_driver_sql(
            "INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)"
        )
    assert json.loads(workspace.sync.cursor(org_account.id) or "{}")["v"] == 2
