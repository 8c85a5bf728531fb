"""Backtest a rule's detectors on the stored history before turning the rule on.

How many items it would have caught, per community, and a random sample of 50 to judge:
each item marked right or wrong is kept (by the detectors' key, so an edited rule starts
afresh) and gives a precision estimate with its sample size.

Watched words ask the full-text index for candidates first and check only those with the
real pattern; other detectors read every stored item once, in C loops where they can
(RE2 over the texts): benchmarks/backtest.py.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter

from sqlalchemy import delete, select

from workbench.core.guidelines.after_sync import item_texts
from workbench.core.guidelines.detectors import (
    Detector,
    ItemText,
    detectors_key,
    text_fingerprint,
)
from workbench.core.guidelines.matcher import RuleMatcher, RuleSpec, text_pattern
from workbench.core.guidelines.scan import JoinedSearch
from workbench.core.guidelines.state import DetectorKind
from workbench.core.guidelines.words import fts_terms
from workbench.db.guidelines import backtest_reads
from workbench.db.models import BacktestJudgement, Community
from workbench.db.store import Store

SAMPLE = 50


@dataclass(frozen=True)
class CommunityCount:
    community_id: int | None
    name: str
    count: int


@dataclass(frozen=True)
class BacktestResult:
    key: str  # names these detectors: judgements are kept under it
    total: int
    per_community: tuple[CommunityCount, ...]
    sample: tuple[int, ...]  # item ids to judge


@dataclass(frozen=True)
class Precision:
    right: int
    judged: int

    @property
    def estimate(self) -> float | None:
        return self.right / self.judged if self.judged else None

    @property
    def margin(self) -> float | None:
        """Half the width of the 95% Wilson interval around the estimate."""
        if not self.judged:
            return None
        n, p, z = self.judged, self.right / self.judged, 1.96
        return z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)


@dataclass(frozen=True)
class MatchedItem:
    item_id: int
    account: str
    external_id: str
    community: str
    title: str = ""
    text: str = ""  # its first 1,000 characters, to judge it by


def _prefilter(detectors: Sequence[Detector]) -> list[tuple[str, bool]] | None:
    """Full-text terms covering every detector's matches, or None (scan everything)."""
    terms: list[tuple[str, bool]] = []
    for detector in detectors:
        if detector.kind is not DetectorKind.WORDS:
            return None
        found = fts_terms(detector.words)
        if found is None:
            return None
        terms += found
    return terms


class Backtester:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.reads = backtest_reads(store.engine)

    def matching_ids(
        self, detectors: Sequence[Detector], community_ids: Sequence[int] | None
    ) -> Iterator[tuple[int, int | None]]:
        """(item id, community id) of every stored item the detectors catch."""
        for detector in detectors:
            detector.check()
        same_text = [d for d in detectors if d.kind is DetectorKind.SAME_TEXT]
        others = tuple(d for d in detectors if d.kind is not DetectorKind.SAME_TEXT)
        matcher = RuleMatcher([RuleSpec(0, None, others)], name_words=False) if others else None
        caught: set[int] = set()
        if matcher is not None:
            joined = JoinedSearch.of([text_pattern(d) for d in others])
            for rows in self.reads.bodies(community_ids, _prefilter(others)):
                if joined is not None:
                    bodies = list(map(itemgetter(2), rows))  # C, not a Python loop
                    rows = [rows[i] for i in joined.candidate_indexes(bodies)]
                # The body already joins title and text, as ItemText.body would.
                items = [ItemText(i, c, "", b.decode("utf-8", "replace")) for i, c, b in rows]
                by_id = {i.id: i.community_id for i in items}
                for hit in matcher.match(items):
                    caught.add(hit.item_id)
                    yield hit.item_id, by_id[hit.item_id]
        for detector in same_text:
            for item_id, community_id in self._same_text(detector, community_ids):
                if item_id not in caught:
                    caught.add(item_id)
                    yield item_id, community_id

    def _same_text(
        self, detector: Detector, community_ids: Sequence[int] | None
    ) -> Iterator[tuple[int, int | None]]:
        """Items whose text appears in enough communities within the window (whole history:
        the other communities count even when the backtest is for one)."""
        seen: dict[int, list[ItemText]] = {}
        for rows in self.reads.scan(None, None):
            for item in item_texts(rows):
                value = text_fingerprint(item.body)
                if value is not None:
                    seen.setdefault(value, []).append(item)
        window = detector.window_hours * 3600
        wanted = set(community_ids) if community_ids is not None else None
        for group in seen.values():
            if len(group) < detector.communities:
                continue
            for item in group:
                if wanted is not None and item.community_id not in wanted:
                    continue
                near = {
                    o.community_id for o in group if abs(o.created_at - item.created_at) <= window
                }
                if len(near) >= detector.communities:
                    yield item.id, item.community_id

    def run(
        self,
        detectors: Sequence[Detector],
        community_ids: Sequence[int] | None = None,
        *,
        sample: int = SAMPLE,
        seed: int | None = None,
    ) -> BacktestResult:
        ids: list[int] = []
        counts: Counter[int | None] = Counter()
        for item_id, community_id in self.matching_ids(detectors, community_ids):
            ids.append(item_id)
            counts[community_id] += 1
        with self.store.session() as session:
            names: dict[int, str] = {
                row.id: row.name for row in session.execute(select(Community.id, Community.name))
            }
        per = tuple(
            CommunityCount(c, names.get(c, "") if c is not None else "", n)
            for c, n in counts.most_common()
        )
        picked = random.Random(seed).sample(ids, min(sample, len(ids)))
        return BacktestResult(detectors_key(detectors), len(ids), per, tuple(sorted(picked)))

    def describe(self, ids: Sequence[int]) -> list[MatchedItem]:
        found = self.reads.describe(ids)
        return [MatchedItem(i, *found[i]) for i in ids if i in found]

    # -- judging ----------------------------------------------------------------------

    def judge(self, key: str, item_id: int, correct: bool | None) -> None:
        """Mark a sampled item right or wrong (None: take the judgement back)."""
        with self.store.writing() as session:
            session.execute(
                delete(BacktestJudgement).where(
                    BacktestJudgement.key == key, BacktestJudgement.item_id == item_id
                )
            )
            if correct is not None:
                session.add(
                    BacktestJudgement(
                        key=key, item_id=item_id, correct=correct, judged_at=datetime.now(UTC)
                    )
                )

    def judgements(self, key: str) -> dict[int, bool]:
        with self.store.session() as session:
            rows = session.execute(
                select(BacktestJudgement.item_id, BacktestJudgement.correct).where(
                    BacktestJudgement.key == key
                )
            )
            return {row.item_id: row.correct for row in rows}

    def precision(self, key: str) -> Precision:
        marks = self.judgements(key).values()
        return Precision(sum(1 for m in marks if m), len(marks))
