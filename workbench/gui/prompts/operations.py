"""What the user does with prompts: write, edit, duplicate, favourite, archive, and the
dialogs to use one, get suggestions and read results. Every write runs on the task runner
and ends with ``pane.prompt_changed`` (announce, search again, stay on the prompt)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from workbench.core.changes import Changes
from workbench.core.prompts.library import PromptView
from workbench.core.prompts.user_files import ImportReport
from workbench.gui.prompts.actions import shortcut_lines
from workbench.gui.prompts.editor import PromptEditor
from workbench.gui.prompts.results import ResultLine, ResultsDialog
from workbench.gui.prompts.suggest_dialog import SuggestDialog
from workbench.gui.prompts.use_dialog import UseDialog

if TYPE_CHECKING:
    from workbench.gui.prompts.pane import PromptsPane


class PromptOperations(QObject):
    def __init__(self, pane: PromptsPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.dialog: QDialog | None = None  # the one open (tests reach it here)

    def handlers(self) -> dict[str, Callable[[], None]]:
        return {
            "search": self.focus_search,
            "new": self.new,
            "edit": self.edit,
            "duplicate": self.duplicate,
            "favourite": self.toggle_favourite,
            "archive": self.toggle_archived,
            "use": self.use,
            "suggest": self.suggest,
            "results": self.results,
            "import": self.ask_import,
            "help": self.show_help,
        }

    def show_help(self) -> None:
        box = QMessageBox(self.pane)
        box.setWindowTitle(self.tr("Prompts keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("\n".join(shortcut_lines()))
        self._open(box)

    def focus_search(self) -> None:
        self.pane.filters.search.setFocus()
        self.pane.filters.search.selectAll()

    def _open(self, dialog: QDialog, done: Callable[[], None] | None = None) -> None:
        """Non-modal to the event loop (tests drive it), modal to the window."""
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if result == QDialog.DialogCode.Accepted and done is not None:
                done()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    # -- writing ----------------------------------------------------------------------

    def new(self) -> None:
        editor = PromptEditor(tasks=self.pane.tasks, parent=self.pane)

        def save() -> None:
            draft = editor.draft()
            library = self.pane.library
            self.pane.run(
                lambda: library.add(
                    lang=draft.lang, text=draft.text, types=draft.types, purposes=draft.purposes
                ),
                lambda view: self._saved(view, self.tr("Prompt added.")),
            )

        self._open(editor, save)

    def edit(self) -> None:
        prompt = self.pane.current_view()
        if prompt is None:
            return
        editor = PromptEditor(tasks=self.pane.tasks, prompt=prompt, parent=self.pane)

        def save() -> None:
            draft = editor.draft()
            library = self.pane.library
            self.pane.run(
                lambda: library.edit(
                    prompt.id, text=draft.text, types=draft.types, purposes=draft.purposes
                ),
                lambda view: self._saved(view, self.tr("Prompt saved.")),
            )

        self._open(editor, save)

    def duplicate(self) -> None:
        prompt_id = self.pane.current_id()
        if prompt_id is None:
            return
        library = self.pane.library
        self.pane.run(
            lambda: library.duplicate(prompt_id),
            lambda view: self._saved(view, self.tr("A copy to change: press E to edit it.")),
        )

    def toggle_favourite(self) -> None:
        prompt = self.pane.current_view()
        if prompt is None:
            return
        on, library = not prompt.favourite, self.pane.library
        said = self.tr("Marked as a favourite.") if on else self.tr("No longer a favourite.")
        self.pane.run(
            lambda: library.set_favourite(prompt.id, on),
            lambda _none: self._saved(prompt, said),
        )

    def toggle_archived(self) -> None:
        prompt = self.pane.current_view()
        if prompt is None:
            return
        on, library = not prompt.archived, self.pane.library
        said = (
            self.tr("Archived: tick Show archived to see it again.")
            if on
            else self.tr("Back in the library.")
        )
        self.pane.run(
            lambda: library.set_archived(prompt.id, on),
            lambda _none: self._saved(prompt, said),
        )

    def _saved(self, view: PromptView, said: str) -> None:
        self.pane.prompt_changed(view.id, said)

    def ask_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.pane,
            self.tr("Import prompts"),
            str(Path.home()),
            self.tr("Prompt files (*.jsonl *.json *.txt);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Add a file's prompts off the GUI thread; refused lines are named (file:line)."""
        library = self.pane.library

        def done(report: ImportReport) -> None:
            said = self.tr("{file}: {added} added, {already} already there.").format(
                added=report.added, file=path.name, already=report.already
            )
            if report.refused:
                said += " " + self.tr("Refused ({n}): {lines}").format(
                    n=len(report.refused), lines="; ".join(report.refused[:5])
                )
            self.pane.prompt_changed(None, said)

        def failed(error: Exception) -> None:
            self.pane.message.emit(self.tr("Nothing imported: {error}").format(error=error))

        self.pane.tasks.run(lambda: library.import_file(path), done, failed, owner=self.pane)

    # -- using ------------------------------------------------------------------------

    def use(self, prompt: PromptView | None = None, community_id: int | None = None) -> None:
        prompt = prompt or self.pane.current_view()
        if prompt is None:
            return
        dialog = UseDialog(
            prompt=prompt,
            uses=self.pane.uses,
            communities=self.pane.communities,
            tasks=self.pane.tasks,
            community_id=community_id,
            by=self.pane.me,
            parent=self.pane,
        )
        dialog.used.connect(lambda _view: self._used(prompt.id))
        self._open(dialog)

    def _used(self, prompt_id: int) -> None:
        self.pane.changes.announce(Changes(prompts=True, outbox=True), self.pane)
        self.pane.model.forget([prompt_id])
        self.pane.refresh(keep=self.pane.current_id())

    def suggest(self) -> None:
        dialog = SuggestDialog(
            uses=self.pane.uses,
            communities=self.pane.communities,
            tasks=self.pane.tasks,
            parent=self.pane,
        )
        dialog.use_requested.connect(self._use_suggested)
        self._open(dialog)

    def _use_suggested(self, prompt: PromptView, community_id: int) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.use(prompt, community_id)

    def results(self) -> None:
        library, uses, communities = self.pane.library, self.pane.uses, self.pane.communities

        def load(per: str) -> list[ResultLine]:
            rows = uses.results(per=per)
            texts = {v.id: v.text for v in library.views(sorted({r.prompt_id for r in rows}))}
            names = {c.id: c.label for c in communities.all()}
            return [
                ResultLine(
                    texts.get(r.prompt_id, "?"),
                    names.get(r.community_id, "?") if r.community_id is not None else "",
                    r,
                )
                for r in rows
            ]

        self._open(ResultsDialog(load=load, tasks=self.pane.tasks, parent=self.pane))
