"""The local feed server, and connectors built against it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# The example is its own package: run from a checkout, put it on the path (installed, it is).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from connectors.api import ConnectorContext
from feed_server import FeedServer

from workbench_rss import RssConnector

MakeConnector = Callable[..., RssConnector]


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
