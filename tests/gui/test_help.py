"""The Help menu: the user guide that ships with the app, and the keyboard shortcuts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from workbench.core.workspace import Workspace
from workbench.gui.help import UserGuide, guide_text
from workbench.gui.inbox.actions import ShortcutHelp
from workbench.gui.main_window import MainWindow


def test_help_offers_the_user_guide_and_the_shortcuts(qtbot: QtBot, workspace: Workspace) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    [help_menu] = [m for m in window.menuBar().actions() if m.text() == "&Help"]
    names = [a.text() for a in help_menu.menu().actions() if a.text()]
    assert names[:2] == ["&User guide", "&Keyboard shortcuts"]
    help_menu.menu().actions()[0].trigger()
    assert isinstance(window.help_window, UserGuide)
    assert "First start" in window.help_window.browser.toPlainText()
    help_menu.menu().actions()[1].trigger()
    assert isinstance(window.help_window, ShortcutHelp)
    window.help_window.close()
    window.close()


def test_the_guide_is_read_with_a_bound(tmp_path) -> None:  # type: ignore[no-untyped-def]
    huge = tmp_path / "guide.md"
    huge.write_text("x" * (3 * 1024 * 1024), encoding="utf-8")
    assert len(guide_text(huge)) == 1024 * 1024
    assert "missing" in guide_text(tmp_path / "nope.md")
