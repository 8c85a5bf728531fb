"""Marking core's user-visible text for translation without Qt.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; pyside6-lupdate extracts
every call by this name into the .ts files, and the GUI shows the text translated with
``QCoreApplication.translate(context, text)`` (see gui/words.py). Text with values in it
travels as a ``Words`` (source and values), so the GUI translates the source and then fills
in the values; the CLI and the logs use ``str(words)``, the English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Words:
    """A translatable sentence: ``context`` and ``source`` as marked, and its values."""

    context: str
    source: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        # A value may itself be Words ("{action} (3 items)"): str() of it is its English.
        return self.source.format(**{k: str(v) for k, v in self.values.items()})


def local_time_text(when: datetime, now: datetime | None = None) -> str:
    """``14:05`` in local time, with the date in front when it is not today."""
    local, today = when.astimezone(), (now or datetime.now(UTC)).astimezone().date()
    return f"{local:%H:%M}" if local.date() == today else f"{local:%Y-%m-%d %H:%M}"
