"""The Accounts pane: connect platform accounts, test them, sync them, see their state.

Behaviour lives here, layout is plain: a table of accounts, a row of actions, and a panel
that says in words what is wrong with the selected account and what to do about it.
"""

from __future__ import annotations

import webbrowser
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from connectors.api import Capability
from connectors.registry import PluginState, Registry
from workbench.core.accounts import secrets
from workbench.core.accounts.service import AccountService, AccountView, RemovalSummary
from workbench.core.accounts.state import AccountState
from workbench.core.changes import Changes
from workbench.core.sync.engine import SyncEngine
from workbench.core.workspace import Importer
from workbench.gui.accounts.communities import CommunitiesDialog
from workbench.gui.accounts.dialog import AccountDialog
from workbench.gui.accounts.import_dialog import ImportDialog
from workbench.gui.accounts.model import (
    AccountsModel,
    budget_words,
    signed_in_before,
    state_words,
    when,
)
from workbench.gui.accounts.secrets_dialog import SecretsDialog, no_store_words
from workbench.gui.changes import ChangeBus
from workbench.gui.formats import number_text
from workbench.gui.sync_controller import SyncController
from workbench.gui.tasks import TaskRunner
from workbench.gui.words import error_text, marked, words


def _open_browser(url: str) -> None:
    webbrowser.open(url)


class AccountsPane(QWidget):
    accounts_loaded = Signal(object)  # list[AccountView], after each refresh

    def __init__(
        self,
        *,
        accounts: AccountService,
        sync: SyncEngine,
        registry: Registry,
        importer: Importer,
        add_demo: Callable[[], int],
        tasks: TaskRunner,
        syncer: SyncController,
        changes: ChangeBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.sync = sync
        self.registry = registry
        self.importer = importer
        self.add_demo = add_demo
        self.tasks = tasks
        self.syncer = syncer
        self.changes = changes
        changes.changed.connect(self._on_changes)
        self.model = AccountsModel()

        layout = QVBoxLayout(self)
        title = QLabel(
            self.tr("<h2>Accounts</h2>Connect the platform accounts whose communities you manage.")
        )
        title.setWordWrap(True)
        layout.addWidget(title)
        secrets_row = QHBoxLayout()
        self.secrets_label = QLabel()
        self.secrets_label.setObjectName("secretsState")
        self.secrets_label.setWordWrap(True)
        self.secrets_label.setTextFormat(Qt.TextFormat.PlainText)
        secrets_row.addWidget(self.secrets_label, 1)
        self.secrets_button = QPushButton(self.tr("Where passwords are kept…"))
        self.secrets_button.clicked.connect(self._on_secrets)
        secrets_row.addWidget(self.secrets_button)
        layout.addLayout(secrets_row)
        self._show_secrets_state()

        self.empty = QWidget()
        empty_layout = QHBoxLayout(self.empty)
        empty_layout.addWidget(
            QLabel(
                self.tr(
                    "No accounts yet. Add one, or explore the app with sample communities first."
                )
            )
        )
        self.demo_button = QPushButton(self.tr("Add demo communities"))
        self.demo_button.clicked.connect(self._on_add_demo)
        empty_layout.addWidget(self.demo_button)
        empty_layout.addStretch(1)
        layout.addWidget(self.empty)

        adding = QHBoxLayout()
        self.add_button = self._button(adding, self.tr("Add account…"), self._on_add)
        self.import_button = self._button(
            adding, self.tr("Import a platform export…"), self._on_import
        )
        self.import_button.setToolTip(
            self.tr("Bring a Facebook or LinkedIn group in from your own data export")
        )
        adding.addStretch(1)
        layout.addLayout(adding)

        self.table = QTableView()
        self.table.setObjectName("accountsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_edit)
        layout.addWidget(self.table, 2)

        # Adding above the table, what to do with the chosen account below it: one row of
        # all eleven buttons was wider than a 1280-pixel window leaves the pane (in French
        # too).
        buttons = QHBoxLayout()
        self.edit_button = self._button(buttons, self.tr("Edit…"), self._on_edit)
        self.test_button = self._button(buttons, self.tr("Test connection"), self._on_test)
        self.sync_button = self._button(buttons, self.tr("Sync now"), self._on_sync)
        self.communities_button = self._button(
            buttons, self.tr("Communities…"), self._on_communities
        )
        self.sign_in_button = self._button(buttons, self.tr("Sign in again"), self._on_sign_in)
        self.enable_button = self._button(buttons, self.tr("Disable"), self._on_toggle_enabled)
        self.remove_button = self._button(buttons, self.tr("Remove…"), self._on_remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.details = QLabel()
        self.details.setObjectName("accountDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details, 1)
        self.plugin_problems = QLabel()
        self.plugin_problems.setWordWrap(True)
        layout.addWidget(self.plugin_problems)
        self._show_plugin_problems()

        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        syncer.progress.connect(self._on_progress)
        self.refresh()

    def _button(self, row: QHBoxLayout, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- data -------------------------------------------------------------------------

    def _changed(self) -> None:
        """This pane changed accounts (and so maybe items): every pane hears of it."""
        self.changes.announce(Changes(accounts=True, communities=True, items=True))

    def _on_changes(self, changes: Changes, _source: object) -> None:
        if changes.accounts or changes.communities:
            self.refresh()

    def refresh(self) -> None:
        """Reload the accounts off the GUI thread (counting items scans the store)."""
        self.tasks.run(self.accounts.all, self._on_loaded, self._on_error, owner=self)

    def _on_loaded(self, accounts: list[AccountView]) -> None:
        selected = self.selected()
        self.model.set_accounts(accounts)
        self.empty.setVisible(not accounts)
        if selected is not None:
            for row, account in enumerate(accounts):
                if account.id == selected.id:
                    self.table.selectRow(row)
        if self.selected() is None and accounts:
            self.table.selectRow(0)
        self._on_selection()
        self.accounts_loaded.emit(accounts)

    def selected(self) -> AccountView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.account(rows[0].row()) if rows else None

    def _show_secrets_state(self) -> None:
        state = secrets.state()
        if state.persistent:
            text = self.tr("Passwords and tokens are kept in {0}.").format(state.describe())
        elif state.can_store:
            text = self.tr("Passwords and tokens are kept in memory only (a test setting).")
        else:
            text = self.tr("⚠ {0}").format(no_store_words(state))
        self.secrets_label.setText(text)

    @Slot()
    def _on_secrets(self) -> None:
        SecretsDialog(self.tasks, self).exec()
        self._show_secrets_state()

    def _show_plugin_problems(self) -> None:
        broken = [p for p in self.registry.plugins if p.state is not PluginState.LOADED]
        if not broken:
            self.plugin_problems.clear()
            return
        lines = [self.tr("<b>Connectors that could not be loaded:</b>")]
        # Plugin names, paths and error texts are shown as written, never as markup.
        lines += [escape(f"• {p.id} ({p.source}): {p.state} — {p.reason}") for p in broken]
        self.plugin_problems.setText("<br>".join(lines))

    # -- selection and details --------------------------------------------------------

    @Slot()
    def _on_selection(self) -> None:
        account = self.selected()
        has = account is not None
        for button in (
            self.edit_button,
            self.test_button,
            self.sync_button,
            self.communities_button,
            self.enable_button,
            self.remove_button,
        ):
            button.setEnabled(has)
        cls = self.registry.get(account.connector_id) if account else None
        can_sign_in = bool(cls and Capability.SIGN_IN in cls.capabilities)
        self.sign_in_button.setVisible(
            bool(account and account.status is AccountState.AUTH_NEEDED and can_sign_in)
        )
        if account is not None:
            self.sign_in_button.setText(
                self.tr("Sign in again") if signed_in_before(account) else self.tr("Sign in")
            )
        self.sync_button.setEnabled(has and not self.syncer.running)
        if account is None:
            self.details.setText("")
            return
        self.enable_button.setText(self.tr("Disable") if account.enabled else self.tr("Enable"))
        self.details.setText(self.describe(account))

    def describe(self, account: AccountView) -> str:
        parts = [
            f"<b>{escape(account.name)}</b> — {escape(account.connector_name)}",
            self.tr("State: {0}").format(state_words(account)),
            self.tr("Last sync: {0}").format(when(account.last_sync_at)),
            self.tr("{0} items in {1} communities").format(
                number_text(account.item_count), number_text(account.community_count)
            ),
        ]
        budget = budget_words(account)
        if budget:
            parts.append(self.tr("Request budget: {0}").format(budget))
        if account.status_message:
            problem = escape(words(account.status_words))  # stored as Words: translated
            parts.append(self.tr("Last problem: {0}").format(problem))
        if account.status is AccountState.AUTH_NEEDED and signed_in_before(account):
            parts.append(
                self.tr(
                    "The sign-in has expired: sign in again (or edit the account's password "
                    "or token); everything stored so far is kept."
                )
            )
        elif account.status is AccountState.AUTH_NEEDED:
            parts.append(
                self.tr(
                    "Not signed in yet: press Sign in (or edit the account to give its "
                    "password or token)."
                )
            )
        return "<br>".join(parts)

    @Slot(object)
    def _on_progress(self, progress: object) -> None:
        from workbench.core.sync.engine import SyncProgress

        account = self.selected()
        if isinstance(progress, SyncProgress) and account and progress.account_id == account.id:
            total = f"/{progress.total}" if progress.total else ""
            self.details.setText(
                self.describe(account)
                + "<br>"
                + self.tr("Syncing: {0}{1} {2}").format(
                    progress.done, total, escape(marked("Sync", progress.message))
                )
            )

    def _on_error(self, error: Exception) -> None:
        self.details.setText(self.tr("<b>Problem:</b> {0}").format(escape(error_text(error))))

    # -- actions ----------------------------------------------------------------------

    @Slot()
    def _on_add(self) -> None:
        dialog = AccountDialog(self.accounts, self.tasks, parent=self)
        accepted = dialog.exec()
        self._show_secrets_state()  # the dialog may have set up the secrets file
        if dialog.saved is not None:  # saved, even if signing in was then cancelled
            self._changed()
            if accepted:
                self._offer_communities(dialog.saved)

    def _offer_communities(self, account: AccountView) -> None:
        CommunitiesDialog(self.accounts, self.tasks, account, self).exec()
        self.syncer.sync_accounts([account.id])

    @Slot()
    def _on_add_demo(self) -> None:
        self.tasks.run(self.add_demo, self._on_demo_added, self._on_error, owner=self)

    def _on_demo_added(self, account_id: int) -> None:
        self._changed()
        self.syncer.sync_accounts([account_id])

    @Slot()
    def _on_import(self) -> None:
        dialog = ImportDialog(self.importer, self.tasks, self)
        dialog.exec()
        if dialog.summary is not None:
            self._changed()

    @Slot()
    def _on_edit(self) -> None:
        account = self.selected()
        if account is None:
            return
        if AccountDialog(self.accounts, self.tasks, account, self).exec():
            self._changed()

    @Slot()
    def _on_test(self) -> None:
        account = self.selected()
        if account is None:
            return
        self.details.setText(self.describe(account) + "<br>" + self.tr("Testing the connection…"))
        account_id = account.id
        self.tasks.run(
            lambda: self.accounts.test_connection(account_id).summary,
            lambda summary: self.details.setText(
                self.describe(account) + "<br>" + self.tr("✔ Connection works: {0}").format(summary)
            ),
            lambda error: self.details.setText(
                self.describe(account) + "<br>" + self.tr("✘ Connection failed: {0}").format(error)
            ),
            owner=self,
        )

    @Slot()
    def _on_sync(self) -> None:
        account = self.selected()
        if account is not None:
            self.syncer.sync_accounts([account.id])

    @Slot()
    def _on_communities(self) -> None:
        account = self.selected()
        if (
            account is not None
            and CommunitiesDialog(self.accounts, self.tasks, account, self).exec()
        ):
            self._changed()

    @Slot()
    def _on_sign_in(self) -> None:
        account = self.selected()
        if account is None:
            return
        account_id = account.id

        def work() -> str:
            connector = self.accounts.connector(self.accounts.get(account_id))
            try:
                return connector.sign_in(_open_browser).summary
            finally:
                connector.close()

        self.details.setText(self.tr("Finish signing in in your web browser…"))
        self.tasks.run(
            work, lambda _: self.syncer.sync_accounts([account_id]), self._on_error, owner=self
        )

    @Slot()
    def _on_toggle_enabled(self) -> None:
        account = self.selected()
        if account is not None:
            enabled = not account.enabled
            self.tasks.run(
                lambda: self.accounts.set_enabled(account.id, enabled),
                lambda _: self._changed(),
                self._on_error,
                owner=self,
            )

    @Slot()
    def _on_remove(self) -> None:
        account = self.selected()
        if account is None:
            return
        account_id = account.id
        self.tasks.run(
            lambda: self.accounts.removal_summary(account_id),
            lambda summary: self._confirm_remove(account_id, summary),
            self._on_error,
            owner=self,
        )

    def _confirm_remove(self, account_id: int, summary: RemovalSummary) -> None:
        """Remove exactly the account the question named, whatever is selected by now."""
        answer = QMessageBox.question(
            self,
            self.tr("Remove account?"),
            self.tr(
                "Removing “{0}” deletes its {1} communities, {2} stored items and {3} unsent "
                "actions from this workspace, and its passwords and tokens from the keyring. "
                "Nothing is deleted on the platform."
            ).format(
                summary.account,
                number_text(summary.communities),
                number_text(summary.items),
                number_text(summary.pending_actions),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.tasks.run(
            lambda: self.sync.remove_account(account_id),
            lambda _: self._changed(),
            self._on_error,
            owner=self,
        )
