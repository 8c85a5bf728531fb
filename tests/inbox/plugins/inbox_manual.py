"""A test connector that cannot reply through an API but offers manual assist."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from connectors import api


class ManualConnector(api.Connector):
    id = "inbox_manual"
    display_name = "Manual test group"
    version = "1.0"
    platform = "grouply"
    capabilities = frozenset({api.Capability.READ, api.Capability.MANUAL_ASSIST})

    def test_connection(self) -> api.ConnectionInfo:
        return api.ConnectionInfo("ok")

    def list_communities(self) -> Sequence[api.CommunityRecord]:
        return [api.CommunityRecord("g1", "Test group", "grouply", url="https://grouply.test/g1")]

    def read(self, cursor: str | None) -> Iterator[api.Batch]:
        if cursor is None:
            yield api.Batch(
                communities=self.list_communities(),
                items=[
                    api.ItemRecord(
                        "g-post",
                        api.ItemKind.POST,
                        "g1",
                        datetime(2026, 2, 1, tzinfo=UTC),
                        title="Group question",
                        text="Anyone here?",
                        url="https://grouply.test/g1/g-post",
                    )
                ],
                cursor="1",
            )


CONNECTOR = ManualConnector
