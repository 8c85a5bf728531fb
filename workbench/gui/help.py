"""Help → User guide and Help → Keyboard shortcuts: the guide that ships with the app,
shown in a window (Markdown, our own file: nothing is fetched)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from workbench.gui.i18n import current_language

translate = QCoreApplication.translate

HELP = Path(__file__).resolve().parent.parent / "resources" / "help"
GUIDE = HELP / "user-guide.md"
# One file per language beside the English one (docs/fr/user-guide.md points at the French).
GUIDES = {"en": GUIDE, "fr": HELP / "user-guide.fr.md"}
MAX_GUIDE_BYTES = 1024 * 1024


def guide_path(language: str) -> Path:
    """The guide in the interface's language, English where there is none."""
    return GUIDES.get(language, GUIDE)


def guide_text(path: Path = GUIDE) -> str:
    try:
        with path.open(encoding="utf-8") as file:
            return file.read(MAX_GUIDE_BYTES)
    except OSError:
        return translate("Help", "The user guide is missing from this installation.")


class _Browser(QTextBrowser):
    """Nothing is loaded from disk or the network (links open in the system browser)."""

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        return None


def _open_link(url: QUrl) -> None:
    if url.scheme() in ("http", "https"):
        QDesktopServices.openUrl(url)


class UserGuide(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Community Workbench user guide"))
        self.resize(760, 600)
        self.browser = _Browser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(_open_link)
        self.browser.setMarkdown(guide_text(guide_path(current_language())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
