"""Applying an import in one transaction: every area's writes and the provenance rows in
one store.writing() session, the preview computed again inside it (so what is applied
is what the database holds at that moment). An error rolls everything back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from workbench.core.playbooks.areas import Stored
from workbench.core.playbooks.format import Playbook, content_digest
from workbench.core.playbooks.library import AREAS, read_library
from workbench.core.playbooks.preview import PreviewEntry, preview
from workbench.core.playbooks.provenance import forget_missing, record
from workbench.core.playbooks.state import Choice, ItemStatus, PlaybookArea
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.store import Store

Choices = Mapping[tuple[PlaybookArea, str], Choice]


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    identical: int = 0
    kept: int = 0  # changed items the user kept as they were ("mine")
    both: int = 0

    def summary(self) -> Words:
        """The counts in words the CLI and the GUI translate (``str()`` is the English)."""
        source = QT_TRANSLATE_NOOP(
            "Playbooks",
            "{added} added, {updated} updated, {both} kept both, {kept} kept as they were, "
            "{identical} identical",
        )
        values = {"added": self.added, "updated": self.updated, "both": self.both}
        values |= {"kept": self.kept, "identical": self.identical}
        return Words("Playbooks", source, values)


def choice_for(entry: PreviewEntry, choices: Choices, default: Choice) -> Choice:
    """New items and clean updates are taken unless the user says otherwise."""
    if (entry.area, entry.key) in choices:
        return choices[(entry.area, entry.key)]
    if entry.status is ItemStatus.CHANGED:
        return default
    return Choice.THEIRS


def apply_playbook(
    store: Store, playbook: Playbook, choices: Choices, *, default: Choice = Choice.MINE
) -> ImportReport:
    report = ImportReport()
    with store.writing() as session:
        library = read_library(session)
        for area in PlaybookArea:
            forget_missing(session, area, {i.local_id for i in library.of(area)})
        # (area, the row or its id, key): a new row's id is known after the flush below.
        brought: list[tuple[PlaybookArea, Stored | int, str]] = []
        for entry in preview(library, playbook):
            writer, how = AREAS[entry.area], choice_for(entry, choices, default)
            if entry.status is ItemStatus.IDENTICAL:
                report.identical += 1
                if entry.local_id is not None:  # it now also comes from this playbook
                    brought.append((entry.area, entry.local_id, entry.key))
                continue
            if how is Choice.MINE:
                report.kept += 1
                continue
            if entry.local_id is None or how is Choice.BOTH:
                beside = entry.local_id is not None
                row = writer.create(session, entry.key, entry.theirs, beside=beside)
                brought.append((entry.area, row, entry.key))
                report.both += beside
                report.added += not beside
            else:
                writer.update(session, entry.local_id, entry.theirs)
                brought.append((entry.area, entry.local_id, entry.key))
                report.updated += 1
        session.flush()
        ids = [(a, r if isinstance(r, int) else r.id, key) for a, r, key in brought]
        # The hash kept is of the item as now stored (a copy kept beside the user's has
        # its new name): an unchanged item then shows as a clean update next version.
        after = read_library(session, tuple({a for a, _, _ in ids}))
        stored = {(a, i.local_id): i.content for a in after.items for i in after.of(a)}
        record(
            session,
            playbook.header,
            [(a, i, key, content_digest(stored[(a, i)])) for a, i, key in ids],
        )
    return report
