"""Moderation: members' reports, decisions, notes, identities and cases (migration 0012)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.models import Base, EpochTime, Item

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
