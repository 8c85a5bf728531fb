"""Where secrets are kept: says whether passwords and tokens survive a restart, and offers the
encrypted secrets file (locked with a passphrase) when there is no system keyring.

Shown at start when secrets cannot be stored, before saving an account whose secrets have
nowhere to go, and from the Accounts pane. Unlocking runs off the GUI thread (the key
derivation takes a moment on purpose).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.accounts import secret_file, secrets
from workbench.gui.tasks import TaskRunner
from workbench.gui.words import error_text


def no_store_words(state: secrets.KeyringState) -> str:
    """One short line for a banner: why secrets cannot be saved now ("" when they can)."""
    if state.can_store:
        return ""
    if state.storage is secrets.Storage.LOCKED:
        return QCoreApplication.translate(
            "SecretsDialog", "The encrypted secrets file is locked: unlock it to use passwords."
        )
    return QCoreApplication.translate(
        "SecretsDialog",
        "Passwords and tokens cannot be saved: this computer has no system keyring.",
    )


class SecretsDialog(QDialog):
    """Accepted once secrets can be stored (the file was unlocked or created)."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setWindowTitle(self.tr("Where passwords and tokens are kept"))
        self.setMinimumWidth(520)
        state = secrets.state()
        self.creating = not secret_file.default_path().exists()
        layout = QVBoxLayout(self)
        self.status = QLabel(self._status_text(state))
        self.status.setObjectName("secretsStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)

        self.choice = QLabel(
            self.tr(
                "Keep them in an encrypted file on this computer instead. Choose a passphrase: "
                "it is asked once each time the app starts and is never saved anywhere. "
                "Without it the file cannot be opened, so keep it somewhere safe."
            )
            if self.creating
            else self.tr(
                "Your passwords and tokens are in the encrypted secrets file {0}. Give its "
                "passphrase to use them."
            ).format(secret_file.default_path())
        )
        self.choice.setWordWrap(True)
        layout.addWidget(self.choice)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("passphraseAgain")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        if self.creating:
            form.addRow(self.tr("Passphrase again"), self.confirm)
        layout.addLayout(form)
        self.use_button = QPushButton(
            self.tr("Use an encrypted file") if self.creating else self.tr("Unlock")
        )
        self.use_button.setObjectName("useEncryptedFile")
        self.use_button.setDefault(True)
        self.use_button.clicked.connect(self._on_use)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result_label = QLabel()
        self.result_label.setObjectName("secretsResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)

        install = QLabel(
            self.tr(
                "Or install a system keyring and restart the app: on Linux, GNOME Keyring "
                "(apt install gnome-keyring) or KWallet, unlocked when you log in. Windows "
                "and macOS have one built in."
            )
        )
        install.setWordWrap(True)
        install.setEnabled(False)  # the palette's quieter text colour
        layout.addWidget(install)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.later_button = buttons.addButton(
            self.tr("Continue without saving passwords")
            if self.creating
            else self.tr("Not now (passwords stay locked)"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if state.can_store:
            for widget in (self.choice, self.passphrase, self.confirm, self.use_button):
                widget.setVisible(False)
            self.later_button.setText(self.tr("Close"))

    def _status_text(self, state: secrets.KeyringState) -> str:
        if state.persistent:
            return self.tr("Passwords and tokens are kept in {0}.").format(state.describe())
        if state.can_store:
            return self.tr(
                "Passwords and tokens are kept in memory only (a test setting) and are "
                "forgotten when the app quits."
            )
        if state.storage is secrets.Storage.LOCKED:
            return self.tr("The encrypted secrets file is locked.")
        return self.tr(
            "No system keyring is available, so passwords and tokens cannot be saved: "
            "accounts that need one cannot be added or signed in."
        )

    @Slot()
    def _on_use(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase.strip():
            self.result_label.setText(self.tr("✘ Type a passphrase first."))
            return
        if self.creating and passphrase != self.confirm.text():
            self.result_label.setText(self.tr("✘ The two passphrases differ."))
            return
        self.use_button.setEnabled(False)
        self.result_label.setText(
            self.tr("Creating the file…") if self.creating else self.tr("Unlocking…")
        )
        self.tasks.run(
            lambda: secrets.use_encrypted_file(passphrase),
            self._on_done,
            self._on_failed,
            owner=self,
        )

    def _on_done(self, _path: object) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self.use_button.setEnabled(True)
        self.passphrase.selectAll()
        self.result_label.setText(self.tr("✘ {0}").format(error_text(error)))
