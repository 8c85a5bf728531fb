"""Guidelines, their rules and versions, detector hits and backtests (migration 0011)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.models import Base, EpochTime


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
