"""The Prompts pane driven like a user: the keys, the filters, favourite, archive, duplicate,
the detail with its pair, and what it announces."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from connectors.api import CommunityType
from workbench.core.changes import Changes
from workbench.core.prompts.library import PromptFilter
from workbench.core.workspace import Workspace
from workbench.gui.changes import ChangeBus
from workbench.gui.prompts.model import COLUMNS
from workbench.gui.prompts.pane import PromptsPane
from workbench.gui.tasks import TaskRunner

LOGO = "Do you like our new logo?"
LEARNED = "What is one thing you learned about {topic} this week?"


def make_pane(ws: Workspace, tasks: TaskRunner, changes: ChangeBus | None = None) -> PromptsPane:
    return PromptsPane(
        library=ws.prompts,
        uses=ws.prompt_uses,
        communities=ws.communities,
        tasks=tasks,
        changes=changes,
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


def key(qtbot: QtBot, pane: PromptsPane, name: str) -> None:
    pane.table.setFocus()
    qtbot.keyClick(pane.table, name)


def test_the_list_shows_the_library_and_the_filters_narrow_it(
    qtbot: QtBot, pane: PromptsPane, pane_ws: Workspace, tasks: TaskRunner
) -> None:
    everything = pane_ws.prompts.search(PromptFilter(), limit=5000)
    assert pane.model.ids == [v.id for v in everything]
    assert LOGO in shown_texts(pane)
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is pane.filters.search
    qtbot.keyClicks(pane.filters.search, "logo")
    qtbot.waitUntil(lambda: shown_texts(pane)[:1] == [LOGO], timeout=10000)
    settle(qtbot, pane, tasks)
    pane.filters.search.clear()
    box = pane.filters.type_box
    box.setCurrentIndex(box.findData(CommunityType.LEARNING))
    settle(qtbot, pane, tasks)
    assert LEARNED in shown_texts(pane) and LOGO not in shown_texts(pane)
    pane.filters.lang_box.setCurrentIndex(pane.filters.lang_box.findData("fr"))
    settle(qtbot, pane, tasks)
    assert "Qu'avez-vous appris sur {topic} cette semaine ?" in shown_texts(pane)
    assert all(pane.model.view(r).lang == "fr" for r in range(pane.model.rowCount()))  # type: ignore[union-attr]
    assert pane.status.text().endswith("prompts")


def test_the_detail_shows_the_text_its_pair_and_tags(
    qtbot: QtBot, pane: PromptsPane, tasks: TaskRunner
) -> None:
    select_text(qtbot, pane, tasks, LEARNED)
    detail = pane.detail
    assert detail.text.text() == LEARNED
    assert detail.text.textFormat() == Qt.TextFormat.PlainText
    assert detail.pair.text() == "FR: Qu'avez-vous appris sur {topic} cette semaine ?"
    assert "Learning" in detail.tags.text() and "Reflection" in detail.tags.text()
    assert "{topic}" in detail.tags.text()
    assert detail.results_none.isVisible()  # not used yet
    twin = next(v for v in pane.model._rows.values() if v.lang == "fr")
    with qtbot.waitSignal(pane.detail_shown, timeout=10000):
        qtbot.mouseClick(detail.open_pair, Qt.MouseButton.LeftButton)
    assert pane.current_id() == twin.id


def test_favourite_archive_and_duplicate_by_key_announce_the_change(
    qtbot: QtBot, pane_ws: Workspace, tasks: TaskRunner
) -> None:
    bus = ChangeBus()
    pane = make_pane(pane_ws, tasks, bus)
    qtbot.addWidget(pane)
    pane.show()
    settle(qtbot, pane, tasks)
    heard: list[Changes] = []
    bus.changed.connect(lambda changes, _source: heard.append(changes))
    prompt_id = select_text(qtbot, pane, tasks, LOGO)

    key(qtbot, pane, "F")
    qtbot.waitUntil(lambda: pane_ws.prompts.get(prompt_id).favourite)
    settle(qtbot, pane, tasks)
    row = pane.model.row_of(prompt_id)
    assert pane.model.index(row, COLUMNS.index("favourite")).data() == "★"
    assert pane.current_id() == prompt_id  # the selection stays on it
    assert heard and heard[-1].prompts

    key(qtbot, pane, "D")
    qtbot.waitUntil(lambda: shown_texts(pane).count(LOGO) == 2, timeout=10000)
    settle(qtbot, pane, tasks)
    copy_id = pane.current_id()
    assert copy_id != prompt_id and pane_ws.prompts.get(copy_id).text == LOGO  # type: ignore[arg-type]
    assert "press E" in pane.status.text()

    key(qtbot, pane, "Delete")
    qtbot.waitUntil(lambda: pane_ws.prompts.get(copy_id).archived)  # type: ignore[arg-type]
    settle(qtbot, pane, tasks)
    assert copy_id not in pane.model.ids  # archived prompts are hidden
    pane.filters.archived.setChecked(True)
    settle(qtbot, pane, tasks)
    row = pane.model.row_of(copy_id)  # type: ignore[arg-type]
    assert pane.model.index(row, COLUMNS.index("text")).data() == f"{LOGO} (archived)"
    settle(qtbot, pane, tasks)


def test_another_panes_change_refreshes_the_list(
    qtbot: QtBot, pane_ws: Workspace, tasks: TaskRunner
) -> None:
    bus = ChangeBus()
    pane = make_pane(pane_ws, tasks, bus)
    qtbot.addWidget(pane)
    settle(qtbot, pane, tasks)
    pane_ws.prompts.add(lang="en", text="What surprised you most this month?")
    with qtbot.waitSignal(pane.loaded, timeout=10000):
        bus.announce(Changes(prompts=True))
    assert "What surprised you most this month?" in shown_texts(pane)
