"""The Guidelines pane reads a subreddit's rules and writes them back (fake Reddit)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from connectors.testing.reddit_rules_routes import rules_state
from connectors.testing.reddit_server import FakeReddit, served
from workbench.core.workspace import Workspace
from workbench.gui.changes import ChangeBus
from workbench.gui.guidelines import GuidelinesPane
from workbench.gui.tasks import TaskRunner


@pytest.fixture
def fake_reddit(shared_fixtures: Path) -> Iterator[FakeReddit]:
    yield from served(shared_fixtures)


def test_read_then_write_a_subreddit_s_rules(
    qtbot: QtBot, workspace: Workspace, fake_reddit: FakeReddit
) -> None:
    fake_reddit.model.add_subreddit("gardening")
    rules_state(fake_reddit).add("gardening", "Be kind", "No insults.")
    account = workspace.accounts.add(
        "reddit", "Reddit mods", fake_reddit.settings(subreddits="gardening")
    ).id
    workspace.sync.sync(account, force=True)
    window = QWidget()
    tasks = TaskRunner(window)
    pane = GuidelinesPane(
        guidelines=workspace.guidelines,
        backtest=workspace.backtest,
        platform_rules=workspace.platform_rules,
        tasks=tasks,
        changes=ChangeBus(window),
        parent=window,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: pane.communities.count() == 1 and not pane.loading)
    assert pane.start_read_button.isVisible()
    pane.start_read_button.click()
    qtbot.waitUntil(lambda: pane.rules.count() == 1)
    assert pane.rules.item(0).text().startswith("1. Be kind")
    assert pane.write_button.isVisible()
    editor = pane.edit_rule(pane.chosen_rule())
    editor.title.setText("Be kind, always")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: pane.rules.item(0).text().startswith("1. Be kind, always"))
    pane.write_button.click()
    qtbot.waitUntil(lambda: pane.status.text().startswith("Written to reddit"))
    assert pane.status.text() == "Written to reddit: 0 added, 1 updated, 0 removed."
    assert [r["short_name"] for r in rules_state(fake_reddit).of("gardening")] == [
        "Be kind, always"
    ]
    tasks.wait()
