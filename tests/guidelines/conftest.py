"""Fixtures: a workspace with the scripted connector and the corpus of corpus.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from connectors.registry import PluginInfo, PluginState
from tests.guidelines.corpus import ScriptedConnector, corpus_batch, sync
from workbench.core.workspace import Workspace


@pytest.fixture
def account(workspace: Workspace) -> Iterator[int]:
    workspace.registry.plugins.append(
        PluginInfo(ScriptedConnector.id, "tests", PluginState.LOADED, "", ScriptedConnector)
    )
    ScriptedConnector.script = []
    yield workspace.accounts.add(ScriptedConnector.id, "Garden club", {}).id
    ScriptedConnector.script = []


@pytest.fixture
def corpus(workspace: Workspace, account: int) -> Workspace:
    sync(workspace, account, corpus_batch())
    return workspace
