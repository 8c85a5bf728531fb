"""Writing a playbook: the chosen items of the local library, with a header.

Only library content goes in (prompts, guidelines, event templates, removal reasons,
views): never accounts, secrets, members, communities or items; a view's community
filter and named assignee stay out (items.portable_query)."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Mapping, Set
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workbench.core.playbooks.checks import MAX_ITEMS, Checker
from workbench.core.playbooks.format import Header, Playbook, PlaybookError, PlaybookItem
from workbench.core.playbooks.items import NORMALIZERS, title_of
from workbench.core.playbooks.library import Library
from workbench.core.playbooks.state import PlaybookArea
from workbench.core.text import QT_TRANSLATE_NOOP, Words

# Per area: the keys chosen, or None for the area's default items (all but unedited
# bundled prompts and archived ones).
Selection = Mapping[PlaybookArea, Set[str] | None]


@dataclass(frozen=True)
class CatalogEntry:
    area: PlaybookArea
    key: str
    title: str
    default: bool


def catalog(library: Library) -> list[CatalogEntry]:
    return [
        CatalogEntry(area, i.key, title_of(area, i.content), i.default)
        for area in PlaybookArea
        for i in library.of(area)
    ]


def new_header(title: str, *, author: str = "", description: str = "", version: int = 1,
               playbook_id: str = "") -> Header:  # fmt: skip
    return Header(
        id=playbook_id or f"pb-{uuid.uuid4().hex}",
        title=" ".join(title.split()) or "Playbook",
        version=version,
        author=author,
        created=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        description=description,
    )


def build(library: Library, header: Header, selection: Selection) -> Playbook:
    check = Checker("export")  # our own content passes the reader's checks, or we stop
    items: list[PlaybookItem] = []
    for area in PlaybookArea:
        if area not in selection:
            continue
        keys = selection[area]
        seen: set[str] = set()
        for local in library.of(area):
            chosen = local.default if keys is None else local.key in keys
            if not chosen or local.key in seen:
                continue
            seen.add(local.key)
            content = NORMALIZERS[area](check, dict(local.content), f"content.{area}")
            items.append(PlaybookItem(area, local.key, content))
        if len(seen) > MAX_ITEMS:
            raise _too_big(header, MAX_ITEMS)
    return Playbook(header, tuple(items))


def _too_big(header: Header, items: int) -> PlaybookError:
    return PlaybookError(
        Words(
            "Playbooks",
            QT_TRANSLATE_NOOP(
                "Playbooks",
                "{title}: too large for one playbook (at most {n} items per area, 10 MB): "
                "choose fewer items.",
            ),
            {"title": header.title, "n": items},
        )
    )


def write_file(playbook: Playbook, path: Path) -> None:
    """Write atomically: a half-written playbook never replaces a good one."""
    from workbench.core.playbooks.reader import MAX_BYTES

    path = path.expanduser()
    text = playbook.to_text()
    if len(text.encode("utf-8")) > MAX_BYTES:  # its readers would refuse it
        raise _too_big(playbook.header, MAX_ITEMS)
    handle, temporary = tempfile.mkstemp(prefix=".playbook-", dir=path.parent or Path("."))
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
