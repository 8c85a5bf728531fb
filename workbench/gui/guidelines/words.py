"""The guidelines' states in the user's words (every word a literal lupdate sees)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.core.guidelines.state import DetectorKind, RuleAction, Severity

translate = QCoreApplication.translate


def severity_word(severity: int) -> str:
    table: dict[int, str] = {
        Severity.LOW: translate("GuidelineWords", "Low"),
        Severity.MEDIUM: translate("GuidelineWords", "Medium"),
        Severity.HIGH: translate("GuidelineWords", "High"),
    }
    return table.get(severity, str(severity))


def action_word(action: str) -> str:
    table: dict[str, str] = {
        RuleAction.FLAG: translate("GuidelineWords", "Flag"),
        RuleAction.HOLD: translate("GuidelineWords", "Hold for review"),
        RuleAction.SUGGEST_REMOVAL: translate("GuidelineWords", "Suggest removal"),
    }
    return table.get(action, action)


def detector_word(kind: str) -> str:
    table: dict[str, str] = {
        DetectorKind.WORDS: translate("GuidelineWords", "Watched words"),
        DetectorKind.REGEX: translate("GuidelineWords", "Regular expression"),
        DetectorKind.LINKS: translate("GuidelineWords", "Too many links"),
        DetectorKind.DOMAINS: translate("GuidelineWords", "Domains"),
        DetectorKind.CAPITALS: translate("GuidelineWords", "Capitals"),
        DetectorKind.ACCOUNT_AGE: translate("GuidelineWords", "Account age"),
        DetectorKind.SAME_TEXT: translate("GuidelineWords", "Same text in several communities"),
    }
    return table.get(kind, kind)


def change_word(change: str) -> str:
    table: dict[str, str] = {
        "added": translate("GuidelineWords", "added"),
        "removed": translate("GuidelineWords", "removed"),
        "changed": translate("GuidelineWords", "changed"),
    }
    return table.get(change, "")
