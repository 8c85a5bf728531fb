"""The local library as the playbook code sees it: every area's items, with provenance."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from workbench.core.playbooks.apply_events import EventsArea
from workbench.core.playbooks.apply_guidelines import GuidelinesArea
from workbench.core.playbooks.apply_prompts import PromptsArea
from workbench.core.playbooks.apply_reasons import ReasonsArea
from workbench.core.playbooks.apply_views import ViewsArea
from workbench.core.playbooks.areas import Area, LocalItem
from workbench.core.playbooks.provenance import Provenance, load
from workbench.core.playbooks.state import PlaybookArea

AREAS: dict[PlaybookArea, Area] = {
    PlaybookArea.PROMPTS: PromptsArea(),
    PlaybookArea.GUIDELINES: GuidelinesArea(),
    PlaybookArea.EVENTS: EventsArea(),
    PlaybookArea.REASONS: ReasonsArea(),
    PlaybookArea.VIEWS: ViewsArea(),
}


@dataclass(frozen=True)
class Library:
    items: dict[PlaybookArea, list[LocalItem]]
    provenance: dict[tuple[PlaybookArea, int], Provenance]

    def of(self, area: PlaybookArea) -> list[LocalItem]:
        return self.items.get(area, [])


def read_library(
    session: Session, areas: tuple[PlaybookArea, ...] = tuple(PlaybookArea)
) -> Library:
    provenance = load(session)
    items: dict[PlaybookArea, list[LocalItem]] = {}
    for area in areas:
        found = AREAS[area].local(session)
        # An item a playbook brought keeps that playbook's key when exported again, so
        # the playbook's next version still finds it.
        items[area] = [
            replace(i, key=p.item_key) if (p := provenance.get((area, i.local_id))) else i
            for i in found
        ]
    return Library(items, provenance)
