"""A test platform the app can read but not post to (manual assist for posts): it yields
the items of the JSON list in ``<folder>/items.json`` on every sync. Copied into a
workspace's plugin folder by the prompt tests; it imports only the plugin API."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from connectors import api


class ReadOnlyConnector(api.Connector):
    id = "readonly"
    display_name = "Read-only test platform"
    version = "1.0"
    api_versions = (api.API_MAJOR,)
    platform = "readonly"
    capabilities = frozenset({api.Capability.READ, api.Capability.MANUAL_ASSIST})
    settings_fields = (api.SettingField("folder", "Folder", required=True),)

    def test_connection(self) -> api.ConnectionInfo:
        return api.ConnectionInfo("Readable.")

    def list_communities(self) -> Sequence[api.CommunityRecord]:
        return [api.CommunityRecord("club", "Book club", "readonly")]

    def read(self, cursor: str | None) -> Iterator[api.Batch]:
        path = Path(self.context.get("folder", "")) / "items.json"
        specs = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
        items = [
            api.ItemRecord(
                external_id=s["id"],
                kind=api.ItemKind(s.get("kind", "post")),
                community_id="club",
                created_at=datetime.fromtimestamp(s["created"], UTC),
                text=s.get("text", ""),
                title=s.get("title", ""),
                author=api.MemberRecord(s["author"], s["author"], "readonly"),
                parent_id=s.get("thread"),
                thread_id=s.get("thread", s["id"]),
                flags=tuple(s.get("flags", ())),
            )
            for s in specs
        ]
        yield api.Batch(communities=self.list_communities(), items=items, cursor="all")


CONNECTOR = ReadOnlyConnector
