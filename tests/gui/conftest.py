"""GUI tests: settings go to a temporary folder, never the user's."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

PLUGINS = Path(__file__).with_name("plugins")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: object) -> Iterator[None]:
    QCoreApplication.setOrganizationName("Community Workbench Tests")
    QCoreApplication.setApplicationName("Community Workbench Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def gui_data_dir(data_dir: Path) -> Path:
    """A workspace folder with the token-echo test plugin in its plugin folder."""
    (data_dir / "plugins").mkdir(parents=True)
    shutil.copy(PLUGINS / "token_echo.py", data_dir / "plugins" / "token_echo.py")
    return data_dir


@pytest.fixture
def gui_workspace(gui_data_dir: Path) -> Iterator[object]:
    from workbench.core.workspace import Workspace

    ws = Workspace.open(gui_data_dir)
    yield ws
    ws.close()
