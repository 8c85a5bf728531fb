"""Graph API posts and comments into the plugin API's records."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from connectors.api import FLAG_OWN, FLAG_QUESTION, ItemKind, ItemRecord, MemberRecord

PLATFORM = "facebook"

POST_FIELDS = "id,message,story,created_time,updated_time,permalink_url,from,status_type"
COMMENT_FIELDS = (
    "id,message,created_time,from,parent{id},permalink_url,is_hidden,like_count,comment_count"
)


def graph_time(value: object) -> datetime:
    """Graph's ``2021-07-09T19:09:52+0000`` as an aware datetime."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"not a Graph time: {value!r}")
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z").astimezone(UTC)


def _member(data: object) -> MemberRecord | None:
    if not isinstance(data, dict) or not data.get("id"):
        return None
    name = str(data.get("name", "")) or str(data["id"])
    return MemberRecord(
        external_id=str(data["id"]),
        name=name,
        platform=PLATFORM,
        display_name=name,
        url=f"https://www.facebook.com/{data['id']}",
    )


def _flags(author: MemberRecord | None, page_id: str, text: str) -> tuple[str, ...]:
    flags: list[str] = []
    if author is not None and author.external_id == page_id:
        flags.append(FLAG_OWN)
    if "?" in text and FLAG_OWN not in flags:
        flags.append(FLAG_QUESTION)
    return tuple(flags)


def post_record(data: Mapping[str, Any], page_id: str) -> ItemRecord:
    post_id = str(data["id"])
    text = str(data.get("message") or data.get("story") or "")
    author = _member(data.get("from"))
    updated = data.get("updated_time")
    return ItemRecord(
        external_id=post_id,
        kind=ItemKind.POST,
        community_id=page_id,
        created_at=graph_time(data.get("created_time")),
        text=text,
        url=str(data.get("permalink_url", "")),
        author=author,
        thread_id=post_id,
        edited_at=graph_time(updated) if updated else None,
        flags=_flags(author, page_id, text),
        raw={k: v for k, v in data.items() if k != "comments"},
    )


def comment_id(data: Mapping[str, Any], post_id: str) -> str:
    """The comment's id; recorded answers without ``id`` carry it in the permalink."""
    if data.get("id"):
        return str(data["id"])
    query = parse_qs(urlsplit(str(data.get("permalink_url", ""))).query)
    found = (query.get("reply_comment_id") or query.get("comment_id") or [""])[0]
    if not found:
        raise ValueError("comment without id or permalink")
    return f"{post_id.split('_')[-1]}_{found}"


def comment_record(data: Mapping[str, Any], post_id: str, page_id: str) -> ItemRecord:
    own_id = comment_id(data, post_id)
    parent = data.get("parent")
    parent_id = str(parent["id"]) if isinstance(parent, dict) and parent.get("id") else post_id
    text = str(data.get("message", ""))
    author = _member(data.get("from"))
    flags = _flags(author, page_id, text)
    if data.get("is_hidden"):
        flags += ("hidden",)
    likes = data.get("like_count")
    replies = data.get("comment_count")
    return ItemRecord(
        external_id=own_id,
        kind=ItemKind.COMMENT,
        community_id=page_id,
        created_at=graph_time(data.get("created_time")),
        text=text,
        url=str(data.get("permalink_url", "")),
        author=author,
        parent_id=parent_id,
        thread_id=post_id,
        score=likes if isinstance(likes, int) else None,
        reply_count=replies if isinstance(replies, int) else None,
        flags=flags,
        raw=dict(data),
    )
