"""Native Reddit polls through praw's poll submission (``Subreddit.submit(poll=...)``,
which posts to ``api/submit_poll_post``), and their results from the submission's
``poll_data``. Each call is one request; nothing here retries on its own."""

from __future__ import annotations

from datetime import UTC, datetime

import praw

from connectors.api import ActionResult, BadData, PollPost, PollResults
from connectors.reddit.errors import translate

MIN_OPTIONS, MAX_OPTIONS = 2, 6
MIN_DAYS, MAX_DAYS = 1, 7


def available() -> bool:
    """Whether the installed praw can submit polls (it has since 7.x: ``submit(poll=)``)."""
    import inspect

    return "poll" in inspect.signature(praw.models.Subreddit.submit).parameters


def send_poll(reddit: praw.Reddit, poll: PollPost, reddit_url: str) -> ActionResult:
    options = [o.strip() for o in poll.options if o.strip()]
    if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
        raise BadData("A Reddit poll has 2 to 6 options.")
    if not MIN_DAYS <= poll.duration_days <= MAX_DAYS:
        raise BadData("A Reddit poll runs 1 to 7 days.")
    name = poll.community_id.removeprefix("r/")  # as parsing.community_id writes it
    with translate():
        subreddit = reddit.subreddit(name)
        submission = subreddit.submit(
            poll.title,
            selftext=poll.text,
            poll={"duration": poll.duration_days, "options": options},
        )
    fullname = f"t3_{submission.id}"
    return ActionResult(
        external_id=fullname,
        url=f"{reddit_url}/comments/{submission.id}/",
        message="Poll posted",
    )


def poll_results(reddit: praw.Reddit, external_id: str) -> PollResults:
    with translate():
        found = next(iter(reddit.info(fullnames=[external_id])), None)
        if found is None:
            raise BadData(f"Reddit does not know the poll {external_id}.")
        data = getattr(found, "poll_data", None)
        if data is None:
            raise BadData(f"{external_id} is not a poll.")
        votes = tuple((str(o.text), int(o.vote_count or 0)) for o in data.options)
        ends = getattr(data, "voting_end_timestamp", None)
    return PollResults(
        votes=votes,
        total=int(getattr(data, "total_vote_count", sum(v for _, v in votes)) or 0),
        closes_at=datetime.fromtimestamp(ends / 1000, UTC) if ends else None,
    )
