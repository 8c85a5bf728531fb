"""A test connector that raises mid-stream, then resumes from its cursor when fixed.

It reads ``batches`` batches of ten items (``m0``, ``m1``...), each batch with the cursor
"number of batches read so far". With ``fail_after`` N > 0 it raises after N batches of a
run: ``error`` "temporary" raises the API's TemporaryError (a platform failure), "crash"
raises a ZeroDivisionError (a bug in the plugin, or the process dying mid-sync).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta

from connectors import api

BATCH = 10
START = datetime(2026, 1, 1, tzinfo=UTC)


class MidstreamConnector(api.Connector):
    id = "midstream"
    display_name = "Midstream failures"
    version = "1.0"
    platform = "midstream"
    settings_fields = (
        api.SettingField("batches", "Batches to read", api.FieldKind.INTEGER, default="5"),
        api.SettingField("fail_after", "Fail after batches", api.FieldKind.INTEGER, default="0"),
        api.SettingField(
            "error",
            "Error",
            api.FieldKind.CHOICE,
            default="temporary",
            choices=("temporary", "crash"),
        ),
    )

    def test_connection(self) -> api.ConnectionInfo:
        return api.ConnectionInfo("Ready to fail on request.")

    def list_communities(self) -> Sequence[api.CommunityRecord]:
        return [api.CommunityRecord("stream", "The stream", "midstream")]

    def read(self, cursor: str | None) -> Iterator[api.Batch]:
        total = int(self.context.get("batches", "5"))
        fail_after = int(self.context.get("fail_after", "0"))
        done = int(cursor or 0)
        read_now = 0
        while done < total:
            if fail_after and read_now == fail_after:
                if self.context.get("error") == "crash":
                    read_now // 0  # the plugin bug this connector stands for
                raise api.TemporaryError("The stream platform answered 503 Service Unavailable.")
            items = [
                api.ItemRecord(
                    external_id=f"m{n}",
                    kind=api.ItemKind.POST,
                    community_id="stream",
                    created_at=START + timedelta(minutes=n),
                    title=f"Message {n}",
                    text=f"streamed message number {n}",
                )
                for n in range(done * BATCH, (done + 1) * BATCH)
            ]
            done += 1
            read_now += 1
            yield api.Batch(
                communities=self.list_communities(),
                items=items,
                cursor=str(done),
                progress=api.Progress(done, total),
            )


CONNECTOR = MidstreamConnector
