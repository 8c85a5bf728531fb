"""A scripted connector and a small corpus whose answers are known (fixtures: conftest.py).

Helpers live here, not in conftest.py, so tests and fixtures share one ScriptedConnector
(conftest.py is imported under a name of pytest's own)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import ClassVar

from connectors.api import (
    Batch,
    CommunityRecord,
    ConnectionInfo,
    Connector,
    ItemKind,
    ItemRecord,
    MemberRecord,
)
from workbench.core.sync.engine import SyncSummary
from workbench.core.workspace import Workspace

WHEN = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
GARDEN = CommunityRecord("g1", "Gardeners", "test")
BAKERS = CommunityRecord("g2", "Bakers", "test")
KNITTERS = CommunityRecord("g3", "Knitters", "test")
ALICE = MemberRecord("u1", "alice", "test")

# (external id, community, text): the corpus the detector tests know the answers for.
CORPUS: tuple[tuple[str, str, str], ...] = (
    ("p1", "g1", "Buy cheap seeds now at http://spam.example/deal"),
    ("p2", "g1", "My tomatoes are growing well this year"),
    ("p3", "g1", "Anyone tried CHEAPSEEDS? they look like a SCAM"),
    ("p4", "g1", "THIS IS THE BEST GARDEN EVER AND I LOVE IT SO MUCH"),
    ("p5", "g1", "Links: http://a.org http://b.org http://c.org and https://d.org"),
    ("p6", "g1", "Le café du jardin est ouvert"),
    ("p7", "g1", "spammer alert in the compost thread"),
    ("p8", "g2", "Cheap flour, buy now!"),
    ("p9", "g2", "Sourdough starter tips from https://bread.example.org/tips"),
    ("p10", "g3", "Wool prices are cheap this week"),
)


class ScriptedConnector(Connector):
    id = "scripted-guidelines"
    display_name = "Scripted"
    platform = "test"
    script: ClassVar[list[Sequence[Batch]]] = []

    def test_connection(self) -> ConnectionInfo:
        return ConnectionInfo("ok")

    def list_communities(self) -> Sequence[CommunityRecord]:
        return [GARDEN, BAKERS, KNITTERS]

    def read(self, cursor: str | None) -> Iterator[Batch]:
        yield from self.script.pop(0)


def item(external_id: str, community: str, text: str, **changes: object) -> ItemRecord:
    fields: dict[str, object] = {
        "external_id": external_id,
        "kind": ItemKind.POST,
        "community_id": community,
        "created_at": WHEN + timedelta(minutes=len(external_id)),
        "text": text,
        "author": ALICE,
    }
    fields.update(changes)
    return ItemRecord(**fields)  # type: ignore[arg-type]


def corpus_batch() -> Batch:
    return Batch(
        items=[item(e, c, t) for e, c, t in CORPUS],
        communities=[GARDEN, BAKERS, KNITTERS],
        cursor="1",
    )


def sync(workspace: Workspace, account_id: int, *batches: Batch) -> SyncSummary:
    ScriptedConnector.script.append(batches)
    summary = workspace.sync.sync(account_id)
    assert not summary.failed, summary.message
    return summary


def community_id(workspace: Workspace, name: str) -> int:
    (found,) = workspace.guidelines.find_communities(name)
    return found.community_id


def external_ids(workspace: Workspace, item_ids: Sequence[int]) -> set[str]:
    return {m.external_id for m in workspace.backtest.describe(list(item_ids))}
