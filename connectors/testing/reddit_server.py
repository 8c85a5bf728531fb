"""A fake Reddit on 127.0.0.1 that praw talks to over real HTTP.

It speaks Reddit's wire format (token endpoint, listings with ``after`` paging, comment
trees with "more" stubs and /api/morechildren, mod queues, reports, new modmail, /api/info,
replies and mod actions) with x-ratelimit-* headers, and fails on demand: 429 with or
without retry-after, 5xx, a timeout, invalid JSON, any JSON body, 401 for an expired token,
403. Faults match any path, the token endpoint included
(``fail("/api/v1/access_token", status=429, retry_after="120")``). Every request is
recorded so tests can assert on what was sent. Serve both ``oauth_url`` and
``reddit_url`` from it::

    with FakeReddit(fixtures) as reddit:
        reddit.model.add_post("python", "Hello?")
        settings = reddit.settings()  # oauth_url, reddit_url, username, ...
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from connectors.testing.loopback import LoopbackServer
from connectors.testing.reddit_model import RedditModel, Templates
from connectors.testing.reddit_routes import route

# The recorded responses copied into the project (with their licenses) for the tests.
DEFAULT_FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    status: int = 0

    def param(self, key: str) -> str:
        return self.query.get(key) or self.form.get(key) or ""


@dataclass
class Fault:
    """Fail matching requests ``times`` times: kind is status, timeout, bad_json, or json
    (answer ``body`` as JSON with ``status``)."""

    path: str
    kind: str = "status"
    status: int = 503
    times: int = 1
    retry_after: str | None = None
    method: str | None = None
    when: Callable[[RecordedRequest], bool] | None = None
    delay: float = 3.0
    body: Any = None

    def matches(self, request: RecordedRequest) -> bool:
        if self.times <= 0 or self.path not in request.path:
            return False
        if self.method and self.method != request.method:
            return False
        return self.when is None or self.when(request)


@dataclass
class Reply:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, data: Any, **headers: str) -> Reply:
        body = json.dumps(data, separators=(",", ":")).encode()
        return cls(status, body, {"Content-Type": "application/json; charset=UTF-8", **headers})


class FakeReddit(LoopbackServer):
    thread_name = "fake-reddit"

    def __init__(
        self,
        fixtures: Path | None = None,
        *,
        username: str = "mod_alex",
        password: str = "hunter2-secret-pw",
        client_id: str = "fake-client-id",
        client_secret: str = "fake-client-secret",
    ) -> None:
        super().__init__()
        self.templates = Templates.load(fixtures or DEFAULT_FIXTURES)
        self.model = RedditModel(self.templates, moderator=username)
        self.username, self.password = username, password
        self.client_id, self.client_secret = client_id, client_secret
        self.lock = threading.RLock()
        self.requests: list[RecordedRequest] = []
        self.faults: list[Fault] = []
        self.tokens: set[str] = set()
        self.refresh_tokens: set[str] = set()
        self.codes: dict[str, str] = {}
        self.password_ok = True
        self.issued = 0
        # Rate limit: Reddit's headers; a generous default keeps praw from pacing itself.
        self.rate_limit = 100_000
        self.rate_window = 600.0
        self.rate_used = 0
        self.rate_started = time.time()
        self.listing_cap: int | None = None  # Reddit stops listings at about 1,000
        self.tree_limit = 200  # comments in a tree before "more" stubs
        self.list_messages = 1  # newest messages per conversation in the modmail list
        self.handler_seconds = 0.0
        self._stopping = threading.Event()

    # -- lifecycle --------------------------------------------------------------------

    def handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(_Handler):
            server_fake = fake

        return Handler

    def stop(self) -> None:
        self._stopping.set()  # faults that hold a connection open give up now
        super().stop()

    def settings(self, **more: str) -> dict[str, str]:
        """Account settings (secrets included) that point the connector here."""
        return {
            "username": self.username,
            "password": self.password,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "oauth_url": self.url,
            "reddit_url": self.url,
            **more,
        }

    # -- test controls ----------------------------------------------------------------

    def fail(self, path: str, **kwargs: Any) -> Fault:
        fault = Fault(path, **kwargs)
        with self.lock:
            self.faults.append(fault)
        return fault

    def expire_tokens(self) -> None:
        """Access tokens stop working (401); refresh tokens and the password still do."""
        with self.lock:
            self.tokens.clear()

    def revoke(self) -> None:
        """The user revoked the app or changed the password: nothing signs in any more."""
        with self.lock:
            self.tokens.clear()
            self.refresh_tokens.clear()
            self.password_ok = False

    def calls(self, path: str = "", method: str | None = None) -> list[RecordedRequest]:
        with self.lock:
            return [
                r
                for r in self.requests
                if path in r.path and (method is None or r.method == method)
            ]

    def clear_requests(self) -> None:
        with self.lock:
            self.requests.clear()

    # -- serving ----------------------------------------------------------------------

    def _issue(self, refresh: bool = False) -> dict[str, Any]:
        self.issued += 1
        token = f"fake-access-{self.issued}-{time.monotonic_ns()}"
        self.tokens.add(token)
        answer = {**self.templates.token, "access_token": token, "expires_in": 3600}
        if refresh:
            refresh_token = f"fake-refresh-{self.issued}-{time.monotonic_ns()}"
            self.refresh_tokens.add(refresh_token)
            answer["refresh_token"] = refresh_token
        return answer

    def rate_headers(self) -> dict[str, str]:
        now = time.time()
        if now - self.rate_started >= self.rate_window:
            self.rate_started, self.rate_used = now, 0
        reset = max(int(self.rate_window - (now - self.rate_started)), 0)
        remaining = max(self.rate_limit - self.rate_used, 0)
        return {
            "x-ratelimit-remaining": f"{remaining:.1f}",
            "x-ratelimit-used": str(self.rate_used),
            "x-ratelimit-reset": str(reset),
        }

    def token_endpoint(self, request: RecordedRequest, authorization: str) -> Reply:
        expected = f"{self.client_id}:{self.client_secret}"
        given = base64.b64decode(authorization.removeprefix("Basic ").encode()).decode()
        grant = request.form.get("grant_type")
        installed = given == f"{self.client_id}:"
        if given != expected and not installed:
            return Reply.json(401, {"message": "Unauthorized", "error": 401})
        if grant == "password":
            ok = request.form.get("username") == self.username and (
                request.form.get("password") == self.password and self.password_ok
            )
            return Reply.json(200, self._issue() if ok else {"error": "invalid_grant"})
        if grant == "refresh_token":
            if request.form.get("refresh_token") in self.refresh_tokens:
                answer = self._issue()
                answer["refresh_token"] = request.form["refresh_token"]
                return Reply.json(200, answer)
            return Reply.json(400, {"error": 400})
        if grant == "authorization_code":
            if self.codes.pop(request.form.get("code", ""), None) is None:
                return Reply.json(200, {"error": "invalid_grant"})
            return Reply.json(200, self._issue(refresh=True))
        return Reply.json(200, {"error": "unsupported_grant_type"})

    def authorize(self, request: RecordedRequest) -> Reply:
        """The consent page, approved at once: redirect back with a one-time code."""
        code = f"fake-code-{time.monotonic_ns()}"
        self.codes[code] = request.query.get("client_id", "")
        query = urlencode({"state": request.query.get("state", ""), "code": code})
        return Reply(302, b"", {"Location": f"{request.query.get('redirect_uri')}?{query}"})

    def handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[Reply, Fault | None]:
        parts = urlsplit(target)
        path = "/" + parts.path.strip("/")
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        form: dict[str, str] = {}
        if body and "json" not in headers.get("content-type", ""):
            form = {
                k: v[-1]
                for k, v in parse_qs(body.decode(errors="replace"), keep_blank_values=True).items()
            }
        elif body:
            form = {"json": body.decode(errors="replace")}
        request = RecordedRequest(method, path, query, form)
        with self.lock:
            if path == "/_fake/stats":
                return Reply.json(
                    200, {"requests": len(self.requests), "seconds": self.handler_seconds}
                ), None
            self.requests.append(request)
            fault = next((f for f in self.faults if f.matches(request)), None)
            if fault is not None:
                fault.times -= 1
                request.status = fault.status if fault.kind in ("status", "json") else 200
                return self._fault_reply(fault), fault
            reply = self._answer(request, headers)
            request.status = reply.status
            return reply, None

    def _answer(self, request: RecordedRequest, headers: dict[str, str]) -> Reply:
        if request.path == "/api/v1/access_token":
            return self.token_endpoint(request, headers.get("authorization", ""))
        if request.path == "/api/v1/authorize":
            return self.authorize(request)
        if request.path == "/api/v1/revoke_token":
            return Reply(204, b"")
        token = headers.get("authorization", "").removeprefix("bearer ").strip()
        if token not in self.tokens:
            return Reply.json(
                401,
                {"message": "Unauthorized", "error": 401},
                **{"www-authenticate": 'Bearer realm="reddit", error="invalid_token"'},
            )
        rate = self.rate_headers()
        if self.rate_used >= self.rate_limit:
            return Reply(429, self.templates.too_many.encode(), {"Content-Type": "text/html"})
        self.rate_used += 1
        rate = self.rate_headers()
        status, data = route(self, request)
        return Reply.json(status, data, **rate)

    def _fault_reply(self, fault: Fault) -> Reply:
        if fault.kind == "bad_json":
            return Reply(
                200, b'{"kind": "Listing", "data": {', {"Content-Type": "application/json"}
            )
        if fault.kind == "json":
            return Reply.json(fault.status, fault.body)
        if fault.kind == "timeout":
            return Reply(-1, b"")  # the handler waits, then hangs up without an answer
        headers = {"Content-Type": "application/json; charset=UTF-8"}
        if fault.status == 429:
            headers = {"Content-Type": "text/html; charset=UTF-8", **self.rate_headers()}
            if fault.retry_after is not None:
                headers["retry-after"] = fault.retry_after
            return Reply(429, self.templates.too_many.encode(), headers)
        if fault.status == 401:
            headers["www-authenticate"] = 'Bearer realm="reddit", error="invalid_token"'
        body = b"" if fault.status >= 500 else json.dumps({"error": fault.status}).encode()
        return Reply(fault.status, body, headers)

    def wait_for_stop(self, seconds: float) -> None:
        self._stopping.wait(seconds)


class _Handler(BaseHTTPRequestHandler):
    server_fake: FakeReddit
    # HTTP/1.0: one request per connection, so stop() never waits on an idle keep-alive.
    protocol_version = "HTTP/1.0"

    def _serve(self) -> None:
        started = time.perf_counter()
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        fake = self.server_fake
        reply, fault = fake.handle(self.command, self.path, headers, body)
        if reply.status == -1 and fault is not None:
            fake.wait_for_stop(fault.delay)
            self.close_connection = True
            return
        self.send_response(reply.status)
        for key, value in reply.headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)
        with fake.lock:
            fake.handler_seconds += time.perf_counter() - started

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass


def served(fixtures: Path | None = None, **kwargs: Any) -> Iterator[FakeReddit]:
    """A started fake Reddit for a pytest fixture: ``yield from served(path)``."""
    fake = FakeReddit(fixtures, **kwargs).start()
    try:
        yield fake
    finally:
        fake.stop()
