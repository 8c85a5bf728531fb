"""A time zone picker: every IANA name, searchable by any part ("paris", "new_y")."""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


@cache
def zone_names() -> tuple[str, ...]:
    return tuple(sorted(n for n in available_timezones() if "/" in n or n == "UTC"))


class ZonePicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(zone_names()))
        names = QStringListModel(list(zone_names()), self)
        completer = QCompleter(names, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setToolTip(self.tr("Type any part of the zone's name, e.g. Paris or New_York."))

    def zone(self) -> str | None:
        """The chosen IANA name, or None when the text is not one."""
        text = self.currentText().strip()
        if text in zone_names():
            return text
        lowered = {n.casefold(): n for n in zone_names()}
        return lowered.get(text.casefold())

    def set_zone(self, name: str) -> None:
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)
