"""After the event: attendance from webinar tools' CSV files (bounded), the recording link
and notes, and its impact on activity in its communities."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workbench.core.events.attendance import minutes
from workbench.core.events.model import EventDraft, EventError
from workbench.core.workspace import Workspace
from workbench.db.models import Item

ZOOM = """Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
812 3456 7890,Spring webinar,03/20/2030 06:00:00 PM,03/20/2030 07:02:00 PM,host@example.com,62,3

Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent
Alex Martin,alex@example.com,03/20/2030 05:58:00 PM,03/20/2030 07:02:00 PM,64,No,Y
Kim (Kim Lee),kim@example.org,03/20/2030 06:01:00 PM,03/20/2030 06:30:00 PM,29,Yes,Y
Kim (Kim Lee),kim@example.org,03/20/2030 06:35:00 PM,03/20/2030 07:00:00 PM,25,Yes,Y
Sam,,03/20/2030 06:10:00 PM,03/20/2030 06:40:00 PM,30,Yes,Y
"""
MEET = """First name,Last name,Email,Duration,Time joined,Time exited
Alex,Martin,alex@example.com,1 hr 2 min,6:00 PM,7:02 PM
Kim,Lee,,45 min,6:05 PM,6:50 PM
"""


def event(ws: Workspace, community_ids: tuple[int, ...] = ()) -> int:
    start = datetime(2030, 3, 20, 17, tzinfo=UTC)
    draft = EventDraft(title="Spring webinar", start=start, end=start + timedelta(hours=1),
                       community_ids=community_ids)  # fmt: skip
    return ws.events.create(draft).id


def test_zoom_attendance_counts_people_once(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "participants_81234567890.csv"
    path.write_text(ZOOM, encoding="utf-8-sig")
    event_id = event(workspace)
    assert workspace.events.import_attendance(event_id, path) == 3
    assert workspace.events.get(event_id).attendance == 3


def test_meet_and_teams_attendance(workspace: Workspace, tmp_path: Path) -> None:
    event_id = event(workspace)
    meet = tmp_path / "meet.csv"
    meet.write_text(MEET)
    assert workspace.events.import_attendance(event_id, meet) == 2
    teams = tmp_path / "teams.csv"
    rows = "Full Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\n"
    rows += "Alex Martin\t3/20/30, 6:00:01 PM\t3/20/30, 7:01:00 PM\t1h 0m 59s\ta@example.com\tOrganizer\n"
    teams.write_bytes(rows.encode("utf-16"))
    assert workspace.events.import_attendance(event_id, teams) == 1  # replaces the Meet list
    assert workspace.events.get(event_id).attendance == 1


def test_durations_as_tools_write_them() -> None:
    assert [minutes(t) for t in ("45", "45 min", "1 hr 2 min", "1h 0m 59s", "01:05:00", "")] == [
        45, 45, 62, 61, 65, None,
    ]  # fmt: skip


def test_attendance_files_refused_whole(workspace: Workspace, tmp_path: Path) -> None:
    event_id = event(workspace)
    workspace.events.record_outcome(event_id, attendance=12)
    notes = tmp_path / "notes.csv"
    notes.write_text("Topic,When\nWebinar,Tuesday\n")
    with pytest.raises(EventError, match=r"notes\.csv: it has no column of names"):
        workspace.events.import_attendance(event_id, notes)
    big = tmp_path / "big.csv"
    with big.open("wb") as file:
        file.truncate(11 * 1024 * 1024)
    with pytest.raises(EventError, match=r"big\.csv is larger than 10 MB"):
        workspace.events.import_attendance(event_id, big)
    assert workspace.events.get(event_id).attendance == 12  # unchanged


def test_recording_notes_and_attendance_by_hand(workspace: Workspace) -> None:
    event_id = event(workspace)
    workspace.events.record_outcome(
        event_id,
        recording_link=" https://video.example.com/r1 ",
        notes="Great questions",
        attendance=40,
    )
    view = workspace.events.get(event_id)
    assert (view.recording_link, view.notes, view.attendance) == (
        "https://video.example.com/r1", "Great questions", 40,
    )  # fmt: skip
    with pytest.raises(EventError, match="cannot be negative"):
        workspace.events.record_outcome(event_id, attendance=-1)


def test_impact_compares_the_week_after_with_the_four_weeks_before(workspace: Workspace) -> None:
    account = workspace.accounts.add("demo", "Demo", {"size": "5"})
    workspace.sync.sync(account.id)
    community = workspace.communities.all()[0]
    start = datetime(2030, 3, 20, 17, tzinfo=UTC)
    times = [start - timedelta(days=d) for d in (1, 5, 9, 20, 27, 40)]  # 5 in the 4 weeks
    times += [start + timedelta(hours=2, days=d) for d in (0, 1, 2, 3, 5, 6, 8)]  # 6 in the week
    with workspace.store.writing() as session:
        for number, moment in enumerate(times):
            session.add(Item(account_id=account.id, community_id=community.id, kind="post",
                             external_id=f"impact-{number}", created_at=moment, synced_at=moment))  # fmt: skip
    found = workspace.events.impact(event(workspace, (community.id,)))
    assert (found.week_after, found.weekly_before) == (6, 1.25)
    assert found.change == pytest.approx(3.8)
    assert not found.complete  # the week after (in 2030) is not over yet
