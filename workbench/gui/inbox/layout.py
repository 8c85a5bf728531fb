"""The inbox pane's widgets and their arrangement (layout only; behaviour is elsewhere).

Views on the left, filter bar, buttons and the item list in the middle, the open item on
the right; a status line under the list with an Undo for actions still held.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.inbox.delegate import CellDelegate, ItemDelegate, Lines, row_height
from workbench.gui.inbox.detail import ItemView
from workbench.gui.inbox.filters import FilterBar
from workbench.gui.inbox.model import COLUMNS, InboxModel, column_title
from workbench.gui.inbox.sidebar import ViewList
from workbench.gui.tables import fit_section, list_table

translate = QCoreApplication.translate

# Columns other than the item's title, in pixels; the title takes the rest.
WIDTHS = {"state": 75, "priority": 22, "kind": 70, "community": 110, "author": 100,
          "assignee": 70, "tags": 70, "time": 95}  # fmt: skip
# Shown in the item's second line instead (a right click on the header brings them back).
HIDDEN = ("community", "kind", "author", "assignee", "tags")

MENU_GROUPS = (
    ("next", "previous", "open"),
    ("done", "needs_reply", "waiting", "new", "snooze"),
    ("reply", "post", "assign", "tag", "untag", "priority", "note"),
    ("report", "approve", "remove", "spam", "lock", "unlock", "hide", "unhide"),
    ("undo", "search", "refresh"),
    ("save_view", "delete_view", "export", "help"),
)


def item_table(model: InboxModel) -> QTableView:
    table = list_table(
        model, name="inboxTable", selection=QAbstractItemView.SelectionMode.ExtendedSelection
    )
    vertical = table.verticalHeader()
    # Two lines a row, as mail clients: the title, then where it came from.
    vertical.setDefaultSectionSize(row_height(table.fontMetrics()))
    lines = Lines()  # shared: a text laid out once serves every column
    table.setItemDelegate(CellDelegate(lines, table))
    table.setItemDelegateForColumn(COLUMNS.index("item"), ItemDelegate(lines, table))
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(20)
    for column, key in enumerate(COLUMNS):
        if key == "item":
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            fit_section(header, column, WIDTHS[key])
        header.setSectionHidden(column, key in HIDDEN)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(
        lambda pos: column_menu(header).popup(header.mapToGlobal(pos))
    )
    return table


def column_menu(header: QHeaderView) -> QMenu:
    """Show or hide columns (a right click on the header)."""
    menu = QMenu(header)
    for column, key in enumerate(COLUMNS):
        if key == "item":
            continue
        action = menu.addAction(column_title(key))
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
    return menu


def fill_menu(menu: QMenu, actions: dict[str, QAction]) -> None:
    for group in MENU_GROUPS:
        for key in group:
            menu.addAction(actions[key])
        menu.addSeparator()


def button_row(actions: dict[str, QAction], menu: QMenu, new_button: QPushButton) -> QHBoxLayout:
    """A tool bar: on a narrow window the buttons that do not fit move into its » menu."""
    buttons = QToolBar()
    buttons.setObjectName("inboxButtons")
    # The buttons teach the keys: each label ends with its shortcut.
    short_labels = {
        "done": translate("InboxPane", "Done"), "needs_reply": translate("InboxPane", "Needs reply"), "waiting": translate("InboxPane", "Waiting"),
        "snooze": translate("InboxPane", "Snooze"), "assign": translate("InboxPane", "Assign"), "tag": translate("InboxPane", "Tag"),
        "reply": translate("InboxPane", "Reply"), "undo": translate("InboxPane", "Undo"),
    }  # fmt: skip
    for key, label in short_labels.items():
        action = actions[key]
        button = QToolButton()
        button.setText(f"{label} ({action.shortcut().toString()})")
        button.setObjectName(f"inboxButton_{key}")
        button.setToolTip(action.toolTip())
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys keep going to the list
        button.clicked.connect(action.trigger)
        buttons.addWidget(button)
    menu_button = QToolButton()
    menu_button.setText(translate("InboxPane", "Actions"))
    menu_button.setMenu(menu)
    menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    help_button = QToolButton()
    help_button.setDefaultAction(actions["help"])
    help_button.setText("?")
    row = QHBoxLayout()
    row.addWidget(buttons, 1)
    row.addWidget(new_button)
    row.addWidget(menu_button)
    row.addWidget(help_button)
    return row


class InboxWidgets:
    """Builds the pane's widgets on ``host`` and lays them out."""

    def __init__(
        self,
        host: QWidget,
        model: InboxModel,
        build_actions: Callable[[QWidget], dict[str, QAction]],
    ) -> None:
        self.model = model
        self.table = item_table(model)
        self.sidebar = ViewList()
        self.filters = FilterBar()
        self.item_view = ItemView()
        self.actions = build_actions(host)
        self.menu = QMenu(translate("InboxPane", "Inbox"), host)
        fill_menu(self.menu, self.actions)
        self.new_button = QPushButton()
        self.new_button.setObjectName("inboxNewItems")
        self.new_button.setToolTip(
            translate("InboxPane", "Items that arrived with the last sync; click to go to the top")
        )
        self.new_button.hide()
        self.status = QLabel()
        self.status.setObjectName("inboxStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # Shown while an action waits its few seconds before going to the platform.
        self.undo_send = QPushButton(translate("InboxPane", "Undo"))
        self.undo_send.setObjectName("inboxUndoSend")
        self.undo_send.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_send.hide()

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.filters)
        middle_layout.addLayout(button_row(self.actions, self.menu, self.new_button))
        middle_layout.addWidget(self.table, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_send)
        middle_layout.addLayout(status_row)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        views_title = QLabel(translate("InboxPane", "<b>Views</b>"))
        views_title.setToolTip(
            translate("InboxPane", "Built-in views and the views you saved, with their counts")
        )
        side_layout.addWidget(views_title)
        side_layout.addWidget(self.sidebar, 1)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(middle)
        splitter.addWidget(self.item_view)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([185, 620, 330])
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
