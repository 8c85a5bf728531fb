"""Help ▸ Plugins: every connector with version, API versions, source, state and the reason
a plugin was skipped; the plugin folder opens only when the button is clicked."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from plugins.support import install
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workbench.core.workspace import Workspace
from workbench.gui.main_window import MainWindow
from workbench.gui.plugins import PluginsDialog

RSS = Path(__file__).resolve().parents[2] / "examples" / "rss-connector" / "workbench_rss"


class Opened(QObject):
    """Receives the file: URLs Qt would hand to the file manager."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toLocalFile())


@pytest.fixture
def opened() -> Iterator[Opened]:
    handler = Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted", "broken_import", "incompatible")
    shutil.copytree(RSS, folder / "plugins" / "workbench_rss")
    (folder / "plugins" / "evil.py").write_text(
        'raise RuntimeError("<b>bold?</b> <img src=x>")\n', encoding="utf-8"
    )
    return folder


def rows(dialog: PluginsDialog) -> dict[str, list[str]]:
    table = dialog.table
    return {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    }


def test_the_dialog_lists_every_connector_and_why_some_were_skipped(
    qtbot: QtBot, workspace: Workspace, opened: Opened
) -> None:
    dialog = PluginsDialog(registry=workspace.registry, plugin_dir=workspace.plugin_dir)
    qtbot.addWidget(dialog)
    listed = rows(dialog)
    assert listed["reddit"][1:6] == ["Reddit", listed["reddit"][2], "1", "built-in", "loaded"]
    rss = listed["rss"]
    assert rss[1:4] == ["RSS / Atom feeds", "1.0.0", "1"]
    assert rss[4] == "plugin folder: workbench_rss"  # the whole path below, when selected
    assert rss[5] == "loaded" and rss[6] == ""
    broken = listed["broken_import"]
    assert broken[5] == "skipped: failed"
    assert "ModuleNotFoundError" in broken[6]
    future = listed["future"]
    assert future[5] == "skipped: incompatible"
    assert "this app provides 1" in future[6]
    # An error message from a plugin is text, never markup.
    assert listed["evil"][6] == "RuntimeError: <b>bold?</b> <img src=x>"
    assert dialog.details.textFormat() is Qt.TextFormat.PlainText
    # The first skipped plugin is selected: its whole source and reason below the table.
    details = dialog.details.text()
    assert f"plugin folder: {workspace.plugin_dir / 'broken_import.py'}" in details
    assert "Reason: ModuleNotFoundError" in details
    assert opened.urls == []  # nothing opened by just looking


def test_open_plugin_folder_opens_it_when_clicked(
    qtbot: QtBot, workspace: Workspace, opened: Opened
) -> None:
    dialog = PluginsDialog(registry=workspace.registry, plugin_dir=workspace.plugin_dir)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.folder_opened):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened.urls == [str(workspace.plugin_dir)]


def test_help_menu_opens_the_plugins_dialog(qtbot: QtBot, workspace: Workspace) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    help_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Help")
    assert win.plugins_action in help_menu.actions()
    win.plugins_action.trigger()
    qtbot.waitUntil(lambda: win.plugins_dialog.isVisible())
    assert win.plugins_dialog.table.rowCount() == len(workspace.registry.plugins)
    win.plugins_dialog.close()
    QApplication.processEvents()
