"""The prompt list model: ids from a search, rows fetched lazily by id, qtmodeltester."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.gui.prompts.conftest import idle
from workbench.core.prompts.library import PromptFilter, PromptView
from workbench.core.prompts.outcomes import ResultRow
from workbench.core.text import Words
from workbench.core.workspace import Workspace
from workbench.gui.prompts.model import COLUMNS, ID_ROLE, PLACEHOLDER, VIEW_ROLE, PromptListModel
from workbench.gui.tasks import TaskRunner


def make_model(ws: Workspace, tasks: TaskRunner) -> PromptListModel:
    def fetch(ids: Sequence[int], done: Callable[[list[PromptView]], None]) -> None:
        wanted = list(ids)
        tasks.run(lambda: ws.prompts.views(wanted), done)

    return PromptListModel(fetch)


def test_model_passes_qtmodeltester(
    qtbot: QtBot, qtmodeltester: ModelTester, prompt_ws: Workspace, tasks: TaskRunner
) -> None:
    model = make_model(prompt_ws, tasks)
    views = prompt_ws.prompts.search(PromptFilter())
    model.set_views(views)
    qtmodeltester.check(model, force_py=True)
    model.forget([views[0].id, views[2].id])
    model.set_views(views[1:])
    model.set_views([])
    model.set_views(views)
    idle(qtbot, tasks)


def test_columns_show_what_a_manager_reads(
    qtbot: QtBot, prompt_ws: Workspace, tasks: TaskRunner
) -> None:
    model = make_model(prompt_ws, tasks)
    views = prompt_ws.prompts.search(PromptFilter(lang="en"))
    logo = next(v for v in views if "logo" in v.text)
    prompt_ws.prompts.set_favourite(logo.id, True)
    model.set_views(prompt_ws.prompts.search(PromptFilter(lang="en")))
    row = model.row_of(logo.id)
    shown = {key: model.index(row, c).data() for c, key in enumerate(COLUMNS)}
    assert shown["favourite"] == "★"
    assert shown["text"] == "Do you like our new logo?"
    assert shown["lang"] == "EN"
    assert shown["types"] == "Brand"
    assert shown["purposes"] == "Feedback"
    assert shown["uses"] == "" and shown["score"] == ""
    assert model.headerData(COLUMNS.index("score"), Qt.Orientation.Horizontal) == "Score"


def test_a_forgotten_row_is_fetched_again_by_id(
    qtbot: QtBot, prompt_ws: Workspace, tasks: TaskRunner
) -> None:
    model = make_model(prompt_ws, tasks)
    views = prompt_ws.prompts.search(PromptFilter())
    model.set_views(views)
    target = views[1]
    prompt_ws.prompts.edit(target.id, text="What would make our logo feel like yours?")
    model.forget([target.id])
    index = model.index(1, COLUMNS.index("text"))
    assert model.data(index, ID_ROLE) == target.id
    assert index.data() == PLACEHOLDER  # asked for: fetched off the GUI thread
    with qtbot.waitSignal(model.dataChanged, timeout=10000):
        pass
    assert index.data() == "What would make our logo feel like yours?"
    assert isinstance(model.data(index, VIEW_ROLE), PromptView)
    idle(qtbot, tasks)


def test_the_results_model_passes_qtmodeltester(
    qtbot: QtBot, qtmodeltester: ModelTester, prompt_ws: Workspace
) -> None:
    from workbench.gui.prompts.results import ResultLine, ResultsModel

    model = ResultsModel()
    qtmodeltester.check(model, force_py=True)
    views = prompt_ws.prompts.search(PromptFilter())
    rows = [
        ResultRow(prompt_id=v.id, community_id=None, uses=n + 1, linked=n, replies=3 * n,
                  members=n, team_replies=1, member_replies=3 * n - 1 if n else 0,
                  first_reply_minutes=12.0 if n else None, score=float(n) if n else None,
                  explanation="", words=Words("Prompts", "No score yet."))
        for n, v in enumerate(views[:3])
    ]  # fmt: skip
    model.set_lines([ResultLine(v.text, "", r) for v, r in zip(views, rows, strict=False)])
    assert model.rowCount() == 3
    model.set_lines([])
