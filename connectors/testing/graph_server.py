"""A fake Facebook Graph API on 127.0.0.1 for connector tests.

It speaks Graph's wire format as recorded in ../shared/fixtures/facebook: objects and
``{"data": [...], "paging": {"cursors": {"before", "after"}, "next", "previous"}}`` lists
whose ``next`` link carries the access token (as the real one does), the
``{"error": {...}}`` envelope, and the X-App-Usage / X-Business-Use-Case-Usage headers.
Faults are injected on demand; every request is logged.

    with FakeGraph(token="t") as graph:
        graph.add_post("Hello")
        ... point the connector at graph.url ...
"""

from __future__ import annotations

import base64
import json
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from connectors.testing.loopback import Fault, LoopbackServer, respond

GRAPH_TIME = "%Y-%m-%dT%H:%M:%S+0000"
VERSION_RE = re.compile(r"^/v\d+\.\d+/")
BAD_TOKEN = {  # the shape of spring-social-facebook's error-190-bogusAccessToken.json
    "error": {
        "message": "Invalid OAuth access token - Cannot parse access token",
        "type": "OAuthException",
        "code": 190,
        "fbtrace_id": "Fake190Trace",
    }
}


def unsupported(path: str) -> dict[str, Any]:
    """Graph's answer (HTTP 400) to an unknown or deleted object or edge: the shape of
    restfb batch-first-error.json, with the ``error_subcode`` 33 current versions add."""
    return {
        "error": {
            "message": f"Unsupported get request. Object with ID '{path}' does not exist, "
            "cannot be loaded due to missing permissions, or does not support this operation. "
            "Please read the Graph API documentation at "
            "https://developers.facebook.com/docs/graph-api",
            "type": "GraphMethodException",
            "code": 100,
            "error_subcode": 33,
            "fbtrace_id": "FakeTrace",
        }
    }


def graph_time(when: datetime) -> str:
    return when.astimezone(UTC).strftime(GRAPH_TIME)


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    params: dict[str, str]


def _encode_cursor(index: int) -> str:
    return base64.urlsafe_b64encode(str(index).encode()).decode()


def _decode_cursor(value: str) -> int:
    return int(base64.urlsafe_b64decode(value.encode()).decode())


def _fields(spec: str) -> set[str]:
    """Top-level names of a ``fields`` parameter (``a,b{c,d},e`` gives a, b, e)."""
    names, depth, current = set(), 0, ""
    for char in spec:
        if char in "{(":
            depth += 1
        elif char in "})":
            depth -= 1
        elif char == "," and depth == 0:
            names.add(current.split(".")[0])
            current = ""
            continue
        if depth == 0 and char not in "})":
            current += char
    if current:
        names.add(current.split(".")[0])
    return names


class FakeGraph(LoopbackServer):
    thread_name = "fake-graph"

    def __init__(
        self, *, token: str = "page-token", page_id: str = "19292868552", page_name: str = "Page"
    ) -> None:
        super().__init__()
        self.token = token
        self.page_id = page_id
        self.page_name = page_name
        self.posts: list[dict[str, Any]] = []
        self.comments: dict[str, list[dict[str, Any]]] = {}
        self.faults: list[Fault] = []
        self.headers: dict[str, str] = {}  # sent with every answer (usage headers)
        self.requests: list[LoggedRequest] = []
        self.unlisted: set[str] = set()  # posts left out of the feed, still there by id
        self.lock = threading.Lock()
        self._counter = 1000

    # -- content ----------------------------------------------------------------------

    def _next_id(self) -> str:
        self._counter += 1
        return str(self._counter)

    def add_post(
        self,
        message: str,
        *,
        created: datetime | None = None,
        author: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        with self.lock:
            post_id = f"{self.page_id}_{self._next_id()}"
            when = graph_time(created or datetime.now(UTC))
            post = {
                "id": post_id,
                "message": message,
                "created_time": when,
                "updated_time": when,
                "permalink_url": f"https://www.facebook.com/{self.page_id}/posts/{post_id.split('_')[1]}/",
                "from": dict(author or {"id": self.page_id, "name": self.page_name}),
                "status_type": "mobile_status_update",
            }
            self.posts.append(post)
            self.comments[post_id] = []
            return post

    def add_comment(
        self,
        post_id: str,
        message: str,
        *,
        parent: str | None = None,
        author: Mapping[str, str] | None = None,
        created: datetime | None = None,
    ) -> dict[str, Any]:
        with self.lock:
            return self._add_comment(post_id, message, parent, author, created)

    def _add_comment(
        self,
        post_id: str,
        message: str,
        parent: str | None,
        author: Mapping[str, str] | None,
        created: datetime | None,
    ) -> dict[str, Any]:
        local = self._next_id()
        comment_id = f"{post_id.split('_')[-1]}_{local}"
        link = (
            f"https://www.facebook.com/{self.page_id}/posts/{post_id.split('_')[-1]}/?comment_id="
        )
        link += f"{parent.split('_')[-1]}&reply_comment_id={local}" if parent else local
        comment: dict[str, Any] = {
            "id": comment_id,
            "message": message,
            "created_time": graph_time(created or datetime.now(UTC)),
            "from": dict(author or {"id": "814564478565223", "name": "Jen Hayden"}),
            "permalink_url": link,
            "is_hidden": False,
            "like_count": 0,
            "comment_count": 0,
        }
        if parent:
            comment["parent"] = {"id": parent}
        self.comments[post_id].append(comment)
        for post in self.posts:
            if post["id"] == post_id:
                post["updated_time"] = comment["created_time"]
        return comment

    def delete(self, object_id: str) -> None:
        """Delete a post (with its comments) or a comment, as its author would."""
        with self.lock:
            self.posts = [p for p in self.posts if p["id"] != object_id]
            self.comments.pop(object_id, None)
            for post_id, comments in self.comments.items():
                self.comments[post_id] = [c for c in comments if c["id"] != object_id]

    def load_recordings(self, fixtures: Path) -> None:
        """Seed the page with the recorded feed and comments (python-facebook fixtures)."""
        folder = fixtures / "facebook" / "python-facebook"
        for name in ("page_feed_default_fields_p1.json", "page_feed_default_fields_p2.json"):
            for post in json.loads((folder / name).read_text())["data"]:
                post = {
                    k: v
                    for k, v in post.items()
                    if k
                    in (
                        "id",
                        "message",
                        "created_time",
                        "updated_time",
                        "permalink_url",
                        "status_type",
                    )
                }
                post["from"] = {"id": self.page_id, "name": self.page_name}
                self.posts.append(post)
                self.comments[post["id"]] = []
        first = self.posts[0]["id"]
        for name in ("post_comments_p1.json", "post_comments_p2.json"):
            for data in json.loads((folder / name).read_text())["data"]:
                query = dict(parse_qsl(urlsplit(data["permalink_url"]).query))
                comment = dict(data)
                own = query.get("reply_comment_id") or query["comment_id"]
                comment["id"] = f"{first.split('_')[1]}_{own}"
                if "reply_comment_id" in query:
                    comment["parent"] = {"id": f"{first.split('_')[1]}_{query['comment_id']}"}
                comment["from"] = {"id": f"user{own[-4:]}", "name": f"Member {own[-4:]}"}
                self.comments[first].append(comment)

    def fail(
        self,
        match: str,
        status: int,
        body: Any,
        *,
        headers: Mapping[str, str] | None = None,
        times: int = 1,
        method: str = "",
    ) -> None:
        with self.lock:
            self.faults.append(Fault(match, status, body, dict(headers or {}), times, method))

    # -- answering ---------------------------------------------------------------------

    def _fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.match in path and fault.times > 0 and fault.method in ("", method):
                    fault.times -= 1
                    return fault
        return None

    def _page(
        self, items: list[dict[str, Any]], path: str, params: dict[str, str]
    ) -> dict[str, Any]:
        limit = int(params.get("limit", "25"))
        start = _decode_cursor(params["after"]) if "after" in params else 0
        chunk = items[start : start + limit]
        wanted = _fields(params.get("fields", ""))
        data = [
            {k: v for k, v in item.items() if not wanted or k in wanted or k == "id"}
            for item in chunk
        ]
        paging: dict[str, Any] = {}
        if chunk:
            paging["cursors"] = {
                "before": _encode_cursor(start),
                "after": _encode_cursor(start + len(chunk)),
            }
        base = f"{self.url}{path}?"
        if start + limit < len(items):
            query = {**params, "access_token": self.token, "after": _encode_cursor(start + limit)}
            paging["next"] = base + urlencode(query)
        if start:
            query = {k: v for k, v in params.items() if k != "after"}
            paging["previous"] = base + urlencode(
                {**query, "access_token": self.token, "before": _encode_cursor(start)}
            )
        return {"data": data, "paging": paging}

    def answer(self, method: str, path: str, params: dict[str, str]) -> tuple[int, Any]:
        fault = self._fault(method, path)
        if fault is not None:
            return fault.status, fault
        # Graph takes the token as a parameter or as an OAuth 2.0 bearer header.
        if params.get("access_token") != self.token:
            return 400, BAD_TOKEN
        parts = VERSION_RE.sub("", path).strip("/").split("/")
        with self.lock:
            if method == "GET" and parts == [self.page_id]:
                return 200, {
                    "id": self.page_id,
                    "name": self.page_name,
                    "link": f"https://www.facebook.com/{self.page_id}",
                    "about": "A fake Page",
                }
            if method == "GET" and parts == [self.page_id, "feed"]:
                since = int(params.get("since", "0"))
                posts = [
                    p
                    for p in self.posts
                    if _epoch(p["created_time"]) >= since and p["id"] not in self.unlisted
                ]
                posts.sort(key=lambda p: p["created_time"], reverse=True)
                return 200, self._page(posts, path, params)
            if len(parts) == 2 and parts[1] == "comments":
                return self._comments(method, parts[0], path, params)
            if method == "GET" and len(parts) == 1:  # one post or comment by id
                found = self._object(parts[0])
                if found is None:
                    return 400, unsupported(parts[0])
                wanted = _fields(params.get("fields", ""))
                return 200, {k: v for k, v in found.items() if not wanted or k in wanted}
            if method == "POST" and len(parts) == 1 and "is_hidden" in params:
                for comments in self.comments.values():
                    for comment in comments:
                        if comment["id"] == parts[0]:
                            comment["is_hidden"] = params["is_hidden"] == "true"
                            return 200, {"success": True}
        return 400, unsupported(parts[0] if parts else path)

    def _object(self, object_id: str) -> dict[str, Any] | None:
        for post in self.posts:
            if post["id"] == object_id:
                return post
        for comments in self.comments.values():
            for comment in comments:
                if comment["id"] == object_id:
                    return comment
        return None

    def _comments(
        self, method: str, target: str, path: str, params: dict[str, str]
    ) -> tuple[int, Any]:
        post_id = target if target in self.comments else None
        parent = None
        if post_id is None:  # a reply to a comment
            for owner, comments in self.comments.items():
                if any(c["id"] == target for c in comments):
                    post_id, parent = owner, target
        if post_id is None:
            return 400, unsupported(target)
        if method == "GET":
            return 200, self._page(list(self.comments[post_id]), path, params)
        page = {"id": self.page_id, "name": self.page_name}
        comment = self._add_comment(post_id, params.get("message", ""), parent, page, None)
        return 200, {"id": comment["id"]}

    # -- serving -----------------------------------------------------------------------

    def handler_class(self) -> type[BaseHTTPRequestHandler]:
        graph = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                parts = urlsplit(self.path)
                params = dict(parse_qsl(parts.query))
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    params.update(parse_qsl(self.rfile.read(length).decode()))
                bearer = self.headers.get("Authorization", "")
                if bearer.startswith(("Bearer ", "OAuth ")):
                    params.setdefault("access_token", bearer.split(" ", 1)[1])
                with graph.lock:
                    logged = {k: v for k, v in params.items() if k != "access_token"}
                    graph.requests.append(LoggedRequest(self.command, parts.path, logged))
                status, body = graph.answer(self.command, parts.path, params)
                headers = dict(graph.headers)
                if isinstance(body, Fault):
                    headers.update(body.headers)
                    body = body.body
                respond(self, status, body, {"Facebook-API-Version": "v23.0", **headers})

            do_GET = do_POST = do_DELETE = _handle

            def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
                pass

        return Handler


def _epoch(value: str) -> int:
    return int(datetime.strptime(value, GRAPH_TIME).replace(tzinfo=UTC).timestamp())
