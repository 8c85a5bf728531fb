"""What playbooks bring in: event templates and removal reasons (migration 0014)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.models import Base, EpochTime


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
