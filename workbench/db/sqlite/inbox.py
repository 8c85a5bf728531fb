"""The inbox's reads on SQLite: ids of a filter in order, rows, counts and item detail.

Reads go through the DBAPI cursor: on a million ids the ORM's per-row cost would be most
of the time. Two read connections of its own ("lanes") keep quick reads (first pages,
rows, counts, details) from queueing behind a long one (a full id list), and only two
modest page caches fill up, not every pooled connection's 64 MiB.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from workbench.db.interfaces import InboxRow, ItemFilter, Note, SearchFailed, StoredDetail
from workbench.db.sqlite import inbox_search
from workbench.db.sqlite.connect import ReadLane
from workbench.db.sqlite.views import AUTHOR_MATCH, Compiled, author_patterns, compile_filter

CHUNK = 500
MANY_AUTHORS = 50  # an author prefix matching more members keeps its subquery
ROW_COLUMNS = (
    "i.id, i.account_id, c.platform, c.name, i.kind, m.name, m.display_name, "
    "substr(i.title, 1, 300), substr(i.text, 1, 300), i.created_at, i.state, i.priority, "
    "i.assignee, i.flags, i.snoozed_until, i.deleted_at, i.url, "
    "(SELECT group_concat(tag, ',') FROM item_tags t WHERE t.item_id = i.id)"
)
FULL_ROW_COLUMNS = ROW_COLUMNS.replace("substr(i.text, 1, 300)", "i.text")
ROW_FROM = (
    "FROM items i LEFT JOIN communities c ON c.id = i.community_id "
    "LEFT JOIN members m ON m.id = i.author_id"
)


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


class SqliteInboxReads:
    def __init__(self, path: str) -> None:
        self.path = path
        self._quick = ReadLane(path)
        self._long = ReadLane(path)

    def close(self) -> None:
        self._quick.close()
        self._long.close()

    # -- ids and counts ---------------------------------------------------------------

    def ids(self, query: ItemFilter, *, limit: int | None) -> tuple[array[int], bool]:
        query = self._authors_resolved(query)
        compiled = compile_filter(query)
        try:
            if limit is not None and (compiled.search.match or compiled.search.exclude):
                with self._quick.cursor() as cursor:
                    chosen = inbox_search.plan(cursor, compiled.search, limit)
                if chosen.windowed:
                    return self._window(query, compiled, limit, chosen.first_window)
                if chosen.matches is not None:
                    among = compile_filter(query, fts=False).among(chosen.matches)
                    return self._fetch_ids(among.by_matches(), limit)
            return self._fetch_ids(compiled.by_matches(), limit, long=limit is None)
        except sqlite3.OperationalError as error:
            # Search terms are quoted, so this should not happen; if FTS5 still refuses
            # something, the caller tells the user in a note.
            if compiled.search.match or compiled.search.exclude:
                raise SearchFailed(str(error)) from error
            raise

    def _fetch_ids(
        self, compiled: Compiled, limit: int | None, *, long: bool = False
    ) -> tuple[array[int], bool]:
        sql, params = compiled.select(limit=limit)
        ids = array("q")
        with (self._long if long else self._quick).cursor() as cursor:
            cursor.execute(sql, params)
            while chunk := cursor.fetchmany(20000):
                ids.extend(r[0] for r in chunk)
        return ids, limit is None or len(ids) < limit

    def _authors_resolved(self, query: ItemFilter) -> ItemFilter:
        """Author names looked up first: one member is then read through the author
        index in order (17 ms to sort a busy member's 9,437 items through a subquery)."""
        if not query.authors:
            return query
        found: list[tuple[int, ...]] = []
        with self._quick.cursor() as cursor:
            for author in query.authors:
                ids = tuple(
                    r[0]
                    for r in cursor.execute(
                        f"SELECT id FROM members WHERE {AUTHOR_MATCH} LIMIT ?",
                        (*author_patterns(author), MANY_AUTHORS + 1),
                    )
                )
                if len(ids) > MANY_AUTHORS:
                    return query  # a prefix that broad: the subquery serves as well
                found.append(ids)
        return replace(query, authors=(), author_ids=tuple(found))

    def _window(
        self, query: ItemFilter, compiled: Compiled, limit: int, size: int
    ) -> tuple[array[int], bool]:
        """The first ``limit`` matches of a common search, without sorting every match.

        Take the first ``size`` ids of the filter without the full-text terms (an index
        range, in order), keep those the full-text index matches within their rowid span,
        and widen until enough are found: the kept ids are a correct prefix of the full
        answer. When the filter's every id was looked at, the answer is complete (a rare
        author with a common word needs no second query for "the rest").
        """
        base = compile_filter(query, fts=False)
        while True:
            candidates = self._fetch_ids(base, size)[0]
            if not candidates:
                return array("q"), True
            with self._quick.cursor() as cursor:
                hits = inbox_search.hits_in(cursor, compiled.search, candidates)
            if len(hits) >= limit:
                return hits[:limit], False
            if len(candidates) < size:  # every id of the filter was looked at
                return hits, True
            size = inbox_search.wider(size, len(hits), limit)

    def count(self, query: ItemFilter, *, cap: int | None) -> int:
        compiled = compile_filter(query)
        sql, params = compiled.count(cap)
        try:
            # The long lane: eight sidebar counts on the quick one held up the next view's
            # first page (benchmarks/inbox_gui.py); a count can wait, the rows cannot.
            with self._long.cursor() as cursor:
                return int(cursor.execute(sql, params).fetchone()[0])
        except sqlite3.OperationalError:
            if not compiled.search.match and not compiled.search.exclude:
                raise
            return 0

    # -- rows ---------------------------------------------------------------------------

    def rows(self, ids: Sequence[int], *, full_text: bool) -> list[InboxRow]:
        columns = FULL_ROW_COLUMNS if full_text else ROW_COLUMNS
        found: dict[int, InboxRow] = {}
        with self._quick.cursor() as cursor:
            for start in range(0, len(ids), CHUNK):
                chunk = tuple(ids[start : start + CHUNK])
                marks = ",".join("?" * len(chunk))
                for r in cursor.execute(
                    f"SELECT {columns} {ROW_FROM} WHERE i.id IN ({marks})", chunk
                ):
                    found[r[0]] = _row(r)
        return [found[i] for i in ids if i in found]

    def _rows_where(self, cursor: Any, where: str, params: tuple[Any, ...]) -> list[InboxRow]:
        return [
            _row(r)
            for r in cursor.execute(f"SELECT {ROW_COLUMNS} {ROW_FROM} WHERE {where}", params)
        ]

    def detail(self, item_id: int, *, related: int) -> StoredDetail | None:
        with self._quick.cursor() as cursor:
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
        return StoredDetail(
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
        )

    # -- lookups ----------------------------------------------------------------------

    def _column(self, sql: str) -> list[Any]:
        with self._quick.cursor() as cursor:
            return [r[0] for r in cursor.execute(sql)]

    def last_item_id(self) -> int:
        return int(self._column("SELECT COALESCE(MAX(id), 0) FROM items")[0])

    def communities(self) -> list[tuple[int, str, str]]:
        with self._quick.cursor() as cursor:
            return [
                (r[0], r[1], r[2])
                for r in cursor.execute("SELECT id, name, platform FROM communities ORDER BY name")
            ]

    def tags(self) -> list[str]:
        return self._column("SELECT DISTINCT tag FROM item_tags ORDER BY tag")

    def assignees(self) -> list[str]:
        return self._column(
            "SELECT DISTINCT assignee FROM items WHERE assignee IS NOT NULL ORDER BY assignee"
        )
