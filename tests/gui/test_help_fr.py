"""Help › User guide in French when the interface is French (the bundled user-guide.fr.md)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from workbench.gui.help import UserGuide, guide_path, guide_text
from workbench.gui.i18n import install_translations


@pytest.fixture
def french(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    saved = QLocale()
    install_translations(qapp, "fr", directory=tmp_path)  # our .qm not needed for the guide
    yield
    install_translations(qapp, "en")
    QLocale.setDefault(saved)


def test_the_french_interface_shows_the_french_guide(qtbot: QtBot, french: None) -> None:
    guide = UserGuide()
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert "Premier démarrage" in text and "Boîte de réception" in text
    assert "First start" not in text


def test_the_english_guide_otherwise(qtbot: QtBot) -> None:
    guide = UserGuide()
    qtbot.addWidget(guide)
    assert "First start" in guide.browser.toPlainText()
    assert guide_path("de") == guide_path("en")  # no German guide: the English one
    assert "Premier démarrage" in guide_text(guide_path("fr"))
