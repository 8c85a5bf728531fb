"""French runs about a fifth longer than English: no pane or main dialog may clip it.

The window is built on a synced demo workspace at 1280x720 with every string lengthened
(a pseudo-translation, about 30% longer, accented), then with the real French .qm once the
.ts holds translations; every pane and main dialog is shown in turn and each visible label,
button, tab, group box title and column header must fit, and no two siblings may overlap.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from pytestqt.qtbot import QtBot

from tests.gui.layout_check import layout_problems
from workbench.core.workspace import Workspace
from workbench.gui.main_window import MainWindow
from workbench.gui.pseudo import PseudoTranslator, pseudo
from workbench.gui.tour import tour

TRANSLATIONS = Path(__file__).resolve().parents[2] / "workbench" / "resources" / "translations"
FRENCH_QM = TRANSLATIONS / "workbench_fr.qm"
NO_FRENCH = (
    "workbench/resources/translations/workbench_fr.qm has no French yet "
    "(the lead fills workbench_fr.ts at merge)"
)


def _french() -> QTranslator | None:
    """The real French translator, when the .qm translates something (the pane titles)."""
    translator = QTranslator()
    if not translator.load(str(FRENCH_QM)):
        return None
    return translator if translator.translate("Panes", "Inbox") else None


@pytest.fixture
def demo_ws(data_dir: Path) -> Iterator[Workspace]:
    ws = Workspace.open(data_dir)
    account = ws.accounts.add("demo", "Demo communities", {"size": "300"})
    assert ws.sync.sync(account.id).status == "ok"
    yield ws
    ws.close()


@pytest.fixture(params=["en", "pseudo", "fr"])
def translated(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QCoreApplication.instance()
    assert app is not None
    if request.param == "en":
        yield "en"
        return
    if request.param == "pseudo":
        translator: QTranslator | None = PseudoTranslator(app)
        locale = QLocale("fr_FR")
    else:
        translator = _french()
        if translator is None:
            pytest.skip(NO_FRENCH)
        locale = QLocale("fr_FR")
    assert translator is not None
    before = QLocale()
    app.installTranslator(translator)
    QLocale.setDefault(locale)
    yield request.param
    app.removeTranslator(translator)
    QLocale.setDefault(before)


def test_pseudo_translation_keeps_what_code_relies_on() -> None:
    text = pseudo("&Save {name} as %1 <b>now</b> &amp; %n item(s)")
    assert text.startswith("[&S") and "{name}" in text and "%1" in text and "%n" in text
    assert "<b>" in text and "</b>" in text and "&amp;" in text
    assert text.endswith(" ~~~~]")  # 30% of the 25 letters outside placeholders and tags
    assert pseudo("Ctrl+Shift+R") == "Ctrl+Shift+R"  # Qt parses key sequences


def test_no_pane_or_dialog_clips_longer_text(
    qtbot: QtBot, demo_ws: Workspace, translated: str
) -> None:
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    # The translation is in force.
    assert (window.sidebar.item(0).text() == "Inbox") == (translated == "en")

    def settle() -> None:
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=20_000)
        QCoreApplication.processEvents()

    found: dict[str, list[str]] = {}
    visited = []
    for name, shown in tour(window, settle):
        visited.append(name)
        problems = layout_problems(shown)
        if problems:
            found[name] = problems
    assert len(visited) >= 7 + 14
    report = "\n".join(f"{name}: {p}" for name, problems in found.items() for p in problems)
    assert not found, f"{translated}: clipped or overlapping text\n{report}"
    window.tasks.wait()
    window.close()


def test_the_check_sees_cut_text_and_overlaps(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(400, 200)
    cut = QLabel("Notifications de la communauté", parent)
    cut.setGeometry(0, 0, 60, 30)
    fits = QLabel("OK", parent)
    fits.setGeometry(0, 100, 200, 30)
    one, two = QPushButton("Un", parent), QPushButton("Deux", parent)
    one.setGeometry(200, 0, 100, 30)
    two.setGeometry(250, 10, 100, 30)
    parent.show()
    qtbot.waitExposed(parent)
    problems = layout_problems(parent)
    assert any("Notifications" in p and "room 60" in p for p in problems), problems
    assert any("'Un'" in p and "overlaps" in p and "'Deux'" in p for p in problems), problems
    assert not any("'OK'" in p for p in problems), problems
