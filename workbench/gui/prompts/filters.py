"""The prompt filters on the left: search, community type, purpose, language, favourites,
archived. ``changed`` fires once the user pauses typing (a search per key would queue up)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from connectors.api import CommunityType
from workbench.core.prompts.library import PromptFilter
from workbench.core.prompts.state import Purpose
from workbench.gui.prompts.words import language_word, purpose_word
from workbench.gui.words import community_type

SEARCH_PAUSE_MS = 200


class PromptFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptFilters")
        self.search = QLineEdit()
        self.search.setObjectName("promptSearch")
        self.search.setPlaceholderText(self.tr("Search prompts (/)"))
        self.search.setClearButtonEnabled(True)
        self.type_box = QComboBox()
        self.type_box.setObjectName("promptTypeFilter")
        self.type_box.addItem(self.tr("Any community type"), None)
        for kind in CommunityType:
            self.type_box.addItem(community_type(kind), kind)
        self.purpose_box = QComboBox()
        self.purpose_box.setObjectName("promptPurposeFilter")
        self.purpose_box.addItem(self.tr("Any purpose"), None)
        for purpose in Purpose:
            self.purpose_box.addItem(purpose_word(purpose), purpose)
        self.lang_box = QComboBox()
        self.lang_box.setObjectName("promptLangFilter")
        self.lang_box.addItem(self.tr("Any language"), None)
        for lang in ("en", "fr"):
            self.lang_box.addItem(language_word(lang), lang)
        self.favourites = QCheckBox(self.tr("Favourites only"))
        self.favourites.setObjectName("promptFavouritesFilter")
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.setObjectName("promptArchivedFilter")

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._pause.start())
        self.search.returnPressed.connect(self._now)
        for box in (self.type_box, self.purpose_box, self.lang_box):
            box.currentIndexChanged.connect(lambda _i: self._now())
        for check in (self.favourites, self.archived):
            check.toggled.connect(lambda _on: self._now())

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Community type"), self.type_box)
        form.addRow(self.tr("Purpose"), self.purpose_box)
        form.addRow(self.tr("Language"), self.lang_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Find a prompt</b>")))
        layout.addWidget(self.search)
        layout.addLayout(form)
        layout.addWidget(self.favourites)
        layout.addWidget(self.archived)
        layout.addStretch(1)

    def _now(self) -> None:
        self._pause.stop()
        self.changed.emit()

    def current(self) -> PromptFilter:
        kind = self.type_box.currentData()
        purpose = self.purpose_box.currentData()
        return PromptFilter(
            text=self.search.text().strip(),
            # Qt hands enum data back as plain str: made enums again for core.
            types=(CommunityType(kind),) if kind else (),
            purposes=(Purpose(purpose),) if purpose else (),
            lang=self.lang_box.currentData() or None,
            favourites_only=self.favourites.isChecked(),
            include_archived=self.archived.isChecked(),
        )

    def clear(self) -> None:
        """Every filter off (to show a prompt they hid); one ``changed`` is left to the caller."""
        widgets = (self.search, self.type_box, self.purpose_box, self.lang_box,
                   self.favourites, self.archived)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for box in (self.type_box, self.purpose_box, self.lang_box):
            box.setCurrentIndex(0)
        self.favourites.setChecked(False)
        self.archived.setChecked(True)  # the prompt asked for may be archived
        for widget in widgets:
            widget.blockSignals(False)

    def stop(self) -> None:
        self._pause.stop()
