"""prawcore and praw exceptions turned into the plugin API's typed errors, in plain words.

Every call into praw goes through ``translate()``: no praw or prawcore exception leaves the
connector, so the sync engine can put the account into the right state (sign in again,
rate limited until, failing). That includes the token endpoint (/api/v1/access_token),
which prawcore calls on its own before the first request and whenever a token expires: its
faults arrive as a bare ResponseException (any status) or as requests' JSONDecodeError.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from datetime import UTC, datetime

import prawcore
import requests
from praw import exceptions as praw_exceptions

from connectors.api import (
    AuthExpired,
    BadData,
    ConnectorError,
    NotFound,
    Offline,
    PermissionDenied,
    RateLimited,
    TemporaryError,
    is_unreachable,
)

# Without a retry-after header, wait out Reddit's one-minute window before trying again.
DEFAULT_RATE_WAIT = 60.0


def _retry_at(retry_after: str | None, reset_in: float | None) -> datetime:
    seconds = DEFAULT_RATE_WAIT
    if retry_after:
        with suppress(ValueError):
            seconds = float(retry_after)
    elif reset_in is not None:
        seconds = max(reset_in, 1.0)
    return datetime.fromtimestamp(time.time() + seconds, UTC)


def _is_token_url(url: str) -> bool:
    return url.split("?")[0].rstrip("/").endswith("/api/v1/access_token")


def _rate_limited(retry_after: str | None, reset_in: float | None) -> RateLimited:
    when = _retry_at(retry_after, reset_in)
    return RateLimited(
        f"Reddit's request limit is used up; trying again after {when.astimezone():%H:%M}.",
        retry_at=when,
    )


def _reset_header(headers: Mapping[str, str]) -> float | None:
    """Seconds until the rate window resets, from a response's x-ratelimit-reset."""
    value = headers.get("x-ratelimit-reset")
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _status_error(response: requests.Response, reset_in: float | None) -> ConnectorError:
    """A bare ResponseException: prawcore raises it for statuses it has no class for, and
    for every failure of the token endpoint (a 429 or 5xx there included)."""
    status = response.status_code
    token_endpoint = _is_token_url(response.url)
    if status == 429:
        headers = response.headers
        return _rate_limited(headers.get("retry-after"), _reset_header(headers) or reset_in)
    if status >= 500:
        return TemporaryError(f"Reddit is having trouble ({status}); the next sync tries again.")
    if status in (400, 401) and token_endpoint:
        return AuthExpired("Reddit refused the saved sign-in: sign in again.")
    if status == 401:
        return AuthExpired("Reddit no longer accepts the saved sign-in: sign in again.")
    return ConnectorError(f"Reddit answered HTTP {status}.")


def check_token_answer(response: requests.Response, *args: object, **kwargs: object) -> None:
    """A requests response hook: a token endpoint answer that prawcore could not read
    (not JSON, not an object, no token in it) becomes BadData here, since prawcore reads it
    unguarded and would fail with JSONDecodeError, KeyError or TypeError."""
    if response.status_code != 200:
        return
    if not _is_token_url(response.url):
        return
    try:
        payload = response.json()
    except ValueError:
        raise BadData(
            "Reddit answered the sign-in with something that is not valid JSON."
        ) from None
    if not isinstance(payload, dict):
        raise BadData("Reddit answered the sign-in with something that is not a token.")
    if "error" not in payload and not all(
        key in payload for key in ("access_token", "expires_in", "scope")
    ):
        raise BadData("Reddit's sign-in answer holds no access token.")


def convert(error: Exception, *, reset_in: float | None = None) -> ConnectorError:
    """The API error for a praw/prawcore exception (``reset_in``: seconds to the budget reset)."""
    if isinstance(error, ConnectorError):
        return error
    if isinstance(error, prawcore.RequestException) and isinstance(
        error.original_exception, ConnectorError
    ):  # raised by one of our response hooks (check_token_answer), wrapped by prawcore
        return error.original_exception
    if isinstance(error, prawcore.InvalidToken):
        return AuthExpired("Reddit no longer accepts the saved sign-in: sign in again.")
    if isinstance(error, prawcore.OAuthException):
        # invalid_grant: wrong password or a revoked refresh token.
        return AuthExpired(f"Reddit refused the sign-in ({error.error}): sign in again.")
    if isinstance(error, prawcore.TooManyRequests):
        return _rate_limited(error.retry_after, reset_in)
    if isinstance(error, prawcore.InsufficientScope):
        return PermissionDenied(
            "The Reddit sign-in lacks a permission this needs.", permission="scope"
        )
    if isinstance(error, prawcore.Forbidden):
        return PermissionDenied("Reddit says this account may not do that (403).")
    if isinstance(error, prawcore.NotFound):
        return NotFound("Reddit could not find it (404).")
    if isinstance(error, prawcore.BadJSON):
        return BadData("Reddit answered something that is not valid JSON.")
    if isinstance(error, prawcore.ServerError):
        status = error.response.status_code
        return TemporaryError(f"Reddit is having trouble ({status}); the next sync tries again.")
    if isinstance(error, prawcore.ResponseException):
        return _status_error(error.response, reset_in)
    if isinstance(error, prawcore.RequestException):
        cause = type(error.original_exception).__name__
        if is_unreachable(error):
            return Offline(f"Could not reach Reddit ({cause}); nothing was sent.")
        return TemporaryError(f"Could not reach Reddit ({cause}); the next sync tries again.")
    if isinstance(error, praw_exceptions.RedditAPIException):
        words = "; ".join(f"{item.error_type}: {item.message}" for item in error.items)
        return ConnectorError(f"Reddit refused: {words}")
    if isinstance(error, praw_exceptions.MissingRequiredAttributeException):
        return BadData(f"Reddit's answer is missing something: {error}")
    if isinstance(error, requests.exceptions.JSONDecodeError):
        # prawcore reads the token endpoint's answer with response.json() unguarded.
        return BadData("Reddit answered the sign-in with something that is not valid JSON.")
    return ConnectorError(f"Reddit failed: {type(error).__name__}: {error}")


@contextmanager
def translate(reset_in: float | None = None) -> Iterator[None]:
    """Run praw calls, raising only plugin API errors."""
    try:
        yield
    except ConnectorError:
        raise
    except (
        prawcore.PrawcoreException,
        praw_exceptions.PRAWException,
        requests.exceptions.JSONDecodeError,
    ) as error:
        raise convert(error, reset_in=reset_in) from error
