"""A chart drawn to an image (render.py), as the GUI thread receives it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from workbench.core.inbox.query import View


@dataclass(frozen=True)
class Rendered:
    key: str
    image: QImage
    hits: list[tuple[QRectF, View]]  # in the image's logical pixels, top-left origin
    ms: float  # how long drawing took (in the worker)
