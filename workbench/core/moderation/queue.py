"""One moderation queue across platforms: an entry per item, from every source's flags.

An entry is open while it has a flag newer than the item's last resolving decision
(approve, remove, spam, warn, ban, dismiss): a new report after an approval brings the
item back. Rows come from the inbox's reads (ids to rows), so the queue shows items as
the inbox does.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from workbench.core.inbox.service import InboxRow, InboxService, ItemDetail
from workbench.core.moderation.decisions import DecisionFilter, DecisionLog, DecisionView
from workbench.core.moderation.notes import MemberNotes, NoteView
from workbench.core.moderation.sources import Flag, QueueSource, as_flag
from workbench.core.moderation.state import EntrySource, QueueOrder

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QueueEntry:
    item_id: int
    row: InboxRow
    flags: tuple[Flag, ...]
    escalated: bool = False

    @property
    def severity(self) -> int:
        return max(f.severity for f in self.flags)

    @property
    def flagged_at(self) -> datetime:
        """When the oldest open flag arrived: the entry's age counts from here."""
        return min(f.flagged_at for f in self.flags)

    @property
    def sources(self) -> tuple[EntrySource, ...]:
        return tuple(dict.fromkeys(f.source for f in self.flags))

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.rule_title for f in self.flags if f.rule_title))

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.reason for f in self.flags if f.reason))

    @property
    def reporters(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.reporter for f in self.flags if f.reporter))

    @property
    def report_count(self) -> int:
        return sum(f.count for f in self.flags if f.source is not EntrySource.DETECTOR)

    def age_seconds(self, now: datetime | None = None) -> int:
        return max(0, int(((now or datetime.now(UTC)) - self.flagged_at).total_seconds()))

    def export(self) -> dict[str, object]:
        """The `workbench moderation queue --format jsonl` line."""
        return {
            "item": self.item_id,
            "platform": self.row.platform,
            "community": self.row.community,
            "kind": self.row.kind,
            "author": self.row.author,
            "title": self.row.title or self.row.snippet[:120],
            "url": self.row.url,
            "severity": self.severity,
            "sources": [str(s) for s in self.sources],
            "rules": list(self.rules),
            "reasons": list(self.reasons),
            "reporters": list(self.reporters),
            "reports": self.report_count,
            "flagged_at": self.flagged_at.isoformat(),
            "escalated": self.escalated,
        }


@dataclass(frozen=True)
class QueueFilter:
    """Empty means any. ``text``: in the title, text snippet, author or a reason."""

    sources: tuple[EntrySource, ...] = ()
    community: str = ""
    min_severity: int = 1
    text: str = ""
    escalated_only: bool = False
    order: QueueOrder = QueueOrder.OLDEST

    def keeps(self, entry: QueueEntry) -> bool:
        if self.sources and not set(self.sources) & set(entry.sources):
            return False
        if self.community and self.community.lower() not in entry.row.community.lower():
            return False
        if entry.severity < self.min_severity or (self.escalated_only and not entry.escalated):
            return False
        if self.text:
            needle = self.text.lower()
            row = entry.row
            haystack = " ".join((row.title, row.snippet, row.author, *entry.reasons, *entry.rules))
            return needle in haystack.lower()
        return True


@dataclass(frozen=True)
class EntryContext:
    """The item in context: thread, the author's other items, notes, past decisions."""

    entry: QueueEntry
    detail: ItemDetail | None
    notes: tuple[NoteView, ...] = ()
    decisions: tuple[DecisionView, ...] = ()
    author_id: int | None = None
    author_decisions: tuple[DecisionView, ...] = field(default=())


class ModerationQueue:
    def __init__(
        self,
        *,
        inbox: InboxService,
        decisions: DecisionLog,
        notes: MemberNotes,
        sources: Sequence[QueueSource],
    ) -> None:
        self.inbox = inbox
        self.decisions = decisions
        self.notes = notes
        self.sources = list(sources)

    def add_source(self, source: QueueSource) -> None:
        """Another source of flags (the workspace adds the guideline detectors')."""
        self.sources.append(source)

    def _flags(self) -> dict[int, list[Flag]]:
        found: dict[int, list[Flag]] = {}
        for source in self.sources:
            try:
                flags = source.queue_entries()
            except Exception:  # one broken source must not empty the whole queue
                log.exception("queue source %s failed", type(source).__name__)
                continue
            for flag in flags:
                found.setdefault(flag.item_id, []).append(as_flag(flag))
        return found

    def entries(self, where: QueueFilter = QueueFilter()) -> list[QueueEntry]:
        flags = self._flags()
        resolved = self.decisions.resolved_at(flags)
        open_flags = {
            item_id: [
                f for f in item_flags if item_id not in resolved or f.flagged_at > resolved[item_id]
            ]
            for item_id, item_flags in flags.items()
        }
        open_flags = {i: f for i, f in open_flags.items() if f}
        # Escalated since the item was last resolved (a reopened entry starts afresh).
        escalated = {
            item_id
            for item_id, at in self.decisions.escalated(open_flags).items()
            if item_id not in resolved or at >= resolved[item_id]
        }
        rows = {r.id: r for r in self.inbox.rows(list(open_flags))}
        entries = [
            QueueEntry(item_id, rows[item_id], tuple(item_flags), item_id in escalated)
            for item_id, item_flags in open_flags.items()
            if item_id in rows and not rows[item_id].deleted
        ]
        entries = [e for e in entries if where.keeps(e)]
        if where.order is QueueOrder.SEVERITY:
            entries.sort(key=lambda e: (-e.severity, e.flagged_at, e.item_id))
        else:
            entries.sort(
                key=lambda e: (e.flagged_at, e.item_id),
                reverse=where.order is QueueOrder.NEWEST,
            )
        return entries

    def entry(self, item_id: int) -> QueueEntry | None:
        return next((e for e in self.entries() if e.item_id == item_id), None)

    def context(self, entry: QueueEntry) -> EntryContext:
        detail = self.inbox.detail(entry.item_id)
        author_id = self.notes.author_of(entry.item_id)
        notes = tuple(self.notes.for_member(author_id)) if author_id else ()
        return EntryContext(
            entry=entry,
            detail=detail,
            notes=notes,
            decisions=tuple(self.decisions.entries(DecisionFilter(item_id=entry.item_id))),
            author_id=author_id,
            author_decisions=tuple(self.decisions.entries(DecisionFilter(member_ids=(author_id,))))
            if author_id
            else (),
        )
