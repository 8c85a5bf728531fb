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
            "ix_items_kind_state_created",
            "kind",
            "state",
            "created_at",
            sqlite_where=text("kind != 'comment'"),  # migration 0004
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
