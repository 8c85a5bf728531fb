"""Reddit moderation beyond approve/remove: removal reasons (native, and as a message),
bans, warnings, and Reddit's own mod notes; the usernotes wiki page of Toolbox.

Endpoints (praw/endpoints.py names them too): ``GET /api/v1/SUB/removal_reasons``
(``{"data": {id: {"id", "title", "message"}}, "order": [ids]}``), ``POST
/api/v1/modactions/removal_reasons`` (JSON ``{"item_ids", "mod_note", "reason_id"}``),
``POST /api/v1/modactions/removal_{comment,link}_message`` (the message to the author,
``type`` public: a reply, private: modmail), ``POST /r/SUB/api/friend`` (type banned,
duration in days, none: permanent), ``POST /api/mod/conversations`` (a new modmail),
``GET/POST/DELETE /api/mod/notes``, ``GET /r/SUB/wiki/PAGE``. Raw JSON through
``Reddit.request``: no praw model leaves this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import praw

from connectors.api import (
    ActionResult,
    BadData,
    ModAction,
    Moderate,
    ModNote,
    PermissionDenied,
    RemovalReason,
)
from connectors.reddit.errors import translate

OWN_ACTIONS = frozenset({ModAction.BAN, ModAction.UNBAN, ModAction.WARN, ModAction.NOTE})
NOTE_LABELS = frozenset(
    {
        "BOT_BAN",
        "PERMA_BAN",
        "BAN",
        "ABUSE_WARNING",
        "SPAM_WARNING",
        "SPAM_WATCH",
        "SOLID_CONTRIBUTOR",
        "HELPFUL_USER",
    }
)
REPORT_MARK = "/report/"


def handles(action: Moderate) -> bool:
    """Actions this module sends (a removal with a reason or a message, and the new ones)."""
    return action.action in OWN_ACTIONS or (
        action.action is ModAction.REMOVE and bool(action.params)
    )


def _sub(community_id: str) -> str:
    return community_id.removeprefix("r/").strip("/")


def _fullname(external_id: str) -> str:
    return external_id.split(REPORT_MARK, 1)[0]


def send(reddit: praw.Reddit, action: Moderate) -> ActionResult:
    with translate():
        if action.action is ModAction.REMOVE:
            return _remove(reddit, action)
        if action.action in (ModAction.BAN, ModAction.UNBAN):
            return _ban(reddit, action)
        if action.action is ModAction.WARN:
            return _warn(reddit, action)
        if action.action is ModAction.NOTE:
            return _note(reddit, action)
    raise PermissionDenied(f"Reddit has no “{action.action}” action.")


def _remove(reddit: praw.Reddit, action: Moderate) -> ActionResult:
    fullname = _fullname(action.target_id)
    reddit.request(method="POST", path="api/remove", data={"id": fullname, "spam": "False"})
    reason_id = action.params.get("reason_id", "")
    if reason_id:
        body = {"item_ids": [fullname], "mod_note": action.reason[:100], "reason_id": reason_id}
        reddit.request(method="POST", path="api/v1/modactions/removal_reasons", json=body)
    send_as = action.params.get("send_as", "none")
    sent = []
    if action.message and send_as in ("reply", "both"):
        sent.append(_removal_message(reddit, fullname, action, "public"))
    if action.message and send_as in ("modmail", "both"):
        sent.append(_removal_message(reddit, fullname, action, "private"))
    result = next((r for r in sent if r), "")
    how = {
        "reply": " with a reply",
        "modmail": " with a modmail",
        "both": " with a reply and a modmail",
    }
    return ActionResult(
        external_id=result, message="removed" + (how.get(send_as, "") if sent else "")
    )


def _removal_message(reddit: praw.Reddit, fullname: str, action: Moderate, kind: str) -> str:
    which = "removal_link_message" if fullname.startswith("t3_") else "removal_comment_message"
    body = {
        "item_id": [fullname],
        "message": action.message,
        "title": action.params.get("title", "Removed")[:50] or "Removed",
        "type": kind,
    }
    answer = reddit.request(method="POST", path=f"api/v1/modactions/{which}", json=body)
    return str(answer.get("name") or answer.get("id") or "") if isinstance(answer, dict) else ""


def _ban(reddit: praw.Reddit, action: Moderate) -> ActionResult:
    user = action.params.get("user", "")
    community = _sub(action.params.get("community", ""))
    if not user or not community:
        raise PermissionDenied("Reddit needs the member and the subreddit to ban.")
    if action.action is ModAction.UNBAN:
        reddit.request(
            method="POST", path=f"r/{community}/api/unfriend", data={"name": user, "type": "banned"}
        )
        return ActionResult(message=f"u/{user} unbanned")
    data = {
        "name": user,
        "type": "banned",
        "ban_reason": action.reason[:100],
        "note": action.reason[:300],
        "ban_message": action.message,
    }
    duration = action.params.get("duration", "")
    if duration:
        data["duration"] = duration
    reddit.request(method="POST", path=f"r/{community}/api/friend", data=data)
    how_long = f"for {duration} day(s)" if duration else "permanently"
    return ActionResult(message=f"u/{user} banned {how_long}")


def _warn(reddit: praw.Reddit, action: Moderate) -> ActionResult:
    send_as = action.params.get("send_as", "reply")
    fullname = _fullname(action.target_id)
    external = ""
    if send_as in ("reply", "both"):
        answer = reddit.request(
            method="POST", path="api/comment", data={"thing_id": fullname, "text": action.message}
        )
        things = _dig(answer, "json", "data", "things") or []
        external = str(_dig(things[0], "data", "name") or "") if things else ""
    if send_as in ("modmail", "both"):
        community = _sub(action.params.get("community", "")) or _subreddit_of(reddit, fullname)
        answer = reddit.request(
            method="POST",
            path="api/mod/conversations",
            data={
                "srName": community,
                "to": action.params.get("user", ""),
                "subject": action.params.get("title", "A warning from the moderators"),
                "body": action.message,
                "isAuthorHidden": "False",
            },
        )
        external = external or str(_dig(answer, "conversation", "id") or "")
    return ActionResult(external_id=external, message=f"warned ({send_as})")


def _subreddit_of(reddit: praw.Reddit, fullname: str) -> str:
    answer = reddit.request(method="GET", path="api/info", params={"id": fullname})
    children = _dig(answer, "data", "children") or []
    return str(_dig(children[0], "data", "subreddit") or "") if children else ""


def _note(reddit: praw.Reddit, action: Moderate) -> ActionResult:
    label = action.params.get("label", "")
    data = {
        "subreddit": _sub(action.params.get("community", "")),
        "user": action.params.get("user", ""),
        "note": action.message[:250],
        "reddit_id": _fullname(action.target_id),
    }
    if label in NOTE_LABELS:
        data["label"] = label
    answer = reddit.request(method="POST", path="api/mod/notes", data=data)
    return ActionResult(external_id=str(_dig(answer, "created", "id") or ""), message="note added")


def _dig(value: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


# -- reads --------------------------------------------------------------------------


def removal_reasons(reddit: praw.Reddit, community_id: str) -> list[RemovalReason]:
    with translate():
        answer = reddit.request(method="GET", path=f"api/v1/{_sub(community_id)}/removal_reasons")
    data = _dig(answer, "data")
    if not isinstance(data, dict):
        raise BadData("Reddit's removal reasons came in a shape we cannot read.")
    order = answer.get("order") if isinstance(answer.get("order"), list) else list(data)
    found = []
    for key in order:
        entry = data.get(key)
        if isinstance(entry, dict):
            found.append(
                RemovalReason(
                    str(entry.get("id") or key),
                    str(entry.get("title") or ""),
                    str(entry.get("message") or ""),
                )
            )
    return found


def mod_notes(reddit: praw.Reddit, community_id: str, user: str, pages: int = 10) -> list[ModNote]:
    notes: list[ModNote] = []
    before = ""
    for _ in range(pages):
        params: dict[str, str | int] = {
            "subreddit": _sub(community_id),
            "user": user,
            "filter": "NOTE",
            "limit": 100,
        }
        if before:
            params["before"] = before
        with translate():
            answer = reddit.request(method="GET", path="api/mod/notes", params=params)
        notes.extend(
            _parse_notes(
                answer.get("mod_notes") if isinstance(answer, dict) else None, community_id
            )
        )
        if not (
            isinstance(answer, dict) and answer.get("has_next_page") and answer.get("end_cursor")
        ):
            return notes
        before = str(answer["end_cursor"])
    return notes


def _parse_notes(raw: Any, community_id: str) -> Sequence[ModNote]:
    if not isinstance(raw, list):
        raise BadData("Reddit's mod notes came in a shape we cannot read.")
    notes = []
    for entry in raw:
        data = _dig(entry, "user_note_data") or {}
        if not isinstance(entry, dict) or not data.get("note"):
            continue  # a mod action logged as a note (removal, ban): not a note to keep
        created = entry.get("created_at")
        notes.append(
            ModNote(
                id=str(entry.get("id") or ""),
                user=str(entry.get("user") or ""),
                community_id=community_id,
                note=str(data.get("note") or ""),
                label=str(data.get("label") or ""),
                created_at=datetime.fromtimestamp(created, UTC)
                if isinstance(created, (int, float))
                else None,
                moderator=str(entry.get("operator") or ""),
                link=str(data.get("reddit_id") or ""),
            )
        )
    return notes


def delete_mod_note(reddit: praw.Reddit, community_id: str, user: str, note_id: str) -> None:
    with translate():
        reddit.request(
            method="DELETE",
            path="api/mod/notes",
            params={"subreddit": _sub(community_id), "user": user, "note_id": note_id},
        )


def wiki_page(reddit: praw.Reddit, community_id: str, page: str) -> str:
    with translate():
        answer = reddit.request(method="GET", path=f"r/{_sub(community_id)}/wiki/{page}")
    content = _dig(answer, "data", "content_md")
    if not isinstance(content, str):
        raise BadData(f"Reddit's wiki page {page} came in a shape we cannot read.")
    return content
