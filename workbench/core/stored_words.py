"""Words kept in a text column, so a message stored once is shown in the reader's language.

An account's state message is written by a sync and read later, by the GUI or the CLI, in
whatever language they speak then. It is stored as the Words' JSON (context, source and
values); text stored before this (plain English, or a platform's own words) is shown as it
is. The column stays text: no migration.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from workbench.core.text import Words

# Text that is nobody's to translate (a platform's words, an old plain message): the source
# "{text}" is found in no translation, so the text comes out as it went in.
PLAIN_CONTEXT = ""
_MARK = "words"  # the key telling stored Words from a JSON-looking plain message


def plain(text: str) -> Words:
    return Words(PLAIN_CONTEXT, "{text}", {"text": text})


def _encode(words: Words) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value in words.values.items():
        if isinstance(value, Words):
            values[key] = _encode(value)
        elif isinstance(value, bool | int | float):
            values[key] = value
        else:
            values[key] = str(value)
    return {_MARK: 1, "context": words.context, "source": words.source, "values": values}


def to_stored(message: Words | str) -> str:
    """What goes in the column: ``""`` for no message, else the Words' JSON."""
    if isinstance(message, str):
        message = plain(message) if message else Words(PLAIN_CONTEXT, "")
    if not message.source:
        return ""
    return json.dumps(_encode(message), ensure_ascii=False, sort_keys=True)


def _decode(data: Mapping[str, Any]) -> Words | None:
    context, source, values = data.get("context"), data.get("source"), data.get("values", {})
    if data.get(_MARK) != 1 or not isinstance(context, str) or not isinstance(source, str):
        return None
    if not isinstance(values, Mapping):
        return None
    decoded: dict[str, Any] = {}
    for key, value in values.items():
        inner = _decode(value) if isinstance(value, Mapping) else None
        decoded[str(key)] = inner if inner is not None else value
    return Words(context, source, decoded)


def from_stored(text: str) -> Words:
    """The column's text back as Words; anything not written by to_stored is plain text."""
    if text.startswith("{") and f'"{_MARK}"' in text:
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, Mapping):
            words = _decode(data)
            if words is not None:
                return words
    return plain(text) if text else Words(PLAIN_CONTEXT, "")
