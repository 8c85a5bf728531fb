"""The sync step that runs active rules' detectors on each commit's new and changed items.

Registered with the sync engine by the Workspace (an ``AfterCommit``). It reads the new
rows of the commit by id range, one query each, matches them with the rules compiled once
(one RE2 set per community: benchmarks/rules_sync.py), and writes the hits in bulk, in a
transaction of its own after the sync's commit: a failure here loses hits, never items.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence

from workbench.core.guidelines.detectors import ItemText, text_fingerprint
from workbench.core.guidelines.documents import GuidelineService
from workbench.core.guidelines.matcher import Hit, RuleMatcher
from workbench.core.guidelines.state import DetectorKind
from workbench.core.sync.after_commit import Committed
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.guidelines import rule_writes
from workbench.db.interfaces import RuleWrites, TextRow
from workbench.db.store import Store

log = logging.getLogger(__name__)


def item_texts(rows: Sequence[TextRow]) -> list[ItemText]:
    # The row's columns are ItemText's first fields, in order.
    return [ItemText(*row) for row in rows]


def same_text_hits(
    matcher: RuleMatcher, writes: RuleWrites, items: Sequence[ItemText]
) -> list[Hit]:
    """Hits of same-text rules: this text in enough communities within the rule's window.

    While such a rule is active every new item's fingerprint is kept (the others count as
    the places a text was seen); items are checked where a rule asks for it.
    """
    prints = [(item, value) for item in items if (value := text_fingerprint(item.body))]
    if not prints:
        return []
    widest = max(d.window_hours for r in matcher.rules for d in r.detectors)
    oldest = min(item.created_at for item, _ in prints) - widest * 3600
    seen = writes.communities_with_text([value for _, value in prints], oldest)
    writes.add_fingerprints([(i.id, v, i.community_id, i.created_at) for i, v in prints])
    hits = []
    for item, value in prints:
        places = seen.setdefault(value, set())
        places.add(item.community_id)
        for rule_id, detector in matcher.same_text_rules(item.community_id):
            if len(places) >= detector.communities:
                reason = Words(
                    "Detectors",
                    QT_TRANSLATE_NOOP("Detectors", "The same text in {n} communities"),
                    {"n": len(places)},
                )
                hits.append(Hit(rule_id, item.id, DetectorKind.SAME_TEXT, reason))
    return hits


class GuidelinesStep:
    """Runs after each committed group of a sync (see core/sync/after_commit.py)."""

    name = "guideline detectors"

    def __init__(self, store: Store, guidelines: GuidelineService) -> None:
        self.store = store
        self.guidelines = guidelines
        self._lock = threading.Lock()  # accounts sync side by side: compile once
        self._signature: tuple[int, ...] | None = None
        self._matcher = RuleMatcher([])
        self.hits_written = 0
        self.seconds = 0.0  # spent in this step, for benchmarks/rules_sync.py

    def matcher(self) -> RuleMatcher:
        """The active rules compiled, again only when a rule changed since."""
        signature = self.guidelines.signature()
        with self._lock:
            if signature != self._signature:
                self._matcher = RuleMatcher(self.guidelines.active_rules())
                self._signature = signature
            return self._matcher

    def __call__(self, committed: Committed) -> None:
        matcher = self.matcher()
        if matcher.empty:
            return
        started = time.perf_counter()
        now = int(time.time())
        with self.store.writing_immediately() as connection:
            writes = rule_writes(connection)
            try:
                hits: list[Hit] = []
                for first, last in committed.new_id_ranges:
                    rows = writes.texts_in_range(first, last)
                    hits += matcher.match(rows)  # rows as they are: no object per item
                    if matcher.needs_history():
                        hits += same_text_hits(matcher, writes, item_texts(rows))
                if committed.changed_ids:
                    hits += matcher.match(writes.texts_of(committed.changed_ids))
                written = writes.add_hits(
                    [(h.rule_id, h.item_id, str(h.kind), str(h.reason), now) for h in hits]
                )
            finally:
                writes.close()
        self.hits_written += written
        self.seconds += time.perf_counter() - started
        log.debug(
            "detectors: %d new hits on %d new and %d changed items in %.3f s",
            written,
            committed.new_count,
            len(committed.changed_ids),
            time.perf_counter() - started,
        )
