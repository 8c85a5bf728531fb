"""The public, versioned connector plugin API.

A connector turns one platform account into typed, frozen records and sends typed actions.
It never sees the database, Qt or the rest of the app: only what this module defines.

Versioning: ``API_VERSION`` is ``MAJOR.MINOR``. A connector lists the major versions it
supports in ``api_versions``; the host loads it only if its own major is listed. Minor
versions only add optional things, so a connector written for 1.0 runs on 1.x.
"""

from __future__ import annotations

import enum
import socket
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

API_VERSION = "1.3"  # 1.1: Batch.notices; 1.2: Offline, is_unreachable; 1.3: INTERNAL_NOTES
API_MAJOR = 1


class Capability(enum.StrEnum):
    """What a connector can do; the app offers only what is declared."""

    READ = "read"
    REPLY = "reply"
    POST = "post"
    MODERATE = "moderate"
    REPORTS = "reports"
    MESSAGES = "messages"
    MANUAL_ASSIST = "manual-assist"
    IMPORT_ARCHIVE = "import-archive"
    INTERNAL_NOTES = "internal-notes"  # Reply(internal=True) stays among moderators
    SIGN_IN = "sign-in"  # interactive sign-in in the browser (OAuth), see Connector.sign_in


class FieldKind(enum.StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    URL = "url"
    CHOICE = "choice"


@dataclass(frozen=True, slots=True)
class SettingField:
    """One setting a connector needs; the Accounts form and the CLI are generated from these.

    A ``secret`` field is stored in the system keyring only, never in the database.
    """

    key: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    secret: bool = False
    help: str = ""
    default: str = ""
    advanced: bool = False
    choices: tuple[str, ...] = ()


class CommunityType(enum.StrEnum):
    LEARNING = "learning"
    PROFESSIONAL = "professional-network"
    SUPPORT = "support"
    INTEREST = "interest-social"
    BRAND = "brand"
    PRACTICE = "community-of-practice"
    HYBRID = "hybrid"


FLAG_OWN = "own"
FLAG_QUESTION = "question"
FLAG_MANUAL = "manual"  # answer only by manual assist (e.g. a group item from a data export)


class ItemKind(enum.StrEnum):
    POST = "post"
    COMMENT = "comment"
    MESSAGE = "message"
    REPORT = "report"
    MENTION = "mention"


@dataclass(frozen=True, slots=True)
class CommunityRecord:
    """A community (subreddit, page, group, organization page...) the account can read."""

    external_id: str
    name: str
    platform: str
    url: str = ""
    community_type: CommunityType | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class MemberRecord:
    """A person on a platform. ``external_id`` is unique per platform."""

    external_id: str
    name: str
    platform: str
    display_name: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """One post, comment, message, report or mention.

    ``external_id`` is unique per account. ``parent_id`` and ``thread_id`` are external ids
    of other items of the same account (the post a comment answers, the thread root); they
    may arrive before or after the item they point to. ``raw`` is the platform payload,
    kept compactly so items can be re-parsed later; it must hold no secrets.

    ``flags`` are lower-case words; the app understands ``own`` (written by this account's
    user: the team), ``question``, ``removed``, ``spam``, ``locked``, ``hidden``, ``reported``,
    ``internal`` (a moderator-only note), ``manual`` (no API reaches it: answer by manual
    assist); connectors may add their own.
    """

    external_id: str
    kind: ItemKind
    community_id: str
    created_at: datetime
    text: str = ""
    title: str = ""
    html: str = ""
    url: str = ""
    author: MemberRecord | None = None
    parent_id: str | None = None
    thread_id: str | None = None
    edited_at: datetime | None = None
    score: int | None = None
    reply_count: int | None = None
    flags: tuple[str, ...] = ()
    raw: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Deletion:
    """An item deleted or removed upstream: the host erases its text and keeps a tombstone."""

    external_id: str
    deleted_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record the connector could not parse; the host counts and logs it, and goes on."""

    external_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int | None = None
    message: str = ""


@dataclass(frozen=True, slots=True)
class RateBudget:
    """What is left of the platform's request budget, shown on the account."""

    remaining: int | None
    reset_at: datetime | None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class Batch:
    """A unit of reading. The host stores everything in it and ``cursor`` in one transaction.

    ``cursor`` is opaque to the host: the connector's whole reading position after this
    batch, handed back to ``read`` on the next sync (or after a crash). ``None`` keeps the
    previous cursor.
    """

    communities: Sequence[CommunityRecord] = ()
    items: Sequence[ItemRecord] = ()
    deletions: Sequence[Deletion] = ()
    skipped: Sequence[Skipped] = ()
    cursor: str | None = None
    progress: Progress | None = None
    budget: RateBudget | None = None
    # Added in 1.x (optional): warnings for the user ("the token expires on ..."), shown
    # in the account's status message after the sync.
    notices: Sequence[str] = ()


# -- actions ------------------------------------------------------------------------------


class ModAction(enum.StrEnum):
    APPROVE = "approve"
    REMOVE = "remove"
    SPAM = "spam"
    LOCK = "lock"
    UNLOCK = "unlock"
    HIDE = "hide"
    UNHIDE = "unhide"


@dataclass(frozen=True, slots=True)
class Reply:
    """Answer an item. ``internal`` marks a moderator-only note where the platform has one."""

    target_id: str
    text: str
    internal: bool = False


@dataclass(frozen=True, slots=True)
class Post:
    community_id: str
    text: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class Moderate:
    target_id: str
    action: ModAction
    reason: str = ""
    message: str = ""


Action = Reply | Post | Moderate


@dataclass(frozen=True, slots=True)
class ActionResult:
    external_id: str = ""
    url: str = ""
    message: str = ""


@dataclass(frozen=True, slots=True)
class ConnectionInfo:
    """What ``test_connection`` found, in words for the user ("Signed in as u/alice")."""

    summary: str
    budget: RateBudget | None = None


# -- errors -------------------------------------------------------------------------------


class ConnectorError(Exception):
    """Base of all connector errors. ``str(error)`` is a plain sentence for the user."""


class AuthExpired(ConnectorError):
    """The credentials are missing, expired or revoked: the user must sign in again."""


class RateLimited(ConnectorError):
    def __init__(self, message: str, retry_at: datetime | None = None) -> None:
        super().__init__(message)
        self.retry_at = retry_at


class PermissionDenied(ConnectorError):
    def __init__(self, message: str, permission: str = "") -> None:
        super().__init__(message)
        self.permission = permission


class NotFound(ConnectorError):
    pass


class TemporaryError(ConnectorError):
    """The platform failed in a way that may pass (5xx, timeout): retry later.

    For an action this is ambiguous (a timeout may come after the platform acted), so the
    outbox shows it as failed and sends again only when the user says so.
    """


class Offline(TemporaryError):
    """The platform could not be reached at all: nothing was sent. The outbox keeps the
    action waiting and sends it on the next sync. See ``is_unreachable``."""


def is_unreachable(error: BaseException) -> bool:
    """True when a network error means no connection was ever made (refused, name not
    resolved, connect timeout), so the request cannot have reached the platform."""
    stack: list[BaseException] = [error]
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, (ConnectionRefusedError, socket.gaierror)):
            return True
        if type(current).__name__ in _NO_CONNECTION:
            return True
        links = (
            current.__cause__,
            current.__context__,
            getattr(current, "reason", None),
            getattr(current, "original_exception", None),
            *current.args,
        )
        stack.extend(link for link in links if isinstance(link, BaseException))
    return False


# urllib3/requests errors raised before a connection exists (matched by name: no import).
_NO_CONNECTION = frozenset(
    {"NewConnectionError", "NameResolutionError", "ConnectTimeoutError", "ConnectTimeout"}
)


class BadData(ConnectorError):
    """The platform answered something we cannot read."""


class ConfigurationError(ConnectorError):
    """A setting is missing or wrong; the message names the setting."""


# -- the connector ------------------------------------------------------------------------


@dataclass(frozen=True)
class ConnectorContext:
    """What the host gives a connector instance.

    ``settings`` holds every declared setting (defaults filled in); ``secrets`` holds the
    secret ones, read from the keyring. ``save_secret`` stores a new secret (a refreshed
    token) in the keyring. ``is_cancelled`` is polled between requests.
    """

    account_name: str
    settings: Mapping[str, str]
    secrets: Mapping[str, str] = field(default_factory=dict)
    save_secret: Callable[[str, str], None] = lambda key, value: None
    is_cancelled: Callable[[], bool] = lambda: False
    followed_communities: Sequence[str] = ()

    def get(self, key: str, default: str = "") -> str:
        value = self.secrets.get(key) or self.settings.get(key)
        return value if value else default


class Connector(ABC):
    """Base class of every connector. Declare the class attributes before any heavy import:
    the host reads them to list and check the plugin without running platform code."""

    id: ClassVar[str]
    display_name: ClassVar[str]
    version: ClassVar[str] = "0"
    api_versions: ClassVar[tuple[int, ...]] = (API_MAJOR,)
    platform: ClassVar[str] = ""
    capabilities: ClassVar[frozenset[Capability]] = frozenset({Capability.READ})
    settings_fields: ClassVar[tuple[SettingField, ...]] = ()

    def __init__(self, context: ConnectorContext) -> None:
        self.context = context

    @abstractmethod
    def test_connection(self) -> ConnectionInfo:
        """Check the settings against the platform; raise a ConnectorError if they fail."""

    @abstractmethod
    def list_communities(self) -> Sequence[CommunityRecord]:
        """The communities this account could follow."""

    @abstractmethod
    def read(self, cursor: str | None) -> Iterator[Batch]:
        """Yield what is new since ``cursor`` (``None``: first sync) in batches.

        Raise a ConnectorError when the platform fails; everything yielded before stays.
        """

    def send(self, action: Action) -> ActionResult:
        """Send one action. Raise a ConnectorError when it fails."""
        raise PermissionDenied(f"{self.display_name} cannot do this through its API.")

    def sign_in(self, open_browser: Callable[[str], None]) -> ConnectionInfo:
        """Sign in interactively: open ``open_browser(url)`` and wait for the platform's answer.

        Connectors with ``Capability.SIGN_IN`` override this and store the tokens they get
        through ``context.save_secret``. Runs on a worker thread; may block for minutes and
        should give up when ``context.is_cancelled()``.
        """
        raise PermissionDenied(f"{self.display_name} has no interactive sign-in.")

    def read_archive(self, path: Path, community: CommunityRecord) -> Iterator[Batch]:
        """Read a platform data export (a .zip or folder) into ``community``.

        Connectors with ``Capability.IMPORT_ARCHIVE`` override this; raise BadData with a
        plain message for a corrupt or foreign file, before yielding anything.
        """
        raise PermissionDenied(f"{self.display_name} cannot import archives.")

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release network resources."""

    @classmethod
    def secret_keys(cls) -> tuple[str, ...]:
        return tuple(f.key for f in cls.settings_fields if f.secret)
