"""EXPLAIN QUERY PLAN: every built-in view reads an index in order, never the whole table."""

from __future__ import annotations

import pytest

from workbench.core.inbox.query import Order, View, to_filter
from workbench.core.inbox.views import builtin_views
from workbench.core.workspace import Workspace
from workbench.db.interfaces import ItemFilter
from workbench.db.sqlite.views import AUTHOR_MATCH, author_patterns, compile_filter

EXPECTED = {
    "all-new": "ix_items_state_created",
    "needs-reply": "ix_items_state_created",
    "assigned-to-me": "ix_items_assignee_created",
    "reports": "ix_items_kind_created",
    "unanswered": "ix_items_questions",
    "snoozed": "ix_items_snoozed",  # partial: holds only the snoozed, by waking time
    "done": "ix_items_state_created",
    "everything": "ix_items_created",
}


def plan(workspace: Workspace, view: View, *, count: bool = False) -> list[str]:
    compiled = compile_filter(to_filter(view, me="cm_alex", now=2_000_000_000))
    sql, params = compiled.count() if count else compiled.select(limit=200)
    with workspace.store.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    return [str(r[3]) for r in rows]


@pytest.mark.parametrize("named", builtin_views(), ids=lambda v: v.key)
def test_builtin_views_use_their_index(workspace: Workspace, named: object) -> None:
    view = named.view  # type: ignore[attr-defined]
    key = named.key  # type: ignore[attr-defined]
    steps = plan(workspace, view)
    first = steps[0]
    assert EXPECTED[key] in first, steps
    partial = key == "snoozed"  # reading all of that index is reading only the view
    assert first.startswith("SEARCH") or "COVERING INDEX" in first or partial, steps
    if key not in ("reports", "assigned-to-me", "unanswered"):
        # One state, newest first: the index gives the order, no sorting of all matches.
        assert not any("TEMP B-TREE" in s for s in steps), steps
    counted = plan(workspace, view, count=True)
    # Counting needs no order: the state index covers it.
    assert {**EXPECTED, "snoozed": "ix_items_state_created"}[key] in counted[0], counted


def test_team_replies_are_found_through_their_partial_index(workspace: Workspace) -> None:
    steps = plan(workspace, View(unanswered_hours=24))
    assert any("ix_items_own_thread" in s for s in steps), steps


def test_filters_use_indexes(workspace: Workspace) -> None:
    assert "ix_items_community_created" in plan(workspace, View(community_ids=(1,)))[0]
    assert "ix_items_author" not in " ".join(plan(workspace, View(kinds=("report",))))
    tag = plan(workspace, View(tags=("vip",)))
    assert any("ix_item_tags_tag" in s for s in tag), tag
    search = plan(workspace, View(search="reset"))
    assert any("items_fts" in s for s in search), search


def test_kind_filters_use_the_partial_kind_index_unless_comments_are_asked_for(
    workspace: Workspace,
) -> None:
    # The kind index leaves comments out (migration 0004): other kinds read it (with the
    # state from the index itself, not the state index: migration 0013), comments
    # (most items) read the state index and filter.
    rare = plan(workspace, View(kinds=("message",), states=("new",)))
    assert "ix_items_kind_created" in rare[0], rare
    comments = plan(workspace, View(kinds=("comment",), states=("new",)))
    assert "ix_items_kind_created" not in " ".join(comments), comments
    assert "ix_items_state_created" in comments[0], comments


def test_the_snooze_wake_up_reads_only_snoozed_items(workspace: Workspace) -> None:
    """Each minute the inbox wakes items whose snooze is over: through the small index of
    snoozed items (migration 0007), not every snoozed row of the state index."""
    with workspace.store.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN UPDATE items INDEXED BY ix_items_snoozed SET state = 'new', "
            "snoozed_until = NULL WHERE state = 'snoozed' AND snoozed_until <= ?",
            (2_000_000_000,),
        ).all()
    steps = [str(r[3]) for r in rows]
    assert "ix_items_snoozed" in steps[0] and steps[0].startswith("SEARCH"), steps
    assert workspace.triage.wake_snoozed(2_000_000_000) == 0  # the statement itself runs


def full_sort(steps: list[str]) -> bool:
    """Sorting every match (a tie-break on id among equal times is fine)."""
    return any("TEMP B-TREE FOR ORDER BY" in s for s in steps)


def test_one_kind_is_read_newest_first_without_sorting_all_of_it(workspace: Workspace) -> None:
    # "Mentions on one platform": no state asked for (migration 0013's index gives the order).
    steps = plan(workspace, View(kinds=("mention",), platforms=("reddit",)))
    assert "ix_items_kind_created" in steps[0] and not full_sort(steps), steps


def test_priority_order_walks_the_priority_index(workspace: Workspace) -> None:
    # Open items by priority: the first page without sorting every open item.
    view = View(states=("new", "needs_reply", "waiting"), order=Order.PRIORITY)
    steps = plan(workspace, view)
    assert "ix_items_priority_created" in steps[0] and not full_sort(steps), steps


def matches_plan(workspace: Workspace, view: View) -> list[str]:
    compiled = compile_filter(to_filter(view, me="cm_alex", now=2_000_000_000)).by_matches()
    sql, params = compiled.select(limit=200)
    with workspace.store.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    return [str(r[3]) for r in rows]


@pytest.mark.parametrize(
    "view",
    [
        View(search="reset"),
        View(search="reset", states=("new",), hide_own=True),
        View(search="reset", community_ids=(1,), kinds=("post",), order=Order.OLDEST),
        View(search="reset -password author:sam", platforms=("reddit",)),
    ],
)
def test_a_search_looks_its_matches_up_in_the_covering_index(
    workspace: Workspace, view: View
) -> None:
    # Not in the table: each table row holds the whole text, so each match was a page read.
    steps = matches_plan(workspace, view)
    assert "COVERING INDEX ix_items_matches (id=?)" in steps[0], steps


@pytest.mark.parametrize(
    "view",
    [
        View(search="reset", order=Order.PRIORITY),  # priority is not in it: the usual way
        View(search="reset", assignee="me"),  # the assignee index is the narrower one
        View(search="reset", unanswered_hours=24),
        View(states=("new",)),  # no search: the views' own indexes
    ],
)
def test_other_queries_keep_their_plans(workspace: Workspace, view: View) -> None:
    assert not any("ix_items_matches" in s for s in matches_plan(workspace, view))


def test_an_author_is_looked_up_by_name_then_read_in_order(workspace: Workspace) -> None:
    with workspace.store.engine.connect() as connection:
        found = connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN SELECT id FROM members WHERE {AUTHOR_MATCH}",
            author_patterns("sam"),
        ).all()
    steps = " ".join(str(r[3]) for r in found)
    assert "ix_members_name" in steps and "ix_members_display_name" in steps, steps
    one = compile_filter(ItemFilter(author_ids=((7,),)))
    sql, params = one.select(limit=200)
    with workspace.store.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    plan_steps = [str(r[3]) for r in rows]
    assert "ix_items_author" in plan_steps[0], plan_steps
    assert not any("TEMP B-TREE" in s for s in plan_steps), plan_steps
