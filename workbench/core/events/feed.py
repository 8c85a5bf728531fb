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

from workbench.core.events.ics_export import Writer, write
from workbench.core.events.model import EventError
from workbench.core.events.service import EventService

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
        self._writer = Writer()

    def attach(self) -> None:
        """Rewrite the file after every change the service makes."""
        self.events.listeners.append(self.refresh)

    def refresh(self) -> int:
        """Write the file now; returns how many events it holds. A disk problem is kept in
        ``problem`` and logged, never raised: the change itself was saved."""
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
