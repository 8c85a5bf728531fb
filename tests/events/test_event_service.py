"""Events as the user edits them: one occurrence, this and the following, all; cancelling
one; clashes shown before saving. On a real workspace."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from workbench.core.events.model import (
    ChecklistItem,
    EventDraft,
    EventError,
    PollSpec,
)
from workbench.core.events.state import (
    ClashReason,
    EditScope,
    EventKind,
    EventStatus,
)
from workbench.core.workspace import Workspace

PARIS = ZoneInfo("Europe/Paris")
JAN = (datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC))


def weekly(**changes: object) -> EventDraft:
    start = datetime(2027, 1, 5, 18, tzinfo=PARIS)  # a Tuesday
    draft = EventDraft(
        title="Weekly AMA",
        kind=EventKind.QA,
        start=start,
        end=start + timedelta(hours=1),
        tz="Europe/Paris",
        rrule="FREQ=WEEKLY",
        hosts=("Alex",),
        community_ids=(1,),
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def titles(ws: Workspace) -> list[tuple[int, str]]:
    return [(o.start.astimezone(PARIS).day, o.title) for o in ws.events.occurrences(*JAN)]


def test_an_event_is_kept_with_every_field(workspace: Workspace) -> None:
    draft = weekly(
        rrule=None,
        description_md="**Bring** questions",
        online_link="https://meet.example/ama",
        capacity=50,
        checklist=[ChecklistItem("Test the mic"), ChecklistItem("Post the link", True)],
        reminders_minutes=(15, 60),
    )
    view = workspace.events.create(draft)
    again = workspace.events.get(view.id)
    assert again.start == datetime(2027, 1, 5, 18, tzinfo=PARIS)
    assert again.start.tzinfo is not None and str(again.start.tzinfo) == "Europe/Paris"
    assert again.checklist == [ChecklistItem("Test the mic"), ChecklistItem("Post the link", True)]
    assert (again.capacity, again.reminders_minutes) == (50, (15, 60))
    assert again.uid.endswith("@community-workbench") and again.sequence == 0
    assert again.to_draft() == replace(draft, checklist=draft.checklist)


def test_edit_this_occurrence_only(workspace: Workspace) -> None:
    event = workspace.events.create(weekly())
    third = workspace.events.occurrences(*JAN)[2]
    moved = weekly(
        title="AMA with a guest",
        start=third.start.astimezone(PARIS) + timedelta(hours=1),
        end=third.end.astimezone(PARIS) + timedelta(hours=1),
        rrule=None,
    )
    workspace.events.update(event.id, moved, scope=EditScope.THIS, occurrence=third.recurrence_id)
    assert titles(workspace) == [
        (5, "Weekly AMA"),
        (12, "Weekly AMA"),
        (19, "AMA with a guest"),
        (26, "Weekly AMA"),
    ]
    guest = workspace.events.occurrences(*JAN)[2]
    assert guest.start.astimezone(PARIS).hour == 19 and guest.recurrence_id == third.recurrence_id
    assert workspace.events.get(event.id).sequence == 1


def test_edit_this_and_the_following_splits_the_series(workspace: Workspace) -> None:
    event = workspace.events.create(weekly(rrule="FREQ=WEEKLY;COUNT=6"))
    third = workspace.events.occurrences(*JAN)[2]
    later = weekly(
        title="AMA (new time)",
        rrule="FREQ=WEEKLY;COUNT=6",
        start=third.start.astimezone(PARIS).replace(hour=20),
        end=third.end.astimezone(PARIS).replace(hour=21),
    )
    following = workspace.events.update(
        event.id, later, scope=EditScope.FOLLOWING, occurrence=third.recurrence_id
    )
    assert following.id != event.id
    found = workspace.events.occurrences(
        datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 3, 1, tzinfo=UTC)
    )
    assert [(o.start.astimezone(PARIS).strftime("%d %H"), o.title) for o in found] == [
        ("05 18", "Weekly AMA"),
        ("12 18", "Weekly AMA"),
        ("19 20", "AMA (new time)"),
        ("26 20", "AMA (new time)"),
        ("02 20", "AMA (new time)"),
        ("09 20", "AMA (new time)"),
    ]  # six in all, as before the split


def test_edit_all_moves_every_occurrence_and_keeps_a_cancelled_one_cancelled(
    workspace: Workspace,
) -> None:
    event = workspace.events.create(weekly())
    second = workspace.events.occurrences(*JAN)[1]
    workspace.events.cancel_occurrence(event.id, second.recurrence_id or second.start)
    assert [d for d, _ in titles(workspace)] == [5, 19, 26]
    later = weekly(
        start=datetime(2027, 1, 5, 19, tzinfo=PARIS), end=datetime(2027, 1, 5, 20, tzinfo=PARIS)
    )
    workspace.events.update(event.id, later, scope=EditScope.ALL)
    found = workspace.events.occurrences(*JAN)
    assert [o.start.astimezone(PARIS).strftime("%d %H") for o in found] == [
        "05 19",
        "19 19",
        "26 19",
    ]


def test_cancelling_a_single_event_cancels_it(workspace: Workspace) -> None:
    event = workspace.events.create(weekly(rrule=None))
    workspace.events.cancel_occurrence(event.id, event.start)
    assert [o.status for o in workspace.events.occurrences(*JAN)] == [EventStatus.CANCELLED]


def test_delete_and_unknown_ids(workspace: Workspace) -> None:
    event = workspace.events.create(weekly())
    workspace.events.delete(event.id)
    assert workspace.events.occurrences(*JAN) == []
    with pytest.raises(LookupError, match="There is no event"):
        workspace.events.get(event.id)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"title": "  "}, "needs a title"),
        ({"end": datetime(2027, 1, 5, 17, tzinfo=PARIS)}, "cannot end before it starts"),
        ({"start": datetime(2027, 1, 5, 18)}, "need a time zone"),
        ({"kind": EventKind.POLL}, "poll event needs"),
        ({"poll": PollSpec("Which day?", ("Monday",))}, "2 to 6 options"),
        ({"poll": PollSpec("Which day?", ("Mo", "Tu"), duration_days=9)}, "1 to 7 days"),
        ({"capacity": -1}, "negative"),
    ],
)
def test_drafts_that_cannot_be_saved(
    workspace: Workspace, changes: dict[str, object], words: str
) -> None:
    with pytest.raises(EventError, match=words):
        workspace.events.create(weekly(**changes))
    assert workspace.events.all() == []


def test_all_day_events_keep_their_dates_everywhere(workspace: Workspace) -> None:
    start = datetime(2027, 1, 10, tzinfo=ZoneInfo("Pacific/Auckland"))
    workspace.events.create(
        weekly(
            all_day=True,
            rrule=None,
            start=start,
            end=start + timedelta(days=2),
            tz="Pacific/Auckland",
        )
    )
    [found] = workspace.events.occurrences(*JAN)
    assert found.all_day
    assert (found.start, found.end) == (
        datetime(2027, 1, 10, tzinfo=UTC),
        datetime(2027, 1, 12, tzinfo=UTC),
    )


# -- clashes -------------------------------------------------------------------------------


def test_same_host_overlapping_is_a_clash(workspace: Workspace) -> None:
    workspace.events.create(weekly(rrule=None, title="Workshop", community_ids=(2,)))
    other = weekly(
        rrule=None,
        title="Webinar",
        hosts=("alex",),
        community_ids=(3,),
        start=datetime(2027, 1, 5, 18, 30, tzinfo=PARIS),
        end=datetime(2027, 1, 5, 19, 30, tzinfo=PARIS),
    )
    [clash] = workspace.events.clashes(other, buffer=timedelta(0))
    assert clash.reason is ClashReason.HOST and clash.shared == ("alex",)
    assert clash.overlap and clash.occurrence.title == "Workshop"


def test_same_community_closer_than_the_buffer(workspace: Workspace) -> None:
    workspace.events.create(weekly(rrule=None, title="Workshop"))
    other = weekly(
        rrule=None,
        title="Webinar",
        hosts=("Sam",),
        start=datetime(2027, 1, 5, 19, 20, tzinfo=PARIS),
        end=datetime(2027, 1, 5, 20, tzinfo=PARIS),
    )
    assert workspace.events.clashes(other, buffer=timedelta(minutes=20)) == []
    [clash] = workspace.events.clashes(other, buffer=timedelta(minutes=30))
    assert clash.reason is ClashReason.COMMUNITY and clash.shared == ("1",)
    assert not clash.overlap and clash.gap == timedelta(minutes=20)


def test_back_to_back_without_a_buffer_and_strangers_do_not_clash(workspace: Workspace) -> None:
    workspace.events.create(weekly(rrule=None))
    next_one = weekly(
        rrule=None,
        start=datetime(2027, 1, 5, 19, tzinfo=PARIS),
        end=datetime(2027, 1, 5, 20, tzinfo=PARIS),
    )
    assert workspace.events.clashes(next_one, buffer=timedelta(0)) == []
    stranger = weekly(rrule=None, hosts=("Sam",), community_ids=(9,))
    assert workspace.events.clashes(stranger, buffer=timedelta(hours=2)) == []


def test_a_series_clashes_with_an_event_months_later_and_not_with_itself(
    workspace: Workspace,
) -> None:
    ama = workspace.events.create(weekly())
    workspace.events.create(
        weekly(
            rrule=None,
            title="Spring meetup",
            hosts=("Kim",),
            start=datetime(2027, 4, 6, 18, 30, tzinfo=PARIS),
            end=datetime(2027, 4, 6, 21, tzinfo=PARIS),
        )
    )
    clashes = workspace.events.clashes(weekly(), buffer=timedelta(0), ignore_event=ama.id)
    assert [
        (c.occurrence.title, c.start.astimezone(PARIS).date().isoformat()) for c in clashes
    ] == [("Spring meetup", "2027-04-06")]


def test_a_cancelled_event_does_not_clash(workspace: Workspace) -> None:
    event = workspace.events.create(weekly(rrule=None))
    workspace.events.cancel_occurrence(event.id, event.start)
    assert workspace.events.clashes(weekly(rrule=None), buffer=timedelta(0)) == []


def test_descriptions_render_as_safe_html() -> None:
    from workbench.core.events.render import render_description

    html = render_description(
        "**Bring** questions <script>alert(1)</script>\n\n"
        "[join](https://meet.example.com/x) [bad](javascript:alert(1)) "
        "![tracker](https://evil.example.com/pixel.png) <img src=x onerror=alert(1)>"
    )
    assert "<strong>Bring</strong>" in html
    assert (
        '<a href="https://meet.example.com/x" rel="noopener noreferrer nofollow">join</a>' in html
    )
    assert "<script" not in html and "<img" not in html and "evil.example.com" not in html
    assert 'href="javascript' not in html
    assert render_description("   ") == ""
