"""A workspace: one data folder with its store, plugin folder and the services over them.

``Workspace.open`` builds every service once and hands them out: panes and CLI commands
receive the services they need as keyword arguments, never the store (which is core's:
nothing under workbench/gui may touch it, a test checks).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import platformdirs

from connectors.archive_io import DEFAULT_LIMITS, ImportLimits
from connectors.registry import PluginState, Registry
from workbench.core.accounts import secrets
from workbench.core.accounts.service import AccountService
from workbench.core.analytics.service import Analytics
from workbench.core.communities import Communities
from workbench.core.events.feed import CalendarFeed, feed_path
from workbench.core.events.promotion import PromotionPlans
from workbench.core.events.reminders import EventReminders
from workbench.core.events.service import EventService
from workbench.core.guidelines.after_sync import GuidelinesStep
from workbench.core.guidelines.documents import GuidelineService
from workbench.core.guidelines.flags import DetectorFlags
from workbench.core.inbox.service import InboxService
from workbench.core.inbox.triage import Triage
from workbench.core.inbox.views import SavedViews
from workbench.core.moderation.service import ModerationService
from workbench.core.outbox.actions import OutboxActions
from workbench.core.outbox.service import Outbox
from workbench.core.prompts.bundle import load_bundle
from workbench.core.prompts.library import PromptLibrary
from workbench.core.reminders import ManualOutbox, Reminders
from workbench.core.settings import DEMO_SEEDED, WorkspaceSettings
from workbench.core.sync.engine import SyncEngine
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.prompts import prompt_search
from workbench.db.store import Store, StoreError, open_store, sqlite_url

if TYPE_CHECKING:
    # Built on first use (the properties below): a start that shows only the inbox does
    # not import these areas, nor what they import.
    from workbench.core.analytics.charts import AnalyticsCharts
    from workbench.core.analytics.more import AnalyticsMore
    from workbench.core.events.polls import PollPublisher
    from workbench.core.guidelines.backtest import Backtester
    from workbench.core.guidelines.platform import PlatformRules
    from workbench.core.imports.archives import ImportSummary
    from workbench.core.playbooks.event_templates import EventTemplates
    from workbench.core.playbooks.reasons_store import RemovalReasons
    from workbench.core.playbooks.service import PlaybookService
    from workbench.core.prompts.uses import PromptUses

__all__ = ["DEMO_ACCOUNT", "StoreError", "Workspace", "default_data_dir"]

log = logging.getLogger(__name__)

APP_NAME = "community-workbench"
DATABASE_FILE = "workbench.sqlite3"
DEMO_ACCOUNT = "Demo communities"


def default_data_dir(*, demo: bool = False, language: str = "en") -> Path:
    configured = os.environ.get("WORKBENCH_DATA_DIR")
    base = Path(configured) if configured else Path(platformdirs.user_data_dir(APP_NAME, False))
    # The demo never mixes with the user's own workspace (an explicit --data-dir still wins),
    # and each language's demo has its own folder: its content is written in that language.
    if not demo:
        return base
    return base / "demo" if language == "en" else base / f"demo-{language}"


class Importer(Protocol):
    """Imports a platform data export (see Workspace.import_export)."""

    def __call__(
        self,
        kind: str,
        path: Path,
        community: str,
        *,
        account_name: str = "",
        url: str = "",
        limits: ImportLimits = DEFAULT_LIMITS,
    ) -> ImportSummary: ...


@dataclass
class Workspace:
    data_dir: Path
    store: Store  # core's (and tests'): the GUI is handed services, never this
    registry: Registry
    accounts: AccountService
    outbox: Outbox
    sync: SyncEngine
    actions: OutboxActions  # reply, post, moderate, retry, cancel; what an item can do
    inbox: InboxService  # ids, rows, counts and details for views
    triage: Triage  # states, tags, notes, snooze, undo
    views: SavedViews
    communities: Communities  # the followed communities, by id or by name
    settings: WorkspaceSettings  # small values kept with the workspace's data
    reminders: Reminders  # what has fallen due; each area adds a source
    analytics: Analytics  # first-reply time, unanswered questions, activity
    moderation: ModerationService  # queue, actions, decision log, member notes, cases
    prompts: PromptLibrary  # the prompt library (the bundle merged in on first use)
    events: EventService  # events, series, clashes, iCalendar files
    calendar_feed: CalendarFeed  # <workspace>/calendar/workbench.ics, kept current
    promotion: PromotionPlans  # each event's promotion posts, through the outbox
    # --- guidelines ---
    guidelines: GuidelineService  # documents, rules, detectors, versions
    detector_flags: DetectorFlags  # detector hits as moderation queue entries
    # The services below the properties further down: built on first use.

    @property
    def plugin_dir(self) -> Path:
        return self.data_dir / "plugins"

    # -- built on first use (a start that shows the inbox needs none of them) ----------------
    # cached_property: built once (under its lock in Python 3.11, so a worker and the GUI
    # thread asking together get one service).

    @cached_property
    def prompt_uses(self) -> PromptUses:
        """Suggest, use (post or schedule), uses and their results."""
        from workbench.core.prompts.uses import PromptUses

        return PromptUses(
            self.store,
            library=self.prompts,
            communities=self.communities,
            actions=self.actions,
            settings=self.settings,
        )

    @cached_property
    def polls(self) -> PollPublisher:
        """An event's poll: native where the platform has polls."""
        from workbench.core.events.polls import PollPublisher

        return PollPublisher(
            self.store, communities=self.communities, accounts=self.accounts, actions=self.actions
        )

    @cached_property
    def backtest(self) -> Backtester:
        """A rule's catch on the stored history, and its judging."""
        from workbench.core.guidelines.backtest import Backtester

        return Backtester(self.store)

    @cached_property
    def platform_rules(self) -> PlatformRules:
        """A community's rules on its platform (Reddit), read/write."""
        from workbench.core.guidelines.platform import PlatformRules

        return PlatformRules(self.store, self.accounts, self.guidelines)

    @cached_property
    def charts(self) -> AnalyticsCharts:
        """The Analytics pane's and weekly report's numbers."""
        from workbench.core.analytics.charts import AnalyticsCharts

        return AnalyticsCharts(self.analytics, self.settings, self.communities)

    # --- analytics_more ---
    @cached_property
    def analytics_more(self) -> AnalyticsMore:
        """Moderation, prompt outcome and event impact numbers."""
        from workbench.core.analytics.charts import AnalyticsCharts
        from workbench.core.analytics.more import AnalyticsMore

        charts = AnalyticsCharts(self.analytics, self.settings, self.communities)
        return AnalyticsMore(self.store, self.events, charts)

    # --- playbooks ---
    @cached_property
    def playbooks(self) -> PlaybookService:
        """Export, preview and import playbook files; starters."""
        from workbench.core.playbooks.service import PlaybookService

        return PlaybookService(self.store, ensure_bundle=self.prompts.ensure_bundle)

    @cached_property
    def removal_reasons(self) -> RemovalReasons:
        """The user's removal reasons (beside the bundled ones)."""
        from workbench.core.playbooks.reasons_store import RemovalReasons

        return RemovalReasons(self.store)

    @cached_property
    def event_templates(self) -> EventTemplates:
        """Event drafts without dates, with promotion plans."""
        from workbench.core.playbooks.event_templates import EventTemplates

        return EventTemplates(self.store)

    @classmethod
    def open(cls, data_dir: Path, *, url: str | None = None) -> Workspace:
        """Open (creating if needed) the workspace in ``data_dir``; raises StoreError."""
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # a file in the way, no permission, read-only disk
            raise StoreError(
                f"The workspace folder {data_dir} cannot be created: {error.strerror}."
            ) from error
        store = open_store(url or sqlite_url(data_dir / DATABASE_FILE))
        registry = Registry.on_first_use([data_dir / "plugins"])
        accounts = AccountService(store, registry)
        outbox = Outbox(store)
        triage = Triage(store)
        actions = OutboxActions(outbox=outbox, accounts=accounts, triage=triage)
        inbox = InboxService(store, outbox=outbox)
        communities = Communities(store)
        settings = WorkspaceSettings(store)
        # The bundle is merged on the library's first use (refused lines are logged with
        # their file and line), not while the window waits for the workspace.
        prompts = PromptLibrary(store, prompt_search(store), bundle=lambda: load_bundle(store))
        reminders = Reminders(store, [ManualOutbox(outbox)])
        events = EventService(store)
        calendar_feed = CalendarFeed(events, feed_path(data_dir))
        calendar_feed.attach()
        # A step's own words decide its language; a step left empty takes this one's template.
        plans_language = str(settings.get(DEMO_SEEDED, "en"))  # the demo's, when it is one
        promotion = PromotionPlans(
            store, events=events, communities=communities, actions=actions, language=plans_language
        )
        reminders.add_source(EventReminders(events, promotion))
        sync = SyncEngine(store, accounts, outbox)
        guidelines = GuidelineService(store)
        sync.after_commit.append(GuidelinesStep(store, guidelines))
        detector_flags = DetectorFlags(store)
        moderation = ModerationService(store, inbox=inbox, actions=actions, accounts=accounts)
        moderation.queue.add_source(detector_flags)  # detectors' hits join the queue
        analytics = Analytics(store)
        return cls(
            data_dir=data_dir,
            store=store,
            registry=registry,
            accounts=accounts,
            outbox=outbox,
            sync=sync,
            actions=actions,
            inbox=inbox,
            triage=triage,
            views=SavedViews(store),
            communities=communities,
            settings=settings,
            reminders=reminders,
            analytics=analytics,
            moderation=moderation,
            prompts=prompts,
            events=events,
            calendar_feed=calendar_feed,
            promotion=promotion,
            guidelines=guidelines,
            detector_flags=detector_flags,
        )

    def ensure_demo_account(self, language: str = "en") -> int:
        """The demo account, added on first use with its content in ``language``; its
        events and guidelines are seeded once (core/demo.py). Returns the account's id."""
        from workbench.core.demo import DemoSeeder

        found = next((a for a in self.accounts.all() if a.connector_id == "demo"), None)
        if found is None:
            found = self.accounts.add("demo", DEMO_ACCOUNT, {"language": language})
        seeder = DemoSeeder(
            accounts=self.accounts,
            events=self.events,
            promotion=self.promotion,
            guidelines=self.guidelines,
            settings=self.settings,
        )
        # An existing demo keeps the language it was made in.
        demo_language = str(found.settings.get("language") or "en")
        seeder.seed(found.id, demo_language)
        self.promotion.language = demo_language  # new plans in the demo's language too
        return found.id

    def import_export(
        self,
        kind: str,
        path: Path,
        community: str,
        *,
        account_name: str = "",
        url: str = "",
        limits: ImportLimits = DEFAULT_LIMITS,
    ) -> ImportSummary:
        """Import a Facebook or LinkedIn data export (see archives.ARCHIVE_KINDS), read
        within ``limits`` (a refused file changes nothing)."""
        from workbench.core.imports.archives import import_export_file

        return import_export_file(
            self.store,
            self.accounts,
            kind,
            path,
            community,
            account_name=account_name,
            url=url,
            limits=limits,
        )

    def startup_notices(self) -> list[Words]:
        """Problems worth telling the user about when the app starts, in words the GUI
        translates (``str()`` of each is the English)."""
        notices = []
        broken = [p.id for p in self.registry.plugins if p.state is not PluginState.LOADED]
        if broken:
            source = QT_TRANSLATE_NOOP(
                "Workspace",
                "{count} connector(s) could not be loaded ({names}); see Accounts for the reasons.",
            )
            values = {"count": len(broken), "names": ", ".join(broken)}
            notices.append(Words("Workspace", source, values))
        problem = secrets.state().problem_words()  # no keyring, a locked secrets file, ...
        if problem is not None:
            notices.append(problem)
        return notices

    def close(self) -> None:
        self.inbox.close()
        self.analytics.close()
        if "analytics_more" in self.__dict__:  # built (cached_property keeps it there)
            self.analytics_more.close()
        self.store.close()
