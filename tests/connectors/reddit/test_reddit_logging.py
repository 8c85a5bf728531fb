"""`workbench -vv sync` of a Reddit account (real praw against the fake Reddit): the log file
in the workspace holds the debug detail, and no token, password or client secret."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reddit_helpers import fill

from connectors.testing.reddit_server import FakeReddit
from workbench.cli import main


def test_debug_log_of_a_reddit_sync_holds_no_secret(
    tmp_path: Path,
    fake_reddit: FakeReddit,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fill(fake_reddit, posts=3, comments_per_post=1)
    folder = tmp_path / "ws"
    monkeypatch.setenv("WORKBENCH_SECRET_CLIENT_ID", fake_reddit.client_id)
    monkeypatch.setenv("WORKBENCH_SECRET_CLIENT_SECRET", fake_reddit.client_secret)
    monkeypatch.setenv("WORKBENCH_SECRET_PASSWORD", fake_reddit.password)
    settings = [
        f"username={fake_reddit.username}",
        "subreddits=python",
        f"oauth_url={fake_reddit.url}",
        f"reddit_url={fake_reddit.url}",
    ]
    data = ["--data-dir", str(folder), "-vv"]
    added = main([*data, "accounts", "add", "reddit", "Python mods",
                  *(a for s in settings for a in ("--set", s))], io.StringIO())  # fmt: skip
    assert added == 0
    out = io.StringIO()
    assert main([*data, "sync"], out) == 0, out.getvalue()
    assert "Python mods: ok, 6 new" in out.getvalue()
    stderr = capsys.readouterr().err

    log = (folder / "logs" / "workbench.log").read_text(encoding="utf-8")
    assert " DEBUG prawcore" in log and " DEBUG urllib3" in log  # it really is the debug log
    assert "sync of Python mods: ok" in log
    secrets = [fake_reddit.password, fake_reddit.client_secret, *fake_reddit.tokens]
    assert fake_reddit.tokens  # praw did sign in
    for secret in secrets:
        assert secret not in log
        assert secret not in stderr
