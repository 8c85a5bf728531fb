"""prawcore and praw exceptions turned into the plugin API's typed errors, in plain words.

Every call into praw goes through ``translate()``: no praw or prawcore exception leaves the
connector, so the sync engine can put the account into the right state (sign in again,
rate limited until, failing).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime

import prawcore
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


def convert(error: Exception, *, reset_in: float | None = None) -> ConnectorError:
    """The API error for a praw/prawcore exception (``reset_in``: seconds to the budget reset)."""
    if isinstance(error, ConnectorError):
        return error
    if isinstance(error, prawcore.InvalidToken):
        return AuthExpired("Reddit no longer accepts the saved sign-in: sign in again.")
    if isinstance(error, prawcore.OAuthException):
        # invalid_grant: wrong password or a revoked refresh token.
        return AuthExpired(f"Reddit refused the sign-in ({error.error}): sign in again.")
    if isinstance(error, prawcore.TooManyRequests):
        when = _retry_at(error.retry_after, reset_in)
        return RateLimited(
            f"Reddit's request limit is used up; trying again after {when.astimezone():%H:%M}.",
            retry_at=when,
        )
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
        status = error.response.status_code
        if status in (400, 401) and error.response.url.rstrip("/").endswith("access_token"):
            return AuthExpired("Reddit refused the saved sign-in: sign in again.")
        if status == 401:
            return AuthExpired("Reddit no longer accepts the saved sign-in: sign in again.")
        return ConnectorError(f"Reddit answered HTTP {status}.")
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
    return ConnectorError(f"Reddit failed: {type(error).__name__}: {error}")


@contextmanager
def translate(reset_in: float | None = None) -> Iterator[None]:
    """Run praw calls, raising only plugin API errors."""
    try:
        yield
    except ConnectorError:
        raise
    except (prawcore.PrawcoreException, praw_exceptions.PRAWException) as error:
        raise convert(error, reset_in=reset_in) from error
