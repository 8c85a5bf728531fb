"""Add or edit an account: a form generated from the connector's declared settings.

Secret fields are masked and go to the keyring; when editing, an empty secret keeps the
stored one. A connector that can sign in through the browser gets a Sign in button: the
account is saved first, then the browser opens. Testing, saving and signing in run off the
GUI thread (they may hit the network or keyring). When no keyring can store the secrets, the
dialog says so and offers the encrypted secrets file before anything is saved.
"""

from __future__ import annotations

import threading
import webbrowser

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from connectors.api import Capability, Connector
from workbench.core.accounts import secrets
from workbench.core.accounts.service import AccountService, AccountView
from workbench.gui.accounts.secrets_dialog import SecretsDialog, no_store_words
from workbench.gui.accounts.settings_form import SettingsForm, form_layout
from workbench.gui.tasks import TaskRunner
from workbench.gui.words import error_text


def _open_browser(url: str) -> None:
    webbrowser.open(url)


class AccountDialog(QDialog):
    """Add an account (pick a connector) or edit one (``account`` given)."""

    def __init__(
        self,
        accounts: AccountService,
        tasks: TaskRunner,
        account: AccountView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.tasks = tasks
        self.account = account
        self.saved: AccountView | None = None  # set as soon as the account is in the store
        self.signing_in = threading.Event()
        self.cancel_sign_in = threading.Event()
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.keyring_warning = QLabel()
        self.keyring_warning.setObjectName("keyringWarning")
        self.keyring_warning.setWordWrap(True)
        self.keyring_warning.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.keyring_warning)
        self.secrets_button = QPushButton(self.tr("Where passwords are kept…"))
        self.secrets_button.clicked.connect(self._on_choose_secrets)
        layout.addWidget(self.secrets_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.top = form_layout()
        self.connector_box = QComboBox()
        for cls in accounts.registry.loaded():
            self.connector_box.addItem(cls.display_name, cls.id)
        if account:
            self.connector_box.setCurrentIndex(self.connector_box.findData(account.connector_id))
        self.name = QLineEdit(account.name if account else "")
        self.name.setObjectName("accountName")
        self.name.setPlaceholderText(self.tr("e.g. Brewly on Facebook"))
        self.top_labels = [QLabel(self.tr("Platform")), QLabel(self.tr("Account name"))]
        self.top.addRow(self.top_labels[0], self.connector_box)
        self.top.addRow(self.top_labels[1], self.name)
        layout.addLayout(self.top)
        self.intro = QLabel()
        self.intro.setObjectName("signInIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        # Long forms (Reddit's advanced settings) scroll instead of outgrowing a 720 px screen.
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.form_area, 1)
        self.form: SettingsForm | None = None
        self.result_label = QLabel()
        self.result_label.setObjectName("accountResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)  # quotes platform errors
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Room for a three-line result from the start, so a message never covers the form.
        self.reserved = 3 * self.result_label.fontMetrics().lineSpacing()
        self.result_label.setMinimumHeight(self.reserved)
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("dialogSignIn")
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button = QPushButton(self.tr("Test connection"))
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.sign_in_button.clicked.connect(self._on_sign_in)
        self.test_button.clicked.connect(self._on_test)
        layout.addWidget(buttons)
        self.connector_box.currentIndexChanged.connect(self._on_connector_changed)
        self._show_mode()
        self._on_connector_changed()

    def connector_id(self) -> str:
        return str(self.connector_box.currentData() or "")

    def connector_class(self) -> type[Connector] | None:
        return self.accounts.registry.get(self.connector_id())

    def can_sign_in(self) -> bool:
        cls = self.connector_class()
        return bool(cls and Capability.SIGN_IN in cls.capabilities)

    def _show_mode(self) -> None:
        """Add or edit: after a save (before signing in) the dialog edits what it saved."""
        self.setWindowTitle(self.tr("Edit account") if self.account else self.tr("Add account"))
        self.connector_box.setEnabled(self.account is None)
        state = secrets.state()
        self.keyring_warning.setText(self.tr("⚠ {0}").format(no_store_words(state)))
        self.keyring_warning.setVisible(not state.can_store)
        self.secrets_button.setVisible(not state.can_store)

    def _secret_hint(self) -> str:
        state = secrets.state()
        if state.storage is secrets.Storage.ENCRYPTED_FILE:
            return self.tr("Kept in your encrypted secrets file")
        if state.can_store:
            return self.tr("Kept in your system keyring")
        return self.tr("Cannot be saved: no keyring (see above)")

    @Slot()
    def _on_connector_changed(self) -> None:
        if self.form is not None:
            self.form.deleteLater()
            self.form = None
        cls = self.connector_class()
        can_sign_in = self.can_sign_in()
        self.sign_in_button.setVisible(can_sign_in)
        self.result_label.clear()
        if cls is None:
            self.intro.setVisible(False)
            return
        self.sign_in_button.setText(self.tr("Sign in with {0}…").format(cls.display_name))
        self.intro.setText(
            self.tr(
                "Fill in the fields below, then press “Sign in with {0}…”: your web browser "
                "opens {0}'s page, where you allow access. Nothing else to copy."
            ).format(cls.display_name)
            if can_sign_in
            else ""
        )
        self.intro.setVisible(can_sign_in)
        values = {k: str(v) for k, v in (self.account.settings if self.account else {}).items()}
        self.form = SettingsForm(
            cls, values, editing=self.account is not None, secret_hint=self._secret_hint()
        )
        self.form_area.setWidget(self.form)
        self.form.show_advanced.toggled.connect(self._fit_height)
        width = max(self.form.label_width(), *(lb.sizeHint().width() for lb in self.top_labels))
        self.form.set_label_width(width)  # one label column for both forms
        for label in self.top_labels:
            label.setMinimumWidth(width)
        self._fit_height()

    @Slot()
    def _fit_height(self) -> None:
        """Show the whole form when it fits the screen; scroll the rest."""
        if self.form is None:
            return
        # Wrapped help texts need the height for the width they get; without it the form
        # would be squeezed into the viewport and its rows drawn over each other.
        margins = self.layout().contentsMargins()  # type: ignore[union-attr]
        width = max(self.width(), self.minimumWidth()) - margins.left() - margins.right()
        width -= self.form_area.verticalScrollBar().sizeHint().width()
        form = self.form
        wanted = form.heightForWidth(width) if form.hasHeightForWidth() else -1
        wanted = max(wanted, form.sizeHint().height())
        form.setMinimumHeight(wanted)
        screen = self.screen().availableGeometry().height() if self.screen() else 720
        self.form_area.setMinimumHeight(min(wanted, max(160, screen - 380)))
        self.adjustSize()
        # Top-level windows ignore their wrapped labels' height for width: ask for it.
        needed = self.layout().totalHeightForWidth(self.width())  # type: ignore[union-attr]
        self.resize(self.width(), min(max(self.height(), needed), screen - 60))

    def _say(self, message: str) -> None:
        """Show a result in full: a wrapped label gets the height its lines need."""
        self.result_label.setText(message)
        width = self.width() - 2 * self.layout().contentsMargins().left()  # type: ignore[union-attr]
        needed = self.result_label.heightForWidth(width)
        self.result_label.setMinimumHeight(max(self.reserved, needed))
        self._fit_height()  # grow the dialog rather than draw the lines over the form

    def _busy(self, busy: bool, message: str = "") -> None:
        for button in (self.test_button, self.save_button, self.sign_in_button):
            button.setEnabled(not busy)
        if message:
            self._say(message)

    def _secrets_can_be_saved(self, needed: bool) -> bool:
        """At every save: secrets with nowhere to go are refused before anything is saved."""
        if not needed or secrets.keyring_available():
            return True
        SecretsDialog(self.tasks, self).exec()
        self._show_mode()
        if secrets.keyring_available():
            return True
        self._say(
            self.tr(
                "✘ Not saved: passwords and tokens have nowhere to go yet. Choose where to keep "
                "them, or leave the password and token fields empty."
            )
        )
        return False

    @Slot()
    def _on_choose_secrets(self) -> None:
        SecretsDialog(self.tasks, self).exec()
        self._show_mode()
        self._on_connector_changed()

    @Slot()
    def _on_test(self) -> None:
        if self.form is None:
            return
        values, connector_id = self.form.values(), self.connector_id()
        if self.account is not None:
            # Testing an existing account: saved secrets fill in the empty ones.
            account_id = self.account.id

            def work() -> str:
                return self.accounts.test_connection(account_id).summary
        else:

            def work() -> str:
                return self.accounts.test_settings(connector_id, values).summary

        self._busy(True, self.tr("Testing…"))
        self.tasks.run(work, self._on_tested, self._on_failed, owner=self)

    def _save_work(self) -> AccountView:
        assert self.form is not None
        values, name, connector_id = self.form.values(), self.name.text(), self.connector_id()
        account = self.account
        if account is None:
            return self.accounts.add(connector_id, name, values)
        return self.accounts.update(account.id, values, name=name)

    @Slot()
    def _on_save(self) -> None:
        cls = self.connector_class()
        if self.form is None or cls is None:
            self._say(self.tr("Pick a platform first."))
            return
        if not self._secrets_can_be_saved(self.form.secret_values_given(cls)):
            return
        work = self._save_work
        self._busy(True, self.tr("Saving…"))
        self.tasks.run(work, self._on_saved, self._on_failed, owner=self)

    @Slot()
    def _on_sign_in(self) -> None:
        """Save what is typed, then sign in through the browser (the token needs a keyring)."""
        if self.form is None or not self._secrets_can_be_saved(needed=True):
            return
        work = self._save_work
        self._busy(True, self.tr("Saving…"))
        self.tasks.run(work, self._on_saved_before_sign_in, self._on_failed, owner=self)

    def _on_saved_before_sign_in(self, account: AccountView) -> None:
        self.account = self.saved = account
        self._show_mode()
        account_id, cancelled = account.id, self.cancel_sign_in
        cancelled.clear()
        self.signing_in.set()

        def work() -> str:
            connector = self.accounts.connector(self.accounts.get(account_id), cancelled.is_set)
            try:
                return connector.sign_in(_open_browser).summary
            finally:
                connector.close()

        self._busy(
            True,
            self.tr(
                "Your web browser shows {0}'s sign-in page: allow access there, then come back. "
                "(Cancel stops waiting.)"
            ).format(account.connector_name),
        )
        self.tasks.run(work, self._on_signed_in, self._on_sign_in_failed, owner=self)

    def _on_signed_in(self, summary: str) -> None:
        self.signing_in.clear()
        self._busy(False, self.tr("✔ {0}").format(summary))
        self.accept()

    def _on_sign_in_failed(self, error: Exception) -> None:
        self.signing_in.clear()
        self._busy(
            False,
            self.tr("✘ Not signed in: {0} The account is saved; press “{1}” to try again.").format(
                error, self.sign_in_button.text()
            ),
        )

    def reject(self) -> None:
        self.cancel_sign_in.set()  # the sign-in task stops waiting for the browser
        super().reject()

    def _on_tested(self, summary: str) -> None:
        self._busy(False, self.tr("✔ Connection works: {0}").format(summary))

    def _on_saved(self, account: AccountView) -> None:
        self._busy(False)
        self.saved = account
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self._busy(False, self.tr("✘ {0}").format(error_text(error)))
