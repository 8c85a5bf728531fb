"""The sidebar: built-in and saved views with live counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from workbench.core.inbox.service import COUNT_CAP
from workbench.core.inbox.views import NamedView
from workbench.gui.formats import number_text
from workbench.gui.text import plain_tooltip
from workbench.gui.words import words

translate = QCoreApplication.translate


def view_name(view: NamedView) -> str:
    """A built-in view's name in the user's language; a saved view's as the user wrote it."""
    return words(view.title) if view.title is not None else view.name


def view_description(view: NamedView) -> str:
    return words(view.about) if view.about is not None else view.description


KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ViewList(QListWidget):
    view_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views: dict[str, NamedView] = {}
        self.counts: dict[str, int] = {}
        self.setObjectName("inboxViews")
        self.currentItemChanged.connect(self._on_current_item_changed)
        self.setMinimumWidth(140)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_views(self, views: list[NamedView], current: str) -> None:
        self.blockSignals(True)
        self.clear()
        self.views = {v.key: v for v in views}
        saved_header = False
        for view in views:
            if not view.builtin and not saved_header:
                header = QListWidgetItem(translate("InboxSidebar", "Saved views"))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                self.addItem(header)
                saved_header = True
            item = QListWidgetItem()
            item.setData(KEY_ROLE, view.key)
            item.setToolTip(plain_tooltip(view_description(view) or view_name(view)))
            self.addItem(item)
            if view.key == current:
                self.setCurrentItem(item)
        self.blockSignals(False)
        self._paint()

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self._paint()

    def _paint(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            key = item.data(KEY_ROLE)
            if key is None:
                continue
            view = self.views[key]
            name = view_name(view)
            count = self.counts.get(key)
            if count is None:
                item.setText(name)
            elif count >= COUNT_CAP:  # counting stops there: a full count would scan it all
                item.setText(f"{name}  ({number_text(COUNT_CAP)}+)")
            else:
                item.setText(f"{name}  ({number_text(count)})")

    def select(self, key: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(KEY_ROLE) == key:
                self.setCurrentRow(row)
                return

    def current_key(self) -> str | None:
        item = self.currentItem()
        key = None if item is None else item.data(KEY_ROLE)
        return None if key is None else str(key)

    def _on_current_item_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is not None and item.data(KEY_ROLE) is not None:
            self.view_chosen.emit(item.data(KEY_ROLE))
