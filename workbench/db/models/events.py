"""Events, their exceptions, promotion steps and attendees (migration 0010)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
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
