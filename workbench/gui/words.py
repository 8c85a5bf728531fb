"""Core's states and marked text in the user's language.

States are enums in core; here each gets its words, written out literally so that
pyside6-lupdate sees every one. ``words()`` translates a core ``Words`` (text core marked
with QT_TRANSLATE_NOOP): the one place where the text to translate is not a literal
(scripts/check_translations.py allows this module only).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from connectors.api import CommunityType
from workbench.core.text import Words

translate = QCoreApplication.translate


def words(marked: Words) -> str:
    """``marked`` translated, then its values filled in."""
    return translate(marked.context, marked.source).format(**marked.values)


def marked(context: str, source: str) -> str:
    """Text core marked with QT_TRANSLATE_NOOP(context, source), translated."""
    return translate(context, source)


def item_state(state: str) -> str:
    return {
        "new": translate("Words", "New"),
        "needs_reply": translate("Words", "Needs reply"),
        "waiting": translate("Words", "Waiting"),
        "done": translate("Words", "Done"),
        "snoozed": translate("Words", "Snoozed"),
    }.get(state, state)


def item_kind(kind: str) -> str:
    return {
        "post": translate("Words", "Post"),
        "comment": translate("Words", "Comment"),
        "message": translate("Words", "Message"),
        "report": translate("Words", "Report"),
        "mention": translate("Words", "Mention"),
    }.get(kind, kind)


def item_kinds(kind: str) -> str:
    """The plural, for the filter bar ("Posts")."""
    return {
        "post": translate("Words", "Posts"),
        "comment": translate("Words", "Comments"),
        "message": translate("Words", "Messages"),
        "report": translate("Words", "Reports"),
        "mention": translate("Words", "Mentions"),
    }.get(kind, kind)


def community_type(kind: CommunityType) -> str:
    return {
        CommunityType.LEARNING: translate("Words", "Learning"),
        CommunityType.PROFESSIONAL: translate("Words", "Professional network"),
        CommunityType.SUPPORT: translate("Words", "Support"),
        CommunityType.INTEREST: translate("Words", "Interest / social"),
        CommunityType.BRAND: translate("Words", "Brand"),
        CommunityType.PRACTICE: translate("Words", "Community of practice"),
        CommunityType.HYBRID: translate("Words", "Hybrid"),
    }[kind]
