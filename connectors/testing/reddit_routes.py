"""The fake Reddit's endpoints: path -> (status, JSON body) over the in-memory model.

Paths and parameters are the ones praw 8 sends (see praw/endpoints.py); bodies follow the
recorded responses in ../shared/fixtures/reddit.
"""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any

from connectors.testing import reddit_mod_routes, reddit_poll_routes, reddit_rules_routes
from connectors.testing.reddit_model import Conversation

if TYPE_CHECKING:
    from connectors.testing.reddit_server import FakeReddit, RecordedRequest

MORE_CHUNK = 100  # children per "more" stub, as /api/morechildren takes at most 100


def listing(model: Any, fullnames: list[str], after: str | None) -> dict[str, Any]:
    children = [{"kind": f[:2], "data": model.render(f)} for f in fullnames]
    return {
        "kind": "Listing",
        "data": {
            "after": after,
            "dist": len(children),
            "modhash": None,
            "geo_filter": "",
            "children": children,
            "before": None,
        },
    }


def _limit(request: RecordedRequest) -> int:
    try:
        return max(1, min(int(request.param("limit") or 25), 100))
    except ValueError:
        return 25


def route(fake: FakeReddit, request: RecordedRequest) -> tuple[int, Any]:
    if (moderation := reddit_mod_routes.route(fake, request)) is not None:
        return moderation
    model, path, method = fake.model, request.path, request.method
    if (poll := reddit_poll_routes.route(fake, request)) is not None:  # polls (events area)
        return poll
    if path == "/api/v1/me":
        return 200, {**fake.templates.me, "name": fake.username, "id": "fakeme"}
    if path == "/subreddits/mine/moderator":
        children = [
            {
                "kind": "t5",
                "data": {
                    **fake.templates.subreddit,
                    "display_name": s.name,
                    "name": f"t5_{s.id36}",
                    "id": s.id36,
                    "url": f"/r/{s.name}/",
                    "public_description": f"The r/{s.name} community",
                },
            }
            for s in model.subreddits.values()
        ]
        return 200, {"kind": "Listing", "data": {"after": None, "children": children}}
    if match := re.fullmatch(r"/r/([^/]+)/(new|comments)", path):
        names = match.group(1).split("+")
        found, more = model.listing(
            names, match.group(2), request.param("after") or None, _limit(request), fake.listing_cap
        )
        return 200, listing(model, found, found[-1] if more and found else None)
    if match := re.fullmatch(r"/r/([^/]+)/about/(modqueue|reports|spam|unmoderated)", path):
        everything = model.queue(match.group(1).split("+"), match.group(2))
        start = 0
        if request.param("after") in everything:
            start = everything.index(request.param("after")) + 1
        page = everything[start : start + _limit(request)]
        more = start + len(page) < len(everything)
        return 200, listing(model, page, page[-1] if more and page else None)
    if path == "/api/info":
        wanted = [f for f in request.param("id").split(",") if f in model.things]
        return 200, listing(model, wanted, None)
    if match := re.fullmatch(r"/comments/([a-z0-9]+)(?:/_/([a-z0-9]+))?", path):
        return _tree(fake, f"t3_{match.group(1)}", _limit_tree(request, fake))
    if path == "/api/morechildren":
        wanted = [f"t1_{c}" for c in request.param("children").split(",") if c]
        things = [{"kind": "t1", "data": model.render(f)} for f in wanted if f in model.things]
        return 200, {"json": {"errors": [], "data": {"things": things}}}
    if path == "/api/comment" and method == "POST":
        parent = request.param("thing_id")
        if parent not in model.things:
            return 200, {"json": {"errors": [["DELETED_COMMENT", "that was deleted", "parent"]]}}
        created = model.add_comment(parent, request.param("text"), author=fake.username)
        return 200, {
            "json": {
                "errors": [],
                "data": {"things": [{"kind": "t1", "data": model.render(created)}]},
            }
        }
    if path == "/api/submit" and method == "POST":  # a text post (praw's Subreddit.submit)
        sub = request.param("sr")
        if not sub:
            return 200, {"json": {"errors": [["SUBREDDIT_NOEXIST", "no such subreddit", "sr"]]}}
        made = model.add_post(sub, request.param("title"), request.param("text"),
                              author=fake.username, created=time.time())  # fmt: skip
        url = f"{fake.url}/r/{sub}/comments/{made[3:]}/"
        return 200, {"json": {"errors": [], "data": {"id": made[3:], "name": made, "url": url}}}
    if match := re.fullmatch(r"/api/(approve|remove|lock|unlock)", path):
        thing = model.things.get(request.param("id"))
        if thing is None:
            return 404, {"message": "Not Found", "error": 404}
        action = match.group(1)
        if action == "approve":
            thing.update(approved=True, removed=False, spam=False)
            model.flagged.discard(request.param("id"))
        elif action == "remove":
            thing.update(removed=True, approved=False, spam=request.param("spam") == "True")
            model.flagged.add(request.param("id"))
        else:
            thing["locked"] = action == "lock"
        return 200, {}
    if path.startswith("/api/v1/modactions/"):
        return 200, {}
    if path.startswith("/api/mod/conversations"):
        return _modmail(fake, request)
    if (rules := reddit_rules_routes.route(fake, request)) is not None:  # guidelines
        return rules
    return 404, {"message": "Not Found", "error": 404}


def _limit_tree(request: RecordedRequest, fake: FakeReddit) -> int:
    try:
        asked = int(request.param("limit") or fake.tree_limit)
    except ValueError:
        asked = fake.tree_limit
    return min(asked, fake.tree_limit)


def _tree(fake: FakeReddit, post: str, limit: int) -> tuple[int, Any]:
    """The post and its first ``limit`` comments; the rest behind "more" stubs."""
    model = fake.model
    if post not in model.things:
        return 404, {"message": "Not Found", "error": 404}
    comments = [c for c in model.post_comments.get(post, []) if c in model.things]
    shown = set(comments[:limit])
    rest = comments[limit:]
    # Each hidden comment waits under its nearest shown ancestor (or the post itself).
    groups: dict[str, list[str]] = {}
    for fullname in rest:
        anchor = model.things[fullname]["parent"]
        while anchor not in shown and anchor != post:
            anchor = model.things[anchor]["parent"]
        groups.setdefault(anchor, []).append(fullname)

    def stubs(anchor: str, depth: int) -> list[dict[str, Any]]:
        hidden = groups.get(anchor, [])
        out = []
        for start in range(0, len(hidden), MORE_CHUNK):
            chunk = hidden[start : start + MORE_CHUNK]
            out.append(
                {
                    "kind": "more",
                    "data": {
                        # Larger counts first: praw expands the biggest stub first, and
                        # later chunks may answer comments of earlier ones.
                        "count": len(hidden) - start,
                        "name": f"t1_{chunk[0][3:]}",
                        "id": chunk[0][3:],
                        "parent_id": anchor,
                        "depth": depth,
                        "children": [c[3:] for c in chunk],
                    },
                }
            )
        return out

    def node(fullname: str, depth: int) -> dict[str, Any]:
        data = model.render(fullname)
        replies = [node(c, depth + 1) for c in model.children.get(fullname, []) if c in shown]
        replies += stubs(fullname, depth + 1)
        data["depth"] = depth
        data["replies"] = (
            {"kind": "Listing", "data": {"after": None, "children": replies, "before": None}}
            if replies
            else ""
        )
        return {"kind": "t1", "data": data}

    top = [node(c, 0) for c in model.children.get(post, []) if c in shown] + stubs(post, 0)
    return 200, [
        listing(model, [post], None),
        {"kind": "Listing", "data": {"after": None, "children": top, "before": None}},
    ]


def _modmail(fake: FakeReddit, request: RecordedRequest) -> tuple[int, Any]:
    model = fake.model
    match = re.fullmatch(r"/api/mod/conversations/?([a-z0-9]*)", request.path)
    conv_id = match.group(1) if match else ""
    if not conv_id:
        entity = {e.lower() for e in request.param("entity").split(",") if e}
        ordered = sorted(
            (
                c
                for c in model.conversations.values()
                if not entity or c.subreddit.lower() in entity
            ),
            key=lambda c: c.updated,
            reverse=True,
        )
        start = 0
        after = request.param("after")
        ids = [c.id for c in ordered]
        if after in ids:
            start = ids.index(after) + 1
        page = ordered[start : start + _limit(request)]
        conversations: dict[str, Any] = {}
        messages: dict[str, Any] = {}
        for conv in page:
            rendered = model.conversation(conv, last=fake.list_messages)
            conversations[conv.id] = rendered["conversation"]
            messages.update(rendered["messages"])
        return 200, {
            "conversations": conversations,
            "messages": messages,
            "viewerId": "t2_fakeme",
            "conversationIds": [c.id for c in page],
        }
    found = model.conversations.get(conv_id)
    if found is None:
        return 404, {"message": "Not Found", "error": 404}
    conv = found
    if request.method == "POST":
        body = request.param("body")
        internal = request.param("isInternal") == "True"
        model.add_message(conv.id, fake.username, body, internal=internal)
        return 201, _full(model, conv)
    return 200, _full(model, conv)


def _full(model: Any, conv: Conversation) -> dict[str, Any]:
    rendered = model.conversation(conv)
    return {
        **rendered,
        "user": {**model.t.modmail_user, "name": conv.messages[0]["author"]},
        "modActions": {},
    }
