"""``workspace.playbooks``: read, preview, import and export playbooks, and the bundled
starter playbooks (one per community type, in English and French)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbench.core.playbooks.apply import Choices, ImportReport, apply_playbook
from workbench.core.playbooks.export import CatalogEntry, Selection, build, catalog, write_file
from workbench.core.playbooks.format import Header, Playbook
from workbench.core.playbooks.library import read_library
from workbench.core.playbooks.preview import PreviewEntry, preview
from workbench.core.playbooks.reader import read_playbook
from workbench.core.playbooks.state import Choice
from workbench.db.store import Store

STARTERS = Path(__file__).resolve().parents[2] / "resources" / "playbooks"


@dataclass(frozen=True)
class Starter:
    path: Path
    community_type: str
    language: str


def starters() -> list[Starter]:
    """The bundled starter playbooks, ``<community type>.<language>.json``."""
    found = []
    for path in sorted(STARTERS.glob("*.json")):
        kind, _, language = path.name.removesuffix(".json").rpartition(".")
        found.append(Starter(path, kind, language))
    return found


class PlaybookService:
    def __init__(self, store: Store, *, ensure_bundle: Callable[[], None] = lambda: None) -> None:
        """``ensure_bundle``: merges the bundled prompts first (PromptLibrary.ensure_bundle),
        so a starter's bundled prompts match the library's, not look new."""
        self.store = store
        self._ensure_bundle = ensure_bundle

    def read(self, path: Path) -> Playbook:
        """Raises PlaybookError (one line naming the file) when the file is refused."""
        return read_playbook(path)

    def catalog(self) -> list[CatalogEntry]:
        """Every item that could go into a playbook, by area (``default``: in it unless
        the user picks items)."""
        self._ensure_bundle()
        with self.store.session() as session:
            return catalog(read_library(session))

    def export(self, header: Header, selection: Selection) -> Playbook:
        self._ensure_bundle()
        with self.store.session() as session:
            return build(read_library(session, tuple(selection)), header, selection)

    def write(self, playbook: Playbook, path: Path) -> None:
        write_file(playbook, path)

    def preview(self, playbook: Playbook) -> list[PreviewEntry]:
        self._ensure_bundle()
        with self.store.session() as session:
            return preview(read_library(session), playbook)

    def apply(
        self, playbook: Playbook, choices: Choices, *, default: Choice = Choice.MINE
    ) -> ImportReport:
        """Import in one transaction; ``choices`` per (area, key) for changed items, the
        others ``default``."""
        self._ensure_bundle()
        return apply_playbook(self.store, playbook, choices, default=default)
