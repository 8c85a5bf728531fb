"""A fake Reddit on 127.0.0.1 (connectors.testing.reddit_server) and accounts pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from connectors.testing.reddit_server import FakeReddit, served


@pytest.fixture
def fake_reddit(shared_fixtures: Path) -> Iterator[FakeReddit]:
    yield from served(shared_fixtures)
