"""One queue entry in context: its rule, reasons, reporters and age; the item, its thread,
the author's other items, the notes on the author and the decisions already taken.
Everything from a platform or a member is shown as plain text."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.core.inbox.service import InboxRow
from workbench.core.moderation.queue import EntryContext
from workbench.gui.formats import moment_text
from workbench.gui.moderation.words import (
    age_words,
    decision_words,
    note_kind_words,
    note_source_words,
    result_words,
    severity_words,
    source_words,
)
from workbench.gui.words import item_kind

ItemIdRole = Qt.ItemDataRole.UserRole + 1


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _row_text(row: InboxRow) -> str:
    when = moment_text(datetime.fromtimestamp(row.created_at, UTC))
    text = " ".join((row.title or row.snippet).split())[:160]
    return f"{item_kind(row.kind)} · {row.author or '—'} · {when} — {text}"


class EntryView(QWidget):
    report_requested = Signal(int)  # an item id: "Report this…" from the context lists
    platform_notes_requested = Signal()  # read the platform's own notes on the author

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = _plain(QLabel(self.tr("Select an entry to see it in context.")))
        self.summary.setObjectName("entrySummary")
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.rules = _plain(QLabel())
        self.reasons = _plain(QLabel())
        self.reporters = _plain(QLabel())
        self.sources = _plain(QLabel())
        form.addRow(self.tr("Rule:"), self.rules)
        form.addRow(self.tr("Reasons:"), self.reasons)
        form.addRow(self.tr("Reported by:"), self.reporters)
        form.addRow(self.tr("From:"), self.sources)
        layout.addLayout(form)
        self.title = _plain(QLabel())
        self.title.setObjectName("entryTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.text = QPlainTextEdit()
        self.text.setObjectName("entryText")
        self.text.setReadOnly(True)
        self.text.setMinimumHeight(40)
        layout.addWidget(self.text, 2)
        self.tabs = QTabWidget()
        self.thread_list = self._list("entryThread")
        self.author_items = self._list("entryAuthorItems")
        self.notes = self._list("entryNotes")
        self.decisions = self._list("entryDecisions")
        self.tabs.addTab(self.thread_list, self.tr("Thread"))
        self.tabs.addTab(self.author_items, self.tr("Author's other items"))
        notes_page = QWidget()
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.notes, 1)
        self.read_notes = QPushButton(self.tr("Read the platform's notes on this member"))
        self.read_notes.setObjectName("readPlatformNotes")
        self.read_notes.clicked.connect(self.platform_notes_requested)
        notes_layout.addWidget(self.read_notes)
        self.tabs.addTab(notes_page, self.tr("Notes on the author"))
        self.tabs.addTab(self.decisions, self.tr("Decisions"))
        self.tabs.setMinimumHeight(80)  # the window must still fit a small screen
        # Every tab in sight (French titles are longer): the panel is as wide as its
        # tabs' whole titles, counts included, whatever the queue's splitter wants.
        self.tabs.setUsesScrollButtons(False)
        layout.addWidget(self.tabs, 2)
        self.context: EntryContext | None = None

    def _list(self, name: str) -> QListWidget:
        found = QListWidget()
        found.setObjectName(name)
        found.setMinimumHeight(40)
        found.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        found.customContextMenuRequested.connect(lambda pos, w=found: self._on_menu(w, pos))
        return found

    def _on_menu(self, widget: QListWidget, pos: object) -> None:
        item = widget.itemAt(pos)  # type: ignore[call-overload]
        item_id = item.data(ItemIdRole) if item is not None else None
        if item_id is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Report this…"), lambda: self.report_requested.emit(int(item_id)))
        menu.exec(widget.viewport().mapToGlobal(pos))  # type: ignore[call-overload]

    def clear(self) -> None:
        self.context = None
        self.summary.setText(self.tr("Select an entry to see it in context."))
        for label in (self.rules, self.reasons, self.reporters, self.sources, self.title):
            label.clear()
        self.text.clear()
        for widget in (self.thread_list, self.author_items, self.notes, self.decisions):
            widget.clear()

    def show_context(self, context: EntryContext) -> None:
        self.context = context
        entry = context.entry
        age = age_words(entry.age_seconds())
        self.summary.setText(
            self.tr("{0} severity · {1} report(s) · in the queue for {2} · {3}").format(
                severity_words(entry.severity), entry.report_count, age, entry.row.community
            )
            + (self.tr(" · escalated") if entry.escalated else "")
        )
        self.rules.setText(", ".join(entry.rules) or self.tr("(none named)"))
        self.reasons.setText("\n".join(entry.reasons) or self.tr("(none given)"))
        self.reporters.setText(", ".join(entry.reporters) or self.tr("(anonymous)"))
        self.sources.setText(", ".join(source_words(s) for s in entry.sources))
        detail = context.detail
        self.title.setText(
            f"{item_kind(entry.row.kind)} · {entry.row.author or '—'}: "
            + (entry.row.title or self.tr("(no title)"))
        )
        self.text.setPlainText(detail.text if detail else entry.row.snippet)
        self._fill_rows(
            self.thread_list,
            [r for r in ((detail.parent,) if detail else ()) if r]
            + list(detail.siblings if detail else ()),
        )
        self._fill_rows(self.author_items, list(detail.author_items if detail else ()))
        self.notes.clear()
        for note in context.notes:
            when = moment_text(note.created_at)
            line = f"{note_kind_words(note.kind)} · {when} · {note.created_by or '—'} ({note_source_words(note.source)}): {note.text}"
            self.notes.addItem(QListWidgetItem(line[:2000]))
        if not context.notes:
            self.notes.addItem(self.tr("No notes on this member yet."))
        self.decisions.clear()
        shown = {d.id: d for d in (*context.decisions, *context.author_decisions)}
        for d in sorted(shown.values(), key=lambda d: d.created_at, reverse=True):
            when = moment_text(d.created_at)
            why = f" — {d.rationale}" if d.rationale else ""
            self.decisions.addItem(
                f"{when} · {decision_words(d.action)} · {d.actor} · {result_words(d.result)}{why}"
            )
        self.tabs.setTabText(2, self.tr("Notes on the author ({0})").format(len(context.notes)))

    def _fill_rows(self, widget: QListWidget, rows: list[InboxRow]) -> None:
        widget.clear()
        for row in rows:
            if row.kind == "report":
                continue  # the reports themselves are the entry: not part of the talk
            item = QListWidgetItem(_row_text(row))
            item.setData(ItemIdRole, row.id)
            widget.addItem(item)
        if not widget.count():
            widget.addItem(self.tr("Nothing else stored."))
