"""What core asks of a store, in typed calls: the seam between core and a database dialect.

Core decides what a view means, what a sync writes and what an undo puts back; a store
implementation (workbench/db/sqlite/ today, a postgres/ folder later) decides how: the SQL,
the full-text index, transaction modes and connections. ``Store`` (db/store.py) picks the
implementation by dialect and hands out these interfaces.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple, Protocol

from sqlalchemy import Connection

OrderKey = Literal["newest", "oldest", "priority", "snooze"]

# Columns triage may change (TriageWrites.change); a store refuses any other name.
TRIAGE_COLUMNS = frozenset({"state", "priority", "assignee", "snoozed_until"})


class StoreError(Exception):
    """The store cannot be opened or used; the message says why in plain words."""


# -- queries ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SearchTerm:
    """One word or phrase the user typed; ``prefix``: it was ``word*``."""

    text: str
    prefix: bool = False


@dataclass(frozen=True)
class TextSearch:
    """Full-text terms: every group must match (any term of a group), none of ``excluded``."""

    groups: tuple[tuple[SearchTerm, ...], ...] = ()
    excluded: tuple[SearchTerm, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.groups or self.excluded)


@dataclass(frozen=True)
class ItemFilter:
    """A view resolved for the store: every value concrete ("@me" and "24 hours" are
    already a name and a time). Empty tuples and None mean "any"."""

    states: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    community_ids: tuple[int, ...] = ()
    platforms: tuple[str, ...] = ()
    assignee: str | None = None
    tags: tuple[str, ...] = ()
    since: int | None = None
    until: int | None = None
    after_id: int | None = None
    hide_deleted: bool = False
    hide_own: bool = False  # leave out items flagged "own" (the team's)
    # Question posts created at or before this time with no reply flagged "own".
    unanswered_before: int | None = None
    text: TextSearch = field(default_factory=TextSearch)
    authors: tuple[str, ...] = ()  # name or display name starts with
    # Authors already looked up: for each one, the ids of the members it names.
    author_ids: tuple[tuple[int, ...], ...] = ()
    communities: tuple[str, ...] = ()  # name contains, or external id is
    order: OrderKey = "newest"


class SearchFailed(Exception):
    """The full-text index refused a search (the message is the index's own words)."""


# -- records ----------------------------------------------------------------------------


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


@dataclass(frozen=True)
class Note:
    id: int
    author: str
    text: str
    created_at: int


@dataclass(frozen=True)
class StoredDetail:
    """What the store holds about one item, for the item view."""

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
    parent: InboxRow | None
    siblings: tuple[InboxRow, ...]
    author_items: tuple[InboxRow, ...]
    notes: tuple[Note, ...]


# (id, state, priority, assignee, snoozed_until) of an item before a triage action.
Snapshot = tuple[int, str, int, str | None, int | None]
# An item row as the sync writes it: the columns of ``ItemWrites.insert`` in order
# (account_id, community_id, kind, external_id, parent, thread, author_id, created_at,
# edited_at, title, text, html, url, score, reply_count, flags, raw, content_hash, synced_at).
Row = tuple[Any, ...]
# A community as the sync writes it: external_id, platform, name, url, type, description.
CommunityValues = tuple[str, str, str, str, str | None, str]


# -- interfaces ------------------------------------------------------------------------


class InboxReads(Protocol):
    """Reads for one inbox: quick ones never wait behind a long one (a full id list)."""

    def ids(self, query: ItemFilter, *, limit: int | None) -> tuple[array[int], bool]:
        """Ids in the filter's order (the first ``limit``) and whether that is all of
        them; raises SearchFailed if the full-text index refuses ``query.text``."""

    def count(self, query: ItemFilter, *, cap: int | None) -> int: ...
    def rows(self, ids: Sequence[int], *, full_text: bool) -> list[InboxRow]: ...
    def detail(self, item_id: int, *, related: int) -> StoredDetail | None: ...
    def last_item_id(self) -> int: ...
    def communities(self) -> list[tuple[int, str, str]]: ...
    def tags(self) -> list[str]: ...
    def assignees(self) -> list[str]: ...
    def close(self) -> None: ...


class TriageWrites(Protocol):
    """Triage changes, each call one transaction under the store's write lock."""

    def change(self, ids: Sequence[int], values: Mapping[str, Any]) -> tuple[Snapshot, ...]:
        """Set TRIAGE_COLUMNS ``values`` on ``ids``; returns the values before."""

    def add_tag(self, ids: Sequence[int], tag: str) -> list[tuple[int, str]]: ...
    def remove_tag(self, ids: Sequence[int], tag: str) -> list[tuple[int, str]]: ...
    def add_notes(self, ids: Sequence[int], text: str, author: str, now: int) -> list[int]: ...

    def restore(
        self,
        before: Sequence[Snapshot],
        *,
        tags_added: Sequence[tuple[int, str]],
        tags_removed: Sequence[tuple[int, str]],
        notes_added: Sequence[int],
    ) -> None: ...

    def wake_snoozed(self, now: int) -> int: ...


class ItemWrites(Protocol):
    """The sync's writes inside one open write transaction (the hot path)."""

    # True: index_new may run on a helper thread while the caller builds the next rows.
    index_in_background: bool

    def upsert_community(self, account_id: int, values: CommunityValues) -> int: ...
    def community_id(self, account_id: int, external_id: str) -> int | None: ...

    def upsert_members(
        self, members: Sequence[tuple[str, str, str, str, str]]
    ) -> dict[tuple[str, str], int]:
        """(platform, external_id, name, display_name, url) -> member ids."""

    def has_items(self, account_id: int) -> bool: ...
    def max_item_id(self) -> int: ...

    def existing(
        self, account_id: int, external_ids: Sequence[str], *, up_to: int | None = None
    ) -> dict[str, tuple[int, int]]:
        """Stored items among ``external_ids`` (ids up to ``up_to``): id and content hash."""

    def insert(self, rows: Sequence[Row], *, skip_existing: bool = False) -> int:
        """Insert rows (state new); returns how many were inserted."""

    def update(self, rows: Sequence[Row], ids: Sequence[int]) -> None:
        """Rewrite the items ``ids`` with ``rows`` (their search entries too)."""

    def index_new(self, after_id: int) -> None:
        """Add items with ids above ``after_id`` to the full-text index."""

    def erase(self, deleted_at: Mapping[int, int], now: int) -> int:
        """Erase content of items (id -> deletion time), keep tombstones; returns how many."""

    def save_cursor(self, account_id: int, value: str, now: int) -> None: ...
    def save_budget(self, account_id: int, remaining: int | None, reset_at: int | None) -> None: ...
    def close(self) -> None: ...


class SearchIndex(Protocol):
    def forget_account(self, connection: Connection, account_id: int) -> None:
        """Before an account's items are deleted (by cascade) in ``connection``'s transaction."""


class Maintenance(Protocol):
    def check(self) -> list[str]:
        """Problems found in the store file and its indexes, in plain words (none: [])."""

    def backup(self, destination: Path) -> None:
        """A consistent copy of the open store at ``destination`` (which must not exist)."""


class Backend(Protocol):
    """One dialect's implementations; ``Store`` holds one, chosen by dialect."""

    triage: TriageWrites
    search_index: SearchIndex
    maintenance: Maintenance

    def inbox_reads(self) -> InboxReads: ...
    def analytics_reads(self) -> AnalyticsReads: ...
    def immediate(self, connection: Connection) -> None:
        """Take the write lock at the start of ``connection``'s transaction."""

    def explain(self, error: BaseException, where: str) -> Exception | None:
        """The StoreError for an environment error (locked, full, damaged, read-only);
        None for anything else (a bug, to be raised as it is)."""


# --- analytics ---


@dataclass(frozen=True)
class AnalyticsScope:
    """What a number is about: communities (by id, platform or community type) and a time
    window on the items' creation times (epoch seconds, ``until`` exclusive)."""

    community_ids: tuple[int, ...] = ()
    platforms: tuple[str, ...] = ()
    community_types: tuple[str, ...] = ()
    since: int | None = None
    until: int | None = None


@dataclass(frozen=True)
class FirstReplyCounts:
    community_id: int
    community: str
    threads: int
    answered: int
    median_seconds: float | None
    p90_seconds: float | None


@dataclass(frozen=True)
class UnansweredCounts:
    community_id: int
    community: str
    questions: int
    unanswered: int


@dataclass(frozen=True)
class ActivityCount:
    period: str  # the local day (YYYY-MM-DD) or the Monday of the week
    community: str
    platform: str
    kind: str
    items: int


@dataclass(frozen=True)
class CoverageCounts:
    community_id: int
    community: str
    threads: int  # thread starts old enough to judge against the target
    covered: int  # of those, answered by the team within the target


@dataclass(frozen=True)
class WeeklyFirstReply:
    week: str  # the Monday of the local week (YYYY-MM-DD)
    threads: int
    answered: int
    median_seconds: float | None
    p90_seconds: float | None


@dataclass(frozen=True)
class MembersCounts:
    week: str  # the Monday of the local week (YYYY-MM-DD)
    new: int  # members whose first item is in this week
    returning: int  # members who wrote before this week and again in it


class AnalyticsReads(Protocol):
    """The aggregations behind Analytics (docs/analytics.md defines each), one query each."""

    def first_reply(self, scope: AnalyticsScope) -> list[FirstReplyCounts]: ...
    def unanswered(
        self, scope: AnalyticsScope, *, within_seconds: int, now: int
    ) -> list[UnansweredCounts]: ...
    def activity(self, scope: AnalyticsScope, *, by_week: bool) -> list[ActivityCount]: ...
    # The charts' numbers (db/sqlite/analytics_trends.py).
    def coverage(
        self, scope: AnalyticsScope, *, within_seconds: int, now: int
    ) -> list[CoverageCounts]: ...
    def first_reply_by_week(self, scope: AnalyticsScope) -> list[WeeklyFirstReply]: ...
    def members_by_week(self, scope: AnalyticsScope) -> list[MembersCounts]: ...
    def close(self) -> None: ...


# --- moderation ---


@dataclass(frozen=True, slots=True)
class PlatformReport:
    """One platform report (or mod-queue flag) on a stored item: ``item_id`` is the item
    reported; ``report_id`` the stored report item (None: the item's own flags)."""

    item_id: int
    report_id: int | None
    reason: str
    count: int
    reporter: str  # the moderator of a mod report; "" for anonymous member reports
    reported_at: int


@dataclass(frozen=True, slots=True)
class Erased:
    """What erasing members removed."""

    items: int
    notes: int
    item_notes: int
    reports: int


class ModerationSql(Protocol):
    """Moderation's dialect-specific work: reading the platform reports the sync stored,
    and erasing members for real (from the file, its full-text index and its journal)."""

    def platform_reports(self) -> list[PlatformReport]:
        """Report items joined to the items they report, and items the platform flagged
        (``reported``/``modqueue``) without report items."""

    def report_ids(self, item_ids: Sequence[int]) -> list[int]:
        """The stored report items that report these items."""

    def erase_members(self, member_ids: Sequence[int], now: int) -> Erased:
        """Erase the members' notes and their items' text so no byte is left in the
        database file, the full-text index or the write-ahead log."""


# -- prompts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PromptQuery:
    """Prompts to find: empty tuples and None mean "any". ``types``: a prompt tagged with
    any of them (``untyped_too``: or with no type at all, fit for every community)."""

    text: TextSearch = field(default_factory=TextSearch)
    types: tuple[str, ...] = ()
    untyped_too: bool = False
    purposes: tuple[str, ...] = ()
    lang: str | None = None
    favourites_only: bool = False
    include_archived: bool = False


class PromptRow(NamedTuple):
    """A stored prompt as the library reads it (types and purposes as stored: ",a,b,")."""

    id: int
    lang: str
    text: str
    types: str
    purposes: str
    pair_id: str
    origin: str
    bundle_id: str | None
    favourite: bool
    archived: bool


class PromptSearch(Protocol):
    """Searches the prompt library (its own small full-text index, kept in step by the store)."""

    def rows(self, query: PromptQuery, *, limit: int) -> list[PromptRow]:
        """Prompts matching ``query``: favourites first, then the best text matches (or,
        without text, the newest); raises SearchFailed if the full-text index refuses
        ``query.text``."""


# --- guidelines ---

# (id, community_id, title, text, created_at, author_id): what detectors read of an item.
TextRow = tuple[int, int | None, str, str, int, int | None]
# (id, community_id, title and text as UTF-8: "title\ntext", or the text alone)
BodyRow = tuple[int, int | None, bytes]
# (rule_id, item_id, kind, reason, created_at)
HitRow = tuple[int, int, str, str, int]


class RuleWrites(Protocol):
    """The sync step's reads and writes inside one write transaction."""

    def texts_in_range(self, first: int, last: int) -> list[TextRow]: ...
    def texts_of(self, ids: Sequence[int]) -> list[TextRow]: ...
    def add_hits(self, hits: Sequence[HitRow]) -> int:
        """Store hits (an item already hit by a rule keeps its first hit); returns how many
        were new."""
        ...

    def communities_with_text(
        self, hashes: Sequence[int], since: int
    ) -> dict[int, set[int | None]]: ...
    def add_fingerprints(self, rows: Sequence[tuple[int, int, int | None, int]]) -> None: ...
    def close(self) -> None: ...


class BacktestReads(Protocol):
    def scan(
        self,
        community_ids: Sequence[int] | None,
        terms: Sequence[tuple[str, bool]] | None,
    ) -> Iterator[list[TextRow]]:
        """Stored items in batches: those the text index finds for any of ``terms`` (text,
        prefix), or all when ``terms`` is None; only in ``community_ids`` when given."""
        ...

    def bodies(
        self,
        community_ids: Sequence[int] | None,
        terms: Sequence[tuple[str, bool]] | None,
    ) -> Iterator[list[BodyRow]]:
        """As ``scan``, each row (id, community id, body as UTF-8 bytes)."""
        ...

    def describe(self, ids: Sequence[int]) -> dict[int, tuple[str, str, str, str, str]]:
        """(account name, external id, community name, title, text start) by item id."""
        ...


# --- analytics: moderation, prompt outcomes ---


@dataclass(frozen=True)
class ModActionCount:
    week: str  # the Monday of the decision's local week (YYYY-MM-DD)
    action: str  # the Decision as stored
    rule: str  # "" when the decision named no rule
    decisions: int


@dataclass(frozen=True)
class HandlingCounts:
    """Reports received in a group (a community, a week, or both) and how fast the first
    decision on their queue entry came."""

    community_id: int | None  # None: grouped by week only (or the item has no community)
    community: str
    week: str  # "" when grouped by community only
    reports: int
    handled: int  # with a decision on the reported item at or after the report
    median_seconds: float | None  # over handled reports only
    p90_seconds: float | None


@dataclass(frozen=True)
class PromptUseOutcome:
    """One use of a prompt with the outcome its post brought (prompt_uses' counts)."""

    use_id: int
    prompt_id: int
    prompt_text: str
    community_id: int
    community: str
    counted: bool  # its post came back with a sync and its replies were counted
    member_replies: int
    members: int  # distinct members who replied to this post
    first_reply_seconds: int | None  # to the first member reply; None: no member replied


class AnalyticsMoreReads(Protocol):
    """Moderation and prompt numbers (docs/analytics.md), one query each, on a read
    connection of their own."""

    def mod_actions(self, scope: AnalyticsScope) -> list[ModActionCount]: ...
    def report_handling(
        self, scope: AnalyticsScope, *, by: Sequence[str]
    ) -> dict[str, list[HandlingCounts]]:
        """Each grouping of ``by`` ("week", "community", "community_week") from one reading
        of the reports, its rows in week then community name order."""
        ...

    def prompt_uses(
        self, scope: AnalyticsScope, *, states: Sequence[str]
    ) -> list[PromptUseOutcome]: ...
    def close(self) -> None: ...
