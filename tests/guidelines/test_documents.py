"""Guideline documents: numbered rules, publishing versions, comparing, exporting."""

from __future__ import annotations

import pytest

from tests.guidelines.corpus import community_id
from workbench.core.guidelines.detectors import Detector
from workbench.core.guidelines.documents import Document, GuidelineError, RuleDraft
from workbench.core.guidelines.export import to_html, to_markdown
from workbench.core.guidelines.state import DetectorKind, RuleAction, Severity
from workbench.core.workspace import Workspace

KIND = RuleDraft(
    "Be kind",
    description="No insults. *Ever*.",
    allowed="Disagreeing politely",
    not_allowed="Name-calling\nThreats",
    severity=Severity.HIGH,
    action=RuleAction.SUGGEST_REMOVAL,
    removal_reason="Removed: rule 1, be kind.",
)
NO_ADS = RuleDraft(
    "No ads",
    detectors=(Detector(DetectorKind.WORDS, words=("buy now", "cheap*")),),
)


def test_rules_are_numbered_in_order_and_can_be_moved(corpus: Workspace) -> None:
    service = corpus.guidelines
    guideline = service.create(community_id(corpus, "Gardeners"), Document("Garden rules"))
    first = service.add_rule(guideline.id, KIND)
    second = service.add_rule(guideline.id, NO_ADS)
    assert [(r.number, r.title) for r in service.get(guideline.id).rules] == [
        (1, "Be kind"),
        (2, "No ads"),
    ]
    service.move_rule(second.id, 1)
    assert [r.id for r in service.get(guideline.id).rules] == [second.id, first.id]
    stored = service.rule(second.id).draft
    assert stored.detectors == NO_ADS.detectors  # detectors survive the store
    entry = next(c for c in service.communities() if c.name == "Gardeners")
    assert (entry.guideline_id, entry.rules) == (guideline.id, 2)


def test_publishing_keeps_versions_and_any_two_compare_side_by_side(corpus: Workspace) -> None:
    service = corpus.guidelines
    guideline = service.create(community_id(corpus, "Gardeners"), Document("Garden rules"))
    service.add_rule(guideline.id, KIND)
    with pytest.raises(GuidelineError, match="Say why"):
        service.publish(guideline.id, by="mod", why="  ")
    v1 = service.publish(guideline.id, by="alice", why="First rules")
    service.add_rule(guideline.id, NO_ADS)
    v2 = service.publish(guideline.id, by="bob", why="Ads got out of hand")
    versions = service.versions(guideline.id)
    assert [(v.number, v.published_by, v.why) for v in versions] == [
        (2, "bob", "Ads got out of hand"),
        (1, "alice", "First rules"),
    ]
    assert [r.title for r in v1.document.rules] == ["Be kind"]
    lines = service.compare(v1.id, v2.id)
    added = [line.right for line in lines if line.change == "added"]
    assert "## 2. No ads" in added
    assert all(line.left == line.right for line in lines if line.change == "same")


def test_export_as_markdown_and_safe_html() -> None:
    evil = RuleDraft("Stay on topic", description="<script>alert(1)</script> **gardening**")
    document = Document("Garden rules", "Welcome!", (KIND, evil))
    markdown = to_markdown(document)
    assert markdown.startswith("# Garden rules\n\nWelcome!")
    assert "## 1. Be kind" in markdown and "## 2. Stay on topic" in markdown
    assert "**Not allowed:**\n\n- Name-calling\n- Threats" in markdown
    page = to_html(document)
    assert "<strong>gardening</strong>" in page and "<h2>1. Be kind</h2>" in page
    assert "<script>" not in page
    french = to_markdown(Document("Règles", rules=(KIND,), language="fr"))
    assert "**Interdit:**" in french


def test_a_community_has_one_guideline_and_a_rule_needs_a_title(corpus: Workspace) -> None:
    service = corpus.guidelines
    garden = community_id(corpus, "Gardeners")
    guideline = service.create(garden, Document("Garden rules"))
    with pytest.raises(GuidelineError, match="has a guideline already"):
        service.create(garden, Document("Again"))
    with pytest.raises(GuidelineError, match="needs a title"):
        service.add_rule(guideline.id, RuleDraft("  "))
