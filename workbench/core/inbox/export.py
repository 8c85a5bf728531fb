"""Export the current inbox view to CSV, streamed a page at a time."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from typing import TextIO

from workbench.core.inbox.query import View
from workbench.core.inbox.service import InboxService

HEADER = (
    "time",
    "platform",
    "community",
    "kind",
    "author",
    "title",
    "text",
    "state",
    "priority",
    "assignee",
    "tags",
    "flags",
    "deleted",
    "url",
)
PAGE = 2000


def _safe(value: str) -> str:
    # Spreadsheets run cells starting with = + - @ as formulas (CSV injection).
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def export_csv(service: InboxService, view: View, out: TextIO) -> int:
    """Write the items of ``view`` in its order to ``out``; returns how many rows."""
    ids = service.ids(view).ids
    writer = csv.writer(out)
    writer.writerow(HEADER)
    written = 0
    for start in range(0, len(ids), PAGE):
        for row in service.rows(ids[start : start + PAGE], full_text=True):
            writer.writerow(
                [
                    datetime.fromtimestamp(row.created_at, UTC).isoformat(),
                    row.platform,
                    _safe(row.community),
                    row.kind,
                    _safe(row.author),
                    _safe(row.title),
                    _safe(row.snippet),
                    row.state,
                    row.priority,
                    _safe(row.assignee),
                    _safe(",".join(row.tags)),
                    ",".join(row.flags),
                    "yes" if row.deleted else "",
                    row.url,
                ]
            )
            written += 1
    return written
