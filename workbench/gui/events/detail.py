"""The side panel: the selected event as a reader sees it.

Everything the user (or an imported file) wrote is plain text, except the description,
which core renders from Markdown to safe HTML and a browser shows that never loads
anything (no image, no style sheet, no navigation). Links are shown as text with an
explicit "Open" button: nothing opens by accident.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QByteArray, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.core.events.model import ChecklistItem, EventView, Occurrence
from workbench.core.events.render import render_description
from workbench.gui.events.calendar.style import when_text
from workbench.gui.events.words import event_kind, event_status

_RESOURCE = QTextDocument.ResourceType


def _placeholder() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    return image


class QuietBrowser(QTextBrowser):
    """Shows the HTML it is given and loads nothing else, ever."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self._placeholder = _placeholder()

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        # Never the base class: it reads local files. A null image would make Qt read the
        # path itself, so images get an empty placeholder (core strips them anyway).
        kind = getattr(kind, "value", kind)
        if kind == _RESOURCE.ImageResource.value:
            return self._placeholder
        if kind in (_RESOURCE.HtmlResource.value, _RESOURCE.StyleSheetResource.value):
            return ""
        return QByteArray()

    def doSetSource(self, url: QUrl | str, type: Any = None) -> None:
        """Never navigate."""


def _plain(parent: QWidget, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        label.setFont(font)
    return label


class LinkRow(QWidget):
    """A link as plain text and an "Open" button (http and https only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = _plain(self)
        self.open = QPushButton(self.tr("Open"), self)
        self.open.clicked.connect(self._on_open_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.open)

    def set_link(self, link: str) -> None:
        self.text.setText(link)
        self.open.setEnabled(link.lower().startswith(("https://", "http://")))
        self.setVisible(bool(link))

    def _on_open_clicked(self) -> None:
        url = QUrl(self.text.text())
        if url.scheme().lower() in ("http", "https"):
            QDesktopServices.openUrl(url)


class EventDetail(QWidget):
    edit_requested = Signal()
    cancel_occurrence_requested = Signal()
    delete_requested = Signal()
    export_requested = Signal()
    checklist_changed = Signal(object)  # list[ChecklistItem]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.occurrence: Occurrence | None = None
        self.view: EventView | None = None
        self.empty = QLabel(self.tr("Choose an event to see it here."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.body = QWidget(self)
        self.title = _plain(self.body, bold=True)
        self.when = _plain(self.body)
        self.own_zone = _plain(self.body)
        self.what = _plain(self.body)
        self.hosts = _plain(self.body)
        self.communities = _plain(self.body)
        self.place = _plain(self.body)
        self.online = LinkRow(self.body)
        self.registration = LinkRow(self.body)
        self.description = QuietBrowser(self.body)
        self.checklist = QListWidget(self.body)
        self.checklist.setMaximumHeight(110)
        self.checklist.itemChanged.connect(self._on_checklist_item_changed)
        self.edit = QPushButton(self.tr("&Edit…"), self.body)
        self.cancel_one = QPushButton(self.tr("Cancel this occurrence"), self.body)
        self.delete = QPushButton(self.tr("Delete event"), self.body)
        self.export = QPushButton(self.tr("Export .ics…"), self.body)
        self.export.setToolTip(self.tr("Save this event to a calendar file"))
        self.export.clicked.connect(self.export_requested)
        self.edit.clicked.connect(self.edit_requested)
        self.cancel_one.clicked.connect(self.cancel_occurrence_requested)
        self.delete.clicked.connect(self.delete_requested)
        form = QFormLayout()
        form.addRow(self.tr("Hosts:"), self.hosts)
        form.addRow(self.tr("Communities:"), self.communities)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Online:"), self.online)
        form.addRow(self.tr("Registration:"), self.registration)
        self._form = form
        buttons = QGridLayout()  # two rows: the panel stays narrow, the calendar wide
        for index, button in enumerate((self.edit, self.export, self.cancel_one, self.delete)):
            buttons.addWidget(button, index // 2, index % 2)
        box = QVBoxLayout(self.body)
        box.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.when, self.own_zone, self.what):
            box.addWidget(widget)
        box.addLayout(form)
        box.addWidget(self.description, 1)
        self.checklist_label = QLabel(self.tr("Checklist:"), self.body)
        box.addWidget(self.checklist_label)
        box.addWidget(self.checklist)
        box.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addWidget(self.empty)
        outer.addWidget(self.body, 1)
        self.clear()

    def clear(self) -> None:
        self.occurrence = self.view = None
        self.body.hide()
        self.empty.show()

    def show_event(
        self,
        occurrence: Occurrence,
        view: EventView,
        zone: ZoneInfo,
        community_names: dict[int, str],
    ) -> None:
        self.occurrence, self.view = occurrence, view
        self.title.setText(occurrence.title)
        self.when.setText(when_text(occurrence, zone))
        different = not occurrence.all_day and occurrence.tz != zone.key
        self.own_zone.setVisible(different)
        if different:
            self.own_zone.setText(
                self.tr("In the event's zone ({zone}): {when}").format(
                    zone=occurrence.tz, when=when_text(occurrence, ZoneInfo(occurrence.tz))
                )
            )
        what = f"{event_kind(occurrence.kind)} · {event_status(occurrence.status)}"
        if view.rrule:
            what += " · " + self.tr("repeats")
        if view.capacity:
            what += " · " + self.tr("{count} places").format(count=view.capacity)
        self.what.setText(what)
        self.hosts.setText(", ".join(occurrence.hosts) or "—")
        names = [community_names.get(i, f"#{i}") for i in occurrence.community_ids]
        self.communities.setText(", ".join(names) or "—")
        self.place.setText(view.place or "—")
        self.online.set_link(view.online_link)
        self.registration.set_link(view.registration_link)
        self._form.setRowVisible(3, bool(view.online_link))
        self._form.setRowVisible(4, bool(view.registration_link))
        self.description.setHtml(render_description(view.description_md))
        self.description.setVisible(bool(view.description_md.strip()))
        self._show_checklist(list(view.checklist))
        self.cancel_one.setVisible(bool(view.rrule))
        self.empty.hide()
        self.body.show()

    def _show_checklist(self, items: list[ChecklistItem]) -> None:
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for entry in items:
            item = QListWidgetItem(entry.text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked)
            self.checklist.addItem(item)
        self.checklist.blockSignals(False)
        self.checklist.setVisible(bool(items))
        self.checklist_label.setVisible(bool(items))

    def _on_checklist_item_changed(self, _item: QListWidgetItem) -> None:
        items = [
            ChecklistItem(
                self.checklist.item(r).text(),
                self.checklist.item(r).checkState() == Qt.CheckState.Checked,
            )
            for r in range(self.checklist.count())
        ]
        self.checklist_changed.emit(items)
