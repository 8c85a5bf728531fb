"""Items to store rows: ids looked up, times as epoch seconds, a content hash per row.

Pure Python, no database: the writer builds the rows of the next batch here while SQLite
is still filling the full-text index for the previous one (see writer.py). Items whose
author or community has no id yet are left out and named, for the writer to resolve.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from connectors.api import ItemKind, ItemRecord
from workbench.db.interfaces import Row

__all__ = ["EXTERNAL_ID", "HASH", "Row", "build_rows", "content_hash", "epoch", "first_of_each"]

# Positions in a row (the columns of ItemWrites.insert, see db/interfaces.py Row).
EXTERNAL_ID, HASH = 3, 17

_KIND_VALUES = {kind: kind.value for kind in ItemKind}
_blake2b = hashlib.blake2b
_from_bytes = int.from_bytes


def epoch(value: datetime | None) -> int | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return int(value.timestamp())


def content_hash(fields: Sequence[object]) -> int:
    """A stable 64-bit hash of an item's platform fields (Python's hash() is salted)."""
    data = "\x1f".join("" if f is None else str(f) for f in fields).encode("utf-8", "replace")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True)


def pack_raw(raw: Any) -> bytes | None:
    if not raw:
        return None
    return zlib.compress(json.dumps(raw, separators=(",", ":"), default=str).encode(), 1)


def unpack_raw(blob: bytes | None) -> Any:
    return None if blob is None else json.loads(zlib.decompress(blob))


def first_of_each(items: Sequence[ItemRecord]) -> list[ItemRecord]:
    """The items with each external id once (the first), in order."""
    seen: set[str] = set()
    out: list[ItemRecord] = []
    for item in items:
        if item.external_id not in seen:
            seen.add(item.external_id)
            out.append(item)
    return out


def build_rows(
    items: Sequence[ItemRecord],
    *,
    account_id: int,
    platform: str,
    members: dict[tuple[str, str], int],
    communities: dict[str, int],
    now: int,
) -> tuple[list[Row | None], list[int]]:
    """Rows for ``items`` (same order) and the positions left as None: their author or
    community has no id in ``members``/``communities`` yet."""
    rows: list[Row | None] = []
    append = rows.append
    missing: list[int] = []
    for position, item in enumerate(items):
        author = item.author
        author_id = None
        if author is not None:
            author_id = members.get((author.platform or platform, author.external_id))
        community_id = communities.get(item.community_id)
        if community_id is None or (author_id is None and author is not None):
            append(None)
            missing.append(position)
            continue
        kind = _KIND_VALUES[item.kind]
        moment = item.created_at
        created = int(
            (moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)).timestamp()
        )
        edited = None if item.edited_at is None else epoch(item.edited_at)
        flags = ",".join(item.flags) if item.flags else ""
        parent_id, thread_id = item.parent_id, item.thread_id
        title, text, html, url = item.title, item.text, item.html, item.url
        score, reply_count = item.score, item.reply_count
        # content_hash of the same fields, inlined: this loop is the sync's hottest code
        # (a test holds the two equal, or every stored item would look changed once).
        digest = _from_bytes(
            _blake2b(
                (
                    f"{community_id}\x1f{kind}\x1f{'' if parent_id is None else parent_id}"
                    f"\x1f{'' if thread_id is None else thread_id}\x1f"
                    f"{'' if author_id is None else author_id}\x1f{created}\x1f"
                    f"{'' if edited is None else edited}\x1f{title}\x1f{text}\x1f{html}"
                    f"\x1f{url}\x1f{'' if score is None else score}\x1f"
                    f"{'' if reply_count is None else reply_count}\x1f{flags}"
                ).encode("utf-8", "replace"),
                digest_size=8,
            ).digest(),
            "little",
            signed=True,
        )
        append(
            (
                account_id,
                community_id,
                kind,
                item.external_id,
                parent_id,
                thread_id,
                author_id,
                created,
                edited,
                title,
                text,
                html,
                url,
                score,
                reply_count,
                flags,
                pack_raw(item.raw) if item.raw else None,
                digest,
                now,
            )
        )
    return rows, missing
