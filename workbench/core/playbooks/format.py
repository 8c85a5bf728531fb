"""The playbook file: its header, its content by area, the canonical hash, the text written.

A playbook is one JSON object (docs/playbooks.md): ``format``, ``schema_version``, ``id``,
``title``, ``version``, ``author``, ``created``, ``description``, ``content_hash`` and
``content`` (one list of items per area). Each item has a stable ``key``; the rest of the
item is its content. ``content_hash`` is the SHA-256 of the canonical JSON of ``content``
(sorted keys, no spaces, UTF-8), so a copy altered by hand or in transit is refused.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from workbench.core.playbooks.state import PlaybookArea
from workbench.core.text import Words

FORMAT = "community-workbench-playbook"
SCHEMA_VERSION = 1
SUFFIX = ".playbook.json"


class PlaybookError(ValueError):
    """A playbook refused as a whole: ``words`` is one line naming the file."""

    def __init__(self, words: Words) -> None:
        super().__init__(str(words))
        self.words = words


@dataclass(frozen=True)
class Header:
    id: str
    title: str
    version: int = 1
    author: str = ""
    created: str = ""  # ISO-8601 UTC, "2026-12-01T14:00:00Z"
    description: str = ""


@dataclass(frozen=True)
class PlaybookItem:
    area: PlaybookArea
    key: str
    content: dict[str, Any]

    @property
    def hash(self) -> str:
        return content_digest(self.content)


@dataclass(frozen=True)
class Playbook:
    header: Header
    items: tuple[PlaybookItem, ...] = field(default=())

    def of(self, area: PlaybookArea) -> list[PlaybookItem]:
        return [i for i in self.items if i.area is area]

    def content(self) -> dict[str, list[dict[str, Any]]]:
        """The ``content`` part: every area present, items in the file's order."""
        return {
            str(area): [{"key": i.key, **i.content} for i in self.of(area)] for area in PlaybookArea
        }

    def to_json(self) -> dict[str, Any]:
        content = self.content()
        h = self.header
        return {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "id": h.id,
            "title": h.title,
            "version": h.version,
            "author": h.author,
            "created": h.created,
            "description": h.description,
            "content_hash": "sha256:" + canonical_digest(content),
            "content": content,
        }

    def to_text(self) -> str:
        """Human-readable: indented, non-ASCII letters as they are, one final newline."""
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"


def canonical(value: Any) -> bytes:
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def canonical_digest(value: Any) -> str:
    return hashlib.sha256(canonical(value)).hexdigest()


def content_digest(content: dict[str, Any]) -> str:
    """An item's content hash (its key left out), as kept in playbook_items."""
    return canonical_digest(content)
