"""praw objects -> plugin API records. No praw object leaves the connector.

Listings arrive as Reddit's JSON (``Reddit.request``: praw's auth, retries and rate limiting
without building a praw object per item, which cost a quarter of the sync time); comment trees
and modmail arrive as praw objects. ``fields()`` reads both. praw objects are read with
``vars(obj)``, never ``getattr``: they are lazy, and reading a missing attribute would quietly
send a request to Reddit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from connectors.api import (
    FLAG_OWN,
    FLAG_QUESTION,
    CommunityRecord,
    ItemKind,
    ItemRecord,
    MemberRecord,
)

PLATFORM = "reddit"
GONE_MARKERS = frozenset({"[deleted]", "[removed]"})
# Kept in ``raw``: enough to re-parse an item later without Reddit's 100-odd display fields.
RAW_KEYS = (
    "id",
    "name",
    "permalink",
    "link_id",
    "parent_id",
    "created_utc",
    "edited",
    "score",
    "num_comments",
    "link_flair_text",
    "over_18",
    "stickied",
    "distinguished",
    "removed",
    "spam",
    "locked",
    "approved_by",
    "banned_by",
    "removal_reason",
    "removed_by_category",
    "num_reports",
    "user_reports",
    "mod_reports",
    "url",
    "is_self",
)
NO_REASON = "No reason given"


def community_id(name: str) -> str:
    """External id of a subreddit: "r/<name>" in lower case (Reddit names ignore case)."""
    return "r/" + name.removeprefix("r/").lower()


def community(name: str, reddit_url: str, description: str = "") -> CommunityRecord:
    name = name.removeprefix("r/")
    return CommunityRecord(
        external_id=community_id(name),
        name=f"r/{name}",
        platform=PLATFORM,
        url=f"{reddit_url}/r/{name}/",
        description=description,
    )


def when(value: Any) -> datetime:
    return datetime.fromtimestamp(float(value), UTC)


def when_iso(value: str) -> datetime:
    """Modmail dates: "2023-07-11T20:33:14.617000+0000" or "...+00:00"."""
    text = value.replace("Z", "+00:00")
    if len(text) > 5 and text[-5] in "+-" and text[-3] != ":":
        text = f"{text[:-2]}:{text[-2:]}"
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def fields(thing: Any) -> Mapping[str, Any]:
    """The data of a Reddit JSON object or of a praw object, without a fetch."""
    return thing if isinstance(thing, Mapping) else vars(thing)


def _name(value: Any) -> str:
    """The plain name of a praw Redditor/Subreddit (or a string) without a fetch."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    data = vars(value)
    return str(data.get("display_name") or data.get("name") or "")


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return _name(value)


@dataclass(frozen=True)
class Parser:
    """Turns praw objects into records for one account."""

    username: str
    reddit_url: str

    def member(self, name: str) -> MemberRecord | None:
        if not name or name in GONE_MARKERS:
            return None
        return MemberRecord(
            external_id=name, name=name, platform=PLATFORM, url=f"{self.reddit_url}/user/{name}"
        )

    def _own(self, name: str) -> bool:
        return bool(self.username) and name.lower() == self.username.lower()

    @staticmethod
    def is_gone(thing: Any) -> bool:
        """Deleted by its author or removed by Reddit: its content must be erased locally."""
        data = fields(thing)
        text = data.get("body", data.get("selftext"))
        if text in GONE_MARKERS:
            return True
        if data.get("title") in GONE_MARKERS:
            return True
        author_gone = data.get("author") in (None, "[deleted]")
        return author_gone and data.get("removed_by_category") == "deleted"

    def _flags(
        self, data: Mapping[str, Any], author: str, extra: tuple[str, ...]
    ) -> tuple[str, ...]:
        flags: list[str] = []
        if self._own(author):
            flags.append(FLAG_OWN)
        if data.get("removed") or (data.get("banned_by") and not data.get("approved_by")):
            flags.append("removed")
        if data.get("spam"):
            flags.append("spam")
        if data.get("locked"):
            flags.append("locked")
        if data.get("num_reports") or data.get("user_reports") or data.get("mod_reports"):
            flags.append("reported")
        flags.extend(f for f in extra if f not in flags)
        return tuple(flags)

    def _raw(self, data: Mapping[str, Any], **more: Any) -> dict[str, Any]:
        raw = {k: _plain(data[k]) for k in RAW_KEYS if k in data and data[k] not in (None, [])}
        raw.update(more)
        return raw

    def submission(self, post: Any, extra: tuple[str, ...] = ()) -> ItemRecord:
        data = fields(post)
        author = _name(data.get("author"))
        subreddit = _name(data.get("subreddit"))
        title = str(data.get("title") or "")
        flags = self._flags(data, author, extra)
        if title.rstrip().endswith("?"):
            flags = (*flags, FLAG_QUESTION)
        edited = data.get("edited")
        fullname = str(data.get("name") or f"t3_{data['id']}")
        return ItemRecord(
            external_id=fullname,
            kind=ItemKind.POST,
            community_id=community_id(subreddit),
            created_at=when(data["created_utc"]),
            text=str(data.get("selftext") or ""),
            title=title,
            html=str(data.get("selftext_html") or ""),
            url=f"{self.reddit_url}{data.get('permalink', '')}",
            author=self.member(author),
            thread_id=fullname,
            edited_at=when(edited) if edited else None,
            score=data.get("score"),
            reply_count=data.get("num_comments"),
            flags=flags,
            raw=self._raw(data, subreddit=subreddit, author=author),
        )

    def comment(self, comment: Any, extra: tuple[str, ...] = ()) -> ItemRecord:
        data = fields(comment)
        author = _name(data.get("author"))
        subreddit = _name(data.get("subreddit"))
        edited = data.get("edited")
        fullname = str(data.get("name") or f"t1_{data['id']}")
        return ItemRecord(
            external_id=fullname,
            kind=ItemKind.COMMENT,
            community_id=community_id(subreddit),
            created_at=when(data["created_utc"]),
            text=str(data.get("body") or ""),
            html=str(data.get("body_html") or ""),
            url=f"{self.reddit_url}{data.get('permalink', '')}",
            author=self.member(author),
            parent_id=data.get("parent_id"),
            thread_id=data.get("link_id"),
            edited_at=when(edited) if edited else None,
            score=data.get("score"),
            flags=self._flags(data, author, extra),
            raw=self._raw(data, subreddit=subreddit, author=author),
        )

    def thing(self, thing: Any, extra: tuple[str, ...] = ()) -> ItemRecord:
        """A post or a comment, told apart by Reddit's fullname prefix."""
        data = fields(thing)
        name = str(data.get("name") or "")
        if name.startswith("t1_") or ("body" in data and "title" not in data):
            return self.comment(thing, extra)
        return self.submission(thing, extra)

    def reports(self, thing: Any, first_seen: Mapping[str, float], now: float) -> list[ItemRecord]:
        """One report item per distinct reason (user and moderator reports), linked to the item."""
        data = fields(thing)
        target = str(data.get("name"))
        subreddit = _name(data.get("subreddit"))
        is_post = target.startswith("t3_")
        thread = target if is_post else str(data.get("link_id") or target)
        about = str(data.get("title") or "") if is_post else "a comment"
        reasons: dict[str, tuple[int, str]] = {}  # reason -> (count, moderator)
        for entry in data.get("user_reports") or []:
            reason = str(entry[0] or NO_REASON)
            count = int(entry[1]) if len(entry) > 1 and entry[1] else 1
            old = reasons.get(reason, (0, ""))
            reasons[reason] = (old[0] + count, old[1])
        for entry in data.get("mod_reports") or []:
            reason = str(entry[0] or NO_REASON)
            moderator = str(entry[1]) if len(entry) > 1 and entry[1] else ""
            old = reasons.get(reason, (0, ""))
            reasons[reason] = (old[0] + 1, old[1] or moderator)
        records = []
        for reason, (count, moderator) in reasons.items():
            key = report_id(target, reason)
            records.append(
                ItemRecord(
                    external_id=key,
                    kind=ItemKind.REPORT,
                    community_id=community_id(subreddit),
                    created_at=when(first_seen.get(key, now)),
                    text=reason,
                    title=f"Reported: {about}"[:300],
                    url=f"{self.reddit_url}{data.get('permalink', '')}",
                    author=self.member(moderator),
                    parent_id=target,
                    thread_id=thread,
                    score=count,
                    flags=("reported", "mod-report") if moderator else ("reported",),
                    raw={"target": target, "reason": reason, "count": count, "by": moderator},
                )
            )
        return records

    def modmail(self, conversation: Any, messages: list[Any]) -> list[ItemRecord]:
        """Each message of a modmail conversation; thread_id is the conversation."""
        data = fields(conversation)
        conv_id = str(data["id"])
        subreddit = _name(data.get("owner"))
        subject = str(data.get("subject") or "")
        thread = modmail_thread_id(conv_id)
        records = []
        for message in messages:
            m = fields(message)
            author = _name(m.get("author"))
            flags: list[str] = []
            if self._own(author):
                flags.append(FLAG_OWN)
            if m.get("is_internal"):
                flags.append("internal")
            records.append(
                ItemRecord(
                    external_id=f"{thread}/{m['id']}",
                    kind=ItemKind.MESSAGE,
                    community_id=community_id(subreddit),
                    created_at=when_iso(str(m["date"])),
                    text=str(m.get("body_markdown") or ""),
                    title=subject,
                    html=str(m.get("body") or ""),
                    url=f"https://mod.reddit.com/mail/all/{conv_id}",
                    author=self.member(author),
                    thread_id=thread,
                    flags=tuple(flags),
                    raw={"conversation": conv_id, "message": m["id"], "subject": subject},
                )
            )
        return records


def report_id(target: str, reason: str) -> str:
    digest = hashlib.blake2b(reason.encode(), digest_size=5).hexdigest()
    return f"{target}/report/{digest}"


def modmail_thread_id(conversation_id: str) -> str:
    return f"modmail/{conversation_id}"


def modmail_conversation(external_id: str) -> str | None:
    """The conversation id in "modmail/<conv>" or "modmail/<conv>/<message>"."""
    if not external_id.startswith("modmail/"):
        return None
    return external_id.split("/")[1] or None
