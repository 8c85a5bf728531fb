"""Tests never write to the user's real home: every test runs in a temporary one."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from pathlib import Path

import platformdirs

from workbench.core.accounts import secret_file
from workbench.core.workspace import default_data_dir

ROOT = Path(__file__).resolve().parents[1]
REAL_HOME = Path(pwd.getpwuid(os.getuid()).pw_dir)  # from the password database, not $HOME


def test_every_place_the_app_writes_is_in_the_temporary_home(temporary_home: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings

    assert Path.home() == temporary_home != REAL_HOME
    places = [
        Path(platformdirs.user_config_dir("Community Workbench")),
        Path(platformdirs.user_data_dir("Community Workbench")),
        Path(platformdirs.user_cache_dir("Community Workbench")),
        default_data_dir(),
        default_data_dir(demo=True),
        secret_file.default_path(),
    ]
    organization = QCoreApplication.organizationName()
    QCoreApplication.setOrganizationName("Community Workbench")
    try:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            places.append(Path(QSettings(fmt, QSettings.Scope.UserScope, "CW", "CW").fileName()))
    finally:
        QCoreApplication.setOrganizationName(organization)
    for place in places:
        assert place.is_relative_to(temporary_home), place


def test_the_self_test_saves_its_window_settings_in_the_temporary_home(
    tmp_path: Path, qapp: object, capsys: object
) -> None:
    from PySide6.QtCore import QCoreApplication

    from workbench.gui import app

    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    try:
        assert app.run(data_dir=tmp_path / "workspace", self_test=True) == 0
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    # .conf, or .ini when an earlier GUI test made INI the default format
    config = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    (saved,) = (config / "Community Workbench").glob("Community Workbench.*")
    assert "geometry" in saved.read_text(encoding="utf-8", errors="replace")


def test_a_test_run_leaves_the_real_home_untouched(tmp_path: Path) -> None:
    """Run tests that save window settings and workspaces, with a home we can inspect."""
    home = tmp_path / "real-home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "WORKBENCH_"))}
    env.update(HOME=str(home), PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]))
    done = subprocess.run(
        [
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
            "tests/test_temporary_home.py::"
            "test_the_self_test_saves_its_window_settings_in_the_temporary_home",
            "tests/gui/test_main_window.py::test_geometry_and_last_pane_are_remembered",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    written = [p.relative_to(home) for p in home.rglob("*") if "Community Workbench" in str(p)]
    assert written == []
