"""A fake LinkedIn REST API and an organization account on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from connectors.testing.linkedin_server import FakeLinkedIn
from workbench.core.accounts.service import AccountView
from workbench.core.workspace import Workspace

TOKEN = "AQV-secret-linkedin-token-0815"


@pytest.fixture
def linkedin() -> Iterator[FakeLinkedIn]:
    with FakeLinkedIn(token=TOKEN) as server:
        yield server


@pytest.fixture
def org_account(workspace: Workspace, linkedin: FakeLinkedIn) -> AccountView:
    return workspace.accounts.add(
        "linkedin",
        "Acme on LinkedIn",
        {
            "organization_id": linkedin.organization_id,
            "access_token": TOKEN,
            "api_url": linkedin.url,
        },
    )
