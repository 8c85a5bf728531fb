"""iCalendar files: our round trip, other programs' files (tests/fixtures/ics/, written for
the project in each program's dialect), re-import by UID, and bad input refused whole."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from workbench.core.events.model import ChecklistItem, EventDraft, EventError, PollSpec
from workbench.core.events.state import EditScope, EventKind, EventStatus
from workbench.core.workspace import Workspace

ICS = Path(__file__).resolve().parents[1] / "fixtures" / "ics"
PARIS = ZoneInfo("Europe/Paris")
YEAR = (datetime(2027, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC))


def local(ws: Workspace, title: str, zone: ZoneInfo) -> list[str]:
    return [
        f"{o.start.astimezone(zone):%m-%d %H:%M}"
        for o in ws.events.occurrences(*YEAR)
        if o.title == title
    ]


def full_draft() -> EventDraft:
    start = datetime(2027, 3, 2, 18, 30, tzinfo=PARIS)
    return EventDraft(
        title="Weekly AMA; bring questions, please",
        kind=EventKind.QA,
        status=EventStatus.SCHEDULED,
        description_md="# Agenda\n\n* intro\n* **questions**",
        hosts=("Alex Martin", "Kim, the moderator"),
        community_ids=(3, 5),
        start=start,
        end=start + timedelta(hours=1),
        tz="Europe/Paris",
        rrule="FREQ=WEEKLY;BYDAY=TU",
        online_link="https://meet.example.com/ama",
        place="",
        capacity=100,
        registration_link="https://example.com/register",
        agenda="Intro\nQuestions",
        checklist=[ChecklistItem("Test the mic", True), ChecklistItem("Post the link")],
        poll=None,
        reminders_minutes=(10, 60),
    )


def test_round_trip_keeps_every_field_and_the_series_exceptions(
    workspace: Workspace, tmp_path: Path
) -> None:
    event = workspace.events.create(full_draft())
    occurrences = workspace.events.occurrences(*YEAR)
    workspace.events.cancel_occurrence(event.id, occurrences[1].start)
    guest = replace(
        full_draft(),
        title="AMA with a guest",
        rrule=None,
        start=occurrences[3].start + timedelta(hours=1),
        end=occurrences[3].end + timedelta(hours=1),
    )
    workspace.events.update(
        event.id, guest, scope=EditScope.THIS, occurrence=occurrences[3].recurrence_id
    )
    poll_start = datetime(2027, 4, 1, 9, tzinfo=ZoneInfo("America/New_York"))
    workspace.events.create(
        EventDraft(
            title="Which day suits you?",
            kind=EventKind.POLL,
            start=poll_start,
            end=poll_start + timedelta(days=3),
            tz="America/New_York",
            poll=PollSpec("Which day?", ("Mon", "Tue", "Wed"), 3),
        )
    )
    path = tmp_path / "out.ics"
    assert workspace.events.export_ics(path) == 2
    # Another program reads it: one VTIMEZONE per TZID used, the alarms, the exceptions.
    cal = Calendar.from_ical(path.read_bytes())
    assert sorted(str(z["TZID"]) for z in cal.walk("VTIMEZONE")) == [
        "America/New_York",
        "Europe/Paris",
    ]
    events = cal.walk("VEVENT")
    assert len(events) == 3  # the series, its changed occurrence, the poll
    assert sum(1 for e in events if "RECURRENCE-ID" in e) == 1
    assert sum(1 for e in events if "EXDATE" in e) == 1
    assert len(events[0].walk("VALARM")) == 2

    before = {v.uid: v for v in workspace.events.all()}
    other = Workspace.open(tmp_path / "other")
    try:
        report = other.events.import_ics(path)
        assert (report.new, report.updated, report.skipped, report.problems) == (2, 0, 0, [])
        after = {v.uid: v for v in other.events.all()}
        for uid, view in before.items():
            assert after[uid].to_draft() == view.to_draft()
        assert [o.title for o in other.events.occurrences(*YEAR)][:5] == [
            o.title for o in workspace.events.occurrences(*YEAR)
        ][:5]
        assert other.events.occurrences(*YEAR) == [
            replace(o, event_id=after[o.uid].id) for o in workspace.events.occurrences(*YEAR)
        ]
    finally:
        other.close()


def test_reimport_updates_by_uid_and_never_duplicates(workspace: Workspace, tmp_path: Path) -> None:
    first = workspace.events.import_ics(ICS / "google.ics")
    assert (first.new, first.updated, first.skipped) == (3, 0, 0)
    again = workspace.events.import_ics(ICS / "google.ics")
    assert (again.new, again.updated, again.skipped) == (0, 0, 3)
    changed = tmp_path / "google.ics"
    changed.write_bytes(
        (ICS / "google.ics")
        .read_bytes()
        .replace(b"SUMMARY:Spring workshop", b"SUMMARY:Spring workshop (moved online)")
    )
    third = workspace.events.import_ics(changed)
    assert (third.new, third.updated, third.skipped) == (0, 1, 2)
    titles = sorted(v.title for v in workspace.events.all())
    assert titles == ["Community meetup weekend", "Spring workshop (moved online)", "Weekly AMA"]


def test_google_calendar_file(workspace: Workspace) -> None:
    report = workspace.events.import_ics(ICS / "google.ics")
    assert report.problems == []
    ama = local(workspace, "Weekly AMA", PARIS)
    assert ama[:4] == ["03-02 18:30", "03-09 18:30", "03-30 18:30", "04-06 18:30"]  # 16 cancelled
    assert local(workspace, "Weekly AMA with a guest", PARIS) == ["03-23 20:00"]
    [series] = [v for v in workspace.events.all() if v.title == "Weekly AMA"]
    assert series.hosts == ("Alex Martin",) and series.kind is EventKind.QA
    assert series.online_link == "https://meet.google.com/abc-defg-hij"
    assert series.reminders_minutes == (30,)
    assert "https://meet.google.com/abc-defg-hij" in series.description_md  # folded line
    [workshop] = [v for v in workspace.events.all() if v.title == "Spring workshop"]
    assert workshop.tz == "Europe/Paris"  # X-WR-TIMEZONE: UTC times shown in the calendar's zone
    assert workshop.place == "Maison des associations, 12 rue de la Paix, Paris"
    [weekend] = [o for o in workspace.events.occurrences(*YEAR) if o.all_day]
    assert (weekend.start.date().isoformat(), weekend.end.date().isoformat()) == (
        "2027-05-20",
        "2027-05-22",
    )
    assert weekend.status is EventStatus.DRAFT  # TENTATIVE


def test_outlook_file_with_windows_zone_names(workspace: Workspace) -> None:
    report = workspace.events.import_ics(ICS / "outlook.ics")
    assert report.problems == []
    webinar = local(workspace, "Product webinar", PARIS)
    assert webinar == [
        "01-12 16:00",
        "02-09 16:00",
        "03-09 16:00",
        "04-13 16:00",
        "05-11 16:00",
        "06-08 16:00",
    ]  # COUNT=6, the same Paris hour across the March change
    [qa] = [v for v in workspace.events.all() if v.title.startswith("Q&A")]
    assert qa.tz == "America/New_York" and qa.start.hour == 12
    [series] = [v for v in workspace.events.all() if v.title == "Product webinar"]
    assert series.tz == "Europe/Paris" and series.hosts == ("Sam Lee",)
    assert series.online_link.startswith("https://teams.microsoft.com/l/meetup-join/")


def test_apple_calendar_file_in_lord_howe_time(workspace: Workspace) -> None:
    assert workspace.events.import_ics(ICS / "apple.ics").problems == []
    howe = ZoneInfo("Australia/Lord_Howe")
    found = local(workspace, "Morning live stream", howe)
    assert found == [
        f"{d} 09:00"
        for d in (
            "09-27",
            "09-28",
            "09-29",
            "09-30",
            "10-01",
            "10-02",
            "10-03",
            "10-04",
            "10-05",
            "10-06",
        )
    ]
    [stream] = workspace.events.all()
    assert stream.online_link == "https://stream.example.com/island"
    assert stream.place == "Lord Howe Island Museum" and stream.reminders_minutes == (10,)


def test_thunderbird_file_with_a_customized_zone(workspace: Workspace) -> None:
    assert workspace.events.import_ics(ICS / "thunderbird.ics").problems == []
    new_york = ZoneInfo("America/New_York")
    chats = local(workspace, "Live chat: office hours", new_york)
    # 17:00 on both sides of the US change (03-14); 03-18 was cancelled.
    assert chats[:4] == ["03-04 17:00", "03-11 17:00", "03-25 17:00", "04-01 17:00"]
    [chat] = workspace.events.all()
    assert chat.kind is EventKind.LIVE_CHAT and chat.reminders_minutes == (60,)


# -- bad input ----------------------------------------------------------------------------


def write(tmp_path: Path, text: str, name: str = "bad.ics") -> Path:
    path = tmp_path / name
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    return path


GOOD_EVENT = """BEGIN:VEVENT
UID:good-1
DTSTART:20270301T100000Z
DTEND:20270301T110000Z
SUMMARY:Good one
END:VEVENT
"""


def test_a_file_that_is_not_a_calendar(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(EventError, match=r"notes.ics: it is not an iCalendar file"):
        workspace.events.import_ics(write(tmp_path, "Dear all,\nsee you Tuesday.\n", "notes.ics"))
    png = tmp_path / "image.ics"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    with pytest.raises(EventError, match=r"image\.ics is not an iCalendar file"):
        workspace.events.import_ics(png)


def test_a_broken_line_refuses_the_whole_file(workspace: Workspace, tmp_path: Path) -> None:
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\n{GOOD_EVENT}BEGIN:VEVENT\nUID:x\nthis line is broken\nEND:VEVENT\nEND:VCALENDAR\n"
    with pytest.raises(
        EventError, match=r"bad.ics: line 11 is not an iCalendar line.*nothing was imported"
    ):
        workspace.events.import_ics(write(tmp_path, text))
    assert workspace.events.all() == []
    cut = f"BEGIN:VCALENDAR\nVERSION:2.0\n{GOOD_EVENT}BEGIN:VEVENT\nUID:x\n"
    with pytest.raises(EventError, match="cut short"):
        workspace.events.import_ics(write(tmp_path, cut))
    assert workspace.events.all() == []


def test_an_unknown_tzid_leaves_that_event_out_with_a_message(
    workspace: Workspace, tmp_path: Path
) -> None:
    text = (
        f"BEGIN:VCALENDAR\nVERSION:2.0\n{GOOD_EVENT}BEGIN:VEVENT\nUID:mars\n"
        "DTSTART;TZID=Mars/Olympus:20270301T100000\nDTEND;TZID=Mars/Olympus:20270301T110000\n"
        "SUMMARY:Launch party\nEND:VEVENT\nBEGIN:VEVENT\nUID:bad-date\nDTSTART:2027-03-01\n"
        "SUMMARY:Someday\nEND:VEVENT\nBEGIN:VEVENT\nUID:no-start\nSUMMARY:Whenever\nEND:VEVENT\n"
        "END:VCALENDAR\n"
    )
    report = workspace.events.import_ics(write(tmp_path, text))
    assert (report.new, report.skipped) == (1, 3)
    assert [str(p) for p in report.problems] == [
        "bad.ics, line 9: 'Launch party' was left out: its time zone 'Mars/Olympus' is unknown.",
        "bad.ics, line 15: 'Someday' was left out: '2027-03-01' is not a date or time.",
        "bad.ics, line 20: 'Whenever' was left out: it has no start (DTSTART).",
    ]
    assert [v.title for v in workspace.events.all()] == ["Good one"]


def test_an_endless_rule_is_kept_and_a_minutely_one_left_out(
    workspace: Workspace, tmp_path: Path
) -> None:
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:forever\n"
        "DTSTART;TZID=Europe/Paris:20200107T190000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY\n"
        "SUMMARY:AMA forever\nEND:VEVENT\nBEGIN:VEVENT\nUID:spam\nDTSTART:20270101T000000Z\n"
        "RRULE:FREQ=SECONDLY\nSUMMARY:Spam\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    report = workspace.events.import_ics(write(tmp_path, text))
    assert report.new == 1 and "more often than hourly" in str(report.problems[0])
    [forever] = workspace.events.all()
    assert forever.rrule == "FREQ=WEEKLY"
    assert len(workspace.events.occurrences(*YEAR)) == 52


def test_a_100_mb_file_is_refused_by_its_size_before_reading(
    workspace: Workspace, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.ics"
    with huge.open("wb") as file:
        file.write(b"BEGIN:VCALENDAR\r\n")
        file.truncate(100 * 1024 * 1024)  # sparse: 100 MB without writing them
    with pytest.raises(EventError, match=r"huge\.ics is 100 MB; a calendar file is at most 20 MB"):
        workspace.events.import_ics(huge)
    assert workspace.events.all() == []


def test_an_unreadable_file(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(EventError, match=r"missing\.ics cannot be read"):
        workspace.events.import_ics(tmp_path / "missing.ics")
    if os.geteuid() != 0:
        locked = write(tmp_path, "BEGIN:VCALENDAR\nEND:VCALENDAR\n", "locked.ics")
        locked.chmod(0)
        with pytest.raises(EventError, match=r"locked\.ics cannot be read"):
            workspace.events.import_ics(locked)


def test_an_all_day_series_with_a_cancelled_day(workspace: Workspace, tmp_path: Path) -> None:
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nX-WR-TIMEZONE:Europe/Paris\nBEGIN:VEVENT\nUID:days\n"
        "DTSTART;VALUE=DATE:20270301\nDTEND;VALUE=DATE:20270302\nRRULE:FREQ=DAILY;COUNT=4\n"
        "EXDATE;VALUE=DATE:20270302\nSUMMARY:Hackathon days\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    assert workspace.events.import_ics(write(tmp_path, text)).problems == []
    found = workspace.events.occurrences(*YEAR)
    assert [o.start.date().isoformat() for o in found] == ["2027-03-01", "2027-03-03", "2027-03-04"]
    assert all(o.all_day for o in found)
