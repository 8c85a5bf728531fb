"""The playbooks' areas, statuses and choices in the user's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.core.playbooks.state import Choice, ItemStatus, PlaybookArea

translate = QCoreApplication.translate


def area_word(area: str) -> str:
    table: dict[str, str] = {
        PlaybookArea.PROMPTS: translate("PlaybookWords", "Prompts"),
        PlaybookArea.GUIDELINES: translate("PlaybookWords", "Guidelines"),
        PlaybookArea.EVENTS: translate("PlaybookWords", "Event templates"),
        PlaybookArea.REASONS: translate("PlaybookWords", "Removal reasons"),
        PlaybookArea.VIEWS: translate("PlaybookWords", "Saved views"),
    }
    return table.get(area, area)


def status_word(status: str) -> str:
    table: dict[str, str] = {
        ItemStatus.NEW: translate("PlaybookWords", "New"),
        ItemStatus.IDENTICAL: translate("PlaybookWords", "Identical"),
        ItemStatus.UPDATE: translate("PlaybookWords", "Updated by the playbook"),
        ItemStatus.CHANGED: translate("PlaybookWords", "Changed"),
    }
    return table.get(status, status)


def choice_word(choice: str) -> str:
    table: dict[str, str] = {
        Choice.MINE: translate("PlaybookWords", "Keep mine"),
        Choice.THEIRS: translate("PlaybookWords", "Take theirs"),
        Choice.BOTH: translate("PlaybookWords", "Keep both"),
    }
    return table.get(choice, choice)
