"""The Moderation pane over a real workspace synced from the fake Reddit with reports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from connectors.testing.reddit_server import FakeReddit, served
from workbench.core.workspace import Workspace
from workbench.gui.changes import ChangeBus
from workbench.gui.moderation import ModerationPane
from workbench.gui.tasks import TaskRunner


@pytest.fixture
def fake_reddit(shared_fixtures: Path) -> Iterator[FakeReddit]:
    yield from served(shared_fixtures)


@pytest.fixture
def reported_ws(data_dir: Path, fake_reddit: FakeReddit) -> Iterator[Workspace]:
    model = fake_reddit.model
    spam = model.add_post("python", "Buy cheap watches", "visit spam.example", author="spammer1")
    question = model.add_post("python", "How do I pin a version?", "pip?", author="asker")
    rude = model.add_comment(question, "you are an idiot", author="rude_one")
    dox = model.add_post("python", "Doxxing thread", "personal info", author="bad_actor")
    model.add_post("python", "Another watch deal", "spam.example again", author="spammer1")
    for thing, reason in ((spam, "Spam"), (spam, "Spam"), (rude, "Harassment")):
        model.report(thing, reason)
    model.report(dox, "Personal information", moderator="mod_alex")
    ws = Workspace.open(data_dir)
    account = ws.accounts.add("reddit", "Reddit mods", fake_reddit.settings(subreddits="python"))
    assert not ws.sync.sync(account.id, force=True).failed
    yield ws
    ws.close()


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def pane(qtbot: QtBot, reported_ws: Workspace, tasks: TaskRunner) -> Iterator[ModerationPane]:
    widget = ModerationPane(
        moderation=reported_ws.moderation, tasks=tasks, changes=ChangeBus(), actor="mod_alex"
    )
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    with qtbot.waitSignal(widget.queue_loaded, timeout=30000):
        widget.show()
    qtbot.waitExposed(widget)
    yield widget
    qtbot.waitUntil(lambda: not tasks.busy, timeout=30000)
    if shiboken6.isValid(widget):
        widget.close()
