"""Reading iCalendar text (RFC 5545) into components, fast and bounded.

The icalendar library reads 5,000 events in about ten seconds here (it builds a typed
object and a parameter dictionary for every property), five times the budget of an import;
its writer makes our files, and it turns a file's VTIMEZONE into a time zone. This reader
does the one pass an import needs: unfold lines, split each into name, parameters and value,
nest components, with a line number for every complaint; values are decoded on demand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from workbench.core.events.model import EventError
from workbench.core.text import QT_TRANSLATE_NOOP, Words

MAX_DEPTH = 8  # VCALENDAR > VEVENT > VALARM is 3; deeper is not a calendar
MAX_COMPONENTS = 200_000
MAX_LINE = 1_000_000  # one unfolded line (a description, an embedded image) at most

_NAME = re.compile(r"[A-Za-z0-9-]+")
# The common line: a name, parameters without quotes, a value (the slow path does the rest).
_SIMPLE = re.compile(r"([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:\"]*)*):(.*)", re.DOTALL)
_NOT_A_LINE = QT_TRANSLATE_NOOP("Events", "line {line} is not an iCalendar line: {text}")
_DURATION = re.compile(r"([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


class ParseError(ValueError):
    """The text is not iCalendar; names the line. ``words`` is it marked for translation
    (``str()`` is the English, for the logs)."""

    def __init__(self, source: str, **values: object) -> None:
        self.words = Words("Events", source, values)
        super().__init__(str(self.words))


@dataclass(slots=True)
class Property:
    name: str
    params: dict[str, str]
    value: str
    line: int


@dataclass(slots=True)
class Component:
    name: str
    line: int
    properties: dict[str, list[Property]] = field(default_factory=dict)
    children: list[Component] = field(default_factory=list)
    text: list[str] = field(default_factory=list)  # raw lines, kept for VTIMEZONE only

    def add(self, prop: Property) -> None:
        self.properties.setdefault(prop.name, []).append(prop)

    def first(self, name: str) -> Property | None:
        found = self.properties.get(name)
        return found[0] if found else None

    def all(self, name: str) -> list[Property]:
        return self.properties.get(name, [])

    def text_of(self, name: str, default: str = "") -> str:
        prop = self.first(name)
        return default if prop is None else unescape(prop.value)

    def walk(self, name: str) -> list[Component]:
        return [c for c in self.children if c.name == name]


def _lines(text: str) -> list[tuple[int, str]]:
    """Unfolded lines with the number of the physical line each starts on."""
    result: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        if raw[:1] in (" ", "\t") and result:
            start, previous = result[-1]
            if len(previous) + len(raw) > MAX_LINE:
                raise ParseError(
                    QT_TRANSLATE_NOOP("Events", "line {line} is longer than 1 MB"), line=start
                )
            result[-1] = (start, previous + raw[1:])
        elif raw.strip():
            result.append((number, raw))
    return result


def _split(line: str, number: int) -> Property:
    head, colon, value = line.partition(":")
    if colon and head and '"' not in head:  # the common line, without a regex
        name, *pieces = head.split(";")
        if name.replace("-", "").isalnum() and all("=" in p for p in pieces):
            params = {}
            for piece in pieces:
                key, _, param = piece.partition("=")
                params[key.upper()] = param
            return Property(name.upper(), params, value, number)
    simple = _SIMPLE.fullmatch(line)
    if simple is not None:
        name, raw, value = simple.groups()
        params = {}
        if raw:
            for piece in raw[1:].split(";"):
                key, _, param = piece.partition("=")
                params[key.upper()] = param
        return Property(name.upper(), params, value, number)
    match = _NAME.match(line)
    if match is None:
        raise ParseError(_NOT_A_LINE, line=number, text=repr(line[:60]))
    name, i, params = match.group().upper(), match.end(), {}
    while i < len(line) and line[i] == ";":
        eq = line.find("=", i)
        if eq < 0:
            broken = QT_TRANSLATE_NOOP("Events", "line {line} has a broken parameter: {text}")
            raise ParseError(broken, line=number, text=repr(line[:60]))
        key = line[i + 1 : eq].upper()
        i = eq + 1
        if line[i : i + 1] == '"':
            close = line.find('"', i + 1)
            if close < 0:
                unclosed = QT_TRANSLATE_NOOP("Events", "line {line} has an unclosed quote: {text}")
                raise ParseError(unclosed, line=number, text=repr(line[:60]))
            value, i = line[i + 1 : close], close + 1
            while i < len(line) and line[i] == ",":  # a list of quoted values: keep the first
                close = line.find('"', i + 2)
                i = close + 1 if close > 0 else len(line)
        else:
            ends = [p for p in (line.find(";", i), line.find(":", i)) if p >= 0]
            end = min(ends) if ends else len(line)
            value, i = line[i:end], end
        params[key] = value
    if i >= len(line) or line[i] != ":":
        raise ParseError(_NOT_A_LINE, line=number, text=repr(line[:60]))
    return Property(name, params, line[i + 1 :], number)


def parse(text: str) -> Component:
    """The VCALENDAR in ``text``; ParseError naming the line when it is not one."""
    lines = _lines(text)
    if not lines or lines[0][1].strip().upper() != "BEGIN:VCALENDAR":
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Events", "it is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)"
            )
        )
    stack: list[Component] = []
    root: Component | None = None
    count = zones = 0
    for number, line in lines:
        head = line[:6].upper()
        if head == "BEGIN:" or head[:4] == "END:":
            name, _, value = line.partition(":")
            prop = Property(name.upper(), {}, value, number)
        else:
            prop = _split(line, number)
        if prop.name == "BEGIN":
            count += 1
            if len(stack) >= MAX_DEPTH or count > MAX_COMPONENTS:
                deep = QT_TRANSLATE_NOOP(
                    "Events", "line {line}: components nest too deep or are too many"
                )
                raise ParseError(deep, line=number)
            component = Component(prop.value.strip().upper(), number)
            zones += component.name == "VTIMEZONE"
            if stack:
                stack[-1].children.append(component)
            else:
                if root is not None:
                    break  # a second calendar after the first: the first is the file's
                root = component
            stack.append(component)
        elif prop.name == "END":
            if not stack or stack[-1].name != prop.value.strip().upper():
                unopened = QT_TRANSLATE_NOOP(
                    "Events", "line {line}: END:{name} does not close a BEGIN"
                )
                raise ParseError(unopened, line=number, name=prop.value)
            if zones:
                _keep(stack, line)
            zones -= stack.pop().name == "VTIMEZONE"
            continue
        elif not stack:
            raise ParseError(
                QT_TRANSLATE_NOOP("Events", "line {line} is outside the calendar"), line=number
            )
        else:
            stack[-1].add(prop)
        if zones:
            _keep(stack, line)
    if stack or root is None:
        raise ParseError(
            QT_TRANSLATE_NOOP("Events", "the file ends before END:VCALENDAR (it is cut short)")
        )
    return root


def _keep(stack: list[Component], line: str) -> None:
    for component in stack:
        if component.name == "VTIMEZONE":
            component.text.append(line)


def unescape(value: str) -> str:
    if "\\" not in value:
        return value
    if "\\\\" not in value:
        return (
            value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",")
            .replace("\\;", ";").replace("\\:", ":")
        )  # fmt: skip
    out, i = [], 0
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


def date_or_time(value: str) -> date | datetime:
    """``20270105`` (a date), ``20270105T100000`` (floating) or ``...Z`` (UTC)."""
    text = value.strip()
    try:
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        if len(text) in (15, 16) and text[8] in "Tt":
            moment = datetime(
                int(text[:4]),
                int(text[4:6]),
                int(text[6:8]),
                int(text[9:11]),
                int(text[11:13]),
                int(text[13:15]),
            )
            if len(text) == 16:
                if text[15] not in "Zz":
                    raise ValueError(text)
                return moment.replace(tzinfo=UTC)
            return moment
    except ValueError:
        pass
    # EventError is a ValueError: marked, the event left out says why in the reader's language
    source = QT_TRANSLATE_NOOP("Events", "{value} is not a date or time.")
    raise EventError(Words("Events", source, {"value": repr(value[:40])}))


def duration(value: str) -> timedelta:
    match = _DURATION.match(value.strip().upper())
    if match is None or value.strip().upper() in ("P", "PT", "-P", "+P"):
        source = QT_TRANSLATE_NOOP("Events", "{value} is not a duration.")
        raise EventError(Words("Events", source, {"value": repr(value[:40])}))
    sign, weeks, days, hours, minutes, seconds = match.groups()
    amount = timedelta(
        weeks=int(weeks or 0),
        days=int(days or 0),
        hours=int(hours or 0),
        minutes=int(minutes or 0),
        seconds=int(seconds or 0),
    )
    return -amount if sign == "-" else amount
