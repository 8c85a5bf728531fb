"""Reddit rules read into a guideline and written back, against the fake Reddit."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from connectors.api import PermissionDenied, RulesRefused
from connectors.testing.reddit_rules_routes import rules_state
from connectors.testing.reddit_server import FakeReddit, served
from workbench.core.workspace import Workspace


@pytest.fixture
def fake_reddit(shared_fixtures: Path) -> Iterator[FakeReddit]:
    yield from served(shared_fixtures)


@pytest.fixture
def reddit(workspace: Workspace, fake_reddit: FakeReddit) -> tuple[Workspace, FakeReddit]:
    fake_reddit.model.add_subreddit("gardening")
    rules = rules_state(fake_reddit)
    rules.add("gardening", "Be kind", "No insults.", violation_reason="Unkind")
    rules.add("gardening", "No spam", "No ads or referral links.", kind="link")
    rules.add("notmine", "Read the FAQ", "It answers most questions.")
    settings = fake_reddit.settings(subreddits="gardening,notmine")
    account = workspace.accounts.add("reddit", "Reddit mods", settings).id
    workspace.sync.sync(account, force=True)  # the communities are stored now
    return workspace, fake_reddit


def rule_writes(fake: FakeReddit) -> list[object]:
    return [c for c in fake.calls(method="POST") if "subreddit_rule" in c.path]


def community(workspace: Workspace, name: str) -> int:
    (found,) = workspace.guidelines.find_communities(name)
    return found.community_id


def test_a_subreddit_s_rules_become_its_guideline(reddit: tuple[Workspace, FakeReddit]) -> None:
    workspace, fake = reddit
    garden = community(workspace, "r/gardening")
    assert workspace.platform_rules.supports(garden)
    guideline = workspace.platform_rules.read(garden)
    assert [
        (r.number, r.title, r.draft.description, r.draft.removal_reason) for r in guideline.rules
    ] == [
        (1, "Be kind", "No insults.", "Unkind"),
        (2, "No spam", "No ads or referral links.", "No spam"),
    ]
    assert fake.calls("/r/gardening/about/rules", method="GET")
    # Read again after an edit on Reddit: the same rule is updated, a new one added.
    rules_state(fake).of("gardening")[0]["description"] = "No insults, ever."
    rules_state(fake).add("gardening", "Show your garden", "Photos welcome.")
    again = workspace.platform_rules.read(garden)
    assert [r.title for r in again.rules] == ["Be kind", "No spam", "Show your garden"]
    assert again.rules[0].draft.description == "No insults, ever."


def test_the_guideline_is_written_back_with_the_fewest_calls(
    reddit: tuple[Workspace, FakeReddit],
) -> None:
    workspace, fake = reddit
    garden = community(workspace, "r/gardening")
    guideline = workspace.platform_rules.read(garden)
    kind, spam = guideline.rules
    service = workspace.guidelines
    service.update_rule(kind.id, replace(kind.draft, title="Be kind and patient"))  # renamed
    service.add_rule(
        guideline.id, replace(spam.draft, title="Flair your post", description="Pick one.")
    )
    service.move_rule(spam.id, 1)
    fake.clear_requests()
    written = workspace.platform_rules.write(garden)
    assert (written.added, written.updated, written.removed, written.reordered) == (1, 1, 0, True)
    stored = rules_state(fake).of("gardening")
    assert [(r["short_name"], r["kind"]) for r in stored] == [
        ("No spam", "link"),  # its kind (posts only) is Reddit's and stays
        ("Be kind and patient", "all"),
        ("Flair your post", "all"),
    ]
    update = fake.calls("/api/update_subreddit_rule", method="POST")[0]
    assert update.form["old_short_name"] == "Be kind" and update.form["r"] == "gardening"
    assert fake.calls("/api/reorder_subreddit_rules", method="POST")[0].form["new_rule_order"] == (
        "No spam,Be kind and patient,Flair your post"
    )
    fake.clear_requests()
    again = workspace.platform_rules.write(garden)  # nothing left to change: no write at all
    assert again == type(again)() and not rule_writes(fake)


def test_removed_rules_are_removed_and_limits_refuse_before_any_write(
    reddit: tuple[Workspace, FakeReddit],
) -> None:
    workspace, fake = reddit
    garden = community(workspace, "r/gardening")
    guideline = workspace.platform_rules.read(garden)
    workspace.guidelines.remove_rule(guideline.rules[1].id)
    assert workspace.platform_rules.write(garden).removed == 1
    assert [r["short_name"] for r in rules_state(fake).of("gardening")] == ["Be kind"]
    first = workspace.guidelines.get(guideline.id).rules[0]
    workspace.guidelines.update_rule(first.id, replace(first.draft, description="x" * 501))
    fake.clear_requests()
    with pytest.raises(RulesRefused, match="descriptions of 500 characters"):
        workspace.platform_rules.write(garden)
    assert not rule_writes(fake)


def test_writing_needs_an_account_that_moderates(reddit: tuple[Workspace, FakeReddit]) -> None:
    workspace, fake = reddit
    other = community(workspace, "r/notmine")
    guideline = workspace.platform_rules.read(other)  # reading is for everyone
    assert [r.title for r in guideline.rules] == ["Read the FAQ"]
    fake.clear_requests()
    with pytest.raises(PermissionDenied, match="does not moderate r/notmine"):
        workspace.platform_rules.write(other)
    assert not rule_writes(fake)
