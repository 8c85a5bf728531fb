"""The Plugins dialog (Help ▸ Plugins): each connector with its version, the plugin API
versions it supports, where it was found, its state and the reason it was skipped.

Everything in the table comes from plugins (names, paths, error messages): it is shown as
plain text. The registry is read as it is: plugins are found once, when the app starts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from connectors.api import API_VERSION
from connectors.registry import PluginInfo, PluginState, Registry

COLUMNS = 7


class PluginsDialog(QDialog):
    # The folder a click asked to open (after it was opened): tests and the status bar.
    folder_opened = Signal(str)

    def __init__(
        self, *, registry: Registry, plugin_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.plugin_dir = plugin_dir
        self.setWindowTitle(self.tr("Plugins"))
        self.resize(1000, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Connectors found when the app started: built in, installed as Python "
                "packages (entry point “workbench.connectors”) or dropped into the plugin "
                "folder. This app provides plugin API {0}. Restart the app after adding or "
                "removing a plugin."
            ).format(API_VERSION)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Id"),
                self.tr("Name"),
                self.tr("Version"),
                self.tr("API versions"),
                self.tr("Source"),
                self.tr("State"),
                self.tr("Reason skipped"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        # The full text of the selected row's source and reason: both can be long.
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        folder = QLabel(self.tr("Plugin folder: {0}").format(plugin_dir))
        folder.setTextFormat(Qt.TextFormat.PlainText)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("Open plugin folder"))
        self.open_button.setToolTip(
            self.tr("Show the folder in the file manager; it is created if missing")
        )
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self._on_open_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._show_details)
        self._fill()

    # -- words ------------------------------------------------------------------------

    def state_text(self, state: PluginState) -> str:
        if state is PluginState.LOADED:
            return self.tr("loaded")
        if state is PluginState.INCOMPATIBLE:
            return self.tr("skipped: incompatible")
        return self.tr("skipped: failed")

    def source_text(self, source: str, *, full: bool = False) -> str:
        """Where a plugin was found; a folder plugin by its name unless ``full``."""
        kind, _, rest = source.partition(" ")
        if source == "built-in":
            return self.tr("built-in")
        if kind == "package":
            return self.tr("entry point of package {0}").format(rest)
        if kind == "folder":
            return self.tr("plugin folder: {0}").format(rest if full else Path(rest).name)
        return source

    # -- filling ----------------------------------------------------------------------

    def _fill(self) -> None:
        plugins = self.registry.plugins
        self.table.setRowCount(len(plugins))
        for row, plugin in enumerate(plugins):
            cells = (
                plugin.id,
                plugin.display_name,
                plugin.version,
                plugin.api_versions,
                self.source_text(plugin.source),
                self.state_text(plugin.state),
                plugin.reason,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)  # table items show plain text, never markup
                if column == 4:
                    cell.setToolTip(self.source_text(plugin.source, full=True))
                elif column == 6:
                    cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        skipped = [p for p in plugins if p.state is not PluginState.LOADED]
        if skipped:
            self.table.selectRow(plugins.index(skipped[0]))
        elif plugins:
            self.table.selectRow(0)

    def plugin_at(self, row: int) -> PluginInfo:
        return self.registry.plugins[row]

    @Slot()
    def _show_details(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        plugin = self.plugin_at(rows[0].row())
        text = self.tr("{0} ({1}): {2}").format(
            plugin.display_name,
            self.source_text(plugin.source, full=True),
            self.state_text(plugin.state),
        )
        if plugin.reason:
            text += "\n" + self.tr("Reason: {0}").format(plugin.reason)
        self.details.setText(text)

    @Slot()
    def _on_open_folder(self) -> None:
        # Created on demand, so the user has a place to drop a plugin into.
        self.plugin_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.plugin_dir)))
        self.folder_opened.emit(str(self.plugin_dir))
