"""A test connector that takes no posts through an API but offers manual assist."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from connectors import api


class ManualGroups(api.Connector):
    id = "prompt_manual"
    display_name = "Manual test group"
    version = "1.0"
    platform = "grouply"
    capabilities = frozenset({api.Capability.READ, api.Capability.MANUAL_ASSIST})

    def test_connection(self) -> api.ConnectionInfo:
        return api.ConnectionInfo("ok")

    def list_communities(self) -> Sequence[api.CommunityRecord]:
        return [
            api.CommunityRecord(
                "https://grouply.test/g1",
                "Study circle",
                "grouply",
                url="https://grouply.test/g1",
                community_type=api.CommunityType.LEARNING,
            )
        ]

    def read(self, cursor: str | None) -> Iterator[api.Batch]:
        yield api.Batch(communities=self.list_communities(), items=[], cursor="1")


CONNECTOR = ManualGroups
