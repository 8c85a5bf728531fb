"""The fake Reddit's polls: ``POST /api/submit_poll_post`` (what praw's
``Subreddit.submit(poll=...)`` sends, as JSON) makes a poll post, and ``/api/info`` answers
it with its ``poll_data``. Votes are set by tests with ``vote``."""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from connectors.testing.reddit_model import RedditModel
    from connectors.testing.reddit_server import FakeReddit, RecordedRequest


def vote(model: RedditModel, fullname: str, counts: list[int]) -> None:
    model.things[fullname]["poll"]["votes"] = list(counts)


def _poll_data(poll: dict[str, Any], fullname: str) -> dict[str, Any]:
    options = [
        {"id": f"{fullname}-{i}", "text": text, "vote_count": poll["votes"][i]}
        for i, text in enumerate(poll["options"])
    ]
    return {
        "options": options,
        "total_vote_count": sum(poll["votes"]),
        "voting_end_timestamp": int((poll["created"] + poll["duration"] * 86400) * 1000),
        "user_selection": None,
    }


def route(fake: FakeReddit, request: RecordedRequest) -> tuple[int, Any] | None:
    """The answer for a poll request, None for any other."""
    model = fake.model
    if request.path == "/api/submit_poll_post" and request.method == "POST":
        data = json.loads(request.form.get("json") or "{}")
        options = [str(o) for o in data.get("options", [])]
        if not 2 <= len(options) <= 6 or not 1 <= int(data.get("duration", 0)) <= 7:
            errors = [["BAD_POLL", "polls have 2 to 6 options and last 1 to 7 days", "options"]]
            return 200, {"json": {"errors": errors}}
        fullname = model.add_post(str(data["sr"]), str(data["title"]), str(data.get("text", "")),
                                  author=fake.username)  # fmt: skip
        model.things[fullname]["poll"] = {
            "options": options,
            "duration": int(data["duration"]),
            "votes": [0] * len(options),
            "created": time.time(),
        }
        url = f"https://www.reddit.com/r/{data['sr']}/comments/{fullname[3:]}/poll/"
        return 200, {"json": {"errors": [], "data": {"id": fullname, "name": fullname, "url": url}}}
    if request.path == "/api/info":
        wanted = [f for f in request.param("id").split(",") if "poll" in model.things.get(f, {})]
        if not wanted:
            return None
        from connectors.testing.reddit_routes import listing

        body = listing(model, wanted, None)
        for child in body["data"]["children"]:
            name = child["data"]["name"]
            child["data"]["poll_data"] = _poll_data(model.things[name]["poll"], name)
        return 200, body
    return None
