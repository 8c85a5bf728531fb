"""Replies and hiding go through the Graph API; group replies stay manual; tokens stay secret."""

from __future__ import annotations

import io
import json
import logging
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from connectors.api import ModAction, Moderate, Reply
from connectors.testing.graph_server import FakeGraph
from workbench.cli import main
from workbench.core.accounts.service import AccountView
from workbench.core.imports.archives import import_archive
from workbench.core.workspace import Workspace
from workbench.db.models import Item


def _comment(workspace: Workspace, text: str) -> Item:
    with workspace.store.session() as session:
        return session.scalars(select(Item).where(Item.text == text)).one()


def test_reply_and_hide_go_out_and_come_back(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView
) -> None:
    post = graph.add_post("New opening hours")
    comment = graph.add_comment(post["id"], "Open on Sunday?")
    spam = graph.add_comment(post["id"], "Cheap followers here!!!")
    workspace.sync.sync(page_account.id)
    target = _comment(workspace, "Open on Sunday?")
    workspace.outbox.queue(
        page_account.id, Reply(comment["id"], "Yes, 10 to 4."), item_id=target.id
    )
    workspace.outbox.queue(page_account.id, Moderate(spam["id"], ModAction.HIDE))

    summary = workspace.sync.sync(page_account.id)
    assert (summary.sent, summary.send_failed) == (2, 0), summary.message
    posts = [r for r in graph.requests if r.method == "POST"]
    assert [r.path.split("/", 2)[2] for r in posts] == [f"{comment['id']}/comments", spam["id"]]
    assert posts[1].params["is_hidden"] == "true"
    reply = _comment(workspace, "Yes, 10 to 4.")
    assert reply.parent_external_id == comment["id"]
    assert "own" in reply.flags
    assert "hidden" in _comment(workspace, "Cheap followers here!!!").flags

    workspace.outbox.queue(page_account.id, Moderate(spam["id"], ModAction.UNHIDE))
    workspace.sync.sync(page_account.id)
    assert "hidden" not in _comment(workspace, "Cheap followers here!!!").flags


def test_a_reply_without_the_permission_fails_naming_it(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView, fb_errors: Path
) -> None:
    post = graph.add_post("Hello")
    workspace.sync.sync(page_account.id)
    body = (fb_errors / "error-200-notAuthorizedForAction.json").read_text()
    graph.fail("/comments", 403, json.loads(body), method="POST")
    entry = workspace.outbox.queue(page_account.id, Reply(post["id"], "Hi"))
    summary = workspace.sync.sync(page_account.id)
    assert summary.send_failed == 1
    failed = next(e for e in workspace.outbox.entries() if e.id == entry.id)
    assert failed.status == "failed"
    assert "pages_manage_engagement" in failed.last_error


def test_a_group_reply_is_manual_assist_and_kept_as_an_audit_trail(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView, tmp_path: Path
) -> None:
    archive = tmp_path / "facebook.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr(
            "your_facebook_activity/groups/your_posts_in_groups.json",
            '{"group_posts_v2": [{"timestamp": 1700000000, "data": [{"post": "Who uses backups?"}],'
            ' "title": "Zoe posted in Acme Help."}]}',
        )
    import_archive(
        workspace.store,
        workspace.accounts,
        page_account.id,
        archive,
        "Acme Help",
        url="https://www.facebook.com/groups/acmehelp",
    )
    group_item = _comment(workspace, "Who uses backups?")
    group = next(
        c for c in workspace.accounts.communities(page_account.id) if c.name == "Acme Help"
    )
    assert group.url == "https://www.facebook.com/groups/acmehelp"  # what manual assist opens

    entry = workspace.outbox.queue(
        page_account.id,
        Reply(group_item.external_id, "We do, nightly."),
        item_id=group_item.id,
        created_by="alex",
        manual=True,
    )
    workspace.sync.sync(page_account.id)
    assert not [r for r in graph.requests if r.method == "POST"]  # never sent through the API
    assert workspace.outbox.for_item(group_item.id)[0].status == "manual"

    workspace.outbox.mark_done(entry.id, by="alex")
    done = workspace.outbox.for_item(group_item.id)[0]
    assert done.status == "done"
    assert done.text == "We do, nightly."
    assert done.sent_at is not None and done.created_at <= done.sent_at
    assert "marked done by alex" in done.reason


def test_an_archive_item_is_never_sent_through_the_api(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView
) -> None:
    workspace.outbox.queue(page_account.id, Reply("fbarchive:abc", "Hi"))
    assert workspace.sync.sync(page_account.id).send_failed == 1
    assert not [r for r in graph.requests if r.method == "POST"]
    assert "manual assist" in workspace.outbox.entries()[0].last_error


def test_the_token_is_never_stored_logged_or_exported(
    workspace: Workspace,
    graph: FakeGraph,
    page_account: AccountView,
    data_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    token = graph.token
    post = graph.add_post("Hello")
    graph.add_comment(post["id"], "Hi")
    for _ in range(30):  # enough for a paging link, which carries the token
        graph.add_post("Filler")
    workspace.sync.sync(page_account.id)
    workspace.outbox.queue(page_account.id, Reply(post["id"], "Welcome"))
    graph.fail(
        "/feed",
        400,
        {
            "error": {
                "message": "Error validating access token",
                "type": "OAuthException",
                "code": 190,
                "error_subcode": 463,
            }
        },
    )
    workspace.sync.sync(page_account.id)
    assert workspace.accounts.get(page_account.id).status == "auth-needed"

    out = io.StringIO()
    assert main(["--data-dir", str(data_dir), "items", "export"], out) == 0
    assert out.getvalue()
    assert token not in out.getvalue()
    assert token not in caplog.text
    workspace.store.close()  # flush the WAL into the file too
    files = list(data_dir.glob("workbench.sqlite3*"))
    assert files
    for file in files:
        assert token.encode() not in file.read_bytes()


def test_test_connection_names_the_page_and_an_archive_only_account_reads_nothing(
    workspace: Workspace, graph: FakeGraph, page_account: AccountView
) -> None:
    info = workspace.accounts.test_connection(page_account.id)
    assert info.summary == "Connected to the Page “Facebook for Developers”."
    archive_only = workspace.accounts.add("facebook", "Groups only", {})
    assert "No Page set" in workspace.accounts.test_connection(archive_only.id).summary
    summary = workspace.sync.sync(archive_only.id)
    assert summary.status == "ok" and summary.counts.new == 0
    assert workspace.accounts.get(archive_only.id).status == "ok"
