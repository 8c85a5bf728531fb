"""The event's own fields (the editor's first tab), to and from core's ``EventDraft``.

Times are typed as wall-clock times in the event's zone (the zone picker next to them);
an all-day event is a first and a last day, kept by core as midnight UTC of the first day
to midnight UTC of the day after the last.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from workbench.core.communities import CommunityRef
from workbench.core.events.model import ChecklistItem, EventDraft
from workbench.core.events.state import EventKind, EventStatus
from workbench.gui.events.words import event_kind, event_status
from workbench.gui.events.zones import ZonePicker
from workbench.gui.formats import edit_pattern

DONE_MARK = "[x] "


class FormProblem(ValueError):
    """A field the user must fix before saving (one translated sentence)."""


def checklist_text(items: list[ChecklistItem]) -> str:
    return "\n".join((DONE_MARK if i.done else "") + i.text for i in items)


def checklist_items(text: str) -> list[ChecklistItem]:
    items = []
    for line in text.splitlines():
        done = line.lower().startswith(DONE_MARK)
        body = line[len(DONE_MARK) :] if done else line
        if body.strip():
            items.append(ChecklistItem(body.strip(), done))
    return items


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def _wall(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class EventForm(QWidget):
    changed = Signal()

    def __init__(self, communities: list[CommunityRef], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Monthly community Q&A"))
        self.kind = QComboBox(self)
        for kind in EventKind:
            self.kind.addItem(event_kind(kind), kind)
        self.status = QComboBox(self)
        for status in EventStatus:
            self.status.addItem(event_status(status), status)
        self.start = QDateTimeEdit(self)
        self.end = QDateTimeEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        self.all_day = QCheckBox(self.tr("All day"), self)
        self.zone = ZonePicker(self)
        when = QHBoxLayout()
        when.addWidget(self.start, 1)
        when.addWidget(self.end, 1)
        when.addWidget(self.all_day)
        self.hosts = QLineEdit(self)
        self.hosts.setPlaceholderText(self.tr("Names, separated by commas"))
        self.communities = QListWidget(self)
        self.communities.setMaximumHeight(90)
        for ref in communities:
            item = QListWidgetItem(f"{ref.name} ({ref.account_name})")
            item.setData(Qt.ItemDataRole.UserRole, ref.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.communities.addItem(item)
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(self.tr("Markdown: **bold**, lists, links"))
        self.online_link = QLineEdit(self)
        self.online_link.setPlaceholderText("https://")
        self.place = QLineEdit(self)
        self.registration_link = QLineEdit(self)
        self.registration_link.setPlaceholderText("https://")
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 1_000_000)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.agenda = QPlainTextEdit(self)
        self.checklist = QPlainTextEdit(self)
        self.checklist.setPlaceholderText(self.tr("One task a line; start a done one with [x]"))
        self.reminders = QLineEdit(self)
        self.reminders.setPlaceholderText(self.tr("Minutes before the start, e.g. 60, 1440"))
        for box in (self.description, self.agenda, self.checklist):
            box.setTabChangesFocus(True)
            box.setMaximumHeight(80)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("When:"), when)
        form.addRow(self.tr("Time &zone:"), self.zone)
        form.addRow(self.tr("&Hosts:"), self.hosts)
        form.addRow(self.tr("&Communities:"), self.communities)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Online link:"), self.online_link)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Registration link:"), self.registration_link)
        form.addRow(self.tr("Ca&pacity:"), self.capacity)
        form.addRow(self.tr("&Agenda:"), self.agenda)
        form.addRow(self.tr("Check&list:"), self.checklist)
        form.addRow(self.tr("Re&minders:"), self.reminders)
        self.all_day.toggled.connect(self._on_all_day_toggled)
        self.start.dateTimeChanged.connect(self._on_start_changed)
        self._length = timedelta(hours=1)
        self.end.dateTimeChanged.connect(self._on_end_changed)
        for signal in (
            self.title.textChanged,
            self.zone.currentTextChanged,
            self.hosts.textChanged,
            self.communities.itemChanged,
            self.kind.currentIndexChanged,
        ):
            signal.connect(self.changed)
        self._on_all_day_toggled(False)

    def _on_all_day_toggled(self, on: bool) -> None:
        fmt = edit_pattern(with_time=not on)
        for edit in (self.start, self.end):
            edit.setDisplayFormat(fmt)
        self.changed.emit()

    def _on_start_changed(self, value: QDateTime) -> None:
        # Moving the start keeps the length, as calendar apps do.
        self.end.blockSignals(True)
        self.end.setDateTime(value.addSecs(int(self._length.total_seconds())))
        self.end.blockSignals(False)
        self.changed.emit()

    def _on_end_changed(self) -> None:
        self._length = max(_wall(self.end) - _wall(self.start), timedelta())
        self.changed.emit()

    # --- to and from the draft ---------------------------------------------------------
    def set_draft(self, draft: EventDraft) -> None:
        zone = ZoneInfo(draft.tz)
        self.start.blockSignals(True)
        self.title.setText(draft.title)
        self.kind.setCurrentIndex(self.kind.findData(EventKind(draft.kind)))
        self.status.setCurrentIndex(self.status.findData(EventStatus(draft.status)))
        self.zone.set_zone(draft.tz)
        self.all_day.setChecked(draft.all_day)
        if draft.all_day:  # dates: the last day is the one before the (exclusive) end
            first = draft.start.astimezone(UTC).date()
            last = max(first, draft.end.astimezone(UTC).date() - timedelta(days=1))
            self.start.setDateTime(
                QDateTime(QDate(first.year, first.month, first.day), QTime(0, 0))
            )
            self.end.setDateTime(QDateTime(QDate(last.year, last.month, last.day), QTime(0, 0)))
        else:
            self.start.setDateTime(_qdatetime(draft.start.astimezone(zone)))
            self.end.setDateTime(_qdatetime(draft.end.astimezone(zone)))
        self.start.blockSignals(False)
        self._on_end_changed()
        self.hosts.setText(", ".join(draft.hosts))
        for row in range(self.communities.count()):
            item = self.communities.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) in draft.community_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.description.setPlainText(draft.description_md)
        self.online_link.setText(draft.online_link)
        self.place.setText(draft.place)
        self.registration_link.setText(draft.registration_link)
        self.capacity.setValue(draft.capacity or 0)
        self.agenda.setPlainText(draft.agenda)
        self.checklist.setPlainText(checklist_text(list(draft.checklist)))
        self.reminders.setText(", ".join(str(m) for m in draft.reminders_minutes))

    def draft(self, base: EventDraft) -> EventDraft:
        """``base`` with the fields as typed; FormProblem when one cannot be read."""
        tz = self.zone.zone()
        if tz is None:
            raise FormProblem(self.tr("Choose a time zone from the list (e.g. Europe/Paris)."))
        if self.all_day.isChecked():
            first, last = _wall(self.start).date(), _wall(self.end).date()
            start = datetime.combine(first, time(), UTC)
            end = datetime.combine(max(first, last) + timedelta(days=1), time(), UTC)
        else:
            zone = ZoneInfo(tz)
            start = _wall(self.start).replace(tzinfo=zone)
            end = _wall(self.end).replace(tzinfo=zone)
        try:
            minutes = tuple(
                int(p) for p in self.reminders.text().replace(";", ",").split(",") if p.strip()
            )
        except ValueError:
            raise FormProblem(
                self.tr("Reminders are minutes before the start, e.g. 60, 1440.")
            ) from None
        communities = tuple(
            int(self.communities.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.communities.count())
            if self.communities.item(r).checkState() == Qt.CheckState.Checked
        )
        return replace(
            base,
            title=self.title.text(),
            kind=EventKind(self.kind.currentData()),
            status=EventStatus(self.status.currentData()),
            start=start,
            end=end,
            tz=tz,
            all_day=self.all_day.isChecked(),
            hosts=tuple(h.strip() for h in self.hosts.text().split(",") if h.strip()),
            community_ids=communities,
            description_md=self.description.toPlainText(),
            online_link=self.online_link.text().strip(),
            place=self.place.text().strip(),
            registration_link=self.registration_link.text().strip(),
            capacity=self.capacity.value() or None,
            agenda=self.agenda.toPlainText(),
            checklist=checklist_items(self.checklist.toPlainText()),
            reminders_minutes=minutes,
        )
