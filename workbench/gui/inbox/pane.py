"""The inbox pane: views on the left, the item list, the open item; keyboard-first.

The pane holds the list (which view, its ids, the selection); what the user does to items
lives beside it: triaging.py (states, tags, Undo), composing.py (replies, posts, the outbox,
the few seconds to take an action back), moderation.py, asking.py (dialogs and menus); the
widgets are built in layout.py. Every query and write runs on the task runner; results come
back on the GUI thread. A view change shows the first page of ids at once and appends the
rest when the full list arrives. After a sync (a ``Changes`` with ``synced``) the view is
queried again keeping selection and scroll, counting what arrived in "N new".
"""

from __future__ import annotations

import logging
from array import array
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from workbench.core.changes import Changes
from workbench.core.inbox.query import View
from workbench.core.inbox.service import IdList, InboxRow, InboxService
from workbench.core.inbox.triage import Triage
from workbench.core.inbox.views import NamedView, SavedViews, builtin_views
from workbench.core.outbox.actions import OutboxActions
from workbench.gui.changes import ChangeBus
from workbench.gui.formats import number_text
from workbench.gui.inbox.actions import build, handlers
from workbench.gui.inbox.asking import Asking
from workbench.gui.inbox.composing import Composing
from workbench.gui.inbox.layout import InboxWidgets
from workbench.gui.inbox.model import InboxModel
from workbench.gui.inbox.moderation import Moderating, ReportItem
from workbench.gui.inbox.reading import Reading
from workbench.gui.inbox.sidebar import view_description
from workbench.gui.inbox.triaging import Triaging
from workbench.gui.tasks import TaskRunner
from workbench.gui.words import words

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

FIRST_PAGE = 200
SHOWN = "shown"  # the key of a view another pane asked to show (show_view)
WAKE_INTERVAL_MS = 60_000


class InboxPane(QWidget):
    """Built by the pane list with the services it needs (see gui/panes.py)."""

    loaded = Signal()  # the current view's full id list is shown
    message = Signal(str)  # what the status line says

    def __init__(
        self,
        *,
        inbox: InboxService,
        triage: Triage,
        views: SavedViews,
        actions: OutboxActions,
        tasks: TaskRunner,
        changes: ChangeBus | None = None,
        report: ReportItem | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = inbox
        self.tasks = tasks
        self.changes = changes or ChangeBus(self)
        self.views: dict[str, NamedView] = {}
        self.current_key = "all-new"
        self.current_view = View()
        self.loading = False
        self._generation = 0
        self.shown_generation = -1  # the query whose rows the table shows
        self._last_id = 0
        self.new_count = 0

        self.model = InboxModel(self._fetch_rows, self)
        self.triaging = Triaging(self, triage)
        self.composing = Composing(self, actions)
        self.moderating = Moderating(self, actions, report)
        self.asking = Asking(self, views)
        self.saved = views
        self.widgets = InboxWidgets(self, self.model, lambda host: build(host, handlers(self)))
        self.table = self.widgets.table
        self.sidebar = self.widgets.sidebar
        self.filters = self.widgets.filters
        self.item_view = self.widgets.item_view
        self.status = self.widgets.status
        self.new_button = self.widgets.new_button
        self.menu = self.widgets.menu
        self.actions_by_key: dict[str, QAction] = self.widgets.actions
        self.holds = self.composing.holds
        self.reading = Reading(self, inbox)
        self._connect()

        self._wake_timer = QTimer(self)
        self._wake_timer.setInterval(WAKE_INTERVAL_MS)
        self._wake_timer.timeout.connect(self.triaging.wake_snoozed)
        self._wake_timer.start()
        # Built-in views need no query: show "All new" at once, saved views follow.
        builtin = builtin_views()
        self.views = {v.key: v for v in builtin}
        self.sidebar.set_views(builtin, self.current_key)
        self.filters.reset(self.views[self.current_key].view)
        self.refresh()
        self.reload_views(requery=False)

    # -- wiring -----------------------------------------------------------------------

    def _connect(self) -> None:
        self.table.customContextMenuRequested.connect(self.asking.context_menu)
        self.table.selectionModel().currentRowChanged.connect(self.reading.on_current_row_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.sidebar.view_chosen.connect(self._on_view_chosen)
        self.filters.changed.connect(self.refresh)
        self.item_view.open_item.connect(self.reading.show)
        self.item_view.retry_entry.connect(self.composing.retry_entry)
        self.item_view.mark_entry_done.connect(self.composing.mark_entry_done)
        self.item_view.reply_clicked.connect(self.composing.reply)
        self.item_view.load_remote.connect(self.reading.load_remote)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.widgets.undo_send.clicked.connect(self.holds.undo_last)
        self.message.connect(self.status.setText)
        self.changes.changed.connect(self._on_changes)

    def run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``fn`` on the task runner; ``done`` gets its result on the GUI thread."""
        self.tasks.run(fn, done, self._on_task_failed, owner=self)

    def _on_task_failed(self, error: Exception) -> None:
        log.warning("inbox task failed: %s", error)
        self.loading = False
        self.message.emit(
            translate("InboxPane", "Something went wrong: {error}").format(error=error)
        )

    def _fetch_rows(self, ids: Sequence[int], done: Callable[[list[InboxRow]], None]) -> None:
        wanted = list(ids)
        self.run(lambda: self.service.rows(wanted), done)

    def _on_changes(self, changes: Changes, source: QObject | None) -> None:
        if changes.synced:
            self.triaging.wake_snoozed(requery=False)
            self.requery(count_new=True)
        elif changes.items and source is not self:
            self.requery()
        if changes.views and source is not self:
            self.reload_views(requery=False)

    # -- views ------------------------------------------------------------------------

    def reload_views(self, select: str | None = None, *, requery: bool = True) -> None:
        def load() -> tuple[list[NamedView], tuple[Any, ...]]:
            views = builtin_views() + self.saved.all()
            choices = (self.service.communities(), self.service.tags(), self.service.assignees())
            return views, choices

        def done(result: tuple[list[NamedView], tuple[Any, ...]]) -> None:
            views, choices = result
            shown = {k: v for k, v in self.views.items() if k == SHOWN}  # kept: show_view
            self.views = {**shown, **{v.key: v for v in views}}
            key = select if select in self.views else self.current_key
            if key not in self.views:
                key = "all-new"
            self.sidebar.set_views(views, key)
            self.filters.set_choices(*choices)
            if requery or key != self.current_key:
                self._choose(key)
            self.refresh_counts()  # the views (and so their counts) may have changed

        self.run(load, done)

    def _on_view_chosen(self, key: str) -> None:
        if key != self.current_key:
            named = self.views.get(key)
            self.filters.reset(named.view if named else None)
        self._choose(key)

    def _choose(self, key: str) -> None:
        self.current_key = key
        self.refresh()

    def select_view(self, key: str) -> None:
        """Show a view by key ("all-new", "needs-reply", ..., "saved:<id>")."""
        self.sidebar.select(key)
        if self.current_key != key:
            self._choose(key)

    def show_view(self, view: View) -> None:
        """Show ``view`` as it is (another pane's items: a chart's bar), the filters reset;
        no sidebar view is chosen, and choosing one leaves it."""
        self.views[SHOWN] = NamedView(SHOWN, "", view)
        self.filters.reset(view)
        self.sidebar.blockSignals(True)
        # The view's setCurrentIndex, not setCurrentRow: it also stops the list choosing
        # its first row when it gets the focus as the inbox is shown.
        self.sidebar.setCurrentIndex(QModelIndex())
        self.sidebar.blockSignals(False)
        self._choose(SHOWN)

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
            # What follows (the open item, the rest of the list, counts) starts once these
            # rows are painted: run alongside, it would hold up the paint (tasks.py).
            with self.tasks.after_paint(self.table.viewport()):
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
                    self.run(lambda: self.service.ids(view), rest)
                # No recount here: the sidebar counts the views, not the filters or search
                # of the one shown; items changing (triage, a sync) recount them.

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

        self.run(first, shown)

    def _loaded(self) -> None:
        self.loading = False
        self.loaded.emit()

    def _say(self, ids: IdList) -> None:
        count = len(self.model.ids)
        text = (
            translate("InboxPane", "{n} items").format(n=number_text(count))
            if ids.complete
            else translate("InboxPane", "{n}+ items, loading the rest…").format(
                n=number_text(count)
            )
        )
        if ids.complete and not count:
            named = self.views.get(self.current_key)
            text = translate("InboxPane", "Nothing here.")
            if named is not None and view_description(named) and not self.current_view.search:
                text += " " + translate("InboxPane", "This view shows: {what}.").format(
                    what=view_description(named).lower()
                )
        if ids.notes:  # what the search left out or changed, in the user's language
            text = " ".join(words(note) for note in ids.notes) + f" {text}"
        elif ids.message:
            text = f"{ids.message} {text}"
        self.message.emit(text)

    def refresh_counts(self) -> None:
        views = {key: named.view for key, named in self.views.items()}
        if views:  # counts never come before the rows they are counted with
            with self.tasks.after_paint(self.table.viewport()):
                self.run(lambda: self.service.counts(views), self.sidebar.set_counts)

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
            # Not after the first sync: an empty inbox filling up is not "3000 new".
            if count_new and since > 0 and last > since:
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
                self.new_button.setText(translate("InboxPane", "{n} new").format(n=self.new_count))
                self.new_button.show()
            self._say(ids)
            self._loaded()

        self.run(query, done)
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
            self.reading.show(item_id)
            self.item_view.browser.setFocus()

    def hide_new_count(self) -> None:
        """The user acted on the list: the "N new" of the last sync is old news."""
        self.new_button.hide()
        self.new_count = 0

    def remove_rows(self, ids: list[int]) -> None:
        """Items that left the view (triaged out of it): the next one is selected."""
        found = self.model.locate(set(ids))
        # The first item after the ones that left takes their place (after a bulk Done
        # the untriaged item just below the top of the selection, not one further down).
        row = min(found.values()) if found else self.table.currentIndex().row()
        self.model.remove_ids(ids)
        if self.model.ids:
            self.table.selectRow(min(max(row, 0), len(self.model.ids) - 1))
        else:
            self.item_view.clear()

    def closeEvent(self, event: Any) -> None:
        self._wake_timer.stop()
        self.holds.release_all()
        self.tasks.wait()
        super().closeEvent(event)
