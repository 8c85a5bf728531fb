from __future__ import annotations

import pytest

from tests.playbooks.seed import seed_library
from workbench.core.workspace import Workspace


@pytest.fixture
def library(workspace: Workspace) -> Workspace:
    seed_library(workspace)
    return workspace
