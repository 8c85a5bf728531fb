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

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale

from workbench.core.text import Words
from workbench.gui.i18n import choose_language, current_language, install_translations
from workbench.gui.words import words

translate = QCoreApplication.translate

# The global options that take a value, so the scan below can skip their values, with the
# abbreviations argparse accepts for them ("--da" is the shortest that names one option).
_VALUED = tuple("--data-dir"[:n] for n in range(4, 11))
_LANG = tuple("--lang"[:n] for n in range(4, 7))


def requested_language(argv: Sequence[str]) -> str | None:
    """``--lang X`` among the global options (before the command), or None.

    Read before argparse runs, because the help argparse prints is already translated;
    a subcommand's own ``--lang`` (``prompts coach --lang fr``) is not this one.
    """
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--":
            return None
        option, equals, value = token.partition("=")
        if option in _LANG:  # argparse takes --la and --lan for --lang too
            if equals:
                return value
            return argv[index + 1] if index + 1 < len(argv) else None
        if token in _VALUED:
            index += 2
            continue
        if not token.startswith("-"):  # the command: what follows is its own
            return None
        index += 1
    return None


def command_word(argv: Sequence[str]) -> str | None:
    """The command's word (``sync`` in ``--data-dir D sync --account A``), or None: the
    first word that is neither a global option nor the value of one, as argparse reads it."""
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--":  # what follows is positional: the command first
            return argv[index + 1] if index + 1 < len(argv) else None
        if token in _VALUED or token in _LANG:
            index += 2
            continue
        if not token.startswith("-") or token == "-":
            return token
        index += 1
    return None


def asks_help(argv: Sequence[str]) -> bool:
    """``-h``/``--help`` (or ``--he``, ``-vh`` ...) among the global options."""
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--" or not token.startswith("-") or token == "-":
            return False  # the command: what follows is its own
        if token in _VALUED or token in _LANG:
            index += 2
            continue
        if token.startswith("--"):
            if len(token) >= 3 and "--help".startswith(token):
                return True
        elif "h" in token:
            return True
        index += 1
    return False


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
