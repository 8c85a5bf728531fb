"""Yours against theirs: a unified diff in a read-only, monospaced view, removed lines red
and added lines green (plain text: the file's own words are never rendered)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFontDatabase, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QWidget


def _format(colour: str) -> QTextCharFormat:
    chosen = QTextCharFormat()
    chosen.setForeground(QColor(colour))
    return chosen


class _DiffColours(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._removed, self._added = _format("#b3261e"), _format("#1b7a3a")
        self._hunk = _format("#6b6b6b")

    def highlightBlock(self, text: str) -> None:
        if text.startswith(("---", "+++", "@@")):
            self.setFormat(0, len(text), self._hunk)
        elif text.startswith("-"):
            self.setFormat(0, len(text), self._removed)
        elif text.startswith("+"):
            self.setFormat(0, len(text), self._added)


class DiffView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._colours = _DiffColours(self.document())
