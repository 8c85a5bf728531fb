"""How the inbox table paints its cells.

The item column is drawn as mail clients do: the title on the first line, where it came
from and the start of the text on the second, so titles stay readable in a narrow window.
The short columns (state, priority, time…) are one line each.

Painting is most of what a view change costs on the GUI thread (benchmarks/inbox_gui.py):
Qt's own delegate asks the model for ten roles a cell and lays its text out on every paint.
Here a cell costs one call into the model (``CELLS_ROLE``: the row and every column's
text, formatted once per row), and each line of text is elided and laid out once per text,
font and width, kept as a QStaticText and drawn from that on every later paint (selection,
hover, scrolling back). Only the part of a text that can fit is shaped. Remote text is
plain text (QStaticText in Qt.PlainText never reads markup).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
from itertools import accumulate

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QStaticText,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
)

from workbench.core.inbox.query import State
from workbench.core.inbox.service import InboxRow
from workbench.gui.inbox.model import CELLS_ROLE, cell

PADDING = 4
CACHED_LINES = 6000  # about a hundred screens of rows
# Characters whose width depends on their neighbours (combining marks, joined scripts,
# emoji sequences): a text with any of them is measured by Qt.
_SHAPED = re.compile(r"[^\u0000-\u02ff\u2000-\u206f\u20a0-\u20bf]")
KERNING_MARGIN = 2  # pixels kept free where widths are added up (Lines._elide)
# A cell with any of these draws a panel of its own (CellDelegate.background).
_MARKED = (
    QStyle.StateFlag.State_Selected
    | QStyle.StateFlag.State_MouseOver
    | QStyle.StateFlag.State_HasFocus
)


def row_height(metrics: QFontMetrics) -> int:
    return 2 * metrics.height() + 2 * PADDING


def second_line(row: InboxRow) -> str:
    where = " · ".join(
        p for p in (cell(row, "community"), cell(row, "author"), cell(row, "kind")) if p
    )
    return f"{where} — {row.snippet}" if row.snippet and row.title else where


def first_line(row: InboxRow) -> str:
    return cell(row, "item") if row.deleted else " ".join((row.title or row.snippet).split())


class Lines:
    """Elided, laid-out lines of text by (text, weight, width) in the table's font, the
    least recently drawn dropped first."""

    def __init__(self) -> None:
        self._lines: OrderedDict[tuple[str, bool, int], QStaticText] = OrderedDict()
        self._base = QFont()
        self._fonts: dict[bool, tuple[QFont, QFontMetrics]] = {}
        self._advances: dict[bool, dict[str, float]] = {False: {}, True: {}}
        self._exact: dict[bool, QFontMetricsF] = {}

    def font(self, base: QFont, bold: bool = False) -> tuple[QFont, QFontMetrics]:
        if base != self._base:  # the table's font changed: what was laid out is stale
            self._base = QFont(base)
            self._fonts.clear()
            self._lines.clear()
            self._advances = {False: {}, True: {}}
        found = self._fonts.get(bold)
        if found is None:
            font = QFont(base)
            font.setBold(bold)
            found = self._fonts[bold] = (font, QFontMetrics(font))
            self._exact[bold] = QFontMetricsF(font)  # fractional widths add up right
        return found

    def line(self, text: str, bold: bool, width: int) -> QStaticText:
        key = (text, bold, width)
        line = self._lines.get(key)
        if line is not None:
            self._lines.move_to_end(key)
            return line
        line = QStaticText(self._elide(text, bold, width))
        line.setTextFormat(Qt.TextFormat.PlainText)
        line.prepare(font=self._fonts[bold][0])
        self._lines[key] = line
        if len(self._lines) > CACHED_LINES:
            self._lines.popitem(last=False)
        return line

    def _elide(self, text: str, bold: bool, width: int) -> str:
        """``text`` cut with "…" to fit ``width``.

        Qt's elidedText shapes the whole text (most of a new row's paint): for text in
        Latin letters without combining marks, where a line's width is the sum of its
        characters' advances less a little kerning, add the advances up instead, keeping
        a margin for that kerning. Other scripts go to Qt, which shapes them right.
        """
        metrics = self._fonts[bold][1]
        if not text.isascii() and _SHAPED.search(text):
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        advances = self._advances[bold]
        for char in set(text).difference(advances):
            advances[char] = self._exact[bold].horizontalAdvance(char)
        room = width - KERNING_MARGIN
        # Running widths in C (accumulate, bisect): a Python loop over each character was
        # most of a new row's paint.
        widths = list(accumulate(map(advances.__getitem__, text)))
        if not widths or widths[-1] <= room:
            return text
        fits = bisect_right(widths, room - self._ellipsis(bold))  # characters before "…"
        return text[:fits].rstrip() + "…"

    def _ellipsis(self, bold: bool) -> float:
        advances = self._advances[bold]
        found = advances.get("…")
        if found is None:
            found = advances["…"] = self._exact[bold].horizontalAdvance("…")
        return found


class CellDelegate(QStyledItemDelegate):
    """A one-line cell: its background as the style draws it, then its text."""

    def __init__(self, lines: Lines, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines = lines

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        found = index.data(CELLS_ROLE)
        if found is None:  # not fetched yet: the model's placeholder text
            super().paint(painter, option, index)
            return
        row, cells = found
        selected = self.background(painter, option)
        # No save()/restore(): every delegate of the table sets the pen and font it uses.
        painter.setPen(self.pen(option, row, selected))
        self.draw(painter, option, row, cells[index.column()], selected)

    def draw(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        row: InboxRow,
        text: str,
        selected: bool,
    ) -> None:
        """The cell's text, on its background, with the pen set."""
        rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        if rect.width() <= 0:
            return
        font, metrics = self.lines.font(option.font)
        painter.setFont(font)
        line = self.lines.line(text, False, rect.width())
        top = rect.top() + (rect.height() - metrics.height()) // 2
        painter.drawStaticText(QPoint(rect.left(), top), line)

    def background(self, painter: QPainter, option: QStyleOptionViewItem) -> bool:
        """The cell's panel (selection, hover) and focus frame; is it selected?

        A plain cell has no panel of its own: the table has filled the row already, and
        Qt's styles draw PE_PanelItemViewItem only for a selection, a hover or a
        background brush (no role of this model gives one). Skipping the call for those
        cells saves a style call and three flag tests a cell, most of a paint's cells.
        """
        state = option.state
        if not state & _MARKED:
            return False
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        if state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionFocusRect()
            focus.rect = QRect(option.rect)
            focus.state = state
            focus.palette = option.palette
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)
        return bool(state & QStyle.StateFlag.State_Selected)

    @staticmethod
    def pen(option: QStyleOptionViewItem, row: InboxRow, selected: bool) -> QColor:
        palette: QPalette = option.palette
        if selected:
            return palette.color(QPalette.ColorRole.HighlightedText)
        if row.deleted:  # gone from the platform: kept, and greyed
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return palette.color(QPalette.ColorRole.Text)


class ItemDelegate(CellDelegate):
    """The item column: the title (bold while new), then where it came from and the text."""

    def draw(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        row: InboxRow,
        text: str,
        selected: bool,
    ) -> None:
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        width = rect.width()
        if width <= 0:
            return
        base: QFont = option.font
        bold = row.state == State.NEW and not row.deleted
        title_font = self.lines.font(base, bold)[0]
        plain_font, plain_metrics = self.lines.font(base)
        height = plain_metrics.height()
        painter.setFont(title_font)
        title = self.lines.line(first_line(row), bold, width)
        painter.drawStaticText(QPoint(rect.left(), rect.top()), title)
        if not selected and not row.deleted:  # quieter than the title, still easy to read
            quiet = QColor(option.palette.color(QPalette.ColorRole.Text))
            quiet.setAlpha(150)
            painter.setPen(quiet)
        painter.setFont(plain_font)
        second = self.lines.line(second_line(row), False, width)
        painter.drawStaticText(QPoint(rect.left(), rect.top() + height), second)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, row_height(QFontMetrics(option.font)))
