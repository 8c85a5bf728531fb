"""Erasing a member for real: every linked identity's notes and items' text, gone from
the database file, its full-text index and its write-ahead log (db/sqlite/moderation.py
says how). The decision log keeps who decided what, without the member's words."""

from __future__ import annotations

import logging
import time

from workbench.core.moderation.notes import MemberNotes
from workbench.db.interfaces import Erased, ModerationSql

__all__ = ["Erased", "erase_person"]

log = logging.getLogger(__name__)


def erase_person(notes: MemberNotes, sql: ModerationSql, member_id: int) -> Erased:
    """Erase ``member_id`` and every member linked to it as the same person."""
    group = [m.id for m in notes.identities(member_id)]
    erased = sql.erase_members(group, int(time.time()))
    for member in group:
        notes.unlink(member)
    log.info("erased %d member(s): %s", len(group), erased)
    return erased
