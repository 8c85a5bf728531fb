"""The first page of a full-text search, on SQLite: sort every match, or read a window.

A search matching few items is answered by looking every match up in the covering index
(migration 0016) and sorting them: 20,000 matches take about 30 ms there. A common one is
answered a window at a time (``first_matches``): the first N ids of the filter without the
full-text terms, kept where the full-text index matches them within their rowid span.

Which of the two, and how wide the first window, comes from a sample: how many of the
newest SAMPLE items the search matches (about a millisecond, even for a phrase). Counting
the matches instead cost 35-48 ms for a phrase of common words, and a window of a fixed
800 ids took three widenings for a word one item in twenty holds (benchmarks/inbox_core.py).
"""

from __future__ import annotations

import math
import sqlite3
from array import array
from dataclasses import dataclass

from workbench.db.sqlite.fts import Expressions

COMMON_MATCHES = 20_000  # more matches than this are read a window at a time
SAMPLE = 5_000  # the newest ids a search is tried on
SURE = 2  # a sample saying "common" by this factor needs no exact count
MARGIN = 1.5  # a first window this much wider than the sample's rate asks for

MATCHES_IN_SPAN = "SELECT rowid FROM items_fts WHERE items_fts MATCH ? AND rowid BETWEEN ? AND ?"
SAMPLED = "SELECT count(*) FROM items_fts WHERE items_fts MATCH ? AND rowid > ?"
MATCHES_CAPPED = "SELECT rowid FROM items_fts WHERE items_fts MATCH ? LIMIT ?"
COUNT_CAPPED = f"SELECT count(*) FROM ({MATCHES_CAPPED})"


@dataclass(frozen=True)
class Plan:
    windowed: bool
    first_window: int = 0  # ids of the filter read first (windowed only)
    # Sorted, not windowed: the matches, when finding them was costly enough to keep
    # them rather than have FTS5 find them again inside the sorting query.
    matches: array[int] | None = None


def plan(cursor: sqlite3.Cursor, search: Expressions, limit: int) -> Plan:
    """How to find the first ``limit`` matches of ``search`` (it has terms)."""
    newest = int(cursor.execute("SELECT COALESCE(MAX(id), 0) FROM items").fetchone()[0])
    sample = min(SAMPLE, newest)
    if sample == 0:
        return Plan(windowed=False)
    since = newest - sample
    share = 1.0
    if search.match:
        share = _count(cursor, search.match, since) / sample
    if search.exclude:
        # The sample's hits of both, assumed independent: an estimate, the window's
        # widening corrects it.
        share *= 1 - _count(cursor, search.exclude, since) / sample
        return Plan(windowed=True, first_window=_width(share, limit))
    if share * newest > SURE * COMMON_MATCHES:
        return Plan(windowed=True, first_window=_width(share, limit))
    # Rare among the newest (or not sure): count for real, capped. An old word the newest
    # items lack would otherwise make a window read through the whole store. A phrase or
    # an exclusion is collected instead: for "many -the" or a phrase of common words,
    # finding the matches is most of the cost (15-35 ms), so it is done once.
    if search.costly:
        matches = array("q", (r[0] for r in cursor.execute(MATCHES_CAPPED, _capped(search))))
        found = len(matches)
        if found <= COMMON_MATCHES:
            return Plan(windowed=False, matches=matches)
    else:
        found = int(cursor.execute(COUNT_CAPPED, _capped(search)).fetchone()[0])
        if found <= COMMON_MATCHES:
            return Plan(windowed=False)
    return Plan(windowed=True, first_window=_width(found / newest, limit))


def _capped(search: Expressions) -> tuple[str | None, int]:
    return search.match, COMMON_MATCHES + 1


def _count(cursor: sqlite3.Cursor, expression: str, since: int) -> int:
    return int(cursor.execute(SAMPLED, (expression, since)).fetchone()[0])


def _width(share: float, limit: int) -> int:
    """Ids to read first for ``limit`` hits at ``share``: at least a little over a page
    (a word in two items of three: 447 ids, not 800, and a third of the span to read),
    at most what a share of 1 in 1,000 asks; the window widens from what it finds
    (``wider``)."""
    return max(limit + limit // 4, math.ceil(limit / max(share, 0.001) * MARGIN))


def wider(size: int, found: int, limit: int) -> int:
    """The next window, from the share of the last one that matched: wide enough for the
    missing hits at that rate, at least twice and at most sixteen times the last."""
    if found == 0:
        return size * 8
    wanted = size + (limit - found) * size / found * MARGIN
    return min(size * 16, max(size * 2, math.ceil(wanted)))


def hits_in(cursor: sqlite3.Cursor, search: Expressions, candidates: array[int]) -> array[int]:
    """The candidates (in their order) the search matches."""
    span = (min(candidates), max(candidates))
    matching: set[int] = set()
    if search.match:
        matching = {r[0] for r in cursor.execute(MATCHES_IN_SPAN, (search.match, *span))}
    excluded: set[int] = set()
    if search.exclude:
        excluded = {r[0] for r in cursor.execute(MATCHES_IN_SPAN, (search.exclude, *span))}
    return array(
        "q",
        (i for i in candidates if (not search.match or i in matching) and i not in excluded),
    )
