"""Importing a data export from the Accounts pane: all or nothing, with a message."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.test_archives import linkedin_files, write_zip
from workbench.core.workspace import Workspace
from workbench.gui.accounts.import_dialog import ImportDialog
from workbench.gui.tasks import TaskRunner


def test_import_a_linkedin_export_then_refuse_a_damaged_one(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    tasks = TaskRunner()
    dialog = ImportDialog(workspace.import_export, tasks)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("linkedin-export"))
    dialog.path.setText(str(write_zip(tmp_path / "export.zip", linkedin_files())))
    dialog.community.setText("DevOps Practitioners Circle")
    dialog.import_button.click()
    qtbot.waitUntil(
        lambda: "Imported into DevOps Practitioners Circle: 5 new" in dialog.message_label.text()
    )
    [account] = workspace.accounts.all()
    assert account.item_count == 5

    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    dialog.path.setText(str(damaged))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.message_label.text())
    assert workspace.accounts.get(account.id).item_count == 5
    tasks.wait()


def test_import_needs_a_file_and_a_community(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = ImportDialog(workspace.import_export, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    assert "name the community" in dialog.message_label.text()
