"""The Accounts pane driven like a user would: add, test, sync, see state, remove."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from workbench.core.accounts.secrets import MemoryKeyring
from workbench.core.workspace import Workspace
from workbench.gui.accounts.dialog import AccountDialog
from workbench.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, gui_workspace: Workspace) -> MainWindow:
    win = MainWindow(gui_workspace)
    qtbot.addWidget(win)
    win.show()
    win.show_pane("accounts")
    return win


def type_settings(dialog: AccountDialog, name: str, values: dict[str, str]) -> None:
    """Type the account's name and settings into the dialog's form, as a user would."""
    dialog.name.setText(name)
    assert dialog.form is not None
    for key, value in values.items():
        editor = dialog.form.editors[key]
        assert isinstance(editor, QLineEdit)
        editor.setText(value)


def _fill(dialog: AccountDialog, connector_id: str, name: str, values: dict[str, str]) -> None:
    dialog.connector_box.setCurrentIndex(dialog.connector_box.findData(connector_id))
    type_settings(dialog, name, values)


def test_form_is_generated_from_declared_settings_and_masks_secrets(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = AccountDialog(window.workspace.accounts, window.tasks, parent=window)
    qtbot.addWidget(dialog)
    dialog.connector_box.setCurrentIndex(dialog.connector_box.findData("token-echo"))
    assert dialog.form is not None
    assert set(dialog.form.editors) == {"room", "token"}
    token = dialog.form.editors["token"]
    assert isinstance(token, QLineEdit)
    assert token.echoMode() == QLineEdit.EchoMode.Password


def test_add_test_sync_and_remove_an_account(
    qtbot: QtBot, window: MainWindow, memory_keyring: MemoryKeyring, gui_data_dir: object
) -> None:
    pane = window.panes["accounts"]
    dialog = AccountDialog(window.workspace.accounts, window.tasks, parent=window)
    qtbot.addWidget(dialog)

    # A wrong token: the test says so in words and nothing is saved.
    _fill(dialog, "token-echo", "Echo room", {"room": "lobby", "token": "bad"})
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused" in dialog.result_label.text())
    assert window.workspace.accounts.all() == []

    _fill(dialog, "token-echo", "Echo room", {"room": "lobby", "token": "good"})
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Connection works" in dialog.result_label.text())
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None

    # The token is in the keyring, not in the database file.
    assert "good" in memory_keyring.values.values()
    pane.refresh()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert pane.model.account(0) is not None
    pane.table.selectRow(0)
    assert "Not synced yet" in pane.details.text()

    with qtbot.waitSignal(window.syncer.finished, timeout=10_000):
        qtbot.mouseClick(pane.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "3 items" in pane.details.text())
    assert "State: OK" in pane.details.text()

    # Test connection on the saved account uses the token from the keyring.
    qtbot.mouseClick(pane.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Connection works" in pane.details.text())

    # Remove: the confirmation says what goes, then it is gone with its secret.
    asked: list[str] = []

    def answer_yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    import workbench.gui.accounts.pane as pane_module

    original = pane_module.QMessageBox.question
    pane_module.QMessageBox.question = answer_yes  # type: ignore[method-assign]
    try:
        qtbot.mouseClick(pane.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: pane.model.rowCount() == 0)
    finally:
        pane_module.QMessageBox.question = original  # type: ignore[method-assign]
    assert "3 stored items" in asked[0] and "1 communities" in asked[0]
    assert "good" not in memory_keyring.values.values()
    window.tasks.wait()

    database = window.workspace.data_dir / "workbench.sqlite3"
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM items").fetchone()[0] == 0


def test_failing_account_shows_the_error_in_words(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    account = ws.accounts.add("token-echo", "Echo", {"room": "lobby", "token": "good"})
    with qtbot.waitSignal(window.syncer.finished, timeout=10_000):
        window.syncer.sync_all()
    ws.accounts.update(account.id, {"room": "lobby", "token": "expired"})
    pane = window.panes["accounts"]
    with qtbot.waitSignal(window.syncer.finished, timeout=10_000):
        window.syncer.sync_all()
    qtbot.waitUntil(
        lambda: pane.model.rowCount() == 1 and pane.model.account(0).status == "auth-needed"  # type: ignore[union-attr]
    )
    pane.table.selectRow(0)
    assert "Sign in again" in pane.details.text()  # it worked once: the sign-in expired
    assert "refused" in pane.details.text()
    assert "needs attention" in window.sync_label.text()


def test_plugin_problems_are_listed(qtbot: QtBot, gui_data_dir: object, window: MainWindow) -> None:
    broken = window.workspace.plugin_dir / "broken_plugin.py"
    broken.write_text("raise RuntimeError('boom at import')\n")
    second = MainWindow(Workspace.open(window.workspace.data_dir))
    qtbot.addWidget(second)
    assert "broken_plugin" in second.panes["accounts"].plugin_problems.text()
    assert "boom at import" in second.panes["accounts"].plugin_problems.text()
    second.tasks.wait()
    second.workspace.close()


def test_remove_takes_the_account_the_question_named(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.workspace
    ws.accounts.add("demo", "Alpha", {"size": "10"})
    ws.accounts.add("demo", "Beta", {"size": "10"})
    pane = window.panes["accounts"]
    pane.refresh()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
    asked: list[str] = []

    def answer_yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    pane.table.selectRow(0)  # Alpha
    qtbot.mouseClick(pane.remove_button, Qt.MouseButton.LeftButton)
    pane.table.selectRow(1)  # the user moves on before the question shows
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    window.tasks.wait()
    assert "Alpha" in asked[0]
    assert [a.name for a in ws.accounts.all()] == ["Beta"]
