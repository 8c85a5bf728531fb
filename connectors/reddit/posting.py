"""New text posts in a subreddit through praw's ``Subreddit.submit`` (one request to
``api/submit``); the result names the post by its fullname, as a sync stores it."""

from __future__ import annotations

import praw

from connectors.api import ActionResult, BadData, Post
from connectors.reddit.errors import translate

MAX_TITLE = 300  # Reddit refuses longer titles


def submit(reddit: praw.Reddit, action: Post, reddit_url: str) -> ActionResult:
    title = " ".join(action.title.split())
    if not title:
        raise BadData("A Reddit post needs a title.")
    if len(title) > MAX_TITLE:
        raise BadData(f"A Reddit title is at most {MAX_TITLE} characters.")
    name = action.community_id.removeprefix("r/")  # as parsing.community_id writes it
    with translate():
        submission = reddit.subreddit(name).submit(title, selftext=action.text)
    return ActionResult(
        external_id=f"t3_{submission.id}",
        url=f"{reddit_url}/comments/{submission.id}/",
        message="Posted",
    )
