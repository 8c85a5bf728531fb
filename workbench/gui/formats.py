"""Dates, times and numbers as the user's locale writes them.

Everything the GUI shows goes through here, formatted by ``QLocale()``: the default locale,
which gui/i18n.py sets from the chosen language at start (French: "1 déc. 14:05",
"1 234 567", "12 %"; American English: "Dec 1 2:05 PM", "1,234,567", "12%"). Core keeps
its own ``local_time_text`` for the CLI and logs; panes never call strftime.

Times arrive as aware datetimes or epoch seconds and are shown in the system's zone
(``astimezone()``), as the rest of the GUI does.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QDate, QLocale, QTime

Moment = datetime | int | float
Short = QLocale.FormatType.ShortFormat
Long = QLocale.FormatType.LongFormat

# A date pattern's fields (runs of one letter) and quoted literals, as Qt reads them.
_TOKEN = re.compile(r"'(?:[^']|'')*'|d+|M+|y+|[^dMy']+")
# Languages that put a (no-break) space between a number and "%" (CLDR).
_SPACED_PERCENT = {QLocale.Language.French, QLocale.Language.German, QLocale.Language.Swedish}


def local(when: Moment) -> datetime:
    """``when`` in the system's zone (epoch seconds are UTC instants)."""
    if isinstance(when, datetime):
        return when.astimezone()
    return datetime.fromtimestamp(when).astimezone()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_month_pattern(*, weekday: bool = False, locale: QLocale | None = None) -> str:
    """The locale's long date pattern without the year, months abbreviated: "d MMM" in
    French, "MMM d" in American English, "d. MMM" in German; with ``weekday`` the short
    weekday stays in front ("ddd d MMM", "ddd, MMM d")."""
    return _day_month((locale or QLocale()).dateFormat(Long), weekday)


@lru_cache(maxsize=32)  # month and week views ask for it per cell they paint
def _day_month(pattern: str, weekday: bool) -> str:
    tokens = _TOKEN.findall(pattern)
    kept: list[str] = []
    for token in tokens:
        if token.startswith("y") or (token.startswith("ddd") and not weekday):
            # Drop the field with the separator written before it ("MMMM d, yyyy").
            if kept and kept[-1][0] not in "dM":
                kept.pop()
            continue
        if token.startswith("dddd"):
            token = "ddd"
        elif token.startswith("MMMM"):
            token = "MMM"
        kept.append(token)
    while kept and kept[0][0] not in "dM":
        kept.pop(0)
    while kept and kept[-1][0] not in "dM":
        kept.pop()
    return "".join(kept) or "d MMM"


def edit_pattern(*, with_time: bool = True) -> str:
    """A QDateTimeEdit's display format in the locale's order, weekday and month short:
    "ddd d MMM yyyy HH:mm" in French, "ddd, MMM d, yyyy h:mm AP" in American English."""
    locale = QLocale()
    day = locale.dateFormat(Long).replace("dddd", "ddd").replace("MMMM", "MMM")
    return f"{day} {locale.timeFormat(Short)}" if with_time else day


def time_text(when: Moment) -> str:
    """ "14:05" (French), "2:05 PM" (American English)."""
    moment = local(when)
    return QLocale().toString(QTime(moment.hour, moment.minute), Short)


def date_text(day: date | datetime) -> str:
    """The short date: "01/12/2026" (French), "12/1/26" (American English)."""
    if isinstance(day, datetime):
        day = local(day).date()
    return QLocale().toString(_qdate(day), Short)


def day_month_text(day: date | datetime, *, weekday: bool = False) -> str:
    """ "1 déc." / "Dec 1"; with ``weekday`` "mar. 1 déc." / "Tue, Dec 1"."""
    if isinstance(day, datetime):
        day = local(day).date()
    return QLocale().toString(_qdate(day), day_month_pattern(weekday=weekday))


def long_date_text(day: date | datetime) -> str:
    """ "mardi 1 décembre 2026" / "Tuesday, December 1, 2026"."""
    if isinstance(day, datetime):
        day = local(day).date()
    return QLocale().toString(_qdate(day), Long)


def date_time_text(when: Moment) -> str:
    """Short date and time: "01/12/2026 14:05" / "12/1/26 2:05 PM"."""
    moment = local(when)
    return f"{date_text(moment.date())} {time_text(moment)}"


def moment_text(when: Moment, now: Moment | None = None, *, weekday: bool = False) -> str:
    """A compact moment for lists: the time today ("14:05"), the day and time this year
    ("1 déc. 14:05"), the short date and time before ("01/12/2025 14:05")."""
    moment = local(when)
    today = local(now).date() if now is not None else datetime.now().astimezone().date()
    if moment.date() == today and not weekday:
        return time_text(moment)
    if moment.year == today.year:
        return f"{day_month_text(moment.date(), weekday=weekday)} {time_text(moment)}"
    return date_time_text(moment)


def long_moment_text(when: Moment) -> str:
    """ "mardi 1 décembre 2026 14:05" (an item's detail header)."""
    moment = local(when)
    return f"{long_date_text(moment.date())} {time_text(moment)}"


def number_text(value: int) -> str:
    """A count with the locale's grouping: "1 234 567" / "1,234,567"."""
    return QLocale().toString(int(value))


def decimal_text(value: float, decimals: int = 1) -> str:
    """ "4,5" / "4.5"."""
    return QLocale().toString(float(value), "f", decimals)


def percent_text(fraction: float, decimals: int = 0, *, signed: bool = False) -> str:
    """``fraction`` (0.25) as a percentage: "25 %" in French, "25%" in English; ``signed``
    writes "+25 %" and "−5 %"."""
    locale = QLocale()
    value = round(fraction * 100, decimals)
    digits = locale.toString(abs(value), "f", decimals)
    sign = ""
    if signed or value < 0:
        sign = locale.negativeSign() if value < 0 else locale.positiveSign() if value else ""
    gap = "\u00a0" if locale.language() in _SPACED_PERCENT else ""
    return f"{sign}{digits}{gap}{locale.percent()}"
