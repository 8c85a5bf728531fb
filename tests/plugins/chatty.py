"""A careless test connector: it logs its secret token at DEBUG, as request headers and in a
URL, and once bare. The host's log redaction must keep every form out of the log."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from connectors import api

log = logging.getLogger("chatty_platform_sdk")


class ChattyConnector(api.Connector):
    id = "chatty"
    display_name = "Chatty platform"
    version = "1.0"
    platform = "chatty"
    settings_fields = (api.SettingField("token", "Access token", secret=True, required=True),)

    def test_connection(self) -> api.ConnectionInfo:
        return api.ConnectionInfo("Chatty is there.")

    def list_communities(self) -> Sequence[api.CommunityRecord]:
        return [api.CommunityRecord("chat", "Chat", "chatty")]

    def read(self, cursor: str | None) -> Iterator[api.Batch]:
        token = self.context.secrets["token"]
        log.debug("GET https://chatty.test/feed?access_token=%s&limit=10", token)
        log.debug("headers: %r", {"Authorization": f"Bearer {token}", "Accept": "*/*"})
        log.info('token answer: {"access_token": "%s", "expires_in": 3600}', token)
        log.debug("signed in with %s", token)  # only the known-secrets list catches this one
        yield api.Batch(
            communities=self.list_communities(),
            items=[
                api.ItemRecord(
                    external_id="c1",
                    kind=api.ItemKind.POST,
                    community_id="chat",
                    created_at=datetime(2026, 1, 1, tzinfo=UTC),
                    text="hello",
                )
            ],
            cursor="1",
        )


CONNECTOR = ChattyConnector
