"""Saving a chart as PNG or SVG, and its numbers as CSV: run off the GUI thread.

The chart is drawn again on a Figure of its own (never the canvas on screen, which the GUI
thread owns), at a size and resolution meant for a document.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.analytics.charts import ChartNumbers
from workbench.core.analytics.more import MoreNumbers
from workbench.core.analytics.more_tables import more_table
from workbench.core.analytics.tables import table
from workbench.gui.analytics.titles import chart_title

FORMATS = {".png": "png", ".svg": "svg"}


def save_chart(
    key: str, numbers: ChartNumbers | MoreNumbers, path: Path, locale: str | None = None
) -> Path:
    """Write chart ``key`` to ``path`` (.png or .svg), its labels in ``locale``; returns the
    path written."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path.name}: a chart is saved as .png or .svg.")
    from workbench.gui.analytics.drawing import draw, new_figure  # matplotlib: in the worker

    figure = new_figure(8, 4.2, dpi=150)
    draw(figure, key, numbers, locale)
    figure.suptitle(chart_title(key), fontsize=11)
    figure.savefig(path, format=fmt)
    return path


def save_numbers(key: str, numbers: ChartNumbers | MoreNumbers, path: Path) -> Path:
    """Write the numbers chart ``key`` draws to ``path`` as CSV."""
    drawn = more_table(key, numbers) if isinstance(numbers, MoreNumbers) else table(key, numbers)
    with path.open("w", encoding="utf-8", newline="") as out:
        drawn.write_csv(out)
    return path
