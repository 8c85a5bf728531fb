"""The CLI's human text in the chosen language (``--lang``, else Preferences, else the system).

Commands print their sentences through ``translate("CliSync", "...")`` with literal text, so
pyside6-lupdate extracts them like the GUI's; values go in afterwards with ``str.format``
(``{name}`` fields, kept by the translator). Machine output (JSON, JSONL, CSV, tab-separated
rows' ids, states and column names, exit codes) never goes through here: scripts read it.

``speaking(argv)`` sets the language up for one command: a QCoreApplication (QtCore only, no
display) when none exists, our and Qt's translations installed; leaving puts everything back,
so a test process (or a GUI started afterwards) finds Qt as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale

from workbench.cli.argv import requested_language as requested_language  # its old home
from workbench.core.text import Words
from workbench.gui.i18n import choose_language, current_language, install_translations
from workbench.gui.words import words

translate = QCoreApplication.translate


@contextmanager
def speaking(requested: str | None) -> Iterator[str]:
    """Translations for ``requested`` (or the saved or system language) while inside."""
    app = QCoreApplication.instance()
    created = app is None
    if app is None:
        app = QCoreApplication(["workbench"])
    before, locale = current_language(), QLocale()
    language = choose_language(requested)
    install_translations(app, language)
    try:
        yield language
    finally:
        install_translations(app, before)  # removes ours (English installs none)
        QLocale.setDefault(locale)
        if created:
            app.shutdown()


def shown(value: object) -> str:
    """Core's marked text (Words, or an error made of Words) in the chosen language; any
    other text (a platform's error, a path) as it is."""
    marked = getattr(value, "words", None)  # EventError keeps its Words beside its English
    if isinstance(value, BaseException) and isinstance(marked, Words):
        value = marked
    elif isinstance(value, BaseException) and len(value.args) == 1:
        value = value.args[0]
    if isinstance(value, Words):
        return words(value)
    return str(value)


def failure(message: str) -> str:
    """``workbench: <message>``: how every error line starts (the prefix is the program)."""
    return f"workbench: {message}"
