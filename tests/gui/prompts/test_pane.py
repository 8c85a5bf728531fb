"""The Prompts pane driven like a user: the keys, the filters, favourite, archive, duplicate,
the detail with its pair, and what it announces."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from connectors.api import CommunityType
from tests.gui.prompts.conftest import (
    LEARNED,
    LOGO,
    key,
    make_pane,
    select_text,
    settle,
    shown_texts,
)
from workbench.core.changes import Changes
from workbench.core.prompts.library import PromptFilter
from workbench.core.prompts.state import Purpose
from workbench.core.workspace import Workspace
from workbench.gui.changes import ChangeBus
from workbench.gui.prompts.model import COLUMNS
from workbench.gui.prompts.pane import SEARCH_LIMIT, PromptsPane
from workbench.gui.tasks import TaskRunner


def test_the_list_shows_the_library_and_the_filters_narrow_it(
    qtbot: QtBot, pane: PromptsPane, pane_ws: Workspace, tasks: TaskRunner
) -> None:
    everything = pane_ws.prompts.search(PromptFilter(), limit=SEARCH_LIMIT)
    assert pane.model.ids == [v.id for v in everything]
    assert LOGO in shown_texts(pane)
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is pane.filters.search
    # Letters typed in the box are text, not the pane's keys (N, E, D, F, U, S).
    qtbot.keyClicks(pane.filters.search, "used new logo")
    assert pane.filters.search.text() == "used new logo"
    assert pane.operations.dialog is None
    pane.filters.search.setText("new logo")
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
    box = pane.filters.purpose_box
    box.setCurrentIndex(box.findData(Purpose.REFLECTION))
    settle(qtbot, pane, tasks)
    assert "Qu'avez-vous appris sur {topic} cette semaine ?" in shown_texts(pane)
    assert all(
        Purpose.REFLECTION in pane.model.view(r).purposes for r in range(pane.model.rowCount())
    )  # type: ignore[union-attr]
    assert pane.status.text().endswith("prompts")


def test_the_detail_shows_the_text_its_pair_and_tags(
    qtbot: QtBot, pane: PromptsPane, pane_ws: Workspace, tasks: TaskRunner
) -> None:
    prompt_id = select_text(qtbot, pane, tasks, LEARNED)
    detail = pane.detail
    assert detail.text.text() == LEARNED
    assert detail.text.textFormat() == Qt.TextFormat.PlainText
    assert detail.pair.text() == "FR: Qu'avez-vous appris sur {topic} cette semaine ?"
    assert "Learning" in detail.tags.text() and "Reflection" in detail.tags.text()
    assert "{topic}" in detail.tags.text()
    assert detail.results_none.isVisible()  # not used yet
    [twin] = [v for v in pane_ws.prompts.pair(prompt_id) if v.id != prompt_id]
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
    pane.filters.favourites.setChecked(True)
    settle(qtbot, pane, tasks)
    assert prompt_id in pane.model.ids
    assert all(pane.model.view(r).favourite for r in range(pane.model.rowCount()))  # type: ignore[union-attr]
    pane.filters.favourites.setChecked(False)
    settle(qtbot, pane, tasks)
    pane.table.selectRow(pane.model.row_of(prompt_id))
    qtbot.waitUntil(lambda: pane.current_id() == prompt_id)

    key(qtbot, pane, "D")
    qtbot.waitUntil(lambda: shown_texts(pane).count(LOGO) == 2, timeout=10000)
    settle(qtbot, pane, tasks)
    copy_id = pane.current_id()
    assert copy_id != prompt_id and pane_ws.prompts.get(copy_id).text == LOGO  # type: ignore[arg-type]
    assert "press E" in pane.status.text()

    key(qtbot, pane, Qt.Key.Key_Delete)
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


def test_question_mark_lists_the_keys(qtbot: QtBot, pane: PromptsPane) -> None:
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    box = pane.operations.dialog
    assert box is not None
    text = box.text()  # type: ignore[attr-defined]
    for line in ("/: Type to search", "N: Write a new prompt", "Del: Archive", "U: Post",
                 "S: Prompts that fit", "Enter: use the selected prompt"):  # fmt: skip
        assert line in text
    box.reject()


def test_importing_a_prompt_file_adds_its_prompts_and_names_refused_lines(
    qtbot: QtBot, pane: PromptsPane, pane_ws: Workspace, tasks: TaskRunner, tmp_path: Path
) -> None:
    good = {"id": "team-1", "types": ["support"], "purposes": ["onboarding"],
            "en": "What made you join us this month?"}  # fmt: skip
    path = tmp_path / "team.jsonl"
    path.write_text(json.dumps(good) + "\nthis is not json\n", encoding="utf-8")
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        pane.operations.import_file(path)
    assert "What made you join us this month?" in shown_texts(pane)
    status = pane.status.text()
    assert status.startswith("team.jsonl: 1 added, 0 already there. Refused (1): ")
    assert "team.jsonl:2" in status
    settle(qtbot, pane, tasks)
    missing = tmp_path / "gone.jsonl"
    pane.operations.import_file(missing)
    qtbot.waitUntil(lambda: pane.status.text().startswith("Nothing imported: "), timeout=10000)
    assert "gone.jsonl" in pane.status.text()
