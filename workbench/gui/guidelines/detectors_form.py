"""Editing a rule's detectors: one row each, a kind and the value it needs."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workbench.core.guidelines.detectors import Detector, DetectorError
from workbench.core.guidelines.state import DetectorKind
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.gui.guidelines.words import detector_word


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _number(text: str, what: Words) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise DetectorError(what) from None


NOT_A_NUMBER = Words("DetectorsForm", QT_TRANSLATE_NOOP("DetectorsForm", "Give a whole number."))


class DetectorRow(QWidget):
    """Kind, value and (for words and domains) a check box whose meaning follows the kind."""

    def __init__(self, detector: Detector | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        for kind in DetectorKind:
            self.kind.addItem(detector_word(kind), str(kind))
        self.value = QLineEdit()
        self.option = QCheckBox()
        self.remove = QPushButton(self.tr("Remove"))
        row.addWidget(self.kind)
        row.addWidget(self.value, 1)
        row.addWidget(self.option)
        row.addWidget(self.remove)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        if detector is not None:
            self.kind.setCurrentIndex(self.kind.findData(str(detector.kind)))
            self._show(detector)
        self._on_kind_changed()

    def _show(self, d: Detector) -> None:
        k = d.kind
        if k is DetectorKind.WORDS:
            self.value.setText(", ".join(d.words))
            self.option.setChecked(d.case_sensitive)
        elif k is DetectorKind.REGEX:
            self.value.setText(d.pattern)
        elif k is DetectorKind.LINKS:
            self.value.setText(str(d.max_links))
        elif k is DetectorKind.DOMAINS:
            self.option.setChecked(bool(d.allowed_domains))
            self.value.setText(", ".join(d.allowed_domains or d.blocked_domains))
        elif k is DetectorKind.CAPITALS:
            self.value.setText(str(round(d.capitals_share * 100)))
        elif k is DetectorKind.ACCOUNT_AGE:
            self.value.setText(str(d.min_age_days))
        else:
            self.value.setText(str(d.communities))

    @Slot()
    def _on_kind_changed(self) -> None:
        kind = DetectorKind(self.kind.currentData())
        hints = {
            DetectorKind.WORDS: self.tr("words or phrases, comma-separated; * matches any letters"),
            DetectorKind.REGEX: self.tr("a regular expression (RE2: no look-around)"),
            DetectorKind.LINKS: self.tr("the most links allowed"),
            DetectorKind.DOMAINS: self.tr("domains, comma-separated (example.com)"),
            DetectorKind.CAPITALS: self.tr("the share of capitals, in percent"),
            DetectorKind.ACCOUNT_AGE: self.tr("the youngest account age allowed, in days"),
            DetectorKind.SAME_TEXT: self.tr("in how many communities (within 24 hours)"),
        }
        self.value.setPlaceholderText(hints[kind])
        self.option.setVisible(kind in (DetectorKind.WORDS, DetectorKind.DOMAINS))
        self.option.setText(
            self.tr("Case sensitive") if kind is DetectorKind.WORDS else self.tr("Allow only these")
        )

    def detector(self) -> Detector:
        """The detector as typed; raises DetectorError."""
        kind, text = DetectorKind(self.kind.currentData()), self.value.text()
        if kind is DetectorKind.WORDS:
            made = Detector(kind, words=_split(text), case_sensitive=self.option.isChecked())
        elif kind is DetectorKind.REGEX:
            made = Detector(kind, pattern=text.strip())
        elif kind is DetectorKind.LINKS:
            made = Detector(kind, max_links=_number(text, NOT_A_NUMBER))
        elif kind is DetectorKind.DOMAINS:
            domains = _split(text)
            made = (
                Detector(kind, allowed_domains=domains)
                if self.option.isChecked()
                else Detector(kind, blocked_domains=domains)
            )
        elif kind is DetectorKind.CAPITALS:
            made = Detector(kind, capitals_share=_number(text, NOT_A_NUMBER) / 100)
        elif kind is DetectorKind.ACCOUNT_AGE:
            made = Detector(kind, min_age_days=_number(text, NOT_A_NUMBER))
        else:
            made = Detector(kind, communities=_number(text, NOT_A_NUMBER))
        made.check()
        return made


class DetectorsForm(QWidget):
    def __init__(self, detectors: tuple[Detector, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DetectorRow] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        # As tall as its rows: the editor's text boxes take any room left.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.add = QPushButton(self.tr("Add a detector"))
        self.add.clicked.connect(lambda: self.add_row(None))
        self.layout_.addWidget(self.add)
        for detector in detectors:
            self.add_row(detector)

    def add_row(self, detector: Detector | None) -> DetectorRow:
        row = DetectorRow(detector, self)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self.layout_.insertWidget(self.layout_.count() - 1, row)
        return row

    def _remove(self, row: DetectorRow) -> None:
        self.rows.remove(row)
        row.deleteLater()

    def detectors(self) -> tuple[Detector, ...]:
        return tuple(row.detector() for row in self.rows)
