"""Analytics rollups, kept by the writer (db/sqlite/analytics_rollup.py, migration 0015)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.models import Base, EpochTime, Item


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
