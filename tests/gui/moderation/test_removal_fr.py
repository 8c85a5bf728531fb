"""The Remove dialog in a French interface offers the French removal reasons for a
community whose own language is not known (core takes the interface's from the GUI)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from pytestqt.qtbot import QtBot

from workbench.core.moderation.state import Decision
from workbench.gui.i18n import install_translations
from workbench.gui.moderation import ModerationPane
from workbench.gui.moderation.dialogs import RemoveDialog


@pytest.fixture
def french(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    saved = QLocale()
    install_translations(qapp, "fr", directory=tmp_path)
    yield
    install_translations(qapp, "en")
    QLocale.setDefault(saved)


def test_the_remove_dialog_offers_french_reasons(
    qtbot: QtBot, french: None, pane: ModerationPane
) -> None:
    pane.table.selectRow(0)
    qtbot.waitUntil(lambda: pane.entry_view.context is not None, timeout=30000)
    qtbot.mouseClick(pane.action_bar.buttons[Decision.REMOVE], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(pane.dialog, RemoveDialog), timeout=30000)
    dialog = pane.dialog
    assert isinstance(dialog, RemoveDialog)
    offered = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    assert "Hors sujet" in offered and "Spam ou autopromotion" in offered
    assert "Off topic" not in offered
    dialog.template.setCurrentIndex(dialog.template.findText("Hors sujet"))
    assert "est hors sujet ici" in dialog.preview.toPlainText()
    dialog.reject()
