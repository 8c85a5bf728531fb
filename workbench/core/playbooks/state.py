"""The playbooks' kinds and states, as stored and printed (the GUI turns them into words)."""

from __future__ import annotations

import enum


class PlaybookArea(enum.StrEnum):
    """A part of a playbook; the value is its name in the file and on the command line."""

    PROMPTS = "prompts"
    GUIDELINES = "guidelines"  # documents with their rules and detectors
    EVENTS = "events"  # event templates with their promotion plans
    REASONS = "reasons"  # removal reasons
    VIEWS = "views"  # saved inbox views


class ItemStatus(enum.StrEnum):
    """An item of a playbook against the local library."""

    NEW = "new"  # nothing local matches it
    IDENTICAL = "identical"  # the local item has the same content
    UPDATE = "update"  # brought by an earlier version of this playbook, unchanged since
    CHANGED = "changed"  # the local item differs: the user picks


class Choice(enum.StrEnum):
    """What to do with a changed item."""

    MINE = "mine"  # keep the local item as it is
    THEIRS = "theirs"  # replace its content by the playbook's
    BOTH = "both"  # keep mine and add theirs beside it, renamed
