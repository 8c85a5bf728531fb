"""The window fits a 1280x720 screen (and works down to about 1,024 pixels wide), and the
list gives item titles the room: two lines a row, title first, as mail clients do."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.inbox.conftest import wait_idle
from workbench.core.workspace import Workspace
from workbench.gui.inbox import InboxPane
from workbench.gui.inbox.delegate import second_line
from workbench.gui.inbox.layout import column_menu
from workbench.gui.inbox.model import COLUMNS, ROW_ROLE
from workbench.gui.main_window import MainWindow
from workbench.gui.tasks import TaskRunner


def test_the_window_fits_a_1280_pixel_screen(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    window.show_pane("inbox")
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= 1060
    assert window.width() == 1280 and window.height() == 720
    pane = window.panes["inbox"]
    assert isinstance(pane, InboxPane)
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0)
    title = pane.table.columnWidth(COLUMNS.index("item"))
    assert title >= 400, title  # about 60 characters of a title, not 12
    window.tasks.wait()
    window.close()


def test_rows_show_the_title_then_where_it_came_from(
    qtbot: QtBot, pane: InboxPane, tasks: TaskRunner
) -> None:
    wait_idle(qtbot, pane, tasks)
    metrics = pane.table.fontMetrics()
    assert pane.table.verticalHeader().defaultSectionSize() >= 2 * metrics.height()
    index = pane.model.index(0, COLUMNS.index("item"))
    qtbot.waitUntil(lambda: pane.model.data(index, ROW_ROLE) is not None)
    row = pane.model.data(index, ROW_ROLE)
    line = second_line(row)
    assert row.community in line and (row.author_display or row.author) in line
    header = pane.table.horizontalHeader()
    community = COLUMNS.index("community")
    assert header.isSectionHidden(community)  # shown in the second line instead
    menu = column_menu(header)
    [action] = [a for a in menu.actions() if a.text() == "Community"]
    action.trigger()
    assert not header.isSectionHidden(community)
