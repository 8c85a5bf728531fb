"""Items from a data export are answered by manual assist, even on a connector that replies."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot

from tests.inbox.conftest import make_pane, wait_idle
from tests.inbox.test_reply import open_item
from tests.test_archives import linkedin_files, write_zip
from workbench.core.workspace import Workspace
from workbench.gui.tasks import TaskRunner


def test_exported_items_offer_manual_assist_only(workspace: Workspace, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "export.zip", linkedin_files())
    workspace.import_export("linkedin-export", path, "DevOps Practitioners Circle")
    with workspace.store.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT flags FROM items").all()
    assert rows and all("manual" in flags.split(",") for (flags,) in rows)
    exported = workspace.actions.abilities("linkedin", ("own", "manual"))
    assert (exported.reply, exported.post, exported.manual_assist) == (False, False, True)
    synced = workspace.actions.abilities("linkedin", ())
    assert (synced.reply, synced.manual_assist) == (True, True)


def test_a_group_post_by_manual_assist_is_kept_as_an_audit_trail(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    path = write_zip(tmp_path / "export.zip", linkedin_files())
    workspace.import_export(
        "linkedin-export", path, "DevOps Circle", url="https://www.linkedin.com/groups/5521"
    )
    tasks = TaskRunner()
    pane = make_pane(workspace, tasks)
    pane.service.me = "cm_alex"
    qtbot.addWidget(pane)
    pane.show()
    open_item(qtbot, pane, tasks, "hiring")
    qtbot.keyClick(pane.table, Qt.Key.Key_C)
    composer = pane.composing.post_composer
    assert composer is not None and composer.manual
    composer.title.setText("What slowed your last deploy?")
    composer.editor.setPlainText("Share one thing you would change.")
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().startswith("What slowed your last deploy?")
    assert opened == ["https://www.linkedin.com/groups/5521"]
    qtbot.waitUntil(lambda: len(workspace.outbox.entries()) == 1)
    wait_idle(qtbot, pane, tasks)
    qtbot.mouseClick(composer.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.outbox.entries()[0].status == "done")
    [entry] = workspace.outbox.entries()
    assert (entry.action, entry.created_by) == ("post", "cm_alex")
    assert entry.payload["text"] == "Share one thing you would change."
    assert entry.sent_at is not None
    wait_idle(qtbot, pane, tasks)
    tasks.wait()
