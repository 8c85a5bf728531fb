"""The Prompts pane's widgets and their arrangement (layout only; behaviour is elsewhere).

Filters on the left; buttons, the prompt list and a status line in the middle; the selected
prompt on the right.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.prompts.detail import PromptDetail
from workbench.gui.prompts.filters import PromptFilters
from workbench.gui.prompts.model import COLUMNS, PromptListModel
from workbench.gui.tables import fit_section, list_table

translate = QCoreApplication.translate

WIDTHS = {"favourite": 24, "lang": 40, "types": 115, "purposes": 100, "uses": 44, "score": 48}
MENU = ("use", "edit", "duplicate", "favourite", "archive", None, "new", "suggest", "results",
        "import", None, "help")  # fmt: skip


def prompt_table(model: PromptListModel) -> QTableView:
    table = list_table(model, name="promptTable")
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(20)
    for column, key in enumerate(COLUMNS):
        if key == "text":
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            fit_section(header, column, WIDTHS[key])
    return table


class PromptWidgets:
    """Builds the pane's widgets on ``host`` and lays them out."""

    def __init__(
        self,
        host: QWidget,
        model: PromptListModel,
        build_actions: Callable[[QWidget], dict[str, QAction]],
    ) -> None:
        self.table = prompt_table(model)
        self.filters = PromptFilters()
        self.actions = build_actions(host)
        self.detail = PromptDetail(self.actions)
        self.menu = QMenu(translate("PromptsPane", "Prompts"), host)
        for key in MENU:
            if key is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(self.actions[key])
        self.table.customContextMenuRequested.connect(
            lambda pos: self.menu.popup(self.table.viewport().mapToGlobal(pos))
        )
        self.status = QLabel()
        self.status.setObjectName("promptsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)  # an import names its refused lines

        buttons = QHBoxLayout()
        for key in ("new", "suggest", "results"):
            button = QToolButton()
            button.setObjectName(f"promptsButton_{key}")
            button.setDefaultAction(self.actions[key])
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys keep going to the list
            buttons.addWidget(button)
        buttons.addStretch(1)
        menu_button = QToolButton()
        menu_button.setText(translate("PromptsPane", "Actions"))
        menu_button.setMenu(self.menu)
        menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        buttons.addWidget(menu_button)
        help_button = QToolButton()
        help_button.setDefaultAction(self.actions["help"])
        help_button.setText("?")
        help_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons.addWidget(help_button)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(buttons)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(self.filters)
        splitter.addWidget(middle)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([170, 670, 320])
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
