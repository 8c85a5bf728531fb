"""A thin client for LinkedIn's versioned REST API (``/rest/...``, Community Management).

Every call sends ``LinkedIn-Version: YYYYMM`` and ``X-Restli-Protocol-Version: 2.0.0``.
Errors come as ``{"message", "serviceErrorCode", "status", "code"?}``; they become the plugin
API's typed errors here. python-linkedin-v2 is not usable on Python 3, hence requests.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote

import requests

from connectors.api import (
    AuthExpired,
    BadData,
    ConfigurationError,
    ConnectorError,
    NotFound,
    Offline,
    PermissionDenied,
    RateLimited,
    TemporaryError,
    is_unreachable,
)

TIMEOUT = 30
READ_PERMISSION = "r_organization_social"
WRITE_PERMISSION = "w_organization_social"


def urn_path(urn: str) -> str:
    """A URN as one path segment: Rest.li 2.0 wants ``:`` ``(`` ``)`` ``,`` encoded."""
    return quote(urn, safe="")


def _retry_at(headers: Mapping[str, str]) -> datetime:
    value = headers.get("Retry-After", "")
    if value.isdigit():
        return datetime.now(UTC) + timedelta(seconds=int(value))
    if value:
        try:
            return parsedate_to_datetime(value).astimezone(UTC)
        except (TypeError, ValueError):
            pass
    # LinkedIn's daily application and member limits reset at midnight UTC.
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)
    return datetime(tomorrow.year, tomorrow.month, tomorrow.day, tzinfo=UTC)


# The gateway's 404 for a path it cannot route ("Resource me does not exist", as recorded by
# mdesjardins/linkedin-v2; also seen for a missing permission): it names a resource, not
# an entity, and says nothing about one post.
UNROUTED = re.compile(r"^Resource \S+ does not exist")


def is_missing(status: int, body: Any) -> bool:
    """LinkedIn's answer for an entity that does not exist (any more): a JSON 404 error
    body, unless it is the gateway's "Resource … does not exist" for an unknown path."""
    if status != 404 or not isinstance(body, dict):
        return False
    return not UNROUTED.match(str(body.get("message", "")))


def linkedin_error(
    status: int, body: Any, headers: Mapping[str, str], *, version: str, needs: str
) -> ConnectorError:
    message = str(body.get("message", "")) if isinstance(body, dict) else ""
    if status == 401:
        return AuthExpired(
            "LinkedIn no longer accepts the access token (it expires after 60 days). "
            "Sign in again: create a new token and save it in the account's settings."
        )
    if status == 426:
        return ConfigurationError(
            f"LinkedIn has retired API version {version}. Change the setting "
            "“LinkedIn API version” (linkedin_version) to a current month, e.g. the "
            "latest listed at learn.microsoft.com/linkedin/marketing/versioning."
        )
    if status == 429:
        when = _retry_at(headers)
        return RateLimited(
            f"LinkedIn's daily limit was reached; syncing pauses until {when.astimezone():%H:%M}.",
            when,
        )
    if status == 403:
        return PermissionDenied(
            f"The access token lacks the permission {needs} for this organization "
            f"(LinkedIn: {message or 'access denied'}). Grant it and create a new token.",
            needs,
        )
    if status == 404:
        return NotFound(f"LinkedIn cannot find this: {message or 'not found'}.")
    if status >= 500:
        return TemporaryError(f"LinkedIn failed (HTTP {status}); will retry.")
    return ConnectorError(f"LinkedIn refused the request (HTTP {status}): {message}")


class LinkedInClient:
    def __init__(self, api_url: str, version: str, token: str) -> None:
        self.base = api_url.rstrip("/")
        self.version = version
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {token}",
                "LinkedIn-Version": version,
                "X-Restli-Protocol-Version": "2.0.0",
            }
        )

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Any = None,
    ) -> tuple[requests.Response, Any]:
        """One request and its JSON body (None when empty or, on an error, not JSON)."""
        url = f"{self.base}/rest/{path}"
        try:
            response = self.session.request(
                method, url, params=params, json=json_body, timeout=TIMEOUT
            )
        except requests.RequestException as error:
            if is_unreachable(error):
                raise Offline(f"Cannot reach LinkedIn at {self.base}; nothing was sent.") from None
            if isinstance(error, requests.Timeout):
                raise TemporaryError("LinkedIn did not answer in time; will retry.") from None
            raise TemporaryError(
                f"Cannot reach LinkedIn at {self.base} ({type(error).__name__})."
            ) from None
        body: Any = None
        if response.content:
            try:
                body = response.json()
            except ValueError:
                if response.status_code < 400:
                    raise BadData(
                        f"LinkedIn answered something that is not JSON (HTTP "
                        f"{response.status_code})."
                    ) from None
        return response, body

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Any = None,
        needs: str = READ_PERMISSION,
    ) -> tuple[Any, Mapping[str, str]]:
        response, body = self._call(method, path, params=params, json_body=json_body)
        if response.status_code >= 400:
            raise linkedin_error(
                response.status_code, body, response.headers, version=self.version, needs=needs
            )
        return body, response.headers

    def exists(self, path: str) -> bool:
        """Whether LinkedIn returns the entity at ``path`` (a post or comment by its URN).
        False only for LinkedIn's JSON 404 about that entity; any other failure raises its
        typed error, so nothing is concluded from it."""
        response, body = self._call("GET", path)
        if is_missing(response.status_code, body):
            return False
        if response.status_code >= 400:
            raise linkedin_error(
                response.status_code,
                body,
                response.headers,
                version=self.version,
                needs=READ_PERMISSION,
            )
        if not isinstance(body, dict):
            raise BadData(f"LinkedIn answered the lookup of {path} without the entity.")
        return True

    def get(self, path: str, params: Mapping[str, str] | None = None) -> Any:
        return self.request("GET", path, params=params)[0]

    def close(self) -> None:
        self.session.close()
