"""Export of stored items as plain records (JSON lines), streamed in id order.

Each record carries the item's flags (own, question, manual, ...) and tags, so that every
number in Analytics can be checked from the export (docs/analytics.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import select

from workbench.db.models import Account, Community, Item, ItemTag, Member
from workbench.db.store import Store

PAGE = 5000


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def export_items(store: Store, *, account_id: int | None = None) -> Iterator[dict[str, Any]]:
    """Every stored item, tombstones included (their text is empty), without raw payloads."""
    query = (
        select(
            Account.name,
            Community.name,
            Community.platform,
            Item.kind,
            Item.external_id,
            Item.parent_external_id,
            Item.thread_external_id,
            Member.name,
            Item.created_at,
            Item.edited_at,
            Item.deleted_at,
            Item.title,
            Item.text,
            Item.url,
            Item.state,
            Item.id,
            Item.flags,
        )
        .join(Account, Account.id == Item.account_id)
        .outerjoin(Community, Community.id == Item.community_id)
        .outerjoin(Member, Member.id == Item.author_id)
        .order_by(Item.id)
        .limit(PAGE)
    )
    if account_id:
        query = query.where(Item.account_id == account_id)
    after = 0
    while True:
        with store.session() as session:
            rows = session.execute(query.where(Item.id > after)).all()
        if not rows:
            return
        tags = _tags(store, rows[0][15], rows[-1][15])
        for row in rows:
            yield {
                "account": row[0],
                "community": row[1],
                "platform": row[2],
                "kind": row[3],
                "external_id": row[4],
                "parent": row[5],
                "thread": row[6],
                "author": row[7],
                "created_at": _iso(row[8]),
                "edited_at": _iso(row[9]),
                "deleted_at": _iso(row[10]),
                "title": row[11],
                "text": row[12],
                "url": row[13],
                "state": row[14],
                "flags": [f for f in (row[16] or "").split(",") if f],
                "tags": tags.get(row[15], []),
            }
        after = rows[-1][15]


def _tags(store: Store, first: int, last: int) -> dict[int, list[str]]:
    """The tags of the items with ids in [first, last], sorted, by item id."""
    found: dict[int, list[str]] = {}
    with store.session() as session:
        rows = session.execute(
            select(ItemTag.item_id, ItemTag.tag)
            .where(ItemTag.item_id.between(first, last))
            .order_by(ItemTag.item_id, ItemTag.tag)
        )
        for item_id, tag in rows:
            found.setdefault(item_id, []).append(tag)
    return found
