"""What the pane asks before acting: the removal reason, a ban's length, a warning, a
note, a member report ("Report this…"). The dialog open is kept in ``self.dialog`` so a
test (or a later dialog) can answer it; the answer runs the action off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QWidget

from workbench.core.moderation.actions import Done, Removal, template_values
from workbench.core.moderation.queue import EntryContext
from workbench.core.moderation.reasons import RemovalTemplate
from workbench.core.moderation.service import ModerationService
from workbench.core.moderation.state import Decision, SendAs
from workbench.gui.i18n import current_language
from workbench.gui.moderation.dialogs import (
    BanDialog,
    NoteDialog,
    RemoveDialog,
    ReportDialog,
    WarnDialog,
)
from workbench.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from workbench.gui.moderation.detail import EntryView
    from workbench.gui.moderation.model import QueueModel


class Asking(QWidget):
    """The base of ModerationPane, whose attributes and helpers these are."""

    case_opened = Signal()

    moderation: ModerationService
    tasks: TaskRunner
    actor: str
    dialog: QDialog | None
    entry_view: EntryView
    model: QueueModel
    status: QLabel
    selected_ids: Callable[[], list[int]]
    act: Callable[..., None]
    _run: Callable[[Any], None]
    _on_done: Callable[[Done], None]
    _on_failed: Callable[[Exception], None]

    def ask(self, decision: Decision) -> None:
        """Ask what the decision needs (if anything), then do it on every selected entry."""
        ids = self.selected_ids()
        if not ids:
            return
        context = self.entry_view.context
        if decision is Decision.NOTE:
            self._ask_note(context)
            return
        if decision is Decision.REMOVE:
            self._ask_removal(ids, context)
            return
        dialog: BanDialog | WarnDialog | None = None
        if decision is Decision.BAN:
            dialog = BanDialog(len(ids), self)
        elif decision is Decision.WARN:
            dialog = WarnDialog(len(ids), self)
        if dialog is None:
            self.act(ids, decision)
            return
        self.dialog = dialog

        def answered() -> None:
            assert dialog is not None
            if isinstance(dialog, BanDialog):
                self.act(
                    ids,
                    decision,
                    rule=dialog.rule.text(),
                    rationale=dialog.rationale.text(),
                    message=dialog.message.toPlainText(),
                    ban_days=dialog.ban_days(),
                )
            else:
                self.act(
                    ids,
                    decision,
                    rule=dialog.rule.text(),
                    rationale=dialog.rationale.text(),
                    message=dialog.message.toPlainText(),
                    send_as=SendAs(dialog.send_as.currentData()),
                )

        dialog.accepted.connect(answered)
        dialog.open()

    def _ask_removal(self, ids: list[int], context: EntryContext | None) -> None:
        entry = context.entry if context else self.model.entry(self.model.row_of(ids[0]))
        account = entry.row.account_id if entry else None
        community = context.detail.community_external_id if context and context.detail else ""
        moderation, actor = self.moderation, self.actor
        preview = template_values(context.detail, mod=actor) if context and context.detail else None

        def reasons() -> list[RemovalTemplate]:
            language = current_language()  # when the community's own is not known
            try:
                return moderation.removal_reasons(account, community, language=language)
            except Exception:  # the platform's reasons are a bonus: ours still work
                return moderation.removal_reasons(None, community, language=language)

        def show(templates: list[RemovalTemplate]) -> None:
            dialog = RemoveDialog(templates, preview, len(ids), self)
            self.dialog = dialog
            dialog.accepted.connect(
                lambda: self.act(
                    ids,
                    Decision.REMOVE,
                    rule=dialog.rule.text(),
                    rationale=dialog.rationale.text(),
                    removal=Removal(
                        dialog.chosen(), SendAs(dialog.send_as.currentData()), dialog.reason.text()
                    ),
                )
            )
            dialog.open()

        self.tasks.run(reasons, show, self._on_failed, owner=self)

    def _ask_note(self, context: EntryContext | None) -> None:
        if context is None or context.author_id is None:
            self.status.setText(self.tr("This item's author is unknown: no note can be kept."))
            return
        dialog = NoteDialog(context.entry.row.author, True, self)
        self.dialog = dialog
        actions, actor = self.moderation.actions, self.actor
        author, item = context.author_id, context.entry.item_id

        def answered() -> None:
            text, kind, push = (
                dialog.text.toPlainText().strip(),
                dialog.note_kind(),
                dialog.push.isChecked(),
            )
            if text:
                self._run(
                    lambda: actions.add_note(
                        author, text, by=actor, kind=kind, item_id=item, push=push
                    )
                )

        dialog.accepted.connect(answered)
        dialog.open()

    def ask_case(self) -> None:
        """Group the selected entries' items and their authors into a new case."""
        ids = self.selected_ids()
        if not ids:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Open a case"), self.tr("What the case is about:")
        )
        if ok and title.strip():
            self.open_case(title.strip(), ids)

    def open_case(self, title: str, ids: list[int]) -> None:
        moderation, actor = self.moderation, self.actor

        def open_it() -> int:
            authors = [a for a in (moderation.notes.author_of(i) for i in ids) if a is not None]
            return moderation.cases.open(title, by=actor, item_ids=ids, member_ids=authors)

        def opened(_: int) -> None:
            self.status.setText(
                self.tr("Case “{0}” opened with {1} item(s).").format(title, len(ids))
            )
            self.case_opened.emit()

        self.tasks.run(open_it, opened, self._on_failed, owner=self)

    def ask_report(self, item_id: int) -> None:
        """ "Report this" on an item shown in context: a member report by hand."""
        dialog = ReportDialog(self)
        self.dialog = dialog
        moderation, actor = self.moderation, self.actor

        def answered() -> None:
            reporter, reason = dialog.reporter.text().strip(), dialog.reason.text().strip()
            self.tasks.run(
                lambda: moderation.report(item_id, reporter=reporter, reason=reason, by=actor),
                lambda _: self._on_done(Done((), ())),
                self._on_failed,
                owner=self,
            )

        dialog.accepted.connect(answered)
        dialog.open()
