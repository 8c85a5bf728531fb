"""The LinkedIn connector: an organization page over the Community Management API.

LinkedIn has no Groups API: groups get manual assist, and the member's own activity comes
from the data export (read_archive). Tokens live 60 days and cannot be refreshed without
the partner programme, so the connector warns a week before ``token_expires_at``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from connectors.api import (
    Action,
    ActionResult,
    AuthExpired,
    BadData,
    Batch,
    CommunityRecord,
    ConfigurationError,
    ConnectionInfo,
    Connector,
    ConnectorContext,
    Deletion,
    ItemRecord,
    NotFound,
    PermissionDenied,
    Reply,
    Skipped,
    confirm_deletions,
    unlisted,
)
from connectors.linkedin.client import WRITE_PERMISSION, LinkedInClient, urn_path
from connectors.linkedin.parse import PLATFORM, activity_of, comment_record, post_record

PAGE_SIZE = 50
# Comments on posts of the last two weeks are read again on every sync: LinkedIn does not
# move a post's lastModifiedAt when someone comments on it.
LOOKBACK_MS = 14 * 24 * 3600 * 1000
# The window kept for the next run stays well inside the posts that run reads.
WINDOW_MARGIN_MS = 3600 * 1000
# 2: deletions are concluded only from a by-id lookup (confirm_deletions); see _upgrade.
CURSOR_VERSION = 2
WARN_BEFORE = timedelta(days=7)


def expiry_notice(value: str, today: date | None = None) -> str:
    """A warning when the token expires within a week (or has expired), else ""."""
    if not value.strip():
        return ""
    try:
        expires = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return f"The token expiry date “{value}” is not a date (YYYY-MM-DD)."
    today = today or datetime.now(UTC).date()
    if expires < today:
        return f"The LinkedIn access token expired on {expires:%Y-%m-%d}: sign in again."
    if expires - today <= WARN_BEFORE:
        return (
            f"The LinkedIn access token expires on {expires:%Y-%m-%d}: sign in again before "
            "then and save the new token."
        )
    return ""


def _upgrade(state: dict[str, Any]) -> dict[str, Any]:
    """A cursor of the versions before by-id deletion checks (no "v"). They took posts that
    had only left the look-back window for deleted and erased them: read every post once, so
    those items come back (the host restores an erased item that is read again), and ask by
    id about what their last window held."""
    window = state.get("previous", state.get("recent", {}))
    return {"v": CURSOR_VERSION, "since": state.get("since"), "full": True, "window": window}


def lookup_path(urn: str) -> str:
    """Where LinkedIn answers about one post or comment: ``posts/{urn}``, or
    ``socialActions/{activity urn}/comments/{comment id}`` for ``urn:li:comment:(A,ID)``."""
    if urn.startswith("urn:li:comment:("):
        comment_id = urn.removesuffix(")").rsplit(",", 1)[-1]
        return f"socialActions/{urn_path(activity_of(urn))}/comments/{urn_path(comment_id)}"
    if urn.startswith(("urn:li:share:", "urn:li:ugcPost:")):
        return f"posts/{urn_path(urn)}"
    raise BadData(f"Cannot look up “{urn}” on LinkedIn: not a post or comment URN.")


class Organization:
    """Reading and replying for one organization page."""

    def __init__(self, context: ConnectorContext, organization_id: str) -> None:
        token = context.secrets.get("access_token", "")
        if not token:
            raise AuthExpired("No LinkedIn access token is saved: sign in again.")
        self.context = context
        self.id = organization_id
        self.urn = f"urn:li:organization:{organization_id}"
        self.name = f"Organization {organization_id}"
        self.client = LinkedInClient(
            context.get("api_url", "https://api.linkedin.com"),
            context.get("linkedin_version", "202610"),
            token,
        )

    def community(self) -> CommunityRecord:
        try:
            data = self.client.get(f"organizations/{self.id}")
        except PermissionDenied:  # reading names needs an admin role; the posts do not
            data = {}
        except NotFound:
            raise ConfigurationError(
                f"LinkedIn has no organization {self.id}: check the setting “Organization "
                "ID” (organization_id)."
            ) from None
        self.name = str(data.get("localizedName") or self.name)
        vanity = data.get("vanityName")
        url = f"https://www.linkedin.com/company/{vanity or self.id}"
        return CommunityRecord(self.urn, self.name, PLATFORM, url)

    def _comments(self, target: str, post: str) -> tuple[list[ItemRecord], list[Skipped]]:
        items: list[ItemRecord] = []
        skipped: list[Skipped] = []
        start = 0
        while True:
            body = self.client.get(
                f"socialActions/{urn_path(target)}/comments",
                {"start": str(start), "count": str(PAGE_SIZE)},
            )
            elements = body.get("elements", [])
            for data in elements:
                try:
                    record = comment_record(data, post, self.urn, self.urn, self.name)
                except (KeyError, TypeError, ValueError) as error:
                    skipped.append(Skipped(str(data.get("id", "?")), f"comment: {error}"))
                    continue
                items.append(record)
                if record.reply_count and target == post:  # one level of replies
                    more, bad = self._comments(record.external_id, post)
                    items.extend(more)
                    skipped.extend(bad)
            if len(elements) < PAGE_SIZE:
                return items, skipped
            start += len(elements)

    def read(self, cursor: str | None, notice: str) -> Iterator[Batch]:
        state: dict[str, Any] = json.loads(cursor) if cursor else {}
        if state and state.get("v") != CURSOR_VERSION:
            state = _upgrade(state)
        since: int | None = state.get("since")
        newest: int = state.get("newest", since or 0)
        start: int = state.get("start", 0)
        full: bool = state.get("full", False)
        # Posts of the look-back window with their comment ids: as of the last finished
        # run ("previous"), and this run's window as read so far ("recent"). "listed" holds
        # the posts of "previous" this run has read again, with their comment ids now.
        previous: dict[str, Any] = state.get("previous", state.get("window", {}))
        resuming = "start" in state
        recent: dict[str, Any] = state.get("recent", {}) if resuming else {}
        listed: dict[str, list[str]] = state.get("listed", {}) if resuming else {}
        pending: list[str] = state.get("pending", [])
        yield Batch(communities=[self.community()], notices=(notice,) if notice else ())
        while True:
            if self.context.is_cancelled():
                return
            body = self.client.get(
                "posts",
                {
                    "author": self.urn,
                    "q": "author",
                    "start": str(start),
                    "count": str(PAGE_SIZE),
                    "sortBy": "LAST_MODIFIED",
                },
            )
            elements = body.get("elements", [])
            items: list[ItemRecord] = []
            skipped: list[Skipped] = []
            finished = len(elements) < PAGE_SIZE
            for data in elements:
                modified = int(data.get("lastModifiedAt") or data.get("createdAt") or 0)
                if since and not full and modified < since - LOOKBACK_MS:
                    finished = True  # sorted newest first: the rest is older still
                    break
                try:
                    post = post_record(data, self.urn, self.urn, self.name)
                except (KeyError, TypeError, ValueError) as error:
                    skipped.append(Skipped(str(data.get("id", "?")), f"post: {error}"))
                    continue
                newest = max(newest, modified)
                comments, bad = self._comments(post.external_id, post.external_id)
                items.append(post)
                items.extend(comments)
                skipped.extend(bad)
                ids = [c.external_id for c in comments] + [b.external_id for b in bad]
                if post.external_id in previous:
                    listed[post.external_id] = ids
                if modified >= newest - LOOKBACK_MS:
                    recent[post.external_id] = [modified, ids]
            start += len(elements)
            deletions: list[Deletion] = []
            if finished:
                before = {urn: value[1] for urn, value in previous.items()}
                check = confirm_deletions(
                    [*pending, *unlisted(before, listed)],
                    self.exists,
                    is_cancelled=self.context.is_cancelled,
                )
                deletions = check.deletions()
                keep = newest - LOOKBACK_MS + WINDOW_MARGIN_MS
                window = {k: v for k, v in recent.items() if v[0] >= keep}
                state = {
                    "v": CURSOR_VERSION,
                    "since": newest or since,
                    "window": window,
                    "pending": list(check.unknown),
                }
            else:
                state = {
                    "v": CURSOR_VERSION,
                    "since": since,
                    "full": full,
                    "start": start,
                    "newest": newest,
                    "previous": previous,
                    "recent": recent,
                    "listed": listed,
                    "pending": pending,
                }
            yield Batch(items=items, deletions=deletions, skipped=skipped, cursor=json.dumps(state))
            if finished:
                return

    def exists(self, urn: str) -> bool:
        """Whether LinkedIn still has this post or comment (see LinkedInClient.exists)."""
        return self.client.exists(lookup_path(urn))

    def reply(self, action: Reply) -> ActionResult:
        target = action.target_id
        if target.startswith("liexport:"):
            raise PermissionDenied(
                "This item came from a LinkedIn data export: answer it by manual assist."
            )
        body: dict[str, Any] = {"actor": self.urn, "message": {"text": action.text}}
        if target.startswith("urn:li:comment:"):
            body["object"] = activity_of(target)
            body["parentComment"] = target
        else:
            body["object"] = target
        data, headers = self.client.request(
            "POST",
            f"socialActions/{urn_path(target)}/comments",
            json_body=body,
            needs=WRITE_PERMISSION,
        )
        created = ""
        if isinstance(data, dict):
            created = str(data.get("commentUrn") or data.get("$URN") or "")
        created = created or headers.get("x-restli-id", "")
        post = activity_of(target) if target.startswith("urn:li:comment:") else target
        return ActionResult(
            external_id=created, url=f"https://www.linkedin.com/feed/update/{post}/"
        )

    def close(self) -> None:
        self.client.close()


class LinkedInConnectorBase(Connector):
    """Behaviour of LinkedInConnector; the declaration lives in connectors.linkedin."""

    def __init__(self, context: ConnectorContext) -> None:
        super().__init__(context)
        self._organization: Organization | None = None

    def _reader(self) -> Organization | None:
        if self._organization is None:
            organization_id = self.context.get("organization_id").strip()
            if organization_id:
                self._organization = Organization(self.context, organization_id)
        return self._organization

    def _notice(self) -> str:
        return expiry_notice(self.context.get("token_expires_at"))

    def test_connection(self) -> ConnectionInfo:
        organization = self._reader()
        if organization is None:
            return ConnectionInfo(
                "No organization set: this account holds data exports and manual-assist replies."
            )
        community = organization.community()
        organization.client.get("posts", {"author": organization.urn, "q": "author", "count": "1"})
        summary = f"Connected to the organization page “{community.name}”."
        notice = self._notice()
        return ConnectionInfo(f"{summary} {notice}" if notice else summary)

    def list_communities(self) -> Sequence[CommunityRecord]:
        organization = self._reader()
        return [organization.community()] if organization is not None else []

    def read(self, cursor: str | None) -> Iterator[Batch]:
        organization = self._reader()
        if organization is None:
            return iter(())
        return organization.read(cursor, self._notice())

    def send(self, action: Action) -> ActionResult:
        organization = self._reader()
        if organization is None or not isinstance(action, Reply):
            raise PermissionDenied(
                "LinkedIn's API can only reply to organization posts and comments; do this "
                "on LinkedIn by manual assist."
            )
        return organization.reply(action)

    def read_archive(self, path: Path, community: CommunityRecord) -> Iterator[Batch]:
        from connectors.linkedin.archive import read_export

        return read_export(path, community)

    def close(self) -> None:
        if self._organization is not None:
            self._organization.close()
            self._organization = None
