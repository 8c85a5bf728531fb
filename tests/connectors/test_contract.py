"""Every built-in connector keeps the plugin contract (connectors.testing.contract) against its
fake platform, built the way the app builds it (an account in a real workspace)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from connectors.api import AuthExpired, Connector, RateLimited, TemporaryError
from connectors.testing.contract import ConnectorContract
from connectors.testing.graph_server import FakeGraph
from connectors.testing.linkedin_server import FakeLinkedIn
from connectors.testing.reddit_server import FakeReddit, served
from workbench.core.workspace import Workspace

FB_TOKEN = "EAAG-secret-page-token-4711"
LI_TOKEN = "AQV-secret-linkedin-token-0815"


def _maker(workspace: Workspace, name: str) -> Callable[[], Connector]:
    def make() -> Connector:
        return workspace.accounts.connector(workspace.accounts.get(name))

    return make


@pytest.fixture
def fake_reddit(shared_fixtures: Path) -> Iterator[FakeReddit]:
    yield from served(shared_fixtures)


def test_demo_keeps_the_contract(workspace: Workspace) -> None:
    workspace.accounts.add("demo", "Demo", {"size": "1200"})
    cls = workspace.registry.get("demo")
    assert cls is not None
    ConnectorContract(cls, _maker(workspace, "Demo")).check_all()


def test_reddit_keeps_the_contract(workspace: Workspace, fake_reddit: FakeReddit) -> None:
    model = fake_reddit.model
    for number in range(30):
        post = model.add_post("python", f"Post {number}", f"Body {number}")
        model.add_comment(post, f"A comment on post {number}")
    workspace.accounts.add("reddit", "Reddit mods", fake_reddit.settings(subreddits="python"))
    cls = workspace.registry.get("reddit")
    assert cls is not None
    ConnectorContract(
        cls,
        _maker(workspace, "Reddit mods"),
        secrets=[fake_reddit.password, fake_reddit.client_secret, fake_reddit.client_id],
        failures={
            RateLimited: lambda: fake_reddit.fail("/r/python", status=429, retry_after="120"),
            TemporaryError: lambda: fake_reddit.fail("/r/python", status=503, times=20),
            AuthExpired: fake_reddit.revoke,  # last: nothing signs in afterwards
        },
    ).check_all()


def test_facebook_keeps_the_contract(workspace: Workspace, shared_fixtures: Path) -> None:
    graph = FakeGraph(token=FB_TOKEN, page_name="Facebook for Developers")
    graph.load_recordings(shared_fixtures)
    envelope = {"error": {"message": "", "type": "OAuthException", "code": 0, "fbtrace_id": "T"}}

    def graph_error(code: int) -> dict[str, object]:
        return {"error": {**envelope["error"], "code": code, "message": f"(#{code}) refused"}}

    with graph:
        workspace.accounts.add(
            "facebook",
            "Brand page",
            {"page_id": graph.page_id, "access_token": FB_TOKEN, "graph_url": graph.url},
        )
        cls = workspace.registry.get("facebook")
        assert cls is not None
        ConnectorContract(
            cls,
            _maker(workspace, "Brand page"),
            secrets=[FB_TOKEN],
            failures={
                AuthExpired: lambda: graph.fail("/feed", 400, graph_error(190)),
                RateLimited: lambda: graph.fail("/feed", 400, graph_error(4)),
                TemporaryError: lambda: graph.fail("/feed", 500, graph_error(2)),
            },
        ).check_all()


def test_linkedin_keeps_the_contract(workspace: Workspace) -> None:
    with FakeLinkedIn(token=LI_TOKEN) as linkedin:
        for number in range(12):
            post = linkedin.add_post(f"Update {number}")
            linkedin.add_comment(post["id"], f"Nice update {number}")
        workspace.accounts.add(
            "linkedin",
            "Acme on LinkedIn",
            {
                "organization_id": linkedin.organization_id,
                "access_token": LI_TOKEN,
                "api_url": linkedin.url,
            },
        )
        cls = workspace.registry.get("linkedin")
        assert cls is not None
        body = {"message": "refused", "status": 0}
        ConnectorContract(
            cls,
            _maker(workspace, "Acme on LinkedIn"),
            secrets=[LI_TOKEN],
            failures={
                AuthExpired: lambda: linkedin.fail("/rest/posts", 401, body),
                RateLimited: lambda: linkedin.fail("/rest/posts", 429, body),
                TemporaryError: lambda: linkedin.fail("/rest/posts", 500, body),
            },
        ).check_all()
