"""The guidelines' states and kinds, as stored (the GUI turns them into words)."""

from __future__ import annotations

import enum


class Severity(enum.IntEnum):
    """How serious breaking a rule is. An int (1 low .. 3 high), as the moderation queue
    sorts by it; stored as the number."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3


class DetectorKind(enum.StrEnum):
    WORDS = "words"  # watched words and phrases, ``*`` wildcards (Discourse's semantics)
    REGEX = "regex"  # a regular expression run by RE2 (linear time, no backtracking)
    LINKS = "links"  # more links than allowed
    DOMAINS = "domains"  # links to a blocked domain, or to one outside the allowed ones
    CAPITALS = "capitals"  # a share of capital letters (shouting)
    ACCOUNT_AGE = "account-age"  # a young author account, where the platform tells its age
    SAME_TEXT = "same-text"  # the same text posted in several communities within a window


class RuleAction(enum.StrEnum):
    """What a detector hit asks of the moderators (the moderation queue acts on it)."""

    FLAG = "flag"
    HOLD = "hold"  # hold for review
    SUGGEST_REMOVAL = "suggest-removal"
