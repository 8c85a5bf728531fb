"""Small pieces the inbox pane runs on the task runner (no widgets touched here, except
``snooze_menu`` which builds a menu on the GUI thread). The outbox rules are core's
(core.outbox.actions)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from workbench.core.inbox.export import export_csv
from workbench.core.inbox.query import View
from workbench.core.inbox.service import InboxService
from workbench.gui.formats import moment_text

translate = QCoreApplication.translate


def export_view(service: InboxService, view: View, path: Path) -> int:
    with path.open("w", newline="", encoding="utf-8") as out:
        return export_csv(service, view, out)


def snooze_choices(now: datetime) -> list[tuple[str, datetime]]:
    tomorrow = (now + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    monday = (now + timedelta(days=7 - now.weekday())).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    return [
        (translate("InboxOperations", "In 1 hour"), now + timedelta(hours=1)),
        (translate("InboxOperations", "In 3 hours"), now + timedelta(hours=3)),
        (translate("InboxOperations", "Tomorrow morning"), tomorrow),
        (translate("InboxOperations", "Next week (Monday morning)"), monday),
    ]


def snooze_menu(parent: QWidget, snooze: Callable[[int], None]) -> QMenu:
    menu = QMenu(translate("InboxOperations", "Snooze until"), parent)
    for label, when in snooze_choices(datetime.now()):
        action = menu.addAction(f"{label} — {moment_text(when.astimezone(), weekday=True)}")
        action.triggered.connect(lambda _c=False, w=when: snooze(int(w.timestamp())))

    def custom() -> None:
        hours, ok = QInputDialog.getDouble(
            parent,
            translate("InboxOperations", "Snooze"),
            translate("InboxOperations", "Snooze for how many hours?"),
            24,
            0.1,
            24 * 365,
            1,
        )
        if ok:
            snooze(int((datetime.now() + timedelta(hours=hours)).timestamp()))

    menu.addAction(translate("InboxOperations", "For a number of hours…")).triggered.connect(custom)
    return menu
