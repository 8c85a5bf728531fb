"""Import a platform data export (Facebook groups, LinkedIn) into a community.

Facebook removed its Groups API and LinkedIn has none, so a group's content reaches the
inbox through the member's own data export. The import runs off the GUI thread and is all
or nothing: a damaged or foreign file is refused with a message and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.imports.archives import ImportSummary
from workbench.core.workspace import Importer
from workbench.gui.tasks import TaskRunner
from workbench.gui.words import error_text


class ImportDialog(QDialog):
    def __init__(
        self, importer: Importer, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.importer = importer
        self.tasks = tasks
        self.summary: ImportSummary | None = None
        self.setWindowTitle(self.tr("Import a data export"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Bring a group's posts and comments into the inbox from your own data export: "
            "Facebook's “Download Your Information” (JSON format) or LinkedIn's data export. "
            "Importing a newer export again adds only what is new."
        ))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Facebook “Download Your Information”"), "facebook-archive")
        self.kind.addItem(self.tr("LinkedIn data export"), "linkedin-export")
        form.addRow(self.tr("Export from"), self.kind)
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("The .zip file, or the unpacked folder"))
        choose_file = QPushButton(self.tr("File…"))
        choose_file.clicked.connect(self._on_choose_file)
        choose_folder = QPushButton(self.tr("Folder…"))
        choose_folder.clicked.connect(self._on_choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose_file)
        row.addWidget(choose_folder)
        form.addRow(self.tr("Export"), row)
        self.community = QLineEdit()
        self.community.setObjectName("importCommunity")
        self.community.setPlaceholderText(self.tr("e.g. Brewly Regulars (the group's name)"))
        form.addRow(self.tr("Into community"), self.community)
        self.url = QLineEdit()
        self.url.setPlaceholderText(
            self.tr("https://www.facebook.com/groups/… (for manual replies)")
        )
        form.addRow(self.tr("Group address"), self.url)
        layout.addLayout(form)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # names from the archive
        layout.addWidget(self.message_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @Slot()
    def _on_choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the export"), "",
                                              self.tr("ZIP archives (*.zip)"))  # fmt: skip
        if name:
            self.path.setText(name)

    @Slot()
    def _on_choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the unpacked export"))
        if name:
            self.path.setText(name)

    @Slot()
    def _on_import(self) -> None:
        path_text, community = self.path.text().strip(), self.community.text().strip()
        if not path_text or not community:
            self.message_label.setText(self.tr("Choose the export and name the community."))
            return
        kind, url = str(self.kind.currentData()), self.url.text().strip()
        path = Path(path_text)

        def work() -> ImportSummary:
            return self.importer(kind, path, community, url=url)

        self.import_button.setEnabled(False)
        self.message_label.setText(self.tr("Importing…"))
        self.tasks.run(work, self._on_done, self._on_failed, owner=self)

    def _on_done(self, summary: ImportSummary) -> None:
        self.summary = summary
        c = summary.counts
        self.message_label.setText(
            self.tr("✔ Imported into {0}: {1} new, {2} updated, {3} already there.")
            .format(summary.community, c.new, c.updated, c.unchanged)
        )  # fmt: skip
        self.import_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _on_failed(self, error: Exception) -> None:
        self.import_button.setEnabled(True)
        self.message_label.setText(self.tr("✘ Nothing was imported: {0}").format(error_text(error)))
