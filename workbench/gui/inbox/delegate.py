"""The item column drawn as mail clients do: the title on the first line, where it came
from and the start of the text on the second, so titles stay readable in a narrow window.

Remote text is drawn as plain text (QPainter.drawText never interprets markup).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.core.inbox.query import State
from workbench.core.inbox.service import InboxRow
from workbench.gui.inbox.model import ROW_ROLE, cell

PADDING = 4


def row_height(metrics: QFontMetrics) -> int:
    return 2 * metrics.height() + 2 * PADDING


def second_line(row: InboxRow) -> str:
    where = " · ".join(
        p for p in (cell(row, "community"), cell(row, "author"), cell(row, "kind")) if p
    )
    return f"{where} — {row.snippet}" if row.snippet and row.title else where


class ItemDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, InboxRow):  # not fetched yet: the model's placeholder text
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        metrics = QFontMetrics(opt.font)
        line = metrics.height()
        painter.save()
        title_font = QFont(opt.font)
        title_font.setBold(row.state == State.NEW and not row.deleted)
        painter.setFont(title_font)
        painter.setPen(opt.palette.color(group))
        title = cell(row, "item") if row.deleted else (row.title or row.snippet)
        first = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(
            first,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(title_font).elidedText(
                " ".join(title.split()), Qt.TextElideMode.ElideRight, rect.width()
            ),
        )
        plain = QFont(opt.font)
        plain.setBold(False)
        painter.setFont(plain)
        metrics = QFontMetrics(plain)
        if not selected:  # quieter than the title, still easy to read
            quiet = QColor(opt.palette.color(QPalette.ColorRole.Text))
            quiet.setAlpha(150)
            painter.setPen(quiet)
        second = QRect(rect.left(), rect.top() + line, rect.width(), line)
        painter.drawText(
            second,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(second_line(row), Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, row_height(QFontMetrics(option.font)))
