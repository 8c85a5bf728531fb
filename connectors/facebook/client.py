"""A thin Graph API client: one requests session, the token as a parameter, typed errors.

Graph answers every failure with ``{"error": {"message", "type", "code", "error_subcode",
"is_transient", "fbtrace_id"}}`` (https://developers.facebook.com/docs/graph-api/guides/
error-handling); rate-limit pressure also shows up on successful answers, in the
``X-App-Usage`` and ``X-Business-Use-Case-Usage`` headers. Both become the plugin API's
typed errors here, so the connector never looks at a status code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import requests

from connectors.api import (
    AuthExpired,
    BadData,
    ConfigurationError,
    ConnectorError,
    NotFound,
    Offline,
    PermissionDenied,
    RateBudget,
    RateLimited,
    TemporaryError,
    is_unreachable,
)

TIMEOUT = 30
# Meta throttles an app at 100% of its hourly budget; stop a little before that.
USAGE_LIMIT = 95
# X-App-Usage carries no reset time: the window is a rolling hour.
USAGE_PAUSE = timedelta(minutes=30)
RATE_CODES = {4, 17, 32, 613} | set(range(80001, 80015))
TEMPORARY_CODES = {1, 2}
AUTH_CODES = {102, 190}
PERMISSION_RE = re.compile(r"'([a-z_]+)' permission|(pages_[a-z_]+|publish_[a-z_]+)")
SIGN_IN_AGAIN = (
    "Facebook no longer accepts the access token ({detail}). Sign in again: create a new "
    "Page access token and save it in the account's settings."
)


def _now() -> datetime:
    return datetime.now(UTC)


def strip_token(url: str) -> str:
    """``url`` without its access_token: paging links must never be stored with a secret."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "access_token"]
    return parts.path + ("?" + urlencode(query) if query else "")


def _usage_header(value: str | None) -> tuple[int, int | None]:
    """(highest usage percentage, minutes until access returns) of one usage header."""
    if not value:
        return 0, None
    try:
        data = json.loads(value)
    except ValueError:
        return 0, None
    entries: list[Mapping[str, Any]] = []
    if isinstance(data, dict) and "call_count" in data:
        entries.append(data)
    elif isinstance(data, dict):  # X-Business-Use-Case-Usage: {business id: [entries]}
        for found in data.values():
            if isinstance(found, list):
                entries.extend(e for e in found if isinstance(e, dict))
    highest, wait = 0, None
    for entry in entries:
        for key in ("call_count", "total_cputime", "total_time"):
            number = entry.get(key)
            if isinstance(number, int | float):
                highest = max(highest, int(number))
        minutes = entry.get("estimated_time_to_regain_access")
        if isinstance(minutes, int | float) and minutes > 0:
            wait = max(wait or 0, int(minutes))
    return highest, wait


def usage(headers: Mapping[str, str]) -> tuple[int, int | None]:
    """The highest usage percentage and regain time across Meta's usage headers."""
    highest, wait = 0, None
    for name in ("X-App-Usage", "X-Business-Use-Case-Usage", "X-Page-Usage"):
        level, minutes = _usage_header(headers.get(name))
        highest = max(highest, level)
        if minutes is not None:
            wait = max(wait or 0, minutes)
    return highest, wait


def _permission(message: str) -> str:
    found = PERMISSION_RE.search(message)
    if not found:
        return ""
    return found.group(1) or found.group(2) or ""


def graph_error(
    status: int, body: Any, headers: Mapping[str, str], *, needs: str = ""
) -> ConnectorError:
    """The typed error for one failed Graph answer. ``needs`` names the permission the
    request needs, for errors that do not name one themselves."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return TemporaryError(f"Facebook failed (HTTP {status}); will retry.")
    message = str(error.get("message", "")) or f"HTTP {status}"
    code = error.get("code")
    subcode = error.get("error_subcode")
    if code in AUTH_CODES:
        detail = f"code {code}" + (f", subcode {subcode}" if subcode else "")
        return AuthExpired(SIGN_IN_AGAIN.format(detail=detail))
    if code in RATE_CODES:
        _, minutes = usage(headers)
        retry_at = _now() + (timedelta(minutes=minutes) if minutes else USAGE_PAUSE)
        return RateLimited(
            f"Facebook's rate limit was reached (code {code}); syncing pauses until "
            f"{retry_at.astimezone():%H:%M}.",
            retry_at,
        )
    if code in TEMPORARY_CODES or error.get("is_transient") is True:
        return TemporaryError(f"Facebook is temporarily unavailable ({message}); will retry.")
    if isinstance(code, int) and (code == 10 or 200 <= code <= 299 or code == 100):
        permission = _permission(message) or (needs if code != 100 else "")
        if code == 100 and not permission:
            if "does not exist" in message or "Unsupported" in message:
                return NotFound(f"Facebook cannot find this object: {message}")
            return ConfigurationError(f"Facebook rejected the request: {message}")
        name = permission or "a permission this app has not been granted"
        return PermissionDenied(
            f"The access token lacks the permission {name} (Facebook code {code}). Grant it "
            "to the app and create a new Page access token.",
            permission,
        )
    if code == 368:
        return PermissionDenied(f"Facebook blocked this action: {message}")
    return ConnectorError(f"Facebook refused the request (code {code}): {message}")


def is_missing(status: int, body: Any) -> bool:
    """Graph's answer for an object that does not exist (any more): HTTP 400 with
    ``{"error": {"code": 100, "error_subcode": 33, "type": "GraphMethodException"}}``. Its
    message also names missing permissions, but a token that lacks them fails the listing
    first; other code-100 errors (bad fields, unsupported edges) carry no subcode 33."""
    error = body.get("error") if isinstance(body, dict) else None
    return (
        status == 400
        and isinstance(error, dict)
        and error.get("code") == 100
        and error.get("error_subcode") == 33
    )


class GraphClient:
    """GET and POST against ``{graph_url}/{graph_version}/...`` with the token attached."""

    def __init__(
        self,
        graph_url: str,
        version: str,
        token: str,
        *,
        is_cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        self.base = graph_url.rstrip("/")
        self.version = version.strip("/")
        self.is_cancelled = is_cancelled
        self.session = requests.Session()
        # In a header, not the documented access_token parameter: URLs end up in logs
        # (urllib3 logs every request line at debug level), headers do not.
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.paused_until: datetime | None = None
        self.budget: RateBudget | None = None

    def url(self, path: str) -> str:
        if path.startswith("/"):  # a stored paging link: already versioned
            return self.base + path
        return f"{self.base}/{self.version}/{path}"

    def _call(
        self, method: str, path: str, params: Mapping[str, str] | None
    ) -> tuple[requests.Response, Any]:
        """One request and its JSON body; raises only for what is not a Graph answer."""
        if self.paused_until is not None:
            raise RateLimited(
                "Facebook reports this app close to its rate limit; syncing pauses until "
                f"{self.paused_until.astimezone():%H:%M}.",
                self.paused_until,
            )
        query = dict(params or {})
        try:
            response = self.session.request(method, self.url(path), params=query, timeout=TIMEOUT)
        except requests.RequestException as error:
            if is_unreachable(error):
                raise Offline(f"Cannot reach Facebook at {self.base}; nothing was sent.") from None
            if isinstance(error, requests.Timeout):
                raise TemporaryError("Facebook did not answer in time; will retry.") from None
            # The exception text may contain the URL with the token: never pass it on.
            raise TemporaryError(
                f"Cannot reach Facebook at {self.base} ({type(error).__name__})."
            ) from None
        try:
            body = response.json()
        except ValueError:
            if response.status_code >= 500:
                raise TemporaryError(
                    f"Facebook failed (HTTP {response.status_code}); will retry."
                ) from None
            raise BadData(
                f"Facebook answered something that is not JSON (HTTP {response.status_code})."
            ) from None
        return response, body

    def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None = None,
        *,
        needs: str = "",
    ) -> Any:
        response, body = self._call(method, path, params)
        if response.status_code >= 400 or (isinstance(body, dict) and "error" in body):
            raise graph_error(response.status_code, body, response.headers, needs=needs)
        self._note_usage(response.headers)
        return body

    def exists(self, object_id: str, *, needs: str = "") -> bool:
        """Whether Graph returns the object ``object_id``. False only for Graph's answer
        that it does not exist (error 100, subcode 33: a deleted post or comment); any
        other failure raises its typed error, so nothing is concluded from it."""
        response, body = self._call("GET", object_id, {"fields": "id"})
        if is_missing(response.status_code, body):
            return False
        if response.status_code >= 400 or (isinstance(body, dict) and "error" in body):
            raise graph_error(response.status_code, body, response.headers, needs=needs)
        self._note_usage(response.headers)
        if not isinstance(body, dict) or not body.get("id"):
            raise BadData(f"Facebook answered the lookup of {object_id} without that object.")
        return True

    def _note_usage(self, headers: Mapping[str, str]) -> None:
        level, minutes = usage(headers)
        if level or minutes:
            self.budget = RateBudget(remaining=max(0, 100 - level), reset_at=None, limit=100)
        if level >= USAGE_LIMIT or minutes:
            # Use this answer, but make no further call until the budget has recovered.
            self.paused_until = _now() + (timedelta(minutes=minutes) if minutes else USAGE_PAUSE)

    def get(self, path: str, params: Mapping[str, str] | None = None, *, needs: str = "") -> Any:
        return self.request("GET", path, params, needs=needs)

    def post(self, path: str, params: Mapping[str, str] | None = None, *, needs: str = "") -> Any:
        return self.request("POST", path, params, needs=needs)

    def close(self) -> None:
        self.session.close()
