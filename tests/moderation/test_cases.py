"""Cases group related items and members, with a status and notes."""

from __future__ import annotations

from moderation_helpers import Reported

from workbench.core.moderation.state import CaseStatus
from workbench.core.workspace import Workspace


def test_a_case_groups_items_and_members_and_moves_through_its_states(
    workspace: Workspace, reported: Reported
) -> None:
    cases = workspace.moderation.cases
    (spammer,) = workspace.moderation.notes.find("spammer1")
    case = cases.open(
        "Watch spam ring",
        by="alex",
        item_ids=[reported.item("post")],
        member_ids=[spammer.id],
        notes="Same links across three accounts",
    )
    cases.add(case, item_ids=[reported.item("post"), reported.item("quiet")])
    (found,) = cases.all()
    assert found.title == "Watch spam ring" and found.status is CaseStatus.OPEN
    assert set(found.item_ids) == {reported.item("post"), reported.item("quiet")}
    assert found.member_ids == (spammer.id,)
    cases.update(case, status=CaseStatus.CLOSED, notes="All three banned")
    assert cases.all(status=CaseStatus.OPEN) == []
    assert cases.for_item(reported.item("quiet"))[0].notes == "All three banned"
