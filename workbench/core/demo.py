"""The demo workspace's first day: its communities followed, a few events (one with a
promotion plan) and each community's guidelines from the bundled template of its type,
all in the demo's language and all through the areas' own services.

Seeded once per workspace (a workspace setting remembers it), so a user's edits and
deletions in the demo are not undone at the next start. The items themselves still come
from the demo connector through the real sync.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from workbench.core.accounts.service import AccountService
from workbench.core.demo_events import SAMPLES, SampleEvent, checklist
from workbench.core.events import templates as promotion_templates
from workbench.core.events.model import EventDraft
from workbench.core.events.promotion import DEFAULT_STEPS, PromotionPlans, StepDraft
from workbench.core.events.service import EventService
from workbench.core.guidelines.documents import GuidelineService
from workbench.core.guidelines.templates import templates
from workbench.core.settings import DEMO_SEEDED, WorkspaceSettings

log = logging.getLogger(__name__)

SEEDED = DEMO_SEEDED  # the workspace setting: the language the demo was seeded in


def _start(event: SampleEvent, today: date, zone: ZoneInfo) -> datetime:
    day = today + timedelta(days=event.days)
    if event.weekday is not None:  # "the Saturday sketchwalk" falls on a Saturday
        day += timedelta(days=(event.weekday - day.weekday()) % 7)
    return datetime.combine(day, time(event.hour), zone)


class DemoSeeder:
    """Seeds a demo account's workspace once; see the module's docstring."""

    def __init__(
        self,
        *,
        accounts: AccountService,
        events: EventService,
        promotion: PromotionPlans,
        guidelines: GuidelineService,
        settings: WorkspaceSettings,
    ) -> None:
        self.accounts = accounts
        self.events = events
        self.promotion = promotion
        self.guidelines = guidelines
        self.settings = settings

    def seeded(self) -> bool:
        return bool(self.settings.get(SEEDED, ""))

    def seed(self, account_id: int, language: str, *, now: datetime | None = None) -> bool:
        """Seed the demo unless done before; returns whether it did."""
        if self.seeded():
            return False
        language = language if language in SAMPLES else "en"
        communities = self._follow(account_id)
        self._events(communities, language, now or datetime.now(UTC))
        self._guidelines(communities, language)
        self.settings.set(SEEDED, language)
        log.info("demo workspace seeded (%s)", language)
        return True

    def _follow(self, account_id: int) -> dict[str, tuple[int, str | None]]:
        """The demo's communities, followed before the first sync so events can name them;
        the sync then finds them and only fills in their items."""
        connector = self.accounts.connector(self.accounts.get(account_id))
        try:
            records = list(connector.list_communities())
        finally:
            connector.close()
        self.accounts.follow(account_id, records, {})
        return {
            c.external_id: (c.id, c.community_type) for c in self.accounts.communities(account_id)
        }

    def _events(
        self, communities: dict[str, tuple[int, str | None]], language: str, now: datetime
    ) -> None:
        samples = SAMPLES[language]
        zone = ZoneInfo(samples.zone)
        today = now.astimezone(zone).date()
        for sample in samples.events:
            found = communities.get(sample.community)
            start = _start(sample, today, zone)
            view = self.events.create(
                EventDraft(
                    title=sample.title,
                    start=start,
                    end=start + timedelta(minutes=sample.minutes),
                    tz=samples.zone,
                    kind=sample.kind,
                    description_md=sample.description,
                    hosts=sample.hosts,
                    community_ids=(found[0],) if found else (),
                    rrule=sample.rrule,
                    online_link=sample.online_link,
                    place=sample.place,
                    capacity=sample.capacity,
                    registration_link=sample.registration_link,
                    agenda=sample.agenda,
                    status=sample.status,
                    checklist=checklist(sample),
                )
            )
            if sample.key == "qa" and found:
                self.promotion.set_steps(view.id, self._plan(found[0], language))
            if sample.key == "past":
                outcome = samples.outcome
                self.events.record_outcome(
                    view.id,
                    recording_link=outcome.recording_link,
                    notes=outcome.notes,
                    attendance=outcome.attendance,
                )

    def _plan(self, community_id: int, language: str) -> list[StepDraft]:
        """The usual plan, with the steps' words from the demo language's templates (the
        plan's variables stay: they are filled when the steps are scheduled)."""
        steps = []
        for kind, offset in DEFAULT_STEPS:
            words = promotion_templates.template(kind, language)
            steps.append(StepDraft(kind, offset, community_id, words.title, words.text))
        return steps

    def _guidelines(self, communities: dict[str, tuple[int, str | None]], language: str) -> None:
        # One read of the bundled templates (template_for reads them all on each call).
        by_type = {t.community_type: t for t in templates() if t.language == language}
        for community_id, community_type in communities.values():
            template = by_type.get(community_type or "")
            if template is None or self.guidelines.for_community(community_id) is not None:
                continue
            self.guidelines.create(community_id, template.document, community_type=community_type)
