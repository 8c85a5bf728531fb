"""What importing a playbook would do, item by item: new, identical, a clean update (an
earlier version of this playbook brought it and the user has not changed it since) or
changed (the user picks: keep mine, take theirs, keep both), with a diff."""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from typing import Any

from workbench.core.playbooks.format import Playbook, content_digest
from workbench.core.playbooks.items import title_of
from workbench.core.playbooks.library import AREAS, Library
from workbench.core.playbooks.state import ItemStatus, PlaybookArea


@dataclass(frozen=True)
class PreviewEntry:
    area: PlaybookArea
    key: str
    title: str
    status: ItemStatus
    theirs: dict[str, Any]
    local_id: int | None = None
    mine: dict[str, Any] | None = None
    # From the playbook's earlier version: "Team rules, version 2" (empty when not).
    came_from: str = ""

    def diff(self) -> list[str]:
        """Mine against theirs as unified diff lines of their indented JSON."""
        if self.mine is None:
            return []
        return list(
            difflib.unified_diff(
                _lines(self.mine), _lines(self.theirs), "mine", "theirs", lineterm="", n=2
            )
        )


def _lines(content: dict[str, Any]) -> list[str]:
    return json.dumps(content, ensure_ascii=False, indent=2, sort_keys=True).splitlines()


def preview(library: Library, playbook: Playbook) -> list[PreviewEntry]:
    entries: list[PreviewEntry] = []
    pid = playbook.header.id
    for area in PlaybookArea:
        local = library.of(area)
        by_id = {i.local_id: i for i in local}
        brought = {
            p.item_key: p
            for (a, _), p in library.provenance.items()
            if a is area and p.playbook_id == pid and p.local_id in by_id
        }
        by_natural = {i.natural: i for i in reversed(local)}  # the oldest wins
        used: set[int] = set()
        for item in playbook.of(area):
            title = title_of(area, item.content)
            origin = brought.get(item.key)
            mine = by_id[origin.local_id] if origin else None
            if mine is None:
                mine = by_natural.get(AREAS[area].natural(item.key, item.content))
            if mine is None or mine.local_id in used:
                entries.append(PreviewEntry(area, item.key, title, ItemStatus.NEW, item.content))
                continue
            used.add(mine.local_id)
            came_from = ""
            if origin is not None:
                came_from = f"{origin.playbook_title}, version {origin.playbook_version}"
            if mine.content == item.content:
                status = ItemStatus.IDENTICAL
            elif mine.pristine or (
                origin is not None and content_digest(mine.content) == origin.content_hash
            ):
                status = ItemStatus.UPDATE
            else:
                status = ItemStatus.CHANGED
            entries.append(
                PreviewEntry(
                    area,
                    item.key,
                    title,
                    status,
                    item.content,
                    mine.local_id,
                    mine.content,
                    came_from,
                )
            )
    return entries
