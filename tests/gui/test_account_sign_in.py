"""Adding a Reddit account as a first-time user would: one aligned form with readable help, a
Sign in button, no internal fields, and words that fit the account's history."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
import requests
from keyring.backends import fail
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from connectors.api import Capability, SettingField
from connectors.demo import DemoConnector
from connectors.testing.reddit_server import FakeReddit, served
from tests.gui.test_accounts_pane import type_settings
from workbench.core.accounts import secrets
from workbench.core.accounts.secrets import MemoryKeyring
from workbench.core.workspace import Workspace
from workbench.gui.accounts import dialog as dialog_module
from workbench.gui.accounts.dialog import AccountDialog
from workbench.gui.accounts.secrets_dialog import SecretsDialog
from workbench.gui.main_window import MainWindow


@pytest.fixture
def fake_reddit(shared_fixtures: Path) -> Iterator[FakeReddit]:
    yield from served(shared_fixtures)


@pytest.fixture
def window(qtbot: QtBot, gui_workspace: Workspace) -> MainWindow:
    win = MainWindow(gui_workspace)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.show_pane("accounts")
    return win


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The user's web browser (the one part that cannot run here): it opens the consent page,
    which the fake Reddit approves at once and redirects to the app's local listener."""
    opened: list[str] = []
    threads: list[threading.Thread] = []

    def open_browser(url: str) -> None:
        opened.append(url)
        thread = threading.Thread(target=requests.get, args=(url,), kwargs={"timeout": 10})
        thread.start()
        threads.append(thread)

    monkeypatch.setattr(dialog_module, "_open_browser", open_browser)
    yield opened
    for thread in threads:
        thread.join(10)


def _reddit_dialog(qtbot: QtBot, window: MainWindow) -> AccountDialog:
    dialog = AccountDialog(window.workspace.accounts, window.tasks, parent=window)
    qtbot.addWidget(dialog)
    dialog.connector_box.setCurrentIndex(dialog.connector_box.findData("reddit"))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


_type = type_settings


def _x_in(dialog: QWidget, widget: QWidget) -> int:
    return widget.mapTo(dialog, QPoint(0, 0)).x()


def test_reddit_form_offers_sign_in_with_aligned_fields_and_wrapped_help(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _reddit_dialog(qtbot, window)
    assert dialog.sign_in_button.isVisible()
    assert dialog.sign_in_button.text() == "Sign in with Reddit…"
    assert "Sign in with Reddit" in dialog.intro.text()
    form = dialog.form
    assert form is not None
    # Every help text wraps under its own field, within the dialog.
    assert form.hints and all(hint.wordWrap() for hint in form.hints.values())
    for hint in form.hints.values():
        if hint.isVisible():
            assert _x_in(dialog, hint) + hint.width() <= dialog.width()
    # The platform, name and settings fields start in one column.
    visible = [e for e in form.editors.values() if e.isVisible()]
    columns = {_x_in(dialog, e) for e in [dialog.connector_box, dialog.name, *visible]}
    assert len(columns) == 1, columns
    form.show_advanced.setChecked(True)
    qtbot.waitUntil(lambda: form.editors["oauth_url"].isVisible())
    advanced = [form.editors[k] for k in ("oauth_url", "user_agent", "redirect_uri")]
    assert {_x_in(dialog, e) for e in advanced} == columns
    assert dialog.height() <= 720


def test_a_connector_without_sign_in_has_no_sign_in_button(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = AccountDialog(window.workspace.accounts, window.tasks, parent=window)
    qtbot.addWidget(dialog)
    dialog.connector_box.setCurrentIndex(dialog.connector_box.findData("token-echo"))
    dialog.show()
    assert not dialog.sign_in_button.isVisible()
    assert not dialog.intro.isVisible()


@dataclass(frozen=True)
class _InternalField(SettingField):
    """SettingField with the ``internal`` flag proposed for connectors/api.py."""

    internal: bool = True


class _TokenFilledBySignIn(DemoConnector):
    id = "signs-in"
    display_name = "Signs in (test)"
    capabilities = DemoConnector.capabilities | {Capability.SIGN_IN}
    settings_fields = (
        SettingField("room", "Room"),
        _InternalField("refresh_token", "Sign-in token", secret=True),
    )


def test_fields_the_connector_fills_in_itself_are_not_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    from workbench.gui.accounts.settings_form import SettingsForm

    form = SettingsForm(_TokenFilledBySignIn, {}, editing=False, secret_hint="")
    qtbot.addWidget(form)
    assert set(form.editors) == {"room"}
    assert "Sign-in token" not in [label.text() for label in form.findChildren(QLabel)]


def test_add_and_sign_in_from_the_dialog(
    qtbot: QtBot,
    window: MainWindow,
    fake_reddit: FakeReddit,
    browser: list[str],
    memory_keyring: MemoryKeyring,
) -> None:
    fake_reddit.model.add_post("python", "Hello from the fake", "")
    dialog = _reddit_dialog(qtbot, window)
    # An installed app: only the client id, no secret and no password; Sign in does the rest.
    _type(
        dialog,
        "Brewly on Reddit",
        {
            "subreddits": "python",
            "username": fake_reddit.username,
            "client_id": fake_reddit.client_id,
            "oauth_url": fake_reddit.url,
            "reddit_url": fake_reddit.url,
            "redirect_uri": "http://127.0.0.1:0/authorize_callback",
        },
    )
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert len(browser) == 1 and "/api/v1/authorize" in browser[0]
    assert dialog.saved is not None
    token = secrets.get_secret(dialog.saved.uid, "refresh_token")
    assert token and token in fake_reddit.refresh_tokens
    assert "Signed in as u/mod_alex" in dialog.result_label.text()


def test_never_signed_in_says_sign_in_and_an_expired_one_sign_in_again(
    qtbot: QtBot, window: MainWindow, fake_reddit: FakeReddit
) -> None:
    ws = window.workspace
    installed = {
        "client_id": fake_reddit.client_id,
        "username": fake_reddit.username,
        "subreddits": "python",
        "oauth_url": fake_reddit.url,
        "reddit_url": fake_reddit.url,
    }
    account = ws.accounts.add("reddit", "Installed", installed)
    pane = window.panes["accounts"]
    with qtbot.waitSignal(window.syncer.finished, timeout=20_000):
        window.syncer.sync_all()
    qtbot.waitUntil(lambda: pane.model.account(0) is not None)
    qtbot.waitUntil(lambda: pane.model.account(0).status == "auth-needed")  # type: ignore[union-attr]
    pane.table.selectRow(0)
    assert pane.model.index(0, 2).data() == "Sign in"
    assert pane.sign_in_button.isVisible() and pane.sign_in_button.text() == "Sign in"
    assert "again" not in pane.details.text().replace("try again", "")

    # Once it has synced, a refused sign-in is an expired one.
    ws.accounts.update(account.id, {**installed, **fake_reddit.settings()})
    with qtbot.waitSignal(window.syncer.finished, timeout=20_000):
        window.syncer.sync_all()
    assert ws.accounts.get(account.id).last_sync_at is not None
    ws.accounts.update(account.id, {**installed, "password": "wrong", "client_secret": "wrong"})
    with qtbot.waitSignal(window.syncer.finished, timeout=20_000):
        window.syncer.sync_all()
    pane.refresh()
    qtbot.waitUntil(lambda: pane.model.account(0).status == "auth-needed")  # type: ignore[union-attr]
    pane.table.selectRow(0)
    assert pane.model.index(0, 2).data() == "Sign in again"
    assert pane.sign_in_button.text() == "Sign in again"


def _answer_modal(qtbot: QtBot, action: object) -> list[str]:
    """Run ``action(dialog)`` on the SecretsDialog once it is shown (it runs modally)."""
    seen: list[str] = []

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, SecretsDialog)]
        visible = [w for w in shown if w.isVisible()]
        if not visible:
            QTimer.singleShot(50, look)
            return
        seen.append(visible[0].status.text())
        action(visible[0])  # type: ignore[operator]

    QTimer.singleShot(0, look)
    return seen


def test_without_a_keyring_saving_says_so_and_stores_nothing(
    qtbot: QtBot, window: MainWindow, memory_keyring: MemoryKeyring
) -> None:
    keyring.set_keyring(fail.Keyring())
    dialog = AccountDialog(window.workspace.accounts, window.tasks, parent=window)
    qtbot.addWidget(dialog)
    dialog.connector_box.setCurrentIndex(dialog.connector_box.findData("token-echo"))
    dialog.show()
    assert dialog.keyring_warning.isVisible()
    assert "cannot be saved" in dialog.keyring_warning.text()
    _type(dialog, "Echo", {"room": "lobby", "token": "good"})
    seen = _answer_modal(qtbot, lambda d: d.reject())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen and "No system keyring" in seen[0]
    assert "Not saved" in dialog.result_label.text()
    assert dialog.saved is None and not dialog.isHidden()
    window.tasks.wait()
    assert window.workspace.accounts.all() == []
    assert memory_keyring.values == {}


def test_the_encrypted_file_chosen_at_save_keeps_the_secret(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    keyring.set_keyring(fail.Keyring())
    dialog = AccountDialog(window.workspace.accounts, window.tasks, parent=window)
    qtbot.addWidget(dialog)
    dialog.connector_box.setCurrentIndex(dialog.connector_box.findData("token-echo"))
    _type(dialog, "Echo", {"room": "lobby", "token": "good"})

    def choose_file(d: SecretsDialog) -> None:
        d.passphrase.setText("a long tests-only passphrase")
        d.confirm.setText("a long tests-only passphrase")
        d.use_button.click()

    seen = _answer_modal(qtbot, choose_file)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen
    assert secrets.state().storage is secrets.Storage.ENCRYPTED_FILE
    assert dialog.saved is not None
    # A fresh backend on the same file (as after a restart) reads the token back.
    from workbench.core.accounts import secret_file

    reopened = secret_file.EncryptedFileKeyring(secret_file.default_path())
    reopened.unlock("a long tests-only passphrase")
    assert reopened.get_password(secrets.SERVICE, f"{dialog.saved.uid}/token") == "good"
    assert b"good" not in secret_file.default_path().read_bytes()


def test_start_up_says_there_is_no_keyring_and_offers_the_file(qtbot: QtBot) -> None:
    from workbench.gui import app

    keyring.set_keyring(fail.Keyring())
    seen = _answer_modal(qtbot, lambda d: d.reject())
    app._offer_secrets_file()
    assert seen and "cannot be saved" in seen[0]


def test_the_secrets_dialog_checks_the_passphrase_and_unlocks_after_a_restart(
    qtbot: QtBot, window: MainWindow
) -> None:
    keyring.set_keyring(fail.Keyring())
    first = SecretsDialog(window.tasks, window)
    qtbot.addWidget(first)
    first.show()
    assert first.use_button.text() == "Use an encrypted file"
    first.passphrase.setText("one passphrase")
    first.confirm.setText("another")
    first.use_button.click()
    assert "differ" in first.result_label.text()
    first.passphrase.clear()
    first.use_button.click()
    assert "Type a passphrase" in first.result_label.text()
    first.passphrase.setText("one passphrase")
    first.confirm.setText("one passphrase")
    with qtbot.waitSignal(first.accepted, timeout=30_000):
        first.use_button.click()
    assert secrets.state().storage is secrets.Storage.ENCRYPTED_FILE

    keyring.set_keyring(fail.Keyring())  # the next start: the file is there, locked
    again = SecretsDialog(window.tasks, window)
    qtbot.addWidget(again)
    again.show()
    assert "locked" in again.status.text() and again.use_button.text() == "Unlock"
    assert not again.confirm.isVisible()
    again.passphrase.setText("not it")
    again.use_button.click()
    qtbot.waitUntil(lambda: "not the passphrase" in again.result_label.text(), timeout=30_000)
    again.passphrase.setText("one passphrase")
    with qtbot.waitSignal(again.accepted, timeout=30_000):
        again.use_button.click()
    assert secrets.keyring_available()
