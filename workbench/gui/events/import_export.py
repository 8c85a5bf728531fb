"""Import and export of .ics files: the file dialogs, then the work off the GUI thread.

``CalendarFiles.import_file``/``export_file`` are what the toolbar calls after its dialog
(and what tests call with a real file); each reports one line for the pane's status.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from workbench.core.changes import Changes
from workbench.core.events.model import ImportReport
from workbench.core.events.service import EventService
from workbench.gui.events.words import problem_text
from workbench.gui.tasks import TaskRunner
from workbench.gui.words import words

MAX_PROBLEMS_SHOWN = 20


class CalendarFiles(QObject):
    finished = Signal(str, str)  # the status line, details (the problems, one a line)
    changed = Signal(object)  # Changes, when an import brought events

    def __init__(self, *, events: EventService, tasks: TaskRunner, owner: QWidget) -> None:
        super().__init__(owner)
        self.events, self.tasks, self.owner = events, tasks, owner

    def choose_and_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.owner,
            self.tr("Import a calendar"),
            "",
            self.tr("Calendar files (*.ics);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def choose_and_export(self, event_ids: Sequence[int] | None = None) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.owner,
            self.tr("Export the calendar"),
            "calendar.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if name:
            path = Path(name)
            self.export_file(path if path.suffix else path.with_suffix(".ics"), event_ids)

    def import_file(self, path: Path) -> None:
        events = self.events
        self._run(
            lambda: events.import_ics(path), lambda report: self._imported(path, report), path
        )

    def export_file(self, path: Path, event_ids: Sequence[int] | None = None) -> None:
        events = self.events
        ids = list(event_ids) if event_ids is not None else None
        self._run(
            lambda: events.export_ics(path, ids), lambda count: self._exported(path, count), path
        )

    def _run(self, work: Callable[[], object], done: Callable[[object], None], path: Path) -> None:
        def failed(error: Exception) -> None:
            self.finished.emit(
                self.tr("{file}: {problem}").format(file=path.name, problem=problem_text(error)), ""
            )

        self.tasks.run(work, done, failed, owner=self.owner)

    def _imported(self, path: Path, report: object) -> None:
        assert isinstance(report, ImportReport)
        line = self.tr("Imported {file}: {new} new, {updated} updated, {skipped} skipped.").format(
            file=path.name, new=report.new, updated=report.updated, skipped=report.skipped
        )
        if report.problems:
            line += " " + self.tr("%n problem(s): see the tooltip.", "", len(report.problems))
        details = "\n".join(words(p) for p in report.problems[:MAX_PROBLEMS_SHOWN])
        if report.new or report.updated:
            self.changed.emit(Changes(events=True))
        self.finished.emit(line, details)

    def _exported(self, path: Path, count: object) -> None:
        assert isinstance(count, int)
        line = self.tr("Exported %n event(s) to {file}.", "", count)
        self.finished.emit(line.format(file=str(path)), "")
