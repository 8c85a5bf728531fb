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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol, runtime_checkable

# 1.1: Batch.notices; 1.2: Offline, is_unreachable; 1.3: INTERNAL_NOTES;
# 1.4: unlisted, confirm_deletions, DeletionCheck; 1.5: SettingField.internal
# 1.6 (moderation): ModAction BAN..NOTE, Moderate.params, ModerationTools, 4 capabilities
# 1.7: Capability.POLLS, PollPost, PollResults, Polls (native polls)
# 1.8 (guidelines): Capability.RULES, PlatformRule, RulesWritten, RulesRefused, CommunityRules
# 1.9: QT_TRANSLATE_NOOP (a setting's label and help shown in the user's language)
API_VERSION = "1.9"
API_MAJOR = 1
"""The major part of ``API_VERSION``: a connector lists it in ``api_versions``."""


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
    REMOVAL_REASONS = "removal-reasons"  # ModerationTools.removal_reasons, Moderate reason_id
    MOD_NOTES = "mod-notes"  # ModerationTools.mod_notes, Moderate(NOTE)
    BAN = "ban"  # Moderate(BAN) with params user, duration (days; none: permanent)
    WIKI = "wiki"  # ModerationTools.wiki_page (e.g. Toolbox's usernotes page)
    POLLS = "polls"  # native polls: the connector is also a Polls (see the events section)
    RULES = "rules"  # reads a community's rules and writes them back (CommunityRules)


class FieldKind(enum.StrEnum):
    """How a setting is entered and checked in the Accounts form and the CLI."""

    TEXT = "text"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    URL = "url"
    CHOICE = "choice"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation and return it unchanged (a connector cannot import Qt).

    pyside6-lupdate extracts every call by this name; the Accounts form shows a setting's
    ``label`` and ``help`` translated in context "ConnectorSettings" when the app's .ts has
    them (a third-party connector's text stays as written)."""
    return text


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
    # Filled in by the connector itself (a sign-in token): kept, never shown in forms (1.5).
    internal: bool = False


class CommunityType(enum.StrEnum):
    """What kind of community this is, when the connector can tell."""

    LEARNING = "learning"
    PROFESSIONAL = "professional-network"
    SUPPORT = "support"
    INTEREST = "interest-social"
    BRAND = "brand"
    PRACTICE = "community-of-practice"
    HYBRID = "hybrid"


FLAG_OWN = "own"
"""Item flag: written by this account's user (the team)."""
FLAG_QUESTION = "question"
"""Item flag: the item asks a question."""
FLAG_MANUAL = "manual"  # answer only by manual assist (e.g. a group item from a data export)


class ItemKind(enum.StrEnum):
    """What an item is on its platform."""

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
    """How far a sync is: ``done`` of ``total`` (``None``: unknown), and what it does now."""

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
    """What a ``Moderate`` action does to its target."""

    APPROVE = "approve"
    REMOVE = "remove"
    SPAM = "spam"
    LOCK = "lock"
    UNLOCK = "unlock"
    HIDE = "hide"
    UNHIDE = "unhide"
    BAN = "ban"  # 1.6: the item's author, params "user", "duration", "message"
    UNBAN = "unban"  # 1.6
    WARN = "warn"  # 1.6: a message to the author, params "send_as" (reply|modmail|both)
    NOTE = "note"  # 1.6: a platform mod note on params "user", "label"; text in message


@dataclass(frozen=True, slots=True)
class Reply:
    """Answer an item. ``internal`` marks a moderator-only note where the platform has one."""

    target_id: str
    text: str
    internal: bool = False


@dataclass(frozen=True, slots=True)
class Post:
    """Start a new post in a community (``Capability.POST``)."""

    community_id: str
    text: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class Moderate:
    """Moderate an item (``Capability.MODERATE``); ``reason`` and ``message`` where the platform has them."""

    target_id: str
    action: ModAction
    reason: str = ""
    message: str = ""
    # 1.6: what an action needs beyond these (see the ModAction members); plain strings.
    params: Mapping[str, str] = field(default_factory=dict)


Action = Reply | Post | Moderate
"""Any action ``Connector.send`` takes."""


@dataclass(frozen=True, slots=True)
class ActionResult:
    """What the platform answered to a sent action: the new item's id and address, if any."""

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
    """The platform's request budget is spent; ``retry_at`` says when to try again, if known."""

    def __init__(self, message: str, retry_at: datetime | None = None) -> None:
        super().__init__(message)
        self.retry_at = retry_at


class PermissionDenied(ConnectorError):
    """The account may not do this; ``permission`` names what is missing, if known."""

    def __init__(self, message: str, permission: str = "") -> None:
        super().__init__(message)
        self.permission = permission


class NotFound(ConnectorError):
    """The item, community or account does not exist (any more) on the platform."""


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


# -- confirming deletions -----------------------------------------------------------------


def unlisted(before: Mapping[str, Iterable[str]], now: Mapping[str, Iterable[str]]) -> list[str]:
    """Ids a two-level listing showed before and not now: candidates for a deletion check.

    ``before`` and ``now`` map each post id to the ids of its comments. A post of ``before``
    that ``now`` lacks is a candidate with all its comments; a post still there brings the
    comments it lost. Only ask about posts that the new listing covered (e.g. those inside
    the same time window): this says nothing about deletion by itself, see
    ``confirm_deletions``.
    """
    candidates: list[str] = []
    for post, comments in before.items():
        still = now.get(post)
        if still is None:
            candidates.append(post)
            candidates.extend(comments)
        else:
            kept = set(still)
            candidates.extend(c for c in comments if c not in kept)
    return candidates


@dataclass(frozen=True, slots=True)
class DeletionCheck:
    """What the platform said about each candidate id, asked for by id.

    ``gone``: the platform answered that this very id does not exist; ``present``: the
    platform returned it; ``unknown``: no clear answer (an error, or not asked because of a
    rate limit, an expired sign-in, no connection or a cancel). Keep the unknown ids and
    ask again on the next sync.
    """

    gone: tuple[str, ...] = ()
    present: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()

    def deletions(self) -> list[Deletion]:
        """A ``Deletion`` for each gone id, to yield in a ``Batch``."""
        return [Deletion(external_id) for external_id in self.gone]


def confirm_deletions(
    candidates: Iterable[str],
    exists: Callable[[str], bool],
    *,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> DeletionCheck:
    """Ask the platform about each candidate by id; only its answer concludes a deletion.

    An item missing from a listing proves nothing (a window that moved, a page cut short,
    a platform hiccup), and a Deletion erases the local copy. ``exists(id)`` looks up one
    id: it returns True when the platform returned the item and False only when the
    platform answered that this id does not exist (Reddit's /api/info without it, Graph's
    error 100 with subcode 33, a 404 for the post's URN). For anything else (no
    connection, 5xx, a missing permission, an answer it cannot read) it raises a
    ConnectorError and that id stays unknown. After a RateLimited, AuthExpired or Offline
    error, which would fail every further lookup too, the rest is not asked. Ids are asked
    once each, in order.
    """
    gone: list[str] = []
    present: list[str] = []
    unknown: list[str] = []
    stop = False
    for external_id in dict.fromkeys(candidates):
        if stop or is_cancelled():
            unknown.append(external_id)
            continue
        try:
            found = exists(external_id)
        except (RateLimited, AuthExpired, Offline):
            unknown.append(external_id)
            stop = True
        except ConnectorError:
            unknown.append(external_id)
        else:
            (present if found else gone).append(external_id)
    return DeletionCheck(tuple(gone), tuple(present), tuple(unknown))


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
        """A setting or secret by key; ``default`` when it is empty."""
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
        """The keys of the secret settings (kept in the keyring)."""
        return tuple(f.key for f in cls.settings_fields if f.secret)


# --- moderation ---


@dataclass(frozen=True, slots=True)
class RemovalReason:
    """A removal reason the platform keeps for a community (Reddit's native ones)."""

    id: str
    title: str
    message: str


@dataclass(frozen=True, slots=True)
class ModNote:
    """A note the platform keeps about a member of a community (Reddit's mod notes)."""

    id: str
    user: str
    community_id: str
    note: str
    label: str = ""  # BOT_BAN, PERMA_BAN, BAN, ABUSE_WARNING, SPAM_WARNING, ...
    created_at: datetime | None = None
    moderator: str = ""
    link: str = ""  # the item the note is about, as the platform names it


class ModerationTools:
    """Reads a moderating connector may offer beside ``Connector`` (1.6): mix it in and
    declare the matching capabilities. Each raises a ConnectorError when it fails."""

    def removal_reasons(self, community_id: str) -> Sequence[RemovalReason]:
        """The community's native removal reasons (``Capability.REMOVAL_REASONS``)."""
        raise PermissionDenied("This platform keeps no removal reasons.")

    def mod_notes(self, community_id: str, user: str) -> Sequence[ModNote]:
        """The platform's moderator notes on ``user`` (``Capability.MOD_NOTES``)."""
        raise PermissionDenied("This platform keeps no moderator notes.")

    def delete_mod_note(self, community_id: str, user: str, note_id: str) -> None:
        """Delete one of the platform's moderator notes (``Capability.MOD_NOTES``)."""
        raise PermissionDenied("This platform keeps no moderator notes.")

    def wiki_page(self, community_id: str, page: str) -> str:
        """The text of a community wiki page (``Capability.WIKI``; e.g. Toolbox's usernotes)."""
        raise PermissionDenied("This platform has no wiki pages.")


# --- events ---


@dataclass(frozen=True, slots=True)
class PollPost:
    """A native poll: a question (the title), 2 to 6 options, open for 1 to 7 days."""

    community_id: str
    title: str
    options: tuple[str, ...]
    duration_days: int
    text: str = ""


@dataclass(frozen=True, slots=True)
class PollResults:
    """The votes so far, per option in the poll's order."""

    votes: tuple[tuple[str, int], ...]
    total: int
    closes_at: datetime | None = None


class Polls(ABC):
    """What a connector declaring ``Capability.POLLS`` also is (API 1.6)."""

    @abstractmethod
    def send_poll(self, poll: PollPost) -> ActionResult:
        """Post the poll; raise a ConnectorError when it fails."""

    @abstractmethod
    def poll_results(self, external_id: str) -> PollResults:
        """The votes of a poll this connector posted (by ActionResult.external_id)."""


# --- guidelines ---


@dataclass(frozen=True)
class PlatformRule:
    """A community's rule as the platform keeps it (Reddit: a subreddit rule)."""

    short_name: str
    description: str = ""  # Markdown
    violation_reason: str = ""  # what a member picks when reporting under this rule
    kind: str = "all"  # Reddit: "link" (posts), "comment" or "all"
    priority: int = 0  # 0 first
    created_at: datetime | None = None


@dataclass(frozen=True)
class RulesWritten:
    """What ``CommunityRules.write_rules`` changed on the platform."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    reordered: bool = False


class RulesRefused(ConnectorError):
    """The platform cannot take these rules as they are (too many, too long); nothing was
    written. The message says what to change."""


@runtime_checkable
class CommunityRules(Protocol):
    """What a connector declaring ``Capability.RULES`` also has.

    ``write_rules`` makes the community's rules exactly ``rules``, in order, and raises
    PermissionDenied when the account may not (it does not moderate the community) and
    RulesRefused, before writing anything, when the platform's limits are not met.
    """

    def read_rules(self, community_id: str) -> Sequence[PlatformRule]:
        """The community's rules as the platform keeps them, in the platform's order."""
        ...

    def write_rules(self, community_id: str, rules: Sequence[PlatformRule]) -> RulesWritten:
        """Make the community's rules exactly ``rules``, in order (see the class docstring)."""
        ...
