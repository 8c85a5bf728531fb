"""The Guidelines pane driven by qtbot on a real workspace with a small corpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from connectors.registry import PluginInfo, PluginState
from tests.guidelines.corpus import ScriptedConnector, corpus_batch, sync
from workbench.core.guidelines.state import DetectorKind
from workbench.core.workspace import Workspace
from workbench.gui.changes import ChangeBus
from workbench.gui.guidelines import GuidelinesPane
from workbench.gui.guidelines.backtest_dialog import BacktestDialog
from workbench.gui.guidelines.rule_editor import RuleEditor
from workbench.gui.guidelines.versions import VersionsDialog
from workbench.gui.tasks import TaskRunner


@pytest.fixture
def corpus(workspace: Workspace) -> Iterator[Workspace]:
    workspace.registry.plugins.append(
        PluginInfo(ScriptedConnector.id, "tests", PluginState.LOADED, "", ScriptedConnector)
    )
    account = workspace.accounts.add(ScriptedConnector.id, "Garden club", {}).id
    sync(workspace, account, corpus_batch())
    yield workspace
    ScriptedConnector.script = []


@pytest.fixture
def pane(qtbot: QtBot, corpus: Workspace) -> Iterator[GuidelinesPane]:
    window = QWidget()
    window.resize(1280, 720)
    tasks = TaskRunner(window)
    made = GuidelinesPane(
        guidelines=corpus.guidelines,
        backtest=corpus.backtest,
        platform_rules=corpus.platform_rules,
        tasks=tasks,
        changes=ChangeBus(window),
        parent=window,
    )
    made.resize(1280, 720)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: made.communities.count() == 3 and not made.loading)
    yield made
    tasks.wait()


def choose(qtbot: QtBot, pane: GuidelinesPane, name: str) -> None:
    row = next(i for i, e in enumerate(pane.entries) if e.name == name)
    pane.communities.setCurrentRow(row)
    qtbot.waitUntil(lambda: not pane.loading and pane._entry() is not None)


def start_from_template(qtbot: QtBot, pane: GuidelinesPane) -> None:
    pane.loading = True
    pane.create_button.click()
    qtbot.waitUntil(lambda: pane.current is not None and pane.rules.count() > 0)


def test_a_community_starts_from_a_template_and_shows_numbered_rules(
    qtbot: QtBot, pane: GuidelinesPane
) -> None:
    choose(qtbot, pane, "Gardeners")
    assert pane.stack.currentWidget() is pane.start_page
    assert "Gardeners has no guideline yet" in pane.start_label.text()
    start_from_template(qtbot, pane)
    assert pane.stack.currentWidget() is pane.document_page
    first = pane.rules.item(0).text()
    assert first.startswith("1. Be kind and respectful\nHigh · Suggest removal")
    assert pane.published.text() == "Not published yet"
    assert "Detectors:" in pane.detail.toPlainText()
    assert "Gardeners\ntest · Garden club · 6 rule(s)" in [
        pane.communities.item(i).text() for i in range(pane.communities.count())
    ]


def test_editing_a_rule_refuses_a_bad_pattern_then_saves(
    qtbot: QtBot, pane: GuidelinesPane
) -> None:
    choose(qtbot, pane, "Bakers")
    pane.empty_button.click()
    qtbot.waitUntil(lambda: pane.current is not None)
    editor = pane.edit_rule(None)
    assert isinstance(editor, RuleEditor)
    editor.title.setText("No ads")
    row = editor.detectors.add_row(None)
    row.kind.setCurrentIndex(row.kind.findData(str(DetectorKind.REGEX)))
    row.value.setText(r"(a)\1")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert "RE2 cannot run this pattern" in editor.problem.text()
    assert editor.isVisible()
    row.kind.setCurrentIndex(row.kind.findData(str(DetectorKind.WORDS)))
    row.value.setText("cheap*, buy now")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: pane.rules.count() == 1)
    assert pane.rules.item(0).text().startswith("1. No ads\nMedium · Flag · 1 detector(s), off")


def test_backtest_a_rule_and_judge_its_sample(qtbot: QtBot, pane: GuidelinesPane) -> None:
    choose(qtbot, pane, "Bakers")
    pane.empty_button.click()
    qtbot.waitUntil(lambda: pane.current is not None)
    editor = pane.edit_rule(None)
    editor.title.setText("No ads")
    row = editor.detectors.add_row(None)
    row.value.setText("cheap*, buy now")  # watched words: the first kind
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: pane.rules.count() == 1)
    pane.rules.setCurrentRow(0)
    dialog = pane.open_backtest()
    assert isinstance(dialog, BacktestDialog)
    qtbot.waitUntil(lambda: dialog.sample.count() == 1)
    assert dialog.summary.text().startswith("1 stored item(s) would have been caught (Bakers: 1)")
    assert "Cheap flour, buy now!" in dialog.text.toPlainText()
    dialog.right_button.click()
    qtbot.waitUntil(lambda: "Precision about 100%" in dialog.precision.text())
    assert "from 1 judged item(s)" in dialog.precision.text()
    assert dialog.sample.item(0).text().startswith("✓ Bakers")


def test_publish_twice_and_compare_side_by_side_then_export(
    qtbot: QtBot, pane: GuidelinesPane, tmp_path: Path
) -> None:
    choose(qtbot, pane, "Knitters")
    start_from_template(qtbot, pane)
    pane.publish("First rules", by="alice")
    qtbot.waitUntil(lambda: pane.published.text().startswith("Last published: v1"))
    pane.rules.setCurrentRow(pane.rules.count() - 1)
    pane.remove_button.click()
    qtbot.waitUntil(lambda: pane.rules.count() == 5)
    pane.publish("Dropped the last rule", by="bob")
    qtbot.waitUntil(lambda: pane.published.text().startswith("Last published: v2"))
    assert "bob" in pane.published.text()
    dialog = pane.open_versions()
    assert isinstance(dialog, VersionsDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0)
    removed = [line.left for line in dialog.lines if line.change == "removed"]
    assert any(text and text.startswith("## 6.") for text in removed)
    assert dialog.why.text() == "Why v2: Dropped the last rule"
    target = tmp_path / "rules.html"
    pane.export(target, html=True)
    qtbot.waitUntil(lambda: target.exists() and pane.status.text().startswith("Exported"))
    assert "<h2>1. " in target.read_text(encoding="utf-8")
