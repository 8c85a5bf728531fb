"""The Prompts pane: filters on the left, the prompt list, the selected prompt on the right.

The pane holds the list (the filter, its ids, the selection); what the user does with a
prompt (write, edit, duplicate, favourite, archive, use, suggest, results) is in
operations.py, and the widgets are arranged in layout.py. Every query and write runs on the
task runner; a write announces ``Changes(prompts=True)`` and the list is searched again,
keeping the selected prompt. Keys work as in the inbox: / N E D F Del U S, Enter to use.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QWidget

from workbench.core.changes import Changes
from workbench.core.communities import Communities
from workbench.core.prompts.library import PromptLibrary, PromptView
from workbench.core.prompts.uses import PromptUses
from workbench.gui.changes import ChangeBus
from workbench.gui.formats import number_text
from workbench.gui.prompts.actions import build, relabel
from workbench.gui.prompts.detail import CommunityResult
from workbench.gui.prompts.layout import PromptWidgets
from workbench.gui.prompts.model import PromptListModel
from workbench.gui.prompts.operations import PromptOperations
from workbench.gui.prompts.words import explained
from workbench.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

SEARCH_LIMIT = 1000  # the call benchmarks/prompts.py times; narrower filters show the rest
RECENT = 5  # uses shown in the detail
# The prompt, its pair, (community, result) rows and the latest (community, use).
Detail = tuple[PromptView, list[PromptView], list[tuple[str, Any]], list[tuple[str, Any]]]


class PromptsPane(QWidget):
    """Built by the pane list with the services it needs (see gui/panes.py)."""

    loaded = Signal()  # the list shows the current filter's prompts
    detail_shown = Signal(int)  # the right side shows this prompt, its pair and results
    message = Signal(str)  # what the status line says

    def __init__(
        self,
        *,
        library: PromptLibrary,
        uses: PromptUses,
        communities: Communities,
        tasks: TaskRunner,
        changes: ChangeBus | None = None,
        me: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.me = me or getpass.getuser()  # who uses a prompt, as the inbox names the user
        self.setObjectName("promptsPane")
        self.library = library
        self.uses = uses
        self.communities = communities
        self.tasks = tasks
        self.changes = changes or ChangeBus(self)
        self.loading = False
        self._generation = 0
        self._detail_generation = 0
        self.model = PromptListModel(self._fetch_rows, self)
        self.operations = PromptOperations(self)
        self.widgets = PromptWidgets(
            self, self.model, lambda host: build(host, self.operations.handlers())
        )
        self.table = self.widgets.table
        self.filters = self.widgets.filters
        self.detail = self.widgets.detail
        self.status = self.widgets.status
        self.prompt_actions = self.widgets.actions
        self._connect()
        self._update_actions()
        self.refresh(follow=True)

    def _connect(self) -> None:
        self.filters.changed.connect(lambda: self.refresh(keep=self.current_id()))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.activated.connect(lambda _i: self.operations.use())
        self.detail.pair_chosen.connect(self.select_prompt)
        self.message.connect(self.status.setText)
        self.changes.changed.connect(self._on_changes)

    def run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """``fn`` on the task runner; ``done`` gets its result on the GUI thread."""
        self.tasks.run(fn, done, self._on_task_failed, owner=self)

    def _on_task_failed(self, error: Exception) -> None:
        log.warning("prompts task failed: %s", error)
        self.loading = False
        self.message.emit(self.tr("Something went wrong: {error}").format(error=error))

    def _fetch_rows(self, ids: Sequence[int], done: Callable[[list[PromptView]], None]) -> None:
        wanted = list(ids)
        self.run(lambda: self.library.views(wanted), done)

    def _on_changes(self, changes: Changes, source: QObject | None) -> None:
        mine = source is self
        if (
            changes.synced
            or changes.communities
            or ((changes.prompts or changes.outbox) and not mine)
        ):
            # An outbox entry retried or taken back elsewhere changes its use's state.
            self.refresh(keep=self.current_id(), follow=changes.synced or changes.outbox)

    # -- the list ---------------------------------------------------------------------

    def refresh(self, keep: int | None = None, note: str = "", *, follow: bool = False) -> None:
        """Search again with the current filters; ``keep``: the prompt to stay on;
        ``note``: what was just done, said before the count; ``follow``: bring the uses up
        to date with what syncs brought first (their posts, replies and so the scores)."""
        self._generation += 1
        generation = self._generation
        wanted = self.filters.current()
        library, uses = self.library, self.uses
        self.loading = True

        def search() -> list[PromptView]:
            if follow:
                uses.refresh()
            return library.search(wanted, limit=SEARCH_LIMIT)

        def done(views: list[PromptView]) -> None:
            if generation != self._generation:
                return
            self.model.set_views(views)
            row = self.model.row_of(keep) if keep is not None else -1
            if views:
                self.table.selectRow(max(row, 0))
                self.table.scrollTo(self.model.index(max(row, 0), 0))
            else:
                self.detail.clear()
                self._update_actions()
            self._say(len(views), note)
            self.loading = False
            self.loaded.emit()

        self.run(search, done)

    def _say(self, count: int, note: str = "") -> None:
        if count:
            text = self.tr("%Ln prompt(s)", "", count)  # %Ln: the locale's grouping
            if count >= SEARCH_LIMIT:
                text = self.tr("The first {n} prompts: narrow the search to see others").format(
                    n=number_text(count)
                )
        else:
            text = self.tr("No prompt matches these filters.")
        self.message.emit(f"{note} {text}" if note else text)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.ids):
            return None
        return self.model.ids[index.row()]

    def current_view(self) -> PromptView | None:
        index = self.table.currentIndex()
        return self.model.view(index.row()) if index.isValid() else None

    def select_prompt(self, prompt_id: int) -> None:
        """Show ``prompt_id`` in the list (searching again without filters if it is hidden)."""
        row = self.model.row_of(prompt_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            return
        self.filters.clear()
        self.refresh(keep=prompt_id)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        prompt_id = self.current_id() if current.isValid() else None
        if prompt_id is None:
            self.detail.clear()
            return
        self.show_detail(prompt_id)

    def show_detail(self, prompt_id: int) -> None:
        """The prompt, its twin and its results per community, fetched together."""
        self._detail_generation += 1
        generation = self._detail_generation
        library, uses, communities = self.library, self.uses, self.communities

        def load() -> Detail:
            pair = library.pair(prompt_id)
            prompt = next((p for p in pair if p.id == prompt_id), None) or library.get(prompt_id)
            names = {c.id: c.label for c in communities.all()}
            rows = [
                (names.get(r.community_id, "?") if r.community_id is not None else "?", r)
                for r in uses.results(per="community")
                if r.prompt_id == prompt_id
            ]
            latest = [
                (names.get(u.community_id, "?"), u) for u in uses.uses(prompt_id=prompt_id)[:RECENT]
            ]
            return prompt, pair, rows, latest

        def done(result: Detail) -> None:
            if generation != self._detail_generation:
                return
            prompt, pair, rows, latest = result
            self.detail.show_prompt(prompt, pair)
            self.detail.show_results(
                [
                    CommunityResult(name, r.uses, r.members, r.replies, r.score, explained(r.words))
                    for name, r in rows
                ]
            )
            self.detail.show_uses(latest)
            relabel(
                self.prompt_actions["favourite"],
                self.tr("Unfavourite") if prompt.favourite else self.tr("Favourite"),
            )
            relabel(
                self.prompt_actions["archive"],
                self.tr("Restore") if prompt.archived else self.tr("Archive"),
            )
            self.detail_shown.emit(prompt_id)

        self.run(load, done)

    def _update_actions(self) -> None:
        has = self.current_id() is not None
        for action in self.prompt_actions.values():
            if action.property("needs_prompt"):
                action.setEnabled(has)

    def prompt_changed(self, prompt_id: int | None, note: str = "") -> None:
        """After a write: announce it, search again, stay on ``prompt_id``."""
        self.changes.announce(Changes(prompts=True), self)
        if prompt_id is not None:
            self.model.forget([prompt_id])
        self.refresh(keep=prompt_id, note=note)

    def closeEvent(self, event: Any) -> None:
        self.filters.stop()
        self.tasks.wait()
        super().closeEvent(event)
