"""An RSS/Atom connector for Community Workbench: any feed, read-only.

Discourse (``/latest.rss``), Reddit's public feeds (``/r/NAME/new/.rss``: read-only Reddit
without API keys), Mastodon (``/@user.rss``), YouTube (``/feeds/videos.xml?channel_id=...``),
blogs. Each feed is one community; each entry one post, keyed by its id (or link).

The declaration below is all the host reads to list and check the plugin; feedparser and
requests are imported only when a connector reads.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from connectors.api import (
    Batch,
    Capability,
    CommunityRecord,
    ConnectionInfo,
    Connector,
    ConnectorContext,
    FieldKind,
    SettingField,
)


class RssConnector(Connector):
    id = "rss"
    display_name = "RSS / Atom feeds"
    version = "1.0.0"
    api_versions = (1,)
    platform = "rss"
    capabilities = frozenset({Capability.READ})
    settings_fields = (
        SettingField(
            "feed_urls",
            "Feed addresses",
            FieldKind.TEXT,
            required=True,
            help="One or more http(s) addresses, separated by spaces or commas: "
            "https://forum.example.org/latest.rss, https://www.reddit.com/r/python/new/.rss",
        ),
        SettingField(
            "community",
            "Community name",
            help="Shown for the feed; empty: the feed's own title.",
        ),
        SettingField(
            "username", "User name", advanced=True, help="Only for feeds behind a sign-in."
        ),
        SettingField(
            "password",
            "Password",
            secret=True,
            advanced=True,
            help="Only for feeds behind a sign-in (HTTP basic authentication).",
        ),
        SettingField(
            "timeout", "Request timeout (seconds)", FieldKind.INTEGER, default="20", advanced=True
        ),
    )

    def __init__(self, context: ConnectorContext) -> None:
        super().__init__(context)
        from .reading import FeedReader  # heavy imports (requests, feedparser) only here

        self.reader = FeedReader(context)

    def test_connection(self) -> ConnectionInfo:
        return self.reader.test_connection()

    def list_communities(self) -> Sequence[CommunityRecord]:
        return self.reader.communities()

    def read(self, cursor: str | None) -> Iterator[Batch]:
        return self.reader.read(cursor)

    def close(self) -> None:
        self.reader.close()


CONNECTOR = RssConnector  # for the user plugin folder
