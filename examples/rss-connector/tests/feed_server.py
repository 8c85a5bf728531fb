"""A local feed server: serves the feed files in feeds/ with ETag and Last-Modified, answers
conditional GETs with 304, and fails, redirects or asks for a sign-in on demand.

It runs on connectors.testing.loopback (the host's helper for fake platforms), so it binds
127.0.0.1 on a free port and its stop() joins every thread.
"""

from __future__ import annotations

import base64
import hashlib
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from connectors.testing.loopback import LoopbackServer

FEEDS = Path(__file__).resolve().parent / "feeds"
TYPES = {
    ".rss": "application/rss+xml; charset=utf-8",
    ".xml": "application/atom+xml; charset=utf-8",
}


@dataclass
class Served:
    body: bytes
    content_type: str
    modified: datetime
    etag: bool = True  # some servers send only Last-Modified, some neither
    last_modified: bool = True


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    status: int


class FeedServer(LoopbackServer):
    thread_name = "fake-feeds"

    def __init__(self) -> None:
        super().__init__()
        self.lock = threading.Lock()
        self.feeds: dict[str, Served] = {}
        self.requests: list[Seen] = []
        self.faults: list[tuple[str, int, int, dict[str, str]]] = []
        self.redirects: dict[str, str] = {}
        self.login: tuple[str, str] | None = None
        for path in sorted(FEEDS.iterdir()):
            self.serve(f"/{path.name}", path.read_bytes(), TYPES.get(path.suffix, "text/xml"))

    def serve(self, path: str, body: bytes, content_type: str = TYPES[".rss"], **kw: bool) -> None:
        with self.lock:
            when = datetime(2026, 11, 30, 10, 0, len(self.feeds) % 60, tzinfo=UTC)
            self.feeds[path] = Served(body, content_type, when, **kw)

    def update(self, path: str, body: bytes) -> None:
        """The feed changes: new body, new ETag, a later Last-Modified."""
        with self.lock:
            served = self.feeds[path]
            served.body = body
            served.modified = served.modified.replace(minute=served.modified.minute + 1)

    def fail(self, path: str, status: int, times: int = 1, **headers: str) -> None:
        with self.lock:
            self.faults.append((path, status, times, headers))

    def feed_url(self, path: str) -> str:
        return f"{self.url}{path}"

    def seen(self, path: str) -> list[Seen]:
        with self.lock:
            return [r for r in self.requests if r.path == path]

    def handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def answer(self, status: int, body: bytes = b"", **headers: str) -> None:
                with server.lock:
                    server.requests.append(Seen(self.path, dict(self.headers.items()), status))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name.replace("_", "-"), value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def do_GET(self) -> None:
                path = self.path
                with server.lock:
                    fault = next((f for f in server.faults if f[0] in path and f[2] > 0), None)
                    if fault is not None:
                        server.faults[server.faults.index(fault)] = (
                            *fault[:2],
                            fault[2] - 1,
                            fault[3],
                        )
                    target = server.redirects.get(path)
                    feed = server.feeds.get(path)
                if fault is not None:
                    self.answer(fault[1], b"<html>failed</html>", **fault[3])
                    return
                if target is not None:
                    self.answer(302, Location=target)
                    return
                if server.login is not None:
                    expected = base64.b64encode(":".join(server.login).encode()).decode()
                    if self.headers.get("Authorization") != f"Basic {expected}":
                        self.answer(401, WWW_Authenticate='Basic realm="feeds"')
                        return
                if feed is None:
                    self.answer(404, b"<html>no such feed</html>")
                    return
                etag = '"' + hashlib.sha1(feed.body).hexdigest()[:20] + '"'
                modified = format_datetime(feed.modified, usegmt=True)
                validators = {}
                if feed.etag:
                    validators["ETag"] = etag
                if feed.last_modified:
                    validators["Last_Modified"] = modified
                if feed.etag and self.headers.get("If-None-Match") == etag:
                    self.answer(304, **validators)
                    return
                since = self.headers.get("If-Modified-Since")
                if feed.last_modified and since and "If-None-Match" not in self.headers:
                    try:
                        unchanged = parsedate_to_datetime(since) >= feed.modified
                    except (TypeError, ValueError):
                        unchanged = False
                    if unchanged:
                        self.answer(304, **validators)
                        return
                self.answer(200, feed.body, Content_Type=feed.content_type, **validators)

        return Handler
