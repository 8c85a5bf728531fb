"""The sync writer's promises, through the real SyncEngine on a real SQLite file.

Upsert on (account, external id); unchanged items are not rewritten; edits update the row
and the full-text index; deletions erase text and index entry but keep a tombstone; the
cursor is stored with the batch it covers. Rewrites are counted by a trigger added to the
test's database (instrumentation of SQLite, not a stand-in for our code).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

import pytest

from connectors.api import (
    Batch,
    CommunityRecord,
    ConnectionInfo,
    Connector,
    Deletion,
    ItemKind,
    ItemRecord,
    MemberRecord,
)
from connectors.registry import PluginInfo, PluginState
from workbench.core.sync.engine import SyncSummary
from workbench.core.workspace import Workspace

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
WHEN = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
GROUP = CommunityRecord("g1", "Gardeners", "test")
ALICE = MemberRecord("u1", "alice", "test")


class ScriptedConnector(Connector):
    """Yields the batches a test puts in ``script`` (one list per sync)."""

    id = "scripted"
    display_name = "Scripted"
    platform = "test"
    script: ClassVar[list[Sequence[Batch]]] = []

    def test_connection(self) -> ConnectionInfo:
        return ConnectionInfo("ok")

    def list_communities(self) -> Sequence[CommunityRecord]:
        return [GROUP]

    def read(self, cursor: str | None) -> Iterator[Batch]:
        yield from self.script.pop(0)


def item(external_id: str, text: str = "hello tomatoes", **changes: object) -> ItemRecord:
    fields: dict[str, object] = {
        "external_id": external_id,
        "kind": ItemKind.POST,
        "community_id": "g1",
        "created_at": WHEN,
        "text": text,
        "title": f"Title {external_id}",
        "author": ALICE,
    }
    fields.update(changes)
    return ItemRecord(**fields)  # type: ignore[arg-type]


@pytest.fixture
def account(workspace: Workspace) -> Iterator[int]:
    workspace.registry.plugins.append(
        PluginInfo("scripted", "tests", PluginState.LOADED, "", ScriptedConnector)
    )
    with workspace.store.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE item_writes (inserts INT, updates INT)")
        connection.exec_driver_sql("INSERT INTO item_writes VALUES (0, 0)")
        connection.exec_driver_sql(
            "CREATE TRIGGER count_inserts AFTER INSERT ON items "
            "BEGIN UPDATE item_writes SET inserts = inserts + 1; END"
        )
        connection.exec_driver_sql(
            "CREATE TRIGGER count_updates AFTER UPDATE ON items "
            "BEGIN UPDATE item_writes SET updates = updates + 1; END"
        )
    ScriptedConnector.script = []
    yield workspace.accounts.add("scripted", "Garden club", {}).id
    ScriptedConnector.script = []


def sync(workspace: Workspace, account_id: int, *batches: Batch) -> SyncSummary:
    ScriptedConnector.script.append(batches)
    summary = workspace.sync.sync(account_id)
    assert not summary.failed, summary.message
    return summary


def query(workspace: Workspace, sql: str, *params: object) -> list[tuple[object, ...]]:
    with workspace.store.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql, params).all()]


def search(workspace: Workspace, words: str) -> list[str]:
    rows = query(
        workspace,
        "SELECT items.external_id FROM items_fts JOIN items ON items.id = items_fts.rowid "
        "WHERE items_fts MATCH ? ORDER BY items.external_id",
        words,
    )
    return [str(r[0]) for r in rows]


def writes(workspace: Workspace) -> tuple[object, ...]:
    return query(workspace, "SELECT inserts, updates FROM item_writes")[0]


def assert_index_in_step(workspace: Workspace) -> None:
    # FTS5 checks an external-content index against the items table itself.
    with workspace.store.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO items_fts (items_fts) VALUES ('integrity-check')")


def test_same_batch_three_times_stores_once_and_rewrites_nothing(
    workspace: Workspace, account: int
) -> None:
    batch = Batch(communities=[GROUP], items=[item("a"), item("b"), item("c")], cursor="3")
    first = sync(workspace, account, batch)
    assert (first.counts.new, first.counts.unchanged) == (3, 0)
    stamps = query(workspace, "SELECT id, synced_at, content_hash FROM items ORDER BY id")
    for _ in range(2):
        again = sync(workspace, account, batch)
        assert (again.counts.new, again.counts.updated, again.counts.unchanged) == (0, 0, 3)
    assert writes(workspace) == (3, 0)
    assert query(workspace, "SELECT id, synced_at, content_hash FROM items ORDER BY id") == stamps
    assert search(workspace, "tomatoes") == ["a", "b", "c"]
    assert_index_in_step(workspace)


def test_an_edit_updates_the_row_and_the_search_index(workspace: Workspace, account: int) -> None:
    sync(workspace, account, Batch(communities=[GROUP], items=[item("a"), item("b")]))
    edited = item("a", "hello cucumbers", edited_at=datetime(2026, 11, 2, tzinfo=UTC))
    summary = sync(workspace, account, Batch(items=[edited, item("b")]))
    assert (summary.counts.updated, summary.counts.unchanged) == (1, 1)
    assert search(workspace, "cucumbers") == ["a"]
    assert search(workspace, "tomatoes") == ["b"]
    assert query(workspace, "SELECT text, edited_at FROM items WHERE external_id='a'") == [
        ("hello cucumbers", int(datetime(2026, 11, 2, tzinfo=UTC).timestamp()))
    ]
    assert_index_in_step(workspace)


def test_a_deletion_erases_text_and_index_entry_and_keeps_a_tombstone(
    workspace: Workspace, account: int
) -> None:
    sync(workspace, account, Batch(communities=[GROUP], items=[item("a"), item("b")]))
    gone = datetime(2026, 11, 3, tzinfo=UTC)
    summary = sync(workspace, account, Batch(deletions=[Deletion("a", gone), Deletion("zz")]))
    assert summary.counts.deleted == 1
    assert query(
        workspace, "SELECT title, text, raw, deleted_at FROM items WHERE external_id='a'"
    ) == [("", "", None, int(gone.timestamp()))]
    assert search(workspace, "tomatoes") == ["b"]
    assert search(workspace, "Title") == ["b"]
    assert query(workspace, "SELECT count(*) FROM items") == [(2,)]
    assert_index_in_step(workspace)


def test_the_same_external_id_twice_in_one_batch_is_stored_once(
    workspace: Workspace, account: int
) -> None:
    batch = Batch(communities=[GROUP], items=[item("a", "first words"), item("a", "second")])
    summary = sync(workspace, account, batch)
    assert summary.counts.new == 1
    assert query(workspace, "SELECT external_id, text FROM items") == [("a", "first words")]
    assert_index_in_step(workspace)


def test_an_item_sent_again_later_in_the_same_first_sync_is_compared_not_doubled(
    workspace: Workspace, account: int
) -> None:
    # The first sync of an account inserts before looking: a repeat must still upsert.
    summary = sync(
        workspace,
        account,
        Batch(communities=[GROUP], items=[item("a"), item("b")], cursor="1"),
        Batch(items=[item("a", "hello cucumbers"), item("b"), item("c")], cursor="2"),
    )
    assert (summary.counts.new, summary.counts.updated, summary.counts.unchanged) == (3, 1, 1)
    assert query(workspace, "SELECT external_id FROM items ORDER BY external_id") == [
        ("a",),
        ("b",),
        ("c",),
    ]
    assert search(workspace, "cucumbers") == ["a"]
    assert search(workspace, "tomatoes") == ["b", "c"]
    assert writes(workspace) == (3, 1)
    assert_index_in_step(workspace)


def test_an_item_arriving_before_its_community_gets_a_placeholder_then_the_name(
    workspace: Workspace, account: int
) -> None:
    early = item("a", community_id="late")
    sync(workspace, account, Batch(items=[early]))
    assert query(workspace, "SELECT external_id, name FROM communities") == [("late", "late")]
    named = CommunityRecord("late", "Late bloomers", "test")
    sync(workspace, account, Batch(communities=[named], items=[early]))
    rows = query(
        workspace,
        "SELECT communities.name FROM items JOIN communities ON communities.id = "
        "items.community_id WHERE items.external_id='a'",
    )
    assert rows == [("Late bloomers",)]
    assert writes(workspace) == (1, 0)


def test_the_cursor_is_saved_with_its_batch_and_accounts_are_kept_apart(
    workspace: Workspace, account: int
) -> None:
    sync(workspace, account, Batch(communities=[GROUP], items=[item("a")], cursor="after-a"))
    assert workspace.sync.cursor(account) == "after-a"
    other = workspace.accounts.add("scripted", "Second club", {}).id
    summary = sync(workspace, other, Batch(communities=[GROUP], items=[item("a")], cursor="x"))
    assert summary.counts.new == 1
    assert query(workspace, "SELECT count(*) FROM items WHERE external_id='a'") == [(2,)]
    assert workspace.sync.cursor(account) == "after-a"
    assert workspace.sync.cursor(other) == "x"
    assert_index_in_step(workspace)


def test_a_deleted_item_that_comes_back_is_restored_and_searchable(
    workspace: Workspace, account: int
) -> None:
    sync(workspace, account, Batch(communities=[GROUP], items=[item("a")]))
    sync(workspace, account, Batch(deletions=[Deletion("a")]))
    summary = sync(workspace, account, Batch(items=[item("a")]))
    assert summary.counts.updated == 1
    assert query(workspace, "SELECT text, deleted_at FROM items") == [("hello tomatoes", None)]
    assert search(workspace, "tomatoes") == ["a"]
    assert_index_in_step(workspace)


def test_a_deletion_sent_twice_leaves_the_tombstone_as_it_is(
    workspace: Workspace, account: int
) -> None:
    sync(workspace, account, Batch(communities=[GROUP], items=[item("a"), item("b")]))
    first = sync(workspace, account, Batch(deletions=[Deletion("a"), Deletion("a")]))
    tombstone = query(workspace, "SELECT deleted_at, synced_at FROM items WHERE external_id='a'")
    again = sync(workspace, account, Batch(deletions=[Deletion("a", WHEN)]))
    assert (first.counts.deleted, again.counts.deleted) == (1, 0)
    assert (
        query(workspace, "SELECT deleted_at, synced_at FROM items WHERE external_id='a'")
        == tombstone
    )
    assert search(workspace, "tomatoes") == ["b"]
    assert_index_in_step(workspace)


def test_batches_committed_together_are_all_indexed(workspace: Workspace, account: int) -> None:
    # Each batch's new items are indexed on a helper thread while the next batch is
    # prepared; items deleted or edited by a later batch of the same commit stay in step.
    sync(
        workspace,
        account,
        Batch(communities=[GROUP], items=[item("a", "apples"), item("b", "bananas")]),
        Batch(items=[item("c", "cherries"), item("d", "dates")], deletions=[Deletion("d")]),
        Batch(items=[item("e", "elderberries"), item("a", "apricots")], cursor="3"),
    )
    assert [search(workspace, w) for w in ("apples", "apricots", "bananas", "cherries")] == [
        [],
        ["a"],
        ["b"],
        ["c"],
    ]
    assert (search(workspace, "dates"), search(workspace, "elderberries")) == ([], ["e"])
    assert_index_in_step(workspace)


def test_a_failing_index_step_keeps_the_batches_before_its_own(
    workspace: Workspace, account: int
) -> None:
    # Both batches are ready, so they go into one commit; the index step of the second
    # fails on the helper thread. The commit is redone a batch at a time: the first stays.
    sync(workspace, account, Batch(communities=[GROUP], items=[item("a")], cursor="1"))
    # Stand in a plain table that refuses one text for the index, so indexing fails.
    with workspace.store.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE items_fts")
        connection.exec_driver_sql(
            "CREATE TABLE items_fts (title TEXT, text TEXT, CHECK (text != 'boom'))"
        )
    ScriptedConnector.script.append(
        [Batch(items=[item("b")], cursor="2"), Batch(items=[item("c", "boom")], cursor="3")]
    )
    summary = workspace.sync.sync(account)
    assert summary.failed and "CHECK constraint failed" in summary.message
    assert summary.counts.new == 1  # what was stored, not what was tried
    assert query(workspace, "SELECT external_id FROM items ORDER BY id") == [("a",), ("b",)]
    assert workspace.sync.cursor(account) == "2"


@pytest.mark.parametrize(
    "record",
    [
        ItemRecord("a", ItemKind.POST, "g", datetime(2023, 11, 14, tzinfo=UTC)),
        ItemRecord(
            "b", ItemKind.COMMENT, "g", datetime(2023, 11, 14), "text\x1f", "Tïtle", "<b>",
            "u", MemberRecord("m1", "m1", ""), "p1", "p0", datetime(2023, 11, 15), 3, 0,
            ("own", "question"),
        ),
        ItemRecord(
            "c", ItemKind.MESSAGE, "h", datetime(1970, 1, 1, tzinfo=UTC), "x",
            "\ud800 lone surrogate", parent_id="", thread_id="", score=-5, reply_count=9,
            flags=("x",),
        ),
    ],
)  # fmt: skip
def test_the_inlined_item_hash_equals_content_hash(record: ItemRecord) -> None:
    # A drift between the two would count every stored item as changed once.
    from workbench.core.sync.rows import build_rows, content_hash

    ids = {"account_id": 1, "platform": "test", "now": 0}
    rows, missing = build_rows(
        [record], members={("test", "m1"): 42}, communities={"g": 7, "h": 2}, **ids
    )
    assert missing == [] and rows[0] is not None
    row = rows[0]
    assert row[17] == content_hash((row[1], row[2], *row[4:16]))


def test_generated_data_syncs_whole_and_a_built_store_is_reused(tmp_path: Path) -> None:
    # benchmarks/datagen.py is a script folder, not a package: load it by path.
    spec = importlib.util.spec_from_file_location("datagen", BENCHMARKS / "datagen.py")
    assert spec is not None and spec.loader is not None
    datagen = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("datagen", datagen)
    spec.loader.exec_module(datagen)

    folder = datagen.build_store(tmp_path / "bench", 3000, 5, report=lambda _: None)
    workspace = Workspace.open(folder)
    try:
        assert query(workspace, "SELECT count(*), count(DISTINCT external_id) FROM items") == [
            (3000, 3000)
        ]
        kinds = dict(query(workspace, "SELECT kind, count(*) FROM items GROUP BY kind"))
        assert set(kinds) == {"post", "comment", "message", "report", "mention"}
        orphans = query(
            workspace,
            "SELECT count(*) FROM items AS c WHERE c.kind = 'comment' AND NOT EXISTS "
            "(SELECT 1 FROM items AS p WHERE p.external_id = c.thread_external_id)",
        )
        assert orphans == [(0,)]
        words = query(
            workspace, "SELECT avg(length(text) - length(replace(text, ' ', '')) + 1) FROM items"
        )
        assert 30 < float(words[0][0]) < 50  # type: ignore[arg-type]
        assert query(workspace, "SELECT count(*) FROM items WHERE flags LIKE '%question%'")[0][0]
        assert_index_in_step(workspace)
    finally:
        workspace.close()
    messages: list[str] = []
    datagen.build_store(folder, 3000, 5, report=messages.append)
    assert messages == [f"{folder}: reusing the store with 3000 items"]
