"""The inbox table model: an id list with lazily fetched rows, checked by qtmodeltester."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from workbench.core.inbox.query import View
from workbench.core.inbox.service import InboxRow, InboxService
from workbench.gui.inbox.model import COLUMNS, ID_ROLE, ROW_ROLE, InboxModel
from workbench.gui.tasks import TaskRunner


def make_model(service: InboxService, tasks: TaskRunner) -> InboxModel:
    def fetch(ids: Sequence[int], done: Callable[[list[InboxRow]], None]) -> None:
        wanted = list(ids)
        tasks.run(lambda: service.rows(wanted), done)

    return InboxModel(fetch)


def test_model_passes_qtmodeltester(
    qtbot: QtBot, qtmodeltester: ModelTester, service: InboxService, tasks: TaskRunner
) -> None:
    model = make_model(service, tasks)
    ids = service.ids(View()).ids
    model.set_ids(array("q", ids[:150]))
    # The tester stays connected: every change below is checked as it happens.
    qtmodeltester.check(model, force_py=True)
    model.extend_ids(ids[150:])
    assert model.rowCount() == len(ids)
    model.replace_ids(array("q", reversed(ids)))
    model.remove_ids(list(ids[10:20]))
    assert model.rowCount() == len(ids) - 10
    model.set_ids(array("q"))
    model.set_ids(array("q", ids))
    qtbot.waitUntil(lambda: not tasks.busy)


def test_rows_arrive_lazily_a_page_at_a_time(
    qtbot: QtBot, service: InboxService, tasks: TaskRunner
) -> None:
    model = make_model(service, tasks)
    ids = service.ids(View()).ids
    model.set_ids(array("q", ids))
    item = COLUMNS.index("item")
    index = model.index(250, item)
    assert model.data(index, ROW_ROLE) is None  # not fetched yet: a placeholder, no query
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        pass
    row = model.data(index, ROW_ROLE)
    assert isinstance(row, InboxRow)
    assert row.id == ids[250] == model.data(index, ID_ROLE)
    assert (
        model.data(index)
        == (row.title + (" — " if row.title and row.snippet else "") + row.snippet)[:200]
    )
    assert model.data(model.index(0, item)) in (None, "…") or model.row_for(ids[0]) is not None
    assert model.headerData(item, Qt.Orientation.Horizontal) == "Item"


def test_replacing_ids_keeps_the_selection(service: InboxService, tasks: TaskRunner) -> None:
    model = make_model(service, tasks)
    ids = service.ids(View()).ids
    model.set_ids(array("q", ids[5:]))
    kept = QPersistentModelIndex(model.index(10, 0))
    chosen = model.data(kept, ID_ROLE)
    model.replace_ids(array("q", ids))  # five newer items arrived on top
    assert kept.row() == 15
    assert model.data(kept, ID_ROLE) == chosen
    model.remove_ids([chosen])
    assert not kept.isValid() or model.data(kept, ID_ROLE) != chosen
    tasks.wait()


def test_a_painted_cell_gets_every_role_in_one_call(
    qtbot: QtBot, service: InboxService, tasks: TaskRunner
) -> None:
    """The delegate asks ``multiData`` (one call into Python a cell): it must answer what
    ``data`` answers for each role, and a placeholder until the row arrives."""

    class Counting(InboxModel):
        data_calls = 0

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            Counting.data_calls += 1
            return super().data(index, role)

    def fetch(ids: Sequence[int], done: Callable[[list[InboxRow]], None]) -> None:
        wanted = list(ids)
        tasks.run(lambda: service.rows(wanted), done)

    model = Counting(fetch)
    ids = service.ids(View()).ids
    rows = service.rows(ids[:100])
    model.set_ids(array("q", ids), rows)
    delegate = QStyledItemDelegate()
    item = COLUMNS.index("item")
    new = next(r for r, found in enumerate(rows) if found.state == "new")
    for row in (0, new):
        for column in range(len(COLUMNS)):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            before = Counting.data_calls
            delegate.initStyleOption(option, index)
            assert Counting.data_calls == before  # one multiData call, not one per role
            assert option.text == (model.data(index) or "")
            bold = column == item and rows[row].state == "new"
            assert option.font.bold() == bold, (row, column, rows[row].state)
    assert model.flags(model.index(0, item)) & Qt.ItemFlag.ItemIsSelectable
    later = model.index(len(ids) - 1, item)  # not fetched yet
    assert len(ids) > 100 and later.isValid()
    option = QStyleOptionViewItem()
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        delegate.initStyleOption(option, later)
        assert option.text == "…"
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, later)
    assert option.text == model.data(later) != "…"
    tasks.wait()
