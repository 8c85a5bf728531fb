"""What each area offers the playbook code: its local items (for export and matching) and
the writes an import makes, inside the caller's session (apply_*.py, one per area).

Those writes go to the areas' models directly, not through their services: an import is
one transaction across every area (store.writing() once), which the services, each
opening its own, cannot join. Each apply_*.py keeps its area's rules (limits, ordering).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy.orm import Session

from workbench.core.playbooks.state import PlaybookArea


@dataclass(frozen=True)
class LocalItem:
    local_id: int
    key: str  # its key in an exported playbook (provenance's key wins, see export.py)
    natural: str  # what matches a playbook item without provenance
    content: dict[str, Any]
    default: bool = True  # exported when the user picks the area without choosing items
    # As the app shipped it (a bundled prompt never edited): a playbook's version of it is
    # a clean update, as the user has nothing of their own to lose.
    pristine: bool = False


class Stored(Protocol):
    """A model row; its ``id`` is known once the session is flushed."""

    id: int


class Area(Protocol):
    area: PlaybookArea

    def local(self, session: Session) -> list[LocalItem]: ...
    def natural(self, key: str, content: dict[str, Any]) -> str: ...
    def create(
        self, session: Session, key: str, content: dict[str, Any], *, beside: bool
    ) -> Stored:
        """Add the item (the caller flushes); ``beside``: the user keeps both, so take a
        free name."""
        ...

    def update(self, session: Session, local_id: int, content: dict[str, Any]) -> None: ...


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def free_name(wanted: str, taken: set[str], *, limit: int, fold: bool = True) -> str:
    """``wanted``, or ``wanted (2)``, ``(3)``... whichever is not taken."""
    seen = {t.casefold() for t in taken} if fold else taken
    number = 2
    candidate = wanted
    while (candidate.casefold() if fold else candidate) in seen:
        suffix = f" ({number})"
        candidate = wanted[: limit - len(suffix)] + suffix
        number += 1
    return candidate


def free_key(wanted: str, taken: set[str]) -> str:
    number = 2
    candidate = wanted
    while candidate in taken:
        suffix = f"-{number}"
        candidate = wanted[: 100 - len(suffix)] + suffix
        number += 1
    return candidate
