"""A small store for the charts' numbers, computed by hand in test_charts.py (times in UTC)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from analytics_store import ITEMS
from plugins.support import TOKEN, batch, install, write_script

from workbench.core.workspace import Workspace


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted")
    return folder


@pytest.fixture
def utc() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def ws(workspace: Workspace, utc: None) -> Workspace:
    """The charts' store (test_numbers.py builds its own)."""
    script = write_script(
        workspace.data_dir / "script.json",
        communities=[{"id": "general", "name": "General"}, {"id": "help", "name": "Help"}],
        batches=[batch(*ITEMS, cursor="1")],
    )
    account = workspace.accounts.add("scripted", "Team", {"script": str(script), "token": TOKEN})
    workspace.sync.sync(account.id)
    return workspace
