"""The main window: a sidebar of panes (built from gui/panes.py), menus with standard
shortcuts, sync state below.

Layout only; each pane lives in its own package and owns its behaviour. What operations
changed reaches the panes on one signal (``self.changes``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from workbench import __version__
from workbench.core.accounts.service import AccountView
from workbench.core.changes import AFTER_SYNC, Changes
from workbench.core.messages import Level, Message, bridge
from workbench.core.sync.engine import SyncProgress, SyncSummary
from workbench.core.workspace import Workspace
from workbench.gui.changes import ChangeBus
from workbench.gui.formats import moment_text, time_text
from workbench.gui.inbox.actions import ShortcutHelp
from workbench.gui.pane_stack import PaneStack
from workbench.gui.panes import PANES, PaneContext
from workbench.gui.preferences import PreferencesDialog, sync_interval
from workbench.gui.reminders import ReminderButton
from workbench.gui.scheduler import Scheduler
from workbench.gui.sync_controller import SyncController
from workbench.gui.tasks import TaskRunner


class MainWindow(QMainWindow):
    # Core messages may arrive from worker threads: a signal hops them to the GUI thread.
    message_arrived = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Community Workbench"))
        self.tasks = TaskRunner(self)
        self.changes = ChangeBus(self)
        self.syncer = SyncController(workspace, self.tasks, self)
        self.scheduler = Scheduler(
            actions=workspace.actions,
            reminders=workspace.reminders,
            tasks=self.tasks,
            changes=self.changes,
            parent=self,
        )

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("paneList")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self._sync_result_shown = False
        self.help_window: QDialog | None = None
        self.message_box: QMessageBox | None = None
        self._build_panes()
        # The pane list never shrinks below its longest title, whatever the panes ask for.
        self.sidebar.setFixedWidth(
            self.sidebar.sizeHintForColumn(0) + 4 * self.sidebar.frameWidth() + 16
        )
        # A plain row, not a splitter: the pane list has a fixed width, and a splitter
        # would hand it spare room as an empty band beside it.
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._on_row_changed)

        self._build_status_bar()
        self._build_menus()
        self.syncer.started.connect(self._on_sync_started)
        self.syncer.progress.connect(self._on_sync_progress)
        self.syncer.finished.connect(self._on_sync_finished)
        self.syncer.failed.connect(self._on_sync_failed)
        self.syncer.busy.connect(self.sync_label.setText)  # another process is syncing
        self.syncer.set_interval(sync_interval())
        self.changes.changed.connect(self._on_changes)
        # Another pane asks for items in the inbox (the inbox pane shows the view itself).
        self.changes.show_in_inbox.connect(self._on_show_in_inbox)
        self._load_accounts()
        self._restore()
        self.message_arrived.connect(self._on_message)
        bridge.connect(self.message_arrived.emit)
        self.scheduler.start()  # scheduled posts go out; what fell due while closed is shown

    # -- building ---------------------------------------------------------------------

    def _build_panes(self) -> None:
        # Each pane is built when first shown (pane_stack.py): the window waits for one.
        context = PaneContext(self.workspace, self.tasks, self.syncer, self.changes, self)
        self.panes = PaneStack(PANES, context, self.stack)
        for spec in PANES:
            item = QListWidgetItem(self.style().standardIcon(spec.icon), spec.shown_title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if spec.what:
                item.setToolTip(spec.shown_what)
            self.sidebar.addItem(item)

    def _build_status_bar(self) -> None:
        self.sync_label = QLabel(self.tr("Not synced yet"))
        self.sync_label.setTextFormat(Qt.TextFormat.PlainText)  # holds account names
        self.sync_bar = QProgressBar()
        self.sync_bar.setMaximumWidth(180)
        self.sync_bar.setVisible(False)
        self.stop_button = QToolButton()
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(
            self.tr("Stop syncing; the next sync resumes where this one stopped")
        )
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.syncer.cancel)
        self.reminder_button = ReminderButton(self.scheduler, self)
        self.reminder_button.open_pane.connect(self.show_pane)
        self.statusBar().addPermanentWidget(self.reminder_button)
        self.statusBar().addPermanentWidget(self.sync_bar)
        self.statusBar().addPermanentWidget(self.stop_button)
        self.statusBar().addPermanentWidget(self.sync_label)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.sync_action = QAction(self.tr("&Sync all accounts"), self)
        self.sync_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.sync_action.triggered.connect(self.syncer.sync_all)
        file_menu.addAction(self.sync_action)
        prefs = QAction(self.tr("&Preferences…"), self)
        prefs.setShortcut(QKeySequence.StandardKey.Preferences)
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        prefs.triggered.connect(self._on_preferences)
        file_menu.addAction(prefs)
        file_menu.addSeparator()
        # --- playbooks ---
        self.import_playbook_action = QAction(self.tr("Import playbook…"), self)
        self.import_playbook_action.triggered.connect(self._on_import_playbook)
        self.export_playbook_action = QAction(self.tr("Export playbook…"), self)
        self.export_playbook_action.triggered.connect(self._on_export_playbook)
        file_menu.addAction(self.import_playbook_action)
        file_menu.addAction(self.export_playbook_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.addActions([self.sync_action, prefs, quit_action])

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for row, spec in enumerate(PANES):
            action = QAction(spec.shown_title, self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, r=row: self.sidebar.setCurrentRow(r))
            view_menu.addAction(action)
            self.addAction(action)
        view_menu.addSeparator()
        full = QAction(self.tr("&Full screen"), self)
        full.setShortcut(QKeySequence.StandardKey.FullScreen)
        full.setCheckable(True)
        full.toggled.connect(self._on_full_screen)
        view_menu.addAction(full)
        self.addAction(full)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self._on_user_guide)
        help_menu.addAction(guide)
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.triggered.connect(self._on_shortcuts)
        help_menu.addAction(shortcuts)
        self.plugins_action = QAction(self.tr("&Plugins…"), self)
        self.plugins_action.triggered.connect(self._on_plugins)
        help_menu.addAction(self.plugins_action)
        help_menu.addSeparator()
        self.addActions([guide, shortcuts])
        about = QAction(self.tr("&About Community Workbench"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    # -- state ------------------------------------------------------------------------

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        keys = list(self.panes)
        last = str(settings.value("window/pane", "inbox"))
        self.sidebar.setCurrentRow(keys.index(last) if last in keys else 0)
        self.panes.show(self.current_pane())  # built even if the row was current already

    def current_pane(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "inbox"

    def show_pane(self, key: str) -> None:
        self.sidebar.setCurrentRow(list(self.panes).index(key))

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self.panes.show(list(self.panes)[row])

    def _on_show_in_inbox(self, view: object) -> None:
        if self.panes.is_built("inbox"):
            self.show_pane("inbox")  # the inbox shows the view itself
            return
        # Built now, the inbox connects to show_in_inbox too late for this emission (Qt
        # calls the slots connected when it began): say it again, to the inbox built.
        self.show_pane("inbox")
        self.changes.show_in_inbox.emit(view)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/pane", self.current_pane())
        self.syncer.cancel()
        self.syncer.set_interval(0)
        self.scheduler.stop()
        self.tasks.wait(10_000)
        super().closeEvent(event)

    # -- slots ------------------------------------------------------------------------

    @Slot(bool)
    def _on_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    @Slot()
    def _on_import_playbook(self) -> None:
        from workbench.gui.playbooks.import_dialog import ImportPlaybookDialog

        dialog = ImportPlaybookDialog(
            playbooks=self.workspace.playbooks, tasks=self.tasks, changes=self.changes, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(1000, 640)
        dialog.open()

    def _on_export_playbook(self) -> None:
        from workbench.gui.playbooks.export_dialog import ExportPlaybookDialog

        dialog = ExportPlaybookDialog(
            playbooks=self.workspace.playbooks, tasks=self.tasks, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(700, 600)
        dialog.open()

    def _on_preferences(self) -> None:
        dialog = PreferencesDialog(self.workspace.data_dir, self)
        if dialog.exec():
            self.syncer.set_interval(sync_interval())

    @Slot()
    def _on_user_guide(self) -> None:
        from workbench.gui.help import UserGuide

        self.help_window = UserGuide(self)
        self.help_window.show()

    @Slot()
    def _on_shortcuts(self) -> None:
        self.help_window = ShortcutHelp(self)
        self.help_window.show()

    @Slot()
    def _on_plugins(self) -> None:
        from workbench.gui.plugins import PluginsDialog

        registry, folder = self.workspace.registry, self.workspace.plugin_dir
        self.plugins_dialog = PluginsDialog(registry=registry, plugin_dir=folder, parent=self)
        self.plugins_dialog.show()

    @Slot()
    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Community Workbench"),
            self.tr(
                "<h3>Community Workbench {0}</h3><p>One workbench for all your communities."
                "</p><p>Workspace: {1}</p>"
            ).format(__version__, self.workspace.data_dir),
        )

    @Slot()
    def _on_sync_started(self) -> None:
        self.sync_action.setEnabled(False)
        self.sync_bar.setRange(0, 0)
        self.sync_bar.setVisible(True)
        self.stop_button.setVisible(True)
        self.sync_label.setText(self.tr("Syncing…"))

    @Slot(object)
    def _on_sync_progress(self, progress: SyncProgress) -> None:
        if progress.total:
            self.sync_bar.setRange(0, progress.total)
            self.sync_bar.setValue(min(progress.done, progress.total))
        self.sync_label.setText(self.tr("Syncing {0}…").format(progress.account))

    @Slot(object)
    def _on_sync_finished(self, summaries: list[SyncSummary]) -> None:
        self.sync_action.setEnabled(True)
        self.sync_bar.setVisible(False)
        self.stop_button.setVisible(False)
        new = sum(s.counts.new for s in summaries)
        failed = [s.account for s in summaries if s.failed]
        text = self.tr("Synced at {0}: %Ln new item(s)", "", new).format(
            time_text(datetime.now(UTC))
        )
        if failed:
            text += self.tr(" — needs attention: {0} (see Accounts)").format(", ".join(failed))
        self.sync_label.setText(text)
        self._sync_result_shown = True  # the next account reload leaves this line alone
        self.changes.announce(AFTER_SYNC)

    def _on_changes(self, changes: Changes, _source: object) -> None:
        if changes.accounts:
            self._load_accounts()

    def _load_accounts(self) -> None:
        self.tasks.run(self.workspace.accounts.all, self._on_accounts_loaded, owner=self)

    def _on_accounts_loaded(self, accounts: list[AccountView]) -> None:
        if self.syncer.running:
            return
        if self._sync_result_shown:  # what the last sync did stays until the next change
            self._sync_result_shown = False
            return
        times = [a.last_sync_at for a in accounts if a.last_sync_at]
        problems = [a.name for a in accounts if a.enabled and a.status.needs_attention]
        text = (
            self.tr("Last sync {0}").format(moment_text(max(times)))
            if times
            else self.tr("Not synced yet")
        )
        if problems:
            text += self.tr(" — needs attention: {0} (see Accounts)").format(", ".join(problems))
        self.sync_label.setText(text)

    @Slot(str)
    def _on_sync_failed(self, message: str) -> None:
        self.sync_action.setEnabled(True)
        self.sync_bar.setVisible(False)
        self.stop_button.setVisible(False)
        self.sync_label.setText(self.tr("Sync failed: {0}").format(message))
        self._sync_result_shown = True  # an account list arriving late leaves it

    @Slot(object)
    def _on_message(self, message: Message) -> None:
        if message.level is Level.ERROR:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Community Workbench"), "", parent=self
            )
            box.setTextFormat(Qt.TextFormat.PlainText)  # errors quote remote and file text
            box.setText(message.text)
            box.open()
            self.message_box = box
        else:
            self.statusBar().showMessage(message.text, 20_000)
