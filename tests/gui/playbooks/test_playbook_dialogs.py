"""The playbook dialogs: the import preview (new / changed with its diff / identical, a
choice per changed item) and the export dialog, files read off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.playbooks.seed import seed_library
from workbench.core.inbox.query import View
from workbench.core.playbooks.export import new_header
from workbench.core.playbooks.state import Choice, PlaybookArea
from workbench.core.workspace import Workspace
from workbench.gui.changes import ChangeBus
from workbench.gui.playbooks.export_dialog import ExportPlaybookDialog
from workbench.gui.playbooks.import_dialog import ImportPlaybookDialog
from workbench.gui.playbooks.preview_model import PreviewModel
from workbench.gui.tasks import TaskRunner


def _team_playbook(tmp_path: Path) -> Path:
    source = Workspace.open(tmp_path / "source")
    try:
        seed_library(source)
        path = tmp_path / "team.playbook.json"
        header = new_header("Team playbook", author="Sam", description="How we run our spaces.")
        source.playbooks.write(source.playbooks.export(header, dict.fromkeys(PlaybookArea)), path)
    finally:
        source.close()
    return path


def test_import_preview_then_keep_both_for_a_changed_view(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, qtmodeltester: object
) -> None:
    path = _team_playbook(tmp_path)
    workspace.views.save("Loud threads", View(search="fire"))  # the team's says "urgent"
    tasks, bus = TaskRunner(), ChangeBus()
    dialog = ImportPlaybookDialog(playbooks=workspace.playbooks, tasks=tasks, changes=bus)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 720)
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert "7 new, 1 updated, 1 changed, 0 identical" in dialog.message.text()
    assert dialog.header.text().startswith("Team playbook, version 1\nBy Sam")
    # The changed view is selected first, its diff shown, and a choice can be made.
    assert '-    "search": "fire"' in dialog.diff.toPlainText()
    assert dialog.choice_buttons[Choice.BOTH].isEnabled()
    dialog.grab().save("/tmp/playbook-import-preview.png")
    row = dialog._selected_rows()[0]
    assert dialog.model.data(dialog.model.index(row, PreviewModel.ACTION)) == "Keep mine"
    dialog.choice_buttons[Choice.BOTH].click()
    assert dialog.model.data(dialog.model.index(row, PreviewModel.ACTION)) == "Keep both"
    with qtbot.waitSignal(bus.changed, timeout=10_000):
        dialog.import_button.click()
    assert "7 added, 1 updated, 1 kept both" in dialog.message.text()
    names = sorted(v.name for v in workspace.views.all())
    assert names == ["Alice's corner", "Loud threads", "Loud threads (2)", "My open questions"]
    tasks.wait()


def test_a_refused_file_says_why_and_offers_nothing_to_import(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    bad = tmp_path / "evil.json"
    bad.write_text('{"a":' * 10_000 + "1" + "}" * 10_000, encoding="utf-8")
    tasks = TaskRunner()
    dialog = ImportPlaybookDialog(playbooks=workspace.playbooks, tasks=tasks, changes=ChangeBus())
    qtbot.addWidget(dialog)
    dialog.load(bad)
    qtbot.waitUntil(lambda: "Refused" in dialog.message.text())
    assert dialog.message.text() == "Refused: evil.json: nested more than 32 levels deep."
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 0
    tasks.wait()


def test_export_the_ticked_items(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    seed_library(workspace)
    tasks = TaskRunner()
    dialog = ExportPlaybookDialog(playbooks=workspace.playbooks, tasks=tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.export_button.isEnabled)
    selection = dialog.selection()
    assert set(selection) == set(PlaybookArea)
    assert len(selection[PlaybookArea.PROMPTS] or ()) == 3  # the user's own, not the bundle
    views = dialog.tree.topLevelItem(4)
    assert views is not None
    first = views.child(0)
    assert first is not None
    first.setCheckState(0, Qt.CheckState.Unchecked)
    dialog.title.setText("Just some")
    out = tmp_path / "some.playbook.json"
    dialog.path.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "items written" in dialog.message.text())
    playbook = workspace.playbooks.read(out)
    assert playbook.header.title == "Just some"
    assert len(playbook.of(PlaybookArea.VIEWS)) == 2
    tasks.wait()


def test_the_file_menu_opens_both_dialogs(qtbot: QtBot, workspace: Workspace) -> None:
    from workbench.gui.main_window import MainWindow

    win = MainWindow(workspace)
    qtbot.addWidget(win)
    file_menu = win.menuBar().actions()[0].menu()
    titles = [a.text() for a in file_menu.actions()]  # type: ignore[union-attr]
    assert "Import playbook…" in titles and "Export playbook…" in titles
    win.import_playbook_action.trigger()
    qtbot.waitUntil(lambda: win.findChild(ImportPlaybookDialog) is not None)
    win.export_playbook_action.trigger()
    exporting = win.findChild(ExportPlaybookDialog)
    assert exporting is not None
    qtbot.waitUntil(exporting.export_button.isEnabled)  # the library was read off the GUI thread
    for dialog in (win.findChild(ImportPlaybookDialog), exporting):
        dialog.close()  # type: ignore[union-attr]
    win.tasks.wait()
