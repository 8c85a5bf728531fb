"""A saved poll's "Results" tab: where it was posted (natively where the platform has
polls, elsewhere as a post listing the options), publishing it in a community, and its
results, synced from native polls or entered by hand (a listing post's replies)."""

from __future__ import annotations

import getpass
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.core.communities import CommunityRef
from workbench.core.events.model import EventView
from workbench.core.events.polls import PollPublisher, PollTally, Publication
from workbench.gui.events.words import problem_text
from workbench.gui.formats import number_text, percent_text
from workbench.gui.tasks import TaskRunner


class PollResults(QWidget):
    changed = Signal()

    def __init__(
        self,
        view: EventView,
        *,
        polls: PollPublisher,
        communities: list[CommunityRef],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view, self.polls, self.tasks = view, polls, tasks
        self.names = {c.id: c.name for c in communities}
        options = view.poll.options if view.poll else ()
        self.posted = QListWidget(self)
        self.posted.setMaximumHeight(100)
        self.community = QComboBox(self)
        for ref in communities:
            if ref.id in view.community_ids or not view.community_ids:
                self.community.addItem(ref.name, ref.id)
        self.publish = QPushButton(self.tr("Post the poll"), self)
        self.publish.clicked.connect(self._on_publish_clicked)
        publish_row = QHBoxLayout()
        publish_row.addWidget(self.community, 1)
        publish_row.addWidget(self.publish)
        self.counts = [QSpinBox(self) for _ in options]
        self.tally = QLabel(self.tr("No results yet."), self)
        self.tally.setTextFormat(Qt.TextFormat.PlainText)
        self.tally.setWordWrap(True)
        self.sync = QPushButton(self.tr("Sync results"), self)
        self.sync.setToolTip(self.tr("Read the votes of the polls posted natively"))
        self.enter = QPushButton(self.tr("Save counted votes"), self)
        self.sync.clicked.connect(self._on_sync_clicked)
        self.enter.clicked.connect(self._on_enter_clicked)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        votes = QFormLayout()
        for option, spin in zip(options, self.counts, strict=True):
            spin.setRange(0, 10_000_000)
            label = QLabel(option, self)
            label.setTextFormat(Qt.TextFormat.PlainText)  # options are user content
            votes.addRow(label, spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync)
        buttons.addWidget(self.enter)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("Posted in:"), self))
        box.addWidget(self.posted)
        box.addLayout(publish_row)
        box.addWidget(QLabel(self.tr("Votes:"), self))
        box.addLayout(votes)
        box.addLayout(buttons)
        box.addWidget(self.tally)
        box.addWidget(self.message)
        box.addStretch(1)
        self.reload()

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self.tasks.run(
            work, done, lambda error: self.message.setText(problem_text(error)), owner=self
        )

    def reload(self) -> None:
        polls, event_id = self.polls, self.view.id
        self._run(
            lambda: (polls.publications(event_id), polls.results(event_id)),
            lambda found: self._show(*found),  # type: ignore[misc]
        )

    def _show(self, publications: list[Publication], tally: PollTally | None) -> None:
        self.posted.clear()
        for p in publications:
            where = self.names.get(p.community_id, f"#{p.community_id}")
            how = self._state(p)
            self.posted.addItem(" — ".join(part for part in (where, how, p.url or p.error) if part))
        if not publications:
            self.posted.addItem(self.tr("Not posted yet."))
        self.sync.setEnabled(any(p.native and p.state == "posted" for p in publications))
        if tally is not None:
            for spin, (_option, count) in zip(self.counts, tally.votes, strict=False):
                spin.setValue(count)
            source = self.tr("synced") if tally.source == "synced" else self.tr("entered")
            lines = [
                self.tr("{total} votes ({source}):").format(
                    total=number_text(tally.total), source=source
                )
            ]
            for option, count in tally.votes:
                share = f" ({percent_text(count / tally.total)})" if tally.total else ""
                lines.append(f"{option}: {number_text(count)}{share}")
            self.tally.setText("\n".join(lines))

    def _state(self, p: Publication) -> str:
        return {
            "sending": self.tr("being posted"),
            "posted": self.tr("native poll"),
            "listed": self.tr("post listing the options"),
            "failed": self.tr("failed"),
        }.get(p.state, p.state)

    def _on_publish_clicked(self) -> None:
        community_id = self.community.currentData()
        if community_id is None:
            self.message.setText(self.tr("Choose the event's communities first."))
            return
        polls, event_id, me = self.polls, self.view.id, getpass.getuser()

        def done(publication: object) -> None:
            assert isinstance(publication, Publication)
            self.message.setText(self.tr("Poll: {state}.").format(state=self._state(publication)))
            self.changed.emit()
            self.reload()

        self._run(lambda: polls.publish(event_id, int(community_id), by=me), done)

    def _on_sync_clicked(self) -> None:
        polls, event_id = self.polls, self.view.id
        self._run(lambda: polls.sync_results(event_id), lambda _t: self.reload())

    def _on_enter_clicked(self) -> None:
        polls, event_id = self.polls, self.view.id
        votes = [spin.value() for spin in self.counts]

        def done(_tally: object) -> None:
            self.message.setText(self.tr("Votes saved."))
            self.changed.emit()
            self.reload()

        self._run(lambda: polls.enter_results(event_id, votes), done)
