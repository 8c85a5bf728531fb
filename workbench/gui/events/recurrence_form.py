"""How an event repeats: never, daily, weekly on chosen days, monthly, or a custom RRULE,
every N, until a date or a number of times. The form reads and writes the RRULE value
core keeps (without "RRULE:"); a rule it cannot show as choices stays as custom text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
NONE, DAILY, WEEKLY, MONTHLY, CUSTOM = range(5)
FREQS = {DAILY: "DAILY", WEEKLY: "WEEKLY", MONTHLY: "MONTHLY"}


def parse_rule(rule: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for piece in rule.removeprefix("RRULE:").split(";"):
        name, _, value = piece.partition("=")
        if name.strip():
            parts[name.strip().upper()] = value.strip()
    return parts


class RecurrenceForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weekday = 0  # the start's weekday: the default for weekly
        self.repeat = QComboBox(self)
        self.repeat.addItems(
            [
                self.tr("Does not repeat"),
                self.tr("Daily"),
                self.tr("Weekly"),
                self.tr("Monthly"),
                self.tr("Custom rule (RRULE)"),
            ]
        )
        self.every = QSpinBox(self)
        self.every.setRange(1, 99)
        # As wide as its phrase in the language shown ("toutes les 12 semaines"), no wider.
        self.every.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.days = [QCheckBox(name, self) for name in self._day_names()]
        day_row = QHBoxLayout()
        for box in self.days:
            day_row.addWidget(box)
        day_row.addStretch(1)
        self.ends_never = QRadioButton(self.tr("Never"), self)
        self.ends_after = QRadioButton(self.tr("After"), self)
        self.ends_on = QRadioButton(self.tr("On"), self)
        self.ends_never.setChecked(True)
        self._ends = QButtonGroup(self)
        for button in (self.ends_never, self.ends_after, self.ends_on):
            self._ends.addButton(button)
        self.count = QSpinBox(self)
        self.count.setRange(1, 999)
        self.count.setValue(10)
        self.count.setSuffix(self.tr(" times"))
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDate(QDate.currentDate().addMonths(3))
        ends = QHBoxLayout()
        for w in (self.ends_never, self.ends_after, self.count, self.ends_on, self.until):
            ends.addWidget(w)
        ends.addStretch(1)
        self.custom = QLineEdit(self)
        self.custom.setPlaceholderText(self.tr("e.g. FREQ=MONTHLY;BYDAY=2TU"))
        form = QFormLayout(self)
        form.addRow(self.tr("Repeats:"), self.repeat)
        form.addRow(self.tr("Interval:"), self.every)
        form.addRow(self.tr("On:"), day_row)
        form.addRow(self.tr("Ends:"), ends)
        form.addRow(self.tr("Rule:"), self.custom)
        self._form = form
        self.repeat.currentIndexChanged.connect(self._on_repeat_changed)
        self.every.valueChanged.connect(self._word_interval)
        for w in (self.every, self.count):
            w.valueChanged.connect(self.changed)
        for box in self.days:
            box.toggled.connect(self.changed)
        self._ends.buttonToggled.connect(self.changed)
        self.until.dateChanged.connect(self.changed)
        self.custom.textChanged.connect(self.changed)
        self._on_repeat_changed()

    def _day_names(self) -> list[str]:
        return [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]

    def set_start_weekday(self, weekday: int) -> None:
        """0 Monday ... 6 Sunday: a new weekly rule repeats on the start's day."""
        self._weekday = weekday

    def _interval_phrase(self, n: int) -> str:
        # One phrase per unit, with plural forms: French says "tous les 2 jours" but
        # "toutes les 2 semaines", so "every " cannot be a prefix shared by all units.
        return {
            DAILY: self.tr("every %n day(s)", "", n),
            WEEKLY: self.tr("every %n week(s)", "", n),
            MONTHLY: self.tr("every %n month(s)", "", n),
        }.get(self.repeat.currentIndex(), "%n")

    def _word_interval(self) -> None:
        """The spin box shows the phrase around its number: its prefix and suffix."""
        n = self.every.value()
        before, _, after = self._interval_phrase(n).partition(str(n))
        if (before, after) != (self.every.prefix(), self.every.suffix()):
            self.every.setPrefix(before)  # only when the words change: typing keeps its place
            self.every.setSuffix(after)

    def _on_repeat_changed(self) -> None:
        kind = self.repeat.currentIndex()
        self._word_interval()
        self._form.setRowVisible(1, kind in FREQS)
        self._form.setRowVisible(2, kind == WEEKLY)
        self._form.setRowVisible(3, kind in FREQS)
        self._form.setRowVisible(4, kind == CUSTOM)
        if kind == WEEKLY and not any(b.isChecked() for b in self.days):
            self.days[self._weekday].setChecked(True)
        if kind == CUSTOM and not self.custom.text().strip():
            self.custom.setText(self._built() or "FREQ=WEEKLY")
        self.changed.emit()

    def _built(self) -> str | None:
        kind = self.repeat.currentIndex()
        if kind not in FREQS:
            return None
        parts = [f"FREQ={FREQS[kind]}"]
        if self.every.value() > 1:
            parts.append(f"INTERVAL={self.every.value()}")
        if kind == WEEKLY:
            chosen = [DAYS[i] for i, box in enumerate(self.days) if box.isChecked()]
            if chosen:
                parts.append("BYDAY=" + ",".join(chosen))
        if self.ends_after.isChecked():
            parts.append(f"COUNT={self.count.value()}")
        elif self.ends_on.isChecked():
            until = self.until.date()
            parts.append(f"UNTIL={until.year():04}{until.month():02}{until.day():02}T235959Z")
        return ";".join(parts)

    def rule(self) -> str | None:
        """The RRULE value, or None when the event does not repeat."""
        if self.repeat.currentIndex() == CUSTOM:
            return self.custom.text().strip().removeprefix("RRULE:") or None
        return self._built()

    def set_rule(self, rule: str | None) -> None:
        self.blockSignals(True)
        try:
            self._set_rule(rule)
        finally:
            self.blockSignals(False)
        self._on_repeat_changed()

    def _set_rule(self, rule: str | None) -> None:
        if not rule:
            self.repeat.setCurrentIndex(NONE)
            return
        parts = parse_rule(rule)
        simple = {"FREQ", "INTERVAL", "BYDAY", "COUNT", "UNTIL"}
        freq = {v: k for k, v in FREQS.items()}.get(parts.get("FREQ", ""))
        days = [d for d in parts.get("BYDAY", "").split(",") if d]
        if (
            freq is None
            or set(parts) - simple
            or (days and (freq != WEEKLY or any(d not in DAYS for d in days)))
            or not parts.get("INTERVAL", "1").isdigit()
        ):
            self.custom.setText(rule)
            self.repeat.setCurrentIndex(CUSTOM)
            return
        self.repeat.setCurrentIndex(freq)
        self.every.setValue(int(parts.get("INTERVAL", "1")))
        for i, box in enumerate(self.days):
            box.setChecked(DAYS[i] in days)
        if parts.get("COUNT", "").isdigit():
            self.ends_after.setChecked(True)
            self.count.setValue(int(parts["COUNT"]))
        elif until := parts.get("UNTIL"):
            self.ends_on.setChecked(True)
            try:
                day = date(int(until[:4]), int(until[4:6]), int(until[6:8]))
                self.until.setDate(QDate(day.year, day.month, day.day))
            except ValueError:
                self.custom.setText(rule)
                self.repeat.setCurrentIndex(CUSTOM)
        else:
            self.ends_never.setChecked(True)
