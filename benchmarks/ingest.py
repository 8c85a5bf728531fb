"""Ingest figures: the real sync path against a raw sqlite3 load, then an unchanged re-sync.

    nice -n 10 python benchmarks/ingest.py --items 1000000

1. Generates the items first (not timed) and keeps them in memory as connector batches.
2. Sync path: a fresh workspace, an account whose connector yields those batches, and
   ``SyncEngine.sync`` end to end (BatchWriter, FTS index kept in step, cursor per batch).
3. Raw load: a fresh file with the same schema (``open_store``), the same rows prepared
   in advance (ids resolved, content hashes computed: none of that is timed), then per
   batch one transaction of ``executemany`` into items and ``INSERT ... SELECT`` into
   items_fts, committed in groups as the sync engine commits ready batches (at most
   GROUP_ITEMS items or GROUP_SECONDS). This is the ceiling the sync path is measured against.
4. Re-sync: the same connector yields the same items again; nothing may be rewritten.
   Proved by the counts and by ``synced_at`` (a rewrite stamps the current time).
"""

from __future__ import annotations

import argparse
import gc
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import ClassVar

from datagen import CONNECTOR_ID, PLATFORM, BenchConnector, generate_batches, members

from connectors.api import Batch, ConnectorContext
from connectors.registry import PluginInfo, PluginState
from workbench.core.sync.commits import GROUP_ITEMS, GROUP_SECONDS
from workbench.core.sync.engine import SyncSummary
from workbench.core.sync.rows import build_rows
from workbench.core.workspace import Workspace
from workbench.db.sqlite.connect import on_connect
from workbench.db.sqlite.items import INSERT_ITEM
from workbench.db.store import open_store, sqlite_url

TARGET_RATE = 40_000
TARGET_RATIO = 0.7
TARGET_RESYNC = 100_000
# CPU seconds of this process per phase: the machine is shared, so wall time alone can
# mislead; both are printed.
CPU: dict[str, float] = {}


class PreloadedConnector(BenchConnector):
    """Yields batches generated before the clock starts, every time, whatever the cursor."""

    id = "bench-preloaded"
    batches: ClassVar[Sequence[Batch]] = ()

    def __init__(self, context: ConnectorContext) -> None:
        super().__init__(context)

    def read(self, cursor: str | None) -> Iterator[Batch]:
        yield from self.batches


def timed_sync(workspace: Workspace, account_id: int, phase: str) -> tuple[float, SyncSummary]:
    started, cpu = time.perf_counter(), time.process_time()
    summary = workspace.sync.sync(account_id)
    elapsed = time.perf_counter() - started
    CPU[phase] = time.process_time() - cpu
    if summary.failed:
        raise RuntimeError(f"sync failed: {summary.message}")
    return elapsed, summary


def sync_path(folder: Path, batches: Sequence[Batch]) -> dict[str, float]:
    PreloadedConnector.batches = batches
    workspace = Workspace.open(folder)
    try:
        workspace.registry.plugins.append(
            PluginInfo(
                PreloadedConnector.id,
                "benchmarks/ingest.py",
                PluginState.LOADED,
                "",
                PreloadedConnector,
            )
        )
        account = workspace.accounts.add(PreloadedConnector.id, "Ingest benchmark", {})
        n_items = sum(len(b.items) for b in batches)
        elapsed, summary = timed_sync(workspace, account.id, "sync")
        counts = summary.counts
        assert counts.new == n_items, counts
        with workspace.store.engine.connect() as connection:
            fts_rows = connection.exec_driver_sql(
                "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'community'"
            ).scalar()
            before = connection.exec_driver_sql(
                "SELECT count(*), max(synced_at), sum(synced_at) FROM items"
            ).one()
        time.sleep(1.1)  # a rewrite would then stamp a later synced_at
        resync_elapsed, summary = timed_sync(workspace, account.id, "resync")
        counts = summary.counts
        with workspace.store.engine.connect() as connection:
            after = connection.exec_driver_sql(
                "SELECT count(*), max(synced_at), sum(synced_at) FROM items"
            ).one()
        rewritten = counts.new + counts.updated
        return {
            "items": n_items,
            "sync_s": elapsed,
            "fts_match_community": fts_rows or 0,
            "resync_s": resync_elapsed,
            "resync_unchanged": counts.unchanged,
            "resync_rewritten": rewritten,
            "synced_at_same": float(tuple(before) == tuple(after)),
        }
    finally:
        workspace.close()


def raw_rows(batches: Sequence[Batch]) -> tuple[list[list[tuple[object, ...]]], list[str]]:
    """The rows the writer would insert, ids resolved in advance (account 1)."""
    member_ids = {(m.platform, m.external_id): n + 1 for n, m in enumerate(members())}
    community_ids: dict[str, int] = {}
    for batch in batches:
        for community in batch.communities:
            community_ids.setdefault(community.external_id, len(community_ids) + 1)
    out: list[list[tuple[object, ...]]] = []
    for batch in batches:
        # The writer's own row building (not timed here), so both loads store the same rows.
        rows, missing = build_rows(
            batch.items,
            account_id=1,
            platform=PLATFORM,
            members=member_ids,
            communities=community_ids,
            now=0,
        )
        assert not missing
        out.append([row for row in rows if row is not None])
    return out, list(community_ids)


def raw_load(path: Path, batches: Sequence[Batch]) -> float:
    open_store(sqlite_url(path)).close()  # the same schema, by the same migrations
    rows, community_ids = raw_rows(batches)
    db = sqlite3.connect(path, isolation_level=None)
    on_connect(db, None)  # the store's own pragmas, so only the code path differs
    db.execute(
        "INSERT INTO accounts (id, uid, connector_id, name, settings, enabled, created_at, "
        "status, status_message) VALUES (1, 'raw', ?, 'raw', '{}', 1, 0, 'ok', '')",
        (CONNECTOR_ID,),
    )
    db.executemany(
        "INSERT INTO communities (id, account_id, external_id, platform, name, url, "
        "description, followed) VALUES (?, 1, ?, ?, ?, '', '', 1)",
        [(n + 1, e, PLATFORM, e) for n, e in enumerate(community_ids)],
    )
    db.executemany(
        "INSERT INTO members (id, platform, external_id, name, display_name, url) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (n + 1, m.platform, m.external_id, m.name, m.display_name, m.url)
            for n, m in enumerate(members())
        ],
    )
    started, cpu = time.perf_counter(), time.process_time()
    # Commits grouped as the sync engine groups ready batches (same limits), so the two
    # loads differ only in the code path, not in the number of commits.
    in_group, group_started = 0, 0.0
    for batch_rows in rows:
        if not in_group:
            db.execute("BEGIN")
            group_started = time.monotonic()
        before = db.execute("SELECT COALESCE(MAX(id), 0) FROM items").fetchone()[0]
        db.executemany(INSERT_ITEM, batch_rows)
        db.execute(
            "INSERT INTO items_fts (rowid, title, text) "
            "SELECT id, title, text FROM items WHERE id > ?",
            (before,),
        )
        in_group += len(batch_rows)
        if in_group >= GROUP_ITEMS or time.monotonic() - group_started >= GROUP_SECONDS:
            db.execute("COMMIT")
            in_group = 0
    if in_group:
        db.execute("COMMIT")
    elapsed = time.perf_counter() - started
    CPU["raw"] = time.process_time() - cpu
    db.close()
    return elapsed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Ingest figures (see the module docstring).")
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--communities", type=int, default=50)
    parser.add_argument("--batch-size", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--skip-raw", action="store_true", help="only the sync path")
    args = parser.parse_args(argv)

    work = args.dir or Path(tempfile.mkdtemp(prefix="wb-ingest-"))
    for name in ("sync", "raw"):
        shutil.rmtree(work / name, ignore_errors=True)
    print(f"generating {args.items} items (not timed) ...", flush=True)
    started = time.perf_counter()
    batches = list(generate_batches(args.items, args.communities, args.seed, args.batch_size))
    words = sum(len(i.text.split()) + len(i.title.split()) for b in batches for i in b.items)
    print(f"  {time.perf_counter() - started:.1f} s, {words / args.items:.1f} words per item")
    # The pre-generated items are millions of long-lived objects: keep the garbage collector
    # from walking them again and again, which a real sync (one batch at a time) never pays.
    gc.collect()
    gc.freeze()

    print("sync path ...", flush=True)
    sync = sync_path(work / "sync", batches)
    raw_s = None
    if not args.skip_raw:
        print("raw sqlite3 load ...", flush=True)
        (work / "raw").mkdir(parents=True, exist_ok=True)
        raw_s = raw_load(work / "raw" / "raw.sqlite3", batches)

    n = args.items
    sync_rate = n / sync["sync_s"]
    resync_rate = n / sync["resync_s"]

    def line(label: str, seconds: float, phase: str, target: str = "") -> None:
        cpu = CPU.get(phase, 0.0)
        print(
            f"{label:<34}{seconds:>8.1f}{n / seconds:>10,.0f}{cpu:>8.1f}{n / cpu:>11,.0f}  {target}"
        )

    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    print()
    print(f"{'figure':<34}{'wall s':>8}{'items/s':>10}{'cpu s':>8}{'items/cpu-s':>11}  target")
    line(
        "ingest: SyncEngine + FTS",
        sync["sync_s"],
        "sync",
        f">= {TARGET_RATE:,}/s {verdict(sync_rate >= TARGET_RATE)}",
    )
    ok = sync_rate >= TARGET_RATE
    if raw_s is not None:
        raw_rate = n / raw_s
        ratio = sync_rate / raw_rate
        cpu_ratio = CPU["raw"] / CPU["sync"]
        line("raw sqlite3 executemany + FTS", raw_s, "raw")
        print(
            f"{'ratio sync / raw':<34}{'':>8}{ratio:>10.2f}{'':>8}{cpu_ratio:>11.2f}"
            f"  >= {TARGET_RATIO} {verdict(ratio >= TARGET_RATIO)}"
        )
        ok = ok and ratio >= TARGET_RATIO
    line(
        "re-sync, unchanged items",
        sync["resync_s"],
        "resync",
        f">= {TARGET_RESYNC:,}/s {verdict(resync_rate >= TARGET_RESYNC)}",
    )
    ok = ok and resync_rate >= TARGET_RESYNC
    print()
    print(
        f"re-sync: {sync['resync_unchanged']:.0f} unchanged, {sync['resync_rewritten']:.0f} "
        f"new or rewritten; synced_at of every row unchanged: "
        f"{'yes' if sync['synced_at_same'] else 'NO'}"
    )
    print(f"full-text check: {sync['fts_match_community']:.0f} items match 'community'")
    ok = ok and not sync["resync_rewritten"] and bool(sync["synced_at_same"])
    if not args.dir:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
