"""Which language the app speaks, and loading its translations (ours and Qt's own).

QtCore only, so the CLI can use it too. The choice is: ``--lang`` on the command line, else the
one saved in Preferences, else the system's (the POSIX variables, as gettext reads them).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("en", "fr")
DEFAULT_LANGUAGE = "en"  # the source strings are English
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"

# Named explicitly so the CLI (which sets no application names) reads the same place as the GUI.
_ORGANIZATION = "Community Workbench"
_APPLICATION = "Community Workbench"
_SETTING = "ui/language"
# In the order gettext consults them; LANGUAGE may hold a list ("fr:en").
_LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_current = DEFAULT_LANGUAGE


def _language_of(name: str) -> str:
    """``fr_CA.UTF-8@euro`` -> ``fr``; ``C``, ``POSIX`` and empty -> ``""``."""
    name = name.split(".", 1)[0].split("@", 1)[0].strip()
    if name in ("", "C", "POSIX"):
        return ""
    return name.replace("-", "_").split("_", 1)[0].lower()


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the system asks for, one of LANGUAGES (English when we have not got it).

    The first variable set to a real locale decides, as in gettext; within LANGUAGE's list the
    first language we have wins (``de:fr`` -> ``fr``).
    """
    env = os.environ if environ is None else environ
    for variable in _LANGUAGE_VARIABLES:
        names = (
            env.get(variable, "").split(":") if variable == "LANGUAGE" else [env.get(variable, "")]
        )
        languages = [language for language in map(_language_of, names) if language]
        if not languages:
            continue
        return next((language for language in languages if language in LANGUAGES), DEFAULT_LANGUAGE)
    if environ is None:  # no POSIX variables (Windows, macOS app bundles): ask Qt
        return _supported(QLocale.system().name().split("_", 1)[0]) or DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def _supported(language: str | None) -> str | None:
    if language is None:
        return None
    language = language.strip().lower()
    return language if language in LANGUAGES else None


def _settings() -> QSettings:
    # defaultFormat() is NativeFormat in the app; tests switch it to an INI file in a temp folder.
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, _ORGANIZATION, _APPLICATION
    )


def saved_language() -> str | None:
    """The language chosen in Preferences, or None to follow the system."""
    value = _settings().value(_SETTING)
    return _supported(value) if isinstance(value, str) else None


def save_language(language: str | None) -> None:
    """Remember the Preferences choice; None (or an unknown language) follows the system."""
    settings = _settings()
    chosen = _supported(language)
    if chosen is None:
        settings.remove(_SETTING)
    else:
        settings.setValue(_SETTING, chosen)
    settings.sync()


def choose_language(requested: str | None = None) -> str:
    """``--lang`` when given and known, else the saved choice, else the system's."""
    return _supported(requested) or saved_language() or system_language()


def installed() -> bool:
    """Are our translations (for English, its plural forms) installed?"""
    return bool(_installed)


def current_language() -> str:
    """The language install_translations set last (English before it runs)."""
    return _current


def qt_translations_dir() -> Path:
    """Where Qt's own qtbase_<lang>.qm files are (inside the bundle in a frozen app)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "PySide6" / "Qt" / "translations"
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def locale_for(language: str, environ: Mapping[str, str] | None = None) -> QLocale:
    """The locale for formatting: the system's territory when its language is this one
    (fr_CA stays fr_CA), else the language's main territory (fr -> fr_FR)."""
    env = os.environ if environ is None else environ
    names = [env.get(v, "") for v in ("LC_ALL", "LC_TIME", "LC_NUMERIC", "LC_MESSAGES", "LANG")]
    names += env.get("LANGUAGE", "").split(":")
    for name in names:
        base = name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
        if _language_of(base) == language and "_" in base:
            return QLocale(base)
    posix = any(_language_of(name) for name in names)
    if environ is None and not posix and QLocale.system().name().split("_", 1)[0] == language:
        return QLocale(QLocale.system().name())  # Windows, macOS: no POSIX variables
    return QLocale(language)


_installed: list[QTranslator] = []


def install_translations(
    app: QCoreApplication, language: str, *, directory: Path | None = None
) -> list[QTranslator]:
    """Install our workbench_<lang>.qm and Qt's qtbase_<lang>.qm, and set the default locale.

    Translators installed by an earlier call are removed first. English installs only our
    plural forms (the source strings are English) and sets the locale. ``directory``
    replaces ours (tests).
    """
    global _current
    chosen = _supported(language) or DEFAULT_LANGUAGE
    for old in _installed:
        # Gone with the application that owned it (the CLI's, before the window's).
        if shiboken6.isValid(old):
            app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(chosen))
    _current = chosen
    # English is the source language: only its plural forms ("1 prompt", "11 prompts" from
    # "%n prompt(s)") come from a file; Qt's own strings are English already.
    sources = [("workbench", directory or TRANSLATIONS)]
    if chosen != DEFAULT_LANGUAGE:
        sources.append(("qtbase", qt_translations_dir()))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(f"{name}_{chosen}", str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("no %s translation for %s in %s", name, chosen, folder)
    return list(_installed)
