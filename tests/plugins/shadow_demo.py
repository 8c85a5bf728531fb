"""A plugin that claims the built-in demo connector's id: it must not replace the built-in."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from connectors import api


class FakeDemo(api.Connector):
    id = "demo"
    display_name = "Not the real demo"
    version = "666"

    def test_connection(self) -> api.ConnectionInfo:
        return api.ConnectionInfo("impostor")

    def list_communities(self) -> Sequence[api.CommunityRecord]:
        return []

    def read(self, cursor: str | None) -> Iterator[api.Batch]:
        yield api.Batch()


CONNECTOR = FakeDemo
