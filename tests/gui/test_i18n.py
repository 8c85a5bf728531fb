"""The app's language: read from the system, chosen in Preferences, French text on screen."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from workbench.gui import i18n
from workbench.gui.preferences import PreferencesDialog

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "LC_TIME", "LC_NUMERIC")

TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def system(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """No locale variables but the ones a test sets; English and the locale restored after."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    before = QLocale()
    yield monkeypatch
    app = QCoreApplication.instance()
    assert app is not None
    i18n.install_translations(app, "en")
    QLocale.setDefault(before)


@pytest.fixture
def french_qm(tmp_path: Path) -> Path:
    """A one-context French .qm made by the real lrelease from a .ts written here."""
    ts = tmp_path / "workbench_fr.ts"
    ts.write_text(TINY_TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "workbench_fr.qm")],
        check=True,
        timeout=60,
    )
    return tmp_path


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANGUAGE": "fr:en"}, "fr"),
        ({"LANGUAGE": "en_US:fr", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANGUAGE": "de:fr"}, "fr"),
        ({"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LC_ALL": "POSIX", "LC_MESSAGES": "", "LANG": "fr_BE.UTF-8@euro"}, "fr"),
        ({"LC_ALL": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}, "fr"),
        ({"LC_MESSAGES": "fr_CH", "LANG": "en_GB.UTF-8"}, "fr"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_system_language_follows_the_posix_variables(
    environment: dict[str, str], language: str
) -> None:
    assert i18n.system_language(environment) == language


def test_the_command_line_beats_preferences_which_beat_the_system(
    system: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    system.setenv("LANG", "fr_FR.UTF-8")
    assert i18n.saved_language() is None
    assert i18n.choose_language() == "fr"
    i18n.save_language("en")
    assert i18n.saved_language() == "en"
    assert i18n.choose_language() == "en"
    assert i18n.choose_language("fr") == "fr"
    assert i18n.choose_language("xx") == "en"  # an unknown --lang falls back to the choice
    i18n.save_language(None)
    assert i18n.choose_language() == "fr"
    # The tests' settings folder, never the user's; the CLI reads the same file as the GUI.
    assert str(tmp_path) in i18n._settings().fileName()


def test_preferences_offers_system_english_and_french_and_saves_the_choice(
    qtbot: QtBot, system: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    system.setenv("LANG", "fr_FR.UTF-8")
    dialog = PreferencesDialog(tmp_path)
    qtbot.addWidget(dialog)
    items = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert items == ["System (Français)", "English", "Français"]
    assert dialog.language.currentIndex() == 0
    hints = [label.text() for label in dialog.findChildren(QLabel)]
    assert "A new language applies the next time you start the app." in hints
    dialog.language.setCurrentIndex(items.index("English"))
    dialog.accept()
    assert i18n.saved_language() == "en"

    again = PreferencesDialog(tmp_path)
    qtbot.addWidget(again)
    assert again.language.currentText() == "English"
    again.language.setCurrentIndex(0)
    again.accept()
    assert i18n.saved_language() is None


def test_with_the_french_translation_the_dialog_speaks_french(
    qtbot: QtBot, system: pytest.MonkeyPatch, french_qm: Path, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = i18n.install_translations(app, "fr", directory=french_qm)
    assert len(installed) == 2  # ours and Qt's qtbase
    assert i18n.current_language() == "fr"
    dialog = PreferencesDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Préférences"
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Langue" in labels
    assert "Workspace folder" in labels  # not in the tiny .ts: stays English

    # English installs our plural forms only ("1 prompt", "11 prompts"), not Qt's own.
    assert [t.language() for t in i18n.install_translations(app, "en")] == ["en"]
    english = PreferencesDialog(tmp_path)
    qtbot.addWidget(english)
    assert english.windowTitle() == "Preferences"
    assert i18n.current_language() == "en"


def test_qts_own_buttons_are_french_too(qtbot: QtBot, system: pytest.MonkeyPatch) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_translations(app, "fr")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annuler"


@pytest.mark.parametrize(
    ("environment", "language", "locale"),
    [
        ({"LANG": "fr_CA.UTF-8"}, "fr", "fr_CA"),
        ({"LANG": "en_US.UTF-8"}, "fr", "fr_FR"),
        ({"LANG": "en_GB.UTF-8"}, "en", "en_GB"),
        ({"LANG": "fr_FR.UTF-8"}, "en", "en_US"),
    ],
)
def test_the_default_locale_keeps_the_systems_territory_when_the_language_matches(
    system: pytest.MonkeyPatch, environment: dict[str, str], language: str, locale: str
) -> None:
    for name, value in environment.items():
        system.setenv(name, value)
    app = QCoreApplication.instance()
    assert app is not None
    i18n.install_translations(app, language)
    assert QLocale().name() == locale


def test_english_counts_say_one_prompt_and_eleven_prompts(qapp: QApplication) -> None:
    # The sources are "%Ln prompt(s)": workbench_en.qm, made by scripts/translations.py
    # update, holds the two English forms of every such message.
    i18n.install_translations(qapp, "en")
    translate = QCoreApplication.translate
    assert translate("PromptsPane", "%Ln prompt(s)", "", 1) == "1 prompt"
    assert translate("PromptsPane", "%Ln prompt(s)", "", 11) == "11 prompts"
    assert translate("PlanView", "%n day(s)", "", 14) == "14 days"


def test_translators_gone_with_an_earlier_application_are_no_obstacle(
    qapp: QApplication,
) -> None:
    # The CLI installs translators in a QCoreApplication of its own and shuts it down
    # before the window's QApplication installs them again (`workbench --self-test`).
    import shiboken6

    for translator in i18n.install_translations(qapp, "en"):
        shiboken6.delete(translator)
    assert len(i18n.install_translations(qapp, "fr")) == 2
    assert len(i18n.install_translations(qapp, "en")) == 1
