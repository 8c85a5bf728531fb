"""The charts' first-reply numbers (one index lookup per thread) agree with
``Analytics.first_reply`` on test_numbers.py's hand-computed store and on the charts' store,
over every window the tests use."""

from __future__ import annotations

from pathlib import Path

import pytest
from analytics_store import T0, W2
from plugins.support import TOKEN, batch, write_script
from test_numbers import ITEMS, at

from workbench.core.workspace import Workspace
from workbench.db.interfaces import AnalyticsScope

SCOPES = [
    AnalyticsScope(),
    AnalyticsScope(since=T0, until=at(60)),
    AnalyticsScope(since=at(100), until=at(190)),
    AnalyticsScope(since=T0 - 86400, until=W2 + 86400),
    AnalyticsScope(since=W2),
]


@pytest.fixture
def numbers_ws(workspace: Workspace, data_dir: Path) -> Workspace:
    script = write_script(
        workspace.data_dir / "numbers.json",
        communities=[{"id": "general", "name": "General"}, {"id": "help", "name": "Help"}],
        batches=[batch(*ITEMS, cursor="1"), {"items": [], "deletions": ["p5"], "cursor": "2"}],
    )
    account = workspace.accounts.add("scripted", "Team", {"script": str(script), "token": TOKEN})
    workspace.sync.sync(account.id)
    return workspace


@pytest.mark.parametrize("store", ["numbers_ws", "ws"])
def test_first_reply_per_community_agrees(store: str, request: pytest.FixtureRequest) -> None:
    ws: Workspace = request.getfixturevalue(store)
    for scope in SCOPES:
        assert ws.analytics.reads.first_reply_by_community(scope) == ws.analytics.reads.first_reply(
            scope
        ), scope
