"""Removal reasons: templates with Toolbox's tokens, filled in once.

Tokens (as Toolbox's removal reasons): {author} {subreddit} {kind} {title} {url} {link}
{domain} {body} (the item's text quoted as Markdown "> " lines) {reason} {mod}. A token
we do not know is left as written. Filling is one pass over the template: a filled value
is plain text and never expanded again (a body containing "{mod}" stays as typed).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

TOKEN = re.compile(r"\{([a-z]+)\}")
MAX_TEMPLATES_BYTES = 1024 * 1024


@dataclass(frozen=True)
class RemovalTemplate:
    """A removal reason: ``id`` is the platform's for native ones ("" for ours)."""

    title: str
    text: str
    id: str = ""
    native: bool = False


@dataclass(frozen=True)
class TemplateValues:
    author: str = ""
    subreddit: str = ""
    kind: str = ""  # "submission" or "comment", as Toolbox says
    title: str = ""
    url: str = ""  # the item's permalink
    link: str = ""  # where a link post points (its permalink for a text post)
    body: str = ""
    reason: str = ""
    mod: str = ""

    @property
    def domain(self) -> str:
        return urlsplit(self.link).hostname or "" if self.link else ""


def quoted(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.splitlines()) if text else ""


def fill(template: str, values: TemplateValues) -> str:
    known: dict[str, str] = {
        "author": values.author,
        "subreddit": values.subreddit,
        "kind": values.kind,
        "title": values.title,
        "url": values.url,
        "link": values.link,
        "domain": values.domain,
        "body": quoted(values.body),
        "reason": values.reason,
        "mod": values.mod,
    }

    def one(match: re.Match[str]) -> str:
        return known.get(match.group(1), match.group(0))

    return TOKEN.sub(one, template)


LANGUAGES = ("en", "fr")  # removal_reasons.json is English, removal_reasons.<lang>.json the others


def bundled_name(language: str = "en") -> str:
    if language == "en" or language not in LANGUAGES:
        return "removal_reasons.json"
    return f"removal_reasons.{language}.json"


def bundled(language: str = "en") -> list[RemovalTemplate]:
    """The removal reasons that ship with the app (workbench/resources/moderation/), in
    ``language`` (English for a language we have none in)."""
    name = bundled_name(language)
    folder = resources.files("workbench") / "resources" / "moderation"
    with (folder / name).open("rb") as file:  # bounded: parse_templates refuses the rest
        raw = file.read(MAX_TEMPLATES_BYTES + 1).decode("utf-8", errors="replace")
    return parse_templates(raw, name)


def parse_templates(raw: str, name: str) -> list[RemovalTemplate]:
    """Templates from a JSON list of {"title", "text"}; ValueError names the file."""
    if len(raw.encode()) > MAX_TEMPLATES_BYTES:
        raise ValueError(f"{name} is larger than 1 MB: not read.")
    try:
        data: Any = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ValueError(f"{name}, line {error.lineno}: not valid JSON ({error.msg}).") from None
    if not isinstance(data, list):
        raise ValueError(f"{name}: expected a list of removal reasons.")
    templates = []
    for number, entry in enumerate(data, 1):
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("title"), str)
            and isinstance(entry.get("text"), str)
        ):
            raise ValueError(f"{name}: reason {number} needs a title and a text.")
        templates.append(RemovalTemplate(entry["title"], entry["text"]))
    return templates
