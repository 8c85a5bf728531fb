"""The inbox's actions: one QAction each, with its shortcut, shared by the menu, the
toolbar buttons, the table's context menu and the shortcut help."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from connectors.api import ModAction
from workbench.core.inbox.query import State

if TYPE_CHECKING:
    from workbench.gui.inbox.pane import InboxPane

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ActionSpec:
    key: str
    label: str
    shortcuts: tuple[str, ...]
    tip: str = ""


def specs() -> list[ActionSpec]:
    return [
        ActionSpec(
            "next",
            translate("InboxActions", "Next item"),
            ("J",),
            translate("InboxActions", "Select the next item"),
        ),
        ActionSpec(
            "previous",
            translate("InboxActions", "Previous item"),
            ("K",),
            translate("InboxActions", "Select the previous item"),
        ),
        ActionSpec(
            "open",
            translate("InboxActions", "Open item"),
            ("Return", "Enter"),
            translate("InboxActions", "Read the item"),
        ),
        ActionSpec(
            "done",
            translate("InboxActions", "Mark done"),
            ("E",),
            translate("InboxActions", "Mark the selected items done"),
        ),
        ActionSpec(
            "needs_reply",
            translate("InboxActions", "Mark needs reply"),
            ("N",),
            translate("InboxActions", "Mark as needing a reply"),
        ),
        ActionSpec(
            "waiting",
            translate("InboxActions", "Mark waiting"),
            ("W",),
            translate("InboxActions", "Waiting for someone else"),
        ),
        ActionSpec(
            "new",
            translate("InboxActions", "Mark new"),
            ("Shift+N",),
            translate("InboxActions", "Put back to New"),
        ),
        ActionSpec(
            "reply",
            translate("InboxActions", "Reply…"),
            ("R",),
            translate("InboxActions", "Write a reply"),
        ),
        ActionSpec(
            "post",
            translate("InboxActions", "New post…"),
            ("C",),
            translate("InboxActions", "Start a conversation in this community"),
        ),
        ActionSpec(
            "assign",
            translate("InboxActions", "Assign…"),
            ("A",),
            translate("InboxActions", "Assign to a teammate by name"),
        ),
        ActionSpec(
            "snooze",
            translate("InboxActions", "Snooze…"),
            ("S",),
            translate("InboxActions", "Hide until a time, then back to New"),
        ),
        ActionSpec(
            "tag", translate("InboxActions", "Tag…"), ("T",), translate("InboxActions", "Add a tag")
        ),
        ActionSpec(
            "untag",
            translate("InboxActions", "Remove tag…"),
            ("Shift+T",),
            translate("InboxActions", "Remove a tag"),
        ),
        ActionSpec(
            "priority",
            translate("InboxActions", "Set priority…"),
            ("P",),
            translate("InboxActions", "Set priority 0 (none) to 3"),
        ),
        ActionSpec(
            "note",
            translate("InboxActions", "Add note…"),
            ("Shift+M",),
            translate("InboxActions", "A private note for the team"),
        ),
        ActionSpec(
            "report",
            translate("InboxActions", "Report this…"),
            ("!",),
            translate(
                "InboxActions",
                "Put the open item in the moderation queue, with who reported it and why",
            ),
        ),
        ActionSpec(
            "approve",
            translate("InboxActions", "Approve"),
            ("Shift+A",),
            translate("InboxActions", "Approve the open item"),
        ),
        ActionSpec(
            "remove",
            translate("InboxActions", "Remove…"),
            ("Shift+R",),
            translate("InboxActions", "Remove the open item, with a reason"),
        ),
        ActionSpec(
            "spam",
            translate("InboxActions", "Mark as spam"),
            ("Shift+S",),
            translate("InboxActions", "Remove the open item as spam"),
        ),
        ActionSpec(
            "lock",
            translate("InboxActions", "Lock"),
            ("L",),
            translate("InboxActions", "Lock the open item: no more replies"),
        ),
        ActionSpec(
            "unlock",
            translate("InboxActions", "Unlock"),
            ("Shift+L",),
            translate("InboxActions", "Allow replies again"),
        ),
        ActionSpec(
            "hide",
            translate("InboxActions", "Hide"),
            ("H",),
            translate("InboxActions", "Hide the open comment from the public"),
        ),
        ActionSpec(
            "unhide",
            translate("InboxActions", "Unhide"),
            ("Shift+H",),
            translate("InboxActions", "Show the hidden comment again"),
        ),
        ActionSpec(
            "search",
            translate("InboxActions", "Search"),
            ("/",),
            translate("InboxActions", "Search all items"),
        ),
        ActionSpec(
            "undo",
            translate("InboxActions", "Undo"),
            ("U", "Ctrl+Z"),
            translate("InboxActions", "Undo the last triage action"),
        ),
        # Not F5: that is the window's "Sync all accounts" (one key, two actions = neither).
        ActionSpec(
            "refresh",
            translate("InboxActions", "Refresh"),
            ("Shift+F5",),
            translate("InboxActions", "Query the view again"),
        ),
        ActionSpec(
            "save_view",
            translate("InboxActions", "Save view…"),
            (),
            translate("InboxActions", "Save filters and search as a view"),
        ),
        ActionSpec(
            "delete_view",
            translate("InboxActions", "Delete saved view"),
            (),
            translate("InboxActions", "Delete the saved view"),
        ),
        ActionSpec(
            "export",
            translate("InboxActions", "Export view to CSV…"),
            (),
            translate("InboxActions", "Export the current view"),
        ),
        ActionSpec(
            "help",
            translate("InboxActions", "Keyboard shortcuts"),
            ("?", "Shift+?"),
            translate("InboxActions", "Show all shortcuts"),
        ),
    ]


def build(parent: QWidget, handlers: dict[str, Callable[[], None]]) -> dict[str, QAction]:
    """Create the actions on ``parent``; shortcuts work while focus is in the pane."""
    actions: dict[str, QAction] = {}
    for spec in specs():
        action = QAction(spec.label, parent)
        action.setObjectName(f"inbox_{spec.key}")
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if spec.tip:
            shown = spec.shortcuts[0] if spec.shortcuts else ""
            action.setToolTip(f"{spec.tip} ({shown})" if shown else spec.tip)
            action.setStatusTip(spec.tip)
        handler = handlers[spec.key]
        action.triggered.connect(lambda _checked=False, h=handler: h())
        parent.addAction(action)
        actions[spec.key] = action
    return actions


class ShortcutHelp(QDialog):
    """Every shortcut, built from the actions themselves so it cannot go stale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("InboxActions", "Inbox keyboard shortcuts"))
        rows = "".join(
            f"<tr><td><b>{' / '.join(s.shortcuts)}</b></td><td>{s.label}</td>"
            f"<td style='color:gray'>{s.tip}</td></tr>"
            for s in specs()
            if s.shortcuts
        )
        label = QLabel(
            "<table cellspacing=6>"
            + rows
            + "</table><p>"
            + translate(
                "InboxActions",
                "Everything is also in the Actions menu and on a right click in the list.",
            )
            + "</p>"
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(label)


def handlers(pane: InboxPane) -> dict[str, Callable[[], None]]:
    """What each action does, by key: the pane's list and its helpers."""
    t, c, m, a = pane.triaging, pane.composing, pane.moderating, pane.asking
    return {
        "next": lambda: pane.step(1),
        "previous": lambda: pane.step(-1),
        "open": pane.open_current,
        "done": lambda: t.set_state(State.DONE),
        "needs_reply": lambda: t.set_state(State.NEEDS_REPLY),
        "waiting": lambda: t.set_state(State.WAITING),
        "new": lambda: t.set_state(State.NEW),
        "reply": c.reply,
        "post": c.new_post,
        "assign": a.ask_assign,
        "snooze": a.ask_snooze,
        "tag": a.ask_tag,
        "untag": a.ask_untag,
        "priority": a.ask_priority,
        "note": a.ask_note,
        "approve": lambda: m.moderate(ModAction.APPROVE),
        "remove": m.ask_remove,
        "report": m.ask_report,
        "spam": lambda: m.moderate(ModAction.SPAM),
        "lock": lambda: m.moderate(ModAction.LOCK),
        "unlock": lambda: m.moderate(ModAction.UNLOCK),
        "hide": lambda: m.moderate(ModAction.HIDE),
        "unhide": lambda: m.moderate(ModAction.UNHIDE),
        "search": a.focus_search,
        "undo": t.undo,
        "refresh": pane.refresh,
        "save_view": a.ask_save_view,
        "delete_view": a.delete_view,
        "export": a.ask_export,
        "help": a.show_help,
    }
