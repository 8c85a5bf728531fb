"""Prompts pane tests: a real workspace holding a few prompts written through the library."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from connectors.api import CommunityType
from workbench.core.prompts.state import Purpose
from workbench.core.workspace import Workspace
from workbench.gui.changes import ChangeBus
from workbench.gui.prompts.model import COLUMNS
from workbench.gui.prompts.pane import PromptsPane
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


LOGO = "Do you like our new logo?"
LEARNED = "What is one thing you learned about {topic} this week?"


def make_pane(ws: Workspace, tasks: TaskRunner, changes: ChangeBus | None = None) -> PromptsPane:
    return PromptsPane(
        library=ws.prompts,
        uses=ws.prompt_uses,
        communities=ws.communities,
        tasks=tasks,
        changes=changes,
        me="cm_alex",
    )


def settle(qtbot: QtBot, pane: PromptsPane, tasks: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not tasks.busy and not pane.loading, timeout=20000)


@pytest.fixture
def pane(qtbot: QtBot, pane_ws: Workspace, tasks: TaskRunner) -> Iterator[PromptsPane]:
    widget = make_pane(pane_ws, tasks)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    settle(qtbot, widget, tasks)
    yield widget
    settle(qtbot, widget, tasks)


def shown_texts(pane: PromptsPane) -> list[str]:
    column = COLUMNS.index("text")
    return [pane.model.index(r, column).data() for r in range(pane.model.rowCount())]


def select_text(qtbot: QtBot, pane: PromptsPane, tasks: TaskRunner, text: str) -> int:
    row = shown_texts(pane).index(text)
    pane.table.setFocus()
    pane.table.selectRow(row)
    prompt_id = pane.model.ids[row]
    qtbot.waitUntil(lambda: pane.detail.prompt is not None and pane.detail.prompt.id == prompt_id)
    settle(qtbot, pane, tasks)
    return prompt_id


def key(qtbot: QtBot, pane: PromptsPane, name: str | Qt.Key) -> None:
    pane.table.setFocus()
    qtbot.keyClick(pane.table, name)
