"""The example connector keeps the plugin contract (connectors.testing.contract)."""

from __future__ import annotations

from connectors.api import AuthExpired, RateLimited, TemporaryError
from connectors.testing.contract import ConnectorContract
from feed_server import FeedServer
from rss_support import MakeConnector

from workbench_rss import RssConnector

PASSWORD = "contract-feed-password"


def test_the_rss_connector_keeps_the_contract(make: MakeConnector, feeds: FeedServer) -> None:
    paths = ("/discourse-latest.rss", "/reddit-new.rss", "/mastodon.rss", "/youtube.xml")
    feeds.login = ("maker", PASSWORD)
    ConnectorContract(
        RssConnector,
        lambda: make(*paths, username="maker", password=PASSWORD),
        secrets=[PASSWORD],
        failures={
            AuthExpired: lambda: feeds.fail("/discourse-latest.rss", 401),
            RateLimited: lambda: feeds.fail("/discourse-latest.rss", 429),
            TemporaryError: lambda: feeds.fail("/discourse-latest.rss", 502),
        },
        rereads=False,  # its cursor is exact: ETags and the ids already seen
    ).check_all()
