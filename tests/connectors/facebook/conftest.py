"""A fake Graph API seeded with the recorded Page feed, and a Facebook account on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from connectors.testing.graph_server import FakeGraph
from workbench.core.accounts.service import AccountView
from workbench.core.workspace import Workspace

TOKEN = "EAAG-secret-page-token-4711"


@pytest.fixture
def graph(shared_fixtures: Path) -> Iterator[FakeGraph]:
    server = FakeGraph(token=TOKEN, page_name="Facebook for Developers")
    server.load_recordings(shared_fixtures)
    with server:
        yield server


@pytest.fixture
def page_account(workspace: Workspace, graph: FakeGraph) -> AccountView:
    return workspace.accounts.add(
        "facebook",
        "Brand page",
        {"page_id": graph.page_id, "access_token": TOKEN, "graph_url": graph.url},
    )


@pytest.fixture
def fb_errors(shared_fixtures: Path) -> Path:
    return shared_fixtures / "facebook" / "spring-social-facebook"
