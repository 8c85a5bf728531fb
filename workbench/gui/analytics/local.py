"""Numbers and dates on the charts and in the weekly report, as the user's locale writes them
("3 nov.", "1 234", "1,5 h", "25 %" in French).

The charts are drawn on worker threads (render.py) and the weekly PDF too, so nothing here
asks a widget: the pane passes the locale's name in (``QLocale().name()`` on the GUI thread)
and ``drawing_locale`` holds it for the drawing in a context variable, which is the worker's
own. Without one (the command line) the report uses Qt's C locale: English, as before.
CSV exports do not come here: scripts read them (dot decimals, ISO dates).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime

from workbench.gui.formats import day_month_pattern

if TYPE_CHECKING:  # matplotlib is imported where charts are drawn, not at start
    from matplotlib.axes import Axes

_NAME: ContextVar[str] = ContextVar("analytics_locale", default="C")
# The weekday and what separates it from the rest ("dddd, MMMM d, yyyy", "dddd d MMMM yyyy").
_WEEKDAY = re.compile(r"d{4}[,.]?\s*")
_SPACED_PERCENT = {QLocale.Language.French, QLocale.Language.German, QLocale.Language.Swedish}


@contextmanager
def drawing_locale(name: str | None) -> Iterator[None]:
    """Draw in locale ``name`` ("fr_FR") until the block ends (this thread only)."""
    token = _NAME.set(name or "C")
    try:
        yield
    finally:
        _NAME.reset(token)


@lru_cache(maxsize=8)
def _named(name: str) -> QLocale:
    if name != "C":
        return QLocale(name)
    english = QLocale.c()
    english.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # "1,234" as before
    return english


def locale() -> QLocale:
    return _named(_NAME.get())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def number(value: float, decimals: int = 0) -> str:
    """ "1 234" / "1,234"; with ``decimals`` "1,5" / "1.5"."""
    if decimals:
        return locale().toString(float(value), "f", decimals)
    return locale().toString(round(value))


def percent(value: float, here: QLocale | None = None) -> str:
    """``value`` already in percent (25.0): "25 %" in French, "25%" in English."""
    here = here or locale()
    gap = "\u00a0" if here.language() in _SPACED_PERCENT else ""
    return f"{here.toString(round(value))}{gap}{here.percent()}"


def tick_number(value: float, here: QLocale) -> str:
    """An axis tick: no trailing zeros ("2,5", "10", "1 000")."""
    if float(value).is_integer():
        return here.toString(round(value))
    return here.toString(float(value), "g", 6)


def day_month(day: date) -> str:
    """A tick under a bar: "3 nov." / "Nov 3"."""
    here = locale()
    return here.toString(_qdate(day), day_month_pattern(locale=here))


def month_year(day: date) -> str:
    """A tick on a long range: "nov. 2026" / "Nov 2026"."""
    return locale().toString(_qdate(day), "MMM yyyy")


def long_date(day: date) -> str:
    """The report's dates, without the weekday: "20 novembre 2023" / "20 November 2023"."""
    here = locale()
    pattern = _WEEKDAY.sub("", here.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    return here.toString(_qdate(day), pattern)


def long_moment(when: datetime) -> str:
    """ "1 décembre 2026 14:05" (local time)."""
    moment = when.astimezone()
    time = locale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{long_date(moment.date())} {time}"


def number_axes(ax: Axes) -> None:
    """Both axes' numbers in the locale (category axes replace theirs with their labels).
    The locale is taken now: matplotlib formats the ticks later, when the canvas draws."""
    from matplotlib.ticker import FuncFormatter

    here = locale()
    formatter = FuncFormatter(lambda value, _pos: tick_number(value, here))
    ax.xaxis.set_major_formatter(formatter)
    ax.yaxis.set_major_formatter(formatter)


def percent_axis(ax: Axes) -> None:
    from matplotlib.ticker import FuncFormatter

    here = locale()
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: percent(value, here)))
