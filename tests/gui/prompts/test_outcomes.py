"""Outcomes in the pane: replies synced to a used prompt's post show in Results, sortable,
with the score explained, and in the list's score column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from plugins.support import TOKEN, batch, install, item, write_script
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.prompts.conftest import make_pane, settle
from workbench.core.changes import AFTER_SYNC
from workbench.core.prompts.state import UseState
from workbench.core.workspace import Workspace
from workbench.gui.changes import ChangeBus
from workbench.gui.prompts.model import COLUMNS
from workbench.gui.prompts.results import COLUMNS as RESULT_COLUMNS
from workbench.gui.prompts.results import ResultsDialog
from workbench.gui.tasks import TaskRunner

POSTED = 1_700_000_000
SEED: dict[str, Any] = {
    "communities": [{"id": "general", "name": "General"}],
    "ignore_cursor": True,
}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted")
    return folder


def comment(external_id: str, author: str, created: int) -> dict[str, Any]:
    return item(external_id, kind="comment", parent="sent-1", thread="sent-1", author=author,
                created=created)  # fmt: skip


def test_synced_replies_show_as_results_with_the_score_explained(
    qtbot: QtBot, workspace: Workspace, tasks: TaskRunner
) -> None:
    script = write_script(
        workspace.data_dir / "script.json", batches=[batch(item("p0"), cursor="0")], **SEED
    )
    account = workspace.accounts.add(
        "scripted", "Scripted", {"script": str(script), "token": TOKEN}
    )
    workspace.sync.sync(account.id)
    general = workspace.communities.find("General")
    prompt = workspace.prompts.add(lang="en", text="What did you learn about {topic} this week?")
    other = workspace.prompts.add(lang="en", text="Which tool surprised you lately?")
    use = workspace.prompt_uses.use(prompt.id, general.id, values={"topic": "Rust"}, by="alex")
    workspace.prompt_uses.use(other.id, general.id, values={}, by="alex")
    assert use.state is UseState.SENT
    # The platform now holds the post and its replies: the next sync brings them in.
    write_script(
        script,
        batches=[
            batch(
                item("p0"),
                item("sent-1", use.text, author="alex", created=POSTED),
                comment("c1", "bea", POSTED + 600),  # the first member reply: 10 minutes
                comment("c2", "alex", POSTED + 700),  # the team answering: not success
                comment("c3", "bea", POSTED + 800),
                comment("c4", "chris", POSTED + 7200),
                cursor="0",
            )
        ],
        **SEED,
    )
    bus = ChangeBus()
    pane = make_pane(workspace, tasks, bus)
    qtbot.addWidget(pane)
    pane.resize(1280, 720)
    pane.show()
    settle(qtbot, pane, tasks)
    score = COLUMNS.index("score")
    assert pane.model.index(pane.model.row_of(prompt.id), score).data() == ""  # no replies yet
    workspace.sync.sync(account.id, force=True)
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        bus.announce(AFTER_SYNC)  # what the window says after a sync
    assert pane.model.index(pane.model.row_of(prompt.id), score).data() == "11.0"
    settle(qtbot, pane, tasks)

    pane.operations.results()
    dialog = pane.operations.dialog
    assert isinstance(dialog, ResultsDialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20000)
    # Best score first; the post that came back has its counts.
    assert dialog.shown_column("prompt")[0] == prompt.text
    cells = {key: dialog.shown_column(key)[0] for key in ("uses", "members", "replies",
             "member_replies", "team_replies", "first_reply", "score")}  # fmt: skip
    assert cells == {"uses": "1", "members": "2", "replies": "4", "member_replies": "3",
                     "team_replies": "1", "first_reply": "10 min", "score": "11.0"}  # fmt: skip
    tooltip = dialog.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "11 on average over 1 posts" in tooltip
    assert "11 on average over 1 posts" in dialog.explanation.text()
    # Sorting by replies, fewest first, puts the unanswered prompt on top.
    dialog.table.sortByColumn(COLUMNS_INDEX["replies"], Qt.SortOrder.AscendingOrder)
    assert dialog.shown_column("prompt")[0] == other.text
    assert dialog.shown_column("score")[0] == ""
    dialog.reject()
    settle(qtbot, pane, tasks)


COLUMNS_INDEX = {key: n for n, key in enumerate(RESULT_COLUMNS)}
