"""The Analytics pane's moderation, prompt and event numbers for one set of filters.

``AnalyticsMore.numbers(filters)`` runs every aggregation these charts need and returns
plain frozen data that crosses threads, beside ``AnalyticsCharts.numbers`` (charts.py);
more_tables.py turns it into the tables the charts draw and the CSVs hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from workbench.core.analytics.charts import AnalyticsCharts, ChartFilters
from workbench.core.analytics.engagement import Engagement, EventImpact, PromptOutcome
from workbench.core.analytics.moderation import ActionCount, Handling, ModerationNumbers
from workbench.core.events.service import EventService
from workbench.db.analytics_more import analytics_more_reads
from workbench.db.interfaces import AnalyticsMoreReads
from workbench.db.store import Store

MAX_EVENTS = 12  # the event chart's bars: the latest events of the window


@dataclass(frozen=True)
class MoreNumbers:
    filters: ChartFilters
    actions: list[ActionCount] = field(default_factory=list)
    handling_weeks: list[Handling] = field(default_factory=list)  # community_id None
    handling_communities: list[Handling] = field(default_factory=list)  # week ""
    prompts: list[PromptOutcome] = field(default_factory=list)  # best first
    prompt_communities: list[PromptOutcome] = field(default_factory=list)
    events: list[EventImpact] = field(default_factory=list)  # the latest MAX_EVENTS, by start
    # The communities the filters select (for the inbox views behind the bars; all: ()).
    community_ids: tuple[int, ...] = ()


class AnalyticsMore:
    def __init__(self, store: Store, events: EventService, charts: AnalyticsCharts) -> None:
        self._store = store
        self._events = events
        self._charts = charts
        self._reads: AnalyticsMoreReads | None = None

    @property
    def reads(self) -> AnalyticsMoreReads:
        if self._reads is None:
            self._reads = analytics_more_reads(self._store)
        return self._reads

    @property
    def moderation(self) -> ModerationNumbers:
        return ModerationNumbers(self.reads)

    @property
    def engagement(self) -> Engagement:
        return Engagement(self.reads, self._events)

    def numbers(self, filters: ChartFilters, *, now: datetime | None = None) -> MoreNumbers:
        """Everything the moderation, prompt and event charts draw (off the GUI thread)."""
        scope = filters.scope()
        selected = self._charts.selected(filters)
        moderation, engagement = self.moderation, self.engagement
        handling = moderation.handling_by(scope, ("week", "community"))
        return MoreNumbers(
            filters=filters,
            actions=moderation.actions(scope),
            handling_weeks=handling["week"],
            handling_communities=handling["community"],
            prompts=engagement.prompts(scope),
            prompt_communities=engagement.prompt_communities(scope),
            events=engagement.event_impact(
                scope.since, scope.until, selected, now=now, latest=MAX_EVENTS
            ),
            community_ids=selected,
        )

    def close(self) -> None:
        if self._reads is not None:
            self._reads.close()
            self._reads = None
