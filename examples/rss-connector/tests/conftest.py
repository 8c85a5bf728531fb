"""The local feed server, and connectors built against it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from connectors.api import ConnectorContext
from feed_server import FeedServer
from rss_support import MakeConnector, RssConnector


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


@pytest.fixture
def make(feeds: FeedServer) -> MakeConnector:
    def make_connector(*paths: str, password: str = "", **settings: str) -> RssConnector:
        urls = " ".join(feeds.feed_url(p) for p in paths or ("/discourse-latest.rss",))
        values = {"feed_urls": urls, "community": "", "timeout": "5", **settings}
        secrets = {"password": password} if password else {}
        return RssConnector(ConnectorContext("feeds", values, secrets))

    return make_connector
