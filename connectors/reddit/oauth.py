"""Sign in through the browser: Reddit's installed-app OAuth flow with a local redirect.

A one-shot HTTP listener on 127.0.0.1 receives Reddit's redirect with the authorization code;
the code is exchanged for a refresh token, which goes to the keyring through
``context.save_secret`` and nowhere else. The listener serves requests on the calling
(worker) thread, so no thread is left behind.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from connectors.api import (
    AuthExpired,
    ConfigurationError,
    ConnectionInfo,
    ConnectorContext,
    PermissionDenied,
)
from connectors.reddit.client import SCOPES, Settings, make_client
from connectors.reddit.errors import translate

DEFAULT_REDIRECT = "http://127.0.0.1:65010/authorize_callback"
WAIT_SECONDS = 600
DONE_PAGE = (
    b"<!doctype html><title>Community Workbench</title>"
    b"<p>Reddit sign-in finished. You can close this tab and return to the workbench.</p>"
)


class _Callback(HTTPServer):
    query: dict[str, list[str]] | None = None


class _Handler(BaseHTTPRequestHandler):
    server: _Callback

    def do_GET(self) -> None:
        query = parse_qs(urlsplit(self.path).query)
        if "code" in query or "error" in query:
            self.server.query = query
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(DONE_PAGE)))
        self.end_headers()
        self.wfile.write(DONE_PAGE)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the query holds the one-time code: keep it out of logs


def _listener(redirect_uri: str) -> tuple[_Callback, str]:
    parts = urlsplit(redirect_uri)
    if parts.scheme != "http" or parts.hostname not in ("127.0.0.1", "localhost"):
        raise ConfigurationError("The redirect address must be http://127.0.0.1:PORT/...")
    try:
        server = _Callback((parts.hostname, parts.port or 80), _Handler)
    except OSError as error:
        raise ConfigurationError(
            f"Cannot listen on {parts.hostname}:{parts.port} for Reddit's answer: {error}"
        ) from error
    port = server.server_address[1]
    # Port 0 in the setting picks a free port (useful when the app allows any port).
    return server, f"http://{parts.hostname}:{port}{parts.path or '/'}"


def sign_in(
    settings: Settings, context: ConnectorContext, open_browser: Callable[[str], None]
) -> ConnectionInfo:
    server, redirect_uri = _listener(context.get("redirect_uri", DEFAULT_REDIRECT))
    try:
        client = make_client(settings, redirect_uri=redirect_uri, signing_in=True)
        try:
            state = secrets.token_urlsafe(16)
            with translate():
                url = client.reddit.auth.url(scopes=list(SCOPES), state=state, duration="permanent")
            open_browser(url)
            query = _wait(server, context)
            if query.get("state", [""])[0] != state:
                raise PermissionDenied("Reddit's answer did not match this sign-in; try again.")
            if "error" in query:
                raise AuthExpired(f"Reddit sign-in was not allowed ({query['error'][0]}).")
            with translate():
                refresh_token = client.reddit.auth.authorize(query["code"][0])
                if not refresh_token:
                    raise AuthExpired("Reddit gave no lasting sign-in; try again.")
                context.save_secret("refresh_token", refresh_token)
                me = client.reddit.user.me()
            name = str(vars(me).get("name", "")) if me is not None else ""
            return ConnectionInfo(f"Signed in as u/{name}", client.rate.budget())
        finally:
            client.session.close()
    finally:
        server.server_close()


def _wait(server: _Callback, context: ConnectorContext) -> dict[str, list[str]]:
    server.timeout = 0.2
    deadline = time.monotonic() + WAIT_SECONDS
    while server.query is None:
        if context.is_cancelled():
            raise AuthExpired("Sign-in cancelled.")
        if time.monotonic() > deadline:
            raise AuthExpired("Reddit sign-in took too long; try again.")
        server.handle_request()
    return server.query
