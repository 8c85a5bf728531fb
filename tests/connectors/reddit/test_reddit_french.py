"""A revoked Reddit sign-in, through praw over real HTTP, told in French by `workbench --lang fr`
(the state message is stored once and read in the reader's language)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reddit_helpers import fill

from connectors.testing.reddit_server import FakeReddit
from workbench.cli import main


def cli(data: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--data-dir", str(data), *argv], out)
    return code, out.getvalue()


def test_a_revoked_sign_in_is_told_in_french(
    tmp_path: Path, fake_reddit: FakeReddit, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(fake_reddit, posts=2, comments_per_post=0)
    data = tmp_path / "ws"
    monkeypatch.setenv("WORKBENCH_SECRET_CLIENT_ID", fake_reddit.client_id)
    monkeypatch.setenv("WORKBENCH_SECRET_CLIENT_SECRET", fake_reddit.client_secret)
    monkeypatch.setenv("WORKBENCH_SECRET_PASSWORD", fake_reddit.password)
    settings = [
        f"username={fake_reddit.username}",
        "subreddits=python",
        f"oauth_url={fake_reddit.url}",
        f"reddit_url={fake_reddit.url}",
    ]
    added = cli(
        data, "accounts", "add", "reddit", "Mods", *[a for s in settings for a in ("--set", s)]
    )
    assert added[0] == 0, added[1]
    assert cli(data, "--lang", "fr", "sync") == (
        0,
        "Mods : ok, 2 nouveau(x), 0 mis à jour, 0 supprimé(s), 0 erreur(s)\n",
    )
    fake_reddit.revoke()  # the user revoked the app: neither token nor password signs in
    fake_reddit.expire_tokens()
    code, out = cli(data, "--lang", "fr", "sync")
    assert code == 1 and out.startswith("Mods : échec, "), out
    assert "(Reconnexion nécessaire. Le connecteur indique : Reddit " in out
    code, listed = cli(data, "--lang", "fr", "accounts", "list")
    row = listed.rstrip("\n").split("\t")
    assert row[5].startswith("Reconnexion nécessaire. Le connecteur indique : Reddit "), row
    code, listed = cli(data, "accounts", "list")  # the same stored message, in English
    assert listed.rstrip("\n").split("\t")[5].startswith("Reddit "), listed
