"""The Reddit connector: subreddits a moderator runs, through praw.

Declared here before any heavy import (the host reads the declaration to list the plugin);
praw is imported only when the connector is used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from connectors.api import (
    QT_TRANSLATE_NOOP,
    Action,
    ActionResult,
    Batch,
    Capability,
    CommunityRecord,
    ConnectionInfo,
    Connector,
    ConnectorContext,
    FieldKind,
    Moderate,
    ModerationTools,
    ModNote,
    PlatformRule,
    PollPost,
    PollResults,
    Polls,
    RemovalReason,
    RulesWritten,
    SettingField,
)

if TYPE_CHECKING:
    from connectors.reddit.client import Clients, Settings


class RedditConnector(Connector, ModerationTools, Polls):
    id = "reddit"
    display_name = "Reddit"
    version = "1.0"
    api_versions = (1,)
    platform = "reddit"
    capabilities = frozenset(
        {
            Capability.READ,
            Capability.REPLY,
            Capability.POST,  # text posts (posting.py)
            Capability.MODERATE,
            Capability.REPORTS,
            Capability.MESSAGES,
            Capability.SIGN_IN,
            Capability.INTERNAL_NOTES,
            Capability.REMOVAL_REASONS,
            Capability.MOD_NOTES,
            Capability.BAN,
            Capability.WIKI,
            Capability.POLLS,
            Capability.RULES,
        }
    )
    settings_fields = (
        SettingField(
            "subreddits",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Subreddits"),
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings",
                "Comma-separated names; empty: every subreddit the account moderates.",
            ),
        ),
        SettingField(
            "username",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Reddit username"),
            help=QT_TRANSLATE_NOOP("ConnectorSettings", "The moderator account, without u/."),
        ),
        SettingField(
            "client_id",
            QT_TRANSLATE_NOOP("ConnectorSettings", "App client id"),
            required=True,
            secret=True,
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings",
                "Create an app at reddit.com/prefs/apps: choose “installed app”, redirect uri "
                "http://127.0.0.1:65010/authorize_callback, and paste the id shown under its name.",
            ),
        ),
        SettingField(
            "client_secret",
            QT_TRANSLATE_NOOP("ConnectorSettings", "App secret"),
            secret=True,
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings", "Script apps only; installed apps have none."
            ),
        ),
        SettingField(
            "password",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Reddit password"),
            secret=True,
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings", "Script apps only; with an installed app use Sign in."
            ),
        ),
        SettingField(
            "refresh_token",
            "Sign-in token",
            secret=True,
            internal=True,  # Sign in fills it in
            help="Filled in by Sign in.",
        ),
        SettingField(
            "oauth_url",
            QT_TRANSLATE_NOOP("ConnectorSettings", "API address"),
            FieldKind.URL,
            default="https://oauth.reddit.com",
            advanced=True,
        ),
        SettingField(
            "reddit_url",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Reddit address"),
            FieldKind.URL,
            default="https://www.reddit.com",
            advanced=True,
        ),
        SettingField(
            "user_agent",
            QT_TRANSLATE_NOOP("ConnectorSettings", "User agent"),
            default="desktop:community-workbench:0.1",
            advanced=True,
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings", "Reddit asks every app to name itself; your username is added."
            ),
        ),
        SettingField(
            "more_comments_budget",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Requests for long comment threads"),
            FieldKind.INTEGER,
            default="10",
            advanced=True,
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings",
                "Per sync, for threads the comment listing does not fully cover.",
            ),
        ),
        SettingField(
            "recheck_hours",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Re-check for deletions (hours)"),
            FieldKind.INTEGER,
            default="24",
            advanced=True,
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings",
                "Items this recent are checked again and erased if deleted on Reddit.",
            ),
        ),
        SettingField(
            "timeout",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Request timeout (seconds)"),
            FieldKind.INTEGER,
            default="16",
            advanced=True,
        ),
        SettingField(
            "redirect_uri",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Sign-in redirect address"),
            FieldKind.URL,
            default="http://127.0.0.1:65010/authorize_callback",
            advanced=True,
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings", "Must match the redirect uri of the Reddit app."
            ),
        ),
    )

    def __init__(self, context: ConnectorContext) -> None:
        super().__init__(context)
        from connectors.reddit.client import Clients, Settings

        self.settings: Settings = Settings.from_context(context)
        self.clients: Clients = Clients(self.settings)

    # -- connection -------------------------------------------------------------------

    def test_connection(self) -> ConnectionInfo:
        client = self.clients.get()
        me = _get(client, "api/v1/me")
        name = str((me if isinstance(me, dict) else vars(me)).get("name", ""))
        return ConnectionInfo(f"Signed in as u/{name}", client.rate.budget())

    def sign_in(self, open_browser: Callable[[str], None]) -> ConnectionInfo:
        from connectors.reddit.oauth import sign_in

        return sign_in(self.settings, self.context, open_browser)

    def list_communities(self) -> Sequence[CommunityRecord]:
        from connectors.reddit.parsing import community

        url = self.settings.reddit_url
        if self.settings.subreddits:
            return [community(name, url) for name in self.settings.subreddits]
        return [community(n, url, d) for n, d in self._moderated()]

    def _moderated(self) -> list[tuple[str, str]]:
        client = self.clients.get()
        found: list[tuple[str, str]] = []
        after: str | None = None
        while True:
            params: dict[str, str | int] = {"limit": 100}
            if after:
                params["after"] = after
            listing = _get(client, "subreddits/mine/moderator/", params)
            for subreddit in listing.children:
                data = vars(subreddit)
                found.append((str(data["display_name"]), str(data.get("public_description") or "")))
            after = listing.after
            if not after:
                return found

    def _targets(self) -> tuple[list[str], list[CommunityRecord]]:
        """Subreddit names to read, and community records to announce (none if followed)."""
        followed = [c.removeprefix("r/") for c in self.context.followed_communities]
        if followed:
            return followed, []
        communities = list(self.list_communities())
        return [c.name.removeprefix("r/") for c in communities], communities

    # -- reading ----------------------------------------------------------------------

    def read(self, cursor: str | None) -> Iterator[Batch]:
        from connectors.reddit import extras
        from connectors.reddit.cursor import CursorState
        from connectors.reddit.reading import BudgetLow, Reader

        client = self.clients.get()
        names, communities = self._targets()
        state = CursorState.load(cursor)
        reader = Reader(client, self.settings, state, names, self.context.is_cancelled)
        yield Batch(communities=communities, budget=client.rate.budget())
        if not names:
            return
        try:
            yield from reader.moderation()
            yield from reader.modmail()
            for name in names:
                yield from reader.listing(name, "new")
                yield from reader.listing(name, "comments")
            yield from extras.threads(reader)
            yield from extras.recheck(reader)
        except BudgetLow:
            note = "Reddit's request budget ran low: the rest follows with the next sync."
            yield replace(reader.batch(message=note), notices=(note,))

    # -- acting -----------------------------------------------------------------------

    def send(self, action: Action) -> ActionResult:
        from connectors.reddit import actions, moderation

        if isinstance(action, Moderate) and moderation.handles(action):
            return moderation.send(self.clients.get().reddit, action)
        return actions.send(self.clients.get().reddit, action, self.settings.reddit_url)

    # -- moderation tools (connectors/reddit/moderation.py) --------------------------

    def removal_reasons(self, community_id: str) -> Sequence[RemovalReason]:
        from connectors.reddit import moderation

        return moderation.removal_reasons(self.clients.get().reddit, community_id)

    def mod_notes(self, community_id: str, user: str) -> Sequence[ModNote]:
        from connectors.reddit import moderation

        return moderation.mod_notes(self.clients.get().reddit, community_id, user)

    def delete_mod_note(self, community_id: str, user: str, note_id: str) -> None:
        from connectors.reddit import moderation

        moderation.delete_mod_note(self.clients.get().reddit, community_id, user, note_id)

    def wiki_page(self, community_id: str, page: str) -> str:
        from connectors.reddit import moderation

        return moderation.wiki_page(self.clients.get().reddit, community_id, page)

    def send_poll(self, poll: PollPost) -> ActionResult:
        from connectors.reddit import polls

        return polls.send_poll(self.clients.get().reddit, poll, self.settings.reddit_url)

    def poll_results(self, external_id: str) -> PollResults:
        from connectors.reddit import polls

        return polls.poll_results(self.clients.get().reddit, external_id)

    def close(self) -> None:
        self.clients.close()

    # -- rules (guidelines: connectors/reddit/rules.py) ---------------------------------

    def read_rules(self, community_id: str) -> Sequence[PlatformRule]:
        from connectors.reddit import rules

        return rules.read_rules(self.clients.get().reddit, community_id.removeprefix("r/"))

    def write_rules(self, community_id: str, wanted: Sequence[PlatformRule]) -> RulesWritten:
        from connectors.reddit import rules

        moderated = [name for name, _ in self._moderated()]
        name = community_id.removeprefix("r/")
        return rules.write_rules(self.clients.get().reddit, name, wanted, moderated)


def _get(client: object, path: str, params: dict[str, str | int] | None = None) -> Any:
    from connectors.reddit.client import Client
    from connectors.reddit.errors import translate

    assert isinstance(client, Client)
    with translate(client.rate.reset_in()):
        return client.reddit.get(path, params=params)
