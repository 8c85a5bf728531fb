"""The calendar file calendar apps subscribe to, kept current after every change."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from icalendar import Calendar

from workbench.core.events.model import EventDraft
from workbench.core.workspace import Workspace


def feed(ws: Workspace) -> Calendar:
    parsed = Calendar.from_ical((ws.data_dir / "calendar" / "workbench.ics").read_bytes())
    assert isinstance(parsed, Calendar)
    return parsed


def test_the_feed_follows_every_change(workspace: Workspace) -> None:
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
    draft = EventDraft(title="Webinar", start=start, end=start + timedelta(hours=1))
    event = workspace.events.create(draft)
    assert [str(e["SUMMARY"]) for e in feed(workspace).walk("VEVENT")] == ["Webinar"]
    assert str(feed(workspace)["X-WR-CALNAME"]) == "Community Workbench"
    workspace.events.update(event.id, replace(draft, title="Webinar (new title)"))
    workspace.events.create(
        replace(
            draft,
            title="Old meetup",
            start=start - timedelta(days=400),
            end=start - timedelta(days=400) + timedelta(hours=2),
        )
    )
    assert [str(e["SUMMARY"]) for e in feed(workspace).walk("VEVENT")] == ["Webinar (new title)"]
    workspace.events.delete(event.id)
    assert feed(workspace).walk("VEVENT") == []
    assert not list((workspace.data_dir / "calendar").glob(".*.part"))


def test_a_feed_that_cannot_be_written_does_not_undo_the_change(workspace: Workspace) -> None:
    (workspace.data_dir / "calendar").mkdir(exist_ok=True)
    (workspace.data_dir / "calendar" / "workbench.ics").mkdir()  # a folder in the way
    start = datetime(2030, 1, 1, 10, tzinfo=UTC)
    workspace.events.create(EventDraft(title="Kept", start=start, end=start + timedelta(hours=1)))
    assert [v.title for v in workspace.events.all()] == ["Kept"]
    assert "workbench.ics cannot be written" in workspace.calendar_feed.problem
