"""A walk through every pane and main dialog of a window, one shown at a time.

The screenshots script saves each stop as a PNG; the layout tests check each one for
clipped or overlapping text (in English, pseudo-translated and French). Dialogs are built
the way their panes build them, from the workspace's services.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from workbench.core.events.reminders import EVENT_STARTING
from workbench.core.guidelines.detectors import Detector
from workbench.core.guidelines.state import DetectorKind
from workbench.core.prompts.library import PromptFilter
from workbench.core.reminders import MANUAL_POST_DUE, Reminder
from workbench.gui.main_window import MainWindow

Settle = Callable[[], None]  # waits until background work is done and events are processed


def _dialogs(window: MainWindow) -> list[tuple[str, Callable[[], QDialog]]]:
    from workbench.gui.accounts.dialog import AccountDialog
    from workbench.gui.guidelines.backtest_dialog import BacktestDialog
    from workbench.gui.moderation.dialogs import BanDialog, NoteDialog, RemoveDialog, WarnDialog
    from workbench.gui.playbooks.export_dialog import ExportPlaybookDialog
    from workbench.gui.playbooks.import_dialog import ImportPlaybookDialog
    from workbench.gui.plugins import PluginsDialog
    from workbench.gui.preferences import PreferencesDialog
    from workbench.gui.prompts.editor import PromptEditor
    from workbench.gui.prompts.suggest_dialog import SuggestDialog
    from workbench.gui.prompts.use_dialog import UseDialog
    from workbench.gui.reminders import RemindersDialog

    ws, tasks = window.workspace, window.tasks
    prompts = ws.prompts.search(PromptFilter(), limit=1)
    prompt = prompts[0] if prompts else None
    me = ws.inbox.me

    def event_editor() -> QDialog:
        pane = window.panes["events"]
        return pane.editing.new_event()  # type: ignore[attr-defined, no-any-return]

    def reminders() -> QDialog:
        now = datetime.now(UTC)
        due = [
            Reminder(
                key="tour:1",
                due_at=now - timedelta(minutes=5),
                title=EVENT_STARTING,  # as the events' reminders say it: the event's title below
                detail="Office hours: ask me anything",
                pane="events",
            ),
            Reminder(
                key="tour:2",
                due_at=now - timedelta(hours=2),
                title=MANUAL_POST_DUE,
                detail="r/learnpython",
                pane="prompts",
            ),
        ]
        return RemindersDialog(due, window)

    stops: list[tuple[str, Callable[[], QDialog]]] = [
        ("accounts-add", lambda: AccountDialog(ws.accounts, tasks, parent=window)),
        ("preferences", lambda: PreferencesDialog(ws.data_dir, window)),
        (
            "plugins",
            lambda: PluginsDialog(registry=ws.registry, plugin_dir=ws.plugin_dir, parent=window),
        ),
        (
            "playbook-export",
            lambda: ExportPlaybookDialog(playbooks=ws.playbooks, tasks=tasks, parent=window),
        ),
        (
            "playbook-import",
            lambda: ImportPlaybookDialog(
                playbooks=ws.playbooks, tasks=tasks, changes=window.changes, parent=window
            ),
        ),
        ("event-editor", event_editor),
        ("prompt-editor", lambda: PromptEditor(tasks=tasks, prompt=prompt, parent=window)),
        (
            "prompt-suggest",
            lambda: SuggestDialog(
                uses=ws.prompt_uses, communities=ws.communities, tasks=tasks, parent=window
            ),
        ),
        (
            "moderation-remove",
            lambda: RemoveDialog(ws.moderation.removal_reasons(None, ""), None, 3, window),
        ),
        ("moderation-ban", lambda: BanDialog(2, window)),
        ("moderation-warn", lambda: WarnDialog(2, window)),
        ("moderation-note", lambda: NoteDialog("new_member_42", True, window)),
        (
            "backtest",
            lambda: BacktestDialog(
                backtest=ws.backtest,
                tasks=tasks,
                detectors=[Detector(DetectorKind.WORDS, words=("free money", "crypto*"))],
                community_ids=None,
                title="No spam or scams",
                parent=window,
            ),
        ),
        ("reminders", reminders),
    ]
    if prompt is not None:
        stops.insert(
            8,
            (
                "prompt-use",
                lambda: UseDialog(
                    prompt=prompt,
                    uses=ws.prompt_uses,
                    communities=ws.communities,
                    tasks=tasks,
                    community_id=None,
                    by=me,
                    parent=window,
                ),
            ),
        )
    return stops


def tour(window: MainWindow, settle: Settle) -> Iterator[tuple[str, QWidget]]:
    """Show each pane in ``window``, then each main dialog over it; yield (name, shown).

    ``window`` must be shown. Each dialog is closed and deleted when the walk moves on.
    """
    for key in window.panes:
        window.show_pane(key)
        settle()
        # A pane built as it is shown (pane_stack.py) loads in steps (a list, then the
        # chosen row's details and counts) and lays out what they changed on the next round
        # of events: settle again once that round has started what follows.
        QCoreApplication.processEvents()
        settle()
        yield f"pane-{key}", window
    for name, build in _dialogs(window):
        dialog = build()
        if not dialog.isVisible():
            dialog.show()
        settle()
        yield name, dialog
        dialog.close()
        dialog.deleteLater()
        settle()
    QCoreApplication.processEvents()
