"""A fake LinkedIn REST API (Community Management) on 127.0.0.1 for connector tests.

Wire format as in ../shared/fixtures/linkedin and LinkedIn's documentation: versioned
``/rest/...`` endpoints that demand ``LinkedIn-Version`` and ``X-Restli-Protocol-Version:
2.0.0``; ``{"elements": [...], "paging": {"start", "count", "links", "total"}}`` lists;
post entities shaped like ebx-linkedin-sdk's post.json and comments like its
commentResponse.json; the flat error body ``{"status", "serviceErrorCode", "code"?,
"message"}`` (401 as recorded by mdesjardins/linkedin-v2). A retired version answers 426.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from connectors.testing.loopback import Fault, LoopbackServer, respond

INVALID_TOKEN = {"serviceErrorCode": 65600, "message": "Invalid access token", "status": 401}
THROTTLED = {
    "status": 429,
    "serviceErrorCode": 101,
    "message": "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.",
}

# A Rest.li 404 for an entity that is not there (a deleted post or comment); LinkedIn's
# flat error body. The unknown-path 404 is "Resource X does not exist" (see answer).
NOT_FOUND = {"status": 404, "serviceErrorCode": 0, "code": "NOT_FOUND", "message": "Not Found"}


def error(status: int, message: str, code: str = "", service: int = 0) -> dict[str, Any]:
    body: dict[str, Any] = {"status": status, "serviceErrorCode": service, "message": message}
    if code:
        body["code"] = code
    return body


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    params: dict[str, str]
    headers: dict[str, str]
    body: Any = None


class FakeLinkedIn(LoopbackServer):
    thread_name = "fake-linkedin"

    def __init__(
        self,
        *,
        token: str = "li-token",
        organization_id: str = "5515715",
        name: str = "Acme Corp",
        retired_versions: tuple[str, ...] = ("202301",),
    ) -> None:
        super().__init__()
        self.token = token
        self.organization_id = organization_id
        self.organization = f"urn:li:organization:{organization_id}"
        self.name = name
        self.retired = set(retired_versions)
        self.posts: list[dict[str, Any]] = []
        self.comments: dict[str, list[dict[str, Any]]] = {}  # by post or parent comment urn
        self.faults: list[Fault] = []
        self.requests: list[LoggedRequest] = []
        self.unlisted: set[str] = set()  # posts left out of the list, still there by URN
        self.lock = threading.Lock()
        self._ids = itertools.count(6844785523593134080)

    # -- content ----------------------------------------------------------------------

    def add_post(self, text: str, *, at_ms: int | None = None) -> dict[str, Any]:
        when = at_ms or int(time.time() * 1000)
        with self.lock:
            urn = f"urn:li:share:{next(self._ids)}"
            post = {  # the shape of ebx-linkedin-sdk post.json
                "lifecycleState": "PUBLISHED",
                "lastModifiedAt": when,
                "visibility": "PUBLIC",
                "publishedAt": when,
                "author": self.organization,
                "distribution": {
                    "feedDistribution": "MAIN_FEED",
                    "thirdPartyDistributionChannels": [],
                },
                "lifecycleStateInfo": {"isEditedByAuthor": False},
                "isReshareDisabledByAuthor": False,
                "createdAt": when,
                "id": urn,
                "commentary": text,
            }
            self.posts.append(post)
            self.comments[urn] = []
            return post

    def add_comment(
        self,
        target: str,
        text: str,
        *,
        actor: str = "urn:li:person:CnpTkB7V70",
        at_ms: int | None = None,
    ) -> dict[str, Any]:
        with self.lock:
            return self._add_comment(target, text, actor, at_ms)

    def _add_comment(
        self, target: str, text: str, actor: str, at_ms: int | None, parent: str | None = None
    ) -> dict[str, Any]:
        when = at_ms or int(time.time() * 1000)
        local = str(next(self._ids))
        activity = target.replace("urn:li:share:", "urn:li:activity:")
        if target.startswith("urn:li:comment:"):
            parent = target
            activity = target.removeprefix("urn:li:comment:(").rsplit(",", 1)[0]
        urn = f"urn:li:comment:({activity},{local})"
        comment: dict[str, Any] = {  # the shape of ebx-linkedin-sdk commentResponse.json
            "actor": actor,
            "created": {"actor": actor, "time": when},
            "id": local,
            "lastModified": {"actor": actor, "time": when},
            "message": {"attributes": [], "text": text},
            "commentUrn": urn,
            "$URN": urn,
            "object": activity,
            "commentsSummary": {"aggregatedTotalComments": 0, "totalFirstLevelComments": 0},
        }
        if parent:
            comment["parentComment"] = parent
            for comments in self.comments.values():
                for other in comments:
                    if other["commentUrn"] == parent:
                        other["commentsSummary"]["aggregatedTotalComments"] += 1
        self.comments.setdefault(target, []).append(comment)
        return comment

    def delete(self, urn: str) -> None:
        """Delete a post (with its comments) or a comment, as its author would."""
        with self.lock:
            self.posts = [p for p in self.posts if p["id"] != urn]
            self.comments.pop(urn, None)
            for target, comments in self.comments.items():
                self.comments[target] = [c for c in comments if c["commentUrn"] != urn]

    def fail(
        self,
        match: str,
        status: int,
        body: Any,
        *,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        with self.lock:
            self.faults.append(Fault(match, status, body, dict(headers or {}), times))

    # -- answering ---------------------------------------------------------------------

    def _list(
        self, items: list[dict[str, Any]], path: str, params: dict[str, str]
    ) -> dict[str, Any]:
        start, count = int(params.get("start", "0")), int(params.get("count", "10"))
        page = items[start : start + count]
        links = []
        if start + count < len(items):
            query = urlencode({**params, "start": str(start + count)})
            links.append({"rel": "next", "type": "application/json", "href": f"{path}?{query}"})
        return {
            "elements": page,
            "paging": {"start": start, "count": count, "links": links, "total": len(items)},
        }

    def answer(
        self, method: str, path: str, params: dict[str, str], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        with self.lock:
            for fault in self.faults:
                if fault.match in path and fault.times > 0:
                    fault.times -= 1
                    return fault.status, fault.body, fault.headers
        if headers.get("authorization") != f"Bearer {self.token}":
            return 401, INVALID_TOKEN, {"X-Restli-Gateway-Error": "true"}
        version = headers.get("linkedin-version", "")
        if not version:
            return (
                400,
                error(
                    400,
                    "A version must be present. Please specify a version by adding the LinkedIn-Version header.",
                    "VERSION_MISSING",
                ),
                {},
            )
        if version in self.retired:
            return (
                426,
                error(426, f"Requested version {version} is not active", "NONEXISTENT_VERSION"),
                {},
            )
        if headers.get("x-restli-protocol-version") != "2.0.0":
            return 400, error(400, "Rest.li protocol 2.0.0 is required", "ILLEGAL_ARGUMENT"), {}
        parts = path.removeprefix("/rest/").split("/")
        with self.lock:
            if method == "GET" and parts == ["organizations", self.organization_id]:
                return (
                    200,
                    {
                        "id": int(self.organization_id),
                        "localizedName": self.name,
                        "vanityName": "acme-corp",
                        "$URN": self.organization,
                    },
                    {},
                )
            if method == "GET" and parts == ["posts"]:
                if params.get("q") != "author" or params.get("author") != self.organization:
                    return (
                        403,
                        error(
                            403,
                            f"Not enough permissions to access: partnerApiPostsExternal.FINDER-author.{version}",
                            "ACCESS_DENIED",
                            100,
                        ),
                        {},
                    )
                listed = [p for p in self.posts if p["id"] not in self.unlisted]
                posts = sorted(listed, key=lambda p: p["lastModifiedAt"], reverse=True)
                return 200, self._list(posts, path, params), {}
            if method == "GET" and len(parts) == 2 and parts[0] == "posts":  # one post by URN
                urn = unquote(parts[1])
                post = next((p for p in self.posts if p["id"] == urn), None)
                if post is None:
                    return 404, NOT_FOUND, {}
                return 200, post, {}
            if method == "GET" and len(parts) == 4 and parts[0] == "socialActions":
                # One comment: socialActions/{activity or post URN}/comments/{comment id}
                target = unquote(parts[1]).replace("urn:li:share:", "urn:li:activity:")
                urn = f"urn:li:comment:({target},{unquote(parts[3])})"
                for comments in self.comments.values():
                    for comment in comments:
                        if comment["commentUrn"] == urn:
                            return 200, comment, {}
                return 404, NOT_FOUND, {}
            if len(parts) == 3 and parts[0] == "socialActions" and parts[2] == "comments":
                target = unquote(parts[1])
                if method == "GET":
                    return 200, self._list(list(self.comments.get(target, [])), path, params), {}
                if method == "POST" and isinstance(body, dict):
                    text = body.get("message", {}).get("text", "")
                    comment = self._add_comment(target, text, str(body.get("actor")), None)
                    return 201, comment, {"x-restli-id": comment["commentUrn"]}
        return 404, error(404, f"Resource {parts[0]} does not exist", service=0), {}

    # -- serving -----------------------------------------------------------------------

    def handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                parts = urlsplit(self.path)
                params = dict(parse_qsl(parts.query))
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                headers = {k.lower(): v for k, v in self.headers.items()}
                with fake.lock:
                    shown = {k: v for k, v in headers.items() if k != "authorization"}
                    fake.requests.append(
                        LoggedRequest(self.command, parts.path, params, shown, body)
                    )
                status, answer, extra = fake.answer(self.command, parts.path, params, headers, body)
                respond(self, status, answer, {"X-RestLi-Protocol-Version": "2.0.0", **extra})

            do_GET = do_POST = do_DELETE = _handle

            def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
                pass

        return Handler
