"""The reading that follows the listings: comment threads and the deletion re-check.

Comment threads: Reddit's comment listing reaches back only so far (about 1,000 comments),
so after a first sync (or a long pause) some posts have more comments than the listing gave.
Their comment trees are fetched and "more" stubs expanded, within ``more_comments_budget``
requests per sync.

Re-check: Reddit's data terms require deleting local copies of content deleted on Reddit.
Items of the last ``recheck_hours`` are looked up again through /api/info, 100 per request;
the gone ones become Deletions, edited ones update the stored item.
"""

from __future__ import annotations

from collections.abc import Iterator

from praw.models import Comment, MoreComments

from connectors.api import Batch, Deletion
from connectors.reddit.errors import translate
from connectors.reddit.reading import RESERVE_EXTRAS, BudgetLow, Reader

INFO_CHUNK = 100  # /api/info takes at most 100 fullnames


def threads(reader: Reader) -> Iterator[Batch]:
    """Fetch the comment trees of posts whose comments the listing did not fully cover."""
    budget = reader.settings.more_comments_budget
    wanted = [
        (post, count)
        for post, count in reader.num_comments.items()
        if count > reader.comment_counts.get(post, 0)
    ]
    # Only subreddits whose comment listing ran out before reaching the last sync's comments.
    subreddit_of = {
        post: record_sub
        for post, record_sub in reader.post_subreddits.items()
        if record_sub in reader.exhausted
    }
    wanted = [(p, c) for p, c in wanted if p in subreddit_of]
    wanted.sort(key=lambda pair: pair[0], reverse=True)
    for post, _count in wanted:
        if budget <= 0 or reader.is_cancelled():
            return
        reader.check(RESERVE_EXTRAS)
        client = reader.client
        before = client.rate.requests
        with translate(client.rate.reset_in()):
            submission = client.reddit.submission(id=post.removeprefix("t3_"))
            forest = submission.comments  # one request: the post and its first comments
            forest.replace_more(limit=max(budget - 1, 0))
            comments = [c for c in forest.list() if isinstance(c, Comment)]
        budget -= max(client.rate.requests - before, 1)
        comments = [c for c in comments if not isinstance(c, MoreComments)]
        items, deletions, skipped = reader.parse(comments)
        yield reader.batch(items, deletions, skipped, "Reading comment threads")


def recheck(reader: Reader) -> Iterator[Batch]:
    """Look up recent items again; erase the ones deleted or removed on Reddit."""
    state = reader.state
    state.prune(reader.settings.recheck_hours)
    due = sorted(
        (name for name in state.recent if name not in reader.seen),
        key=lambda name: state.recent[name],
        reverse=True,
    )
    for start in range(0, len(due), INFO_CHUNK):
        if reader.is_cancelled():
            return
        try:
            reader.check(RESERVE_EXTRAS)
        except BudgetLow:
            return
        chunk = due[start : start + INFO_CHUNK]
        found, _after = reader.get_json("api/info/", {"id": ",".join(chunk)})
        items, deletions, skipped = reader.parse(found)
        present = {str(thing.get("name")) for thing in found}
        for name in chunk:
            if name not in present:
                deletions.append(Deletion(name))
                state.recent.pop(name, None)
        yield reader.batch(items, deletions, skipped, "Checking recent items for deletions")
