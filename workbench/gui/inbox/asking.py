"""The inbox pane's questions: input dialogs for triage (assign, tag, priority, note,
snooze), saving and deleting views, exporting a view, the shortcut help, the context menu.

Dialogs are non-blocking (``open()``, not ``exec()``): the keyboard flow never stops in a
nested event loop, and tests answer them like a user.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from workbench.core.changes import Changes
from workbench.core.inbox.views import SavedViews
from workbench.gui.inbox import operations
from workbench.gui.inbox.actions import ShortcutHelp

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from workbench.gui.inbox.pane import InboxPane


class Asking:
    def __init__(self, pane: InboxPane, views: SavedViews) -> None:
        self.pane = pane
        self.saved = views
        self.prompt: QInputDialog | None = None
        self.help: ShortcutHelp | None = None
        self.snooze_menu: QMenu | None = None

    def _ask(
        self,
        title: str,
        label: str,
        done: Callable[[str], None],
        *,
        items: Sequence[str] = (),
        text: str = "",
    ) -> QInputDialog:
        dialog = QInputDialog(self.pane)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        if items:
            dialog.setComboBoxItems(list(items))
            dialog.setComboBoxEditable(True)
        dialog.setTextValue(text)
        dialog.textValueSelected.connect(done)
        dialog.finished.connect(self._on_prompt_finished)
        self.prompt = dialog
        dialog.open()
        return dialog

    def _on_prompt_finished(self, _result: int) -> None:
        self.prompt = None
        # Back to the list, so the next key is a shortcut again.
        self.pane.activateWindow()
        self.pane.table.setFocus()

    def ask_assign(self) -> None:
        known = self.pane.filters.choices(self.pane.filters.assignee)
        names = [self.pane.service.me, *[a for a in known if a != self.pane.service.me]]
        self._ask(
            translate("InboxPane", "Assign"),
            translate("InboxPane", "Assign to (a teammate's name; empty to unassign):"),
            self.pane.triaging.assign,
            items=names,
            text=self.pane.service.me,
        )

    def ask_tag(self) -> None:
        self._ask(
            translate("InboxPane", "Tag", "dialog title: add a tag"),
            translate("InboxPane", "Tag:"),
            self.pane.triaging.add_tag,
            items=self.pane.filters.choices(self.pane.filters.tag) or [""],
        )

    def ask_untag(self) -> None:
        self._ask(
            translate("InboxPane", "Remove tag"),
            translate("InboxPane", "Tag to remove:"),
            self.pane.triaging.remove_tag,
            items=self.pane.filters.choices(self.pane.filters.tag) or [""],
        )

    def ask_priority(self) -> None:
        levels = [
            translate("InboxPane", "0 — none"),
            translate("InboxPane", "1 — low"),
            translate("InboxPane", "2 — high"),
            translate("InboxPane", "3 — urgent"),
        ]
        self._ask(
            translate("InboxPane", "Priority"),
            translate("InboxPane", "Priority:"),
            lambda v: self.pane.triaging.set_priority(int(v[:1] or 0)),
            items=levels,
        )

    def ask_note(self) -> None:
        self._ask(
            translate("InboxPane", "Add note"),
            translate("InboxPane", "Private note for the team:"),
            self.pane.triaging.add_note,
        )

    def ask_snooze(self) -> None:
        menu = operations.snooze_menu(self.pane, self.pane.triaging.snooze_until)
        rect = self.pane.table.visualRect(self.pane.table.currentIndex())
        menu.popup(self.pane.table.viewport().mapToGlobal(rect.bottomLeft()))
        self.snooze_menu = menu

    def ask_save_view(self) -> None:
        named = self.pane.views.get(self.pane.current_key)
        default = named.name if named and not named.builtin else ""
        self._ask(
            translate("InboxPane", "Save view"),
            translate("InboxPane", "Name of the view:"),
            self.save_view,
            text=default,
        )

    def save_view(self, name: str) -> None:
        view = self.pane.current_view

        def done(saved: Any) -> None:
            self.pane.changes.announce(Changes(views=True), source=self.pane)
            self.pane.reload_views(select=saved.key)

        self.pane.run(lambda: self.saved.save(name, view), done)

    def delete_view(self) -> None:
        named = self.pane.views.get(self.pane.current_key)
        if named is None or named.saved_id is None:
            self.pane.message.emit(translate("InboxPane", "Built-in views cannot be deleted."))
            return
        saved_id = named.saved_id

        def done(_result: object) -> None:
            self.pane.changes.announce(Changes(views=True), source=self.pane)
            self.pane.reload_views(select="all-new")

        self.pane.run(lambda: self.saved.delete(saved_id), done)

    def ask_export(self) -> None:
        # In the Documents folder, not wherever the app happened to be started from.
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self.pane,
            translate("InboxPane", "Export view to CSV"),
            str(Path(folder or Path.home()) / "inbox.csv"),
            translate("InboxPane", "CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        view = self.pane.current_view
        self.pane.run(
            lambda: operations.export_view(self.pane.service, view, path),
            lambda n: self.pane.message.emit(
                translate("InboxPane", "Exported {n} items to {path}.").format(n=n, path=path)
            ),
        )

    def focus_search(self) -> None:
        self.pane.filters.search.setFocus()
        self.pane.filters.search.selectAll()

    def show_help(self) -> None:
        self.help = ShortcutHelp(self.pane)
        self.help.show()

    def context_menu(self, pos: Any) -> None:
        index = self.pane.table.indexAt(pos)
        if index.isValid() and not self.pane.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            self.pane.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.pane.widgets.menu.popup(self.pane.table.viewport().mapToGlobal(pos))
