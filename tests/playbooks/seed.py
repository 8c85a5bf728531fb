"""A workspace with a library of the user's own making, in every area."""

from __future__ import annotations

import io
from pathlib import Path

from connectors.api import CommunityType
from workbench.cli import main
from workbench.core.events.state import EventKind, StepKind
from workbench.core.guidelines.detectors import Detector
from workbench.core.guidelines.documents import Document, RuleDraft
from workbench.core.guidelines.state import DetectorKind, RuleAction, Severity
from workbench.core.inbox.query import ME, Order, View
from workbench.core.playbooks.event_templates import EventTemplate, PromotionStepTemplate
from workbench.core.prompts.library import PromptFilter
from workbench.core.prompts.state import Purpose
from workbench.core.workspace import Workspace


def seed_library(ws: Workspace) -> None:
    """Prompts, a guideline with detectors, an event template, a removal reason and
    saved views, all made by the user (and one bundled prompt edited)."""
    en = ws.prompts.add(
        lang="en",
        text="What did you ship this week, and what did you learn from it?",
        types=[CommunityType.PRACTICE],
        purposes=[Purpose.SHOW_AND_TELL],
    )
    ws.prompts.add(
        lang="fr",
        text="Qu'avez-vous livré cette semaine, et qu'en avez-vous appris ?",
        types=[CommunityType.PRACTICE],
        purposes=[Purpose.SHOW_AND_TELL],
        pair_of=en.id,
    )
    bundled = ws.prompts.search(PromptFilter(lang="en"), limit=1)[0]
    ws.prompts.edit(bundled.id, text=bundled.text + " (our words)")
    ws.guidelines.create(
        None,
        Document(
            title="House rules",
            introduction="Be excellent to each other.",
            rules=(
                RuleDraft(
                    "No spam",
                    description="Links to **shops** are removed.",
                    severity=Severity.HIGH,
                    action=RuleAction.SUGGEST_REMOVAL,
                    removal_reason="Spam",
                    detectors=(
                        Detector(DetectorKind.WORDS, words=("buy now", "cheap*")),
                        Detector(DetectorKind.DOMAINS, blocked_domains=("spam.example",)),
                    ),
                ),
                RuleDraft("Be kind", allowed="Disagreeing politely", not_allowed="Insults"),
            ),
        ),
        community_type="community-of-practice",
    )
    ws.event_templates.save(
        EventTemplate(
            key="monthly-ama",
            title="Monthly AMA",
            kind=EventKind.QA,
            description="Ask the team anything.",
            duration_minutes=45,
            agenda="1. Welcome\n2. Questions",
            checklist=("Book the room", "Invite a guest"),
            promotion=(
                PromotionStepTemplate(StepKind.ANNOUNCE, -7 * 24 * 60),
                PromotionStepTemplate(
                    StepKind.FOLLOW_UP, 24 * 60, "Thanks!", "Recording: {recording}"
                ),
            ),
        )
    )
    ws.removal_reasons.add("Off topic here", "Hi {author}, this is off topic in {subreddit}.")
    ws.views.save("My open questions", View(states=("new",), assignee=ME, kinds=("post",)))
    ws.views.save("Loud threads", View(search="urgent", order=Order.OLDEST, hide_own=True))
    # Its communities are this workspace's, its assignee a person: neither travels.
    ws.views.save("Alice's corner", View(community_ids=(7,), assignee="alice", tags=("vip",)))


def run(data_dir: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--data-dir", str(data_dir), "playbook", *argv], out=out)
    return code, out.getvalue()
