"""The in-memory Reddit behind the fake server: subreddits, posts, comments, reports, modmail.

Responses are rendered from real recorded Reddit responses (praw's cassettes in
../shared/fixtures/reddit, BSD-2-Clause): each post or comment is the recorded object with
our fields laid over it, so praw sees Reddit's true shape. Items are stored as small dicts
and rendered on demand, so the model holds 100,000 items in little memory.
"""

from __future__ import annotations

import bisect
import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

GONE = "[deleted]"
REMOVED = "[removed]"


def base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return out or "0"


def _body(fixtures: Path, name: str, index: int = 1) -> Any:
    cassette = json.loads((fixtures / name).read_text(encoding="utf-8"))
    return json.loads(cassette["interactions"][index]["response"]["body"]["string"])


def iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="microseconds")


@dataclass
class Templates:
    """One recorded object of each kind, with the recording's own field set."""

    post: dict[str, Any]
    comment: dict[str, Any]
    subreddit: dict[str, Any]
    me: dict[str, Any]
    conversation: dict[str, Any]
    message: dict[str, Any]
    token: dict[str, Any]
    too_many: str
    modmail_user: dict[str, Any]

    @classmethod
    def load(cls, fixtures: Path) -> Templates:
        reddit, prawcore = fixtures / "reddit", fixtures / "prawcore"
        queue = _body(reddit, "TestSubredditModeration.test_modqueue.json")["data"]["children"]
        post = next(c["data"] for c in queue if c["kind"] == "t3")
        comment = next(c["data"] for c in queue if c["kind"] == "t1")
        mine = _body(reddit, "TestUser.test_moderator_subreddits.json")
        reply = _body(reddit, "TestModmailConversation.test_reply__internal.json")
        message = next(iter(reply["messages"].values()))
        cassette = json.loads(
            (
                prawcore / "TestSession.test_request__too__many_requests__with_retry_headers.json"
            ).read_text(encoding="utf-8")
        )
        return cls(
            post=dict(post),
            comment={**comment, "replies": ""},
            subreddit=mine["data"]["children"][0]["data"],
            me=_body(reddit, "TestUser.test_me.json"),
            conversation=reply["conversation"],
            message=message,
            token=_body(prawcore, "TestScriptAuthorizer.test_refresh.json", 0),
            too_many=cassette["interactions"][1]["response"]["body"]["string"],
            modmail_user=reply["user"],
        )


@dataclass
class Subreddit:
    name: str
    id36: str
    numbers: list[int] = field(default_factory=list)  # posts, ascending
    posts: list[str] = field(default_factory=list)
    comment_numbers: list[int] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


@dataclass
class Conversation:
    id: str
    subreddit: str
    subject: str
    messages: list[dict[str, Any]] = field(default_factory=list)
    updated: float = 0.0


class RedditModel:
    """Everything the fake Reddit knows. Callers hold ``lock`` (the server does)."""

    def __init__(self, templates: Templates, *, moderator: str = "mod_alex") -> None:
        self.t = templates
        self.moderator = moderator
        self.subreddits: dict[str, Subreddit] = {}
        self.things: dict[str, dict[str, Any]] = {}
        self.children: dict[str, list[str]] = {}  # post or comment -> direct replies
        self.post_comments: dict[str, list[str]] = {}
        self.conversations: dict[str, Conversation] = {}
        self.flagged: set[str] = set()  # reported, removed or spam: the mod queue
        self._next = 36**5  # ids look like Reddit's (6 base-36 digits)
        self._clock = time.time() - 86400

    def _new_id(self) -> tuple[int, str]:
        self._next += 1
        return self._next, base36(self._next)

    def _when(self, created: float | None) -> float:
        # Strictly increasing times in creation order, like Reddit's ids.
        self._clock = max(self._clock + 0.001, created or self._clock + 1)
        return created if created is not None else self._clock

    # -- filling ----------------------------------------------------------------------

    def add_subreddit(self, name: str) -> Subreddit:
        key = name.lower()
        if key not in self.subreddits:
            self.subreddits[key] = Subreddit(name, self._new_id()[1])
        return self.subreddits[key]

    def add_post(
        self,
        subreddit: str,
        title: str,
        text: str = "",
        *,
        author: str = "member_one",
        created: float | None = None,
        num_comments: int | None = None,
    ) -> str:
        sub = self.add_subreddit(subreddit)
        number, id36 = self._new_id()
        fullname = f"t3_{id36}"
        self.things[fullname] = {
            "kind": "t3",
            "id": id36,
            "name": fullname,
            "sub": sub.name,
            "author": author,
            "title": title,
            "text": text,
            "created": self._when(created),
            "edited": False,
            "score": 1,
            "num_comments": num_comments,
        }
        sub.numbers.append(number)
        sub.posts.append(fullname)
        self.post_comments[fullname] = []
        return fullname

    def add_comment(
        self,
        parent: str,
        text: str,
        *,
        author: str = "member_two",
        created: float | None = None,
    ) -> str:
        parent_thing = self.things[parent]
        post = parent if parent_thing["kind"] == "t3" else parent_thing["link"]
        sub = self.subreddits[self.things[post]["sub"].lower()]
        number, id36 = self._new_id()
        fullname = f"t1_{id36}"
        self.things[fullname] = {
            "kind": "t1",
            "id": id36,
            "name": fullname,
            "sub": sub.name,
            "author": author,
            "text": text,
            "link": post,
            "parent": parent,
            "created": self._when(created),
            "edited": False,
            "score": 1,
        }
        sub.comment_numbers.append(number)
        sub.comments.append(fullname)
        self.children.setdefault(parent, []).append(fullname)
        self.post_comments[post].append(fullname)
        return fullname

    def edit(self, fullname: str, text: str) -> None:
        thing = self.things[fullname]
        thing["text"], thing["edited"] = text, time.time()

    def delete(self, fullname: str, marker: str = GONE) -> None:
        """Deleted by the author ("[deleted]") or removed by Reddit ("[removed]")."""
        thing = self.things[fullname]
        thing["text"] = marker
        if marker == GONE:
            thing["author"] = GONE
        if thing["kind"] == "t3" and marker == GONE:
            thing["removed_by_category"] = "deleted"

    def purge(self, fullname: str) -> None:
        """Gone entirely: /api/info no longer returns it."""
        thing = self.things.pop(fullname)
        thing["purged"] = True
        self.flagged.discard(fullname)

    def report(self, fullname: str, reason: str | None, moderator: str | None = None) -> None:
        thing = self.things[fullname]
        if moderator:
            thing.setdefault("mod_reports", []).append([reason, moderator])
        else:
            reports = thing.setdefault("user_reports", [])
            for entry in reports:
                if entry[0] == reason:
                    entry[1] += 1
                    break
            else:
                reports.append([reason, 1, False, False])
        self.flagged.add(fullname)

    def mark_spam(self, fullname: str) -> None:
        thing = self.things[fullname]
        thing["spam"] = thing["removed"] = True
        self.flagged.add(fullname)

    def add_conversation(
        self, subreddit: str, subject: str, author: str, body: str, *, created: float | None = None
    ) -> str:
        sub = self.add_subreddit(subreddit)
        conv = Conversation(self._new_id()[1], sub.name, subject)
        self.conversations[conv.id] = conv
        self.add_message(conv.id, author, body, created=created)
        return conv.id

    def add_message(
        self,
        conversation: str,
        author: str,
        body: str,
        *,
        internal: bool = False,
        created: float | None = None,
    ) -> str:
        conv = self.conversations[conversation]
        when = self._when(created)
        message_id = self._new_id()[1]
        is_mod = author == self.moderator
        conv.messages.append(
            {"id": message_id, "author": author, "body": body, "internal": internal}
            | {"date": when, "mod": is_mod}
        )
        conv.updated = when
        return message_id

    # -- queries ----------------------------------------------------------------------

    def listing(
        self, names: list[str], kind: str, after: str | None, limit: int, cap: int | None
    ) -> tuple[list[str], bool]:
        """Newest-first fullnames below ``after``; the bool says whether more follow."""
        below = int(after.split("_", 1)[1], 36) if after else None
        found: list[tuple[int, str]] = []
        for name in names:
            sub = self.subreddits.get(name.lower())
            if sub is None:
                continue
            numbers, fullnames = (
                (sub.numbers, sub.posts) if kind == "new" else (sub.comment_numbers, sub.comments)
            )
            end = len(numbers) if below is None else bisect.bisect_left(numbers, below)
            floor = 0 if cap is None else max(len(numbers) - cap, 0)
            index = end - 1
            taken = 0
            while index >= floor and taken <= limit:
                fullname = fullnames[index]
                if fullname in self.things:
                    found.append((numbers[index], fullname))
                    taken += 1
                index -= 1
        found.sort(reverse=True)
        return [f for _, f in found[:limit]], len(found) > limit

    def queue(self, names: list[str], which: str) -> list[str]:
        wanted = {n.lower() for n in names}
        if which == "unmoderated":
            out: list[str] = []
            for name in wanted:
                sub = self.subreddits.get(name)
                for fullname in reversed(sub.posts if sub else []):
                    thing = self.things.get(fullname)
                    if thing and not thing.get("approved") and not thing.get("removed"):
                        out.append(fullname)
                    if len(out) >= 100:
                        break
            return sorted(out, key=lambda f: -int(f[3:], 36))
        picked = []
        for fullname in self.flagged:
            thing = self.things.get(fullname)
            if thing is None or thing["sub"].lower() not in wanted or thing.get("approved"):
                continue
            reported = bool(thing.get("user_reports") or thing.get("mod_reports"))
            removed = bool(thing.get("removed"))
            if (
                (which == "reports" and reported)
                or (which == "spam" and removed)
                or (which == "modqueue" and (reported or removed))
            ):
                picked.append(fullname)
        return sorted(picked, key=lambda f: -int(f[3:], 36))

    # -- rendering --------------------------------------------------------------------

    def render(self, fullname: str) -> dict[str, Any]:
        thing = self.things[fullname]
        sub = self.subreddits[thing["sub"].lower()]
        author = thing["author"]
        common = {
            "id": thing["id"],
            "name": fullname,
            "subreddit": sub.name,
            "subreddit_id": f"t5_{sub.id36}",
            "subreddit_name_prefixed": f"r/{sub.name}",
            "author": author,
            "author_fullname": None if author == GONE else f"t2_{author}",
            "created_utc": thing["created"],
            "created": thing["created"],
            "edited": thing["edited"],
            "score": thing["score"],
            "ups": thing["score"],
            "user_reports": thing.get("user_reports", []),
            "mod_reports": thing.get("mod_reports", []),
            "num_reports": sum(int(r[1]) for r in thing.get("user_reports", []))
            + len(thing.get("mod_reports", [])),
            "removed": bool(thing.get("removed")),
            "spam": bool(thing.get("spam")),
            "approved": bool(thing.get("approved")),
            "approved_by": self.moderator if thing.get("approved") else None,
            "banned_by": self.moderator if thing.get("removed") else None,
            "locked": bool(thing.get("locked")),
        }
        if thing["kind"] == "t3":
            permalink = f"/r/{sub.name}/comments/{thing['id']}/post/"
            count = thing["num_comments"]
            if count is None:
                count = len(self.post_comments.get(fullname, []))
            return {
                **self.t.post,
                **common,
                "title": thing["title"],
                "selftext": thing["text"],
                "selftext_html": f'<div class="md"><p>{thing["text"]}</p></div>',
                "num_comments": count,
                "permalink": permalink,
                "url": f"https://www.reddit.com{permalink}",
                "domain": f"self.{sub.name}",
                "is_self": True,
                "removed_by_category": thing.get("removed_by_category"),
            }
        link = self.things.get(thing["link"], {})
        return {
            **self.t.comment,
            **common,
            "body": thing["text"],
            "body_html": f'<div class="md"><p>{thing["text"]}</p></div>',
            "link_id": thing["link"],
            "parent_id": thing["parent"],
            "link_title": link.get("title", ""),
            "permalink": f"/r/{sub.name}/comments/{thing['link'][3:]}/post/{thing['id']}/",
            "replies": "",
        }

    def conversation(self, conv: Conversation, last: int | None = None) -> dict[str, Any]:
        """A conversation and its messages; ``last``: only the newest N (the list view)."""
        shown = conv.messages if last is None else conv.messages[-last:]
        sub = self.subreddits[conv.subreddit.lower()]
        first = conv.messages[0]
        participant = {**self.t.conversation["participant"], "name": first["author"]}
        data = {
            **self.t.conversation,
            "id": conv.id,
            "subject": conv.subject,
            "owner": {"displayName": sub.name, "type": "subreddit", "id": f"t5_{sub.id36}"},
            "objIds": [{"id": m["id"], "key": "messages"} for m in shown],
            "numMessages": len(conv.messages),
            "lastUpdated": iso(conv.updated),
            "lastModUpdate": iso(conv.updated),
            "lastUserUpdate": iso(conv.updated),
            "participant": participant,
            "authors": [participant],
        }
        messages = {m["id"]: self.message(m) for m in shown}
        return {"conversation": data, "messages": messages}

    def message(self, m: dict[str, Any]) -> dict[str, Any]:
        author = {**self.t.message["author"], "name": m["author"], "isMod": m["mod"]}
        return {
            **self.t.message,
            "id": m["id"],
            "author": author,
            "body": f'<div class="md"><p>{m["body"]}</p></div>',
            "bodyMarkdown": m["body"],
            "isInternal": m["internal"],
            "date": iso(m["date"]),
            "participatingAs": "moderator" if m["mod"] else "participant_user",
        }
