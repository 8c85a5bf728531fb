"""Export of stored items as plain records (JSON lines), streamed in id order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text

from workbench.db.store import Store

QUERY = """
SELECT a.name, c.name, c.platform, i.kind, i.external_id, i.parent_external_id,
       i.thread_external_id, m.name, i.created_at, i.edited_at, i.deleted_at, i.title, i.text,
       i.url, i.state, i.id
FROM items i
JOIN accounts a ON a.id = i.account_id
LEFT JOIN communities c ON c.id = i.community_id
LEFT JOIN members m ON m.id = i.author_id
WHERE i.id > :after {account}
ORDER BY i.id
LIMIT 5000
"""


def _iso(epoch: int | None) -> str | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC).isoformat()


def export_items(store: Store, *, account_id: int | None = None) -> Iterator[dict[str, Any]]:
    """Every stored item, tombstones included (their text is empty), without raw payloads."""
    sql = text(QUERY.format(account="AND i.account_id = :account" if account_id else ""))
    after = 0
    while True:
        with store.session() as session:
            rows = session.execute(sql, {"after": after, "account": account_id}).all()
        if not rows:
            return
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
            }
        after = rows[-1][15]
