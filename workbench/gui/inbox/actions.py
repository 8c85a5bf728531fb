"""The inbox's actions: one QAction each, with its shortcut, shared by the menu, the
toolbar buttons, the table's context menu and the shortcut help."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("InboxActions", text)


@dataclass(frozen=True)
class ActionSpec:
    key: str
    label: str
    shortcuts: tuple[str, ...]
    tip: str = ""


def specs() -> list[ActionSpec]:
    return [
        ActionSpec("next", tr("Next item"), ("J",), tr("Select the next item")),
        ActionSpec("previous", tr("Previous item"), ("K",), tr("Select the previous item")),
        ActionSpec("open", tr("Open item"), ("Return", "Enter"), tr("Read the item")),
        ActionSpec("done", tr("Mark done"), ("E",), tr("Mark the selected items done")),
        ActionSpec("needs_reply", tr("Mark needs reply"), ("N",), tr("Mark as needing a reply")),
        ActionSpec("waiting", tr("Mark waiting"), ("W",), tr("Waiting for someone else")),
        ActionSpec("new", tr("Mark new"), ("Shift+N",), tr("Put back to New")),
        ActionSpec("reply", tr("Reply…"), ("R",), tr("Write a reply")),
        ActionSpec("post", tr("New post…"), ("C",), tr("Start a conversation in this community")),
        ActionSpec("assign", tr("Assign…"), ("A",), tr("Assign to a teammate by name")),
        ActionSpec("snooze", tr("Snooze…"), ("S",), tr("Hide until a time, then back to New")),
        ActionSpec("tag", tr("Tag…"), ("T",), tr("Add a tag")),
        ActionSpec("untag", tr("Remove tag…"), ("Shift+T",), tr("Remove a tag")),
        ActionSpec("priority", tr("Set priority…"), ("P",), tr("Set priority 0 (none) to 3")),
        ActionSpec("note", tr("Add note…"), ("Shift+M",), tr("A private note for the team")),
        ActionSpec("approve", tr("Approve"), ("Shift+A",), tr("Approve the open item")),
        ActionSpec(
            "remove", tr("Remove…"), ("Shift+R",), tr("Remove the open item, with a reason")
        ),
        ActionSpec("spam", tr("Mark as spam"), ("Shift+S",), tr("Remove the open item as spam")),
        ActionSpec("lock", tr("Lock"), ("L",), tr("Lock the open item: no more replies")),
        ActionSpec("unlock", tr("Unlock"), ("Shift+L",), tr("Allow replies again")),
        ActionSpec("hide", tr("Hide"), ("H",), tr("Hide the open comment from the public")),
        ActionSpec("unhide", tr("Unhide"), ("Shift+H",), tr("Show the hidden comment again")),
        ActionSpec("search", tr("Search"), ("/",), tr("Search all items")),
        ActionSpec("undo", tr("Undo"), ("U", "Ctrl+Z"), tr("Undo the last triage action")),
        # Not F5: that is the window's "Sync all accounts" (one key, two actions = neither).
        ActionSpec("refresh", tr("Refresh"), ("Shift+F5",), tr("Query the view again")),
        ActionSpec("save_view", tr("Save view…"), (), tr("Save filters and search as a view")),
        ActionSpec("delete_view", tr("Delete saved view"), (), tr("Delete the saved view")),
        ActionSpec("export", tr("Export view to CSV…"), (), tr("Export the current view")),
        ActionSpec("help", tr("Keyboard shortcuts"), ("?", "Shift+?"), tr("Show all shortcuts")),
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
        self.setWindowTitle(tr("Inbox keyboard shortcuts"))
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
            + tr("Everything is also in the Actions menu and on a right click in the list.")
            + "</p>"
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
