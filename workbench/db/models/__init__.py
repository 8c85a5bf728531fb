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


# Indexes on expressions, made by the migrations alone: Alembic cannot compare them with a
# model on SQLite. ``author:`` filters (LIKE 'prefix%') read a range of the members' ones.
SQL_ONLY_INDEXES = ("ix_members_name", "ix_members_display_name")


class Member(Base):
    __tablename__ = "members"
    # Also indexed by name and display name in NOCASE order (migration 0017, SQL only:
    # see SQL_ONLY_INDEXES).
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


# Each area's tables, in modules of their own; imported here so that the metadata holds
# every table (Alembic, the store check) and `from workbench.db.models import X` serves all.
from workbench.db.models.analytics import (  # noqa: E402
    AnalyticsActivity,
    AnalyticsThread,
)
from workbench.db.models.events import (  # noqa: E402
    Event,
    EventAttendee,
    EventException,
    PromotionStep,
)
from workbench.db.models.guidelines import (  # noqa: E402
    BacktestJudgement,
    Guideline,
    GuidelineRule,
    GuidelineVersion,
    RuleHit,
    TextFingerprint,
)
from workbench.db.models.moderation import (  # noqa: E402
    MemberIdentity,
    MemberNote,
    MemberReport,
    ModCase,
    ModCaseItem,
    ModCaseMember,
    ModDecision,
)
from workbench.db.models.playbooks import (  # noqa: E402
    EventTemplate,
    PlaybookItem,
    UserRemovalReason,
)
from workbench.db.models.prompts import (  # noqa: E402
    Prompt,
    PromptUse,
)

__all__ = [
    "NAMING_CONVENTION",
    "Account",
    "AnalyticsActivity",
    "AnalyticsThread",
    "BacktestJudgement",
    "Base",
    "Community",
    "EpochTime",
    "Event",
    "EventAttendee",
    "EventException",
    "EventTemplate",
    "Guideline",
    "GuidelineRule",
    "GuidelineVersion",
    "Item",
    "ItemNote",
    "ItemTag",
    "Member",
    "MemberIdentity",
    "MemberNote",
    "MemberReport",
    "ModCase",
    "ModCaseItem",
    "ModCaseMember",
    "ModDecision",
    "OutboxEntry",
    "PlaybookItem",
    "PromotionStep",
    "Prompt",
    "PromptUse",
    "ReminderSeen",
    "RuleHit",
    "SavedView",
    "SyncCursor",
    "SyncRun",
    "TextFingerprint",
    "UserRemovalReason",
    "WorkspaceSetting",
    "to_epoch",
]
