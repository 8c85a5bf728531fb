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
)
from connectors.linkedin.client import WRITE_PERMISSION, LinkedInClient, urn_path
from connectors.linkedin.parse import PLATFORM, activity_of, comment_record, post_record

PAGE_SIZE = 50
# Comments on posts of the last two weeks are read again on every sync: LinkedIn does not
# move a post's lastModifiedAt when someone comments on it.
LOOKBACK_MS = 14 * 24 * 3600 * 1000
WINDOW_MARGIN_MS = 3600 * 1000  # deletions are inferred well inside the window only
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


def _gone(previous: dict[str, Any], recent: dict[str, Any]) -> list[Deletion]:
    """Posts and comments of the look-back window the last run saw and this one not."""
    gone: list[Deletion] = []
    for urn, (_, comment_ids) in previous.items():
        now = recent.get(urn)
        if now is None:
            gone.append(Deletion(urn))
            gone.extend(Deletion(c) for c in comment_ids)
        else:
            still = set(now[1])
            gone.extend(Deletion(c) for c in comment_ids if c not in still)
    return gone


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
        since: int | None = state.get("since")
        newest: int = state.get("newest", since or 0)
        start: int = state.get("start", 0)
        # Posts of the look-back window with their comment ids, as of the last finished
        # run ("previous") and as read so far ("recent"): what is gone was deleted.
        previous: dict[str, Any] = state.get("previous", state.get("recent", {}))
        recent: dict[str, Any] = state.get("recent", {}) if "start" in state else {}
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
                if since and modified < since - LOOKBACK_MS:
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
                if modified >= newest - LOOKBACK_MS:
                    ids = [c.external_id for c in comments] + [b.external_id for b in bad]
                    recent[post.external_id] = [modified, ids]
            start += len(elements)
            deletions: list[Deletion] = []
            if finished:
                deletions = _gone(previous, recent) if since else []
                keep = newest - LOOKBACK_MS + WINDOW_MARGIN_MS
                window = {k: v for k, v in recent.items() if v[0] >= keep}
                state = {"since": newest or since, "recent": window}
            else:
                state = {
                    "since": since,
                    "start": start,
                    "newest": newest,
                    "previous": previous,
                    "recent": recent,
                }
            yield Batch(items=items, deletions=deletions, skipped=skipped, cursor=json.dumps(state))
            if finished:
                return

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
