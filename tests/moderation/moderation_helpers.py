"""Helpers shared by the moderation tests."""

from __future__ import annotations

import io
from dataclasses import dataclass

from connectors.testing.reddit_server import FakeReddit
from workbench.cli import main
from workbench.core.workspace import Workspace


@dataclass(frozen=True)
class Reported:
    account: int
    fullnames: dict[str, str]  # "post", "comment", "mod_post", "quiet" -> Reddit fullname
    ids: dict[str, int]  # stored item id by external id

    def item(self, key: str) -> int:
        return self.ids[self.fullnames[key]]


def add_account(ws: Workspace, fake: FakeReddit, name: str = "Reddit mods") -> int:
    return ws.accounts.add("reddit", name, fake.settings(subreddits="python")).id


def reported_threads(fake: FakeReddit) -> dict[str, str]:
    model = fake.model
    post = model.add_post("python", "Buy cheap watches", "visit spam.example", author="spammer1")
    comment_post = model.add_post("python", "How do I pin a version?", "pip?", author="asker")
    comment = model.add_comment(comment_post, "you are an idiot", author="rude_one")
    mod_post = model.add_post("python", "Doxxing thread", "personal info", author="bad_actor")
    quiet = model.add_post("python", "A fine question", "about asyncio", author="helper")
    model.report(post, "Spam")
    model.report(post, "Spam")
    model.report(post, "Self-promotion")
    model.report(comment, "Harassment")
    model.report(mod_post, "Personal information", moderator="mod_alex")
    return {"post": post, "comment": comment, "mod_post": mod_post, "quiet": quiet}


def cli(ws: Workspace, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--data-dir", str(ws.data_dir), *argv], out=out)
    return code, out.getvalue()
