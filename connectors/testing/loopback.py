"""The lifecycle shared by the fake platform servers: a threaded HTTP server on 127.0.0.1.

``stop()`` shuts the server down and joins its threads, request threads included, so tests
that start and stop many servers leak nothing.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self


@dataclass
class Fault:
    """Answer requests whose path contains ``match`` (and ``method``, if set) with this
    status, body and headers, ``times`` times."""

    match: str
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    times: int = 1
    method: str = ""


class LoopbackServer:
    thread_name = "fake-server"

    def __init__(self) -> None:
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def handler_class(self) -> type[BaseHTTPRequestHandler]:
        """The request handler, bound to this fake (subclasses define it)."""
        raise NotImplementedError

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the server first"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> Self:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self.handler_class())
        self._server.daemon_threads = False  # server_close() joins the request threads
        server = self._server
        self._thread = threading.Thread(
            # A short poll keeps stop() quick; tests start and stop many servers.
            target=lambda: server.serve_forever(poll_interval=0.05),
            name=self.thread_name,
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def respond(
    handler: BaseHTTPRequestHandler, status: int, body: Any, headers: Mapping[str, str]
) -> None:
    """Send ``body`` as JSON, or as HTML when it is a string (the platforms' error pages)."""
    payload = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header(
        "Content-Type", "text/html" if isinstance(body, str) else "application/json; charset=UTF-8"
    )
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(payload)))
    handler.end_headers()
    handler.wfile.write(payload)
