"""One chart of the Analytics pane: its title, the chart drawn off the GUI thread
(render.py), and its export buttons.

Clicking a bar or point emits ``open_view`` with the inbox view of the items behind it.
A resize asks for the chart again at the new size (``wants_render``); until it comes the
old image is shown scaled.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.inbox.query import View
from workbench.gui.analytics.rendered import Rendered
from workbench.gui.analytics.titles import chart_title


class ChartImage(QWidget):
    """Shows a rendered chart and turns a click on a bar into its view."""

    clicked = Signal(object)  # a View
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.hits: list[tuple[QRectF, View]] = []
        self.message = ""
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(240, 210))
        self._resize_pause = QTimer(self)
        self._resize_pause.setSingleShot(True)
        self._resize_pause.setInterval(200)
        self._resize_pause.timeout.connect(self.resized)

    def show_rendered(self, rendered: Rendered) -> None:
        self.image = rendered.image
        self.hits = rendered.hits
        self.update()

    def hit_at(self, point: QPointF) -> View | None:
        for rect, view in self.hits:
            if rect.contains(point):
                return view
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(self.rect()), self.image)
        elif self.message:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.message)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.hit_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            view = self.hit_at(event.position())
            if view is not None:
                self.clicked.emit(view)
                return
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.image is not None and event.size() != event.oldSize():
            self._resize_pause.start()


class ChartBox(QFrame):
    open_view = Signal(object)  # a View
    save_image = Signal(str)  # the chart's key
    save_numbers = Signal(str)
    wants_render = Signal(str)  # the chart's key: its size changed

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"chart_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.draw_ms = 0.0

        self.title = QLabel(chart_title(key))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: bold")
        self.title.setToolTip(chart_title(key))
        # A long title wraps rather than widening the column past a 1280-pixel screen.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setWordWrap(True)
        self.image_button = QToolButton()
        self.image_button.setText(self.tr("Image…"))
        self.image_button.setToolTip(self.tr("Save this chart as PNG or SVG"))
        self.image_button.clicked.connect(lambda: self.save_image.emit(self.key))
        self.csv_button = QToolButton()
        self.csv_button.setText(self.tr("CSV…"))
        self.csv_button.setToolTip(self.tr("Save the numbers this chart draws as CSV"))
        self.csv_button.clicked.connect(lambda: self.save_numbers.emit(self.key))
        for button in (self.image_button, self.csv_button):
            button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.image_button)
        top.addWidget(self.csv_button)

        self.chart = ChartImage()
        self.chart.message = self.tr("Computing…")
        self.chart.setToolTip(self.tr("Click a bar or point to open its items in the inbox"))
        self.chart.clicked.connect(self.open_view)
        self.chart.resized.connect(lambda: self.wants_render.emit(self.key))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)

    def show_rendered(self, rendered: Rendered) -> None:
        self.draw_ms = rendered.ms
        self.chart.show_rendered(rendered)
        for button in (self.image_button, self.csv_button):
            button.setEnabled(True)
