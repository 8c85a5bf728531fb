"""A test connector that pauses mid-sync until a file appears: a slow platform that another
process can wait on (the in-process gate of scripted.py cannot cross processes).

Setting ``folder``: after the first batch the connector writes ``<folder>/started`` (holding
its pid) and waits until ``<folder>/go`` exists (or 60 s), then reads the second batch.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from connectors import api


def _post(external_id: str) -> api.ItemRecord:
    return api.ItemRecord(
        external_id=external_id,
        kind=api.ItemKind.POST,
        community_id="slow",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        text=f"text of {external_id}",
    )


class GatedConnector(api.Connector):
    id = "gated"
    display_name = "Gated slow platform"
    version = "1.0"
    platform = "gated"
    settings_fields = (api.SettingField("folder", "Gate folder", required=True),)

    def test_connection(self) -> api.ConnectionInfo:
        return api.ConnectionInfo("Slow but there.")

    def list_communities(self) -> Sequence[api.CommunityRecord]:
        return [api.CommunityRecord("slow", "The slow one", "gated")]

    def read(self, cursor: str | None) -> Iterator[api.Batch]:
        folder = Path(self.context.get("folder", ""))
        if cursor is None:
            yield api.Batch(communities=self.list_communities(), items=[_post("g1")], cursor="1")
        if cursor in (None, "1"):
            (folder / "started").write_text(str(os.getpid()), encoding="utf-8")
            deadline = time.monotonic() + 60
            while not (folder / "go").exists() and time.monotonic() < deadline:
                if self.context.is_cancelled():
                    return
                time.sleep(0.05)
            yield api.Batch(communities=self.list_communities(), items=[_post("g2")], cursor="2")


CONNECTOR = GatedConnector
