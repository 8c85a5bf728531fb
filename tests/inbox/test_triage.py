"""Triage on lists of items, undo, and snooze expiry, on a real store."""

from __future__ import annotations

import time

from workbench.core.inbox.query import View
from workbench.core.inbox.service import InboxService
from workbench.core.inbox.triage import Triage


def _rows(
    service: InboxService, ids: list[int]
) -> dict[int, tuple[str, int, str, tuple[str, ...]]]:
    return {r.id: (r.state, r.priority, r.assignee, r.tags) for r in service.rows(ids)}


def test_bulk_actions_and_undo_restore_mixed_states(service: InboxService, triage: Triage) -> None:
    ids = list(service.ids(View()).ids[:6])
    triage.set_state(ids[:2], "waiting")
    triage.set_priority(ids[1:3], 2)
    before = _rows(service, ids)
    record = triage.set_state(ids, "done")
    assert record.label == "Mark done (6 items)"
    assert {r[0] for r in _rows(service, ids).values()} == {"done"}
    triage.undo(record)
    assert _rows(service, ids) == before


def test_assign_tag_note_and_their_undo(service: InboxService, triage: Triage) -> None:
    ids = list(service.ids(View()).ids[:3])
    assign = triage.assign(ids, " sam ")
    assert {r.assignee for r in service.rows(ids)} == {"sam"}
    triage.add_tag(ids[:1], "vip")
    tag = triage.add_tag(ids, "vip")  # the first already had it: undo must keep that one
    assert tag.tags_added == tuple((i, "vip") for i in ids[1:])
    triage.undo(tag)
    assert [r.tags for r in service.rows(ids)] == [("vip",), (), ()]
    removed = triage.remove_tag(ids, "vip")
    triage.undo(removed)
    assert service.rows(ids)[0].tags == ("vip",)
    note = triage.add_note(ids[:2], "follow up", author="sam")
    assert [len(service.detail(i).notes) for i in ids[:2]] == [1, 1]  # type: ignore[union-attr]
    triage.undo(note)
    assert service.detail(ids[0]).notes == ()  # type: ignore[union-attr]
    triage.undo(assign)
    assert {r.assignee for r in service.rows(ids)} == {""}
    assert triage.assign(ids, "").label.startswith("Unassign")


def test_snooze_returns_to_new_when_due(service: InboxService, triage: Triage) -> None:
    ids = list(service.ids(View()).ids[:4])
    now = int(time.time())
    triage.snooze(ids[:2], now - 10)  # already due
    triage.snooze(ids[2:], now + 3600)
    assert set(service.ids(View(states=("snoozed",))).ids) == set(ids)
    assert triage.wake_snoozed(now) == 2
    states = {r.id: r.state for r in service.rows(ids)}
    assert [states[i] for i in ids] == ["new", "new", "snoozed", "snoozed"]
    assert all(r.snoozed_until is None for r in service.rows(ids[:2]))
    assert triage.wake_snoozed(now + 7200) == 2


def test_large_selection_in_chunks(service: InboxService, triage: Triage) -> None:
    ids = list(service.ids(View()).ids)
    assert len(ids) > 300
    record = triage.set_state(ids, "done")
    assert service.count(View(states=("done",))) == len(ids)
    triage.undo(record)
    assert service.count(View(states=("new",))) == len(ids)
