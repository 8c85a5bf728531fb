"""`workbench accounts add reddit ...`, `workbench sync`, `workbench items export` end to end."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from reddit_helpers import fill

from connectors.testing.reddit_server import FakeReddit
from workbench.cli import main


def test_cli_adds_a_reddit_account_syncs_and_exports(
    tmp_path: Path, fake_reddit: FakeReddit, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(fake_reddit, posts=12, comments_per_post=2)
    data = ["--data-dir", str(tmp_path / "ws")]
    monkeypatch.setenv("WORKBENCH_SECRET_CLIENT_ID", fake_reddit.client_id)
    monkeypatch.setenv("WORKBENCH_SECRET_CLIENT_SECRET", fake_reddit.client_secret)
    monkeypatch.setenv("WORKBENCH_SECRET_PASSWORD", fake_reddit.password)
    out = io.StringIO()
    added = main(
        [
            *data,
            "accounts",
            "add",
            "reddit",
            "Python mods",
            "--set",
            f"username={fake_reddit.username}",
            "--set",
            "subreddits=python",
            "--set",
            f"oauth_url={fake_reddit.url}",
            "--set",
            f"reddit_url={fake_reddit.url}",
        ],
        out,
    )
    assert added == 0, out.getvalue()
    synced = io.StringIO()
    assert main([*data, "sync"], synced) == 0, synced.getvalue()
    assert "Python mods: ok, 36 new" in synced.getvalue()
    listed = io.StringIO()
    main([*data, "accounts", "list"], listed)
    assert "36 items" in listed.getvalue()

    export = io.StringIO()
    assert main([*data, "items", "export"], export) == 0
    records = [json.loads(line) for line in export.getvalue().splitlines()]
    assert len(records) == 36
    assert {r["kind"] for r in records} == {"post", "comment"}
    assert all(r["platform"] == "reddit" and r["community"] == "r/python" for r in records)
    for secret in (fake_reddit.password, fake_reddit.client_secret, *fake_reddit.tokens):
        assert secret not in export.getvalue() and secret not in synced.getvalue()
