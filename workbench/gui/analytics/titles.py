"""The charts' titles, without matplotlib: the pane shows them before any chart is drawn,
and importing matplotlib (most of a second) waits until a chart is (drawing.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.core.analytics.more_tables import MORE_KEYS

translate = QCoreApplication.translate


def chart_title(key: str) -> str:
    if key in MORE_KEYS:
        return more_title(key)
    return {
        "activity": translate("AnalyticsCharts", "Activity by kind"),
        "members": translate("AnalyticsCharts", "New and returning members"),
        "first_reply": translate("AnalyticsCharts", "First-reply time per community"),
        "first_reply_weeks": translate("AnalyticsCharts", "First-reply time per week"),
        "rates": translate("AnalyticsCharts", "Unanswered and coverage"),
    }[key]


def more_title(key: str) -> str:
    return {
        "mod_actions": translate("AnalyticsCharts", "Moderation actions per week"),
        "mod_rules": translate("AnalyticsCharts", "Moderation actions by rule"),
        "handling_weeks": translate("AnalyticsCharts", "Report handling time per week"),
        "handling_communities": translate("AnalyticsCharts", "Report handling per community"),
        "prompts_best": translate("AnalyticsCharts", "Best prompts"),
        "prompts_communities": translate("AnalyticsCharts", "Prompt outcomes per community"),
        "event_impact": translate("AnalyticsCharts", "Event impact: items before and after"),
    }[key]  # fmt: skip
