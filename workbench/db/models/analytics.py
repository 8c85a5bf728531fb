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


# -- members per grid week (migration 0017, db/sqlite/analytics_members*.py) -------------


class AnalyticsMemberWeek(Base):
    """When a member wrote in one grid week (Thursday 12:00 UTC on) in one account's items,
    every community or none: their first and last item's time there."""

    __tablename__ = "analytics_member_weeks"
    __table_args__ = (
        # The team's members (any item flagged own), for the reads to leave out.
        Index("ix_analytics_member_weeks_own", "member_id", sqlite_where=text("own")),
        {"sqlite_with_rowid": False},
    )

    week: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    first_at: Mapped[datetime] = mapped_column(EpochTime)
    last_at: Mapped[datetime] = mapped_column(EpochTime)
    # The last time in the grid week before (NULL: nothing then).
    prev_last: Mapped[datetime | None] = mapped_column(EpochTime, nullable=True)
    own: Mapped[bool] = mapped_column(Boolean)


class AnalyticsMemberFirst(Base):
    """A member's first item in one account's items, over all time."""

    __tablename__ = "analytics_member_firsts"
    __table_args__ = (
        Index("ix_analytics_member_firsts_first_at", "first_at"),
        {"sqlite_with_rowid": False},
    )

    member_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    first_at: Mapped[datetime] = mapped_column(EpochTime)


class AnalyticsMemberCommunityWeek(Base):
    """When a member wrote in one grid week in one community (first and last item)."""

    __tablename__ = "analytics_member_community_weeks"
    __table_args__ = {"sqlite_with_rowid": False}

    community_id: Mapped[int] = mapped_column(
        ForeignKey("communities.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    week: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    first_at: Mapped[datetime] = mapped_column(EpochTime)
    last_at: Mapped[datetime] = mapped_column(EpochTime)
