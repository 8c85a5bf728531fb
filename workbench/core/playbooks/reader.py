"""Reading a playbook file with bounds: size before reading, nesting before parsing,
duplicate keys, non-finite numbers and huge integers while parsing; then checks.py.

Every refusal is a PlaybookError whose message is one line naming the file (and the line
where JSON says). Nothing is written while reading: a refused file changes nothing.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from workbench.core.playbooks.checks import check_playbook
from workbench.core.playbooks.format import Playbook, PlaybookError
from workbench.core.text import QT_TRANSLATE_NOOP, Words

MAX_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 32  # a playbook nests 8 deep (content > area > item > rules > detectors > words)
MAX_INT_DIGITS = 18
# A JSON string, escapes included (unrolled: linear, no backtracking).
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_PAIR = re.compile(r"\[\]|\{\}")


def refuse(name: str, source: str, **values: Any) -> PlaybookError:
    return PlaybookError(Words("Playbooks", source, {"file": name, **values}))


class _Refused(Exception):
    def __init__(self, source: str, **values: Any) -> None:
        super().__init__(source)
        self.source, self.values = source, values


def read_playbook(path: Path) -> Playbook:
    """The playbook in ``path``; raises PlaybookError (one line) when it is refused."""
    name = path.name
    try:
        if not path.is_file():
            raise refuse(name, QT_TRANSLATE_NOOP("Playbooks", "{file}: not a file."))
        if path.stat().st_size > MAX_BYTES:
            raise refuse(
                name, QT_TRANSLATE_NOOP("Playbooks", "{file}: larger than 10 MB, not read.")
            )
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)  # the file may grow after stat()
    except OSError as error:
        raise refuse(
            name,
            QT_TRANSLATE_NOOP("Playbooks", "{file}: cannot be read ({why})."),
            why=error.strerror or type(error).__name__,
        ) from None
    return parse_playbook(raw, name)


def parse_playbook(raw: bytes, name: str) -> Playbook:
    """A playbook from the bytes of a file called ``name``; raises PlaybookError."""
    return check_playbook(parse_json(raw, name), name)


def parse_json(raw: bytes, name: str) -> Any:
    if len(raw) > MAX_BYTES:
        raise refuse(name, QT_TRANSLATE_NOOP("Playbooks", "{file}: larger than 10 MB, not read."))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise refuse(name, QT_TRANSLATE_NOOP("Playbooks", "{file}: not UTF-8 text.")) from None
    text = text.removeprefix("\ufeff")
    _check_depth(text, name)
    try:
        data = json.loads(
            text,
            object_pairs_hook=_object,
            parse_constant=_constant,
            parse_int=_integer,
            parse_float=_float,
        )
    except json.JSONDecodeError as error:
        raise refuse(
            name,
            QT_TRANSLATE_NOOP("Playbooks", "{file}, line {line}: not valid JSON ({why})."),
            line=error.lineno,
            why=error.msg,
        ) from None
    except _Refused as refused:
        raise refuse(name, refused.source, **refused.values) from None
    except (RecursionError, ValueError):  # a guard above missed it: still a clean refusal
        raise refuse(name, QT_TRANSLATE_NOOP("Playbooks", "{file}: not valid JSON.")) from None
    # "\ud800" is valid JSON but no text: it could be neither hashed nor stored. Strict
    # UTF-8 decoding lets no surrogate through, so only an escape can make one.
    try:
        if _SURROGATE_ESCAPE.search(text):
            json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise refuse(
            name, QT_TRANSLATE_NOOP("Playbooks", "{file}: holds text that is not valid Unicode.")
        ) from None
    return data


def _check_depth(text: str, name: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH before json (which recurses) sees it. Brackets
    inside strings do not count; an unclosed string only makes the count err high, and
    then the file is refused either way."""
    # Each pass takes out the innermost empty pairs at C speed; what is left after
    # MAX_DEPTH passes is too deep, or mismatched, which the exact count below tells.
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    passes = 0
    while passes < MAX_DEPTH:
        shorter = _PAIR.sub("", brackets)
        if shorter == brackets:
            break
        brackets, passes = shorter, passes + 1
    # Each pass took one level off every nest: what is left may go MAX_DEPTH - passes deep.
    depth = passes
    for char in brackets:
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise refuse(
                    name,
                    QT_TRANSLATE_NOOP("Playbooks", "{file}: nested more than {n} levels deep."),
                    n=MAX_DEPTH,
                )
        else:
            depth -= 1


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Refused(
                QT_TRANSLATE_NOOP(
                    "Playbooks", "{file}: the key “{key}” appears twice in an object."
                ),
                key=key[:60],
            )
        out[key] = value
    return out


def _constant(text: str) -> Any:
    raise _Refused(
        QT_TRANSLATE_NOOP("Playbooks", "{file}: {value} is not a JSON number."), value=text
    )


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999 reads as infinity, which JSON cannot hold
        raise _Refused(QT_TRANSLATE_NOOP("Playbooks", "{file}: a number is too large."))
    return value


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused(QT_TRANSLATE_NOOP("Playbooks", "{file}: a number is too large."))
    return int(text)
