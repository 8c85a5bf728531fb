"""The engagement prompts library and its uses (migration 0009)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
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
