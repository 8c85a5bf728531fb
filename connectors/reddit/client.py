"""Settings and praw set-up: one praw.Reddit per thread (praw is not thread-safe).

Each Reddit instance gets its own requests session with a response hook that keeps the
x-ratelimit-* headers: praw's ``auth.limits`` has no reset time, and the account should show
when the budget comes back.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

import praw
import requests

from connectors.api import AuthExpired, ConfigurationError, ConnectorContext, RateBudget
from connectors.reddit.errors import check_token_answer, translate

DEFAULT_OAUTH_URL = "https://oauth.reddit.com"
DEFAULT_REDDIT_URL = "https://www.reddit.com"
DEFAULT_USER_AGENT = "desktop:community-workbench:0.1"
SCOPES = (
    "identity",
    "read",
    "history",
    "mysubreddits",
    "submit",
    "edit",
    "modposts",
    "modmail",
    "modlog",
    "privatemessages",
    "report",
    # Moderation (issue 13): mod notes, bans, the Toolbox usernotes wiki page.
    "modnote",
    "modcontributors",
    "wikiread",
)


def _int(value: str, default: int) -> int:
    try:
        return int(value)
    except ValueError:
        return default


@dataclass(frozen=True)
class Settings:
    """The account's settings, read once from the connector context."""

    subreddits: tuple[str, ...]
    username: str
    client_id: str
    client_secret: str
    password: str
    refresh_token: str
    oauth_url: str
    reddit_url: str
    user_agent: str
    more_comments_budget: int
    recheck_hours: int
    timeout: int

    @classmethod
    def from_context(cls, context: ConnectorContext) -> Settings:
        names = context.get("subreddits").replace(" ", ",").split(",")
        subreddits = tuple(
            n.strip().removeprefix("/").removeprefix("r/") for n in names if n.strip()
        )
        username = context.get("username").strip().removeprefix("u/")
        agent = context.get("user_agent", DEFAULT_USER_AGENT)
        if username and "(by " not in agent:
            agent = f"{agent} (by u/{username})"  # Reddit asks for a contact in the agent
        return cls(
            subreddits=subreddits,
            username=username,
            client_id=context.get("client_id").strip(),
            client_secret=context.get("client_secret").strip(),
            password=context.get("password"),
            refresh_token=context.get("refresh_token"),
            oauth_url=context.get("oauth_url", DEFAULT_OAUTH_URL).rstrip("/"),
            reddit_url=context.get("reddit_url", DEFAULT_REDDIT_URL).rstrip("/"),
            user_agent=agent,
            more_comments_budget=max(0, _int(context.get("more_comments_budget"), 10)),
            recheck_hours=max(0, _int(context.get("recheck_hours"), 24)),
            timeout=max(1, _int(context.get("timeout"), 16)),
        )


@dataclass
class RateWatch:
    """The latest x-ratelimit-* headers Reddit sent, and how many requests went out."""

    remaining: float | None = None
    used: int | None = None
    reset_at: float | None = None
    requests: int = 0

    def on_response(self, response: Any, *args: Any, **kwargs: Any) -> None:
        self.requests += 1
        headers = response.headers
        try:
            if "x-ratelimit-remaining" in headers:
                self.remaining = float(headers["x-ratelimit-remaining"])
                self.used = int(float(headers.get("x-ratelimit-used", "0")))
                self.reset_at = time.time() + float(headers.get("x-ratelimit-reset", "0"))
        except ValueError:
            pass  # a garbled header must not break reading

    def reset_in(self) -> float | None:
        return None if self.reset_at is None else max(self.reset_at - time.time(), 0.0)

    def budget(self) -> RateBudget | None:
        if self.remaining is None:
            return None
        from datetime import UTC, datetime

        reset = datetime.fromtimestamp(self.reset_at, UTC) if self.reset_at else None
        limit = int(self.remaining) + (self.used or 0)
        return RateBudget(remaining=int(self.remaining), reset_at=reset, limit=limit)


@dataclass
class Client:
    reddit: praw.Reddit
    rate: RateWatch
    session: requests.Session = field(repr=False)


def make_client(
    settings: Settings,
    *,
    refresh_token: str | None = None,
    redirect_uri: str | None = None,
    signing_in: bool = False,
) -> Client:
    """A praw.Reddit for this thread, signed in with a refresh token or a password."""
    if not settings.client_id:
        raise ConfigurationError("Enter the Reddit app's client id (client_id).")
    rate = RateWatch()
    session = requests.Session()
    session.hooks["response"].append(rate.on_response)
    session.hooks["response"].append(check_token_answer)
    kwargs: dict[str, Any] = {
        "client_id": settings.client_id,
        # Installed apps have no secret; praw wants None for them.
        "client_secret": settings.client_secret or None,
        "user_agent": settings.user_agent,
        "oauth_url": settings.oauth_url,
        "reddit_url": settings.reddit_url,
        "check_for_updates": False,
        "timeout": settings.timeout,
        "requestor_kwargs": {"session": session},
    }
    token = refresh_token if refresh_token is not None else settings.refresh_token
    if signing_in:
        kwargs["redirect_uri"] = redirect_uri
    elif token:
        kwargs["refresh_token"] = token
    elif settings.username and settings.password:
        if not settings.client_secret:
            raise ConfigurationError(
                "Password sign-in needs a script app: enter its secret (client_secret)."
            )
        kwargs["username"] = settings.username
        kwargs["password"] = settings.password
    else:
        session.close()
        raise AuthExpired("Not signed in to Reddit: enter the password or use Sign in.")
    with translate():
        reddit = praw.Reddit(**kwargs)
    return Client(reddit, rate, session)


class Clients:
    """One praw.Reddit per thread, all closed together."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[Client] = []

    def get(self) -> Client:
        client: Client | None = getattr(self._local, "client", None)
        if client is None:
            client = make_client(self.settings)
            self._local.client = client
            with self._lock:
                self._all.append(client)
        return client

    def close(self) -> None:
        with self._lock:
            clients, self._all = self._all, []
        for client in clients:
            client.session.close()
        self._local = threading.local()
