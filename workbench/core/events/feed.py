"""The calendar file kept current in the workspace, for calendar apps to subscribe to:
``<workspace>/calendar/workbench.ics``, rewritten whole (then moved into place) after every
change to the events.

It holds the events that touch the last FEED_PAST days or anything later (a series once,
with its rule); older ones are history the subscribing app already has. Each event's lines
are kept between rewrites (ics_export.Writer), so an edit redoes only that event.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core.events.model import EventError
from workbench.core.events.service import EventService

if TYPE_CHECKING:
    # Imported on the first write: icalendar costs the app's start some 60 ms otherwise.
    from workbench.core.events.ics_export import Writer

log = logging.getLogger(__name__)

FEED_PAST = timedelta(days=90)
FEED_NAME = "Community Workbench"


def feed_path(data_dir: Path) -> Path:
    return data_dir / "calendar" / "workbench.ics"


class CalendarFeed:
    def __init__(self, events: EventService, path: Path) -> None:
        self.events = events
        self.path = path
        self.problem = ""  # the last write's failure, in words ("" when it went well)
        self._writer: Writer | None = None  # made on the first write (see the imports)

    def attach(self) -> None:
        """Rewrite the file after every change the service makes."""
        self.events.listeners.append(self.refresh)

    def refresh(self) -> int:
        """Write the file now; returns how many events it holds. A disk problem is kept in
        ``problem`` and logged, never raised: the change itself was saved."""
        from workbench.core.events.ics_export import Writer, write

        if self._writer is None:
            self._writer = Writer()
        since = datetime.now(UTC) - FEED_PAST
        views = self.events.all(since, None)
        try:
            write(self.path, views, name=FEED_NAME, writer=self._writer)
        except EventError as error:
            self.problem = str(error)
            log.warning("calendar feed not written: %s", error)
            return 0
        self.problem = ""
        return len(views)
