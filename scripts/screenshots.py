"""Save every pane and main dialog of the demo workspace as PNG files.

    python scripts/screenshots.py OUTDIR [--lang en|fr|pseudo] [--size 1280x720]

Runs offscreen on a fresh demo workspace in a temporary folder (the demo account synced,
nothing of the user's touched). ``--lang pseudo`` lengthens every string by about 30% with
accented letters, to find layouts that will clip French before the translation exists.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "workbench.core.accounts.secrets.MemoryKeyring")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", choices=("en", "fr", "pseudo"), default="en")
    parser.add_argument("--size", type=_size, default=(1280, 720), help="WIDTHxHEIGHT")
    parser.add_argument("--items", type=int, default=300, help="demo items to sync")
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="workbench-shots-") as tmp:
        # Settings and data in the temporary folder: the user's own are never read or written.
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            os.environ[name] = str(Path(tmp) / name.lower())
        app = QApplication([sys.argv[0]])
        QCoreApplication.setOrganizationName("Community Workbench Screenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        if args.lang == "pseudo":
            from workbench.gui.pseudo import PseudoTranslator

            app.installTranslator(PseudoTranslator(app))
            QLocale.setDefault(QLocale("fr_FR"))
        else:
            from workbench.gui.i18n import install_translations

            install_translations(app, args.lang)
        return _shoot(app, Path(tmp) / "workspace", args.outdir, args.size, args.items)


def _shoot(
    app: QApplication, data_dir: Path, outdir: Path, size: tuple[int, int], items: int
) -> int:
    from workbench.core.workspace import Workspace
    from workbench.gui.main_window import MainWindow
    from workbench.gui.tour import tour

    workspace = Workspace.open(data_dir)
    account = workspace.accounts.add("demo", "Demo communities", {"size": str(items)})
    summary = workspace.sync.sync(account.id)
    if summary.status != "ok":
        print(f"screenshots: the demo sync failed: {summary.message}", file=sys.stderr)
        return 1
    window = MainWindow(workspace)
    window.resize(*size)
    window.show()

    def settle() -> None:
        deadline = time.monotonic() + 20
        while window.tasks.busy and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        for _ in range(3):
            app.processEvents()

    settle()
    for name, shown in tour(window, settle):
        path = outdir / f"{name}.png"
        shown.grab().save(str(path))
        print(path)
    window.tasks.wait()
    window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
