"""The pane list: each pane declared once; the main window is built from it.

Adding a pane is one entry here: its key, title, icon, shortcut and a factory that takes
the services it needs from the context (never the store). A pane refreshes itself from the
change bus (``context.changes``); panes never call each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QStyle, QWidget

from workbench.core.text import QT_TRANSLATE_NOOP
from workbench.core.workspace import Workspace
from workbench.gui.changes import ChangeBus
from workbench.gui.i18n import current_language
from workbench.gui.sync_controller import SyncController
from workbench.gui.tasks import TaskRunner
from workbench.gui.words import marked

Icon = QStyle.StandardPixmap


@dataclass(frozen=True)
class PaneContext:
    """What a pane factory may take from: the workspace's services and the window's helpers."""

    services: Workspace
    tasks: TaskRunner
    syncer: SyncController
    changes: ChangeBus
    parent: QWidget


@dataclass(frozen=True)
class PaneSpec:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("Panes", ...), translated when shown
    icon: Icon
    shortcut: str
    factory: Callable[[PaneContext], QWidget]
    what: str = ""  # one line on what the pane is for (the pane list's tooltip)

    @property
    def shown_title(self) -> str:
        return marked("Panes", self.title)

    @property
    def shown_what(self) -> str:
        return marked("Panes", self.what)


def _inbox(c: PaneContext) -> QWidget:
    from workbench.gui.inbox import InboxPane

    s = c.services
    pane = InboxPane(
        inbox=s.inbox,
        triage=s.triage,
        views=s.views,
        actions=s.actions,
        tasks=c.tasks,
        changes=c.changes,
        report=s.moderation.report,
        parent=c.parent,
    )
    c.changes.show_in_inbox.connect(pane.show_view)  # the items behind a chart's bar
    return pane


def _prompts(c: PaneContext) -> QWidget:
    from workbench.gui.prompts.pane import PromptsPane

    s = c.services
    return PromptsPane(
        library=s.prompts,
        uses=s.prompt_uses,
        communities=s.communities,
        tasks=c.tasks,
        changes=c.changes,
        me=s.inbox.me,
        parent=c.parent,
    )


def _analytics(c: PaneContext) -> QWidget:
    from workbench.gui.analytics.pane import AnalyticsPane

    return AnalyticsPane(
        charts=c.services.charts,
        more=c.services.analytics_more,
        tasks=c.tasks,
        changes=c.changes,
        parent=c.parent,
    )


def _accounts(c: PaneContext) -> QWidget:
    from workbench.gui.accounts import AccountsPane

    s = c.services
    return AccountsPane(
        accounts=s.accounts,
        sync=s.sync,
        registry=s.registry,
        importer=s.import_export,
        add_demo=lambda: s.ensure_demo_account(language=current_language()),
        tasks=c.tasks,
        syncer=c.syncer,
        changes=c.changes,
        parent=c.parent,
    )


def _moderation(c: PaneContext) -> QWidget:
    from workbench.gui.moderation import ModerationPane

    s = c.services
    return ModerationPane(
        moderation=s.moderation,
        tasks=c.tasks,
        changes=c.changes,
        actor=s.inbox.me,
        parent=c.parent,
    )


def _events(c: PaneContext) -> QWidget:
    from workbench.gui.events.pane import EventsPane

    s = c.services
    return EventsPane(
        events=s.events,
        communities=s.communities,
        settings=s.settings,
        promotion=s.promotion,
        polls=s.polls,
        tasks=c.tasks,
        changes=c.changes,
        parent=c.parent,
    )


def _guidelines(c: PaneContext) -> QWidget:
    from workbench.gui.guidelines import GuidelinesPane

    s = c.services
    return GuidelinesPane(
        guidelines=s.guidelines,
        backtest=s.backtest,
        platform_rules=s.platform_rules,
        tasks=c.tasks,
        changes=c.changes,
        parent=c.parent,
    )


PANES: tuple[PaneSpec, ...] = (
    PaneSpec(
        "inbox",
        QT_TRANSLATE_NOOP("Panes", "Inbox"),
        Icon.SP_DirHomeIcon,
        "Ctrl+1",
        _inbox,
        QT_TRANSLATE_NOOP("Panes", "Everything your communities say, in one list to triage and answer."),
    ),
    PaneSpec(
        "prompts",
        QT_TRANSLATE_NOOP("Panes", "Prompts"),
        Icon.SP_FileDialogContentsView,
        "Ctrl+2",
        _prompts,
        QT_TRANSLATE_NOOP("Panes", "A library of open questions to spark conversation in your communities."),
    ),
    PaneSpec(
        "events",
        QT_TRANSLATE_NOOP("Panes", "Events"),
        Icon.SP_FileDialogDetailedView,
        "Ctrl+3",
        _events,
        QT_TRANSLATE_NOOP("Panes", "Plan webinars, workshops, Q&As, live streams and polls, and promote them ahead."),
    ),
    PaneSpec(
        "guidelines",
        QT_TRANSLATE_NOOP("Panes", "Guidelines"),
        Icon.SP_MessageBoxInformation,
        "Ctrl+4",
        _guidelines,
        QT_TRANSLATE_NOOP("Panes", "Each community's numbered rules, their detectors and versions."),
    ),
    PaneSpec(
        "moderation",
        QT_TRANSLATE_NOOP("Panes", "Moderation"),
        Icon.SP_MessageBoxWarning,
        "Ctrl+5",
        _moderation,
        QT_TRANSLATE_NOOP("Panes", "One queue for every report, a log of every decision, notes on members."),
    ),
    PaneSpec(
        "analytics",
        QT_TRANSLATE_NOOP("Panes", "Analytics"),
        Icon.SP_ComputerIcon,
        "Ctrl+6",
        _analytics,
        QT_TRANSLATE_NOOP("Panes", "See how active and healthy each community is over time."),
    ),
    PaneSpec(
        "accounts",
        QT_TRANSLATE_NOOP("Panes", "Accounts"),
        Icon.SP_DriveNetIcon,
        "Ctrl+7",
        _accounts,
        QT_TRANSLATE_NOOP("Panes", "Connect your communities' platforms and see how each sync went."),
    ),
)  # fmt: skip
