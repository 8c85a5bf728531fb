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
_WORD = re.compile(r"[^\W\d_]+")  # letters only: "d'avoir" is "d" and "avoir"


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


@cache
def _vocabulary(language: str) -> frozenset[str]:
    """The words a text in ``language`` is likely to use: its templates' (variables left
    out), its weekdays and months, and the common words listed in its file."""
    words = _language(language)
    texts = [" ".join(step.values()) for step in words["steps"].values()]
    texts += [*words["weekdays"], *words["months"], str(words.get("words", ""))]
    return frozenset(w.casefold() for w in _WORD.findall(_VARIABLE.sub(" ", " ".join(texts))))


def language_of(text: str, default: str = "en") -> str:
    """The language a plan's text is written in (the one whose words it uses most), or
    ``default`` when the text is empty or says too little to tell: the date put into a
    step is written in the step's own language, whatever language the app speaks."""
    found = [w.casefold() for w in _WORD.findall(_VARIABLE.sub(" ", text))]
    scores = {language: sum(w in _vocabulary(language) for w in found) for language in LANGUAGES}
    best = max(scores.values())
    winners = [language for language, score in scores.items() if score == best]
    return winners[0] if best and len(winners) == 1 else default


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
