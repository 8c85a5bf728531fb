"""Moderation fixtures: a fake Reddit on 127.0.0.1 with reported items, synced into a real
workspace (the same path a user's sync takes)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from moderation_helpers import Reported, add_account, reported_threads

from connectors.testing.reddit_server import FakeReddit, served
from workbench.core.workspace import Workspace


@pytest.fixture
def fake_reddit(shared_fixtures: Path) -> Iterator[FakeReddit]:
    yield from served(shared_fixtures)


@pytest.fixture
def reported(workspace: Workspace, fake_reddit: FakeReddit) -> Reported:
    """Three reported items in r/python, synced: a post, a comment, and a post a
    moderator reported."""
    account = add_account(workspace, fake_reddit)
    found = reported_threads(fake_reddit)
    summary = workspace.sync.sync(account, force=True)
    assert not summary.failed, summary.message
    return Reported(account, found, _ids(workspace))


def _ids(workspace: Workspace) -> dict[str, int]:
    with workspace.store.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT external_id, id FROM items").all()
    return {str(row[0]): int(row[1]) for row in rows}
