"""The sync engine on a real SQLite file, with test plugins going through real discovery."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from plugins.support import TOKEN, batch, install, item, read_log, write_script
from sqlalchemy import event, text

from workbench.core.accounts.service import AccountError, AccountView
from workbench.core.sync.engine import SyncProgress, SyncSummary
from workbench.core.workspace import Workspace


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted", "midstream")
    return folder


def add_scripted(ws: Workspace, name: str = "Scripted", **script: Any) -> tuple[AccountView, Path]:
    path = write_script(ws.data_dir / f"{name.replace(' ', '_')}.json", **script)
    account = ws.accounts.add("scripted", name, {"script": str(path), "token": TOKEN})
    return account, path


def add_midstream(ws: Workspace, name: str = "Stream", **settings: str) -> AccountView:
    return ws.accounts.add("midstream", name, settings)


def sql(ws: Workspace, query: str, **params: Any) -> list[tuple[Any, ...]]:
    with ws.store.session() as session:
        return [tuple(row) for row in session.execute(text(query), params)]


def external_ids(ws: Workspace, account_id: int) -> list[str]:
    rows = sql(ws, "SELECT external_id FROM items WHERE account_id=:a ORDER BY id", a=account_id)
    return [r[0] for r in rows]


def search(ws: Workspace, words: str) -> list[str]:
    rows = sql(
        ws,
        "SELECT i.external_id FROM items_fts JOIN items i ON i.id = items_fts.rowid "
        "WHERE items_fts MATCH :q ORDER BY i.id",
        q=words,
    )
    return [r[0] for r in rows]


def assert_fts_in_step(ws: Workspace) -> None:
    # For an external-content table this compares the index with the items table.
    with ws.store.writing() as session:
        session.execute(text("INSERT INTO items_fts(items_fts) VALUES('integrity-check')"))
    indexed = sql(ws, "SELECT count(*) FROM items_fts")[0][0]
    assert indexed == sql(ws, "SELECT count(*) FROM items")[0][0]


def counts(summary: SyncSummary) -> tuple[int, int, int]:
    return summary.counts.new, summary.counts.updated, summary.counts.deleted


THREAD = [
    batch(
        item("p1", "How do I reset my password", title="Password help", author="alice"),
        item("c1", "Use the account page", kind="comment", parent="p1", author="bob"),
        cursor="1",
    ),
    batch(
        item("p2", "Weekly meetup photos", title="Meetup", author="alice"),
        item("c2", "Lovely evening everyone", kind="comment", parent="p2", author="carol"),
        item("m1", "Can you approve my post", kind="message", author="dave"),
        cursor="2",
    ),
]


# -- idempotency, edits, deletions ------------------------------------------------------


def test_same_data_three_times_stores_it_once(workspace: Workspace) -> None:
    account, _ = add_scripted(workspace, batches=THREAD, ignore_cursor=True)
    results = [counts(workspace.sync.sync(account.id)) for _ in range(3)]
    assert results == [(5, 0, 0), (0, 0, 0), (0, 0, 0)]
    assert external_ids(workspace, account.id) == ["p1", "c1", "p2", "c2", "m1"]
    assert sql(workspace, "SELECT count(*) FROM communities")[0][0] == 1
    assert sql(workspace, "SELECT count(*) FROM members")[0][0] == 4
    assert search(workspace, "password") == ["p1"]
    assert_fts_in_step(workspace)
    view = workspace.accounts.get(account.id)
    assert (view.status, view.item_count, view.community_count) == ("ok", 5, 1)
    assert view.last_sync_at is not None


def test_next_sync_starts_from_the_saved_cursor(workspace: Workspace) -> None:
    account, script = add_scripted(workspace, batches=THREAD)
    assert counts(workspace.sync.sync(account.id)) == (5, 0, 0)
    assert workspace.sync.cursor(account.id) == "2"
    assert counts(workspace.sync.sync(account.id)) == (0, 0, 0)
    assert [e["read"] for e in read_log(script) if "read" in e] == [None, "2"]


def test_unchanged_items_are_not_rewritten(workspace: Workspace) -> None:
    account, _ = add_scripted(workspace, batches=THREAD, ignore_cursor=True)
    workspace.sync.sync(account.id)
    with workspace.store.writing() as session:  # a mark only a rewrite would erase
        session.execute(
            text("UPDATE items SET synced_at = 1 WHERE account_id = :a"), {"a": account.id}
        )
    summary = workspace.sync.sync(account.id)
    assert summary.counts.unchanged == 5
    assert sql(workspace, "SELECT DISTINCT synced_at FROM items") == [(1,)]


def test_edit_updates_the_item_and_the_index(workspace: Workspace) -> None:
    account, script = add_scripted(workspace, batches=THREAD, ignore_cursor=True)
    workspace.sync.sync(account.id)
    with workspace.store.writing() as session:  # the user's triage must survive the edit
        session.execute(text("UPDATE items SET state = 'done' WHERE external_id = 'p1'"))
    edited = [
        batch(
            item(
                "p1",
                "Solved: the reset link was in spam",
                title="Password help",
                author="alice",
                edited=1_700_000_500,
            ),
            cursor="1",
        )
    ]
    write_script(script, batches=edited, ignore_cursor=True)
    assert counts(workspace.sync.sync(account.id)) == (0, 1, 0)
    row = sql(workspace, "SELECT text, edited_at, state FROM items WHERE external_id='p1'")[0]
    assert row == ("Solved: the reset link was in spam", 1_700_000_500, "done")
    assert search(workspace, "spam") == ["p1"]
    assert search(workspace, "password") == ["p1"]  # still in the title
    assert search(workspace, "reset AND my") == []  # the old text is gone from the index
    assert_fts_in_step(workspace)


def test_upstream_deletion_erases_text_and_keeps_a_tombstone(workspace: Workspace) -> None:
    account, script = add_scripted(workspace, batches=THREAD)
    workspace.sync.sync(account.id)
    write_script(
        script,
        batches=[*THREAD, batch(cursor="3", deletions=["p2", "never-seen"])],
    )
    assert counts(workspace.sync.sync(account.id)) == (0, 0, 1)
    title, body, raw, deleted_at = sql(
        workspace, "SELECT title, text, raw, deleted_at FROM items WHERE external_id='p2'"
    )[0]
    assert (title, body, raw) == ("", "", None)
    assert deleted_at is not None and abs(deleted_at - time.time()) < 60
    # The thread keeps its shape: the comment still points at the tombstone.
    assert sql(workspace, "SELECT parent_external_id FROM items WHERE external_id='c2'") == [
        ("p2",)
    ]
    assert search(workspace, "meetup") == []
    assert len(external_ids(workspace, account.id)) == 5
    assert_fts_in_step(workspace)


def test_skipped_records_are_counted_as_errors_and_the_rest_is_stored(
    workspace: Workspace,
) -> None:
    account, _ = add_scripted(
        workspace,
        batches=[batch(item("p1"), cursor="1", skipped=[["p9", "no author field"]])],
    )
    summary = workspace.sync.sync(account.id)
    assert summary.status == "ok"
    assert (summary.counts.new, summary.counts.skipped) == (1, 1)
    assert workspace.sync.last_runs(account.id)[0].errors == 1


# -- failures -----------------------------------------------------------------------------


def test_connector_raising_mid_stream_keeps_what_came_before_and_others_finish(
    workspace: Workspace,
) -> None:
    stream = add_midstream(workspace, fail_after="2")
    other, _ = add_scripted(workspace, "Healthy", batches=THREAD)
    summaries = workspace.sync.sync_many([stream.id, other.id])
    by_name = {s.account: s for s in summaries}
    assert by_name["Stream"].failed
    assert by_name["Stream"].message == "The stream platform answered 503 Service Unavailable."
    assert by_name["Healthy"].status == "ok"
    assert by_name["Healthy"].counts.new == 5
    # Everything up to the last saved cursor is kept.
    assert external_ids(workspace, stream.id) == [f"m{n}" for n in range(20)]
    assert workspace.sync.cursor(stream.id) == "2"
    view = workspace.accounts.get(stream.id)
    assert view.status == "failing"
    assert view.status_message == "The stream platform answered 503 Service Unavailable."
    assert workspace.accounts.get(other.id).status == "ok"
    run = workspace.sync.last_runs(stream.id)[0]
    assert (run.status, run.new) == ("failed", 20)
    assert_fts_in_step(workspace)


def test_crash_mid_sync_resumes_from_the_cursor_without_loss_or_duplicates(
    workspace: Workspace,
) -> None:
    stream = add_midstream(workspace, fail_after="2", error="crash")
    summary = workspace.sync.sync(stream.id)
    assert summary.failed
    assert "ZeroDivisionError" in summary.message
    assert summary.message.startswith("The Midstream failures connector failed")
    assert workspace.sync.cursor(stream.id) == "2"
    assert len(external_ids(workspace, stream.id)) == 20

    workspace.accounts.update(stream.id, {"fail_after": "0", "error": "crash"})
    summary = workspace.sync.sync(stream.id)
    assert (summary.status, summary.counts.new, summary.counts.updated) == ("ok", 30, 0)
    assert external_ids(workspace, stream.id) == [f"m{n}" for n in range(50)]
    assert workspace.accounts.get(stream.id).status == "ok"
    assert_fts_in_step(workspace)


def test_crash_after_a_batch_without_cursor_rereads_it_once(workspace: Workspace) -> None:
    # A batch without a cursor is stored but does not move the reading position: after a
    # crash it is read again, and the upsert keeps it single.
    batches = [batch(item("p1"), cursor="1"), batch(item("p2")), batch(item("p3"), cursor="3")]
    account, script = add_scripted(
        workspace, batches=batches, fail={"after": 2, "type": "KeyError", "message": "'id'"}
    )
    assert workspace.sync.sync(account.id).failed
    assert external_ids(workspace, account.id) == ["p1", "p2"]
    write_script(script, batches=batches)
    summary = workspace.sync.sync(account.id)
    assert counts(summary) == (1, 0, 0)
    assert summary.counts.unchanged == 1
    assert external_ids(workspace, account.id) == ["p1", "p2", "p3"]
    assert [e["read"] for e in read_log(script) if "read" in e] == [None, "1"]


def test_connector_that_raises_while_starting_is_isolated(workspace: Workspace) -> None:
    broken, _ = add_scripted(workspace, "Broken", batches=THREAD)
    healthy, _ = add_scripted(workspace, "Healthy", batches=THREAD)
    write_script(workspace.data_dir / "Broken.json", init_error="settings file unreadable")
    summaries = {s.account: s for s in workspace.sync.sync_many([broken.id, healthy.id])}
    assert summaries["Broken"].failed
    assert "settings file unreadable" in summaries["Broken"].message
    assert summaries["Healthy"].status == "ok"
    assert workspace.accounts.get(broken.id).status == "failing"
    assert workspace.sync.last_runs(broken.id)[0].status == "failed"


def test_auth_expired_while_starting_asks_to_sign_in(workspace: Workspace) -> None:
    account, _ = add_scripted(workspace, "Expired", batches=THREAD)
    write_script(
        workspace.data_dir / "Expired.json",
        init_error={"type": "AuthExpired", "message": "The refresh token was revoked."},
    )
    summary = workspace.sync.sync(account.id)
    assert summary.failed and summary.message == "The refresh token was revoked."
    assert workspace.accounts.get(account.id).status == "auth-needed"


def test_auth_expired_asks_to_sign_in(workspace: Workspace) -> None:
    account, _ = add_scripted(
        workspace,
        batches=THREAD,
        fail={"after": 0, "type": "AuthExpired", "message": "The token was revoked."},
    )
    summary = workspace.sync.sync(account.id)
    assert summary.failed and summary.message == "The token was revoked."
    view = workspace.accounts.get(account.id)
    assert (view.status, view.status_message, view.state_text) == (
        "auth-needed",
        "The token was revoked.",
        "sign in",  # never synced: nothing to sign in *again* to (the GUI says the same)
    )


def test_rate_limited_waits_until_the_retry_time(workspace: Workspace) -> None:
    retry_at = int(time.time()) + 3600
    limited = {
        "after": 1,
        "type": "RateLimited",
        "message": "Too many requests.",
        "retry_at": retry_at,
    }
    account, script = add_scripted(workspace, batches=THREAD, fail=limited)
    assert workspace.sync.sync(account.id).failed
    view = workspace.accounts.get(account.id)
    assert view.status == "rate-limited"
    assert view.retry_at == datetime.fromtimestamp(retry_at, UTC)
    assert view.state_text.startswith("rate limited until ")
    assert external_ids(workspace, account.id) == ["p1", "c1"]

    write_script(script, batches=THREAD)
    skipped = workspace.sync.sync(account.id)
    assert skipped.status == "skipped"
    assert skipped.message.startswith("Rate-limited until ")
    assert len(read_log(script)) == 1  # the platform was not asked again

    forced = workspace.sync.sync(account.id, force=True)
    assert (forced.status, forced.counts.new) == ("ok", 3)
    view = workspace.accounts.get(account.id)
    assert (view.status, view.retry_at) == ("ok", None)


def test_rate_limit_in_the_past_does_not_block(workspace: Workspace) -> None:
    past = {"after": 0, "type": "RateLimited", "message": "Slow down.", "retry_at": 1_000}
    account, script = add_scripted(workspace, batches=THREAD, fail=past)
    workspace.sync.sync(account.id)
    write_script(script, batches=THREAD)
    assert workspace.sync.sync(account.id).status == "ok"


# -- cancellation, concurrency, interrupted runs -------------------------------------------


def test_cancel_between_batches_keeps_the_first_and_resumes(workspace: Workspace) -> None:
    # The platform is slow after the first batch: that one is committed on its own.
    account, script = add_scripted(workspace, batches=THREAD, block_after=1)
    connector = workspace.registry.get("scripted")
    assert connector is not None
    cancel = threading.Event()

    def on_progress(progress: SyncProgress) -> None:
        if progress.done >= 1:
            cancel.set()
            connector.gate.set()  # type: ignore[attr-defined]

    summary = workspace.sync.sync(account.id, progress=on_progress, cancel=cancel)
    assert summary.status == "cancelled"
    assert not summary.failed
    assert external_ids(workspace, account.id) == ["p1", "c1"]
    assert workspace.sync.cursor(account.id) == "1"
    assert workspace.sync.last_runs(account.id)[0].status == "cancelled"
    assert counts(workspace.sync.sync(account.id)) == (3, 0, 0)
    assert [e["read"] for e in read_log(script) if "read" in e] == [None, "1"]


@contextmanager
def paused_sync(workspace: Workspace, account_id: int) -> Iterator[list[SyncSummary]]:
    """A sync of the account held after its first batch; it finishes when the block ends."""
    connector = workspace.registry.get("scripted")
    assert connector is not None
    results: list[SyncSummary] = []
    # Reading runs ahead on its own thread: wait for the first batch's commit as well.
    committed = threading.Event()

    def on_progress(progress: SyncProgress) -> None:
        if progress.done >= 1:
            committed.set()

    first = threading.Thread(
        target=lambda: results.append(workspace.sync.sync(account_id, progress=on_progress))
    )
    first.start()
    try:
        assert connector.started.wait(timeout=10)  # type: ignore[attr-defined]
        assert committed.wait(timeout=10)
        yield results
    finally:
        connector.gate.set()  # type: ignore[attr-defined]
        first.join(timeout=10)


def test_one_sync_per_account_at_a_time(workspace: Workspace) -> None:
    account, _ = add_scripted(workspace, batches=THREAD, block_after=1)
    with paused_sync(workspace, account.id) as results:
        assert workspace.sync.is_running(account.id)
        second = workspace.sync.sync(account.id)
        assert second.status == "skipped"
        assert second.message == "A sync of this account is already running."
    assert results[0].status == "ok" and results[0].counts.new == 5
    assert not workspace.sync.is_running(account.id)


def test_accounts_sync_side_by_side(workspace: Workspace) -> None:
    slow, _ = add_scripted(workspace, "Slow", batches=THREAD, block_after=1)
    fast, _ = add_scripted(workspace, "Fast", batches=THREAD)
    connector = workspace.registry.get("scripted")
    assert connector is not None
    fast_done = threading.Event()

    def on_progress(progress: SyncProgress) -> None:
        if progress.account == "Fast" and progress.message == "Done":
            fast_done.set()

    results: list[list[SyncSummary]] = []
    runner = threading.Thread(
        target=lambda: results.append(
            workspace.sync.sync_many([slow.id, fast.id], progress=on_progress)
        )
    )
    runner.start()
    try:
        # The fast account finishes while the slow one is still waiting on its platform.
        assert fast_done.wait(timeout=10)
        assert workspace.sync.is_running(slow.id)
    finally:
        connector.gate.set()  # type: ignore[attr-defined]
        runner.join(timeout=10)
    assert [s.status for s in results[0]] == ["ok", "ok"]


def test_run_left_running_by_a_crash_is_marked_interrupted(workspace: Workspace) -> None:
    account, _ = add_scripted(workspace, batches=THREAD)
    with workspace.store.writing() as session:
        session.execute(
            text(
                "INSERT INTO sync_runs (account_id, started_at, status, new, updated, deleted, "
                "errors, message) VALUES (:a, 1700000000, 'running', 2, 0, 0, 0, '')"
            ),
            {"a": account.id},
        )
    workspace.sync.sync(account.id)
    runs = workspace.sync.last_runs(account.id)
    assert [r.status for r in runs] == ["ok", "interrupted"]
    assert runs[1].finished_at is not None


def test_disabled_account_is_skipped(workspace: Workspace) -> None:
    account, script = add_scripted(workspace, batches=THREAD)
    workspace.accounts.set_enabled(account.id, False)
    summary = workspace.sync.sync(account.id)
    assert (summary.status, summary.message) == ("skipped", "The account is disabled.")
    assert read_log(script) == []


def test_progress_is_reported(workspace: Workspace) -> None:
    account, _ = add_scripted(workspace, batches=THREAD)
    seen: list[SyncProgress] = []
    workspace.sync.sync(account.id, progress=seen.append)
    assert seen[0].message == "Connecting…"
    assert [(p.done, p.total) for p in seen[1:-1]] == [(1, 2), (2, 2)]
    assert seen[-1].message == "Done"
    assert {p.account for p in seen} == {"Scripted"}


def test_demo_connector_syncs_through_the_same_path(workspace: Workspace) -> None:
    account = workspace.accounts.add("demo", "Demo", {"size": "700"})
    first = workspace.sync.sync(account.id)
    assert (first.status, first.counts.new) == ("ok", 700)
    second = workspace.sync.sync(account.id)
    assert second.status == "ok" and second.counts.updated == 0
    view = workspace.accounts.get(account.id)
    assert view.item_count == 700 + second.counts.new
    assert view.community_count == 7
    assert_fts_in_step(workspace)


def test_store_locked_by_another_program_is_reported_in_words(workspace: Workspace) -> None:
    import sqlite3

    from connectors.registry import Registry
    from workbench.core.accounts.service import AccountService
    from workbench.core.outbox.service import Outbox
    from workbench.core.sync.engine import SyncEngine
    from workbench.core.workspace import DATABASE_FILE
    from workbench.db.store import StoreError, open_store, sqlite_url

    account, _ = add_scripted(workspace, batches=THREAD)
    path = workspace.data_dir / DATABASE_FILE
    store = open_store(sqlite_url(path), busy_timeout=0.2)
    registry = Registry.discover([workspace.plugin_dir])
    accounts = AccountService(store, registry)
    outbox = Outbox(store)
    engine = SyncEngine(store, accounts, outbox)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="in use by another program"):
            engine.sync(account.id)
    finally:
        other.execute("ROLLBACK")
        other.close()
    try:
        summary = engine.sync(account.id)
        assert (summary.status, summary.counts.new) == ("ok", 5)
    finally:
        store.close()


def test_store_locked_mid_sync_stops_without_blaming_the_account(workspace: Workspace) -> None:
    import sqlite3

    from connectors.registry import Registry
    from workbench.core.accounts.service import AccountService
    from workbench.core.outbox.service import Outbox
    from workbench.core.sync.engine import SyncEngine
    from workbench.core.workspace import DATABASE_FILE
    from workbench.db.store import StoreError, open_store, sqlite_url

    account, _ = add_scripted(workspace, batches=THREAD, block_after=1)
    path = workspace.data_dir / DATABASE_FILE
    store = open_store(sqlite_url(path), busy_timeout=0.2)
    registry = Registry.discover([workspace.plugin_dir])
    engine = SyncEngine(store, AccountService(store, registry), Outbox(store))
    connector = registry.get("scripted")
    assert connector is not None
    errors: list[BaseException] = []

    committed = threading.Event()  # the first batch's commit (progress comes after it)

    def on_progress(progress: SyncProgress) -> None:
        if progress.done >= 1:
            committed.set()

    def run() -> None:
        try:
            engine.sync(account.id, progress=on_progress)
        except StoreError as error:
            errors.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        assert connector.started.wait(timeout=10)  # type: ignore[attr-defined]
        assert committed.wait(timeout=10)
        other.execute("BEGIN EXCLUSIVE")  # another program takes the workspace mid-sync
        connector.gate.set()  # type: ignore[attr-defined]
        thread.join(timeout=10)
    finally:
        other.execute("ROLLBACK")
        other.close()
    try:
        assert len(errors) == 1 and "in use by another program" in str(errors[0])
        # The first batch stayed, the account is not marked failing, and the next sync
        # resumes from the saved cursor and records the cut-short run.
        assert external_ids(workspace, account.id) == ["p1", "c1"]
        assert workspace.accounts.get(account.id).status == "never"
        summary = engine.sync(account.id)
        assert (summary.status, summary.counts.new) == ("ok", 3)
        assert [r.status for r in engine.last_runs(account.id)] == ["ok", "interrupted"]
    finally:
        store.close()


def test_cancel_noticed_by_the_connector_is_reported_as_cancelled(workspace: Workspace) -> None:
    account, _ = add_scripted(workspace, batches=THREAD, block_after=1)
    connector = workspace.registry.get("scripted")
    assert connector is not None
    cancel = threading.Event()
    results: list[SyncSummary] = []
    thread = threading.Thread(
        target=lambda: results.append(workspace.sync.sync(account.id, cancel=cancel))
    )
    thread.start()
    try:
        assert connector.started.wait(timeout=10)  # type: ignore[attr-defined]
        cancel.set()  # the user presses Cancel while the connector waits on the platform
    finally:
        connector.gate.set()  # type: ignore[attr-defined]
        thread.join(timeout=10)
    assert results[0].status == "cancelled"
    assert workspace.sync.last_runs(account.id)[0].status == "cancelled"
    assert workspace.sync.cursor(account.id) == "1"


def test_an_account_cannot_be_removed_under_its_own_sync(workspace: Workspace) -> None:
    account, _ = add_scripted(workspace, batches=THREAD, block_after=1)
    with (
        paused_sync(workspace, account.id) as results,
        pytest.raises(AccountError, match="is syncing"),
    ):
        workspace.sync.remove_account(account.id)
    assert results[0].status == "ok"
    workspace.sync.remove_account(account.id)  # once the sync is over, it goes
    assert workspace.accounts.all() == []


def test_sync_many_reports_an_account_removed_meanwhile(workspace: Workspace) -> None:
    gone, _ = add_scripted(workspace, "Gone", batches=THREAD)
    kept, _ = add_scripted(workspace, "Kept", batches=THREAD)
    workspace.sync.remove_account(gone.id)
    summaries = workspace.sync.sync_many([gone.id, kept.id])
    assert [s.status for s in summaries] == ["failed", "ok"]


# -- batches already read are committed together ------------------------------------------


def pairs(count: int, prefix: str = "g") -> list[dict[str, Any]]:
    """``count`` batches of two items each, the cursor naming the batch."""
    return [
        batch(item(f"{prefix}{n}a"), item(f"{prefix}{n}b"), cursor=str(n))
        for n in range(1, count + 1)
    ]


@contextmanager
def counting_commits(ws: Workspace) -> Iterator[list[int]]:
    """Counts the transactions committed on the workspace's engine inside the block."""
    commits: list[int] = []

    def on_commit(connection: object) -> None:
        commits.append(1)

    event.listen(ws.store.engine, "commit", on_commit)
    try:
        yield commits
    finally:
        event.remove(ws.store.engine, "commit", on_commit)


def test_batches_read_ahead_are_committed_in_one_transaction(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The connector has all four batches at once. Waiting long for each next batch changes
    # nothing here (END follows at once) but keeps a loaded machine from splitting a group.
    monkeypatch.setattr("workbench.core.sync.commits.GROUP_WAIT", 5.0)
    monkeypatch.setattr("workbench.core.sync.commits.GROUP_SECONDS", 30.0)
    batches = pairs(4)

    def run(name: str) -> tuple[AccountView, SyncSummary, int, list[SyncProgress]]:
        account, _ = add_scripted(workspace, name, batches=batches)
        seen: list[SyncProgress] = []
        with counting_commits(workspace) as commits:
            summary = workspace.sync.sync(account.id, progress=seen.append)
        return account, summary, len(commits), seen

    grouped, grouped_summary, grouped_commits, grouped_seen = run("Grouped")
    monkeypatch.setattr("workbench.core.sync.commits.GROUP_ITEMS", 1)  # every batch on its own
    single, single_summary, single_commits, _ = run("Single")

    # The same sync otherwise: one transaction for the four batches instead of four.
    assert single_commits - grouped_commits == 3
    for account, summary in ((grouped, grouped_summary), (single, single_summary)):
        assert (summary.status, counts(summary)) == ("ok", (8, 0, 0))
        assert workspace.sync.cursor(account.id) == "4"
    expected = [f"g{n}{half}" for n in range(1, 5) for half in "ab"]
    assert external_ids(workspace, grouped.id) == external_ids(workspace, single.id) == expected
    assert_fts_in_step(workspace)
    # Progress is still told batch by batch.
    assert [(p.done, p.total) for p in grouped_seen[1:-1]] == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_failure_after_two_batches_of_one_group_keeps_both(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("workbench.core.sync.commits.GROUP_WAIT", 5.0)
    monkeypatch.setattr("workbench.core.sync.commits.GROUP_SECONDS", 30.0)
    fail = {"after": 2, "type": "TemporaryError", "message": "The platform is overloaded."}
    account, script = add_scripted(workspace, batches=pairs(4), fail=fail)
    stored_at_report: list[tuple[int, int]] = []

    def on_progress(progress: SyncProgress) -> None:
        if progress.total is not None and progress.message != "Done":
            stored_at_report.append((progress.done, len(external_ids(workspace, account.id))))

    summary = workspace.sync.sync(account.id, progress=on_progress)
    # Both batches were in one transaction: when the first was reported, the second was
    # already stored with it. The failure behind them did not roll that transaction back.
    assert stored_at_report == [(1, 4), (2, 4)]
    assert summary.failed
    assert summary.message == "The platform is overloaded."
    assert external_ids(workspace, account.id) == ["g1a", "g1b", "g2a", "g2b"]
    assert workspace.sync.cursor(account.id) == "2"
    assert workspace.accounts.get(account.id).status == "failing"
    run = workspace.sync.last_runs(account.id)[0]
    assert (run.status, run.new) == ("failed", 4)
    assert_fts_in_step(workspace)

    write_script(script, batches=pairs(4))
    assert counts(workspace.sync.sync(account.id)) == (4, 0, 0)
    assert [e["read"] for e in read_log(script) if "read" in e] == [None, "2"]


def test_cancel_while_more_batches_are_ready_stops_and_resumes_without_duplicates(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ten batches, all ready at once (more than the reader's queue holds); a group takes
    # at most two of them, so the cancel cuts the sync short with batches still waiting.
    monkeypatch.setattr("workbench.core.sync.commits.GROUP_ITEMS", 4)
    account, script = add_scripted(workspace, batches=pairs(10))
    cancel = threading.Event()
    reported: list[int] = []

    def on_progress(progress: SyncProgress) -> None:
        if progress.total is not None and progress.message != "Done":
            reported.append(progress.done)
            cancel.set()  # the user presses Cancel as the first batch shows

    summary = workspace.sync.sync(account.id, progress=on_progress, cancel=cancel)
    assert summary.status == "cancelled"
    assert not summary.failed
    kept = external_ids(workspace, account.id)
    batches_kept = len(kept) // 2
    assert 1 <= batches_kept < 10
    assert kept == [f"g{n}{half}" for n in range(1, batches_kept + 1) for half in "ab"]
    assert reported == list(range(1, batches_kept + 1))  # every batch kept was reported
    assert workspace.sync.cursor(account.id) == str(batches_kept)
    assert workspace.sync.last_runs(account.id)[0].status == "cancelled"

    resumed = workspace.sync.sync(account.id)
    assert resumed.status == "ok"
    assert counts(resumed) == (20 - len(kept), 0, 0)
    assert [e["read"] for e in read_log(script) if "read" in e] == [None, str(batches_kept)]
    ids = external_ids(workspace, account.id)
    assert len(ids) == len(set(ids)) == 20
    assert ids == [f"g{n}{half}" for n in range(1, 11) for half in "ab"]
    assert_fts_in_step(workspace)


def test_a_bad_batch_in_a_group_keeps_the_batches_before_it(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # All batches are ready at once, so they are written in one transaction; the third
    # makes the writer fail. The group is written again a batch at a time: 1 and 2 stay.
    monkeypatch.setattr("workbench.core.sync.commits.GROUP_WAIT", 5.0)
    monkeypatch.setattr("workbench.core.sync.commits.GROUP_SECONDS", 30.0)
    broken = batch(item("x1", "fine"), item("x2", "bad"), cursor="3")
    broken["items"][1]["created"] = "not a time"  # the writer cannot store this
    account, _ = add_scripted(workspace, batches=[*THREAD, broken])
    summary = workspace.sync.sync(account.id)
    assert summary.failed
    assert external_ids(workspace, account.id) == ["p1", "c1", "p2", "c2", "m1"]
    assert summary.counts.new == 5  # what was stored, not what was tried
    assert workspace.sync.cursor(account.id) == "2"
    assert workspace.sync.last_runs(account.id)[0].new == 5


def test_the_outbox_and_reading_talk_to_the_platform_from_one_thread(
    workspace: Workspace,
) -> None:
    # A connector keeps one session (one sign-in) for a whole sync.
    from connectors.api import Reply

    account, script = add_scripted(workspace, batches=THREAD)
    workspace.outbox.queue(account.id, Reply("p1", "Welcome!"))
    summary = workspace.sync.sync(account.id)
    assert (summary.status, summary.sent, summary.counts.new) == ("ok", 1, 5)
    log = read_log(script)
    assert [("send" in e, "read" in e) for e in log] == [(True, False), (False, True)]
    assert log[0]["thread"] == log[1]["thread"] != threading.get_ident()


def test_a_sync_cancelled_before_it_starts_does_not_reach_the_platform(
    workspace: Workspace,
) -> None:
    from connectors.api import Reply

    account, script = add_scripted(workspace, batches=THREAD)
    workspace.outbox.queue(account.id, Reply("p1", "Welcome!"))
    cancel = threading.Event()
    cancel.set()  # Ctrl+C while this account waited for a free worker
    summary = workspace.sync.sync(account.id, cancel=cancel)
    assert (summary.status, summary.sent) == ("cancelled", 0)
    assert read_log(script) == []
    assert workspace.outbox.entries()[0].status == "pending"


def test_a_write_failure_stops_the_connector_reading_ahead(workspace: Workspace) -> None:
    # The store refuses the first batch while the connector waits on its (slow) platform
    # before the second: it sees is_cancelled() and stops, instead of reading on for a sync
    # that has already failed.
    account, script = add_scripted(workspace, batches=[*THREAD, *THREAD], block_after=1)
    with workspace.store.engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER refuse BEFORE INSERT ON items WHEN NEW.external_id = 'c1' "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
    started = time.monotonic()
    summary = workspace.sync.sync(account.id)
    assert time.monotonic() - started < 5  # not the platform's 10 s
    assert summary.failed and "refused" in summary.message
    assert external_ids(workspace, account.id) == []
    assert {"stopped": 1} in read_log(script)
