"""The inbox service: ids for a view in order, rows for ids, counts and item detail.

The GUI keeps only the id list (an ``array('q')``: 8 bytes an item) and asks for rows a
page at a time, as Anki's browser does. The reads themselves are the store's
(``InboxReads``, SQLite's in workbench/db/sqlite/inbox.py); this service says what a view
means and what the item view shows.
"""

from __future__ import annotations

import dataclasses
import getpass
import logging
import time
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workbench.core.inbox.query import View, to_filter
from workbench.core.inbox.search import parse
from workbench.core.outbox.service import Outbox, OutboxView
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.interfaces import InboxRow, Note, SearchFailed, StoredDetail
from workbench.db.store import Store

__all__ = ["COUNT_CAP", "IdList", "InboxRow", "InboxService", "ItemDetail", "Note"]

log = logging.getLogger(__name__)

COUNT_CAP = 10_000


@dataclass(frozen=True)
class ItemDetail(StoredDetail):
    """What the store holds about an item (its thread, parent and author's other items),
    and the item's outbox entries."""

    outbox: tuple[OutboxView, ...] = ()


@dataclass(frozen=True)
class IdList:
    """The ids of a view in order, and a plain note about the search if there is one."""

    ids: array[int]
    message: str = ""
    complete: bool = True  # False: only the first ``limit`` ids
    notes: tuple[Words, ...] = ()  # ``message`` as Words, for the GUI to translate

    def __len__(self) -> int:
        return len(self.ids)


class InboxService:
    def __init__(
        self, store: Store, *, me: str | None = None, outbox: Outbox | None = None
    ) -> None:
        self.store = store
        self.me = me if me is not None else getpass.getuser()
        self.outbox = outbox or Outbox(store)
        self._reads = store.inbox_reads()

    def close(self) -> None:
        """Close the inbox's read connections (they reopen if used again)."""
        self._reads.close()

    # -- ids and rows -----------------------------------------------------------------

    def ids(self, view: View, *, limit: int | None = None, now: int | None = None) -> IdList:
        """Ids of the items in ``view``, in the view's order (the first ``limit`` if given)."""
        parsed = parse(view.search)
        query = to_filter(view, me=self.me, now=now or int(time.time()), search=parsed)
        try:
            ids, complete = self._reads.ids(query, limit=limit)
        except SearchFailed as error:
            # The user gets a plain note and an empty list, not an error dialog.
            log.warning("search %r failed: %s", view.search, error)
            text = QT_TRANSLATE_NOOP("Search", "This search could not be run ({error}).")
            words = Words("Search", text, {"error": str(error)})
            return IdList(array("q"), str(words), notes=(words,))
        return IdList(ids, parsed.message, complete, parsed.notes)

    def count(self, view: View, *, now: int | None = None, cap: int | None = None) -> int:
        """How many items ``view`` holds; with ``cap``, stop counting at ``cap``."""
        return self._reads.count(to_filter(view, me=self.me, now=now or int(time.time())), cap=cap)

    def counts(
        self, views: Mapping[str, View], *, now: int | None = None, cap: int | None = COUNT_CAP
    ) -> dict[str, int]:
        """Counts for the sidebar, one query per view, each stopping at ``cap`` (the
        sidebar shows "10,000+": an exact count of a million would cost a full scan)."""
        stamp = now or int(time.time())
        return {key: self.count(view, now=stamp, cap=cap) for key, view in views.items()}

    def rows(self, ids: Sequence[int], *, full_text: bool = False) -> list[InboxRow]:
        """Rows for ``ids`` in the same order; ids no longer stored are left out.

        ``snippet`` holds the first 300 characters of the text, or all of it (exports)."""
        return self._reads.rows(ids, full_text=full_text)

    # -- one item ---------------------------------------------------------------------

    def detail(self, item_id: int, *, related: int = 30) -> ItemDetail | None:
        """Everything the item view shows; None if the item is gone."""
        stored = self._reads.detail(item_id, related=related)
        if stored is None:
            return None
        fields = {f.name: getattr(stored, f.name) for f in dataclasses.fields(stored)}
        return ItemDetail(**fields, outbox=tuple(self.outbox.for_item(item_id)))

    def last_item_id(self) -> int:
        """The highest item id stored: items above it arrived later (new from a sync)."""
        return self._reads.last_item_id()

    def outbox_entries(self, item_id: int) -> list[OutboxView]:
        return self.outbox.for_item(item_id)

    def communities(self) -> list[tuple[int, str, str]]:
        """(id, name, platform) of every stored community, for filter menus."""
        return self._reads.communities()

    def tags(self) -> list[str]:
        return self._reads.tags()

    def assignees(self) -> list[str]:
        return self._reads.assignees()
