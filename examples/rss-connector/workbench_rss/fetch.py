"""Fetching one feed with a conditional GET, within bounds.

feedparser could fetch by itself, but then we could not bound the size, the redirects and the
time, nor map failures to the plugin API's errors. So requests fetches and feedparser only
ever parses bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit, urlunsplit

import requests
from connectors.api import (
    AuthExpired,
    BadData,
    ConfigurationError,
    NotFound,
    Offline,
    PermissionDenied,
    RateLimited,
    TemporaryError,
    is_unreachable,
)

MAX_BYTES = 5 * 1024 * 1024  # a busy feed is a few hundred kB
MAX_REDIRECTS = 5
USER_AGENT = "CommunityWorkbench-RSS/1.0 (+https://github.com/community-workbench)"
ACCEPT = (
    "application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"
)


@dataclass(frozen=True)
class Fetched:
    """A feed's answer: ``body`` is None for 304 Not Modified."""

    body: bytes | None
    etag: str = ""
    modified: str = ""


def public_url(url: str) -> str:
    """The address without any user:password@ part: what may be shown and stored."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, ""))


def check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(
            f"Feed addresses: “{public_url(url) or url[:80]}” is not an http(s) address."
        )
    return url


class Fetcher:
    def __init__(self, timeout: float, auth: tuple[str, str] | None = None) -> None:
        self.timeout = timeout
        self.session = requests.Session()
        self.session.max_redirects = MAX_REDIRECTS
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept": ACCEPT})
        self.session.auth = auth
        self.session.trust_env = False  # no ~/.netrc credentials sent to arbitrary feeds

    def close(self) -> None:
        self.session.close()

    def get(self, url: str, etag: str = "", modified: str = "") -> Fetched:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        shown = public_url(url)
        try:
            with self.session.get(
                url, headers=headers, timeout=self.timeout, stream=True, allow_redirects=True
            ) as response:
                _raise_for_status(response, shown)
                if response.status_code == 304:
                    return Fetched(None, etag, modified)
                body = _bounded_body(response, shown)
                return Fetched(
                    body,
                    response.headers.get("ETag", ""),
                    response.headers.get("Last-Modified", ""),
                )
        except requests.TooManyRedirects:
            raise BadData(f"{shown} redirects more than {MAX_REDIRECTS} times.") from None
        except requests.Timeout:
            raise TemporaryError(f"{shown} did not answer in time; will retry.") from None
        except requests.ConnectionError as error:
            if is_unreachable(error):
                raise Offline(f"{shown} cannot be reached; will retry.") from None
            raise TemporaryError(f"The connection to {shown} failed; will retry.") from None
        except requests.RequestException as error:
            raise TemporaryError(f"Reading {shown} failed ({type(error).__name__}).") from None


def _raise_for_status(response: requests.Response, shown: str) -> None:
    status = response.status_code
    if status < 400:
        return
    if status == 401:
        raise AuthExpired(f"{shown} asks for a sign-in: check the user name and password.")
    if status == 403:
        raise PermissionDenied(f"{shown} refuses access (HTTP 403).")
    if status in (404, 410):
        raise NotFound(f"{shown} has no feed (HTTP {status}).")
    if status == 429:
        raise RateLimited(f"{shown} asks to slow down.", _retry_at(response))
    if status >= 500:
        raise TemporaryError(f"{shown} failed (HTTP {status}); will retry.")
    raise BadData(f"{shown} refused the request (HTTP {status}).")


def _retry_at(response: requests.Response) -> datetime | None:
    value = response.headers.get("Retry-After", "").strip()
    if value.isdigit():
        return datetime.now(UTC) + timedelta(seconds=min(int(value), 7 * 24 * 3600))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _bounded_body(response: requests.Response, shown: str) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        raise BadData(f"{shown} is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    chunks: list[bytes] = []
    size = 0
    # Decoded chunks: a small gzip body that inflates past the limit is refused too.
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > MAX_BYTES:
            raise BadData(f"{shown} is larger than {MAX_BYTES // (1024 * 1024)} MB.")
        chunks.append(chunk)
    return b"".join(chunks)
