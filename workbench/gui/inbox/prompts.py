"""Triage prompts and menus of the inbox pane (a mixin of InboxPane).

Prompts are non-blocking (``open()``, not ``exec()``): the keyboard flow never stops in a
nested event loop, and tests answer them like a user.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from workbench.gui.inbox import operations
from workbench.gui.inbox.actions import ShortcutHelp

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QTableView

    from workbench.core.inbox.query import View
    from workbench.core.inbox.service import InboxService
    from workbench.core.inbox.views import NamedView, SavedViews
    from workbench.gui.inbox.filters import FilterBar


def tr(text: str) -> str:
    return QCoreApplication.translate("InboxPane", text)


class PromptsMixin(QWidget):
    # Provided by InboxPane.
    table: QTableView
    filters: FilterBar
    service: InboxService
    saved: SavedViews
    menu: QMenu
    views: dict[str, NamedView]
    current_key: str
    current_view: View
    message: Any
    prompt: QInputDialog | None
    help: ShortcutHelp | None
    snooze_menu: QMenu | None
    assign: Callable[[str], None]
    add_tag: Callable[[str], None]
    remove_tag: Callable[[str], None]
    set_priority: Callable[[int], None]
    add_note: Callable[[str], None]
    snooze_until: Callable[[int], None]
    reload_views: Callable[..., None]
    _run: Callable[[Callable[[], Any], Callable[[Any], None]], None]

    def _ask(
        self,
        title: str,
        label: str,
        done: Callable[[str], None],
        *,
        items: Sequence[str] = (),
        text: str = "",
    ) -> QInputDialog:
        dialog = QInputDialog(self)
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
        self.activateWindow()
        self.table.setFocus()

    def ask_assign(self) -> None:
        known = self.filters.choices(self.filters.assignee)
        names = [self.service.me, *[a for a in known if a != self.service.me]]
        self._ask(
            tr("Assign"),
            tr("Assign to (a teammate's name; empty to unassign):"),
            self.assign,
            items=names,
            text=self.service.me,
        )

    def ask_tag(self) -> None:
        self._ask(
            tr("Tag"),
            tr("Tag:"),
            self.add_tag,
            items=self.filters.choices(self.filters.tag) or [""],
        )

    def ask_untag(self) -> None:
        self._ask(
            tr("Remove tag"),
            tr("Tag to remove:"),
            self.remove_tag,
            items=self.filters.choices(self.filters.tag) or [""],
        )

    def ask_priority(self) -> None:
        levels = [tr("0 — none"), tr("1 — low"), tr("2 — high"), tr("3 — urgent")]
        self._ask(
            tr("Priority"),
            tr("Priority:"),
            lambda v: self.set_priority(int(v[:1] or 0)),
            items=levels,
        )

    def ask_note(self) -> None:
        self._ask(tr("Add note"), tr("Private note for the team:"), self.add_note)

    def ask_snooze(self) -> None:
        menu = operations.snooze_menu(self, self.snooze_until)
        rect = self.table.visualRect(self.table.currentIndex())
        menu.popup(self.table.viewport().mapToGlobal(rect.bottomLeft()))
        self.snooze_menu = menu

    def ask_save_view(self) -> None:
        named = self.views.get(self.current_key)
        default = named.name if named and not named.builtin else ""
        self._ask(tr("Save view"), tr("Name of the view:"), self.save_view, text=default)

    def save_view(self, name: str) -> None:
        view = self.current_view
        self._run(
            lambda: self.saved.save(name, view), lambda saved: self.reload_views(select=saved.key)
        )

    def delete_view(self) -> None:
        named = self.views.get(self.current_key)
        if named is None or named.saved_id is None:
            self.message.emit(tr("Built-in views cannot be deleted."))
            return
        saved_id = named.saved_id
        self._run(
            lambda: self.saved.delete(saved_id), lambda _r: self.reload_views(select="all-new")
        )

    def ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("Export view to CSV"), "inbox.csv", tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        view = self.current_view
        self._run(
            lambda: operations.export_view(self.service, view, path),
            lambda n: self.message.emit(tr("Exported {n} items to {path}.").format(n=n, path=path)),
        )

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def show_help(self) -> None:
        self.help = ShortcutHelp(self)
        self.help.show()

    def _on_context_menu(self, pos: Any) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.menu.popup(self.table.viewport().mapToGlobal(pos))
