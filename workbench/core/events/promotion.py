"""Promotion plans: the posts that announce an event, remind of it and follow it up, per
community, each a scheduled outbox entry (OutboxActions.schedule_post: the connector posts
it when it can, manual assist elsewhere), and where each one stands.

A step's time counts from the event's start (announce 14 days before, remind 7 days and 1
day before, "starting in one hour"), a follow-up's from its end (the day after). For a series
the plan is for its next occurrence. ``schedule`` can be run again after an edit (new
offsets, a recording link for the follow-up): steps not sent yet are taken back from the
outbox and queued again with fresh text; sent ones stay sent.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select

from workbench.core.communities import Communities
from workbench.core.events import templates
from workbench.core.events.model import EventError, EventView
from workbench.core.events.service import EventService
from workbench.core.events.state import StepKind, StepState
from workbench.core.outbox.actions import OutboxActions
from workbench.core.outbox.state import OutboxStatus
from workbench.core.text import QT_TRANSLATE_NOOP
from workbench.db.models import PromotionStep
from workbench.db.store import Store

DEFAULT_STEPS = (
    (StepKind.ANNOUNCE, timedelta(days=-14)),
    (StepKind.REMIND, timedelta(days=-7)),
    (StepKind.REMIND, timedelta(days=-1)),
    (StepKind.STARTING, timedelta(hours=-1)),
    (StepKind.FOLLOW_UP, timedelta(days=1)),
)
_FROM_OUTBOX = {
    OutboxStatus.SENT: StepState.SENT,
    OutboxStatus.FAILED: StepState.FAILED,
    OutboxStatus.DONE: StepState.DONE_BY_HAND,
}


@dataclass(frozen=True)
class StepDraft:
    """A step as the user edits it; empty title/text take the language's template."""

    kind: StepKind
    offset: timedelta  # from the start (a follow-up: from the end); negative is before
    community_id: int
    title: str = ""
    text: str = ""


@dataclass(frozen=True)
class PlanStep:
    id: int
    step: StepKind
    community_id: int
    community: str  # its name, "" when the community is gone
    offset: timedelta
    due_at: datetime  # aware UTC
    state: StepState
    title: str  # as it will be (or was) posted
    text: str
    outbox_id: int | None
    result_url: str  # the post, once sent
    error: str  # why it failed

    @property
    def manual(self) -> bool:
        return self.outbox_id is not None and self.state is StepState.DUE


class PromotionPlans:
    def __init__(
        self,
        store: Store,
        *,
        events: EventService,
        communities: Communities,
        actions: OutboxActions,
        language: str = "en",
    ) -> None:
        self.store = store
        self.events = events
        self.communities = communities
        self.actions = actions
        self.language = language

    def default_steps(self, event_id: int) -> list[StepDraft]:
        """The usual plan, in each of the event's communities."""
        view = self.events.get(event_id)
        return [
            StepDraft(kind, offset, community)
            for community in view.community_ids
            for kind, offset in DEFAULT_STEPS
        ]

    def set_steps(self, event_id: int, steps: Sequence[StepDraft]) -> None:
        """Replace the plan's steps not sent yet (sent and done ones stay, as history);
        the replaced ones are taken back from the outbox."""
        self.events.get(event_id)  # LookupError for an unknown event
        for step in steps:
            check_offset(step.kind, step.offset)
            self.communities.get(step.community_id)  # LookupError naming it
        rows = self._rows(event_id)
        done = (StepState.SENT, StepState.DONE_BY_HAND)
        replaced = [r for r in rows if self._state(r) not in done]
        for row in replaced:  # outside the write below: the outbox writes on its own
            self._take_back(row.outbox_id)
        with self.store.writing() as session:
            session.execute(
                delete(PromotionStep).where(PromotionStep.id.in_([r.id for r in replaced]))
            )
            for position, step in enumerate(steps, len(rows) - len(replaced)):
                session.add(
                    PromotionStep(
                        event_id=event_id,
                        kind=str(step.kind),
                        offset_seconds=int(step.offset.total_seconds()),
                        community_id=step.community_id,
                        title=step.title,
                        text=step.text,
                        position=position,
                        state=str(StepState.PLANNED),
                        outbox_id=None,
                    )
                )

    def _rows(self, event_id: int) -> list[PromotionStep]:
        with self.store.session() as session:
            return list(
                session.scalars(
                    select(PromotionStep)
                    .where(PromotionStep.event_id == event_id)
                    .order_by(PromotionStep.position, PromotionStep.id)
                )
            )

    def _save(self, step_id: int, state: StepState, outbox_id: int | None) -> None:
        with self.store.writing() as session:
            row = session.get(PromotionStep, step_id)
            if row is not None:
                row.state, row.outbox_id = str(state), outbox_id

    def plan(self, event_id: int, *, prompt: str = "") -> list[PlanStep]:
        """The steps, by due time, with their state and the text they carry."""
        view = self.events.get(event_id)
        times = self._times(view, datetime.now(UTC))
        steps = [self._step(view, row, prompt, times) for row in self._rows(event_id)]
        return sorted(steps, key=lambda s: (s.due_at, s.id))

    def schedule(self, event_id: int, *, by: str, prompt: str = "") -> int:
        """Queue every step not sent yet as a scheduled post; returns how many were queued.
        A step whose time has passed goes out now, unless the event has begun (then a
        reminder would be wrong: it is cancelled); a follow-up waits for the event's end.
        Each step is saved as soon as it is queued (a post may go out at once)."""
        view = self.events.get(event_id)
        now = datetime.now(UTC)
        start, end = self._times(view, now)
        queued = 0
        for row in self._rows(event_id):
            if self._state(row) in (StepState.SENT, StepState.DONE_BY_HAND):
                continue
            self._take_back(row.outbox_id)
            row.outbox_id = None
            step = self._step(view, row, prompt, (start, end))
            if step.due_at < now and start <= now and step.step is not StepKind.FOLLOW_UP:
                self._save(row.id, StepState.CANCELLED, None)
                continue
            community = self.communities.get(step.community_id)
            result = self.actions.schedule_post(
                community, step.title, step.text, by=by, at=max(step.due_at, now)
            )
            self._save(row.id, StepState.PLANNED, result.entry_id)
            queued += 1
        return queued

    def clear(self, event_id: int) -> None:
        """Take back every step not sent yet and forget the plan."""
        for row in self._rows(event_id):
            self._take_back(row.outbox_id)
        with self.store.writing() as session:
            session.execute(delete(PromotionStep).where(PromotionStep.event_id == event_id))

    def due_steps(self, start: datetime, end: datetime) -> list[tuple[EventView, PlanStep]]:
        """Steps (of every event) that fall due in [start, end] (for reminders)."""
        with self.store.session() as session:
            event_ids = list(session.scalars(select(PromotionStep.event_id).distinct()))
        found = []
        for event_id in event_ids:
            try:
                view = self.events.get(event_id)
            except LookupError:
                continue
            for step in self.plan(event_id):
                if start <= step.due_at <= end:
                    found.append((view, step))
        return found

    # -- inside ---------------------------------------------------------------------------

    def _times(self, view: EventView, now: datetime) -> tuple[datetime, datetime]:
        """The occurrence the plan is for: the event, or a series' next one (the last one
        begun within a day, so a follow-up still belongs to it)."""
        start, end = view.start.astimezone(UTC), view.end.astimezone(UTC)
        if not view.rrule:
            return start, end
        mine = self.events.occurrences(
            now - timedelta(days=1), now + timedelta(days=400), event_id=view.id
        )
        return (mine[0].start, mine[0].end) if mine else (start, end)

    def _state(self, row: PromotionStep) -> StepState:
        if row.state == StepState.CANCELLED:
            return StepState.CANCELLED
        if row.outbox_id is None:
            return StepState.PLANNED
        try:
            entry = self.actions.get(row.outbox_id)
        except LookupError:  # taken back in the outbox
            return StepState.CANCELLED
        if entry.status in _FROM_OUTBOX:
            return _FROM_OUTBOX[entry.status]
        due = entry.send_after
        return StepState.DUE if due is None or due <= datetime.now(UTC) else StepState.PLANNED

    def _take_back(self, outbox_id: int | None) -> None:
        """Take a step's entry back from the outbox if it has not gone out."""
        if outbox_id is not None:
            with contextlib.suppress(LookupError):  # already gone
                self.actions.cancel(outbox_id)

    def _values(
        self, view: EventView, start: datetime, community: str, prompt: str, language: str
    ) -> dict[str, str]:
        local = start.astimezone(view.start.tzinfo)
        return {
            "event": view.title,
            "date": templates.date_text(local, language),
            "time": f"{local:%H:%M} ({view.tz})",
            "link": view.online_link or view.place,
            "registration": view.registration_link,
            "community": community,
            "recording": view.recording_link,
            "prompt": prompt,
        }

    def _step(
        self,
        view: EventView,
        row: PromotionStep,
        prompt: str,
        times: tuple[datetime, datetime] | None = None,
    ) -> PlanStep:
        kind = StepKind(row.kind)
        start, end = times or self._times(view, datetime.now(UTC))
        offset = timedelta(seconds=row.offset_seconds)
        due = (end if kind is StepKind.FOLLOW_UP else start) + offset
        name = ""
        if row.community_id is not None:
            try:
                name = self.communities.get(row.community_id).name
            except LookupError:
                name = ""
        # The step's own words decide its language (a French plan in an English app says
        # "le lundi 21 décembre"); a step with none takes the plans' default language.
        language = templates.language_of(f"{row.title}\n{row.text}", self.language)
        template = templates.template(kind, language)
        values = self._values(view, start, name, prompt, language)
        state = self._state(row)
        entry = None
        if row.outbox_id is not None:
            try:
                entry = self.actions.get(row.outbox_id)
            except LookupError:
                entry = None
        return PlanStep(
            id=row.id,
            step=kind,
            community_id=row.community_id or 0,
            community=name,
            offset=offset,
            due_at=due,
            state=state,
            title=templates.fill(row.title or template.title, values),
            text=templates.fill(row.text or template.text, values),
            outbox_id=row.outbox_id,
            result_url=entry.result_url if entry else "",
            error=entry.last_error if entry else "",
        )


def check_offset(kind: StepKind, offset: timedelta) -> None:
    """A follow-up comes after the event, the others before its start."""
    if kind is StepKind.FOLLOW_UP and offset < timedelta(0):
        raise EventError(QT_TRANSLATE_NOOP("Events", "A follow-up is posted after the event."))
    if kind is not StepKind.FOLLOW_UP and offset > timedelta(0):
        raise EventError(
            QT_TRANSLATE_NOOP("Events", "An announcement or reminder is posted before the event.")
        )
