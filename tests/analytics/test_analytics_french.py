"""Analytics in the user's locale: with French, the pane's numbers, the date edits, the
charts' tick labels and the weekly PDF are written the French way ("15 nov.", "60 %",
"15,5 h"), while the CSV stays machine format for the scripts that read it."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot
from test_analytics_pane import close, open_analytics

from workbench.core.analytics.charts import ChartFilters, ChartNumbers
from workbench.core.workspace import Workspace
from workbench.gui.analytics.drawing import draw, new_figure
from workbench.gui.analytics.export import save_numbers
from workbench.gui.analytics.weekly_pdf import render_weekly
from workbench.gui.i18n import install_translations

PERCENT = "\u00a0%"  # French puts a no-break space before %


@pytest.fixture
def french(qapp: QCoreApplication) -> Iterator[None]:
    saved = QLocale()
    install_translations(qapp, "fr")
    yield
    install_translations(qapp, "en")
    QLocale.setDefault(saved)


def _two_weeks(ws: Workspace) -> ChartNumbers:
    return ws.charts.numbers(ChartFilters(first=date(2023, 11, 13), last=date(2023, 11, 26)))


def _ticks(ws: Workspace, key: str, locale: str | None) -> tuple[list[str], list[str]]:
    figure = new_figure()
    draw(figure, key, _two_weeks(ws), locale)
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]  # the ticks are made now
    [ax] = figure.axes
    return [t.get_text() for t in ax.get_xticklabels()], [
        t.get_text() for t in ax.get_yticklabels()
    ]


def test_the_charts_dates_and_percentages_are_french(ws: Workspace) -> None:
    days, _counts = _ticks(ws, "activity", "fr_FR")
    assert "15 nov." in days and not any("Nov" in d for d in days)
    percents, _names = _ticks(ws, "rates", "fr_FR")
    assert f"60{PERCENT}" in percents


def test_without_a_locale_the_charts_stay_english(ws: Workspace) -> None:
    days, _counts = _ticks(ws, "activity", None)
    assert "15 Nov" in days
    percents, _names = _ticks(ws, "rates", None)
    assert "60%" in percents


def test_the_weekly_pdf_writes_french_dates_and_numbers(ws: Workspace, tmp_path: Path) -> None:
    week = ChartFilters(first=date(2023, 11, 20), last=date(2023, 11, 26))
    pdf = render_weekly(
        ws.charts.numbers(week), tmp_path / "week.pdf", communities="Tout", locale="fr_FR"
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "20 novembre 2023" in text and "26 novembre 2023" in text
    assert "15,5 h" in text and "15.5 h" not in text  # the median of 60 and 1,800 minutes
    assert "20 Nov" not in text


def test_the_csv_stays_machine_format_in_french(
    ws: Workspace, tmp_path: Path, french: None
) -> None:
    numbers = _two_weeks(ws)
    rates = save_numbers("rates", numbers, tmp_path / "rates.csv").read_text(encoding="utf-8")
    assert "General,2,1,0.5,4,3,0.75" in rates.splitlines()
    members = save_numbers("members", numbers, tmp_path / "m.csv").read_text(encoding="utf-8")
    assert "2023-11-20,1,2" in members.splitlines()


def test_the_pane_speaks_french_numbers(qtbot: QtBot, ws: Workspace, french: None) -> None:
    win, pane = open_analytics(qtbot, ws)
    try:
        text = pane.headline.text()
        assert f"Couverture : 60{PERCENT}" in text and "Éléments : 10" in text
        assert pane.filters.first.displayFormat() == "ddd d MMM yyyy"
        assert "2023-" not in pane.filters.first.text()
        assert " ms" in pane.status.text() and "Calculé" in pane.status.text()
    finally:
        close(win)
