"""The inbox service: ids for a view in order, rows for ids, counts and item detail.

The GUI keeps only the id list (an ``array('q')``: 8 bytes an item) and asks for rows a
page at a time, as Anki's browser does. Reads go through the DBAPI cursor: on a million
ids the ORM's per-row cost would be most of the time.
"""

from __future__ import annotations

import getpass
import logging
import sqlite3
import threading
import time
from array import array
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any

from workbench.core.inbox.query import View
from workbench.core.inbox.sql import Compiled, compile_view
from workbench.core.outbox.service import Outbox, OutboxView
from workbench.db.store import Store

log = logging.getLogger(__name__)

CHUNK = 500
# A search matching more items than this is served a window at a time (see _window).
COMMON_MATCHES = 20_000
COUNT_CAP = 10_000
READ_CACHE_KIB = 8 * 1024  # page cache of each inbox read connection
ROW_COLUMNS = (
    "i.id, i.account_id, c.platform, c.name, i.kind, m.name, m.display_name, "
    "substr(i.title, 1, 300), substr(i.text, 1, 300), i.created_at, i.state, i.priority, "
    "i.assignee, i.flags, i.snoozed_until, i.deleted_at, i.url, "
    "(SELECT group_concat(tag, ',') FROM item_tags t WHERE t.item_id = i.id)"
)
ROW_FROM = (
    "FROM items i LEFT JOIN communities c ON c.id = i.community_id "
    "LEFT JOIN members m ON m.id = i.author_id"
)


@dataclass(frozen=True, slots=True)
class InboxRow:
    id: int
    account_id: int
    platform: str
    community: str
    kind: str
    author: str
    author_display: str
    title: str
    snippet: str
    created_at: int
    state: str
    priority: int
    assignee: str
    flags: tuple[str, ...]
    snoozed_until: int | None
    deleted: bool
    url: str
    tags: tuple[str, ...]


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(",") if v)


def _row(r: Sequence[Any]) -> InboxRow:
    return InboxRow(
        id=r[0],
        account_id=r[1],
        platform=r[2] or "",
        community=r[3] or "",
        kind=r[4],
        author=r[5] or "",
        author_display=r[6] or "",
        title=" ".join((r[7] or "").split()),
        snippet=" ".join((r[8] or "").split()),
        created_at=r[9],
        state=r[10],
        priority=r[11],
        assignee=r[12] or "",
        flags=_split(r[13]),
        snoozed_until=r[14],
        deleted=r[15] is not None,
        url=r[16] or "",
        tags=tuple(sorted(_split(r[17]))),
    )


@dataclass(frozen=True)
class Note:
    id: int
    author: str
    text: str
    created_at: int


@dataclass(frozen=True)
class ItemDetail:
    row: InboxRow
    title: str
    text: str
    html: str
    account_name: str
    connector_id: str
    community_url: str
    community_external_id: str
    external_id: str
    author_url: str
    parent: InboxRow | None  # the post a comment answers
    siblings: tuple[InboxRow, ...]  # other items of the same thread, oldest first
    author_items: tuple[InboxRow, ...]  # the author's other items, newest first
    notes: tuple[Note, ...]
    outbox: tuple[OutboxView, ...]


@dataclass(frozen=True)
class IdList:
    """The ids of a view in order, and a plain note about the search if there is one."""

    ids: array[int]
    message: str = ""
    complete: bool = True  # False: only the first ``limit`` ids

    def __len__(self) -> int:
        return len(self.ids)


class _Lane:
    """One read connection of the inbox, used by one query at a time.

    The inbox reads through two lanes of its own instead of the store's pool: quick reads
    (first pages, rows, counts, details) never queue behind a long one (a full id list),
    and only two modest page caches fill up, not every pooled connection's 64 MiB (which
    the figure for resident memory showed).
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.lock = threading.RLock()
        self.connection: sqlite3.Connection | None = None

    @contextmanager
    def cursor(self) -> Iterator[Any]:
        if not self.store.is_sqlite:  # FTS5 needs SQLite; other stores use the pool
            with self.store.engine.connect() as pooled:
                cursor = pooled.connection.driver_connection.cursor()  # type: ignore[union-attr]
                try:
                    yield cursor
                finally:
                    cursor.close()
            return
        with self.lock:
            if self.connection is None:
                self.connection = self._open()
            cursor = self.connection.cursor()
            try:
                yield cursor
            finally:
                cursor.close()

    def _open(self) -> sqlite3.Connection:
        path = self.store.engine.url.database or ""
        connection = sqlite3.connect(path, check_same_thread=False, timeout=10)
        connection.execute("PRAGMA busy_timeout = 10000")
        connection.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("PRAGMA query_only = ON")  # reads only: triage writes elsewhere
        return connection

    def close(self) -> None:
        with self.lock:
            if self.connection is not None:
                self.connection.close()
                self.connection = None


class InboxService:
    def __init__(
        self, store: Store, *, me: str | None = None, outbox: Outbox | None = None
    ) -> None:
        self.store = store
        self.me = me if me is not None else getpass.getuser()
        self.outbox = outbox or Outbox(store)
        self._quick = _Lane(store)
        self._long = _Lane(store)

    def _cursor(self, *, long: bool = False) -> AbstractContextManager[Any]:
        return (self._long if long else self._quick).cursor()

    def close(self) -> None:
        """Close the inbox's read connections (they reopen if used again)."""
        self._quick.close()
        self._long.close()

    # -- ids and rows -----------------------------------------------------------------

    def ids(self, view: View, *, limit: int | None = None, now: int | None = None) -> IdList:
        """Ids of the items in ``view``, in the view's order (the first ``limit`` if given)."""
        compiled = compile_view(view, me=self.me, now=now or int(time.time()))
        try:
            if limit is not None and self._common_search(compiled):
                return IdList(self._window(view, compiled, limit, now), compiled.message, False)
            return self._fetch_ids(compiled, limit, long=limit is None)
        except sqlite3.OperationalError as error:
            # Search terms are quoted, so this should not happen; if FTS5 still refuses
            # something, the user gets a plain note and an empty list, not an error dialog.
            if not compiled.search.match and not compiled.search.exclude:
                raise
            log.warning("search %r failed: %s", view.search, error)
            return IdList(array("q"), f"This search could not be run ({error}).")

    def _fetch_ids(self, compiled: Compiled, limit: int | None, *, long: bool = False) -> IdList:
        sql, params = compiled.select(limit=limit)
        ids = array("q")
        with self._cursor(long=long) as cursor:
            cursor.execute(sql, params)
            while chunk := cursor.fetchmany(20000):
                ids.extend(r[0] for r in chunk)
        return IdList(ids, compiled.message, limit is None or len(ids) < limit)

    def _common_search(self, compiled: Compiled) -> bool:
        """Does the search match so many items that sorting all matches would be slow?"""
        search = compiled.search
        if search.exclude:
            return True
        if not search.match:
            return False
        with self._cursor() as cursor:
            found = cursor.execute(
                "SELECT count(*) FROM (SELECT rowid FROM items_fts WHERE items_fts MATCH ? "
                "LIMIT ?)",
                (search.match, COMMON_MATCHES + 1),
            ).fetchone()[0]
        return int(found) > COMMON_MATCHES

    def _window(self, view: View, compiled: Compiled, limit: int, now: int | None) -> array[int]:
        """The first ``limit`` matches of a common search, without sorting every match.

        Take the first N ids of the view without the full-text terms (an index range, in
        order), keep those the full-text index matches within their rowid span, and widen
        N until enough are found: the kept ids are a correct prefix of the full answer.
        """
        base = compile_view(view, me=self.me, now=now or int(time.time()), fts=False)
        search = compiled.search
        size = limit * 4
        while True:
            candidates = self._fetch_ids(base, size).ids
            if not candidates:
                return array("q")
            low, high = min(candidates), max(candidates)
            with self._cursor() as cursor:
                matching = set()
                if search.match:
                    matching = {
                        r[0]
                        for r in cursor.execute(
                            "SELECT rowid FROM items_fts WHERE items_fts MATCH ? "
                            "AND rowid BETWEEN ? AND ?",
                            (search.match, low, high),
                        )
                    }
                excluded = set()
                if search.exclude:
                    excluded = {
                        r[0]
                        for r in cursor.execute(
                            "SELECT rowid FROM items_fts WHERE items_fts MATCH ? "
                            "AND rowid BETWEEN ? AND ?",
                            (search.exclude, low, high),
                        )
                    }
            hits = array(
                "q",
                (
                    i
                    for i in candidates
                    if (not search.match or i in matching) and i not in excluded
                ),
            )
            if len(hits) >= limit or len(candidates) < size:
                return hits[:limit]
            size *= 4

    def count(self, view: View, *, now: int | None = None, cap: int | None = None) -> int:
        """How many items ``view`` holds; with ``cap``, stop counting at ``cap``."""
        compiled = compile_view(view, me=self.me, now=now or int(time.time()))
        sql, params = compiled.count()
        if cap is not None:
            sql = f"SELECT count(*) FROM (SELECT 1 FROM items i WHERE {compiled.where} LIMIT ?)"
            params = (*params, cap)
        try:
            with self._cursor() as cursor:
                return int(cursor.execute(sql, params).fetchone()[0])
        except sqlite3.OperationalError:
            if not compiled.search.match and not compiled.search.exclude:
                raise
            return 0

    def counts(
        self, views: Mapping[str, View], *, now: int | None = None, cap: int | None = COUNT_CAP
    ) -> dict[str, int]:
        """Counts for the sidebar, one query per view, each stopping at ``cap`` (the
        sidebar shows "10,000+": an exact count of a million would cost a full scan)."""
        stamp = now or int(time.time())
        return {key: self.count(view, now=stamp, cap=cap) for key, view in views.items()}

    def rows(self, ids: Sequence[int], *, full_text: bool = False) -> list[InboxRow]:
        """Rows for ``ids`` in the same order; ids no longer stored are left out.

        ``snippet`` holds the first 300 characters of the text, or all of it (exports)."""
        columns = (
            ROW_COLUMNS.replace("substr(i.text, 1, 300)", "i.text") if full_text else ROW_COLUMNS
        )
        found: dict[int, InboxRow] = {}
        with self._cursor() as cursor:
            for start in range(0, len(ids), CHUNK):
                chunk = tuple(ids[start : start + CHUNK])
                marks = ",".join("?" * len(chunk))
                for r in cursor.execute(
                    f"SELECT {columns} {ROW_FROM} WHERE i.id IN ({marks})", chunk
                ):
                    found[r[0]] = _row(r)
        return [found[i] for i in ids if i in found]

    # -- one item ---------------------------------------------------------------------

    def _rows_where(self, cursor: Any, where: str, params: tuple[Any, ...]) -> list[InboxRow]:
        return [
            _row(r)
            for r in cursor.execute(f"SELECT {ROW_COLUMNS} {ROW_FROM} WHERE {where}", params)
        ]

    def detail(self, item_id: int, *, related: int = 30) -> ItemDetail | None:
        """Everything the item view shows; None if the item is gone."""
        with self._cursor() as cursor:
            found = self._rows_where(cursor, "i.id = ?", (item_id,))
            if not found:
                return None
            row = found[0]
            (
                title,
                text,
                html,
                external_id,
                parent_id,
                thread_id,
                author_id,
                account_name,
                connector_id,
                community_url,
                community_external_id,
                author_url,
            ) = cursor.execute(
                "SELECT i.title, i.text, i.html, i.external_id, i.parent_external_id, "
                "i.thread_external_id, i.author_id, a.name, a.connector_id, c.url, "
                "c.external_id, m.url FROM items i JOIN accounts a ON a.id = i.account_id "
                "LEFT JOIN communities c ON c.id = i.community_id "
                "LEFT JOIN members m ON m.id = i.author_id WHERE i.id = ?",
                (item_id,),
            ).fetchone()
            root = thread_id or parent_id
            parent = None
            siblings: list[InboxRow] = []
            if root:
                parents = self._rows_where(
                    cursor, "i.account_id = ? AND i.external_id = ?", (row.account_id, root)
                )
                parent = parents[0] if parents and parents[0].id != item_id else None
                siblings = self._rows_where(
                    cursor,
                    "i.account_id = ? AND i.thread_external_id = ? AND i.id != ? "
                    "AND i.external_id != ? ORDER BY i.created_at LIMIT ?",
                    (row.account_id, root, item_id, root, related),
                )
            others: list[InboxRow] = []
            if author_id is not None:
                others = self._rows_where(
                    cursor,
                    "i.author_id = ? AND i.id != ? ORDER BY i.created_at DESC LIMIT ?",
                    (author_id, item_id, related),
                )
            notes = [
                Note(*n)
                for n in cursor.execute(
                    "SELECT id, author, text, created_at FROM item_notes WHERE item_id = ? "
                    "ORDER BY id",
                    (item_id,),
                )
            ]
        return ItemDetail(
            row=row,
            title=title or "",
            text=text or "",
            html=html or "",
            account_name=account_name,
            connector_id=connector_id,
            community_url=community_url or "",
            community_external_id=community_external_id or "",
            external_id=external_id,
            author_url=author_url or "",
            parent=parent,
            siblings=tuple(siblings),
            author_items=tuple(others),
            notes=tuple(notes),
            outbox=tuple(self.outbox.for_item(item_id)),
        )

    def last_item_id(self) -> int:
        """The highest item id stored: items above it arrived later (new from a sync)."""
        with self._cursor() as cursor:
            return int(cursor.execute("SELECT COALESCE(MAX(id), 0) FROM items").fetchone()[0])

    def outbox_entries(self, item_id: int) -> list[OutboxView]:
        return self.outbox.for_item(item_id)

    def communities(self) -> list[tuple[int, str, str]]:
        """(id, name, platform) of every stored community, for filter menus."""
        with self._cursor() as cursor:
            return [
                (r[0], r[1], r[2])
                for r in cursor.execute("SELECT id, name, platform FROM communities ORDER BY name")
            ]

    def tags(self) -> list[str]:
        with self._cursor() as cursor:
            return [r[0] for r in cursor.execute("SELECT DISTINCT tag FROM item_tags ORDER BY tag")]

    def assignees(self) -> list[str]:
        with self._cursor() as cursor:
            return [
                r[0]
                for r in cursor.execute(
                    "SELECT DISTINCT assignee FROM items WHERE assignee IS NOT NULL "
                    "ORDER BY assignee"
                )
            ]
