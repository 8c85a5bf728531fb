"""What a user sees as broken layout: text cut off, widgets drawn over each other.

``layout_problems(root)`` walks the visible widgets under ``root`` and names each one whose
text does not fit where it is drawn: a QLabel that neither wraps nor elides, a button, a tab,
a group box title, a header section; and each pair of visible siblings that overlap. Text
is measured with the widget's own font metrics against its contents rectangle, as Qt
draws it.
"""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QRubberBand,
    QSizeGrip,
    QSplitterHandle,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # a pixel of rounding between metrics and layout


def _name(widget: QWidget) -> str:
    text = ""
    for attr in ("text", "title"):
        getter = getattr(widget, attr, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                text = value
                break
    where = widget.objectName() or type(widget).__name__
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName() and parent.parentWidget() is not None:
        parent = parent.parentWidget()
    inside = f" in {parent.objectName() or type(parent).__name__}" if parent is not None else ""
    return f"{where}{inside} {text[:60]!r}"


def _shown_text(text: str) -> str:
    """The text as drawn: "&&" is one ampersand, a single "&" marks the mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _text_size(label: QLabel) -> tuple[int, int]:
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text)
    )
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        return int(doc.idealWidth()), int(doc.size().height())
    if label.buddy() is not None:  # "&Title:" draws as "Title:", T underlined
        text = _shown_text(text)
    metrics = label.fontMetrics()
    lines = text.split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines)
    return width, metrics.height() * len(lines)


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    box = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), 0)
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"{_name(label)}: wrapped text needs {need} px high, has {label.height()}"
        return None
    width, height = _text_size(label)
    indent = max(label.indent(), 0)
    if width > box.width() - indent + SLACK:
        return f"{_name(label)}: text {width} px wide, room {box.width() - indent}"
    if height > box.height() + label.fontMetrics().descent() + SLACK:
        return f"{_name(label)}: text {height} px high, room {box.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _shown_text(button.text())
    if not text:
        return None
    metrics = button.fontMetrics()
    need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        if button.width() + SLACK < button.sizeHint().width():
            return f"{_name(button)}: {button.width()} px wide, needs {button.sizeHint().width()}"
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    element = {
        QPushButton: QStyle.SubElement.SE_PushButtonContents,
        QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
        QRadioButton: QStyle.SubElement.SE_RadioButtonContents,
    }.get(type(button))
    if element is None:
        for kind, sub in (
            (QPushButton, QStyle.SubElement.SE_PushButtonContents),
            (QCheckBox, QStyle.SubElement.SE_CheckBoxContents),
            (QRadioButton, QStyle.SubElement.SE_RadioButtonContents),
        ):
            if isinstance(button, kind):
                element = sub
        if element is None:
            return None
    room = button.style().subElementRect(element, option, button).width()
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if need > room + SLACK:
        return f"{_name(button)}: text {need} px wide, room {room}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    found = []
    metrics = bar.fontMetrics()
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect, text = bar.tabRect(i), _shown_text(bar.tabText(i))
        need = metrics.horizontalAdvance(text) + space // 2
        if not bar.tabIcon(i).isNull():
            need += bar.iconSize().width()
        if bar.tabButton(i, QTabBar.ButtonPosition.RightSide) is not None:
            need += 16
        if rect.width() + SLACK < need:
            found.append(f"{_name(bar)} tab {text!r}: {rect.width()} px, needs {need}")
        elif rect.right() > bar.width() + SLACK or rect.left() < -SLACK:
            found.append(f"{_name(bar)} tab {text!r}: outside the tab bar (scrolled away)")
    return found


def _header_problems(header: QHeaderView) -> list[str]:
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    found = []
    metrics = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = header.model().headerData(section, Qt.Orientation.Horizontal)
        if not isinstance(text, str) or not text:
            continue
        need = metrics.horizontalAdvance(text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        size = header.sectionSize(section)
        if size + SLACK < need:
            found.append(f"{_name(header)} column {text!r}: {size} px, needs {need}")
    return found


def _group_problem(box: QGroupBox) -> str | None:
    title = _shown_text(box.title())
    if not title:
        return None
    need = box.fontMetrics().horizontalAdvance(title) + 12
    if box.isCheckable():
        need += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + 6
    if need > box.width() + SLACK:
        return f"{_name(box)}: title {need} px wide, box {box.width()}"
    return None


# Siblings that are meant to lie on top of others, or that Qt itself places.
_LAYERED = (QRubberBand, QSizeGrip, QSplitterHandle, QMenuBar)


def _overlaps(parent: QWidget) -> list[str]:
    if isinstance(parent, QStackedWidget | QAbstractScrollArea | QTabBar):
        return []  # stacked pages, scroll bars, tab scroll buttons: Qt's own arrangement
    shown = [
        w
        for w in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if w.isVisible()
        and not w.isWindow()
        and not isinstance(w, _LAYERED)
        and not w.property("overlay")
    ]
    found = []
    for a, b in combinations(shown, 2):
        common: QRect = a.geometry().intersected(b.geometry()).intersected(parent.rect())
        if common.width() > SLACK and common.height() > SLACK:
            found.append(f"{_name(a)} overlaps {_name(b)} ({common.width()}x{common.height()})")
    return found


def layout_problems(root: QWidget) -> list[str]:
    """Every clipped text and overlapping pair among ``root``'s visible widgets."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or (widget is not root and widget.isWindow()):
            continue
        if widget.window() is not root.window():
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group_problem(widget)
        else:
            problem = None
        if problem:
            found.append(problem)
        if isinstance(widget, QTabBar):
            found += _tab_problems(widget)
        if isinstance(widget, QHeaderView):
            found += _header_problems(widget)
        found += _overlaps(widget)
    return found
