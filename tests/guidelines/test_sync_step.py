"""Detectors at sync time: the after-commit step flags new and edited items."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from tests.guidelines.corpus import BAKERS, GARDEN, KNITTERS, corpus_batch, item, sync
from workbench.core.guidelines.detectors import Detector
from workbench.core.guidelines.documents import Document, RuleDraft
from workbench.core.guidelines.state import DetectorKind, RuleAction, Severity
from workbench.core.sync.after_commit import Committed
from workbench.core.workspace import Workspace

CHEAP = RuleDraft(
    "No ads",
    severity=Severity.HIGH,
    action=RuleAction.HOLD,
    active=True,
    detectors=(Detector(DetectorKind.WORDS, words=("cheap",)),),
)


def add_rule(workspace: Workspace, community: str, draft: RuleDraft) -> int:
    (entry,) = workspace.guidelines.find_communities(community)
    guideline = workspace.guidelines.for_community(entry.community_id)
    if guideline is None:
        guideline = workspace.guidelines.create(entry.community_id, Document("Rules"))
    return workspace.guidelines.add_rule(guideline.id, draft).id


def flagged(workspace: Workspace) -> set[tuple[str, str]]:
    entries = workspace.detector_flags.queue_entries()
    described = {m.item_id: m for m in workspace.backtest.describe([e.item_id for e in entries])}
    return {(described[e.item_id].external_id, e.rule_title) for e in entries}


def test_an_active_rule_flags_new_items_of_its_community_at_sync(
    workspace: Workspace, account: int
) -> None:
    sync(workspace, account, corpus_batch())  # the communities exist now
    add_rule(workspace, "Gardeners", CHEAP)
    add_rule(workspace, "Bakers", replace(CHEAP, title="Off", active=False))
    sync(
        workspace,
        account,
        corpus_batch(),  # unchanged: nothing new to look at
        *[],
    )
    assert flagged(workspace) == set()
    new = [item("n1", "g1", "cheap pots here"), item("n2", "g2", "cheap butter")]
    sync(workspace, account, corpus_batch().__class__(items=new, cursor="2"))
    assert flagged(workspace) == {("n1", "No ads")}  # the Bakers' rule is off
    (entry,) = workspace.detector_flags.queue_entries()
    assert (entry.severity, entry.action, entry.reason) == (3, "hold", "Watched word “cheap”")


def test_an_edited_item_is_checked_again(workspace: Workspace, account: int) -> None:
    sync(workspace, account, corpus_batch())
    add_rule(workspace, "Gardeners", CHEAP)
    edited = item("p2", "g1", "My tomatoes are cheap this year")
    sync(workspace, account, corpus_batch().__class__(items=[edited], cursor="3"))
    assert flagged(workspace) == {("p2", "No ads")}


def test_the_same_text_in_three_communities_is_flagged(workspace: Workspace, account: int) -> None:
    sync(workspace, account, corpus_batch())
    same = Detector(DetectorKind.SAME_TEXT, communities=3, window_hours=24)
    add_rule(workspace, "Knitters", replace(CHEAP, title="Cross-posting", detectors=(same,)))
    text = "Visit my shop for the best deals on everything you need today!"
    posts = [item("x1", "g1", text), item("x2", "g2", text.upper())]
    sync(workspace, account, corpus_batch().__class__(items=posts, cursor="4"))
    assert flagged(workspace) == set()  # two communities so far (and no rule there)
    sync(
        workspace,
        account,
        corpus_batch().__class__(items=[item("x3", "g3", text)], cursor="5"),
    )
    assert flagged(workspace) == {("x3", "Cross-posting")}


def test_a_failing_step_is_logged_and_the_sync_keeps_its_items(
    workspace: Workspace, account: int, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[Committed] = []

    class Broken:
        name = "broken step"

        def __call__(self, committed: Committed) -> None:
            seen.append(committed)
            raise RuntimeError("boom")

    workspace.sync.after_commit.insert(0, Broken())
    add_rule_later = [item("a1", "g1", "cheap!")]
    with caplog.at_level(logging.ERROR):
        summary = sync(workspace, account, corpus_batch())
    assert summary.counts.new == 10
    assert "broken step failed" in caplog.text
    assert seen and seen[0].new_count == 10 and seen[0].changed_ids == ()
    add_rule(workspace, "Gardeners", CHEAP)
    sync(workspace, account, corpus_batch().__class__(items=add_rule_later, cursor="6"))
    assert flagged(workspace) == {("a1", "No ads")}  # the steps after it still ran
    assert {GARDEN.name, BAKERS.name, KNITTERS.name} <= {
        c.name for c in workspace.guidelines.communities()
    }
