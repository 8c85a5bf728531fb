"""The Facebook connector: a Page over the Graph API, groups by archive and manual assist.

Facebook removed the Groups API for every Graph version on 2024-04-22, so a group reaches
the inbox only through a "Download Your Information" archive (read_archive) and replies to
it go out by manual assist (the outbox's manual entries, never through this connector).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
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
    ModAction,
    Moderate,
    NotFound,
    PermissionDenied,
    Reply,
    Skipped,
    confirm_deletions,
    unlisted,
)
from connectors.facebook.client import GraphClient, strip_token
from connectors.facebook.parse import (
    COMMENT_FIELDS,
    PLATFORM,
    POST_FIELDS,
    comment_record,
    post_record,
)

PAGE_SIZE = "25"
COMMENT_PAGE_SIZE = "100"
# Graph's `since` filters the feed by creation time: look back this far on each sync so
# comments added to recent posts are read again (the writer skips unchanged items).
LOOKBACK = 3 * 24 * 3600
# The window kept for the next run stays well inside the feed that run reads (since - LOOKBACK).
WINDOW_MARGIN = 3600
# 2: deletions are concluded only from a by-id lookup (confirm_deletions); see _upgrade.
CURSOR_VERSION = 2
READ_PERMISSION = "pages_read_engagement"
ENGAGE_PERMISSION = "pages_manage_engagement"


class FacebookPage:
    """Reading and acting on one Page; built by FacebookConnector when a Page is set."""

    def __init__(self, context: ConnectorContext, page_id: str) -> None:
        token = context.secrets.get("access_token", "")
        if not token:
            raise AuthExpired("No Facebook access token is saved: sign in again.")
        self.context = context
        self.page_id = page_id
        self.client = GraphClient(
            context.get("graph_url", "https://graph.facebook.com"),
            context.get("graph_version", "v23.0"),
            token,
            is_cancelled=context.is_cancelled,
        )

    def community(self) -> CommunityRecord:
        try:
            data = self.client.get(
                self.page_id, {"fields": "id,name,link,about"}, needs=READ_PERMISSION
            )
        except NotFound:
            raise ConfigurationError(
                f"Facebook has no Page with the id {self.page_id} that this token can read: "
                "check the setting “Page ID” (page_id)."
            ) from None
        return CommunityRecord(
            external_id=self.page_id,
            name=str(data.get("name") or self.page_id),
            platform=PLATFORM,
            url=str(data.get("link") or f"https://www.facebook.com/{self.page_id}"),
            description=str(data.get("about", "")),
        )

    def comments(self, post_id: str) -> tuple[list[ItemRecord], list[Skipped]]:
        """Every comment of a post, replies included (filter=stream lists them flat)."""
        items: list[ItemRecord] = []
        skipped: list[Skipped] = []
        path: str | None = f"{post_id}/comments"
        params: dict[str, str] | None = {
            "fields": COMMENT_FIELDS,
            "filter": "stream",
            "order": "chronological",
            "limit": COMMENT_PAGE_SIZE,
        }
        while path is not None:
            body = self.client.get(path, params, needs=READ_PERMISSION)
            for data in body.get("data", []):
                try:
                    items.append(comment_record(data, post_id, self.page_id))
                except (KeyError, TypeError, ValueError) as error:
                    skipped.append(Skipped(str(data.get("id", "?")), f"comment: {error}"))
            following = body.get("paging", {}).get("next")
            path, params = (
                (strip_token(following), None) if following and body["data"] else (None, None)
            )
        return items, skipped

    def read(self, cursor: str | None) -> Iterator[Batch]:
        state: dict[str, Any] = json.loads(cursor) if cursor else {}
        if state and state.get("v") != CURSOR_VERSION:
            state = _upgrade(state)
        since: int | None = state.get("since")
        newest: int = state.get("newest", since or 0)
        full: bool = state.get("full", False)
        # Posts of the look-back window with their comment ids: as of the last finished
        # run ("previous"), and this run's window as read so far ("recent"). "listed" holds
        # the posts of "previous" this run has read again, with their comment ids now.
        previous: dict[str, Any] = state.get("previous", state.get("window", {}))
        resuming = "next" in state
        recent: dict[str, Any] = state.get("recent", {}) if resuming else {}
        listed: dict[str, list[str]] = state.get("listed", {}) if resuming else {}
        pending: list[str] = state.get("pending", [])
        yield Batch(communities=[self.community()])
        path: str | None = state.get("next")
        params: dict[str, str] | None = None
        if path is None:
            path = f"{self.page_id}/feed"
            params = {"fields": POST_FIELDS, "limit": PAGE_SIZE}
            if since and not full:
                params["since"] = str(since - LOOKBACK)
        while path is not None:
            if self.context.is_cancelled():
                return
            body = self.client.get(path, params, needs=READ_PERMISSION)
            items: list[ItemRecord] = []
            skipped: list[Skipped] = []
            for data in body.get("data", []):
                try:
                    post = post_record(data, self.page_id)
                except (KeyError, TypeError, ValueError) as error:
                    skipped.append(Skipped(str(data.get("id", "?")), f"post: {error}"))
                    continue
                created = int(post.created_at.timestamp())
                newest = max(newest, created)
                comments, bad = self.comments(post.external_id)
                items.append(post)
                items.extend(comments)
                skipped.extend(bad)
                ids = [c.external_id for c in comments] + [b.external_id for b in bad]
                if post.external_id in previous:
                    listed[post.external_id] = ids
                if created >= newest - LOOKBACK:
                    recent[post.external_id] = [created, ids]
            following = body.get("paging", {}).get("next")
            # Graph may send `next` with an empty page: an empty page ends the feed.
            path = strip_token(following) if following and body.get("data") else None
            params = None
            deletions: list[Deletion] = []
            if path:  # resuming after a crash continues from the next page
                state = {
                    "v": CURSOR_VERSION,
                    "since": since,
                    "full": full,
                    "next": path,
                    "newest": newest,
                    "previous": previous,
                    "recent": recent,
                    "listed": listed,
                    "pending": pending,
                }
            else:  # finished: `since` moves up to the newest post seen
                before = {post_id: value[1] for post_id, value in previous.items()}
                check = confirm_deletions(
                    [*pending, *unlisted(before, listed)],
                    self.exists,
                    is_cancelled=self.context.is_cancelled,
                )
                deletions = check.deletions()
                keep = newest - LOOKBACK + WINDOW_MARGIN
                window = {k: v for k, v in recent.items() if v[0] >= keep}
                state = {
                    "v": CURSOR_VERSION,
                    "since": newest or since,
                    "window": window,
                    "pending": list(check.unknown),
                }
            yield Batch(
                items=items,
                deletions=deletions,
                skipped=skipped,
                cursor=json.dumps(state),
                budget=self.client.budget,
            )

    def exists(self, object_id: str) -> bool:
        """Whether Facebook still has this post or comment (see GraphClient.exists)."""
        return self.client.exists(object_id, needs=READ_PERMISSION)

    def send(self, action: Action) -> ActionResult:
        target = action.target_id if isinstance(action, Reply | Moderate) else ""
        if target.startswith("fbarchive:"):
            raise PermissionDenied(
                "This item came from a Facebook archive (a group): answer it by manual assist."
            )
        if isinstance(action, Reply):
            data = self.client.post(
                f"{target}/comments", {"message": action.text}, needs=ENGAGE_PERMISSION
            )
            new_id = str(data.get("id", ""))
            return ActionResult(external_id=new_id, url=f"https://www.facebook.com/{new_id}")
        if isinstance(action, Moderate) and action.action in (ModAction.HIDE, ModAction.UNHIDE):
            hidden = "true" if action.action is ModAction.HIDE else "false"
            self.client.post(target, {"is_hidden": hidden}, needs=ENGAGE_PERMISSION)
            word = "Hidden" if hidden == "true" else "Shown again"
            return ActionResult(external_id=target, message=f"{word} on Facebook.")
        raise PermissionDenied(
            "The Graph API can only reply to and hide or unhide Page comments; do this on "
            "Facebook by manual assist."
        )

    def close(self) -> None:
        self.client.close()


def _upgrade(state: dict[str, Any]) -> dict[str, Any]:
    """A cursor of the versions before by-id deletion checks (no "v"). They took posts that
    had only left the look-back window for deleted and erased them: read the whole feed once,
    so those items come back (the host restores an erased item that is read again), and ask
    by id about what their last window held."""
    window = state.get("previous", state.get("recent", {}))
    return {"v": CURSOR_VERSION, "since": state.get("since"), "full": True, "window": window}


class FacebookConnectorBase(Connector):
    """Behaviour of FacebookConnector; the declaration lives in connectors.facebook."""

    def __init__(self, context: ConnectorContext) -> None:
        super().__init__(context)
        self._page: FacebookPage | None = None

    def _reader(self) -> FacebookPage | None:
        if self._page is None:
            page_id = self.context.get("page_id").strip()
            self._page = FacebookPage(self.context, page_id) if page_id else None
        return self._page

    def test_connection(self) -> ConnectionInfo:
        page = self._reader()
        if page is None:
            return ConnectionInfo(
                "No Page set: this account holds group archives and manual-assist replies."
            )
        community = page.community()
        return ConnectionInfo(f"Connected to the Page “{community.name}”.", page.client.budget)

    def list_communities(self) -> Sequence[CommunityRecord]:
        page = self._reader()
        return [page.community()] if page is not None else []

    def read(self, cursor: str | None) -> Iterator[Batch]:
        page = self._reader()
        if page is None:  # an archive-only account has nothing to read online
            return iter(())
        return page.read(cursor)

    def send(self, action: Action) -> ActionResult:
        page = self._reader()
        if page is None:
            raise PermissionDenied(
                "This Facebook account has no Page set: use manual assist for groups."
            )
        return page.send(action)

    def read_archive(self, path: Path, community: CommunityRecord) -> Iterator[Batch]:
        from connectors.facebook.archive import read_archive

        return read_archive(path, community)

    def close(self) -> None:
        if self._page is not None:
            self._page.close()
            self._page = None
