"""The inbox pane: sidebar of views, filter bar, item table, item view; keyboard-first.

Every query and write runs on the task runner; results come back on the GUI thread. A
view change shows the first page of ids at once and appends the rest when the full list
arrives. ``sync_finished`` re-queries the current view and keeps the selection and the
scroll position, counting what arrived in "N new".
"""

from __future__ import annotations

import logging
from array import array
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from connectors.api import ModAction
from workbench.core.inbox.query import View
from workbench.core.inbox.service import IdList, InboxRow, InboxService, ItemDetail
from workbench.core.inbox.triage import Triage, UndoRecord
from workbench.core.inbox.views import NamedView, SavedViews, builtin_views
from workbench.core.workspace import Workspace
from workbench.gui.inbox import operations
from workbench.gui.inbox.actions import ShortcutHelp, build
from workbench.gui.inbox.composer import PostComposer, ReplyComposer
from workbench.gui.inbox.detail import ItemView
from workbench.gui.inbox.filters import FilterBar
from workbench.gui.inbox.model import COLUMNS, ID_ROLE, InboxModel
from workbench.gui.inbox.moderation import ModerationMixin
from workbench.gui.inbox.posting import PostingMixin
from workbench.gui.inbox.prompts import PromptsMixin
from workbench.gui.inbox.replies import RepliesMixin
from workbench.gui.inbox.sidebar import ViewList
from workbench.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

FIRST_PAGE = 200
UNDO_DEPTH = 50
WAKE_INTERVAL_MS = 60_000


def tr(text: str) -> str:
    return QCoreApplication.translate("InboxPane", text)


class InboxPane(PromptsMixin, RepliesMixin, ModerationMixin, PostingMixin, QWidget):
    """``InboxPane(workspace, tasks, parent)``; call ``sync_finished()`` after each sync."""

    loaded = Signal()  # the current view's full id list is shown
    message = Signal(str)  # what the status line says

    def __init__(
        self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.service = InboxService(workspace.store, outbox=workspace.outbox)
        service = self.service
        self.destroyed.connect(lambda _obj=None: service.close())
        self.triage = Triage(workspace.store)
        self.saved = SavedViews(workspace.store)
        self.undo_stack: list[UndoRecord] = []
        self.views: dict[str, NamedView] = {}
        self.current_key = "all-new"
        self.current_view = View()
        self.loading = False
        self._generation = 0
        self.shown_generation = -1  # the query whose rows the table shows
        self._detail_generation = 0
        self._last_id = 0
        self.new_count = 0
        self.prompt: QInputDialog | None = None
        self.composer: ReplyComposer | None = None
        self.post_composer: PostComposer | None = None
        self.help: ShortcutHelp | None = None
        self.snooze_menu: QMenu | None = None

        self.model = InboxModel(self._fetch_rows, self)
        self.table = QTableView()
        self.table.setObjectName("inboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Fixed heights: Qt then never measures a million rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        widths = {"state": 75, "priority": 22, "kind": 70, "community": 120, "author": 105,
                  "assignee": 60, "tags": 55, "time": 75}  # fmt: skip
        for column, key in enumerate(COLUMNS):
            if key == "item":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.resizeSection(column, widths[key])
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_current())

        self.sidebar = ViewList()
        self.sidebar.view_chosen.connect(self._on_view_chosen)
        self.filters = FilterBar()
        self.filters.changed.connect(self.refresh)
        self.item_view = ItemView()
        self.item_view.open_item.connect(self.show_item)
        self.item_view.retry_entry.connect(self.retry_entry)
        self.item_view.mark_entry_done.connect(self.mark_entry_done)
        self.item_view.reply_clicked.connect(self.reply)
        self.item_view.load_remote.connect(self._on_load_remote)

        self.actions_by_key = build(self, self._handlers())
        self.menu = QMenu(tr("Inbox"), self)
        self._fill_menu(self.menu)
        menu_button = QToolButton()
        menu_button.setText(tr("Actions"))
        menu_button.setMenu(self.menu)
        menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button = QPushButton()
        self.new_button.setObjectName("inboxNewItems")
        self.new_button.setToolTip(
            tr("Items that arrived with the last sync; click to go to the top")
        )
        self.new_button.hide()
        self.new_button.clicked.connect(self._on_new_clicked)
        self.status = QLabel()
        self.status.setObjectName("inboxStatus")
        self.message.connect(self.status.setText)

        # A tool bar: on a narrow window the buttons that do not fit move into its » menu.
        buttons = QToolBar()
        buttons.setObjectName("inboxButtons")
        # The buttons teach the keys: each label ends with its shortcut.
        short_labels = {
            "done": tr("Done"), "needs_reply": tr("Needs reply"), "waiting": tr("Waiting"),
            "snooze": tr("Snooze"), "assign": tr("Assign"), "tag": tr("Tag"),
            "reply": tr("Reply"), "undo": tr("Undo"),
        }  # fmt: skip
        for key, label in short_labels.items():
            action = self.actions_by_key[key]
            button = QToolButton()
            button.setText(f"{label} ({action.shortcut().toString()})")
            button.setObjectName(f"inboxButton_{key}")
            button.setToolTip(action.toolTip())
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys keep going to the list
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        row = QHBoxLayout()
        row.addWidget(buttons, 1)
        row.addWidget(self.new_button)
        row.addWidget(menu_button)
        help_button = QToolButton()
        help_button.setDefaultAction(self.actions_by_key["help"])
        help_button.setText("?")
        row.addWidget(help_button)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.filters)
        middle_layout.addLayout(row)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.status)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        views_title = QLabel(tr("<b>Views</b>"))
        views_title.setToolTip(tr("Built-in views and the views you saved, with their counts"))
        side_layout.addWidget(views_title)
        side_layout.addWidget(self.sidebar, 1)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(middle)
        splitter.addWidget(self.item_view)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([180, 900, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._wake_timer = QTimer(self)
        self._wake_timer.setInterval(WAKE_INTERVAL_MS)
        self._wake_timer.timeout.connect(self.wake_snoozed)
        self._wake_timer.start()
        # Built-in views need no query: show "All new" at once, saved views follow.
        builtin = builtin_views()
        self.views = {v.key: v for v in builtin}
        self.sidebar.set_views(builtin, self.current_key)
        self.refresh()
        self.reload_views(requery=False)

    # -- wiring -----------------------------------------------------------------------

    def _handlers(self) -> dict[str, Callable[[], None]]:
        return {
            "next": lambda: self.step(1),
            "previous": lambda: self.step(-1),
            "open": self.open_current,
            "done": lambda: self.set_state("done"),
            "needs_reply": lambda: self.set_state("needs_reply"),
            "waiting": lambda: self.set_state("waiting"),
            "new": lambda: self.set_state("new"),
            "reply": self.reply,
            "post": self.new_post,
            "assign": self.ask_assign,
            "snooze": self.ask_snooze,
            "tag": self.ask_tag,
            "untag": self.ask_untag,
            "priority": self.ask_priority,
            "note": self.ask_note,
            "approve": lambda: self.moderate(ModAction.APPROVE),
            "remove": self.ask_remove,
            "spam": lambda: self.moderate(ModAction.SPAM),
            "lock": lambda: self.moderate(ModAction.LOCK),
            "unlock": lambda: self.moderate(ModAction.UNLOCK),
            "hide": lambda: self.moderate(ModAction.HIDE),
            "unhide": lambda: self.moderate(ModAction.UNHIDE),
            "search": self.focus_search,
            "undo": self.undo,
            "refresh": self.refresh,
            "save_view": self.ask_save_view,
            "delete_view": self.delete_view,
            "export": self.ask_export,
            "help": self.show_help,
        }

    def _fill_menu(self, menu: QMenu) -> None:
        groups = (
            ("next", "previous", "open"),
            ("done", "needs_reply", "waiting", "new", "snooze"),
            ("reply", "post", "assign", "tag", "untag", "priority", "note"),
            ("approve", "remove", "spam", "lock", "unlock", "hide", "unhide"),
            ("undo", "search", "refresh"),
            ("save_view", "delete_view", "export", "help"),
        )
        for group in groups:
            for key in group:
                menu.addAction(self.actions_by_key[key])
            menu.addSeparator()

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.tasks.run(fn, done, self._on_task_failed, owner=self)

    def _on_task_failed(self, error: Exception) -> None:
        log.warning("inbox task failed: %s", error)
        self.loading = False
        self.message.emit(tr("Something went wrong: {error}").format(error=error))

    def _fetch_rows(self, ids: Sequence[int], done: Callable[[list[InboxRow]], None]) -> None:
        wanted = list(ids)
        self._run(lambda: self.service.rows(wanted), done)

    # -- views ------------------------------------------------------------------------

    def reload_views(self, select: str | None = None, *, requery: bool = True) -> None:
        def load() -> tuple[list[NamedView], tuple[Any, ...]]:
            views = builtin_views() + self.saved.all()
            choices = (self.service.communities(), self.service.tags(), self.service.assignees())
            return views, choices

        def done(result: tuple[list[NamedView], tuple[Any, ...]]) -> None:
            views, choices = result
            self.views = {v.key: v for v in views}
            key = select if select in self.views else self.current_key
            if key not in self.views:
                key = "all-new"
            self.sidebar.set_views(views, key)
            self.filters.set_choices(*choices)
            if requery or key != self.current_key:
                self._choose(key)
            else:
                self.refresh_counts()

        self._run(load, done)

    def _on_view_chosen(self, key: str) -> None:
        if key != self.current_key:
            self.filters.reset()
        self._choose(key)

    def _choose(self, key: str) -> None:
        self.current_key = key
        self.refresh()

    def select_view(self, key: str) -> None:
        """Show a view by key ("all-new", "needs-reply", ..., "saved:<id>")."""
        self.sidebar.select(key)
        if self.current_key != key:
            self._choose(key)

    def effective_view(self) -> View:
        named = self.views.get(self.current_key)
        return self.filters.apply(named.view if named else View())

    def refresh(self) -> None:
        """Query the current view again from scratch (a new view, filter or search)."""
        self._generation += 1
        generation = self._generation
        view = self.effective_view()
        self.current_view = view
        self.loading = True
        self.new_button.hide()
        self.new_count = 0

        def first() -> tuple[IdList, list[InboxRow], int]:
            last = self.service.last_item_id()
            ids = self.service.ids(view, limit=FIRST_PAGE)
            return ids, self.service.rows(ids.ids[:100]), last

        def shown(result: tuple[IdList, list[InboxRow], int]) -> None:
            if generation != self._generation:
                return
            ids, rows, last = result
            self._last_id = last
            self.model.set_ids(array("q", ids.ids), rows)
            if len(ids.ids):
                self.table.selectRow(0)
            else:
                self.item_view.clear()
            self._say(ids)
            self.shown_generation = generation
            if ids.complete:
                self._loaded()
            else:
                self._run(lambda: self.service.ids(view), rest)
            self.refresh_counts()  # after the rows: the list comes first

        def rest(full: IdList) -> None:
            if generation != self._generation:
                return
            shown_ids = self.model.ids
            if full.ids[: len(shown_ids)] == shown_ids:
                self.model.extend_ids(full.ids[len(shown_ids) :])
            else:
                self.model.replace_ids(full.ids)
            self._say(full)
            self._loaded()

        self._run(first, shown)

    def _loaded(self) -> None:
        self.loading = False
        self.loaded.emit()

    def _say(self, ids: IdList) -> None:
        count = len(self.model.ids)
        text = (
            tr("{n} items").format(n=f"{count:,}")
            if ids.complete
            else tr("{n}+ items, loading the rest…").format(n=f"{count:,}")
        )
        if ids.complete and not count:
            named = self.views.get(self.current_key)
            text = tr("Nothing here.")
            if named is not None and named.description and not self.current_view.search:
                text += " " + tr("This view shows: {what}.").format(what=named.description.lower())
        if ids.message:
            text = f"{ids.message} {text}"
        self.message.emit(text)

    def refresh_counts(self) -> None:
        views = {key: named.view for key, named in self.views.items()}
        if views:
            self._run(lambda: self.service.counts(views), self.sidebar.set_counts)

    def sync_finished(self) -> None:
        """New items may have arrived: re-query, keep selection and scroll, show "N new"."""
        self.wake_snoozed(requery=False)
        self.requery(count_new=True)

    def requery(self, *, count_new: bool = False) -> None:
        """The same view again (after a sync or undo), keeping selection and scroll."""
        self._generation += 1
        generation = self._generation
        view = self.current_view
        since = self._last_id
        self.loading = True

        def query() -> tuple[IdList, int, int]:
            last = self.service.last_item_id()
            ids = self.service.ids(view)
            arrived = 0
            if count_new and last > since:
                arrived = self.service.count(replace(view, after_id=since))
            return ids, arrived, last

        def done(result: tuple[IdList, int, int]) -> None:
            if generation != self._generation:
                return
            ids, arrived, last = result
            self._last_id = last
            self._keep_place(lambda: self.model.replace_ids(ids.ids))
            if arrived:
                self.new_count += arrived
                self.new_button.setText(tr("{n} new").format(n=self.new_count))
                self.new_button.show()
            self._say(ids)
            self._loaded()

        self._run(query, done)
        self.refresh_counts()

    def _keep_place(self, change: Callable[[], None]) -> None:
        """Run ``change`` keeping the top visible item where it was."""
        top = self.table.rowAt(0)
        anchor = self.model.ids[top] if 0 <= top < len(self.model.ids) else None
        current = self.current_id()
        change()
        if anchor is not None:
            found = self.model.locate({anchor})
            if anchor in found:
                self.table.verticalScrollBar().setValue(found[anchor])
        if current is not None and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _on_new_clicked(self) -> None:
        self.new_button.hide()
        self.new_count = 0
        self.table.scrollToTop()
        if self.model.ids:
            self.table.selectRow(0)

    # -- selection and the item view --------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.ids[r] for r in rows if r < len(self.model.ids)]
        if not ids and (current := self.current_id()) is not None:
            ids = [current]
        return ids

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.ids):
            return None
        return int(self.model.ids[index.row()])

    def step(self, step: int) -> None:
        if not self.model.ids:
            return
        row = self.table.currentIndex().row()
        row = 0 if row < 0 else max(0, min(len(self.model.ids) - 1, row + step))
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def open_current(self) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self.show_item(item_id)
            self.item_view.browser.setFocus()

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_item(int(self.model.data(current, ID_ROLE)))

    def show_item(self, item_id: int) -> None:
        self._detail_generation += 1
        generation = self._detail_generation

        def done(detail: ItemDetail | None) -> None:
            if generation != self._detail_generation:
                return
            if detail is None:
                self.item_view.clear()
            else:
                self.item_view.show_detail(detail)

        self._run(lambda: self.service.detail(item_id), done)

    def _on_load_remote(self, urls: list[str]) -> None:
        def fetched(images: list[tuple[str, bytes]]) -> None:
            for url, data in images:
                self.item_view.add_image(url, data)

        self._run(lambda: operations.fetch_images(urls), fetched)

    # -- triage -----------------------------------------------------------------------

    def _triage(self, action: Callable[[list[int]], UndoRecord], leaves_view: bool) -> None:
        ids = self.selected_ids()
        if not ids:
            self.message.emit(tr("Select an item first."))
            return

        def done(record: UndoRecord) -> None:
            self.undo_stack.append(record)
            del self.undo_stack[:-UNDO_DEPTH]
            self.model.forget(ids)
            if leaves_view:
                row = self.table.currentIndex().row()
                self.model.remove_ids(ids)
                if self.model.ids:
                    self.table.selectRow(min(max(row, 0), len(self.model.ids) - 1))
                else:
                    self.item_view.clear()
            elif (current := self.current_id()) is not None:
                self.show_item(current)
            self.message.emit(tr("{label}. Press U to undo.").format(label=record.label))
            if self.loading:  # the rest of the list was queried before this change
                self.requery()
            self.refresh_counts()
            self.reload_choices()

        self._run(lambda: action(ids), done)

    def _leaves(self, state: str) -> bool:
        states = self.current_view.states
        return bool(states) and state not in states

    def set_state(self, state: str) -> None:
        self._triage(lambda ids: self.triage.set_state(ids, state), self._leaves(state))

    def snooze_until(self, until: int) -> None:
        self._triage(lambda ids: self.triage.snooze(ids, until), self._leaves("snoozed"))

    def assign(self, name: str) -> None:
        leaves = self.current_view.assignee is not None
        self._triage(lambda ids: self.triage.assign(ids, name), leaves)

    def add_tag(self, tag: str) -> None:
        self._triage(lambda ids: self.triage.add_tag(ids, tag), False)

    def remove_tag(self, tag: str) -> None:
        self._triage(lambda ids: self.triage.remove_tag(ids, tag), bool(self.current_view.tags))

    def set_priority(self, priority: int) -> None:
        self._triage(lambda ids: self.triage.set_priority(ids, priority), False)

    def add_note(self, text: str) -> None:
        if text.strip():
            me = self.service.me
            self._triage(lambda ids: self.triage.add_note(ids, text.strip(), author=me), False)

    def undo(self) -> None:
        if not self.undo_stack:
            self.message.emit(tr("Nothing to undo."))
            return
        record = self.undo_stack.pop()

        def done(_result: object) -> None:
            self.model.forget(record.ids)
            self.message.emit(tr("Undone: {label}.").format(label=record.label))
            self.requery()
            if (current := self.current_id()) is not None:
                self.show_item(current)

        self._run(lambda: self.triage.undo(record), done)

    def wake_snoozed(self, *, requery: bool = True) -> None:
        """Snoozed items whose time has come go back to New."""

        def done(woken: int) -> None:
            if woken and requery:
                self.requery()

        self._run(self.triage.wake_snoozed, done)

    def reload_choices(self) -> None:
        def load() -> tuple[Any, ...]:
            return self.service.communities(), self.service.tags(), self.service.assignees()

        self._run(load, lambda choices: self.filters.set_choices(*choices))

    def closeEvent(self, event: Any) -> None:
        self._wake_timer.stop()
        self.tasks.wait()
        self.service.close()
        super().closeEvent(event)
