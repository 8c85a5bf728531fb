"""The Analytics pane: filters, the headline numbers, and the charts: five on activity and
replies, then (below, when the pane is given ``more``) moderation, prompts and events.

The numbers are computed off the GUI thread (``AnalyticsCharts.numbers``, one SQL
aggregation per number) when the pane is shown and after a sync; each chart is then drawn
off the GUI thread too (render.py: matplotlib takes 200 ms and more per chart here), and the
GUI thread only paints the image. Clicking a bar announces ``show_in_inbox`` with the view
behind it; the window shows the inbox. Exports and the weekly report are written off the
GUI thread.
"""

from __future__ import annotations

import logging
import time
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.core.analytics.charts import AnalyticsCharts, ChartNumbers
from workbench.core.analytics.more import AnalyticsMore, MoreNumbers
from workbench.core.analytics.more_tables import MORE_KEYS
from workbench.core.analytics.tables import headline
from workbench.core.analytics.weekly import last_full_week, week_filters
from workbench.core.changes import Changes
from workbench.core.communities import CommunityRef
from workbench.core.inbox.query import View
from workbench.gui.analytics.chart import ChartBox
from workbench.gui.analytics.export import save_chart, save_numbers
from workbench.gui.analytics.filters import AnalyticsFilters
from workbench.gui.analytics.local import drawing_locale
from workbench.gui.analytics.render import render
from workbench.gui.analytics.rendered import Rendered
from workbench.gui.analytics.weekly_pdf import render_weekly, tiles
from workbench.gui.changes import ChangeBus
from workbench.gui.formats import number_text
from workbench.gui.tasks import TaskRunner

log = logging.getLogger(__name__)
# What the worker hands back: the numbers, the moderation/prompt/event numbers (None
# without ``more``), the communities for the filters, and how long it took (ms).
Computed = tuple[ChartNumbers, MoreNumbers | None, list[CommunityRef], float]

# (key, row, column, column span) in the grid of charts: all five fit 1280 x 720.
LAYOUT = (
    ("activity", 0, 0, 2),
    ("members", 0, 2, 1),
    ("first_reply", 1, 0, 1),
    ("first_reply_weeks", 1, 1, 1),
    ("rates", 1, 2, 1),
)
# Below them (scrolled to): moderation, then prompts and events.
MORE_LAYOUT = (
    ("mod_actions", 2, 0, 2),
    ("mod_rules", 2, 2, 1),
    ("handling_weeks", 3, 0, 1),
    ("handling_communities", 3, 1, 1),
    ("prompts_communities", 3, 2, 1),
    ("prompts_best", 4, 0, 1),
    ("event_impact", 4, 1, 2),
)


class AnalyticsPane(QWidget):
    shown = Signal()  # the charts show the numbers of the current filters
    saved = Signal(object)  # the Path of an export or report just written

    def __init__(
        self,
        *,
        charts: AnalyticsCharts,
        tasks: TaskRunner,
        changes: ChangeBus,
        more: AnalyticsMore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.charts = charts
        self.more = more
        self.more_numbers: MoreNumbers | None = None
        self.tasks = tasks
        self.changes = changes
        self.numbers: ChartNumbers | None = None
        self._stale = True  # numbers to compute when the pane is next shown
        self._generation = 0
        self._drawing: dict[str, int] = {}  # chart key -> the render it waits for
        self._computed_ms = 0.0
        self._renders = 0
        self._drawing_since = 0.0

        self.filters = AnalyticsFilters()
        self.weekly_button = QPushButton(self.tr("Weekly report…"))
        self.weekly_button.setToolTip(
            self.tr("Save last week's one-page report as PDF, for the communities chosen")
        )
        self.weekly_button.clicked.connect(self._on_weekly)
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.weekly_button)

        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setObjectName("analyticsHeadline")
        self.headline.setStyleSheet("font-size: 13px; padding: 4px 0")

        self.boxes: dict[str, ChartBox] = {}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        for key, row, column, span in LAYOUT + (MORE_LAYOUT if more is not None else ()):
            box = ChartBox(key)
            box.open_view.connect(self._on_open_view)
            box.save_image.connect(self._on_save_image)
            box.save_numbers.connect(self._on_save_numbers)
            box.wants_render.connect(self._render)
            grid.addWidget(box, row, column, 1, span)
            self.boxes[key] = box
        for column in range(3):
            grid.setColumnStretch(column, 1)
        scroll = QScrollArea()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(grid_host)

        self.status = QLabel(self.tr("Choose a period and communities; the charts follow."))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)  # longer in French than the row is wide
        self.unanswered_hours = self._hours_box(
            self.tr("A question with no team reply after this long counts as unanswered")
        )
        self.coverage_hours = self._hours_box(
            self.tr("Coverage: the share of threads the team answers within this target")
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(QLabel(self.tr("Unanswered after")))
        bottom.addWidget(self.unanswered_hours)
        bottom.addWidget(QLabel(self.tr("Reply target")))
        bottom.addWidget(self.coverage_hours)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

        # Several filter changes in a row (a preset moves both days) make one query.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.filters.changed.connect(self._debounce.start)
        self.changes.changed.connect(self._on_changes)

    def _hours_box(self, tip: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, 24 * 30)
        box.setValue(24)
        box.setSuffix(self.tr(" h"))
        box.setToolTip(tip)
        box.editingFinished.connect(self._on_hours_edited)
        return box

    def _on_hours_edited(self) -> None:
        numbers = self.numbers
        unanswered = float(self.unanswered_hours.value())
        coverage = float(self.coverage_hours.value())
        if numbers is not None and (unanswered, coverage) == (
            numbers.unanswered_hours,
            numbers.coverage_hours,
        ):
            return
        charts = self.charts

        def keep() -> None:
            charts.set_hours(unanswered=unanswered, coverage=coverage)

        self.tasks.run(keep, lambda _none: self.refresh(), self._on_failed, owner=self)

    # -- numbers ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changes(self, changes: Changes, _source: QObject | None) -> None:
        # Triage does not change a number; what a sync brings and the communities do.
        if changes.synced or changes.communities or changes.accounts:
            self._stale = True
            if self.isVisible():
                self._debounce.start()

    def refresh(self) -> None:
        self._debounce.stop()
        self._stale = False
        self._generation += 1
        generation = self._generation
        filters = self.filters.filters()
        charts, more = self.charts, self.more
        self.status.setText(self.tr("Computing…"))

        def compute() -> Computed:
            started = time.perf_counter()
            numbers = charts.numbers(filters)
            extra = more.numbers(filters) if more is not None else None
            return numbers, extra, charts.communities(), (time.perf_counter() - started) * 1000

        def done(result: Computed) -> None:
            if generation == self._generation:  # else newer filters are on their way
                self._show(*result)

        self.tasks.run(compute, done, self._on_failed, owner=self)

    def _show(
        self,
        numbers: ChartNumbers,
        more: MoreNumbers | None,
        communities: list[CommunityRef],
        ms: float,
    ) -> None:
        self.numbers = numbers
        self.more_numbers = more
        self._computed_ms = ms
        self.filters.set_communities(communities)
        for box, hours in (
            (self.unanswered_hours, numbers.unanswered_hours),
            (self.coverage_hours, numbers.coverage_hours),
        ):
            box.blockSignals(True)
            box.setValue(round(hours))
            box.blockSignals(False)
        self._headline(numbers)
        self._drawing_since = time.perf_counter()
        for key in self.boxes:
            self._render(key)

    def numbers_for(self, key: str) -> ChartNumbers | MoreNumbers | None:
        """The numbers chart ``key`` draws (None before the first ones came)."""
        return self.more_numbers if key in MORE_KEYS else self.numbers

    def _render(self, key: str) -> None:
        """Draw chart ``key`` for the numbers shown, at its size, off the GUI thread."""
        numbers = self.numbers_for(key)
        shown = self.numbers
        if numbers is None or shown is None:
            return
        self._renders += 1
        generation = self._renders
        self._drawing[key] = generation
        chart = self.boxes[key].chart
        width, height, ratio = chart.width(), chart.height(), chart.devicePixelRatioF()
        language = QLocale().name()  # read here: the worker is given a name, not the GUI's

        def done(rendered: Rendered) -> None:
            if self._drawing.get(key) == generation:
                del self._drawing[key]
                self.boxes[key].show_rendered(rendered)
                if not self._drawing:
                    self._say_drawn(shown)

        self.tasks.run(
            lambda: render(key, numbers, width, height, ratio, language),
            done,
            self._on_failed,
            owner=self,
        )

    def _say_drawn(self, numbers: ChartNumbers) -> None:
        drawn = (time.perf_counter() - self._drawing_since) * 1000  # all of them, side by side
        if not self.filters.communities.menu().actions():
            text = self.tr("No communities yet: connect an account under Accounts, then sync.")
        elif numbers.empty:
            text = self.tr("No items in this period for these communities.")
        else:
            text = self.tr("Click a bar or point to open its items in the inbox.")
        self.status.setText(
            text
            + " "
            + self.tr("Computed in {computed} ms, drawn off the GUI thread in {drawn} ms.").format(
                computed=number_text(round(self._computed_ms)), drawn=number_text(round(drawn))
            )
        )
        self.shown.emit()

    def _headline(self, numbers: ChartNumbers) -> None:
        with drawing_locale(QLocale().name()):
            said = tiles(headline(numbers))
        shown = [(label, value) for label, value in said if value != "–"]
        pair = self.tr("{label}: {value}")  # French puts a space before the colon
        self.headline.setText(
            "     ".join(pair.format(label=label, value=value) for label, value in shown)
        )

    def _on_failed(self, error: Exception) -> None:
        log.warning("analytics task failed: %s", error)
        self.status.setText(self.tr("Something went wrong: {error}").format(error=error))

    def _on_open_view(self, view: View) -> None:
        self.changes.show_in_inbox.emit(view)

    # -- exports ----------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, kinds: str) -> Path | None:
        path, _kind = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), kinds)
        return Path(path) if path else None

    def _write(self, work: Any) -> None:
        def done(path: Path) -> None:
            self.status.setText(self.tr("Saved {path}.").format(path=path))
            self.saved.emit(path)

        self.tasks.run(work, done, self._on_failed, owner=self)

    def _on_save_image(self, key: str) -> None:
        svg = self.tr("SVG image (*.svg)")
        path, kind = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the chart"),
            str(Path.home() / f"{key}.png"),
            self.tr("PNG image (*.png)") + ";;" + svg,
        )
        if path:
            chosen = Path(path)
            if chosen.suffix.lower() not in (".png", ".svg"):  # the type chosen in the dialog
                chosen = chosen.with_suffix(".svg" if kind == svg else ".png")
            self.save_image(key, chosen)

    def save_image(self, key: str, path: Path) -> None:
        """Write chart ``key`` as it shows now to ``path`` (.png or .svg), off the GUI thread."""
        numbers = self.numbers_for(key)
        if numbers is not None:
            language = QLocale().name()
            self._write(lambda: save_chart(key, numbers, path, language))

    def _on_save_numbers(self, key: str) -> None:
        path = self._ask_path(self.tr("Save the numbers"), f"{key}.csv", self.tr("CSV (*.csv)"))
        if path is not None:
            self.save_table(key, path.with_suffix(".csv"))

    def save_table(self, key: str, path: Path) -> None:
        numbers = self.numbers_for(key)
        if numbers is not None:
            self._write(lambda: save_numbers(key, numbers, path))

    def _on_weekly(self) -> None:
        path = self._ask_path(
            self.tr("Save the weekly report"), "weekly-report.pdf", self.tr("PDF (*.pdf)")
        )
        if path is not None:
            self.save_weekly(path.with_suffix(".pdf"))

    def save_weekly(self, path: Path, week: date | None = None) -> None:
        """Last week's report (or ``week``'s) for the communities chosen, off the GUI thread."""
        charts = self.charts
        filters = self.filters.filters()
        names = ", ".join(
            a.text() for a in self.filters.communities.menu().actions() if a.isChecked()
        )
        if not names and (filters.platforms or filters.community_types):
            names = self.tr("The communities chosen")
        label = names or self.tr("All communities")
        day = week or last_full_week(date.today())

        more = self.more
        language = QLocale().name()

        def work() -> Path:
            week = week_filters(day, charts.selected(filters))
            numbers = charts.numbers(week)
            extra = more.numbers(week) if more is not None else None
            return render_weekly(numbers, path, communities=label, more=extra, locale=language)

        self._write(work)
