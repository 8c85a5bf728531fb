"""Promotion templates: the words of each promotion step, in English and French, from
``workbench/resources/events/promotion-<language>.json``, with variables in braces.

Variables: {event} {date} {time} {link} {registration} {community} {recording} {prompt}.
They are filled by plain substitution (never str.format: a template a user edits must not
reach attributes), an unknown one is left as written, and a line whose variables are all
empty (no registration link, no recording yet) is left out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from workbench.core.events.state import StepKind

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "events"
LANGUAGES = ("en", "fr")
VARIABLES = ("event", "date", "time", "link", "registration", "community", "recording", "prompt")
_VARIABLE = re.compile(r"\{([a-z]+)\}")


@dataclass(frozen=True)
class Template:
    title: str
    text: str


@cache
def _language(language: str) -> dict[str, Any]:
    name = language if language in LANGUAGES else "en"
    with (RESOURCES / f"promotion-{name}.json").open(encoding="utf-8") as file:
        loaded: dict[str, Any] = json.load(file)
    return loaded


def template(kind: StepKind, language: str = "en") -> Template:
    step = _language(language)["steps"][str(kind)]
    return Template(title=str(step["title"]), text=str(step["text"]))


def date_text(moment: datetime, language: str = "en") -> str:
    """``Tuesday 5 January 2027`` / ``mardi 5 janvier 2027`` (no locale needed)."""
    words = _language(language)
    return str(words["date"]).format(
        weekday=words["weekdays"][moment.weekday()],
        day=moment.day,
        month=words["months"][moment.month - 1],
        year=moment.year,
    )


def fill(text: str, values: dict[str, str]) -> str:
    """The text with its variables filled; lines whose variables are all empty dropped."""
    lines: list[str] = []
    for line in text.split("\n"):
        names = _VARIABLE.findall(line)
        known = [n for n in names if n in values]
        if known and all(not values[n].strip() for n in known):
            continue
        if line.strip() or (lines and lines[-1].strip()):  # one blank line at most
            lines.append(_VARIABLE.sub(lambda m: values.get(m.group(1), m.group(0)), line))
    return "\n".join(lines).strip()
