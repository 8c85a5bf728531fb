"""The Moderation pane: one queue for every report, the entry in context, the action bar,
member notes and the decision log. Every query and action runs off the GUI thread
(TaskRunner); an action announces what it changed on the change bus."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.core.changes import Changes
from workbench.core.moderation.actions import Done
from workbench.core.moderation.queue import EntryContext, QueueEntry, QueueFilter
from workbench.core.moderation.service import ModerationService
from workbench.core.moderation.state import Decision, EntrySource, QueueOrder
from workbench.gui.changes import ChangeBus
from workbench.gui.moderation.actionbar import ActionBar
from workbench.gui.moderation.asking import Asking
from workbench.gui.moderation.cases_tab import CasesTab
from workbench.gui.moderation.decisions_tab import DecisionsTab
from workbench.gui.moderation.detail import EntryView
from workbench.gui.moderation.model import QueueModel
from workbench.gui.moderation.notes_tab import NotesTab
from workbench.gui.moderation.words import order_words, source_words
from workbench.gui.tables import fit_section
from workbench.gui.tasks import TaskRunner
from workbench.gui.words import words

CHANGED = Changes(items=True, outbox=True, moderation=True)


class ModerationPane(Asking):
    queue_loaded = Signal()
    context_loaded = Signal()
    acted = Signal(object)  # Done

    def __init__(
        self,
        *,
        moderation: ModerationService,
        tasks: TaskRunner,
        changes: ChangeBus,
        actor: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.moderation = moderation
        self.tasks = tasks
        self.changes = changes
        self.actor = actor
        self.model = QueueModel()
        self.dialog: QDialog | None = None  # the open question (tests answer it)
        changes.changed.connect(self._on_changes)

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._queue_tab(), self.tr("Queue"))
        self.notes_tab = NotesTab(moderation=moderation, tasks=tasks, actor=actor)
        self.notes_tab.changed.connect(
            lambda: self.changes.announce(Changes(moderation=True), self)
        )
        self.tabs.addTab(self.notes_tab, self.tr("Member notes"))
        self.decisions_tab = DecisionsTab(moderation=moderation, tasks=tasks)
        self.tabs.addTab(self.decisions_tab, self.tr("Decisions"))
        self.cases_tab = CasesTab(moderation=moderation, tasks=tasks)
        self.tabs.addTab(self.cases_tab, self.tr("Cases"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.refresh()

    # -- layout -----------------------------------------------------------------------

    def _queue_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("queueSearch")
        self.search.setPlaceholderText(self.tr("Filter: words in the item, author or reason ( / )"))
        self.search.setToolTip(
            self.tr(
                "Every report and flag across your communities in one queue. Decide with the "
                "buttons or their keys; select several entries to act on each."
            )
        )
        self.search.textChanged.connect(self.refresh)
        bar.addWidget(self.search, 2)
        self.source = QComboBox()
        self.source.setObjectName("queueSource")
        self.source.addItem(self.tr("Every source"), "")
        for source in EntrySource:
            self.source.addItem(source_words(source), source.value)
        self.source.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.source)
        self.severity = QComboBox()
        self.severity.setObjectName("queueSeverity")
        for level, text in (
            (1, self.tr("Any severity")),
            (2, self.tr("Medium and high")),
            (3, self.tr("High only")),
        ):
            self.severity.addItem(text, level)
        self.severity.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.severity)
        self.order = QComboBox()
        self.order.setObjectName("queueOrder")
        for order in QueueOrder:
            self.order.addItem(order_words(order), order.value)
        self.order.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.order)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the item's title
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        fit_section(header, 3, 140)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Interactive)
        fit_section(header, 7, 90)
        # The item's title (stretched) never narrower than its column title.
        header.setMinimumSectionSize(max(40, header.sectionSizeHint(2)))
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_menu)
        QShortcut(QKeySequence("C"), self.table, self.ask_case)
        split.addWidget(self.table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.entry_view = EntryView()
        self.entry_view.report_requested.connect(self.ask_report)
        self.entry_view.platform_notes_requested.connect(self.read_platform_notes)
        right_layout.addWidget(self.entry_view, 1)
        self.action_bar = ActionBar(self.ask)
        right_layout.addWidget(self.action_bar)

        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 500])
        layout.addWidget(split, 1)
        self.status = QLabel()
        self.status.setObjectName("queueStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        QShortcut(QKeySequence("/"), tab, self.search.setFocus)
        self.action_bar.set_enabled(0)
        return tab

    # -- the queue --------------------------------------------------------------------

    def where(self) -> QueueFilter:
        source = self.source.currentData()
        return QueueFilter(
            sources=(EntrySource(source),) if source else (),
            min_severity=int(self.severity.currentData()),
            text=self.search.text().strip(),
            order=QueueOrder(self.order.currentData()),
        )

    def refresh(self) -> None:
        where, queue = self.where(), self.moderation.queue
        self.tasks.run(lambda: queue.entries(where), self._on_entries, self._on_failed, owner=self)

    def _on_entries(self, entries: list[QueueEntry]) -> None:
        chosen = set(self.selected_ids())
        self.model.set_entries(entries)
        selection = self.table.selectionModel()
        for row, entry in enumerate(entries):
            if entry.item_id in chosen:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        if not self.selected_ids() and entries:
            self.table.selectRow(0)
        if not entries:
            self.entry_view.clear()
        self.status.setText(
            self.tr(
                "{0} open entries. Keys: A approve, R remove, S spam, W warn, B ban, N note, "
                "E escalate, D dismiss, C open a case, / filter."
            ).format(len(entries))
            if entries
            else self.tr(
                "The queue is empty: nothing reported or flagged waits for you. Reports from "
                "the platforms arrive with each sync; record one by hand with “Report this…”."
            )
        )
        self.queue_loaded.emit()

    def _on_failed(self, error: Exception) -> None:
        self.status.setText(self.tr("The queue could not be read: {0}").format(error))
        self.queue_loaded.emit()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [e.item_id for r in rows if (e := self.model.entry(r)) is not None]

    def _on_selection(self, *_: object) -> None:
        ids = self.selected_ids()
        self.action_bar.set_enabled(len(ids))
        if len(ids) != 1:
            self.entry_view.clear()
            if ids:
                self.entry_view.summary.setText(
                    self.tr("{0} entries selected: actions apply to each.").format(len(ids))
                )
            return
        entry = self.model.entry(self.model.row_of(ids[0]))
        if entry is None:
            return
        queue = self.moderation.queue
        self.tasks.run(lambda: queue.context(entry), self._on_context, self._on_failed, owner=self)

    def _on_context(self, context: EntryContext) -> None:
        if self.selected_ids() == [context.entry.item_id]:
            self.entry_view.show_context(context)
        self.context_loaded.emit()

    def _on_table_menu(self, pos: object) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open a case with these entries… (C)"), self.ask_case)
        menu.exec(self.table.viewport().mapToGlobal(pos))  # type: ignore[call-overload]

    # -- acting -----------------------------------------------------------------------

    def act(self, ids: list[int], decision: Decision, **how: object) -> None:
        actions, actor = self.moderation.actions, self.actor
        self._run(lambda: actions.act(ids, decision, by=actor, **how))  # type: ignore[arg-type]

    def _run(self, work: object) -> None:
        self.status.setText(self.tr("Working…"))
        self.tasks.run(work, self._on_done, self._on_failed, owner=self)  # type: ignore[arg-type]

    def _on_done(self, done: Done) -> None:
        self.status.setText(words(done.message) if done.message else self.tr("Done."))
        self.acted.emit(done)
        self.changes.announce(CHANGED, self)
        self.refresh()

    def read_platform_notes(self) -> None:
        """Fetch the platform's mod notes on the shown entry's author (Reddit's)."""
        context = self.entry_view.context
        if context is None or context.author_id is None or context.detail is None:
            return
        moderation, author = self.moderation, context.author_id
        account, community = context.entry.row.account_id, context.detail.community_external_id
        self.status.setText(self.tr("Reading the platform's notes…"))
        self.tasks.run(
            lambda: moderation.read_platform_notes(account, community, author),
            self._on_platform_notes,
            self._on_failed,
            owner=self,
        )

    def _on_platform_notes(self, count: int) -> None:
        self.status.setText(self.tr("{0} new note(s) from the platform.").format(count))
        self.changes.announce(Changes(moderation=True), self)
        self._on_selection()

    # -- the change bus ---------------------------------------------------------------

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.decisions_tab:
            self.decisions_tab.refresh()
        elif self.tabs.widget(index) is self.cases_tab:
            self.cases_tab.refresh()

    def _on_changes(self, changes: Changes, source: object) -> None:
        if source is self:
            return
        if changes.items or changes.synced or changes.moderation or changes.outbox:
            self.refresh()
            if self.tabs.currentWidget() is self.decisions_tab:
                self.decisions_tab.refresh()
