"""The Prompts pane's actions: one QAction each with its key, shared by the buttons, the
list's context menu and the key help. Keys work while focus is in the pane, as the inbox's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ActionSpec:
    key: str
    label: str
    shortcuts: tuple[str, ...]
    tip: str = ""
    needs_prompt: bool = True  # disabled while no prompt is selected


def specs() -> list[ActionSpec]:
    return [
        ActionSpec("search", translate("PromptActions", "Search"), ("/",),
                   translate("PromptActions", "Type to search the prompts"), False),
        ActionSpec("new", translate("PromptActions", "New…"), ("N",),
                   translate("PromptActions", "Write a new prompt, with the coach"), False),
        ActionSpec("edit", translate("PromptActions", "Edit…"), ("E",),
                   translate("PromptActions", "Edit the selected prompt")),
        ActionSpec("duplicate", translate("PromptActions", "Duplicate"), ("D",),
                   translate("PromptActions", "Make a copy of the prompt to change")),
        ActionSpec("favourite", translate("PromptActions", "Favourite"), ("F",),
                   translate("PromptActions", "Mark or unmark as a favourite")),
        ActionSpec("archive", translate("PromptActions", "Archive"), ("Del",),
                   translate("PromptActions", "Archive the prompt (or bring it back)")),
        ActionSpec("use", translate("PromptActions", "Use…"), ("U",),
                   translate("PromptActions", "Post the prompt in a community, now or later; Enter in the list too")),
        ActionSpec("suggest", translate("PromptActions", "Suggest…"), ("S",),
                   translate("PromptActions", "Prompts that fit a community and were not used there lately"), False),
        ActionSpec("results", translate("PromptActions", "Results…"), (),
                   translate("PromptActions", "How prompts did, per prompt and per community"), False),
        ActionSpec("import", translate("PromptActions", "Import prompts…"), (),
                   translate("PromptActions", "Add the prompts of a file (one JSON object per line)"), False),
        ActionSpec("help", translate("PromptActions", "Keyboard shortcuts"), ("?", "Shift+?"),
                   translate("PromptActions", "Show the Prompts pane's keys"), False),
    ]  # fmt: skip


def relabel(action: QAction, label: str) -> None:
    """A new label (Favourite / Unfavourite) keeping the key in the buttons' text."""
    shown = action.shortcut().toString()
    action.setText(label)
    action.setIconText(f"{label} ({shown})" if shown else label)


def build(parent: QWidget, handlers: dict[str, Callable[[], None]]) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in specs():
        action = QAction(spec.label, parent)
        action.setObjectName(f"prompts_{spec.key}")
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = spec.shortcuts[0] if spec.shortcuts else ""
        # Buttons show the icon text: it teaches the key ("Use… (U)").
        action.setIconText(f"{spec.label} ({shown})" if shown else spec.label)
        action.setToolTip(f"{spec.tip} ({shown})" if shown else spec.tip)
        action.setStatusTip(spec.tip)
        action.setProperty("needs_prompt", spec.needs_prompt)
        handler = handlers[spec.key]
        action.triggered.connect(lambda _checked=False, h=handler: h())
        parent.addAction(action)
        actions[spec.key] = action
    return actions


def shortcut_lines() -> list[str]:
    """ "key: what it does" for every action with a key, Enter included (the help)."""
    lines = [f"{' / '.join(s.shortcuts[:1])}: {s.tip}" for s in specs() if s.shortcuts]
    lines.append(translate("PromptActions", "Enter: use the selected prompt"))
    return lines
