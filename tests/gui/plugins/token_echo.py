"""A test plugin with a secret setting: it accepts the token "good" and reads three posts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from connectors.api import (
    AuthExpired,
    Batch,
    CommunityRecord,
    ConnectionInfo,
    Connector,
    ItemKind,
    ItemRecord,
    SettingField,
)


class TokenEcho(Connector):
    id = "token-echo"
    display_name = "Token echo (test)"
    version = "1.0"
    platform = "echo"
    settings_fields = (
        SettingField("room", "Room", required=True, help="Which room to read"),
        SettingField("token", "Access token", required=True, secret=True),
    )

    def _check(self) -> None:
        if self.context.get("token") != "good":
            raise AuthExpired("The access token was refused: sign in again.")

    def test_connection(self) -> ConnectionInfo:
        self._check()
        return ConnectionInfo(f"Reading room {self.context.get('room')}")

    def list_communities(self) -> Sequence[CommunityRecord]:
        return [CommunityRecord("room-1", f"Room {self.context.get('room')}", "echo")]

    def read(self, cursor: str | None) -> Iterator[Batch]:
        self._check()
        now = datetime.now(UTC)
        items = [
            ItemRecord(f"e{i}", ItemKind.POST, "room-1", now, text=f"echo number {i}")
            for i in range(3)
        ]
        yield Batch(communities=self.list_communities(), items=items, cursor="done")


CONNECTOR = TokenEcho
