"""LinkedIn Posts API posts and Comments API comments into the plugin API's records."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from connectors.api import FLAG_OWN, FLAG_QUESTION, ItemKind, ItemRecord, MemberRecord

PLATFORM = "linkedin"


def ms_time(value: object) -> datetime:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValueError(f"not a LinkedIn time: {value!r}")
    return datetime.fromtimestamp(value / 1000, UTC)


def _member(urn: str, organization: str, name: str) -> MemberRecord:
    if urn == organization:
        return MemberRecord(urn, name, PLATFORM, name)
    short = urn.rsplit(":", 1)[-1]
    return MemberRecord(urn, short, PLATFORM, "")


def _flags(author: str, organization: str, text: str) -> tuple[str, ...]:
    if author == organization:
        return (FLAG_OWN,)
    return (FLAG_QUESTION,) if "?" in text else ()


def post_url(urn: str) -> str:
    return f"https://www.linkedin.com/feed/update/{urn}/"


def post_record(
    data: Mapping[str, Any], community_id: str, organization: str, name: str
) -> ItemRecord:
    urn = str(data["id"])
    author = str(data.get("author", ""))
    text = str(data.get("commentary", ""))
    created = ms_time(data.get("publishedAt") or data.get("createdAt"))
    modified = data.get("lastModifiedAt")
    edited = (data.get("lifecycleStateInfo") or {}).get("isEditedByAuthor")
    return ItemRecord(
        external_id=urn,
        kind=ItemKind.POST,
        community_id=community_id,
        created_at=created,
        text=text,
        url=post_url(urn),
        author=_member(author, organization, name) if author else None,
        thread_id=urn,
        edited_at=ms_time(modified) if edited and modified else None,
        flags=_flags(author, organization, text),
        raw=dict(data),
    )


def comment_urn(data: Mapping[str, Any]) -> str:
    """``urn:li:comment:(urn:li:activity:X,Y)``, whichever way the entity spells it."""
    for key in ("commentUrn", "$URN"):
        if data.get(key):
            return str(data[key])
    return f"urn:li:comment:({data['object']},{data['id']})"


def comment_record(
    data: Mapping[str, Any], post_urn: str, community_id: str, organization: str, name: str
) -> ItemRecord:
    urn = comment_urn(data)
    actor = str(data.get("actor", ""))
    message = data.get("message") or {}
    text = str(message.get("text", "")) if isinstance(message, dict) else ""
    created = ms_time((data.get("created") or {}).get("time"))
    modified = (data.get("lastModified") or {}).get("time")
    parent = data.get("parentComment")
    summary = data.get("commentsSummary") or {}
    replies = summary.get("aggregatedTotalComments") if isinstance(summary, dict) else None
    edited = (
        ms_time(modified)
        if isinstance(modified, int) and modified - created.timestamp() * 1000 > 1000
        else None
    )
    return ItemRecord(
        external_id=urn,
        kind=ItemKind.COMMENT,
        community_id=community_id,
        created_at=created,
        text=text,
        url=post_url(post_urn),
        author=_member(actor, organization, name) if actor else None,
        parent_id=str(parent) if parent else post_urn,
        thread_id=post_urn,
        edited_at=edited,
        reply_count=replies if isinstance(replies, int) else None,
        flags=_flags(actor, organization, text),
        raw=dict(data),
    )


def activity_of(comment: str) -> str:
    """The object a comment belongs to: ``urn:li:comment:(urn:li:activity:X,Y)`` gives
    ``urn:li:activity:X``."""
    inner = comment.removeprefix("urn:li:comment:(").removesuffix(")")
    return inner.rsplit(",", 1)[0]
