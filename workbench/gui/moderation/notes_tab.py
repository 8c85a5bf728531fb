"""The member notes tab: find a member, read and add their notes (all linked identities),
link another identity, import Toolbox usernotes, erase a member for real."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.moderation.erase import Erased
from workbench.core.moderation.notes import MemberRef, NoteView
from workbench.core.moderation.service import ModerationService, NotesImport
from workbench.core.moderation.state import NoteKind
from workbench.gui.formats import moment_text
from workbench.gui.moderation.words import note_kind_words, note_source_words
from workbench.gui.tasks import TaskRunner


class NotesTab(QWidget):
    loaded = Signal()
    changed = Signal()  # notes added, imported or erased

    def __init__(
        self,
        *,
        moderation: ModerationService,
        tasks: TaskRunner,
        actor: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.moderation = moderation
        self.tasks = tasks
        self.actor = actor
        self.members: list[MemberRef] = []
        layout = QVBoxLayout(self)
        find = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setObjectName("memberName")
        self.name.setPlaceholderText(self.tr("A member's name, e.g. u/someone"))
        self.name.returnPressed.connect(self.find_member)
        find.addWidget(self.name, 1)
        find_button = QPushButton(self.tr("Find"))
        find_button.clicked.connect(self.find_member)
        find.addWidget(find_button)
        self.member = QComboBox()
        self.member.setObjectName("memberChoice")
        self.member.currentIndexChanged.connect(self._on_member)
        find.addWidget(self.member, 1)
        layout.addLayout(find)
        self.identities = QLabel()
        self.identities.setTextFormat(Qt.TextFormat.PlainText)
        self.identities.setWordWrap(True)
        layout.addWidget(self.identities)
        self.notes = QListWidget()
        self.notes.setObjectName("memberNotes")
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes, 1)
        add = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("newNoteKind")
        for kind in NoteKind:
            self.kind.addItem(note_kind_words(kind), kind.value)
        add.addWidget(self.kind)
        self.text = QLineEdit()
        self.text.setObjectName("newNoteText")
        self.text.setPlaceholderText(self.tr("A new note (any length)"))
        self.text.returnPressed.connect(self._on_add)
        add.addWidget(self.text, 1)
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.clicked.connect(self._on_add)
        add.addWidget(self.add_button)
        layout.addLayout(add)
        tools = QHBoxLayout()
        self.link_button = QPushButton(self.tr("Same person as…"))
        self.link_button.clicked.connect(self._on_link)
        self.import_button = QPushButton(self.tr("Import Toolbox usernotes…"))
        self.import_button.setObjectName("importToolbox")
        self.import_button.clicked.connect(self._on_import)
        self.erase_button = QPushButton(self.tr("Erase this member…"))
        self.erase_button.setObjectName("eraseMember")
        self.erase_button.clicked.connect(self._on_erase)
        for button in (self.link_button, self.import_button, self.erase_button):
            tools.addWidget(button)
        tools.addStretch(1)
        layout.addLayout(tools)
        self.status = QLabel()
        self.status.setObjectName("notesStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._enable()

    def _enable(self) -> None:
        chosen = self.current() is not None
        for widget in (self.add_button, self.link_button, self.erase_button, self.text):
            widget.setEnabled(chosen)

    def current(self) -> MemberRef | None:
        index = self.member.currentIndex()
        return self.members[index] if 0 <= index < len(self.members) else None

    def _fail(self, error: Exception) -> None:
        self.status.setText(str(error))
        self.loaded.emit()

    # -- finding and showing ----------------------------------------------------------

    def find_member(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        notes = self.moderation.notes
        self.tasks.run(lambda: notes.find(name), self._on_found, self._fail, owner=self)

    def show_member(self, member: MemberRef) -> None:
        self.name.setText(member.name)
        self._on_found([member])

    def _on_found(self, members: list[MemberRef]) -> None:
        self.members = members
        self.member.blockSignals(True)
        self.member.clear()
        for m in members:
            self.member.addItem(m.label)
        self.member.blockSignals(False)
        if not members:
            self.notes.clear()
            self.identities.clear()
            self.status.setText(self.tr("No member of that name is stored."))
            self._enable()
            self.loaded.emit()
            return
        self._on_member()

    def _on_member(self, *_: object) -> None:
        member = self.current()
        self._enable()
        if member is None:
            return
        notes = self.moderation.notes

        def load() -> tuple[list[MemberRef], list[NoteView]]:
            return notes.identities(member.id), notes.for_member(member.id)

        self.tasks.run(load, self._on_notes, self._fail, owner=self)

    def _on_notes(self, found: tuple[list[MemberRef], list[NoteView]]) -> None:
        identities, notes = found
        self.identities.setText(
            self.tr("Identities: {0}").format(", ".join(m.label for m in identities))
        )
        self.notes.clear()
        for note in notes:
            where = f" · {note.community}" if note.community else ""
            self.notes.addItem(
                f"{note_kind_words(note.kind)} · {moment_text(note.created_at)}{where} · "
                f"{note.created_by or '—'} ({note_source_words(note.source)})\n{note.text}"
            )
        if not notes:
            self.notes.addItem(self.tr("No notes yet."))
        self.status.setText(self.tr("{0} note(s).").format(len(notes)))
        self.loaded.emit()

    # -- changing ---------------------------------------------------------------------

    def _on_add(self) -> None:
        member, text = self.current(), self.text.text().strip()
        if member is None or not text:
            return
        kind = NoteKind(self.kind.currentData())
        notes, actor = self.moderation.notes, self.actor
        self.text.clear()
        self.tasks.run(
            lambda: notes.add(member.id, text, kind=kind, by=actor),
            lambda _: self._after_change(),
            self._fail,
            owner=self,
        )

    def _after_change(self) -> None:
        self.changed.emit()
        self._on_member()

    def _on_link(self) -> None:
        member = self.current()
        if member is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Same person"), self.tr("The member's name on another platform:")
        )
        if not ok or not name.strip():
            return
        notes = self.moderation.notes

        def link() -> int:
            others = [m for m in notes.find(name) if m.id != member.id]
            for other in others:
                notes.link(member.id, other.id)
            return len(others)

        self.tasks.run(link, self._on_linked, self._fail, owner=self)

    def _on_linked(self, count: int) -> None:
        if not count:
            self.status.setText(self.tr("No other member of that name is stored."))
        self._after_change()

    def _on_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Toolbox usernotes page"), "", self.tr("JSON (*.json);;All files (*)")
        )
        if not name:
            return
        community, ok = QInputDialog.getText(
            self,
            self.tr("Import Toolbox usernotes"),
            self.tr("The community these notes are for:"),
            text="r/",
        )
        if ok and community.strip():
            self.import_file(Path(name), community.strip())

    def import_file(self, path: Path, community: str) -> None:
        moderation, actor = self.moderation, self.actor
        self.tasks.run(
            lambda: moderation.import_toolbox(path, community=community, by=actor),
            self._on_imported,
            self._fail,
            owner=self,
        )

    def _on_imported(self, done: NotesImport) -> None:
        self.status.setText(
            self.tr("Imported {0} note(s) on {1} member(s); {2} were there already.").format(
                done.notes, done.members, done.duplicates
            )
        )
        self.changed.emit()
        self.loaded.emit()

    def _on_erase(self) -> None:
        member = self.current()
        if member is None:
            return
        sure = QMessageBox.question(
            self,
            self.tr("Erase {0}?").format(member.label),
            self.tr(
                "Their notes and the text of every item they wrote are erased from this "
                "workspace for good, with those of every identity linked to them. "
                "This cannot be undone."
            ),
        )
        if sure == QMessageBox.StandardButton.Yes:
            self.erase(member)

    def erase(self, member: MemberRef) -> None:
        moderation = self.moderation
        self.tasks.run(
            lambda: moderation.erase_member(member.id), self._on_erased, self._fail, owner=self
        )

    def _on_erased(self, erased: Erased) -> None:
        self.status.setText(
            self.tr("Erased {0} note(s) and the text of {1} item(s).").format(
                erased.notes, erased.items
            )
        )
        self.changed.emit()
        self._on_member()
