"""The promotion plan (the editor's "Promotion" tab): the posts that announce, remind of and
follow up an event, per community, with their offsets (editable), due time and state
(planned, due, sent, failed, done by hand). "Save plan" keeps the steps; "Schedule" queues
each one not sent yet as a scheduled outbox entry (manual assist where the platform cannot
post). Sent and done steps stay as history and cannot be edited.
"""

from __future__ import annotations

import getpass
from dataclasses import replace
from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.communities import CommunityRef
from workbench.core.events.promotion import PlanStep, PromotionPlans, StepDraft
from workbench.core.events.state import StepKind, StepState
from workbench.gui.events.calendar.style import short_day, short_time
from workbench.gui.events.words import problem_text, step_kind, step_state
from workbench.gui.tasks import TaskRunner
from workbench.gui.text import plain_tooltip

UNITS = (("minutes", 1), ("hours", 60), ("days", 24 * 60))
KEPT = (StepState.SENT, StepState.DONE_BY_HAND)
COLUMNS = 5


def offset_parts(offset: timedelta) -> tuple[int, int, bool]:
    """(amount, unit index, after) in the largest unit that divides the offset."""
    minutes = int(offset.total_seconds() // 60)
    after, minutes = minutes >= 0, abs(minutes)
    for index in (2, 1, 0):
        size = UNITS[index][1]
        if minutes % size == 0 and (minutes or index == 2):
            return minutes // size, index, after
    return minutes, 0, after


class PlanView(QWidget):
    changed = Signal()  # the plan was saved or scheduled

    def __init__(
        self,
        event_id: int,
        *,
        promotion: PromotionPlans,
        communities: list[CommunityRef],
        tasks: TaskRunner,
        zone: ZoneInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.event_id, self.promotion, self.tasks, self.zone = event_id, promotion, tasks, zone
        self.communities = communities
        self.history: list[PlanStep] = []  # sent and done: shown, never edited
        self.drafts: list[StepDraft] = []
        self.due: list[str] = []  # per draft, its due time as last read
        self._states: list[PlanStep | None] = []  # per draft, the step it was read from
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Step"),
                self.tr("Community"),
                self.tr("When"),
                self.tr("Due"),
                self.tr("State"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(lambda row, *_: self._show_step(row))
        self.kind = QComboBox(self)
        for kind in StepKind:
            self.kind.addItem(step_kind(kind), kind)
        self.community = QComboBox(self)
        for ref in communities:
            self.community.addItem(ref.name, ref.id)
        self.amount = QSpinBox(self)
        self.amount.setRange(0, 999)
        self.unit = QComboBox(self)
        self.unit.addItems([self.tr("minutes"), self.tr("hours"), self.tr("days")])
        self.side = QComboBox(self)
        self.side.addItems([self.tr("before the start"), self.tr("after")])
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Empty: the template's title"))
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(
            self.tr(
                "Empty: the template, with {event} {date} {time} {link} {registration} {community} {recording} {prompt}"
            )
        )
        self.text.setMaximumHeight(70)
        self.text.setTabChangesFocus(True)
        offset = QHBoxLayout()
        for w in (self.amount, self.unit, self.side):
            offset.addWidget(w)
        offset.addStretch(1)
        self.step_form = QWidget(self)
        form = QFormLayout(self.step_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Step:"), self.kind)
        form.addRow(self.tr("Community:"), self.community)
        form.addRow(self.tr("When:"), offset)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Text:"), self.text)
        for signal in (self.kind.currentIndexChanged, self.community.currentIndexChanged,
                       self.amount.valueChanged, self.unit.currentIndexChanged,
                       self.side.currentIndexChanged, self.title.textEdited,
                       self.text.textChanged):  # fmt: skip
            signal.connect(self._on_step_edited)
        self.add = QPushButton(self.tr("Add step"), self)
        self.remove = QPushButton(self.tr("Remove step"), self)
        self.usual = QPushButton(self.tr("Usual plan"), self)
        self.usual.setToolTip(
            self.tr(
                "Announce 14 days before, remind 7 days and 1 day before, one hour before, follow up the day after"
            )
        )
        self.save = QPushButton(self.tr("Save plan"), self)
        self.schedule = QPushButton(self.tr("Schedule"), self)
        self.schedule.setToolTip(self.tr("Queue every step not sent yet in the outbox"))
        self.add.clicked.connect(self._on_add_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.usual.clicked.connect(self._on_usual_clicked)
        self.save.clicked.connect(lambda: self._save(schedule=False))
        self.schedule.clicked.connect(lambda: self._save(schedule=True))
        buttons = QHBoxLayout()
        for button in (self.add, self.remove, self.usual):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        buttons.addWidget(self.schedule)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addWidget(self.step_form)
        box.addLayout(buttons)
        box.addWidget(self.message)
        self._loading = False
        if not communities:
            self.message.setText(self.tr("Follow a community (Accounts) to promote events in it."))
        self.reload()

    # --- reading -----------------------------------------------------------------------
    def reload(self) -> None:
        promotion, event_id = self.promotion, self.event_id
        self.tasks.run(lambda: promotion.plan(event_id), self._on_plan, self._on_error, owner=self)

    def _on_plan(self, steps: list[PlanStep]) -> None:
        self.history = [s for s in steps if s.state in KEPT]
        live = [s for s in steps if s.state not in KEPT]
        # Titles and texts the user did not write stay empty: the template fills them.
        self.drafts = [StepDraft(s.step, s.offset, s.community_id) for s in live]
        self.due = [self._due_text(s) for s in live]
        self._states = list(live)
        self._fill_table()

    def _due_text(self, step: PlanStep) -> str:
        local = step.due_at.astimezone(self.zone)
        return f"{short_day(local.date())} {short_time(local)}"

    def _offset_text(self, kind: StepKind, offset: timedelta) -> str:
        amount, unit, after = offset_parts(offset)
        units = [
            self.tr("%n minute(s)", "", amount),
            self.tr("%n hour(s)", "", amount),
            self.tr("%n day(s)", "", amount),
        ]
        if kind is StepKind.FOLLOW_UP or after:
            return self.tr("{amount} after").format(amount=units[unit])
        return self.tr("{amount} before").format(amount=units[unit])

    def _community_name(self, community_id: int) -> str:
        return next((c.name for c in self.communities if c.id == community_id), f"#{community_id}")

    def _fill_table(self) -> None:
        current = self.table.currentRow()
        self.table.setRowCount(len(self.history) + len(self.drafts))
        rows: list[tuple[list[str], str, bool]] = []
        for step in self.history:
            cells = [step_kind(step.step), step.community or self._community_name(step.community_id),
                     self._offset_text(step.step, step.offset), self._due_text(step), step_state(step.state)]  # fmt: skip
            rows.append((cells, step.result_url or step.error or step.text, False))
        for index, draft in enumerate(self.drafts):
            state = self._states[index] if index < len(self._states) else None
            cells = [step_kind(draft.kind), self._community_name(draft.community_id),
                     self._offset_text(draft.kind, draft.offset),
                     self.due[index] if index < len(self.due) else self.tr("(after saving)"),
                     step_state(state.state) if state else step_state(StepState.PLANNED)]  # fmt: skip
            tip = (state.error or state.text) if state else ""
            rows.append((cells, tip, True))
        for row, (cells, tip, editable) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if tip:
                    item.setToolTip(plain_tooltip(tip))
                if not editable:
                    item.setForeground(
                        self.palette().color(self.palette().ColorRole.PlaceholderText)
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.setCurrentCell(min(max(current, 0), len(rows) - 1), 0)
        self._show_step(self.table.currentRow())

    # --- editing -----------------------------------------------------------------------
    def _draft_index(self, row: int) -> int | None:
        index = row - len(self.history)
        return index if 0 <= index < len(self.drafts) else None

    def _show_step(self, row: int) -> None:
        index = self._draft_index(row)
        self.step_form.setEnabled(index is not None)
        self.remove.setEnabled(index is not None)
        if index is None:
            return
        draft = self.drafts[index]
        self._loading = True
        try:
            self.kind.setCurrentIndex(self.kind.findData(draft.kind))
            self.community.setCurrentIndex(self.community.findData(draft.community_id))
            amount, unit, after = offset_parts(draft.offset)
            self.amount.setValue(amount)
            self.unit.setCurrentIndex(unit)
            self.side.setCurrentIndex(1 if after else 0)
            self.title.setText(draft.title)
            self.text.setPlainText(draft.text)
        finally:
            self._loading = False

    def _on_step_edited(self) -> None:
        index = self._draft_index(self.table.currentRow())
        if self._loading or index is None or self.community.currentData() is None:
            return
        minutes = self.amount.value() * UNITS[self.unit.currentIndex()][1]
        sign = 1 if self.side.currentIndex() == 1 else -1
        self.drafts[index] = replace(
            self.drafts[index],
            kind=StepKind(self.kind.currentData()),
            community_id=int(self.community.currentData()),
            offset=timedelta(minutes=sign * minutes),
            title=self.title.text(),
            text=self.text.toPlainText(),
        )
        self.due[index : index + 1] = [self.tr("(after saving)")]
        row = self.table.currentRow()
        for column, text in ((0, step_kind(self.drafts[index].kind)),
                             (1, self._community_name(self.drafts[index].community_id)),
                             (2, self._offset_text(self.drafts[index].kind, self.drafts[index].offset)),
                             (3, self.due[index])):  # fmt: skip
            cell = self.table.item(row, column)
            if cell is not None:
                cell.setText(text)

    def _on_add_clicked(self) -> None:
        if not self.communities:
            return
        self.drafts.append(StepDraft(StepKind.REMIND, timedelta(days=-3), self.communities[0].id))
        self._states.append(None)
        self.due.append(self.tr("(after saving)"))
        self._fill_table()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def _on_remove_clicked(self) -> None:
        index = self._draft_index(self.table.currentRow())
        if index is not None:
            del self.drafts[index]
            del self.due[index : index + 1]
            del self._states[index : index + 1]
            self._fill_table()

    def _on_usual_clicked(self) -> None:
        promotion, event_id = self.promotion, self.event_id

        def done(steps: list[StepDraft]) -> None:
            self.drafts = list(steps)
            self.due = [self.tr("(after saving)")] * len(steps)
            self._states = [None] * len(steps)
            self._fill_table()
            if not steps:
                self.message.setText(
                    self.tr("Choose the event's communities first (Event tab), then save it.")
                )

        self.tasks.run(lambda: promotion.default_steps(event_id), done, self._on_error, owner=self)

    # --- saving ------------------------------------------------------------------------
    def _save(self, *, schedule: bool) -> None:
        promotion, event_id, drafts = self.promotion, self.event_id, list(self.drafts)

        def work() -> int:
            promotion.set_steps(event_id, drafts)
            return promotion.schedule(event_id, by=getpass.getuser()) if schedule else -1

        def done(queued: int) -> None:
            if queued >= 0:
                self.message.setText(self.tr("%n step(s) scheduled in the outbox.", "", queued))
            else:
                self.message.setText(self.tr("Plan saved."))
            self.changed.emit()
            self.reload()

        self.tasks.run(work, done, self._on_error, owner=self)

    def _on_error(self, error: Exception) -> None:
        self.message.setText(problem_text(error))
