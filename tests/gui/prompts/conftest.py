"""Prompts pane tests: a real workspace holding a few prompts written through the library."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from connectors.api import CommunityType
from workbench.core.prompts.state import Purpose
from workbench.core.workspace import Workspace
from workbench.gui.tasks import TaskRunner

PROMPTS = [
    ("en", "What is one thing you learned about {topic} this week?", [CommunityType.LEARNING],
     [Purpose.REFLECTION]),
    ("en", "Do you like our new logo?", [CommunityType.BRAND], [Purpose.FEEDBACK]),
    ("en", "Share a photo of your workspace and tell us why it works for you.",
     [CommunityType.INTEREST], [Purpose.SHOW_AND_TELL]),
    ("fr", "Qu'avez-vous appris sur {topic} cette semaine ?", [CommunityType.LEARNING],
     [Purpose.REFLECTION]),
]  # fmt: skip


PLUGINS = Path(__file__).with_name("plugins")


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


def add_prompts(workspace: Workspace) -> None:
    library = workspace.prompts
    first = None
    for lang, text, types, purposes in PROMPTS:
        pair_of = first.id if lang == "fr" and first is not None else None
        view = library.add(lang=lang, text=text, types=types, purposes=purposes, pair_of=pair_of)
        first = first or view


@pytest.fixture
def prompt_ws(workspace: Workspace) -> Workspace:
    """The workspace with four prompts of ours; the first and the French one are a pair."""
    add_prompts(workspace)
    return workspace


@pytest.fixture
def pane_ws(data_dir: Path) -> Iterator[Workspace]:
    """The four prompts, the demo communities (synced; the demo connector posts) and a
    manual-assist group (tests/gui/prompts/plugins)."""
    (data_dir / "plugins").mkdir(parents=True)
    for plugin in PLUGINS.glob("*.py"):
        shutil.copy(plugin, data_dir / "plugins" / plugin.name)
    ws = Workspace.open(data_dir)
    for connector, name, settings in (
        ("demo", "Demo communities", {"size": "60"}),
        ("prompt_manual", "Groups", {}),
    ):
        account = ws.accounts.add(connector, name, settings)
        summary = ws.sync.sync(account.id)
        assert summary.status == "ok", summary.message
    add_prompts(ws)
    yield ws
    ws.close()


def idle(qtbot: QtBot, tasks: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not tasks.busy, timeout=20000)
