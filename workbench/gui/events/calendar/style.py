"""How an occurrence looks in every view: its kind as a colour (and a word in the tooltip),
cancelled struck through, drafts dimmed. Titles are user content: tooltips are plain text."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtGui import QColor, QFont, QPalette

from workbench.gui.events.calendar.layout import CalendarItem, local_days
from workbench.gui.events.words import event_kind, event_status
from workbench.gui.formats import edit_pattern
from workbench.gui.text import plain_tooltip

# Distinct hues that stay readable with white text on them, on light and dark themes.
KIND_COLOURS: dict[str, str] = {
    "webinar": "#1f6fb4",
    "workshop": "#2a8a2a",
    "qa": "#c8640a",
    "live-stream": "#c62828",
    "live-chat": "#7b4fb0",
    "meetup": "#8c564b",
    "poll": "#12879a",
}
OTHER_COLOUR = "#6b6b6b"
DIMMED_ALPHA = 110


def kind_colour(item: CalendarItem) -> QColor:
    colour = QColor(KIND_COLOURS.get(str(item.kind), OTHER_COLOUR))
    if is_dimmed(item):
        colour.setAlpha(DIMMED_ALPHA)
    return colour


def block_colours(item: CalendarItem, palette: QPalette) -> tuple[QColor, QColor]:
    """Fill and text of a filled block: white on the kind's colour, or for drafts and
    cancelled events a pale tint of it with the normal text colour (white on a pale tint
    would not read)."""
    colour = QColor(KIND_COLOURS.get(str(item.kind), OTHER_COLOUR))
    if not is_dimmed(item):
        return colour, QColor("white")
    colour.setAlpha(55)
    text = QColor(palette.color(QPalette.ColorRole.Text))
    text.setAlpha(170)
    return colour, text


def is_dimmed(item: CalendarItem) -> bool:
    return str(item.status) in ("draft", "cancelled")


def is_struck(item: CalendarItem) -> bool:
    return str(item.status) == "cancelled"


def item_font(base: QFont, item: CalendarItem) -> QFont:
    if not is_struck(item):
        return base
    font = QFont(base)
    font.setStrikeOut(True)
    return font


def short_time(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def short_day(day: date) -> str:
    """ "Tue, Mar 3, 2026" / "mar. 3 mars 2026": the locale's order and names."""
    return QLocale().toString(QDate(day.year, day.month, day.day), edit_pattern(with_time=False))


def when_text(item: CalendarItem, zone: ZoneInfo) -> str:
    """ "Tue 3 Mar 2026 14:00 – 15:30" in ``zone`` (all-day events by their dates)."""
    if item.all_day:
        first, last = local_days(item, zone)
        return short_day(first) if first == last else f"{short_day(first)} – {short_day(last)}"
    start, end = item.start.astimezone(zone), item.end.astimezone(zone)
    if end.date() == start.date():
        return f"{short_day(start.date())} {short_time(start)} – {short_time(end)}"
    return (
        f"{short_day(start.date())} {short_time(start)} – {short_day(end.date())} {short_time(end)}"
    )


def tooltip(item: CalendarItem, zone: ZoneInfo) -> str:
    """The title, kind, status and time, as plain text whatever the title holds."""
    return plain_tooltip(
        f"{item.title}\n{event_kind(item.kind)} · {event_status(item.status)}\n"
        f"{when_text(item, zone)}"
    )
