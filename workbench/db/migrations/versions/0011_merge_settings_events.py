"""Joins two migrations built in parallel (0008 settings and reminders, 0010 events), both
written on 0007, so that h-calendar's store has one head. Only on h-calendar: the lead drops
this file when re-chaining the migrations at merge.

Revision ID: 0011
Revises: 0008, 0010
Create Date: 2026-12-01
"""

from __future__ import annotations

revision = "0011"
down_revision = ("0008", "0010")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
