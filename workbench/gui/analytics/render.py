"""Drawing a chart to an image off the GUI thread (matplotlib's Agg), with where its bars are.

Measured on this project's shared machine, drawing one chart takes 200 to 1,300 ms
(benchmarks/analytics_draw.py): far over the 100 ms a GUI thread may spend. So each chart
is drawn in a worker on a Figure of its own and handed to the GUI thread as a QImage (a
plain image, safe to build off the GUI thread) with the pixel boxes of its bars and points,
so a click still opens the items behind them.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from workbench.core.analytics.charts import ChartNumbers
from workbench.core.analytics.more import MoreNumbers
from workbench.core.inbox.query import View
from workbench.gui.analytics.rendered import Rendered

if TYPE_CHECKING:
    from workbench.gui.analytics.drawing import Hits

DPI = 100
POINT_RADIUS = 6  # logical pixels around a point that a click still hits


def _boxes(hits: Hits, height: float, ratio: float) -> list[tuple[QRectF, View]]:
    """Each clickable artist's box in logical pixels (matplotlib counts from the bottom)."""
    from matplotlib.collections import PathCollection

    boxes: list[tuple[QRectF, View]] = []
    for artist, view in hits:
        if isinstance(view, list) and isinstance(artist, PathCollection) and artist.axes:
            points = artist.axes.transData.transform(artist.get_offsets())
            r = POINT_RADIUS
            for (x, y), one in zip(points, view, strict=False):
                top = (height - y) / ratio
                boxes.append((QRectF(x / ratio - r, top - r, 2 * r, 2 * r), one))
        elif isinstance(view, View):
            box = artist.get_window_extent()
            if box.width > 0 and box.height > 0:
                rect = QRectF(
                    box.x0 / ratio, (height - box.y1) / ratio, box.width / ratio, box.height / ratio
                )
                boxes.append((rect.adjusted(-1, -1, 1, 1), view))
    return boxes


def render(
    key: str,
    numbers: ChartNumbers | MoreNumbers,
    width: int,
    height: int,
    ratio: float,
    locale: str | None = None,
) -> Rendered:
    """Chart ``key`` as an image of ``width`` x ``height`` logical pixels (at ``ratio``
    device pixels each), its dates and numbers in ``locale`` ("fr_FR")."""
    # matplotlib is imported here, in the worker, at the first chart: not at start.
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from workbench.gui.analytics.drawing import draw, new_figure

    started = time.perf_counter()
    dpi = DPI * ratio
    figure = new_figure(max(width, 100) / DPI, max(height, 80) / DPI, dpi=dpi)
    canvas = FigureCanvasAgg(figure)
    hits = draw(figure, key, numbers, locale)
    canvas.draw()  # type: ignore[no-untyped-call]
    pixels_w, pixels_h = canvas.get_width_height()
    data = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    image = QImage(data, pixels_w, pixels_h, QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    boxes = _boxes(hits, pixels_h, ratio)
    return Rendered(key, image, boxes, (time.perf_counter() - started) * 1000)
