"""Typed SQLAlchemy models of the local store.

Times are stored as integer UTC epoch seconds: compact, fast to index and compare on a
million rows, and free of time-zone ambiguity. Alembic owns the schema (see migrations/);
these models must match the latest migration, which a test checks.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class EpochTime(TypeDecorator[datetime]):
    """An aware UTC datetime stored as integer seconds since the epoch."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return int(value.timestamp())

    def process_result_value(self, value: int | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromtimestamp(value, UTC)


def to_epoch(value: datetime | None) -> int | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return int(value.timestamp())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Names secrets in the keyring; stable across renames.
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    connector_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), unique=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    # ok | never | auth-needed | rate-limited | failing | disabled
    status: Mapped[str] = mapped_column(String(20), default="never")
    status_message: Mapped[str] = mapped_column(Text, default="")
    retry_at: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)
    last_sync_at: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)
    budget_remaining: Mapped[int | None] = mapped_column(Integer, nullable=True)
    budget_reset_at: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)


class Community(Base):
    __tablename__ = "communities"
    __table_args__ = (UniqueConstraint("account_id", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    external_id: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    url: Mapped[str] = mapped_column(Text, default="")
    community_type: Mapped[str | None] = mapped_column(String(40), nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    followed: Mapped[bool] = mapped_column(Boolean, default=True)


class Member(Base):
    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("platform", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(300))
    display_name: Mapped[str] = mapped_column(String(300), default="")
    url: Mapped[str] = mapped_column(Text, default="")


class Item(Base):
    __tablename__ = "items"
    __table_args__ = (
        UniqueConstraint("account_id", "external_id"),
        Index("ix_items_created", "created_at"),
        Index("ix_items_community_created", "community_id", "created_at"),
        Index("ix_items_state_created", "state", "created_at"),
        Index("ix_items_author", "author_id", "created_at"),
        Index("ix_items_thread", "account_id", "thread_external_id"),
        # Inbox views and filters (migration 0002).
        Index(
            "ix_items_kind_created",
            "kind",
            "created_at",
            "state",
            sqlite_where=text("kind != 'comment'"),  # migrations 0004 and 0013
        ),
        Index(
            "ix_items_assignee_created",
            "assignee",
            "created_at",
            sqlite_where=text("assignee IS NOT NULL"),  # migration 0003
        ),
        Index("ix_items_priority_created", "priority", "created_at"),
        Index(
            "ix_items_questions",
            "state",
            "created_at",
            sqlite_where=text("flags LIKE '%question%'"),
        ),
        Index(
            "ix_items_own_thread",
            "account_id",
            "thread_external_id",
            sqlite_where=text("flags LIKE '%own%'"),
        ),
        # The wake-up of snoozed items (migration 0007).
        Index("ix_items_snoozed", "snoozed_until", sqlite_where=text("state = 'snoozed'")),
        # Searches: the matched ids looked up and filtered here (migration 0016).
        Index(
            "ix_items_matches",
            "id",
            "created_at",
            "state",
            "kind",
            "community_id",
            "author_id",
            "deleted_at",
            "flags",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    community_id: Mapped[int | None] = mapped_column(
        ForeignKey("communities.id", ondelete="CASCADE"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    external_id: Mapped[str] = mapped_column(String(200))
    parent_external_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    thread_external_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    edited_at: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reply_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    flags: Mapped[str] = mapped_column(String(200), default="")
    # zlib-compressed JSON of the platform payload, for re-parsing.
    raw: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # Hash of everything above that comes from the platform: unchanged items are not rewritten.
    content_hash: Mapped[int] = mapped_column(BigInteger, default=0)
    synced_at: Mapped[datetime] = mapped_column(EpochTime)
    # Triage, owned by the user (never overwritten by a sync).
    state: Mapped[str] = mapped_column(String(20), default="new")
    priority: Mapped[int] = mapped_column(Integer, default=0)
    assignee: Mapped[str | None] = mapped_column(String(200), nullable=True)
    snoozed_until: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)


class ItemTag(Base):
    __tablename__ = "item_tags"
    __table_args__ = (Index("ix_item_tags_tag", "tag", "item_id"),)

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)


class ItemNote(Base):
    __tablename__ = "item_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(EpochTime)


class SavedView(Base):
    __tablename__ = "saved_views"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    query: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)


class SyncCursor(Base):
    __tablename__ = "sync_cursors"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(EpochTime)


class SyncRun(Base):
    __tablename__ = "sync_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    started_at: Mapped[datetime] = mapped_column(EpochTime)
    finished_at: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)
    # running | ok | failed | cancelled | interrupted
    status: Mapped[str] = mapped_column(String(20), default="running")
    new: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str] = mapped_column(Text, default="")


class OutboxEntry(Base):
    """An action to send, stored before it is sent so nothing is lost or sent twice."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("items.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # reply | post | moderate
    action: Mapped[str] = mapped_column(String(20))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # pending | sending | sent | failed | manual | done (manual, marked done by the user)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)
    result_external_id: Mapped[str] = mapped_column(String(200), default="")
    result_url: Mapped[str] = mapped_column(Text, default="")
    # A held action (the user may still take it back) goes out only after this time.
    send_after: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)


# --- workspace settings and reminders ---


class WorkspaceSetting(Base):
    """A workspace-wide setting (not a window's): it travels with the workspace's data."""

    __tablename__ = "workspace_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class ReminderSeen(Base):
    """A reminder the user has seen, so it is not shown again (see core/reminders.py)."""

    __tablename__ = "reminders_seen"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(EpochTime)


# --- moderation ---


# The queue's reads over a million items (migration 0012): report items by what they report,
# and items the platform flagged. Partial: only those rows, so a sync pays almost nothing.
Index(
    "ix_items_reports",
    Item.account_id,
    Item.parent_external_id,
    sqlite_where=text("kind = 'report'"),
)
Index(
    "ix_items_open_reports",
    Item.account_id,
    Item.parent_external_id,
    sqlite_where=text("kind = 'report' AND state != 'done'"),
)
Index(
    "ix_items_flagged",
    Item.id,
    sqlite_where=text("flags LIKE '%reported%' OR flags LIKE '%modqueue%'"),
)


class MemberReport(Base):
    """A report recorded by hand ("report this"): who reported the item, and why."""

    __tablename__ = "member_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    reporter: Mapped[str] = mapped_column(String(300), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    created_by: Mapped[str] = mapped_column(String(200), default="")


class ModDecision(Base):
    """One moderation action: what, on which item or member, by whom, why, and the outcome."""

    __tablename__ = "mod_decisions"
    __table_args__ = (
        Index("ix_mod_decisions_created", "created_at"),
        Index("ix_mod_decisions_item", "item_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("items.id", ondelete="SET NULL"), nullable=True
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), nullable=True, index=True
    )
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), nullable=True
    )
    # Kept as text: the log outlives the item and the community it was about.
    community: Mapped[str] = mapped_column(String(300), default="")
    action: Mapped[str] = mapped_column(String(20))
    rule: Mapped[str] = mapped_column(String(300), default="")
    rationale: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    outbox_id: Mapped[int | None] = mapped_column(
        ForeignKey("outbox.id", ondelete="SET NULL"), nullable=True
    )
    # recorded | manual | and, once the outbox entry is sent: its status and message.
    result: Mapped[str] = mapped_column(String(20), default="recorded")
    result_message: Mapped[str] = mapped_column(Text, default="")


class MemberNote(Base):
    """A note about a member, typed as Reddit's mod-note labels; no size limit."""

    __tablename__ = "member_notes"
    __table_args__ = (Index("ix_member_notes_member", "member_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    community: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(30), default="note")
    text: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    # local | toolbox | platform (read from the platform's own notes)
    source: Mapped[str] = mapped_column(String(20), default="local")
    # The platform's id of the note once pushed or read ("" : local only).
    external_id: Mapped[str] = mapped_column(String(200), default="")


class MemberIdentity(Base):
    """Members linked by hand as one person: every member of a group shares ``person``
    (the id of the group's first member)."""

    __tablename__ = "member_identities"

    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    person: Mapped[int] = mapped_column(Integer, index=True)


class ModCase(Base):
    """Related items and members grouped under one case, with a status and notes."""

    __tablename__ = "mod_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="open")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    updated_at: Mapped[datetime] = mapped_column(EpochTime)
    created_by: Mapped[str] = mapped_column(String(200), default="")


class ModCaseItem(Base):
    __tablename__ = "mod_case_items"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("mod_cases.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )


class ModCaseMember(Base):
    __tablename__ = "mod_case_members"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("mod_cases.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )


# --- prompts ---


class Prompt(Base):
    """An engagement prompt in one language; its twin in the other shares ``pair_id``."""

    __tablename__ = "prompts"
    __table_args__ = (
        # One row per bundled prompt and language: the bundle merges by this.
        UniqueConstraint("bundle_id", "lang"),
        Index("ix_prompts_pair_id", "pair_id"),
        # Browsing walks these backwards (favourites first, newest first) and stops at the limit.
        Index("ix_prompts_browse", "archived", "favourite", "id"),
        Index("ix_prompts_lang", "lang", "archived", "favourite", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lang: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    # Comma-wrapped lists (",support,learning,") so a type is found with one LIKE.
    types: Mapped[str] = mapped_column(String(300), default="")
    purposes: Mapped[str] = mapped_column(String(300), default="")
    pair_id: Mapped[str] = mapped_column(String(100))
    # bundled | user (an edited bundled prompt becomes the user's own)
    origin: Mapped[str] = mapped_column(String(10))
    bundle_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    # Hash of the bundle's text, types and purposes as last loaded: an update shows as a change.
    bundle_hash: Mapped[str] = mapped_column(String(64), default="")
    favourite: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    updated_at: Mapped[datetime] = mapped_column(EpochTime)


class PromptUse(Base):
    """A prompt posted (or scheduled) in a community, its outbox entry, its post once
    synced, and the outcome counted from the replies the syncs brought."""

    __tablename__ = "prompt_uses"
    __table_args__ = (Index("ix_prompt_uses_community_created", "community_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    prompt_id: Mapped[int] = mapped_column(ForeignKey("prompts.id", ondelete="CASCADE"), index=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete="CASCADE"))
    outbox_id: Mapped[int | None] = mapped_column(
        ForeignKey("outbox.id", ondelete="SET NULL"), nullable=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("items.id", ondelete="SET NULL"), nullable=True
    )
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    due_at: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)
    # scheduled | sent | linked | manual | done | failed | cancelled
    state: Mapped[str] = mapped_column(String(20), default="scheduled")
    replies: Mapped[int] = mapped_column(Integer, default=0)
    member_replies: Mapped[int] = mapped_column(Integer, default=0)
    team_replies: Mapped[int] = mapped_column(Integer, default=0)
    members: Mapped[int] = mapped_column(Integer, default=0)
    first_reply_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    counted_at: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)


# --- events ---


class Event(Base):
    """An event, or a recurring series (``rrule``); times in UTC, ``tz`` names the zone the
    event is planned in (its recurrence is expanded in that zone's wall time)."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_window", "start_at", "last_end_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    description_md: Mapped[str] = mapped_column(Text, default="")
    hosts: Mapped[list[str]] = mapped_column(JSON, default=list)
    community_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    start_at: Mapped[datetime] = mapped_column(EpochTime)
    end_at: Mapped[datetime] = mapped_column(EpochTime)
    rrule: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The end of the last occurrence (an upper bound); NULL for a series without end.
    last_end_at: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)
    online_link: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    capacity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    registration_link: Mapped[str] = mapped_column(Text, default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    checklist: Mapped[list[Any]] = mapped_column(JSON, default=list)
    poll: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    reminders_minutes: Mapped[list[int]] = mapped_column(JSON, default=list)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    updated_at: Mapped[datetime] = mapped_column(EpochTime)
    # After the event.
    recording_link: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    attendance: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # What the event was when last imported from a file: a re-import of the same skips it.
    source_hash: Mapped[str] = mapped_column(String(64), default="")


class EventException(Base):
    """One occurrence of a series moved, changed or cancelled."""

    __tablename__ = "event_exceptions"
    __table_args__ = (
        UniqueConstraint("event_id", "recurrence_id"),
        Index("ix_event_exceptions_start", "start_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    recurrence_id: Mapped[datetime] = mapped_column(EpochTime)  # the original start
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    start_at: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)
    end_at: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class PromotionStep(Base):
    """A post of an event's promotion plan, in one community, and its outbox entry."""

    __tablename__ = "promotion_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    # Seconds from the event's start (negative: before); a follow-up counts from the end.
    offset_seconds: Mapped[int] = mapped_column(Integer)
    community_id: Mapped[int | None] = mapped_column(
        ForeignKey("communities.id", ondelete="SET NULL"), nullable=True
    )
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # planned | cancelled; the other states come from the outbox entry.
    state: Mapped[str] = mapped_column(String(20), default="planned")
    outbox_id: Mapped[int | None] = mapped_column(
        ForeignKey("outbox.id", ondelete="SET NULL"), nullable=True
    )


class EventAttendee(Base):
    """Who attended (entered, or from a webinar tool's CSV)."""

    __tablename__ = "event_attendees"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)


# --- guidelines ---


class Guideline(Base):
    """A community's guideline document (one per community), or a draft without one."""

    __tablename__ = "guidelines"

    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int | None] = mapped_column(
        ForeignKey("communities.id", ondelete="CASCADE"), nullable=True, unique=True
    )
    title: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(10), default="en")
    community_type: Mapped[str | None] = mapped_column(String(40), nullable=True)
    introduction: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    updated_at: Mapped[datetime] = mapped_column(EpochTime)


class GuidelineRule(Base):
    """One numbered rule of a guideline, with its detectors (a JSON list, see detectors.py)."""

    __tablename__ = "guideline_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    guideline_id: Mapped[int] = mapped_column(
        ForeignKey("guidelines.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")  # Markdown
    allowed: Mapped[str] = mapped_column(Text, default="")  # examples, one per line
    not_allowed: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[int] = mapped_column(Integer, default=2)  # Severity: 1 low .. 3 high
    action: Mapped[str] = mapped_column(String(20), default="flag")  # RuleAction
    removal_reason: Mapped[str] = mapped_column(Text, default="")
    # Detectors run at sync time only on active rules (after a backtest, say).
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    detectors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(EpochTime)


class GuidelineVersion(Base):
    """A published guideline: who, when, why, and the document as it was then."""

    __tablename__ = "guideline_versions"
    __table_args__ = (UniqueConstraint("guideline_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    guideline_id: Mapped[int] = mapped_column(ForeignKey("guidelines.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[datetime] = mapped_column(EpochTime)
    published_by: Mapped[str] = mapped_column(String(200), default="")
    why: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class RuleHit(Base):
    """A detector of an active rule fired on an item (the moderation queue reads these)."""

    __tablename__ = "rule_hits"
    __table_args__ = (
        UniqueConstraint("rule_id", "item_id"),
        Index("ix_rule_hits_item", "item_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("guideline_rules.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # DetectorKind
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(EpochTime)


class BacktestJudgement(Base):
    """Right or wrong, for one item a backtest sampled; ``key`` names the detectors judged."""

    __tablename__ = "backtest_judgements"
    __table_args__ = (UniqueConstraint("key", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    correct: Mapped[bool] = mapped_column(Boolean)
    judged_at: Mapped[datetime] = mapped_column(EpochTime)


class TextFingerprint(Base):
    """The normalized-text hash of an item, kept while a same-text rule is active."""

    __tablename__ = "text_fingerprints"
    __table_args__ = (Index("ix_text_fingerprints_hash", "hash", "created_at"),)

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    hash: Mapped[int] = mapped_column(BigInteger)
    community_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[int] = mapped_column(BigInteger)


# --- playbooks ---


class PlaybookItem(Base):
    """Where a local item came from: the playbook (id, title, version) and the item's key in
    it, with the hash of its content as imported, so a later version of the same playbook
    updates it cleanly unless the user changed it since (core/playbooks/provenance.py)."""

    __tablename__ = "playbook_items"
    __table_args__ = (
        UniqueConstraint("area", "local_id"),
        Index("ix_playbook_items_playbook", "playbook_id", "area", "item_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    area: Mapped[str] = mapped_column(String(20))  # PlaybookArea
    local_id: Mapped[int] = mapped_column(Integer)
    playbook_id: Mapped[str] = mapped_column(String(100))
    playbook_title: Mapped[str] = mapped_column(String(300))
    playbook_version: Mapped[int] = mapped_column(Integer)
    item_key: Mapped[str] = mapped_column(String(100))
    content_hash: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(EpochTime)


class EventTemplate(Base):
    """An event draft without dates, with its default promotion plan (offsets, words)."""

    __tablename__ = "event_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))  # EventKind
    language: Mapped[str] = mapped_column(String(10), default="en")
    description: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    agenda: Mapped[str] = mapped_column(Text, default="")
    checklist: Mapped[list[Any]] = mapped_column(JSON, default=list)
    promotion: Mapped[list[Any]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(EpochTime)


class UserRemovalReason(Base):
    """A removal reason the user wrote or imported (the bundled ones ship as a file)."""

    __tablename__ = "removal_reasons"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(EpochTime)


# --- analytics rollups ---


class AnalyticsActivity(Base):
    """Items per UTC hour, community and kind (db/sqlite/analytics_rollup.py keeps it)."""

    __tablename__ = "analytics_activity"

    hour: Mapped[int] = mapped_column(BigInteger, primary_key=True)  # epoch of the UTC hour
    community_id: Mapped[int] = mapped_column(
        ForeignKey("communities.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    items: Mapped[int] = mapped_column(Integer)


class AnalyticsThread(Base):
    """A member's thread start or question post, not deleted, and its first team reply."""

    __tablename__ = "analytics_threads"
    __table_args__ = (
        Index("ix_analytics_threads_thread", "account_id", "thread"),
        # Covering: the numbers read these, never the rows (migration 0015).
        Index(
            "ix_analytics_threads_starts",
            "community_id",
            "created_at",
            "first_reply_at",
            "starts",
            sqlite_where=text("starts"),
        ),
        Index(
            "ix_analytics_threads_start_times",
            "created_at",
            "community_id",
            "first_reply_at",
            "starts",
            sqlite_where=text("starts"),
        ),
        Index(
            "ix_analytics_threads_questions",
            "community_id",
            "created_at",
            "first_reply_at",
            "question",
            sqlite_where=text("question"),
        ),
    )

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete="CASCADE"))
    thread: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    starts: Mapped[bool] = mapped_column(Boolean)  # counts in first reply and coverage
    question: Mapped[bool] = mapped_column(Boolean)  # counts in unanswered questions
    first_reply_at: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)


# A thread's posts and messages without reading its comments' rows: the rollups' upkeep
# looks each batch's threads up here (db/sqlite/analytics_rollup.py, migration 0015).
Index(
    "ix_items_thread_rows",
    Item.account_id,
    Item.thread_external_id,
    sqlite_where=text("kind IN ('post', 'message')"),
)
