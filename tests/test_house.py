"""The house rules that a reader would otherwise only find by reading every file: the GUI
never reaches the store, the window is built from the pane list, and every translatable
string is one that pyside6-lupdate can see."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from workbench.core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "workbench" / "gui"
# What only the store has: the GUI is handed services instead.
STORE_ATTRIBUTES = {"store", "session", "sessions", "engine", "connection", "writing"}
STORE_MODULES = ("sqlite3", "sqlalchemy", "workbench.db")


def python_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def store_reaches(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in STORE_ATTRIBUTES:
            found.append(f"{path.name}:{node.lineno} .{node.attr}")
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [
            f"{path.name}:{node.lineno} import {n}"
            for n in names
            if n == "sqlite3" or n.startswith(STORE_MODULES)
        ]
    return found


def test_nothing_under_gui_reaches_the_store() -> None:
    reaches = [hit for path in python_files(GUI) for hit in store_reaches(path)]
    assert reaches == []


def test_the_check_sees_a_pane_that_reaches_the_store(tmp_path: Path) -> None:
    bad = tmp_path / "bad_pane.py"
    bad.write_text(
        "import sqlite3\nfrom sqlalchemy import text\ndef f(ws):\n    return ws.store.session()\n"
    )
    assert sorted(store_reaches(bad)) == [
        "bad_pane.py:1 import sqlite3",
        "bad_pane.py:2 import sqlalchemy",
        "bad_pane.py:4 .session",
        "bad_pane.py:4 .store",
    ]


def test_the_window_is_built_from_the_pane_list(qtbot: QtBot, workspace: Workspace) -> None:
    from workbench.gui.main_window import MainWindow
    from workbench.gui.panes import PANES

    keys = [spec.key for spec in PANES]
    assert len(set(keys)) == len(keys)
    assert len({spec.shortcut for spec in PANES}) == len(PANES)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert list(window.panes) == keys
    assert [window.sidebar.item(r).text() for r in range(window.sidebar.count())] == [
        spec.shown_title for spec in PANES
    ]
    window.close()


@pytest.mark.parametrize("name", ["main_window.py"])
def test_the_window_asks_no_pane_what_it_can_do(name: str) -> None:
    source = (GUI / name).read_text(encoding="utf-8")
    assert "hasattr" not in source
    assert '"auth-needed"' not in source and '"failing"' not in source


def test_changes_reach_every_pane_once(qtbot: QtBot, workspace: Workspace) -> None:
    from workbench.core.changes import AFTER_SYNC, Changes

    assert (Changes(items=True) | Changes(views=True)) == Changes(items=True, views=True)
    assert not Changes().any and AFTER_SYNC.synced
    from workbench.gui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    heard: list[Changes] = []
    window.changes.changed.connect(lambda changes, _source: heard.append(changes))
    window.changes.announce(Changes())  # nothing changed: nothing said
    window.changes.announce(Changes(views=True))
    assert heard == [Changes(views=True)]
    window.close()


def test_the_translation_check_sees_strings_lupdate_cannot(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "check_translations", ROOT / "scripts" / "check_translations.py"
    )
    assert spec is not None and spec.loader is not None
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    source = tmp_path / "probe.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "LABELS = {'new': 'New'}\n"
        "def tr(text):\n    return text\n"
        "def f(state):\n"
        "    a = tr('free helper')\n"  # lupdate files this under no context
        "    b = QCoreApplication.translate('Ctx', LABELS[state])\n"  # not a literal
        "    return a, b, QCoreApplication.translate('Ctx', 'seen')\n"
    )
    hidden = check.hidden(source)
    ts = tmp_path / "probe.ts"
    check.lupdate([source], ts)
    contextless = check.contextless(ts)
    assert len(hidden) == 1 and "LABELS[state]" in hidden[0]
    assert len(contextless) == 1 and "'free helper'" in contextless[0]
    assert "seen" in ts.read_text(encoding="utf-8")
