"""A test connector whose sending can be switched: ok, offline (Offline) or refused.

Its account setting ``send`` chooses; the inbox tests flip it between sends.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta

from connectors import api


def start() -> datetime:
    # Recent, so the items land on top of a newest-first inbox like fresh activity.
    return datetime.now(UTC) - timedelta(minutes=30)


def community() -> api.CommunityRecord:
    return api.CommunityRecord("forum", "Test forum", "testland", url="https://example.org/forum")


def items() -> list[api.ItemRecord]:
    first = start()
    author = api.MemberRecord("u1", "alice", "testland", "Alice")
    other = api.MemberRecord("u2", "bob", "testland", "Bob")
    return [
        api.ItemRecord(
            "p1", api.ItemKind.POST, "forum", first, text="How do I reset my password?",
            title="Password reset?", author=author, thread_id="p1",
            url="https://example.org/forum/p1", flags=(api.FLAG_QUESTION,),
        ),
        api.ItemRecord(
            "c1", api.ItemKind.COMMENT, "forum", first + timedelta(minutes=5),
            text="Same problem here", author=other, parent_id="p1", thread_id="p1",
            url="https://example.org/forum/c1",
        ),
        api.ItemRecord(
            "c2", api.ItemKind.COMMENT, "forum", first + timedelta(minutes=9),
            text="<p>Look <img src='https://images.example.org/x.png'> here</p>",
            html="<p>Look <img src='https://images.example.org/x.png'> here"
            "<script>alert(1)</script></p>",
            author=author, parent_id="p1", thread_id="p1", url="https://example.org/forum/c2",
        ),
    ]  # fmt: skip


class ReplyingConnector(api.Connector):
    id = "inbox_replying"
    display_name = "Replying test forum"
    version = "1.0"
    platform = "testland"
    capabilities = frozenset({api.Capability.READ, api.Capability.REPLY})
    settings_fields = (
        api.SettingField(
            "send", "Send", api.FieldKind.CHOICE, default="ok", choices=("ok", "offline", "refuse")
        ),
    )
    sent: list[api.Action] = []

    def test_connection(self) -> api.ConnectionInfo:
        return api.ConnectionInfo("ok")

    def list_communities(self) -> Sequence[api.CommunityRecord]:
        return [community()]

    def read(self, cursor: str | None) -> Iterator[api.Batch]:
        if self.context.get("send") == "offline":
            raise api.Offline("The forum cannot be reached (offline).")
        if cursor is None:
            yield api.Batch(communities=[community()], items=items(), cursor="1")

    def send(self, action: api.Action) -> api.ActionResult:
        mode = self.context.get("send", "ok")
        if mode == "offline":
            raise api.Offline("The forum cannot be reached (offline).")
        if mode == "refuse":
            raise api.PermissionDenied("The forum refused the reply: thread is locked.")
        type(self).sent.append(action)
        return api.ActionResult(external_id=f"r{len(type(self).sent)}", url="https://example.org/r")


CONNECTOR = ReplyingConnector
