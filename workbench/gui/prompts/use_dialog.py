"""Using a prompt: where, the variables with a preview, a title where the platform needs
one, now or at a time in the user's zone; then what happened.

The use goes through ``PromptUses.use`` on the task runner (the outbox posts it now, at its
time, or keeps a manual-assist entry where the connector cannot post). A time in the past
asks first, in the dialog: the second click posts it now. A manual use offers Copy text and
Open community; the result of a post (its replies) comes later, with the syncs.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.communities import Communities, CommunityRef
from workbench.core.prompts.library import PromptView
from workbench.core.prompts.uses import PastSchedule, PromptUses, UseView
from workbench.core.prompts.variables import MissingVariable
from workbench.gui.formats import edit_pattern, moment_text
from workbench.gui.prompts.variables_form import VariablesForm
from workbench.gui.prompts.words import use_state_word
from workbench.gui.tasks import TaskRunner
from workbench.gui.words import words

# Platforms whose posts have a title (core makes one from the text when left empty).
TITLED = frozenset({"reddit"})
TITLE_LIMIT = 300


def community_url(ref: CommunityRef) -> str:
    """The community's page: its stored url once CommunityRef carries it (FIXME(prompts):
    it does not yet), else what its id or platform tells."""
    url = str(getattr(ref, "url", "") or "")
    if url.startswith(("https://", "http://")):
        return url
    if ref.external_id.startswith(("https://", "http://")):
        return ref.external_id
    if ref.platform == "reddit":
        return f"https://www.reddit.com/r/{ref.name.removeprefix('r/')}/"
    return ""


def plain(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class UseDialog(QDialog):
    """``used(UseView)``: the use was recorded (posted, scheduled or left to do by hand)."""

    used = Signal(object)

    def __init__(
        self,
        *,
        prompt: PromptView,
        uses: PromptUses,
        communities: Communities,
        tasks: TaskRunner,
        community_id: int | None = None,
        by: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("useDialog")
        self.by = by
        self.setWindowTitle(self.tr("Use this prompt"))
        self.prompt, self.uses, self.tasks = prompt, uses, tasks
        self.busy = False
        self.result_view: UseView | None = None
        self._past_confirmed = False
        self._wanted_community = community_id
        self.community = QComboBox()
        self.community.setObjectName("useCommunity")
        self.community.setEnabled(False)
        self.form = VariablesForm()
        self.title = QLineEdit()
        self.title.setObjectName("useTitle")
        self.title.setMaxLength(TITLE_LIMIT)
        self.title.setPlaceholderText(
            self.tr("This platform's posts have a title; empty: the question's first line")
        )
        self.title_label = QLabel(self.tr("Title"))
        self.now = QRadioButton(self.tr("Post now", "choice: post at once, not later"))
        self.now.setObjectName("useNow")
        self.later = QRadioButton(self.tr("Schedule for"))
        self.later.setObjectName("useLater")
        group = QButtonGroup(self)
        group.addButton(self.now)
        group.addButton(self.later)
        self.now.setChecked(True)
        self.when = QDateTimeEdit()
        self.when.setObjectName("useWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(edit_pattern())
        soon = QDateTime.currentDateTime().addSecs(90 * 60)
        soon.setTime(QTime(soon.time().hour(), 0))  # a full hour, at least half an hour ahead
        self.when.setDateTime(soon)
        self.when.setEnabled(False)
        zone = datetime.now().astimezone().tzname() or ""
        self.zone = QLabel(self.tr("your time ({zone})").format(zone=zone))
        self.message = plain(name="useMessage")
        self.use_button = QPushButton(self.tr("Use"))
        self.use_button.setObjectName("useButton")
        self.use_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.copy_button = QPushButton(self.tr("Copy text"))
        self.copy_button.setObjectName("useCopy")
        self.open_button = QPushButton(self.tr("Open community"))
        self.open_button.setObjectName("useOpen")
        for button in (self.copy_button, self.open_button):
            button.hide()

        self.community.currentIndexChanged.connect(self._on_community_changed)
        self.form.changed.connect(lambda _ready: self._update())
        self.title.textChanged.connect(lambda _t: self._update())
        self.later.toggled.connect(self._on_later_toggled)
        self.when.dateTimeChanged.connect(lambda _d: self._reset_past())
        self.use_button.clicked.connect(self._on_use_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.copy_button.clicked.connect(self._copy)
        self.open_button.clicked.connect(self._open_community)

        question = plain(prompt.text, "usePrompt")
        question.setStyleSheet("color: #555;")
        fields = QFormLayout()
        fields.addRow(self.tr("Community"), self.community)
        fields.addRow(self.title_label, self.title)
        when_row = QHBoxLayout()
        when_row.addWidget(self.now)
        when_row.addWidget(self.later)
        when_row.addWidget(self.when)
        when_row.addWidget(self.zone)
        when_row.addStretch(1)
        fields.addRow(self.tr("When"), when_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(fields)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(620, 340)
        self.form.set_text(prompt.text)
        self._update()
        tasks.run(communities.all, self._on_communities, self._on_failed, owner=self)

    # -- the choices ------------------------------------------------------------------

    def _on_communities(self, refs: list[CommunityRef]) -> None:
        self.community.blockSignals(True)
        for ref in refs:
            self.community.addItem(ref.label, ref)
        fits = [n for n, r in enumerate(refs) if r.community_type in self.prompt.types]
        wanted = next(
            (n for n, r in enumerate(refs) if r.id == self._wanted_community),
            fits[0] if fits else 0,  # else the first community the prompt was written for
        )
        self.community.setCurrentIndex(wanted if refs else -1)
        self.community.setEnabled(bool(refs))
        self.community.blockSignals(False)
        if not refs:
            self.message.setText(self.tr("No community yet: add an account and sync it first."))
        self._on_community_changed()

    def chosen(self) -> CommunityRef | None:
        ref = self.community.currentData()
        return ref if isinstance(ref, CommunityRef) else None

    def _on_community_changed(self, _index: int = -1) -> None:
        ref = self.chosen()
        if ref is not None:
            self.form.set_value("community", ref.name)
        titled = ref is not None and ref.platform in TITLED
        self.title.setVisible(titled)
        self.title_label.setVisible(titled)
        self._update()

    def needs_title(self) -> bool:
        ref = self.chosen()
        return ref is not None and ref.platform in TITLED

    def _on_later_toggled(self, on: bool) -> None:
        self.when.setEnabled(on)
        self._reset_past()

    def _reset_past(self) -> None:
        self._past_confirmed = False
        self.use_button.setText(self.tr("Use"))
        self._update()

    def at(self) -> datetime | None:
        """The chosen time as aware UTC, or None for now."""
        if not self.later.isChecked():
            return None
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)

    def _update(self) -> None:
        if self.result_view is not None:
            return
        ready = self.form.ready and self.chosen() is not None and not self.busy
        if self.form.ready and not self._past_confirmed and not self.busy:
            self.message.setText("")
        self.use_button.setEnabled(ready)

    # -- using ------------------------------------------------------------------------

    def _on_use_clicked(self) -> None:
        ref = self.chosen()
        if ref is None or not self.use_button.isEnabled():
            return
        at = self.at()
        if at is not None and at < datetime.now(UTC) and not self._past_confirmed:
            self._ask_past(at)
            return
        self._submit(ref, at)

    def _ask_past(self, at: datetime) -> None:
        self._past_confirmed = True
        self.message.setText(
            self.tr("{when} has passed. Post it now instead? Click again to post now.").format(
                when=moment_text(at)
            )
        )
        self.use_button.setText(self.tr("Post now", "button: post at once"))

    def _submit(self, ref: CommunityRef, at: datetime | None) -> None:
        self.busy = True
        self.use_button.setEnabled(False)
        self.message.setText(self.tr("Sending…") if at is None else self.tr("Scheduling…"))
        uses, prompt_id, values, by = self.uses, self.prompt.id, self.form.values(), self.by
        title, allow_past = (
            self.title.text().strip() if self.needs_title() else "",
            self._past_confirmed,
        )

        def use() -> UseView:
            return uses.use(
                prompt_id, ref.id, values=values, title=title, at=at, by=by, allow_past=allow_past
            )

        self.tasks.run(use, self._on_used, self._on_failed, owner=self)

    def _on_used(self, view: UseView) -> None:
        self.busy = False
        self.result_view = view
        self.used.emit(view)
        self._show_result(view)

    def _on_failed(self, error: Exception) -> None:
        self.busy = False
        if isinstance(error, MissingVariable):
            self.message.setText(words(error.words))
        elif isinstance(error, PastSchedule):
            at = self.at()
            if at is not None:
                self._ask_past(at)
        else:
            self.message.setText(self.tr("Could not use the prompt: {error}").format(error=error))
        self._update()

    def _show_result(self, view: UseView) -> None:
        state = str(view.state)
        later = view.due_at is not None and view.due_at > datetime.now(UTC)
        when = moment_text(view.due_at) if view.due_at is not None else ""
        if state == "scheduled":
            text = (
                self.tr("Scheduled for {when} (your time).").format(when=when)
                if later
                else self.tr("Waiting in the outbox: it goes out with the next sync.")
            )
        elif state == "manual":
            text = self.tr(
                "This community takes no posts from the app. Copy the text, open the community, "
                "post it there, then mark it done in the outbox."
            )
            if later:
                text += " " + self.tr("At {when} a reminder asks you to.").format(when=when)
            self.copy_button.show()
            self.open_button.setVisible(bool(self.community_url()))
        elif state in ("sent", "linked"):
            text = self.tr("Posted. Its replies are counted in Results after the next syncs.")
        elif state == "failed":
            text = self.tr("The platform refused the post; retry it from the outbox.")
        else:
            text = use_state_word(state)
        self.message.setText(text)
        self.use_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        for widget in (self.community, self.title, self.form, self.now, self.later, self.when):
            widget.setEnabled(False)

    def posted_text(self) -> str:
        """What to paste by hand: the title (where the platform has one) and the text."""
        view = self.result_view
        text = view.text if view is not None else self.form.filled()
        title = view.title if view is not None else self.title.text().strip()
        if not self.needs_title() or not title or text.startswith(title):
            return text  # core made the title from the text: once is enough
        return f"{title}\n\n{text}"

    def community_url(self) -> str:
        ref = self.chosen()
        return community_url(ref) if ref is not None else ""

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.posted_text())
        self.message.setText(
            self.tr("Copied. Paste it in the community, then mark it done in the outbox.")
        )

    def _open_community(self) -> None:
        url = self.community_url()
        if url.startswith(("https://", "http://")):
            QDesktopServices.openUrl(QUrl(url))
