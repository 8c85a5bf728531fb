"""Starting the GUI: the application object, the workspace, first-run choice, self-test."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench import __version__
from workbench.core import heap
from workbench.core.logs import setup_logging
from workbench.core.messages import bridge
from workbench.core.text import Words
from workbench.core.workspace import StoreError, Workspace, default_data_dir
from workbench.gui import memory
from workbench.gui.i18n import choose_language, current_language, install_translations
from workbench.gui.selftest import run_self_test
from workbench.gui.words import words

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


def _application(self_test: bool, language: str | None = None) -> QApplication:
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if self_test and sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    memory.limit_arenas()  # before Qt and the task runner start their threads
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Community Workbench")
    app.setApplicationName("Community Workbench")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("community-workbench")
    # Before any window exists: widgets take their text (and QLocale) when they are built.
    install_translations(app, choose_language(language))
    return app


def _offer_demo(app: QApplication, data_dir: Path) -> bool:
    """First start: ask whether to open the demo workspace instead of an empty one."""
    box = QMessageBox()
    box.setWindowTitle(translate("App", "Welcome to Community Workbench"))
    box.setText(
        translate(
            "App",
            "<h3>Welcome!</h3>Your workspace is empty. Would you like to look around "
            "with sample communities first? The demo workspace is kept separate from "
            "your own, and you can open it any time with <code>workbench --demo</code>.",
        )
    )
    demo = box.addButton(
        translate("App", "Open the demo workspace"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("App", "Start with my own accounts"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is demo


def _offer_secrets_file() -> None:
    """No keyring can store secrets: say so now and offer the encrypted secrets file."""
    from workbench.core.accounts import secrets
    from workbench.gui.accounts.secrets_dialog import SecretsDialog
    from workbench.gui.tasks import TaskRunner

    if secrets.keyring_available():
        return
    tasks = TaskRunner()
    SecretsDialog(tasks).exec()
    tasks.deleteLater()


def _show_notices(notices: list[Words]) -> None:
    for notice in notices:
        bridge.warning(words(notice))  # the window shows them in its status line


def run(
    *,
    data_dir: Path,
    demo: bool = False,
    self_test: bool = False,
    verbosity: int = 0,
    language: str | None = None,
) -> int:
    """Open the window. ``language`` is ``--lang`` (None: the Preferences choice or the system's)."""
    started = time.perf_counter()
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and sys.platform.startswith("linux") and not self_test:
        if "QT_QPA_PLATFORM" not in os.environ:
            print(
                "workbench: no display to open the window on. Run it on a desktop, or use "
                "the headless commands (workbench --help) or workbench --self-test.",
                file=sys.stderr,
            )
            return 1
    app = _application(self_test, language)
    try:
        workspace = Workspace.open(data_dir)
        # has_any, not all(): all() counts every item (some 0.4 s on a million, before the
        # window on every start).
        if not demo and not self_test and not workspace.accounts.has_any():
            first_run = not (data_dir / ".welcomed").exists()
            (data_dir / ".welcomed").touch()
            if first_run and _offer_demo(app, data_dir):
                workspace.close()
                demo = True
                demo_dir = default_data_dir(demo=True, language=current_language())
                workspace = Workspace.open(demo_dir)
                setup_logging(demo_dir, verbosity)  # the demo's own log
        demo_account = workspace.ensure_demo_account(current_language()) if demo else None
    except StoreError as error:
        if self_test:
            print(f"store: FAILED: {error}")
            return 1
        QMessageBox.critical(None, translate("App", "Community Workbench cannot start"), str(error))
        return 1

    from workbench.gui.main_window import MainWindow

    if not self_test:
        _offer_secrets_file()
    window = MainWindow(workspace)
    window.show()
    shown_ms = (time.perf_counter() - started) * 1000
    # Off the GUI thread once the window is up: the notices discover the connectors (on
    # first use, connectors/registry.py) and ask the keyring.
    window.tasks.run(workspace.startup_notices, _show_notices, owner=window)
    heap.keep_startup_objects()  # start-up is over (core/heap.py)
    log.info("window shown after %.0f ms", shown_ms)
    if self_test:
        code = run_self_test(app, window, workspace, shown_ms)
        window.close()
        workspace.close()
        return code
    if demo_account is not None:
        account = workspace.accounts.get(demo_account)
        if account.last_sync_at is None:
            QTimer.singleShot(0, window.syncer.sync_all)
    code = app.exec()
    workspace.close()
    return code
