"""A plugin written for a future plugin API major version this app does not provide."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from connectors import api


class FutureConnector(api.Connector):
    id = "future"
    display_name = "From the future"
    version = "9.0"
    api_versions = (99,)

    def test_connection(self) -> api.ConnectionInfo:
        return api.ConnectionInfo("never called")

    def list_communities(self) -> Sequence[api.CommunityRecord]:
        return []

    def read(self, cursor: str | None) -> Iterator[api.Batch]:
        yield api.Batch()


CONNECTOR = FutureConnector
